/* test-map.c: the map renderer: labels never collide, clusters count every
 * drawn site, frames match their reference images
 *
 * Reference images are compared with a tolerance (a pixel differs when a
 * channel is off by more than 48; at most 0.5 % may differ) and a difference
 * image is written into the build directory on failure. After changing the
 * drawing, LOOK at the new images, then set YUNTU_UPDATE_REFERENCES=1 to
 * write them as references.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-image.h"
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <yuntu/yuntu.h>

#define CHANNEL_TOLERANCE 48
#define MAX_BAD_FRACTION  0.005

double yt_map_scalebar_round_length (double metres);   /* private, yt-map-scalebar.c */
guint yt_map_corridors_kinds (YtMapRenderer *self);    /* private, yt-map-corridors.c */

static YtAtlas *
bundled_atlas (void)
{
  static YtAtlas *atlas;

  if (atlas == NULL)
    {
      g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();

      yt_atlas_loader_add_bundled (loader);
      atlas = yt_atlas_loader_finish (loader, NULL, NULL);
      g_assert_nonnull (atlas);
    }
  return atlas;
}

static YtMapRenderer *
renderer_new (YtMapKind kind,
              YtLang    lang)
{
  YtMapRenderer *renderer = yt_map_renderer_new (kind);

  yt_map_renderer_set_language (renderer, lang);
  yt_map_renderer_set_atlas (renderer, bundled_atlas ());
  return renderer;
}

static cairo_surface_t *
render (YtMapRenderer *renderer,
        int            width,
        int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  yt_map_renderer_render (renderer, cr, width, height);
  cairo_destroy (cr);
  return surface;
}

/* ---- Labels ---- */

static void
assert_disjoint (YtMapRenderer *renderer,
                 const char    *what)
{
  guint n = yt_map_renderer_get_n_labels (renderer);
  guint n_markers = yt_map_renderer_get_n_marker_boxes (renderer);

  g_test_message ("%s: %u labels, %u markers", what, n, n_markers);
  g_assert_cmpuint (n, >, 10);
  for (guint i = 0; i < n; i++)
    {
      const char *a_text, *b_text;
      const YtBox *a = yt_map_renderer_get_label_box (renderer, i, &a_text);

      for (guint j = i + 1; j < n; j++)
        {
          const YtBox *b = yt_map_renderer_get_label_box (renderer, j, &b_text);

          if (yt_box_intersects (a, b))
            g_error ("%s: labels “%s” and “%s” overlap", what, a_text, b_text);
        }
      for (guint m = 0; m < n_markers; m++)
        if (yt_box_intersects (a, yt_map_renderer_get_marker_box (renderer, m)))
          g_error ("%s: label “%s” covers marker %u", what, a_text, m);
    }
}

static void
test_labels_disjoint (void)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 1280, 800 }, { 800, 600 } };

  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    for (YtLang lang = YT_LANG_EN; lang <= YT_LANG_ZH; lang++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(YtMapRenderer) renderer = renderer_new (kind, lang);
          g_autofree char *what = g_strdup_printf ("%s/%s/%dx%d", yt_map_kind_to_string (kind),
                                                   yt_lang_to_xml_lang (lang), sizes[s][0], sizes[s][1]);

          yt_map_renderer_set_choropleth (renderer, s == 1 ? YT_MAP_CHOROPLETH_SITES : YT_MAP_CHOROPLETH_NONE);
          cairo_surface_destroy (render (renderer, sizes[s][0], sizes[s][1]));
          assert_disjoint (renderer, what);
        }
}

/* Chinese maps name regions from the atlas only: no DCW English on them. */
static void
test_labels_language (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_WORLD, YT_LANG_ZH);
  gboolean found_china = FALSE;

  cairo_surface_destroy (render (renderer, 1920, 1080));
  for (guint i = 0; i < yt_map_renderer_get_n_labels (renderer); i++)
    {
      const char *text;

      yt_map_renderer_get_label_box (renderer, i, &text);
      g_test_message ("label: %s", text);
      found_china |= g_strcmp0 (text, "中国") == 0;
      g_assert_false (g_str_equal (text, "KAZAKHSTAN") || g_str_equal (text, "Mongolia"));
    }
  g_assert_true (found_china);
}

static gboolean has_label (YtMapRenderer *renderer,
                           const char    *text);
static void remove_export (const char *path);

/* ---- Province labels ---- */

/* The short names Chinese maps print for the 34 province-level divisions. */
static const char *const zh_province_names[] = {
  "安徽", "北京", "重庆", "福建", "广东", "甘肃", "广西", "贵州", "河南", "湖北", "河北", "海南",
  "香港", "黑龙江", "湖南", "吉林", "江苏", "江西", "辽宁", "澳门", "内蒙古", "宁夏", "青海", "四川",
  "山东", "上海", "陕西", "山西", "天津", "台湾", "新疆", "西藏", "云南", "浙江", NULL,
};

