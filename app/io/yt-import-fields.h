/* yt-import-fields.h: one row read field by field, for yt-import-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-import-rows.h"

G_BEGIN_DECLS

typedef struct {
  YtImportRun *run;
  guint        index;
  YtImportRow *row;
  gboolean     bad;
  gboolean     bad_position;   /* reported: say nothing of the region */
} YtImportRowContext;

/* yt-import-rows.c */
const char *yt_import_row_column  (YtImportRowContext *rc,
                                   YtImportField       field);
void        yt_import_row_problem (YtImportRowContext *rc,
                                   const char         *column,
                                   const char         *format,
                                   ...) G_GNUC_PRINTF (3, 4);
char       *yt_import_row_text    (YtImportRowContext *rc,
                                   YtImportField       field);

/* yt-import-fields.c */
void yt_import_read_kind      (YtImportRowContext *rc, YtImportSite *site, const YtImportDefaults *defaults);
void yt_import_read_position  (YtImportRowContext *rc, YtImportSite *site);
void yt_import_read_precision (YtImportRowContext *rc, YtImportSite *site, const YtImportDefaults *defaults);
void yt_import_read_region    (YtImportRowContext *rc, YtImportSite *site, const YtImportDefaults *defaults);
void yt_import_read_companies (YtImportRowContext *rc, YtImportSite *site, const YtImportDefaults *defaults);
void yt_import_read_other     (YtImportRowContext *rc, YtImportSite *site);

G_END_DECLS
