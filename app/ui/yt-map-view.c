/* yt-map-view.c: the map widget's type, properties, view state and actions
 *
 * Drawing and the image cache live in yt-map-view-render.c, gestures and
 * keys in yt-map-view-input.c, keyboard focus among the sites and what a
 * screen reader hears in yt-map-view-a11y.c, the cluster member list in
 * yt-map-view-pick.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-view-private.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_VIEW_STATE,
  PROP_CAN_ZOOM_IN,
  PROP_CAN_ZOOM_OUT,
  PROP_LEGEND_VISIBLE,
  N_PROPS
};

enum {
  SITE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (YtMapView, yt_map_view, GTK_TYPE_WIDGET)

/* The viewport has no getter for its limits: an out-of-range scale reads them back. */
static double
scale_limit (YtViewport *viewport,
             double      probe)
{
  double scale = yt_viewport_get_scale (viewport);
  double limit;

  yt_viewport_set_scale (viewport, probe);
  limit = yt_viewport_get_scale (viewport);
  yt_viewport_set_scale (viewport, scale);
  return limit;
}

gboolean
yt_map_view_get_can_zoom_in (YtMapView *self)
{
  YtViewport *viewport;

  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);
  viewport = yt_map_renderer_get_viewport (self->renderer);
  return yt_viewport_get_scale (viewport) > scale_limit (viewport, 1e-300) * 1.0001;
}

gboolean
yt_map_view_get_can_zoom_out (YtMapView *self)
{
  YtViewport *viewport;

  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);
  viewport = yt_map_renderer_get_viewport (self->renderer);
  return yt_viewport_get_scale (viewport) < scale_limit (viewport, 1e300) / 1.0001;
}

void
yt_map_view_update_actions (YtMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  YtViewState *state = self->view_state;
  gboolean in = yt_map_view_get_can_zoom_in (self);
  gboolean out = yt_map_view_get_can_zoom_out (self);

  gtk_widget_action_set_enabled (widget, "map.zoom-in", in);
  gtk_widget_action_set_enabled (widget, "map.zoom-out", out);
  gtk_widget_action_set_enabled (widget, "map.zoom-selection",
                                 state != NULL && yt_view_state_get_selection (state) != YT_REF_NONE);
  gtk_widget_action_set_enabled (widget, "map.go-back",
                                 state != NULL && yt_view_state_get_can_go_back (state));
  gtk_widget_action_set_enabled (widget, "map.go-forward",
                                 state != NULL && yt_view_state_get_can_go_forward (state));
  if (in != self->can_zoom_in)
    {
      self->can_zoom_in = in;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ZOOM_IN]);
    }
  if (out != self->can_zoom_out)
    {
      self->can_zoom_out = out;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_ZOOM_OUT]);
    }
}

/* Every change of centre or scale ends here. */
void
yt_map_view_moved (YtMapView *self,
                   gboolean   scale_changed)
{
  yt_map_view_clamp_center (self);
  yt_map_view_schedule_settle (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (scale_changed)
    yt_map_view_update_actions (self);
}

YtLang
yt_map_view_get_language (YtMapView *self)
{
  if (self->view_state != NULL)
    return yt_view_state_get_language (self->view_state);
  return yt_map_renderer_get_language (self->renderer);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  double factor = g_str_equal (action_name, "map.zoom-in") ? YT_MAP_VIEW_ZOOM_STEP
                                                           : 1.0 / YT_MAP_VIEW_ZOOM_STEP;

  yt_map_view_zoom_at (self, factor, gtk_widget_get_width (widget) / 2.0,
                       gtk_widget_get_height (widget) / 2.0);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  YtMapView *self = YT_MAP_VIEW (widget);

  yt_map_view_stop_fling (self);
  yt_map_view_sync_frame (self);
  yt_map_renderer_zoom_to_fit (self->renderer);
  yt_map_view_moved (self, TRUE);
}

/* The view that shows @ref: the Belt and Road view for a country or site
 * abroad, the China view for China and its provinces; sites in China and
 * companies are on both. */
static YtMapKind
kind_showing (YtAtlas   *atlas,
              YtRef      ref,
              YtMapKind  current)
{
  gboolean region = YT_REF_KIND (ref) == YT_RECORD_REGION;
  guint index = YT_REF_INDEX (ref);

  if (atlas == NULL || (!region && YT_REF_KIND (ref) != YT_RECORD_SITE))
    return current;
  if (!region)
    index = yt_atlas_get_site (atlas, index)->region;
  if (index == YT_ATLAS_NONE)
    return current;
  if (!yt_atlas_region_in_china (atlas, index))
    return YT_MAP_KIND_WORLD;
  return region ? YT_MAP_KIND_CHINA : current;
}

/* Locate: on the view that shows the selection, which the window's view
 * setting follows through the "kind" property. */
static void
zoom_selection_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  YtMapKind current = yt_map_view_get_kind (self);
  YtMapKind kind = current;

  if (self->view_state != NULL)
    kind = kind_showing (yt_view_state_get_atlas (self->view_state),
                         yt_view_state_get_selection (self->view_state), current);
  yt_map_view_stop_fling (self);
  if (kind != current)
    {
      yt_map_view_set_kind (self, kind);
      /* The new view places its sites when it is first rendered. */
      yt_map_view_settle (self);
    }
  yt_map_view_sync_frame (self);
  if (yt_map_renderer_zoom_to_selection (self->renderer))
    yt_map_view_moved (self, TRUE);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  YtMapView *self = YT_MAP_VIEW (widget);

  if (self->view_state == NULL)
    return;
  if (g_str_equal (action_name, "map.go-back"))
    yt_view_state_go_back (self->view_state);
  else
    yt_view_state_go_forward (self->view_state);
}

