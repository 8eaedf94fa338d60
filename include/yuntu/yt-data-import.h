/* yt-data-import.h: a list of sites (CSV, GeoJSON, KML, GeoPackage) made into an atlas file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * read_file() reads the rows through GDAL and guesses a mapping;
 * convert() turns them into sites on top of a reference atlas (the bundled
 * set and the files open with it): companies and regions are matched by id
 * or by name, rows that are already in the atlas are recognised and left
 * out, and every problem is kept with its file, row or feature, and column.
 * The XML is made only when there is no problem (or the bad rows are to be
 * skipped), and only after the atlas loader has accepted it on top of the
 * reference; write() replaces the output file atomically.
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-import-mapping.h"
#include "yuntu/yt-io.h"

G_BEGIN_DECLS

typedef struct {
  char  *file;          /* the name shown: the input's base name */
  char  *layer;         /* NULL unless the file has several layers in use */
  guint  row;           /* CSV: the spreadsheet's row (the header is 1); else the feature, from 1; 0: the file */
  gboolean is_csv;
  char  *column;        /* NULL when no one column is at fault */
  char  *message;       /* a translated sentence */
} YtImportProblem;

#define YT_TYPE_IMPORT_PROBLEM (yt_import_problem_get_type ())
GType            yt_import_problem_get_type  (void) G_GNUC_CONST;
YtImportProblem *yt_import_problem_copy      (const YtImportProblem *problem);
void             yt_import_problem_free      (YtImportProblem       *problem);
/* "sites.csv: row 4, column “lat”: …" in the interface language. */
char            *yt_import_problem_to_string (const YtImportProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtImportProblem, yt_import_problem_free)

#define YT_TYPE_DATA_IMPORT (yt_data_import_get_type ())
G_DECLARE_FINAL_TYPE (YtDataImport, yt_data_import, YT, DATA_IMPORT, GObject)

YtDataImport    *yt_data_import_new            (void);
gboolean         yt_data_import_read_file      (YtDataImport   *self,
                                                const char     *path,
                                                GError        **error);
/* A file's content, named @name in messages. */
gboolean         yt_data_import_read_bytes     (YtDataImport   *self,
                                                GBytes         *bytes,
                                                const char     *name,
                                                YtDataFormat    format,
                                                GError        **error);
/* The file's name as messages show it. */
const char      *yt_data_import_get_name       (YtDataImport   *self);
YtDataFormat     yt_data_import_get_format     (YtDataImport   *self);
const char * const *yt_data_import_get_columns (YtDataImport   *self);
guint            yt_data_import_get_n_rows     (YtDataImport   *self);
/* A cell as read, NULL when empty; for previews. */
const char      *yt_data_import_get_value      (YtDataImport   *self,
                                                guint           row,
                                                guint           column);
gboolean         yt_data_import_has_points     (YtDataImport   *self);
YtImportMapping *yt_data_import_get_mapping    (YtDataImport   *self);
/* Replaces the mapping convert() follows; it must be of this file's columns. */
void             yt_data_import_set_mapping    (YtDataImport     *self,
                                                YtImportMapping  *mapping);

/* @files: the user's files loaded with the bundled set into @atlas, which
 * the output will be loaded with (NULL for none). */
void             yt_data_import_set_reference  (YtDataImport       *self,
                                                YtAtlas            *atlas,
                                                const char * const *files);
/* FALSE with YT_IO_ERROR_INVALID when rows have problems and they are not
 * to be skipped, YT_IO_ERROR_NOTHING_NEW when every row is in the atlas. */
gboolean         yt_data_import_convert        (YtDataImport   *self,
                                                GCancellable   *cancellable,
                                                GError        **error);
/* YtImportProblem, in row order; valid until the next convert(). */
GPtrArray       *yt_data_import_get_problems   (YtDataImport   *self);
guint            yt_data_import_get_n_new      (YtDataImport   *self);
guint            yt_data_import_get_n_matched  (YtDataImport   *self);
guint            yt_data_import_get_n_skipped  (YtDataImport   *self);
/* The atlas XML of the last successful convert(), else NULL; a NUL
 * follows its last byte. */
GBytes          *yt_data_import_get_xml        (YtDataImport   *self);
gboolean         yt_data_import_write          (YtDataImport   *self,
                                                const char     *path,
                                                GError        **error);

G_END_DECLS
