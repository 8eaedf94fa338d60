/* yt-report-findings.c: key findings computed from the data, and what the report covers
 *
 * Every number in a finding is counted from the atlas when the report is
 * made (nothing is typed in), so the findings follow the data as it grows:
 * provider regions abroad and their countries, the firms with most sites
 * abroad, how many of those sites lie in Belt and Road member countries,
 * what opened or was announced in the year before the data cut-off, the
 * national programme, and how well the figures are sourced.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yuntu/yt-membership.h"
#include "yt-report-private.h"

#define LEADERS   3
#define RECENT    4

typedef struct { guint record, n; } Count;   /* sites of a company or a country */

static char *
number (YtBuild *b,
        guint    n)
{
  return yt_format_integer (b->lang, n);
}

/* A finding: a square in the margin of an indented paragraph. */
static void
finding (YtBuild    *b,
         const char *text)
{
  g_autoptr(YtRich) rich = yt_rich_new (text);
  g_autoptr(YtRich) mark = yt_rich_new ("■");
  g_autoptr(PangoLayout) bullet = yt_doc_layout (b->doc, YT_STYLE_SMALL, mark, -1);
  double y;

  yt_doc_paragraph (b->doc, YT_STYLE_BODY, rich, 14, 5);
  /* The square sits on the paragraph's first line, wherever the page broke. */
  y = ((YtItem *) g_ptr_array_index (b->doc->page->items, b->doc->page->items->len - 1))->y;
  yt_doc_place (b->doc, bullet, NULL, b->doc->left + 1, y + 1.5, yt_report_accent);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const Count *x = a, *y = b;

  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return x->record < y->record ? -1 : x->record > y->record;
}

/* The first LEADERS of @counts by count, as "A (3), B (2), C (1)"; sorts @counts. */
static char *
leaders (YtBuild      *b,
         Count        *counts,
         guint         n,
         YtRecordKind  kind)
{
  GString *text = g_string_new (NULL);

  qsort (counts, n, sizeof (Count), compare_counts);
  for (guint i = 0; i < LEADERS && i < n && counts[i].n > 0; i++)
    {
      g_autofree char *name = yt_build_name (b, YT_REF (kind, counts[i].record));
      g_autofree char *count = number (b, counts[i].n);
      g_autofree char *item = g_strdup_printf (YT_R_ (b->lang, N_("%s (%s)")), name, count);

      if (i > 0)
        g_string_append (text, b->lang == YT_LANG_ZH ? "、" : ", ");
      g_string_append (text, item);
    }
  return g_string_free (text, FALSE);
}

/* Cloud regions abroad, the countries they are in, and who runs them. */
static void
abroad (YtBuild *b)
{
  guint n_sites = yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE);
  guint n_companies = yt_atlas_get_n_records (b->atlas, YT_RECORD_COMPANY);
  g_autofree guint8 *country_seen = g_new0 (guint8, yt_atlas_get_n_records (b->atlas, YT_RECORD_REGION) + 1);
  g_autofree Count *counts = g_new0 (Count, n_companies + 1);
  guint regions = 0, countries = 0, sites = 0;
  g_autofree char *text = NULL, *n_regions = NULL, *n_countries = NULL, *n_abroad = NULL, *most = NULL;

  for (guint c = 0; c < n_companies; c++)
    counts[c].record = c;
  for (guint i = 0; i < n_sites; i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);
      guint country, company;

      if (!b->site_in_scope[i] || yt_build_site_in_china (b, site))
        continue;
      sites++;
      regions += site->kind == YT_SITE_CLOUD_REGION;
      if ((country = yt_build_site_country (b, site)) != YT_ATLAS_NONE && !country_seen[country]++)
        countries++;
      if ((company = yt_build_site_operator (b, i)) != YT_ATLAS_NONE)
        counts[company].n++;
    }
  if (sites == 0)
    return;
  most = leaders (b, counts, n_companies, YT_RECORD_COMPANY);
  n_abroad = number (b, sites);
  n_regions = number (b, regions);
  n_countries = number (b, countries);
  text = g_strdup_printf (YT_R_ (b->lang, N_("Outside China the data set records %s sites of Chinese "
                                             "firms in %s countries and territories, %s of them "
                                             "provider cloud regions. Operators of most sites abroad: %s.")),
                          n_abroad, n_countries, n_regions, most);
  finding (b, text);
}

/* "A, B and C" / "A、B和C". */
static char *
join_names (YtBuild   *b,
            GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (text, i + 1 < names->len ? (b->lang == YT_LANG_ZH ? "、" : ", ")
                                                  : YT_R_ (b->lang, N_(" and ")));
      g_string_append (text, names->pdata[i]);
    }
  return g_string_free (text, FALSE);
}

static int
compare_end (gconstpointer a,
             gconstpointer b,
             gpointer      atlas)
{
  YtDate x = yt_atlas_get_membership (atlas, *(const guint *) a)->end;
  YtDate y = yt_atlas_get_membership (atlas, *(const guint *) b)->end;

  return x < y ? -1 : x > y;
}

