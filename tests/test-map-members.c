/* test-map-members.c: the Belt and Road view's members and corridors through sites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/fixtures/atlas/memberships.xml: Italy a member from 2019 to 2023,
 * France never; a maritime corridor through the sites at Gwadar and Piraeus.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include <yuntu/yuntu.h>

/* Private to the renderer (yt-map-basemaps.c): the world outlines it draws. */
YtBasemap *yt_map_basemap_world (GError **error);

#define WIDTH  1600
#define HEIGHT 1000

static YtAtlas *atlas;

static YtMapRenderer *
world_renderer (YtLang lang,
                int    year)
{
  YtMapRenderer *renderer = yt_map_renderer_new (YT_MAP_KIND_WORLD);

  yt_map_renderer_set_language (renderer, lang);
  yt_map_renderer_set_atlas (renderer, atlas);
  yt_map_renderer_set_choropleth (renderer, YT_MAP_CHOROPLETH_SITES);
  yt_map_renderer_set_as_of_year (renderer, year);
  return renderer;
}

static cairo_surface_t *
render (YtMapRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  yt_map_renderer_render (renderer, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The device point of a country's label anchor on the last render. */
static void
anchor_of (YtMapRenderer *renderer,
           const char    *code,
           double        *x,
           double        *y)
{
  YtBasemap *world = yt_map_basemap_world (NULL);
  YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
  YtProjectedBasemap *projected;
  int index;
  double mx, my;

  g_assert_nonnull (world);
  index = yt_basemap_find_region (world, code);
  g_assert_cmpint (index, >=, 0);
  projected = yt_basemap_get_projected (world, yt_viewport_get_projection (viewport), NULL);
  g_assert_nonnull (projected);
  g_assert_true (yt_projected_basemap_get_anchor (projected, index, &mx, &my));
  yt_viewport_to_device (viewport, mx, my, x, y);
}

typedef gboolean (*PixelTest) (int r, int g, int b);

/* The corridor colour of the light style, give or take antialiasing. */
static gboolean
corridor_brown (int r, int g, int b)
{
  return ABS (r - 140) < 20 && ABS (g - 69) < 20 && ABS (b - 18) < 20;
}

static guint
count_near (cairo_surface_t *surface,
            double           cx,
            double           cy,
            int              radius,
            PixelTest        test)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = (int) cy - radius; y <= (int) cy + radius; y++)
    for (int x = (int) cx - radius; x <= (int) cx + radius; x++)
      {
        guint32 p;

        if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT)
          continue;
        p = ((const guint32 *) (data + (gsize) y * stride))[x];
        n += test (p >> 16 & 0xff, p >> 8 & 0xff, p & 0xff);
      }
  return n;
}

/* Pixels around (cx, cy) that are redder in @a than in @b: the hatching
 * over whatever shade the choropleth gives. */
static guint
count_redder (cairo_surface_t *a,
              cairo_surface_t *b,
              double           cx,
              double           cy,
              int              radius)
{
  const guchar *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  guint n = 0;

  for (int y = MAX ((int) cy - radius, 0); y <= MIN ((int) cy + radius, HEIGHT - 1); y++)
    for (int x = MAX ((int) cx - radius, 0); x <= MIN ((int) cx + radius, WIDTH - 1); x++)
      {
        guint32 p = ((const guint32 *) (pa + (gsize) y * stride))[x];
        guint32 q = ((const guint32 *) (pb + (gsize) y * stride))[x];
        int dr = (int) (p >> 16 & 0xff) - (int) (q >> 16 & 0xff);
        int dg = (int) (p >> 8 & 0xff) - (int) (q >> 8 & 0xff);

        n += dr - dg > 40;
      }
  return n;
}

/* Italy is shaded as a member in 2020 and plain in 2024, after it left;
 * France, never a member, is plain in both. */
