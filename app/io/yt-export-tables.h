/* yt-export-tables.h: the atlas as tables: sites, regions, corridors, facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"
#include "yt-data-table.h"

G_BEGIN_DECLS

typedef struct {
  YtAtlas      *atlas;
  YtLang        lang;
  int           as_of_year;    /* 0: every date */
  const GArray *sites;         /* guint site indices to write, in order */
  gboolean      everything;    /* no filter: facts about anything */
} YtExportScope;

YtDataTable *yt_export_sites_table     (const YtExportScope *scope,
                                        gboolean             with_geometry);
YtDataTable *yt_export_regions_table   (const YtExportScope *scope);
YtDataTable *yt_export_corridors_table (const YtExportScope *scope);
YtDataTable *yt_export_facts_table     (const YtExportScope *scope);

G_END_DECLS
