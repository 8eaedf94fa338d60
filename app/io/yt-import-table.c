/* yt-import-table.c: the rows of an imported file, as one table
 *
 * The file is read into memory here, within a size limit, and checked before
 * GDAL sees it: a GeoPackage must be SQLite, a KML may not declare a
 * DOCTYPE or entities, a CSV that is not UTF-8 is read as UTF-16 (with a
 * byte-order mark) or GB18030 (what Excel writes on Chinese Windows).  GDAL
 * then reads the image from memory, never the path.
 *
 * Which layers: one named "sites" when there is one (Yuntu's own exports),
 * otherwise every layer with rows (KML folders, GeoPackage tables).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "yt-import-table.h"
#include "yt-io-private.h"
#include "yt-kmz.h"

void
yt_import_table_free (YtImportTable *table)
{
  guint n_columns;

  if (table == NULL)
    return;
  /* Empty cells are NULL: the values are no NULL-terminated list. */
  n_columns = table->columns != NULL ? g_strv_length (table->columns) : 0;
  for (guint i = 0; table->rows != NULL && i < table->rows->len; i++)
    {
      YtImportRow *row = &g_array_index (table->rows, YtImportRow, i);

      g_free (row->shape);
      for (guint c = 0; c < n_columns && row->values != NULL; c++)
        g_free (row->values[c]);
      g_free (row->values);
    }
  g_clear_pointer (&table->rows, g_array_unref);
  g_strfreev (table->columns);
  g_strfreev (table->layers);
  g_free (table->display_name);
  g_free (table->stem);
  g_free (table);
}

static GBytes *
read_bounded (const char  *path,
              const char  *display,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GStatBuf st;
  char *contents = NULL;
  gsize length = 0;

  if (g_stat (path, &st) != 0)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_READ, _("Could not read “%s”: %s."),
                         display, g_strerror (errno)), NULL);
  if (!S_ISREG (st.st_mode))
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_READ, _("“%s” is not a file."), display), NULL);
  if ((guint64) st.st_size > YT_IO_MAX_FILE_SIZE)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
                         _("“%s” is larger than %u MB, the most Yuntu imports."),
                         display, YT_IO_MAX_FILE_SIZE / (1024 * 1024)), NULL);
  if (!g_file_get_contents (path, &contents, &length, &local_error))
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_READ, _("Could not read “%s”: %s."),
                         display, local_error->message), NULL);
  if (length == 0 || length > YT_IO_MAX_FILE_SIZE)
    {
      g_free (contents);
      return (g_set_error (error, YT_IO_ERROR, length == 0 ? YT_IO_ERROR_EMPTY : YT_IO_ERROR_TOO_LARGE,
                           length == 0 ? _("“%s” is empty.") : _("“%s” grew while it was read."),
                           display), NULL);
    }
  return g_bytes_new_take (contents, length);
}

static gboolean
contains_ascii_nocase (GBytes     *bytes,
                       const char *needle)
{
  gsize size, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + n <= size; i++)
    if (data[i] == needle[0] && g_ascii_strncasecmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static GBytes *
convert_text (GBytes     *bytes,
              const char *charset)
{
  gsize size, written = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  char *utf8 = g_convert (data, (gssize) size, "UTF-8", charset, NULL, &written, NULL);

  return utf8 != NULL ? g_bytes_new_take (utf8, written) : NULL;
}

static GBytes *
csv_as_utf8 (GBytes     *bytes,
             const char *display,
             GError    **error)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  GBytes *converted = NULL;

  if (size >= 2 && data[0] == 0xff && data[1] == 0xfe)
    converted = convert_text (bytes, "UTF-16");
  else if (size >= 2 && data[0] == 0xfe && data[1] == 0xff)
    converted = convert_text (bytes, "UTF-16");
  else if (g_utf8_validate ((const char *) data, (gssize) size, NULL))
    return g_bytes_ref (bytes);
  else
    converted = convert_text (bytes, "GB18030");
  if (converted == NULL)
    g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED,
                 _("“%s” is neither UTF-8 nor GB18030 text: save it as “CSV UTF-8”."), display);
  return converted;
}

/* A KMZ's document, like a KML file, declares no entities: they are how a
 * document reads other files or grows without bound. */
