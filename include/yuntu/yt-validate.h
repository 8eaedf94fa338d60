/* yt-validate.h: `yuntu --validate FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Checks FILEs together with the bundled set; prints every problem as
 * FILE:LINE:COLUMN: message to err and returns 1, or prints a one-line
 * summary to out and returns 0. */
int yt_validate_main (const char * const *files,
                      FILE               *out,
                      FILE               *err);

G_END_DECLS