/* Which of the 34 divisions the last frame names; the names it misses in @missing. */
static guint
count_province_labels (YtMapRenderer *renderer,
                       YtLang         lang,
                       GString       *missing)
{
  YtAtlas *atlas = bundled_atlas ();
  guint n = 0;

  for (guint i = 0; i < 34; i++)
    {
      const char *name = zh_province_names[i];
      gboolean found = FALSE;

      if (lang == YT_LANG_EN)
        {
          g_autofree char *code = NULL;
          static const char *const codes[] = {
            "AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE", "HI", "HK", "HL", "HN", "JL", "JS",
            "JX", "LN", "MO", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ", "TW", "XJ", "XZ", "YN", "ZJ",
          };

          code = g_strconcat ("CN-", codes[i], NULL);
          name = yt_atlas_get_name (atlas, yt_atlas_lookup (atlas, code), YT_LANG_EN, NULL);
        }
      found = has_label (renderer, name);
      n += found;
      if (!found)
        g_string_append_printf (missing, " %s", name);
    }
  return n;
}

/* Every province-level division is named wherever its outline has room,
 * Chinese maps by their short names; a frame the size of the report's map
 * names at least 30. Guizhou, narrow and under its own cluster, is named,
 * and so is the capital from 1000 × 1000 up. In a square frame the markers
 * crowding north China leave room for Beijing's name or Hebei's, not both. */
static void
test_province_labels (void)
{
  static const struct { int w, h; guint at_least; } cases[] = {
    { 1600, 1000, 34 }, { 1920, 1080, 34 }, { 3840, 2160, 34 }, { 1000, 1000, 33 },
    { 673, 707, 22 }, { 697, 732, 22 }, { 800, 500, 20 },
  };

  for (YtLang lang = YT_LANG_EN; lang <= YT_LANG_ZH; lang++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      for (int shaded = 0; shaded <= 1; shaded++)
        {
          g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, lang);
          g_autoptr(GString) missing = g_string_new (NULL);
          g_autofree char *what = g_strdup_printf ("china/%s/%dx%d%s", yt_lang_to_xml_lang (lang),
                                                   cases[i].w, cases[i].h, shaded ? "/shaded" : "");
          guint n;

          yt_map_renderer_set_choropleth (renderer, shaded ? YT_MAP_CHOROPLETH_SITES : YT_MAP_CHOROPLETH_NONE);
          cairo_surface_destroy (render (renderer, cases[i].w, cases[i].h));
          n = count_province_labels (renderer, lang, missing);
          g_test_message ("%s: %u of 34 provinces named; missing:%s", what, n, missing->str);
          g_assert_cmpuint (n, >=, cases[i].at_least);
          g_assert_true (has_label (renderer, lang == YT_LANG_ZH ? "贵州" : "Guizhou"));
          if (cases[i].w >= 1000)
            g_assert_true (has_label (renderer, lang == YT_LANG_ZH ? "北京" : "Beijing"));
          assert_disjoint (renderer, what);
        }
}

/* ---- The South China Sea inset ---- */

/* Frame sizes a map is seen at: exports of several shapes, and the report's
 * map frames (A4 and Letter, in the renderer's pixels). */
static const int frame_sizes[][2] = {
  { 800, 500 }, { 1600, 1000 }, { 1000, 1000 }, { 3840, 2160 }, { 1280, 720 },
  { 673, 707 }, { 697, 732 }, { 673, 505 }, { 697, 523 },
};

/* The attribution line does not run into the inset's title. */
static void
assert_clear_of_attribution (YtMapRenderer *renderer,
                             const YtBox   *inset)
{
  YtBox attribution;

  g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_ATTRIBUTION, &attribution));
  g_assert_false (yt_box_intersects (inset, &attribution));
}

/* The main map's own China outlines alone, as the frame draws them: land
 * on sea, no inset. */
static cairo_surface_t *
draw_china_outlines (YtViewport *viewport,
                     int         width,
                     int         height,
                     double      sea[3])
{
  g_autoptr(YtBasemap) china = yt_basemap_new_from_resource (YT_BASEMAP_RESOURCE_CHINA, NULL);
  g_autoptr(YtRegionLayer) layer = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  g_assert_nonnull (china);
  layer = yt_region_layer_new (china, NULL);
  yt_region_layer_get_color (layer, YT_REGION_COLOR_SEA, sea);
  g_assert_true (yt_region_layer_draw (layer, cr, viewport, YT_MAP_KIND_CHINA, NULL));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels of the box that are not plain sea. */
static guint
count_land (cairo_surface_t *surface,
            const YtBox     *box,
            const double     sea[3])
{
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  for (int y = MAX (0, (int) floor (box->y)); y < MIN (cairo_image_surface_get_height (surface), (int) ceil (box->y + box->height)); y++)
    for (int x = MAX (0, (int) floor (box->x)); x < MIN (cairo_image_surface_get_width (surface), (int) ceil (box->x + box->width)); x++)
      {
        guint32 p = ((const guint32 *) (data + (gsize) y * stride))[x];

        n += ABS ((int) (p >> 16 & 0xff) - (int) round (sea[0] * 255)) > 2 ||
             ABS ((int) (p >> 8 & 0xff) - (int) round (sea[1] * 255)) > 2 ||
             ABS ((int) (p & 0xff) - (int) round (sea[2] * 255)) > 2;
      }
  return n;
}

/* At every size the inset hides no part of a province, SAR or island of
 * the main map and no site, and it has a title. */
static void
test_inset_clear (void)
{
  YtAtlas *atlas = bundled_atlas ();

  for (guint s = 0; s < G_N_ELEMENTS (frame_sizes); s++)
    {
      int w = frame_sizes[s][0], h = frame_sizes[s][1];
      g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_ZH);
      YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
      cairo_surface_t *outlines;
      double sea[3];
      YtBox inset;
      guint land;

      cairo_surface_destroy (render (renderer, w, h));
      g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_INSET, &inset));
      g_assert_cmpfloat (inset.height, >=, 0.18 * h);
      assert_clear_of_attribution (renderer, &inset);
      outlines = draw_china_outlines (viewport, w, h, sea);
      land = count_land (outlines, &inset, sea);
      g_test_message ("%dx%d: inset %.0f,%.0f %.0fx%.0f over %u pixels of China", w, h,
                      inset.x, inset.y, inset.width, inset.height, land);
      g_assert_cmpuint (land, ==, 0);
      cairo_surface_destroy (outlines);
      for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); i++)
        {
          const YtSite *site = yt_atlas_get_site (atlas, i);
          double x, y;

          if (site->precision != YT_PRECISION_NONE &&
              yt_viewport_lonlat_to_device (viewport, site->lon, site->lat, &x, &y) &&
              x > inset.x - 6 && x < inset.x + inset.width + 6 && y > inset.y - 6 && y < inset.y + inset.height + 6)
            g_error ("%dx%d: the inset hides %s", w, h, yt_atlas_get_id (atlas, YT_REF (YT_RECORD_SITE, i)));
        }
    }
  /* The narrow map beside a folded window's panel, where the line is
   * nearly as wide as the frame. */
  {
    g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
    YtBox inset;

    cairo_surface_destroy (render (renderer, 530, 570));
    g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_INSET, &inset));
    assert_clear_of_attribution (renderer, &inset);
  }
}

