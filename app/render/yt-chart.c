/* yt-chart.c: a horizontal bar chart drawn onto any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "yuntu/yt-catalog.h"
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
  gboolean  axis;
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
yt_chart_set_axis (YtChart  *chart,
                   gboolean  axis)
{
  g_return_if_fail (chart != NULL);
  chart->axis = axis;
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
  return g_strdup_printf (YT_R_ (chart->lang, N_("Source: %s")), chart->source);
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

typedef enum { HEDGE_NONE, HEDGE_ABOUT, HEDGE_MORE, HEDGE_UP_TO, HEDGE_PLAN, N_HEDGES } Hedge;

static Hedge
hedge_of (YtQualifier qualifier)
{
  switch (qualifier)
    {
    case YT_QUALIFIER_ABOUT:
      return HEDGE_ABOUT;
    case YT_QUALIFIER_AT_LEAST:
    case YT_QUALIFIER_MORE_THAN:
      return HEDGE_MORE;
    case YT_QUALIFIER_UP_TO:
    case YT_QUALIFIER_LESS_THAN:
      return HEDGE_UP_TO;
    case YT_QUALIFIER_TARGET:
    case YT_QUALIFIER_FORECAST:
      return HEDGE_PLAN;
    case YT_QUALIFIER_EXACT:
    case YT_QUALIFIER_CLAIM:
    default:
      return HEDGE_NONE;
    }
}

/* A bar says how sure its figure is: solid for a reported value, an arrow
 * beyond the end for "more than", open for "up to", dashed and open for a
 * target or forecast, a whisker of ±10 % for "about". */
static void
draw_hedged_bar (cairo_t     *cr,
                 YtQualifier  qualifier,
                 double       x,
                 double       y,
                 double       length,
                 double       height)
{
  Hedge hedge = hedge_of (qualifier);

  cairo_save (cr);
  cairo_set_line_width (cr, 1.0);
  if (hedge == HEDGE_UP_TO || hedge == HEDGE_PLAN)
    {
      if (hedge == HEDGE_PLAN)
        cairo_set_dash (cr, (const double[]) { 2.5, 1.5 }, 2, 0);
      cairo_rectangle (cr, x + 0.5, y + 0.5, MAX (length - 1, 0.5), height - 1);
      cairo_stroke (cr);
    }
  else
    {
      cairo_rectangle (cr, x, y, length, height);
      cairo_fill (cr);
    }
  if (hedge == HEDGE_MORE)
    {
      cairo_move_to (cr, x + length + 1, y + 1);
      cairo_line_to (cr, x + length + height * 0.55, y + height / 2);
      cairo_line_to (cr, x + length + 1, y + height - 1);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  else if (hedge == HEDGE_ABOUT)
    {
      cairo_move_to (cr, x + length * 0.9, y + height / 2);
      cairo_line_to (cr, x + length * 1.1, y + height / 2);
      cairo_move_to (cr, x + length * 0.9, y + 2);
      cairo_line_to (cr, x + length * 0.9, y + height - 2);
      cairo_move_to (cr, x + length * 1.1, y + 2);
      cairo_line_to (cr, x + length * 1.1, y + height - 2);
      cairo_set_source_rgb (cr, 0.12, 0.12, 0.12);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
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
    x + MAX (length, 1.0) * (hedge_of (bar->qualifier) == HEDGE_ABOUT ? 1.1 : 1.0) + VALUE_GAP +
      (hedge_of (bar->qualifier) == HEDGE_MORE ? BAR_HEIGHT * 0.55 : 0),
    bar_y + (BAR_HEIGHT - vh) / 2, vw, vh,
  };
  if (draw)
    {
      set_rgb (cr, bar->highlight ? &palette->highlight : &palette->bar);
      draw_hedged_bar (cr, bar->qualifier, x, bar_y, MAX (length, 1.0), BAR_HEIGHT);
      set_rgb (cr, &palette->text);
      cairo_move_to (cr, bar->extents.value_x, bar->extents.value_y);
      pango_cairo_show_layout (cr, value);
    }
  return label_h + 2 + MAX (BAR_HEIGHT, vh);
}

/* A step of 1, 2 or 5 times a power of ten giving three to six ticks. */
static double
tick_step (double max_value)
{
  double raw = max_value / 4, magnitude = pow (10, floor (log10 (raw))), f = raw / magnitude;

  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
}

/* The value axis under the bars: a baseline, ticks with their values in the
 * chart's unit, and faint grid lines up through the bars. */
static double
draw_axis (YtChart       *chart,
           cairo_t       *cr,
           double         x,
           double         top,
           double         y,
           double         track,
           double         max_value,
           double         step,
           const Palette *palette,
           gboolean       draw)
{
  double label_h = 0;

  for (double tick = 0; tick <= max_value * 1.0001; tick += step)
    {
      g_autofree char *text = yt_format_quantity (chart->lang, tick, chart->unit, YT_QUALIFIER_EXACT);
      g_autoptr(PangoLayout) layout = make_layout (chart, cr, text != NULL ? text : "", -1, 0.85, FALSE);
      double tx = x + tick / max_value * track;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      label_h = MAX (label_h, h);
      if (!draw)
        continue;
      /* Grid lines run through the bars' rows only, never through a label. */
      set_rgb (cr, &palette->track);
      cairo_set_line_width (cr, 0.5);
      for (guint i = 0; i < chart->bars->len; i++)
        {
          const YtChartBarExtents *e = &g_array_index (chart->bars, Bar, i).extents;

          cairo_move_to (cr, tx, e->bar_y - 2);
          cairo_line_to (cr, tx, e->bar_y + e->bar_height + ROW_GAP / 2);
        }
      cairo_line_to (cr, tx, y + 3);
      cairo_stroke (cr);
      set_rgb (cr, &palette->dim);
      cairo_move_to (cr, CLAMP (tx - w / 2.0, x, x + track + 40 - w), y + 4);
      pango_cairo_show_layout (cr, layout);
    }
  if (draw)
    {
      set_rgb (cr, &palette->dim);
      cairo_set_line_width (cr, 0.7);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + track, y);
      cairo_stroke (cr);
    }
  return 4 + label_h + ROW_GAP;
}

