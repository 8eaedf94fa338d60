/* yt-import-dialog-private.h: the import dialog's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-import-dialog.h"

G_BEGIN_DECLS

struct _YtImportDialog
{
  GtkWindow        parent_instance;
  YtDataImport    *import;
  YtAtlas         *atlas;
  GStrv            files;
  YtImportMapping *mapping;         /* what the widgets show and change */
  GCancellable    *cancellable;     /* of the conversion running */
  guint            timeout;
  gboolean         again;           /* the mapping changed while converting */
  gboolean         ready;
  gboolean         syncing;         /* widgets follow the mapping: no feedback */
  GtkStringList   *problems;
  GtkSizeGroup    *labels;          /* the grids' label columns line up */

  GtkWidget       *dropdowns[YT_N_IMPORT_FIELDS];
  GtkWidget       *examples[YT_N_IMPORT_FIELDS];
  GtkWidget       *kind_dropdown;
  GtkWidget       *precision_dropdown;
  GtkWidget       *operator_entry;
  GtkWidget       *region_entry;
  GtkWidget       *source_entries[YT_N_IMPORT_SOURCE_FIELDS];
  GtkWidget       *grade_dropdown;

  GtkWidget       *file_label;
  GtkWidget       *columns_grid;
  GtkWidget       *more_grid;
  GtkWidget       *defaults_grid;
  GtkWidget       *source_grid;
  GtkWidget       *summary_label;
  GtkWidget       *problems_view;
  GtkWidget       *problems_window;
  GtkWidget       *skip_check;
};

/* yt-import-dialog-fields.c */
void yt_import_dialog_build_fields (YtImportDialog *self);
void yt_import_dialog_sync_widgets (YtImportDialog *self);

G_END_DECLS
