/* yt-region-layer.h: sea, land, regions, borders, graticule and SCS inset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "yuntu/yt-basemap.h"
#include "yuntu/yt-map-renderer.h"
#include "yuntu/yt-viewport.h"

G_BEGIN_DECLS

typedef enum {
  YT_REGION_COLOR_SEA,
  YT_REGION_COLOR_LAND,       /* China's provinces, or every country on the world view */
  YT_REGION_COLOR_NEIGHBOUR,  /* other countries on the China view */
  YT_REGION_COLOR_COAST,
  YT_REGION_COLOR_BORDER,
  YT_REGION_COLOR_PROVINCE,
  YT_REGION_COLOR_NO_DATA,    /* choropleth regions without a value */
} YtRegionColor;

#define YT_TYPE_REGION_LAYER (yt_region_layer_get_type ())
G_DECLARE_FINAL_TYPE (YtRegionLayer, yt_region_layer, YT, REGION_LAYER, GObject)

YtRegionLayer *yt_region_layer_new           (YtBasemap     *world,
                                              YtBasemap     *china);
void           yt_region_layer_set_dark      (YtRegionLayer *self,
                                              gboolean       dark);
void           yt_region_layer_set_graticule (YtRegionLayer *self,
                                              gboolean       graticule);
void           yt_region_layer_set_inset     (YtRegionLayer  *self,
                                              const YtExtent *frame);
void           yt_region_layer_set_value     (YtRegionLayer *self,
                                              const char    *code,
                                              double         value);
void           yt_region_layer_clear_values  (YtRegionLayer *self);
/* Members (of the Belt and Road, on the world view): hatched and outlined
 * inside their borders, over whatever fill they have. */
void           yt_region_layer_set_member    (YtRegionLayer *self,
                                              const char    *code);
void           yt_region_layer_clear_members (YtRegionLayer *self);
/* The member pattern in a box, as the legend shows it. */
void           yt_region_layer_draw_member_swatch (YtRegionLayer *self,
                                              cairo_t       *cr,
                                              double         x,
                                              double         y,
                                              double         width,
                                              double         height);
void           yt_region_layer_get_color     (YtRegionLayer *self,
                                              YtRegionColor  which,
                                              double         rgb[3]);
gboolean       yt_region_layer_draw          (YtRegionLayer *self,
                                              cairo_t       *cr,
                                              YtViewport    *viewport,
                                              YtMapKind      kind,
                                              GError       **error);
gboolean       yt_region_layer_draw_inset    (YtRegionLayer *self,
                                              cairo_t       *cr,
                                              YtViewport    *viewport,
                                              GError       **error);
gboolean       yt_region_layer_get_range     (YtRegionLayer *self,
                                              double        *min,
                                              double        *max);
void           yt_region_layer_draw_ramp     (YtRegionLayer *self,
                                              cairo_t       *cr,
                                              double         x,
                                              double         y,
                                              double         width,
                                              double         height);

G_END_DECLS
