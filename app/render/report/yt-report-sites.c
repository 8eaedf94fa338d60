/* yt-report-sites.c: tables of the hubs and clusters, and of the sites abroad
 *
 * Rows follow a fixed order (the data's order for the hubs; abroad, by
 * country and name in the report's language, pinyin order in Chinese) so
 * that the same data always gives the same pages, whatever the locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yuntu/yt-membership.h"
#include "yt-report-private.h"

static const double hub_widths[] = { 0.22, 0.14, 0.14, 0.38, 0.12 };
static const double abroad_widths[] = { 0.21, 0.11, 0.12, 0.12, 0.13, 0.20, 0.11 };

/* The country's Belt and Road membership in the report's year: what it was
 * then, and the dates with their sources. */
static void
membership_cell (YtBuild *b,
                 YtRich  *cell,
                 guint    region)
{
  int year = yt_build_as_of_year (b);
  guint bri = yt_membership_bri (b->atlas);
  guint index = region != YT_ATLAS_NONE ? yt_membership_relevant (b->atlas, region, bri, year) : YT_ATLAS_NONE;
  const YtMembership *m;
  g_autofree char *dates = NULL;

  if (index == YT_ATLAS_NONE)
    {
      yt_rich_append (cell, yt_membership_any (b->atlas, bri) ? YT_R_ (b->lang, N_("Not a member")) : "—");
      return;
    }
  m = yt_atlas_get_membership (b->atlas, index);
  yt_rich_append_bold (cell, yt_membership_in_force (m, year) ? YT_R_ (b->lang, N_("Member country"))
                       : YT_DATE_YEAR (m->start) > year ? YT_R_ (b->lang, N_("Not yet a member"))
                       : YT_R_ (b->lang, N_("Former member")));
  dates = yt_membership_describe (b->atlas, index, b->lang);
  yt_rich_append (cell, "\n");
  yt_rich_append (cell, dates);
  yt_build_cite (b, cell, YT_REF (YT_RECORD_MEMBERSHIP, index));
}

static void
site_row (YtBuild    *b,
          YtTable    *table,
          guint       index,
          const char *name,
          gboolean    abroad)
{
  const YtSite *site = yt_atlas_get_site (b->atlas, index);
  YtRef ref = YT_REF (YT_RECORD_SITE, index);
  g_autofree char *region = yt_build_region_name (b, site->region);
  g_autofree char *date = yt_build_site_date (b, site);

  yt_table_add_row (table);
  yt_rich_append_bold (yt_table_add_cell (table, NULL), name);
  yt_table_add_cell (table, region);
  yt_table_add_cell (table, date);
  if (abroad)
    {
      guint company = yt_build_site_operator (b, index);
      g_autofree char *operator = company != YT_ATLAS_NONE
        ? yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company)) : g_strdup ("—");

      yt_table_add_cell (table, yt_build_site_kind (b, site->kind));
      yt_table_add_cell (table, operator);
      membership_cell (b, yt_table_add_cell (table, NULL), site->region);
    }
  else
    {
      g_autofree char *note = yt_build_text (b, ref, YT_TEXT_NOTE);

      yt_table_add_cell (table, note != NULL ? note : "—");
    }
  yt_build_cite (b, yt_table_add_cell (table, NULL), ref);
}

static void
hub_table (YtBuild    *b,
           YtSiteKind  kind,
           const char *title)
{
  g_autoptr(YtTable) table = yt_table_new (5, hub_widths);
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) names = NULL;

  yt_table_set_head (table, 0, yt_build_site_kind (b, kind));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Province")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Date")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Notes")));
  yt_table_set_head (table, 4, YT_R_ (b->lang, N_("Source")));
  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    if (b->site_in_scope[i] && yt_atlas_get_site (b->atlas, i)->kind == kind)
      g_array_append_val (sites, i);
  if (sites->len == 0)
    return;
  names = yt_build_site_names (b, (const guint *) sites->data, sites->len);
  for (guint i = 0; i < sites->len; i++)
    site_row (b, table, g_array_index (sites, guint, i), g_ptr_array_index (names, i), FALSE);
  yt_build_table (b, title, table);
}

/* The figures of the hubs and clusters, grouped by site in table order. */
static void
hub_figures (YtBuild *b)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_facts = yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT);

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);
      YtRef ref = YT_REF (YT_RECORD_SITE, i);

      if (!b->site_in_scope[i] || (site->kind != YT_SITE_HUB && site->kind != YT_SITE_CLUSTER))
        continue;
      for (guint f = 0; f < n_facts; f++)
        if (yt_atlas_get_fact (b->atlas, f)->subject == ref)
          g_array_append_val (facts, f);
    }
  if (facts->len == 0)
    return;
  yt_build_fact_table (b, YT_R_ (b->lang, N_("Figures for the hubs and clusters")),
                       (const guint *) facts->data, facts->len, TRUE);
}

void
yt_build_hub_tables (YtBuild *b)
{
  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Computing hubs and data-centre clusters")),
                  "sec-hubs", 1);
  {
    g_autofree char *intro = g_strdup_printf (
      YT_R_ (b->lang, N_("The East Data West Computing project designates national computing hub "
                         "nodes and, within them, national data-centre clusters. Tables %u and %u "
                         "list those in the data set, with the date and notes the data gives for "
                         "each; Table %u gives their figures.")),
      b->n_tables + 1, b->n_tables + 2, b->n_tables + 3);

    yt_doc_text (b->doc, YT_STYLE_BODY, intro, 6);
  }
  hub_table (b, YT_SITE_HUB, YT_R_ (b->lang, N_("National computing hubs")));
  hub_table (b, YT_SITE_CLUSTER, YT_R_ (b->lang, N_("National data-centre clusters")));
  hub_figures (b);
}

