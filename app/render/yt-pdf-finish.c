/* yt-pdf-finish.c: document information, language and links appended to Cairo's PDF
 *
 * Cairo 1.16 has no call for the catalogue's /Lang, writes dates without the
 * "D:" of PDF dates, and with CAIRO_TAG_LINK but no structure tree leaves
 * references to structure elements it never writes (qpdf: "object 9 0 not
 * found").  So Cairo writes the pages, fonts, outline, page labels and named
 * destinations, and this file appends one incremental update (ISO 32000-1
 * §7.5.6): a new /Info, the catalogue with /Lang, the pages that carry links
 * with their /Annots, and the link annotations, all in one compressed
 * object stream.  Only Cairo's uncompressed catalogue, page tree and
 * cross-reference table are read (yt-pdf-reader.c), never a stream.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <cairo.h>
#include <zlib.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atomic-file.h"
#include "yt-pdf-finish.h"
#include "yt-pdf-reader.h"

/* An object of the update: its number and where its text starts in the
 * object stream's body. */
typedef struct { guint number; gsize start; } Written;

gint64
yt_pdf_document_time (gint64 fallback)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  char *end = NULL;
  gint64 value;

  if (epoch == NULL || *epoch == '\0')
    return fallback;
  value = g_ascii_strtoll (epoch, &end, 10);
  return end != NULL && *end == '\0' && value >= 0 ? value : fallback;
}

/* A text string: literal when printable ASCII, else UTF-16BE with its mark. */
static void
append_text_string (GString    *out,
                    const char *text)
{
  gboolean ascii = TRUE;

  for (const guchar *p = (const guchar *) text; *p != '\0' && ascii; p++)
    ascii = *p >= 0x20 && *p < 0x7f;
  if (ascii)
    {
      g_string_append_c (out, '(');
      for (const char *p = text; *p != '\0'; p++)
        {
          if (*p == '(' || *p == ')' || *p == '\\')
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, ')');
      return;
    }
  g_string_append (out, "<FEFF");
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x10000)
        g_string_append_printf (out, "%04X%04X", 0xD800 + ((c - 0x10000) >> 10),
                                0xDC00 + ((c - 0x10000) & 0x3FF));
      else
        g_string_append_printf (out, "%04X", c);
    }
  g_string_append_c (out, '>');
}

static void
begin_object (GString *out,
              GArray  *written,
              guint    number)
{
  Written w = { number, out->len };

  g_array_append_val (written, w);
}

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", value));
  g_string_append_c (out, ' ');
}

static void
write_link (GString            *out,
            const YtPdfDocInfo *info,
            const YtPdfLink    *link)
{
  double top = info->page_height - link->y;

  g_string_append (out, "<< /Type /Annot /Subtype /Link /F 4 /Border [ 0 0 0 ] /Rect [ ");
  append_number (out, link->x);
  append_number (out, top - link->height);
  append_number (out, link->x + link->width);
  append_number (out, top);
  g_string_append (out, "]\n   ");
  if (link->dest != NULL)
    {
      g_string_append (out, "/Dest ");
      append_text_string (out, link->dest);
    }
  else
    {
      /* A URI is 7-bit ASCII: anything else is percent-encoded. */
      g_autofree char *uri = g_uri_escape_string (link->uri, "!#$%&'()*+,/:;=?@[]~", FALSE);

      g_string_append (out, "/A << /S /URI /URI ");
      append_text_string (out, uri);
      g_string_append (out, " >>");
    }
  g_string_append (out, " >>\n");
}

