/* yt-report-notes.c: how to read the data: grades, positions, conflicts, names, boundaries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-report-private.h"

static void
note (YtBuild    *b,
      const char *title,
      const char *text)
{
  yt_doc_heading (b->doc, 3, title, NULL, 0);
  yt_doc_text (b->doc, YT_STYLE_BODY, text, 4);
}

static char *
positions_text (YtBuild *b)
{
  guint n = 0, placed = 0;
  g_autofree char *all = NULL;
  g_autofree char *with_point = NULL;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    if (b->site_in_scope[i])
      {
        n++;
        placed += yt_atlas_get_site (b->atlas, i)->precision != YT_PRECISION_NONE;
      }
  all = yt_format_integer (b->lang, n);
  with_point = yt_format_integer (b->lang, placed);
  return g_strdup_printf (YT_R_ (b->lang, N_("Coordinates are city-level: the city centre or the "
                                             "seat of the local government, never the location of "
                                             "a facility, unless a site states a finer precision. "
                                             "%s of the %s sites carry a sourced point; the others "
                                             "are listed but not drawn.")), with_point, all);
}

static char *
conflicts_text (YtBuild *b)
{
  guint n = 0;
  g_autofree char *count = NULL;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT); i++)
    n += yt_atlas_get_fact (b->atlas, i)->conflict != YT_ATLAS_NONE;
  count = yt_format_integer (b->lang, n);
  return g_strdup_printf (YT_R_ (b->lang, N_("Where sources disagree, the data keeps each claim "
                                             "with its own source, and the report prints them side "
                                             "by side (“Conflicting figure”); %s facts are linked "
                                             "this way. Figures marked “claimed” are statements "
                                             "reported by a source, not verified values.")), count);
}

void
yt_build_notes (YtBuild *b)
{
  g_autofree char *positions = positions_text (b);
  g_autofree char *conflicts = conflicts_text (b);

  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Notes on data and boundaries")), "sec-notes", 1);
  note (b, YT_R_ (b->lang, N_("Reliability grades")),
        YT_R_ (b->lang, N_("Every source has a grade. A: an official or government page, or the "
                           "company's own documents. B: a major news outlet, or a mirror of one. "
                           "C: an aggregator, a mirror of unknown quality or a blog; figures that "
                           "rest on C sources alone deserve a second check.")));
  note (b, YT_R_ (b->lang, N_("Positions")), positions);
  note (b, YT_R_ (b->lang, N_("Conflicting claims")), conflicts);
  note (b, YT_R_ (b->lang, N_("Names and translations")),
        YT_R_ (b->lang, N_("Marks after a name or text give its basis: † translated for this data "
                           "set from a source in the other language; ‡ a standard form that no "
                           "archived source showed; * kept in Latin letters because no Chinese "
                           "form was found; ° given only in the other language. Unmarked names "
                           "were seen in a source.")));
  note (b, YT_R_ (b->lang, N_("Figures and dates")),
        YT_R_ (b->lang, N_("Figures keep at most four significant digits, with the qualifier the "
                           "source gives (about, more than, up to, target, forecast). A date "
                           "gives only the precision the source gives: a year, a month or a day.")));
  note (b, YT_R_ (b->lang, N_("Boundaries")),
        YT_R_ (b->lang, N_("Boundaries are illustrative and do not imply any position on the legal "
                           "status of any country, territory or area, or on the delimitation of "
                           "frontiers. Each map names the public data set its basemap comes from.")));
}

typedef struct { const char *term, *meaning; gboolean english_only; } Term;

/* Terms a reader meets in the tables, in English order; Chinese readers get
 * them in the catalogue's words. */
