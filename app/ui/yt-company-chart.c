/* yt-company-chart.c: which of a company's figures its profile charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only like can be compared with like: bars share one measure and one unit.
 * The figure the company reports most often wins (one bar per date); a
 * company without such a series gets its sites counted by region.
 */
#include "config.h"

#include "yt-company-profile.h"

#define MAX_REGION_BARS 8
#include "yt-panel-util.h"

/* Distinct publishers of the given records' sources, for the chart's source line. */
static char *
publishers (YtAtlas      *atlas,
            const GArray *refs,
            YtLang        lang)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < refs->len; i++)
    {
      const YtRecordHead *head = yt_atlas_get_head (atlas, g_array_index (refs, YtRef, i));
      const guint32 *sources = yt_atlas_get_indices (atlas, head->sources);

      for (guint s = 0; s < head->n_sources; s++)
        {
          const char *name = yt_atlas_get_text (atlas, YT_REF (YT_RECORD_SOURCE, sources[s]),
                                                YT_TEXT_PUBLISHER, lang, NULL);

          if (name != NULL && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
            g_ptr_array_add (names, (gpointer) name);
        }
    }
  g_ptr_array_add (names, NULL);
  return g_strjoinv (lang == YT_LANG_ZH ? "；" : "; ", (char **) names->pdata);
}

/* The (measure, unit) pair with the most numeric facts about the company. */
static gboolean
best_series (YtAtlas *atlas,
             YtRef    subject,
             guint   *measure,
             guint   *unit)
{
  guint n_facts = yt_atlas_get_n_records (atlas, YT_RECORD_FACT);
  guint best = 1;

  for (guint i = 0; i < n_facts; i++)
    {
      const YtFact *a = yt_atlas_get_fact (atlas, i);
      guint count = 0;

      if (a->subject != subject || a->unit == YT_UNIT_NONE)
        continue;
      for (guint j = 0; j < n_facts; j++)
        {
          const YtFact *b = yt_atlas_get_fact (atlas, j);

          count += b->subject == subject && b->measure == a->measure && b->unit == a->unit;
        }
      if (count > best)
        {
          best = count;
          *measure = a->measure;
          *unit = a->unit;
        }
    }
  return best > 1;
}

static YtChart *
series_chart (YtAtlas *atlas,
              YtRef    subject,
              guint    measure,
              guint    unit,
              YtLang   lang)
{
  YtChart *chart = yt_chart_new (lang, yt_atlas_unit_to_string (unit));
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (YtRef));
  g_autofree char *source = NULL;

  yt_chart_set_sorted (chart, FALSE);
  yt_chart_set_title (chart, yt_panel_name (atlas, YT_REF (YT_RECORD_MEASURE, measure), lang));
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_FACT); i++)
    {
      const YtFact *fact = yt_atlas_get_fact (atlas, i);
      g_autofree char *date = NULL;
      YtRef ref = YT_REF (YT_RECORD_FACT, i);

      if (fact->subject != subject || fact->measure != measure || fact->unit != unit)
        continue;
      date = yt_panel_date (lang, fact->date);
      yt_chart_add_bar (chart, date != NULL ? date : (lang == YT_LANG_ZH ? "日期不详" : "undated"),
                        fact->value, fact->qualifier, FALSE);
      g_array_append_val (refs, ref);
    }
  source = publishers (atlas, refs, lang);
  yt_chart_set_source (chart, source);
  return chart;
}

/* The largest regions get a bar each; the rest share one, so that the chart
 * stays short in a side pane. */
static void
add_region_bars (YtChart     *chart,
                 YtAtlas     *atlas,
                 guint       *counts,
                 guint        n_regions,
                 YtLang       lang)
{
  guint others = 0, n_others = 0;

  for (guint bar = 0; bar < MAX_REGION_BARS - 1; bar++)
    {
      guint best = YT_ATLAS_NONE;

      for (guint r = 0; r < n_regions; r++)
        if (counts[r] > 0 && (best == YT_ATLAS_NONE || counts[r] > counts[best]))
          best = r;
      if (best == YT_ATLAS_NONE)
        break;
      yt_chart_add_bar (chart, yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, best), lang), counts[best],
                        YT_QUALIFIER_EXACT, FALSE);
      counts[best] = 0;
    }
  for (guint r = 0; r < n_regions; r++)
    if (counts[r] > 0)
      {
        others += counts[r];
        n_others++;
      }
  if (n_others > 0)
    {
      g_autofree char *label = lang == YT_LANG_ZH ? g_strdup_printf ("其他%u个地区", n_others)
                                                  : g_strdup_printf (n_others == 1 ? "%u other region" : "%u other regions", n_others);

      yt_chart_add_bar (chart, label, others, YT_QUALIFIER_EXACT, FALSE);
    }
}

/* Sites linked to the company, counted by their region. */
static YtChart *
regions_chart (YtAtlas *atlas,
               YtRef    company,
               YtLang   lang)
{
  guint n_regions = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);
  g_autofree guint *counts = g_new0 (guint, n_regions + 1);
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (YtRef));
  g_autofree char *source = NULL;
  YtChart *chart;
  guint n_bars = 0;

  for (guint l = 0; l < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);
      YtRef site = link->from == company ? link->to : link->to == company ? link->from : YT_REF_NONE;
      YtRef ref = YT_REF (YT_RECORD_LINK, l);
      guint region;

      if (site == YT_REF_NONE || YT_REF_KIND (site) != YT_RECORD_SITE)
        continue;
      region = yt_atlas_get_site (atlas, YT_REF_INDEX (site))->region;
      if (region != YT_ATLAS_NONE)
        counts[region]++;
      g_array_append_val (refs, ref);
    }
  for (guint r = 0; r < n_regions; r++)
    n_bars += counts[r] > 0;
  if (n_bars < 2)
    return NULL;
  chart = yt_chart_new (lang, "count");
  /* The chart speaks the data language, which a report may set apart from the UI's. */
  yt_chart_set_title (chart, lang == YT_LANG_ZH ? "各地区站点数量（个）" : "Number of sites by region");
  /* Largest first, and the shared "other regions" bar last whatever its size. */
  yt_chart_set_sorted (chart, FALSE);
  add_region_bars (chart, atlas, counts, n_regions, lang);
  source = publishers (atlas, refs, lang);
  yt_chart_set_source (chart, source);
  return chart;
}

YtChart *
yt_company_profile_build_chart (YtAtlas *atlas,
                                guint    company,
                                YtLang   lang)
{
  YtRef ref = YT_REF (YT_RECORD_COMPANY, company);
  guint measure = YT_ATLAS_NONE, unit = YT_UNIT_NONE;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  if (best_series (atlas, ref, &measure, &unit))
    return series_chart (atlas, ref, measure, unit, lang);
  return regions_chart (atlas, ref, lang);
}