static GBytes *
check_kml (GBytes     *bytes,
           const char *display,
           GError    **error)
{
  g_autoptr(GBytes) kml = yt_kmz_is_zip (bytes) ? yt_kmz_extract (bytes, display, error) : g_bytes_ref (bytes);

  if (kml == NULL)
    return NULL;
  if (contains_ascii_nocase (kml, "<!DOCTYPE") || contains_ascii_nocase (kml, "<!ENTITY"))
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_FORBIDDEN,
                         _("“%s” declares a DOCTYPE or entities, which Yuntu refuses: a KML file needs neither."),
                         display), NULL);
  return g_steal_pointer (&kml);
}

/* What GDAL must never be given. */
static GBytes *
check_content (GBytes        *bytes,
               YtDataFormat   format,
               const char    *display,
               GError       **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  switch (format)
    {
    case YT_DATA_FORMAT_GPKG:
      if (size < 16 || memcmp (data, "SQLite format 3", 16) != 0)
        return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED,
                             _("“%s” is not a GeoPackage: it is not an SQLite database."), display), NULL);
      break;
    case YT_DATA_FORMAT_KML:
      return check_kml (bytes, display, error);
    case YT_DATA_FORMAT_CSV:
      return csv_as_utf8 (bytes, display, error);
    case YT_DATA_FORMAT_GEOJSON:
    default:
      break;
    }
  return g_bytes_ref (bytes);
}

static void
set_read_error (GError       **error,
                const GError  *gdal_error,
                YtDataFormat   format,
                const char    *display)
{
  switch (gdal_error->code)
    {
    case YT_GDAL_ERROR_TOO_MANY:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
                   _("“%s” has more than %u rows; Yuntu imports at most %u at a time."),
                   display, YT_IO_MAX_ROWS, YT_IO_MAX_ROWS);
      break;
    case YT_GDAL_ERROR_FEATURE_TOO_LARGE:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
                   _("“%s” holds a feature too large to read (a line or area with very many points): "
                     "Yuntu imports sites as points."), display);
      break;
    case YT_GDAL_ERROR_VIEWS:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_FORBIDDEN,
                   _("“%s” defines SQL views, which Yuntu does not run: export the layer as a table."), display);
      break;
    case YT_GDAL_ERROR_CRS:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED,
                   _("The coordinates in “%s” cannot be converted to longitude and latitude (WGS 84): %s"),
                   display, gdal_error->message);
      break;
    case YT_GDAL_ERROR_UNRECOGNISED:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED, _("“%s” is not a %s file GDAL can read: %s"),
                   display, yt_data_format_to_name (format), gdal_error->message);
      break;
    default:
      g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED, _("GDAL could not read “%s”: %s"),
                   display, gdal_error->message);
    }
}

static gboolean
layer_used (GPtrArray     *layers,
            YtGdalInLayer *layer)
{
  for (guint i = 0; i < layers->len; i++)
    if (g_str_equal (((YtGdalInLayer *) layers->pdata[i])->name, "sites"))
      return g_str_equal (layer->name, "sites");
  return layer->n_rows > 0;
}

static void
take_layer (YtImportTable *table,
            GPtrArray     *columns,
            GHashTable    *column_index,
            YtGdalInLayer *layer,
            guint          layer_index)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  /* Two columns of one layer with one name would share a cell. */
  for (guint c = 0; c < layer->n_columns; c++)
    {
      g_autofree char *base = g_strdup (layer->columns[c]);

      for (guint n = 2; g_hash_table_contains (seen, layer->columns[c]); n++)
        {
          g_free (layer->columns[c]);
          layer->columns[c] = g_strdup_printf ("%s (%u)", base, n);
        }
      g_hash_table_add (seen, layer->columns[c]);
    }
  for (guint c = 0; c < layer->n_columns; c++)
    if (!g_hash_table_contains (column_index, layer->columns[c]))
      {
        g_ptr_array_add (columns, g_strdup (layer->columns[c]));
        g_hash_table_insert (column_index, columns->pdata[columns->len - 1], GUINT_TO_POINTER (columns->len - 1));
      }
  for (guint r = 0; r < layer->n_rows; r++)
    {
      YtGdalRow *in = &layer->rows[r];
      YtImportRow row = { layer_index, in->number, in->geometry, in->lon, in->lat,
                          g_steal_pointer (&in->shape), NULL };

      /* In the layer's order until align_rows(): the table's columns are
       * known only once every layer is in. */
      row.values = g_new0 (char *, layer->n_columns + 1);
      for (guint c = 0; c < layer->n_columns; c++)
        {
          char *value = row.values[c] = g_steal_pointer (&in->values[c]);

          /* What Yuntu's own CSV export guarded comes back as it was. */
          if (table->format == YT_DATA_FORMAT_CSV && value != NULL && value[0] == '\'' &&
              yt_io_is_formula_start (value + 1))
            memmove (value, value + 1, strlen (value));
        }
      table->has_points |= row.geometry == YT_GDAL_ROW_POINT;
      g_array_append_val (table->rows, row);
    }
}

