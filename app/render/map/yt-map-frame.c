/* yt-map-frame.c: fitting a view to its frame and drawing one frame
 *
 * A frame is drawn in three parts: the static image a widget caches (sea,
 * land, borders, corridors, sites, labels), the highlights, then the
 * furniture (inset, legend, scale bar, attribution). The layout of all is
 * decided in the static part, so the labels keep clear of the legend even
 * though it is drawn later.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"
#include "yt-raster-bands.h"
#include "yt-region-draw.h"

#define FIT_MARGIN_PX 6.0

YtMapView *
yt_map_renderer_view (YtMapRenderer *self)
{
  YtMapView *view = &self->views[self->kind == YT_MAP_KIND_WORLD];

  if (view->viewport == NULL)
    {
      view->projection = self->kind == YT_MAP_KIND_WORLD ? yt_projection_new_world ()
                                                         : yt_projection_new_china ();
      view->viewport = yt_viewport_new (view->projection);
    }
  return view;
}

static void
fit (YtMapRenderer *self,
     YtMapView     *view)
{
  YtExtent frame;

  if (self->kind == YT_MAP_KIND_WORLD)
    yt_viewport_fit_geographic (view->viewport, YT_VIEW_WORLD_EXTENT, FIT_MARGIN_PX);
  else
    {
      yt_viewport_fit_geographic (view->viewport, YT_VIEW_CHINA_EXTENT, FIT_MARGIN_PX);
      yt_map_inset_fit (self, view, FIT_MARGIN_PX);
    }
  yt_viewport_get_frame (view->viewport, &frame);
  view->fit_w = frame.x1 - frame.x0;
  view->fit_h = frame.y1 - frame.y0;
  yt_viewport_get_center (view->viewport, &view->fit_cx, &view->fit_cy);
  view->fit_s = yt_viewport_get_scale (view->viewport);
  view->fitted = TRUE;
}

/* The frame follows the size; a view the caller has not moved is refitted. */
static YtMapView *
prepare_view (YtMapRenderer *self,
              double         width,
              double         height)
{
  YtMapView *view = yt_map_renderer_view (self);
  double cx, cy;
  gboolean moved;

  yt_viewport_set_frame (view->viewport, 0, 0, MAX (width, 1), MAX (height, 1));
  yt_viewport_get_center (view->viewport, &cx, &cy);
  moved = cx != view->fit_cx || cy != view->fit_cy ||
          yt_viewport_get_scale (view->viewport) != view->fit_s;
  if (!view->fitted || (!moved && (width != view->fit_w || height != view->fit_h)))
    fit (self, view);
  return view;
}

YtViewport *
yt_map_renderer_get_viewport (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), NULL);
  return yt_map_renderer_view (self)->viewport;
}

void
yt_map_renderer_set_view (YtMapRenderer *self,
                          double         width,
                          double         height,
                          double         cx,
                          double         cy,
                          double         scale)
{
  YtMapView *view;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (width > 0 && height > 0 && scale > 0);

  /* Fitted first, for the zoom limits; the view set then counts as moved. */
  view = prepare_view (self, width, height);
  yt_viewport_set_center (view->viewport, cx, cy);
  yt_viewport_set_scale (view->viewport, scale);
}

/**
 * yt_map_renderer_set_keep_clear:
 * @box: (nullable): the box, or %NULL for none
 *
 * Takes effect at the next static render.
 */
void
yt_map_renderer_set_keep_clear (YtMapRenderer *self,
                                const YtBox   *box)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  self->keep_clear = box != NULL ? *box : (YtBox) { 0, 0, 0, 0 };
}

void
yt_map_renderer_zoom_to_fit (YtMapRenderer *self)
{
  YtMapView *view;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  view = yt_map_renderer_view (self);
  if (view->fit_w > 0)
    fit (self, view);
  else
    view->fitted = FALSE;
}

/* The map-unit box of a selected region's outline. */
static gboolean
region_box (YtMapRenderer *self,
            YtMapView     *view,
            double        *x0,
            double        *y0,
            double        *x1,
            double        *y1)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  double dx0, dy0, dx1, dy1;
  gboolean found = yt_map_region_path (self, cr, YT_REF_INDEX (self->selection));

  if (found)
    {
      cairo_path_extents (cr, &dx0, &dy0, &dx1, &dy1);
      yt_viewport_to_map (view->viewport, dx0, dy1, x0, y0);
      yt_viewport_to_map (view->viewport, dx1, dy0, x1, y1);
      found = dx1 > dx0 && dy1 > dy0;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return found;
}

/* Whether the view can be moved to @site: the world view's centre stays
 * over Asia, Africa and Europe, so a site in the Americas is beyond it. */
static gboolean
in_extent (YtMapRenderer *self,
           const YtSite  *site)
{
  return self->kind == YT_MAP_KIND_CHINA || yt_map_kind_contains (self->kind, site->lon, site->lat);
}

/* Centres a selected site (or the marks of a selected company) at a zoom
 * that shows it among its neighbours; FALSE when nothing selected is drawn. */
