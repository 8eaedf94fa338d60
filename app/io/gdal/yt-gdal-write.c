/* yt-gdal-write.c: tables of strings into a GeoPackage, GeoJSON, KML or CSV file image
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
  const char *dataset_options[3];
  const char *layer_options[4];
} FormatSpec;

static const FormatSpec formats[] = {
  [YT_GDAL_FORMAT_GPKG] = { "GPKG", "gpkg", { NULL }, { NULL } },
  /* RFC 7946: WGS 84 longitude, latitude, as every web map expects. */
  [YT_GDAL_FORMAT_GEOJSON] = { "GeoJSON", "geojson", { NULL }, { "RFC7946=YES", NULL } },
  /* The placemark's title is the name in the export's language. */
  [YT_GDAL_FORMAT_KML] = { "KML", "kml", { "NameField=name", "DescriptionField=kind_name", NULL }, { NULL } },
  /* A byte-order mark and CRLF: Excel then reads UTF-8, LibreOffice does anyway. */
  [YT_GDAL_FORMAT_CSV] = { "CSV", "csv", { NULL }, { "WRITE_BOM=YES", "LINEFORMAT=CRLF", NULL } },
};

static const OGRFieldType field_types[] = {
  [YT_GDAL_FIELD_STRING] = OFTString,
  [YT_GDAL_FIELD_INTEGER] = OFTInteger64,
  [YT_GDAL_FIELD_REAL] = OFTReal,
};

static OGRGeometryH
row_geometry (const YtGdalOutLayer *layer,
              guint                 row)
{
  OGRGeometryH geometry = NULL;

  if (layer->geometry == YT_GDAL_GEOMETRY_POINT)
    {
      double lon = layer->points[2 * row], lat = layer->points[2 * row + 1];

      if (!isfinite (lon) || !isfinite (lat))
        return NULL;
      geometry = OGR_G_CreateGeometry (wkbPoint);
      OGR_G_SetPoint_2D (geometry, 0, lon, lat);
    }
  else if (layer->geometry == YT_GDAL_GEOMETRY_LINE)
    {
      guint first = layer->line_starts[row], end = layer->line_starts[row + 1];

      if (end < first + 2)
        return NULL;
      geometry = OGR_G_CreateGeometry (wkbLineString);
      for (guint v = first; v < end; v++)
        OGR_G_AddPoint_2D (geometry, layer->points[2 * v], layer->points[2 * v + 1]);
    }
  return geometry;
}

