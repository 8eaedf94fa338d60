/* yt-import-rows.c: rows of an imported file made into sites, with every problem
 *
 * A row is read in full and every problem in it is kept, so that a user
 * fixes a file in one pass.  A row that is already in the atlas (same id, or
 * the same name in either language) is matched and left out: the user's
 * file never adds a second copy of a bundled site.  Positions without a
 * region find theirs in the basemap outlines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-region-locator.h"
#include "yt-atlas-vocab.h"
#include "yt-import-rows.h"
#include "yt-import-values.h"

typedef struct {
  YtImportRun *run;
  guint        index;
  YtImportRow *row;
  gboolean     bad;
  gboolean     bad_position;   /* reported: say nothing of the region */
} RowContext;


static const YtImportField company_fields[] = {
  YT_IMPORT_FIELD_OPERATOR, YT_IMPORT_FIELD_INVESTORS, YT_IMPORT_FIELD_BUILDERS,
  YT_IMPORT_FIELD_FINANCIERS, YT_IMPORT_FIELD_PARTNERS, YT_IMPORT_FIELD_CUSTOMERS,
  YT_IMPORT_FIELD_MEMBERS,
};
static const YtLinkKind company_links[] = {
  YT_LINK_OPERATOR, YT_LINK_INVESTOR, YT_LINK_BUILDER, YT_LINK_FINANCIER, YT_LINK_PARTNER,
  YT_LINK_CUSTOMER, YT_LINK_MEMBER,
};

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

static const char *
column_of (RowContext    *rc,
           YtImportField  field)
{
  return yt_import_mapping_get_column (rc->run->mapping, field);
}

static void G_GNUC_PRINTF (3, 4)
problem (RowContext    *rc,
         const char    *column,
         const char    *format,
         ...)
{
  va_list ap;

  va_start (ap, format);
  yt_import_run_add_problem (rc->run, rc->index, column, g_strdup_vprintf (format, ap));
  va_end (ap);
  rc->bad = TRUE;
}

/* A field's cell, cleaned; NULL when empty, unmapped or not text. */
static char *
text (RowContext    *rc,
      YtImportField  field)
{
  const char *column = column_of (rc, field);
  const char * const *columns = (const char * const *) rc->run->table->columns;
  gboolean invalid = FALSE;
  char *value = NULL;

  for (guint c = 0; column != NULL && columns[c] != NULL; c++)
    if (g_str_equal (columns[c], column))
      value = yt_import_clean_text (rc->row->values[c], &invalid);
  if (invalid)
    problem (rc, column, _("The text is not valid UTF-8 or holds control characters."));
  if (value != NULL && strlen (value) > YT_ATLAS_MAX_TEXT_SIZE)
    {
      problem (rc, column, _("The text is longer than 64 KiB."));
      g_clear_pointer (&value, g_free);
    }
  return value;
}

