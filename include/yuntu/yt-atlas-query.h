/* yt-atlas-query.h: which sites match a company, kind, region, years and text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Criteria combine with AND; an unset criterion matches every site.  The
 * result is an array of site indices in index order.
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

typedef enum {
  YT_YEARS_ANNOUNCED,    /* announced within the range */
  YT_YEARS_OPENED,       /* opened within the range */
  YT_YEARS_CLOSED,       /* closed within the range */
  YT_YEARS_ACTIVE,       /* opened (or else announced) by the end, not closed before the start */
} YtYearsMode;

typedef struct _YtAtlasQuery YtAtlasQuery;

YtAtlasQuery *yt_atlas_query_new           (void);
void          yt_atlas_query_free          (YtAtlasQuery *query);
void          yt_atlas_query_set_company   (YtAtlasQuery *query,
                                            guint         company,
                                            guint         link_kinds);
void          yt_atlas_query_set_kinds     (YtAtlasQuery *query,
                                            guint         site_kinds);
void          yt_atlas_query_set_region    (YtAtlasQuery *query,
                                            guint         region);
void          yt_atlas_query_set_years     (YtAtlasQuery *query,
                                            YtYearsMode   mode,
                                            int           first_year,
                                            int           last_year);
/* Every word must occur in the site's id, code or names, the names of its
 * operators, or the names of its region and the regions that contain it, in
 * either language (case and width folded). */
void          yt_atlas_query_set_text      (YtAtlasQuery *query,
                                            const char   *text);
/* Sites in a region that is a member of @initiative as of @year (see
 * yt-membership.h); YT_ATLAS_NONE clears the criterion. */
void          yt_atlas_query_set_member_of (YtAtlasQuery *query,
                                            guint         initiative,
                                            int           year);
GArray       *yt_atlas_query_run           (YtAtlasQuery *query,
                                            YtAtlas      *atlas);

/* Bit masks for set_kinds() and set_company() */
#define YT_SITE_KIND_BIT(kind) (1u << (kind))
#define YT_LINK_KIND_BIT(kind) (1u << (kind))
#define YT_ALL_LINK_KINDS      ((1u << YT_N_LINK_KINDS) - 1)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtAtlasQuery, yt_atlas_query_free)

G_END_DECLS
