/* yt-report-draw.c: one laid-out page onto any cairo_t, with running header and footer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

static void
set_color (cairo_t *cr,
           YtRgb    color)
{
  cairo_set_source_rgb (cr, color.r, color.g, color.b);
}

/* Cairo tag attributes quote strings with ' and escape with \. */
static char *
quote_attr (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
draw_dest (cairo_t      *cr,
           const YtItem *item)
{
  g_autofree char *name = quote_attr (item->target);
  g_autofree char *attrs = NULL;
  char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (x, sizeof x, "%.2f", item->x);
  g_ascii_formatd (y, sizeof y, "%.2f", item->y);
  attrs = g_strdup_printf ("name='%s' x=%s y=%s", name, x, y);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attrs);
  cairo_tag_end (cr, CAIRO_TAG_DEST);
}


static void
draw_map (YtReport     *self,
          cairo_t      *cr,
          const YtItem *item)
{
  YtMapRenderer *renderer = yt_report_get_map_renderer (self, item->map);

  cairo_save (cr);
  cairo_rectangle (cr, item->x, item->y, item->w, item->h);
  cairo_clip (cr);
  cairo_translate (cr, item->x, item->y);
  /* The renderer sizes text and symbols for screens (YT_MAP_PRINT_SCALE). */
  cairo_scale (cr, YT_MAP_PRINT_SCALE, YT_MAP_PRINT_SCALE);
  yt_map_renderer_render (renderer, cr, item->w / YT_MAP_PRINT_SCALE, item->h / YT_MAP_PRINT_SCALE);
  cairo_restore (cr);
  cairo_save (cr);
  cairo_translate (cr, item->x, item->y + item->h + item->legend_gap);
  cairo_scale (cr, YT_MAP_PRINT_SCALE, YT_MAP_PRINT_SCALE);
  yt_map_renderer_render_legend (renderer, cr);
  cairo_restore (cr);
  cairo_rectangle (cr, item->x, item->y, item->w, item->h);
  set_color (cr, yt_report_rule);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

static void
draw_item (YtReport     *self,
           cairo_t      *cr,
           const YtItem *item)
{
  switch (item->kind)
    {
    case YT_ITEM_TEXT:
      set_color (cr, item->color);
      cairo_move_to (cr, item->x, item->y);
      pango_cairo_show_layout (cr, item->layout);
      break;
    case YT_ITEM_RECT:
      set_color (cr, item->color);
      cairo_rectangle (cr, item->x, item->y, item->w, item->h);
      cairo_fill (cr);
      break;
    case YT_ITEM_LINE:
      set_color (cr, item->color);
      cairo_set_line_width (cr, item->line_width);
      if (item->dotted)
        cairo_set_dash (cr, (const double[]) { 0.6, 2.4 }, 2, 0);
      cairo_set_line_cap (cr, item->dotted ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_move_to (cr, item->x, item->y);
      cairo_rel_line_to (cr, item->w, item->h);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      break;
    case YT_ITEM_MAP:
      draw_map (self, cr, item);
      break;
    case YT_ITEM_CHART:
      yt_chart_render (item->chart, cr, item->x, item->y, item->w, item->h);
      break;
    case YT_ITEM_LINK:
      /* Link annotations are added to the finished PDF (yt-report-pdf.c). */
      break;
    case YT_ITEM_DEST:
      draw_dest (cr, item);
      break;
    }
}

static void
draw_running_text (YtDoc      *doc,
                   cairo_t    *cr,
                   const char *text,
                   double      y,
                   PangoAlignment alignment)
{
  g_autoptr(YtRich) rich = yt_rich_new (text);
  g_autoptr(PangoLayout) layout = yt_doc_layout (doc, YT_STYLE_RUNNING, rich, doc->width);

  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_color (cr, yt_report_muted);
  cairo_move_to (cr, doc->left, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_running (YtReport *self,
              cairo_t  *cr,
              guint     index)
{
  YtDoc *doc = yt_report_get_doc (self);
  YtPage *page = g_ptr_array_index (doc->pages, index);
  YtLang lang = yt_report_get_language (self);
  const char *label = yt_report_get_page_label (self, index);
  g_autofree char *footer = NULL;
  guint n_main = 0;

  if (page->bare)
    return;
  for (guint i = 0; i < doc->pages->len; i++)
    n_main += !((YtPage *) g_ptr_array_index (doc->pages, i))->front;
  if (page->front)
    footer = g_strdup (label);
  else
    footer = g_strdup_printf (YT_R_ (lang, N_("Page %s of %u")), label, n_main);

  draw_running_text (doc, cr, yt_report_get_title (self), doc->top - 38, PANGO_ALIGN_LEFT);
  set_color (cr, yt_report_rule);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, doc->left, doc->top - 25);
  cairo_rel_line_to (cr, doc->width, 0);
  cairo_stroke (cr);
  draw_running_text (doc, cr, footer, doc->bottom + 30, PANGO_ALIGN_CENTER);
}

void
yt_report_draw_page (YtReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  YtDoc *doc;
  YtPage *p;

  g_return_if_fail (YT_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < yt_report_get_n_pages (self));

  doc = yt_report_get_doc (self);
  p = g_ptr_array_index (doc->pages, page);
  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < p->items->len; i++)
    draw_item (self, cr, g_ptr_array_index (p->items, i));
  draw_running (self, cr, page);
  cairo_restore (cr);
}
