/* yt-site-layer.c: sites as markers, merged into counted clusters where they would overlap
 *
 * Sites join the first mark within the cluster distance, found through a grid
 * of that cell size, so clustering is linear and a frame draws only as many
 * symbols as fit on the screen (see PERFORMANCE.md: markers cost 3–9 µs each).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "yt-map-style.h"
#include "yuntu/yt-site-layer.h"

#define SITE_RADIUS    5.0
#define CLUSTER_RADIUS 9.0

struct _YtSiteLayer
{
  YtAtlas    *atlas;
  guint32    *company;       /* per site: the operating company, or YT_ATLAS_NONE */
  GArray     *marks;         /* YtSiteMark */
  GArray     *members;       /* guint site indices, grouped by mark */
  GHashTable *grid;          /* cell key → mark index + 1 of the first mark there */
};

YtSiteLayer *
yt_site_layer_new (void)
{
  YtSiteLayer *self = g_new0 (YtSiteLayer, 1);

  self->marks = g_array_new (FALSE, FALSE, sizeof (YtSiteMark));
  self->members = g_array_new (FALSE, FALSE, sizeof (guint));
  self->grid = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
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
  g_hash_table_unref (self->grid);
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

static gint64
cell_key (double x,
          double y,
          double cell)
{
  return ((gint64) floor (x / cell) << 32) ^ (gint64) (guint32) (gint32) floor (y / cell);
}

/* Looks in the 3×3 cells around (x, y) for a mark close enough to join. */
static int
find_near (YtSiteLayer *self,
           double       x,
           double       y,
           double       distance)
{
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      {
        gint64 key = cell_key (x + dx * distance, y + dy * distance, distance);
        guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->grid, &key));
        const YtSiteMark *mark;

        if (index == 0)
          continue;
        mark = &g_array_index (self->marks, YtSiteMark, index - 1);
        if (hypot (mark->x - x, mark->y - y) < distance)
          return (int) index - 1;
      }
  return -1;
}

static void
add_mark (YtSiteLayer *self,
          double       x,
          double       y,
          double       distance,
          guint        site)
{
  YtSiteMark mark = { x, y, SITE_RADIUS, 0, 1, site,
                      yt_map_style_company_slot (self->atlas, self->company[site]) };
  gint64 *key = g_new (gint64, 1);

  *key = cell_key (x, y, distance);
  g_array_append_val (self->marks, mark);
  if (!g_hash_table_contains (self->grid, key))
    g_hash_table_insert (self->grid, key, GUINT_TO_POINTER (self->marks->len));
  else
    g_free (key);
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
      if (mark->n_members > 1)
        mark->radius = CLUSTER_RADIUS + MIN (6.0, 2.0 * log10 (mark->n_members));
    }
  g_array_set_size (self->members, total);
  for (guint i = 0; i < n_sites; i++)
    if (owner[i] != G_MAXUINT)
      g_array_index (self->members, guint, fill[owner[i]]++) = sites[i];
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
  g_autofree guint *owner = g_new (guint, MAX (n_sites, 1));

  g_return_if_fail (self != NULL && YT_IS_ATLAS (atlas) && project != NULL);

  if (self->atlas != atlas)
    {
      g_set_object (&self->atlas, atlas);
      index_companies (self, atlas);
    }
  g_array_set_size (self->marks, 0);
  g_hash_table_remove_all (self->grid);
  cluster_distance = MAX (cluster_distance, 1.0);

  for (guint i = 0; i < n_sites; i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, sites[i]);
      double x, y;
      int near;

      owner[i] = G_MAXUINT;
      if (site->precision == YT_PRECISION_NONE || !project (site->lon, site->lat, &x, &y, user_data))
        continue;
      near = find_near (self, x, y, cluster_distance);
      if (near < 0)
        {
          add_mark (self, x, y, cluster_distance, sites[i]);
          near = (int) self->marks->len - 1;
        }
      else
        {
          YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, near);

          mark->n_members++;
          if (mark->company_slot != yt_map_style_company_slot (atlas, self->company[sites[i]]))
            mark->company_slot = YT_N_COMPANY_COLOURS - 1;
        }
      owner[i] = (guint) near;
    }
  gather_members (self, owner, sites, n_sites);
}

static void
draw_count (cairo_t     *cr,
            const YtSiteMark *mark,
            const YtRgb *colour)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold 8");
  g_autofree char *text = g_strdup_printf ("%u", mark->n_members);
  int width, height;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, mark->x - width / 2.0, mark->y - height / 2.0);
  yt_map_style_set_rgb (cr, colour);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_mark (YtSiteLayer      *self,
           cairo_t          *cr,
           const YtMapStyle *style,
           const YtSiteMark *mark)
{
  const YtRgb *fill = yt_map_style_company_colour (mark->company_slot);
  static const YtRgb white = { 1, 1, 1 };

  if (mark->n_members == 1)
    {
      const YtSite *site = yt_atlas_get_site (self->atlas, mark->site);

      yt_map_style_draw_symbol (cr, yt_map_style_symbol_for (site->kind), mark->x, mark->y,
                                mark->radius, fill, &style->marker_outline);
      return;
    }
  if (mark->company_slot == YT_N_COMPANY_COLOURS - 1)
    fill = &style->cluster_fill;
  yt_map_style_draw_symbol (cr, YT_SYMBOL_CIRCLE, mark->x, mark->y, mark->radius,
                            fill, &style->marker_outline);
  draw_count (cr, mark, style->dark && fill == &style->cluster_fill ? &style->halo : &white);
}

static gboolean
mark_has_site (YtSiteLayer      *self,
               const YtSiteMark *mark,
               guint             site)
{
  for (guint i = 0; i < mark->n_members; i++)
    if (g_array_index (self->members, guint, mark->first + i) == site)
      return TRUE;
  return FALSE;
}

void
yt_site_layer_draw (YtSiteLayer *self,
                    cairo_t     *cr,
                    gboolean     dark,
                    guint        highlighted_site)
{
  YtMapStyle style;

  g_return_if_fail (self != NULL);

  if (self->atlas == NULL)
    return;
  yt_map_style_init (&style, dark);
  cairo_save (cr);
  for (guint m = 0; m < self->marks->len; m++)
    {
      const YtSiteMark *mark = &g_array_index (self->marks, YtSiteMark, m);

      draw_mark (self, cr, &style, mark);
      if (highlighted_site != YT_ATLAS_NONE && mark_has_site (self, mark, highlighted_site))
        {
          cairo_new_path (cr);
          cairo_arc (cr, mark->x, mark->y, mark->radius + 4, 0, 2 * G_PI);
          yt_map_style_set_rgb (cr, &style.text);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
    }
  cairo_restore (cr);
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
