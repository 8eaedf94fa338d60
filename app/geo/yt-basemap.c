/* yt-basemap.c: country and province outlines with per-vertex significance
 *
 * The geographic arrays are immutable after loading; projected copies come
 * with the compiled form or are made once per projection definition, and
 * are kept for the basemap's lifetime.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "yt-basemap-private.h"

struct _YtBasemap
{
  GObject        parent_instance;
  YtBasemapData  data;
  GHashTable    *attrs;      /* root attributes and "attribution" */
  GStringChunk  *strings;
  GHashTable    *by_code;    /* code -> region index + 1 */
  GHashTable    *projected;  /* definition -> YtProjectedBasemap */
  GVariant      *compiled;   /* projections stored by the build, or NULL */
  char         **replaces;
  double         base;
  GMutex         lock;       /* guards projected */
};

G_DEFINE_FINAL_TYPE (YtBasemap, yt_basemap, G_TYPE_OBJECT)
G_DEFINE_QUARK (yt-basemap-error-quark, yt_basemap_error)

static void
data_init (YtBasemapData *d)
{
  d->lonlat = g_array_new (FALSE, FALSE, sizeof (double));
  d->level = g_array_new (FALSE, FALSE, sizeof (guint8));
  d->arc_start = g_array_new (FALSE, FALSE, sizeof (guint));
  d->arc_class = g_array_new (FALSE, FALSE, sizeof (guint8));
  d->arc_users = g_array_new (FALSE, FALSE, sizeof (gint32));
  d->ring_start = g_array_new (FALSE, FALSE, sizeof (guint));
  d->ring_refs = g_array_new (FALSE, FALSE, sizeof (gint32));
  d->ring_region = g_array_new (FALSE, FALSE, sizeof (guint));
  d->regions = g_array_new (FALSE, FALSE, sizeof (YtBasemapRegion));
}

static void
data_clear (YtBasemapData *d)
{
  g_clear_pointer (&d->lonlat, g_array_unref);
  g_clear_pointer (&d->level, g_array_unref);
  g_clear_pointer (&d->arc_start, g_array_unref);
  g_clear_pointer (&d->arc_class, g_array_unref);
  g_clear_pointer (&d->arc_users, g_array_unref);
  g_clear_pointer (&d->ring_start, g_array_unref);
  g_clear_pointer (&d->ring_refs, g_array_unref);
  g_clear_pointer (&d->ring_region, g_array_unref);
  g_clear_pointer (&d->regions, g_array_unref);
}

static void
yt_basemap_finalize (GObject *object)
{
  YtBasemap *self = YT_BASEMAP (object);

  data_clear (&self->data);
  g_clear_pointer (&self->attrs, g_hash_table_unref);
  g_clear_pointer (&self->by_code, g_hash_table_unref);
  g_clear_pointer (&self->projected, g_hash_table_unref);
  g_clear_pointer (&self->compiled, g_variant_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->replaces, g_strfreev);
  g_mutex_clear (&self->lock);
  G_OBJECT_CLASS (yt_basemap_parent_class)->finalize (object);
}

static void
yt_basemap_class_init (YtBasemapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_basemap_finalize;
}

static void
yt_basemap_init (YtBasemap *self)
{
  data_init (&self->data);
  guint zero = 0;
  g_array_append_val (self->data.arc_start, zero);
  g_array_append_val (self->data.ring_start, zero);
  self->attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->by_code = g_hash_table_new (g_str_hash, g_str_equal);
  self->projected = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                           (GDestroyNotify) yt_projected_basemap_free);
  self->strings = g_string_chunk_new (4096);
  g_mutex_init (&self->lock);
}

/* Which regions each arc bounds, so a layer can skip the arcs of regions it
 * does not draw (the world file's China under the province file). */
static void
index_arc_users (YtBasemapData *d)
{
  guint n_arcs = d->arc_class->len;

  g_array_set_size (d->arc_users, 2 * n_arcs);
  for (guint i = 0; i < 2 * n_arcs; i++)
    g_array_index (d->arc_users, gint32, i) = -1;
  for (guint ring = 0; ring < d->ring_region->len; ring++)
    {
      gint32 region = g_array_index (d->ring_region, guint, ring);

      for (guint k = g_array_index (d->ring_start, guint, ring);
           k < g_array_index (d->ring_start, guint, ring + 1); k++)
        {
          gint32 r = g_array_index (d->ring_refs, gint32, k);
          gint32 *users = &g_array_index (d->arc_users, gint32, 2 * (r >= 0 ? r : -r - 1));

          if (users[0] < 0)
            users[0] = region;
          else if (users[0] != region && users[1] < 0)
            users[1] = region;
        }
    }
}

static gboolean
finish_load (YtBasemap *self,
             GError   **error)
{
  const char *base = g_hash_table_lookup (self->attrs, "base");
  const char *replaces = g_hash_table_lookup (self->attrs, "replaces");

  self->base = base != NULL ? g_ascii_strtod (base, NULL) : 0.0;
  if (!(self->base > 0.0 && self->base < 10.0))
    {
      g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID,
                   "basemap: base tolerance missing or out of range");
      return FALSE;
    }
  self->replaces = g_strsplit (replaces != NULL ? replaces : "", " ", -1);
  for (guint i = 0; i < self->data.regions->len; i++)
    {
      YtBasemapRegion *r = &g_array_index (self->data.regions, YtBasemapRegion, i);

      if (!g_hash_table_insert (self->by_code, (gpointer) r->code, GUINT_TO_POINTER (i + 1)))
        {
          g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID,
                       "basemap: region %s appears twice", r->code);
          return FALSE;
        }
    }
  index_arc_users (&self->data);
  return TRUE;
}

