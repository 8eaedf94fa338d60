/* yt-import-rows.h: rows of an imported file made into sites, with every problem
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-data-import.h"
#include "yt-import-match.h"
#include "yt-import-table.h"

G_BEGIN_DECLS

#define YT_IMPORT_MAX_PROBLEMS 1000

typedef struct {
  guint       row;                  /* index into the table's rows */
  char       *id;
  char       *name[YT_N_LANGS];
  gboolean    given[YT_N_LANGS];    /* FALSE: the other language's name, repeated */
  YtSiteKind  kind;
  guint       region;
  char       *parent;
  char       *code;
  char       *dates[3];             /* announced, opened, closed */
  gboolean    located;
  double      lat, lon;
  YtPrecision precision;
  GArray     *companies[YT_N_LINK_KINDS];
} YtImportSite;

typedef struct {
  /* in */
  YtAtlas          *atlas;
  YtImportTable    *table;
  YtImportMapping  *mapping;
  YtImportMatcher  *matcher;
  /* out */
  GPtrArray        *sites;          /* YtImportSite: the new sites of good rows */
  GPtrArray        *problems;       /* YtImportProblem */
  guint             n_matched;      /* rows already in the atlas */
  guint             n_bad;          /* rows with problems */
  guint             n_problems;     /* all found, even past the kept maximum */
  guint             n_file_problems; /* of the file as a whole: no row can be skipped for them */
} YtImportRun;

/* What rows without a value get, as parsed from the mapping. */
typedef struct {
  int         kind;                 /* -1: none */
  YtPrecision precision;
  guint       region;               /* YT_ATLAS_NONE: none */
  GArray     *operators;            /* NULL: none */
} YtImportDefaults;

void     yt_import_run_init    (YtImportRun    *run,
                                YtAtlas        *atlas,
                                YtImportTable  *table,
                                YtImportMapping *mapping,
                                YtImportMatcher *matcher);
void     yt_import_run_clear   (YtImportRun    *run);
/* FALSE only when cancelled. */
gboolean yt_import_run_convert (YtImportRun    *run,
                                GCancellable   *cancellable);

/* yt-import-rows.c, for yt-import-run.c */
void     yt_import_site_free       (YtImportSite   *site);
/* @row_index: G_MAXUINT for a problem of the whole file. */
void     yt_import_run_add_problem (YtImportRun    *run,
                                    guint           row_index,
                                    const char     *column,
                                    char           *message);
/* A last line past the kept problems ("… and 12 more problems."). */
void     yt_import_run_add_summary (YtImportRun    *run,
                                    char           *message);
void     yt_import_convert_row     (YtImportRun    *run,
                                    guint           index,
                                    const YtImportDefaults *defaults,
                                    GHashTable     *ids);
/* yt-import-fields.c: "Alibaba Cloud; 腾讯云" into company indices; FALSE
 * after a problem, reported for the row (a YtImportRowContext) or, when
 * @row_context is NULL, for the file. */
gboolean yt_import_match_companies (YtImportRun    *run,
                                    const char     *list,
                                    GArray         *companies,
                                    gpointer        row_context,
                                    const char     *column);

G_END_DECLS
