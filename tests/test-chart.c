/* test-chart.c: the bar chart orders its bars, keeps its texts inside, paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>
#include <yuntu/yuntu.h>

static YtChart *
market_chart (YtLang lang)
{
  YtChart *chart = yt_chart_new (lang, "percent");

  yt_chart_set_title (chart, lang == YT_LANG_ZH ? "2021年第二季度云支出份额" :
                      "Shares of cloud spending, Q2 2021");
  yt_chart_set_source (chart, lang == YT_LANG_ZH ? "Canalys，经《中国日报》" :
                       "Canalys, via China Daily");
  yt_chart_add_bar (chart, lang == YT_LANG_ZH ? "华为云" : "Huawei Cloud", 19.3, YT_QUALIFIER_EXACT, FALSE);
  yt_chart_add_bar (chart, lang == YT_LANG_ZH ? "阿里云" : "Alibaba Cloud", 33.8, YT_QUALIFIER_EXACT, TRUE);
  yt_chart_add_bar (chart, lang == YT_LANG_ZH ? "百度智能云" : "Baidu AI Cloud", 8.0, YT_QUALIFIER_ABOUT, FALSE);
  yt_chart_add_bar (chart, lang == YT_LANG_ZH ? "腾讯云（一个很长很长的名称，用来检验自动换行是否正常）" :
                    "Tencent Cloud (a deliberately long label that must wrap inside the rectangle)",
                    19.3, YT_QUALIFIER_EXACT, FALSE);
  return chart;
}

static void
test_bars_ordered (void)
{
  g_autoptr(YtChart) chart = market_chart (YT_LANG_EN);
  g_autofree char *value = NULL;

  g_assert_cmpuint (yt_chart_get_n_bars (chart), ==, 4);
  for (guint i = 1; i < yt_chart_get_n_bars (chart); i++)
    g_assert_cmpfloat (yt_chart_get_bar_value (chart, i - 1), >=, yt_chart_get_bar_value (chart, i));
  g_assert_cmpstr (yt_chart_get_bar_label (chart, 0), ==, "Alibaba Cloud");
  /* Equal values keep the order they were added in. */
  g_assert_cmpstr (yt_chart_get_bar_label (chart, 1), ==, "Huawei Cloud");
  value = yt_chart_format_value (chart, 3);
  g_assert_cmpstr (value, ==, "about 8%");

  yt_chart_set_sorted (chart, FALSE);
  yt_chart_add_bar (chart, "Small", 1, YT_QUALIFIER_EXACT, FALSE);
  yt_chart_add_bar (chart, "Large", 100, YT_QUALIFIER_EXACT, FALSE);
  g_assert_cmpstr (yt_chart_get_bar_label (chart, 5), ==, "Large");
}

static void
test_values_formatted (void)
{
  g_autoptr(YtChart) chart = yt_chart_new (YT_LANG_ZH, "CNY");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  yt_chart_add_bar (chart, "2014", 2e10, YT_QUALIFIER_UP_TO, FALSE);
  yt_chart_add_bar (chart, "2017", 2.326e10, YT_QUALIFIER_EXACT, FALSE);
  first = yt_chart_format_value (chart, 0);
  second = yt_chart_format_value (chart, 1);
  g_assert_cmpstr (first, ==, "232.6亿元");
  g_assert_cmpstr (second, ==, "最高200亿元");
}

