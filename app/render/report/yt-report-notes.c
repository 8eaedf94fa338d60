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
