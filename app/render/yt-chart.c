/* yt-chart.c: a horizontal bar chart drawn onto any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "yuntu/yt-chart.h"
#include "yuntu/yt-format.h"

#define PAD          4.0
#define BAR_HEIGHT  12.0
#define ROW_GAP      8.0
#define VALUE_GAP    6.0

typedef struct {
  char       *label;
  double      value;
  YtQualifier qualifier;
  gboolean    highlight;
  YtChartBarExtents extents;
} Bar;

struct _YtChart
{
  YtLang    lang;
  char     *unit;
  char     *title;
  char     *source;
  char     *font;
  gboolean  dark;
  gboolean  sorted;
  gboolean  rendered;
  GArray   *bars;            /* Bar, in drawing order once sorted */
};

typedef struct { double r, g, b; } Rgb;
typedef struct { Rgb text, dim, bar, highlight, track; } Palette;

/* GNOME palette tones, chosen so that bars and text keep a 4.5:1 contrast on
 * the window background of either style. */
static const Palette light_palette = {
  { 0.12, 0.12, 0.12 }, { 0.36, 0.36, 0.36 }, { 0.10, 0.40, 0.78 }, { 0.78, 0.30, 0.00 },
  { 0.88, 0.88, 0.88 },
};
static const Palette dark_palette = {
  { 0.94, 0.94, 0.94 }, { 0.72, 0.72, 0.72 }, { 0.47, 0.68, 0.93 }, { 1.00, 0.64, 0.28 },
  { 0.26, 0.26, 0.26 },
};

static void
bar_clear (gpointer data)
{
  g_free (((Bar *) data)->label);
}

YtChart *
yt_chart_new (YtLang      lang,
              const char *unit)
{
  YtChart *chart = g_new0 (YtChart, 1);

  chart->lang = lang;
  chart->unit = g_strdup (unit != NULL ? unit : "count");
  chart->font = g_strdup ("Sans 10");
  chart->sorted = TRUE;
  chart->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (chart->bars, bar_clear);
  return chart;
}

void
yt_chart_free (YtChart *chart)
{
  if (chart == NULL)
    return;
  g_array_unref (chart->bars);
  g_free (chart->unit);
  g_free (chart->title);
  g_free (chart->source);
  g_free (chart->font);
  g_free (chart);
}

void
yt_chart_set_title (YtChart    *chart,
                    const char *title)
{
  g_return_if_fail (chart != NULL);
  g_free (chart->title);
  chart->title = g_strdup (title);
}

void
yt_chart_set_source (YtChart    *chart,
                     const char *source)
{
  g_return_if_fail (chart != NULL);
  g_free (chart->source);
  chart->source = g_strdup (source);
}

void
yt_chart_set_dark (YtChart  *chart,
                   gboolean  dark)
{
  g_return_if_fail (chart != NULL);
  chart->dark = dark;
}

void
yt_chart_set_font (YtChart    *chart,
                   const char *font)
{
  g_return_if_fail (chart != NULL && font != NULL);
  g_free (chart->font);
  chart->font = g_strdup (font);
}

static int
compare_bars (gconstpointer a,
              gconstpointer b)
{
  double x = ((const Bar *) a)->value, y = ((const Bar *) b)->value;

  return x > y ? -1 : x < y;
}

void
yt_chart_set_sorted (YtChart  *chart,
                     gboolean  sorted)
{
  g_return_if_fail (chart != NULL);
  chart->sorted = sorted;
  if (sorted)
    g_array_sort (chart->bars, compare_bars);
}

void
yt_chart_add_bar (YtChart     *chart,
                  const char  *label,
                  double       value,
                  YtQualifier  qualifier,
                  gboolean     highlight)
{
  Bar bar = { g_strdup (label != NULL ? label : ""), value, qualifier, highlight, { 0 } };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (isfinite (value));

  g_array_append_val (chart->bars, bar);
  chart->rendered = FALSE;
  /* A stable sort keeps equal values in the order they were added. */
  if (chart->sorted)
    g_array_sort (chart->bars, compare_bars);
}

guint
yt_chart_get_n_bars (YtChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->bars->len;
}

const char *
yt_chart_get_bar_label (YtChart *chart,
                        guint    bar)
{
  g_return_val_if_fail (chart != NULL && bar < chart->bars->len, NULL);
  return g_array_index (chart->bars, Bar, bar).label;
}

double
yt_chart_get_bar_value (YtChart *chart,
                        guint    bar)
{
  g_return_val_if_fail (chart != NULL && bar < chart->bars->len, NAN);
  return g_array_index (chart->bars, Bar, bar).value;
}

char *
yt_chart_format_value (YtChart *chart,
                       guint    bar)
{
  const Bar *b;

  g_return_val_if_fail (chart != NULL && bar < chart->bars->len, NULL);
  b = &g_array_index (chart->bars, Bar, bar);
  return yt_format_quantity (chart->lang, b->value, chart->unit, b->qualifier);
}

/* Layout and drawing */

static PangoLayout *
make_layout (YtChart    *chart,
             cairo_t    *cr,
             const char *text,
             double      width,
             double      scale,
             gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (chart->font);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Keep the kind of size we were given: GTK hands out pixel sizes ("13.3px"). */
  if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font, pango_font_description_get_size (font) * scale);
  else
    pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  /* The language picks Chinese glyph forms in CJK fonts shared with Japanese. */
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (
                                   chart->lang == YT_LANG_ZH ? "zh-cn" : "en")));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static char *
