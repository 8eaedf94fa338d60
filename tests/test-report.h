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