typedef struct { guint site; char *key, *name; } Row;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->key);
  g_free (row->name);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      doc)
{
  const Row *x = a, *y = b;
  int c = yt_doc_collate (doc, x->key, y->key);

  if (c == 0)
    c = yt_doc_collate (doc, x->name, y->name);
  return c != 0 ? c : (x->site < y->site ? -1 : x->site > y->site);
}

/* The sites abroad in reading order: by country, then name, each in the
 * report's language (pinyin order in Chinese). */
static GArray *
abroad_rows (YtBuild *b)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) names = NULL;

  g_array_set_clear_func (rows, row_clear);
  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    if (b->site_in_scope[i] && !yt_build_site_in_china (b, yt_atlas_get_site (b->atlas, i)))
      g_array_append_val (sites, i);
  names = yt_build_site_names (b, (const guint *) sites->data, sites->len);
  for (guint i = 0; i < sites->len; i++)
    {
      guint site = g_array_index (sites, guint, i);
      guint country = yt_build_site_country (b, yt_atlas_get_site (b->atlas, site));
      Row row = { site, country != YT_ATLAS_NONE ? yt_build_region_name (b, country) : g_strdup ("—"),
                  g_strdup (g_ptr_array_index (names, i)) };

      g_array_append_val (rows, row);
    }
  g_array_sort_with_data (rows, compare_rows, b->doc);
  return rows;
}

static const double country_widths[] = { 0.30, 0.12, 0.14, 0.44 };

/* One row per country: how many sites, how many of them cloud regions, and
 * which firms; it stays short however many sites the data holds. */
static void
country_table (YtBuild *b,
               GArray  *rows)
{
  g_autoptr(YtTable) table = yt_table_new (4, country_widths);

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Country or territory")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Sites")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Cloud regions")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Firms")));
  for (guint i = 0; i < rows->len;)
    {
      const char *country = g_array_index (rows, Row, i).key;
      g_autoptr(GPtrArray) firms = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n_sites = NULL, *n_regions = NULL, *list = NULL;
      guint j, regions = 0;

      for (j = i; j < rows->len && g_str_equal (g_array_index (rows, Row, j).key, country); j++)
        {
          guint site = g_array_index (rows, Row, j).site;
          guint company = yt_build_site_operator (b, site);
          g_autofree char *name = company != YT_ATLAS_NONE ? yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company)) : NULL;

          regions += yt_atlas_get_site (b->atlas, site)->kind == YT_SITE_CLOUD_REGION;
          if (name != NULL && !g_ptr_array_find_with_equal_func (firms, name, g_str_equal, NULL))
            g_ptr_array_add (firms, g_steal_pointer (&name));
        }
      g_ptr_array_add (firms, NULL);
      n_sites = yt_format_integer (b->lang, j - i);
      n_regions = yt_format_integer (b->lang, regions);
      list = g_strjoinv (b->lang == YT_LANG_ZH ? "、" : ", ", (char **) firms->pdata);
      yt_table_add_row (table);
      yt_table_add_cell (table, country);
      yt_table_add_cell (table, n_sites);
      yt_table_add_cell (table, n_regions);
      yt_table_add_cell (table, *list != '\0' ? list : "—");
      i = j;
    }
  yt_build_table (b, YT_R_ (b->lang, N_("Sites of Chinese firms outside China, by country")), table);
}

/* What the Belt and Road tables hold, and what their membership column says
 * (nothing, when the data records no membership). */
static char *
bri_intro (YtBuild *b)
{
  int as_of = yt_build_as_of_year (b);
  g_autofree char *year = yt_format_year_range (b->lang, (guint) as_of, (guint) as_of);
  g_autofree char *tables = g_strdup_printf (YT_R_ (b->lang, N_("Cloud regions, data centres and projects of "
                                                                 "Chinese companies outside China: Table %u "
                                                                 "counts them by country, Table %u lists each.")),
                                             b->n_tables + 1, b->n_tables + 2);
  g_autofree char *column = NULL;

  if (!yt_membership_any (b->atlas, yt_membership_bri (b->atlas)))
    return g_strconcat (tables, " ", YT_R_ (b->lang, N_("Belt and Road membership is not stated by the "
                                                         "sources and is not implied by these tables.")), NULL);
  /* TRANSLATORS: %u is a table number, %s a year ("2024" / "2024年") */
  column = g_strdup_printf (YT_R_ (b->lang, N_("The Belt and Road column of Table %u says whether the country "
                                               "was a member in %s, with the date it signed a cooperation "
                                               "document with China and, if it left, the date it left.")),
                            b->n_tables + 2, year);
  return g_strconcat (tables, " ", column, NULL);
}

void
yt_build_bri_table (YtBuild *b)
{
  g_autoptr(YtTable) table = yt_table_new (7, abroad_widths);
  g_autoptr(GArray) rows = abroad_rows (b);
  g_autofree char *intro = NULL;

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Site")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Country")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Date")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Kind")));
  yt_table_set_head (table, 4, YT_R_ (b->lang, N_("Operator")));
  yt_table_set_head (table, 5, YT_R_ (b->lang, N_("Belt and Road")));
  yt_table_set_head (table, 6, YT_R_ (b->lang, N_("Source")));
  for (guint i = 0; i < rows->len; i++)
    site_row (b, table, g_array_index (rows, Row, i).site, g_array_index (rows, Row, i).name, TRUE);

  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Belt and Road sites")), "sec-bri", 1);
  intro = bri_intro (b);
  yt_doc_text (b->doc, YT_STYLE_BODY, intro, 6);
  if (rows->len == 0)
    return;
  country_table (b, rows);
  yt_build_table (b, YT_R_ (b->lang, N_("Sites of Chinese firms outside China")), table);
}
