/* yt-export-tables.c: regions, corridors and facts for the GeoPackage
 *
 * Regions carry no outline (the basemap's are illustrative and not the
 * atlas's), only what the atlas says of them and how many exported sites
 * lie in each.  A corridor is the line the maps draw: through the label
 * points of the regions it names, in order, never a route.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-membership.h"
#include "yuntu/yt-region-locator.h"
#include "yt-atlas-vocab.h"
#include "yt-data-columns.h"
#include "yt-export-tables.h"

#define S YT_GDAL_FIELD_STRING
#define I YT_GDAL_FIELD_INTEGER
#define R YT_GDAL_FIELD_REAL

static const char * const region_kinds[] = { "province", "country", "sar", "area" };
static const char * const corridor_kinds[] = { "land", "maritime", "digital" };
/* The schema's qualifier tokens, in YtQualifier order. */
static const char * const qualifiers[] = {
  "exact", "about", "at-least", "more-than", "up-to", "less-than", "target", "forecast", "claim"
};

static void
set_names (YtDataTable *table,
           guint        first_column,
           YtAtlas     *atlas,
           YtRef        ref,
           YtLang       lang)
{
  yt_data_table_set (table, first_column, yt_atlas_get_name (atlas, ref, lang, NULL));
  yt_data_table_set (table, first_column + 1, yt_atlas_get_name (atlas, ref, YT_LANG_EN, NULL));
  yt_data_table_set (table, first_column + 2, yt_atlas_get_name (atlas, ref, YT_LANG_ZH, NULL));
}

static void
set_source_lists (YtDataTable        *table,
                  guint               ids_column,
                  guint               urls_column,
                  YtAtlas            *atlas,
                  const YtRecordHead *head)
{
  const guint32 *sources = yt_atlas_get_indices (atlas, head->sources);
  g_autoptr(GString) ids = g_string_new (NULL);
  g_autoptr(GString) urls = g_string_new (NULL);

  for (guint k = 0; k < head->n_sources; k++)
    {
      const char *url = yt_atlas_str (atlas, yt_atlas_get_source (atlas, sources[k])->url);

      g_string_append_printf (ids, "%s%s", k > 0 ? YT_DATA_LIST_SEPARATOR : "",
                              yt_atlas_get_id (atlas, YT_REF (YT_RECORD_SOURCE, sources[k])));
      if (*url != '\0' && urls_column != G_MAXUINT)
        g_string_append_printf (urls, "%s%s", urls->len > 0 ? YT_DATA_LIST_SEPARATOR : "", url);
    }
  yt_data_table_set (table, ids_column, ids->str);
  if (urls_column != G_MAXUINT)
    yt_data_table_set (table, urls_column, urls->str);
}

/* A country's latest Belt and Road membership: when it signed, when it left
 * (empty while it lasts), the sources, and how the signing date is known
 * ("by": it had signed by then); all empty for a non-member. */
static void
set_membership (YtDataTable *table,
                guint        first_column,
                YtAtlas     *atlas,
                guint        region,
                guint        bri)
{
  g_autoptr(GArray) list = NULL;
  const YtMembership *m;

  if (bri == YT_ATLAS_NONE || (list = yt_membership_list (atlas, region, bri)) == NULL || list->len == 0)
    return;
  m = yt_atlas_get_membership (atlas, g_array_index (list, guint, list->len - 1));
  yt_data_table_take (table, first_column, yt_data_date_to_string (m->start));
  if (m->end != 0)
    yt_data_table_take (table, first_column + 1, yt_data_date_to_string (m->end));
  set_source_lists (table, first_column + 2, G_MAXUINT, atlas, &m->head);
  if (m->start_basis < g_strv_length ((GStrv) yt_atlas_vocab_date_basis))
    yt_data_table_set (table, first_column + 3, yt_atlas_vocab_date_basis[m->start_basis]);
}

