/* yt-map-inset.c: the South China Sea inset: where it goes, its title and scale
 *
 * Maps of China show the South China Sea islands; the China view keeps them
 * in an inset, which must hide nothing of the main map. An inset is clear
 * when no outline of the China basemap (provinces, SARs, islands) reaches
 * into it, tested on every projected vertex (yt_basemap_box_is_clear()),
 * and no located site lies under it. The lower right is where Chinese maps
 * put it, and on a fitted view it is over the sea east of Taiwan once the
 * map is moved into the frame's slack, away from that corner, or zoomed out
 * a little; a view the user moved keeps a clear corner if one exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

#define MARGIN          10.0
#define CLEARANCE       3.0    /* px kept between the inset and land */
#define MARK_REACH      14.0   /* a cluster disc's radius and its outline */
#define TITLE_STRIP     18.0   /* the title's band under the inset's map */
#define MAX_FRACTION    0.30   /* of the frame's height, the largest inset map */
#define MIN_FRACTION    0.18
#define FRACTION_STEP   0.02
#define MAX_WIDTH       0.36   /* of the frame's width */
#define SHIFT_STEPS     8
#define ZOOM_STEPS      5      /* zoomed out by 5 % each */
#define SCALE_BAR_SHARE 0.42   /* of the inset's width, the longest scale bar */

typedef enum { CORNER_LOWER_RIGHT, CORNER_UPPER_RIGHT, CORNER_UPPER_LEFT, N_CORNERS } Corner;

/* Located sites of the filter, in map units: what the inset must not hide. */
static GArray *
site_points (YtMapRenderer *self,
             YtMapView     *view)
{
  guint n = self->sites != NULL ? self->n_sites : yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);
  GArray *points = g_array_sized_new (FALSE, FALSE, sizeof (double), 2 * n);

  if (view->site_xy == NULL)
    yt_map_sites_project (self, view);
  for (guint i = 0; i < n; i++)
    {
      guint site = self->sites != NULL ? self->sites[i] : i;

      if (!isnan (view->site_xy[2 * site]))
        g_array_append_vals (points, &view->site_xy[2 * site], 2);
    }
  return points;
}

typedef struct {
  YtBasemap          *china;
  YtProjectedBasemap *projected;
  GArray             *points;    /* double pairs, map units; NULL without an atlas */
  const YtBox        *keep_clear;  /* device */
  const YtBox        *attribution; /* device: the inset's title must not run into it */
} Obstacles;

static gboolean
obstacles_init (YtMapRenderer *self,
                YtMapView     *view,
                Obstacles     *o)
{
  o->china = yt_map_basemap_china (NULL);
  o->projected = o->china != NULL ? yt_basemap_get_projected (o->china, view->projection, NULL) : NULL;
  o->points = self->atlas != NULL ? site_points (self, view) : NULL;
  o->keep_clear = &self->keep_clear;
  o->attribution = &self->furniture.attribution;
  return o->projected != NULL;
}

static void
obstacles_clear (Obstacles *o)
{
  g_clear_pointer (&o->points, g_array_unref);
}

static gboolean
is_clear (YtViewport      *viewport,
          const Obstacles *o,
          const YtBox     *box)
{
  double s = yt_viewport_get_scale (viewport), r = MARK_REACH * s;
  const double *xy = o->points != NULL ? (const double *) o->points->data : NULL;
  YtExtent e;

  if ((o->keep_clear->width > 0 && yt_box_intersects (box, o->keep_clear)) ||
      (o->attribution->width > 0 && yt_box_intersects (box, o->attribution)))
    return FALSE;
  yt_viewport_to_map (viewport, box->x, box->y + box->height, &e.x0, &e.y0);
  yt_viewport_to_map (viewport, box->x + box->width, box->y, &e.x1, &e.y1);
  for (guint i = 0; o->points != NULL && i < o->points->len / 2; i++)
    if (xy[2 * i] > e.x0 - r && xy[2 * i] < e.x1 + r && xy[2 * i + 1] > e.y0 - r && xy[2 * i + 1] < e.y1 + r)
      return FALSE;
  e.x0 -= CLEARANCE * s, e.y0 -= CLEARANCE * s, e.x1 += CLEARANCE * s, e.y1 += CLEARANCE * s;
  return yt_basemap_box_is_clear (o->china, o->projected, &e);
}

