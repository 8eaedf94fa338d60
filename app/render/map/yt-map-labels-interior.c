/* yt-map-labels-interior.c: where a region's name fits inside its outline
 *
 * A province's name belongs inside the province, but its label anchor (the
 * centroid of its largest ring) is often under a site's marker or another
 * label, and a narrow province (Guizhou, Gansu, Hebei) may have room only
 * away from it. The region is rasterised in cells of a few pixels; a
 * summed-area table tells in constant time whether a box lies wholly
 * inside, and a chamfer distance transform how far a point is from the
 * outline. Every box that fits is a candidate, best first: deep inside the
 * region (up to a couple of line heights, beyond which all are as good),
 * clear of markers whose own names need the space beside them, near the
 * anchor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"
#include "yt-region-draw.h"

#define MAX_CELLS    160000
#define INSIDE_PX    1.0     /* kept between a name and its outline */
#define NEAR_MARK_X  26.0    /* a marker this close beside a name wants the space for its own */
#define NEAR_MARK_Y  8.0
#define SPILL_X      0.2     /* of a name's width, each end may cross the outline */
#define SPILL_Y      0.25

typedef struct {
  double x, y;               /* top left of the box, device */
  double score;
} Candidate;

typedef struct {
  int      cols, rows;
  double   cell, x0, y0;     /* device origin of cell (0, 0) */
  guint32 *sum;              /* (cols + 1) × (rows + 1) summed-area table of inside cells */
  guint16 *dist;             /* chamfer distance to the outside, 3 per cell step */
} Mask;

static void
mask_clear (Mask *m)
{
  g_clear_pointer (&m->sum, g_free);
  g_clear_pointer (&m->dist, g_free);
}

static gboolean
mask_init (Mask       *m,
           YtBasemap  *basemap,
           YtViewport *viewport,
           guint       region,
           const YtBox *bounds,
           double      cell)
{
  cairo_surface_t *surface;
  const guint8 *px;
  YtRegionDraw rd;
  cairo_t *cr;
  int stride;

  m->cell = MAX (cell, sqrt (bounds->width * bounds->height / MAX_CELLS));
  m->cols = (int) ceil (bounds->width / m->cell), m->rows = (int) ceil (bounds->height / m->cell);
  m->x0 = bounds->x, m->y0 = bounds->y;
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, m->cols, m->rows);
  cr = cairo_create (surface);
  cairo_scale (cr, 1 / m->cell, 1 / m->cell);
  cairo_translate (cr, -m->x0, -m->y0);
  cairo_rectangle (cr, m->x0, m->y0, bounds->width, bounds->height);
  cairo_clip (cr);
  /* A cell is inside when its centre is: no partial coverage to judge. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (!yt_region_draw_init (&rd, cr, basemap, viewport, m->cell * 0.5, NULL))
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return FALSE;
    }
  yt_region_draw_fill (&rd, region, FALSE);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  px = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  m->sum = g_new0 (guint32, (gsize) (m->cols + 1) * (m->rows + 1));
  m->dist = g_new (guint16, (gsize) m->cols * m->rows);
  for (int y = 0; y < m->rows; y++)
    for (int x = 0; x < m->cols; x++)
      {
        gboolean in = px[y * stride + x] > 127;

        m->dist[y * m->cols + x] = in ? G_MAXUINT16 / 2 : 0;
        m->sum[(y + 1) * (m->cols + 1) + x + 1] = in + m->sum[y * (m->cols + 1) + x + 1] +
                                                  m->sum[(y + 1) * (m->cols + 1) + x] - m->sum[y * (m->cols + 1) + x];
      }
  cairo_surface_destroy (surface);
  return TRUE;
}

static inline guint16
dist_at (const Mask *m,
         int         x,
         int         y)
{
  return x < 0 || y < 0 || x >= m->cols || y >= m->rows ? 0 : m->dist[y * m->cols + x];
}

/* Two passes of the 3-4 chamfer: close to Euclidean at a third of the cost. */
static void
mask_distance (Mask *m)
{
  for (int y = 0; y < m->rows; y++)
    for (int x = 0; x < m->cols; x++)
      {
        guint16 *d = &m->dist[y * m->cols + x];

        *d = MIN (*d, MIN (MIN (dist_at (m, x - 1, y) + 3, dist_at (m, x, y - 1) + 3),
                           MIN (dist_at (m, x - 1, y - 1) + 4, dist_at (m, x + 1, y - 1) + 4)));
      }
  for (int y = m->rows - 1; y >= 0; y--)
    for (int x = m->cols - 1; x >= 0; x--)
      {
        guint16 *d = &m->dist[y * m->cols + x];

        *d = MIN (*d, MIN (MIN (dist_at (m, x + 1, y) + 3, dist_at (m, x, y + 1) + 3),
                           MIN (dist_at (m, x + 1, y + 1) + 4, dist_at (m, x - 1, y + 1) + 4)));
      }
}

