/* yt-import-rows.c: rows of an imported file made into sites, with every problem
 *
 * A row is read in full and every problem in it is kept, so that a user
 * fixes a file in one pass.  A row that is already in the atlas (same id, or
 * the same name in either language) is matched and left out: the user's
 * file never adds a second copy of a bundled site.  The fields after the
 * names are read in yt-import-fields.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atlas-loader.h"
#include "yt-atlas-vocab.h"
#include "yt-import-fields.h"
#include "yt-import-values.h"




void
yt_import_site_free (YtImportSite *site)
{
  g_free (site->id);
  g_free (site->name[0]);
  g_free (site->name[1]);
  g_free (site->parent);
  g_free (site->code);
  for (guint i = 0; i < 3; i++)
    g_free (site->dates[i]);
  for (guint k = 0; k < YT_N_LINK_KINDS; k++)
    g_clear_pointer (&site->companies[k], g_array_unref);
  g_free (site);
}

void
yt_import_run_init (YtImportRun     *run,
                    YtAtlas         *atlas,
                    YtImportTable   *table,
                    YtImportMapping *mapping,
                    YtImportMatcher *matcher)
{
  *run = (YtImportRun) { atlas, table, mapping, matcher,
                         g_ptr_array_new_with_free_func ((GDestroyNotify) yt_import_site_free),
                         g_ptr_array_new_with_free_func ((GDestroyNotify) yt_import_problem_free), 0, 0, 0, 0 };
}

void
yt_import_run_clear (YtImportRun *run)
{
  g_clear_pointer (&run->sites, g_ptr_array_unref);
  g_clear_pointer (&run->problems, g_ptr_array_unref);
}

void
yt_import_run_add_problem (YtImportRun *run,
                           guint        row_index,
                           const char  *column,
                           char        *message)
{
  YtImportProblem *problem;

  if (row_index == G_MAXUINT)
    run->n_file_problems++;
  if (++run->n_problems > YT_IMPORT_MAX_PROBLEMS)
    return g_free (message);
  problem = g_new0 (YtImportProblem, 1);
  problem->file = g_strdup (run->table->display_name);
  problem->is_csv = run->table->format == YT_DATA_FORMAT_CSV;
  problem->column = g_strdup (column);
  problem->message = message;
  if (row_index != G_MAXUINT)
    {
      YtImportRow *row = &g_array_index (run->table->rows, YtImportRow, row_index);

      /* A spreadsheet numbers the header row 1. */
      problem->row = row->number + (problem->is_csv ? 1 : 0);
      if (g_strv_length (run->table->layers) > 1)
        problem->layer = g_strdup (run->table->layers[row->layer]);
    }
  g_ptr_array_add (run->problems, problem);
}

void
yt_import_run_add_summary (YtImportRun *run,
                           char        *message)
{
  YtImportProblem *problem = g_new0 (YtImportProblem, 1);

  problem->file = g_strdup (run->table->display_name);
  problem->message = message;
  g_ptr_array_add (run->problems, problem);
}

const char *
yt_import_row_column (YtImportRowContext *rc,
                      YtImportField       field)
{
  return yt_import_mapping_get_column (rc->run->mapping, field);
}

void
yt_import_row_problem (YtImportRowContext *rc,
                       const char         *column,
                       const char         *format,
                       ...)
{
  va_list ap;

  va_start (ap, format);
  yt_import_run_add_problem (rc->run, rc->index, column, g_strdup_vprintf (format, ap));
  va_end (ap);
  rc->bad = TRUE;
}

/* A field's cell, cleaned; NULL when empty, unmapped or not text. */
char *
yt_import_row_text (YtImportRowContext *rc,
                    YtImportField       field)
{
  const char *column = yt_import_row_column (rc, field);
  const char * const *columns = (const char * const *) rc->run->table->columns;
  gboolean invalid = FALSE;
  char *value = NULL;

  for (guint c = 0; column != NULL && columns[c] != NULL; c++)
    if (g_str_equal (columns[c], column))
      value = yt_import_clean_text (rc->row->values[c], &invalid);
  if (invalid)
    yt_import_row_problem (rc, column, _("The text is not valid UTF-8 or holds control characters."));
  if (value != NULL && strlen (value) > YT_ATLAS_MAX_TEXT_SIZE)
    {
      yt_import_row_problem (rc, column, _("The text is longer than 64 KiB."));
      g_clear_pointer (&value, g_free);
    }
  return value;
}

