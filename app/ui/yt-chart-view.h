/* yt-chart-view.h: shows an engine bar chart (YtChart) in a panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_CHART_VIEW (yt_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (YtChartView, yt_chart_view, YT, CHART_VIEW, GtkWidget)

GtkWidget *yt_chart_view_new       (void);
/* Takes @chart (NULL hides the view). */
void       yt_chart_view_set_chart (YtChartView *self,
                                    YtChart     *chart);
YtChart   *yt_chart_view_get_chart (YtChartView *self);

G_END_DECLS
