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

static double
row_height (YtDoc         *doc,
            const YtTable *table,
            GPtrArray     *cells,
            double        *x,
            double        *w)
{
  RowLayout row = { x, w, NULL, 0 };
  double height;

  lay_out_row (doc, table, cells, cells == table->head ? YT_STYLE_TABLE_HEAD : YT_STYLE_TABLE, &row);
  height = row.height;
  free_row (&row);
  return height;
}

static void
columns (YtDoc         *doc,
         const YtTable *table,
         double        *x,
         double        *w)
{
  double left = doc->left;

  for (guint c = 0; c < table->n_cols; c++)
    {
      double col = table->widths[c] * doc->width;

      x[c] = left + PAD_X;
      w[c] = col - 2 * PAD_X;
      left += col;
    }
}

/* What must fit where a table starts: its header and its first two rows. */
double
yt_doc_table_start_height (YtDoc         *doc,
                           const YtTable *table)
{
  g_autofree double *x = g_new (double, table->n_cols);
  g_autofree double *w = g_new (double, table->n_cols);
  double height;

  columns (doc, table, x, w);
  height = row_height (doc, table, table->head, x, w);
  for (guint r = 0; r < MIN (table->rows->len, 2); r++)
    height += row_height (doc, table, g_ptr_array_index (table->rows, r), x, w);
  return height;
}

void
yt_doc_table (YtDoc         *doc,
              const YtTable *table)
{
  g_autofree double *x = g_new (double, table->n_cols);
  g_autofree double *w = g_new (double, table->n_cols);
  RowLayout head = { x, w, NULL, 0 };
  YtItem *rule;

  columns (doc, table, x, w);
  lay_out_row (doc, table, table->head, YT_STYLE_TABLE_HEAD, &head);

  for (guint r = 0, on_page = 0; r < table->rows->len; r++)
    {
      GPtrArray *cells = g_ptr_array_index (table->rows, r);
      RowLayout row = { x, w, NULL, 0 };
      /* Only the first row and the one before the last look ahead. */
      double next = (r == 0 || r + 2 == table->rows->len) && r + 1 < table->rows->len
                    ? row_height (doc, table, g_ptr_array_index (table->rows, r + 1), x, w) : 0;

      lay_out_row (doc, table, cells, YT_STYLE_TABLE, &row);
      /* The header starts a page with two rows at least, and the last row
       * does not go over alone: the one before goes with it. */
      if (r == 0)
        yt_doc_ensure (doc, head.height + row.height + next);
      else if (doc->y + row.height > doc->bottom ||
               (r + 2 == table->rows->len && on_page >= 2 && doc->y + row.height + next > doc->bottom))
        yt_doc_new_page (doc, doc->page->front);
      if (r == 0 || doc->y == doc->top)
        {
          place_head (doc, table, &head);
          on_page = 0;
        }
      on_page++;
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
