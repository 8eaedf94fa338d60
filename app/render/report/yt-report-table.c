/* yt-report-table.c: tables that break between rows and repeat their header row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-report-private.h"

#define PAD_X 4.0
#define PAD_Y 2.8

typedef struct {
  double     *x, *w;              /* column positions and inner widths */
  GPtrArray  *layouts;            /* one row's PangoLayouts */
  double      height;
} RowLayout;

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static void
lay_out_row (YtDoc         *doc,
             const YtTable *table,
             GPtrArray     *cells,
             YtStyle        style,
             RowLayout     *row)
{
  row->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  row->height = 0;
  for (guint c = 0; c < table->n_cols; c++)
    {
      const YtRich *rich = c < cells->len ? g_ptr_array_index (cells, c) : NULL;
      g_autoptr(YtRich) empty = rich == NULL ? yt_rich_new (NULL) : NULL;
      PangoLayout *layout = yt_doc_layout_shared (doc, style, rich != NULL ? rich : empty, row->w[c]);

      g_ptr_array_add (row->layouts, layout);
      row->height = MAX (row->height, layout_height (layout));
    }
  row->height += 2 * PAD_Y;
}

static void
place_row (YtDoc         *doc,
           const YtTable *table,
           GPtrArray     *cells,
           RowLayout     *row,
           YtRgb          color)
{
  for (guint c = 0; c < table->n_cols; c++)
    yt_doc_place (doc, g_ptr_array_index (row->layouts, c),
                  c < cells->len ? g_ptr_array_index (cells, c) : NULL,
                  row->x[c], doc->y + PAD_Y, color);
  doc->y += row->height;
}

static void
place_head (YtDoc         *doc,
            const YtTable *table,
            RowLayout     *head)
{
  YtItem *box = yt_doc_add_item (doc, YT_ITEM_RECT, doc->left, doc->y, doc->width, head->height);
  YtItem *rule;

  box->color = (YtRgb) { 0.87, 0.91, 0.95 };
  place_row (doc, table, table->head, head, yt_report_accent);
  rule = yt_doc_add_item (doc, YT_ITEM_LINE, doc->left, doc->y, doc->width, 0);
  rule->color = yt_report_accent;
  rule->line_width = 0.8;
}

static void
free_row (RowLayout *row)
{
  g_clear_pointer (&row->layouts, g_ptr_array_unref);
}

void
yt_doc_table (YtDoc         *doc,
              const YtTable *table)
{
  g_autofree double *x = g_new (double, table->n_cols);
  g_autofree double *w = g_new (double, table->n_cols);
  RowLayout head = { x, w, NULL, 0 };
  double left = doc->left;
  YtItem *rule;

  for (guint c = 0; c < table->n_cols; c++)
    {
      double col = table->widths[c] * doc->width;

      x[c] = left + PAD_X;
      w[c] = col - 2 * PAD_X;
      left += col;
    }
  lay_out_row (doc, table, table->head, YT_STYLE_TABLE_HEAD, &head);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (table->rows, r);
      RowLayout row = { x, w, NULL, 0 };

      lay_out_row (doc, table, cells, YT_STYLE_TABLE, &row);
      /* The header never stands alone at the foot of a page. */
      if (r == 0)
        yt_doc_ensure (doc, head.height + row.height);
      else if (doc->y + row.height > doc->bottom)
        yt_doc_new_page (doc, doc->page->front);
      if (r == 0 || doc->y == doc->top)
        place_head (doc, table, &head);
      if (r % 2 == 1)
        yt_doc_add_item (doc, YT_ITEM_RECT, doc->left, doc->y, doc->width, row.height)->color =
          yt_report_shade;
      place_row (doc, table, cells, &row, yt_report_ink);
      free_row (&row);
    }
  if (table->rows->len == 0)
    {
      yt_doc_ensure (doc, head.height);
      place_head (doc, table, &head);
    }
  rule = yt_doc_add_item (doc, YT_ITEM_LINE, doc->left, doc->y, doc->width, 0);
  rule->color = yt_report_rule;
  rule->line_width = 0.8;
  free_row (&head);
  doc->y += 10;
}
