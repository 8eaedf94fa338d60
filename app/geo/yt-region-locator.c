/* yt-region-locator.c: which province or country a point lies in
 *
 * Each basemap ring is unrolled once into a run of longitude, latitude pairs
 * with its bounding box, so a lookup tests the few rings whose box holds the
 * point.  A region holds the point when an odd number of its rings do
 * (holes); when two regions do (an enclave drawn without its hole), the one
 * with the smaller ring around the point wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-projection.h"
#include "yuntu/yt-region-locator.h"
#include "yt-basemap-private.h"

typedef struct {
  guint  first;            /* offset of the ring's first point */
  guint  n;
  guint  region;
  double area;
  double lon0, lat0, lon1, lat1;
} Ring;

typedef struct {
  YtBasemap *basemap;
  GArray    *points;       /* double lon, lat */
  GArray    *rings;        /* Ring */
} Outlines;

struct _YtRegionLocator
{
  GObject       parent_instance;
  Outlines      china;
  Outlines      world;
  YtProjection *projection;  /* the Belt and Road view's, for label anchors */
  GMutex        lock;        /* projections are cached by the basemaps */
};

G_DEFINE_FINAL_TYPE (YtRegionLocator, yt_region_locator, G_TYPE_OBJECT)

static void
outlines_clear (Outlines *o)
{
  g_clear_object (&o->basemap);
  g_clear_pointer (&o->points, g_array_unref);
  g_clear_pointer (&o->rings, g_array_unref);
}

static void
yt_region_locator_finalize (GObject *object)
{
  YtRegionLocator *self = YT_REGION_LOCATOR (object);

  outlines_clear (&self->china);
  outlines_clear (&self->world);
  g_clear_object (&self->projection);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (yt_region_locator_parent_class)->finalize (object);
}

static void
yt_region_locator_class_init (YtRegionLocatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_region_locator_finalize;
}

static void
yt_region_locator_init (YtRegionLocator *self)
{
  g_mutex_init (&self->lock);
}

static void
finish_ring (Outlines *o,
             Ring     *ring)
{
  const double *p = &g_array_index (o->points, double, 2 * ring->first);
  double s = 0;

  ring->n = o->points->len / 2 - ring->first;
  ring->lon0 = ring->lat0 = HUGE_VAL;
  ring->lon1 = ring->lat1 = -HUGE_VAL;
  for (guint i = 0, j = ring->n - 1; i < ring->n; j = i++)
    {
      s += p[2 * j] * p[2 * i + 1] - p[2 * i] * p[2 * j + 1];
      ring->lon0 = MIN (ring->lon0, p[2 * i]);
      ring->lon1 = MAX (ring->lon1, p[2 * i]);
      ring->lat0 = MIN (ring->lat0, p[2 * i + 1]);
      ring->lat1 = MAX (ring->lat1, p[2 * i + 1]);
    }
  ring->area = fabs (s) / 2;
  if (ring->n >= 3)
    g_array_append_val (o->rings, *ring);
}

static gboolean
outlines_load (Outlines    *o,
               const char  *resource,
               GError     **error)
{
  const YtBasemapData *d;
  const guint *astart, *rstart;
  const gint32 *refs;
  const double *ll;

  if ((o->basemap = yt_basemap_new_from_resource (resource, error)) == NULL)
    return FALSE;
  d = yt_basemap_get_data (o->basemap);
  astart = (const guint *) (gconstpointer) d->arc_start->data;
  rstart = (const guint *) (gconstpointer) d->ring_start->data;
  refs = (const gint32 *) (gconstpointer) d->ring_refs->data;
  ll = (const double *) (gconstpointer) d->lonlat->data;
  o->points = g_array_new (FALSE, FALSE, sizeof (double));
  o->rings = g_array_new (FALSE, FALSE, sizeof (Ring));

  for (guint r = 0; r < d->ring_region->len; r++)
    {
      Ring ring = { o->points->len / 2, 0, g_array_index (d->ring_region, guint, r), 0, 0, 0, 0, 0 };

      for (guint k = rstart[r]; k < rstart[r + 1]; k++)
        {
          guint a = refs[k] >= 0 ? (guint) refs[k] : (guint) (-refs[k] - 1);
          guint n = astart[a + 1] - astart[a];

          for (guint j = 0; j < n; j++)
            g_array_append_vals (o->points, &ll[2 * (refs[k] >= 0 ? astart[a] + j : astart[a + 1] - 1 - j)], 2);
        }
      finish_ring (o, &ring);
    }
  return TRUE;
}

