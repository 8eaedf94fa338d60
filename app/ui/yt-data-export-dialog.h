/* yt-data-export-dialog.h: File → Export Data…: format, scope and language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_DATA_EXPORT_DIALOG (yt_data_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtDataExportDialog, yt_data_export_dialog, YT, DATA_EXPORT_DIALOG, GtkWindow)

/* @filtered_sites: the window's filter (as-of year included). */
YtDataExportDialog *yt_data_export_dialog_new       (GtkWindow          *parent,
                                                     YtAtlas            *atlas,
                                                     const guint        *filtered_sites,
                                                     guint               n_filtered_sites,
                                                     gboolean            filter_active);
/* Exports with the dialog's choices, in a worker; the dialog closes when
 * the file is written.  FALSE while an export runs. */
gboolean            yt_data_export_dialog_export_to (YtDataExportDialog *self,
                                                     const char         *path);
YtDataFormat        yt_data_export_dialog_get_format (YtDataExportDialog *self);

G_END_DECLS
