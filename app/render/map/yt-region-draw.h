/* yt-region-draw.h: path building for the region layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "yt-basemap-private.h"

G_BEGIN_DECLS

typedef struct {
  cairo_t                  *cr;
  const YtBasemapData      *d;
  const YtProjectedBasemap *p;
  double                    cx, cy, s;     /* map centre and units per pixel */
  double                    ox, oy;        /* device centre of the frame */
  YtExtent                     vis;           /* visible map box, with a margin */
  guint                     level;         /* lowest vertex level drawn */
  const gboolean           *skip_region;   /* nullable: regions not drawn */
} YtRegionDraw;

gboolean yt_region_draw_init   (YtRegionDraw *rd,
                                cairo_t      *cr,
                                YtBasemap    *basemap,
                                YtViewport   *viewport,
                                double        tolerance_px,
                                GError      **error);
void     yt_region_draw_fill   (YtRegionDraw *rd,
                                guint         region,
                                gboolean      dots);
void     yt_region_draw_arcs   (YtRegionDraw *rd,
                                YtArcClass    klass);
void     yt_region_draw_edge   (YtRegionDraw *rd,
                                const guint8 *inside);

G_END_DECLS
