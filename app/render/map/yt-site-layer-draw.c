/* yt-site-layer-draw.c: the site layer's markers and cluster counts
 *
 * On raster targets each marker is stamped from a sprite
 * (yt-sprite-cache.c); a cluster's count is drawn over its disc.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "yt-map-style.h"
#include "yt-site-layer-private.h"

/* One layout serves every count: making a layout per mark would cost more
 * than drawing the mark. */
static void
draw_count (cairo_t          *cr,
            PangoLayout      *layout,
            const YtSiteMark *mark,
            const YtRgb      *fill)
{
  static const YtRgb white = { 1, 1, 1 }, black = { 0.08, 0.08, 0.08 };
  double luminance = 0.2126 * fill->r + 0.7152 * fill->g + 0.0722 * fill->b;
  char text[16];
  int width, height;
  double fit;

  g_snprintf (text, sizeof text, "%u", mark->n_members);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  /* Four digits and more would spill out of the disc: shrink them into it. */
  fit = MIN (1.0, (2 * mark->radius - 3) / MAX (width, 1));
  cairo_save (cr);
  cairo_translate (cr, mark->x, mark->y);
  cairo_scale (cr, fit, fit);
  cairo_move_to (cr, -width / 2.0, -height / 2.0);
  yt_map_style_set_rgb (cr, luminance > 0.5 ? &black : &white);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_mark (YtSiteLayer      *self,
           cairo_t          *cr,
           PangoLayout      *layout,
           const YtMapStyle *style,
           const YtSiteMark *mark)
{
  const YtRgb *fill = yt_map_style_company_colour (mark->company_slot);

  if (mark->n_members == 1)
    {
      const YtSite *site = yt_atlas_get_site (self->atlas, mark->site);

      yt_sprite_cache_draw_symbol (self->sprites, cr, yt_map_style_symbol_for (site->kind), mark->x, mark->y,
                                   mark->radius, fill, &style->marker_outline);
      return;
    }
  if (mark->company_slot == YT_SITE_MIXED)
    fill = &style->cluster_fill;
  yt_sprite_cache_draw_symbol (self->sprites, cr, YT_SYMBOL_CIRCLE, mark->x, mark->y, mark->radius,
                               fill, &style->marker_outline);
  draw_count (cr, layout, mark, fill);
}

static PangoLayout *
yt_site_layer_count_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Noto Sans CJK SC Bold");

  pango_font_description_set_absolute_size (font, 9.5 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  /* Digits only; the language keeps fontconfig on the SC face. */
  pango_context_set_language (pango_layout_get_context (layout), pango_language_from_string ("zh-cn"));
  return layout;
}

static gboolean
mark_has_site (YtSiteLayer      *self,
               const YtSiteMark *mark,
               guint             site)
{
  for (guint i = 0; i < mark->n_members; i++)
    if (g_array_index (self->members, guint, mark->first + i) == site)
      return TRUE;
  return FALSE;
}

void
yt_site_layer_draw (YtSiteLayer *self,
                    cairo_t     *cr,
                    gboolean     dark,
                    guint        highlighted_site)
{
  g_autoptr(PangoLayout) layout = NULL;
  YtMapStyle style;

  g_return_if_fail (self != NULL);

  if (self->atlas == NULL)
    return;
  yt_map_style_init (&style, dark);
  layout = yt_site_layer_count_layout (cr);
  cairo_save (cr);
  for (guint m = 0; m < self->marks->len; m++)
    {
      const YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, m);

      draw_mark (self, cr, layout, &style, mark);
      if (highlighted_site != YT_ATLAS_NONE && mark_has_site (self, mark, highlighted_site))
        {
          cairo_new_path (cr);
          cairo_arc (cr, mark->x, mark->y, mark->radius + 4, 0, 2 * G_PI);
          yt_map_style_set_rgb (cr, &style.text);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
}
