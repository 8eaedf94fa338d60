/* yt-basemap-compiled.c: the basemap as the build compiles it into the program
 *
 * Parsing 2.4 MB of outline XML and projecting 130 000 vertices through PROJ
 * took about 50 ms at every start, longer than drawing a frame. The build
 * therefore loads the XML once, projects it for each built-in view and
 * stores the arrays as a GVariant behind a magic: loading is then copying.
 * Coordinates are integers (degrees scaled by 10^decimals, projected metres
 * in decimetres), so the file is exact and half the size of doubles.
 *
 * The reader treats the bytes as untrusted: GVariant never reads outside
 * them, and yt_basemap_data_check() vets every index before use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "yt-basemap-private.h"

#define MAGIC "YTBASEM1"
#define MAGIC_LEN 8
/* The type, and the same as a g_variant_new() format taking the arrays made. */
#define FORMAT "(ua{ss}uayaiauayauaiaua(ssyuu)a(sdaiad))"
#define FORMAT_NEW "(ua{ss}u@ay@ai@au@ay@au@ai@au@a(ssyuu)@a(sdaiad))"
#define PROJECTED "(sdaiad)"
#define BYTE_ORDER_MARK 0x01020304u
#define DM_PER_METRE 10.0
#define MAX_DM 2.0e9                 /* below G_MAXINT32: ±200 000 km */
#define FAILED_DM G_MININT32         /* a vertex PROJ could not project */

gboolean
yt_basemap_is_compiled (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size >= MAGIC_LEN && memcmp (data, MAGIC, MAGIC_LEN) == 0;
}

static double
scale_of (guint decimals)
{
  return pow (10.0, decimals);
}

/* Exactness matters: the scaled integer must give back the very double the
 * XML reader made, or the compiled and parsed basemaps would differ. */
static GVariant *
lonlat_variant (const YtBasemapData *d,
                guint                decimals,
                GError             **error)
{
  const double *ll = (const double *) d->lonlat->data;
  g_autofree gint32 *scaled = g_new (gint32, d->lonlat->len);
  double k = scale_of (decimals);

  for (guint i = 0; i < d->lonlat->len; i++)
    {
      double v = nearbyint (ll[i] * k);

      if (fabs (v) > G_MAXINT32 || v / k != ll[i])
        {
          g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID,
                       "basemap: coordinate %.17g has more than %u decimals", ll[i], decimals);
          return NULL;
        }
      scaled[i] = (gint32) v;
    }
  return g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, scaled, d->lonlat->len, sizeof (gint32));
}

static GVariant *
projected_variant (const YtBasemapData      *d,
                   const YtProjectedBasemap *p,
                   double                    lon0,
                   GError                  **error)
{
  guint n = 2 * d->level->len;
  g_autofree gint32 *dm = g_new (gint32, n);

  for (guint i = 0; i < n; i++)
    {
      double v = p->xy[i] * DM_PER_METRE;

      if (p->xy[i] == HUGE_VAL)
        dm[i] = FAILED_DM;
      else if (fabs (v) < MAX_DM)
        dm[i] = (gint32) nearbyint (v);
      else
        {
          g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_PROJECTION,
                       "basemap: %s puts a vertex %.0f km out", p->definition, p->xy[i] / 1000);
          return NULL;
        }
    }
  return g_variant_new ("(sd@ai@ad)", p->definition, lon0,
                        g_variant_new_fixed_array (G_VARIANT_TYPE_INT32, dm, n, sizeof (gint32)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, p->anchor, 2 * p->n_regions,
                                                   sizeof (double)));
}

#define FIXED(array, type) \
  g_variant_new_fixed_array (type, (array)->data, (array)->len, g_array_get_element_size (array))

static GVariant *
regions_variant (const YtBasemapData *d)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ssyuu)"));
  for (guint i = 0; i < d->regions->len; i++)
    {
      const YtBasemapRegion *r = &g_array_index (d->regions, YtBasemapRegion, i);

      g_variant_builder_add (&b, "(ssyuu)", r->code, r->name, (guint8) r->kind, r->first_ring, r->n_rings);
    }
  return g_variant_builder_end (&b);
}

static GVariant *
projections_variant (YtBasemap     *self,
                     YtProjection **projections,
                     guint          n_projections,
                     GError       **error)
{
  const YtBasemapData *d = yt_basemap_get_data (self);
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a" PROJECTED));
  for (guint i = 0; i < n_projections; i++)
    {
      YtProjectedBasemap *p = yt_basemap_get_projected (self, projections[i], error);
      double lon0 = yt_projection_get_central_meridian (projections[i]);
      GVariant *v = p != NULL ? projected_variant (d, p, lon0, error) : NULL;

      if (v == NULL)
        {
          g_variant_builder_clear (&b);
          return NULL;
        }
      g_variant_builder_add_value (&b, v);
    }
  return g_variant_builder_end (&b);
}

