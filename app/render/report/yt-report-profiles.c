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
#include "yuntu/yt-format.h"
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

/* The measure (with one unit) the company reports most often, if at least
 * twice: only like is compared with like. */
static gboolean
common_measure (YtBuild *b,
                GArray  *facts,
                guint   *measure,
                YtUnit  *unit)
{
  guint best = 0;

  for (guint i = 0; i < facts->len; i++)
    {
      const YtFact *fi = yt_atlas_get_fact (b->atlas, g_array_index (facts, guint, i));
      guint n = 0;

      if (fi->unit == YT_UNIT_NONE)
        continue;
      for (guint j = 0; j < facts->len; j++)
        {
          const YtFact *fj = yt_atlas_get_fact (b->atlas, g_array_index (facts, guint, j));

          n += fj->measure == fi->measure && fj->unit == fi->unit;
        }
      if (n > best)
        {
          best = n;
          *measure = fi->measure;
          *unit = fi->unit;
        }
    }
  return best >= 2;
}

static int
compare_fact_dates (gconstpointer a,
                    gconstpointer b,
                    gpointer      atlas)
{
  const YtFact *x = yt_atlas_get_fact (atlas, *(const guint *) a);
  const YtFact *y = yt_atlas_get_fact (atlas, *(const guint *) b);

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* A chart of one measure over time, when each date has one figure: two
 * figures of one date measure different things, and bars would mislead. */
static gboolean
figures_chart (YtBuild *b,
               guint    company,
               GArray  *facts,
               guint    measure,
               YtUnit   unit)
{
  YtChart *chart = yt_chart_new (b->lang, yt_atlas_unit_to_string (unit));
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (YtRef));
  g_autofree char *sources = NULL;
  g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_MEASURE, measure));
  g_autofree char *owner = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
  g_autofree char *title = g_strdup_printf (YT_R_ (b->lang, N_("%s: %s, by date")), owner, name);

  g_autoptr(GArray) dated = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < facts->len; i++)
    {
      const YtFact *fact = yt_atlas_get_fact (b->atlas, g_array_index (facts, guint, i));

      if (fact->measure == measure && fact->unit == unit)
        g_array_append_val (dated, g_array_index (facts, guint, i));
    }
  /* A series in time reads oldest first; each bar names its source, as two
   * figures may share a year. */
  g_array_sort_with_data (dated, compare_fact_dates, b->atlas);
  for (guint i = 1; i < dated->len; i++)
    if (yt_atlas_get_fact (b->atlas, g_array_index (dated, guint, i))->date ==
        yt_atlas_get_fact (b->atlas, g_array_index (dated, guint, i - 1))->date)
      {
        yt_chart_free (chart);
        return FALSE;
      }
  yt_chart_set_sorted (chart, FALSE);
  for (guint i = 0; i < dated->len; i++)
    {
      guint index = g_array_index (dated, guint, i);
      const YtFact *fact = yt_atlas_get_fact (b->atlas, index);
      g_autofree char *date = yt_build_date (b, fact->date);
      YtRef ref = YT_REF (YT_RECORD_FACT, index);
      g_autofree char *cite = yt_build_cite_text (b, &ref, 1);
      g_autofree char *label = g_strconcat (date, " ", cite, NULL);

      yt_chart_add_bar (chart, label, fact->value, fact->qualifier, FALSE);
      g_array_append_val (refs, ref);
    }
  sources = yt_build_cite_text (b, (const YtRef *) refs->data, refs->len);
  yt_chart_set_source (chart, sources);
  yt_build_chart (b, title, chart);
  return TRUE;
}

static void
sites_chart (YtBuild *b,
             guint    company,
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
  {
    g_autofree char *owner = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
    g_autofree char *title = g_strdup_printf (YT_R_ (b->lang, N_("%s: sites by kind")), owner);
    g_autofree char *source = g_strdup_printf (YT_R_ (b->lang, N_("Table %u below")), b->n_tables + 1);

    yt_chart_set_source (chart, source);
    yt_build_chart (b, title, chart);
  }
}

static void
sites_table (YtBuild *b,
             guint    company,
             GArray  *sites)
{
  g_autoptr(YtTable) table = yt_table_new (5, site_widths);
  g_autoptr(GPtrArray) names = yt_build_site_names (b, (const guint *) sites->data, sites->len);
  g_autofree char *owner = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
  g_autofree char *title = g_strdup_printf (YT_R_ (b->lang, N_("Sites of %s")), owner);

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Site")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Location")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Kind")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Date")));
  yt_table_set_head (table, 4, YT_R_ (b->lang, N_("Source")));
  for (guint i = 0; i < sites->len; i++)
    {
      guint index = g_array_index (sites, guint, i);
      const YtSite *site = yt_atlas_get_site (b->atlas, index);
      g_autofree char *region = yt_build_region_name (b, site->region);
      g_autofree char *date = yt_build_site_date (b, site);

      yt_table_add_row (table);
      yt_table_add_cell (table, g_ptr_array_index (names, i));
      yt_table_add_cell (table, region);
      yt_table_add_cell (table, yt_build_site_kind (b, site->kind));
      yt_table_add_cell (table, date);
      yt_build_cite (b, yt_table_add_cell (table, NULL), YT_REF (YT_RECORD_SITE, index));
    }
  yt_build_table (b, title, table);
}