/**
 * yt_basemap_new_from_bytes:
 * @bytes: basemap XML (namespace https://yuntu.github.io/ns/basemap/1), or
 *   the compiled form the build makes of it
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 */
YtBasemap *
yt_basemap_new_from_bytes (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(YtBasemap) self = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (YT_TYPE_BASEMAP, NULL);
  if (yt_basemap_is_compiled (bytes) ? !yt_basemap_read_compiled (bytes, &self->data, self->attrs, self->strings,
                                                                  &self->compiled, error)
                                     : !yt_basemap_parse (bytes, &self->data, self->attrs, self->strings, error))
    return NULL;
  if (!finish_load (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * yt_basemap_new_from_resource:
 * @path: a GResource path such as %YT_BASEMAP_RESOURCE_CHINA
 *
 * Returns: (transfer full) (nullable): the basemap, or %NULL with @error set
 */
YtBasemap *
yt_basemap_new_from_resource (const char *path,
                              GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return yt_basemap_new_from_bytes (bytes, error);
}

const YtBasemapData *
yt_basemap_get_data (YtBasemap *self)
{
  return &self->data;
}

const char *
yt_basemap_get_attribute (YtBasemap  *self,
                          const char *name)
{
  return g_hash_table_lookup (self->attrs, name);
}

/* In name order, so that a compiled basemap is the same bytes every build. */
void
yt_basemap_add_attributes (YtBasemap       *self,
                           GVariantBuilder *builder)
{
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (self->attrs), (GCompareFunc) strcmp);

  for (GList *k = keys; k != NULL; k = k->next)
    g_variant_builder_add (builder, "{ss}", k->data, g_hash_table_lookup (self->attrs, k->data));
}

const char *
yt_basemap_get_name (YtBasemap *self)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), NULL);
  return g_hash_table_lookup (self->attrs, "name");
}

const char *
yt_basemap_get_attribution (YtBasemap *self)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), NULL);
  return g_hash_table_lookup (self->attrs, "attribution");
}

double
yt_basemap_get_base_tolerance (YtBasemap *self)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), 0.0);
  return self->base;
}

/* TRUE when this basemap draws @code's area in detail (the China file
 * replaces the world file's CN and TW). */
gboolean
yt_basemap_replaces (YtBasemap  *self,
                     const char *code)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  return *code != '\0' && g_strv_contains ((const char * const *) self->replaces, code);
}

guint
yt_basemap_get_n_regions (YtBasemap *self)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), 0);
  return self->data.regions->len;
}

int
yt_basemap_find_region (YtBasemap  *self,
                        const char *code)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), -1);
  g_return_val_if_fail (code != NULL, -1);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->by_code, code)) - 1;
}

static const YtBasemapRegion *
region_at (YtBasemap *self,
           guint      region)
{
  return &g_array_index (self->data.regions, YtBasemapRegion, region);
}

const char *
yt_basemap_get_region_code (YtBasemap *self,
                            guint      region)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (region < self->data.regions->len, NULL);
  return region_at (self, region)->code;
}

const char *
yt_basemap_get_region_name (YtBasemap *self,
                            guint      region)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (region < self->data.regions->len, NULL);
  return region_at (self, region)->name;
}

YtBasemapKind
yt_basemap_get_region_kind (YtBasemap *self,
                            guint      region)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), YT_BASEMAP_COUNTRY);
  g_return_val_if_fail (region < self->data.regions->len, YT_BASEMAP_COUNTRY);
  return region_at (self, region)->kind;
}

guint
yt_basemap_get_n_vertices (YtBasemap *self)
{
  g_return_val_if_fail (YT_IS_BASEMAP (self), 0);
  return self->data.level->len;
}

/**
 * yt_basemap_level_for_tolerance:
 * @tolerance_deg: the largest error drawing may make, in degrees
 *
 * Returns: the lowest vertex level to keep: a vertex of level q matters down
 *   to base * 2^q degrees.
 */
guint
yt_basemap_level_for_tolerance (YtBasemap *self,
                                double     tolerance_deg)
{
  double q;

  g_return_val_if_fail (YT_IS_BASEMAP (self), 0);

  if (!(tolerance_deg > self->base))
    return 0;
  q = ceil (log2 (tolerance_deg / self->base));
  return (guint) MIN (q, 254.0);
}

gsize
yt_basemap_count_vertices (YtBasemap *self,
                           double     tolerance_deg)
{
  guint level;
  gsize n = 0;

  g_return_val_if_fail (YT_IS_BASEMAP (self), 0);

  level = yt_basemap_level_for_tolerance (self, tolerance_deg);
  for (guint i = 0; i < self->data.level->len; i++)
    n += g_array_index (self->data.level, guint8, i) >= level;
  return n;
}

/**
 * yt_basemap_get_projected:
 *
 * Projects every vertex the first time @projection's definition is asked
 * for, unless the compiled basemap stores it, and caches the result.
 * Thread-safe.
 *
 * Returns: (transfer none) (nullable): projected geometry owned by @self
 */
YtProjectedBasemap *
yt_basemap_get_projected (YtBasemap    *self,
                          YtProjection *projection,
                          GError      **error)
{
  YtProjectedBasemap *p;
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (YT_IS_BASEMAP (self), NULL);
  g_return_val_if_fail (YT_IS_PROJECTION (projection), NULL);

  locker = g_mutex_locker_new (&self->lock);
  p = g_hash_table_lookup (self->projected, yt_projection_get_definition (projection));
  if (p != NULL)
    return p;
  p = yt_basemap_compiled_project (self->compiled, &self->data, yt_projection_get_definition (projection));
  if (p == NULL)
    p = yt_projected_basemap_new (&self->data, projection, error);
  if (p != NULL)
    g_hash_table_insert (self->projected, p->definition, p);
  return p;
}
