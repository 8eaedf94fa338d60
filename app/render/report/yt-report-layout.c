/* yt-report-layout.c: pages, styles and the flow of headings, paragraphs and tables
 *
 * Everything is measured in points with hinting off, so a page laid out once
 * draws identically on a PDF surface, a printer and a screen preview.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-report-private.h"

#define MARGIN_SIDE   62.0
#define MARGIN_TOP    70.0
#define MARGIN_BOTTOM 66.0

typedef struct { gboolean sans, bold; double size; } StyleSpec;

static const StyleSpec styles[YT_N_STYLES] = {
  [YT_STYLE_BODY]       = { FALSE, FALSE, 9.5 },
  [YT_STYLE_SMALL]      = { FALSE, FALSE, 8.0 },
  [YT_STYLE_TABLE]      = { FALSE, FALSE, 7.8 },
  [YT_STYLE_TABLE_HEAD] = { TRUE,  TRUE,  7.6 },
  [YT_STYLE_CAPTION]    = { FALSE, FALSE, 7.8 },
  [YT_STYLE_H1]         = { TRUE,  TRUE,  17.0 },
  [YT_STYLE_H2]         = { TRUE,  TRUE,  12.0 },
  [YT_STYLE_H3]         = { TRUE,  TRUE,  9.8 },
  [YT_STYLE_TITLE]      = { TRUE,  TRUE,  27.0 },
  [YT_STYLE_SUBTITLE]   = { FALSE, FALSE, 13.0 },
  [YT_STYLE_RUNNING]    = { FALSE, FALSE, 7.5 },
};

static void
page_free (YtPage *page)
{
  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
item_free (YtItem *item)
{
  g_clear_object (&item->layout);
  g_clear_pointer (&item->chart, yt_chart_free);
  g_free (item->target);
  g_free (item);
}

static void
toc_entry_clear (YtTocEntry *entry)
{
  g_free (entry->title);
  g_free (entry->anchor);
}

static PangoContext *
create_context (YtLang lang)
{
  /* A font map of our own: the default one is per thread and shared with
   * whatever else the thread draws. */
  g_autoptr(PangoFontMap) map = pango_cairo_font_map_new ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (lang == YT_LANG_ZH ? "zh-cn" : "en"));
  cairo_font_options_destroy (options);
  return context;
}

