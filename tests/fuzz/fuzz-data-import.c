/* fuzz-data-import.c: libFuzzer target for the importer (GDAL and what follows)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run with tests/fuzz/run-fuzz.sh SECONDS data-import.  The GDAL
 * module is linked in instead of loaded.  The first byte of an input picks
 * the format (its value modulo 4: GeoPackage, GeoJSON, KML, CSV), the rest
 * is the file; its rows are imported against the bundled atlas with the bad
 * rows skipped, so that good rows go on to the XML writer and the loader.
 */
#include "config.h"

#include <stdint.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-data-import.h"
#include "yt-io-private.h"
#include "gdal/yt-gdal-module.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static YtAtlas *
reference (void)
{
  static YtAtlas *atlas;

  if (atlas == NULL)
    {
      g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();

      yt_atlas_loader_add_bundled (loader);
      atlas = yt_atlas_loader_finish (loader, NULL, NULL);
      g_assert (atlas != NULL);
      yt_io_set_backend (yt_gdal_backend_get (YT_GDAL_BACKEND_VERSION));
    }
  return atlas;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const names[] = { "fuzz.gpkg", "fuzz.geojson", "fuzz.kml", "fuzz.csv" };
  YtAtlas *atlas = reference ();
  g_autoptr (YtDataImport) import = yt_data_import_new ();
  g_autoptr (GBytes) bytes = NULL;
  YtImportMapping *mapping;
  GPtrArray *problems;
  guint format;

  if (size < 1)
    return 0;
  format = data[0] % YT_N_DATA_FORMATS;
  bytes = g_bytes_new (data + 1, size - 1);
  if (!yt_data_import_read_bytes (import, bytes, names[format], format, NULL))
    return 0;
  mapping = yt_data_import_get_mapping (import);
  yt_import_mapping_set_skip_bad_rows (mapping, TRUE);
  yt_import_mapping_set_default (mapping, YT_IMPORT_FIELD_KIND, "data-centre");
  yt_import_mapping_set_default (mapping, YT_IMPORT_FIELD_REGION, "CN-GZ");
  yt_data_import_set_reference (import, atlas, NULL);
  yt_data_import_convert (import, NULL, NULL);
  problems = yt_data_import_get_problems (import);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_free (yt_import_problem_to_string (problems->pdata[i]));
  /* Whatever was made has been loaded on top of the atlas already. */
  g_assert (yt_data_import_get_xml (import) == NULL || yt_data_import_get_n_new (import) > 0);
  return 0;
}
