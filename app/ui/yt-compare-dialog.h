/* yt-compare-dialog.h: two or more companies' figures side by side, with sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_COMPARE_DIALOG (yt_compare_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtCompareDialog, yt_compare_dialog, YT, COMPARE_DIALOG, GtkWindow)

/* With a single company, the dialog adds up to two peers of the same kind
 * that have figures, so that there is something to compare at once. */
GtkWidget    *yt_compare_dialog_new            (YtViewState     *state,
                                                const guint     *companies,
                                                guint            n_companies);
void          yt_compare_dialog_add_company    (YtCompareDialog *self,
                                                guint            company);
void          yt_compare_dialog_remove_company (YtCompareDialog *self,
                                                guint            company);
const GArray *yt_compare_dialog_get_companies  (YtCompareDialog *self);
/* The measures compared, one table row each (measure index, unit). */
guint         yt_compare_dialog_get_n_rows     (YtCompareDialog *self);

G_END_DECLS