/* ---- Legend ---- */

/* The legend covers neither the inset nor the scale bar, on both views at
 * every frame size, and no marker from 1600 pixels wide up; in a smaller
 * frame crowded with the bundled data's markers it may have to cover a few. */
static void
test_legend_clear (void)
{
  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    for (guint s = 0; s < G_N_ELEMENTS (frame_sizes); s++)
      for (int shaded = 0; shaded <= 1; shaded++)
        {
          g_autoptr(YtMapRenderer) renderer = renderer_new (kind, shaded ? YT_LANG_ZH : YT_LANG_EN);
          int w = frame_sizes[s][0], h = frame_sizes[s][1];
          YtBox legend, other;

          yt_map_renderer_set_choropleth (renderer, shaded ? YT_MAP_CHOROPLETH_SITES : YT_MAP_CHOROPLETH_NONE);
          cairo_surface_destroy (render (renderer, w, h));
          g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &legend));
          g_test_message ("%s %dx%d: legend %.0f,%.0f %.0fx%.0f", yt_map_kind_to_string (kind), w, h,
                          legend.x, legend.y, legend.width, legend.height);
          g_assert_true (legend.x >= 0 && legend.y >= 0 && legend.x + legend.width <= w && legend.y + legend.height <= h);
          {
            guint covered = 0;

            for (guint m = 0; m < yt_map_renderer_get_n_marker_boxes (renderer); m++)
              covered += yt_box_intersects (&legend, yt_map_renderer_get_marker_box (renderer, m));
            g_test_message ("  covers %u markers", covered);
            g_assert_cmpuint (covered, <=, w >= 1600 ? 0 : 8);
          }
          for (YtMapFurnitureKind f = YT_MAP_FURNITURE_SCALE_BAR; f <= YT_MAP_FURNITURE_INSET; f++)
            if (yt_map_renderer_get_furniture_box (renderer, f, &other))
              g_assert_false (yt_box_intersects (&legend, &other));
        }
}

static gboolean
covers_marker (YtMapRenderer *renderer,
               const YtBox   *box)
{
  YtBox wide = { box->x - 3, box->y - 3, box->width + 6, box->height + 6 };

  for (guint m = 0; m < yt_map_renderer_get_n_marker_boxes (renderer); m++)
    if (yt_box_intersects (&wide, yt_map_renderer_get_marker_box (renderer, m)))
      return TRUE;
  return FALSE;
}

static gboolean
same_box (const YtBox *a,
          const YtBox *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/* A reader panning the map keeps the legend in view: it leaves its place
 * only when a marker comes under it, although a renderer that starts
 * afresh at the same view would often put it somewhere else. */
static void
test_legend_stays (void)
{
  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    {
      g_autoptr(YtMapRenderer) renderer = renderer_new (kind, YT_LANG_EN);
      YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
      guint fresh_moves = 0, moves = 0;
      double cx, cy, scale;
      YtBox before;

      cairo_surface_destroy (render (renderer, 1200, 800));
      yt_viewport_get_center (viewport, &cx, &cy);
      scale = yt_viewport_get_scale (viewport);
      g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &before));
      for (int step = 1; step <= 24; step++)
        {
          g_autoptr(YtMapRenderer) fresh = renderer_new (kind, YT_LANG_EN);
          double x = cx + scale * 25 * step, y = cy + scale * 9 * step;
          YtBox after, other;

          yt_map_renderer_set_view (renderer, 1200, 800, x, y, scale);
          cairo_surface_destroy (render (renderer, 1200, 800));
          g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &after));
          if (!same_box (&before, &after))
            {
              gboolean blocked = covers_marker (renderer, &before);

              for (YtMapFurnitureKind f = YT_MAP_FURNITURE_SCALE_BAR; f <= YT_MAP_FURNITURE_INSET; f++)
                blocked |= yt_map_renderer_get_furniture_box (renderer, f, &other) && yt_box_intersects (&before, &other);
              if (!blocked && before.width == after.width && before.height == after.height)
                g_error ("%s step %d: the legend left a free place", yt_map_kind_to_string (kind), step);
              moves++;
            }
          yt_map_renderer_set_view (fresh, 1200, 800, x, y, scale);
          cairo_surface_destroy (render (fresh, 1200, 800));
          g_assert_true (yt_map_renderer_get_furniture_box (fresh, YT_MAP_FURNITURE_LEGEND, &other));
          fresh_moves += !same_box (&before, &other);
          before = after;
        }
      g_test_message ("%s: the legend moved %u times in 24 pans; placed afresh, %u", yt_map_kind_to_string (kind),
                      moves, fresh_moves);
      g_assert_cmpuint (moves, <=, fresh_moves);
    }
}

