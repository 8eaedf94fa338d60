/* yt-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include <yuntu/yt-atlas-store.h>
#include <yuntu/yt-view-state.h>

#include "yt-map-view.h"

G_BEGIN_DECLS

#define YT_TYPE_WINDOW (yt_window_get_type ())
G_DECLARE_FINAL_TYPE (YtWindow, yt_window, YT, WINDOW, GtkApplicationWindow)

YtWindow  *yt_window_new          (GtkApplication *application,
                                   YtAtlasStore   *store,
                                   YtViewState    *view_state);
YtViewState *yt_window_get_view_state (YtWindow   *self);
YtAtlasStore *yt_window_get_store (YtWindow       *self);
void       yt_window_load_files   (YtWindow       *self,
                                   const char * const *files);
/* Reads a list of sites and opens the import dialog on it. */
void       yt_window_import_file  (YtWindow       *self,
                                   const char     *path);
YtMapView *yt_window_get_map_view (YtWindow       *self);
GtkWidget *yt_window_get_side_panel (YtWindow     *self);

G_END_DECLS