static void
test_member_shading (void)
{
  g_autoptr(YtMapRenderer) in_2020 = world_renderer (YT_LANG_EN, 2020);
  g_autoptr(YtMapRenderer) in_2024 = world_renderer (YT_LANG_EN, 2024);
  cairo_surface_t *a = render (in_2020), *b = render (in_2024);
  double ix, iy, fx, fy;
  guint italy, italy_back, france;

  anchor_of (in_2020, "IT", &ix, &iy);
  anchor_of (in_2020, "FR", &fx, &fy);
  italy = count_redder (a, b, ix, iy, 12);
  italy_back = count_redder (b, a, ix, iy, 12);
  france = count_redder (a, b, fx, fy, 12) + count_redder (b, a, fx, fy, 12);
  g_test_message ("Italy at (%.0f, %.0f): %u pixels redder in 2020, %u in 2024; France %u",
                  ix, iy, italy, italy_back, france);
  g_assert_cmpuint (italy, >, 40);
  g_assert_cmpuint (italy_back, ==, 0);
  g_assert_cmpuint (france, ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* Memberships are a world-view layer: the China view is the same in any year. */
static void
test_china_view_unchanged (void)
{
  g_autoptr(YtMapRenderer) early = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  g_autoptr(YtMapRenderer) late = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  cairo_surface_t *a, *b;

  yt_map_renderer_set_atlas (early, atlas);
  yt_map_renderer_set_atlas (late, atlas);
  yt_map_renderer_set_as_of_year (early, 2014);
  yt_map_renderer_set_as_of_year (late, 2024);
  a = render (early);
  b = render (late);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                           (gsize) cairo_image_surface_get_stride (a) * HEIGHT), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
assert_pdf_text (YtMapRenderer      *renderer,
                 const char * const *parts)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-members-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "world.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  int status;

  g_assert_true (yt_map_export_to_file (renderer, path, YT_EXPORT_FORMAT_PDF, WIDTH, HEIGHT, NULL));
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &text, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    g_test_skip ("needs pdftotext");
  else
    for (guint i = 0; parts[i] != NULL; i++)
      {
        g_test_message ("%s", parts[i]);
        g_assert_nonnull (strstr (text, parts[i]));
      }
  g_remove (path);
  g_rmdir (dir);
}

/* The legend says what the hatching means, for the year shown, in the map's language. */
static void
test_legend (void)
{
  g_autoptr(YtMapRenderer) en = world_renderer (YT_LANG_EN, 2020);
  g_autoptr(YtMapRenderer) zh = world_renderer (YT_LANG_ZH, 2015);
  const char * const en_parts[] = { "Belt and Road member in 2020", "Not a member", NULL };
  const char * const zh_parts[] = { "2015年“一带一路”合作国家", "非合作国家", NULL };

  assert_pdf_text (en, en_parts);
  if (yt_catalog_has_translations ())
    assert_pdf_text (zh, zh_parts);
}

/* The corridor's line passes through the sites its <via> names. */
static void
test_corridor_through_sites (void)
{
  g_autoptr(YtMapRenderer) renderer = world_renderer (YT_LANG_EN, 2024);
  const guint no_sites = 0;
  cairo_surface_t *surface;
  double x, y;

  /* Without markers over them, the line shows at the sites' own points. */
  yt_map_renderer_set_sites (renderer, &no_sites, 0);
  surface = render (renderer);
  g_assert_true (yt_viewport_lonlat_to_device (yt_map_renderer_get_viewport (renderer), 23.64, 37.94, &x, &y));
  g_test_message ("Piraeus at (%.0f, %.0f): %u corridor pixels", x, y, count_near (surface, x, y, 3, corridor_brown));
  g_assert_cmpuint (count_near (surface, x, y, 3, corridor_brown), >, 4);
  g_assert_true (yt_viewport_lonlat_to_device (yt_map_renderer_get_viewport (renderer), 62.33, 25.12, &x, &y));
  g_assert_cmpuint (count_near (surface, x, y, 3, corridor_brown), >, 4);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_autoptr(YtAtlasLoader) loader = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "memberships.xml", NULL);
  loader = yt_atlas_loader_new ();
  yt_atlas_loader_add_file (loader, path);
  atlas = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert_nonnull (atlas);

  g_test_add_func ("/map-members/shading", test_member_shading);
  g_test_add_func ("/map-members/china-view-unchanged", test_china_view_unchanged);
  g_test_add_func ("/map-members/legend", test_legend);
  g_test_add_func ("/map-members/corridor-through-sites", test_corridor_through_sites);
  status = g_test_run ();
  g_object_unref (atlas);
  return status;
}