/* Each row's values in table order: rows read from a layer were stored in
 * that layer's order. */
static void
align_rows (YtImportTable *table,
            GPtrArray     *layers,
            GHashTable    *column_index)
{
  guint n_columns = g_strv_length (table->columns);

  for (guint i = 0; i < table->rows->len; i++)
    {
      YtImportRow *row = &g_array_index (table->rows, YtImportRow, i);
      YtGdalInLayer *layer = layers->pdata[row->layer];
      char **values = g_new0 (char *, n_columns + 1);

      for (guint c = 0; c < layer->n_columns; c++)
        values[GPOINTER_TO_UINT (g_hash_table_lookup (column_index, layer->columns[c]))] = row->values[c];
      g_free (row->values);
      row->values = values;
    }
}

static void
unify (YtImportTable *table,
       GPtrArray     *all)
{
  g_autoptr(GPtrArray) used = g_ptr_array_new ();
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GHashTable) column_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < all->len; i++)
    if (layer_used (all, all->pdata[i]))
      {
        take_layer (table, columns, column_index, all->pdata[i], used->len);
        g_ptr_array_add (used, all->pdata[i]);
        g_ptr_array_add (names, g_strdup (((YtGdalInLayer *) all->pdata[i])->name));
      }
  g_ptr_array_add (columns, NULL);
  g_ptr_array_add (names, NULL);
  table->columns = (GStrv) g_ptr_array_steal (columns, NULL);
  table->layers = (GStrv) g_ptr_array_steal (names, NULL);
  align_rows (table, used, column_index);
}

static YtImportTable *
table_new (const char *display_name)
{
  YtImportTable *table = g_new0 (YtImportTable, 1);
  const char *dot;

  table->display_name = g_strdup (display_name);
  table->stem = g_strdup (display_name);
  if ((dot = strrchr (table->stem, '.')) != NULL && dot != table->stem)
    table->stem[dot - table->stem] = '\0';
  table->rows = g_array_new (FALSE, TRUE, sizeof (YtImportRow));
  return table;
}

YtImportTable *
yt_import_table_read_bytes (GBytes        *bytes,
                            const char    *display_name,
                            YtDataFormat   format,
                            GError       **error)
{
  g_autoptr(YtImportTable) table = table_new (display_name);
  g_autoptr(GBytes) checked = NULL;
  g_autoptr(GPtrArray) layers = NULL;
  g_autoptr(GError) gdal_error = NULL;
  const YtGdalBackend *backend;

  table->format = format;
  if (g_bytes_get_size (bytes) == 0)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_EMPTY, _("“%s” is empty."), display_name), NULL);
  if ((checked = check_content (bytes, format, display_name, error)) == NULL ||
      (backend = yt_io_get_backend (error)) == NULL)
    return NULL;
  layers = backend->read (checked, YT_GDAL_FORMAT_OF (format), YT_IO_MAX_ROWS, &gdal_error);
  if (layers == NULL)
    return (set_read_error (error, gdal_error, format, display_name), NULL);
  unify (table, layers);
  if (g_strv_length (table->columns) > YT_IO_MAX_COLUMNS)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
                         _("“%s” has more than %u columns; Yuntu imports at most %u."),
                         display_name, YT_IO_MAX_COLUMNS, YT_IO_MAX_COLUMNS), NULL);
  if (table->rows->len == 0)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_EMPTY, _("“%s” has no rows to import."),
                         display_name), NULL);
  return g_steal_pointer (&table);
}

YtImportTable *
yt_import_table_read (const char  *path,
                      GError     **error)
{
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GBytes) raw = NULL;
  YtDataFormat format;

  if (!yt_data_format_from_import_path (path, &format))
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_FORMAT,
                         _("Cannot tell the format of “%s”: name it .csv, .geojson, .kml, .kmz or .gpkg."),
                         display), NULL);
  if ((raw = read_bounded (path, display, error)) == NULL)
    return NULL;
  return yt_import_table_read_bytes (raw, display, format, error);
}
