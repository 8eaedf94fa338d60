/* yt-map-view.c: the map widget, drawing through the engine's renderer
 *
 * The static layers are rendered once into an image surface and handed to GSK
 * as a texture: replaying a cairo node costs about twice a direct draw and GL
 * renderers re-upload it whenever the node changes (see PERFORMANCE.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-view.h"

struct _YtMapView
{
  GtkWidget      parent_instance;
  YtMapRenderer *renderer;
  GdkTexture    *cache;
  int            cache_width;
  int            cache_height;
};

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (YtMapView, yt_map_view, GTK_TYPE_WIDGET)

static void
yt_map_view_invalidate (YtMapView *self)
{
  g_clear_object (&self->cache);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static GdkTexture *
render_texture (YtMapView *self,
                int        width,
                int        height,
                int        scale)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  GdkTexture *texture;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  yt_map_renderer_render (self->renderer, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale,
                                    GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return texture;
}

static void
yt_map_view_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  if (width <= 0 || height <= 0)
    return;

  if (self->cache == NULL || self->cache_width != width * scale || self->cache_height != height * scale)
    {
      g_clear_object (&self->cache);
      self->cache = render_texture (self, width, height, scale);
      self->cache_width = width * scale;
      self->cache_height = height * scale;
    }

  gtk_snapshot_append_texture (snapshot, self->cache,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
on_renderer_notify (YtMapView  *self,
                    GParamSpec *pspec,
                    YtMapRenderer *renderer)
{
  yt_map_view_invalidate (self);
  if (g_strcmp0 (pspec->name, "kind") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
yt_map_view_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  GtkSettings *settings = gtk_widget_get_settings (widget);
  g_autofree char *theme = NULL;
  gboolean prefer_dark = FALSE;

  GTK_WIDGET_CLASS (yt_map_view_parent_class)->css_changed (widget, change);

  g_object_get (settings, "gtk-theme-name", &theme,
                "gtk-application-prefer-dark-theme", &prefer_dark, NULL);
  yt_map_renderer_set_dark (self->renderer,
                            prefer_dark || (theme != NULL && g_str_has_suffix (theme, "-dark")));
}

static void
yt_map_view_dispose (GObject *object)
{
  YtMapView *self = YT_MAP_VIEW (object);

  g_clear_object (&self->cache);
  if (self->renderer != NULL)
    g_signal_handlers_disconnect_by_data (self->renderer, self);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (yt_map_view_parent_class)->dispose (object);
}

static void
yt_map_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  YtMapView *self = YT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, yt_map_view_get_kind (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_map_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  YtMapView *self = YT_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      yt_map_view_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_map_view_class_init (YtMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_map_view_dispose;
  object_class->get_property = yt_map_view_get_property;
  object_class->set_property = yt_map_view_set_property;
  widget_class->snapshot = yt_map_view_snapshot;
  widget_class->css_changed = yt_map_view_css_changed;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, YT_TYPE_MAP_KIND, YT_MAP_KIND_CHINA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "yt-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
yt_map_view_init (YtMapView *self)
{
  self->renderer = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  g_signal_connect_object (self->renderer, "notify", G_CALLBACK (on_renderer_notify),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
yt_map_view_new (void)
{
  return g_object_new (YT_TYPE_MAP_VIEW, NULL);
}

YtMapRenderer *
yt_map_view_get_renderer (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), NULL);
  return self->renderer;
}

YtMapKind
yt_map_view_get_kind (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), YT_MAP_KIND_CHINA);
  return yt_map_renderer_get_kind (self->renderer);
}

void
yt_map_view_set_kind (YtMapView *self,
                      YtMapKind  kind)
{
  g_return_if_fail (YT_IS_MAP_VIEW (self));
  /* The renderer notifies, and the view forwards that notification. */
  yt_map_renderer_set_kind (self->renderer, kind);
}
