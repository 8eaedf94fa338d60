/* yt-map-renderer.h: draws a map view onto any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-label-placer.h"
#include "yuntu/yt-lang.h"
#include "yuntu/yt-viewport.h"

G_BEGIN_DECLS

typedef enum {
  YT_MAP_KIND_CHINA,
  YT_MAP_KIND_WORLD,
} YtMapKind;

GType yt_map_kind_get_type (void) G_GNUC_CONST;
#define YT_TYPE_MAP_KIND (yt_map_kind_get_type ())

const char *yt_map_kind_to_string   (YtMapKind   kind);
/* The longitude and latitude box a view of @kind is about: west, south,
 * east, north (YT_VIEW_CHINA_EXTENT, YT_VIEW_WORLD_EXTENT). */
const double *yt_map_kind_get_extent (YtMapKind  kind);
gboolean    yt_map_kind_contains    (YtMapKind   kind,
                                     double      lon,
                                     double      lat);
gboolean    yt_map_kind_from_string (const char *text,
                                     YtMapKind  *kind);

/* What the regions are shaded by (the choropleth), with its legend. */
typedef enum {
  YT_MAP_CHOROPLETH_NONE,
  YT_MAP_CHOROPLETH_SITES,   /* sites per province (China view) or country (world view) */
} YtMapChoropleth;

GType yt_map_choropleth_get_type (void) G_GNUC_CONST;
#define YT_TYPE_MAP_CHOROPLETH (yt_map_choropleth_get_type ())

#define YT_TYPE_MAP_RENDERER (yt_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (YtMapRenderer, yt_map_renderer, YT, MAP_RENDERER, GObject)

YtMapRenderer *yt_map_renderer_new      (YtMapKind      kind);
YtMapKind      yt_map_renderer_get_kind (YtMapRenderer *self);
void           yt_map_renderer_set_kind (YtMapRenderer *self,
                                         YtMapKind      kind);
gboolean       yt_map_renderer_get_dark (YtMapRenderer *self);
void           yt_map_renderer_set_dark (YtMapRenderer *self,
                                         gboolean       dark);
YtLang         yt_map_renderer_get_language (YtMapRenderer *self);
void           yt_map_renderer_set_language (YtMapRenderer *self,
                                             YtLang         language);
YtMapChoropleth yt_map_renderer_get_choropleth (YtMapRenderer  *self);
void           yt_map_renderer_set_choropleth (YtMapRenderer  *self,
                                               YtMapChoropleth choropleth);
gboolean       yt_map_renderer_get_legend_visible (YtMapRenderer *self);
void           yt_map_renderer_set_legend_visible (YtMapRenderer *self,
                                                   gboolean       visible);
/* A box of the frame, in map pixels, that the legend, the inset and the
 * labels keep clear of: a widget's own buttons over the map. */
void           yt_map_renderer_set_keep_clear (YtMapRenderer *self,
                                               const YtBox   *box);
gboolean       yt_map_renderer_get_legend_outside (YtMapRenderer *self);
void           yt_map_renderer_set_legend_outside (YtMapRenderer *self,
                                                   gboolean       outside);
gboolean       yt_map_renderer_get_graticule (YtMapRenderer *self);
void           yt_map_renderer_set_graticule (YtMapRenderer *self,
                                              gboolean       graticule);
/* The year the Belt and Road view shows memberships for (yt-membership.h);
 * 0, the default, means the current year. */
int            yt_map_renderer_get_as_of_year (YtMapRenderer *self);
void           yt_map_renderer_set_as_of_year (YtMapRenderer *self,
                                               int            year);
void           yt_map_renderer_render   (YtMapRenderer *self,
                                         cairo_t       *cr,
                                         double         width,
                                         double         height);

/* Start-up work a first frame would otherwise do, so a caller can overlap
 * it with its own: loading and projecting the basemaps for @kind (from any
 * thread), and loading the fonts (from the thread that will render: Pango's
 * default font map is per thread). */
void           yt_map_prepare_basemaps       (YtMapKind      kind);
void           yt_map_renderer_prepare_text  (YtMapRenderer *self);

/* ---- Contract with the map view widget (issue "Interactive map view") ----
 *
 * The atlas and the sites to show (the view state's filter; NULL = every site). */
YtAtlas       *yt_map_renderer_get_atlas     (YtMapRenderer *self);
void           yt_map_renderer_set_atlas     (YtMapRenderer *self,
                                              YtAtlas       *atlas);
void           yt_map_renderer_set_sites     (YtMapRenderer *self,
                                              const guint   *sites,
                                              guint          n_sites);
