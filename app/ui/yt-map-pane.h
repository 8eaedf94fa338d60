/* yt-map-pane.h: the map view with its zoom buttons on top
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "yt-map-view.h"

G_BEGIN_DECLS

#define YT_TYPE_MAP_PANE (yt_map_pane_get_type ())
G_DECLARE_FINAL_TYPE (YtMapPane, yt_map_pane, YT, MAP_PANE, GtkWidget)

GtkWidget *yt_map_pane_new          (void);
YtMapView *yt_map_pane_get_map_view (YtMapPane *self);
/* Whether the map says that no site matches the filters. */
gboolean   yt_map_pane_get_empty_banner_visible (YtMapPane *self);

G_END_DECLS
