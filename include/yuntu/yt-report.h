/* yt-report.h: the briefing report, laid out once, drawn page by page anywhere
 *
 * A YtReport lays out every page when it is created (two passes, so that the
 * contents carry page numbers) and then draws any page onto any cairo_t: the
 * PDF export, GtkPrintOperation and a preview all use the same page code.
 * The report's language is its own, independent of the interface language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <gio/gio.h>
#include <cairo.h>

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

typedef enum {
  YT_PAPER_A4,
  YT_PAPER_LETTER,
} YtPaper;

/* Sections, in the order they appear. */
typedef enum {
  YT_REPORT_SECTION_COVER    = 1 << 0,
  YT_REPORT_SECTION_CONTENTS = 1 << 1,
  YT_REPORT_SECTION_SUMMARY  = 1 << 2,
  YT_REPORT_SECTION_MAPS     = 1 << 3,
  YT_REPORT_SECTION_PROFILES = 1 << 4,
  YT_REPORT_SECTION_HUBS     = 1 << 5,
  YT_REPORT_SECTION_BRI      = 1 << 6,
  YT_REPORT_SECTION_NOTES    = 1 << 7,
  YT_REPORT_SECTION_SOURCES  = 1 << 8,
  YT_REPORT_SECTION_ALL      = (1 << 9) - 1,
} YtReportSections;

typedef enum {
  YT_REPORT_SCOPE_ALL,       /* everything in the atlas */
  YT_REPORT_SCOPE_SITES,     /* the sites listed (the window's current filter) */
  YT_REPORT_SCOPE_COMPANY,   /* one company, its sites and facts */
} YtReportScope;

typedef struct {
  YtLang         lang;
  YtPaper        paper;
  guint          sections;   /* YtReportSections bits */
  YtReportScope  scope;
  const guint   *sites;      /* SCOPE_SITES: site indices, copied by yt_report_new() */
  guint          n_sites;
  guint          company;    /* SCOPE_COMPANY: company index */
  int            as_of_year; /* Belt and Road members of this year; 0: the report's year */
  const char    *author;     /* the document's author, copied; NULL or "": none */
} YtReportOptions;

/* Called after each page while exporting; cancel through the GCancellable. */
typedef void (*YtReportProgressFunc) (guint    done,
                                      guint    total,
                                      gpointer user_data);

#define YT_TYPE_REPORT (yt_report_get_type ())
G_DECLARE_FINAL_TYPE (YtReport, yt_report, YT, REPORT, GObject)

void        yt_report_options_init     (YtReportOptions *options);
gboolean    yt_paper_from_string       (const char      *text,
                                        YtPaper         *paper);

YtReport   *yt_report_new              (YtAtlas               *atlas,
                                        const YtReportOptions *options);
YtLang      yt_report_get_language     (YtReport *self);
const char *yt_report_get_title        (YtReport *self);
/* The author given in the options, or NULL. */
const char *yt_report_get_author       (YtReport *self);
/* Page size in points (1/72 inch). */
void        yt_report_get_page_size    (YtReport *self,
                                        double   *width,
                                        double   *height);
guint       yt_report_get_n_pages      (YtReport *self);
/* "i", "ii" for the front matter, then "1", "2", …, as in the PDF. */
const char *yt_report_get_page_label   (YtReport *self,
                                        guint     page);
/* Draws page @page (from 0) with its top left corner at the origin of @cr, in
 * points.  Links and anchors become PDF tags on a PDF surface. */
void        yt_report_draw_page        (YtReport *self,
                                        cairo_t  *cr,
                                        guint     page);

/* Writes the PDF through a temporary file: on error or cancellation the
 * target is left as it was. */
gboolean    yt_report_export_pdf       (YtReport              *self,
                                        const char            *path,
                                        GCancellable          *cancellable,
                                        YtReportProgressFunc   progress,
                                        gpointer               user_data,
                                        GError               **error);

/* The command line's --export-report: exit status as in DESIGN.md §7. */
int         yt_report_export_main      (YtAtlas               *atlas,
                                        const char            *out_path,
                                        const YtReportOptions *options,
                                        FILE                  *err);
/* The year whose Belt and Road members the report shows. */
int         yt_report_get_as_of_year   (YtReport *self);

G_END_DECLS
