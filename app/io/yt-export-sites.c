/* yt-export-sites.c: one row per site, with its companies, region, dates, position and sources
 *
 * Names follow the export's language; ids, kinds, codes and dates are the
 * atlas's own tokens, so a file reads the same to a script in any language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yuntu/yt-catalog.h"
#include "yt-data-columns.h"
#include "yt-export-tables.h"

static const YtSiteColumn company_columns[] = {
  YT_SITE_COL_OPERATOR, YT_SITE_COL_INVESTORS, YT_SITE_COL_BUILDERS, YT_SITE_COL_FINANCIERS,
  YT_SITE_COL_PARTNERS, YT_SITE_COL_CUSTOMERS, YT_SITE_COL_MEMBERS,
};

static const char * const precisions[] = { NULL, "site", "district", "city", "province" };

static guint
company_slot (YtSiteColumn column)
{
  for (guint i = 0; i < G_N_ELEMENTS (company_columns); i++)
    if (company_columns[i] == column)
      return i;
  return G_N_ELEMENTS (company_columns);
}

/* Companies linked with each site, per column: key site × 8 + slot + 1. */
static GHashTable *
index_companies (YtAtlas *atlas)
{
  GHashTable *index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); i++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, i);
      YtSiteColumn column = yt_data_column_for_link (link->kind);
      YtRef site = YT_REF_KIND (link->to) == YT_RECORD_SITE ? link->to : link->from;
      YtRef company = site == link->to ? link->from : link->to;
      gpointer key;
      GArray *list;
      guint index_of_company = YT_REF_INDEX (company);

      if (column == YT_N_SITE_COLS || YT_REF_KIND (site) != YT_RECORD_SITE ||
          YT_REF_KIND (company) != YT_RECORD_COMPANY)
        continue;
      key = GUINT_TO_POINTER (YT_REF_INDEX (site) * 8 + company_slot (column) + 1);
      if ((list = g_hash_table_lookup (index, key)) == NULL)
        g_hash_table_insert (index, key, list = g_array_new (FALSE, FALSE, sizeof (guint)));
      g_array_append_val (list, index_of_company);
    }
  return index;
}

static void
set_companies (YtDataTable *table,
               YtAtlas     *atlas,
               YtLang       lang,
               GHashTable  *index,
               guint        site)
{
  for (guint c = 0; c < G_N_ELEMENTS (company_columns); c++)
    {
      GArray *list = g_hash_table_lookup (index, GUINT_TO_POINTER (site * 8 + c + 1));
      g_autoptr(GString) names = g_string_new (NULL);
      g_autoptr(GString) ids = g_string_new (NULL);

      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          YtRef ref = YT_REF (YT_RECORD_COMPANY, g_array_index (list, guint, k));

          g_string_append_printf (names, "%s%s", k > 0 ? YT_DATA_LIST_SEPARATOR : "",
                                  yt_atlas_get_name (atlas, ref, lang, NULL));
          g_string_append_printf (ids, "%s%s", k > 0 ? YT_DATA_LIST_SEPARATOR : "", yt_atlas_get_id (atlas, ref));
        }
      yt_data_table_set (table, company_columns[c], names->str);
      if (c == 0)
        yt_data_table_set (table, YT_SITE_COL_OPERATOR_ID, ids->str);
    }
}

static void
set_sources (YtDataTable        *table,
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
      if (*url != '\0')
        g_string_append_printf (urls, "%s%s", urls->len > 0 ? YT_DATA_LIST_SEPARATOR : "", url);
    }
  yt_data_table_set (table, YT_SITE_COL_SOURCES, ids->str);
  yt_data_table_set (table, YT_SITE_COL_SOURCE_URLS, urls->str);
}

static void
set_position (YtDataTable  *table,
              const YtSite *site,
              gboolean      with_geometry)
{
  if (site->precision == YT_PRECISION_NONE || site->precision >= G_N_ELEMENTS (precisions))
    return;
  yt_data_table_take (table, YT_SITE_COL_LAT, yt_data_number_to_string (site->lat));
  yt_data_table_take (table, YT_SITE_COL_LON, yt_data_number_to_string (site->lon));
  yt_data_table_set (table, YT_SITE_COL_PRECISION, precisions[site->precision]);
  if (with_geometry)
    yt_data_table_set_point (table, site->lon, site->lat);
}

static void
add_site (YtDataTable         *table,
          const YtExportScope *scope,
          GHashTable          *companies,
          guint                index,
          gboolean             with_geometry)
{
  YtAtlas *atlas = scope->atlas;
  const YtSite *site = yt_atlas_get_site (atlas, index);
  YtRef ref = YT_REF (YT_RECORD_SITE, index);

  yt_data_table_add_row (table);
  yt_data_table_set (table, YT_SITE_COL_ID, yt_atlas_get_id (atlas, ref));
  yt_data_table_set (table, YT_SITE_COL_NAME, yt_atlas_get_name (atlas, ref, scope->lang, NULL));
  yt_data_table_set (table, YT_SITE_COL_NAME_EN, yt_atlas_get_name (atlas, ref, YT_LANG_EN, NULL));
  yt_data_table_set (table, YT_SITE_COL_NAME_ZH, yt_atlas_get_name (atlas, ref, YT_LANG_ZH, NULL));
  yt_data_table_set (table, YT_SITE_COL_KIND, yt_atlas_site_kind_to_string (site->kind));
  yt_data_table_set (table, YT_SITE_COL_KIND_NAME, YT_R_ (scope->lang, yt_data_site_kind_label (site->kind)));
  set_companies (table, atlas, scope->lang, companies, index);
  if (site->region != YT_ATLAS_NONE)
    {
      YtRef region = YT_REF (YT_RECORD_REGION, site->region);

      yt_data_table_set (table, YT_SITE_COL_REGION, yt_atlas_get_name (atlas, region, scope->lang, NULL));
      yt_data_table_set (table, YT_SITE_COL_REGION_ISO,
                         yt_atlas_str (atlas, yt_atlas_get_region (atlas, site->region)->iso));
    }
  if (site->parent != YT_ATLAS_NONE)
    yt_data_table_set (table, YT_SITE_COL_PARENT, yt_atlas_get_id (atlas, YT_REF (YT_RECORD_SITE, site->parent)));
  yt_data_table_set (table, YT_SITE_COL_CODE, yt_atlas_str (atlas, site->code));
  yt_data_table_take (table, YT_SITE_COL_ANNOUNCED, yt_data_date_to_string (site->announced));
  yt_data_table_take (table, YT_SITE_COL_OPENED, yt_data_date_to_string (site->opened));
  yt_data_table_take (table, YT_SITE_COL_CLOSED, yt_data_date_to_string (site->closed));
  set_position (table, site, with_geometry);
  set_sources (table, atlas, &site->head);
}

/**
 * yt_export_sites_table:
 * @with_geometry: whether rows carry a point (every format but CSV)
 */
YtDataTable *
yt_export_sites_table (const YtExportScope *scope,
                       gboolean             with_geometry)
{
  g_autoptr(GHashTable) companies = index_companies (scope->atlas);
  YtDataTable *table = yt_data_table_new ("sites", YT_R_ (scope->lang, N_("Sites")),
                                          with_geometry ? YT_GDAL_GEOMETRY_POINT : YT_GDAL_GEOMETRY_NONE,
                                          yt_site_columns, YT_N_SITE_COLS);

  for (guint i = 0; i < scope->sites->len; i++)
    add_site (table, scope, companies, g_array_index (scope->sites, guint, i), with_geometry);
  return table;
}
