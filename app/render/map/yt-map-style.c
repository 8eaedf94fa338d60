/* yt-map-style.c: colours and symbols shared by the map layers and the legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-style.h"

/* Okabe & Ito (2008); the last slot, grey, is for sites without a cloud operator. */
static const YtRgb company_colours[YT_N_COMPANY_COLOURS] = {
  { 0.902, 0.624, 0.000 },   /* orange */
  { 0.835, 0.369, 0.000 },   /* vermillion */
  { 0.000, 0.447, 0.698 },   /* blue */
  { 0.337, 0.706, 0.914 },   /* sky blue */
  { 0.000, 0.620, 0.451 },   /* bluish green */
  { 0.800, 0.475, 0.655 },   /* reddish purple */
  { 0.941, 0.894, 0.259 },   /* yellow */
  { 0.55, 0.55, 0.55 },      /* grey */
};

/* The providers with the most sites get fixed colours, whatever the file
 * order; every other company shares the last colour before grey, so the
 * legend has one "Other companies" entry at most. */
static const char * const fixed_companies[] = {
  "alibaba-cloud", "huawei-cloud", "tencent-cloud", "baidu-ai-cloud", "ctyun", "ecloud",
};

void
yt_map_style_init (YtMapStyle *style,
                   gboolean    dark)
{
  style->dark = dark;
  if (dark)
    {
      style->text = (YtRgb) { 0.93, 0.93, 0.93 };
      style->halo = (YtRgb) { 0.12, 0.14, 0.17 };
      style->marker_outline = (YtRgb) { 0.10, 0.10, 0.10 };
      style->cluster_fill = (YtRgb) { 0.85, 0.85, 0.88 };
      style->panel = (YtRgb) { 0.16, 0.17, 0.20 };
    }
  else
    {
      style->text = (YtRgb) { 0.13, 0.13, 0.15 };
      style->halo = (YtRgb) { 1.0, 1.0, 1.0 };
      style->marker_outline = (YtRgb) { 1.0, 1.0, 1.0 };
      style->cluster_fill = (YtRgb) { 0.25, 0.27, 0.31 };
      style->panel = (YtRgb) { 1.0, 1.0, 1.0 };
    }
}

YtSymbol
yt_map_style_symbol_for (YtSiteKind kind)
{
  switch (kind)
    {
    case YT_SITE_HUB:          return YT_SYMBOL_RING;
    case YT_SITE_CLUSTER:      return YT_SYMBOL_DIAMOND;
    case YT_SITE_CLOUD_REGION: return YT_SYMBOL_CIRCLE;
    case YT_SITE_DATA_CENTRE:  return YT_SYMBOL_SQUARE;
    case YT_SITE_PARK:         return YT_SYMBOL_TRIANGLE;
    case YT_SITE_PROJECT:      return YT_SYMBOL_STAR;
    case YT_SITE_OFFICE:
    case YT_SITE_EVENT:
    case YT_N_SITE_KINDS:
    default:                   return YT_SYMBOL_CIRCLE;
    }
}

const YtRgb *
yt_map_style_company_colour (guint slot)
{
  return &company_colours[MIN (slot, YT_N_COMPANY_COLOURS - 1)];
}

guint
yt_map_style_company_slot (YtAtlas *atlas,
                           guint    company)
{
  const char *id;

  if (company == YT_ATLAS_NONE)
    return YT_N_COMPANY_COLOURS - 1;
  id = yt_atlas_get_id (atlas, YT_REF (YT_RECORD_COMPANY, company));
  for (guint i = 0; i < G_N_ELEMENTS (fixed_companies); i++)
    if (g_strcmp0 (id, fixed_companies[i]) == 0)
      return i;
  return G_N_ELEMENTS (fixed_companies);
}

void
yt_map_style_set_rgb (cairo_t     *cr,
                      const YtRgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

static void
path_polygon (cairo_t *cr,
              double   x,
              double   y,
              double   radius,
              guint    n,
              double   start,
              double   inner)
{
  guint points = inner > 0 ? 2 * n : n;

  for (guint i = 0; i < points; i++)
    {
      double r = (inner > 0 && i % 2 == 1) ? radius * inner : radius;
      double a = start + i * 2 * G_PI / points;

      if (i == 0)
        cairo_move_to (cr, x + r * cos (a), y + r * sin (a));
      else
        cairo_line_to (cr, x + r * cos (a), y + r * sin (a));
    }
  cairo_close_path (cr);
}

void
yt_map_style_draw_symbol (cairo_t     *cr,
                          YtSymbol     symbol,
                          double       x,
                          double       y,
                          double       radius,
                          const YtRgb *fill,
                          const YtRgb *outline)
{
  cairo_new_path (cr);
  switch (symbol)
    {
    case YT_SYMBOL_DIAMOND:  path_polygon (cr, x, y, radius * 1.25, 4, -G_PI / 2, 0); break;
    case YT_SYMBOL_SQUARE:   cairo_rectangle (cr, x - radius * 0.9, y - radius * 0.9, radius * 1.8, radius * 1.8); break;
    case YT_SYMBOL_TRIANGLE: path_polygon (cr, x, y + radius * 0.15, radius * 1.3, 3, -G_PI / 2, 0); break;
    case YT_SYMBOL_STAR:     path_polygon (cr, x, y, radius * 1.4, 5, -G_PI / 2, 0.45); break;
    case YT_SYMBOL_RING:
    case YT_SYMBOL_CIRCLE:
    default:                 cairo_arc (cr, x, y, radius, 0, 2 * G_PI); break;
    }

  yt_map_style_set_rgb (cr, fill);
  if (symbol == YT_SYMBOL_RING)
    {
      cairo_set_line_width (cr, radius * 0.5);
      cairo_stroke (cr);
      return;
    }
  cairo_fill_preserve (cr);
  yt_map_style_set_rgb (cr, outline);
  cairo_set_line_width (cr, MAX (1.0, radius * 0.25));
  cairo_stroke (cr);
}

/* Raster targets may take shortcuts that would duplicate text or blur
 * shapes in a PDF, SVG or print (see yt-map-text.c, yt-sprite-cache.c). */
gboolean
yt_map_style_is_raster (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_group_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE;
}