static void
on_atlas_changed (YtMapView *self)
{
  yt_map_renderer_set_atlas (self->renderer, yt_view_state_get_atlas (self->view_state));
  yt_map_view_invalidate (self);
  yt_map_view_order_changed (self);
}

static void
on_sites_changed (YtMapView *self)
{
  static const guint none[1] = { 0 };
  const GArray *sites = yt_view_state_get_filtered_sites (self->view_state);

  /* An empty GArray may have no data at all, and NULL means every site to
   * the renderer: a filter that matches nothing must draw nothing. */
  yt_map_renderer_set_sites (self->renderer,
                             sites->len > 0 ? (const guint *) (gconstpointer) sites->data : none,
                             sites->len);
  yt_map_view_invalidate (self);
  yt_map_view_order_changed (self);
}

static void
on_as_of_changed (YtMapView *self)
{
  yt_map_renderer_set_as_of_year (self->renderer, yt_view_state_get_as_of_year (self->view_state));
}

static void
on_selection_changed (YtMapView *self)
{
  yt_map_renderer_set_selection (self->renderer, yt_view_state_get_selection (self->view_state));
  yt_map_view_update_actions (self);
  yt_map_view_highlights_changed (self);
}

static void
on_language_changed (YtMapView *self)
{
  yt_map_renderer_set_language (self->renderer, yt_view_state_get_language (self->view_state));
  yt_map_view_update_accessible (self);
}

YtViewState *
yt_map_view_get_view_state (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), NULL);
  return self->view_state;
}