/* One line saying what the hedged bars mean, for the kinds present. */
static double
draw_key (YtChart       *chart,
          cairo_t       *cr,
          double         x,
          double         y,
          double         width,
          const Palette *palette,
          gboolean       draw)
{
  static const char *const names[N_HEDGES] = {
    N_("reported value"), N_("about (±10 %)"), N_("more than"), N_("up to"), N_("target or forecast"),
  };
  static const YtQualifier samples[N_HEDGES] = {
    YT_QUALIFIER_EXACT, YT_QUALIFIER_ABOUT, YT_QUALIFIER_MORE_THAN, YT_QUALIFIER_UP_TO, YT_QUALIFIER_TARGET,
  };
  gboolean present[N_HEDGES] = { FALSE };
  double at = x, height = 0;
  guint n = 0;

  for (guint i = 0; i < chart->bars->len; i++)
    present[hedge_of (g_array_index (chart->bars, Bar, i).qualifier)] = TRUE;
  for (guint h = 1; h < N_HEDGES; h++)
    n += present[h];
  if (n == 0)
    return 0;
  present[HEDGE_NONE] = TRUE;
  for (guint h = 0; h < N_HEDGES; h++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int w, lh;

      if (!present[h])
        continue;
      layout = make_layout (chart, cr, yt_catalog_gettext (chart->lang, names[h]), -1, 0.85, FALSE);
      pango_layout_get_pixel_size (layout, &w, &lh);
      if (at + 26 + w > x + width && at > x)
        {
          at = x;
          y += lh + 2;
          height += lh + 2;
        }
      if (draw)
        {
          set_rgb (cr, &palette->bar);
          draw_hedged_bar (cr, samples[h], at, y + (lh - 7) / 2.0, 14, 7);
          set_rgb (cr, &palette->dim);
          cairo_move_to (cr, at + 22, y);
          pango_cairo_show_layout (cr, layout);
        }
      at += 22 + w + 12;
      height = MAX (height, lh);
    }
  return height + ROW_GAP;
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
  double max_value = 0, top = y, bars_top, step = 0;

  width = MAX (width - 2 * PAD, 1.0);
  x += PAD;
  y += PAD;
  for (guint i = 0; i < chart->bars->len; i++)
    max_value = MAX (max_value, g_array_index (chart->bars, Bar, i).value);
  /* The axis ends on a round tick; arrows and whiskers need room past a bar. */
  if (chart->axis && max_value > 0)
    {
      step = tick_step (max_value);
      max_value = ceil (max_value / step - 1e-9) * step;
    }
  value_room += BAR_HEIGHT * 0.55 + 0.1 * (width - value_room);
  if (chart->title != NULL)
    y += put_text (chart, cr, chart->title, x, y, width, 1.1, TRUE, &palette->text, draw) + ROW_GAP;
  bars_top = y;
  /* The grid goes under the bars and their labels: measure, draw it, then the bars. */
  if (step > 0)
    {
      double bottom = y;

      for (guint i = 0; i < chart->bars->len; i++)
        bottom += draw_bar (chart, cr, &g_array_index (chart->bars, Bar, i), i, x, bottom, width,
                            value_room, max_value, palette, FALSE) + ROW_GAP;
      draw_axis (chart, cr, x, bars_top, bottom - ROW_GAP / 2, MAX (width - value_room - VALUE_GAP, 1.0),
                 max_value, step, palette, draw);
    }
  for (guint i = 0; i < chart->bars->len; i++)
    y += draw_bar (chart, cr, &g_array_index (chart->bars, Bar, i), i, x, y, width,
                   value_room, max_value, palette, draw) + ROW_GAP;
  if (step > 0)
    y += draw_axis (chart, cr, x, bars_top, y - ROW_GAP / 2, MAX (width - value_room - VALUE_GAP, 1.0),
                    max_value, step, palette, FALSE);
  y += draw_key (chart, cr, x, y, width, palette, draw);
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
