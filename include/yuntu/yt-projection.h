/* yt-projection.h: map projections through PROJ, one context per object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* China view: Albers equal-area conic, standard parallels 25N/47N, 105E. */
#define YT_PROJECTION_CHINA "+proj=aea +lat_1=25 +lat_2=47 +lon_0=105 +lat_0=0 +ellps=WGS84"
/* Belt and Road view: Robinson centred on 60E (Europe, Africa and Asia). */
#define YT_PROJECTION_WORLD "+proj=robin +lon_0=60 +ellps=WGS84"

#define YT_PROJECTION_ERROR (yt_projection_error_quark ())
GQuark yt_projection_error_quark (void);

typedef enum {
  YT_PROJECTION_ERROR_INVALID,
} YtProjectionError;

#define YT_TYPE_PROJECTION (yt_projection_get_type ())
G_DECLARE_FINAL_TYPE (YtProjection, yt_projection, YT, PROJECTION, GObject)

YtProjection *yt_projection_new            (const char    *definition,
                                            GError       **error);
YtProjection *yt_projection_new_china      (void);
YtProjection *yt_projection_new_world      (void);
const char   *yt_projection_get_definition (YtProjection  *self);
double        yt_projection_get_central_meridian (YtProjection *self);
gboolean      yt_projection_forward        (YtProjection  *self,
                                            double         lon,
                                            double         lat,
                                            double        *x,
                                            double        *y);
gboolean      yt_projection_inverse        (YtProjection  *self,
                                            double         x,
                                            double         y,
                                            double        *lon,
                                            double        *lat);
gsize         yt_projection_forward_points (YtProjection  *self,
                                            double        *xy,
                                            gsize          n_points);
gsize         yt_projection_inverse_points (YtProjection  *self,
                                            double        *xy,
                                            gsize          n_points);
gboolean      yt_projection_get_scale      (YtProjection  *self,
                                            double         lon,
                                            double         lat,
                                            double        *parallel_scale,
                                            double        *meridian_scale);

G_END_DECLS