/* The countries that left the Belt and Road by the report's year, in the
 * order they left. */
static char *
former_members (YtBuild *b,
                guint    bri,
                int      year,
                guint   *n)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) left = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_MEMBERSHIP); i++)
    {
      const YtMembership *m = yt_atlas_get_membership (b->atlas, i);

      if (m->initiative == bri && m->end != 0 && YT_DATE_YEAR (m->end) <= year &&
          !yt_membership_is_member (b->atlas, m->region, bri, year))
        g_array_append_val (left, i);
    }
  g_array_sort_with_data (left, compare_end, b->atlas);
  for (guint i = 0; i < left->len; i++)
    {
      guint region = yt_atlas_get_membership (b->atlas, g_array_index (left, guint, i))->region;

      g_ptr_array_add (names, yt_build_name (b, YT_REF (YT_RECORD_REGION, region)));
    }
  *n = names->len;
  return join_names (b, names);
}

/* Members of @year whose signing the sources date only as "by". */
static guint
count_undated (YtBuild *b,
               guint    bri,
               int      year)
{
  guint n = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_MEMBERSHIP); i++)
    {
      const YtMembership *m = yt_atlas_get_membership (b->atlas, i);

      n += m->initiative == bri && m->start_basis == YT_DATE_BASIS_BY && yt_membership_in_force (m, year);
    }
  return n;
}

/* Appends a sentence made from @format to *@text. */
static void G_GNUC_PRINTF (2, 3)
append (char      **text,
        const char *format,
        ...)
{
  g_autofree char *first = *text, *more = NULL;
  va_list args;

  va_start (args, format);
  more = g_strdup_vprintf (format, args);
  va_end (args);
  *text = g_strconcat (first, more, NULL);
}

/* The sites abroad against the Belt and Road of the report's year: the
 * question the atlas exists to answer. */
static void
belt_and_road (YtBuild *b)
{
  guint bri = yt_membership_bri (b->atlas), n_regions = yt_atlas_get_n_records (b->atlas, YT_RECORD_REGION);
  int year = yt_build_as_of_year (b);
  guint in = 0, out = 0, countries_out = 0, n_left = 0, n_undated;
  g_autofree guint8 *flags = NULL;
  g_autofree Count *outside = NULL;
  g_autofree char *when = NULL, *members = NULL, *left = NULL, *undated = NULL, *text = NULL;

  if (bri == YT_ATLAS_NONE || !yt_membership_any (b->atlas, bri))
    return;
  flags = yt_membership_flags (b->atlas, bri, year);
  outside = g_new0 (Count, n_regions + 1);
  for (guint r = 0; r < n_regions; r++)
    outside[r].record = r;
  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);
      guint country;

      if (!b->site_in_scope[i] || yt_build_site_in_china (b, site) ||
          (country = yt_build_site_country (b, site)) == YT_ATLAS_NONE)
        continue;
      if (flags[country])
        in++;
      else if (out++, outside[country].n++ == 0)
        countries_out++;
    }
  when = yt_format_year_range (b->lang, (guint) year, (guint) year);
  members = number (b, yt_membership_count (b->atlas, bri, year));
  left = former_members (b, bri, year, &n_left);
  undated = number (b, n_undated = count_undated (b, bri, year));
  text = g_strdup_printf (YT_R_ (b->lang, N_("In %s, %s countries are Belt and Road members.")), when, members);
  if (n_undated > 0)
    append (&text, YT_R_ (b->lang, N_(" For %s of them the sources show only that they had signed by a "
                                      "date, not when.")), undated);
  if (n_left > 0)
    append (&text, n_left == 1 ? YT_R_ (b->lang, N_(" %s has left.")) : YT_R_ (b->lang, N_(" %s have left.")),
            left);
  if (in + out > 0)
    {
      g_autofree char *n_in = number (b, in), *n_out = number (b, out), *n_countries = number (b, countries_out);
      g_autofree char *most = leaders (b, outside, n_regions, YT_RECORD_REGION);

      if (out == 0)
        append (&text, YT_R_ (b->lang, N_(" All %s sites abroad lie in member countries.")), n_in);
      else
        append (&text, YT_R_ (b->lang, N_(" Of the sites abroad, %s lie in member countries and %s in %s "
                                          "countries that are not; non-members with most sites: %s.")),
                n_in, n_out, n_countries, most);
    }
  finding (b, text);
}

/* Sites opened or announced in the twelve months before the cut-off. */
static void
recent (YtBuild *b)
{
  YtDate since = b->cutoff - 10000;
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = 0;
  g_autofree char *text = NULL, *count = NULL, *from = NULL;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);
      YtDate date = site->opened != 0 ? site->opened : site->announced;

      if (!b->site_in_scope[i] || date < since || date > b->cutoff)
        continue;
      if (n++ < RECENT)
        {
          g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_SITE, i));

          if (names->len > 0)
            g_string_append (names, b->lang == YT_LANG_ZH ? "、" : ", ");
          g_string_append (names, name);
        }
    }
  from = yt_build_date (b, since);
  count = number (b, n);
  if (n == 0)
    text = g_strdup_printf (YT_R_ (b->lang, N_("No site in the data set opened or was announced "
                                               "between %s and the data cut-off.")), from);
  else if (n <= RECENT)
    text = g_strdup_printf (YT_R_ (b->lang, N_("Since %s, %s sites opened or were announced: %s.")),
                            from, count, names->str);
  else
    text = g_strdup_printf (YT_R_ (b->lang, N_("Since %s, %s sites opened or were announced, among "
                                               "them %s.")), from, count, names->str);
  finding (b, text);
}

