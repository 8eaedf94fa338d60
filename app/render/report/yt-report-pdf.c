/* yt-report-pdf.c: the report as a PDF document: metadata, outline, page labels
 *
 * Cairo 1.16 reports success even when the PDF it finishes is truncated, so
 * the document goes through a stream into a YtAtomicFile, which checks every
 * write and replaces the target only when all of it is on disk.  Cairo writes
 * the clock into /CreationDate unless told a date, so the date is always set:
 * SOURCE_DATE_EPOCH when given, else the newest source date of the data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

static char *
document_date (YtReport *self)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  YtDate date;

  if (epoch != NULL && *epoch != '\0')
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      if (dt != NULL)
        return g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
    }
  date = yt_report_data_date (yt_report_get_atlas (self));
  return g_strdup_printf ("%04d-%02d-%02dT00:00:00Z", YT_DATE_YEAR (date),
                          MAX (YT_DATE_MONTH (date), 1), MAX (YT_DATE_DAY (date), 1));
}

static void
set_metadata (YtReport        *self,
              cairo_surface_t *surface)
{
  YtLang lang = yt_report_get_language (self);
  g_autofree char *date = document_date (self);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, yt_report_get_title (self));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, YT_R_ (lang, N_("Yuntu")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  YT_R_ (lang, N_("Computing hubs, data-centre clusters and cloud "
                                                  "sites in China and along the Belt and Road")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  YT_R_ (lang, N_("cloud computing, data centres, East Data West "
                                                  "Computing, Belt and Road, Digital Silk Road")));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Yuntu " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, date);
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

/* Cairo 1.16 crashes in cairo_surface_finish() on a PDF whose stream reported
 * an error (seen with /dev/full), so cairo is always told the write worked;
 * the atomic file keeps the first error, refuses later writes, and the error
 * is read back once cairo is done. */
static cairo_status_t
write_keeping_error (void                *closure,
                     const unsigned char *data,
                     unsigned int         length)
{
  yt_atomic_file_cairo_write (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Renders into an open atomic file and commits or aborts it: the tests call
 * this directly with a file whose writes fail, as on a full disk. */
gboolean
yt_report_write_pdf (YtReport              *self,
                     YtAtomicFile          *file,
                     const char            *path,
                     GCancellable          *cancellable,
                     YtReportProgressFunc   progress,
                     gpointer               user_data,
                     GError               **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean complete;
  double width, height;

  yt_report_get_page_size (self, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_keeping_error, file, width, height);
  set_metadata (self, surface);
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
  /* A write error recorded by the stream explains a failed status best. */
  if (yt_atomic_file_take_error (file, error) || !check_status (status, path, error))
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
