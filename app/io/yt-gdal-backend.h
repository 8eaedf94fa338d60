/* yt-gdal-backend.h: the narrow interface between the engine and the GDAL module
 *
 * GDAL and the hundred libraries it pulls in cost more than the rest of the
 * program's start-up, so they live in a module (yuntu-gdal) that is loaded the
 * first time data is imported or exported.  The module knows nothing of the
 * atlas: it writes tables of strings to a file image and reads a file image
 * into tables of strings.  Everything it allocates is GLib memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define YT_GDAL_BACKEND_VERSION 1
#define YT_GDAL_BACKEND_SYMBOL  "yt_gdal_backend_get"

/* The module's own error domain: codes only, messages are GDAL's (English)
 * and become part of a translated sentence in the engine. */
#define YT_GDAL_ERROR (g_quark_from_static_string ("yt-gdal-error-quark"))

typedef enum {
  YT_GDAL_ERROR_FAILED,       /* GDAL reported an error; message is GDAL's */
  YT_GDAL_ERROR_UNRECOGNISED, /* the driver does not recognise the data */
  YT_GDAL_ERROR_TOO_MANY,     /* more rows than asked for */
  YT_GDAL_ERROR_CRS,          /* coordinates that cannot be turned into WGS 84 */
  YT_GDAL_ERROR_VIEWS,        /* a GeoPackage with SQL views */
  YT_GDAL_ERROR_FEATURE_TOO_LARGE, /* one feature larger than GDAL will parse */
} YtGdalError;

typedef enum {
  YT_GDAL_FORMAT_GPKG,
  YT_GDAL_FORMAT_GEOJSON,
  YT_GDAL_FORMAT_KML,
  YT_GDAL_FORMAT_CSV,
} YtGdalFormat;

typedef enum {
  YT_GDAL_FIELD_STRING,
  YT_GDAL_FIELD_INTEGER,
  YT_GDAL_FIELD_REAL,
} YtGdalFieldType;

typedef enum {
  YT_GDAL_GEOMETRY_NONE,
  YT_GDAL_GEOMETRY_POINT,
  YT_GDAL_GEOMETRY_LINE,
} YtGdalGeometry;

/* A layer to write.  values holds n_rows × n_fields strings (numbers in the C
 * locale), NULL for a null field.  POINT layers: points holds lon, lat per
 * row, NaN for a row without a position.  LINE layers: line_starts holds
 * n_rows + 1 offsets into points (in vertices); fewer than two vertices write
 * no geometry. */
typedef struct {
  const char         *name;
  const char         *description;
  YtGdalGeometry      geometry;
  guint               n_fields;
  const char * const *field_names;
  const guint8       *field_types;
  guint               n_rows;
  const char * const *values;
  const double       *points;
  const guint        *line_starts;
} YtGdalOutLayer;

typedef enum {
  YT_GDAL_ROW_NO_GEOMETRY,
  YT_GDAL_ROW_POINT,          /* lon, lat in WGS 84 */
  YT_GDAL_ROW_EMPTY,          /* a geometry without coordinates */
  YT_GDAL_ROW_OTHER,          /* a line, polygon, …: shape names it */
} YtGdalRowGeometry;

typedef struct {
  guint   number;             /* 1-based position in its layer */
  guint8  geometry;           /* YtGdalRowGeometry */
  double  lon, lat;
  char   *shape;              /* OTHER: GDAL's name of the geometry type */
  char  **values;             /* n_columns entries, NULL for null */
} YtGdalRow;

typedef struct {
  char    *name;
  guint    n_columns;
  char   **columns;           /* NULL-terminated */
  guint    n_rows;
  YtGdalRow *rows;
  gboolean has_geometry;      /* the layer declares a geometry column */
} YtGdalInLayer;

typedef struct {
  guint        version;
  const char *(*gdal_version) (void);
  /* Writes every layer into one file image of @format. */
  GBytes     *(*write)        (YtGdalFormat           format,
                               const YtGdalOutLayer  *layers,
                               guint                  n_layers,
                               GError               **error);
  /* Reads every layer of a file image; stops with YT_GDAL_ERROR_TOO_MANY
   * past @max_rows rows in all.  Returns a GPtrArray of YtGdalInLayer
   * (free function set). */
  GPtrArray  *(*read)         (GBytes                *data,
                               YtGdalFormat           format,
                               guint                  max_rows,
                               GError               **error);
  /* How many times GDAL asked for a URL and was refused, since loading. */
  guint       (*network_refusals) (void);
} YtGdalBackend;

typedef const YtGdalBackend *(*YtGdalBackendGetFunc) (guint version);

static inline void
yt_gdal_in_layer_free (YtGdalInLayer *layer)
{
  for (guint i = 0; i < layer->n_rows; i++)
    {
      g_free (layer->rows[i].shape);
      for (guint c = 0; c < layer->n_columns; c++)
        g_free (layer->rows[i].values[c]);
      g_free (layer->rows[i].values);
    }
  g_free (layer->rows);
  g_strfreev (layer->columns);
  g_free (layer->name);
  g_free (layer);
}

G_END_DECLS
