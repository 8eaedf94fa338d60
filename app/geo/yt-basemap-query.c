/* yt-basemap-query.c: whether any outline reaches into a box
 *
 * The map renderer puts its South China Sea inset where it hides no part
 * of a province. The test runs on every vertex of the projected outlines,
 * in map units, so its answer holds at whatever level of detail a frame
 * is drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-basemap-private.h"

static inline gboolean
boxes_meet (const YtExtent *a,
            const YtExtent *b)
{
  return a->x0 <= a->x1 && a->x0 <= b->x1 && b->x0 <= a->x1 && a->y0 <= b->y1 && b->y0 <= a->y1;
}

static inline gboolean
point_in (const YtExtent *b,
          double          x,
          double          y)
{
  return x >= b->x0 && x <= b->x1 && y >= b->y0 && y <= b->y1;
}

/* Liang–Barsky: whether the segment keeps a part inside the box. */
static gboolean
segment_meets (double          ax,
               double          ay,
               double          bx,
               double          by,
               const YtExtent *b)
{
  double p[4] = { ax - bx, bx - ax, ay - by, by - ay };
  double q[4] = { ax - b->x0, b->x1 - ax, ay - b->y0, b->y1 - ay };
  double t0 = 0, t1 = 1;

  if (MAX (ax, bx) < b->x0 || MIN (ax, bx) > b->x1 || MAX (ay, by) < b->y0 || MIN (ay, by) > b->y1)
    return FALSE;
  if (point_in (b, ax, ay) || point_in (b, bx, by))
    return TRUE;
  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

static gboolean
arc_meets (const YtBasemapData      *d,
           const YtProjectedBasemap *p,
           guint                     arc,
           const YtExtent           *box)
{
  const guint *start = (const guint *) d->arc_start->data;

  if (!boxes_meet (&p->arc_box[arc], box))
    return FALSE;
  for (guint i = start[arc]; i + 1 < start[arc + 1]; i++)
    if (segment_meets (p->xy[2 * i], p->xy[2 * i + 1], p->xy[2 * i + 2], p->xy[2 * i + 3], box))
      return TRUE;
  return FALSE;
}

/* Crossings of a ray from (x, y) towards +x with the region's rings:
 * odd when the point lies inside. */
static guint
crossings (const YtBasemapData      *d,
           const YtProjectedBasemap *p,
           guint                     region,
           double                    x,
           double                    y)
{
  const YtBasemapRegion *r = &g_array_index (d->regions, YtBasemapRegion, region);
  const guint *rstart = (const guint *) d->ring_start->data;
  const gint32 *refs = (const gint32 *) d->ring_refs->data;
  const guint *astart = (const guint *) d->arc_start->data;
  guint n = 0;

  for (guint ring = r->first_ring; ring < r->first_ring + r->n_rings; ring++)
    for (guint k = rstart[ring]; k < rstart[ring + 1]; k++)
      {
        guint a = refs[k] >= 0 ? (guint) refs[k] : (guint) (-refs[k] - 1);

        if (p->arc_box[a].x0 > p->arc_box[a].x1 || y < p->arc_box[a].y0 || y > p->arc_box[a].y1 ||
            x > p->arc_box[a].x1)
          continue;
        for (guint i = astart[a]; i + 1 < astart[a + 1]; i++)
          {
            double ax = p->xy[2 * i], ay = p->xy[2 * i + 1], bx = p->xy[2 * i + 2], by = p->xy[2 * i + 3];

            if ((ay > y) != (by > y) && x < ax + (y - ay) * (bx - ax) / (by - ay))
              n++;
          }
      }
  return n;
}

/**
 * yt_basemap_box_is_clear:
 * @projected: @self's geometry in the projection @box is in
 * @box: map units
 *
 * Returns: %TRUE when no region of @self has any part inside @box
 */
gboolean
yt_basemap_box_is_clear (YtBasemap          *self,
                         YtProjectedBasemap *projected,
                         const YtExtent     *box)
{
  const YtBasemapData *d;
  double cx, cy;

  g_return_val_if_fail (YT_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (projected != NULL && box != NULL, FALSE);

  d = yt_basemap_get_data (self);
  for (guint a = 0; a < d->arc_class->len; a++)
    if (arc_meets (d, projected, a, box))
      return FALSE;
  /* No outline crosses the box: it lies wholly inside a region or outside all. */
  cx = (box->x0 + box->x1) / 2, cy = (box->y0 + box->y1) / 2;
  for (guint r = 0; r < d->regions->len; r++)
    if (point_in (&projected->region_box[r], cx, cy) && crossings (d, projected, r, cx, cy) % 2 == 1)
      return FALSE;
  return TRUE;
}
