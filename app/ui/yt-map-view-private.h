/* yt-map-view-private.h: state shared by the map view's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Coordinates: "widget" points are the widget's logical pixels; "cache"
 * points are the logical pixels of the last static render, which the
 * renderer's hit(), site_position() and render_highlights() speak.  While a pan
 * or zoom has not settled, widget = origin + k × cache, with the origin and
 * k of yt_map_view_cache_transform().
 */
#pragma once

#include "yt-map-view.h"

G_BEGIN_DECLS

#define YT_MAP_VIEW_N_SAMPLES 6   /* motion samples kept for the fling velocity */

typedef struct {
  gint64 time;                   /* µs, monotonic */
  double x, y;
} YtMotionSample;

struct _YtMapView
{
  GtkWidget      parent_instance;
  YtMapRenderer *renderer;
  YtViewState   *view_state;
  GtkWidget     *keep_clear;     /* weak: buttons over the map */

  /* The cached static image and the viewport it was rendered with. */
  GdkTexture    *cache;
  GdkTexture    *highlights;     /* render_highlights() of the cache, NULL = redo */
  GdkTexture    *furniture;      /* render_furniture() of the cache */
  cairo_surface_t *cache_surface;    /* the pixels of the three textures, shared */
  cairo_surface_t *highlights_surface;
  cairo_surface_t *furniture_surface;
  int            cache_device_scale;
  double         cache_width, cache_height;  /* logical, margins included */
  double         cache_cx, cache_cy, cache_scale;
  gboolean       stale;          /* re-render at the next frame */
  guint          settle_id;
  guint          n_static_renders;
  guint          bounded_kinds;  /* bit per YtMapKind: bounds[] computed */
  YtExtent       bounds[2];      /* per kind: where the centre may go (map units) */

  /* Pointer and hover. */
  double         pointer_x, pointer_y;
  YtRef          hover;
  YtMapHit       hover_hit;      /* the hovered mark, cache coordinates */

  /* Drag and fling. */
  GtkGesture    *drag;
  gboolean       dragged;        /* moved beyond the click slop */
  double         drag_x, drag_y;
  YtMotionSample samples[YT_MAP_VIEW_N_SAMPLES];
  guint          n_samples;
  double         fling_vx, fling_vy;
  gint64         fling_time;
  guint          fling_id;
  double         pinch_scale;

  /* Keyboard. */
  GArray        *order;          /* site indices in reading order; NULL = rebuild */
  guint          focus_site;     /* YT_ATLAS_NONE = the map itself */
  gboolean       focus_mark_valid; /* focus_mark is up to date */
  YtMapHit       focus_mark;     /* the mark holding focus_site, cache coordinates */
  gboolean       leaving;        /* Ctrl+Tab: let the focus go */

  GtkWidget     *popover;        /* members of a cluster that cannot split */
  gboolean       can_zoom_in, can_zoom_out;  /* last notified */
};

/* yt-map-view.c */
void      yt_map_view_update_actions  (YtMapView *self);
void      yt_map_view_moved           (YtMapView *self,
                                       gboolean   scale_changed);
YtLang    yt_map_view_get_language    (YtMapView *self);
void      yt_map_view_emit_site_activated (YtMapView *self,
                                           guint      site);

/* yt-map-view-render.c */
void      yt_map_view_snapshot        (GtkWidget   *widget,
                                       GtkSnapshot *snapshot);
void      yt_map_view_invalidate      (YtMapView *self);
void      yt_map_view_highlights_changed (YtMapView *self);
void      yt_map_view_schedule_settle (YtMapView *self);
void      yt_map_view_sync_frame      (YtMapView *self);
void      yt_map_view_cache_transform (YtMapView *self,
                                       double    *ox,
                                       double    *oy,
                                       double    *k);
gboolean  yt_map_view_hit             (YtMapView *self,
                                       double     x,
                                       double     y,
                                       YtMapHit  *hit);
void      yt_map_view_clamp_center    (YtMapView *self);

/* yt-map-view-input.c */
void      yt_map_view_init_input      (YtMapView *self);
void      yt_map_view_class_init_keys (GtkWidgetClass *widget_class);
void      yt_map_view_stop_fling      (YtMapView *self);

/* yt-map-view-a11y.c */
void      yt_map_view_order_changed   (YtMapView *self);
void      yt_map_view_update_accessible (YtMapView *self);
gboolean  yt_map_view_focus           (GtkWidget        *widget,
                                       GtkDirectionType  direction);
gboolean  yt_map_view_query_tooltip   (GtkWidget  *widget,
                                       int         x,
                                       int         y,
                                       gboolean    keyboard,
                                       GtkTooltip *tooltip);
char     *yt_map_view_describe_site   (YtMapView *self,
                                       guint      site);
void      yt_map_view_draw_focus      (YtMapView   *self,
                                       GtkSnapshot *snapshot);

/* yt-map-view-pick.c */
void      yt_map_view_select          (YtMapView *self,
                                       YtRef      ref);

G_END_DECLS
