/* yt-gdal-module.c: GDAL set up so that it can only read and write memory
 *
 * Only the drivers of four formats are registered (GeoPackage, GeoJSON,
 * KML, CSV; KML is written by the KML driver and read by LIBKML, which also
 * reads <ExtendedData>), so no other driver ever looks at a user's file.  Input and output are /vsimem/
 * images the engine hands over or takes back: GDAL opens no path of the
 * user's, lists no directory and finds no side-car file.  Every URL GDAL
 * would fetch through its HTTP layer (a GeoJSON "crs" link, for one) is
 * refused by our callback, and /vsicurl/ and the other network file systems
 * are closed by an allowed-extension list no file name can match.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include "yt-gdal-module.h"

/* Exported by libgdal with C linkage (ogrsf_frmts.h is C++ only). */
extern void RegisterOGRGeoPackage (void);
extern void RegisterOGRGeoJSON (void);
extern void RegisterOGRKML (void);
extern void RegisterOGRLIBKML (void);
extern void RegisterOGRCSV (void);

static gint network_refusals;

static CPLHTTPResult *
refuse_http (const char           *url,
             CSLConstList          options,
             GDALProgressFunc      progress,
             void                 *progress_data,
             CPLHTTPFetchWriteFunc write_func,
             void                 *write_data,
             void                 *user_data)
{
  CPLHTTPResult *result = CPLCalloc (1, sizeof (CPLHTTPResult));

  g_atomic_int_inc (&network_refusals);
  result->nStatus = 1;
  result->pszErrBuf = CPLStrdup ("network access is disabled");
  return result;
}

/* This thread's failures since yt_gdal_module_reset_errors(): GDAL's last
 * message is often a summary ("Failed to read GeoJSON data") of the one
 * that says what went wrong. */
static GPrivate failures = G_PRIVATE_INIT ((GDestroyNotify) g_ptr_array_unref);

static GPtrArray *
thread_failures (void)
{
  GPtrArray *list = g_private_get (&failures);

  if (list == NULL)
    g_private_set (&failures, list = g_ptr_array_new_with_free_func (g_free));
  return list;
}

/* Nothing is printed on a user's terminal: failures are kept for the
 * caller's error message. */
static void
quiet_errors (CPLErr      class,
              CPLErrorNum number,
              const char *message)
{
  GPtrArray *list = thread_failures ();

  if (class >= CE_Failure && message != NULL && list->len < 16)
    g_ptr_array_add (list, g_strdup (message));
}

void
yt_gdal_module_reset_errors (void)
{
  CPLErrorReset ();
  g_ptr_array_set_size (thread_failures (), 0);
}

static const char * const config_options[][2] = {
  /* No directory listing and no side-car files (.prj, .csvt, .aux.xml). */
  { "GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR" },
  { "GDAL_PAM_ENABLED", "NO" },
  /* /vsicurl/, /vsis3/, … only open names ending in this. */
  { "CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".yuntu-never-fetched" },
  { "GDAL_HTTP_TIMEOUT", "1" },
  { "GDAL_HTTP_MAX_RETRY", "0" },
  { "CPL_CURL_GZIP", "NO" },
  /* A GeoJSON feature larger than this is an error, not gigabytes of JSON
   * objects in memory. */
  { "OGR_GEOJSON_MAX_OBJ_SIZE", "64" },
  /* A GeoPackage in memory needs no journal nor fsync. */
  { "OGR_SQLITE_JOURNAL", "OFF" },
  { "OGR_SQLITE_SYNCHRONOUS", "OFF" },
  { "OGR_CT_FORCE_TRADITIONAL_GIS_ORDER", "YES" },
};

static gpointer
init_gdal (gpointer data)
{
  /* Registering creates the driver manager, which reads gdalrc files:
   * our options are set after it so that they win. */
  RegisterOGRGeoPackage ();
  RegisterOGRGeoJSON ();
  RegisterOGRKML ();
  RegisterOGRLIBKML ();
  RegisterOGRCSV ();
  for (guint i = 0; i < G_N_ELEMENTS (config_options); i++)
    CPLSetConfigOption (config_options[i][0], config_options[i][1]);
  CPLHTTPSetFetchCallback (refuse_http, NULL);
  OSRSetPROJEnableNetwork (FALSE);
  CPLSetErrorHandler (quiet_errors);
  return NULL;
}

void
yt_gdal_module_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_gdal, NULL);
}

/* A fresh /vsimem/ folder per call: calls may run on several threads. */
char *
yt_gdal_module_temp_dir (void)
{
  static gint counter;

  return g_strdup_printf ("/vsimem/yuntu-%d", g_atomic_int_add (&counter, 1));
}

void
yt_gdal_module_set_error (GError    **error,
                          YtGdalError code,
                          const char *fallback)
{
  GPtrArray *list = thread_failures ();
  const char *message = list->len > 0 ? list->pdata[0] : CPLGetLastErrorMsg ();

  for (guint i = 0; i < list->len; i++)
    if (strstr (list->pdata[i], "OGR_GEOJSON_MAX_OBJ_SIZE") != NULL)
      code = YT_GDAL_ERROR_FEATURE_TOO_LARGE;
  g_set_error_literal (error, YT_GDAL_ERROR, code,
                       message != NULL && *message != '\0' ? message : fallback);
}

static const char *
gdal_version (void)
{
  return GDALVersionInfo ("RELEASE_NAME");
}

static guint
get_network_refusals (void)
{
  return (guint) g_atomic_int_get (&network_refusals);
}

static const YtGdalBackend backend = {
  YT_GDAL_BACKEND_VERSION,
  gdal_version,
  yt_gdal_module_write,
  yt_gdal_module_read,
  get_network_refusals,
};

G_MODULE_EXPORT const YtGdalBackend *
yt_gdal_backend_get (guint version)
{
  if (version != YT_GDAL_BACKEND_VERSION)
    return NULL;
  yt_gdal_module_init ();
  return &backend;
}
