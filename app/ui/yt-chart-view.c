/* yt-chart-view.c: shows an engine bar chart (YtChart) in a panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart wraps its labels, so its height depends on the width: the view
 * asks for height-for-width and measures on a scratch surface.
 */
#include "config.h"

#include <math.h>

#include "yt-chart-view.h"
#include "yt-panel-util.h"

struct _YtChartView
{
  GtkWidget  parent_instance;
  YtChart   *chart;
};

G_DEFINE_FINAL_TYPE (YtChartView, yt_chart_view, GTK_TYPE_WIDGET)

static void
sync_style (YtChartView *self)
{
  g_autofree char *font = NULL;
  PangoFontDescription *desc;

  if (self->chart == NULL)
    return;
  yt_chart_set_dark (self->chart, yt_panel_is_dark (GTK_WIDGET (self)));
  /* Follow the desktop font so the chart reads like the labels around it. */
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  if (desc != NULL && (font = pango_font_description_to_string (desc)) != NULL)
    yt_chart_set_font (self->chart, font);
}

static double
chart_height (YtChartView *self,
              double       width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  double height;

  sync_style (self);
  height = yt_chart_get_height (self->chart, cr, width);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

static GtkSizeRequestMode
yt_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
yt_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  YtChartView *self = YT_CHART_VIEW (widget);

  if (self->chart == NULL)
    *minimum = *natural = 0;
  else if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 320;
    }
  else
    *minimum = *natural = (int) ceil (chart_height (self, for_size > 0 ? for_size : 320));
}

static void
yt_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  YtChartView *self = YT_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  sync_style (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  yt_chart_render (self->chart, cr, 0, 0, width, height);
  cairo_destroy (cr);
}

static void
yt_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (yt_chart_view_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
yt_chart_view_finalize (GObject *object)
{
  g_clear_pointer (&YT_CHART_VIEW (object)->chart, yt_chart_free);
  G_OBJECT_CLASS (yt_chart_view_parent_class)->finalize (object);
}

static void
yt_chart_view_class_init (YtChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = yt_chart_view_finalize;
  widget_class->get_request_mode = yt_chart_view_get_request_mode;
  widget_class->measure = yt_chart_view_measure;
  widget_class->snapshot = yt_chart_view_snapshot;
  widget_class->css_changed = yt_chart_view_css_changed;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
yt_chart_view_init (YtChartView *self)
{
}

GtkWidget *
yt_chart_view_new (void)
{
  return g_object_new (YT_TYPE_CHART_VIEW, NULL);
}

/* A screen reader gets the chart as text: each label with its value. */
static void
describe (YtChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; self->chart != NULL && i < yt_chart_get_n_bars (self->chart); i++)
    {
      g_autofree char *value = yt_chart_format_value (self->chart, i);

      g_string_append_printf (text, "%s%s: %s", i > 0 ? "; " : "",
                              yt_chart_get_bar_label (self->chart, i), value != NULL ? value : "");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text->str, -1);
}

void
yt_chart_view_set_chart (YtChartView *self,
                         YtChart     *chart)
{
  g_return_if_fail (YT_IS_CHART_VIEW (self));

  g_clear_pointer (&self->chart, yt_chart_free);
  self->chart = chart;
  gtk_widget_set_visible (GTK_WIDGET (self), chart != NULL);
  describe (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

YtChart *
yt_chart_view_get_chart (YtChartView *self)
{
  g_return_val_if_fail (YT_IS_CHART_VIEW (self), NULL);
  return self->chart;
}
