/* yt-gdal-read.c: a GeoPackage, GeoJSON, KML or CSV file image into tables of strings
 *
 * Values come out as GDAL prints them; positions as WGS 84 longitude and
 * latitude, whatever the layer's coordinate system.  Reading stops past the
 * caller's row limit, so a huge file costs a bounded amount of memory.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include "yt-gdal-module.h"

typedef struct {
  const char *driver;
  const char *extension;
  const char *open_options[4];
} ReadSpec;

static const ReadSpec formats[] = {
  /* Only the tables gpkg_contents lists. */
  [YT_GDAL_FORMAT_GPKG] = { "GPKG", "gpkg", { "LIST_ALL_TABLES=NO", NULL } },
  [YT_GDAL_FORMAT_GEOJSON] = { "GeoJSON", "geojson", { "ARRAY_AS_STRING=YES", "DATE_AS_STRING=YES", NULL } },
  /* LIBKML reads <ExtendedData>, which the KML driver skips. */
  [YT_GDAL_FORMAT_KML] = { "LIBKML", "kml", { NULL } },
  /* The first line names the columns; every value stays text. */
  [YT_GDAL_FORMAT_CSV] = { "CSV", "csv", { "HEADERS=YES", "AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=YES", NULL } },
};

typedef struct {
  OGRSpatialReferenceH          wgs84;
  OGRCoordinateTransformationH  transform;
  guint                         max_rows;
  guint                         n_rows;
  gboolean                      kml;
  GArray                       *fields;      /* int: GDAL's field index per column */
} Reader;

/* Fields LIBKML adds to every KML layer for the placemarks' display. */
static const char * const kml_display_fields[] = {
  "timestamp", "begin", "end", "altitudeMode", "tessellate", "extrude", "visibility", "drawOrder",
  "icon", "snippet", NULL
};

static void
read_geometry (Reader       *reader,
               OGRGeometryH  geometry,
               YtGdalRow    *row)
{
  OGRwkbGeometryType type;
  double x, y;

  if (geometry == NULL)
    return;
  if (OGR_G_IsEmpty (geometry))
    {
      row->geometry = YT_GDAL_ROW_EMPTY;
      return;
    }
  type = wkbFlatten (OGR_G_GetGeometryType (geometry));
  /* A multipoint of one point is what some tools write for a point. */
  if (type == wkbMultiPoint && OGR_G_GetGeometryCount (geometry) == 1)
    {
      geometry = OGR_G_GetGeometryRef (geometry, 0);
      type = wkbFlatten (OGR_G_GetGeometryType (geometry));
    }
  if (type != wkbPoint)
    {
      row->geometry = YT_GDAL_ROW_OTHER;
      row->shape = g_strdup (OGRGeometryTypeToName (type));
      return;
    }
  x = OGR_G_GetX (geometry, 0);
  y = OGR_G_GetY (geometry, 0);
  if (reader->transform != NULL && !OCTTransform (reader->transform, 1, &x, &y, NULL))
    x = y = NAN;
  row->geometry = YT_GDAL_ROW_POINT;
  row->lon = x;
  row->lat = y;
}

static void
read_feature (Reader        *reader,
              OGRFeatureH    feature,
              YtGdalInLayer *layer,
              GArray        *rows)
{
  YtGdalRow row = { 0 };

  row.number = rows->len + 1;
  row.values = g_new0 (char *, layer->n_columns + 1);
  for (guint c = 0; c < layer->n_columns; c++)
    {
      int field = g_array_index (reader->fields, int, c);

      if (OGR_F_IsFieldSetAndNotNull (feature, field))
        row.values[c] = g_strdup (OGR_F_GetFieldAsString (feature, field));
    }
  read_geometry (reader, OGR_F_GetGeometryRef (feature), &row);
  g_array_append_val (rows, row);
}

static gboolean
set_transform (Reader    *reader,
               OGRLayerH  layer,
               GError   **error)
{
  OGRSpatialReferenceH srs = OGR_L_GetSpatialRef (layer);

  g_clear_pointer (&reader->transform, OCTDestroyCoordinateTransformation);
  if (srs == NULL || OSRIsSame (srs, reader->wgs84))
    return TRUE;
  reader->transform = OCTNewCoordinateTransformation (srs, reader->wgs84);
  if (reader->transform == NULL)
    yt_gdal_module_set_error (error, YT_GDAL_ERROR_CRS, "unsupported coordinate system");
  return reader->transform != NULL;
}

