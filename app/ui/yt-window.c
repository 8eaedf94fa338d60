/* yt-window.c: the main window: map, side panel, divider, settings and actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel is the flap of an AdwFlap: beside the map when there is
 * room, an overlay that the panel button opens when the window is narrower
 * than the map's and the panel's widths together (about 800 px).  Its width
 * is a setting the divider (the flap's separator) changes, so it survives a
 * restart and a change of language.
 */
#include "config.h"

#include <glib/gi18n.h>

#include <yuntu/yt-atlas-loader.h>

#include "yt-map-pane.h"
#include "yt-problems-dialog.h"
#include "yt-side-panel.h"
#include "yt-window-private.h"

G_DEFINE_FINAL_TYPE (YtWindow, yt_window, ADW_TYPE_APPLICATION_WINDOW)

#define MAP_MIN_WIDTH 440   /* the map pane's width-request in the template */

enum {
  PROP_0,
  PROP_STORE,
  PROP_VIEW_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* Only the choice made with room for both is remembered: a narrow window
 * closes the overlay without changing it, and widening brings it back. */
static void
reveal_changed (YtWindow *self)
{
  gboolean revealed = adw_flap_get_reveal_flap (ADW_FLAP (self->flap));

  if (!adw_flap_get_folded (ADW_FLAP (self->flap)))
    g_settings_set_boolean (self->settings, "sidebar-visible", revealed);
  gtk_widget_set_tooltip_text (self->sidebar_button,
                               revealed ? _("Hide Side Panel") : _("Show Side Panel"));
}

static void
folded_changed (YtWindow *self)
{
  gboolean folded = adw_flap_get_folded (ADW_FLAP (self->flap));

  adw_flap_set_reveal_flap (ADW_FLAP (self->flap),
                            !folded && g_settings_get_boolean (self->settings, "sidebar-visible"));
}

static void
bind_settings (YtWindow *self)
{
  g_autoptr(GAction) view_action = NULL;
  g_autoptr(GPropertyAction) sidebar_action = NULL;

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sidebar-width", self->side_panel, "width-request", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "legend-visible", self->map_view, "legend-visible", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "view", self->map_view, "kind",
                                G_SETTINGS_BIND_DEFAULT, kind_from_setting, kind_to_setting,
                                NULL, NULL);

  view_action = g_settings_create_action (self->settings, "view");
  sidebar_action = g_property_action_new ("sidebar-visible", self->flap, "reveal-flap");
  g_action_map_add_action (G_ACTION_MAP (self), view_action);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sidebar_action));

  adw_flap_set_reveal_flap (ADW_FLAP (self->flap), g_settings_get_boolean (self->settings, "sidebar-visible"));
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (reveal_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded", G_CALLBACK (folded_changed), self, G_CONNECT_SWAPPED);
  reveal_changed (self);
}

/* The divider: dragging it moves the panel's edge, and the width is kept. */
static void
handle_drag_begin (YtWindow *self)
{
  self->drag_width = gtk_widget_get_width (self->side_panel);
}

static int
clamp_width (YtWindow *self,
             int       width)
{
  int room = gtk_widget_get_width (self->flap) - gtk_widget_get_width (self->flap_handle) - MAP_MIN_WIDTH;

  return CLAMP (width, 280, MAX (280, MIN (room, 1200)));
}

static void
handle_drag_update (YtWindow *self,
                    double    offset_x)
{
  /* The panel is at the end: towards the start (left in LTR) widens it. */
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int width = clamp_width (self, self->drag_width + (int) (rtl ? offset_x : -offset_x));

  gtk_widget_set_size_request (self->side_panel, width, -1);
}

static void
handle_drag_end (YtWindow *self)
{
  int width;

  gtk_widget_get_size_request (self->side_panel, &width, NULL);
  g_settings_set_int (self->settings, "sidebar-width", width);
}

void
yt_window_set_panel_width (YtWindow *self,
                           int       width)
{
  g_return_if_fail (YT_IS_WINDOW (self));

  self->drag_width = gtk_widget_get_width (self->side_panel);
  gtk_widget_set_size_request (self->side_panel, clamp_width (self, width), -1);
  handle_drag_end (self);
}

