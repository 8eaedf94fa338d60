/* yt-map-mark-grid.c: which markers lie near a box, found through a grid
 *
 * The legend and the province names ask, for hundreds of candidate boxes,
 * which markers they would cover or crowd; with 100 000 sites a frame has
 * about a thousand marks, too many to test one by one per box. Each mark
 * is filed in the cell of its centre; a query reads the cells the box
 * (grown by the largest marker's reach) overlaps and tests those marks'
 * own boxes exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

#define CELL 64.0
#define FINE 4.0             /* px per cell of the table of marker centres */

struct _YtMapMarkGrid
{
  int     cols, rows;
  double  reach;             /* half the largest marker box */
  guint  *start;             /* cols × rows + 1: first entry per cell */
  YtBox  *boxes;             /* marker boxes, by cell */
  int     fine_cols, fine_rows;
  guint32 *centres;          /* summed-area table of marker centres, FINE cells */
};

/* Half the size of a marker's box, as yt-map-labels.c keeps labels off it. */
static double
extent_of (const YtSiteMark *mark)
{
  return mark->n_members > 1 ? mark->radius + 1.5 : mark->radius * 1.45 + 1.0;
}

static int
cell_of (const YtMapMarkGrid *grid,
         double               x,
         double               y)
{
  int c = CLAMP ((int) floor (x / CELL), 0, grid->cols - 1), r = CLAMP ((int) floor (y / CELL), 0, grid->rows - 1);

  return r * grid->cols + c;
}

static void
centres_init (YtMapMarkGrid *grid,
              YtMapRenderer *self,
              guint          n)
{
  int c;

  grid->fine_cols = MAX (1, (int) ceil (self->width / FINE));
  grid->fine_rows = MAX (1, (int) ceil (self->height / FINE));
  c = grid->fine_cols + 1;
  grid->centres = g_new0 (guint32, (gsize) c * (grid->fine_rows + 1));
  for (guint m = 0; m < n; m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);
      int x = CLAMP ((int) floor (mark->x / FINE), 0, grid->fine_cols - 1);
      int y = CLAMP ((int) floor (mark->y / FINE), 0, grid->fine_rows - 1);

      grid->centres[(y + 1) * c + x + 1]++;
    }
  for (int y = 1; y <= grid->fine_rows; y++)
    for (int x = 1; x <= grid->fine_cols; x++)
      grid->centres[y * c + x] += grid->centres[(y - 1) * c + x] + grid->centres[y * c + x - 1] -
                                  grid->centres[(y - 1) * c + x - 1];
}

YtMapMarkGrid *
yt_map_mark_grid_new (YtMapRenderer *self)
{
  YtMapMarkGrid *grid = g_new0 (YtMapMarkGrid, 1);
  guint n = self->atlas != NULL ? yt_site_layer_get_n_marks (self->site_layer) : 0;
  g_autofree guint *fill = NULL;

  grid->cols = MAX (1, (int) ceil (self->width / CELL));
  grid->rows = MAX (1, (int) ceil (self->height / CELL));
  grid->start = g_new0 (guint, grid->cols * grid->rows + 1);
  grid->boxes = g_new (YtBox, MAX (n, 1));
  for (guint m = 0; m < n; m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);

      grid->start[cell_of (grid, mark->x, mark->y) + 1]++;
      grid->reach = MAX (grid->reach, extent_of (mark));
    }
  for (int i = 0; i < grid->cols * grid->rows; i++)
    grid->start[i + 1] += grid->start[i];
  fill = g_memdup2 (grid->start, sizeof (guint) * (grid->cols * grid->rows + 1));
  for (guint m = 0; m < n; m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);
      double r = extent_of (mark);

      grid->boxes[fill[cell_of (grid, mark->x, mark->y)]++] = (YtBox) { mark->x - r, mark->y - r, 2 * r, 2 * r };
    }
  centres_init (grid, self, n);
  return grid;
}

void
yt_map_mark_grid_free (YtMapMarkGrid *grid)
{
  if (grid == NULL)
    return;
  g_free (grid->start);
  g_free (grid->boxes);
  g_free (grid->centres);
  g_free (grid);
}

/**
 * yt_map_mark_grid_count:
 * @mx, @my: how far beyond @box a marker still counts
 *
 * Returns: how many markers' boxes meet @box grown by @mx and @my
 */
guint
yt_map_mark_grid_count (const YtMapMarkGrid *grid,
                        const YtBox         *box,
                        double               mx,
                        double               my)
{
  YtBox grown = { box->x - mx, box->y - my, box->width + 2 * mx, box->height + 2 * my };
  int c0 = (int) floor ((grown.x - grid->reach) / CELL), c1 = (int) floor ((grown.x + grown.width + grid->reach) / CELL);
  int r0 = (int) floor ((grown.y - grid->reach) / CELL), r1 = (int) floor ((grown.y + grown.height + grid->reach) / CELL);
  guint n = 0;

  c0 = MAX (c0, 0), r0 = MAX (r0, 0), c1 = MIN (c1, grid->cols - 1), r1 = MIN (r1, grid->rows - 1);
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      for (guint i = grid->start[r * grid->cols + c]; i < grid->start[r * grid->cols + c + 1]; i++)
        n += yt_box_intersects (&grown, &grid->boxes[i]);
  return n;
}

/**
 * yt_map_mark_grid_count_centres:
 *
 * Returns: about how many markers have their centre in @box grown by @mx
 *   and @my (to the table's cells): a cheap measure of crowding
 */
guint
yt_map_mark_grid_count_centres (const YtMapMarkGrid *grid,
                                const YtBox         *box,
                                double               mx,
                                double               my)
{
  int x0 = CLAMP ((int) floor ((box->x - mx) / FINE), 0, grid->fine_cols);
  int y0 = CLAMP ((int) floor ((box->y - my) / FINE), 0, grid->fine_rows);
  int x1 = CLAMP ((int) ceil ((box->x + box->width + mx) / FINE), 0, grid->fine_cols);
  int y1 = CLAMP ((int) ceil ((box->y + box->height + my) / FINE), 0, grid->fine_rows);
  int c = grid->fine_cols + 1;

  return grid->centres[y1 * c + x1] - grid->centres[y0 * c + x1] - grid->centres[y1 * c + x0] + grid->centres[y0 * c + x0];
}
