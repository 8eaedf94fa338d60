/* yt-map-labels-interior.c: where a region's name fits inside its outline
 *
 * A province's name belongs inside the province, but its label anchor (the
 * centroid of its largest ring) is often under a site's marker or another
 * label, and a narrow province (Guizhou, Gansu, Hebei) may have room only
 * away from it. The region is rasterised in cells of a few pixels; a
 * summed-area table tells in constant time whether a box lies wholly
 * inside, and by how much it could grow and still be inside, how deep it
 * lies. Every box that fits is a candidate, best first: deep inside the
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
#define NEAR_MARK_X  32.0    /* a marker centred this close beside a name wants the space for its own */
#define NEAR_MARK_Y  14.0
#define BESIDE_INSIDE 0.2    /* of a name beside its anchor, the share inside the region */
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
} Mask;

static void
mask_clear (Mask *m)
{
  g_clear_pointer (&m->sum, g_free);
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
  for (int y = 0; y < m->rows; y++)
    for (int x = 0; x < m->cols; x++)
      {
        gboolean in = px[y * stride + x] > 127;

        m->sum[(y + 1) * (m->cols + 1) + x + 1] = in + m->sum[y * (m->cols + 1) + x + 1] +
                                                  m->sum[(y + 1) * (m->cols + 1) + x] - m->sum[y * (m->cols + 1) + x];
      }
  cairo_surface_destroy (surface);
  return TRUE;
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

/* How far, in cells, the box can grow on every side and stay inside: how
 * deep in its region a name lies, up to @limit. */
static int
depth_of (const Mask *m,
          int         x,
          int         y,
          int         w,
          int         h,
          int         limit)
{
  int k = 0;

  while (k < limit && x - k - 1 >= 0 && y - k - 1 >= 0 && x + w + k + 1 <= m->cols && y + h + k + 1 <= m->rows &&
         box_inside (m, x - k - 1, y - k - 1, w + 2 * k + 2, h + 2 * k + 2))
    k++;
  return k;
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
  int step_x = MAX (1, bw / 4), step_y = MAX (1, bh / 3), limit = (int) ceil (2 * h / m->cell);
  double spill = mx > 0 ? -1000 : 0;

  for (int y = 0; y + bh <= m->rows; y += step_y)
    for (int x = 0; x + bw <= m->cols; x += step_x)
      if (box_inside (m, x, y, bw, bh))
        {
          double depth = depth_of (m, x, y, bw, bh, limit) * m->cell;
          Candidate c = { m->x0 + x * m->cell + INSIDE_PX - mx, m->y0 + y * m->cell + INSIDE_PX - my, spill };

          c.score += depth - 12.0 * yt_map_mark_grid_count_centres (self->mark_grid, &(YtBox) { c.x, c.y, w, h }, NEAR_MARK_X, NEAR_MARK_Y) -
                     0.02 * hypot (c.x + w / 2 - ax, c.y + h / 2 - ay);
          g_array_append_val (found, c);
        }
}

/* The best, then the best of the rest that is not next to one taken
 * (neighbours of a blocked box are blocked too): a few passes over the
 * candidates cost less than sorting them. */
static guint
pick (GArray *found,
      double  w,
      double  h,
      YtBox  *out,
      guint   max)
{
  guint n = 0;

  while (n < max)
    {
      Candidate *best = NULL;

      for (guint i = 0; i < found->len; i++)
        {
          Candidate *c = &g_array_index (found, Candidate, i);

          if (isfinite (c->score) && (best == NULL || c->score > best->score))
            best = c;
        }
      if (best == NULL)
        break;
      out[n++] = (YtBox) { best->x, best->y, w, h };
      for (guint i = 0; i < found->len; i++)
        {
          Candidate *c = &g_array_index (found, Candidate, i);

          if (c != best && fabs (c->x - best->x) < w / 3 && fabs (c->y - best->y) < h / 2)
            c->score = -INFINITY;
        }
      best->score = -INFINITY;
    }
  return n;
}

/* Whether a good part of @box lies inside the region. */
static gboolean
mostly_inside (const Mask  *m,
               const YtBox *box)
{
  int x0 = CLAMP ((int) floor ((box->x - m->x0) / m->cell), 0, m->cols);
  int y0 = CLAMP ((int) floor ((box->y - m->y0) / m->cell), 0, m->rows);
  int x1 = CLAMP ((int) ceil ((box->x + box->width - m->x0) / m->cell), 0, m->cols);
  int y1 = CLAMP ((int) ceil ((box->y + box->height - m->y0) / m->cell), 0, m->rows);
  int c = m->cols + 1;
  double area = (box->width / m->cell) * (box->height / m->cell);
  guint32 in = m->sum[y1 * c + x1] - m->sum[y0 * c + x1] - m->sum[y1 * c + x0] + m->sum[y0 * c + x0];

  return in >= BESIDE_INSIDE * area;
}

/**
 * yt_map_labels_interior_candidates:
 * @ax, @ay: the region's label anchor, device
 * @w, @h: the name's ink size
 * @beside: (array length=n_beside): boxes beside the anchor, tried after
 *   the inner ones if a fifth of them lies in the region (a name mostly
 *   in a neighbour would misname it)
 *
 * Fills @out with up to @max boxes of @w × @h that lie inside the region,
 * best first, then the kept @beside ones. Returns how many.
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
                                   guint          max,
                                   const YtBox   *beside,
                                   guint          n_beside)
{
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Candidate));
  Mask m = { 0 };
  guint n = 0;

  if (bounds->width < 1 || bounds->height < 1 ||
      !mask_init (&m, basemap, viewport, region, bounds, MAX (2.0, h / 4)))
    return 0;
  /* Wholly inside first; then, for a region narrower than its name, boxes
   * whose middle is inside and whose ends may cross the outline a little. */
  if (bounds->width >= w * (1 - 2 * SPILL_X) && bounds->height >= h * (1 - 2 * SPILL_Y))
    {
      collect (self, &m, found, w, h, ax, ay, 0, 0);
      if (found->len < max)
        collect (self, &m, found, w, h, ax, ay, w * SPILL_X, h * SPILL_Y);
      n = pick (found, w, h, out, max);
    }
  for (guint i = 0; i < n_beside; i++)
    if (mostly_inside (&m, &beside[i]))
      out[n++] = beside[i];
  mask_clear (&m);
  return n;
}
