/* yt-map-view.h: the map widget, drawing through the engine's renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_MAP_VIEW (yt_map_view_get_type ())
G_DECLARE_FINAL_TYPE (YtMapView, yt_map_view, YT, MAP_VIEW, GtkWidget)

GtkWidget     *yt_map_view_new          (void);
YtMapRenderer *yt_map_view_get_renderer (YtMapView *self);
YtMapKind      yt_map_view_get_kind     (YtMapView *self);
void           yt_map_view_set_kind     (YtMapView *self,
                                         YtMapKind  kind);

G_END_DECLS
