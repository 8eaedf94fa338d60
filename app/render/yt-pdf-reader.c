/* yt-pdf-reader.c: the little of a finished PDF that yt_pdf_finish() reads
 *
 * The trailer, the cross-reference table, and object dictionaries as text:
 * enough to find the catalogue, the information dictionary and the pages of
 * a file Cairo wrote (uncompressed objects, one classic table).  The bytes
 * are checked as they are read; nothing past the buffer is touched.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yt-pdf-reader.h"

/* Skips white space and comments. */
static gsize
skip_space (const YtPdfReader *pdf,
            gsize      at)
{
  while (at < pdf->len)
    {
      if (pdf->data[at] == '%')
        while (at < pdf->len && pdf->data[at] != '\n' && pdf->data[at] != '\r')
          at++;
      else if (g_ascii_isspace (pdf->data[at]) || pdf->data[at] == '\0')
        at++;
      else
        break;
    }
  return at;
}

static gboolean
read_uint (const YtPdfReader *pdf,
           gsize     *at,
           gint64    *value)
{
  gsize p = skip_space (pdf, *at);
  gint64 v = 0;
  gsize start = p;

  while (p < pdf->len && g_ascii_isdigit (pdf->data[p]) && p - start < 18)
    v = v * 10 + (pdf->data[p++] - '0');
  if (p == start)
    return FALSE;
  *value = v;
  *at = p;
  return TRUE;
}

static gboolean
expect (const YtPdfReader  *pdf,
        gsize      *at,
        const char *word)
{
  gsize p = skip_space (pdf, *at);
  gsize n = strlen (word);

  if (p + n > pdf->len || memcmp (pdf->data + p, word, n) != 0)
    return FALSE;
  *at = p + n;
  return TRUE;
}

/* The end of the dictionary starting at @at ("<<"), just after its ">>":
 * strings, hex strings and comments may hold brackets of their own. */
static gsize
dict_end (const YtPdfReader *pdf,
          gsize      at)
{
  int depth = 0;

  while (at < pdf->len)
    {
      char c = pdf->data[at];

      if (c == '%')
        at = skip_space (pdf, at);
      else if (c == '(')
        {
          int parens = 0;

          for (; at < pdf->len; at++)
            {
              if (pdf->data[at] == '\\')
                at++;
              else if (pdf->data[at] == '(')
                parens++;
              else if (pdf->data[at] == ')' && --parens == 0)
                break;
            }
          at++;
        }
      else if (c == '<' && at + 1 < pdf->len && pdf->data[at + 1] == '<')
        depth++, at += 2;
      else if (c == '>' && at + 1 < pdf->len && pdf->data[at + 1] == '>')
        {
          at += 2;
          if (--depth == 0)
            return at;
        }
      else if (c == '<')
        {
          const char *close = memchr (pdf->data + at, '>', pdf->len - at);

          if (close == NULL)
            return 0;
          at = close - pdf->data + 1;
        }
      else
        at++;
    }
  return 0;
}

/* The dictionary of object @number as text, from "<<" to ">>". */
gboolean
yt_pdf_reader_object_dict (const YtPdfReader *pdf,
             guint      number,
             gsize     *start,
             gsize     *end)
{
  gint64 offset, n, generation;
  gsize at;

  if (number >= pdf->offsets->len || (offset = g_array_index (pdf->offsets, gint64, number)) < 0 ||
      (gsize) offset >= pdf->len)
    return FALSE;
  at = offset;
  if (!read_uint (pdf, &at, &n) || n != number || !read_uint (pdf, &at, &generation) ||
      !expect (pdf, &at, "obj"))
    return FALSE;
  at = skip_space (pdf, at);
  if (at + 2 > pdf->len || memcmp (pdf->data + at, "<<", 2) != 0)
    return FALSE;
  *start = at;
  *end = dict_end (pdf, at);
  return *end != 0;
}

/* The position just after @key in the dictionary [start, end), or 0. */
gsize
yt_pdf_reader_find_key (const YtPdfReader  *pdf,
          gsize       start,
          gsize       end,
          const char *key)
{
  gsize n = strlen (key);

  for (gsize at = start; at + n < end; at++)
    if (memcmp (pdf->data + at, key, n) == 0 &&
        (g_ascii_isspace (pdf->data[at + n]) || strchr ("/[<(", pdf->data[at + n]) != NULL))
      return at + n;
  return 0;
}