gboolean
yt_map_renderer_zoom_to_selection (YtMapRenderer *self)
{
  YtMapView *view;
  double x0 = INFINITY, y0 = INFINITY, x1 = -INFINITY, y1 = -INFINITY;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);

  view = yt_map_renderer_view (self);
  if (self->atlas == NULL || self->selection == YT_REF_NONE || view->site_xy == NULL)
    return FALSE;
  for (guint i = 0; i < yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE); i++)
    {
      gboolean chosen = self->selection == YT_REF (YT_RECORD_SITE, i) ||
                        (YT_REF_KIND (self->selection) == YT_RECORD_COMPANY &&
                         yt_site_layer_company_of (self->site_layer, i) == YT_REF_INDEX (self->selection));

      if (!chosen || isnan (view->site_xy[2 * i]) || !in_extent (self, yt_atlas_get_site (self->atlas, i)))
        continue;
      x0 = MIN (x0, view->site_xy[2 * i]), x1 = MAX (x1, view->site_xy[2 * i]);
      y0 = MIN (y0, view->site_xy[2 * i + 1]), y1 = MAX (y1, view->site_xy[2 * i + 1]);
    }
  if (YT_REF_KIND (self->selection) == YT_RECORD_REGION && !region_box (self, view, &x0, &y0, &x1, &y1))
    return FALSE;
  if (!isfinite (x0))
    return FALSE;
  /* A point alone gets a box of 400 km, about a province. */
  yt_viewport_fit_box (view->viewport, &(YtExtent) { x0 - 2e5, y0 - 2e5, x1 + 2e5, y1 + 2e5 },
                       FIT_MARGIN_PX * 8);
  yt_viewport_set_scale_limits (view->viewport, view->fit_s / 64, view->fit_s * 2);
  return TRUE;
}

static YtRegionLayer *
ensure_regions (YtMapRenderer *self)
{
  g_autoptr(GError) error = NULL;
  YtBasemap *world, *china;

  if (self->regions != NULL)
    return self->regions;
  world = yt_map_basemap_world (&error);
  china = world != NULL ? yt_map_basemap_china (&error) : NULL;
  if (china == NULL)
    {
      g_warning ("Cannot load the basemap: %s", error->message);
      return NULL;
    }
  self->regions = yt_region_layer_new (world, china);
  return self->regions;
}

typedef struct {
  YtRegionLayer *regions;
  YtViewport    *viewport;
  YtMapKind      kind;
  const double  *sea;
} RegionsBand;

static void
draw_regions_band (cairo_t  *cr,
                   gpointer  data)
{
  RegionsBand *band = data;
  g_autoptr(GError) error = NULL;

  /* The frame may be smaller than the target: paint the margins as sea. */
  cairo_set_source_rgb (cr, band->sea[0], band->sea[1], band->sea[2]);
  cairo_paint (cr);
  if (!yt_region_layer_draw (band->regions, cr, band->viewport, band->kind, &error))
    g_warning ("Cannot draw the basemap: %s", error->message);
}

static void
draw_regions (YtMapRenderer *self,
              cairo_t       *cr,
              YtMapView     *view)
{
  YtRegionLayer *regions = ensure_regions (self);
  double sea[3];
  RegionsBand band = { regions, view->viewport, self->kind, sea };

  if (regions == NULL)
    {
      cairo_set_source_rgb (cr, 0.80, 0.88, 0.95);
      cairo_paint (cr);
      return;
    }
  yt_region_layer_set_dark (regions, self->dark);
  yt_region_layer_set_graticule (regions, self->graticule);
  yt_map_sites_choropleth (self);
  yt_map_members_update (self);
  if (self->furniture.inset_map.width > 0)
    {
      const YtBox *m = &self->furniture.inset_map;

      yt_region_layer_set_inset (regions, &(YtExtent) { m->x, m->y, m->x + m->width, m->y + m->height });
    }
  else
    yt_region_layer_set_inset (regions, NULL);
  yt_region_layer_get_color (regions, YT_REGION_COLOR_SEA, sea);
  /* The layer only reads its state while drawing, so bands may share it. */
  if (!yt_raster_bands_draw (cr, draw_regions_band, &band))
    draw_regions_band (cr, &band);
}

/* Where everything of a frame goes: view, inset, sites, legend, labels. */
static YtMapView *
lay_out (YtMapRenderer *self,
         PangoContext  *context,
         double         width,
         double         height)
{
  YtMapView *view = prepare_view (self, width, height);

  self->width = width;
  self->height = height;
  ensure_regions (self);
  yt_map_attribution_layout (self, context);
  yt_map_inset_place (self, view);
  yt_map_sites_update (self);
  self->mark_grid = yt_map_mark_grid_new (self);
  yt_map_legend_layout (self, context);
  yt_map_labels_place (self, context);
  g_clear_pointer (&self->mark_grid, yt_map_mark_grid_free);
  return view;
}

