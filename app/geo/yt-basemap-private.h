/* yt-basemap-private.h: the flat arrays behind YtBasemap, for the region layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-basemap.h"
#include "yuntu/yt-viewport.h"

G_BEGIN_DECLS

#define YT_LEVEL_ALWAYS 255   /* arc ends: every level keeps them */

typedef struct {
  const char  *code;
  const char  *name;
  YtBasemapKind kind;
  guint        first_ring;
  guint        n_rings;
} YtBasemapRegion;

/* Geographic data as loaded: arcs are runs of vertices, rings are runs of
 * signed arc references (-a-1 = arc a reversed). */
typedef struct {
  GArray *lonlat;      /* double, interleaved */
  GArray *level;       /* guint8 per vertex */
  GArray *arc_start;   /* guint, n_arcs + 1 */
  GArray *arc_class;   /* guint8 YtArcClass */
  GArray *arc_users;   /* gint32 pairs: regions using the arc, -1 = none */
  GArray *ring_start;  /* guint, n_rings + 1 */
  GArray *ring_refs;   /* gint32 */
  GArray *ring_region; /* guint */
  GArray *regions;     /* YtBasemapRegion */
} YtBasemapData;

struct _YtProjectedBasemap {
  char   *definition;
  double *xy;          /* projected vertices, interleaved */
  YtExtent  *arc_box;     /* x0 > x1 when the arc failed to project */
  YtExtent  *ring_box;
  YtExtent  *region_box;
  double *anchor;      /* x, y per region; NAN when it has no ring */
  guint   n_regions;
};

const YtBasemapData *yt_basemap_get_data (YtBasemap *self);

/* yt-basemap-parse.c */
gboolean yt_basemap_parse (GBytes        *bytes,
                           YtBasemapData *data,
                           GHashTable    *attrs,
                           GStringChunk  *strings,
                           GError       **error);

gboolean    yt_basemap_data_check      (const YtBasemapData *data,
                                        GError             **error);
const char *yt_basemap_get_attribute   (YtBasemap           *self,
                                        const char          *name);
void        yt_basemap_add_attributes  (YtBasemap           *self,
                                        GVariantBuilder     *builder);

/* yt-basemap-compiled.c */
gboolean    yt_basemap_is_compiled     (GBytes              *bytes);
GBytes     *yt_basemap_compile         (YtBasemap           *self,
                                        YtProjection       **projections,
                                        guint                n_projections,
                                        GError             **error);
gboolean    yt_basemap_read_compiled   (GBytes              *bytes,
                                        YtBasemapData       *data,
                                        GHashTable          *attrs,
                                        GStringChunk        *strings,
                                        GVariant           **projections,
                                        GError             **error);
YtProjectedBasemap *yt_basemap_compiled_project (GVariant            *projections,
                                                 const YtBasemapData *data,
                                                 const char          *definition);

/* yt-basemap-query.c */
gboolean    yt_basemap_box_is_clear    (YtBasemap           *self,
                                        YtProjectedBasemap  *projected,
                                        const YtExtent      *box);

/* yt-basemap-project.c */
YtProjectedBasemap *yt_projected_basemap_new  (const YtBasemapData *data,
                                               YtProjection        *projection,
                                               GError             **error);
YtProjectedBasemap *yt_projected_basemap_new_from_xy (const YtBasemapData *data,
                                                      const char          *definition,
                                                      double               lon0,
                                                      double              *xy,
                                                      const double        *anchors);
void                yt_projected_basemap_free (YtProjectedBasemap  *projected);

gboolean yt_basemap_ring_contains (const double *pt,
                                   guint         n,
                                   double        x,
                                   double        y);

G_END_DECLS
