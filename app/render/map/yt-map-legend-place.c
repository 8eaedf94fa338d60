/* yt-map-legend-place.c: where the legend goes
 *
 * The legend must never cover a marker, and should cover as little land as
 * it can: it takes the place, and the shape (one column or several), that
 * covers no marker and the least land (on the China view China's land
 * counts ten times its neighbours'), with the lower left above the scale
 * bar preferred when it costs nothing, then the corners and edges. Land is
 * measured on a coarse mask of the basemap's fill, summed so that any box
 * is counted at once. A legend that jumped across the frame after every
 * pan would be lost by the reader's eye: where it stood in the last frame
 * of the same size, it stays while it covers no marker and no much better
 * place has opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"
#include "yt-region-draw.h"

#define CELL          8.0     /* px per mask cell: plenty to tell sea from land */
#define MARGIN        10.0
#define MARK_CLEAR    3.0     /* px kept between the legend and a marker */
#define GAP           6.0     /* px kept between the legend and the inset or scale bar */
#define ANCHOR_REACH_X 40.0   /* a province's name reaches this far beside its anchor */
#define ANCHOR_REACH_Y 16.0
#define CORNER_COST   0.03    /* of the box's area: a place other than the lower left */
#define COLUMN_COST   0.02    /* of the box's area, per column past the first */
#define STAY_BONUS    0.25    /* of the box's area: the place the legend had */

typedef struct {
  int      cols, rows;
  guint32 *sum;               /* (cols + 1) × (rows + 1) summed land coverage, 0–255 a cell */
} LandMask;

static gboolean
is_china (const char *code)
{
  static const char *const codes[] = { "CN", "TW", "HK", "MO", NULL };

  return g_strv_contains (codes, code);
}

static void
land_mask_init (YtMapRenderer *self,
                LandMask      *m)
{
  YtMapView *view = yt_map_renderer_view (self);
  YtBasemap *world = yt_map_basemap_world (NULL);
  cairo_surface_t *surface;
  const guint8 *px;
  YtRegionDraw rd;
  cairo_t *cr;
  int stride;

  m->cols = (int) ceil (self->width / CELL), m->rows = (int) ceil (self->height / CELL);
  m->sum = g_new0 (guint32, (gsize) (m->cols + 1) * (m->rows + 1));
  if (world == NULL)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, m->cols, m->rows);
  cr = cairo_create (surface);
  cairo_scale (cr, 1 / CELL, 1 / CELL);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  /* The world's countries hold China's outline too. On the China view,
   * China's land counts ten times its neighbours'. */
  if (yt_region_draw_init (&rd, cr, world, view->viewport, CELL * 0.7, NULL))
    {
      for (int china = 0; china <= 1; china++)
        {
          for (guint i = 0; i < yt_basemap_get_n_regions (world); i++)
            if ((self->kind == YT_MAP_KIND_CHINA && is_china (yt_basemap_get_region_code (world, i))) == china)
              yt_region_draw_fill (&rd, i, FALSE);
          cairo_set_source_rgba (cr, 0, 0, 0, self->kind == YT_MAP_KIND_CHINA && !china ? 0.1 : 1.0);
          cairo_fill (cr);
        }
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  px = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < m->rows; y++)
    for (int x = 0; x < m->cols; x++)
      m->sum[(y + 1) * (m->cols + 1) + x + 1] = px[y * stride + x] + m->sum[y * (m->cols + 1) + x + 1] +
                                                m->sum[(y + 1) * (m->cols + 1) + x] - m->sum[y * (m->cols + 1) + x];
  cairo_surface_destroy (surface);
}

/* Land under @box in square pixels (whole cells, rounded outwards). */
static double
land_under (const LandMask *m,
            const YtBox    *box)
{
  int x0 = CLAMP ((int) floor (box->x / CELL), 0, m->cols), y0 = CLAMP ((int) floor (box->y / CELL), 0, m->rows);
  int x1 = CLAMP ((int) ceil ((box->x + box->width) / CELL), 0, m->cols);
  int y1 = CLAMP ((int) ceil ((box->y + box->height) / CELL), 0, m->rows);
  int c = m->cols + 1;
  guint32 s = m->sum[y1 * c + x1] - m->sum[y0 * c + x1] - m->sum[y1 * c + x0] + m->sum[y0 * c + x0];

  return s / 255.0 * CELL * CELL;
}

/* Province names sit at or beside their anchors: a legend close to one
 * takes the room its name needs. Returns device points, x and y. */
static GArray *
province_anchors (YtMapRenderer *self)
{
  YtBasemap *china = self->kind == YT_MAP_KIND_CHINA ? yt_map_basemap_china (NULL) : NULL;
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  YtProjectedBasemap *p = china != NULL ? yt_basemap_get_projected (china, yt_viewport_get_projection (viewport), NULL) : NULL;
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; p != NULL && i < yt_basemap_get_n_regions (china); i++)
    {
      double xy[2];

      if (yt_basemap_get_region_kind (china, i) == YT_BASEMAP_ISLAND ||
          !yt_projected_basemap_get_anchor (p, i, &xy[0], &xy[1]))
        continue;
      yt_viewport_to_device (viewport, xy[0], xy[1], &xy[0], &xy[1]);
      g_array_append_vals (points, xy, 2);
    }
  return points;
}

