/* yt-projection.c: map projections through PROJ, one context per object
 *
 * A PJ_CONTEXT is not thread-safe, so every YtProjection owns its own and
 * a mutex serialises the calls into it: bands of one frame drawn on several
 * threads share the view's projection.  The network is disabled so that
 * PROJ never fetches grids; both views need none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <proj.h>

#include "yuntu/yt-projection.h"

struct _YtProjection
{
  GObject     parent_instance;
  char       *definition;
  PJ_CONTEXT *ctx;
  PJ         *pj;       /* lon/lat degrees -> projected metres */
  PJ         *factors;  /* the bare projection, for proj_factors() */
  GMutex      lock;     /* guards ctx, pj and factors */
};

G_DEFINE_FINAL_TYPE (YtProjection, yt_projection, G_TYPE_OBJECT)
G_DEFINE_QUARK (yt-projection-error-quark, yt_projection_error)

static void
yt_projection_finalize (GObject *object)
{
  YtProjection *self = YT_PROJECTION (object);

  g_clear_pointer (&self->factors, proj_destroy);
  g_clear_pointer (&self->pj, proj_destroy);
  g_clear_pointer (&self->ctx, proj_context_destroy);
  g_clear_pointer (&self->definition, g_free);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (yt_projection_parent_class)->finalize (object);
}

static void
yt_projection_class_init (YtProjectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_projection_finalize;
}

static void
yt_projection_init (YtProjection *self)
{
  g_mutex_init (&self->lock);
}

static gboolean
yt_projection_setup (YtProjection *self,
                     GError      **error)
{
  g_autofree char *pipeline = NULL;

  self->ctx = proj_context_create ();
  proj_context_set_enable_network (self->ctx, 0);
  proj_log_level (self->ctx, PJ_LOG_NONE);

  /* A pipeline from degrees, not proj_create_crs_to_crs(): the definitions
   * are pure conversions on one ellipsoid, so there is no transformation
   * to search proj.db for. */
  pipeline = g_strdup_printf ("+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step %s",
                              self->definition);
  self->pj = proj_create (self->ctx, pipeline);
  self->factors = proj_create (self->ctx, self->definition);
  if (self->pj == NULL || self->factors == NULL)
    {
      g_set_error (error, YT_PROJECTION_ERROR, YT_PROJECTION_ERROR_INVALID,
                   "PROJ cannot use “%s”: %s", self->definition,
                   proj_context_errno_string (self->ctx, proj_context_errno (self->ctx)));
      return FALSE;
    }
  return TRUE;
}

/**
 * yt_projection_new:
 * @definition: a PROJ string for a projected system on WGS84 lon/lat
 *
 * Returns: (transfer full) (nullable): the projection, or %NULL with @error set
 */