static gboolean
read_names (YtImportRowContext *rc,
            YtImportSite       *site)
{
  guint problems_before = rc->run->n_problems;
  g_autofree char *either = yt_import_row_text (rc, YT_IMPORT_FIELD_NAME);

  site->name[YT_LANG_EN] = yt_import_row_text (rc, YT_IMPORT_FIELD_NAME_EN);
  site->name[YT_LANG_ZH] = yt_import_row_text (rc, YT_IMPORT_FIELD_NAME_ZH);
  if (either != NULL)
    {
      YtLang lang = yt_import_is_chinese (either) ? YT_LANG_ZH : YT_LANG_EN;

      if (site->name[lang] == NULL)
        site->name[lang] = g_steal_pointer (&either);
    }
  /* A name too long or not text has been reported as such. */
  if (site->name[YT_LANG_EN] == NULL && site->name[YT_LANG_ZH] == NULL && rc->run->n_problems != problems_before)
    return FALSE;
  if (site->name[YT_LANG_EN] == NULL && site->name[YT_LANG_ZH] == NULL)
    {
      const char *column = yt_import_row_column (rc, YT_IMPORT_FIELD_NAME);

      yt_import_row_problem (rc, column != NULL ? column : yt_import_row_column (rc, YT_IMPORT_FIELD_NAME_EN),
               _("There is no name: give an English or a Chinese name."));
      return FALSE;
    }
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    site->given[lang] = site->name[lang] != NULL;
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    if (site->name[lang] == NULL)
      site->name[lang] = g_strdup (site->name[yt_lang_other (lang)]);
  return TRUE;
}

/* TRUE when the row is a site the atlas already has. */
static gboolean
matches_existing (YtImportRowContext *rc,
                  YtImportSite       *site,
                  GHashTable         *ids)
{
  YtAtlas *atlas = rc->run->atlas;
  const char *id_column = yt_import_row_column (rc, YT_IMPORT_FIELD_ID);

  site->id = yt_import_row_text (rc, YT_IMPORT_FIELD_ID);
  if (site->id != NULL)
    {
      YtRef ref = yt_atlas_lookup (atlas, site->id);

      if (ref != YT_REF_NONE && YT_REF_KIND (ref) == YT_RECORD_SITE)
        return TRUE;
      if (ref != YT_REF_NONE)
        yt_import_row_problem (rc, id_column, _("The id “%s” is already used by another record in the atlas."), site->id);
      else if (!yt_atlas_vocab_is_ncname (site->id))
        yt_import_row_problem (rc, id_column, _("“%s” cannot be an id: an id starts with a letter and holds letters, digits, “-”, “_” and “.”."),
                 site->id);
      else if (g_hash_table_contains (ids, site->id))
        yt_import_row_problem (rc, id_column, _("The id “%s” is used twice in this file."), site->id);
      else
        g_hash_table_add (ids, g_strdup (site->id));
      return FALSE;
    }
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    {
      guint found = site->given[lang] ? yt_import_matcher_find (rc->run->matcher, YT_RECORD_SITE, site->name[lang])
                                      : YT_ATLAS_NONE;

      if (found == YT_MATCH_AMBIGUOUS)
        yt_import_row_problem (rc, yt_import_row_column (rc, lang == YT_LANG_EN ? YT_IMPORT_FIELD_NAME_EN : YT_IMPORT_FIELD_NAME_ZH),
                 _("“%s” names more than one site in the atlas: give an id to tell them apart."), site->name[lang]);
      else if (found != YT_ATLAS_NONE)
        return TRUE;
    }
  return FALSE;
}

void
yt_import_convert_row (YtImportRun            *run,
                       guint                   index,
                       const YtImportDefaults *defaults,
                       GHashTable             *ids)
{
  YtImportRowContext rc = { run, index, &g_array_index (run->table->rows, YtImportRow, index), FALSE };
  YtImportSite *site = g_new0 (YtImportSite, 1);

  site->row = index;
  if (read_names (&rc, site) && matches_existing (&rc, site, ids) && !rc.bad)
    {
      run->n_matched++;
      return yt_import_site_free (site);
    }
  yt_import_read_kind (&rc, site, defaults);
  yt_import_read_position (&rc, site);
  yt_import_read_precision (&rc, site, defaults);
  yt_import_read_region (&rc, site, defaults);
  yt_import_read_companies (&rc, site, defaults);
  yt_import_read_other (&rc, site);
  if (rc.bad)
    {
      run->n_bad++;
      return yt_import_site_free (site);
    }
  g_ptr_array_add (run->sites, site);
}
