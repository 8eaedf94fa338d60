/* yt-map-scalebar.c: a scale bar true at the centre of the view
 *
 * The ground distance of a pixel is measured at the view centre along the
 * parallel (yt_viewport_get_ground_metres_per_pixel), and the bar takes the
 * largest round length (1, 2 or 5 times a power of ten kilometres) that
 * fits its box. On the world view the scale changes across the map, and the
 * bar says where it holds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-format.h"
#include "yt-map-private.h"

#define MAX_BAR_PX 150.0
#define BAR_H      5.0

/* The largest 1-2-5 length in metres not longer than @metres (at least 1 m). */
double
yt_map_scalebar_round_length (double metres)
{
  static const double steps[] = { 5, 2, 1 };
  double power;

  if (!(metres >= 1))
    return 1;
  power = pow (10, floor (log10 (metres)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * power <= metres * (1 + 1e-9))
      return steps[i] * power;
  return power;
}

static char *
length_text (YtMapRenderer *self,
             double         metres)
{
  g_autofree char *number = NULL;

  if (metres < 1000)
    {
      number = yt_format_integer (self->language, (gint64) metres);
      /* TRANSLATORS: a scale bar length in metres */
      return g_strdup_printf (yt_map_renderer_tr (self, N_("%s m")), number);
    }
  number = yt_format_integer (self->language, (gint64) (metres / 1000));
  /* TRANSLATORS: a scale bar length in kilometres; Chinese maps write 公里 */
  return g_strdup_printf (yt_map_renderer_tr (self, N_("%s km")), number);
}

static void
draw_bar (cairo_t          *cr,
          const YtMapStyle *style,
          double            x,
          double            y,
          double            length)
{
  /* Four alternating segments, outlined: legible on land, sea and shading. */
  for (int i = 0; i < 4; i++)
    {
      cairo_rectangle (cr, x + i * length / 4, y, length / 4, BAR_H);
      yt_map_style_set_rgb (cr, i % 2 == 0 ? &style->text : &style->panel);
      cairo_fill (cr);
    }
  cairo_rectangle (cr, x, y, length, BAR_H);
  yt_map_style_set_rgb (cr, &style->text);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/**
 * yt_map_scalebar_draw_bar:
 * @x, @y: top left of the bar's text
 *
 * A bar true at the centre of @viewport, the largest round length not
 * longer than @max_px. Returns the height drawn, 0 when there is no scale.
 */
double
yt_map_scalebar_draw_bar (YtMapRenderer  *self,
                          cairo_t        *cr,
                          PangoContext   *context,
                          YtViewport     *viewport,
                          double          x,
                          double          y,
                          double          max_px,
                          YtMapTextStyle  text_style)
{
  double mpp = yt_viewport_get_ground_metres_per_pixel (viewport);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  double metres, length;
  YtMapStyle style;
  int tw, th;

  if (!(mpp > 0))
    return 0;
  metres = yt_map_scalebar_round_length (max_px * mpp);
  length = metres / mpp;
  text = length_text (self, metres);
  layout = yt_map_renderer_layout (self, context, text_style, text);
  pango_layout_get_pixel_size (layout, &tw, &th);
  yt_map_style_init (&style, self->dark);
  cairo_save (cr);
  yt_map_renderer_draw_text (self, cr, layout, x + length - tw / 2.0, y, text_style);
  g_clear_object (&layout);
  layout = yt_map_renderer_layout (self, context, text_style, "0");
  yt_map_renderer_draw_text (self, cr, layout, x - 3, y, text_style);
  draw_bar (cr, &style, x, y + th + 2, length);
  cairo_restore (cr);
  return th + 2 + BAR_H;
}

void
yt_map_scalebar_draw (YtMapRenderer *self,
                      cairo_t       *cr,
                      PangoContext  *context)
{
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  const YtBox *box = &self->furniture.scalebar;
  g_autoptr(PangoLayout) layout = NULL;
  double x = box->x + 3, y = box->y + 3, h;

  if (box->width <= 0)
    return;
  h = yt_map_scalebar_draw_bar (self, cr, context, viewport, x, y, MAX_BAR_PX, YT_MAP_TEXT_LEGEND);
  if (h > 0 && self->kind == YT_MAP_KIND_WORLD)
    {
      layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SMALL,
                                       yt_map_renderer_tr (self, N_("Scale true at the map centre")));
      yt_map_renderer_draw_text (self, cr, layout, x, y + h + 2, YT_MAP_TEXT_SMALL);
    }
}
