/* test-geo.c: projections against PROJ's CLI, basemap contents, LOD, renders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yuntu.h"
#include "yt-basemap-private.h"

static const char *const china_codes[] = {
  "CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX", "CN-GZ", "CN-HA",
  "CN-HB", "CN-HE", "CN-HI", "CN-HK", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX",
  "CN-LN", "CN-MO", "CN-NM", "CN-NX", "CN-QH", "CN-SC", "CN-SD", "CN-SH", "CN-SN",
  "CN-SX", "CN-TJ", "CN-TW", "CN-XJ", "CN-XZ", "CN-YN", "CN-ZJ",
};

static const struct { const char *name; double lon, lat; } places[] = {
  { "Beijing", 116.4074, 39.9042 }, { "Urumqi", 87.6168, 43.8256 },
  { "Sanya", 109.5119, 18.2528 }, { "Lisbon", -9.1393, 38.7223 },
  { "Cape Town", 18.4241, -33.9249 }, { "Anchorage (seam side)", -149.9, 61.2 },
};

static YtBasemap *
load_basemap (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("YUNTU_SOURCE_ROOT"), "data", "basemap", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = NULL;
  YtBasemap *basemap;

  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (file);
  basemap = yt_basemap_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  return basemap;
}

/* Runs `proj DEFINITION` on every place; returns "x y" lines. */
static char **
proj_cli (const char *definition)
{
  g_autoptr(GString) input = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autofree char *cmd = g_strdup_printf ("proj -f %%.6f %s", definition);

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    g_string_append_printf (input, "%.6f %.6f\n", places[i].lon, places[i].lat);
  g_assert_true (g_shell_parse_argv (cmd, NULL, &argv, NULL));
  proc = g_subprocess_newv ((const char * const *) argv,
                            G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (proc == NULL)
    return NULL;
  g_subprocess_communicate_utf8 (proc, input->str, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  return g_strsplit (out, "\n", -1);
}

static void
check_against_cli (YtProjection *proj)
{
  g_auto(GStrv) lines = proj_cli (yt_projection_get_definition (proj));

  if (lines == NULL)
    {
      g_test_skip ("proj (proj-bin) is not installed");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      double x, y, ex, ey, lon, lat;
      char *end;

      g_assert_true (yt_projection_forward (proj, places[i].lon, places[i].lat, &x, &y));
      ex = g_ascii_strtod (lines[i], &end);
      ey = g_ascii_strtod (end, NULL);
      g_test_message ("%s: %.6f %.6f (proj: %.6f %.6f)", places[i].name, x, y, ex, ey);
      g_assert_cmpfloat_with_epsilon (x, ex, 0.0005);   /* sub-millimetre */
      g_assert_cmpfloat_with_epsilon (y, ey, 0.0005);
      g_assert_true (yt_projection_inverse (proj, x, y, &lon, &lat));
      g_assert_cmpfloat_with_epsilon (lon, places[i].lon, 1e-9);
      g_assert_cmpfloat_with_epsilon (lat, places[i].lat, 1e-9);
    }
}

static void
test_projection_china (void)
{
  g_autoptr(YtProjection) proj = yt_projection_new_china ();
  double k, h;

  check_against_cli (proj);
  /* Equal-area: parallel scale times meridian scale is one; true on 25N. */
  g_assert_true (yt_projection_get_scale (proj, 110, 25, &k, &h));
  g_assert_cmpfloat_with_epsilon (k, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (k * h, 1.0, 1e-9);
}

static void
test_projection_world (void)
{
  g_autoptr(YtProjection) proj = yt_projection_new_world ();
  g_autoptr(GError) error = NULL;
  g_autoptr(YtProjection) bad = yt_projection_new ("+proj=nonsense", &error);
  double xy[4] = { 116.4, 39.9, 200.0, 10.0 };

  check_against_cli (proj);
  g_assert_null (bad);
  g_assert_error (error, YT_PROJECTION_ERROR, YT_PROJECTION_ERROR_INVALID);
  g_assert_cmpuint (yt_projection_forward_points (proj, xy, 2), ==, 0);
  g_assert_cmpfloat (xy[2], >, xy[0]);   /* 200E lies east of Beijing */
}

static void
test_basemap_china (void)
{
  g_autoptr(YtBasemap) china = load_basemap ("basemap-china.xml");
  guint provinces = 0;

  for (guint i = 0; i < yt_basemap_get_n_regions (china); i++)
    provinces += yt_basemap_get_region_kind (china, i) != YT_BASEMAP_ISLAND;
  g_assert_cmpuint (provinces, ==, G_N_ELEMENTS (china_codes));
  for (guint i = 0; i < G_N_ELEMENTS (china_codes); i++)
    g_assert_cmpint (yt_basemap_find_region (china, china_codes[i]), >=, 0);
  g_assert_cmpint (yt_basemap_get_region_kind (china, yt_basemap_find_region (china, "CN-HK")), ==, YT_BASEMAP_SAR);
  g_assert_cmpint (yt_basemap_get_region_kind (china, yt_basemap_find_region (china, "CN-MO")), ==, YT_BASEMAP_SAR);
  g_assert_cmpint (yt_basemap_find_region (china, "SCS-NS"), >=, 0);
  g_assert_true (yt_basemap_replaces (china, "CN"));
  g_assert_nonnull (strstr (yt_basemap_get_attribution (china), "DCW"));
}

static void
test_basemap_world (void)
{
  g_autoptr(YtBasemap) world = load_basemap ("basemap-world.xml");
  guint n = yt_basemap_get_n_regions (world);

  g_assert_cmpuint (n, >=, 240);
  for (guint i = 0; i < n; i++)
    {
      const char *code = yt_basemap_get_region_code (world, i);

      g_assert_cmpuint (strlen (code), ==, 2);
      g_assert_true (g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]));
    }
  g_assert_cmpint (yt_basemap_find_region (world, "TW"), >=, 0);
  g_assert_cmpint (yt_basemap_find_region (world, "CN"), >=, 0);
}

static void
test_basemap_lod (void)
{
  g_autoptr(YtBasemap) china = load_basemap ("basemap-china.xml");
  g_autoptr(YtBasemap) world = load_basemap ("basemap-world.xml");
  YtBasemap *maps[] = { china, world };

  for (guint m = 0; m < 2; m++)
    {
      gsize prev = G_MAXSIZE;

      for (double t = 0.001; t < 5; t *= 2)
        {
          gsize n = yt_basemap_count_vertices (maps[m], t);

          g_test_message ("%s: tolerance %.3f deg: %" G_GSIZE_FORMAT " vertices",
                          yt_basemap_get_name (maps[m]), t, n);
          g_assert_cmpuint (n, <=, prev);
          prev = n;
        }
      g_assert_cmpuint (prev * 2, <, yt_basemap_get_n_vertices (maps[m]));
    }
}

static void
test_basemap_hostile (void)
{
  const char *inputs[] = {
    "<!DOCTYPE basemap [<!ENTITY x \"y\">]><basemap xmlns=\"https://yuntu.github.io/ns/basemap/1\" base=\"1\"/>",
    "<basemap xmlns=\"https://yuntu.github.io/ns/basemap/1\" base=\"1\"><arc c=\"c\" s=\"zz\">1 2</arc></basemap>",
    "<basemap xmlns=\"https://yuntu.github.io/ns/basemap/1\" base=\"1\"><region code=\"X\" kind=\"country\"><ring arcs=\"7\"/></region></basemap>",
    "<basemap xmlns=\"urn:other\" base=\"1\"/>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (inputs[i], strlen (inputs[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(YtBasemap) b = yt_basemap_new_from_bytes (bytes, &error);

      g_assert_null (b);
      g_assert_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID);
    }
}

