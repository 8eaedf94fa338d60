/* yt-filter-bar.h: kind, company, region and year-range filters of the view state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_FILTER_BAR (yt_filter_bar_get_type ())
G_DECLARE_FINAL_TYPE (YtFilterBar, yt_filter_bar, YT, FILTER_BAR, YtPanelBase)

GtkWidget   *yt_filter_bar_new            (void);

G_END_DECLS
