/* yt-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <yuntu/yt-atlas-loader.h>

#include "yt-data-export-dialog.h"
#include "yt-import-dialog.h"
#include "yt-map-pane.h"
#include "yt-problems-dialog.h"
#include "yt-side-panel.h"
#include "yt-report-dialog.h"
#include "yt-window.h"

struct _YtWindow
{
  GtkApplicationWindow parent_instance;

  GSettings  *settings;
  YtAtlasStore *store;

  GtkWidget  *search_button;
  YtViewState *view_state;
  GtkWidget  *map_pane;
  YtMapView  *map_view;
  GtkWidget  *side_panel;     /* the pane; the panel proper is its child */
  GtkWidget  *panel;
  GtkWidget  *sidebar_button;
  GtkWidget  *status_label;
  GtkWidget  *attribution_label;
};

G_DEFINE_FINAL_TYPE (YtWindow, yt_window, GTK_TYPE_APPLICATION_WINDOW)

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
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);
  YtAtlas *atlas = yt_atlas_store_get_atlas (self->store);

  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);

  if (atlas != NULL)
    gtk_window_present (GTK_WINDOW (yt_report_dialog_new (GTK_WINDOW (self), atlas,
                                                          filtered ? (const guint *) filtered->data : NULL,
                                                          filtered ? filtered->len : 0)));
}

/* What the user sees goes out: the current view, language, data and filter,
 * at twice the widget's size so that a PNG stays sharp when printed. */
static YtMapRenderer *
renderer_like_view (YtWindow *self)
{
  YtMapRenderer *shown = yt_map_view_get_renderer (self->map_view);
  YtMapRenderer *renderer = yt_map_renderer_new (yt_map_renderer_get_kind (shown));
  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);

  yt_map_renderer_set_language (renderer, yt_map_renderer_get_language (shown));
  yt_map_renderer_set_atlas (renderer, yt_atlas_store_get_atlas (self->store));
  yt_map_renderer_set_choropleth (renderer, YT_MAP_CHOROPLETH_SITES);
  if (filtered != NULL)
    yt_map_renderer_set_sites (renderer, (const guint *) filtered->data, filtered->len);
  yt_map_renderer_set_selection (renderer, yt_view_state_get_selection (self->view_state));
  return renderer;
}

static void
export_map_to (YtWindow   *self,
               const char *path)
{
  g_autoptr(YtMapRenderer) renderer = renderer_like_view (self);
  g_autoptr(GError) error = NULL;
  YtExportFormat format = YT_EXPORT_FORMAT_PNG;
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self->map_view)), 480) * 2;
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self->map_view)), 320) * 2;

  yt_export_format_from_path (path, &format);
  if (!yt_map_export_to_file (renderer, path, format, width, height, &error))
    {
      GtkWidget *message = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                                   "%s", _("The map was not exported"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
      g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (message));
    }
}

static void
on_export_map_response (GtkNativeDialog *chooser,
                        int              response,
                        YtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      YtExportFormat format;

      if (path != NULL && !yt_export_format_from_path (path, &format))
        {
          /* No known extension: take the format of the chosen filter. */
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
          const char *ext = filter != NULL ? g_object_get_data (G_OBJECT (filter), "extension") : ".png";
          char *with_ext = g_strconcat (path, ext != NULL ? ext : ".png", NULL);

          g_free (path);
          path = with_ext;
        }
      if (path != NULL)
        export_map_to (self, path);
    }
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime,
            const char     *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data_full (G_OBJECT (filter), "extension", g_strdup (extension), g_free);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG image"), "image/png", ".png");
  add_filter (GTK_FILE_CHOOSER (chooser), _("SVG image"), "image/svg+xml", ".svg");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF document"), "application/pdf", ".pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("yuntu-map.png"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_map_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The window's filter, as-of year included, is the dialog's "current filter". */
static void
export_data_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);
  YtAtlas *atlas = yt_atlas_store_get_atlas (self->store);
  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);
  gboolean active = yt_view_state_get_filter_active (self->view_state) ||
                    yt_view_state_get_as_of_year (self->view_state) != 0;

  if (atlas != NULL)
    gtk_window_present (GTK_WINDOW (yt_data_export_dialog_new (GTK_WINDOW (self), atlas,
                                                               filtered ? (const guint *) (gconstpointer) filtered->data : NULL,
                                                               filtered ? filtered->len : 0, active)));
}

static void
on_imported (YtImportDialog *dialog,
             const char     *path,
             YtWindow       *self)
{
  const char *files[] = { path, NULL };

  yt_window_load_files (self, files);
}

static void
read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  g_autoptr(YtDataImport) import = yt_data_import_new ();
  GError *error = NULL;

  if (yt_data_import_read_file (import, task_data, &error))
    g_task_return_pointer (task, g_steal_pointer (&import), g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
on_import_read (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  YtWindow *self = YT_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(YtDataImport) import = g_task_propagate_pointer (G_TASK (result), &error);
  YtAtlas *atlas = yt_atlas_store_get_atlas (self->store);
  YtImportDialog *dialog;

  if (import == NULL || atlas == NULL)
    {
      GtkWidget *message = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                                   "%s", _("The file could not be imported"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s",
                                                error != NULL ? error->message : "");
      g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (message));
      return;
    }
  dialog = yt_import_dialog_new (GTK_WINDOW (self), import, atlas, yt_atlas_store_get_files (self->store));
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Reading runs in a worker: the first read loads GDAL. */
void
yt_window_import_file (YtWindow   *self,
                       const char *path)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (YT_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, on_import_read, NULL);
  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    YtWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        yt_window_import_file (self, path);
    }
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) lists = gtk_file_filter_new ();
  static const char * const patterns[] = { "*.csv", "*.geojson", "*.json", "*.kml", "*.gpkg" };

  chooser = gtk_file_chooser_native_new (_("Import Sites"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (lists, _("Lists of sites (CSV, GeoJSON, KML, GeoPackage)"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (lists, patterns[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), lists);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);

  gtk_widget_set_visible (self->side_panel, TRUE);
  yt_side_panel_focus_search (YT_SIDE_PANEL (self->panel));
}

/* Enter on a site, or a double-click, asks for its profile: the selection is
 * already made, so the panel only has to be shown. */
static void
on_site_activated (YtWindow  *self,
                   guint      site,
                   YtMapView *view)
{
  gtk_widget_set_visible (self->side_panel, TRUE);
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
  gtk_widget_class_bind_template_child (widget_class, YtWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, map_pane);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, YtWindow, attribution_label);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

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
  self->map_view = yt_map_pane_get_map_view (YT_MAP_PANE (self->map_pane));

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
  return self->side_panel;
}
