/* yt-viewport.h: projected map units <-> device pixels for one map frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "yuntu/yt-projection.h"

G_BEGIN_DECLS

/* Geographic extents (lon0, lat0, lon1, lat1) of the standard views. */
#define YT_VIEW_CHINA_EXTENT     73.0, 17.5, 135.5, 53.8
#define YT_VIEW_WORLD_EXTENT    -30.0, -38.0, 150.0, 72.0
#define YT_VIEW_SCS_INSET_EXTENT 105.0, 3.0, 125.0, 25.0

typedef struct {
  double x0, y0, x1, y1;
} YtExtent;

#define YT_TYPE_VIEWPORT (yt_viewport_get_type ())
G_DECLARE_FINAL_TYPE (YtViewport, yt_viewport, YT, VIEWPORT, GObject)

YtViewport   *yt_viewport_new              (YtProjection *projection);
YtViewport   *yt_viewport_new_scs_inset    (YtViewport   *main,
                                            const YtExtent *frame);
double        yt_viewport_get_scs_inset_aspect (YtViewport *main);
YtProjection *yt_viewport_get_projection   (YtViewport   *self);
void          yt_viewport_set_frame        (YtViewport   *self,
                                            double        x,
                                            double        y,
                                            double        width,
                                            double        height);
void          yt_viewport_get_frame        (YtViewport   *self,
                                            YtExtent        *frame);
void          yt_viewport_set_center       (YtViewport   *self,
                                            double        x,
                                            double        y);
void          yt_viewport_get_center       (YtViewport   *self,
                                            double       *x,
                                            double       *y);
double        yt_viewport_get_scale        (YtViewport   *self);
void          yt_viewport_set_scale        (YtViewport   *self,
                                            double        map_units_per_pixel);
void          yt_viewport_set_scale_limits (YtViewport   *self,
                                            double        min_scale,
                                            double        max_scale);
void          yt_viewport_zoom_at          (YtViewport   *self,
                                            double        factor,
                                            double        device_x,
                                            double        device_y);
void          yt_viewport_fit_box          (YtViewport   *self,
                                            const YtExtent  *box,
                                            double        margin_px);
gboolean      yt_viewport_project_extent   (YtViewport   *self,
                                            double        lon0,
                                            double        lat0,
                                            double        lon1,
                                            double        lat1,
                                            YtExtent     *box);
gboolean      yt_viewport_fit_geographic   (YtViewport   *self,
                                            double        lon0,
                                            double        lat0,
                                            double        lon1,
                                            double        lat1,
                                            double        margin_px);
void          yt_viewport_to_device        (YtViewport   *self,
                                            double        x,
                                            double        y,
                                            double       *device_x,
                                            double       *device_y);
void          yt_viewport_to_map           (YtViewport   *self,
                                            double        device_x,
                                            double        device_y,
                                            double       *x,
                                            double       *y);
gboolean      yt_viewport_lonlat_to_device (YtViewport   *self,
                                            double        lon,
                                            double        lat,
                                            double       *device_x,
                                            double       *device_y);
void          yt_viewport_get_visible_box  (YtViewport   *self,
                                            YtExtent        *box);
double        yt_viewport_get_ground_metres_per_pixel (YtViewport *self);

G_END_DECLS
