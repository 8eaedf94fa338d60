/* yt-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-window.h"

struct _YtWindow
{
  GtkApplicationWindow parent_instance;

  GSettings  *settings;

  GtkWidget  *search_button;
  GtkWidget  *search_bar;
  GtkWidget  *search_entry;
  YtMapView  *map_view;
  GtkWidget  *side_panel;
  GtkWidget  *sidebar_button;
  GtkWidget  *status_label;
  GtkWidget  *attribution_label;
};

G_DEFINE_FINAL_TYPE (YtWindow, yt_window, GTK_TYPE_APPLICATION_WINDOW)

/* Features arrive with their own issues; until then their actions stay disabled
 * rather than pretending to work. */
static const char * const pending_actions[] = {
  "win.open", "win.search", "win.export-map", "win.export-report", "win.print",
};

static gboolean
kind_from_setting (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  YtMapKind kind;

  if (!yt_map_kind_from_string (g_variant_get_string (variant, NULL), &kind))
    return FALSE;
  g_value_set_enum (value, kind);
  return TRUE;
}

static GVariant *
kind_to_setting (const GValue       *value,
                 const GVariantType *expected_type,
                 gpointer            user_data)
{
  return g_variant_new_string (yt_map_kind_to_string (g_value_get_enum (value)));
}

static void
update_sidebar_tooltip (YtWindow *self)
{
  gboolean visible = gtk_widget_get_visible (self->side_panel);

  gtk_widget_set_tooltip_text (self->sidebar_button,
                               visible ? _("Hide Side Panel") : _("Show Side Panel"));
}

static void
bind_settings (YtWindow *self)
{
  g_autoptr(GAction) view_action = NULL;
  g_autoptr(GAction) sidebar_action = NULL;

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-visible", self->side_panel, "visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "view", self->map_view, "kind",
                                G_SETTINGS_BIND_DEFAULT, kind_from_setting, kind_to_setting,
                                NULL, NULL);

  view_action = g_settings_create_action (self->settings, "view");
  sidebar_action = g_settings_create_action (self->settings, "sidebar-visible");
  g_action_map_add_action (G_ACTION_MAP (self), view_action);
  g_action_map_add_action (G_ACTION_MAP (self), sidebar_action);

  g_signal_connect_object (self->side_panel, "notify::visible",
                           G_CALLBACK (update_sidebar_tooltip), self, G_CONNECT_SWAPPED);
  update_sidebar_tooltip (self);
}

static void
yt_window_dispose (GObject *object)
{
  YtWindow *self = YT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (yt_window_parent_class)->dispose (object);
}

static void
yt_window_class_init (YtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_window_dispose;

  g_type_ensure (YT_TYPE_MAP_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, YtWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, attribution_label);

  for (guint i = 0; i < G_N_ELEMENTS (pending_actions); i++)
    gtk_widget_class_install_action (widget_class, pending_actions[i], NULL, NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-map", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
yt_window_init (YtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  bind_settings (self);

  for (guint i = 0; i < G_N_ELEMENTS (pending_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), pending_actions[i], FALSE);

  gtk_label_set_text (GTK_LABEL (self->attribution_label),
                      _("Boundaries are illustrative."));
}

YtWindow *
yt_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  return g_object_new (YT_TYPE_WINDOW, "application", application, NULL);
}

YtMapView *
yt_window_get_map_view (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->map_view;
}

GtkWidget *
yt_window_get_side_panel (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->side_panel;
}
