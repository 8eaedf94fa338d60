/* yt-report-profiles.c: one profile per cloud company and notable other company
 *
 * A profile gives the company's names and kind, its facts with figures and
 * citations, a chart of comparable figures (same unit) or else of its sites
 * by kind, and the table of its sites.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

#define NOTABLE_RECORDS 3

static const double site_widths[] = { 0.34, 0.17, 0.17, 0.18, 0.14 };

static const char *const company_kinds[] = {
  N_("Cloud provider"), N_("Hardware maker"), N_("Telecom operator"), N_("Internet company"),
  N_("Data-centre operator"), N_("Investor"), N_("Government body"), N_("Association"),
  N_("Research firm"), N_("Media"), N_("Organisation"),
};

static void
company_facts (YtBuild *b,
               guint    company,
               GArray  *facts)
{
  YtRef ref = YT_REF (YT_RECORD_COMPANY, company);

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT); i++)
    if (yt_atlas_get_fact (b->atlas, i)->subject == ref)
      g_array_append_val (facts, i);
}

static void
company_sites (YtBuild *b,
               guint    company,
               GArray  *sites)
{
  YtRef ref = YT_REF (YT_RECORD_COMPANY, company);

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_LINK); i++)
    {
      const YtLink *link = yt_atlas_get_link (b->atlas, i);
      guint site = YT_REF_INDEX (link->to);
      gboolean seen = FALSE;

      if (link->from != ref || YT_REF_KIND (link->to) != YT_RECORD_SITE || !b->site_in_scope[site])
        continue;
      for (guint j = 0; j < sites->len && !seen; j++)
        seen = g_array_index (sites, guint, j) == site;
      if (!seen)
        g_array_append_val (sites, site);
    }
}

static gboolean
is_profiled (YtBuild *b,
             guint    company)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));

  if (b->options->scope == YT_REPORT_SCOPE_COMPANY)
    return company == b->options->company;
  company_sites (b, company, sites);
  if (b->options->scope == YT_REPORT_SCOPE_SITES)
    return sites->len > 0;
  company_facts (b, company, facts);
  return yt_atlas_get_company (b->atlas, company)->kind == YT_COMPANY_CLOUD ||
         facts->len + sites->len >= NOTABLE_RECORDS;
}

static void
profile_intro (YtBuild *b,
               guint    company)
{
  const YtCompany *c = yt_atlas_get_company (b->atlas, company);
  g_autoptr(YtRich) rich = yt_rich_new (NULL);
  const char *sep = b->lang == YT_LANG_ZH ? "；" : "; ";

  yt_rich_append (rich, yt_catalog_gettext (b->lang, company_kinds[MIN (c->kind, G_N_ELEMENTS (company_kinds) - 1)]));
  if (c->hq_region != YT_ATLAS_NONE)
    {
      g_autofree char *hq = yt_build_region_name (b, c->hq_region);
      g_autofree char *text = g_strdup_printf (YT_R_ (b->lang, N_("headquarters: %s")), hq);

      yt_rich_append (rich, sep);
      yt_rich_append (rich, text);
    }
  if (c->parent != YT_ATLAS_NONE)
    {
      g_autofree char *parent = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, c->parent));
      g_autofree char *text = g_strdup_printf (YT_R_ (b->lang, N_("part of %s")), parent);

      yt_rich_append (rich, sep);
      yt_rich_append (rich, text);
    }
  yt_build_cite (b, rich, YT_REF (YT_RECORD_COMPANY, company));
  yt_doc_paragraph (b->doc, YT_STYLE_BODY, rich, 0, 6);
}

/* The unit most of the company's figures share, if at least two do. */
static YtUnit
common_unit (YtBuild *b,
             GArray  *facts)
{
  guint counts[YT_UNIT_DATA_CENTRE + 1] = { 0 };
  YtUnit best = YT_UNIT_NONE;

  for (guint i = 0; i < facts->len; i++)
    {
      YtUnit unit = yt_atlas_get_fact (b->atlas, g_array_index (facts, guint, i))->unit;

      if (unit != YT_UNIT_NONE && unit <= YT_UNIT_DATA_CENTRE && ++counts[unit] > counts[best])
        best = unit;
    }
  return best != YT_UNIT_NONE && counts[best] >= 2 ? best : YT_UNIT_NONE;
}

