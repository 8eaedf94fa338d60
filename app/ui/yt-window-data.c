/* yt-window-data.c: lists of sites in and out of the window: Export Data… and Import…
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-data-export-dialog.h"
#include "yt-import-dialog.h"
#include "yt-window-private.h"

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
  static const char * const patterns[] = { "*.csv", "*.geojson", "*.json", "*.kml", "*.kmz", "*.gpkg" };

  chooser = gtk_file_chooser_native_new (_("Import Sites"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (lists, _("Lists of sites (CSV, GeoJSON, KML, KMZ, GeoPackage)"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (lists, patterns[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), lists);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}


void
yt_window_class_init_data (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-data", NULL, export_data_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
}