static void
update_status (YtWindow *self)
{
  YtAtlas *atlas = yt_atlas_store_get_atlas (self->store);
  guint n_files = g_strv_length ((GStrv) yt_atlas_store_get_files (self->store));
  g_autofree char *counts = NULL;
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open",
                                 !yt_atlas_store_get_loading (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", atlas != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", atlas != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-map", atlas != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-data", atlas != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import",
                                 atlas != NULL && !yt_atlas_store_get_loading (self->store));
  if (yt_atlas_store_get_loading (self->store))
    {
      gtk_label_set_text (GTK_LABEL (self->status_label), _("Loading data…"));
      return;
    }
  if (atlas == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->status_label), _("No data loaded."));
      return;
    }

  counts = g_strdup_printf (_("%u sites · %u companies · %u facts · %u sources"),
                            yt_atlas_get_n_records (atlas, YT_RECORD_SITE),
                            yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY),
                            yt_atlas_get_n_records (atlas, YT_RECORD_FACT),
                            yt_atlas_get_n_records (atlas, YT_RECORD_SOURCE));
  if (n_files == 0)
    text = g_strdup_printf (_("Bundled data: %s"), counts);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Bundled data and %u file: %s",
                                         "Bundled data and %u files: %s", n_files),
                            n_files, counts);
  gtk_label_set_text (GTK_LABEL (self->status_label), text);
}

static void
on_load_finished (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(YtWindow) self = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (yt_atlas_store_load_finish (YT_ATLAS_STORE (source), result, &problems, &error))
    return;
  gtk_window_present (GTK_WINDOW (yt_problems_dialog_new (GTK_WINDOW (self), problems, error)));
}

void
yt_window_load_files (YtWindow           *self,
                      const char * const *files)
{
  g_return_if_fail (YT_IS_WINDOW (self));

  yt_atlas_store_load_async (self->store, files, NULL, on_load_finished, g_object_ref (self));
}

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  YtWindow        *self)
{
  g_autoptr(GListModel) selected = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      selected = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      for (guint i = 0; i < g_list_model_get_n_items (selected); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (selected, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      yt_window_load_files (self, (const char * const *) paths->pdata);
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open Data Files"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  gtk_file_filter_set_name (xml, _("Yuntu data (XML)"));
  gtk_file_filter_add_pattern (xml, "*.xml");
  gtk_file_filter_add_mime_type (xml, "application/xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), xml);
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);

  adw_flap_set_reveal_flap (ADW_FLAP (self->flap), TRUE);
  yt_side_panel_focus_search (YT_SIDE_PANEL (self->panel));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  yt_view_state_reset_filter (YT_WINDOW (widget)->view_state);
}

/* Enter on a site, or a double-click, asks for its profile: the selection is
 * already made, so the panel only has to be shown. */
static void
on_site_activated (YtWindow  *self,
                   guint      site,
                   YtMapView *view)
{
  adw_flap_set_reveal_flap (ADW_FLAP (self->flap), TRUE);
}

/* A search that opens a record moves the map to it. */
static void
on_record_opened (YtWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->map_view), "map.zoom-selection", NULL);
}