YtProjection *
yt_projection_new (const char *definition,
                   GError    **error)
{
  g_autoptr(YtProjection) self = NULL;

  g_return_val_if_fail (definition != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (YT_TYPE_PROJECTION, NULL);
  self->definition = g_strdup (definition);
  if (!yt_projection_setup (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

static YtProjection *
new_builtin (const char *definition)
{
  g_autoptr(GError) error = NULL;
  YtProjection *self = yt_projection_new (definition, &error);

  /* The built-in strings need nothing from proj.db: failing means PROJ
   * itself is broken, which is a programming or packaging error. */
  if (self == NULL)
    g_error ("%s", error->message);
  return self;
}

YtProjection *
yt_projection_new_china (void)
{
  return new_builtin (YT_PROJECTION_CHINA);
}

YtProjection *
yt_projection_new_world (void)
{
  return new_builtin (YT_PROJECTION_WORLD);
}

const char *
yt_projection_get_definition (YtProjection *self)
{
  g_return_val_if_fail (YT_IS_PROJECTION (self), NULL);
  return self->definition;
}

/* The +lon_0 of the definition: its antimeridian is where rings would wrap
 * around the map, so the basemap drops arcs that cross it. */
double
yt_projection_get_central_meridian (YtProjection *self)
{
  const char *p;

  g_return_val_if_fail (YT_IS_PROJECTION (self), 0.0);

  p = strstr (self->definition, "+lon_0=");
  return p != NULL ? g_ascii_strtod (p + 7, NULL) : 0.0;
}

static gsize
transform (YtProjection *self,
           PJ_DIRECTION  direction,
           double       *xy,
           gsize         n_points)
{
  gsize failed = 0;

  g_mutex_lock (&self->lock);
  proj_trans_generic (self->pj, direction,
                      xy, 2 * sizeof (double), n_points,
                      xy + 1, 2 * sizeof (double), n_points,
                      NULL, 0, 0, NULL, 0, 0);
  g_mutex_unlock (&self->lock);
  for (gsize i = 0; i < 2 * n_points; i++)
    if (!isfinite (xy[i]) || fabs (xy[i]) >= HUGE_VAL)
      {
        xy[i] = HUGE_VAL;
        failed++;
      }
  return failed;
}

/**
 * yt_projection_forward_points:
 * @xy: (inout) (array): interleaved lon, lat degrees, replaced by x, y metres
 *
 * Points PROJ cannot project become HUGE_VAL.
 * Returns: the number of failed coordinates
 */
gsize
yt_projection_forward_points (YtProjection *self,
                              double       *xy,
                              gsize         n_points)
{
  g_return_val_if_fail (YT_IS_PROJECTION (self), n_points);
  g_return_val_if_fail (xy != NULL || n_points == 0, n_points);
  return transform (self, PJ_FWD, xy, n_points);
}

gsize
yt_projection_inverse_points (YtProjection *self,
                              double       *xy,
                              gsize         n_points)
{
  g_return_val_if_fail (YT_IS_PROJECTION (self), n_points);
  g_return_val_if_fail (xy != NULL || n_points == 0, n_points);
  return transform (self, PJ_INV, xy, n_points);
}

gboolean
yt_projection_forward (YtProjection *self,
                       double        lon,
                       double        lat,
                       double       *x,
                       double       *y)
{
  double xy[2] = { lon, lat };

  g_return_val_if_fail (YT_IS_PROJECTION (self), FALSE);
  g_return_val_if_fail (x != NULL && y != NULL, FALSE);

  if (transform (self, PJ_FWD, xy, 1) != 0)
    return FALSE;
  *x = xy[0];
  *y = xy[1];
  return TRUE;
}

gboolean
yt_projection_inverse (YtProjection *self,
                       double        x,
                       double        y,
                       double       *lon,
                       double       *lat)
{
  double xy[2] = { x, y };

  g_return_val_if_fail (YT_IS_PROJECTION (self), FALSE);
  g_return_val_if_fail (lon != NULL && lat != NULL, FALSE);

  if (transform (self, PJ_INV, xy, 1) != 0)
    return FALSE;
  *lon = xy[0];
  *lat = xy[1];
  return TRUE;
}

/**
 * yt_projection_get_scale:
 * @parallel_scale: (out): scale along the parallel (east-west) at the point
 * @meridian_scale: (out): scale along the meridian
 *
 * A true scale bar divides map units per pixel by @parallel_scale.
 */
gboolean
yt_projection_get_scale (YtProjection *self,
                         double        lon,
                         double        lat,
                         double       *parallel_scale,
                         double       *meridian_scale)
{
  PJ_COORD c;
  PJ_FACTORS f;
  gboolean ok;

  g_return_val_if_fail (YT_IS_PROJECTION (self), FALSE);

  c = proj_coord (proj_torad (lon), proj_torad (lat), 0, 0);
  g_mutex_lock (&self->lock);
  f = proj_factors (self->factors, c);
  ok = proj_errno (self->factors) == 0 && isfinite (f.parallel_scale) && f.parallel_scale > 0;
  proj_errno_reset (self->factors);
  g_mutex_unlock (&self->lock);
  if (!ok)
    return FALSE;
  if (parallel_scale != NULL)
    *parallel_scale = f.parallel_scale;
  if (meridian_scale != NULL)
    *meridian_scale = f.meridional_scale;
  return TRUE;
}
