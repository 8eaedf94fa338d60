/* yt-view-state.h: what the user is looking at, shared by the map and the panels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One object per window holds the atlas, the selection (with its history)
 * and the filter, the "as of" year included.  It is the only owner of the
 * filter: the map view, the list, the counts, the filter chips and the legend
 * all read it, so they can never disagree.  They change it through its
 * setters, so they never need to talk to each other.  Every property notifies
 * only when its value changes.
 *
 * Each step of the history keeps the filter that went with it: back() and
 * forward() bring back the selection and that step's filter, so a filter set
 * for one step (a region's "List Its Sites") never stays on unseen in another.
 *
 * The filter result is derived: filtered-sites holds the indices of the sites
 * that match every criterion (index order), recomputed through YtAtlasQuery
 * whenever the atlas, a criterion or the as-of year changes.
 */
#pragma once

#include <glib-object.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

/* All site kinds: the filter's kind mask when no kind is excluded. */
#define YT_VIEW_STATE_ALL_KINDS ((1u << YT_N_SITE_KINDS) - 1)

/* How many selections back() can return to. */
#define YT_VIEW_STATE_HISTORY_MAX 100

#define YT_TYPE_VIEW_STATE (yt_view_state_get_type ())
G_DECLARE_FINAL_TYPE (YtViewState, yt_view_state, YT, VIEW_STATE, GObject)

YtViewState  *yt_view_state_new              (void);

YtAtlas      *yt_view_state_get_atlas        (YtViewState *self);
void          yt_view_state_set_atlas        (YtViewState *self,
                                              YtAtlas     *atlas);
YtLang        yt_view_state_get_language     (YtViewState *self);
void          yt_view_state_set_language     (YtViewState *self,
                                              YtLang       language);

/* A site, company or region reference, or YT_REF_NONE.  Setting a new value
 * records it in the history and drops the forward entries. */
YtRef         yt_view_state_get_selection    (YtViewState *self);
void          yt_view_state_set_selection    (YtViewState *self,
                                              YtRef        selection);
gboolean      yt_view_state_get_can_go_back    (YtViewState *self);
gboolean      yt_view_state_get_can_go_forward (YtViewState *self);
gboolean      yt_view_state_go_back          (YtViewState *self);
gboolean      yt_view_state_go_forward       (YtViewState *self);

/* Filter criteria.  Text matches site names and codes, the names of the
 * companies that operate a site and the names of its region (with the
 * regions that contain it), in either language.  Company and region are
 * indices or YT_ATLAS_NONE for any; a year of 0 leaves that end open. */
const char   *yt_view_state_get_filter_text    (YtViewState *self);
void          yt_view_state_set_filter_text    (YtViewState *self,
                                                const char  *text);
guint         yt_view_state_get_filter_kinds   (YtViewState *self);
void          yt_view_state_set_filter_kinds   (YtViewState *self,
                                                guint        site_kinds);
guint         yt_view_state_get_filter_company (YtViewState *self);
void          yt_view_state_set_filter_company (YtViewState *self,
                                                guint        company);
guint         yt_view_state_get_filter_region  (YtViewState *self);
void          yt_view_state_set_filter_region  (YtViewState *self,
                                                guint        region);
int           yt_view_state_get_first_year     (YtViewState *self);
int           yt_view_state_get_last_year      (YtViewState *self);
void          yt_view_state_set_year_range     (YtViewState *self,
                                                int          first_year,
                                                int          last_year);
/* Only sites in countries that are Belt and Road members as of the
 * membership year (below); none when the atlas has no Belt and Road. */
gboolean      yt_view_state_get_filter_bri     (YtViewState *self);
void          yt_view_state_set_filter_bri     (YtViewState *self,
                                                gboolean     bri);
/* Clears every criterion, the as-of year included. */
void          yt_view_state_reset_filter       (YtViewState *self);
/* Whether any criterion, the as-of year included, narrows the sites. */
gboolean      yt_view_state_get_filter_active  (YtViewState *self);

/* Part of the filter.  0 shows everything; a year shows only the sites
 * announced or operating by then (YtAtlasQuery's YT_YEARS_ACTIVE) and not
 * closed before it. */
int           yt_view_state_get_as_of_year   (YtViewState *self);
void          yt_view_state_set_as_of_year   (YtViewState *self,
                                              int          year);
/* The year memberships are shown for: the as-of year, or this year when
 * everything is shown (as-of 0).  It follows as-of-year, which notifies. */
int           yt_view_state_get_membership_year (YtViewState *self);
/* The years the data covers (sites' announced, opened and closed dates and
 * memberships' start and end); both 0 without an atlas or without any date. */
void          yt_view_state_get_year_bounds  (YtViewState *self,
                                              int         *first_year,
                                              int         *last_year);

/* The derived result: site indices in index order, owned by the view state
 * and valid until the next notify::filtered-sites.  An empty result may have
 * a NULL data pointer: pass its length along with it. */
const GArray *yt_view_state_get_filtered_sites (YtViewState *self);
guint         yt_view_state_get_n_filtered     (YtViewState *self);
gboolean      yt_view_state_site_is_visible    (YtViewState *self,
                                                guint        site);

G_END_DECLS
