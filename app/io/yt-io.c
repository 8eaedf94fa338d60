/* yt-io.c: formats, the YT_IO_ERROR domain, and loading the GDAL module
 *
 * The module is looked for in $YUNTU_MODULE_DIR (the build tree's tests and
 * `meson devenv` set it), then where `meson install` puts it, then in the
 * build tree the program was built in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gmodule.h>
#include <glib/gi18n-lib.h>

#include "yt-io-private.h"

#define MODULE_NAME "yuntu-gdal.so"

G_DEFINE_QUARK (yt-io-error-quark, yt_io_error)

static const struct {
  const char *extension;
  const char *name;
} formats[YT_N_DATA_FORMATS] = {
  [YT_DATA_FORMAT_GPKG] = { "gpkg", "GeoPackage" },
  [YT_DATA_FORMAT_GEOJSON] = { "geojson", "GeoJSON" },
  [YT_DATA_FORMAT_KML] = { "kml", "KML" },
  [YT_DATA_FORMAT_CSV] = { "csv", "CSV" },
};

static GMutex backend_lock;
static const YtGdalBackend *backend;

gboolean
yt_data_format_from_path (const char   *path,
                          YtDataFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL || (dot = strrchr (path, '.')) == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  for (guint i = 0; i < YT_N_DATA_FORMATS; i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i].extension) == 0)
      return (*format = i, TRUE);
  if (g_ascii_strcasecmp (dot + 1, "json") == 0)
    return (*format = YT_DATA_FORMAT_GEOJSON, TRUE);
  return FALSE;
}

/**
 * yt_data_format_from_import_path:
 *
 * As yt_data_format_from_path(), and a KMZ file (zipped KML) is KML.
 */
gboolean
yt_data_format_from_import_path (const char   *path,
                                 YtDataFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path != NULL && (dot = strrchr (path, '.')) != NULL && g_ascii_strcasecmp (dot + 1, "kmz") == 0)
    return (*format = YT_DATA_FORMAT_KML, TRUE);
  return yt_data_format_from_path (path, format);
}

const char *
yt_data_format_to_extension (YtDataFormat format)
{
  g_return_val_if_fail (format < YT_N_DATA_FORMATS, NULL);
  return formats[format].extension;
}

const char *
yt_data_format_to_name (YtDataFormat format)
{
  g_return_val_if_fail (format < YT_N_DATA_FORMATS, NULL);
  return formats[format].name;
}

static const YtGdalBackend *
open_module (const char *dir)
{
  g_autofree char *path = NULL;
  YtGdalBackendGetFunc get = NULL;
  GModule *module;

  if (dir == NULL || *dir == '\0')
    return NULL;
  path = g_build_filename (dir, MODULE_NAME, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  /* Local binding: GDAL's symbols stay out of the program's namespace. */
  module = g_module_open (path, G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      g_warning ("%s", g_module_error ());
      return NULL;
    }
  if (!g_module_symbol (module, YT_GDAL_BACKEND_SYMBOL, (gpointer *) &get) || get == NULL)
    {
      g_module_close (module);
      return NULL;
    }
  g_module_make_resident (module);
  return get (YT_GDAL_BACKEND_VERSION);
}

const YtGdalBackend *
yt_io_get_backend (GError **error)
{
  const YtGdalBackend *found;

  g_mutex_lock (&backend_lock);
  if (backend == NULL)
    backend = open_module (g_getenv ("YUNTU_MODULE_DIR"));
  if (backend == NULL)
    backend = open_module (YUNTU_MODULEDIR);
  if (backend == NULL)
    backend = open_module (BUILD_MODULEDIR);
  found = backend;
  g_mutex_unlock (&backend_lock);

  if (found == NULL)
    g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_UNAVAILABLE,
                 _("Data import and export are not available: the GDAL module (%s) is not installed."),
                 MODULE_NAME);
  return found;
}

void
yt_io_set_backend (const YtGdalBackend *builtin)
{
  g_mutex_lock (&backend_lock);
  backend = builtin;
  g_mutex_unlock (&backend_lock);
}

gboolean
yt_io_ensure_gdal (GError **error)
{
  return yt_io_get_backend (error) != NULL;
}

const char *
yt_io_get_gdal_version (void)
{
  const YtGdalBackend *loaded;

  g_mutex_lock (&backend_lock);
  loaded = backend;
  g_mutex_unlock (&backend_lock);
  return loaded != NULL ? loaded->gdal_version () : NULL;
}

guint
yt_io_get_network_refusals (void)
{
  const YtGdalBackend *loaded;

  g_mutex_lock (&backend_lock);
  loaded = backend;
  g_mutex_unlock (&backend_lock);
  return loaded != NULL ? loaded->network_refusals () : 0;
}

gboolean
yt_io_is_formula_start (const char *value)
{
  return value != NULL && value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
}
