/* yt-region-draw.c: path building for the region layer
 *
 * Paths are rebuilt from the flat projected arrays at every draw (keeping
 * cairo_path_t copies gained nothing, see PERFORMANCE.md), with vertices
 * chosen by level and rings and arcs culled by their boxes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-region-draw.h"

#define METRES_PER_DEGREE 111320.0
#define CULL_MARGIN_PX 4.0
#define DOT_RADIUS_PX 1.2

/* What the clip hides needs no path either: a band of a frame drawn on
 * several threads (yt-raster-bands.c) builds only its own. */
static void
clip_visible (YtRegionDraw *rd)
{
  double x0, y0, x1, y1;

  cairo_clip_extents (rd->cr, &x0, &y0, &x1, &y1);
  rd->vis.x0 = MAX (rd->vis.x0, rd->cx + (x0 - rd->ox) * rd->s);
  rd->vis.x1 = MIN (rd->vis.x1, rd->cx + (x1 - rd->ox) * rd->s);
  rd->vis.y0 = MAX (rd->vis.y0, rd->cy - (y1 - rd->oy) * rd->s);
  rd->vis.y1 = MIN (rd->vis.y1, rd->cy - (y0 - rd->oy) * rd->s);
}

gboolean
yt_region_draw_init (YtRegionDraw *rd,
                     cairo_t      *cr,
                     YtBasemap    *basemap,
                     YtViewport   *viewport,
                     double        tolerance_px,
                     GError      **error)
{
  YtExtent frame;
  double dx, dy;

  rd->p = yt_basemap_get_projected (basemap, yt_viewport_get_projection (viewport), error);
  if (rd->p == NULL)
    return FALSE;
  rd->cr = cr;
  rd->d = yt_basemap_get_data (basemap);
  rd->s = yt_viewport_get_scale (viewport);
  yt_viewport_get_center (viewport, &rd->cx, &rd->cy);
  yt_viewport_get_frame (viewport, &frame);
  rd->ox = (frame.x0 + frame.x1) / 2;
  rd->oy = (frame.y0 + frame.y1) / 2;
  yt_viewport_get_visible_box (viewport, &rd->vis);
  clip_visible (rd);
  rd->vis.x0 -= CULL_MARGIN_PX * rd->s;
  rd->vis.y0 -= CULL_MARGIN_PX * rd->s;
  rd->vis.x1 += CULL_MARGIN_PX * rd->s;
  rd->vis.y1 += CULL_MARGIN_PX * rd->s;
  /* Map units are close to ground metres near the view's centre. A
   * target finer than the map's pixels (an export at a scale above 1, a
   * HiDPI screen) keeps the tolerance in its own pixels. */
  dx = 1, dy = 0;
  cairo_user_to_device_distance (cr, &dx, &dy);
  tolerance_px /= MAX (1.0, hypot (dx, dy));
  rd->level = yt_basemap_level_for_tolerance (basemap, rd->s * tolerance_px / METRES_PER_DEGREE);
  rd->skip_region = NULL;
  return TRUE;
}

static inline gboolean
box_visible (const YtRegionDraw *rd,
             const YtExtent        *b)
{
  return b->x0 <= b->x1 && b->x1 >= rd->vis.x0 && b->x0 <= rd->vis.x1 &&
         b->y1 >= rd->vis.y0 && b->y0 <= rd->vis.y1;
}

static void
append_arc (YtRegionDraw *rd,
            gint32        ref,
            gboolean      move)
{
  const guint *astart = (const guint *) rd->d->arc_start->data;
  const guint8 *level = (const guint8 *) rd->d->level->data;
  const double *xy = rd->p->xy;
  guint a = ref >= 0 ? ref : -ref - 1;
  guint first = astart[a], last = astart[a + 1] - 1;
  int step = ref >= 0 ? 1 : -1;
  guint i = ref >= 0 ? first : last, end = ref >= 0 ? last : first;
  double k = 1.0 / rd->s;

  for (;; i += step)
    {
      if (level[i] >= rd->level || i == end || move)
        {
          double x = rd->ox + (xy[2 * i] - rd->cx) * k;
          double y = rd->oy - (xy[2 * i + 1] - rd->cy) * k;

          if (move)
            cairo_move_to (rd->cr, x, y);
          else
            cairo_line_to (rd->cr, x, y);
          move = FALSE;
        }
      if (i == end)
        break;
    }
}

