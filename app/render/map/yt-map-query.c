/* yt-map-query.c: what lies under a point of the last static render
 *
 * Marks are found through the site layer; regions by filling their outline
 * at the frame's level of detail and asking Cairo whether the point is in
 * it, on a surface nothing is drawn on, which keeps region hits exact to
 * the drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-private.h"
#include "yt-region-draw.h"

static gboolean
hit_mark (YtMapRenderer *self,
          double         x,
          double         y,
          YtMapHit      *hit)
{
  int m = self->atlas != NULL ? yt_site_layer_hit (self->site_layer, x, y) : -1;
  const YtSiteMark *mark;

  if (m < 0)
    return FALSE;
  mark = yt_site_layer_get_mark (self->site_layer, m);
  hit->ref = mark->n_members == 1 ? YT_REF (YT_RECORD_SITE, mark->site) : YT_REF_NONE;
  hit->members = yt_site_layer_get_members (self->site_layer) + mark->first;
  hit->n_members = mark->n_members;
  hit->x = mark->x, hit->y = mark->y, hit->radius = mark->radius;
  return TRUE;
}

static guint
atlas_region (YtMapRenderer *self,
              const char    *code)
{
  for (guint r = 0; r < yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION); r++)
    if (g_strcmp0 (yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, r)->iso), code) == 0)
      return r;
  return YT_ATLAS_NONE;
}

static guint
hit_basemap (YtMapRenderer *self,
             YtBasemap     *basemap,
             double         x,
             double         y)
{
  /* Unbounded, so that no clip culls outlines (yt-region-draw.c) and
   * nothing is ever drawn: only the path is asked. */
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  YtRegionDraw rd;
  guint found = YT_ATLAS_NONE;

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (yt_region_draw_init (&rd, cr, basemap, yt_map_renderer_view (self)->viewport, 0.7, NULL))
    for (guint i = 0; i < yt_basemap_get_n_regions (basemap) && found == YT_ATLAS_NONE; i++)
      {
        cairo_new_path (cr);
        yt_region_draw_fill (&rd, i, FALSE);
        if (cairo_in_fill (cr, x, y))
          found = atlas_region (self, yt_basemap_get_region_code (basemap, i));
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

static gboolean
basemap_path (YtMapRenderer *self,
              cairo_t       *cr,
              YtBasemap     *basemap,
              const char    *code)
{
  int index = basemap != NULL && code != NULL ? yt_basemap_find_region (basemap, code) : -1;
  YtRegionDraw rd;

  if (index < 0 || !yt_region_draw_init (&rd, cr, basemap, yt_map_renderer_view (self)->viewport, 0.7, NULL))
    return FALSE;
  cairo_new_path (cr);
  yt_region_draw_fill (&rd, index, FALSE);
  return TRUE;
}

gboolean
yt_map_region_path (YtMapRenderer *self,
                    cairo_t       *cr,
                    guint          region)
{
  const char *code;

  if (self->atlas == NULL || region >= yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION))
    return FALSE;
  code = yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, region)->iso);
  /* Provinces are in the China basemap only; countries in the world one. */
  return (self->kind == YT_MAP_KIND_CHINA && basemap_path (self, cr, yt_map_basemap_china (NULL), code)) ||
         basemap_path (self, cr, yt_map_basemap_world (NULL), code);
}

gboolean
yt_map_renderer_hit (YtMapRenderer *self,
                     double         x,
                     double         y,
                     YtMapHit      *hit)
{
  guint region = YT_ATLAS_NONE;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = (YtMapHit) { YT_REF_NONE, NULL, 0, x, y, 0 };
  if (self->width <= 0 || hit_mark (self, x, y, hit))
    return hit->n_members > 0;
  if (self->atlas == NULL)
    return FALSE;
  if (self->kind == YT_MAP_KIND_CHINA && yt_map_basemap_china (NULL) != NULL)
    region = hit_basemap (self, yt_map_basemap_china (NULL), x, y);
  if (region == YT_ATLAS_NONE && yt_map_basemap_world (NULL) != NULL)
    region = hit_basemap (self, yt_map_basemap_world (NULL), x, y);
  if (region == YT_ATLAS_NONE)
    return FALSE;
  hit->ref = YT_REF (YT_RECORD_REGION, region);
  return TRUE;
}

gboolean
yt_map_renderer_site_position (YtMapRenderer *self,
                               guint          site,
                               double        *x,
                               double        *y)
{
  const guint *members;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);

  if (self->atlas == NULL)
    return FALSE;
  members = yt_site_layer_get_members (self->site_layer);
  for (guint m = 0; m < yt_site_layer_get_n_marks (self->site_layer); m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);

      for (guint i = 0; i < mark->n_members; i++)
        if (members[mark->first + i] == site)
          {
            if (x != NULL)
              *x = mark->x;
            if (y != NULL)
              *y = mark->y;
            return TRUE;
          }
    }
  return FALSE;
}

guint
yt_map_renderer_get_n_labels (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), 0);
  return self->labels->len;
}

const YtBox *
yt_map_renderer_get_label_box (YtMapRenderer *self,
                               guint          index,
                               const char   **text)
{
  const YtMapLabel *label;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (index < self->labels->len, NULL);

  label = &g_array_index (self->labels, YtMapLabel, index);
  if (text != NULL)
    *text = label->text;
  return &label->box;
}

guint
yt_map_renderer_get_n_marker_boxes (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), 0);
  return self->obstacles->len;
}

const YtBox *
yt_map_renderer_get_marker_box (YtMapRenderer *self,
                                guint          index)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), NULL);
  g_return_val_if_fail (index < self->obstacles->len, NULL);
  return &g_array_index (self->obstacles, YtBox, index);
}

guint
yt_map_renderer_get_n_marks (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), 0);
  return self->atlas != NULL ? yt_site_layer_get_n_marks (self->site_layer) : 0;
}

guint
yt_map_renderer_get_mark_size (YtMapRenderer *self,
                               guint          index)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), 0);
  g_return_val_if_fail (index < yt_map_renderer_get_n_marks (self), 0);
  return yt_site_layer_get_mark (self->site_layer, index)->n_members;
}

/**
 * yt_map_renderer_get_furniture_box:
 * @box: (out): device pixels of the last static render
 *
 * Returns: %FALSE when the last frame has no such box
 */
gboolean
yt_map_renderer_get_furniture_box (YtMapRenderer     *self,
                                   YtMapFurnitureKind which,
                                   YtBox             *box)
{
  const YtBox *boxes[] = {
    [YT_MAP_FURNITURE_LEGEND] = &self->furniture.legend,
    [YT_MAP_FURNITURE_SCALE_BAR] = &self->furniture.scalebar,
    [YT_MAP_FURNITURE_ATTRIBUTION] = &self->furniture.attribution,
    [YT_MAP_FURNITURE_INSET] = &self->furniture.inset,
  };

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (which < G_N_ELEMENTS (boxes) && box != NULL, FALSE);

  *box = *boxes[which];
  return box->width > 0;
}
