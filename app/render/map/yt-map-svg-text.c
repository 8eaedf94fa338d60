/* yt-map-svg-text.c: map text as SVG <text>, which Cairo 1.16 cannot write
 *
 * Cairo's SVG surface draws every glyph as an outline, so an exported
 * map's names could be neither selected nor searched. For SVG the renderer
 * records each piece of map text (one entry per line of a layout) instead
 * of drawing it, and the export appends the records as <text> elements in
 * the same font, size, colour and halo: the halo is a stroke painted first
 * (paint-order), so each name stays one element.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-private.h"

typedef struct {
  char  *text;
  double x, y;          /* baseline start, in the surface's units */
  double size;
  int    weight;
  gboolean italic;
  double spacing;       /* letter spacing, surface units */
  YtRgb  fill, halo;
  double halo_width;
} SvgText;

static void
svg_text_clear (gpointer data)
{
  g_free (((SvgText *) data)->text);
}

GArray *
yt_map_svg_text_new (void)
{
  GArray *texts = g_array_new (FALSE, FALSE, sizeof (SvgText));

  g_array_set_clear_func (texts, svg_text_clear);
  return texts;
}

/* Italics and letter spacing as set on the whole layout (labels set them so). */
static void
layout_attributes (PangoLayout *layout,
                   gboolean    *italic,
                   double      *spacing)
{
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  PangoAttrIterator *iter;
  PangoAttribute *a;

  *italic = FALSE;
  *spacing = 0;
  if (attrs == NULL)
    return;
  iter = pango_attr_list_get_iterator (attrs);
  if ((a = pango_attr_iterator_get (iter, PANGO_ATTR_STYLE)) != NULL)
    *italic = ((PangoAttrInt *) a)->value != PANGO_STYLE_NORMAL;
  if ((a = pango_attr_iterator_get (iter, PANGO_ATTR_LETTER_SPACING)) != NULL)
    *spacing = ((PangoAttrInt *) a)->value / (double) PANGO_SCALE;
  pango_attr_iterator_destroy (iter);
}

/**
 * yt_map_svg_text_record:
 * @texts: from yt_map_svg_text_new()
 *
 * Records @layout, drawn with its top left at (@x, @y) in @cr's user space.
 */
void
yt_map_svg_text_record (GArray       *texts,
                        cairo_t      *cr,
                        PangoLayout  *layout,
                        double        x,
                        double        y,
                        const YtRgb  *fill,
                        const YtRgb  *halo,
                        double        halo_width)
{
  const PangoFontDescription *font = pango_layout_get_font_description (layout);
  const char *all = pango_layout_get_text (layout);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double scale = 1, zero = 0, spacing;
  gboolean italic;

  cairo_user_to_device_distance (cr, &scale, &zero);
  scale = hypot (scale, zero);
  layout_attributes (layout, &italic, &spacing);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      SvgText t = { 0 };

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      t.x = x + logical.x / (double) PANGO_SCALE;
      t.y = y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      cairo_user_to_device (cr, &t.x, &t.y);
      t.text = g_strndup (all + line->start_index, line->length);
      t.size = pango_font_description_get_size (font) / (double) PANGO_SCALE * scale;
      t.weight = pango_font_description_get_weight (font);
      t.italic = italic;
      t.spacing = spacing * scale;
      t.fill = *fill;
      t.halo = *halo;
      t.halo_width = halo_width * scale;
      if (*g_strstrip (t.text) != '\0')
        g_array_append_val (texts, t);
      else
        g_free (t.text);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
append_rgb (GString     *out,
            const char  *name,
            const YtRgb *c)
{
  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", name, (int) lround (c->r * 255),
                          (int) lround (c->g * 255), (int) lround (c->b * 255));
}

static void
append_number (GString    *out,
               const char *name,
               double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (out, " %s=\"%s\"", name, g_ascii_formatd (buf, sizeof buf, "%.2f", value));
}

/**
 * yt_map_svg_text_to_xml:
 *
 * Returns: (transfer full): a <g> of <text> elements for the end of an SVG
 */
char *
yt_map_svg_text_to_xml (GArray *texts,
                        YtLang  language)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "<g font-family=\"'%s', sans-serif\" stroke-linejoin=\"round\" "
                          "paint-order=\"stroke\" xml:lang=\"%s\">\n", YT_MAP_FONT,
                          language == YT_LANG_ZH ? "zh-CN" : "en");
  for (guint i = 0; i < texts->len; i++)
    {
      const SvgText *t = &g_array_index (texts, SvgText, i);
      g_autofree char *escaped = g_markup_escape_text (t->text, -1);

      g_string_append (out, "<text");
      append_number (out, "x", t->x);
      append_number (out, "y", t->y);
      append_number (out, "font-size", t->size);
      g_string_append_printf (out, " font-weight=\"%d\"", t->weight);
      if (t->italic)
        g_string_append (out, " font-style=\"italic\"");
      if (t->spacing != 0)
        append_number (out, "letter-spacing", t->spacing);
      append_rgb (out, "fill", &t->fill);
      append_rgb (out, "stroke", &t->halo);
      append_number (out, "stroke-width", t->halo_width);
      g_string_append_printf (out, ">%s</text>\n", escaped);
    }
  g_string_append (out, "</g>\n");
  return g_string_free (out, FALSE);
}
