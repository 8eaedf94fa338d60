/* yt-data-import.c: a list of sites (CSV, GeoJSON, KML, GeoPackage) made into an atlas file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-data-import.h"
#include "yt-import-rows.h"
#include "yt-import-table.h"
#include "yt-import-writer.h"

struct _YtDataImport
{
  GObject          parent_instance;
  YtImportTable   *table;
  YtImportMapping *mapping;
  YtAtlas         *atlas;
  GStrv            files;
  YtImportMatcher *matcher;    /* of atlas, made on first use */
  GPtrArray       *problems;
  guint            n_new, n_matched, n_skipped;
  GBytes          *xml;
};

G_DEFINE_FINAL_TYPE (YtDataImport, yt_data_import, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (YtImportProblem, yt_import_problem, yt_import_problem_copy, yt_import_problem_free)

YtImportProblem *
yt_import_problem_copy (const YtImportProblem *problem)
{
  YtImportProblem *copy = g_new0 (YtImportProblem, 1);

  *copy = *problem;
  copy->file = g_strdup (problem->file);
  copy->layer = g_strdup (problem->layer);
  copy->column = g_strdup (problem->column);
  copy->message = g_strdup (problem->message);
  return copy;
}

void
yt_import_problem_free (YtImportProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->file);
  g_free (problem->layer);
  g_free (problem->column);
  g_free (problem->message);
  g_free (problem);
}

char *
yt_import_problem_to_string (const YtImportProblem *p)
{
  g_autofree char *where = NULL;

  g_return_val_if_fail (p != NULL, NULL);

  if (p->row == 0)
    return g_strdup_printf (_("%s: %s"), p->file, p->message);
  if (p->is_csv)
    where = p->column != NULL ? g_strdup_printf (_("row %u, column “%s”"), p->row, p->column)
                              : g_strdup_printf (_("row %u"), p->row);
  else if (p->layer != NULL)
    where = p->column != NULL ? g_strdup_printf (_("layer “%s”, feature %u, column “%s”"), p->layer, p->row, p->column)
                              : g_strdup_printf (_("layer “%s”, feature %u"), p->layer, p->row);
  else
    where = p->column != NULL ? g_strdup_printf (_("feature %u, column “%s”"), p->row, p->column)
                              : g_strdup_printf (_("feature %u"), p->row);
  /* Translators: file, where in it (row and column), what is wrong */
  return g_strdup_printf (_("%s: %s: %s"), p->file, where, p->message);
}

YtDataImport *
yt_data_import_new (void)
{
  return g_object_new (YT_TYPE_DATA_IMPORT, NULL);
}

static void
clear_result (YtDataImport *self)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->xml, g_bytes_unref);
  self->n_new = self->n_matched = self->n_skipped = 0;
}

static gboolean
take_table (YtDataImport  *self,
            YtImportTable *table)
{
  if (table == NULL)
    return FALSE;
  clear_result (self);
  g_clear_pointer (&self->table, yt_import_table_free);
  g_clear_object (&self->mapping);
  self->table = table;
  self->mapping = yt_import_mapping_new ((const char * const *) table->columns);
  return TRUE;
}

gboolean
yt_data_import_read_file (YtDataImport  *self,
                          const char    *path,
                          GError       **error)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return take_table (self, yt_import_table_read (path, error));
}

gboolean
yt_data_import_read_bytes (YtDataImport  *self,
                           GBytes        *bytes,
                           const char    *name,
                           YtDataFormat   format,
                           GError       **error)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), FALSE);
  g_return_val_if_fail (bytes != NULL && name != NULL, FALSE);

  if (g_bytes_get_size (bytes) > YT_IO_MAX_FILE_SIZE)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
                         _("“%s” is larger than %u MB, the most Yuntu imports."),
                         name, YT_IO_MAX_FILE_SIZE / (1024 * 1024)), FALSE);
  return take_table (self, yt_import_table_read_bytes (bytes, name, format, error));
}

const char *
yt_data_import_get_name (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self) && self->table != NULL, NULL);
  return self->table->display_name;
}

YtDataFormat
yt_data_import_get_format (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self) && self->table != NULL, YT_DATA_FORMAT_CSV);
  return self->table->format;
}

const char * const *
yt_data_import_get_columns (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self) && self->table != NULL, NULL);
  return (const char * const *) self->table->columns;
}

guint
yt_data_import_get_n_rows (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), 0);
  return self->table != NULL ? self->table->rows->len : 0;
}

const char *
yt_data_import_get_value (YtDataImport *self,
                          guint         row,
                          guint         column)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self) && self->table != NULL, NULL);
  g_return_val_if_fail (row < self->table->rows->len, NULL);
  g_return_val_if_fail (column < g_strv_length (self->table->columns), NULL);
  return g_array_index (self->table->rows, YtImportRow, row).values[column];
}

gboolean
yt_data_import_has_points (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), FALSE);
  return self->table != NULL && self->table->has_points;
}

YtImportMapping *
yt_data_import_get_mapping (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), NULL);
  return self->mapping;
}

void
yt_data_import_set_mapping (YtDataImport    *self,
                            YtImportMapping *mapping)
{
  g_return_if_fail (YT_IS_DATA_IMPORT (self));
  g_return_if_fail (YT_IS_IMPORT_MAPPING (mapping));
  g_return_if_fail (self->table != NULL);
  g_return_if_fail (g_strv_equal ((const char * const *) self->table->columns,
                                  yt_import_mapping_get_columns (mapping)));

  g_set_object (&self->mapping, mapping);
}

