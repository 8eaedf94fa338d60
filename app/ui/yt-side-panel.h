/* yt-side-panel.h: the side pane: explore (search, filters, time, list) and profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window embeds one side panel beside the map and gives both the same
 * YtViewState.  The panel follows the view state's selection: nothing
 * selected shows the Explore page; a site, company or region shows its
 * profile.  The panel scrolls its own pages, so embed it directly, not inside
 * a GtkScrolledWindow.
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_SIDE_PANEL (yt_side_panel_get_type ())
G_DECLARE_FINAL_TYPE (YtSidePanel, yt_side_panel, YT, SIDE_PANEL, YtPanelBase)

GtkWidget   *yt_side_panel_new            (YtViewState *state);
/* Shows the Explore page and puts the keyboard in the search entry (Ctrl+F). */
void         yt_side_panel_focus_search   (YtSidePanel *self);
/* "explore", "site", "company" or "region". */
const char  *yt_side_panel_get_page       (YtSidePanel *self);
/* Explore, or the profile of the selection. */
void         yt_side_panel_show_page      (YtSidePanel *self,
                                           const char  *page);
/* The parts, for the window's shortcuts and for tests. */
GtkWidget   *yt_side_panel_get_search_entry (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_site_list  (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_count_label (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_profile    (YtSidePanel *self,
                                           const char  *page);
GtkWidget   *yt_side_panel_get_time_control (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_filter_bar (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_filter_chips (YtSidePanel *self);
GtkWidget   *yt_side_panel_get_filters_expander (YtSidePanel *self);

G_END_DECLS