YtDoc *
yt_doc_new (YtLang  lang,
            YtPaper paper)
{
  YtDoc *doc = g_new0 (YtDoc, 1);

  doc->lang = lang;
  doc->page_w = paper == YT_PAPER_LETTER ? 612.0 : 595.276;
  doc->page_h = paper == YT_PAPER_LETTER ? 792.0 : 841.89;
  doc->left = MARGIN_SIDE;
  doc->top = MARGIN_TOP;
  doc->width = doc->page_w - 2 * MARGIN_SIDE;
  doc->bottom = doc->page_h - MARGIN_BOTTOM;
  doc->context = create_context (lang);
  doc->body_family = lang == YT_LANG_ZH ? YT_REPORT_ZH : YT_REPORT_SERIF_EN;
  for (guint i = 0; i < YT_N_STYLES; i++)
    {
      doc->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family_static (doc->fonts[i],
                                                lang == YT_LANG_ZH ? YT_REPORT_ZH
                                                : styles[i].sans ? YT_REPORT_SANS_EN : YT_REPORT_SERIF_EN);
      /* The Chinese face has no bold: fontconfig would embolden it, and Cairo
       * would embed the result as yet another font. */
      pango_font_description_set_weight (doc->fonts[i], styles[i].bold && lang != YT_LANG_ZH
                                                        ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_font_description_set_size (doc->fonts[i], (int) (styles[i].size * PANGO_SCALE));
    }
  doc->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
  doc->toc = g_array_new (FALSE, TRUE, sizeof (YtTocEntry));
  g_array_set_clear_func (doc->toc, (GDestroyNotify) toc_entry_clear);
  doc->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return doc;
}

void
yt_doc_free (YtDoc *doc)
{
  if (doc == NULL)
    return;
  g_hash_table_unref (doc->anchors);
  g_hash_table_unref (doc->shared);
  yt_doc_words_free (doc->words);
  yt_doc_collator_free (doc->collator);
  g_array_unref (doc->toc);
  g_ptr_array_unref (doc->pages);
  for (guint i = 0; i < YT_N_STYLES; i++)
    pango_font_description_free (doc->fonts[i]);
  g_object_unref (doc->context);
  g_free (doc);
}

static gboolean
is_weight (PangoAttribute *attr,
           gpointer        data)
{
  return attr->klass->type == PANGO_ATTR_WEIGHT;
}

PangoLayout *
yt_doc_layout (YtDoc        *doc,
               YtStyle       style,
               const YtRich *rich,
               double        width)
{
  PangoLayout *layout = pango_layout_new (doc->context);
  PangoAttrList *attrs = pango_attr_list_copy (rich->attrs);

  pango_layout_set_font_description (layout, doc->fonts[style]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_text (layout, rich->text->str, (int) rich->text->len);
  if (attrs == NULL)
    attrs = pango_attr_list_new ();
  if (doc->lang == YT_LANG_ZH)
    pango_attr_list_unref (pango_attr_list_filter (attrs, is_weight, NULL));
  yt_doc_mark_words (doc, rich->text->str, rich->text->len, attrs);
  /* Chinese running text is set flush on both sides, as Chinese print is:
   * lines kept from breaking inside words would otherwise end raggedly. */
  if (doc->lang == YT_LANG_ZH && (style == YT_STYLE_BODY || style == YT_STYLE_SMALL))
    pango_layout_set_justify (layout, TRUE);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

YtItem *
yt_doc_add_item (YtDoc      *doc,
                 YtItemKind  kind,
                 double x, double y, double w, double h)
{
  YtItem *item = g_new0 (YtItem, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  item->w = w;
  item->h = h;
  item->color = yt_report_ink;
  item->line_width = 0.5;
  g_ptr_array_add (doc->page->items, item);
  return item;
}

void
yt_doc_new_page (YtDoc    *doc,
                 gboolean  front)
{
  YtPage *page;

  if (doc->page != NULL)
    doc->page->fill = yt_doc_fill (doc);
  /* An empty page is reused rather than left blank. */
  if (doc->page != NULL && doc->page->items->len == 0)
    {
      doc->page->front = front;
      doc->y = doc->top;
      return;
    }
  page = g_new0 (YtPage, 1);
  page->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  page->front = front;
  g_ptr_array_add (doc->pages, page);
  doc->page = page;
  doc->y = doc->top;
}

double
yt_doc_fill (YtDoc *doc)
{
  return CLAMP ((doc->y - doc->top) / (doc->bottom - doc->top), 0, 1);
}

void
yt_doc_ensure (YtDoc  *doc,
               double  height)
{
  if (doc->y + height > doc->bottom && doc->y > doc->top)
    yt_doc_new_page (doc, doc->page->front);
}

/* Space never carries over to the top of a new page. */
void
yt_doc_space (YtDoc  *doc,
              double  height)
{
  if (doc->y > doc->top)
    doc->y = MIN (doc->y + height, doc->bottom);
}

void
yt_doc_anchor (YtDoc      *doc,
               const char *name)
{
  YtItem *item = yt_doc_add_item (doc, YT_ITEM_DEST, doc->left, MAX (doc->y - 12, 0), 0, 0);

  item->target = g_strdup (name);
  g_hash_table_replace (doc->anchors, g_strdup (name), GUINT_TO_POINTER (doc->pages->len));
}

static void
add_link_areas (YtDoc        *doc,
                PangoLayout  *layout,
                const YtRich *rich,
                double        x,
                double        y)
{
  for (guint i = 0; rich != NULL && i < rich->links->len; i++)
    {
      const YtRichLink *link = &g_array_index (rich->links, YtRichLink, i);
      PangoLayoutIter *iter = pango_layout_get_iter (layout);

      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          int *ranges = NULL, n = 0;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          pango_layout_line_get_x_ranges (line, link->start, link->end, &ranges, &n);
          for (int r = 0; r < n; r++)
            {
              double x0 = (double) ranges[2 * r] / PANGO_SCALE;
              double x1 = (double) ranges[2 * r + 1] / PANGO_SCALE;
              YtItem *item = yt_doc_add_item (doc, YT_ITEM_LINK, x + x0,
                                              y + (double) logical.y / PANGO_SCALE, x1 - x0,
                                              (double) logical.height / PANGO_SCALE);
              item->target = g_strdup (link->target);
            }
          g_free (ranges);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

void
yt_doc_place (YtDoc        *doc,
              PangoLayout  *layout,
              const YtRich *rich,
              double        x,
              double        y,
              YtRgb         color)
{
  YtItem *item = yt_doc_add_item (doc, YT_ITEM_TEXT, x, y, 0, 0);

  item->layout = g_object_ref (layout);
  item->color = color;
  add_link_areas (doc, layout, rich, x, y);
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static guint
last_line_chars (PangoLayout *layout)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, pango_layout_get_line_count (layout) - 1);
  const char *text = pango_layout_get_text (layout);

  return g_utf8_strlen (text + line->start_index, line->length);
}

/* A Chinese paragraph should not end on a line of one or two characters
 * ("致。"): letters are set a little tighter to take them back onto the line
 * before, or else a little looser to give the last line company.  The
 * paragraph keeps its width, so justified edges stay aligned. */
static void
avoid_short_last_line (PangoLayout *layout)
{
  PangoAttrList *base = pango_layout_get_attributes (layout);
  int lines = pango_layout_get_line_count (layout);
  static const int steps[] = { -1, -2, -3, -4, -5, 1, 2, 3, 4, 5, 6 };

  if (lines < 2 || last_line_chars (layout) > 2)
    return;
  base = base != NULL ? pango_attr_list_copy (base) : pango_attr_list_new ();
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      PangoAttrList *attrs = pango_attr_list_copy (base);

      /* Tenths of a point per character. */
      pango_attr_list_insert_before (attrs, pango_attr_letter_spacing_new (steps[i] * PANGO_SCALE / 10));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      if (pango_layout_get_line_count (layout) < lines ||
          (pango_layout_get_line_count (layout) == lines && last_line_chars (layout) > 2))
        {
          pango_attr_list_unref (base);
          return;
        }
    }
  pango_layout_set_attributes (layout, base);
  pango_attr_list_unref (base);
}

/* Table cells, paragraphs and source entries come back in every layout
 * pass with the same text at the same width, and shaping them is most of a
 * pass: each is shaped once, for a paragraph with its last line fixed. */
static PangoLayout *
shared_layout (YtDoc        *doc,
               YtStyle       style,
               const YtRich *rich,
               double        width,
               gboolean      paragraph)
{
  g_autofree char *attrs = rich->attrs != NULL ? pango_attr_list_to_string (rich->attrs) : NULL;
  char *key = g_strdup_printf ("%c%d %d %s\x1f%s", paragraph ? 'p' : 'l', style, (int) (width * PANGO_SCALE),
                               attrs != NULL ? attrs : "", rich->text->str);
  PangoLayout *layout = g_hash_table_lookup (doc->shared, key);

  if (layout != NULL)
    {
      g_free (key);
      return g_object_ref (layout);
    }
  layout = yt_doc_layout (doc, style, rich, width);
  if (paragraph && doc->lang == YT_LANG_ZH)
    avoid_short_last_line (layout);
  g_hash_table_insert (doc->shared, key, layout);
  return g_object_ref (layout);
}

PangoLayout *
yt_doc_layout_shared (YtDoc        *doc,
                      YtStyle       style,
                      const YtRich *rich,
                      double        width)
{
  return shared_layout (doc, style, rich, width, FALSE);
}

void
yt_doc_keep_shared (YtDoc *doc,
                    YtDoc *prev)
{
  g_hash_table_unref (doc->shared);
  doc->shared = g_hash_table_ref (prev->shared);
}

/* A paragraph moves whole to the next page rather than split: report
 * paragraphs are a few lines long, and this keeps widows away. */
void
yt_doc_paragraph (YtDoc        *doc,
                  YtStyle       style,
                  const YtRich *rich,
                  double        indent,
                  double        space_after)
{
  g_autoptr(PangoLayout) layout = shared_layout (doc, style, rich, doc->width - indent, TRUE);
  double height = layout_height (layout);

  yt_doc_ensure (doc, height);
  yt_doc_place (doc, layout, rich, doc->left + indent, doc->y,
                style == YT_STYLE_CAPTION ? yt_report_muted : yt_report_ink);
  doc->y += height + space_after;
}

void
yt_doc_text (YtDoc      *doc,
             YtStyle     style,
             const char *text,
             double      space_after)
{
  g_autoptr(YtRich) rich = yt_rich_new (text);

  yt_doc_paragraph (doc, style, rich, 0, space_after);
}

double
yt_doc_text_height (YtDoc      *doc,
                    YtStyle     style,
                    const char *text,
                    double      width)
{
  g_autoptr(YtRich) rich = yt_rich_new (text);
  g_autoptr(PangoLayout) layout = shared_layout (doc, style, rich, width, FALSE);

  return layout_height (layout);
}

void
yt_doc_toc_entry (YtDoc      *doc,
               int         level,
               const char *title,
               const char *anchor)
{
  YtTocEntry entry = { level, g_strdup (title), g_strdup (anchor), doc->pages->len - 1 };

  g_array_append_val (doc->toc, entry);
}

void
yt_doc_heading (YtDoc      *doc,
                int         level,
                const char *text,
                const char *anchor,
                int         toc_level)
{
  YtStyle style = level <= 1 ? YT_STYLE_H1 : level == 2 ? YT_STYLE_H2 : YT_STYLE_H3;
  double height = yt_doc_text_height (doc, style, text, doc->width);
  YtItem *rule;

  /* A chapter opens a new page unless the last one ended high on its page:
   * then it follows, rather than leave a page nearly empty. */
  if (level <= 1 && yt_doc_fill (doc) > 0.55)
    yt_doc_new_page (doc, doc->page->front);
  yt_doc_space (doc, level <= 1 ? 30 : level == 2 ? 14 : 8);
  /* Keep the heading with what follows: a few lines, or for a profile its
   * intro and the start of its first table. */
  yt_doc_ensure (doc, height + (level == 2 ? 130 : 48));
  if (anchor != NULL)
    yt_doc_anchor (doc, anchor);
  if (anchor != NULL && toc_level > 0)
    yt_doc_toc_entry (doc, toc_level, text, anchor);
  yt_doc_text (doc, style, text, level <= 1 ? 4 : 3);
  if (level > 1)
    return;
  rule = yt_doc_add_item (doc, YT_ITEM_LINE, doc->left, doc->y, doc->width, 0);
  rule->color = yt_report_accent;
  rule->line_width = 1.2;
  doc->y += 14;
}
