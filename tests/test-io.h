/* test-io.h: helpers for the data import and export tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <yuntu/yuntu.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} TestRun;

void     test_run_clear        (TestRun     *run);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TestRun, test_run_clear)

/* Runs argv (NULL-terminated) with no display and LANGUAGE=@language. */
void     test_run              (TestRun     *run,
                                const char  *language,
                                const char * const *argv);
/* The yuntu binary with the arguments after @language, NULL-terminated. */
void     test_run_yuntu        (TestRun     *run,
                                const char  *language,
                                ...) G_GNUC_NULL_TERMINATED;
char    *test_fixture_path     (const char  *name);
/* The bundled atlas plus the fixtures named (NULL-terminated). */
YtAtlas *test_load_atlas       (const char  *fixture,
                                ...) G_GNUC_NULL_TERMINATED;
/* Removes a temporary folder and the files in it. */
void     test_remove_dir       (const char  *dir);
guint    test_count_lines      (const char  *text,
                                const char  *prefix);

G_END_DECLS
