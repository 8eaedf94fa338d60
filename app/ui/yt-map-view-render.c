/* yt-map-view-render.c: the cached static image and each frame's drawing
 *
 * The static layers (sea, land, borders, sites, labels) are rendered into an
 * image surface at the device scale and handed to GSK as a texture:
 * replaying a cairo node costs about twice a direct draw, and GL renderers
 * re-upload it whenever the node changes (PERFORMANCE.md).  The highlights
 * of the selection and the hovered mark are a second texture, redrawn only
 * when they change; the furniture (inset, legend, scale bar, attribution) a
 * third, drawn with each static render: its text would cost more than the
 * rest of a frame.  A frame only appends the textures, the image and its
 * highlights translated by whole device pixels while panning and scaled
 * while zooming, the furniture where it stands, and the focus ring: the
 * legend stays in the reader's eye while the map slides under it.  The
 * image is rendered again once the view has not moved for SETTLE_MS.
 *
 * GTK 4.8's Cairo renderer converts a memory texture through floats on every
 * draw (gdk_memory_convert), 4 ms a texture here; under it the same pixels go
 * in as a cairo node that paints the image surface, a plain blit.  GL
 * renderers keep the textures, which they upload once.
 *
 * The renderer lays out the inset, legend and scale bar against the frame of
 * the static render, and draws highlights and furniture only at that
 * render's size, so the cache is exactly the widget's size: edges uncovered
 * by a pan show the sea colour until the pan settles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-view-private.h"

#define SETTLE_MS     150
#define EDGE_SAMPLES  16     /* points per side when projecting a view's extent */

/* The renderer's frame follows each static render; between them the widget
 * speaks its own size (zoom_at, lonlat_to_device). */
void
yt_map_view_sync_frame (YtMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width > 0 && height > 0)
    yt_viewport_set_frame (yt_map_renderer_get_viewport (self->renderer), 0, 0, width, height);
}

/* The projected box of the kind's standard extent: edges are sampled because
 * projected parallels curve. */
static void
compute_bounds (YtMapView *self,
                YtMapKind  kind,
                YtExtent  *box)
{
  const double *e = yt_map_kind_get_extent (kind);
  YtProjection *projection = yt_viewport_get_projection (yt_map_renderer_get_viewport (self->renderer));

  *box = (YtExtent) { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };
  for (int i = 0; i <= EDGE_SAMPLES; i++)
    for (int side = 0; side < 4; side++)
      {
        double t = (double) i / EDGE_SAMPLES, lon, lat, x, y;

        lon = side < 2 ? e[0] + t * (e[2] - e[0]) : e[side == 2 ? 0 : 2];
        lat = side < 2 ? e[side == 0 ? 1 : 3] : e[1] + t * (e[3] - e[1]);
        if (!yt_projection_forward (projection, lon, lat, &x, &y))
          continue;
        box->x0 = MIN (box->x0, x), box->x1 = MAX (box->x1, x);
        box->y0 = MIN (box->y0, y), box->y1 = MAX (box->y1, y);
      }
}

/* The centre stays over the kind's region, so the map cannot be lost off-screen. */
void
yt_map_view_clamp_center (YtMapView *self)
{
  YtMapKind kind = yt_map_view_get_kind (self);
  YtViewport *viewport = yt_map_renderer_get_viewport (self->renderer);
  const YtExtent *b = &self->bounds[kind];
  double cx, cy;

  if (!(self->bounded_kinds & (1u << kind)))
    {
      compute_bounds (self, kind, &self->bounds[kind]);
      self->bounded_kinds |= 1u << kind;
    }
  if (b->x0 > b->x1 || b->y0 > b->y1)
    return;
  yt_viewport_get_center (viewport, &cx, &cy);
  if (cx < b->x0 || cx > b->x1 || cy < b->y0 || cy > b->y1)
    yt_viewport_set_center (viewport, CLAMP (cx, b->x0, b->x1), CLAMP (cy, b->y0, b->y1));
}

/* The texture shares the surface's pixels and holds a reference to it. */
static GdkTexture *
texture_from_surface (cairo_surface_t *surface,
                      int              scale)
{
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  cairo_surface_flush (surface);
  cairo_surface_set_device_scale (surface, scale, scale);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, bytes, stride);
}

typedef void (*DrawFunc) (YtMapView *self, cairo_t *cr, int width, int height);

/* A surface of the widget's size at @scale, drawn by @draw. */
static cairo_surface_t *
draw_surface (YtMapView *self,
              int        width,
              int        height,
              int        scale,
              DrawFunc   draw)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale, scale);
  draw (self, cr, width, height);
  cairo_destroy (cr);
  return surface;
}

static void
draw_static (YtMapView *self, cairo_t *cr, int width, int height)
{
  yt_map_renderer_render_static (self->renderer, cr, width, height);
}

