/* yt-report-cite.c: numbered citations and the bibliography they point to
 *
 * Sources are numbered in the order the report first cites them, so the
 * bibliography reads in the order of the text; only cited sources appear.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

#define NUMBER_WIDTH 30.0

guint
yt_build_cite_number (YtBuild *b,
             guint    source)
{
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (b->cite_numbers, GUINT_TO_POINTER (source + 1)));

  if (number == 0)
    {
      g_array_append_val (b->cited, source);
      number = b->cited->len;
      g_hash_table_insert (b->cite_numbers, GUINT_TO_POINTER (source + 1), GUINT_TO_POINTER (number));
    }
  return number;
}

/* Appends " [3, 12]", each number a link to its bibliography entry. */
void
yt_build_cite (YtBuild *b,
               YtRich  *rich,
               YtRef    ref)
{
  const YtRecordHead *head = yt_atlas_get_head (b->atlas, ref);
  const guint32 *sources;

  if (head == NULL || head->n_sources == 0)
    return;
  sources = yt_atlas_get_indices (b->atlas, head->sources);
  yt_rich_append (rich, b->lang == YT_LANG_ZH || rich->text->len == 0 ? "[" : " [");
  for (guint i = 0; i < head->n_sources; i++)
    {
      guint number = yt_build_cite_number (b, sources[i]);
      g_autofree char *text = g_strdup_printf ("%u", number);
      g_autofree char *target = g_strdup_printf ("#ref-%u", number);

      if (i > 0)
        yt_rich_append (rich, ", ");
      yt_rich_append_link (rich, text, target, yt_report_link);
    }
  yt_rich_append (rich, "]");
}

static YtRich *
entry_text (YtBuild *b,
            guint    index)
{
  const YtSource *source = yt_atlas_get_source (b->atlas, index);
  YtRef ref = YT_REF (YT_RECORD_SOURCE, index);
  g_autofree char *publisher = yt_build_text (b, ref, YT_TEXT_PUBLISHER);
  const char *title = yt_atlas_get_text (b->atlas, ref, YT_TEXT_TITLE, b->lang, NULL);
  g_autofree char *date = source->date != 0 ? yt_build_date (b, source->date) : NULL;
  g_autofree char *grade = g_strdup_printf (YT_R_ (b->lang, N_("Grade %c")), 'A' + source->grade);
  const char *url = yt_atlas_str (b->atlas, source->url);
  const char *stop = b->lang == YT_LANG_ZH ? "。" : ". ";
  YtRich *rich = yt_rich_new (NULL);

  if (publisher != NULL)
    {
      yt_rich_append (rich, publisher);
      yt_rich_append (rich, stop);
    }
  if (title != NULL && *title != '\0')
    {
      /* The mark of a translated title goes after the closing bracket. */
      yt_rich_append (rich, b->lang == YT_LANG_ZH ? "《" : "“");
      yt_rich_append (rich, title);
      yt_rich_append (rich, b->lang == YT_LANG_ZH ? "》" : "”");
      yt_rich_append (rich, yt_build_mark (b, ref, YT_TEXT_TITLE));
      yt_rich_append (rich, stop);
    }
  if (date != NULL)
    {
      yt_rich_append (rich, date);
      yt_rich_append (rich, stop);
    }
  yt_rich_append_color (rich, grade, yt_report_muted);
  yt_rich_append (rich, b->lang == YT_LANG_ZH ? "。" : ".");
  if (url != NULL && *url != '\0')
    {
      yt_rich_append (rich, "\n");
      yt_rich_append_link (rich, url, url, yt_report_link);
    }
  return rich;
}

static void
add_entry (YtBuild *b,
           guint    number)
{
  YtDoc *doc = b->doc;
  g_autoptr(YtRich) text = entry_text (b, g_array_index (b->cited, guint, number - 1));
  g_autofree char *label = g_strdup_printf ("[%u]", number);
  g_autoptr(YtRich) label_rich = yt_rich_new (label);
  g_autoptr(PangoLayout) body = yt_doc_layout_shared (doc, YT_STYLE_SMALL, text, doc->width - NUMBER_WIDTH);
  g_autoptr(PangoLayout) num = yt_doc_layout_shared (doc, YT_STYLE_SMALL, label_rich, NUMBER_WIDTH);
  g_autofree char *anchor = g_strdup_printf ("ref-%u", number);
  PangoRectangle logical;

  pango_layout_get_extents (body, NULL, &logical);
  yt_doc_ensure (doc, (double) logical.height / PANGO_SCALE);
  yt_doc_anchor (doc, anchor);
  yt_doc_place (doc, num, NULL, doc->left, doc->y, yt_report_accent);
  yt_doc_place (doc, body, text, doc->left + NUMBER_WIDTH, doc->y, yt_report_ink);
  doc->y += (double) logical.height / PANGO_SCALE + 5;
}

void
yt_build_sources (YtBuild *b)
{
  yt_doc_heading (b->doc, 1, YT_R_ (b->lang, N_("Sources")), "sec-sources", 1);
  yt_doc_text (b->doc, YT_STYLE_SMALL,
               YT_R_ (b->lang, N_("Numbered in the order of first citation. Grades: A official "
                                  "pages and companies' own documents, B major news outlets, C "
                                  "aggregators, mirrors and blogs.")), 10);
  /* Entries are added while walking: the list cannot grow here any more. */
  for (guint n = 1; n <= b->cited->len; n++)
    add_entry (b, n);
}