source_line (YtChart *chart)
{
  return g_strconcat (chart->lang == YT_LANG_ZH ? "来源：" : "Source: ", chart->source, NULL);
}

/* The widest value text: bars leave room for it after their end. */
static double
max_value_width (YtChart *chart,
                 cairo_t *cr)
{
  double widest = 0;

  for (guint i = 0; i < chart->bars->len; i++)
    {
      g_autofree char *text = yt_chart_format_value (chart, i);
      g_autoptr(PangoLayout) layout = make_layout (chart, cr, text ? text : "", -1, 0.9, FALSE);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *rgb)
{
  cairo_set_source_rgb (cr, rgb->r, rgb->g, rgb->b);
}

/* Draws (or, with draw FALSE, only measures) a wrapped text; returns its height. */
static double
put_text (YtChart    *chart,
          cairo_t    *cr,
          const char *text,
          double      x,
          double      y,
          double      width,
          double      scale,
          gboolean    bold,
          const Rgb  *rgb,
          gboolean    draw)
{
  g_autoptr(PangoLayout) layout = make_layout (chart, cr, text, width, scale, bold);

  if (draw)
    {
      set_rgb (cr, rgb);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  return layout_height (layout);
}

static double
draw_bar (YtChart       *chart,
          cairo_t       *cr,
          Bar           *bar,
          guint          i,
          double         x,
          double         y,
          double         width,
          double         value_room,
          double         max_value,
          const Palette *palette,
          gboolean       draw)
{
  g_autofree char *value_text = yt_chart_format_value (chart, i);
  g_autoptr(PangoLayout) value = make_layout (chart, cr, value_text ? value_text : "", -1, 0.9, FALSE);
  double track = MAX (width - value_room - VALUE_GAP, 1.0);
  double length = max_value > 0 ? MAX (bar->value, 0) / max_value * track : 0;
  double label_h = put_text (chart, cr, bar->label, x, y, width, 1.0, bar->highlight,
                             &palette->text, draw);
  double bar_y = y + label_h + 2;
  int vw, vh;

  pango_layout_get_pixel_size (value, &vw, &vh);
  bar->extents = (YtChartBarExtents) {
    x, y, width, label_h,
    x, bar_y, MAX (length, 1.0), BAR_HEIGHT,
    x + MAX (length, 1.0) + VALUE_GAP, bar_y + (BAR_HEIGHT - vh) / 2, vw, vh,
  };
  if (draw)
    {
      set_rgb (cr, bar->highlight ? &palette->highlight : &palette->bar);
      cairo_rectangle (cr, x, bar_y, MAX (length, 1.0), BAR_HEIGHT);
      cairo_fill (cr);
      set_rgb (cr, &palette->text);
      cairo_move_to (cr, bar->extents.value_x, bar->extents.value_y);
      pango_cairo_show_layout (cr, value);
    }
  return label_h + 2 + MAX (BAR_HEIGHT, vh);
}

static double
lay_out (YtChart *chart,
         cairo_t *cr,
         double   x,
         double   y,
         double   width,
         gboolean draw)
{
  const Palette *palette = chart->dark ? &dark_palette : &light_palette;
  double value_room = MIN (max_value_width (chart, cr), width / 2);
  double max_value = 0, top = y;

  width = MAX (width - 2 * PAD, 1.0);
  x += PAD;
  y += PAD;
  for (guint i = 0; i < chart->bars->len; i++)
    max_value = MAX (max_value, g_array_index (chart->bars, Bar, i).value);
  if (chart->title != NULL)
    y += put_text (chart, cr, chart->title, x, y, width, 1.1, TRUE, &palette->text, draw) + ROW_GAP;
  for (guint i = 0; i < chart->bars->len; i++)
    y += draw_bar (chart, cr, &g_array_index (chart->bars, Bar, i), i, x, y, width,
                   value_room, max_value, palette, draw) + ROW_GAP;
  if (chart->source != NULL)
    {
      g_autofree char *line = source_line (chart);

      y += put_text (chart, cr, line, x, y, width, 0.85, FALSE, &palette->dim, draw);
    }
  return y + PAD - top;
}

double
yt_chart_get_height (YtChart *chart,
                     cairo_t *cr,
                     double   width)
{
  g_return_val_if_fail (chart != NULL && cr != NULL, 0);
  return lay_out (chart, cr, 0, 0, width, FALSE);
}

void
yt_chart_render (YtChart *chart,
                 cairo_t *cr,
                 double   x,
                 double   y,
                 double   width,
                 double   height)
{
  g_return_if_fail (chart != NULL && cr != NULL);

  cairo_save (cr);
  /* Nothing may spill out of the rectangle the page or widget gave us. */
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  lay_out (chart, cr, x, y, width, TRUE);
  cairo_restore (cr);
  chart->rendered = TRUE;
}

gboolean
yt_chart_get_bar_extents (YtChart           *chart,
                          guint              bar,
                          YtChartBarExtents *extents)
{
  g_return_val_if_fail (chart != NULL && extents != NULL, FALSE);

  if (!chart->rendered || bar >= chart->bars->len)
    return FALSE;
  *extents = g_array_index (chart->bars, Bar, bar).extents;
  return TRUE;
}
