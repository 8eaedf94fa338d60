/* yt-basemap-project.c: projected copies of a basemap, with boxes and anchors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "yt-basemap-private.h"

#define GRID 16   /* anchor search grid when the centroid falls outside */

static const YtExtent empty_box = { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };

static void
box_add (YtExtent       *box,
         const YtExtent *other)
{
  box->x0 = MIN (box->x0, other->x0);
  box->y0 = MIN (box->y0, other->y0);
  box->x1 = MAX (box->x1, other->x1);
  box->y1 = MAX (box->y1, other->y1);
}

static double
from_meridian (double lon,
               double lon0)
{
  double d = lon - lon0;

  while (d > 180)
    d -= 360;
  while (d < -180)
    d += 360;
  return d;
}

/* An arc that crosses the projection's antimeridian would be drawn across
 * the whole map (the Americas on the China view): it gets an empty box. */
static void
compute_arc_boxes (YtProjectedBasemap  *p,
                   const YtBasemapData *d,
                   double               lon0)
{
  guint n_arcs = d->arc_class->len;
  const guint *start = (const guint *) d->arc_start->data;
  const double *ll = (const double *) d->lonlat->data;

  for (guint a = 0; a < n_arcs; a++)
    {
      YtExtent b = empty_box;
      gboolean ok = TRUE;

      for (guint i = start[a]; i < start[a + 1]; i++)
        {
          double x = p->xy[2 * i], y = p->xy[2 * i + 1];

          ok = ok && x != HUGE_VAL && y != HUGE_VAL;
          if (i > start[a])
            ok = ok && fabs (from_meridian (ll[2 * i], lon0) - from_meridian (ll[2 * i - 2], lon0)) < 180;
          b.x0 = MIN (b.x0, x);
          b.y0 = MIN (b.y0, y);
          b.x1 = MAX (b.x1, x);
          b.y1 = MAX (b.y1, y);
        }
      p->arc_box[a] = ok ? b : empty_box;
    }
}

/* A ring with any unprojectable arc keeps an empty box and is never drawn. */
static void
compute_ring_boxes (YtProjectedBasemap  *p,
                    const YtBasemapData *d)
{
  const guint *start = (const guint *) d->ring_start->data;
  const gint32 *refs = (const gint32 *) d->ring_refs->data;

  for (guint r = 0; r < d->ring_region->len; r++)
    {
      YtExtent b = empty_box;
      gboolean ok = TRUE;

      for (guint k = start[r]; k < start[r + 1]; k++)
        {
          const YtExtent *ab = &p->arc_box[refs[k] >= 0 ? refs[k] : -refs[k] - 1];

          ok = ok && ab->x0 <= ab->x1;
          box_add (&b, ab);
        }
      p->ring_box[r] = ok ? b : empty_box;
      if (ok)
        box_add (&p->region_box[g_array_index (d->ring_region, guint, r)], &b);
    }
}

static void
ring_points (const YtProjectedBasemap *p,
             const YtBasemapData      *d,
             guint                     ring,
             GArray                   *out)
{
  const guint *astart = (const guint *) d->arc_start->data;
  const gint32 *refs = (const gint32 *) d->ring_refs->data;

  g_array_set_size (out, 0);
  for (guint k = g_array_index (d->ring_start, guint, ring);
       k < g_array_index (d->ring_start, guint, ring + 1); k++)
    {
      gint32 r = refs[k];
      guint a = r >= 0 ? r : -r - 1;
      guint n = astart[a + 1] - astart[a];

      for (guint j = 0; j < n; j++)
        {
          guint i = r >= 0 ? astart[a] + j : astart[a + 1] - 1 - j;
          g_array_append_vals (out, &p->xy[2 * i], 2);
        }
    }
}

static double
ring_area (const double *pt,
           guint         n)
{
  double s = 0;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    s += pt[2 * j] * pt[2 * i + 1] - pt[2 * i] * pt[2 * j + 1];
  return s / 2;
}

/* Even-odd test of a point against a ring of @n x/y pairs. */
gboolean
yt_basemap_ring_contains (const double *pt,
                          guint         n,
                          double        x,
                          double        y)
{
  gboolean in = FALSE;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double xi = pt[2 * i], yi = pt[2 * i + 1], xj = pt[2 * j], yj = pt[2 * j + 1];

      if ((yi > y) != (yj > y) && x < xj + (y - yj) * (xi - xj) / (yi - yj))
        in = !in;
    }
  return in;
}

static double
edge_distance (const double *pt,
               guint         n,
               double        x,
               double        y)
{
  double best = HUGE_VAL;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double ax = pt[2 * j], ay = pt[2 * j + 1];
      double dx = pt[2 * i] - ax, dy = pt[2 * i + 1] - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 > 0 ? CLAMP (((x - ax) * dx + (y - ay) * dy) / len2, 0.0, 1.0) : 0.0;
      double ex = ax + t * dx - x, ey = ay + t * dy - y;

      best = MIN (best, ex * ex + ey * ey);
    }
  return best;
}

