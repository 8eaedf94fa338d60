/* yt-report-print.c: a report through the print dialog
 *
 * The pages are the report's own (one drawing path for PDF and paper); the
 * print context's resolution only scales them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-report-print.h"

typedef struct
{
  GtkPrintOperation *operation;
  YtReport          *report;
  YtReportPrintDone  done;
  gpointer           user_data;
  gboolean           finished;
} PrintJob;

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  gtk_print_operation_set_n_pages (operation, (int) yt_report_get_n_pages (job->report));
}

/* The report draws in points; the print context may use any resolution. */
static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = gtk_print_context_get_dpi_x (context) / 72.0;

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  yt_report_draw_page (job->report, cr, (guint) page);
  cairo_restore (cr);
}

/* The job holds the operation until it is done: an asynchronous run
 * outlives the call that started it. */
static void
on_done (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (job->finished)
    return;
  job->finished = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (job->done != NULL)
    job->done (result, error, job->user_data);
  g_signal_handlers_disconnect_by_data (job->operation, job);
  g_object_unref (job->operation);
  g_object_unref (job->report);
  g_free (job);
}

void
yt_report_print (GtkWindow         *parent,
                 YtReport          *report,
                 YtPaper            paper,
                 YtReportPrintDone  done,
                 gpointer           user_data)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == YT_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                              : GTK_PAPER_NAME_A4);
  PrintJob *job = g_new0 (PrintJob, 1);
  GtkPrintOperationResult result;

  g_return_if_fail (YT_IS_REPORT (report));

  job->operation = operation;
  job->report = g_object_ref (report);
  job->done = done;
  job->user_data = user_data;
  gtk_page_setup_set_paper_size_and_default_margins (setup, size);
  gtk_print_operation_set_job_name (operation, yt_report_get_title (report));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The window stays responsive while the dialog is open. */
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_done), job);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, NULL);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    on_done (operation, result, job);
}