/* ---- The compiled basemaps the program carries ---- */

static YtBasemap *
load_compiled (const char *resource)
{
  g_autoptr(GError) error = NULL;
  YtBasemap *basemap = yt_basemap_new_from_resource (resource, &error);

  g_assert_no_error (error);
  return basemap;
}

static void
assert_same_outlines (YtBasemap *xml,
                      YtBasemap *compiled)
{
  const YtBasemapData *a = yt_basemap_get_data (xml), *b = yt_basemap_get_data (compiled);

  g_assert_cmpstr (yt_basemap_get_attribution (xml), ==, yt_basemap_get_attribution (compiled));
  g_assert_cmpfloat (yt_basemap_get_base_tolerance (xml), ==, yt_basemap_get_base_tolerance (compiled));
  g_assert_cmpuint (yt_basemap_get_n_regions (xml), ==, yt_basemap_get_n_regions (compiled));
  for (guint i = 0; i < yt_basemap_get_n_regions (xml); i++)
    {
      g_assert_cmpstr (yt_basemap_get_region_code (xml, i), ==, yt_basemap_get_region_code (compiled, i));
      g_assert_cmpstr (yt_basemap_get_region_name (xml, i), ==, yt_basemap_get_region_name (compiled, i));
      g_assert_cmpint (yt_basemap_get_region_kind (xml, i), ==, yt_basemap_get_region_kind (compiled, i));
    }
  /* Exactly the same numbers, not merely close: the integers stored are
   * the decimals of the XML (only -0 comes back as 0). */
  g_assert_cmpuint (a->lonlat->len, ==, b->lonlat->len);
  for (guint i = 0; i < a->lonlat->len; i++)
    g_assert_cmpfloat (g_array_index (a->lonlat, double, i), ==, g_array_index (b->lonlat, double, i));
  g_assert_cmpmem (a->level->data, a->level->len, b->level->data, b->level->len);
  g_assert_cmpmem (a->arc_start->data, a->arc_start->len * sizeof (guint), b->arc_start->data, b->arc_start->len * sizeof (guint));
  g_assert_cmpmem (a->ring_refs->data, a->ring_refs->len * sizeof (gint32), b->ring_refs->data, b->ring_refs->len * sizeof (gint32));
}