static gboolean
read_names (RowContext   *rc,
            YtImportSite *site)
{
  guint problems_before = rc->run->n_problems;
  g_autofree char *either = text (rc, YT_IMPORT_FIELD_NAME);

  site->name[YT_LANG_EN] = text (rc, YT_IMPORT_FIELD_NAME_EN);
  site->name[YT_LANG_ZH] = text (rc, YT_IMPORT_FIELD_NAME_ZH);
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
      const char *column = column_of (rc, YT_IMPORT_FIELD_NAME);

      problem (rc, column != NULL ? column : column_of (rc, YT_IMPORT_FIELD_NAME_EN),
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
matches_existing (RowContext   *rc,
                  YtImportSite *site,
                  GHashTable   *ids)
{
  YtAtlas *atlas = rc->run->atlas;
  const char *id_column = column_of (rc, YT_IMPORT_FIELD_ID);

  site->id = text (rc, YT_IMPORT_FIELD_ID);
  if (site->id != NULL)
    {
      YtRef ref = yt_atlas_lookup (atlas, site->id);

      if (ref != YT_REF_NONE && YT_REF_KIND (ref) == YT_RECORD_SITE)
        return TRUE;
      if (ref != YT_REF_NONE)
        problem (rc, id_column, _("The id “%s” is already used by another record in the atlas."), site->id);
      else if (!yt_atlas_vocab_is_ncname (site->id))
        problem (rc, id_column, _("“%s” cannot be an id: an id starts with a letter and holds letters, digits, “-”, “_” and “.”."),
                 site->id);
      else if (g_hash_table_contains (ids, site->id))
        problem (rc, id_column, _("The id “%s” is used twice in this file."), site->id);
      else
        g_hash_table_add (ids, g_strdup (site->id));
      return FALSE;
    }
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    {
      guint found = site->given[lang] ? yt_import_matcher_find (rc->run->matcher, YT_RECORD_SITE, site->name[lang])
                                      : YT_ATLAS_NONE;

      if (found == YT_MATCH_AMBIGUOUS)
        problem (rc, column_of (rc, lang == YT_LANG_EN ? YT_IMPORT_FIELD_NAME_EN : YT_IMPORT_FIELD_NAME_ZH),
                 _("“%s” names more than one site in the atlas: give an id to tell them apart."), site->name[lang]);
      else if (found != YT_ATLAS_NONE)
        return TRUE;
    }
  return FALSE;
}

static void
read_kind (RowContext     *rc,
           YtImportSite   *site,
           const YtImportDefaults *defaults)
{
  g_autofree char *value = text (rc, YT_IMPORT_FIELD_KIND);
  YtSiteKind kind;

  if (value != NULL && yt_import_parse_kind (value, &kind))
    site->kind = kind;
  else if (value != NULL)
    problem (rc, column_of (rc, YT_IMPORT_FIELD_KIND),
             _("“%s” is not a kind of site: use hub, cluster, cloud-region, park, data-centre, project, office or event."),
             value);
  else if (defaults->kind >= 0)
    site->kind = defaults->kind;
  else
    problem (rc, column_of (rc, YT_IMPORT_FIELD_KIND),
             _("There is no kind: map a column to the kind or choose a kind for every row."));
}

static gboolean
read_degrees (RowContext    *rc,
              YtImportField  field,
              const char    *value,
              double        *degrees)
{
  double limit = field == YT_IMPORT_FIELD_LAT ? 90 : 180;

  if (!yt_import_parse_degrees (value, degrees))
    problem (rc, column_of (rc, field), _("“%s” is not a number of degrees."), value);
  else if (fabs (*degrees) > limit)
    problem (rc, column_of (rc, field),
             field == YT_IMPORT_FIELD_LAT ? _("The latitude %s is out of range (−90 to 90).")
                                          : _("The longitude %s is out of range (−180 to 180)."), value);
  else
    return TRUE;
  return FALSE;
}

/* GDAL's names of geometry types, as a reader would say them. */
static const char *
shape_name (const char *shape)
{
  if (shape == NULL)
    return _("a shape");
  if (strstr (shape, "Line") != NULL || strstr (shape, "Curve") != NULL)
    return _("a line");
  if (strstr (shape, "Polygon") != NULL || strstr (shape, "Surface") != NULL)
    return _("an area");
  if (strstr (shape, "Point") != NULL)
    return _("several points");
  return _("a shape");
}

static void
read_geometry (RowContext   *rc,
               YtImportSite *site)
{
  if (rc->row->geometry == YT_GDAL_ROW_OTHER)
    problem (rc, NULL, _("The geometry is %s, not a point: a site is imported with a point or without a position."),
             shape_name (rc->row->shape));
  else if (rc->row->geometry == YT_GDAL_ROW_POINT)
    {
      if (!isfinite (rc->row->lat) || !isfinite (rc->row->lon) || fabs (rc->row->lat) > 90 || fabs (rc->row->lon) > 180)
        problem (rc, NULL, _("The point cannot be read as a longitude and latitude."));
      else
        {
          site->lat = rc->row->lat;
          site->lon = rc->row->lon;
          site->located = TRUE;
        }
    }
}

static void
read_position (RowContext   *rc,
               YtImportSite *site)
{
  guint problems_before = rc->run->n_problems;
  g_autofree char *lat = text (rc, YT_IMPORT_FIELD_LAT);
  g_autofree char *lon = text (rc, YT_IMPORT_FIELD_LON);

  if (lat != NULL || lon != NULL)
    {
      if (lat == NULL || lon == NULL)
        problem (rc, column_of (rc, lat == NULL ? YT_IMPORT_FIELD_LAT : YT_IMPORT_FIELD_LON),
                 lat == NULL ? _("There is a longitude but no latitude.") : _("There is a latitude but no longitude."));
      else if (read_degrees (rc, YT_IMPORT_FIELD_LAT, lat, &site->lat) &&
               read_degrees (rc, YT_IMPORT_FIELD_LON, lon, &site->lon))
        site->located = TRUE;
    }
  else
    read_geometry (rc, site);
  rc->bad_position = rc->run->n_problems != problems_before;
}

static void
read_precision (RowContext     *rc,
                YtImportSite   *site,
                const YtImportDefaults *defaults)
{
  g_autofree char *value = text (rc, YT_IMPORT_FIELD_PRECISION);

  site->precision = defaults->precision;
  if (value != NULL && site->located && !yt_import_parse_precision (value, &site->precision))
    problem (rc, column_of (rc, YT_IMPORT_FIELD_PRECISION),
             _("“%s” is not a position precision: use site, district, city or province."), value);
}

static void
read_region (RowContext     *rc,
             YtImportSite   *site,
             const YtImportDefaults *defaults)
{
  g_autofree char *value = text (rc, YT_IMPORT_FIELD_REGION);
  const char *column = column_of (rc, YT_IMPORT_FIELD_REGION);
  YtRegionLocator *locator;
  const char *code;

  site->region = YT_ATLAS_NONE;
  if (value != NULL)
    {
      site->region = yt_import_matcher_find (rc->run->matcher, YT_RECORD_REGION, value);
      if (site->region == YT_MATCH_AMBIGUOUS)
        problem (rc, column, _("“%s” names more than one province or country: use its ISO code."), value);
      else if (site->region == YT_ATLAS_NONE)
        problem (rc, column, _("No province or country in the atlas is called “%s”."), value);
      return;
    }
  if (site->located && (locator = yt_region_locator_get_default (NULL)) != NULL &&
      (code = yt_region_locator_find (locator, site->lon, site->lat)) != NULL)
    {
      site->region = yt_import_matcher_find (rc->run->matcher, YT_RECORD_REGION, code);
      if (site->region == YT_ATLAS_NONE || site->region == YT_MATCH_AMBIGUOUS)
        problem (rc, column, _("The point lies in %s, which the atlas has no region for: give the province or country."),
                 code);
      return;
    }
  site->region = defaults->region;
  if (site->region == YT_ATLAS_NONE && !rc->bad_position)
    problem (rc, column, site->located
             ? _("The point lies in no province or country: give the province or country.")
             : _("There is no province or country: give a region, a position, or a region for every row."));
}

/* "Alibaba Cloud; 腾讯云" into company indices; FALSE after a problem,
 * reported for the row of @rc or, without one, for the file. */
gboolean
yt_import_match_companies (YtImportRun *run,
                           const char  *list,
                           GArray      *companies,
                           gpointer     row_context,
                           const char  *column)
{
  g_auto(GStrv) wide = g_strsplit (list, "；", -1);
  g_autofree char *joined = g_strjoinv (";", wide);
  g_auto(GStrv) parts = g_strsplit (joined, ";", -1);
  RowContext *rc = row_context;
  gboolean ok = TRUE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (parts[i]));
      guint company;

      if (*name == '\0')
        continue;
      company = yt_import_matcher_find (run->matcher, YT_RECORD_COMPANY, name);
      if (company == YT_ATLAS_NONE || company == YT_MATCH_AMBIGUOUS)
        {
          ok = FALSE;
          if (rc == NULL)
            yt_import_run_add_problem (run, G_MAXUINT, NULL, g_strdup_printf (_("No company in the atlas is called “%s”."), name));
          else if (company == YT_ATLAS_NONE)
            problem (rc, column, _("No company in the atlas is called “%s”."), name);
          else
            problem (rc, column, _("“%s” names more than one company: use its id."), name);
        }
      else
        g_array_append_val (companies, company);
    }
  return ok;
}

