/* yt-data-export-dialog.c: File → Export Data…: format, scope and language
 *
 * The export runs in a worker thread: the first one loads GDAL, which takes
 * a tenth of a second or more.  The file is replaced only once complete.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-data-export-dialog.h"
#include "yt-save-chooser.h"

struct _YtDataExportDialog
{
  GtkWindow     parent_instance;
  YtAtlas      *atlas;
  GArray       *filtered;
  GCancellable *cancellable;
  guint         pulse;

  GtkWidget    *format_dropdown;
  GtkWidget    *scope_dropdown;
  GtkWidget    *language_dropdown;
  GtkWidget    *contents_label;
  GtkWidget    *progress_bar;
};

G_DEFINE_FINAL_TYPE (YtDataExportDialog, yt_data_export_dialog, GTK_TYPE_WINDOW)

static const char * const contents[YT_N_DATA_FORMATS] = {
  N_("Sites as points, with the provinces and countries, the Belt and Road corridors and the facts as further layers: for QGIS and other GIS."),
  N_("Sites as points in longitude and latitude (WGS 84), for web maps and GIS."),
  N_("Sites as placemarks for Google Earth, each with every column in its data."),
  N_("One row per site with its position in lat and lon, as UTF-8 that Excel and LibreOffice open with Chinese intact."),
};

YtDataFormat
yt_data_export_dialog_get_format (YtDataExportDialog *self)
{
  g_return_val_if_fail (YT_IS_DATA_EXPORT_DIALOG (self), YT_DATA_FORMAT_GPKG);
  return MIN (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->format_dropdown)), YT_N_DATA_FORMATS - 1);
}

static void
update_contents (YtDataExportDialog *self)
{
  gtk_label_set_text (GTK_LABEL (self->contents_label), _(contents[yt_data_export_dialog_get_format (self)]));
}

static gboolean
pulse (gpointer data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (YT_DATA_EXPORT_DIALOG (data)->progress_bar));
  return G_SOURCE_CONTINUE;
}

static void
set_busy (YtDataExportDialog *self,
          gboolean            busy)
{
  gtk_widget_set_visible (self->progress_bar, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export", !busy);
  gtk_widget_set_sensitive (self->format_dropdown, !busy);
  gtk_widget_set_sensitive (self->scope_dropdown, !busy);
  gtk_widget_set_sensitive (self->language_dropdown, !busy);
  if (busy && self->pulse == 0)
    self->pulse = g_timeout_add (100, pulse, self);
  else if (!busy)
    g_clear_handle_id (&self->pulse, g_source_remove);
}

typedef struct {
  YtDataExport *export;
  YtDataFormat  format;
  char         *path;
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->export);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (yt_data_export_write (job->export, job->path, job->format, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *message = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                               GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                               _("The data was not exported"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
  g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (message));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  YtDataExportDialog *self = YT_DATA_EXPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  g_clear_object (&self->cancellable);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    gtk_window_destroy (GTK_WINDOW (self));
  else if (!g_error_matches (error, YT_IO_ERROR, YT_IO_ERROR_CANCELLED))
    show_error (GTK_WINDOW (self), error);
}

gboolean
yt_data_export_dialog_export_to (YtDataExportDialog *self,
                                 const char         *path)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_val_if_fail (YT_IS_DATA_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->cancellable != NULL)
    return FALSE;
  job = g_new0 (Job, 1);
  job->export = yt_data_export_new (self->atlas);
  job->format = yt_data_export_dialog_get_format (self);
  job->path = g_strdup (path);
  yt_data_export_set_language (job->export, gtk_drop_down_get_selected (GTK_DROP_DOWN (self->language_dropdown)) == 1
                                            ? YT_LANG_ZH : YT_LANG_EN);
  /* The worker owns its copy of the filter: the window may refilter meanwhile. */
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scope_dropdown)) == 1)
    yt_data_export_set_sites (job->export, (const guint *) (gconstpointer) self->filtered->data, self->filtered->len);

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, export_thread);
  return TRUE;
}

/* The format is the dialog's; the name gets its extension. */
static void
save_to (gpointer    owner,
         const char *path)
{
  YtDataExportDialog *self = YT_DATA_EXPORT_DIALOG (owner);
  YtDataFormat format = yt_data_export_dialog_get_format (self), named;
  g_autofree char *with_extension = NULL;

  if (!yt_data_format_from_path (path, &named) || named != format)
    path = with_extension = g_strconcat (path, ".", yt_data_format_to_extension (format), NULL);
  yt_data_export_dialog_export_to (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtDataFormat format = yt_data_export_dialog_get_format (YT_DATA_EXPORT_DIALOG (widget));
  g_autofree char *pattern = g_strconcat ("*.", yt_data_format_to_extension (format), NULL);
  /* Translators: the default file name of an export; keep the extension placeholder */
  g_autofree char *name = g_strdup_printf (_("yuntu-sites.%s"), yt_data_format_to_extension (format));

  yt_save_chooser_show (GTK_WINDOW (widget), _("Export Data"), _("_Export"), yt_data_format_to_name (format),
                        NULL, pattern, name, save_to, widget);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtDataExportDialog *self = YT_DATA_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
yt_data_export_dialog_dispose (GObject *object)
{
  YtDataExportDialog *self = YT_DATA_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_DATA_EXPORT_DIALOG);
  g_clear_object (&self->atlas);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->filtered, g_array_unref);

  G_OBJECT_CLASS (yt_data_export_dialog_parent_class)->dispose (object);
}

static void
yt_data_export_dialog_class_init (YtDataExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_data_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-data-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtDataExportDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtDataExportDialog, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtDataExportDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtDataExportDialog, contents_label);
  gtk_widget_class_bind_template_child (widget_class, YtDataExportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
yt_data_export_dialog_init (YtDataExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filtered = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->language_dropdown),
                              yt_lang_from_locale () == YT_LANG_ZH ? 1 : 0);
  g_signal_connect_object (self->format_dropdown, "notify::selected",
                           G_CALLBACK (update_contents), self, G_CONNECT_SWAPPED);
  update_contents (self);
}

YtDataExportDialog *
yt_data_export_dialog_new (GtkWindow   *parent,
                           YtAtlas     *atlas,
                           const guint *filtered_sites,
                           guint        n_filtered_sites,
                           gboolean     filter_active)
{
  YtDataExportDialog *self;
  g_autoptr(GtkStringList) scopes = gtk_string_list_new (NULL);
  g_autofree char *everything = NULL;
  g_autofree char *filtered = NULL;
  guint n_sites;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  self = g_object_new (YT_TYPE_DATA_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->atlas = g_object_ref (atlas);
  if (filtered_sites != NULL)
    g_array_append_vals (self->filtered, filtered_sites, n_filtered_sites);
  n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  everything = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Everything (%u site)", "Everything (%u sites)", n_sites),
                                n_sites);
  filtered = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The current filter (%u site)",
                                           "The current filter (%u sites)", self->filtered->len),
                              self->filtered->len);
  gtk_string_list_append (scopes, everything);
  gtk_string_list_append (scopes, filtered);
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->scope_dropdown), G_LIST_MODEL (scopes));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->scope_dropdown), filter_active ? 1 : 0);
  return self;
}
