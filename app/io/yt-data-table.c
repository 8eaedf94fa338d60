/* yt-data-table.c: a table of strings on its way to the GDAL module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-data-table.h"
#include "yt-io-private.h"

struct _YtDataTable
{
  char          *name;
  char          *description;
  YtGdalGeometry geometry;
  GPtrArray     *field_names;   /* const char * */
  GByteArray    *field_types;
  GPtrArray     *values;        /* char *, owned; n_rows × n_fields */
  GArray        *points;        /* double */
  GArray        *line_starts;   /* guint */
  guint          n_rows;
};

YtDataTable *
yt_data_table_new (const char         *name,
                   const char         *description,
                   YtGdalGeometry      geometry,
                   const YtDataColumn *columns,
                   guint               n_columns)
{
  YtDataTable *table = g_new0 (YtDataTable, 1);
  guint zero = 0;

  table->name = g_strdup (name);
  table->description = g_strdup (description);
  table->geometry = geometry;
  table->field_names = g_ptr_array_new ();
  table->field_types = g_byte_array_new ();
  for (guint i = 0; i < n_columns; i++)
    {
      g_ptr_array_add (table->field_names, (gpointer) columns[i].name);
      g_byte_array_append (table->field_types, &columns[i].type, 1);
    }
  table->values = g_ptr_array_new_with_free_func (g_free);
  table->points = g_array_new (FALSE, FALSE, sizeof (double));
  table->line_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (table->line_starts, zero);
  return table;
}

void
yt_data_table_free (YtDataTable *table)
{
  if (table == NULL)
    return;
  g_free (table->name);
  g_free (table->description);
  g_ptr_array_unref (table->field_names);
  g_byte_array_unref (table->field_types);
  g_ptr_array_unref (table->values);
  g_array_unref (table->points);
  g_array_unref (table->line_starts);
  g_free (table);
}

void
yt_data_table_add_row (YtDataTable *table)
{
  double none[2] = { NAN, NAN };

  g_ptr_array_set_size (table->values, (table->n_rows + 1) * table->field_names->len);
  if (table->geometry == YT_GDAL_GEOMETRY_POINT)
    g_array_append_vals (table->points, none, 2);
  else if (table->geometry == YT_GDAL_GEOMETRY_LINE)
    {
      /* Copied first: appending may move the array under its own element. */
      guint end = g_array_index (table->line_starts, guint, table->n_rows);

      g_array_append_val (table->line_starts, end);
    }
  table->n_rows++;
}

void
yt_data_table_take (YtDataTable *table,
                    guint        column,
                    char        *value)
{
  gpointer *slot;

  g_return_if_fail (table->n_rows > 0 && column < table->field_names->len);

  slot = &table->values->pdata[(table->n_rows - 1) * table->field_names->len + column];
  g_free (*slot);
  *slot = value != NULL && *value != '\0' ? value : (g_free (value), NULL);
}

void
yt_data_table_set (YtDataTable *table,
                   guint        column,
                   const char  *value)
{
  yt_data_table_take (table, column, g_strdup (value));
}

void
yt_data_table_set_point (YtDataTable *table,
                         double       lon,
                         double       lat)
{
  g_return_if_fail (table->n_rows > 0 && table->geometry == YT_GDAL_GEOMETRY_POINT);

  g_array_index (table->points, double, 2 * (table->n_rows - 1)) = lon;
  g_array_index (table->points, double, 2 * (table->n_rows - 1) + 1) = lat;
}

void
yt_data_table_add_vertex (YtDataTable *table,
                          double       lon,
                          double       lat)
{
  double p[2] = { lon, lat };

  g_return_if_fail (table->n_rows > 0 && table->geometry == YT_GDAL_GEOMETRY_LINE);

  g_array_append_vals (table->points, p, 2);
  g_array_index (table->line_starts, guint, table->n_rows)++;
}

guint
yt_data_table_get_n_rows (YtDataTable *table)
{
  return table->n_rows;
}

void
yt_data_table_to_layer (YtDataTable    *table,
                        YtGdalOutLayer *layer)
{
  *layer = (YtGdalOutLayer) {
    .name = table->name,
    .description = table->description,
    .geometry = table->geometry,
    .n_fields = table->field_names->len,
    .field_names = (const char * const *) table->field_names->pdata,
    .field_types = table->field_types->data,
    .n_rows = table->n_rows,
    .values = (const char * const *) table->values->pdata,
    .points = (const double *) (gpointer) table->points->data,
    .line_starts = (const guint *) (gpointer) table->line_starts->data,
  };
}

void
yt_data_table_guard_formulas (YtDataTable *table)
{
  guint n_fields = table->field_names->len;

  for (guint i = 0; i < table->values->len; i++)
    {
      char **value = (char **) &table->values->pdata[i];

      if (table->field_types->data[i % n_fields] == YT_GDAL_FIELD_STRING && yt_io_is_formula_start (*value))
        {
          char *guarded = g_strconcat ("'", *value, NULL);

          g_free (*value);
          *value = guarded;
        }
    }
}
