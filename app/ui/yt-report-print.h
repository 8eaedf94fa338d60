/* yt-report-print.h: a report through the print dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

/* Opens the print dialog for @report's pages on @paper, transient for
 * @parent, and returns at once; @done (nullable) runs when printing was
 * confirmed, cancelled or failed, with the result and any error. */
typedef void (*YtReportPrintDone) (GtkPrintOperationResult  result,
                                   const GError            *error,
                                   gpointer                 user_data);

void yt_report_print (GtkWindow         *parent,
                      YtReport          *report,
                      YtPaper            paper,
                      YtReportPrintDone  done,
                      gpointer           user_data);

G_END_DECLS
