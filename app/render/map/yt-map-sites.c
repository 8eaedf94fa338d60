/* yt-map-sites.c: the sites of a frame and the choropleth counted from them
 *
 * Sites are projected once per view kind and atlas (PROJ calls cost about a
 * microsecond each); a frame only scales, shifts and culls them, then lets
 * the site layer cluster what is left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

#define CLUSTER_DISTANCE_PX 26.0   /* two cluster radii and a gap: marks never overlap */
#define CULL_MARGIN_PX      12.0

void
yt_map_sites_project (YtMapRenderer *self,
                      YtMapView     *view)
{
  guint n = yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);

  g_free (view->site_xy);
  view->site_xy = g_new (double, 2 * MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const YtSite *site = yt_atlas_get_site (self->atlas, i);

      view->site_xy[2 * i] = site->lon;
      view->site_xy[2 * i + 1] = site->lat;
    }
  yt_projection_forward_points (view->projection, view->site_xy, n);
  for (guint i = 0; i < n; i++)
    if (yt_atlas_get_site (self->atlas, i)->precision == YT_PRECISION_NONE ||
        !isfinite (view->site_xy[2 * i]) || !isfinite (view->site_xy[2 * i + 1]))
      view->site_xy[2 * i] = NAN;
}

static gboolean
inside (const YtBox *box,
        double       x,
        double       y)
{
  return x >= box->x && x <= box->x + box->width && y >= box->y && y <= box->y + box->height;
}

void
yt_map_sites_update (YtMapRenderer *self)
{
  YtMapView *view = yt_map_renderer_view (self);
  g_autofree guint *all = NULL;
  g_autofree double *xy = NULL;
  const guint *sites = self->sites;
  guint n = self->n_sites;
  double cx, cy, s;

  if (self->atlas == NULL)
    return;
  if (view->site_xy == NULL)
    yt_map_sites_project (self, view);
  if (sites == NULL)
    {
      n = yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);
      all = g_new (guint, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        all[i] = i;
      sites = all;
    }
  yt_viewport_get_center (view->viewport, &cx, &cy);
  s = yt_viewport_get_scale (view->viewport);
  xy = g_new (double, 2 * MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      double x = self->width / 2 + (view->site_xy[2 * sites[i]] - cx) / s;
      double y = self->height / 2 - (view->site_xy[2 * sites[i] + 1] - cy) / s;

      xy[2 * i] = xy[2 * i + 1] = NAN;
      if (isnan (x) || x < -CULL_MARGIN_PX || y < -CULL_MARGIN_PX ||
          x > self->width + CULL_MARGIN_PX || y > self->height + CULL_MARGIN_PX ||
          /* Under the South China Sea inset, which is off the main map. */
          inside (&self->furniture.inset, x, y))
        continue;
      xy[2 * i] = x, xy[2 * i + 1] = y;
    }
  yt_site_layer_update_points (self->site_layer, self->atlas, sites, n, xy, CLUSTER_DISTANCE_PX);
}

/* The province (China view) or country (world view) a region lies in. */
static guint
shaded_region (YtMapRenderer *self,
               guint          region)
{
  YtRegionKind want = self->kind == YT_MAP_KIND_CHINA ? YT_REGION_PROVINCE : YT_REGION_COUNTRY;

  for (guint depth = 0; region != YT_ATLAS_NONE && depth < 8; depth++)
    {
      const YtRegion *r = yt_atlas_get_region (self->atlas, region);

      if (r->kind == want || (want == YT_REGION_PROVINCE && r->kind == YT_REGION_SAR))
        return region;
      region = r->parent;
    }
  return YT_ATLAS_NONE;
}

static gboolean
is_china (YtMapRenderer *self,
          guint          region)
{
  return g_strcmp0 (yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, region)->iso), "CN") == 0;
}

/* A region without sites has the value 0, which is data, not "no data":
 * every province (China view) or country but China (world view) starts at 0. */
