/* yt-map-style.h: colours and symbols shared by the map layers and the legend (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

typedef struct { double r, g, b; } YtRgb;

typedef struct {
  gboolean dark;
  YtRgb    text;
  YtRgb    halo;
  YtRgb    marker_outline;
  YtRgb    cluster_fill;
  YtRgb    panel;
} YtMapStyle;

/* Symbols by site kind: shape tells the kind, colour tells the company. */
typedef enum {
  YT_SYMBOL_CIRCLE,
  YT_SYMBOL_DIAMOND,
  YT_SYMBOL_SQUARE,
  YT_SYMBOL_TRIANGLE,
  YT_SYMBOL_STAR,
  YT_SYMBOL_RING,
} YtSymbol;

/* The Okabe–Ito palette stays distinct under the common colour-vision deficiencies. */
#define YT_N_COMPANY_COLOURS 8

void        yt_map_style_init         (YtMapStyle *style,
                                       gboolean    dark);
YtSymbol    yt_map_style_symbol_for   (YtSiteKind  kind);
const YtRgb *yt_map_style_company_colour (guint     slot);
guint       yt_map_style_company_slot (YtAtlas    *atlas,
                                       guint       company);
void        yt_map_style_draw_symbol  (cairo_t    *cr,
                                       YtSymbol    symbol,
                                       double      x,
                                       double      y,
                                       double      radius,
                                       const YtRgb *fill,
                                       const YtRgb *outline);
void        yt_map_style_set_rgb      (cairo_t    *cr,
                                       const YtRgb *rgb);
gboolean    yt_map_style_is_raster    (cairo_t    *cr);

G_END_DECLS
