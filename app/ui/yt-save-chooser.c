/* yt-save-chooser.c: the Save dialog the export and import dialogs share
 *
 * A native file chooser over the dialog, filtered to one kind of file and
 * proposing a name; the owner gets the path of an accepted choice and adds
 * its own extension rules.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-save-chooser.h"

typedef struct {
  YtSaveFunc func;
  gpointer   owner;
} SaveTarget;

static void
on_response (GtkNativeDialog *chooser,
             int              response,
             SaveTarget      *target)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        target->func (target->owner, path);
    }
  g_free (target);
  g_object_unref (chooser);
}

/**
 * yt_save_chooser_show:
 * @mime_type: (nullable): the filter's type, besides @pattern
 */
void
yt_save_chooser_show (GtkWindow  *parent,
                      const char *title,
                      const char *accept_label,
                      const char *filter_name,
                      const char *mime_type,
                      const char *pattern,
                      const char *current_name,
                      YtSaveFunc  func,
                      gpointer    owner)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  SaveTarget *target = g_new (SaveTarget, 1);

  g_return_if_fail (func != NULL);

  *target = (SaveTarget) { func, owner };
  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, accept_label, _("_Cancel"));
  gtk_file_filter_set_name (filter, filter_name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), current_name);
  g_signal_connect (chooser, "response", G_CALLBACK (on_response), target);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