static void
profile (YtBuild *b,
         guint    company)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
  g_autofree char *anchor = g_strconcat ("co-", yt_atlas_get_id (b->atlas, YT_REF (YT_RECORD_COMPANY, company)), NULL);
  g_autofree char *facts_title = g_strdup_printf (YT_R_ (b->lang, N_("Facts about %s")), name);
  YtUnit unit;
  guint measure;

  company_facts (b, company, facts);
  company_sites (b, company, sites);
  yt_doc_heading (b->doc, 2, name, anchor, 2);
  profile_intro (b, company);
  if (facts->len > 0)
    yt_build_fact_table (b, facts_title, (const guint *) facts->data, facts->len, FALSE);
  if (!common_measure (b, facts, &measure, &unit) || !figures_chart (b, company, facts, measure, unit))
    sites_chart (b, company, sites);
  if (sites->len > 0)
    sites_table (b, company, sites);
}

typedef struct { guint company, weight; } Weighted;

static int
compare_weight (gconstpointer a,
                gconstpointer b)
{
  const Weighted *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->company < y->company ? -1 : x->company > y->company;
}

/* A company's weight in the data: its sites count twice, its facts once. */
static guint
weight (YtBuild *b,
        guint    company)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));

  company_facts (b, company, facts);
  company_sites (b, company, sites);
  return 2 * sites->len + facts->len;
}

static const double glance_widths[] = { 0.36, 0.22, 0.14, 0.14, 0.14 };

/* One row per profiled company, in profile order, each name linked to its
 * profile: the section's summary stays a page or two however many there are. */
static void
glance_table (YtBuild *b,
              GArray  *order)
{
  g_autoptr(YtTable) table = yt_table_new (5, glance_widths);

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Company")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Kind")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Sites in China")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Sites abroad")));
  yt_table_set_head (table, 4, YT_R_ (b->lang, N_("Facts")));
  for (guint i = 0; i < order->len; i++)
    {
      guint company = g_array_index (order, Weighted, i).company;
      const YtCompany *c = yt_atlas_get_company (b->atlas, company);
      g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) sites = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
      g_autofree char *target = g_strconcat ("#co-", yt_atlas_get_id (b->atlas, YT_REF (YT_RECORD_COMPANY, company)), NULL);
      g_autofree char *home = NULL, *abroad = NULL, *n_facts = NULL;
      guint in_china = 0;

      company_facts (b, company, facts);
      company_sites (b, company, sites);
      for (guint s = 0; s < sites->len; s++)
        in_china += yt_build_site_in_china (b, yt_atlas_get_site (b->atlas, g_array_index (sites, guint, s)));
      home = yt_format_integer (b->lang, in_china);
      abroad = yt_format_integer (b->lang, sites->len - in_china);
      n_facts = yt_format_integer (b->lang, facts->len);
      yt_table_add_row (table);
      yt_rich_append_link (yt_table_add_cell (table, NULL), name, target, yt_report_link);
      yt_table_add_cell (table, yt_catalog_gettext (b->lang, company_kinds[MIN (c->kind, G_N_ELEMENTS (company_kinds) - 1)]));
      yt_table_add_cell (table, home);
      yt_table_add_cell (table, abroad);
      yt_table_add_cell (table, n_facts);
    }
  yt_build_table (b, YT_R_ (b->lang, N_("Companies at a glance")), table);
}

void
yt_build_profiles (YtBuild *b)
{
  guint n = yt_atlas_get_n_records (b->atlas, YT_RECORD_COMPANY);

  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (Weighted));

  for (guint i = 0; i < n; i++)
    {
      Weighted w = { i, weight (b, i) };

      /* A profile with neither a fact nor a site would be an empty page. */
      if (w.weight > 0 && is_profiled (b, i))
        g_array_append_val (order, w);
    }
  g_array_sort (order, compare_weight);
  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Company profiles")), "sec-profiles", 1);
  {
    g_autofree char *intro = g_strdup_printf (
      YT_R_ (b->lang, N_("Cloud providers and the other companies and organisations with several "
                         "facts or sites in the data set, those with most sites and facts first. "
                         "Table %u counts what the data holds for each, a site in every role the "
                         "company plays there (operator, builder, financier, partner, …); a name "
                         "leads to its profile.")), b->n_tables + 1);

    yt_doc_text (b->doc, YT_STYLE_BODY, intro, 4);
  }
  if (order->len > 1)
    glance_table (b, order);
  for (guint i = 0; i < order->len; i++)
    {
      guint company = g_array_index (order, Weighted, i).company;

      b->company_shown[company] = 1;
      profile (b, company);
    }
}