static YtGdalInLayer *
read_layer (Reader    *reader,
            OGRLayerH  layer,
            GError   **error)
{
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn (layer);
  YtGdalInLayer *result = g_new0 (YtGdalInLayer, 1);
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (YtGdalRow));
  OGRFeatureH feature;
  gboolean ok = set_transform (reader, layer, error);

  result->name = g_strdup (OGR_L_GetName (layer));
  result->columns = g_new0 (char *, OGR_FD_GetFieldCount (definition) + 1);
  result->has_geometry = OGR_L_GetGeomType (layer) != wkbNone;
  g_array_set_size (reader->fields, 0);
  for (int f = 0; f < OGR_FD_GetFieldCount (definition); f++)
    {
      const char *name = OGR_Fld_GetNameRef (OGR_FD_GetFieldDefn (definition, f));

      if (reader->kml && g_strv_contains (kml_display_fields, name))
        continue;
      g_array_append_val (reader->fields, f);
      result->columns[result->n_columns++] = g_strdup (name);
    }

  OGR_L_ResetReading (layer);
  yt_gdal_module_reset_errors ();
  while (ok && (feature = OGR_L_GetNextFeature (layer)) != NULL)
    {
      if (++reader->n_rows > reader->max_rows)
        {
          g_set_error (error, YT_GDAL_ERROR, YT_GDAL_ERROR_TOO_MANY, "more than %u rows", reader->max_rows);
          ok = FALSE;
        }
      else
        read_feature (reader, feature, result, rows);
      OGR_F_Destroy (feature);
    }
  /* A feature GDAL could not parse ends the layer with an error. */
  if (ok && CPLGetLastErrorType () >= CE_Failure)
    ok = (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not read a feature"), FALSE);

  result->n_rows = rows->len;
  result->rows = (YtGdalRow *) (gpointer) g_array_free (rows, FALSE);
  if (!ok)
    g_clear_pointer (&result, yt_gdal_in_layer_free);
  return result;
}

static gboolean
has_views (GDALDatasetH dataset)
{
  OGRLayerH result = GDALDatasetExecuteSQL (dataset, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'view'",
                                            NULL, NULL);
  OGRFeatureH feature = result != NULL ? OGR_L_GetNextFeature (result) : NULL;
  gboolean views = feature != NULL && OGR_F_GetFieldAsInteger64 (feature, 0) > 0;

  if (feature != NULL)
    OGR_F_Destroy (feature);
  if (result != NULL)
    GDALDatasetReleaseResultSet (dataset, result);
  return views;
}

static GPtrArray *
read_dataset (GDALDatasetH  dataset,
              YtGdalFormat  format,
              guint         max_rows,
              GError      **error)
{
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func ((GDestroyNotify) yt_gdal_in_layer_free);
  Reader reader = { OSRNewSpatialReference (NULL), NULL, max_rows, 0, format == YT_GDAL_FORMAT_KML,
                    g_array_new (FALSE, FALSE, sizeof (int)) };
  gboolean ok = TRUE;

  OSRImportFromEPSG (reader.wgs84, 4326);
  OSRSetAxisMappingStrategy (reader.wgs84, OAMS_TRADITIONAL_GIS_ORDER);
  /* A view is a query SQLite runs on every read, and a query can be made
   * to run for ever. */
  if (format == YT_GDAL_FORMAT_GPKG && has_views (dataset))
    ok = (g_set_error_literal (error, YT_GDAL_ERROR, YT_GDAL_ERROR_VIEWS, "SQL views"), FALSE);
  for (int i = 0; ok && i < GDALDatasetGetLayerCount (dataset); i++)
    {
      YtGdalInLayer *layer = read_layer (&reader, GDALDatasetGetLayer (dataset, i), error);

      if (layer != NULL)
        g_ptr_array_add (layers, layer);
      ok = layer != NULL;
    }
  g_clear_pointer (&reader.transform, OCTDestroyCoordinateTransformation);
  OSRDestroySpatialReference (reader.wgs84);
  g_array_unref (reader.fields);
  return ok ? g_steal_pointer (&layers) : NULL;
}

GPtrArray *
yt_gdal_module_read (GBytes       *data,
                     YtGdalFormat  format,
                     guint         max_rows,
                     GError      **error)
{
  const ReadSpec *spec = &formats[format];
  const char *drivers[] = { spec->driver, NULL };
  g_autofree char *dir = yt_gdal_module_temp_dir ();
  g_autofree char *path = g_strdup_printf ("%s/in.%s", dir, spec->extension);
  gsize size = 0;
  const guint8 *bytes = g_bytes_get_data (data, &size);
  GDALDatasetH dataset;
  GPtrArray *layers = NULL;

  yt_gdal_module_reset_errors ();
  /* GDAL reads the caller's memory in place and never owns it. */
  VSIFCloseL (VSIFileFromMemBuffer (path, (GByte *) bytes, size, FALSE));
  dataset = GDALOpenEx (path, GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                        spec->open_options, NULL);
  if (dataset == NULL)
    yt_gdal_module_set_error (error, YT_GDAL_ERROR_UNRECOGNISED, "not recognised");
  else
    {
      layers = read_dataset (dataset, format, max_rows, error);
      GDALClose (dataset);
    }
  VSIRmdirRecursive (dir);
  return layers;
}