static const Term glossary[] = {
  { N_("Belt and Road Initiative"),
    N_("China's programme, announced in 2013, of infrastructure, trade and investment links with "
       "other countries. Yuntu lists sites abroad without implying that a country takes part.") },
  { N_("Cloud region"),
    N_("A provider's group of data centres in one area, offered to customers as one location; it "
       "is divided into availability zones.") },
  { N_("Digital Silk Road"),
    N_("The digital part of the Belt and Road Initiative: networks, data centres, cloud and "
       "e-commerce services abroad.") },
  { N_("East Data West Computing (东数西算)"),
    N_("The national project, whose hub nodes were designated from May 2021 and which was "
       "launched in full in February 2022, that steers data-centre capacity to eight hub nodes, "
       "so that data from the east is processed where land and power cost less.") },
  { N_("Mu (亩)"),
    N_("Chinese unit of land area: one fifteenth of a hectare, about 667 m².") },
  { N_("National computing hub node"),
    N_("One of the eight regions the East Data West Computing project designates for national "
       "computing capacity.") },
  { N_("National data-centre cluster"),
    N_("One of the ten areas within the hub nodes where large data centres are to be built.") },
  { N_("NDRC"),
    N_("National Development and Reform Commission (国家发展和改革委员会), China's planning agency; "
       "with other ministries it approved the hubs and clusters.") },
  { N_("PUE"),
    N_("Power usage effectiveness: a data centre's total energy use divided by the energy its IT "
       "equipment uses; 1.0 would mean no overhead for cooling and power supply.") },
  { N_("Rack"),
    N_("A standard cabinet for servers; Chinese sources count data-centre capacity in standard "
       "racks.") },
  { N_("Wan (万) and yi (亿)"),
    N_("Chinese number words for ten thousand and one hundred million; the English edition gives "
       "such figures in thousands, millions and billions."), TRUE },
};

static const double glossary_widths[] = { 0.28, 0.72 };

void
yt_build_glossary (YtBuild *b)
{
  g_autoptr(YtTable) table = yt_table_new (2, glossary_widths);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Term")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Meaning")));
  for (guint i = 0; i < G_N_ELEMENTS (glossary); i++)
    if (b->lang != YT_LANG_ZH || !glossary[i].english_only)
      g_array_append_val (order, i);
  /* The order of the reader's language: pinyin in Chinese. */
  for (guint i = 1; i < order->len; i++)
    for (guint j = i; j > 0; j--)
      {
        guint *x = &g_array_index (order, guint, j - 1), *y = &g_array_index (order, guint, j);

        if (yt_doc_collate (b->doc, yt_catalog_gettext (b->lang, glossary[*x].term),
                            yt_catalog_gettext (b->lang, glossary[*y].term)) <= 0)
          break;
        guint t = *x; *x = *y; *y = t;
      }
  for (guint i = 0; i < order->len; i++)
    {
      const Term *term = &glossary[g_array_index (order, guint, i)];

      yt_table_add_row (table);
      yt_rich_append_bold (yt_table_add_cell (table, NULL), yt_catalog_gettext (b->lang, term->term));
      yt_table_add_cell (table, yt_catalog_gettext (b->lang, term->meaning));
    }
  yt_doc_heading (b->doc, 2, YT_R_ (b->lang, N_("Glossary")), "sec-glossary", 2);
  yt_build_table (b, YT_R_ (b->lang, N_("Terms used in this report")), table);
}

/* A citation a reader can copy: title, date, the data cut-off and the tool. */
void
yt_build_how_to_cite (YtBuild *b)
{
  g_autofree char *cutoff = yt_build_date (b, b->cutoff);
  g_autofree char *text = g_strdup_printf (YT_R_ (b->lang, N_("%s. Briefing report, %s; data as of "
                                                              "%s. Made with Yuntu %s from its "
                                                              "sourced data set.")),
                                           b->title, b->date, cutoff, PACKAGE_VERSION);
  g_autoptr(YtRich) rich = yt_rich_new (NULL);

  yt_doc_heading (b->doc, 2, YT_R_ (b->lang, N_("How to cite")), "sec-cite", 2);
  yt_doc_text (b->doc, YT_STYLE_BODY,
               YT_R_ (b->lang, N_("Cite the report with the date of its data; cite a figure with the "
                                  "source the report gives for it.")), 4);
  yt_rich_append (rich, text);
  yt_doc_paragraph (b->doc, YT_STYLE_BODY, rich, 16, 6);
}
