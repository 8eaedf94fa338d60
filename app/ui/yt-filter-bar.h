/* yt-filter-bar.h: kind, company, region and year-range filters of the view state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_FILTER_BAR (yt_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (YtFilterBar, yt_filter_bar, YT, FILTER_BAR, GtkWidget)

GtkWidget   *yt_filter_bar_new            (void);
YtViewState *yt_filter_bar_get_view_state (YtFilterBar *self);
void         yt_filter_bar_set_view_state (YtFilterBar *self,
                                           YtViewState *state);

G_END_DECLS