/* The stored projection is PROJ's to a decimetre, and it is what a view gets:
 * stored coordinates are whole decimetres, PROJ's almost never are. */
static void
assert_stored_projection (YtBasemap    *xml,
                          YtBasemap    *compiled,
                          YtProjection *projection)
{
  YtProjectedBasemap *fresh = yt_basemap_get_projected (xml, projection, NULL);
  YtProjectedBasemap *stored = yt_basemap_get_projected (compiled, projection, NULL);
  guint n = 2 * yt_basemap_get_n_vertices (xml);

  g_assert_nonnull (fresh);
  g_assert_nonnull (stored);
  for (guint i = 0; i < n; i++)
    {
      if (fresh->xy[i] == HUGE_VAL)
        {
          g_assert_cmpfloat (stored->xy[i], ==, HUGE_VAL);
          continue;
        }
      g_assert_cmpfloat_with_epsilon (stored->xy[i], fresh->xy[i], 0.051);
      g_assert_cmpfloat (nearbyint (stored->xy[i] * 10), ==, stored->xy[i] * 10);
    }
  for (guint r = 0; r < yt_basemap_get_n_regions (xml); r++)
    {
      double fx = 0, fy = 0, sx = 0, sy = 0;

      g_assert_cmpint (yt_projected_basemap_get_anchor (fresh, r, &fx, &fy), ==,
                       yt_projected_basemap_get_anchor (stored, r, &sx, &sy));
      g_assert_cmpfloat_with_epsilon (sx, fx, 1.0);
      g_assert_cmpfloat_with_epsilon (sy, fy, 1.0);
    }
}

