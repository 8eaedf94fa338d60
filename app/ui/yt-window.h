/* yt-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include <yuntu/yt-atlas-store.h>
#include <yuntu/yt-view-state.h>

#include "yt-map-view.h"

G_BEGIN_DECLS

#define YT_TYPE_WINDOW (yt_window_get_type ())
G_DECLARE_FINAL_TYPE (YtWindow, yt_window, YT, WINDOW, AdwApplicationWindow)

YtWindow  *yt_window_new          (GtkApplication *application,
                                   YtAtlasStore   *store,
                                   YtViewState    *view_state);
YtViewState *yt_window_get_view_state (YtWindow   *self);
YtAtlasStore *yt_window_get_store (YtWindow       *self);
void       yt_window_load_files   (YtWindow       *self,
                                   const char * const *files);
/* Makes a new window (one rebuilt in another language) show what @old showed. */
void       yt_window_take_over    (YtWindow       *self,
                                   YtWindow       *old);

/* Writes the map as the window shows it; a size of 0 × 0 is the map's size
 * on screen.  Says where the file went in a toast. */
gboolean   yt_window_export_map   (YtWindow       *self,
                                   const char     *path,
                                   int             width,
                                   int             height,
                                   GError        **error);
/* Says in a toast that @path was written, with a button that opens it. */
void       yt_window_show_file_toast (YtWindow    *self,
                                   const char     *path);

/* The parts, for tests. */
/* Reads a list of sites and opens the import dialog on it. */
void       yt_window_import_file  (YtWindow       *self,
                                   const char     *path);
YtMapView *yt_window_get_map_view (YtWindow       *self);
GtkWidget *yt_window_get_side_panel (YtWindow     *self);
GtkWidget *yt_window_get_flap     (YtWindow       *self);
/* Sets the side panel's width as dragging the divider does. */
void       yt_window_set_panel_width (YtWindow    *self,
                                   int             width);
const char *yt_window_get_last_toast (YtWindow    *self);

G_END_DECLS
