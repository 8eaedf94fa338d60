/* yt-search.h: what a typed text most likely means: companies, regions, sites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search box filters the site list (YtViewState's text) and also offers
 * the companies and regions whose names match, in either language.  A
 * YtSearch ranks the three groups for one text, so that Enter can open the
 * best match of the first group: "Huawei" the company running the most of the
 * sites found (Huawei Cloud), "贵州" the province, "AP-Bangkok" the site.
 *
 * A name scores by how it matches (equal, begins with, contains) and by how
 * much of it the text covers; groups are ordered by their best score (ties:
 * companies, regions, sites).  Companies are ranked by how many of the shown
 * sites they operate, then by score; regions by score, then by their sites;
 * sites by score.
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

typedef enum {
  YT_SEARCH_COMPANIES,
  YT_SEARCH_REGIONS,
  YT_SEARCH_SITES,
  YT_N_SEARCH_GROUPS
} YtSearchGroup;

typedef struct _YtSearch YtSearch;

/* @sites: the sites shown for the text (the view state's filtered sites);
 * only those can be site hits, and they weigh the companies. */
YtSearch     *yt_search_new            (YtAtlas       *atlas,
                                        const char    *text,
                                        const guint   *sites,
                                        guint          n_sites);
void          yt_search_free           (YtSearch      *search);
guint         yt_search_get_n_hits     (YtSearch      *search,
                                        YtSearchGroup  group);
/* Hits of a group, best first. */
YtRef         yt_search_get_hit        (YtSearch      *search,
                                        YtSearchGroup  group,
                                        guint          index);
/* The groups best first: @rank 0 is the group Enter opens from. */
YtSearchGroup yt_search_get_group      (YtSearch      *search,
                                        guint          rank);
/* The best hit of the first group that has one, or YT_REF_NONE. */
YtRef         yt_search_get_best       (YtSearch      *search);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtSearch, yt_search_free)

G_END_DECLS
