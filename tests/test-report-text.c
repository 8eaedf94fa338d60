/* test-report-text.c: what a reader sees: no workshop words, counts that add up,
 * full pages, Chinese order and line breaks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <string.h>

#include "yuntu/yt-membership.h"
#include "yt-report-private.h"
#include "test-report.h"

void test_readers_words (void);
void test_source_count (void);
void test_belt_and_road_finding (void);
void test_page_fill (void);
void test_pinyin_order (void);
void test_chinese_breaks (void);

static char *
report_text (YtLang      lang,
             const char *name)
{
  g_autofree char *path = export (lang, YT_PAPER_A4, name);

  return run_tool ((const char *const[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
}

/* Whether any text of the data itself says @word: then the data, not the
 * report, put it there, and the data's own checks must catch it. */
static gboolean
data_says (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint kind = 0; kind < YT_N_RECORD_KINDS; kind++)
    for (guint i = 0; i < yt_atlas_get_n_records (atlas, kind); i++)
      for (guint f = 0; f < YT_N_TEXT_FIELDS; f++)
        for (guint l = 0; l < YT_N_LANGS; l++)
          {
            const char *text = yt_atlas_get_text (atlas, YT_REF (kind, i), f, l, NULL);
            g_autofree char *lower = text != NULL ? g_utf8_casefold (text, -1) : NULL;

            if (lower != NULL && strstr (lower, folded) != NULL)
              return TRUE;
          }
  return FALSE;
}

static void
check_words (const char *name,
             const char *text)
{
  static const char *const patterns[] = {
    "\\bseed\\b", "种子", "\\buntitled\\b", "\\bS[a-z]{0,3}[0-9]{1,4}[a-z]?\\b", "(figure|数字)[:：] *—",
    "— ?\\[[0-9]+\\]",
  };

  for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[p], G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_regex_match (regex, text, 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *word = g_match_info_fetch (match, 0);
          int start, end;

          g_match_info_fetch_pos (match, 0, &start, &end);
          /* A source id must become its number in the list; what only looks
           * like one ("S3" in a product name) is no id. */
          if (p == 3 && yt_atlas_lookup_kind (atlas, YT_RECORD_SOURCE, word) == YT_ATLAS_NONE)
            continue;
          /* Other words may be the data's own. */
          if (p != 3 && data_says (word))
            {
              g_test_message ("%s: “%s” comes from the data's own text", name, word);
              continue;
            }
          g_error ("%s: a reader sees “%s” in “…%.*s…”", name, word, MIN (end - start + 80, 160),
                   text + MAX (start - 40, 0));
        }
    }
}

void
test_readers_words (void)
{
  g_autofree char *en = report_text (YT_LANG_EN, "words-en.pdf");
  g_autofree char *zh = report_text (YT_LANG_ZH, "words-zh.pdf");

  if (en == NULL || zh == NULL)
    return;
  check_words ("English report", en);
  check_words ("Chinese report", zh);
}

/* The number of sources the cover gives equals the entries listed at the
 * end: the cover's tiles are numbers on lines of their own in pdftotext. */