/* Two operators outside the fixed palette that share a colour, one site each. */
static YtAtlas *
shared_colour_atlas (char **first,
                     char **second)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  YtAtlas *atlas;

  *first = g_strdup ("test-operator-0");
  for (guint i = 1; *second == NULL; i++)
    {
      g_autofree char *id = g_strdup_printf ("test-operator-%u", i);

      if (g_str_hash (id) % 2 == g_str_hash (*first) % 2)
        *second = g_steal_pointer (&id);
    }
  g_string_append_printf (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\"><companies>"
    "<company id=\"%s\" kind=\"cloud\" sources=\"S01\"><name xml:lang=\"en\">First Test Cloud</name>"
    "<name xml:lang=\"zh\">测试云一</name></company>"
    "<company id=\"%s\" kind=\"cloud\" sources=\"S01\"><name xml:lang=\"en\">Second Test Cloud</name>"
    "<name xml:lang=\"zh\">测试云二</name></company></companies><sites>"
    "<site id=\"test-site-1\" kind=\"data-centre\" region=\"CN-XZ\" sources=\"S01\"><name xml:lang=\"en\">T1</name>"
    "<name xml:lang=\"zh\">T1</name><location lat=\"29.65\" lon=\"91.1\" precision=\"city\" source=\"S01\"/></site>"
    "<site id=\"test-site-2\" kind=\"data-centre\" region=\"CN-XJ\" sources=\"S01\"><name xml:lang=\"en\">T2</name>"
    "<name xml:lang=\"zh\">T2</name><location lat=\"43.8\" lon=\"87.6\" precision=\"city\" source=\"S01\"/></site>"
    "</sites><links><link kind=\"operator\" from=\"%s\" to=\"test-site-1\" sources=\"S01\"/>"
    "<link kind=\"operator\" from=\"%s\" to=\"test-site-2\" sources=\"S01\"/></links></atlas>\n",
    *first, *second, *first, *second);
  bytes = g_bytes_new (xml->str, xml->len);
  yt_atlas_loader_add_bundled (loader);
  yt_atlas_loader_add_bytes (loader, bytes, "operators.xml");
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  g_assert_nonnull (atlas);
  g_assert_true (problems == NULL || problems->len == 0);
  return atlas;
}

static char *
legend_svg (YtMapRenderer *renderer)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "legend.svg", NULL);
  char *svg = NULL;

  g_assert_true (yt_map_export_to_file (renderer, path, YT_EXPORT_FORMAT_SVG, 1600, 1000, NULL));
  g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
  remove_export (path);
  return svg;
}

/* The world view is centred on Asia: its legend says how many located
 * sites lie beyond its edges, counted from where they project. */
static void
test_legend_sites_beyond (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_WORLD, YT_LANG_EN);
  YtAtlas *atlas = bundled_atlas ();
  g_autofree char *svg = legend_svg (renderer);
  g_autofree char *line = NULL;
  YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
  guint beyond = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, i);
      double x, y;

      if (site->precision == YT_PRECISION_NONE)
        continue;
      beyond += !yt_viewport_lonlat_to_device (viewport, site->lon, site->lat, &x, &y) ||
                x < 0 || y < 0 || x > 1600 || y > 1000;
    }
  g_test_message ("%u sites beyond the world view", beyond);
  /* The Americas hold some of the bundled sites. */
  g_assert_cmpuint (beyond, >, 5);
  line = g_strdup_printf ("Sites beyond the edges of this map: %u", beyond);
  if (strstr (svg, line) == NULL)
    g_error ("the legend does not say “%s”", line);
}

/* The legend names an operator by its colour when it alone wears it on
 * the map, and says "Other companies" only when several do. */
static void
test_legend_operators (void)
{
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(YtAtlas) atlas = shared_colour_atlas (&first, &second);
  g_autoptr(YtMapRenderer) renderer = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  guint sites[2] = { yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "test-site-1"),
                     yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "test-site-2") };
  g_autofree char *both = NULL, *one = NULL;

  yt_map_renderer_set_atlas (renderer, atlas);
  yt_map_renderer_set_sites (renderer, sites, 2);
  both = legend_svg (renderer);
  g_assert_nonnull (strstr (both, ">Other companies</text>"));
  g_assert_null (strstr (both, ">First Test Cloud</text>"));
  yt_map_renderer_set_sites (renderer, sites, 1);
  one = legend_svg (renderer);
  g_assert_nonnull (strstr (one, ">First Test Cloud</text>"));
  g_assert_null (strstr (one, ">Other companies</text>"));
  g_assert_null (strstr (one, ">Second Test Cloud</text>"));
}

