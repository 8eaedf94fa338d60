/* yt-report-dialog.h: report options, then export to PDF or print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_REPORT_DIALOG (yt_report_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtReportDialog, yt_report_dialog, YT, REPORT_DIALOG, GtkWindow)

YtReportDialog *yt_report_dialog_new          (GtkWindow   *parent,
                                               YtAtlas     *atlas,
                                               const guint *filtered_sites,
                                               guint        n_filtered_sites);
/* The window's "as of" year (0: none), which the current-filter scope keeps. */
void            yt_report_dialog_set_as_of_year (YtReportDialog *self,
                                               int             year);
void            yt_report_dialog_set_company  (YtReportDialog  *self,
                                               guint            company);
void            yt_report_dialog_get_options  (YtReportDialog  *self,
                                               YtReportOptions *options);
gboolean        yt_report_dialog_export_to    (YtReportDialog  *self,
                                               const char      *path);

G_END_DECLS