/* What is selected (a site, company or region YtRef, or YT_REF_NONE); drawn highlighted. */
void           yt_map_renderer_set_selection (YtMapRenderer *self,
                                              YtRef          selection);

/* The viewport of the current kind. Its frame follows the size given to
 * render(); until the caller moves it, the view is fitted to its region. */
YtViewport    *yt_map_renderer_get_viewport  (YtMapRenderer *self);
void           yt_map_renderer_zoom_to_fit   (YtMapRenderer *self);
/* Shows the area centred on (@cx, @cy) in map units at @scale map units per
 * pixel in a frame of @width × @height: another view's area, kept as if the
 * caller had moved there (a later frame of another size does not refit). */
void           yt_map_renderer_set_view      (YtMapRenderer *self,
                                              double         width,
                                              double         height,
                                              double         cx,
                                              double         cy,
                                              double         scale);
gboolean       yt_map_renderer_zoom_to_selection (YtMapRenderer *self);

/* The parts of render() a widget caches apart: the static image (sea,
 * land, borders, sites, labels), which moves with a pan until the next
 * static render; the highlights of the selection and the hovered mark,
 * which move with it; and the furniture (inset, legend, scale bar,
 * attribution), which stays put in the frame. Highlights and furniture use
 * the layout of the last static render and draw nothing at another size. */
void           yt_map_renderer_render_static  (YtMapRenderer *self,
                                               cairo_t       *cr,
                                               double         width,
                                               double         height);
void           yt_map_renderer_render_highlights (YtMapRenderer *self,
                                                  cairo_t       *cr,
                                                  double         width,
                                                  double         height,
                                                  YtRef          hover);
void           yt_map_renderer_render_furniture (YtMapRenderer *self,
                                                 cairo_t       *cr,
                                                 double         width,
                                                 double         height);
/* With legend-outside: lays out a frame of @width × @height without drawing
 * it and gives the size the legend needs, in map pixels; FALSE when there is
 * no legend. After yt_map_renderer_render(), render_legend() draws it with
 * its top left at the origin of @cr. */
gboolean       yt_map_renderer_measure_legend (YtMapRenderer *self,
                                               double         width,
                                               double         height,
                                               double        *legend_width,
                                               double        *legend_height);
void           yt_map_renderer_render_legend  (YtMapRenderer *self,
                                               cairo_t       *cr);

/* What lies under a device point of the last static render: a site (one
 * member), a cluster (several members, in *members), a region, or nothing. */
typedef struct {
  YtRef        ref;          /* site or region; YT_REF_NONE for a cluster or nothing */
  const guint *members;      /* site indices of a cluster (or the one site) */
  guint        n_members;
  double       x, y, radius; /* the marker, in device pixels */
} YtMapHit;

gboolean       yt_map_renderer_hit           (YtMapRenderer *self,
                                              double         x,
                                              double         y,
                                              YtMapHit      *hit);
/* Device position of a site in the last static render, FALSE when not drawn. */
gboolean       yt_map_renderer_site_position (YtMapRenderer *self,
                                              guint          site,
                                              double        *x,
                                              double        *y);

/* For tests: the boxes (device pixels) of the labels and of the markers of
 * the last static render, and each label's text. */
guint          yt_map_renderer_get_n_labels      (YtMapRenderer *self);
const YtBox   *yt_map_renderer_get_label_box     (YtMapRenderer *self,
                                                  guint          index,
                                                  const char   **text);
guint          yt_map_renderer_get_n_marker_boxes (YtMapRenderer *self);
const YtBox   *yt_map_renderer_get_marker_box    (YtMapRenderer *self,
                                                  guint          index);
/* Where the last static render put its legend, scale bar, attribution and
 * South China Sea inset (the whole inset, its title band included). */
typedef enum {
  YT_MAP_FURNITURE_LEGEND,
  YT_MAP_FURNITURE_SCALE_BAR,
  YT_MAP_FURNITURE_ATTRIBUTION,
  YT_MAP_FURNITURE_INSET,
} YtMapFurnitureKind;

gboolean       yt_map_renderer_get_furniture_box (YtMapRenderer     *self,
                                                  YtMapFurnitureKind which,
                                                  YtBox             *box);
/* The marks (sites and clusters) of the last static render. */
guint          yt_map_renderer_get_n_marks       (YtMapRenderer *self);
guint          yt_map_renderer_get_mark_size     (YtMapRenderer *self,
                                                  guint          index);

G_END_DECLS