static void
centroid (const double *pt,
          guint         n,
          double        area,
          double       *cx,
          double       *cy)
{
  double sx = 0, sy = 0;

  for (guint i = 0, j = n - 1; i < n; j = i++)
    {
      double f = pt[2 * j] * pt[2 * i + 1] - pt[2 * i] * pt[2 * j + 1];

      sx += (pt[2 * j] + pt[2 * i]) * f;
      sy += (pt[2 * j + 1] + pt[2 * i + 1]) * f;
    }
  *cx = sx / (6 * area);
  *cy = sy / (6 * area);
}

/* Label anchor: the largest ring's centroid, or when that falls outside the
 * ring (Gansu, Inner Mongolia, Chile), the grid point farthest inside. */
static void
place_anchor (const double *pt,
              guint         n,
              double        area,
              const YtExtent  *box,
              double       *ax,
              double       *ay)
{
  double best = -1;

  centroid (pt, n, area, ax, ay);
  if (yt_basemap_ring_contains (pt, n, *ax, *ay))
    return;
  for (int gx = 0; gx < GRID; gx++)
    for (int gy = 0; gy < GRID; gy++)
      {
        double x = box->x0 + (gx + 0.5) * (box->x1 - box->x0) / GRID;
        double y = box->y0 + (gy + 0.5) * (box->y1 - box->y0) / GRID;
        double dist;

        if (!yt_basemap_ring_contains (pt, n, x, y))
          continue;
        dist = edge_distance (pt, n, x, y);
        if (dist > best)
          {
            best = dist;
            *ax = x;
            *ay = y;
          }
      }
}

static void
compute_anchors (YtProjectedBasemap  *p,
                 const YtBasemapData *d)
{
  g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint g = 0; g < d->regions->len; g++)
    {
      const YtBasemapRegion *r = &g_array_index (d->regions, YtBasemapRegion, g);
      double best = 0;
      int best_ring = -1;

      p->anchor[2 * g] = p->anchor[2 * g + 1] = NAN;
      for (guint k = r->first_ring; k < r->first_ring + r->n_rings; k++)
        {
          double area;

          if (p->ring_box[k].x0 > p->ring_box[k].x1)
            continue;
          ring_points (p, d, k, pts);
          area = fabs (ring_area ((double *) pts->data, pts->len / 2));
          if (area > best)
            best = area, best_ring = k;
        }
      if (best_ring < 0)
        continue;
      ring_points (p, d, best_ring, pts);
      place_anchor ((double *) pts->data, pts->len / 2,
                    ring_area ((double *) pts->data, pts->len / 2),
                    &p->ring_box[best_ring], &p->anchor[2 * g], &p->anchor[2 * g + 1]);
    }
}

/* Takes @xy, the projected vertices, and works out boxes, and anchors
 * unless given (2 per region, NAN for none). */
YtProjectedBasemap *
yt_projected_basemap_new_from_xy (const YtBasemapData *d,
                                  const char          *definition,
                                  double               lon0,
                                  double              *xy,
                                  const double        *anchors)
{
  YtProjectedBasemap *p = g_new0 (YtProjectedBasemap, 1);

  p->definition = g_strdup (definition);
  p->xy = xy;
  p->arc_box = g_new (YtExtent, d->arc_class->len);
  p->ring_box = g_new (YtExtent, d->ring_region->len);
  p->region_box = g_new (YtExtent, d->regions->len);
  for (guint i = 0; i < d->regions->len; i++)
    p->region_box[i] = empty_box;
  p->anchor = g_new (double, 2 * d->regions->len);
  p->n_regions = d->regions->len;
  compute_arc_boxes (p, d, lon0);
  compute_ring_boxes (p, d);
  if (anchors != NULL)
    memcpy (p->anchor, anchors, sizeof (double) * 2 * d->regions->len);
  else
    compute_anchors (p, d);
  return p;
}

YtProjectedBasemap *
yt_projected_basemap_new (const YtBasemapData *d,
                          YtProjection        *projection,
                          GError             **error)
{
  const char *definition = yt_projection_get_definition (projection);
  guint nv = d->level->len;
  g_autofree double *xy = g_memdup2 (d->lonlat->data, sizeof (double) * 2 * nv);

  if (yt_projection_forward_points (projection, xy, nv) == 2 * (gsize) nv && nv > 0)
    {
      g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_PROJECTION,
                   "basemap: no vertex could be projected with %s", definition);
      return NULL;
    }
  return yt_projected_basemap_new_from_xy (d, definition, yt_projection_get_central_meridian (projection),
                                           g_steal_pointer (&xy), NULL);
}

void
yt_projected_basemap_free (YtProjectedBasemap *p)
{
  if (p == NULL)
    return;
  g_free (p->definition);
  g_free (p->xy);
  g_free (p->arc_box);
  g_free (p->ring_box);
  g_free (p->region_box);
  g_free (p->anchor);
  g_free (p);
}

/**
 * yt_projected_basemap_get_anchor:
 *
 * Returns: %FALSE when the region has no drawable ring
 */
gboolean
yt_projected_basemap_get_anchor (YtProjectedBasemap *p,
                                 guint               region,
                                 double             *x,
                                 double             *y)
{
  g_return_val_if_fail (p != NULL, FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);
  g_return_val_if_fail (region < p->n_regions, FALSE);

  if (isnan (p->anchor[2 * region]))
    return FALSE;
  *x = p->anchor[2 * region];
  *y = p->anchor[2 * region + 1];
  return TRUE;
}
