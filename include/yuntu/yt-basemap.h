/* yt-basemap.h: country and province outlines, projected once per projection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-projection.h"

G_BEGIN_DECLS

#define YT_BASEMAP_RESOURCE_CHINA "/io/github/yuntu/Yuntu/basemap/basemap-china.ytb"
#define YT_BASEMAP_RESOURCE_WORLD "/io/github/yuntu/Yuntu/basemap/basemap-world.ytb"

#define YT_BASEMAP_ERROR (yt_basemap_error_quark ())
GQuark yt_basemap_error_quark (void);

typedef enum {
  YT_BASEMAP_ERROR_INVALID,
  YT_BASEMAP_ERROR_TOO_LARGE,
  YT_BASEMAP_ERROR_PROJECTION,
} YtBasemapError;

typedef enum {
  YT_BASEMAP_COUNTRY,
  YT_BASEMAP_PROVINCE,
  YT_BASEMAP_SAR,
  YT_BASEMAP_ISLAND,
} YtBasemapKind;

/* How an outline segment is stroked. */
typedef enum {
  YT_ARC_COAST,
  YT_ARC_BORDER,     /* international */
  YT_ARC_PROVINCE,   /* between province-level divisions */
  YT_ARC_SEAM,       /* the cut at the map edge: never stroked */
} YtArcClass;

#define YT_TYPE_BASEMAP (yt_basemap_get_type ())
G_DECLARE_FINAL_TYPE (YtBasemap, yt_basemap, YT, BASEMAP, GObject)

/* Projected geometry; owned by the basemap, valid while it lives. */
typedef struct _YtProjectedBasemap YtProjectedBasemap;

YtBasemap    *yt_basemap_new_from_bytes      (GBytes       *bytes,
                                              GError      **error);
YtBasemap    *yt_basemap_new_from_resource   (const char   *path,
                                              GError      **error);
const char   *yt_basemap_get_name            (YtBasemap    *self);
const char   *yt_basemap_get_attribution     (YtBasemap    *self);
double        yt_basemap_get_base_tolerance  (YtBasemap    *self);
gboolean      yt_basemap_replaces            (YtBasemap    *self,
                                              const char   *code);
guint         yt_basemap_get_n_regions       (YtBasemap    *self);
int           yt_basemap_find_region         (YtBasemap    *self,
                                              const char   *code);
const char   *yt_basemap_get_region_code     (YtBasemap    *self,
                                              guint         region);
const char   *yt_basemap_get_region_name     (YtBasemap    *self,
                                              guint         region);
YtBasemapKind  yt_basemap_get_region_kind     (YtBasemap    *self,
                                              guint         region);
guint         yt_basemap_get_n_vertices      (YtBasemap    *self);
guint         yt_basemap_level_for_tolerance (YtBasemap    *self,
                                              double        tolerance_deg);
gsize         yt_basemap_count_vertices      (YtBasemap    *self,
                                              double        tolerance_deg);
YtProjectedBasemap *yt_basemap_get_projected (YtBasemap    *self,
                                              YtProjection *projection,
                                              GError      **error);
gboolean      yt_projected_basemap_get_anchor (YtProjectedBasemap *projected,
                                               guint               region,
                                               double             *x,
                                               double             *y);

G_END_DECLS