void
yt_map_view_set_view_state (YtMapView   *self,
                            YtViewState *view_state)
{
  g_return_if_fail (YT_IS_MAP_VIEW (self));
  g_return_if_fail (view_state == NULL || YT_IS_VIEW_STATE (view_state));

  if (self->view_state == view_state)
    return;
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_set_object (&self->view_state, view_state);
  if (view_state != NULL)
    {
      g_signal_connect_object (view_state, "notify::atlas", G_CALLBACK (on_atlas_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::filtered-sites", G_CALLBACK (on_sites_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::selection", G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::as-of-year", G_CALLBACK (on_as_of_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::language", G_CALLBACK (on_language_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::can-go-back", G_CALLBACK (yt_map_view_update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::can-go-forward", G_CALLBACK (yt_map_view_update_actions), self, G_CONNECT_SWAPPED);
      on_language_changed (self);
      on_atlas_changed (self);
      on_sites_changed (self);
      on_as_of_changed (self);
      on_selection_changed (self);
    }
  yt_map_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

static void
on_renderer_notify (YtMapView     *self,
                    GParamSpec    *pspec,
                    YtMapRenderer *renderer)
{
  yt_map_view_invalidate (self);
  if (g_strcmp0 (pspec->name, "kind") != 0)
    return;
  /* Each kind has its own viewport, hence its own limits and site order. */
  yt_map_view_stop_fling (self);
  yt_map_view_order_changed (self);
  yt_map_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/* Dark when the theme's text is light: this follows GTK_THEME, the
 * prefer-dark setting and any theme, where names would not. */
static void
yt_map_view_css_changed (GtkWidget         *widget,
                         GtkCssStyleChange *change)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  GdkRGBA fg;

  GTK_WIDGET_CLASS (yt_map_view_parent_class)->css_changed (widget, change);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  yt_map_renderer_set_dark (self->renderer, 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5);
  gtk_widget_queue_draw (widget);
}

static void
yt_map_view_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  YtMapView *self = YT_MAP_VIEW (widget);

  /* The old image stays up, centred, until the size settles; the renderer
   * then refits a view the user has not moved. */
  yt_map_view_sync_frame (self);
  yt_map_view_schedule_settle (self);
  if (self->popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
yt_map_view_dispose (GObject *object)
{
  YtMapView *self = YT_MAP_VIEW (object);

  yt_map_view_stop_fling (self);
  g_clear_weak_pointer (&self->keep_clear);
  g_clear_handle_id (&self->settle_id, g_source_remove);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->cache);
  g_clear_object (&self->highlights);
  g_clear_object (&self->furniture);
  g_clear_pointer (&self->cache_surface, cairo_surface_destroy);
  g_clear_pointer (&self->highlights_surface, cairo_surface_destroy);
  g_clear_pointer (&self->furniture_surface, cairo_surface_destroy);
  g_clear_pointer (&self->order, g_array_unref);
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_clear_object (&self->view_state);
  if (self->renderer != NULL)
    g_signal_handlers_disconnect_by_data (self->renderer, self);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (yt_map_view_parent_class)->dispose (object);
}

static void
set_legend_visible (YtMapView *self,
                    gboolean   visible)
{
  if (yt_map_renderer_get_legend_visible (self->renderer) == !!visible)
    return;
  yt_map_renderer_set_legend_visible (self->renderer, visible);
  yt_map_view_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_VISIBLE]);
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
    case PROP_VIEW_STATE:
      g_value_set_object (value, self->view_state);
      break;
    case PROP_CAN_ZOOM_IN:
      g_value_set_boolean (value, yt_map_view_get_can_zoom_in (self));
      break;
    case PROP_CAN_ZOOM_OUT:
      g_value_set_boolean (value, yt_map_view_get_can_zoom_out (self));
      break;
    case PROP_LEGEND_VISIBLE:
      g_value_set_boolean (value, yt_map_renderer_get_legend_visible (self->renderer));
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
    case PROP_VIEW_STATE:
      yt_map_view_set_view_state (self, g_value_get_object (value));
      break;
    case PROP_LEGEND_VISIBLE:
      set_legend_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "map.show-legend", "legend-visible");
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-selection", NULL, zoom_selection_action);
  gtk_widget_class_install_action (widget_class, "map.go-back", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "map.go-forward", NULL, history_action);
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
  widget_class->size_allocate = yt_map_view_size_allocate;
  widget_class->focus = yt_map_view_focus;
  widget_class->query_tooltip = yt_map_view_query_tooltip;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, YT_TYPE_MAP_KIND, YT_MAP_KIND_CHINA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_STATE] =
    g_param_spec_object ("view-state", NULL, NULL, YT_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_ZOOM_IN] =
    g_param_spec_boolean ("can-zoom-in", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_ZOOM_OUT] =
    g_param_spec_boolean ("can-zoom-out", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGEND_VISIBLE] =
    g_param_spec_boolean ("legend-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * YtMapView::site-activated:
   * @site: the site index
   *
   * Enter on the focused site: the site is selected and its profile should open.
   */
  signals[SITE_ACTIVATED] =
    g_signal_new ("site-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  install_actions (widget_class);
  yt_map_view_class_init_keys (widget_class);
  gtk_widget_class_set_css_name (widget_class, "yt-map-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
yt_map_view_init (YtMapView *self)
{
  self->renderer = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  self->hover = YT_REF_NONE;
  self->focus_site = YT_ATLAS_NONE;
  g_signal_connect_object (self->renderer, "notify", G_CALLBACK (on_renderer_notify),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  yt_map_view_init_input (self);
  yt_map_view_update_actions (self);
  yt_map_view_update_accessible (self);
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

/* The selection lives in the view state, so it survives the switch. */
void
yt_map_view_set_kind (YtMapView *self,
                      YtMapKind  kind)
{
  g_return_if_fail (YT_IS_MAP_VIEW (self));
  /* The renderer notifies, and the view forwards that notification. */
  yt_map_renderer_set_kind (self->renderer, kind);
}

void
yt_map_view_emit_site_activated (YtMapView *self,
                                 guint      site)
{
  g_signal_emit (self, signals[SITE_ACTIVATED], 0, site);
}