/* The inset's box (map and title band) in @corner, its map @fraction of
 * the frame's height; in the lower right, above the attribution line when a
 * narrow frame's line reaches under it. */
static YtBox
corner_box (YtViewport  *viewport,
            Corner       corner,
            double       fraction,
            const YtBox *attribution)
{
  YtExtent f;
  double aspect = yt_viewport_get_scs_inset_aspect (viewport), w, h;
  YtBox box;

  yt_viewport_get_frame (viewport, &f);
  h = fraction * (f.y1 - f.y0);
  w = MIN (h * aspect, MAX_WIDTH * (f.x1 - f.x0));
  h = w / aspect + TITLE_STRIP;
  box = (YtBox) { corner == CORNER_UPPER_LEFT ? f.x0 + MARGIN : f.x1 - MARGIN - w,
                  corner == CORNER_LOWER_RIGHT ? f.y1 - MARGIN - h : f.y0 + MARGIN, w, h };
  if (corner == CORNER_LOWER_RIGHT && attribution->width > 0 && yt_box_intersects (&box, attribution))
    box.y = attribution->y - CLEARANCE - box.height;
  return box;
}

static gboolean
clear_box_at (YtViewport      *viewport,
              const Obstacles *o,
              Corner           corner,
              YtBox           *box)
{
  for (double f = MAX_FRACTION; f > MIN_FRACTION - 1e-9; f -= FRACTION_STEP)
    {
      *box = corner_box (viewport, corner, f, o->attribution);
      if (is_clear (viewport, o, box))
        return TRUE;
    }
  return FALSE;
}

/**
 * yt_map_inset_fit:
 *
 * After the China view was fitted to its extent: moves the map into the
 * frame's slack, away from the lower right, or zooms out a little, until
 * the inset there is clear. Leaves the fit alone when nothing helps.
 */
void
yt_map_inset_fit (YtMapRenderer *self,
                  YtMapView     *view,
                  double         margin)
{
  YtViewport *vp = view->viewport;
  double s0 = yt_viewport_get_scale (vp), cx0, cy0, w, h;
  Obstacles o;
  YtExtent e, f;
  YtBox box;

  if (!obstacles_init (self, view, &o) ||
      !yt_viewport_project_extent (vp, YT_VIEW_CHINA_EXTENT, &e))
    return obstacles_clear (&o);
  yt_viewport_get_center (vp, &cx0, &cy0);
  yt_viewport_get_frame (vp, &f);
  w = f.x1 - f.x0 - 2 * margin, h = f.y1 - f.y0 - 2 * margin;
  for (int z = 0; z < ZOOM_STEPS; z++)
    {
      double s = s0 * (1 + 0.05 * z);
      double slack_x = MAX (0, (w - (e.x1 - e.x0) / s) / 2), slack_y = MAX (0, (h - (e.y1 - e.y0) / s) / 2);

      yt_viewport_set_scale (vp, s);
      for (double fr = MAX_FRACTION; fr > MIN_FRACTION - 1e-9; fr -= FRACTION_STEP)
        for (int k = 0; k <= SHIFT_STEPS; k++)
          {
            double t = (double) k / SHIFT_STEPS;

            /* The map moves up and left: its centre moves right and down. */
            yt_viewport_set_center (vp, cx0 + t * slack_x * s, cy0 - t * slack_y * s);
            box = corner_box (vp, CORNER_LOWER_RIGHT, fr, o.attribution);
            if (is_clear (vp, &o, &box))
              return obstacles_clear (&o);
            if (slack_x < 1 && slack_y < 1)
              break;
          }
    }
  yt_viewport_set_scale (vp, s0);
  yt_viewport_set_center (vp, cx0, cy0);
  obstacles_clear (&o);
}

