/* yt-save-chooser.h: the Save dialog the export and import dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called with the chosen path, once, if the user accepts. */
typedef void (*YtSaveFunc) (gpointer    owner,
                            const char *path);

void yt_save_chooser_show (GtkWindow  *parent,
                           const char *title,
                           const char *accept_label,
                           const char *filter_name,
                           const char *mime_type,
                           const char *pattern,
                           const char *current_name,
                           YtSaveFunc  func,
                           gpointer    owner);

G_END_DECLS