/* The world outlines run from 120° W to 240° E: a point west of the cut
 * is also looked for one turn east. */
static const char *
outlines_find (Outlines *o,
               double    lon,
               double    lat)
{
  g_autoptr(GHashTable) parity = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) smallest = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  double shifts[2] = { 0, lon < -120 ? 360 : 0 };
  GHashTableIter iter;
  gpointer key, value;
  int best = -1;
  double best_area = HUGE_VAL;

  for (guint r = 0; r < o->rings->len; r++)
    {
      const Ring *ring = &g_array_index (o->rings, Ring, r);

      for (guint s = 0; s < G_N_ELEMENTS (shifts) && (s == 0 || shifts[s] != 0); s++)
        {
          double x = lon + shifts[s];
          double *area;

          if (x < ring->lon0 || x > ring->lon1 || lat < ring->lat0 || lat > ring->lat1 ||
              !yt_basemap_ring_contains (&g_array_index (o->points, double, 2 * ring->first), ring->n, x, lat))
            continue;
          key = GUINT_TO_POINTER (ring->region + 1);
          g_hash_table_insert (parity, key, GINT_TO_POINTER (!GPOINTER_TO_INT (g_hash_table_lookup (parity, key))));
          if ((area = g_hash_table_lookup (smallest, key)) == NULL)
            g_hash_table_insert (smallest, key, g_memdup2 (&ring->area, sizeof (double)));
          else
            *area = MIN (*area, ring->area);
        }
    }

  g_hash_table_iter_init (&iter, parity);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double area = *(double *) g_hash_table_lookup (smallest, key);

      if (GPOINTER_TO_INT (value) && area < best_area)
        {
          best = GPOINTER_TO_INT (key) - 1;
          best_area = area;
        }
    }
  return best >= 0 ? yt_basemap_get_region_code (o->basemap, (guint) best) : NULL;
}

const char *
yt_region_locator_find (YtRegionLocator *self,
                        double           lon,
                        double           lat)
{
  const char *code;

  g_return_val_if_fail (YT_IS_REGION_LOCATOR (self), NULL);

  if (!isfinite (lon) || !isfinite (lat) || fabs (lat) > 90 || fabs (lon) > 180)
    return NULL;
  /* The China file's islands (SCS-…) are not province codes. */
  code = outlines_find (&self->china, lon, lat);
  if (code != NULL && g_str_has_prefix (code, "CN-"))
    return code;
  return outlines_find (&self->world, lon, lat);
}

gboolean
yt_region_locator_get_anchor (YtRegionLocator *self,
                              const char      *iso,
                              double          *lon,
                              double          *lat)
{
  Outlines *o;
  YtProjectedBasemap *projected;
  double x, y;
  int region;
  gboolean ok;

  g_return_val_if_fail (YT_IS_REGION_LOCATOR (self), FALSE);
  g_return_val_if_fail (iso != NULL, FALSE);

  o = g_str_has_prefix (iso, "CN-") ? &self->china : &self->world;
  if ((region = yt_basemap_find_region (o->basemap, iso)) < 0)
    return FALSE;
  g_mutex_lock (&self->lock);
  projected = yt_basemap_get_projected (o->basemap, self->projection, NULL);
  ok = projected != NULL && yt_projected_basemap_get_anchor (projected, (guint) region, &x, &y) &&
       yt_projection_inverse (self->projection, x, y, lon, lat);
  g_mutex_unlock (&self->lock);
  return ok;
}

static gpointer
make_default (gpointer data)
{
  GError **error = data;
  YtRegionLocator *self = g_object_new (YT_TYPE_REGION_LOCATOR, NULL);

  if (!outlines_load (&self->china, YT_BASEMAP_RESOURCE_CHINA, error) ||
      !outlines_load (&self->world, YT_BASEMAP_RESOURCE_WORLD, error))
    {
      g_object_unref (self);
      return NULL;
    }
  self->projection = yt_projection_new_world ();
  return self;
}

YtRegionLocator *
yt_region_locator_get_default (GError **error)
{
  static GMutex lock;
  static YtRegionLocator *shared;
  YtRegionLocator *result;

  g_mutex_lock (&lock);
  if (shared == NULL)
    shared = make_default (error);
  result = shared;
  g_mutex_unlock (&lock);
  return result;
}