/**
 * yt_basemap_compile:
 * @projections: (array length=n_projections): the views to store projected
 *
 * Returns: (transfer full) (nullable): bytes for yt_basemap_new_from_bytes()
 */
GBytes *
yt_basemap_compile (YtBasemap     *self,
                    YtProjection **projections,
                    guint          n_projections,
                    GError       **error)
{
  const YtBasemapData *d = yt_basemap_get_data (self);
  const char *decimals_attr = yt_basemap_get_attribute (self, "decimals");
  guint decimals = MIN (decimals_attr != NULL ? (guint) g_ascii_strtoull (decimals_attr, NULL, 10) : 6, 9u);
  g_autoptr(GVariant) value = NULL, lonlat = NULL, projected = NULL;
  GVariantBuilder attrs;
  GByteArray *out;

  if ((lonlat = lonlat_variant (d, decimals, error)) == NULL ||
      (projected = projections_variant (self, projections, n_projections, error)) == NULL)
    return NULL;
  g_variant_ref_sink (lonlat);
  g_variant_ref_sink (projected);
  g_variant_builder_init (&attrs, G_VARIANT_TYPE ("a{ss}"));
  yt_basemap_add_attributes (self, &attrs);
  value = g_variant_ref_sink (g_variant_new (FORMAT_NEW, BYTE_ORDER_MARK, &attrs, decimals,
                                             FIXED (d->level, G_VARIANT_TYPE_BYTE), lonlat,
                                             FIXED (d->arc_start, G_VARIANT_TYPE_UINT32),
                                             FIXED (d->arc_class, G_VARIANT_TYPE_BYTE),
                                             FIXED (d->ring_start, G_VARIANT_TYPE_UINT32),
                                             FIXED (d->ring_refs, G_VARIANT_TYPE_INT32),
                                             FIXED (d->ring_region, G_VARIANT_TYPE_UINT32),
                                             regions_variant (d), projected));
  out = g_byte_array_sized_new (MAGIC_LEN + g_variant_get_size (value));
  g_byte_array_append (out, (const guint8 *) MAGIC, MAGIC_LEN);
  g_byte_array_set_size (out, MAGIC_LEN + g_variant_get_size (value));
  g_variant_store (value, out->data + MAGIC_LEN);
  return g_byte_array_free_to_bytes (out);
}

/* Copies a fixed array child; a malformed one reads as empty, which the
 * structure check then rejects. */
static void
read_fixed (GVariant *value,
            guint     index,
            GArray   *into)
{
  g_autoptr(GVariant) child = g_variant_get_child_value (value, index);
  gsize n = 0;
  gconstpointer data = g_variant_get_fixed_array (child, &n, g_array_get_element_size (into));

  g_array_set_size (into, 0);
  if (data != NULL)
    g_array_append_vals (into, data, n);
}

static void
read_lonlat (GVariant      *value,
             YtBasemapData *d)
{
  g_autoptr(GVariant) child = g_variant_get_child_value (value, 4);
  g_autoptr(GVariant) dec = g_variant_get_child_value (value, 2);
  double k = scale_of (MIN (g_variant_get_uint32 (dec), 9u));
  gsize n = 0;
  const gint32 *scaled = g_variant_get_fixed_array (child, &n, sizeof (gint32));

  g_array_set_size (d->lonlat, n);
  for (gsize i = 0; i < n; i++)
    g_array_index (d->lonlat, double, i) = scaled[i] / k;
}

static gboolean
read_regions (GVariant      *value,
              YtBasemapData *d,
              GStringChunk  *strings)
{
  g_autoptr(GVariant) list = g_variant_get_child_value (value, 10);
  gsize n = g_variant_n_children (list);

  for (gsize i = 0; i < n; i++)
    {
      const char *code, *name;
      guint8 kind;
      YtBasemapRegion r = { 0 };

      g_variant_get_child (list, i, "(&s&syuu)", &code, &name, &kind, &r.first_ring, &r.n_rings);
      if (kind > YT_BASEMAP_ISLAND || *code == '\0' || strlen (code) > 16)
        return FALSE;
      r.kind = kind;
      r.code = g_string_chunk_insert_const (strings, code);
      r.name = g_string_chunk_insert_const (strings, name);
      g_array_append_val (d->regions, r);
    }
  return TRUE;
}

