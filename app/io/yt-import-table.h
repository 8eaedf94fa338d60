/* yt-import-table.h: the rows of an imported file, as one table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-io.h"
#include "yt-gdal-backend.h"

G_BEGIN_DECLS

typedef struct {
  guint   layer;          /* index into YtImportTable.layers */
  guint   number;         /* the feature's position in its layer, from 1 */
  guint8  geometry;       /* YtGdalRowGeometry */
  double  lon, lat;
  char   *shape;
  char  **values;         /* one per table column, NULL when empty */
} YtImportRow;

typedef struct {
  YtDataFormat format;
  char        *display_name;  /* the file's base name */
  char        *stem;          /* the base name without extension */
  GStrv        columns;       /* every used layer's columns, first seen first */
  GStrv        layers;        /* names of the layers read */
  GArray      *rows;          /* YtImportRow */
  gboolean     has_points;
} YtImportTable;

YtImportTable *yt_import_table_read (const char     *path,
                                     GError        **error);
/* The same for a file's content; @display_name names it in messages. */
YtImportTable *yt_import_table_read_bytes (GBytes        *bytes,
                                           const char    *display_name,
                                           YtDataFormat   format,
                                           GError       **error);
void           yt_import_table_free (YtImportTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtImportTable, yt_import_table_free)

G_END_DECLS
