/* yt-import-mapping.h: which column of an imported file holds which field of a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fields carry the names of the exported columns (name, kind, operator, lat,
 * …), so a file Yuntu exported maps itself.  Other files are guessed from
 * their column names in English or Chinese (README lists what is
 * recognised); the import dialog and --map change any of it.  A field may
 * also have a value for rows that give none (kind, operator, region,
 * precision), and the mapping says what the file is (the source record the
 * imported sites cite).  "changed" is emitted after every change.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  YT_IMPORT_FIELD_ID,
  YT_IMPORT_FIELD_NAME,          /* either language: the script decides */
  YT_IMPORT_FIELD_NAME_EN,
  YT_IMPORT_FIELD_NAME_ZH,
  YT_IMPORT_FIELD_KIND,
  YT_IMPORT_FIELD_OPERATOR,
  YT_IMPORT_FIELD_INVESTORS,
  YT_IMPORT_FIELD_BUILDERS,
  YT_IMPORT_FIELD_FINANCIERS,
  YT_IMPORT_FIELD_PARTNERS,
  YT_IMPORT_FIELD_CUSTOMERS,
  YT_IMPORT_FIELD_MEMBERS,
  YT_IMPORT_FIELD_REGION,
  YT_IMPORT_FIELD_LAT,           /* unmapped lat and lon: the geometry's point */
  YT_IMPORT_FIELD_LON,
  YT_IMPORT_FIELD_PRECISION,
  YT_IMPORT_FIELD_CODE,
  YT_IMPORT_FIELD_PARENT,
  YT_IMPORT_FIELD_ANNOUNCED,
  YT_IMPORT_FIELD_OPENED,
  YT_IMPORT_FIELD_CLOSED,
  YT_N_IMPORT_FIELDS
} YtImportField;

typedef enum {
  YT_IMPORT_SOURCE_TITLE,
  YT_IMPORT_SOURCE_PUBLISHER,
  YT_IMPORT_SOURCE_URL,
  YT_IMPORT_SOURCE_DATE,
  YT_IMPORT_SOURCE_GRADE,
  YT_N_IMPORT_SOURCE_FIELDS
} YtImportSourceField;

#define YT_TYPE_IMPORT_MAPPING (yt_import_mapping_get_type ())
G_DECLARE_FINAL_TYPE (YtImportMapping, yt_import_mapping, YT, IMPORT_MAPPING, GObject)

/* "name", "operator", … and back. */
const char      *yt_import_field_to_string       (YtImportField    field);
gboolean         yt_import_field_from_string     (const char      *text,
                                                  YtImportField   *field);
/* "Name (either language)", "Operator", … in the interface language. */
const char      *yt_import_field_get_label       (YtImportField    field);
/* Whether set_default() applies to the field. */
gboolean         yt_import_field_has_default     (YtImportField    field);

/* @columns: the file's column names, NULL-terminated; the mapping guesses. */
YtImportMapping *yt_import_mapping_new           (const char * const *columns);
const char * const *yt_import_mapping_get_columns (YtImportMapping *self);
/* A snapshot, for a conversion on another thread while this one changes. */
YtImportMapping *yt_import_mapping_copy          (YtImportMapping *self);

/* NULL when the field is read from no column. */
const char      *yt_import_mapping_get_column    (YtImportMapping *self,
                                                  YtImportField    field);
/* FALSE when the file has no such column. */
gboolean         yt_import_mapping_set_column    (YtImportMapping *self,
                                                  YtImportField    field,
                                                  const char      *column);
const char      *yt_import_mapping_get_default   (YtImportMapping *self,
                                                  YtImportField    field);
void             yt_import_mapping_set_default   (YtImportMapping *self,
                                                  YtImportField    field,
                                                  const char      *value);
const char      *yt_import_mapping_get_source    (YtImportMapping *self,
                                                  YtImportSourceField field);
void             yt_import_mapping_set_source    (YtImportMapping *self,
                                                  YtImportSourceField field,
                                                  const char      *value);
gboolean         yt_import_mapping_get_skip_bad_rows (YtImportMapping *self);
void             yt_import_mapping_set_skip_bad_rows (YtImportMapping *self,
                                                  gboolean         skip);

/* The command line's --map FIELD=COLUMN and --default FIELD=VALUE (source
 * fields as source-title, source-publisher, source-url, source-date,
 * source-grade); FALSE with a G_OPTION_ERROR sentence. */
gboolean         yt_import_mapping_parse_map     (YtImportMapping *self,
                                                  const char      *setting,
                                                  GError         **error);
gboolean         yt_import_mapping_parse_default (YtImportMapping *self,
                                                  const char      *setting,
                                                  GError         **error);

G_END_DECLS