/* Sizes only: the coordinates are converted when a view first asks. */
static gboolean
projected_valid (GVariant            *entry,
                 const YtBasemapData *d)
{
  g_autoptr(GVariant) coords = g_variant_get_child_value (entry, 2);
  g_autoptr(GVariant) anchors = g_variant_get_child_value (entry, 3);
  const char *definition;
  double lon0;
  gsize n_xy = 0, n_anchors = 0;

  const double *anchor;

  g_variant_get (entry, "(&sd@ai@ad)", &definition, &lon0, NULL, NULL);
  if (*definition == '\0' || !isfinite (lon0) ||
      g_variant_get_fixed_array (coords, &n_xy, sizeof (gint32)) == NULL || n_xy != 2 * (gsize) d->level->len)
    return FALSE;
  anchor = g_variant_get_fixed_array (anchors, &n_anchors, sizeof (double));
  if (anchor == NULL || n_anchors != 2 * (gsize) d->regions->len)
    return FALSE;
  /* NAN marks a region without a drawable ring; nothing may be infinite. */
  for (gsize i = 0; i < n_anchors; i++)
    if (isinf (anchor[i]))
      return FALSE;
  return TRUE;
}

/**
 * yt_basemap_compiled_project:
 * @projections: the a(sdaiad) list from yt_basemap_read_compiled()
 *
 * Returns: (transfer full) (nullable): the stored projection for
 *   @definition, or %NULL when there is none
 */
YtProjectedBasemap *
yt_basemap_compiled_project (GVariant            *projections,
                             const YtBasemapData *d,
                             const char          *definition)
{
  for (gsize i = 0; projections != NULL && i < g_variant_n_children (projections); i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (projections, i);
      g_autoptr(GVariant) coords = NULL, anchors = NULL;
      const char *name;
      double lon0, *xy;
      const gint32 *dm;
      gsize n = 0, n_anchors = 0;

      g_variant_get (entry, "(&sd@ai@ad)", &name, &lon0, &coords, &anchors);
      if (strcmp (name, definition) != 0)
        continue;
      dm = g_variant_get_fixed_array (coords, &n, sizeof (gint32));
      xy = g_new (double, MAX (n, 1));
      for (gsize k = 0; k < n; k++)
        xy[k] = dm[k] == FAILED_DM ? HUGE_VAL : dm[k] / DM_PER_METRE;
      return yt_projected_basemap_new_from_xy (d, definition, lon0, xy,
                                               g_variant_get_fixed_array (anchors, &n_anchors, sizeof (double)));
    }
  return NULL;
}

static gboolean
invalid (GError    **error,
         const char *what)
{
  g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID, "compiled basemap: %s", what);
  return FALSE;
}

/**
 * yt_basemap_read_compiled:
 * @projections: (out): the stored projections, for yt_basemap_compiled_project()
 */
gboolean
yt_basemap_read_compiled (GBytes        *bytes,
                          YtBasemapData *d,
                          GHashTable    *attrs,
                          GStringChunk  *strings,
                          GVariant     **projections,
                          GError       **error)
{
  g_autoptr(GBytes) payload = NULL;
  g_autoptr(GVariant) value = NULL, list = NULL;
  GVariantIter iter;
  const char *key, *val;
  guint32 mark;

  if (!yt_basemap_is_compiled (bytes))
    return invalid (error, "not a compiled basemap");
  payload = g_bytes_new_from_bytes (bytes, MAGIC_LEN, g_bytes_get_size (bytes) - MAGIC_LEN);
  value = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (FORMAT), payload, FALSE));
  g_variant_get_child (value, 0, "u", &mark);
  if (mark != BYTE_ORDER_MARK)
    return invalid (error, "wrong byte order or damaged header");
  list = g_variant_get_child_value (value, 1);
  g_variant_iter_init (&iter, list);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &val))
    g_hash_table_insert (attrs, g_strdup (key), g_strdup (val));
  read_fixed (value, 3, d->level);
  read_lonlat (value, d);
  read_fixed (value, 5, d->arc_start);
  read_fixed (value, 6, d->arc_class);
  read_fixed (value, 7, d->ring_start);
  read_fixed (value, 8, d->ring_refs);
  read_fixed (value, 9, d->ring_region);
  if (!read_regions (value, d, strings))
    return invalid (error, "bad region");
  if (!yt_basemap_data_check (d, error))
    return FALSE;
  g_clear_pointer (&list, g_variant_unref);
  list = g_variant_get_child_value (value, 11);
  for (gsize i = 0; i < g_variant_n_children (list); i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (list, i);

      if (!projected_valid (entry, d))
        return invalid (error, "bad projected coordinates");
    }
  *projections = g_steal_pointer (&list);
  return TRUE;
}