static void
test_basemap_compiled (void)
{
  static const struct { const char *xml, *resource; } maps[] = {
    { "basemap-china.xml", YT_BASEMAP_RESOURCE_CHINA },
    { "basemap-world.xml", YT_BASEMAP_RESOURCE_WORLD },
  };
  g_autoptr(YtProjection) china = yt_projection_new_china ();
  g_autoptr(YtProjection) world = yt_projection_new_world ();

  for (guint m = 0; m < G_N_ELEMENTS (maps); m++)
    {
      g_autoptr(YtBasemap) xml = load_basemap (maps[m].xml);
      g_autoptr(YtBasemap) compiled = load_compiled (maps[m].resource);

      assert_same_outlines (xml, compiled);
      assert_stored_projection (xml, compiled, china);
      assert_stored_projection (xml, compiled, world);
    }
}

/* Damaged compiled bytes give an error or a usable basemap, never a crash
 * (the sanitizer suite runs this too). */
static void
test_basemap_compiled_damaged (void)
{
  g_autoptr(GBytes) good = g_resources_lookup_data (YT_BASEMAP_RESOURCE_CHINA, 0, NULL);
  g_autoptr(YtProjection) china = yt_projection_new_china ();
  gsize size = g_bytes_get_size (good);
  const guint8 *data = g_bytes_get_data (good, NULL);
  GRand *rand = g_rand_new_with_seed (7);
  gsize cuts[] = { 0, 7, 8, 9, 64, size / 3, size / 2, size - 1 };
  guint loaded = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cuts) + 300; i++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, size);
      gsize length = i < G_N_ELEMENTS (cuts) ? cuts[i] : size;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(YtBasemap) basemap = NULL;

      /* Past the magic, so that the compiled reader is what is tried. */
      for (int k = 0; i >= G_N_ELEMENTS (cuts) && k < 4; k++)
        copy[8 + g_rand_int_range (rand, 0, (gint32) (size - 8))] ^= 1u << g_rand_int_range (rand, 0, 8);
      bytes = g_bytes_new (copy, length);
      basemap = yt_basemap_new_from_bytes (bytes, &error);
      if (basemap == NULL)
        {
          g_assert_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID);
          continue;
        }
      loaded++;
      yt_basemap_get_projected (basemap, china, NULL);
    }
  g_test_message ("%u of %" G_GSIZE_FORMAT " damaged copies still loaded", loaded, G_N_ELEMENTS (cuts) + 300);
  g_rand_free (rand);
}

static YtViewport *
standard_view (YtMapKind kind,
               double    width,
               double    height)
{
  g_autoptr(YtProjection) proj = kind == YT_MAP_KIND_CHINA ? yt_projection_new_china () : yt_projection_new_world ();
  YtViewport *vp = yt_viewport_new (proj);

  yt_viewport_set_frame (vp, 0, 0, width, height);
  if (kind == YT_MAP_KIND_CHINA)
    g_assert_true (yt_viewport_fit_geographic (vp, YT_VIEW_CHINA_EXTENT, 8));
  else
    g_assert_true (yt_viewport_fit_geographic (vp, YT_VIEW_WORLD_EXTENT, 8));
  return vp;
}

static void
assert_pixel (cairo_surface_t *surface,
              YtViewport      *vp,
              double           lon,
              double           lat,
              const double     rgb[3])
{
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  double x, y;
  guint32 px;

  g_assert_true (yt_viewport_lonlat_to_device (vp, lon, lat, &x, &y));
  g_assert_true (x >= 0 && x < cairo_image_surface_get_width (surface));
  g_assert_true (y >= 0 && y < cairo_image_surface_get_height (surface));
  px = data[(int) y * stride + (int) x];
  g_test_message ("%.2f,%.2f -> %.0f,%.0f = %06x", lon, lat, x, y, px & 0xffffff);
  g_assert_cmpint (abs ((int) ((px >> 16) & 0xff) - (int) round (rgb[0] * 255)), <=, 2);
  g_assert_cmpint (abs ((int) ((px >> 8) & 0xff) - (int) round (rgb[1] * 255)), <=, 2);
  g_assert_cmpint (abs ((int) (px & 0xff) - (int) round (rgb[2] * 255)), <=, 2);
}

