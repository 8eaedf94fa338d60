/* yt-report-private.h: the page model shared by the report's layout, content and PDF code
 *
 * Layout produces pages of positioned items (text layouts, rules, boxes,
 * map frames, charts, link areas, anchors); drawing a page only walks its
 * items, so printing, preview and PDF draw exactly what was laid out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-chart.h"
#include "yuntu/yt-map-renderer.h"
#include "yuntu/yt-report.h"

G_BEGIN_DECLS

/* Faces.  Cairo 1.16 embeds a CFF CJK font (Noto CJK) with the local
 * subroutines of every font dictionary a glyph comes from: one ideograph in
 * Noto Serif CJK costs about 400 KB, a page of them in the bold sans 800 KB.
 * TrueType faces subset glyph by glyph.  So English is set in Noto Serif and
 * Noto Sans (TrueType, Debian fonts-noto-core) with WenQuanYi Micro Hei
 * (TrueType, fonts-wqy-microhei) for the Chinese words among it, and Chinese
 * in WenQuanYi Micro Hei throughout; it has no bold, so Chinese headings
 * stand out by size and colour, and emphasis by colour. */
#define YT_REPORT_SERIF_EN "Noto Serif, WenQuanYi Micro Hei"
#define YT_REPORT_SANS_EN  "Noto Sans, WenQuanYi Micro Hei"
#define YT_REPORT_ZH       "WenQuanYi Micro Hei"

typedef enum {
  YT_STYLE_BODY, YT_STYLE_SMALL, YT_STYLE_TABLE, YT_STYLE_TABLE_HEAD, YT_STYLE_CAPTION,
  YT_STYLE_H1, YT_STYLE_H2, YT_STYLE_H3, YT_STYLE_TITLE, YT_STYLE_SUBTITLE, YT_STYLE_RUNNING,
  YT_N_STYLES
} YtStyle;

typedef struct { double r, g, b; } YtRgb;

typedef enum {
  YT_ITEM_TEXT, YT_ITEM_RECT, YT_ITEM_LINE, YT_ITEM_MAP, YT_ITEM_CHART, YT_ITEM_LINK, YT_ITEM_DEST
} YtItemKind;

typedef struct {
  YtItemKind   kind;
  double       x, y, w, h;      /* LINE: from (x, y) to (x + w, y + h) */
  YtRgb        color;
  double       line_width;
  gboolean     dotted;          /* LINE: a leader in the contents */
  PangoLayout *layout;          /* TEXT */
  char        *target;          /* LINK: "dest='…'" or "uri='…'"; DEST: anchor name */
  YtMapKind    map;             /* MAP */
  double       legend_gap;      /* MAP: from the frame to the legend drawn under it */
  YtChart     *chart;           /* CHART */
} YtItem;

typedef struct {
  GPtrArray *items;             /* YtItem, in drawing order */
  gboolean   front;             /* front matter: roman page labels */
  gboolean   bare;              /* no running header or footer (cover) */
  double     fill;              /* how far down the text block the content goes, 0–1 */
} YtPage;

/* A contents and outline entry: level 1 sections, level 2 companies. */
typedef struct {
  int   level;
  char *title;
  char *anchor;
  guint page;                   /* page index */
} YtTocEntry;

/* Text with spans of colour, weight and link targets. */
typedef struct {
  GString       *text;
  PangoAttrList *attrs;
  GArray        *links;         /* YtRichLink */
} YtRich;

/* Straight quotes and apostrophes made typographic, from what precedes
 * them: @before is the text the new text follows (may be NULL). */
char    *yt_text_smart_quotes (const char *before,
                               const char *text);

typedef struct { guint start, end; char *target; } YtRichLink;

YtRich  *yt_rich_new          (const char *text);
void     yt_rich_free         (YtRich     *rich);
void     yt_rich_append       (YtRich     *rich,
                               const char *text);
void     yt_rich_append_color (YtRich     *rich,
                               const char *text,
                               YtRgb       color);
void     yt_rich_append_bold  (YtRich     *rich,
                               const char *text);
void     yt_rich_append_link  (YtRich     *rich,
                               const char *text,
                               const char *target,
                               YtRgb       color);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtRich, yt_rich_free)

/* A table: header row repeated on each page it spans; cells are YtRich. */
typedef struct {
  guint      n_cols;
  double    *widths;            /* fractions of the text width, summing to 1 */
  GPtrArray *head;              /* YtRich per column */
  GPtrArray *rows;              /* GPtrArray of YtRich per row */
} YtTable;

YtTable *yt_table_new         (guint          n_cols,
                               const double  *widths);
void     yt_table_free        (YtTable       *table);
void     yt_table_set_head    (YtTable       *table,
                               guint          col,
                               const char    *text);
/* Starts a row; yt_table_add_cell() then fills it left to right. */
void     yt_table_add_row     (YtTable       *table);
YtRich  *yt_table_add_cell    (YtTable       *table,
                               const char    *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtTable, yt_table_free)

