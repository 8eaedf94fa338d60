/* yt-fact-row.h: one fact or source with its publisher, date, grade and link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "yt-panel-items.h"

G_BEGIN_DECLS

#define YT_TYPE_FACT_ROW (yt_fact_row_get_type ())
G_DECLARE_FINAL_TYPE (YtFactRow, yt_fact_row, YT, FACT_ROW, GtkListBoxRow)

GtkWidget  *yt_fact_row_new      (YtFactItem *item);
YtFactItem *yt_fact_row_get_item (YtFactRow  *self);

G_END_DECLS