/**
 * yt_map_inset_place:
 *
 * Chooses the inset of this frame: the largest clear one in the lower
 * right, else in the upper right or left, else the smallest in the lower
 * right (a view zoomed into land has no clear corner).
 */
void
yt_map_inset_place (YtMapRenderer *self,
                    YtMapView     *view)
{
  Obstacles o;
  YtBox box;
  gboolean found = FALSE;

  self->furniture.inset = self->furniture.inset_map = (YtBox) { 0, 0, 0, 0 };
  if (self->kind != YT_MAP_KIND_CHINA || !obstacles_init (self, view, &o))
    return;
  for (Corner c = 0; c < N_CORNERS && !found; c++)
    found = clear_box_at (view->viewport, &o, c, &box);
  if (!found)
    box = corner_box (view->viewport, CORNER_LOWER_RIGHT, MIN_FRACTION, &self->furniture.attribution);
  obstacles_clear (&o);
  self->furniture.inset = box;
  self->furniture.inset_map = (YtBox) { box.x, box.y, box.width, box.height - TITLE_STRIP };
}

/* The title band under the inset's map, and a frame around both. */
static void
draw_title (YtMapRenderer    *self,
            cairo_t          *cr,
            PangoContext     *context,
            const YtMapStyle *style)
{
  const YtBox *box = &self->furniture.inset, *map = &self->furniture.inset_map;
  /* TRANSLATORS: title of the map inset that shows the South China Sea islands; Chinese maps write 南海诸岛 */
  const char *title = yt_map_renderer_tr (self, N_("South China Sea Islands"));
  g_autoptr(PangoLayout) layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_LEGEND_TITLE, title);
  YtMapTextStyle text_style = YT_MAP_TEXT_LEGEND_TITLE;

  PangoRectangle ink;
  double border[3];

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  if (ink.width > box->width - 6)
    {
      g_object_unref (layout);
      layout = yt_map_renderer_layout (self, context, text_style = YT_MAP_TEXT_SMALL, title);
      pango_layout_set_width (layout, (int) (box->width - 6) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_extents (layout, &ink, NULL);
    }
  cairo_rectangle (cr, box->x, map->y + map->height, box->width, TITLE_STRIP);
  yt_map_style_set_rgb (cr, &style->panel);
  cairo_fill (cr);
  /* Centred by its ink: Pango's line box has CJK leading above the glyphs. */
  yt_map_renderer_draw_text (self, cr, layout, box->x + (box->width - ink.width) / 2 - ink.x,
                             map->y + map->height + (TITLE_STRIP - ink.height) / 2 - ink.y, text_style);
  yt_region_layer_get_color (self->regions, YT_REGION_COLOR_BORDER, border);
  cairo_rectangle (cr, box->x + 0.5, box->y + 0.5, box->width - 1, box->height - 1);
  cairo_set_source_rgb (cr, border[0], border[1], border[2]);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
}

void
yt_map_inset_draw (YtMapRenderer *self,
                   cairo_t       *cr,
                   PangoContext  *context)
{
  const YtBox *map = &self->furniture.inset_map;
  g_autoptr(YtViewport) inset = NULL;
  g_autoptr(GError) error = NULL;
  YtMapStyle style;

  if (map->width <= 0 || self->regions == NULL)
    return;
  if (!yt_region_layer_draw_inset (self->regions, cr, yt_map_renderer_view (self)->viewport, &error))
    g_warning ("Cannot draw the South China Sea inset: %s", error->message);
  inset = yt_viewport_new_scs_inset (yt_map_renderer_view (self)->viewport,
                                     &(YtExtent) { map->x, map->y, map->x + map->width, map->y + map->height });
  yt_map_style_init (&style, self->dark);
  cairo_save (cr);
  draw_title (self, cr, context, &style);
  /* Its own scale: the inset is drawn at a smaller scale than the map. */
  yt_map_scalebar_draw_bar (self, cr, context, inset, map->x + 8, map->y + map->height - 30,
                            SCALE_BAR_SHARE * map->width, YT_MAP_TEXT_SMALL);
  cairo_restore (cr);
}