static void
set_zeros (YtMapRenderer *self)
{
  YtBasemap *basemap = self->kind == YT_MAP_KIND_CHINA ? yt_map_basemap_china (NULL) : yt_map_basemap_world (NULL);

  for (guint i = 0; basemap != NULL && i < yt_basemap_get_n_regions (basemap); i++)
    {
      const char *code = yt_basemap_get_region_code (basemap, i);
      YtBasemapKind kind = yt_basemap_get_region_kind (basemap, i);

      if (kind == YT_BASEMAP_ISLAND || g_strcmp0 (code, "CN") == 0 || g_strcmp0 (code, "TW") == 0 ||
          g_strcmp0 (code, "HK") == 0 || g_strcmp0 (code, "MO") == 0)
        continue;
      yt_region_layer_set_value (self->regions, code, 0);
    }
}

/* Sites per region counts every site of the filter, located or not: the
 * shading is how sites without a sourced position still show on the map. */
void
yt_map_sites_choropleth (YtMapRenderer *self)
{
  g_autofree guint *counts = NULL;
  guint n_regions, n;

  yt_region_layer_clear_values (self->regions);
  if (self->atlas == NULL || self->choropleth == YT_MAP_CHOROPLETH_NONE)
    return;
  set_zeros (self);
  n_regions = yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION);
  counts = g_new0 (guint, MAX (n_regions, 1));
  n = self->sites != NULL ? self->n_sites : yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);
  for (guint i = 0; i < n; i++)
    {
      const YtSite *site = yt_atlas_get_site (self->atlas, self->sites != NULL ? self->sites[i] : i);
      guint region = shaded_region (self, site->region);

      /* The world view is about sites abroad: China's own would flatten the ramp. */
      if (region != YT_ATLAS_NONE && !(self->kind == YT_MAP_KIND_WORLD &&
                                       is_china (self, region)))
        counts[region]++;
    }
  for (guint r = 0; r < n_regions; r++)
    if (counts[r] > 0)
      {
        const char *iso = yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, r)->iso);

        if (iso != NULL && *iso != '\0')
          yt_region_layer_set_value (self->regions, iso, counts[r]);
      }
}

/* Sites of the filter without a sourced position: the legend says how many. */
guint
yt_map_sites_n_unlocated (YtMapRenderer *self)
{
  guint n, unlocated = 0;

  if (self->atlas == NULL)
    return 0;
  /* Counted once per atlas and filter: every frame's legend asks. */
  if (self->n_unlocated >= 0)
    return (guint) self->n_unlocated;
  n = self->sites != NULL ? self->n_sites : yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);
  for (guint i = 0; i < n; i++)
    if (yt_atlas_get_site (self->atlas, self->sites != NULL ? self->sites[i] : i)->precision ==
        YT_PRECISION_NONE)
      unlocated++;
  self->n_unlocated = (int) unlocated;
  return unlocated;
}

/* Located sites of the filter that the frame leaves out: the world view is
 * centred on Asia, and a reader must be told that the Americas lie beyond
 * it. Counted for each frame, which the view may have moved. */
guint
yt_map_sites_n_outside (YtMapRenderer *self)
{
  YtMapView *view = yt_map_renderer_view (self);
  guint n, outside = 0;

  if (self->atlas == NULL || view->site_xy == NULL)
    return 0;
  n = self->sites != NULL ? self->n_sites : yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);
  for (guint i = 0; i < n; i++)
    {
      guint site = self->sites != NULL ? self->sites[i] : i;
      double x = view->site_xy[2 * site], y = view->site_xy[2 * site + 1];

      if (yt_atlas_get_site (self->atlas, site)->precision == YT_PRECISION_NONE)
        continue;
      if (!isnan (x))
        yt_viewport_to_device (view->viewport, x, y, &x, &y);
      outside += isnan (x) || x < 0 || y < 0 || x > self->width || y > self->height;
    }
  return outside;
}
