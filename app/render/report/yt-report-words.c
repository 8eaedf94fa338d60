/* yt-report-words.c: line breaks that keep words, dates and figures whole
 *
 * Pango breaks Chinese between any two ideographs, so a line may end inside
 * "4月20日" or "开通".  Marking ranges with PangoAttrWord (Pango 1.50) keeps
 * them whole: numbers with the units and date parts that follow them (a
 * year apart from its month and day), and
 * the words ICU's dictionary finds in Chinese text; in English, a number and
 * the unit word after it ("20 billion").  A word longer than a line still
 * breaks (PANGO_WRAP_WORD_CHAR).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/utext.h>

#include "yt-report-private.h"

/* Characters that belong to the number before them: date parts, counters,
 * units and the multipliers 万 and 亿. */
static const char *const zh_units =
  "年月日号时分秒万亿千百元个台家座亩米瓦兆吉倍栋%％";

static const char *const en_units[] = {
  "billion", "million", "thousand", "trillion", "yuan", "dollars", "euros", "shillings",
  "per", "percent", "MW", "GW", "kW", "racks", "servers", "sites", "regions", "mu", "km", "m²",
  NULL,
};

typedef struct { gsize start, end; } Range;

static gboolean
is_unit (gunichar c)
{
  char buf[8];

  buf[g_unichar_to_utf8 (c, buf)] = '\0';
  return c > 0x7f && strstr (zh_units, buf) != NULL;
}

static void
mark (PangoAttrList *attrs,
      gsize          start,
      gsize          end)
{
  PangoAttribute *word = pango_attr_word_new ();

  word->start_index = start;
  word->end_index = end;
  pango_attr_list_insert (attrs, word);
}

/* Digits followed by unit characters, chained: "2023年4月20日", "232.6亿元". */
static gsize
zh_chain (const char *text,
          gsize       at,
          gsize       len)
{
  gsize p = at, end = at;

  while (p < len && g_ascii_isdigit (text[p]))
    {
      gboolean unit = FALSE;

      while (p < len && (g_ascii_isdigit (text[p]) || ((text[p] == '.' || text[p] == ',') &&
                                                     p + 1 < len && g_ascii_isdigit (text[p + 1]))))
        p++;
      while (p < len && is_unit (g_utf8_get_char (text + p)))
        {
          gboolean year = g_utf8_get_char (text + p) == 0x5e74;   /* 年 */

          p = g_utf8_next_char (text + p) - text;
          unit = TRUE;
          /* A line may break after the year: "2025年10月14日" is too long
           * for a table's date column, and split anywhere else it reads
           * "2025年10月1 / 4日". */
          if (year)
            return p;
        }
      if (!unit)
        break;
      end = p;
    }
  return end;
}

static gboolean
has_han (const char *text,
         gsize       start,
         gsize       end)
{
  for (const char *p = text + start; p < text + end; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

static void
zh_words (UBreakIterator *words,
          const char     *text,
          gsize           len,
          GArray         *chains,
          PangoAttrList  *attrs)
{
  UErrorCode status = U_ZERO_ERROR;
  UText *ut = utext_openUTF8 (NULL, text, (int64_t) len, &status);
  guint c = 0;

  if (U_FAILURE (status))
    return;
  ubrk_setUText (words, ut, &status);
  for (int32_t start = ubrk_first (words), end; U_SUCCESS (status) && (end = ubrk_next (words)) != UBRK_DONE;
       start = end)
    {
      while (c < chains->len && g_array_index (chains, Range, c).end <= (gsize) start)
        c++;
      if (c < chains->len && g_array_index (chains, Range, c).start < (gsize) end)
        continue;
      /* One character needs no mark; a run of Latin letters keeps itself. */
      if (g_utf8_strlen (text + start, end - start) >= 2 && has_han (text, start, end))
        mark (attrs, start, end);
    }
  utext_close (ut);
}

static void
en_figures (const char    *text,
            gsize          len,
            PangoAttrList *attrs)
{
  for (gsize p = 0; p < len; p++)
    {
      gsize end;

      if (!g_ascii_isdigit (text[p]) || (p > 0 && g_ascii_isalnum (text[p - 1])))
        continue;
      for (end = p; end < len && (g_ascii_isdigit (text[end]) || text[end] == '.' || text[end] == ','); end++)
        ;
      if (end < len && text[end] == ' ')
        for (guint u = 0; en_units[u] != NULL; u++)
          {
            gsize n = strlen (en_units[u]);

            if (end + 1 + n <= len && strncmp (text + end + 1, en_units[u], n) == 0 &&
                (end + 1 + n == len || !g_ascii_isalpha (text[end + 1 + n])))
              {
                mark (attrs, p, end + 1 + n);
                break;
              }
          }
      p = end;
    }
}

void
yt_doc_mark_words (YtDoc         *doc,
                   const char    *text,
                   gsize          len,
                   PangoAttrList *attrs)
{
  g_autoptr(GArray) chains = NULL;
  UErrorCode status = U_ZERO_ERROR;

  if (doc->lang != YT_LANG_ZH)
    {
      en_figures (text, len, attrs);
      return;
    }
  chains = g_array_new (FALSE, FALSE, sizeof (Range));
  for (gsize p = 0; p < len; p++)
    {
      Range r = { p, zh_chain (text, p, len) };

      if (r.end > r.start)
        {
          g_array_append_val (chains, r);
          mark (attrs, r.start, r.end);
          p = r.end - 1;
        }
      else
        while (p + 1 < len && g_ascii_isdigit (text[p + 1]) && g_ascii_isdigit (text[p]))
          p++;
    }
  if (doc->words == NULL)
    doc->words = ubrk_open (UBRK_WORD, "zh", NULL, 0, &status);
  if (doc->words != NULL && U_SUCCESS (status))
    zh_words (doc->words, text, len, chains, attrs);
}

void
yt_doc_words_free (gpointer words)
{
  if (words != NULL)
    ubrk_close (words);
}

/* Chinese tables are ordered by pinyin, English ones alphabetically, the same
 * whatever the process locale: ICU's collation for the report's language
 * ("zh" sorts by pinyin), not strcoll(). */
int
yt_doc_collate (YtDoc      *doc,
                const char *a,
                const char *b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  if (doc->collator == NULL)
    doc->collator = ucol_open (doc->lang == YT_LANG_ZH ? "zh" : "en", &status);
  if (doc->collator == NULL || U_FAILURE (status))
    return g_strcmp0 (a, b);
  result = ucol_strcollUTF8 (doc->collator, a, -1, b, -1, &status);
  if (U_FAILURE (status))
    return g_strcmp0 (a, b);
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : g_strcmp0 (a, b);
}

void
yt_doc_collator_free (gpointer collator)
{
  if (collator != NULL)
    ucol_close (collator);
}
