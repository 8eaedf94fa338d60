/* yt-report-text.c: styled text and table contents for report pages
 *
 * Text is kept as plain UTF-8 plus attributes rather than Pango markup, so
 * that the byte ranges of citations are known exactly and can become link
 * areas once laid out; data text never needs escaping either.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yt-report-private.h"

const YtRgb yt_report_ink    = { 0.13, 0.15, 0.18 };
const YtRgb yt_report_muted  = { 0.40, 0.43, 0.48 };
const YtRgb yt_report_accent = { 0.09, 0.33, 0.55 };
const YtRgb yt_report_rule   = { 0.72, 0.76, 0.80 };
const YtRgb yt_report_shade  = { 0.94, 0.95, 0.97 };
const YtRgb yt_report_link   = { 0.09, 0.38, 0.68 };

static guint16
channel (double value)
{
  return (guint16) CLAMP (value * 65535.0 + 0.5, 0, 65535);
}

/* An opening quote follows the start, a space, an opening bracket or a dash;
 * anything else is closed, and a single quote there is an apostrophe. */
static gboolean
opens_after (gunichar before)
{
  return before == 0 || g_unichar_isspace (before) || strchr ("([{", (int) before) != NULL ||
         before == 0x2014 || before == 0x2013 || before == 0x201C || before == 0x2018 ||
         (before > 0x2e80 && g_unichar_ispunct (before));
}

char *
yt_text_smart_quotes (const char *before,
                      const char *text)
{
  GString *out;
  gunichar prev = 0;

  if (text == NULL)
    return NULL;
  if (strpbrk (text, "'\"") == NULL)
    return g_strdup (text);
  if (before != NULL && *before != '\0')
    prev = g_utf8_get_char (g_utf8_prev_char (before + strlen (before)));
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"')
        c = opens_after (prev) ? 0x201C : 0x201D;
      else if (c == '\'')
        c = opens_after (prev) ? 0x2018 : 0x2019;
      g_string_append_unichar (out, c);
      prev = c;
    }
  return g_string_free (out, FALSE);
}

static void
append_raw (YtRich     *rich,
            const char *text)
{
  g_string_append (rich->text, text != NULL ? text : "");
}

YtRich *
yt_rich_new (const char *text)
{
  YtRich *rich = g_new0 (YtRich, 1);
  g_autofree char *typeset = yt_text_smart_quotes (NULL, text);

  rich->text = g_string_new (typeset != NULL ? typeset : "");
  rich->attrs = pango_attr_list_new ();
  rich->links = g_array_new (FALSE, TRUE, sizeof (YtRichLink));
  return rich;
}

void
yt_rich_free (YtRich *rich)
{
  if (rich == NULL)
    return;
  for (guint i = 0; i < rich->links->len; i++)
    g_free (g_array_index (rich->links, YtRichLink, i).target);
  g_array_unref (rich->links);
  pango_attr_list_unref (rich->attrs);
  g_string_free (rich->text, TRUE);
  g_free (rich);
}

void
yt_rich_append (YtRich     *rich,
                const char *text)
{
  g_autofree char *typeset = yt_text_smart_quotes (rich->text->str, text);

  append_raw (rich, typeset);
}

static void
add_attr (YtRich         *rich,
          PangoAttribute *attr,
          guint           start)
{
  attr->start_index = start;
  attr->end_index = rich->text->len;
  pango_attr_list_insert (rich->attrs, attr);
}

void
yt_rich_append_color (YtRich     *rich,
                      const char *text,
                      YtRgb       color)
{
  guint start = rich->text->len;

  yt_rich_append (rich, text);
  add_attr (rich, pango_attr_foreground_new (channel (color.r), channel (color.g),
                                             channel (color.b)), start);
}

/* Bold in the body face; Chinese layouts drop the weight (yt_doc_layout()). */
void
yt_rich_append_bold (YtRich     *rich,
                     const char *text)
{
  guint start = rich->text->len;

  yt_rich_append (rich, text);
  add_attr (rich, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start);
}

void
yt_rich_append_link (YtRich     *rich,
                     const char *text,
                     const char *target,
                     YtRgb       color)
{
  YtRichLink link = { rich->text->len, 0, g_strdup (target) };

  /* Link texts (addresses, numbers) are shown as they are. */
  append_raw (rich, text);
  link.end = rich->text->len;
  add_attr (rich, pango_attr_foreground_new (channel (color.r), channel (color.g),
                                             channel (color.b)), link.start);
  g_array_append_val (rich->links, link);
}

YtTable *
yt_table_new (guint         n_cols,
              const double *widths)
{
  YtTable *table = g_new0 (YtTable, 1);

  table->n_cols = n_cols;
  table->widths = g_memdup2 (widths, n_cols * sizeof (double));
  table->head = g_ptr_array_new_with_free_func ((GDestroyNotify) yt_rich_free);
  for (guint i = 0; i < n_cols; i++)
    g_ptr_array_add (table->head, yt_rich_new (NULL));
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return table;
}

void
yt_table_free (YtTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_ptr_array_unref (table->head);
  g_free (table->widths);
  g_free (table);
}

void
yt_table_set_head (YtTable    *table,
                   guint       col,
                   const char *text)
{
  g_return_if_fail (col < table->n_cols);

  yt_rich_append (g_ptr_array_index (table->head, col), text);
}

void
yt_table_add_row (YtTable *table)
{
  g_ptr_array_add (table->rows, g_ptr_array_new_with_free_func ((GDestroyNotify) yt_rich_free));
}

YtRich *
yt_table_add_cell (YtTable    *table,
                   const char *text)
{
  GPtrArray *row;
  YtRich *cell;

  g_return_val_if_fail (table->rows->len > 0, NULL);

  row = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_return_val_if_fail (row->len < table->n_cols, NULL);
  cell = yt_rich_new (text);
  g_ptr_array_add (row, cell);
  return cell;
}
