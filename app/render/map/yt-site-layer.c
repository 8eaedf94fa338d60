/* yt-site-layer.c: sites as markers, merged into counted clusters where they would overlap
 *
 * Sites join the first mark within the cluster distance, found through a grid
 * of that cell size, so clustering is linear and a frame draws only as many
 * symbols as fit on the screen (yt-site-layer-draw.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "yt-map-style.h"
#include "yt-site-layer-private.h"

#define SITE_RADIUS    5.0
#define CLUSTER_RADIUS 9.0
#define CLUSTER_GROWTH 3.0   /* a cluster's radius stays under half the cluster distance */
#define MAX_CELLS      (1u << 20)

YtSiteLayer *
yt_site_layer_new (void)
{
  YtSiteLayer *self = g_new0 (YtSiteLayer, 1);

  self->marks = g_array_new (FALSE, FALSE, sizeof (YtSiteMark));
  self->members = g_array_new (FALSE, FALSE, sizeof (guint));
  self->next = g_array_new (FALSE, FALSE, sizeof (guint));
  self->sprites = yt_sprite_cache_new ();
  return self;
}

void
yt_site_layer_free (YtSiteLayer *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->atlas);
  g_free (self->company);
  g_array_unref (self->marks);
  g_array_unref (self->members);
  g_free (self->grid);
  g_array_unref (self->next);
  g_free (self->slot);
  yt_sprite_cache_free (self->sprites);
  g_free (self);
}

/* The operator link names the company whose colour a site wears. */
static void
index_companies (YtSiteLayer *self,
                 YtAtlas     *atlas)
{
  guint n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  guint n_links = yt_atlas_get_n_records (atlas, YT_RECORD_LINK);

  g_free (self->company);
  self->company = g_new (guint32, MAX (n_sites, 1));
  memset (self->company, 0xff, sizeof (guint32) * MAX (n_sites, 1));
  for (guint i = 0; i < n_links; i++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, i);

      if (link->kind == YT_LINK_OPERATOR && YT_REF_KIND (link->to) == YT_RECORD_SITE &&
          YT_REF_KIND (link->from) == YT_RECORD_COMPANY &&
          self->company[YT_REF_INDEX (link->to)] == YT_ATLAS_NONE)
        self->company[YT_REF_INDEX (link->to)] = YT_REF_INDEX (link->from);
    }
}

guint
yt_site_layer_company_of (YtSiteLayer *self,
                          guint        site)
{
  g_return_val_if_fail (self != NULL && self->atlas != NULL, YT_ATLAS_NONE);
  return self->company[site];
}

static guint slot_of (YtSiteLayer *self,
                      guint        site);

/* A dense grid over the points' box, of cluster-distance cells (larger when
 * the box is huge, to bound memory): a lookup is three by three array reads
 * and a short chain per cell, not hash probes. */
static void
grid_init (YtSiteLayer  *self,
           const double *xy,
           guint         n,
           double        cell)
{
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;

  for (guint i = 0; i < n; i++)
    if (!isnan (xy[2 * i]))
      {
        x0 = MIN (x0, xy[2 * i]), x1 = MAX (x1, xy[2 * i]);
        y0 = MIN (y0, xy[2 * i + 1]), y1 = MAX (y1, xy[2 * i + 1]);
      }
  if (!isfinite (x0))
    x0 = y0 = x1 = y1 = 0;
  self->distance = cell;
  cell = MAX (cell, sqrt ((x1 - x0 + 1) * (y1 - y0 + 1) / MAX_CELLS));
  self->gx = x0, self->gy = y0, self->cell = cell;
  self->cols = (guint) ((x1 - x0) / cell) + 1;
  self->rows = (guint) ((y1 - y0) / cell) + 1;
  g_free (self->grid);
  self->grid = g_new0 (guint, (gsize) self->cols * self->rows);
  g_array_set_size (self->next, 0);
}

static guint *
grid_cell (YtSiteLayer *self,
           int          col,
           int          row)
{
  if (col < 0 || row < 0 || col >= (int) self->cols || row >= (int) self->rows)
    return NULL;
  return &self->grid[(gsize) row * self->cols + col];
}

/* Looks in the 3×3 cells around (x, y) for a mark close enough to join. */
static int
find_near (YtSiteLayer *self,
           double       x,
           double       y)
{
  int col = (int) floor ((x - self->gx) / self->cell);
  int row = (int) floor ((y - self->gy) / self->cell);

  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      {
        const guint *cell = grid_cell (self, col + dx, row + dy);

        for (guint k = cell != NULL ? *cell : 0; k != 0; k = g_array_index (self->next, guint, k - 1))
          {
            const YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, k - 1);
            double ex = mark->x - x, ey = mark->y - y;

            /* Squared: this runs for every site of every frame. */
            if (ex * ex + ey * ey < self->distance * self->distance)
              return (int) k - 1;
          }
      }
  return -1;
}