/* ---- Clusters ---- */

static guint
expected_visible (YtMapRenderer *renderer,
                  int            width,
                  int            height)
{
  YtAtlas *atlas = bundled_atlas ();
  YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
  YtBox box = { 0, 0, 0, 0 };
  YtExtent f = { 0, 0, -1, -1 };
  guint n = 0;

  if (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_INSET, &box))
    f = (YtExtent) { box.x, box.y, box.x + box.width, box.y + box.height };
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, i);
      double x, y;

      if (site->precision == YT_PRECISION_NONE ||
          !yt_viewport_lonlat_to_device (viewport, site->lon, site->lat, &x, &y))
        continue;
      /* The renderer draws markers up to 12 px outside the frame (half shown). */
      if (x < -12 || y < -12 || x > width + 12 || y > height + 12 ||
          (x >= f.x0 && x <= f.x1 && y >= f.y0 && y <= f.y1))
        continue;
      n++;
    }
  return n;
}

static guint
sum_marks (YtMapRenderer *renderer,
           guint         *largest)
{
  guint total = 0;

  *largest = 0;
  for (guint m = 0; m < yt_map_renderer_get_n_marks (renderer); m++)
    {
      guint size = yt_map_renderer_get_mark_size (renderer, m);

      total += size;
      *largest = MAX (*largest, size);
    }
  return total;
}

static void
test_cluster_counts (void)
{
  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    {
      g_autoptr(YtMapRenderer) renderer = renderer_new (kind, YT_LANG_EN);
      guint marks, largest, largest_zoomed, expected;
      double x, y;

      cairo_surface_destroy (render (renderer, 1280, 720));
      expected = expected_visible (renderer, 1280, 720);
      g_assert_cmpuint (expected, >, 10);
      g_assert_cmpuint (sum_marks (renderer, &largest), ==, expected);
      g_assert_cmpuint (largest, >, 1);
      marks = yt_map_renderer_get_n_marks (renderer);

      /* Zoomed in around Beijing–Zhangjiakou, clusters split into their sites. */
      g_assert_true (yt_viewport_lonlat_to_device (yt_map_renderer_get_viewport (renderer), 114.8, 40.9, &x, &y));
      yt_viewport_zoom_at (yt_map_renderer_get_viewport (renderer), 16, x, y);
      cairo_surface_destroy (render (renderer, 1280, 720));
      expected = expected_visible (renderer, 1280, 720);
      g_assert_cmpuint (sum_marks (renderer, &largest_zoomed), ==, expected);
      g_assert_cmpuint (yt_map_renderer_get_n_marks (renderer), >=, 2);
      g_test_message ("%s: %u marks, largest %u; zoomed: %u marks, largest %u",
                      yt_map_kind_to_string (kind), marks, largest,
                      yt_map_renderer_get_n_marks (renderer), largest_zoomed);
    }
}

/* A view the caller has not moved follows the size; a moved one stays put. */
static void
test_fit (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
  YtViewport *viewport = yt_map_renderer_get_viewport (renderer);
  double s1, s2;

  cairo_surface_destroy (render (renderer, 800, 600));
  s1 = yt_viewport_get_scale (viewport);
  cairo_surface_destroy (render (renderer, 1600, 1200));
  s2 = yt_viewport_get_scale (viewport);
  g_assert_cmpfloat_with_epsilon (s1 / s2, 2.0, 0.02);
  yt_viewport_zoom_at (viewport, 2, 800, 600);
  s1 = yt_viewport_get_scale (viewport);
  cairo_surface_destroy (render (renderer, 1000, 1000));
  g_assert_cmpfloat (yt_viewport_get_scale (viewport), ==, s1);
  yt_map_renderer_zoom_to_fit (renderer);
  g_assert_cmpfloat (yt_viewport_get_scale (viewport), !=, s1);
}

static void
test_scalebar_lengths (void)
{
  g_assert_cmpfloat (yt_map_scalebar_round_length (137000), ==, 100000);
  g_assert_cmpfloat (yt_map_scalebar_round_length (260000), ==, 200000);
  g_assert_cmpfloat (yt_map_scalebar_round_length (999000), ==, 500000);
  g_assert_cmpfloat (yt_map_scalebar_round_length (1000000), ==, 1000000);
  g_assert_cmpfloat (yt_map_scalebar_round_length (0.2), ==, 1);
}

static void
test_hit (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
  YtMapHit hit;
  double x, y;

  cairo_surface_destroy (render (renderer, 1280, 720));
  g_assert_true (yt_map_renderer_site_position (renderer,
                                                yt_atlas_lookup_kind (bundled_atlas (), YT_RECORD_SITE,
                                                                      "cluster-zhongwei"), &x, &y));
  g_assert_true (yt_map_renderer_hit (renderer, x, y, &hit));
  g_assert_cmpuint (hit.n_members, >=, 1);
  /* Jiuquan, in western Gansu, far from any site. */
  g_assert_true (yt_viewport_lonlat_to_device (yt_map_renderer_get_viewport (renderer), 96.0, 39.5, &x, &y));
  g_assert_true (yt_map_renderer_hit (renderer, x, y, &hit));
  g_assert_cmpuint (hit.ref, ==, yt_atlas_lookup (bundled_atlas (), "CN-GS"));
}

/* ---- Exports and raster shortcuts ---- */

/* The same frame drawn in one pass: a group is not split into bands, and
 * painting an opaque group copies it exactly. */