static cairo_surface_t *
render (YtRegionLayer *layer,
        YtViewport    *vp,
        YtMapKind      kind,
        int            w,
        int            h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GError) error = NULL;

  g_assert_true (yt_region_layer_draw (layer, cr, vp, kind, &error));
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_render (gconstpointer data)
{
  YtMapKind kind = GPOINTER_TO_INT (data);
  g_autoptr(YtBasemap) china = load_basemap ("basemap-china.xml");
  g_autoptr(YtBasemap) world = load_basemap ("basemap-world.xml");
  g_autoptr(YtRegionLayer) layer = yt_region_layer_new (world, china);
  g_autoptr(YtViewport) vp = standard_view (kind, 960, 640);
  g_autofree char *png = g_strdup_printf ("%s/geo-%s.png", g_getenv ("G_TEST_BUILDDIR"),
                                          yt_map_kind_to_string (kind));
  cairo_surface_t *surface;
  double land[3], sea[3], neighbour[3];

  yt_region_layer_get_color (layer, YT_REGION_COLOR_LAND, land);
  yt_region_layer_get_color (layer, YT_REGION_COLOR_SEA, sea);
  yt_region_layer_get_color (layer, YT_REGION_COLOR_NEIGHBOUR, neighbour);
  yt_region_layer_set_graticule (layer, TRUE);
  if (kind == YT_MAP_KIND_CHINA)
    {
      g_autoptr(YtViewport) inset = yt_viewport_new_scs_inset (vp, NULL);
      YtExtent f;

      yt_viewport_get_frame (inset, &f);
      yt_region_layer_set_inset (layer, &f);
    }
  surface = render (layer, vp, kind, 960, 640);
  if (kind == YT_MAP_KIND_CHINA)
    {
      cairo_t *cr = cairo_create (surface);

      g_assert_true (yt_region_layer_draw_inset (layer, cr, vp, NULL));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
    }
  g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  assert_pixel (surface, vp, 116.2, 40.3, land);          /* Beijing */
  assert_pixel (surface, vp, 100.0, 35.0, land);          /* Qinghai */
  assert_pixel (surface, vp, 123.5, 33.0, sea);           /* Yellow Sea */
  if (kind == YT_MAP_KIND_CHINA)
    {
      g_autoptr(YtViewport) inset = yt_viewport_new_scs_inset (vp, NULL);

      assert_pixel (surface, vp, 103.0, 46.5, neighbour);   /* Mongolia */
      assert_pixel (surface, inset, 113.0, 14.0, sea);      /* SCS, in the inset */
      assert_pixel (surface, inset, 109.7, 19.2, land);     /* Hainan, in the inset */
    }
  else
    {
      assert_pixel (surface, vp, 135.0, 20.5, sea);       /* Pacific */
      assert_pixel (surface, vp, -35.0, 25.5, sea);       /* Atlantic */
      assert_pixel (surface, vp, 21.5, 5.5, land);        /* Africa */
    }
  cairo_surface_destroy (surface);
}