static void
set_view_state (YtWindow    *self,
                YtViewState *view_state)
{
  g_return_if_fail (YT_IS_VIEW_STATE (view_state));

  self->view_state = g_object_ref (view_state);
  yt_map_view_set_view_state (self->map_view, view_state);
  self->panel = yt_side_panel_new (view_state);
  gtk_widget_set_vexpand (self->panel, TRUE);
  gtk_box_append (GTK_BOX (self->side_panel), self->panel);
  g_signal_connect_object (self->map_view, "site-activated", G_CALLBACK (on_site_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->panel, "record-opened", G_CALLBACK (on_record_opened),
                           self, G_CONNECT_SWAPPED);
}

static void
set_store (YtWindow     *self,
           YtAtlasStore *store)
{
  g_return_if_fail (YT_IS_ATLAS_STORE (store));

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::atlas", G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store, "notify::loading", G_CALLBACK (update_status), self, G_CONNECT_SWAPPED);
  update_status (self);
}

static void
yt_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, YT_WINDOW (object)->store);
      break;
    case PROP_VIEW_STATE:
      g_value_set_object (value, YT_WINDOW (object)->view_state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      set_store (YT_WINDOW (object), g_value_get_object (value));
      break;
    case PROP_VIEW_STATE:
      set_view_state (YT_WINDOW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_window_dispose (GObject *object)
{
  YtWindow *self = YT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_object (&self->view_state);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (yt_window_parent_class)->dispose (object);
}

static void
yt_window_class_init (YtWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_window_dispose;
  object_class->get_property = yt_window_get_property;
  object_class->set_property = yt_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, YT_TYPE_ATLAS_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW_STATE] =
    g_param_spec_object ("view-state", NULL, NULL, YT_TYPE_VIEW_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (YT_TYPE_MAP_PANE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, YtWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, map_pane);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, flap_handle);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, attribution_label);
  gtk_widget_class_bind_template_callback (widget_class, handle_drag_begin);
  gtk_widget_class_bind_template_callback (widget_class, handle_drag_update);
  gtk_widget_class_bind_template_callback (widget_class, handle_drag_end);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  yt_window_class_init_export (widget_class);
  yt_window_class_init_data (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
yt_window_init (YtWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->map_view = yt_map_pane_get_map_view (YT_MAP_PANE (self->map_pane));
  gtk_widget_set_cursor_from_name (self->flap_handle, "col-resize");

  self->settings = g_settings_new (APPLICATION_ID);
  bind_settings (self);

  gtk_label_set_text (GTK_LABEL (self->attribution_label),
                      _("Boundaries are illustrative."));
}

YtWindow *
yt_window_new (GtkApplication *application,
               YtAtlasStore   *store,
               YtViewState    *view_state)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (YT_IS_ATLAS_STORE (store), NULL);
  g_return_val_if_fail (YT_IS_VIEW_STATE (view_state), NULL);
  return g_object_new (YT_TYPE_WINDOW, "application", application, "store", store,
                       "view-state", view_state, NULL);
}

/* A rebuilt window (a new interface language) looks as the old one did:
 * same page, same filter controls open, same place on the map. */
void
yt_window_take_over (YtWindow *self,
                     YtWindow *old)
{
  YtMapRenderer *from = yt_map_view_get_renderer (old->map_view);
  YtViewport *viewport = yt_map_renderer_get_viewport (from);
  GtkWidget *old_expander = yt_side_panel_get_filters_expander (YT_SIDE_PANEL (old->panel));
  double cx, cy;

  g_return_if_fail (YT_IS_WINDOW (self));
  g_return_if_fail (YT_IS_WINDOW (old));

  yt_side_panel_show_page (YT_SIDE_PANEL (self->panel), yt_side_panel_get_page (YT_SIDE_PANEL (old->panel)));
  gtk_expander_set_expanded (GTK_EXPANDER (yt_side_panel_get_filters_expander (YT_SIDE_PANEL (self->panel))),
                             gtk_expander_get_expanded (GTK_EXPANDER (old_expander)));
  adw_flap_set_reveal_flap (ADW_FLAP (self->flap), adw_flap_get_reveal_flap (ADW_FLAP (old->flap)));
  yt_viewport_get_center (viewport, &cx, &cy);
  yt_map_renderer_set_view (yt_map_view_get_renderer (self->map_view),
                            MAX (gtk_widget_get_width (GTK_WIDGET (old->map_view)), 1),
                            MAX (gtk_widget_get_height (GTK_WIDGET (old->map_view)), 1),
                            cx, cy, yt_viewport_get_scale (viewport));
}

YtViewState *
yt_window_get_view_state (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->view_state;
}

YtAtlasStore *
yt_window_get_store (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->store;
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
  return self->panel;
}

GtkWidget *
yt_window_get_flap (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->flap;
}

const char *
yt_window_get_last_toast (YtWindow *self)
{
  g_return_val_if_fail (YT_IS_WINDOW (self), NULL);
  return self->last_toast;
}