static cairo_surface_t *
render_single_pass (YtMapRenderer *renderer,
                    int            width,
                    int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_push_group_with_content (cr, CAIRO_CONTENT_COLOR);
  yt_map_renderer_render (renderer, cr, width, height);
  cairo_pop_group_to_source (cr);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b,
                    const char      *what)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  guint bad;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, h);
  bad = test_image_count_differences (a, b, diff, 0);
  if (bad > 0)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "map-bands-diff.png", NULL);

      cairo_surface_write_to_png (diff, path);
      g_test_message ("%s: %u pixels differ, see %s", what, bad, path);
    }
  g_assert_cmpuint (bad, ==, 0);
  cairo_surface_destroy (diff);
}

/* Frames are drawn in bands on several threads where the target allows;
 * a user must not be able to tell: every pixel matches one pass. */
static void
test_bands_match_single_pass (void)
{
  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    {
      g_autoptr(YtMapRenderer) renderer = renderer_new (kind, YT_LANG_ZH);
      cairo_surface_t *banded, *single;

      yt_map_renderer_set_choropleth (renderer, YT_MAP_CHOROPLETH_SITES);
      banded = render (renderer, 1200, 800);
      single = render_single_pass (renderer, 1200, 800);
      assert_same_pixels (banded, single, yt_map_kind_to_string (kind));
      cairo_surface_destroy (banded);
      cairo_surface_destroy (single);
    }
}

/* Exports the China view in English to a file of a fresh folder; the
 * caller reads it and calls remove_export(). */
static char *
export_china (const char     *name,
              YtExportFormat  format,
              int             width,
              int             height)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-map-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (yt_map_export_to_file (renderer, path, format, width, height, &error));
  g_assert_no_error (error);
  return path;
}

static void
remove_export (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* The PNG writer compresses bands of rows on threads and joins the streams:
 * the file must decode to exactly the frame the screen shows. */
static void
test_export_png (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
  g_autofree char *path = export_china ("map.png", YT_EXPORT_FORMAT_PNG, 1001, 777);
  cairo_surface_t *frame, *file;

  file = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (file), ==, CAIRO_STATUS_SUCCESS);
  frame = render (renderer, 1001, 777);
  assert_same_pixels (frame, file, "PNG export");
  cairo_surface_destroy (frame);
  cairo_surface_destroy (file);
  remove_export (path);
}

static guint32
read_be32 (const guchar *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* A PNG's resolution in dots per inch, from its pHYs chunk; 0 without one. */
static double
png_dpi (const char *path)
{
  g_autofree guchar *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, (char **) &data, &length, NULL));
  for (gsize i = 8; i + 12 <= length;)
    {
      guint32 n = read_be32 (data + i);

      if (memcmp (data + i + 4, "pHYs", 4) == 0 && n == 9 && data[i + 16] == 1)
        return read_be32 (data + i + 8) * 0.0254;
      i += 12 + n;
    }
  return 0;
}

/* At scale 2 a 3840×2160 export is the 1920×1080 map at twice the
 * resolution: the same labels in the same places, relative to the map,
 * and the PNG says 192 dots per inch (96 at scale 1). */
static void
test_export_scale (void)
{
  g_autoptr(YtMapRenderer) renderer = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.png", NULL);
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (YtBox));
  cairo_surface_t *png;
  guint n;

  g_assert_true (yt_map_export_to_file_full (renderer, path, YT_EXPORT_FORMAT_PNG, 1920, 1080, 1.0, NULL));
  g_assert_cmpfloat (fabs (png_dpi (path) - 96), <, 0.1);
  n = yt_map_renderer_get_n_labels (renderer);
  for (guint i = 0; i < n; i++)
    g_array_append_val (boxes, *yt_map_renderer_get_label_box (renderer, i, NULL));
  g_assert_true (yt_map_export_to_file_full (renderer, path, YT_EXPORT_FORMAT_PNG, 3840, 2160, 2.0, NULL));
  g_assert_cmpfloat (fabs (png_dpi (path) - 192), <, 0.1);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 3840);
  cairo_surface_destroy (png);
  g_assert_cmpuint (yt_map_renderer_get_n_labels (renderer), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const YtBox *a = &g_array_index (boxes, YtBox, i), *b = yt_map_renderer_get_label_box (renderer, i, NULL);

      g_assert_cmpfloat (fabs (a->x - b->x) + fabs (a->y - b->y), <, 0.01);
    }
  remove_export (path);
}

/* On vector targets a label's halo is its stroked outline, not copies of the
 * text: the PDF's text must hold each name once, as a reader selects it. */
static void
test_export_pdf_text_once (void)
{
  g_autofree char *path = export_china ("map.pdf", YT_EXPORT_FORMAT_PDF, 1600, 1000);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", "-raw", path, "-", NULL };
  const char *p;
  int status, count = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &text, NULL, &status, NULL))
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      remove_export (path);
      return;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  for (p = text; (p = strstr (p, "Xinjiang")) != NULL; p++)
    count++;
  g_assert_cmpint (count, ==, 1);
  remove_export (path);
}

/* Cairo 1.16 writes SVG glyphs as outlines; Yuntu adds the map's text as
 * <text> elements: well-formed, each name once, in the map's language. */