static void
draw_furniture (YtMapView *self, cairo_t *cr, int width, int height)
{
  yt_map_renderer_render_furniture (self->renderer, cr, width, height);
}

static void
draw_highlights (YtMapView *self, cairo_t *cr, int width, int height)
{
  yt_map_renderer_render_highlights (self->renderer, cr, width, height, self->hover);
}

#define KEEP_CLEAR_GAP 6.0

/**
 * yt_map_view_set_keep_clear:
 * @widget: (nullable): a widget over the map, such as its buttons
 *
 * The legend, the inset and the labels keep clear of @widget, so that it
 * hides none of them.
 */
void
yt_map_view_set_keep_clear (YtMapView *self,
                            GtkWidget *widget)
{
  g_return_if_fail (YT_IS_MAP_VIEW (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (g_set_weak_pointer (&self->keep_clear, widget))
    yt_map_view_invalidate (self);
}

/* Where the widget over the map stands now, for the renderer's layout. */
static void
update_keep_clear (YtMapView *self)
{
  graphene_rect_t r;

  if (self->keep_clear == NULL || !gtk_widget_get_visible (self->keep_clear) ||
      !gtk_widget_compute_bounds (self->keep_clear, GTK_WIDGET (self), &r))
    {
      yt_map_renderer_set_keep_clear (self->renderer, NULL);
      return;
    }
  yt_map_renderer_set_keep_clear (self->renderer,
                                  &(YtBox) { r.origin.x - KEEP_CLEAR_GAP, r.origin.y - KEEP_CLEAR_GAP,
                                             r.size.width + 2 * KEEP_CLEAR_GAP,
                                             r.size.height + 2 * KEEP_CLEAR_GAP });
}

static void
render_cache (YtMapView *self,
              int        width,
              int        height)
{
  YtViewport *viewport = yt_map_renderer_get_viewport (self->renderer);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *surface;

  update_keep_clear (self);
  surface = draw_surface (self, width, height, scale, draw_static);

  g_clear_object (&self->cache);
  g_clear_object (&self->highlights);
  g_clear_object (&self->furniture);
  g_clear_pointer (&self->cache_surface, cairo_surface_destroy);
  g_clear_pointer (&self->highlights_surface, cairo_surface_destroy);
  g_clear_pointer (&self->furniture_surface, cairo_surface_destroy);
  self->cache = texture_from_surface (surface, scale);
  self->cache_surface = surface;
  self->furniture_surface = draw_surface (self, width, height, scale, draw_furniture);
  self->furniture = texture_from_surface (self->furniture_surface, scale);
  self->cache_device_scale = scale;
  self->cache_width = width;
  self->cache_height = height;
  yt_viewport_get_center (viewport, &self->cache_cx, &self->cache_cy);
  self->cache_scale = yt_viewport_get_scale (viewport);
  self->stale = FALSE;
  self->focus_mark_valid = FALSE;
  self->hover_hit.n_members = 0;   /* marks may have merged or split */
  self->n_static_renders++;
}

/* widget = origin + k × cache. */
void
yt_map_view_cache_transform (YtMapView *self,
                             double    *ox,
                             double    *oy,
                             double    *k)
{
  YtViewport *viewport = yt_map_renderer_get_viewport (self->renderer);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double scale = yt_viewport_get_scale (viewport);
  double cx, cy;

  yt_viewport_get_center (viewport, &cx, &cy);
  *k = self->cache_scale / scale;
  *ox = width / 2 - *k * self->cache_width / 2 + (self->cache_cx - cx) / scale;
  *oy = height / 2 - *k * self->cache_height / 2 - (self->cache_cy - cy) / scale;
  if (fabs (*k - 1.0) < 1e-9)
    {
      /* Whole device pixels: crisp, and the cheap path for GSK. */
      int s = MAX (1, self->cache_device_scale);

      *k = 1.0;
      *ox = round (*ox * s) / s;
      *oy = round (*oy * s) / s;
    }
}

static gboolean
needs_render (YtMapView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double ox, oy, k;

  if (self->cache == NULL || self->stale)
    return TRUE;
  if (self->cache_width != width || self->cache_height != height ||
      self->cache_device_scale != gtk_widget_get_scale_factor (GTK_WIDGET (self)))
    return TRUE;
  yt_map_view_cache_transform (self, &ox, &oy, &k);
  return k != 1.0 || ox != 0 || oy != 0;
}

static gboolean
on_settle (gpointer data)
{
  YtMapView *self = data;

  self->settle_id = 0;
  if (needs_render (self))
    {
      self->stale = TRUE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return G_SOURCE_REMOVE;
}

/* Called on every move: only the last of a burst re-renders. */
void
yt_map_view_schedule_settle (YtMapView *self)
{
  g_clear_handle_id (&self->settle_id, g_source_remove);
  self->settle_id = g_timeout_add (SETTLE_MS, on_settle, self);
}

/* The content changed (atlas, sites, kind, style): render at the next frame. */
void
yt_map_view_invalidate (YtMapView *self)
{
  self->stale = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
yt_map_view_settle (YtMapView *self)
{
  int width, height;

  g_return_if_fail (YT_IS_MAP_VIEW (self));

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  g_clear_handle_id (&self->settle_id, g_source_remove);
  if (width > 0 && height > 0 && needs_render (self))
    render_cache (self, width, height);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
yt_map_view_get_n_static_renders (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), 0);
  return self->n_static_renders;
}

gboolean
yt_map_view_hit (YtMapView *self,
                 double     x,
                 double     y,
                 YtMapHit  *hit)
{
  double ox, oy, k;

  if (self->cache == NULL)
    return FALSE;
  yt_map_view_cache_transform (self, &ox, &oy, &k);
  if (!yt_map_renderer_hit (self->renderer, (x - ox) / k, (y - oy) / k, hit))
    return FALSE;
  hit->x = ox + k * hit->x;
  hit->y = oy + k * hit->y;
  hit->radius *= k;
  return TRUE;
}

/* Exposed edges while a pan outruns the margin: the sea, like the map's own background. */
static void
append_background (YtMapView   *self,
                   GtkSnapshot *snapshot,
                   int          width,
                   int          height)
{
  GdkRGBA sea = { 0.80f, 0.88f, 0.95f, 1.0f };

  if (yt_map_renderer_get_dark (self->renderer))
    sea = (GdkRGBA) { 0.10f, 0.14f, 0.20f, 1.0f };
  gtk_snapshot_append_color (snapshot, &sea, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
ensure_highlights (YtMapView *self)
{
  if (self->highlights != NULL)
    return;
  self->highlights_surface = draw_surface (self, (int) self->cache_width, (int) self->cache_height,
                                           self->cache_device_scale, draw_highlights);
  self->highlights = texture_from_surface (self->highlights_surface, self->cache_device_scale);
}

/* Hover or selection changed: the highlights are drawn again at the next frame. */
void
yt_map_view_highlights_changed (YtMapView *self)
{
  g_clear_object (&self->highlights);
  g_clear_pointer (&self->highlights_surface, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
uses_cairo_renderer (YtMapView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));

  return native != NULL && GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native));
}

static void
append_surface (GtkSnapshot           *snapshot,
                cairo_surface_t       *surface,
                const graphene_rect_t *bounds,
                gboolean               scaled,
                cairo_operator_t       op)
{
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, bounds);

  cairo_set_source_surface (cr, surface, 0, 0);
  /* Zoom frames are transient: the fast filter is good enough until the settle. */
  if (scaled)
    cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_BILINEAR);
  cairo_set_operator (cr, op);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
append_layer (YtMapView       *self,
              GtkSnapshot     *snapshot,
              GdkTexture      *texture,
              cairo_surface_t *surface,
              gboolean         scaled,
              cairo_operator_t op)
{
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, self->cache_width, self->cache_height);

  if (uses_cairo_renderer (self))
    append_surface (snapshot, surface, &bounds, scaled, op);
  else
    gtk_snapshot_append_texture (snapshot, texture, &bounds);
}

/* The image and its highlights move together until the next static
 * render; the furniture stays where it stands in the frame. */
static void
append_picture (YtMapView   *self,
                GtkSnapshot *snapshot)
{
  double ox, oy, k;

  ensure_highlights (self);
  yt_map_view_cache_transform (self, &ox, &oy, &k);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ox, oy));
  if (k != 1.0)
    gtk_snapshot_scale (snapshot, k, k);
  append_layer (self, snapshot, self->cache, self->cache_surface, k != 1.0, CAIRO_OPERATOR_SOURCE);
  append_layer (self, snapshot, self->highlights, self->highlights_surface, k != 1.0, CAIRO_OPERATOR_OVER);
  gtk_snapshot_restore (snapshot);
  append_layer (self, snapshot, self->furniture, self->furniture_surface, FALSE, CAIRO_OPERATOR_OVER);
}

void
yt_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (width <= 0 || height <= 0)
    return;
  /* A resize or zoom waits for the settle timeout; new content does not. */
  if (self->cache == NULL || self->stale ||
      self->cache_device_scale != gtk_widget_get_scale_factor (widget))
    render_cache (self, width, height);

  if (needs_render (self))   /* part of the widget is not covered by the image */
    append_background (self, snapshot, width, height);
  append_picture (self, snapshot);
  yt_map_view_draw_focus (self, snapshot);
}