static void
check_count (YtLang      lang,
             const char *name)
{
  g_autofree char *path = export (lang, YT_PAPER_A4, name);
  g_autofree char *text = run_tool ((const char *const[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
  g_autofree char *cover = run_tool ((const char *const[]) { "pdftotext", "-enc", "UTF-8", "-l", "1", path, "-", NULL });
  g_autoptr(GRegex) entry = g_regex_new ("^\\[([0-9]+)\\]", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = NULL;
  guint listed = 0;

  if (text == NULL || cover == NULL)
    return;
  g_regex_match (entry, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *n = g_match_info_fetch (match, 1);

      listed = MAX (listed, (guint) atoi (n));
    }
  g_assert_cmpuint (listed, >, 0);
  line = g_strdup_printf ("\n%u\n", listed);
  if (strstr (cover, line) == NULL)
    g_error ("%s: the cover does not give the %u sources listed:\n%s", name, listed, cover);
  g_assert_nonnull (strstr (cover, yt_catalog_gettext (lang, "sources cited")));
}

void
test_source_count (void)
{
  check_count (YT_LANG_EN, "count-en.pdf");
  check_count (YT_LANG_ZH, "count-zh.pdf");
}

/* The key finding on the Belt and Road counts the members of its year as
 * the map does, and splits every site abroad between members and others. */
void
test_belt_and_road_finding (void)
{
  g_autofree char *text = report_text (YT_LANG_EN, "bri-finding-en.pdf");
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GRegex) abroad = g_regex_new ("records ([0-9]+) sites of Chinese firms", 0, 0, NULL);
  g_autoptr(GRegex) members = g_regex_new ("In ([0-9]{4}), ([0-9]+) countries are Belt and Road members.*?"
                                           "Of the sites abroad, ([0-9]+) lie in member countries and "
                                           "([0-9]+) in", 0, 0, NULL);
  g_autoptr(GMatchInfo) m1 = NULL, m2 = NULL;
  g_autofree char *flat = NULL, *year = NULL, *count = NULL, *in = NULL, *out = NULL, *total = NULL;

  if (text == NULL)
    return;
  flat = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
  g_assert_true (g_regex_match (abroad, flat, 0, &m1));
  if (!g_regex_match (members, flat, 0, &m2))
    g_error ("no Belt and Road finding in the report");
  year = g_match_info_fetch (m2, 1), count = g_match_info_fetch (m2, 2);
  in = g_match_info_fetch (m2, 3), out = g_match_info_fetch (m2, 4), total = g_match_info_fetch (m1, 1);
  g_assert_cmpint (atoi (count), ==, (int) yt_membership_count (atlas, yt_membership_bri (atlas), atoi (year)));
  g_assert_cmpint (atoi (count), >=, 140);
  g_assert_cmpint (atoi (in), >, 0);
  g_assert_cmpint (atoi (in) + atoi (out), ==, atoi (total));
}

/* No page but the last of the document is left mostly empty. */
void
test_page_fill (void)
{
  for (guint lang = 0; lang < 2; lang++)
    for (guint paper = 0; paper < 2; paper++)
      {
        YtReportOptions options;
        g_autoptr(YtReport) report = NULL;
        YtDoc *doc;

        yt_report_options_init (&options);
        options.lang = lang ? YT_LANG_ZH : YT_LANG_EN;
        options.paper = paper ? YT_PAPER_LETTER : YT_PAPER_A4;
        report = yt_report_new (atlas, &options);
        doc = yt_report_get_doc (report);
        for (guint i = 0; i + 1 < doc->pages->len; i++)
          {
            YtPage *page = g_ptr_array_index (doc->pages, i);

            if (page->fill < 0.3)
              g_error ("%s %s: page %s is only %.0f %% full", lang ? "zh" : "en", paper ? "Letter" : "A4",
                       yt_report_get_page_label (report, i), page->fill * 100);
          }
      }
}

void
test_pinyin_order (void)
{
  g_autoptr(YtDoc) doc = yt_doc_new (YT_LANG_ZH, YT_PAPER_A4);
  const char *names[] = { "阿里云", "百度智能云", "华为云", "金山云", "腾讯云", "中国电信" };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (names); i++)
    g_assert_cmpint (yt_doc_collate (doc, names[i], names[i + 1]), <, 0);
}

/* At any width, a Chinese line never ends inside a date's year or its month
 * and day, a figure with its unit, or a word, and a paragraph does not end
 * on one or two characters; a table's narrow date column may break a long
 * date after its year only. */
void
test_chinese_breaks (void)
{
  g_autoptr(YtDoc) doc = yt_doc_new (YT_LANG_ZH, YT_PAPER_A4);
  const char *text = "该项目于2023年4月20日正式开通，总投资232.6亿元，由多家企业共同建设并运营。";
  const char *keep[] = { "2023年", "4月20日", "232.6亿元", "开通", "投资", "企业" };
  g_autoptr(YtRich) rich = yt_rich_new (text);

  for (double width = 53; width <= 300; width += 7)
    {
      g_autoptr(PangoLayout) layout = yt_doc_layout (doc, YT_STYLE_BODY, rich, width);
      GSList *lines = pango_layout_get_lines_readonly (layout);

      for (GSList *l = lines; l != NULL && l->next != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          int end = line->start_index + line->length;

          for (guint k = 0; k < G_N_ELEMENTS (keep); k++)
            {
              const char *at = strstr (text, keep[k]);
              int start = at - text;

              /* A word wider than the line may still break. */
              if (end > start && end < start + (int) strlen (keep[k]) && width > 52)
                g_error ("at %.0f pt a line ends inside “%s”: “%.*s”", width, keep[k], line->length,
                         text + line->start_index);
            }
        }
    }
}