static void
figures_chart (YtBuild *b,
               GArray  *facts,
               YtUnit   unit)
{
  YtChart *chart = yt_chart_new (b->lang, yt_atlas_unit_to_string (unit));
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (YtRef));
  g_autofree char *sources = NULL;

  for (guint i = 0; i < facts->len; i++)
    {
      guint index = g_array_index (facts, guint, i);
      const YtFact *fact = yt_atlas_get_fact (b->atlas, index);
      g_autofree char *measure = yt_build_name (b, YT_REF (YT_RECORD_MEASURE, fact->measure));
      g_autofree char *date = yt_build_date (b, fact->date / 10000 * 10000);
      g_autofree char *label = g_strdup_printf (YT_R_ (b->lang, N_("%s (%s)")), measure, date);
      YtRef ref = YT_REF (YT_RECORD_FACT, index);

      if (fact->unit != unit)
        continue;
      yt_chart_add_bar (chart, label, fact->value, fact->qualifier, FALSE);
      g_array_append_val (refs, ref);
    }
  sources = yt_build_cite_text (b, (const YtRef *) refs->data, refs->len);
  yt_chart_set_source (chart, sources);
  yt_build_chart (b, YT_R_ (b->lang, N_("Comparable figures")), chart);
}

static void
sites_chart (YtBuild *b,
             GArray  *sites)
{
  guint counts[YT_N_SITE_KINDS] = { 0 };
  guint n_kinds = 0;
  YtChart *chart;

  for (guint i = 0; i < sites->len; i++)
    n_kinds += counts[yt_atlas_get_site (b->atlas, g_array_index (sites, guint, i))->kind]++ == 0;
  /* A chart of two or three sites says less than the table below it. */
  if (n_kinds < 2 || sites->len < 4)
    return;
  chart = yt_chart_new (b->lang, "count");
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    if (counts[k] > 0)
      yt_chart_add_bar (chart, yt_build_site_kind (b, k), counts[k], YT_QUALIFIER_EXACT, FALSE);
  yt_chart_set_source (chart, YT_R_ (b->lang, N_("the sites table below")));
  yt_build_chart (b, YT_R_ (b->lang, N_("Sites by kind")), chart);
}

static void
sites_table (YtBuild *b,
             GArray  *sites)
{
  g_autoptr(YtTable) table = yt_table_new (5, site_widths);

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Site")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Location")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Kind")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Date")));
  yt_table_set_head (table, 4, YT_R_ (b->lang, N_("Source")));
  for (guint i = 0; i < sites->len; i++)
    {
      guint index = g_array_index (sites, guint, i);
      const YtSite *site = yt_atlas_get_site (b->atlas, index);
      g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_SITE, index));
      g_autofree char *region = yt_build_region_name (b, site->region);
      g_autofree char *date = yt_build_site_date (b, site);

      yt_table_add_row (table);
      yt_table_add_cell (table, name);
      yt_table_add_cell (table, region);
      yt_table_add_cell (table, yt_build_site_kind (b, site->kind));
      yt_table_add_cell (table, date);
      yt_build_cite (b, yt_table_add_cell (table, NULL), YT_REF (YT_RECORD_SITE, index));
    }
  yt_doc_table (b->doc, table);
}

static void
profile (YtBuild *b,
         guint    company)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
  g_autofree char *anchor = g_strconcat ("co-", yt_atlas_get_id (b->atlas, YT_REF (YT_RECORD_COMPANY, company)), NULL);
  YtUnit unit;

  company_facts (b, company, facts);
  company_sites (b, company, sites);
  yt_doc_heading (b->doc, 2, name, anchor, 2);
  profile_intro (b, company);
  if (facts->len > 0)
    yt_build_fact_table (b, (const guint *) facts->data, facts->len, FALSE);
  if ((unit = common_unit (b, facts)) != YT_UNIT_NONE)
    figures_chart (b, facts, unit);
  else
    sites_chart (b, sites);
  if (sites->len > 0)
    sites_table (b, sites);
}

void
yt_build_profiles (YtBuild *b)
{
  guint n = yt_atlas_get_n_records (b->atlas, YT_RECORD_COMPANY);

  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Company profiles")), "sec-profiles", 1);
  yt_doc_text (b->doc, YT_STYLE_BODY,
               YT_R_ (b->lang, N_("Cloud providers first, then other companies and organisations "
                                  "with several facts or sites in the data set.")), 4);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        gboolean cloud = yt_atlas_get_company (b->atlas, i)->kind == YT_COMPANY_CLOUD;

        if ((pass == 0) == cloud && is_profiled (b, i))
          {
            b->company_shown[i] = 1;
            profile (b, i);
          }
      }
}