/* The pages with links get /Annots; the annotations are numbered from /Size. */
static gboolean
write_links (const YtPdfReader          *pdf,
             const YtPdfDocInfo *info,
             GString            *out,
             GArray             *written,
             guint              *next)
{
  g_autoptr(GArray) pages = info->n_links > 0 ? yt_pdf_reader_pages (pdf) : NULL;

  if (info->n_links > 0 && pages == NULL)
    return FALSE;
  for (guint p = 0; pages != NULL && p < pages->len; p++)
    {
      guint page = g_array_index (pages, guint, p);
      guint first = *next;
      gsize start, end;

      for (guint i = 0; i < info->n_links; i++)
        if (info->links[i].page == p)
          {
            begin_object (out, written, (*next)++);
            write_link (out, info, &info->links[i]);
          }
      if (first == *next)
        continue;
      if (!yt_pdf_reader_object_dict (pdf, page, &start, &end) || yt_pdf_reader_find_key (pdf, start, end, "/Annots") != 0)
        return FALSE;
      begin_object (out, written, page);
      g_string_append_len (out, pdf->data + start, end - start - 2);
      g_string_append (out, "   /Annots [");
      for (guint a = first; a < *next; a++)
        g_string_append_printf (out, " %u 0 R", a);
      g_string_append (out, " ]\n>>\n");
    }
  for (guint i = 0; i < info->n_links; i++)
    if (pages == NULL || info->links[i].page >= pages->len)
      return FALSE;
  return TRUE;
}

static void
info_entry (GString    *out,
            const char *key,
            const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (out, "   /%s ", key);
  append_text_string (out, value);
  g_string_append_c (out, '\n');
}

static void
write_info (const YtPdfReader          *pdf,
            const YtPdfDocInfo *info,
            GString            *out,
            GArray             *written)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (info->date);
  g_autofree char *date = dt != NULL ? g_date_time_format (dt, "D:%Y%m%d%H%M%SZ") : NULL;
  g_autofree char *producer = g_strdup_printf ("cairo %s (https://cairographics.org)",
                                               cairo_version_string ());

  begin_object (out, written, pdf->info);
  g_string_append (out, "<<\n");
  info_entry (out, "Title", info->title);
  info_entry (out, "Author", info->author);
  info_entry (out, "Subject", info->subject);
  info_entry (out, "Keywords", info->keywords);
  info_entry (out, "Creator", info->creator);
  info_entry (out, "Producer", producer);
  info_entry (out, "CreationDate", date);
  info_entry (out, "ModDate", date);
  g_string_append (out, ">>\n");
}

/* Viewers show the title rather than the file name; readers aloud use /Lang. */
static gboolean
write_catalog (const YtPdfReader          *pdf,
               const YtPdfDocInfo *info,
               GString            *out,
               GArray             *written)
{
  gsize start, end;

  if (!yt_pdf_reader_object_dict (pdf, pdf->root, &start, &end) || yt_pdf_reader_find_key (pdf, start, end, "/Lang") != 0)
    return FALSE;
  begin_object (out, written, pdf->root);
  g_string_append_len (out, pdf->data + start, end - start - 2);
  if (info->lang != NULL)
    {
      g_string_append (out, "   /Lang ");
      append_text_string (out, info->lang);
      g_string_append_c (out, '\n');
    }
  if (yt_pdf_reader_find_key (pdf, start, end, "/ViewerPreferences") == 0)
    g_string_append (out, "   /ViewerPreferences << /DisplayDocTitle true >>\n");
  g_string_append (out, ">>\n");
  return TRUE;
}

static gboolean
deflate_bytes (const char *data,
               gsize       len,
               GByteArray *out)
{
  uLongf size = compressBound (len);

  g_byte_array_set_size (out, size);
  if (compress2 (out->data, &size, (const Bytef *) data, len, Z_BEST_COMPRESSION) != Z_OK)
    return FALSE;
  g_byte_array_set_size (out, size);
  return TRUE;
}

static void
append_stream (GByteArray *pdf,
               guint       number,
               const char *dict,
               GByteArray *data)
{
  g_autofree char *head = g_strdup_printf ("%u 0 obj\n<< %s /Filter /FlateDecode /Length %u >>\nstream\n",
                                           number, dict, data->len);

  g_byte_array_append (pdf, (const guint8 *) head, strlen (head));
  g_byte_array_append (pdf, data->data, data->len);
  g_byte_array_append (pdf, (const guint8 *) "\nendstream\nendobj\n", 18);
}

static void
put_entry (GByteArray *xref,
           guint8      type,
           guint32     field2,
           guint16     field3)
{
  guint8 entry[7] = { type, field2 >> 24, field2 >> 16, field2 >> 8, field2, field3 >> 8, field3 };

  g_byte_array_append (xref, entry, sizeof entry);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The update's objects go into one compressed object stream (thousands of
 * link annotations would otherwise be half the file), indexed by a
 * cross-reference stream (PDF 1.5, §7.5.7 and §7.5.8). */
