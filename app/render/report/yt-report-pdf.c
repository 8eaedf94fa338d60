/* yt-report-pdf.c: the report as a PDF document: metadata, outline, page labels, links
 *
 * Cairo writes the document into memory; what Cairo 1.16 cannot write
 * (document information with PDF dates, /Lang, link annotations) is then
 * appended by yt_pdf_finish(), and the whole goes into a YtAtomicFile, which
 * checks every write and replaces the target only when all of it is on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-catalog.h"
#include "yt-pdf-finish.h"
#include "yt-report-private.h"

/* The report's date at midnight UTC: SOURCE_DATE_EPOCH when given, else the
 * newest source date of the data, so the same data gives the same bytes. */
static gint64
document_time (YtReport *self)
{
  YtDate date = yt_report_data_date (yt_report_get_atlas (self));
  g_autoptr(GDateTime) dt = g_date_time_new_utc (YT_DATE_YEAR (date), MAX (YT_DATE_MONTH (date), 1),
                                                  MAX (YT_DATE_DAY (date), 1), 0, 0, 0);

  return yt_pdf_document_time (dt != NULL ? g_date_time_to_unix (dt) : 0);
}

/* Cairo would stamp the clock into its own /Info: the finished file's
 * information comes from yt_pdf_finish() instead. */
static void
clear_cairo_dates (cairo_surface_t *surface)
{
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, NULL);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, NULL);
}

static GArray *
collect_links (YtReport *self)
{
  YtDoc *doc = yt_report_get_doc (self);
  GArray *links = g_array_new (FALSE, FALSE, sizeof (YtPdfLink));

  for (guint p = 0; p < doc->pages->len; p++)
    {
      YtPage *page = g_ptr_array_index (doc->pages, p);

      for (guint i = 0; i < page->items->len; i++)
        {
          const YtItem *item = g_ptr_array_index (page->items, i);
          YtPdfLink link = { p, item->x, item->y, item->w, item->h, NULL, NULL };

          if (item->kind != YT_ITEM_LINK || item->w <= 0 || item->h <= 0)
            continue;
          /* Internal targets start with '#'; the rest are addresses. */
          if (item->target[0] == '#')
            link.dest = item->target + 1;
          else
            link.uri = item->target;
          g_array_append_val (links, link);
        }
    }
  return links;
}

static gboolean
finish_pdf (YtReport    *self,
            GByteArray  *pdf,
            GError     **error)
{
  YtLang lang = yt_report_get_language (self);
  g_autoptr(GArray) links = collect_links (self);
  YtPdfDocInfo info = {
    .title = yt_report_get_title (self),
    .author = yt_report_get_author (self),
    .subject = YT_R_ (lang, N_("Computing hubs, data-centre clusters and cloud sites in China and "
                               "along the Belt and Road")),
    .keywords = YT_R_ (lang, N_("cloud computing, data centres, East Data West Computing, Belt and "
                                "Road, Digital Silk Road")),
    .creator = "Yuntu " PACKAGE_VERSION,
    .lang = lang == YT_LANG_ZH ? "zh-CN" : "en-GB",
    .date = document_time (self),
    .links = (const YtPdfLink *) links->data,
    .n_links = links->len,
  };

  yt_report_get_page_size (self, NULL, &info.page_height);
  return yt_pdf_finish (pdf, &info, error);
}

/* Sections at the top level, companies under "Company profiles". */
static void
add_outline (YtReport        *self,
             cairo_surface_t *surface)
{
  GArray *toc = yt_report_get_doc (self)->toc;
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < toc->len; i++)
    {
      const YtTocEntry *entry = &g_array_index (toc, YtTocEntry, i);
      g_autofree char *link = g_strdup_printf ("dest='%s'", entry->anchor);
      int id = cairo_pdf_surface_add_outline (surface, entry->level > 1 ? parent : CAIRO_PDF_OUTLINE_ROOT,
                                              entry->title, link, CAIRO_PDF_OUTLINE_FLAG_OPEN);

      if (entry->level <= 1)
        parent = id;
    }
}

static gboolean
draw_pages (YtReport             *self,
            cairo_surface_t      *surface,
            GCancellable         *cancellable,
            YtReportProgressFunc  progress,
            gpointer              user_data)
{
  cairo_t *cr = cairo_create (surface);
  guint n = yt_report_get_n_pages (self);
  gboolean cancelled = FALSE;

  for (guint i = 0; i < n && !cancelled; i++)
    {
      cairo_pdf_surface_set_page_label (surface, yt_report_get_page_label (self, i));
      yt_report_draw_page (self, cr, i);
      cairo_show_page (cr);
      if (progress != NULL)
        progress (i + 1, n, user_data);
      cancelled = g_cancellable_is_cancelled (cancellable);
    }
  cairo_destroy (cr);
  return !cancelled;
}

static gboolean
check_status (cairo_status_t  status,
              const char     *path,
              GError        **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, YT_FILE_ERROR, YT_FILE_ERROR_FAILED,
               _("Could not draw the report into “%s”: %s. The existing file was left untouched."),
               display, cairo_status_to_string (status));
  return FALSE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Renders into memory, finishes the document there, then writes it to an
 * open atomic file and commits or aborts it: the tests call this directly
 * with a file whose writes fail, as on a full disk. */
gboolean
yt_report_write_pdf (YtReport              *self,
                     YtAtomicFile          *file,
                     const char            *path,
                     GCancellable          *cancellable,
                     YtReportProgressFunc   progress,
                     gpointer               user_data,
                     GError               **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean complete;
  double width, height;

  yt_report_get_page_size (self, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width, height);
  clear_cairo_dates (surface);
  complete = draw_pages (self, surface, cancellable, progress, user_data);
  if (complete)
    add_outline (self, surface);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!complete)
    {
      yt_atomic_file_abort (file);
      g_set_error_literal (error, YT_FILE_ERROR, YT_FILE_ERROR_CANCELLED,
                           _("The export was cancelled. The existing file was left untouched."));
      return FALSE;
    }
  if (!check_status (status, path, error) || !finish_pdf (self, pdf, error))
    {
      yt_atomic_file_abort (file);
      return FALSE;
    }
  /* Write errors are kept by the file and reported here. */
  yt_atomic_file_cairo_write (file, pdf->data, pdf->len);
  if (yt_atomic_file_take_error (file, error))
    {
      yt_atomic_file_abort (file);
      return FALSE;
    }
  return yt_atomic_file_commit (file, error);
}

gboolean
yt_report_export_pdf (YtReport              *self,
                      const char            *path,
                      GCancellable          *cancellable,
                      YtReportProgressFunc   progress,
                      gpointer               user_data,
                      GError               **error)
{
  YtAtomicFile *file;

  g_return_val_if_fail (YT_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if ((file = yt_atomic_file_open (path, error)) == NULL)
    return FALSE;
  return yt_report_write_pdf (self, file, path, cancellable, progress, user_data, error);
}

int
yt_report_export_main (YtAtlas               *atlas,
                       const char            *out_path,
                       const YtReportOptions *options,
                       FILE                  *err)
{
  g_autoptr(YtReport) report = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), 1);
  g_return_val_if_fail (out_path != NULL, 2);

  report = yt_report_new (atlas, options);
  if (!yt_report_export_pdf (report, out_path, NULL, NULL, NULL, &error))
    {
      fprintf (err != NULL ? err : stderr, "yuntu: %s\n", error->message);
      return 3;
    }
  return 0;
}