static void
append_dot (YtRegionDraw *rd,
            const YtExtent  *b)
{
  double x = rd->ox + ((b->x0 + b->x1) / 2 - rd->cx) / rd->s;
  double y = rd->oy - ((b->y0 + b->y1) / 2 - rd->cy) / rd->s;

  cairo_new_sub_path (rd->cr);
  cairo_arc (rd->cr, x, y, DOT_RADIUS_PX, 0, 2 * G_PI);
}

/* Appends the region's visible rings to the current path.  Rings under a
 * pixel are skipped, or drawn as dots when @dots (small islands). */
void
yt_region_draw_fill (YtRegionDraw *rd,
                     guint         region,
                     gboolean      dots)
{
  const YtBasemapRegion *r = &g_array_index (rd->d->regions, YtBasemapRegion, region);
  const guint *rstart = (const guint *) rd->d->ring_start->data;
  const gint32 *refs = (const gint32 *) rd->d->ring_refs->data;

  if (!box_visible (rd, &rd->p->region_box[region]))
    return;
  for (guint ring = r->first_ring; ring < r->first_ring + r->n_rings; ring++)
    {
      const YtExtent *b = &rd->p->ring_box[ring];

      if (!box_visible (rd, b))
        continue;
      if (b->x1 - b->x0 < rd->s && b->y1 - b->y0 < rd->s)
        {
          if (dots)
            append_dot (rd, b);
          continue;
        }
      for (guint k = rstart[ring]; k < rstart[ring + 1]; k++)
        append_arc (rd, refs[k], k == rstart[ring]);
      cairo_close_path (rd->cr);
    }
}

static gboolean
arc_skipped (const YtRegionDraw *rd,
             guint               a)
{
  const gint32 *users = &g_array_index (rd->d->arc_users, gint32, 2 * a);

  if (rd->skip_region == NULL)
    return FALSE;
  return (users[0] >= 0 && rd->skip_region[users[0]]) ||
         (users[1] >= 0 && rd->skip_region[users[1]]);
}

/* Appends every visible arc of @klass: each border once, whatever the
 * number of regions it bounds. */
void
yt_region_draw_arcs (YtRegionDraw *rd,
                     YtArcClass    klass)
{
  const guint8 *cls = (const guint8 *) rd->d->arc_class->data;
  guint n = rd->d->arc_class->len;

  for (guint a = 0; a < n; a++)
    {
      const YtExtent *b = &rd->p->arc_box[a];

      if (cls[a] != klass || !box_visible (rd, b) || arc_skipped (rd, a))
        continue;
      if (b->x1 - b->x0 < rd->s && b->y1 - b->y0 < rd->s)
        continue;
      append_arc (rd, (gint32) a, TRUE);
    }
}

/* Appends the visible arcs between a region marked in @inside (one byte per
 * basemap region) and one that is not: the land edge of a group of
 * regions, each arc once. */
void
yt_region_draw_edge (YtRegionDraw *rd,
                     const guint8 *inside)
{
  const gint32 *users = (const gint32 *) rd->d->arc_users->data;
  guint n = rd->d->arc_class->len;

  for (guint a = 0; a < n; a++)
    {
      const YtExtent *b = &rd->p->arc_box[a];
      gboolean in0 = users[2 * a] >= 0 && inside[users[2 * a]];
      gboolean in1 = users[2 * a + 1] >= 0 && inside[users[2 * a + 1]];

      /* Coasts are left out: long, and the sea already ends the group. */
      if (in0 == in1 || users[2 * a] < 0 || users[2 * a + 1] < 0 || !box_visible (rd, b) || arc_skipped (rd, a))
        continue;
      if (b->x1 - b->x0 < rd->s && b->y1 - b->y0 < rd->s)
        continue;
      append_arc (rd, (gint32) a, TRUE);
    }
}
