/* yt-problems-dialog.h: every problem of a failed load, with file, line and column
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define YT_TYPE_PROBLEMS_DIALOG (yt_problems_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtProblemsDialog, yt_problems_dialog, YT, PROBLEMS_DIALOG, GtkWindow)

YtProblemsDialog *yt_problems_dialog_new        (GtkWindow *parent,
                                                 GPtrArray *problems,
                                                 GError    *error);
guint             yt_problems_dialog_get_n_rows (YtProblemsDialog *self);
const char       *yt_problems_dialog_get_row    (YtProblemsDialog *self,
                                                 guint             position);

G_END_DECLS
