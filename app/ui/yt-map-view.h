/* yt-map-view.h: the interactive map widget, drawing through the engine's renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view follows a YtViewState (atlas, filtered sites, selection, language)
 * and changes it: clicking a site or region selects it, Alt+Left/Right and
 * mouse buttons 8/9 walk the selection history.
 *
 * Keyboard, when the map has the focus:
 *   Tab / Shift+Tab          next / previous site in reading order: latitude
 *                            bands of 5° from north to south, west to east
 *                            within a band; past either end the focus leaves
 *                            the map as usual
 *   Ctrl+Tab / Ctrl+Shift+Tab  leave the map at once
 *   Home / End               first / last site
 *   Enter                    select the focused site and emit ::site-activated
 *   Space                    select the focused site
 *   Escape                   clear the selection
 *   arrow keys               pan; + or =, - zoom; 0 zoom to fit
 *   Alt+Left / Alt+Right     back / forward in the selection history
 *
 * Actions: map.zoom-in, map.zoom-out, map.zoom-fit, map.zoom-selection,
 * map.go-back, map.go-forward.
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>
#include <yuntu/yt-view-state.h>

G_BEGIN_DECLS

/* One zoom step (keys, buttons, actions, double-click). */
#define YT_MAP_VIEW_ZOOM_STEP 1.5

#define YT_TYPE_MAP_VIEW (yt_map_view_get_type ())
G_DECLARE_FINAL_TYPE (YtMapView, yt_map_view, YT, MAP_VIEW, GtkWidget)

GtkWidget     *yt_map_view_new             (void);
YtMapRenderer *yt_map_view_get_renderer    (YtMapView   *self);
YtMapKind      yt_map_view_get_kind        (YtMapView   *self);
void           yt_map_view_set_kind        (YtMapView   *self,
                                            YtMapKind    kind);
YtViewState   *yt_map_view_get_view_state  (YtMapView   *self);
void           yt_map_view_set_keep_clear  (YtMapView   *self,
                                            GtkWidget   *widget);
void           yt_map_view_set_view_state  (YtMapView   *self,
                                            YtViewState *view_state);
gboolean       yt_map_view_get_can_zoom_in  (YtMapView  *self);
gboolean       yt_map_view_get_can_zoom_out (YtMapView  *self);

/* Navigation, in widget coordinates. */
void           yt_map_view_pan_by          (YtMapView   *self,
                                            double       dx,
                                            double       dy);
void           yt_map_view_zoom_at         (YtMapView   *self,
                                            double       factor,
                                            double       x,
                                            double       y);

/* Keyboard focus among the sites (see above); YT_ATLAS_NONE when none. */
guint          yt_map_view_get_focused_site    (YtMapView *self);
gboolean       yt_map_view_focus_next_site     (YtMapView *self);
gboolean       yt_map_view_focus_previous_site (YtMapView *self);
gboolean       yt_map_view_focus_site          (YtMapView *self,
                                                guint      site);

/* Where a site lies in the widget now, FALSE when it has no position. */
gboolean       yt_map_view_site_to_widget  (YtMapView   *self,
                                            guint        site,
                                            double      *x,
                                            double      *y);

/* For tests and benchmarks: the same code paths as the gestures. */
void           yt_map_view_click_at        (YtMapView   *self,
                                            double       x,
                                            double       y,
                                            int          n_press);
YtRef          yt_map_view_hover_at        (YtMapView   *self,
                                            double       x,
                                            double       y);
void           yt_map_view_settle          (YtMapView   *self);
GtkWidget     *yt_map_view_get_member_popover (YtMapView *self);
guint          yt_map_view_get_n_static_renders (YtMapView *self);

G_END_DECLS