YtDataTable *
yt_export_regions_table (const YtExportScope *scope)
{
  static const YtDataColumn columns[] = {
    { "id", S }, { "iso", S }, { "kind", S }, { "name", S }, { "name_en", S }, { "name_zh", S },
    { "parent", S }, { "sites", I }, { "bri_start", S }, { "bri_end", S }, { "bri_sources", S },
    { "bri_start_basis", S },
  };
  YtAtlas *atlas = scope->atlas;
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);
  guint bri = yt_membership_bri (atlas);
  g_autofree guint *counts = g_new0 (guint, n + 1);
  YtDataTable *table = yt_data_table_new ("regions", YT_R_ (scope->lang, N_("Provinces and countries")),
                                          YT_GDAL_GEOMETRY_NONE, columns, G_N_ELEMENTS (columns));

  for (guint i = 0; i < scope->sites->len; i++)
    {
      guint region = yt_atlas_get_site (atlas, g_array_index (scope->sites, guint, i))->region;

      counts[MIN (region, n)]++;
    }
  for (guint r = 0; r < n; r++)
    {
      const YtRegion *region = yt_atlas_get_region (atlas, r);
      YtRef ref = YT_REF (YT_RECORD_REGION, r);

      yt_data_table_add_row (table);
      yt_data_table_set (table, 0, yt_atlas_get_id (atlas, ref));
      yt_data_table_set (table, 1, yt_atlas_str (atlas, region->iso));
      yt_data_table_set (table, 2, region->kind < G_N_ELEMENTS (region_kinds) ? region_kinds[region->kind] : NULL);
      set_names (table, 3, atlas, ref, scope->lang);
      if (region->parent != YT_ATLAS_NONE)
        yt_data_table_set (table, 6, yt_atlas_get_id (atlas, YT_REF (YT_RECORD_REGION, region->parent)));
      yt_data_table_take (table, 7, g_strdup_printf ("%u", counts[r]));
      set_membership (table, 8, atlas, r, bri);
    }
  return table;
}

YtDataTable *
yt_export_corridors_table (const YtExportScope *scope)
{
  static const YtDataColumn columns[] = {
    { "id", S }, { "kind", S }, { "name", S }, { "name_en", S }, { "name_zh", S }, { "via", S },
    { "sources", S },
  };
  YtAtlas *atlas = scope->atlas;
  YtRegionLocator *locator = yt_region_locator_get_default (NULL);
  YtDataTable *table = yt_data_table_new ("corridors", YT_R_ (scope->lang, N_("Belt and Road corridors")),
                                          YT_GDAL_GEOMETRY_LINE, columns, G_N_ELEMENTS (columns));

  for (guint c = 0; c < yt_atlas_get_n_records (atlas, YT_RECORD_CORRIDOR); c++)
    {
      const YtCorridor *corridor = yt_atlas_get_corridor (atlas, c);
      const YtRef *via = yt_atlas_get_indices (atlas, corridor->via);
      YtRef ref = YT_REF (YT_RECORD_CORRIDOR, c);
      g_autoptr(GString) codes = g_string_new (NULL);

      yt_data_table_add_row (table);
      yt_data_table_set (table, 0, yt_atlas_get_id (atlas, ref));
      yt_data_table_set (table, 1, corridor->kind < G_N_ELEMENTS (corridor_kinds) ? corridor_kinds[corridor->kind] : NULL);
      set_names (table, 2, atlas, ref, scope->lang);
      for (guint v = 0; v < corridor->n_via; v++)
        {
          gboolean site = YT_REF_KIND (via[v]) == YT_RECORD_SITE;
          const YtSite *s = site ? yt_atlas_get_site (atlas, YT_REF_INDEX (via[v])) : NULL;
          const char *code = site ? yt_atlas_get_id (atlas, via[v])
                                  : yt_atlas_str (atlas, yt_atlas_get_region (atlas, YT_REF_INDEX (via[v]))->iso);
          double lon, lat;

          /* A place is a region (by ISO code, at its label point) or a site
           * standing for a city or port (by id, at its sourced point). */
          g_string_append_printf (codes, "%s%s", v > 0 ? YT_DATA_LIST_SEPARATOR : "", code);
          if (site && s->precision != YT_PRECISION_NONE)
            yt_data_table_add_vertex (table, s->lon, s->lat);
          else if (!site && locator != NULL && yt_region_locator_get_anchor (locator, code, &lon, &lat))
            yt_data_table_add_vertex (table, lon, lat);
        }
      yt_data_table_set (table, 5, codes->str);
      set_source_lists (table, 6, G_MAXUINT, atlas, &corridor->head);
    }
  return table;
}

/* Facts about the exported sites, their companies and their regions; with
 * no filter, every fact.  An "as of" year drops facts dated after it. */
static gboolean *
facts_subjects (const YtExportScope *scope)
{
  YtAtlas *atlas = scope->atlas;
  guint n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  guint n_companies = yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY);
  gboolean *wanted = g_new0 (gboolean, n_sites + n_companies + yt_atlas_get_n_records (atlas, YT_RECORD_REGION));

  for (guint i = 0; i < scope->sites->len; i++)
    {
      guint site = g_array_index (scope->sites, guint, i);
      guint region = yt_atlas_get_site (atlas, site)->region;

      wanted[site] = TRUE;
      if (region != YT_ATLAS_NONE)
        wanted[n_sites + n_companies + region] = TRUE;
    }
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); i++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, i);

      if (YT_REF_KIND (link->from) == YT_RECORD_COMPANY && YT_REF_KIND (link->to) == YT_RECORD_SITE &&
          wanted[YT_REF_INDEX (link->to)])
        wanted[n_sites + YT_REF_INDEX (link->from)] = TRUE;
      if (YT_REF_KIND (link->to) == YT_RECORD_COMPANY && YT_REF_KIND (link->from) == YT_RECORD_SITE &&
          wanted[YT_REF_INDEX (link->from)])
        wanted[n_sites + YT_REF_INDEX (link->to)] = TRUE;
    }
  return wanted;
}

