/* yt-basemap-check.c: structural checks every loaded basemap passes
 *
 * Drawing indexes vertices through arcs and arcs through rings without
 * bounds checks, so whatever the source (XML or compiled bytes), every index
 * is vetted once here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-basemap-private.h"

static gboolean
bad (GError    **error,
     const char *what)
{
  g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID, "basemap: %s", what);
  return FALSE;
}

/* @starts must have @n_runs + 1 entries from 0 to @total, never going down
 * (strictly rising when @nonempty). */
static gboolean
runs_valid (GArray  *starts,
            guint    n_runs,
            guint    total,
            gboolean nonempty)
{
  const guint *s = (const guint *) starts->data;

  if (starts->len != n_runs + 1 || s[0] != 0 || s[n_runs] != total)
    return FALSE;
  for (guint i = 0; i < n_runs; i++)
    if (s[i + 1] < s[i] + (nonempty ? 1 : 0))
      return FALSE;
  return TRUE;
}

static gboolean
vertices_valid (const YtBasemapData *d)
{
  const double *ll = (const double *) d->lonlat->data;

  if (d->lonlat->len != 2 * d->level->len)
    return FALSE;
  for (guint i = 0; i < d->level->len; i++)
    if (!(ll[2 * i] >= -180.0 && ll[2 * i] <= 360.0 && ll[2 * i + 1] >= -90.0 && ll[2 * i + 1] <= 90.0))
      return FALSE;
  return TRUE;
}

static gboolean
rings_valid (const YtBasemapData *d)
{
  const gint32 *refs = (const gint32 *) d->ring_refs->data;
  gint64 n_arcs = d->arc_class->len;

  for (guint i = 0; i < d->arc_class->len; i++)
    if (g_array_index (d->arc_class, guint8, i) > YT_ARC_SEAM)
      return FALSE;
  for (guint i = 0; i < d->ring_refs->len; i++)
    if ((refs[i] >= 0 ? (gint64) refs[i] : -(gint64) refs[i] - 1) >= n_arcs)
      return FALSE;
  return TRUE;
}

static gboolean
regions_valid (const YtBasemapData *d)
{
  guint n_rings = d->ring_region->len;

  for (guint i = 0; i < d->regions->len; i++)
    {
      const YtBasemapRegion *r = &g_array_index (d->regions, YtBasemapRegion, i);

      if (r->kind > YT_BASEMAP_ISLAND || r->first_ring > n_rings || r->n_rings > n_rings - r->first_ring)
        return FALSE;
      for (guint k = r->first_ring; k < r->first_ring + r->n_rings; k++)
        if (g_array_index (d->ring_region, guint, k) != i)
          return FALSE;
    }
  for (guint k = 0; k < n_rings; k++)
    if (g_array_index (d->ring_region, guint, k) >= d->regions->len)
      return FALSE;
  return TRUE;
}

gboolean
yt_basemap_data_check (const YtBasemapData *d,
                       GError             **error)
{
  if (!vertices_valid (d))
    return bad (error, "vertex out of range or coordinates missing");
  if (!runs_valid (d->arc_start, d->arc_class->len, d->level->len, TRUE))
    return bad (error, "arcs do not cover the vertices");
  if (!runs_valid (d->ring_start, d->ring_region->len, d->ring_refs->len, FALSE))
    return bad (error, "rings do not cover the arc references");
  if (!rings_valid (d))
    return bad (error, "ring refers to a missing arc, or unknown arc class");
  if (!regions_valid (d))
    return bad (error, "region rings out of order");
  return TRUE;
}
