/* yt-map-text.c: map text with a halo, in one font family for both scripts
 *
 * On vector targets (PDF, print) the halo is the text's outline stroked
 * in the background colour under the text itself, which stays one copy of
 * real text (pango_cairo_show_layout) that readers can select and search.
 * On raster targets, stroking every outline cost a fifth of a frame; there
 * the halo is the text drawn at twelve points around a circle of the same
 * radius, from Cairo's glyph cache, at a tenth of the cost and to the eye
 * the same. SVG exports get the text as <text> elements (yt-map-svg-text.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

#define HALO_WIDTH 3.0
#define HALO_SAMPLES 12

/* Text colours by style: light, then dark. */
static const YtRgb text_rgb[2][YT_MAP_N_TEXT_STYLES] = {
  { { 0.28, 0.28, 0.32 }, { 0.50, 0.50, 0.53 }, { 0.42, 0.40, 0.38 }, { 0.10, 0.10, 0.12 },
    { 0.15, 0.15, 0.17 }, { 0.10, 0.10, 0.12 }, { 0.30, 0.30, 0.33 } },
  { { 0.82, 0.84, 0.88 }, { 0.58, 0.60, 0.64 }, { 0.70, 0.70, 0.68 }, { 0.96, 0.96, 0.96 },
    { 0.90, 0.90, 0.90 }, { 0.96, 0.96, 0.96 }, { 0.72, 0.72, 0.75 } },
};

/* Metrics are not hinted, so a label measures the same on screen, in a PNG
 * and in a PDF, and the same labels are placed everywhere. */
PangoContext *
yt_map_renderer_text_context (YtMapRenderer *self,
                              cairo_t       *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* The language picks glyph forms: without it fontconfig may answer with
   * the Japanese face of Noto Sans CJK for Chinese text. */
  pango_context_set_language (context, pango_language_from_string (self->language == YT_LANG_ZH ? "zh-cn" : "en"));
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * yt_map_renderer_prepare_text:
 *
 * Loads every face the map's text styles use, Latin and Chinese, into this
 * thread's font map.
 */
void
yt_map_renderer_prepare_text (YtMapRenderer *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cr = cairo_create (surface);
  context = yt_map_renderer_text_context (self, cr);
  for (guint i = 0; i < YT_MAP_N_TEXT_STYLES; i++)
    {
      g_autoptr(PangoLayout) layout = yt_map_renderer_layout (self, context, i, "Ag 0 中国");
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
    }
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

PangoLayout *
yt_map_renderer_layout (YtMapRenderer  *self,
                        PangoContext   *context,
                        YtMapTextStyle  style,
                        const char     *text)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_font_description (layout, self->fonts[style]);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static void
draw_halo (cairo_t     *cr,
           PangoLayout *layout,
           double       x,
           double       y)
{
  if (yt_map_style_is_raster (cr))
    {
      for (int k = 0; k < HALO_SAMPLES; k++)
        {
          double a = 2 * G_PI * k / HALO_SAMPLES;

          cairo_move_to (cr, x + HALO_WIDTH / 2 * cos (a), y + HALO_WIDTH / 2 * sin (a));
          pango_cairo_show_layout (cr, layout);
        }
      return;
    }
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  cairo_set_line_width (cr, HALO_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

void
yt_map_renderer_draw_text (YtMapRenderer  *self,
                           cairo_t        *cr,
                           PangoLayout    *layout,
                           double          x,
                           double          y,
                           YtMapTextStyle  style)
{
  YtMapStyle colours;

  yt_map_style_init (&colours, self->dark);
  if (self->svg_text != NULL)
    {
      yt_map_svg_text_record (self->svg_text, cr, layout, x, y, &text_rgb[self->dark][style],
                              &colours.halo, HALO_WIDTH);
      return;
    }
  yt_map_style_set_rgb (cr, &colours.halo);
  draw_halo (cr, layout, x, y);
  yt_map_style_set_rgb (cr, &text_rgb[self->dark][style]);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}