static void
add_mark (YtSiteLayer *self,
          double       x,
          double       y,
          guint        site)
{
  YtSiteMark mark = { x, y, SITE_RADIUS, 0, 1, site, slot_of (self, site) };
  guint *cell = grid_cell (self, (int) floor ((x - self->gx) / self->cell),
                          (int) floor ((y - self->gy) / self->cell));
  guint head = cell != NULL ? *cell : 0;

  g_array_append_val (self->marks, mark);
  g_array_append_val (self->next, head);
  /* Every point lies in the grid's box, so its cell exists. */
  if (cell != NULL)
    *cell = self->marks->len;
}

/* Members are collected per mark, then laid out contiguously. */
static void
gather_members (YtSiteLayer *self,
                const guint *owner,
                const guint *sites,
                guint        n_sites)
{
  g_autofree guint *fill = g_new0 (guint, self->marks->len + 1);
  guint total = 0;

  for (guint m = 0; m < self->marks->len; m++)
    {
      YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, m);

      mark->first = total;
      fill[m] = total;
      total += mark->n_members;
      /* In quarter pixels: few enough sizes for the sprite cache. */
      if (mark->n_members > 1)
        mark->radius = round (4 * (CLUSTER_RADIUS + MIN (CLUSTER_GROWTH, 1.5 * log10 (mark->n_members)))) / 4;
    }
  g_array_set_size (self->members, total);
  for (guint i = 0; i < n_sites; i++)
    if (owner[i] != G_MAXUINT)
      g_array_index (self->members, guint, fill[owner[i]]++) = sites[i];
}

static void
set_atlas (YtSiteLayer *self,
           YtAtlas     *atlas)
{
  if (self->atlas == atlas)
    return;
  g_set_object (&self->atlas, atlas);
  index_companies (self, atlas);
  g_free (self->slot);
  self->slot = g_new (guint8, MAX (yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY), 1));
  for (guint c = 0; c < yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY); c++)
    self->slot[c] = yt_map_style_company_slot (atlas, c);
}

static guint
slot_of (YtSiteLayer *self,
         guint        site)
{
  guint company = self->company[site];

  return company == YT_ATLAS_NONE ? YT_N_COMPANY_COLOURS - 1 : self->slot[company];
}

/**
 * yt_site_layer_update_points:
 * @xy: (array): device position of each entry of @sites, interleaved; NAN
 *   for a site that is not drawn
 *
 * Clusters sites already in device coordinates: the renderer projects every
 * site once per projection, then only scales and shifts per frame.
 */
void
yt_site_layer_update_points (YtSiteLayer  *self,
                             YtAtlas      *atlas,
                             const guint  *sites,
                             guint         n_sites,
                             const double *xy,
                             double        cluster_distance)
{
  g_autofree guint *owner = g_new (guint, MAX (n_sites, 1));

  g_return_if_fail (self != NULL && YT_IS_ATLAS (atlas));
  g_return_if_fail (n_sites == 0 || (sites != NULL && xy != NULL));

  set_atlas (self, atlas);
  g_array_set_size (self->marks, 0);
  grid_init (self, xy, n_sites, MAX (cluster_distance, 1.0));
  for (guint i = 0; i < n_sites; i++)
    {
      double x = xy[2 * i], y = xy[2 * i + 1];
      int near;

      owner[i] = G_MAXUINT;
      if (isnan (x))
        continue;
      near = find_near (self, x, y);
      if (near < 0)
        {
          add_mark (self, x, y, sites[i]);
          near = (int) self->marks->len - 1;
        }
      else
        {
          YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, near);

          mark->n_members++;
          if (mark->company_slot != slot_of (self, sites[i]))
            mark->company_slot = YT_SITE_MIXED;
        }
      owner[i] = (guint) near;
    }
  gather_members (self, owner, sites, n_sites);
}

void
yt_site_layer_update (YtSiteLayer   *self,
                      YtAtlas       *atlas,
                      const guint   *sites,
                      guint          n_sites,
                      YtProjectFunc  project,
                      gpointer       user_data,
                      double         cluster_distance)
{
  g_autofree double *xy = g_new (double, 2 * MAX (n_sites, 1));

  g_return_if_fail (self != NULL && YT_IS_ATLAS (atlas) && project != NULL);

  for (guint i = 0; i < n_sites; i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, sites[i]);

      if (site->precision == YT_PRECISION_NONE ||
          !project (site->lon, site->lat, &xy[2 * i], &xy[2 * i + 1], user_data))
        xy[2 * i] = NAN;
    }
  yt_site_layer_update_points (self, atlas, sites, n_sites, xy, cluster_distance);
}

guint
yt_site_layer_get_n_marks (YtSiteLayer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->marks->len;
}

const YtSiteMark *
yt_site_layer_get_mark (YtSiteLayer *self,
                        guint        index)
{
  g_return_val_if_fail (self != NULL && index < self->marks->len, NULL);
  return &g_array_index (self->marks, YtSiteMark, index);
}

const guint *
yt_site_layer_get_members (YtSiteLayer *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const guint *) self->members->data;
}

/* The topmost (last drawn) mark under the point wins, with a few pixels of slack. */
int
yt_site_layer_hit (YtSiteLayer *self,
                   double       x,
                   double       y)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint m = self->marks->len; m > 0; m--)
    {
      const YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, m - 1);

      if (hypot (mark->x - x, mark->y - y) <= mark->radius + 3)
        return (int) m - 1;
    }
  return -1;
}
