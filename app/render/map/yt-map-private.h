/* yt-map-private.h: the renderer's state, shared by its layers (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "yt-basemap-private.h"
#include "yuntu/yt-label-placer.h"
#include "yuntu/yt-map-renderer.h"
#include "yuntu/yt-region-layer.h"
#include "yuntu/yt-site-layer.h"
#include "yt-map-style.h"

G_BEGIN_DECLS

typedef struct _YtMapMarkGrid YtMapMarkGrid;

/* One font family for both scripts: Noto Sans CJK SC has Latin glyphs too,
 * so text never falls back to boxes, and a PDF embeds one face per weight. */
#define YT_MAP_FONT "Noto Sans CJK SC"

/* Per view kind: its projection, its viewport and what the fit set, so that
 * a resize refits only a view the caller has not moved. */
typedef struct {
  YtProjection *projection;
  YtViewport   *viewport;
  gboolean      fitted;
  double        fit_w, fit_h;          /* frame size of the last fit */
  double        fit_cx, fit_cy, fit_s; /* centre and scale the fit set */
  double       *site_xy;               /* per atlas site, map units; NAN = not drawable */
} YtMapView;

/* A label that was placed: its text, where its layout starts, its box. */
typedef struct {
  char        *text;
  PangoLayout *layout;                 /* until the label is drawn */
  double       x, y;                   /* top-left of the layout */
  YtBox        box;
  guint8       style;                  /* YtMapTextStyle */
} YtMapLabel;

typedef enum {
  YT_MAP_TEXT_COUNTRY,
  YT_MAP_TEXT_NEIGHBOUR,               /* countries for orientation only */
  YT_MAP_TEXT_PROVINCE,
  YT_MAP_TEXT_SITE,
  YT_MAP_TEXT_LEGEND,
  YT_MAP_TEXT_LEGEND_TITLE,
  YT_MAP_TEXT_SMALL,
  YT_MAP_N_TEXT_STYLES
} YtMapTextStyle;

/* Boxes the furniture occupies; the label placer keeps clear of them. */
typedef struct {
  YtBox legend;
  YtBox scalebar;
  YtBox attribution;
  YtBox inset;                         /* width 0 when there is no inset */
  YtBox inset_map;                     /* the inset's map, above its title */
} YtMapFurniture;

struct _YtMapRenderer
{
  GObject          parent_instance;
  YtMapKind        kind;
  gboolean         dark;
  YtLang           language;
  YtMapChoropleth  choropleth;
  gboolean         graticule;
  int              as_of_year;         /* 0: the current year */
  gboolean         legend_outside;     /* the legend goes under the frame, not in it */
  gboolean         legend_hidden;      /* folded away by the reader */

  YtAtlas         *atlas;
  guint           *sites;              /* the filter; NULL = every site */
  guint            n_sites;
  int              n_unlocated;        /* of those sites; -1 until counted */
  guint8          *site_rank;          /* per site: label priority of its kind, or NULL */
  YtRef            selection;

  YtMapView        views[2];           /* by YtMapKind */
  YtRegionLayer   *regions;
  YtSiteLayer     *site_layer;
  GArray          *labels;             /* YtMapLabel of the last static render */
  GArray          *obstacles;          /* YtBox: markers of the last static render */
  YtMapMarkGrid   *mark_grid;          /* the same markers, while a frame is laid out */
  YtMapFurniture   furniture;
  YtBox            keep_clear;         /* set_keep_clear(); width 0: none */
  YtBox            legend_hint;        /* where the legend went in the last frame ... */
  double           legend_hint_w, legend_hint_h; /* ... of this size (0: none) ... */
  YtMapKind        legend_hint_kind;   /* ... and this kind */
  guint            legend_columns, legend_rows;
  double           legend_w, legend_h; /* legend_outside: the size it needs */
  double           width, height;      /* size of the last static render */
  PangoFontDescription *fonts[YT_MAP_N_TEXT_STYLES];
  GArray          *svg_text;           /* while exporting SVG: text recorded, not drawn */
};

/* yt-map-renderer.c */
YtMapView   *yt_map_renderer_view           (YtMapRenderer  *self);
const char  *yt_map_renderer_tr             (YtMapRenderer  *self,
                                             const char     *msgid) G_GNUC_FORMAT (2);
PangoLayout *yt_map_renderer_layout         (YtMapRenderer  *self,
                                             PangoContext   *context,
                                             YtMapTextStyle  style,
                                             const char     *text);
void         yt_map_renderer_draw_text      (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoLayout    *layout,
                                             double          x,
                                             double          y,
                                             YtMapTextStyle  style);
PangoContext *yt_map_renderer_text_context  (YtMapRenderer  *self,
                                             cairo_t        *cr);

/* yt-map-sites.c */
void         yt_map_sites_project           (YtMapRenderer  *self,
                                             YtMapView      *view);
void         yt_map_sites_update            (YtMapRenderer  *self);
void         yt_map_sites_choropleth        (YtMapRenderer  *self);
guint        yt_map_sites_n_unlocated       (YtMapRenderer  *self);
guint        yt_map_sites_n_outside         (YtMapRenderer  *self);

/* yt-map-members.c */
int          yt_map_members_year            (YtMapRenderer  *self);
gboolean     yt_map_members_shown           (YtMapRenderer  *self);
void         yt_map_members_update          (YtMapRenderer  *self);

