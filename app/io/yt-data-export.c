/* yt-data-export.c: the atlas's sites (and more) as GeoPackage, GeoJSON, KML or CSV
 *
 * The tables are built here; the GDAL module turns them into a file image
 * in memory, and the image replaces the file in one rename.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-data-export.h"
#include "yt-export-tables.h"
#include "yt-io-private.h"

struct _YtDataExport
{
  GObject  parent_instance;
  YtAtlas *atlas;
  YtLang   language;
  int      as_of_year;
  GArray  *sites;        /* NULL: every site */
};

G_DEFINE_FINAL_TYPE (YtDataExport, yt_data_export, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ATLAS,
  PROP_LANGUAGE,
  PROP_AS_OF_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

YtDataExport *
yt_data_export_new (YtAtlas *atlas)
{
  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);
  return g_object_new (YT_TYPE_DATA_EXPORT, "atlas", atlas, NULL);
}

YtAtlas *
yt_data_export_get_atlas (YtDataExport *self)
{
  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), NULL);
  return self->atlas;
}

YtLang
yt_data_export_get_language (YtDataExport *self)
{
  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), YT_LANG_EN);
  return self->language;
}

void
yt_data_export_set_language (YtDataExport *self,
                             YtLang        language)
{
  g_return_if_fail (YT_IS_DATA_EXPORT (self));
  g_return_if_fail (language < YT_N_LANGS);

  if (self->language == language)
    return;
  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

int
yt_data_export_get_as_of_year (YtDataExport *self)
{
  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), 0);
  return self->as_of_year;
}

void
yt_data_export_set_as_of_year (YtDataExport *self,
                               int           year)
{
  g_return_if_fail (YT_IS_DATA_EXPORT (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->as_of_year == year)
    return;
  self->as_of_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF_YEAR]);
}

void
yt_data_export_set_sites (YtDataExport *self,
                          const guint  *sites,
                          guint         n_sites)
{
  g_return_if_fail (YT_IS_DATA_EXPORT (self));

  g_clear_pointer (&self->sites, g_array_unref);
  if (sites == NULL)
    return;
  self->sites = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_sites);
  for (guint i = 0; i < n_sites; i++)
    if (sites[i] < yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE))
      g_array_append_val (self->sites, sites[i]);
}

/* The chosen sites that the as-of year keeps, in index order. */
static GArray *
resolve_sites (YtDataExport *self)
{
  g_autoptr(YtAtlasQuery) query = yt_atlas_query_new ();
  g_autoptr(GArray) active = NULL;
  g_autofree gboolean *keep = NULL;
  GArray *result;
  guint n = yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);

  if (self->as_of_year != 0)
    yt_atlas_query_set_years (query, YT_YEARS_ACTIVE, self->as_of_year, self->as_of_year);
  active = yt_atlas_query_run (query, self->atlas);
  if (self->sites == NULL)
    return g_steal_pointer (&active);

  keep = g_new0 (gboolean, n);
  for (guint i = 0; i < active->len; i++)
    keep[g_array_index (active, guint, i)] = TRUE;
  result = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->sites->len; i++)
    if (keep[g_array_index (self->sites, guint, i)])
      g_array_append_val (result, g_array_index (self->sites, guint, i));
  return result;
}

guint
yt_data_export_get_n_sites (YtDataExport *self)
{
  g_autoptr(GArray) sites = NULL;

  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), 0);
  sites = resolve_sites (self);
  return sites->len;
}

GBytes *
yt_data_export_to_bytes (YtDataExport  *self,
                         YtDataFormat   format,
                         GError       **error)
{
  const YtGdalBackend *backend;
  g_autoptr(GArray) sites = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) yt_data_table_free);
  g_autofree YtGdalOutLayer *layers = NULL;
  g_autoptr(GError) local_error = NULL;
  YtExportScope scope;
  GBytes *bytes;

  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), NULL);
  g_return_val_if_fail (format < YT_N_DATA_FORMATS, NULL);

  if ((backend = yt_io_get_backend (error)) == NULL)
    return NULL;
  sites = resolve_sites (self);
  scope = (YtExportScope) { self->atlas, self->language, self->as_of_year, sites, self->sites == NULL };
  g_ptr_array_add (tables, yt_export_sites_table (&scope, format != YT_DATA_FORMAT_CSV));
  if (format == YT_DATA_FORMAT_CSV)
    yt_data_table_guard_formulas (g_ptr_array_index (tables, 0));
  if (format == YT_DATA_FORMAT_GPKG)
    {
      g_ptr_array_add (tables, yt_export_regions_table (&scope));
      g_ptr_array_add (tables, yt_export_corridors_table (&scope));
      g_ptr_array_add (tables, yt_export_facts_table (&scope));
    }
  layers = g_new0 (YtGdalOutLayer, tables->len);
  for (guint i = 0; i < tables->len; i++)
    yt_data_table_to_layer (g_ptr_array_index (tables, i), &layers[i]);

  bytes = backend->write (YT_GDAL_FORMAT_OF (format), layers, tables->len, &local_error);
  if (bytes == NULL)
    g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_WRITE, _("GDAL could not write the %s file: %s"),
                 yt_data_format_to_name (format), local_error->message);
  return bytes;
}

gboolean
yt_data_export_write (YtDataExport  *self,
                      const char    *path,
                      YtDataFormat   format,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (YT_IS_DATA_EXPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((bytes = yt_data_export_to_bytes (self, format, error)) == NULL)
    return FALSE;
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, YT_IO_ERROR, YT_IO_ERROR_CANCELLED, _("The export was cancelled."));
      return FALSE;
    }
  return yt_atomic_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

static void
yt_data_export_finalize (GObject *object)
{
  YtDataExport *self = YT_DATA_EXPORT (object);

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->sites, g_array_unref);
  G_OBJECT_CLASS (yt_data_export_parent_class)->finalize (object);
}

static void
yt_data_export_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  YtDataExport *self = YT_DATA_EXPORT (object);

  switch (prop_id)
    {
    case PROP_ATLAS: g_value_set_object (value, self->atlas); break;
    case PROP_LANGUAGE: g_value_set_enum (value, self->language); break;
    case PROP_AS_OF_YEAR: g_value_set_int (value, self->as_of_year); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_data_export_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  YtDataExport *self = YT_DATA_EXPORT (object);

  switch (prop_id)
    {
    case PROP_ATLAS: self->atlas = g_value_dup_object (value); break;
    case PROP_LANGUAGE: yt_data_export_set_language (self, g_value_get_enum (value)); break;
    case PROP_AS_OF_YEAR: yt_data_export_set_as_of_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_data_export_class_init (YtDataExportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = yt_data_export_finalize;
  object_class->get_property = yt_data_export_get_property;
  object_class->set_property = yt_data_export_set_property;

  properties[PROP_ATLAS] =
    g_param_spec_object ("atlas", NULL, NULL, YT_TYPE_ATLAS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, YT_TYPE_LANG, YT_LANG_EN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF_YEAR] =
    g_param_spec_int ("as-of-year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
yt_data_export_init (YtDataExport *self)
{
}
