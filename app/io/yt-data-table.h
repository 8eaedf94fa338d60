/* yt-data-table.h: a table of strings on its way to the GDAL module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-gdal-backend.h"

G_BEGIN_DECLS

typedef struct {
  const char *name;
  guint8      type;          /* YtGdalFieldType */
} YtDataColumn;

typedef struct _YtDataTable YtDataTable;

YtDataTable *yt_data_table_new        (const char          *name,
                                       const char          *description,
                                       YtGdalGeometry       geometry,
                                       const YtDataColumn  *columns,
                                       guint                n_columns);
void         yt_data_table_free       (YtDataTable         *table);
/* Starts a row: every field null, no geometry. */
void         yt_data_table_add_row    (YtDataTable         *table);
/* Sets a field of the current row; NULL or "" leaves it null. */
void         yt_data_table_set        (YtDataTable         *table,
                                       guint                column,
                                       const char          *value);
void         yt_data_table_take       (YtDataTable         *table,
                                       guint                column,
                                       char                *value);
void         yt_data_table_set_point  (YtDataTable         *table,
                                       double               lon,
                                       double               lat);
/* LINE tables: appends a vertex to the current row's line. */
void         yt_data_table_add_vertex (YtDataTable         *table,
                                       double               lon,
                                       double               lat);
guint        yt_data_table_get_n_rows (YtDataTable         *table);
/* For CSV: text cells a spreadsheet would run as formulas get a leading
 * apostrophe (yt_io_is_formula_start()); numbers keep their sign. */
void         yt_data_table_guard_formulas (YtDataTable    *table);
/* Points into the table: valid while it lives and does not change. */
void         yt_data_table_to_layer   (YtDataTable         *table,
                                       YtGdalOutLayer      *layer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtDataTable, yt_data_table_free)

G_END_DECLS