static gboolean
fact_wanted (const YtExportScope *scope,
             const YtFact        *fact,
             const gboolean      *subjects)
{
  YtAtlas *atlas = scope->atlas;
  guint n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  guint n_companies = yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY);
  guint index = YT_REF_INDEX (fact->subject);

  if (scope->as_of_year != 0 && fact->date != 0 && YT_DATE_YEAR (fact->date) > scope->as_of_year)
    return FALSE;
  if (scope->everything)
    return TRUE;
  switch (YT_REF_KIND (fact->subject))
    {
    case YT_RECORD_SITE: return subjects[index];
    case YT_RECORD_COMPANY: return subjects[n_sites + index];
    case YT_RECORD_REGION: return subjects[n_sites + n_companies + index];
    default: return FALSE;
    }
}

static void
add_fact (YtDataTable         *table,
          const YtExportScope *scope,
          guint                index)
{
  YtAtlas *atlas = scope->atlas;
  const YtFact *fact = yt_atlas_get_fact (atlas, index);
  YtRef ref = YT_REF (YT_RECORD_FACT, index);

  yt_data_table_add_row (table);
  yt_data_table_set (table, 0, yt_atlas_get_id (atlas, ref));
  yt_data_table_set (table, 1, yt_atlas_get_id (atlas, fact->subject));
  yt_data_table_set (table, 2, yt_atlas_get_name (atlas, fact->subject, scope->lang, NULL));
  yt_data_table_set (table, 3, yt_atlas_get_id (atlas, YT_REF (YT_RECORD_MEASURE, fact->measure)));
  yt_data_table_set (table, 4, yt_atlas_get_name (atlas, YT_REF (YT_RECORD_MEASURE, fact->measure), scope->lang, NULL));
  if (fact->unit != YT_UNIT_NONE)
    {
      yt_data_table_take (table, 5, yt_data_number_to_string (fact->value));
      yt_data_table_set (table, 6, yt_atlas_unit_to_string (fact->unit));
    }
  if (fact->qualifier != YT_QUALIFIER_EXACT && fact->qualifier < G_N_ELEMENTS (qualifiers))
    yt_data_table_set (table, 7, qualifiers[fact->qualifier]);
  yt_data_table_take (table, 8, yt_data_date_to_string (fact->date));
  if (fact->year_end != 0)
    yt_data_table_take (table, 9, g_strdup_printf ("%u", fact->year_end));
  yt_data_table_set (table, 10, yt_atlas_get_text (atlas, ref, YT_TEXT_TEXT, scope->lang, NULL));
  yt_data_table_set (table, 11, yt_atlas_get_text (atlas, ref, YT_TEXT_TEXT, YT_LANG_EN, NULL));
  yt_data_table_set (table, 12, yt_atlas_get_text (atlas, ref, YT_TEXT_TEXT, YT_LANG_ZH, NULL));
  set_source_lists (table, 13, 14, atlas, &fact->head);
  if (fact->conflict != YT_ATLAS_NONE)
    yt_data_table_set (table, 15, yt_atlas_get_id (atlas, YT_REF (YT_RECORD_FACT, fact->conflict)));
}

YtDataTable *
yt_export_facts_table (const YtExportScope *scope)
{
  static const YtDataColumn columns[] = {
    { "id", S }, { "subject", S }, { "subject_name", S }, { "measure", S }, { "measure_name", S },
    { "value", R }, { "unit", S }, { "qualifier", S }, { "date", S }, { "year_end", I },
    { "text", S }, { "text_en", S }, { "text_zh", S }, { "sources", S }, { "source_urls", S },
    { "conflict", S },
  };
  g_autofree gboolean *subjects = facts_subjects (scope);
  YtDataTable *table = yt_data_table_new ("facts", YT_R_ (scope->lang, N_("Facts")), YT_GDAL_GEOMETRY_NONE,
                                          columns, G_N_ELEMENTS (columns));

  for (guint f = 0; f < yt_atlas_get_n_records (scope->atlas, YT_RECORD_FACT); f++)
    if (fact_wanted (scope, yt_atlas_get_fact (scope->atlas, f), subjects))
      add_fact (table, scope, f);
  return table;
}
