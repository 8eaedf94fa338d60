/* yt-map-corridors.c: Belt and Road corridors
 *
 * A corridor in the atlas names the places it passes, in order, not a
 * route: regions, and sites that stand for its cities, ports and landing
 * points.  It is drawn as a smooth line through those regions' label anchors
 * (a point inside each region's largest ring) and those sites' sourced
 * points, so the map shows which places a source links and never a road or
 * cable the sources do not give. Land corridors are solid, maritime ones dashed, digital ones
 * dotted; the legend says so. They lie above the regions, under the sites.
 * They belong to the Belt and Road view: on the China view, lines across the
 * country would only hide the sites and provinces it is for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

#define LINE_WIDTH 2.5
#define HALO_EXTRA 2.0

static const YtRgb line_rgb[2] = { { 0.55, 0.27, 0.07 }, { 0.93, 0.62, 0.37 } };

/* The anchor of an atlas region on this view, in device pixels: provinces
 * from the China basemap (it stores both views' projections), countries
 * from the world one. */
static gboolean
region_point (YtMapRenderer *self,
              YtMapView     *view,
              guint          region,
              double        *x,
              double        *y)
{
  const char *code = yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, region)->iso);
  YtBasemap *basemap = g_str_has_prefix (code, "CN-") ? yt_map_basemap_china (NULL) : yt_map_basemap_world (NULL);
  YtProjectedBasemap *projected;
  int index;
  double mx, my;

  if (basemap == NULL || *code == '\0' || (index = yt_basemap_find_region (basemap, code)) < 0 ||
      (projected = yt_basemap_get_projected (basemap, view->projection, NULL)) == NULL ||
      !yt_projected_basemap_get_anchor (projected, index, &mx, &my))
    return FALSE;
  yt_viewport_to_device (view->viewport, mx, my, x, y);
  return TRUE;
}

/* A site's sourced point on this view; FALSE for a site without one. */
static gboolean
site_point (YtMapRenderer *self,
            YtMapView     *view,
            guint          site,
            double        *x,
            double        *y)
{
  if (view->site_xy == NULL)
    yt_map_sites_project (self, view);
  if (isnan (view->site_xy[2 * site]))
    return FALSE;
  yt_viewport_to_device (view->viewport, view->site_xy[2 * site], view->site_xy[2 * site + 1], x, y);
  return TRUE;
}

/**
 * yt_map_corridor_points:
 * @xy: (out caller-allocates): receives the device points, interleaved
 *
 * Regions the basemap lacks and sites without a sourced point are passed over. Returns: %TRUE when at least
 * two points remain, so that there is a line to draw.
 */
gboolean
yt_map_corridor_points (YtMapRenderer *self,
                        guint          corridor,
                        GArray        *xy)
{
  const YtCorridor *c = yt_atlas_get_corridor (self->atlas, corridor);
  const YtRef *via = yt_atlas_get_indices (self->atlas, c->via);
  YtMapView *view = yt_map_renderer_view (self);

  g_array_set_size (xy, 0);
  if (self->kind != YT_MAP_KIND_WORLD)
    return FALSE;
  for (guint i = 0; i < c->n_via; i++)
    {
      double p[2];
      gboolean found = YT_REF_KIND (via[i]) == YT_RECORD_SITE
        ? site_point (self, view, YT_REF_INDEX (via[i]), &p[0], &p[1])
        : region_point (self, view, YT_REF_INDEX (via[i]), &p[0], &p[1]);

      if (found)
        g_array_append_vals (xy, p, 2);
    }
  return xy->len >= 4;
}

/* Catmull-Rom through the points, as Bézier segments: the line bends
 * through every region instead of turning sharp corners there. */
static void
append_curve (cairo_t      *cr,
              const double *p,
              guint         n)
{
  cairo_move_to (cr, p[0], p[1]);
  for (guint i = 0; i + 1 < n; i++)
    {
      const double *p0 = &p[2 * (i > 0 ? i - 1 : i)], *p1 = &p[2 * i], *p2 = &p[2 * (i + 1)];
      const double *p3 = &p[2 * (i + 2 < n ? i + 2 : i + 1)];

      cairo_curve_to (cr, p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6,
                      p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6, p2[0], p2[1]);
    }
}