static void
read_companies (RowContext     *rc,
                YtImportSite   *site,
                const YtImportDefaults *defaults)
{
  for (guint i = 0; i < G_N_ELEMENTS (company_fields); i++)
    {
      g_autofree char *value = text (rc, company_fields[i]);
      GArray *companies = g_array_new (FALSE, FALSE, sizeof (guint));

      if (value != NULL)
        yt_import_match_companies (rc->run, value, companies, rc, column_of (rc, company_fields[i]));
      else if (company_fields[i] == YT_IMPORT_FIELD_OPERATOR && defaults->operators != NULL)
        g_array_append_vals (companies, defaults->operators->data, defaults->operators->len);
      site->companies[company_links[i]] = companies;
    }
}

static void
read_other (RowContext   *rc,
            YtImportSite *site)
{
  static const YtImportField date_fields[] = {
    YT_IMPORT_FIELD_ANNOUNCED, YT_IMPORT_FIELD_OPENED, YT_IMPORT_FIELD_CLOSED
  };

  site->code = text (rc, YT_IMPORT_FIELD_CODE);
  if (site->code != NULL && !yt_atlas_vocab_is_code (site->code))
    problem (rc, column_of (rc, YT_IMPORT_FIELD_CODE),
             _("“%s” is not a provider’s region code: use letters, digits, “-”, “_” and “.”."), site->code);
  site->parent = text (rc, YT_IMPORT_FIELD_PARENT);
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    {
      g_autofree char *value = text (rc, date_fields[i]);

      if (value != NULL && (site->dates[i] = yt_import_parse_date (value)) == NULL)
        problem (rc, column_of (rc, date_fields[i]), _("“%s” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."), value);
    }
}

void
yt_import_convert_row (YtImportRun    *run,
             guint           index,
             const YtImportDefaults *defaults,
             GHashTable     *ids)
{
  RowContext rc = { run, index, &g_array_index (run->table->rows, YtImportRow, index), FALSE };
  YtImportSite *site = g_new0 (YtImportSite, 1);

  site->row = index;
  if (read_names (&rc, site) && matches_existing (&rc, site, ids) && !rc.bad)
    {
      run->n_matched++;
      return yt_import_site_free (site);
    }
  read_kind (&rc, site, defaults);
  read_position (&rc, site);
  read_precision (&rc, site, defaults);
  read_region (&rc, site, defaults);
  read_companies (&rc, site, defaults);
  read_other (&rc, site);
  if (rc.bad)
    {
      run->n_bad++;
      return yt_import_site_free (site);
    }
  g_ptr_array_add (run->sites, site);
}