static void
test_export_svg_text (void)
{
  g_autofree char *path = export_china ("map.svg", YT_EXPORT_FORMAT_SVG, 1600, 1000);
  g_autofree char *svg = NULL;
  gsize length;
  xmlDocPtr doc;
  int count = 0;

  g_assert_true (g_file_get_contents (path, &svg, &length, NULL));
  doc = xmlReadMemory (svg, (int) length, "map.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
  for (const char *p = svg; (p = strstr (p, ">Xinjiang</text>")) != NULL; p++)
    count++;
  g_assert_cmpint (count, ==, 1);
  g_assert_nonnull (strstr (svg, "xml:lang=\"en\""));
  g_assert_nonnull (strstr (svg, ">Site kind</text>"));
  remove_export (path);
}

/* ---- Corridors ---- */

static YtAtlas *
corridor_atlas (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "corridors.xml", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  YtAtlas *atlas;

  yt_atlas_loader_add_bundled (loader);
  yt_atlas_loader_add_file (loader, path);
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("%s", ((YtAtlasProblem *) problems->pdata[i])->message);
  g_assert_nonnull (atlas);
  g_assert_true (problems == NULL || problems->len == 0);
  g_assert_cmpuint (yt_atlas_get_n_records (atlas, YT_RECORD_CORRIDOR), ==,
                    yt_atlas_get_n_records (bundled_atlas (), YT_RECORD_CORRIDOR) + 3);
  return atlas;
}

static gboolean
is_corridor_pixel (guint32 p)
{
  return ABS ((int) (p >> 16 & 0xff) - 140) < 16 && ABS ((int) (p >> 8 & 0xff) - 69) < 16 &&
         ABS ((int) (p & 0xff) - 18) < 16;
}

/* Pixels in the corridor colour (light style, give or take antialiasing) in
 * `surface` that are not so in `base`: what the extra corridors drew. */
static guint
count_new_corridor_pixels (cairo_surface_t *surface,
                           cairo_surface_t *base)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  const guchar *base_data = cairo_image_surface_get_data (base);
  guint n = 0;

  cairo_surface_flush (surface);
  cairo_surface_flush (base);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 p = ((const guint32 *) (data + (gsize) y * stride))[x];
        guint32 q = ((const guint32 *) (base_data + (gsize) y * stride))[x];

        n += is_corridor_pixel (p) && !is_corridor_pixel (q);
      }
  return n;
}

static gboolean
has_label (YtMapRenderer *renderer,
           const char    *text)
{
  for (guint i = 0; i < yt_map_renderer_get_n_labels (renderer); i++)
    {
      const char *label;

      yt_map_renderer_get_label_box (renderer, i, &label);
      if (g_strcmp0 (label, text) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The legend names each kind drawn, in a PDF's real text. */
static void
test_corridor_legend (YtAtlas *atlas)
{
  g_autoptr(YtMapRenderer) renderer = yt_map_renderer_new (YT_MAP_KIND_WORLD);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-map-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "corridors.pdf", NULL);
  g_autofree char *text = NULL;
  const char *argv[] = { "pdftotext", path, "-", NULL };
  int status;

  yt_map_renderer_set_atlas (renderer, atlas);
  g_assert_true (yt_map_export_to_file (renderer, path, YT_EXPORT_FORMAT_PDF, 1600, 1000, NULL));
  if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, &text, NULL, &status, NULL) && g_spawn_check_wait_status (status, NULL))
    {
      g_assert_nonnull (strstr (text, "Corridor, through the places named"));
      g_assert_nonnull (strstr (text, "Land"));
      g_assert_nonnull (strstr (text, "Maritime"));
      g_assert_nonnull (strstr (text, "Digital"));
    }
  remove_export (path);
}

/* A corridor is a line through the regions it names, named in the map's
 * language, and the legend explains its kind; the fixture's corridors add
 * their lines to what the bundled data draws on the Belt and Road view. The
 * China view draws none. */
static void
test_corridors (void)
{
  g_autoptr(YtAtlas) atlas = corridor_atlas ();
  static const struct { YtMapKind kind; YtLang lang; const char *name; } cases[] = {
    { YT_MAP_KIND_WORLD, YT_LANG_EN, "Test land corridor" },
    { YT_MAP_KIND_WORLD, YT_LANG_ZH, "测试陆上走廊" },
    { YT_MAP_KIND_WORLD, YT_LANG_EN, "Test sea corridor" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(YtMapRenderer) with = yt_map_renderer_new (cases[i].kind);
      g_autoptr(YtMapRenderer) without = renderer_new (cases[i].kind, cases[i].lang);
      cairo_surface_t *a, *b;

      yt_map_renderer_set_language (with, cases[i].lang);
      yt_map_renderer_set_atlas (with, atlas);
      a = render (with, 1600, 1000);
      b = render (without, 1600, 1000);
      g_test_message ("%s: %u new corridor pixels", cases[i].name, count_new_corridor_pixels (a, b));
      g_assert_cmpuint (count_new_corridor_pixels (a, b), >, 500);
      g_assert_true (has_label (with, cases[i].name));
      assert_disjoint (with, cases[i].name);
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }
  test_corridor_legend (atlas);

  {
    g_autoptr(YtMapRenderer) china = renderer_new (YT_MAP_KIND_CHINA, YT_LANG_EN);
    cairo_surface_t *surface;

    yt_map_renderer_set_atlas (china, atlas);
    surface = render (china, 1600, 1000);
    g_assert_cmpuint (yt_map_corridors_kinds (china), ==, 0);
    g_assert_false (has_label (china, "Test land corridor"));
    cairo_surface_destroy (surface);
  }
}

/* ---- Reference images ---- */

static void
compare_reference (const char      *name,
                   cairo_surface_t *actual)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "reference", file, NULL);
  g_autofree char *actual_path = g_test_build_filename (G_TEST_BUILT, file, NULL);
  g_autofree char *diff_name = g_strconcat (name, "-diff.png", NULL);
  g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);
  cairo_surface_t *reference, *diff;
  int w = cairo_image_surface_get_width (actual), h = cairo_image_surface_get_height (actual);
  guint bad;

  cairo_surface_write_to_png (actual, actual_path);
  if (g_strcmp0 (g_getenv ("YUNTU_UPDATE_REFERENCES"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, reference_path), ==, CAIRO_STATUS_SUCCESS);
      return;
    }
  reference = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (reference), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (reference), ==, h);
  diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  bad = test_image_count_differences (actual, reference, diff, CHANNEL_TOLERANCE);
  g_test_message ("%s: %u of %d pixels differ", name, bad, w * h);
  if (bad > MAX_BAD_FRACTION * w * h)
    {
      cairo_surface_write_to_png (diff, diff_path);
      g_test_message ("difference image: %s; this frame: %s", diff_path, actual_path);
      g_test_fail ();
    }
  cairo_surface_destroy (diff);
  cairo_surface_destroy (reference);
}