void
yt_data_import_set_reference (YtDataImport       *self,
                              YtAtlas            *atlas,
                              const char * const *files)
{
  g_return_if_fail (YT_IS_DATA_IMPORT (self));
  g_return_if_fail (YT_IS_ATLAS (atlas));

  if (self->atlas != atlas)
    g_clear_pointer (&self->matcher, yt_import_matcher_free);
  g_set_object (&self->atlas, atlas);
  g_strfreev (self->files);
  self->files = g_strdupv ((char **) files);
  clear_result (self);
}

/* The atlas loader has the last word: the file is kept only if it loads on
 * top of the same data it was made against. */
static gboolean
validate (YtDataImport  *self,
          GBytes        *xml,
          GError       **error)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(YtAtlas) atlas = NULL;

  yt_atlas_loader_add_bundled (loader);
  for (guint i = 0; self->files != NULL && self->files[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, self->files[i]);
  yt_atlas_loader_add_bytes (loader, xml, self->table->display_name);
  if ((atlas = yt_atlas_loader_finish (loader, &problems, NULL)) != NULL)
    return TRUE;
  g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_WRITE, _("The imported sites do not load on top of the atlas: %s"),
               problems != NULL && problems->len > 0 ? ((YtAtlasProblem *) problems->pdata[0])->message : "");
  return FALSE;
}

static gboolean
finish (YtDataImport  *self,
        YtImportRun   *run,
        GError       **error)
{
  const char *name = self->table->display_name;
  g_autoptr(GBytes) xml = NULL;

  if (run->problems->len > 0 && (!yt_import_mapping_get_skip_bad_rows (self->mapping) || run->n_file_problems > 0))
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_INVALID,
                         g_dngettext (GETTEXT_PACKAGE, "“%s” has %u problem: nothing was imported.",
                                      "“%s” has %u problems: nothing was imported.", run->n_problems),
                         name, run->n_problems), FALSE);
  if (run->sites->len == 0 && run->n_bad == 0)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_NOTHING_NEW,
                         g_dngettext (GETTEXT_PACKAGE, "The %u row of “%s” is already in the atlas: there is nothing new to import.",
                                      "All %u rows of “%s” are already in the atlas: there is nothing new to import.",
                                      run->n_matched), run->n_matched, name), FALSE);
  if (run->sites->len == 0)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_INVALID,
                         _("No row of “%s” can be imported."), name), FALSE);
  if ((xml = yt_import_write_xml (run, error)) == NULL || !validate (self, xml, error))
    return FALSE;
  self->xml = g_steal_pointer (&xml);
  return TRUE;
}

gboolean
yt_data_import_convert (YtDataImport  *self,
                        GCancellable  *cancellable,
                        GError       **error)
{
  YtImportRun run;
  gboolean ok;

  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), FALSE);
  g_return_val_if_fail (self->table != NULL && self->atlas != NULL, FALSE);

  clear_result (self);
  if (self->matcher == NULL)
    self->matcher = yt_import_matcher_new (self->atlas);
  yt_import_run_init (&run, self->atlas, self->table, self->mapping, self->matcher);
  if (!yt_import_run_convert (&run, cancellable))
    {
      yt_import_run_clear (&run);
      g_set_error_literal (error, YT_IO_ERROR, YT_IO_ERROR_CANCELLED, _("The import was cancelled."));
      return FALSE;
    }
  self->problems = g_ptr_array_ref (run.problems);
  self->n_new = run.sites->len;
  self->n_matched = run.n_matched;
  self->n_skipped = run.n_bad;
  ok = finish (self, &run, error);
  yt_import_run_clear (&run);
  return ok;
}

GPtrArray *
yt_data_import_get_problems (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), NULL);
  return self->problems;
}

guint
yt_data_import_get_n_new (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), 0);
  return self->n_new;
}

guint
yt_data_import_get_n_matched (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), 0);
  return self->n_matched;
}

guint
yt_data_import_get_n_skipped (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), 0);
  return self->n_skipped;
}

GBytes *
yt_data_import_get_xml (YtDataImport *self)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), NULL);
  return self->xml;
}

gboolean
yt_data_import_write (YtDataImport  *self,
                      const char    *path,
                      GError       **error)
{
  g_return_val_if_fail (YT_IS_DATA_IMPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->xml == NULL)
    return (g_set_error_literal (error, YT_IO_ERROR, YT_IO_ERROR_WRITE, _("There is nothing to write.")), FALSE);
  return yt_atomic_file_set_contents (path, g_bytes_get_data (self->xml, NULL), g_bytes_get_size (self->xml), error);
}

static void
yt_data_import_finalize (GObject *object)
{
  YtDataImport *self = YT_DATA_IMPORT (object);

  clear_result (self);
  g_clear_pointer (&self->table, yt_import_table_free);
  g_clear_pointer (&self->matcher, yt_import_matcher_free);
  g_clear_object (&self->mapping);
  g_clear_object (&self->atlas);
  g_strfreev (self->files);
  G_OBJECT_CLASS (yt_data_import_parent_class)->finalize (object);
}

static void
yt_data_import_class_init (YtDataImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_data_import_finalize;
}

static void
yt_data_import_init (YtDataImport *self)
{
}