/* yt-map-svg-text.c */
GArray      *yt_map_svg_text_new            (void);
void         yt_map_svg_text_record         (GArray         *texts,
                                             cairo_t        *cr,
                                             PangoLayout    *layout,
                                             double          x,
                                             double          y,
                                             const YtRgb    *fill,
                                             const YtRgb    *halo,
                                             double          halo_width);
char        *yt_map_svg_text_to_xml         (GArray         *texts,
                                             YtLang          language);

/* yt-map-corridors.c */
gboolean     yt_map_corridor_points         (YtMapRenderer  *self,
                                             guint           corridor,
                                             GArray         *xy);
void         yt_map_corridor_stroke         (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             guint8          kind);
void         yt_map_corridors_draw          (YtMapRenderer  *self,
                                             cairo_t        *cr);
guint        yt_map_corridors_kinds         (YtMapRenderer  *self);
void         yt_map_corridors_place_labels  (YtMapRenderer  *self,
                                             YtLabelPlacer  *placer,
                                             PangoContext   *context);

/* yt-map-labels.c, yt-map-labels-regions.c */
#define YT_MAP_LABEL_GAP 2.0    /* between a marker's box and its label */
/* Half the size of a marker's box, which no label covers. */
double       yt_map_mark_extent             (const YtSiteMark *mark);
guint        yt_map_labels_point_candidates (double          x,
                                             double          y,
                                             double          r,
                                             double          w,
                                             double          h,
                                             YtBox          *candidates);
gboolean     yt_map_labels_offer            (YtMapRenderer  *self,
                                             YtLabelPlacer  *placer,
                                             PangoLayout    *layout,
                                             const char     *text,
                                             YtMapTextStyle  style,
                                             double          pad,
                                             YtBox          *candidates,
                                             guint           n);
void         yt_map_labels_set_italic       (PangoLayout    *layout);
void         yt_map_labels_ink_size         (PangoLayout    *layout,
                                             double         *w,
                                             double         *h);
guint        yt_map_labels_interior_candidates (YtMapRenderer *self,
                                             YtBasemap      *basemap,
                                             guint           region,
                                             const YtBox    *bounds,
                                             double          ax,
                                             double          ay,
                                             double          w,
                                             double          h,
                                             YtBox          *out,
                                             guint           max,
                                             const YtBox    *beside,
                                             guint           n_beside);
typedef enum {
  YT_MAP_REGIONS_PROVINCES,            /* China's province-level divisions, China view */
  YT_MAP_REGIONS_WITH_SITES,           /* the atlas's countries, world view */
  YT_MAP_REGIONS_OTHERS,
} YtMapRegionPass;

void         yt_map_labels_place_regions    (YtMapRenderer  *self,
                                             YtLabelPlacer  *placer,
                                             PangoContext   *context,
                                             YtMapRegionPass pass);
void         yt_map_labels_place            (YtMapRenderer  *self,
                                             PangoContext   *context);
void         yt_map_labels_draw             (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context);
void         yt_map_label_clear             (gpointer        label);

/* yt-map-legend.c, yt-map-legend-place.c */
typedef struct {
  double width, height;                /* the whole box */
  guint  columns, rows;
} YtLegendShape;

YtBox        yt_map_legend_place            (YtMapRenderer  *self,
                                             const YtLegendShape *shapes,
                                             guint           n_shapes,
                                             double          bottom,
                                             guint          *chosen);
void         yt_map_attribution_layout      (YtMapRenderer  *self,
                                             PangoContext   *context);
void         yt_map_legend_layout           (YtMapRenderer  *self,
                                             PangoContext   *context);
void         yt_map_legend_draw_at          (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context,
                                             const YtBox    *box);
void         yt_map_legend_draw             (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context);
void         yt_map_attribution_draw        (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context);

/* yt-map-scalebar.c */
double       yt_map_scalebar_round_length   (double          metres);
double       yt_map_scalebar_draw_bar       (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context,
                                             YtViewport     *viewport,
                                             double          x,
                                             double          y,
                                             double          max_px,
                                             YtMapTextStyle  text_style);
void         yt_map_scalebar_draw           (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context);

/* yt-map-query.c: the outline of an atlas region as the current path, in
 * device pixels of the last static render; FALSE when no basemap has it. */
gboolean     yt_map_region_path             (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             guint           region);
/* yt-map-mark-grid.c */
YtMapMarkGrid *yt_map_mark_grid_new         (YtMapRenderer  *self);
void         yt_map_mark_grid_free          (YtMapMarkGrid  *grid);
guint        yt_map_mark_grid_count         (const YtMapMarkGrid *grid,
                                             const YtBox    *box,
                                             double          mx,
                                             double          my);
guint        yt_map_mark_grid_count_centres (const YtMapMarkGrid *grid,
                                             const YtBox    *box,
                                             double          mx,
                                             double          my);

/* yt-map-inset.c */
void         yt_map_inset_fit               (YtMapRenderer  *self,
                                             YtMapView      *view,
                                             double          margin);
void         yt_map_inset_place             (YtMapRenderer  *self,
                                             YtMapView      *view);
void         yt_map_inset_draw              (YtMapRenderer  *self,
                                             cairo_t        *cr,
                                             PangoContext   *context);

/* yt-map-basemaps.c */
YtBasemap   *yt_map_basemap_world           (GError        **error);
YtBasemap   *yt_map_basemap_china           (GError        **error);

G_END_DECLS