static void
test_reference (gconstpointer data)
{
  const char *name = data;
  g_auto(GStrv) parts = g_strsplit (name, "-", -1);
  YtMapKind kind = YT_MAP_KIND_CHINA;
  YtLang lang = YT_LANG_EN;
  g_autoptr(YtMapRenderer) renderer = NULL;
  cairo_surface_t *surface;

  g_assert_true (yt_map_kind_from_string (parts[1], &kind));
  g_assert_true (yt_lang_from_string (parts[2], &lang));
  renderer = renderer_new (kind, lang);
  /* Memberships change with the year; the clock's must not change a reference. */
  yt_map_renderer_set_as_of_year (renderer, 2024);
  yt_map_renderer_set_dark (renderer, g_str_equal (parts[3], "dark"));
  yt_map_renderer_set_choropleth (renderer, parts[4] != NULL ? YT_MAP_CHOROPLETH_SITES : YT_MAP_CHOROPLETH_NONE);
  surface = render (renderer, 960, 600);
  compare_reference (name, surface);
  cairo_surface_destroy (surface);
}

/* YUNTU_MAP_DUMP=DIR writes every view in both languages and styles, for looking at. */
static void
dump (const char *dir)
{
  static const char *const formats[] = { "png", "pdf", "svg" };

  for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
    for (YtLang lang = YT_LANG_EN; lang <= YT_LANG_ZH; lang++)
      for (int dark = 0; dark <= 1; dark++)
        for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
          {
            g_autoptr(YtMapRenderer) renderer = renderer_new (kind, lang);
            g_autofree char *name = g_strdup_printf ("%s-%s-%s.%s", yt_map_kind_to_string (kind),
                                                     yt_lang_to_xml_lang (lang), dark ? "dark" : "light", formats[f]);
            g_autofree char *path = g_build_filename (dir, name, NULL);
            g_autoptr(GError) error = NULL;

            yt_map_renderer_set_dark (renderer, dark);
            yt_map_renderer_set_choropleth (renderer, dark ? YT_MAP_CHOROPLETH_SITES : YT_MAP_CHOROPLETH_NONE);
            g_assert_true (yt_map_export_to_file (renderer, path, f, 1920, 1080, &error));
          }
}

int
main (int argc, char **argv)
{
  static const char *const references[] = {
    "map-china-en-light", "map-world-en-dark", "map-china-en-light-sites",
  };

  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("YUNTU_MAP_DUMP") != NULL)
    {
      dump (g_getenv ("YUNTU_MAP_DUMP"));
      return 0;
    }
  g_test_add_func ("/map/labels/disjoint", test_labels_disjoint);
  g_test_add_func ("/map/labels/language", test_labels_language);
  g_test_add_func ("/map/labels/provinces", test_province_labels);
  g_test_add_func ("/map/inset/clear", test_inset_clear);
  g_test_add_func ("/map/legend/clear", test_legend_clear);
  g_test_add_func ("/map/legend/stays", test_legend_stays);
  g_test_add_func ("/map/legend/sites-beyond", test_legend_sites_beyond);
  g_test_add_func ("/map/legend/operators", test_legend_operators);
  g_test_add_func ("/map/clusters/counts", test_cluster_counts);
  g_test_add_func ("/map/fit", test_fit);
  g_test_add_func ("/map/scalebar", test_scalebar_lengths);
  g_test_add_func ("/map/hit", test_hit);
  g_test_add_func ("/map/bands", test_bands_match_single_pass);
  g_test_add_func ("/map/export/png", test_export_png);
  g_test_add_func ("/map/export/scale", test_export_scale);
  g_test_add_func ("/map/export/pdf-text-once", test_export_pdf_text_once);
  g_test_add_func ("/map/export/svg-text", test_export_svg_text);
  g_test_add_func ("/map/corridors", test_corridors);
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *path = g_strconcat ("/map/reference/", references[i], NULL);

      g_test_add_data_func (path, references[i], test_reference);
    }
  return g_test_run ();
}