static guint
anchors_near (GArray      *anchors,
              const YtBox *box)
{
  const double *xy = (const double *) anchors->data;
  guint n = 0;

  for (guint i = 0; i < anchors->len / 2; i++)
    n += xy[2 * i] > box->x - ANCHOR_REACH_X && xy[2 * i] < box->x + box->width + ANCHOR_REACH_X &&
         xy[2 * i + 1] > box->y - ANCHOR_REACH_Y && xy[2 * i + 1] < box->y + box->height + ANCHOR_REACH_Y;
  return n;
}

#define STEPS 16              /* positions along each side of the frame */

static gboolean
has_hint (YtMapRenderer       *self,
          const YtLegendShape *shape)
{
  return self->legend_hint_w == self->width && self->legend_hint_h == self->height &&
         self->legend_hint_kind == self->kind &&
         self->legend_hint.width == shape->width && self->legend_hint.height == shape->height;
}

static void
remember (YtMapRenderer *self,
          const YtBox   *box)
{
  self->legend_hint = *box;
  self->legend_hint_w = box->width > 0 ? self->width : 0;
  self->legend_hint_h = box->width > 0 ? self->height : 0;
  self->legend_hint_kind = self->kind;
}

/* Where @shape may go: the lower left above @bottom (preferred), the place
 * it had in the last frame, then a grid over the frame whose outer
 * positions are the corners and edges. */
static guint
positions (YtMapRenderer       *self,
           const YtLegendShape *shape,
           double               bottom,
           YtBox               *out)
{
  double free_w = self->width - 2 * MARGIN - shape->width, free_h = self->height - 2 * MARGIN - shape->height;
  guint n = 0;

  out[n++] = (YtBox) { MARGIN, bottom - shape->height, shape->width, shape->height };
  if (has_hint (self, shape))
    out[n++] = self->legend_hint;
  for (int j = 0; j <= STEPS; j++)
    for (int i = 0; i <= STEPS; i++)
      out[n++] = (YtBox) { MARGIN + free_w * i / STEPS, MARGIN + free_h * j / STEPS, shape->width, shape->height };
  return n;
}

/* Away from the frame's edge a legend splits the map: it costs up to a
 * tenth of its area in the middle. */
static double
edge_cost (YtMapRenderer *self,
           const YtBox   *box)
{
  double d = MIN (MIN (box->x, box->y), MIN (self->width - box->x - box->width, self->height - box->y - box->height));

  return 0.1 * box->width * box->height * MAX (d - MARGIN, 0) / (MIN (self->width, self->height) / 2);
}

/**
 * yt_map_legend_place:
 * @bottom: where a legend in the lower left must end (the scale bar's top)
 * @chosen: (out): which of @shapes was taken
 *
 * Returns: the legend's box; width 0 when no shape fits the frame
 */
YtBox
yt_map_legend_place (YtMapRenderer       *self,
                     const YtLegendShape *shapes,
                     guint                n_shapes,
                     double               bottom,
                     guint               *chosen)
{
  const YtBox *avoid[] = { &self->furniture.inset, &self->furniture.scalebar, &self->furniture.attribution,
                           &self->keep_clear };
  YtBox best = { 0, 0, 0, 0 }, boxes[2 + (STEPS + 1) * (STEPS + 1)];
  double best_cost = INFINITY;
  g_autoptr(GArray) anchors = province_anchors (self);
  LandMask land = { 0 };

  land_mask_init (self, &land);
  for (guint s = 0; s < n_shapes; s++)
    {
      gboolean hinted = has_hint (self, &shapes[s]);
      guint n = positions (self, &shapes[s], bottom, boxes);

      for (guint k = 0; k < n; k++)
        {
          const YtBox *box = &boxes[k];
          double area = box->width * box->height, cost;
          gboolean blocked = box->x < 0 || box->y < 0 || box->x + box->width > self->width ||
                             box->y + box->height > self->height;

          for (guint i = 0; i < G_N_ELEMENTS (avoid) && !blocked; i++)
            blocked = avoid[i]->width > 0 &&
                      yt_box_intersects (box, &(YtBox) { avoid[i]->x - GAP, avoid[i]->y - GAP,
                                                         avoid[i]->width + 2 * GAP, avoid[i]->height + 2 * GAP });
          if (blocked)
            continue;
          cost = 1e9 * yt_map_mark_grid_count (self->mark_grid, box, MARK_CLEAR, MARK_CLEAR) + land_under (&land, box) + edge_cost (self, box) +
                 0.5 * area * anchors_near (anchors, box) +
                 area * ((k != 0) * CORNER_COST + (shapes[s].columns - 1) * COLUMN_COST -
                         (hinted && k == 1) * STAY_BONUS);
          if (cost < best_cost)
            best_cost = cost, best = *box, *chosen = s;
        }
    }
  g_free (land.sum);
  remember (self, &best);
  return best;
}
