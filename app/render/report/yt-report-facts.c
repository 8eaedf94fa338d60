/* yt-report-facts.c: facts as table rows, and charts as blocks of the flow
 *
 * Each row gives the fact's text (marked if translated), its figure as
 * yt-format writes it, its date and its citations.  A fact linked as a
 * conflict shows the other claim in the same cell: the data keeps
 * conflicting claims side by side, and so does the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

static const double fact_widths[] = { 0.53, 0.18, 0.16, 0.13 };

static void
fact_cell (YtBuild *b,
           YtRich  *cell,
           guint    index,
           gboolean with_subject)
{
  const YtFact *fact = yt_atlas_get_fact (b->atlas, index);
  g_autofree char *text = yt_build_text (b, YT_REF (YT_RECORD_FACT, index), YT_TEXT_TEXT);

  if (with_subject && fact->subject != YT_REF_NONE)
    {
      g_autofree char *subject = yt_build_name (b, fact->subject);

      yt_rich_append_bold (cell, subject);
      yt_rich_append (cell, b->lang == YT_LANG_ZH ? "：" : ": ");
    }
  yt_rich_append (cell, text != NULL ? text : "—");
  if (fact->conflict != YT_ATLAS_NONE && fact->conflict < yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT))
    {
      const YtFact *other = yt_atlas_get_fact (b->atlas, fact->conflict);
      g_autofree char *figure = yt_build_fact_figure (b, other);
      g_autofree char *account = NULL;

      /* A claim without a figure is quoted in full rather than as a dash. */
      if (figure == NULL)
        account = yt_build_text (b, YT_REF (YT_RECORD_FACT, fact->conflict), YT_TEXT_TEXT);
      yt_rich_append (cell, "\n");
      if (figure != NULL)
        {
          yt_rich_append_color (cell, YT_R_ (b->lang, N_("Conflicting figure: ")), yt_report_muted);
          yt_rich_append_color (cell, figure, yt_report_muted);
        }
      else
        {
          yt_rich_append_color (cell, YT_R_ (b->lang, N_("Conflicting account: ")), yt_report_muted);
          yt_rich_append_color (cell, account != NULL ? account : "", yt_report_muted);
        }
      yt_build_cite (b, cell, YT_REF (YT_RECORD_FACT, fact->conflict));
    }
}

/* One row per fact; @with_subject names the fact's subject first. */
void
yt_build_fact_table (YtBuild     *b,
                     const char  *title,
                     const guint *facts,
                     guint        n_facts,
                     gboolean     with_subject)
{
  g_autoptr(YtTable) table = yt_table_new (4, fact_widths);

  yt_table_set_head (table, 0, YT_R_ (b->lang, N_("Fact")));
  yt_table_set_head (table, 1, YT_R_ (b->lang, N_("Figure")));
  yt_table_set_head (table, 2, YT_R_ (b->lang, N_("Date")));
  yt_table_set_head (table, 3, YT_R_ (b->lang, N_("Source")));
  for (guint i = 0; i < n_facts; i++)
    {
      const YtFact *fact = yt_atlas_get_fact (b->atlas, facts[i]);
      g_autofree char *figure = yt_build_fact_figure (b, fact);
      g_autofree char *date = yt_build_date (b, fact->date);

      yt_table_add_row (table);
      fact_cell (b, yt_table_add_cell (table, NULL), facts[i], with_subject);
      yt_table_add_cell (table, figure != NULL ? figure : "—");
      yt_table_add_cell (table, date);
      yt_build_cite (b, yt_table_add_cell (table, NULL), YT_REF (YT_RECORD_FACT, facts[i]));
    }
  yt_build_table (b, title, table);
}

static void
caption (YtBuild    *b,
         const char *label,
         const char *title,
         double      keep)
{
  g_autoptr(YtRich) rich = yt_rich_new (NULL);

  yt_rich_append_color (rich, label, yt_report_accent);
  yt_rich_append (rich, " ");
  yt_rich_append (rich, title);
  yt_doc_space (b->doc, 6);
  yt_doc_ensure (b->doc, yt_doc_text_height (b->doc, YT_STYLE_H3, rich->text->str, b->doc->width) + keep);
  yt_doc_paragraph (b->doc, YT_STYLE_H3, rich, 0, 4);
}

guint
yt_build_table (YtBuild       *b,
                const char    *title,
                const YtTable *table)
{
  g_autofree char *label = g_strdup_printf (YT_R_ (b->lang, N_("Table %u.")), ++b->n_tables);

  /* The caption stays with the header and the first two rows. */
  caption (b, label, title, yt_doc_table_start_height (b->doc, table) + 4);
  yt_doc_table (b->doc, table);
  return b->n_tables;
}

/* A measuring context: charts size themselves with a cairo_t's font options,
 * which must match the PDF's (no hinting) for the height to hold. */
static cairo_t *
measuring_context (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
  cairo_surface_destroy (surface);
  return cr;
}

/* Takes @chart: a numbered caption above, axis and key drawn by the chart. */
guint
yt_build_chart (YtBuild    *b,
                const char *title,
                YtChart    *chart)
{
  YtDoc *doc = b->doc;
  cairo_t *cr = measuring_context ();
  double width = doc->width * 0.85;
  g_autofree char *font = g_strconcat (doc->body_family, " 6.6", NULL);
  g_autofree char *label = g_strdup_printf (YT_R_ (b->lang, N_("Figure %u.")), ++b->n_figures);
  double height;
  YtItem *item;

  yt_chart_set_font (chart, font);
  yt_chart_set_axis (chart, TRUE);
  height = yt_chart_get_height (chart, cr, width);
  cairo_destroy (cr);

  caption (b, label, title, height);
  item = yt_doc_add_item (doc, YT_ITEM_CHART, doc->left, doc->y, width, height);
  item->chart = chart;
  doc->y += height + 12;
  return b->n_figures;
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint na = *(const guint *) a, nb = *(const guint *) b;

  return na < nb ? -1 : na > nb;
}

/* "[3, 7, 12]": the citations of some records, each number once, as plain
 * text for chart source lines. */
char *
yt_build_cite_text (YtBuild     *b,
                    const YtRef *refs,
                    guint        n_refs)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *text = g_string_new ("[");

  for (guint i = 0; i < n_refs; i++)
    {
      const YtRecordHead *head = yt_atlas_get_head (b->atlas, refs[i]);
      const guint32 *sources = yt_atlas_get_indices (b->atlas, head->sources);

      for (guint s = 0; s < head->n_sources; s++)
        {
          guint number = yt_build_cite_number (b, sources[s]);

          g_array_append_val (numbers, number);
        }
    }
  g_array_sort (numbers, compare_numbers);
  for (guint i = 0; i < numbers->len; i++)
    if (i == 0 || g_array_index (numbers, guint, i) != g_array_index (numbers, guint, i - 1))
      g_string_append_printf (text, "%s%u", text->len > 1 ? ", " : "", g_array_index (numbers, guint, i));
  g_string_append_c (text, ']');
  return g_string_free (text, FALSE);
}
