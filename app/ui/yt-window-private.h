/* yt-window-private.h: the main window's parts, shared by its source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * yt-window.c holds the window's layout (map, side panel that folds into an
 * overlay, divider), its settings and actions; yt-window-export.c what leaves
 * the window: Export Map…, Print…, Export Report… and the toasts that say
 * where a file went.
 */
#pragma once

#include <adwaita.h>

#include "yt-window.h"

G_BEGIN_DECLS

struct _YtWindow
{
  AdwApplicationWindow parent_instance;

  GSettings    *settings;
  YtAtlasStore *store;
  YtViewState  *view_state;
  YtMapView    *map_view;
  GtkWidget    *panel;          /* the YtSidePanel inside side_panel */
  int           drag_width;     /* the panel's width when a drag began */
  char         *last_toast;     /* the title of the last toast, for tests */

  GtkWidget    *toast_overlay;
  GtkWidget    *search_button;
  GtkWidget    *menu_button;
  GtkWidget    *map_pane;
  GtkWidget    *flap;
  GtkWidget    *flap_handle;
  GtkWidget    *side_panel;
  GtkWidget    *sidebar_button;
  GtkWidget    *status_label;
  GtkWidget    *attribution_label;
};

/* yt-window-export.c */
void           yt_window_class_init_export (GtkWidgetClass *widget_class);
void           yt_window_class_init_data   (GtkWidgetClass *widget_class);
/* A renderer that draws what the map view shows (view, zoom, layers, filter,
 * "as of" year, selection) into @width × @height output pixels, and the
 * scale that keeps labels and markers the size they have on screen relative
 * to the map. */
YtMapRenderer *yt_window_renderer_for_export (YtWindow *self,
                                              int       width,
                                              int       height,
                                              double   *scale);

G_END_DECLS
