/* yt-report-summary.c: the executive summary: the data set in one paragraph,
 * the computed key findings, scope and method, the reported investment in
 * clusters and the national and market figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-report-private.h"

static guint
count_kind (YtBuild *b,
            int      kind,
            gboolean overseas)
{
  guint n = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);

      if (b->site_in_scope[i] && (kind < 0 || site->kind == kind) &&
          (!overseas || !yt_build_site_in_china (b, site)))
        n++;
    }
  return n;
}

static void
overview (YtBuild *b)
{
  g_autofree char *all = yt_format_integer (b->lang, count_kind (b, -1, FALSE));
  g_autofree char *hubs = yt_format_integer (b->lang, count_kind (b, YT_SITE_HUB, FALSE));
  g_autofree char *clusters = yt_format_integer (b->lang, count_kind (b, YT_SITE_CLUSTER, FALSE));
  g_autofree char *regions = yt_format_integer (b->lang, count_kind (b, YT_SITE_CLOUD_REGION, FALSE));
  g_autofree char *abroad = yt_format_integer (b->lang, count_kind (b, -1, TRUE));
  g_autofree char *text = g_strdup_printf (
    YT_R_ (b->lang, N_("The data set maps %s sites: %s national computing hubs and %s data-centre "
                       "clusters of the East Data West Computing project, %s provider cloud regions, "
                       "and parks, data centres and projects; %s of the sites lie outside China. "
                       "Every figure cites its source by its number in the list of sources.")),
    all, hubs, clusters, regions, abroad);

  yt_doc_text (b->doc, YT_STYLE_BODY, text, 8);
}

/* National, market and programme figures: facts with a number whose subject
 * is a country, a province or a programme. */
static gboolean
is_key_fact (YtBuild      *b,
             const YtFact *fact)
{
  YtRecordKind kind = YT_REF_KIND (fact->subject);

  if (fact->unit == YT_UNIT_NONE || fact->subject == YT_REF_NONE)
    return FALSE;
  /* Hubs and clusters have their own table in their section. */
  return kind == YT_RECORD_REGION || kind == YT_RECORD_INITIATIVE;
}

static int
compare_by_subject (gconstpointer a,
                    gconstpointer b,
                    gpointer      atlas)
{
  const YtFact *fa = yt_atlas_get_fact (atlas, *(const guint *) a);
  const YtFact *fb = yt_atlas_get_fact (atlas, *(const guint *) b);

  if (fa->subject != fb->subject)
    return fa->subject < fb->subject ? -1 : 1;
  if (fa->date != fb->date)
    return fa->date < fb->date ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static void
key_figures (YtBuild *b)
{
  g_autoptr(GArray) facts = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT); i++)
    if (is_key_fact (b, yt_atlas_get_fact (b->atlas, i)))
      g_array_append_val (facts, i);
  if (facts->len == 0)
    return;
  g_array_sort_with_data (facts, compare_by_subject, b->atlas);
  yt_doc_heading (b->doc, 2, YT_R_ (b->lang, N_("Key figures")), NULL, 0);
  {
    g_autofree char *intro = g_strdup_printf (
      YT_R_ (b->lang, N_("Table %u gives the national, market and programme figures of the data "
                         "set, by subject and date.")), b->n_tables + 1);

    yt_doc_text (b->doc, YT_STYLE_BODY, intro, 2);
  }
  yt_build_fact_table (b, YT_R_ (b->lang, N_("National, market and programme figures")),
                       (const guint *) facts->data, facts->len, TRUE);
}

static gboolean
is_cluster_investment (YtBuild      *b,
                       const YtFact *fact,
                       guint         investment)
{
  const YtSite *site;

  if (fact->measure != investment || fact->unit != YT_UNIT_CNY || YT_REF_KIND (fact->subject) != YT_RECORD_SITE)
    return FALSE;
  if (!b->site_in_scope[YT_REF_INDEX (fact->subject)])
    return FALSE;
  site = yt_atlas_get_site (b->atlas, YT_REF_INDEX (fact->subject));
  return site->kind == YT_SITE_HUB || site->kind == YT_SITE_CLUSTER || site->kind == YT_SITE_PARK;
}

static void
investment_chart (YtBuild *b)
{
  YtChart *chart = yt_chart_new (b->lang, "CNY");
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (YtRef));
  g_autofree char *sources = NULL;
  guint investment = yt_atlas_lookup_kind (b->atlas, YT_RECORD_MEASURE, "m-investment");

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT); i++)
    {
      const YtFact *fact = yt_atlas_get_fact (b->atlas, i);
      g_autofree char *name = NULL;
      g_autofree char *year = NULL;
      g_autofree char *label = NULL;
      YtRef ref = YT_REF (YT_RECORD_FACT, i);

      if (!is_cluster_investment (b, fact, investment))
        continue;
      name = yt_build_name (b, fact->subject);
      year = fact->date != 0 ? yt_build_date (b, fact->date / 10000 * 10000) : NULL;
      label = year != NULL ? g_strdup_printf (YT_R_ (b->lang, N_("%s (%s)")), name, year)
                           : g_strdup (name);
      yt_chart_add_bar (chart, label, fact->value, fact->qualifier, FALSE);
      g_array_append_val (refs, ref);
    }
  if (refs->len < 2)
    {
      yt_chart_free (chart);
      return;
    }
  sources = yt_build_cite_text (b, (const YtRef *) refs->data, refs->len);
  yt_chart_set_source (chart, sources);
  {
    g_autofree char *intro = g_strdup_printf (
      YT_R_ (b->lang, N_("Figure %u sets the investment reported for clusters and parks side by "
                         "side: each figure as its source hedged it, in the year it was "
                         "reported, so the bars are not a total.")), b->n_figures + 1);

    yt_doc_space (b->doc, 4);
    yt_doc_text (b->doc, YT_STYLE_BODY, intro, 2);
  }
  yt_build_chart (b, YT_R_ (b->lang, N_("Reported investment in clusters and parks, in yuan, by "
                                        "the year of the report")), chart);
}

void
yt_build_summary (YtBuild *b)
{
  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Executive summary")), "sec-summary", 1);
  overview (b);
  yt_build_findings (b);
  yt_build_method (b);
  investment_chart (b);
  key_figures (b);
}