static void
set_dash (cairo_t *cr,
          guint8   kind)
{
  static const double dashed[] = { 9, 5 }, dotted[] = { 0.1, 5 };

  if (kind == YT_CORRIDOR_MARITIME)
    cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0);
  else if (kind == YT_CORRIDOR_DIGITAL)
    cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

/* The line as the legend and the map draw it, along the current path. */
void
yt_map_corridor_stroke (YtMapRenderer *self,
                        cairo_t       *cr,
                        guint8         kind)
{
  YtMapStyle style;

  yt_map_style_init (&style, self->dark);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, LINE_WIDTH + 2 * HALO_EXTRA);
  yt_map_style_set_rgb (cr, &style.halo);
  if (kind != YT_CORRIDOR_DIGITAL)
    cairo_stroke_preserve (cr);   /* dots stay dots: no halo bridges them */
  cairo_set_line_width (cr, kind == YT_CORRIDOR_DIGITAL ? LINE_WIDTH + 1 : LINE_WIDTH);
  set_dash (cr, kind);
  yt_map_style_set_rgb (cr, &line_rgb[self->dark]);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
yt_map_corridors_draw (YtMapRenderer *self,
                       cairo_t       *cr)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  guint n;

  if (self->atlas == NULL)
    return;
  n = yt_atlas_get_n_records (self->atlas, YT_RECORD_CORRIDOR);
  for (guint i = 0; i < n; i++)
    {
      if (!yt_map_corridor_points (self, i, xy))
        continue;
      cairo_new_path (cr);
      append_curve (cr, (const double *) xy->data, xy->len / 2);
      yt_map_corridor_stroke (self, cr, yt_atlas_get_corridor (self->atlas, i)->kind);
    }
}

/* A bit per YtCorridorKind that has a corridor on this view. */
guint
yt_map_corridors_kinds (YtMapRenderer *self)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));
  guint kinds = 0;

  for (guint i = 0; self->atlas != NULL && i < yt_atlas_get_n_records (self->atlas, YT_RECORD_CORRIDOR); i++)
    if (yt_map_corridor_points (self, i, xy))
      kinds |= 1u << yt_atlas_get_corridor (self->atlas, i)->kind;
  return kinds;
}

/* Candidates centred on the line's middle point and a third of the way
 * from either end, above the line, then below it. */
static guint
label_candidates (const double *p,
                  guint         n,
                  double        w,
                  double        h,
                  YtBox        *c)
{
  guint at[3] = { n / 2, n / 3, (2 * n) / 3 }, k = 0;

  for (guint i = 0; i < G_N_ELEMENTS (at); i++)
    {
      /* With two points, the chord's middle: the curve is straight then. */
      double x = n == 2 ? (p[0] + p[2]) / 2 : p[2 * MIN (at[i], n - 1)];
      double y = n == 2 ? (p[1] + p[3]) / 2 : p[2 * MIN (at[i], n - 1) + 1];

      c[k++] = (YtBox) { x - w / 2, y - h - LINE_WIDTH - 3, w, h };
      c[k++] = (YtBox) { x - w / 2, y + LINE_WIDTH + 3, w, h };
    }
  return k;
}

/* Corridor names, in the map's language (italic when only the other one
 * exists), in the site label style. */
void
yt_map_corridors_place_labels (YtMapRenderer *self,
                               YtLabelPlacer *placer,
                               PangoContext  *context)
{
  g_autoptr(GArray) xy = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; self->atlas != NULL && i < yt_atlas_get_n_records (self->atlas, YT_RECORD_CORRIDOR); i++)
    {
      YtTextInfo info = { 0 };
      const char *name = yt_atlas_get_name (self->atlas, YT_REF (YT_RECORD_CORRIDOR, i), self->language, &info);
      g_autoptr(PangoLayout) layout = NULL;
      YtBox c[6];
      double w, h;

      if (name == NULL || *name == '\0' || !yt_map_corridor_points (self, i, xy))
        continue;
      layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SITE, name);
      if (info.fell_back)
        yt_map_labels_set_italic (layout);
      yt_map_labels_ink_size (layout, &w, &h);
      yt_map_labels_offer (self, placer, layout, name, YT_MAP_TEXT_SITE, 1.0,
                           c, label_candidates ((const double *) xy->data, xy->len / 2, w, h, c));
    }
}
