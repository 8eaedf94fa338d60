/* yt-io.h: data in and out of the atlas through GDAL: formats and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define YT_IO_ERROR (yt_io_error_quark ())

typedef enum {
  YT_IO_ERROR_UNAVAILABLE,    /* the GDAL module could not be loaded */
  YT_IO_ERROR_FORMAT,         /* a file name without a known extension */
  YT_IO_ERROR_READ,           /* missing or unreadable file */
  YT_IO_ERROR_TOO_LARGE,      /* file or row count over its limit */
  YT_IO_ERROR_FORBIDDEN,      /* DOCTYPE, entities, SQL views */
  YT_IO_ERROR_MALFORMED,      /* the file is not what its name says */
  YT_IO_ERROR_EMPTY,          /* no layer or no row to import */
  YT_IO_ERROR_INVALID,        /* rows with problems */
  YT_IO_ERROR_NOTHING_NEW,    /* every row is already in the atlas */
  YT_IO_ERROR_WRITE,          /* the output could not be made */
  YT_IO_ERROR_CANCELLED,
} YtIoError;

typedef enum {
  YT_DATA_FORMAT_GPKG,
  YT_DATA_FORMAT_GEOJSON,
  YT_DATA_FORMAT_KML,
  YT_DATA_FORMAT_CSV,
} YtDataFormat;

#define YT_N_DATA_FORMATS 4

/* Input limits: anything larger is refused with a clear error. */
#define YT_IO_MAX_FILE_SIZE  (64u * 1024 * 1024)
#define YT_IO_MAX_ROWS       100000
#define YT_IO_MAX_COLUMNS    1000

GQuark       yt_io_error_quark              (void);

/* From the file name's extension (.gpkg, .geojson or .json, .kml, .csv),
 * case-insensitively. */
gboolean     yt_data_format_from_path       (const char   *path,
                                             YtDataFormat *format);
gboolean     yt_data_format_from_import_path (const char   *path,
                                              YtDataFormat *format);
const char  *yt_data_format_to_extension    (YtDataFormat  format);
/* "GeoPackage", "GeoJSON", "KML", "CSV" */
const char  *yt_data_format_to_name         (YtDataFormat  format);

/* Loads GDAL if it is not loaded yet: the first import or export pays for
 * it, the program's start does not.  FALSE with YT_IO_ERROR_UNAVAILABLE when
 * the module is missing. */
gboolean     yt_io_ensure_gdal              (GError      **error);
/* GDAL's release ("3.6.2"), or NULL before yt_io_ensure_gdal(). */
const char  *yt_io_get_gdal_version         (void);
/* How many URLs GDAL asked for and was refused since it was loaded. */
guint        yt_io_get_network_refusals     (void);

G_END_DECLS
