/* yt-viewport.c: projected map units <-> device pixels for one map frame
 *
 * The frame is a device rectangle (the whole surface, or an inset inside
 * it); the centre is in map units; the scale is map units per pixel, y up in
 * the map and down on the device.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-viewport.h"

#define EDGE_SAMPLES 32      /* points per side when fitting a lon/lat box */
#define INSET_FRACTION 0.30  /* SCS inset height as a share of the frame */
#define INSET_MARGIN 12.0

struct _YtViewport
{
  GObject       parent_instance;
  YtProjection *projection;
  YtExtent         frame;       /* device: x0, y0 = origin, x1, y1 = far corner */
  double        cx, cy;
  double        scale;
  double        min_scale, max_scale;
};

G_DEFINE_FINAL_TYPE (YtViewport, yt_viewport, G_TYPE_OBJECT)

static void
yt_viewport_finalize (GObject *object)
{
  YtViewport *self = YT_VIEWPORT (object);

  g_clear_object (&self->projection);
  G_OBJECT_CLASS (yt_viewport_parent_class)->finalize (object);
}

static void
yt_viewport_class_init (YtViewportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_viewport_finalize;
}

static void
yt_viewport_init (YtViewport *self)
{
  self->frame = (YtExtent) { 0, 0, 800, 600 };
  self->scale = 1000.0;
  self->min_scale = 1e-3;
  self->max_scale = 1e9;
}

YtViewport *
yt_viewport_new (YtProjection *projection)
{
  YtViewport *self;

  g_return_val_if_fail (YT_IS_PROJECTION (projection), NULL);

  self = g_object_new (YT_TYPE_VIEWPORT, NULL);
  self->projection = g_object_ref (projection);
  return self;
}

YtProjection *
yt_viewport_get_projection (YtViewport *self)
{
  g_return_val_if_fail (YT_IS_VIEWPORT (self), NULL);
  return self->projection;
}

void
yt_viewport_set_frame (YtViewport *self,
                       double      x,
                       double      y,
                       double      width,
                       double      height)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (width > 0 && height > 0);
  self->frame = (YtExtent) { x, y, x + width, y + height };
}

void
yt_viewport_get_frame (YtViewport *self,
                       YtExtent      *frame)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (frame != NULL);
  *frame = self->frame;
}

void
yt_viewport_set_center (YtViewport *self,
                        double      x,
                        double      y)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  self->cx = x;
  self->cy = y;
}

void
yt_viewport_get_center (YtViewport *self,
                        double     *x,
                        double     *y)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  if (x != NULL)
    *x = self->cx;
  if (y != NULL)
    *y = self->cy;
}

double
yt_viewport_get_scale (YtViewport *self)
{
  g_return_val_if_fail (YT_IS_VIEWPORT (self), 0.0);
  return self->scale;
}

void
yt_viewport_set_scale (YtViewport *self,
                       double      map_units_per_pixel)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (map_units_per_pixel > 0);
  self->scale = CLAMP (map_units_per_pixel, self->min_scale, self->max_scale);
}

/* Zoom limits in map units per pixel: @min_scale is the closest zoom. */
void
yt_viewport_set_scale_limits (YtViewport *self,
                              double      min_scale,
                              double      max_scale)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (min_scale > 0 && min_scale <= max_scale);
  self->min_scale = min_scale;
  self->max_scale = max_scale;
  self->scale = CLAMP (self->scale, min_scale, max_scale);
}

/* Keeps the map point under (device_x, device_y) in place. */
void
yt_viewport_zoom_at (YtViewport *self,
                     double      factor,
                     double      device_x,
                     double      device_y)
{
  double mx, my, nx, ny;

  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (factor > 0);

  yt_viewport_to_map (self, device_x, device_y, &mx, &my);
  yt_viewport_set_scale (self, self->scale / factor);
  yt_viewport_to_map (self, device_x, device_y, &nx, &ny);
  self->cx += mx - nx;
  self->cy += my - ny;
}

/* Fits @box and sets zoom limits from it: out to twice, in to 1/64. */
void
yt_viewport_fit_box (YtViewport  *self,
                     const YtExtent *box,
                     double       margin_px)
{
  double w, h, s;

  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (box != NULL && box->x1 > box->x0 && box->y1 > box->y0);

  w = MAX (1.0, self->frame.x1 - self->frame.x0 - 2 * margin_px);
  h = MAX (1.0, self->frame.y1 - self->frame.y0 - 2 * margin_px);
  s = MAX ((box->x1 - box->x0) / w, (box->y1 - box->y0) / h);
  self->cx = (box->x0 + box->x1) / 2;
  self->cy = (box->y0 + box->y1) / 2;
  self->min_scale = s / 64;
  self->max_scale = s * 2;
  self->scale = s;
}

static gboolean
projected_box (YtProjection *proj,
               double lon0, double lat0, double lon1, double lat1,
               YtExtent *box)
{
  *box = (YtExtent) { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };
  for (int i = 0; i <= EDGE_SAMPLES; i++)
    {
      double t = (double) i / EDGE_SAMPLES;
      double pts[4][2] = {
        { lon0 + t * (lon1 - lon0), lat0 }, { lon0 + t * (lon1 - lon0), lat1 },
        { lon0, lat0 + t * (lat1 - lat0) }, { lon1, lat0 + t * (lat1 - lat0) },
      };

      for (int k = 0; k < 4; k++)
        {
          double x, y;

          if (!yt_projection_forward (proj, pts[k][0], pts[k][1], &x, &y))
            return FALSE;
          box->x0 = MIN (box->x0, x);
          box->y0 = MIN (box->y0, y);
          box->x1 = MAX (box->x1, x);
          box->y1 = MAX (box->y1, y);
        }
    }
  return TRUE;
}