/* The document being laid out: pages, a cursor, styles and anchors. */
typedef struct {
  YtLang                lang;
  const char           *body_family;                /* for charts */
  PangoContext         *context;
  gpointer              words;                      /* yt-report-words.c: the word breaker */
  gpointer              collator;                   /* and the collator */
  PangoFontDescription *fonts[YT_N_STYLES];
  double                page_w, page_h;
  double                left, top, width, bottom;   /* the text block */
  GPtrArray            *pages;                      /* YtPage */
  YtPage               *page;
  double                y;
  GArray               *toc;                        /* YtTocEntry */
  GHashTable           *anchors;                    /* name → page index + 1 */
  GHashTable           *shared;                     /* yt_doc_layout_shared(): key → PangoLayout */
} YtDoc;

YtDoc       *yt_doc_new          (YtLang       lang,
                                  YtPaper      paper);
/* yt-report-words.c: PangoAttrWord over what a line must not split. */
void         yt_doc_mark_words   (YtDoc         *doc,
                                  const char    *text,
                                  gsize          len,
                                  PangoAttrList *attrs);
void         yt_doc_words_free   (gpointer       words);
/* Order of names in the report's language (pinyin for Chinese). */
int          yt_doc_collate      (YtDoc         *doc,
                                  const char    *a,
                                  const char    *b);
void         yt_doc_collator_free (gpointer      collator);
void         yt_doc_free         (YtDoc       *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtDoc, yt_doc_free)

PangoLayout *yt_doc_layout       (YtDoc       *doc,
                                  YtStyle      style,
                                  const YtRich *rich,
                                  double       width);
/* The same, shaped once for every layout pass: the layout is shared and
 * must not be changed. */
PangoLayout *yt_doc_layout_shared (YtDoc       *doc,
                                   YtStyle      style,
                                   const YtRich *rich,
                                   double       width);
/* The shared layouts of @prev's pass go on to @doc's. */
void         yt_doc_keep_shared  (YtDoc       *doc,
                                  YtDoc       *prev);
YtItem      *yt_doc_add_item     (YtDoc       *doc,
                                  YtItemKind   kind,
                                  double x, double y, double w, double h);
void         yt_doc_new_page     (YtDoc       *doc,
                                  gboolean     front);
void         yt_doc_ensure       (YtDoc       *doc,
                                  double       height);
/* How much of the current page's text block is used, 0–1. */
double       yt_doc_fill         (YtDoc       *doc);
void         yt_doc_space        (YtDoc       *doc,
                                  double       height);
void         yt_doc_anchor       (YtDoc       *doc,
                                  const char  *name);
/* Places @layout at (x, y) with link areas for @rich's links. */
void         yt_doc_place        (YtDoc       *doc,
                                  PangoLayout *layout,
                                  const YtRich *rich,
                                  double       x,
                                  double       y,
                                  YtRgb        color);
void         yt_doc_paragraph    (YtDoc       *doc,
                                  YtStyle      style,
                                  const YtRich *rich,
                                  double       indent,
                                  double       space_after);
void         yt_doc_text         (YtDoc       *doc,
                                  YtStyle      style,
                                  const char  *text,
                                  double       space_after);
/* A section heading; level 1 starts a new page.  @anchor (may be NULL) is
 * added to the contents and outline when @toc_level > 0. */
void         yt_doc_heading      (YtDoc       *doc,
                                  int          level,
                                  const char  *text,
                                  const char  *anchor,
                                  int          toc_level);
void         yt_doc_toc_entry    (YtDoc       *doc,
                                  int          level,
                                  const char  *title,
                                  const char  *anchor);
void         yt_doc_table        (YtDoc       *doc,
                                  const YtTable *table);
double       yt_doc_table_start_height (YtDoc         *doc,
                                        const YtTable *table);
double       yt_doc_text_height  (YtDoc       *doc,
                                  YtStyle      style,
                                  const char  *text,
                                  double       width);

/* Map pixels per point in print: at 0.7 a map's 11 px labels print at about
 * 7.7 pt, the size of the captions around them. */
#define YT_MAP_PRINT_SCALE 0.7

/* What the content code needs while it fills a YtDoc. */
typedef struct {
  YtAtlas               *atlas;
  const YtReportOptions *options;
  YtLang                 lang;
  YtDoc                 *doc;
  const char            *title;
  const char            *date;          /* the report's date, formatted */
  guint8                *site_in_scope; /* per site */
  guint8                *company_shown; /* per company: has a profile */
  GArray                *cited;         /* source indices, in order of first citation */
  GHashTable            *cite_numbers;  /* source index + 1 → number */
  GHashTable            *prev_pages;    /* anchor → page label, from the previous pass */
  GArray                *prev_toc;      /* YtTocEntry of the previous pass, or NULL */
  guint                  prev_cited;    /* sources the previous pass listed */
  guint                  n_figures;     /* charts numbered so far */
  guint                  n_maps;        /* maps numbered so far */
  guint                  n_tables;      /* tables numbered so far */
  YtDate                 cutoff;        /* the newest source date: the data's cut-off */
  YtReport              *report;        /* for its map renderers */
} YtBuild;

