/* yt-panel-models.h: lists of related records for the profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

/* Records of @kind linked to @ref (either way round); the subtitle says the
 * role ("Operator") and, for sites, their kind and region. */
GListModel *yt_panel_linked_model   (YtAtlas      *atlas,
                                     YtRef         ref,
                                     YtRecordKind  kind,
                                     YtLang        lang);
/* People of a company, with their titles. */
GListModel *yt_panel_people_model   (YtAtlas      *atlas,
                                     guint         company,
                                     YtLang        lang);
/* Companies whose parent is @company. */
GListModel *yt_panel_subsidiaries_model (YtAtlas  *atlas,
                                     guint         company,
                                     YtLang        lang);
/* Sites whose parent is @site. */
GListModel *yt_panel_child_sites_model (YtAtlas   *atlas,
                                     guint         site,
                                     YtLang        lang);
/* Sites in @region or its subdivisions; @hubs TRUE keeps only hubs and
 * clusters (with those that span the region from elsewhere), FALSE only the
 * other kinds. */
GListModel *yt_panel_region_sites_model (YtAtlas  *atlas,
                                     guint         region,
                                     gboolean      hubs,
                                     YtLang        lang);
/* Memberships of @region itself, by start date, as YtFactItem rows. */
GListModel *yt_panel_memberships_model (YtAtlas   *atlas,
                                     guint         region,
                                     YtLang        lang);
gboolean    yt_panel_region_contains (YtAtlas     *atlas,
                                     guint         ancestor,
                                     guint         region);

G_END_DECLS