/**
 * yt_viewport_project_extent:
 * @box: (out): the projected box of the lon/lat box, map units
 *
 * Returns: %FALSE when part of the box does not project
 */
gboolean
yt_viewport_project_extent (YtViewport *self,
                            double      lon0,
                            double      lat0,
                            double      lon1,
                            double      lat1,
                            YtExtent   *box)
{
  g_return_val_if_fail (YT_IS_VIEWPORT (self), FALSE);
  g_return_val_if_fail (box != NULL, FALSE);
  return projected_box (self->projection, lon0, lat0, lon1, lat1, box);
}

/* Fits a lon/lat box: its edges are sampled because projected parallels
 * curve (Albers) and meridians bend (Robinson). */
gboolean
yt_viewport_fit_geographic (YtViewport *self,
                            double      lon0,
                            double      lat0,
                            double      lon1,
                            double      lat1,
                            double      margin_px)
{
  YtExtent box;

  g_return_val_if_fail (YT_IS_VIEWPORT (self), FALSE);
  g_return_val_if_fail (lon1 > lon0 && lat1 > lat0, FALSE);

  if (!projected_box (self->projection, lon0, lat0, lon1, lat1, &box))
    return FALSE;
  yt_viewport_fit_box (self, &box, margin_px);
  return TRUE;
}

void
yt_viewport_to_device (YtViewport *self,
                       double      x,
                       double      y,
                       double     *device_x,
                       double     *device_y)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  *device_x = (self->frame.x0 + self->frame.x1) / 2 + (x - self->cx) / self->scale;
  *device_y = (self->frame.y0 + self->frame.y1) / 2 - (y - self->cy) / self->scale;
}

void
yt_viewport_to_map (YtViewport *self,
                    double      device_x,
                    double      device_y,
                    double     *x,
                    double     *y)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  *x = self->cx + (device_x - (self->frame.x0 + self->frame.x1) / 2) * self->scale;
  *y = self->cy - (device_y - (self->frame.y0 + self->frame.y1) / 2) * self->scale;
}

gboolean
yt_viewport_lonlat_to_device (YtViewport *self,
                              double      lon,
                              double      lat,
                              double     *device_x,
                              double     *device_y)
{
  double x, y;

  g_return_val_if_fail (YT_IS_VIEWPORT (self), FALSE);

  if (!yt_projection_forward (self->projection, lon, lat, &x, &y))
    return FALSE;
  yt_viewport_to_device (self, x, y, device_x, device_y);
  return TRUE;
}

/* The frame's extent in map units, for culling. */
void
yt_viewport_get_visible_box (YtViewport *self,
                             YtExtent      *box)
{
  g_return_if_fail (YT_IS_VIEWPORT (self));
  g_return_if_fail (box != NULL);
  yt_viewport_to_map (self, self->frame.x0, self->frame.y1, &box->x0, &box->y0);
  yt_viewport_to_map (self, self->frame.x1, self->frame.y0, &box->x1, &box->y1);
}

/* Ground metres per device pixel, east-west at the centre: map units per
 * pixel divided by the projection's scale along the parallel there.
 * Returns 0 when the centre is off the globe. */
double
yt_viewport_get_ground_metres_per_pixel (YtViewport *self)
{
  double lon, lat, k;

  g_return_val_if_fail (YT_IS_VIEWPORT (self), 0.0);

  if (!yt_projection_inverse (self->projection, self->cx, self->cy, &lon, &lat) ||
      !yt_projection_get_scale (self->projection, lon, lat, &k, NULL))
    return 0.0;
  return self->scale / k;
}

static YtExtent
scs_box (YtProjection *projection)
{
  YtExtent box;

  if (!projected_box (projection, YT_VIEW_SCS_INSET_EXTENT, &box))
    box = (YtExtent) { 0, 0, 1, 1 };
  return box;
}

/**
 * yt_viewport_get_scs_inset_aspect:
 * @main: the China view
 *
 * Returns: width over height of the South China Sea inset's map
 */
double
yt_viewport_get_scs_inset_aspect (YtViewport *main)
{
  YtExtent box;

  g_return_val_if_fail (YT_IS_VIEWPORT (main), 1.0);

  box = scs_box (main->projection);
  return (box.x1 - box.x0) / (box.y1 - box.y0);
}

/**
 * yt_viewport_new_scs_inset:
 * @main: the China view
 * @frame: (nullable): device rectangle of the inset's map; %NULL puts it
 *   in the lower right of @main's frame, 30 % of its height
 *
 * A second frame, same projection as @main, fitted to the South China Sea
 * islands (YT_VIEW_SCS_INSET_EXTENT).
 *
 * Returns: (transfer full): the inset viewport
 */
YtViewport *
yt_viewport_new_scs_inset (YtViewport     *main,
                           const YtExtent *frame)
{
  YtViewport *inset;
  YtExtent box;
  double h, w;

  g_return_val_if_fail (YT_IS_VIEWPORT (main), NULL);

  inset = yt_viewport_new (main->projection);
  box = scs_box (main->projection);
  if (frame != NULL && frame->x1 > frame->x0 && frame->y1 > frame->y0)
    yt_viewport_set_frame (inset, frame->x0, frame->y0, frame->x1 - frame->x0, frame->y1 - frame->y0);
  else
    {
      h = (main->frame.y1 - main->frame.y0) * INSET_FRACTION;
      w = h * (box.x1 - box.x0) / (box.y1 - box.y0);
      yt_viewport_set_frame (inset, main->frame.x1 - INSET_MARGIN - w,
                             main->frame.y1 - INSET_MARGIN - h, w, h);
    }
  yt_viewport_fit_box (inset, &box, 0);
  return inset;
}