static guint
count_ink (cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              x1,
           int              y1)
{
  guint32 *data = (guint32 *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;
  guint ink = 0;

  cairo_surface_flush (surface);
  for (int y = MAX (y0, 0); y < y1 && y < cairo_image_surface_get_height (surface); y++)
    for (int x = MAX (x0, 0); x < x1 && x < cairo_image_surface_get_width (surface); x++)
      if ((data[y * stride + x] >> 24) != 0)
        ink++;
  return ink;
}

static void
check_render (YtLang   lang,
              gboolean dark)
{
  g_autoptr(YtChart) chart = market_chart (lang);
  const double rx = 20, ry = 10, rw = 300;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 600);
  cairo_t *cr = cairo_create (surface);
  double height;

  yt_chart_set_dark (chart, dark);
  height = yt_chart_get_height (chart, cr, rw);
  g_assert_cmpfloat (height, >, 4 * 12);
  g_assert_cmpfloat (height, <, 600 - ry);
  g_assert_false (yt_chart_get_bar_extents (chart, 0, &(YtChartBarExtents) { 0 }));
  yt_chart_render (chart, cr, rx, ry, rw, height);

  for (guint i = 0; i < yt_chart_get_n_bars (chart); i++)
    {
      YtChartBarExtents e;

      g_assert_true (yt_chart_get_bar_extents (chart, i, &e));
      g_assert_cmpfloat (e.label_x, >=, rx);
      g_assert_cmpfloat (e.label_y, >=, ry);
      g_assert_cmpfloat (e.label_x + e.label_width, <=, rx + rw);
      g_assert_cmpfloat (e.label_y + e.label_height, <=, ry + height);
      g_assert_cmpfloat (e.value_x + e.value_width, <=, rx + rw);
      g_assert_cmpfloat (e.bar_y, >=, e.label_y + e.label_height);
      /* Longer bar for the larger value; every label and bar left ink. */
      if (i > 0)
        {
          YtChartBarExtents prev;

          g_assert_true (yt_chart_get_bar_extents (chart, i - 1, &prev));
          g_assert_cmpfloat (prev.bar_width, >=, e.bar_width);
        }
      g_assert_cmpuint (count_ink (surface, e.label_x, e.label_y, e.label_x + e.label_width,
                                   e.label_y + e.label_height), >, 20);
      g_assert_cmpuint (count_ink (surface, e.bar_x, e.bar_y, e.bar_x + e.bar_width,
                                   e.bar_y + e.bar_height), >=, (guint) (e.bar_width * e.bar_height * 0.9));
    }
  /* The long label wrapped onto more than one line. */
  {
    YtChartBarExtents first, last;

    yt_chart_get_bar_extents (chart, 0, &first);
    yt_chart_get_bar_extents (chart, 2, &last);
    g_assert_cmpfloat (last.label_height, >, first.label_height * 1.5);
  }
  /* Nothing outside the rectangle. */
  g_assert_cmpuint (count_ink (surface, 0, 0, 400, (int) ry), ==, 0);
  g_assert_cmpuint (count_ink (surface, 0, 0, (int) rx, 600), ==, 0);
  g_assert_cmpuint (count_ink (surface, (int) (rx + rw) + 1, 0, 400, 600), ==, 0);
  g_assert_cmpuint (count_ink (surface, 0, (int) (ry + height) + 1, 400, 600), ==, 0);
  if (g_getenv ("YUNTU_CHART_PNG") != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s/chart-%s-%s.png", g_getenv ("YUNTU_CHART_PNG"),
                                               yt_lang_to_xml_lang (lang), dark ? "dark" : "light");
      cairo_surface_write_to_png (surface, name);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_render_en (void)
{
  check_render (YT_LANG_EN, FALSE);
}

static void
test_render_zh_dark (void)
{
  check_render (YT_LANG_ZH, TRUE);
}

/* Chinese text must come out as glyphs, not as boxes: a CJK font draws far
 * more ink for 阿里云 than the hex boxes Pango shows for missing glyphs. */
static void
test_chinese_has_glyphs (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 40);
  cairo_t *cr = cairo_create (surface);
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_text (layout, "阿里云", -1);
  g_assert_cmpint (pango_layout_get_unknown_glyphs_count (layout), ==, 0);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Hedged figures are drawn as hedged: an "up to" or target bar is open (its
 * middle is background), a reported one solid, and a "more than" bar has an
 * arrow past its end before the value; the axis ends on a round tick. */
static void
test_hedged_bars (void)
{
  g_autoptr(YtChart) chart = yt_chart_new (YT_LANG_EN, "CNY");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 500, 400);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;
  YtChartBarExtents e;

  yt_chart_add_bar (chart, "reported", 30e9, YT_QUALIFIER_EXACT, FALSE);
  yt_chart_add_bar (chart, "more than", 40e9, YT_QUALIFIER_MORE_THAN, FALSE);
  yt_chart_add_bar (chart, "up to", 20e9, YT_QUALIFIER_UP_TO, FALSE);
  yt_chart_add_bar (chart, "target", 10e9, YT_QUALIFIER_TARGET, FALSE);
  yt_chart_set_axis (chart, TRUE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  yt_chart_render (chart, cr, 0, 0, 500, yt_chart_get_height (chart, cr, 500));
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (guint bar = 0; bar < 4; bar++)
    {
      const char *label = yt_chart_get_bar_label (chart, bar);
      guint32 pixel;

      g_assert_true (yt_chart_get_bar_extents (chart, bar, &e));
      pixel = *(const guint32 *) (data + (int) (e.bar_y + e.bar_height / 2) * stride +
                                  4 * (int) (e.bar_x + e.bar_width * 0.37));
      /* Green channel: near white inside an open bar, low in a solid one. */
      if (g_str_equal (label, "up to") || g_str_equal (label, "target"))
        g_assert_cmpuint ((pixel >> 8) & 0xff, >, 0xd0);
      else
        g_assert_cmpuint ((pixel >> 8) & 0xff, <, 0x90);
      if (g_str_equal (label, "more than"))
        g_assert_cmpfloat (e.value_x, >, e.bar_x + e.bar_width + e.bar_height * 0.5);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/bars-ordered", test_bars_ordered);
  g_test_add_func ("/chart/values-formatted", test_values_formatted);
  g_test_add_func ("/chart/render-en", test_render_en);
  g_test_add_func ("/chart/render-zh-dark", test_render_zh_dark);
  g_test_add_func ("/chart/chinese-has-glyphs", test_chinese_has_glyphs);
  g_test_add_func ("/chart/hedged-bars", test_hedged_bars);
  return g_test_run ();
}
