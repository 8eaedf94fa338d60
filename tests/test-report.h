/* test-report.h: what the report tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <yuntu/yuntu.h>

extern YtAtlas *atlas;
extern char    *tmp_dir;

char *export   (YtLang             lang,
                YtPaper            paper,
                const char        *name);
char *run_tool (const char *const *argv);
/* Loads the bundled atlas, makes the scratch folder, runs the tests
 * @add_tests registers and cleans up. */
int   report_test_main (int     argc,
                        char   *argv[],
                        void  (*add_tests) (void));
/* The PDF with its object streams written out, or NULL without qpdf. */
char *read_pdf_expanded (const char *path,
                         gsize      *length);
