/* yt-import-dialog.h: File → Import…: which column is what, then an atlas file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_IMPORT_DIALOG (yt_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtImportDialog, yt_import_dialog, YT, IMPORT_DIALOG, GtkWindow)

/* @import has read its file; @atlas and @files are what the window shows
 * (the bundled set and the user's files), which the sites are matched
 * against.  "imported" (path) is emitted once the atlas file is written. */
YtImportDialog  *yt_import_dialog_new         (GtkWindow          *parent,
                                               YtDataImport       *import,
                                               YtAtlas            *atlas,
                                               const char * const *files);
/* The mapping the dialog shows; changing it updates the dialog. */
YtImportMapping *yt_import_dialog_get_mapping (YtImportDialog     *self);
/* TRUE once the rows as mapped convert without a problem left. */
gboolean         yt_import_dialog_get_ready   (YtImportDialog     *self);
guint            yt_import_dialog_get_n_problems (YtImportDialog  *self);
/* Writes the atlas file, emits "imported" and closes; FALSE when not ready
 * or the file could not be written (the dialog says why). */
gboolean         yt_import_dialog_import_to   (YtImportDialog     *self,
                                               const char         *path);

G_END_DECLS
