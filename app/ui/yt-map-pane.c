/* yt-map-pane.c: the map view with its zoom buttons on top
 *
 * The buttons sit beside the view in a GtkOverlay, not inside it, so they
 * cannot reach the view's own "map" actions: the pane installs the same
 * names, forwards them, and mirrors whether they can run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-pane.h"

struct _YtMapPane
{
  GtkWidget    parent_instance;
  GtkWidget   *overlay;
  GtkWidget   *empty_banner;
  GtkWidget   *legend_toggle;
  GtkWidget   *zoom_box;
  YtMapView   *map_view;
  YtViewState *view_state;   /* followed for map.zoom-selection */
};

G_DEFINE_FINAL_TYPE (YtMapPane, yt_map_pane, GTK_TYPE_WIDGET)

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  gtk_widget_activate_action_variant (GTK_WIDGET (YT_MAP_PANE (widget)->map_view), action_name, parameter);
}

static void
update_actions (YtMapPane *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "map.zoom-in", yt_map_view_get_can_zoom_in (self->map_view));
  gtk_widget_action_set_enabled (widget, "map.zoom-out", yt_map_view_get_can_zoom_out (self->map_view));
  gtk_widget_action_set_enabled (widget, "map.zoom-selection",
                                 self->view_state != NULL &&
                                 yt_view_state_get_selection (self->view_state) != YT_REF_NONE);
}

/* A filter that matches nothing draws no sites, and the map says why. */
static void
update_banner (YtMapPane *self)
{
  YtViewState *state = self->view_state;

  gtk_widget_set_visible (self->empty_banner,
                          state != NULL && yt_view_state_get_atlas (state) != NULL &&
                          yt_view_state_get_n_filtered (state) == 0);
}

static void
clear_filters (YtMapPane *self)
{
  if (self->view_state != NULL)
    yt_view_state_reset_filter (self->view_state);
}

static void
on_view_state_changed (YtMapPane *self)
{
  YtViewState *state = yt_map_view_get_view_state (self->map_view);

  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_set_object (&self->view_state, state);
  if (state != NULL)
    {
      g_signal_connect_object (state, "notify::selection", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "notify::n-filtered", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (state, "notify::atlas", G_CALLBACK (update_banner), self, G_CONNECT_SWAPPED);
    }
  update_actions (self);
  update_banner (self);
}

gboolean
yt_map_pane_get_empty_banner_visible (YtMapPane *self)
{
  g_return_val_if_fail (YT_IS_MAP_PANE (self), FALSE);
  return gtk_widget_get_visible (self->empty_banner);
}

static void
yt_map_pane_dispose (GObject *object)
{
  YtMapPane *self = YT_MAP_PANE (object);

  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_clear_object (&self->view_state);
  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_MAP_PANE);

  G_OBJECT_CLASS (yt_map_pane_parent_class)->dispose (object);
}

static void
yt_map_pane_class_init (YtMapPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const actions[] = { "map.zoom-in", "map.zoom-out", "map.zoom-fit", "map.zoom-selection" };

  object_class->dispose = yt_map_pane_dispose;

  g_type_ensure (YT_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-map-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, YtMapPane, overlay);
  gtk_widget_class_bind_template_child (widget_class, YtMapPane, empty_banner);
  gtk_widget_class_bind_template_child (widget_class, YtMapPane, legend_toggle);
  gtk_widget_class_bind_template_child (widget_class, YtMapPane, zoom_box);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters);
  gtk_widget_class_bind_template_child (widget_class, YtMapPane, map_view);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, forward_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "yt-map-pane");
}

static void
yt_map_pane_init (YtMapPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  yt_map_view_set_keep_clear (self->map_view, self->zoom_box);
  g_object_bind_property (self->map_view, "legend-visible", self->legend_toggle, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->map_view, "notify::can-zoom-in", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "notify::can-zoom-out", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->map_view, "notify::view-state", G_CALLBACK (on_view_state_changed), self, G_CONNECT_SWAPPED);
  on_view_state_changed (self);
}

GtkWidget *
yt_map_pane_new (void)
{
  return g_object_new (YT_TYPE_MAP_PANE, NULL);
}

YtMapView *
yt_map_pane_get_map_view (YtMapPane *self)
{
  g_return_val_if_fail (YT_IS_MAP_PANE (self), NULL);
  return self->map_view;
}
