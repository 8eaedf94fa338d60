/* yt-site-list.h: the sortable list of the sites the view state's filter lets through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_SITE_LIST (yt_site_list_get_type ())
G_DECLARE_FINAL_TYPE (YtSiteList, yt_site_list, YT, SITE_LIST, YtPanelBase)

GtkWidget   *yt_site_list_new            (void);
/* The rows as shown (filtered and sorted), with the selection. */
GtkSelectionModel *yt_site_list_get_model (YtSiteList *self);
/* Selects the row @delta rows away from the selected one (or the first) as
 * the keyboard does, without opening its profile. */
void         yt_site_list_move           (YtSiteList  *self,
                                          int          delta);
/* Opens the selected row, or else the first: emits site-activated. */
gboolean     yt_site_list_activate       (YtSiteList  *self);
/* Whether the current selection change comes from moving through the rows
 * by keyboard (the side panel then stays on the list). */
gboolean     yt_site_list_get_browsing   (YtSiteList  *self);

G_END_DECLS
