/* yt-pdf-finish.h: what Cairo 1.16 cannot write into a PDF, added as an incremental update
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A link area on a page, in points from the page's top left corner. */
typedef struct {
  guint       page;           /* from 0 */
  double      x, y, width, height;
  const char *dest;           /* a named destination (CAIRO_TAG_DEST), or NULL */
  const char *uri;            /* else an external address */
} YtPdfLink;

typedef struct {
  const char      *title;
  const char      *author;    /* NULL or "" leaves /Author out */
  const char      *subject;
  const char      *keywords;
  const char      *creator;
  const char      *lang;      /* BCP 47 tag for the catalogue's /Lang: "en-GB", "zh-CN" */
  gint64           date;      /* seconds since the epoch, UTC */
  double           page_height;
  const YtPdfLink *links;
  guint            n_links;
} YtPdfDocInfo;

/* The time to stamp a document with: SOURCE_DATE_EPOCH when set (reproducible
 * builds), else @fallback. */
gint64   yt_pdf_document_time (gint64              fallback);

/* Appends to @pdf, a complete file from cairo_pdf_surface_create_for_stream(),
 * one incremental update with the document information (PDF dates, which
 * Cairo 1.16 writes without their "D:"), the catalogue's /Lang and the link
 * annotations.  Cairo 1.16 is not asked for links: without a structure tree
 * it refers to structure elements it never writes. */
gboolean yt_pdf_finish        (GByteArray          *pdf,
                               const YtPdfDocInfo  *info,
                               GError             **error);

G_END_DECLS