static gboolean
write_update (GByteArray *bytes,
              const YtPdfReader  *pdf,
              GString    *objects,
              GArray     *written,
              guint       next)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GByteArray) packed = g_byte_array_new ();
  g_autoptr(GByteArray) xref = g_byte_array_new ();
  g_autoptr(GByteArray) xref_packed = g_byte_array_new ();
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) index = g_string_new (NULL);
  g_autofree char *id = g_compute_checksum_for_data (G_CHECKSUM_MD5, bytes->data, bytes->len);
  g_autofree char *dict = NULL;
  g_autofree char *tail = NULL;
  guint stream = next, xref_number = next + 1;
  gsize stream_offset, xref_offset;

  for (guint i = 0; i < written->len; i++)
    {
      const Written *w = &g_array_index (written, Written, i);

      g_string_append_printf (body, "%u %" G_GSIZE_FORMAT " ", w->number, w->start);
      g_array_append_val (numbers, w->number);
    }
  dict = g_strdup_printf ("/Type /ObjStm /N %u /First %" G_GSIZE_FORMAT, written->len, body->len);
  g_string_append_len (body, objects->str, objects->len);
  if (!deflate_bytes (body->str, body->len, packed))
    return FALSE;
  stream_offset = bytes->len;
  append_stream (bytes, stream, dict, packed);

  g_array_append_val (numbers, stream);
  g_array_append_val (numbers, xref_number);
  g_array_sort (numbers, compare_numbers);
  xref_offset = bytes->len;
  for (guint i = 0; i < numbers->len;)
    {
      guint run = 1;

      while (i + run < numbers->len &&
             g_array_index (numbers, guint, i + run) == g_array_index (numbers, guint, i) + run)
        run++;
      g_string_append_printf (index, "%u %u ", g_array_index (numbers, guint, i), run);
      for (guint j = i; j < i + run; j++)
        {
          guint n = g_array_index (numbers, guint, j);

          if (n == stream)
            put_entry (xref, 1, (guint32) stream_offset, 0);
          else if (n == xref_number)
            put_entry (xref, 1, (guint32) xref_offset, 0);
          else
            for (guint k = 0; k < written->len; k++)
              if (g_array_index (written, Written, k).number == n)
                put_entry (xref, 2, stream, k);
        }
      i += run;
    }
  if (!deflate_bytes ((const char *) xref->data, xref->len, xref_packed))
    return FALSE;
  g_free (dict);
  dict = g_strdup_printf ("/Type /XRef /Size %u /W [ 1 4 2 ] /Index [ %s] /Root %u 0 R /Info %u 0 R "
                          "/ID [ <%s> <%s> ] /Prev %" G_GINT64_FORMAT,
                          xref_number + 1, index->str, pdf->root, pdf->info, id, id, pdf->xref);
  append_stream (bytes, xref_number, dict, xref_packed);
  tail = g_strdup_printf ("startxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n", xref_offset);
  g_byte_array_append (bytes, (const guint8 *) tail, strlen (tail));
  return TRUE;
}

gboolean
yt_pdf_finish (GByteArray          *bytes,
               const YtPdfDocInfo  *info,
               GError             **error)
{
  YtPdfReader pdf;
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (Written));
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean ok;
  guint next;

  g_return_val_if_fail (bytes != NULL && info != NULL, FALSE);

  ok = yt_pdf_reader_init (&pdf, bytes->data, bytes->len);
  next = pdf.size;
  ok = ok && write_links (&pdf, info, out, written, &next);
  if (ok)
    write_info (&pdf, info, out, written);
  ok = ok && write_catalog (&pdf, info, out, written);
  /* The same bytes give the same identifier, so output stays reproducible. */
  ok = ok && write_update (bytes, &pdf, out, written, next);
  yt_pdf_reader_clear (&pdf);
  if (!ok)
    {
      g_set_error_literal (error, YT_FILE_ERROR, YT_FILE_ERROR_FAILED,
                           _("The PDF could not be completed: its cross-reference table was not understood."));
      return FALSE;
    }
  return TRUE;
}