static gboolean
box_inside (const Mask *m,
            int         x,
            int         y,
            int         w,
            int         h)
{
  int c = m->cols + 1;

  return m->sum[(y + h) * c + x + w] - m->sum[y * c + x + w] - m->sum[(y + h) * c + x] + m->sum[y * c + x] ==
         (guint32) (w * h);
}

static guint
marks_beside (YtMapRenderer *self,
              double         x,
              double         y,
              double         w,
              double         h)
{
  guint n = 0;

  for (guint i = 0; i < self->obstacles->len; i++)
    {
      const YtBox *b = &g_array_index (self->obstacles, YtBox, i);

      n += b->x < x + w + NEAR_MARK_X && b->x + b->width > x - NEAR_MARK_X &&
           b->y < y + h + NEAR_MARK_Y && b->y + b->height > y - NEAR_MARK_Y;
    }
  return n;
}

/* Boxes of @w × @h whose part inside margins @mx, @my lies in the region;
 * a box that spills scores below every box that does not. */
static void
collect (YtMapRenderer *self,
         const Mask    *m,
         GArray        *found,
         double         w,
         double         h,
         double         ax,
         double         ay,
         double         mx,
         double         my)
{
  int bw = (int) ceil ((w - 2 * mx + 2 * INSIDE_PX) / m->cell), bh = (int) ceil ((h - 2 * my + 2 * INSIDE_PX) / m->cell);
  int step = MAX (1, bh / 3);
  double spill = mx > 0 ? -1000 : 0;

  for (int y = 0; y + bh <= m->rows; y += step)
    for (int x = 0; x + bw <= m->cols; x += step)
      if (box_inside (m, x, y, bw, bh))
        {
          double depth = dist_at (m, x + bw / 2, y + bh / 2) / 3.0 * m->cell;
          Candidate c = { m->x0 + x * m->cell + INSIDE_PX - mx, m->y0 + y * m->cell + INSIDE_PX - my, spill };

          c.score += MIN (depth, 2 * h) - 12.0 * marks_beside (self, c.x, c.y, w, h) -
                     0.02 * hypot (c.x + w / 2 - ax, c.y + h / 2 - ay);
          g_array_append_val (found, c);
        }
}

static int
compare_score (gconstpointer a,
               gconstpointer b)
{
  const Candidate *x = a, *y = b;

  return x->score > y->score ? -1 : x->score < y->score;
}

/**
 * yt_map_labels_interior_candidates:
 * @ax, @ay: the region's label anchor, device
 * @w, @h: the name's ink size
 *
 * Fills @out with up to @max boxes of @w × @h that lie inside the region,
 * best first. Returns how many.
 */
guint
yt_map_labels_interior_candidates (YtMapRenderer *self,
                                   YtBasemap     *basemap,
                                   guint          region,
                                   const YtBox   *bounds,
                                   double         ax,
                                   double         ay,
                                   double         w,
                                   double         h,
                                   YtBox         *out,
                                   guint          max)
{
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  g_autoptr(GArray) found = NULL;
  Mask m = { 0 };
  guint n;

  if (bounds->width < w * (1 - 2 * SPILL_X) || bounds->height < h * (1 - 2 * SPILL_Y) ||
      !mask_init (&m, basemap, viewport, region, bounds, MAX (2.0, h / 5)))
    return 0;
  mask_distance (&m);
  found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  /* Wholly inside first; then, for a region narrower than its name, boxes
   * whose middle is inside and whose ends may cross the outline a little. */
  collect (self, &m, found, w, h, ax, ay, 0, 0);
  collect (self, &m, found, w, h, ax, ay, w * SPILL_X, h * SPILL_Y);
  mask_clear (&m);
  g_array_sort (found, compare_score);
  /* Neighbours of a blocked box are blocked too: keep the chosen spread out. */
  n = 0;
  for (guint i = 0; i < found->len && n < max; i++)
    {
      const Candidate *c = &g_array_index (found, Candidate, i);
      gboolean near = FALSE;

      for (guint k = 0; k < n && !near; k++)
        near = fabs (out[k].x - c->x) < w / 3 && fabs (out[k].y - c->y) < h / 2;
      if (!near)
        out[n++] = (YtBox) { c->x, c->y, w, h };
    }
  return n;
}
