/* yt-import-run.c: the whole file: defaults, rows, ids for new sites, parents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "yt-atlas-vocab.h"
#include "yt-import-rows.h"
#include "yt-import-values.h"

static void
file_problem (YtImportRun *run,
              char        *message)
{
  yt_import_run_add_problem (run, G_MAXUINT, NULL, message);
}

/* The values chosen for every row, checked once: a wrong one is a problem
 * of the file, not of each row. */
static void
read_defaults (YtImportRun      *run,
               YtImportDefaults *defaults)
{
  const char *kind = yt_import_mapping_get_default (run->mapping, YT_IMPORT_FIELD_KIND);
  const char *precision = yt_import_mapping_get_default (run->mapping, YT_IMPORT_FIELD_PRECISION);
  const char *region = yt_import_mapping_get_default (run->mapping, YT_IMPORT_FIELD_REGION);
  const char *operators = yt_import_mapping_get_default (run->mapping, YT_IMPORT_FIELD_OPERATOR);
  YtSiteKind parsed_kind;

  *defaults = (YtImportDefaults) { -1, YT_PRECISION_CITY, YT_ATLAS_NONE, NULL };
  if (kind != NULL && yt_import_parse_kind (kind, &parsed_kind))
    defaults->kind = parsed_kind;
  else if (kind != NULL)
    file_problem (run, g_strdup_printf (_("“%s” is not a kind of site: use hub, cluster, cloud-region, park, data-centre, project, office or event."), kind));
  if (precision != NULL && !yt_import_parse_precision (precision, &defaults->precision))
    file_problem (run, g_strdup_printf (_("“%s” is not a position precision: use site, district, city or province."), precision));
  if (region != NULL)
    {
      defaults->region = yt_import_matcher_find (run->matcher, YT_RECORD_REGION, region);
      if (defaults->region == YT_ATLAS_NONE || defaults->region == YT_MATCH_AMBIGUOUS)
        {
          file_problem (run, g_strdup_printf (_("No province or country in the atlas is called “%s”."), region));
          defaults->region = YT_ATLAS_NONE;
        }
    }
  if (operators != NULL)
    {
      defaults->operators = g_array_new (FALSE, FALSE, sizeof (guint));
      yt_import_match_companies (run, operators, defaults->operators, NULL, NULL);
    }
}

/* What the user says about the file becomes its source record. */
static void
check_source (YtImportRun *run)
{
  const char *url = yt_import_mapping_get_source (run->mapping, YT_IMPORT_SOURCE_URL);
  const char *date = yt_import_mapping_get_source (run->mapping, YT_IMPORT_SOURCE_DATE);
  const char *grade = yt_import_mapping_get_source (run->mapping, YT_IMPORT_SOURCE_GRADE);
  g_autofree char *parsed = date != NULL ? yt_import_parse_date (date) : NULL;

  if (url != NULL && (!g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL) || strpbrk (url, " \t\n") != NULL))
    file_problem (run, g_strdup_printf (_("The source’s address “%s” is not a URL."), url));
  if (date != NULL && parsed == NULL)
    file_problem (run, g_strdup_printf (_("The source’s date “%s” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."), date));
  if (grade != NULL && (strlen (grade) != 1 || strchr ("ABCabc", grade[0]) == NULL))
    file_problem (run, g_strdup_printf (_("The source’s grade “%s” is not A, B or C."), grade));
}

/* "Gui'an DC" → "mysites-gui-an-dc": the file's name keeps ids of two
 * imports apart; Chinese-only names number their row instead. */
static char *
slug (const char *text,
      gsize       max)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0' && out->len < max; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (out, g_ascii_tolower (*p));
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static char *
unique_id (YtImportRun *run,
           GHashTable  *ids,
           const char  *base)
{
  char *id = g_strdup (base);

  for (guint n = 2; g_hash_table_contains (ids, id) || yt_atlas_lookup (run->atlas, id) != YT_REF_NONE; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  g_hash_table_add (ids, g_strdup (id));
  return id;
}

static void
assign_ids (YtImportRun *run,
            GHashTable  *ids)
{
  g_autofree char *stem = slug (run->table->stem, 24);

  if (*stem == '\0' || !g_ascii_isalpha (*stem))
    {
      g_free (stem);
      stem = g_strdup ("import");
    }
  for (guint i = 0; i < run->sites->len; i++)
    {
      YtImportSite *site = run->sites->pdata[i];
      YtImportRow *row = &g_array_index (run->table->rows, YtImportRow, site->row);
      g_autofree char *name = slug (site->name[YT_LANG_EN], 40);
      g_autofree char *base = NULL;

      if (site->id != NULL)
        continue;
      if (site->given[YT_LANG_EN] && *name != '\0')
        base = g_strdup_printf ("%s-%s", stem, name);
      else
        base = g_strdup_printf ("%s-%u", stem, row->number + (run->table->format == YT_DATA_FORMAT_CSV ? 1 : 0));
      site->id = unique_id (run, ids, base);
    }
}

/* A parent is a site of the atlas or of this file; a row whose parent is
 * neither is left out like any other bad row. */
static void
check_parents (YtImportRun *run,
               GHashTable  *ids)
{
  for (guint i = run->sites->len; i-- > 0;)
    {
      YtImportSite *site = run->sites->pdata[i];

      if (site->parent == NULL || yt_atlas_lookup_kind (run->atlas, YT_RECORD_SITE, site->parent) != YT_ATLAS_NONE ||
          (g_hash_table_contains (ids, site->parent) && g_strcmp0 (site->parent, site->id) != 0))
        continue;
      yt_import_run_add_problem (run, site->row, yt_import_mapping_get_column (run->mapping, YT_IMPORT_FIELD_PARENT),
                                 g_strdup_printf (_("No site “%s” in the atlas or in this file."), site->parent));
      run->n_bad++;
      g_ptr_array_remove_index (run->sites, i);
    }
}

gboolean
yt_import_run_convert (YtImportRun  *run,
                       GCancellable *cancellable)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  YtImportDefaults defaults;

  read_defaults (run, &defaults);
  check_source (run);
  for (guint i = 0; i < run->table->rows->len; i++)
    {
      if (i % 1024 == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_clear_pointer (&defaults.operators, g_array_unref);
          return FALSE;
        }
      yt_import_convert_row (run, i, &defaults, ids);
    }
  g_clear_pointer (&defaults.operators, g_array_unref);
  assign_ids (run, ids);
  check_parents (run, ids);
  if (run->n_problems > YT_IMPORT_MAX_PROBLEMS)
    yt_import_run_add_summary (run, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem.",
                                                     "… and %u more problems.",
                                                     run->n_problems - YT_IMPORT_MAX_PROBLEMS),
                                        run->n_problems - YT_IMPORT_MAX_PROBLEMS));
  return TRUE;
}