/* yt-report-cite.c */
void         yt_build_cite          (YtBuild      *b,
                                     YtRich       *rich,
                                     YtRef         ref);
void         yt_build_sources       (YtBuild      *b);
guint        yt_build_cite_number   (YtBuild      *b,
                                     guint         source);
/* yt-report-names.c: names and texts with the marks of their basis */
char        *yt_build_name          (YtBuild      *b,
                                     YtRef         ref);
char        *yt_build_text          (YtBuild      *b,
                                     YtRef         ref,
                                     YtTextField   field);
const char  *yt_build_mark          (YtBuild      *b,
                                     YtRef         ref,
                                     YtTextField   field);
char        *yt_build_region_name   (YtBuild      *b,
                                     guint         region);
const char  *yt_build_site_kind     (YtBuild      *b,
                                     YtSiteKind    kind);
char        *yt_build_site_date     (YtBuild      *b,
                                     const YtSite *site);
char        *yt_build_fact_figure   (YtBuild      *b,
                                     const YtFact *fact);
char        *yt_build_date          (YtBuild      *b,
                                     YtDate        date);
gboolean     yt_build_site_in_china (YtBuild      *b,
                                     const YtSite *site);
/* The country a site lies in, or YT_ATLAS_NONE. */
guint        yt_build_site_country  (YtBuild      *b,
                                     const YtSite *site);
/* The company that operates (or else builds) a site, or YT_ATLAS_NONE. */
guint        yt_build_site_operator (YtBuild      *b,
                                     guint         site);
/* Site names for a table, told apart by their provider code or place when
 * two read the same; free with g_ptr_array_unref(). */
GPtrArray   *yt_build_site_names    (YtBuild      *b,
                                     const guint  *sites,
                                     guint         n_sites);
/* yt-report-content.c and friends: one function per section */
void         yt_build_cover         (YtBuild *b);
void         yt_build_contents      (YtBuild *b);
void         yt_build_summary       (YtBuild *b);
void         yt_build_maps          (YtBuild *b);
void         yt_build_profiles      (YtBuild *b);
void         yt_build_hub_tables    (YtBuild *b);
void         yt_build_bri_table     (YtBuild *b);
void         yt_build_notes         (YtBuild *b);
void         yt_build_glossary      (YtBuild *b);
void         yt_build_how_to_cite   (YtBuild *b);
/* yt-report-findings.c */
void         yt_build_findings      (YtBuild *b);
void         yt_build_method        (YtBuild *b);
/* yt-report-facts.c */
void         yt_build_fact_table    (YtBuild     *b,
                                     const char  *title,
                                     const guint *facts,
                                     guint        n_facts,
                                     gboolean     with_subject);
/* "Figure 3. @title" above the chart; returns the figure's number. */
guint        yt_build_chart         (YtBuild     *b,
                                     const char  *title,
                                     YtChart     *chart);
/* "Table 3. @title" above the table, kept with its first rows; returns the
 * table's number.  The next number is b->n_tables + 1, for text before it. */
guint        yt_build_table         (YtBuild       *b,
                                     const char    *title,
                                     const YtTable *table);
char        *yt_build_cite_text     (YtBuild     *b,
                                     const YtRef *refs,
                                     guint        n_refs);

/* yt-report.c */
int            yt_build_as_of_year        (YtBuild   *b);
/* yt-report.c, for the drawing and PDF code */
YtDate         yt_report_data_date        (YtAtlas   *atlas);
YtDate         yt_report_data_cutoff      (YtAtlas   *atlas);
YtDoc         *yt_report_get_doc          (YtReport  *self);
YtAtlas       *yt_report_get_atlas        (YtReport  *self);
YtMapRenderer *yt_report_get_map_renderer (YtReport  *self,
                                           YtMapKind  kind);
double         yt_report_get_map_legend_height (YtReport  *self,
                                                YtMapKind  kind,
                                                double     width,
                                                double     height);

/* yt-report-pdf.c: export into an already open file (tests simulate full disks) */
gboolean       yt_report_write_pdf        (YtReport              *self,
                                           YtAtomicFile          *file,
                                           const char            *path,
                                           GCancellable          *cancellable,
                                           YtReportProgressFunc   progress,
                                           gpointer               user_data,
                                           GError               **error);

/* Colours of the report (print-friendly). */
extern const YtRgb yt_report_ink, yt_report_muted, yt_report_accent, yt_report_rule,
                   yt_report_shade, yt_report_link;

G_END_DECLS