gboolean
yt_map_renderer_measure_legend (YtMapRenderer *self,
                                double         width,
                                double         height,
                                double        *legend_width,
                                double        *legend_height)
{
  cairo_surface_t *surface;
  PangoContext *context;
  cairo_t *cr;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  g_return_val_if_fail (self->legend_outside, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  context = yt_map_renderer_text_context (self, cr);
  lay_out (self, context, width, height);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (legend_width != NULL)
    *legend_width = self->legend_w;
  if (legend_height != NULL)
    *legend_height = self->legend_h;
  return self->legend_w > 0;
}

void
yt_map_renderer_render_legend (YtMapRenderer *self,
                               cairo_t       *cr)
{
  PangoContext *context;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  if (!self->legend_outside || self->legend_w <= 0)
    return;
  context = yt_map_renderer_text_context (self, cr);
  yt_map_legend_draw_at (self, cr, context, &(YtBox) { 0, 0, self->legend_w, self->legend_h });
  g_object_unref (context);
}

void
yt_map_renderer_render_static (YtMapRenderer *self,
                               cairo_t       *cr,
                               double         width,
                               double         height)
{
  PangoContext *context;
  YtMapView *view;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  context = yt_map_renderer_text_context (self, cr);
  view = lay_out (self, context, width, height);
  draw_regions (self, cr, view);
  yt_map_corridors_draw (self, cr);
  yt_site_layer_draw (self->site_layer, cr, self->dark, YT_ATLAS_NONE);
  yt_map_labels_draw (self, cr, context);
  g_object_unref (context);
  cairo_restore (cr);
}

/* The ring, halo included, stays inside the gap labels keep around a
 * marker's box, so it never covers a label's first letter. */
static void
ring_mark (cairo_t          *cr,
           const YtSiteMark *mark,
           const YtMapStyle *style,
           double            width)
{
  double radius = yt_map_mark_extent (mark) + YT_MAP_LABEL_GAP - 0.5 - width / 2;

  cairo_new_path (cr);
  cairo_arc (cr, mark->x, mark->y, radius, 0, 2 * G_PI);
  yt_map_style_set_rgb (cr, &style->halo);
  cairo_set_line_width (cr, width + 1);
  cairo_stroke_preserve (cr);
  yt_map_style_set_rgb (cr, &style->text);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static gboolean
mark_matches (YtMapRenderer    *self,
              const YtSiteMark *mark,
              YtRef             ref)
{
  const guint *members = yt_site_layer_get_members (self->site_layer) + mark->first;

  for (guint i = 0; i < mark->n_members; i++)
    if (ref == YT_REF (YT_RECORD_SITE, members[i]) ||
        (YT_REF_KIND (ref) == YT_RECORD_COMPANY &&
         yt_site_layer_company_of (self->site_layer, members[i]) == YT_REF_INDEX (ref)))
      return TRUE;
  return FALSE;
}

/* A selected province or country: its outline, over the borders. */
static void
outline_region (YtMapRenderer    *self,
                cairo_t          *cr,
                const YtMapStyle *style)
{
  cairo_save (cr);
  if (yt_map_region_path (self, cr, YT_REF_INDEX (self->selection)))
    {
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      yt_map_style_set_rgb (cr, &style->halo);
      cairo_set_line_width (cr, 4.5);
      cairo_stroke_preserve (cr);
      yt_map_style_set_rgb (cr, &style->text);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

static void
draw_highlights (YtMapRenderer *self,
                 cairo_t       *cr,
                 YtRef          hover)
{
  YtMapStyle style;

  if (self->atlas == NULL || (self->selection == YT_REF_NONE && hover == YT_REF_NONE))
    return;
  yt_map_style_init (&style, self->dark);
  if (YT_REF_KIND (self->selection) == YT_RECORD_REGION)
    outline_region (self, cr, &style);
  for (guint m = 0; m < yt_site_layer_get_n_marks (self->site_layer); m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);

      if (self->selection != YT_REF_NONE && mark_matches (self, mark, self->selection))
        ring_mark (cr, mark, &style, 2.0);
      else if (hover != YT_REF_NONE && mark_matches (self, mark, hover))
        ring_mark (cr, mark, &style, 1.2);
    }
}

void
yt_map_renderer_render_highlights (YtMapRenderer *self,
                                   cairo_t       *cr,
                                   double         width,
                                   double         height,
                                   YtRef          hover)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  /* The layout belongs to the static render; without one there is nothing to add to. */
  if (self->width != width || self->height != height)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  draw_highlights (self, cr, hover);
  cairo_restore (cr);
}

void
yt_map_renderer_render_furniture (YtMapRenderer *self,
                                  cairo_t       *cr,
                                  double         width,
                                  double         height)
{
  PangoContext *context;

  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  if (self->width != width || self->height != height)
    return;
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  context = yt_map_renderer_text_context (self, cr);
  yt_map_inset_draw (self, cr, context);
  yt_map_legend_draw (self, cr, context);
  yt_map_scalebar_draw (self, cr, context);
  yt_map_attribution_draw (self, cr, context);
  g_object_unref (context);
  cairo_restore (cr);
}

void
yt_map_renderer_render (YtMapRenderer *self,
                        cairo_t       *cr,
                        double         width,
                        double         height)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  yt_map_renderer_render_static (self, cr, width, height);
  yt_map_renderer_render_highlights (self, cr, width, height, YT_REF_NONE);
  yt_map_renderer_render_furniture (self, cr, width, height);
}