static guint
count_kind (YtBuild    *b,
            YtSiteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    n += b->site_in_scope[i] && yt_atlas_get_site (b->atlas, i)->kind == kind;
  return n;
}

static void
programme (YtBuild *b)
{
  g_autofree char *hubs = number (b, count_kind (b, YT_SITE_HUB));
  g_autofree char *clusters = number (b, count_kind (b, YT_SITE_CLUSTER));
  g_autofree char *regions = NULL, *text = NULL;
  guint in_china = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (b->atlas, i);

      in_china += b->site_in_scope[i] && site->kind == YT_SITE_CLOUD_REGION &&
                  yt_build_site_in_china (b, site);
    }
  if (count_kind (b, YT_SITE_HUB) + count_kind (b, YT_SITE_CLUSTER) + in_china == 0)
    return;
  regions = number (b, in_china);
  text = g_strdup_printf (YT_R_ (b->lang, N_("In China the data set holds %s national computing hubs "
                                             "and %s data-centre clusters of the East Data West "
                                             "Computing project, and %s provider cloud regions.")),
                          hubs, clusters, regions);
  finding (b, text);
}

/* How much of the evidence rests on official or major sources. */
static void
evidence (YtBuild *b)
{
  guint n = yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT), strong = 0, conflicts = 0;
  g_autofree char *facts = NULL, *share = NULL, *linked = NULL, *text = NULL;

  for (guint i = 0; i < n; i++)
    {
      const YtFact *fact = yt_atlas_get_fact (b->atlas, i);
      const YtRecordHead *head = &fact->head;
      const guint32 *sources = yt_atlas_get_indices (b->atlas, head->sources);
      gboolean good = FALSE;

      for (guint s = 0; s < head->n_sources && !good; s++)
        good = yt_atlas_get_source (b->atlas, sources[s])->grade <= YT_GRADE_B;
      strong += good;
      conflicts += fact->conflict != YT_ATLAS_NONE;
    }
  if (n == 0)
    return;
  facts = number (b, n);
  share = yt_format_quantity (b->lang, round (100.0 * strong / n), "percent", YT_QUALIFIER_EXACT);
  linked = number (b, conflicts);
  text = g_strdup_printf (YT_R_ (b->lang, N_("Of the %s sourced facts, %s rest on at least one "
                                             "official page, company document or major news "
                                             "outlet (grade A or B); %s are linked to a "
                                             "conflicting claim.")),
                          facts, share, linked);
  finding (b, text);
}

void
yt_build_findings (YtBuild *b)
{
  g_autofree char *cutoff = yt_build_date (b, b->cutoff);
  g_autofree char *as_of = g_strdup_printf (YT_R_ (b->lang, N_("Data as of %s: the newest source "
                                                               "the data set cites.")), cutoff);

  yt_doc_heading (b->doc, 2, YT_R_ (b->lang, N_("Key findings")), NULL, 0);
  yt_doc_text (b->doc, YT_STYLE_CAPTION, as_of, 6);
  programme (b);
  abroad (b);
  belt_and_road (b);
  recent (b);
  evidence (b);
}

/* What the report covers and how its data was made, and how to read the
 * marks that follow names from the first page on. */
void
yt_build_method (YtBuild *b)
{
  yt_doc_heading (b->doc, 2, YT_R_ (b->lang, N_("Scope and method")), NULL, 0);
  yt_doc_text (b->doc, YT_STYLE_BODY,
               YT_R_ (b->lang, N_("The report covers China's national computing hubs and data-centre "
                                  "clusters, the cloud regions, data centres, parks and projects of "
                                  "Chinese providers in China and abroad, and the companies behind "
                                  "them. Each record comes from public pages: "
                                  "government notices, companies' own documentation and news "
                                  "reports. Every fact keeps its source, its date and the hedging "
                                  "of the source (about, more than, up to, target); where sources "
                                  "disagree, both claims are kept. Nothing is estimated or "
                                  "extrapolated: a site or figure that no source gives is not in "
                                  "the data set, so counts are lower bounds.")), 6);
  yt_doc_text (b->doc, YT_STYLE_BODY,
               YT_R_ (b->lang, N_("Marks after a name or text give its basis: † translated for this data "
                                  "set from a source in the other language; ‡ a standard form that no "
                                  "archived source showed; * kept in Latin letters because no Chinese "
                                  "form was found; ° given only in the other language. Unmarked names "
                                  "were seen in a source.")), 6);
}
