/* yt-import-dialog.c: File → Import…: which column is what, then an atlas file
 *
 * Every change of the mapping converts the rows again, in a worker, a
 * moment after the last change: the problems list and the counts always say
 * what Import… would write.  A conversion works on a snapshot of the
 * mapping, so the widgets stay free to change it meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "yt-import-dialog-private.h"
#include "yt-save-chooser.h"

#define SETTLE_MS 200

G_DEFINE_FINAL_TYPE (YtImportDialog, yt_import_dialog, GTK_TYPE_WINDOW)

enum { PROP_0, PROP_READY, N_PROPS };
enum { IMPORTED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void start_conversion (YtImportDialog *self);

static void
set_ready (YtImportDialog *self,
           gboolean        ready)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", ready);
  if (self->ready == ready)
    return;
  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
show_result (YtImportDialog *self,
             const GError   *error)
{
  GPtrArray *problems = yt_data_import_get_problems (self->import);
  guint n_new = yt_data_import_get_n_new (self->import);
  guint n_matched = yt_data_import_get_n_matched (self->import);
  guint n_bad = yt_data_import_get_n_skipped (self->import);
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);

  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u new site", "%u new sites", n_new), n_new);
  g_string_append (summary, " · ");
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u already in the atlas",
                                                "%u already in the atlas", n_matched), n_matched);
  g_string_append (summary, " · ");
  g_string_append_printf (summary, g_dngettext (GETTEXT_PACKAGE, "%u row with problems",
                                                "%u rows with problems", n_bad), n_bad);
  if (error != NULL)
    g_string_append_printf (summary, "\n%s", error->message);
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary->str);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_ptr_array_add (rows, yt_import_problem_to_string (problems->pdata[i]));
  g_ptr_array_add (rows, NULL);
  gtk_string_list_splice (self->problems, 0, g_list_model_get_n_items (G_LIST_MODEL (self->problems)),
                          (const char * const *) rows->pdata);
  gtk_widget_set_visible (self->problems_window, problems != NULL && problems->len > 0);
}

static void
convert_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  YtDataImport *import = task_data;
  GError *error = NULL;

  if (yt_data_import_convert (import, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_converted (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  YtImportDialog *self = YT_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  g_clear_object (&self->cancellable);
  if (g_error_matches (error, YT_IO_ERROR, YT_IO_ERROR_CANCELLED))
    return;
  if (self->again)
    {
      self->again = FALSE;
      start_conversion (self);
      return;
    }
  show_result (self, error);
  set_ready (self, ok);
}

static void
start_conversion (YtImportDialog *self)
{
  g_autoptr(YtImportMapping) snapshot = NULL;
  g_autoptr(GTask) task = NULL;

  if (self->cancellable != NULL)
    {
      self->again = TRUE;
      return;
    }
  snapshot = yt_import_mapping_copy (self->mapping);
  yt_data_import_set_mapping (self->import, snapshot);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, on_converted, NULL);
  g_task_set_task_data (task, g_object_ref (self->import), g_object_unref);
  g_task_run_in_thread (task, convert_thread);
}

static gboolean
settled (gpointer data)
{
  YtImportDialog *self = data;

  self->timeout = 0;
  start_conversion (self);
  return G_SOURCE_REMOVE;
}

static void
on_mapping_changed (YtImportDialog *self)
{
  yt_import_dialog_sync_widgets (self);
  set_ready (self, FALSE);
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout = g_timeout_add (SETTLE_MS, settled, self);
}

static void
on_skip_toggled (YtImportDialog *self)
{
  if (!self->syncing)
    yt_import_mapping_set_skip_bad_rows (self->mapping, gtk_check_button_get_active (GTK_CHECK_BUTTON (self->skip_check)));
}

static void
show_error (YtImportDialog *self,
            const GError   *error)
{
  GtkWidget *message = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                               GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s",
                                               _("The sites were not imported"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
  g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (message));
}

gboolean
yt_import_dialog_import_to (YtImportDialog *self,
                            const char     *path)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (YT_IS_IMPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!self->ready)
    return FALSE;
  if (!yt_data_import_write (self->import, path, &error))
    {
      show_error (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[IMPORTED], 0, path);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_to (gpointer    owner,
         const char *path)
{
  g_autofree char *with_extension = NULL;

  if (!g_str_has_suffix (path, ".xml"))
    path = with_extension = g_strconcat (path, ".xml", NULL);
  yt_import_dialog_import_to (YT_IMPORT_DIALOG (owner), path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtImportDialog *self = YT_IMPORT_DIALOG (widget);
  g_autofree char *stem = g_strdup (yt_data_import_get_name (self->import));
  g_autofree char *name = NULL;
  char *dot = strrchr (stem, '.');

  if (dot != NULL && dot != stem)
    *dot = '\0';
  name = g_strconcat (stem, ".xml", NULL);
  yt_save_chooser_show (GTK_WINDOW (widget), _("Save the Imported Sites"), _("_Save"), _("Yuntu data (XML)"),
                        NULL, "*.xml", name, save_to, widget);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

YtImportMapping *
yt_import_dialog_get_mapping (YtImportDialog *self)
{
  g_return_val_if_fail (YT_IS_IMPORT_DIALOG (self), NULL);
  return self->mapping;
}

gboolean
yt_import_dialog_get_ready (YtImportDialog *self)
{
  g_return_val_if_fail (YT_IS_IMPORT_DIALOG (self), FALSE);
  return self->ready;
}

guint
yt_import_dialog_get_n_problems (YtImportDialog *self)
{
  g_return_val_if_fail (YT_IS_IMPORT_DIALOG (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->problems));
}

static void
yt_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  if (prop_id == PROP_READY)
    g_value_set_boolean (value, YT_IMPORT_DIALOG (object)->ready);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_import_dialog_dispose (GObject *object)
{
  YtImportDialog *self = YT_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->timeout, g_source_remove);
  if (self->mapping != NULL)
    g_signal_handlers_disconnect_by_data (self->mapping, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->atlas);
  g_clear_object (&self->mapping);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->problems);
  g_clear_object (&self->labels);
  g_clear_pointer (&self->files, g_strfreev);

  G_OBJECT_CLASS (yt_import_dialog_parent_class)->dispose (object);
}

static void
yt_import_dialog_class_init (YtImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_import_dialog_dispose;
  object_class->get_property = yt_import_dialog_get_property;

  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, columns_grid);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, more_grid);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, defaults_grid);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, source_grid);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, problems_view);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, problems_window);
  gtk_widget_class_bind_template_child (widget_class, YtImportDialog, skip_check);

  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
yt_import_dialog_init (YtImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->problems = gtk_string_list_new (NULL);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->problems_view),
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->problems)))));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import", FALSE);
  g_signal_connect_object (self->skip_check, "toggled", G_CALLBACK (on_skip_toggled), self, G_CONNECT_SWAPPED);
}

YtImportDialog *
yt_import_dialog_new (GtkWindow          *parent,
                      YtDataImport       *import,
                      YtAtlas            *atlas,
                      const char * const *files)
{
  YtImportDialog *self;
  g_autofree char *heading = NULL;
  guint n_rows;

  g_return_val_if_fail (YT_IS_DATA_IMPORT (import), NULL);
  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  self = g_object_new (YT_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->import = g_object_ref (import);
  self->atlas = g_object_ref (atlas);
  self->files = g_strdupv ((char **) files);
  self->mapping = yt_import_mapping_copy (yt_data_import_get_mapping (import));
  yt_data_import_set_reference (import, atlas, files);

  n_rows = yt_data_import_get_n_rows (import);
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %s · %u row", "%s · %s · %u rows", n_rows),
                             yt_data_import_get_name (import),
                             yt_data_format_to_name (yt_data_import_get_format (import)), n_rows);
  gtk_label_set_text (GTK_LABEL (self->file_label), heading);

  yt_import_dialog_build_fields (self);
  yt_import_dialog_sync_widgets (self);
  g_signal_connect_swapped (self->mapping, "changed", G_CALLBACK (on_mapping_changed), self);
  start_conversion (self);
  return self;
}
