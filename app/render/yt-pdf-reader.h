/* yt-pdf-reader.h: the trailer, cross-reference table and dictionaries of a PDF Cairo wrote
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  const char *data;
  gsize       len;
  GArray     *offsets;          /* gint64 per object number, -1 when free */
  guint       size, root, info;
  gint64      xref;
} YtPdfReader;

/* Reads the trailer and the cross-reference table; FALSE when they are not
 * of the form Cairo writes.  Clear with yt_pdf_reader_clear() either way. */
gboolean  yt_pdf_reader_init        (YtPdfReader       *pdf,
                                     const guint8      *data,
                                     gsize              len);
void      yt_pdf_reader_clear       (YtPdfReader       *pdf);
/* The dictionary of object @number, as the byte range from "<<" to ">>". */
gboolean  yt_pdf_reader_object_dict (const YtPdfReader *pdf,
                                     guint              number,
                                     gsize             *start,
                                     gsize             *end);
/* The position just after @key in the dictionary [start, end), or 0. */
gsize     yt_pdf_reader_find_key    (const YtPdfReader *pdf,
                                     gsize              start,
                                     gsize              end,
                                     const char        *key);
/* The page objects in order, from a page tree of one level, or NULL. */
GArray   *yt_pdf_reader_pages       (const YtPdfReader *pdf);

G_END_DECLS