static gboolean
read_ref (const YtPdfReader *pdf,
          gsize     *at,
          guint     *number)
{
  gint64 n, generation;

  if (!read_uint (pdf, at, &n) || !read_uint (pdf, at, &generation) || !expect (pdf, at, "R") ||
      n <= 0 || n > G_MAXINT)
    return FALSE;
  *number = (guint) n;
  return TRUE;
}

static gboolean
dict_ref (const YtPdfReader  *pdf,
          gsize       start,
          gsize       end,
          const char *key,
          guint      *number)
{
  gsize at = yt_pdf_reader_find_key (pdf, start, end, key);

  return at != 0 && read_ref (pdf, &at, number);
}

static gboolean
read_xref (YtPdfReader *pdf)
{
  gsize at = pdf->xref;
  gint64 first, count;

  if (!expect (pdf, &at, "xref"))
    return FALSE;
  while (read_uint (pdf, &at, &first) && read_uint (pdf, &at, &count))
    {
      at = skip_space (pdf, at);
      if (count > G_MAXINT || first + count > G_MAXINT || at + count * 20 > pdf->len)
        return FALSE;
      if (pdf->offsets->len < first + count)
        {
          guint old = pdf->offsets->len;

          g_array_set_size (pdf->offsets, first + count);
          for (guint i = old; i < pdf->offsets->len; i++)
            g_array_index (pdf->offsets, gint64, i) = -1;
        }
      for (gint64 i = 0; i < count; i++, at += 20)
        if (pdf->data[at + 17] == 'n')
          g_array_index (pdf->offsets, gint64, first + i) = g_ascii_strtoll (pdf->data + at, NULL, 10);
    }
  return TRUE;
}

static gboolean
yt_pdf_reader_init_trailer (YtPdfReader *pdf)
{
  const char *tail = pdf->data + (pdf->len > 1024 ? pdf->len - 1024 : 0);
  const char *found = g_strrstr_len (tail, pdf->data + pdf->len - tail, "startxref");
  gsize at, start, end;
  gint64 size;

  if (found == NULL)
    return FALSE;
  at = found - pdf->data + strlen ("startxref");
  if (!read_uint (pdf, &at, &pdf->xref) || (gsize) pdf->xref >= pdf->len || !read_xref (pdf))
    return FALSE;
  found = g_strstr_len (pdf->data + pdf->xref, pdf->len - pdf->xref, "trailer");
  if (found == NULL)
    return FALSE;
  start = skip_space (pdf, found - pdf->data + strlen ("trailer"));
  if ((end = dict_end (pdf, start)) == 0)
    return FALSE;
  at = yt_pdf_reader_find_key (pdf, start, end, "/Size");
  if (at == 0 || !read_uint (pdf, &at, &size) || size > G_MAXINT)
    return FALSE;
  pdf->size = (guint) size;
  return dict_ref (pdf, start, end, "/Root", &pdf->root) &&
         dict_ref (pdf, start, end, "/Info", &pdf->info);
}

/* The page objects in order, from a page tree of one level (Cairo's). */
GArray *
yt_pdf_reader_pages (const YtPdfReader *pdf)
{
  g_autoptr(GArray) pages = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize start, end, at;
  guint tree;

  if (!yt_pdf_reader_object_dict (pdf, pdf->root, &start, &end) || !dict_ref (pdf, start, end, "/Pages", &tree) ||
      !yt_pdf_reader_object_dict (pdf, tree, &start, &end) || (at = yt_pdf_reader_find_key (pdf, start, end, "/Kids")) == 0 ||
      !expect (pdf, &at, "["))
    return NULL;
  for (guint page; read_ref (pdf, &at, &page);)
    g_array_append_val (pages, page);
  return expect (pdf, &at, "]") ? g_steal_pointer (&pages) : NULL;
}

gboolean
yt_pdf_reader_init (YtPdfReader  *pdf,
                    const guint8 *data,
                    gsize         len)
{
  *pdf = (YtPdfReader) { (const char *) data, len, g_array_new (FALSE, FALSE, sizeof (gint64)) };
  return yt_pdf_reader_init_trailer (pdf);
}

void
yt_pdf_reader_clear (YtPdfReader *pdf)
{
  g_clear_pointer (&pdf->offsets, g_array_unref);
}