/* Fields are set by name: the KML driver adds Name and Description first. */
static gboolean
write_rows (OGRLayerH             layer,
            const YtGdalOutLayer *spec,
            GError              **error)
{
  OGRFeatureDefnH definition = OGR_L_GetLayerDefn (layer);
  g_autofree int *index = g_new (int, spec->n_fields);

  for (guint f = 0; f < spec->n_fields; f++)
    index[f] = OGR_FD_GetFieldIndex (definition, spec->field_names[f]);

  for (guint row = 0; row < spec->n_rows; row++)
    {
      OGRFeatureH feature = OGR_F_Create (definition);
      OGRGeometryH geometry = row_geometry (spec, row);
      OGRErr status;

      for (guint f = 0; f < spec->n_fields; f++)
        {
          const char *value = spec->values[(gsize) row * spec->n_fields + f];

          if (index[f] < 0)
            continue;
          if (value != NULL)
            OGR_F_SetFieldString (feature, index[f], value);
          else
            OGR_F_SetFieldNull (feature, index[f]);
        }
      if (geometry != NULL)
        OGR_F_SetGeometryDirectly (feature, geometry);
      status = OGR_L_CreateFeature (layer, feature);
      OGR_F_Destroy (feature);
      if (status != OGRERR_NONE)
        return (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not write a feature"), FALSE);
    }
  return TRUE;
}

static gboolean
write_layer (GDALDatasetH          dataset,
             const FormatSpec     *format,
             const YtGdalOutLayer *spec,
             OGRSpatialReferenceH  wgs84,
             GError              **error)
{
  OGRwkbGeometryType type = spec->geometry == YT_GDAL_GEOMETRY_POINT ? wkbPoint
                          : spec->geometry == YT_GDAL_GEOMETRY_LINE ? wkbLineString : wkbNone;
  char **options = CSLDuplicate ((char **) format->layer_options);
  OGRLayerH layer;

  if (g_str_equal (format->driver, "GPKG") && spec->description != NULL)
    options = CSLSetNameValue (options, "DESCRIPTION", spec->description);
  layer = GDALDatasetCreateLayer (dataset, spec->name, type != wkbNone ? wgs84 : NULL, type, options);
  CSLDestroy (options);
  if (layer == NULL)
    return (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not create a layer"), FALSE);

  for (guint f = 0; f < spec->n_fields; f++)
    {
      OGRFieldType field_type = field_types[spec->field_types[f]];
      OGRFieldDefnH field;

      /* KML keeps text: a real would be printed with 17 digits. */
      if (g_str_equal (format->driver, "KML"))
        field_type = OFTString;
      field = OGR_Fld_Create (spec->field_names[f], field_type);
      OGRErr status = OGR_L_CreateField (layer, field, TRUE);

      OGR_Fld_Destroy (field);
      if (status != OGRERR_NONE)
        return (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not create a field"), FALSE);
    }
  return write_rows (layer, spec, error);
}

static GBytes *
take_file (const char *path)
{
  vsi_l_offset length = 0;
  GByte *buffer = VSIGetMemFileBuffer (path, &length, TRUE);

  if (buffer == NULL)
    return NULL;
  return g_bytes_new_with_free_func (buffer, (gsize) length, VSIFree, buffer);
}

GBytes *
yt_gdal_module_write (YtGdalFormat           format,
                      const YtGdalOutLayer  *layers,
                      guint                  n_layers,
                      GError               **error)
{
  const FormatSpec *spec = &formats[format];
  g_autofree char *dir = yt_gdal_module_temp_dir ();
  g_autofree char *path = g_strdup_printf ("%s/out.%s", dir, spec->extension);
  GDALDriverH driver = GDALGetDriverByName (spec->driver);
  OGRSpatialReferenceH wgs84 = OSRNewSpatialReference (NULL);
  GDALDatasetH dataset;
  gboolean ok = TRUE, transaction;
  GBytes *bytes = NULL;

  yt_gdal_module_reset_errors ();
  /* The CSV driver writes a single file only into an existing folder. */
  VSIMkdir (dir, 0755);
  OSRImportFromEPSG (wgs84, 4326);
  OSRSetAxisMappingStrategy (wgs84, OAMS_TRADITIONAL_GIS_ORDER);
  dataset = driver != NULL ? GDALCreate (driver, path, 0, 0, 0, GDT_Unknown,
                                         (char **) spec->dataset_options) : NULL;
  if (dataset == NULL)
    {
      yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not create the file");
      OSRDestroySpatialReference (wgs84);
      return NULL;
    }
  /* One transaction: a GeoPackage otherwise commits every feature. */
  transaction = GDALDatasetStartTransaction (dataset, FALSE) == OGRERR_NONE;
  yt_gdal_module_reset_errors ();
  for (guint i = 0; i < n_layers && ok; i++)
    ok = write_layer (dataset, spec, &layers[i], wgs84, error);
  if (ok && transaction && GDALDatasetCommitTransaction (dataset) != OGRERR_NONE)
    ok = (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not finish the file"), FALSE);
  yt_gdal_module_reset_errors ();
  GDALClose (dataset);
  if (ok && CPLGetLastErrorType () >= CE_Failure)
    ok = (yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "could not finish the file"), FALSE);
  if (ok && (bytes = take_file (path)) == NULL)
    yt_gdal_module_set_error (error, YT_GDAL_ERROR_FAILED, "the file was not written");
  VSIRmdirRecursive (dir);
  OSRDestroySpatialReference (wgs84);
  return bytes;
}