static void
test_viewport (void)
{
  g_autoptr(YtViewport) vp = standard_view (YT_MAP_KIND_CHINA, 1920, 1080);
  g_autoptr(YtViewport) inset = yt_viewport_new_scs_inset (vp, NULL);
  double mpp = yt_viewport_get_ground_metres_per_pixel (vp);
  double x, y, mx, my, s = yt_viewport_get_scale (vp);
  YtExtent f;

  g_test_message ("China view: %.0f m per pixel at the centre", mpp);
  g_assert_cmpfloat (mpp, >, 1000);
  g_assert_cmpfloat (mpp, <, 10000);
  yt_viewport_to_device (vp, 1e6, 2e6, &x, &y);
  yt_viewport_to_map (vp, x, y, &mx, &my);
  g_assert_cmpfloat_with_epsilon (mx, 1e6, 1e-6);
  g_assert_cmpfloat_with_epsilon (my, 2e6, 1e-6);
  yt_viewport_zoom_at (vp, 1000, 10, 10);
  g_assert_cmpfloat (yt_viewport_get_scale (vp), ==, s / 64);   /* clamped */
  yt_viewport_get_frame (inset, &f);
  g_assert_cmpfloat (f.x0, >, 1920 / 2);
  g_assert_cmpfloat (f.y0, >, 1080 / 2);
  g_assert_true (yt_viewport_lonlat_to_device (inset, 114.3, 10.4, &x, &y));   /* Nansha */
  g_assert_true (x > f.x0 && x < f.x1 && y > f.y0 && y < f.y1);
}

static double
min_time (void (*fn) (gpointer), gpointer data)
{
  double best = HUGE_VAL;

  fn (data);   /* warm-up, discarded */
  for (int i = 0; i < 7; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      fn (data);
      best = MIN (best, (g_get_monotonic_time () - t0) / 1000.0);
    }
  return best;
}

static void
load_and_project (gpointer data)
{
  g_autoptr(YtBasemap) b = load_basemap (data);
  g_autoptr(YtProjection) proj = yt_projection_new_china ();

  g_assert_nonnull (yt_basemap_get_projected (b, proj, NULL));
}

typedef struct { YtRegionLayer *layer; YtViewport *vp; cairo_t *cr; } DrawJob;

static void
draw_job (gpointer data)
{
  DrawJob *job = data;

  g_assert_true (yt_region_layer_draw (job->layer, job->cr, job->vp, YT_MAP_KIND_CHINA, NULL));
}

static void
test_timing (void)
{
  g_autoptr(YtBasemap) china = load_basemap ("basemap-china.xml");
  g_autoptr(YtBasemap) world = load_basemap ("basemap-world.xml");
  g_autoptr(YtRegionLayer) layer = yt_region_layer_new (world, china);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  DrawJob job = { layer, standard_view (YT_MAP_KIND_CHINA, 1920, 1080), cairo_create (surface) };

  g_test_message ("load+project china: %.1f ms", min_time (load_and_project, "basemap-china.xml"));
  g_test_message ("load+project world: %.1f ms", min_time (load_and_project, "basemap-world.xml"));
  g_test_message ("draw China view 1920x1080: %.1f ms", min_time (draw_job, &job));
  cairo_destroy (job.cr);
  cairo_surface_destroy (surface);
  g_object_unref (job.vp);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/geo/projection/china", test_projection_china);
  g_test_add_func ("/geo/projection/world", test_projection_world);
  g_test_add_func ("/geo/basemap/china", test_basemap_china);
  g_test_add_func ("/geo/basemap/world", test_basemap_world);
  g_test_add_func ("/geo/basemap/lod", test_basemap_lod);
  g_test_add_func ("/geo/basemap/hostile", test_basemap_hostile);
  g_test_add_func ("/geo/basemap/compiled", test_basemap_compiled);
  g_test_add_func ("/geo/basemap/compiled-damaged", test_basemap_compiled_damaged);
  g_test_add_func ("/geo/viewport", test_viewport);
  g_test_add_data_func ("/geo/render/china", GINT_TO_POINTER (YT_MAP_KIND_CHINA), test_render);
  g_test_add_data_func ("/geo/render/world", GINT_TO_POINTER (YT_MAP_KIND_WORLD), test_render);
  g_test_add_func ("/geo/timing", test_timing);
  return g_test_run ();
}
