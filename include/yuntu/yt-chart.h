/* yt-chart.h: a horizontal bar chart drawn onto any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same chart serves the side panels (a GtkDrawingArea), report pages
 * (PDF) and printing.  The caller gives labels already in the chart's
 * language; values stay plain numbers with one unit token ("CNY", "percent",
 * "server", …) and are formatted by yt-format in that language.  Each bar
 * takes its own rows: the label above (wrapped), the bar below with its value
 * at its end, so that long Chinese or English labels fit a narrow side pane.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

typedef struct _YtChart YtChart;

/* Where a bar and its texts were drawn by the last yt_chart_render(). */
typedef struct {
  double label_x, label_y, label_width, label_height;
  double bar_x, bar_y, bar_width, bar_height;
  double value_x, value_y, value_width, value_height;
} YtChartBarExtents;

YtChart    *yt_chart_new            (YtLang       lang,
                                     const char  *unit);
void        yt_chart_free           (YtChart     *chart);

void        yt_chart_set_title      (YtChart     *chart,
                                     const char  *title);
/* The sources, as the line below the chart shows them after "Source:". */
void        yt_chart_set_source     (YtChart     *chart,
                                     const char  *source);
void        yt_chart_set_dark       (YtChart     *chart,
                                     gboolean     dark);
/* A Pango font description such as "Sans 10" (the default). */
void        yt_chart_set_font       (YtChart     *chart,
                                     const char  *font);
/* FALSE (the default): values at the bars' ends only; TRUE: a value axis
 * with ticks and grid lines as well, for print. */
void        yt_chart_set_axis       (YtChart     *chart,
                                     gboolean     axis);
/* TRUE (the default): bars from the largest value down; FALSE: as added. */
void        yt_chart_set_sorted     (YtChart     *chart,
                                     gboolean     sorted);

void        yt_chart_add_bar        (YtChart     *chart,
                                     const char  *label,
                                     double       value,
                                     YtQualifier  qualifier,
                                     gboolean     highlight);

/* Bars in drawing order. */
guint       yt_chart_get_n_bars     (YtChart     *chart);
const char *yt_chart_get_bar_label  (YtChart     *chart,
                                     guint        bar);
double      yt_chart_get_bar_value  (YtChart     *chart,
                                     guint        bar);
/* The value as the chart prints it ("200亿元", "20 billion yuan"). */
char       *yt_chart_format_value   (YtChart     *chart,
                                     guint        bar);

/* The height the chart needs at @width, measured with @cr's font options. */
double      yt_chart_get_height     (YtChart     *chart,
                                     cairo_t     *cr,
                                     double       width);
void        yt_chart_render         (YtChart     *chart,
                                     cairo_t     *cr,
                                     double       x,
                                     double       y,
                                     double       width,
                                     double       height);
gboolean    yt_chart_get_bar_extents (YtChart          *chart,
                                      guint             bar,
                                      YtChartBarExtents *extents);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtChart, yt_chart_free)

G_END_DECLS
