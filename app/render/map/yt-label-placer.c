/* yt-label-placer.c: labels placed by priority so that no two overlap and none covers a marker
 *
 * Callers offer labels in priority order, each with a few candidate boxes
 * (right of the marker, left, above, below); the first candidate that stays
 * inside the frame and touches no placed label and no obstacle wins, the
 * others are dropped. A uniform grid keeps each test local, so placing stays
 * linear in the number of labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-label-placer.h"

#define CELL 64.0

struct _YtLabelPlacer
{
  double  width, height;
  guint   cols, rows;
  GArray *boxes;        /* YtBox: obstacles and labels */
  GArray *labels;       /* guint: which boxes are labels */
  GArray **cells;       /* per cell, indices into boxes */
};

gboolean
yt_box_intersects (const YtBox *a,
                   const YtBox *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

YtLabelPlacer *
yt_label_placer_new (double width,
                     double height)
{
  YtLabelPlacer *self = g_new0 (YtLabelPlacer, 1);

  self->width = width;
  self->height = height;
  self->cols = MAX (1, (guint) ceil (width / CELL));
  self->rows = MAX (1, (guint) ceil (height / CELL));
  self->boxes = g_array_new (FALSE, FALSE, sizeof (YtBox));
  self->labels = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_new0 (GArray *, self->cols * self->rows);
  return self;
}

void
yt_label_placer_free (YtLabelPlacer *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->cols * self->rows; i++)
    if (self->cells[i] != NULL)
      g_array_unref (self->cells[i]);
  g_free (self->cells);
  g_array_unref (self->boxes);
  g_array_unref (self->labels);
  g_free (self);
}

static void
cell_range (YtLabelPlacer *self,
            const YtBox   *box,
            guint         *c0,
            guint         *r0,
            guint         *c1,
            guint         *r1)
{
  *c0 = (guint) CLAMP (floor (box->x / CELL), 0, self->cols - 1);
  *r0 = (guint) CLAMP (floor (box->y / CELL), 0, self->rows - 1);
  *c1 = (guint) CLAMP (floor ((box->x + box->width) / CELL), 0, self->cols - 1);
  *r1 = (guint) CLAMP (floor ((box->y + box->height) / CELL), 0, self->rows - 1);
}

static guint
insert (YtLabelPlacer *self,
        const YtBox   *box)
{
  guint index = self->boxes->len;
  guint c0, r0, c1, r1;

  g_array_append_val (self->boxes, *box);
  cell_range (self, box, &c0, &r0, &c1, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray **cell = &self->cells[r * self->cols + c];

        if (*cell == NULL)
          *cell = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*cell, index);
      }
  return index;
}

/* Whether @box fits without placing it: callers test a small box first and
 * measure their text only when it can still go somewhere. */
gboolean
yt_label_placer_is_free (YtLabelPlacer *self,
                         const YtBox   *box)
{
  guint c0, r0, c1, r1;

  g_return_val_if_fail (self != NULL && box != NULL, FALSE);

  if (box->x < 0 || box->y < 0 || box->x + box->width > self->width ||
      box->y + box->height > self->height)
    return FALSE;

  cell_range (self, box, &c0, &r0, &c1, &r1);
  for (guint r = r0; r <= r1; r++)
    for (guint c = c0; c <= c1; c++)
      {
        GArray *cell = self->cells[r * self->cols + c];

        for (guint i = 0; cell != NULL && i < cell->len; i++)
          if (yt_box_intersects (box, &g_array_index (self->boxes, YtBox, g_array_index (cell, guint, i))))
            return FALSE;
      }
  return TRUE;
}

void
yt_label_placer_add_obstacle (YtLabelPlacer *self,
                              const YtBox   *box)
{
  g_return_if_fail (self != NULL && box != NULL);
  insert (self, box);
}

/* Returns the chosen candidate, or -1 when every candidate collides. */
int
yt_label_placer_place (YtLabelPlacer *self,
                       const YtBox   *candidates,
                       guint          n_candidates)
{
  g_return_val_if_fail (self != NULL, -1);

  for (guint i = 0; i < n_candidates; i++)
    if (yt_label_placer_is_free (self, &candidates[i]))
      {
        guint index = insert (self, &candidates[i]);

        g_array_append_val (self->labels, index);
        return (int) i;
      }
  return -1;
}

guint
yt_label_placer_get_n_labels (YtLabelPlacer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->labels->len;
}

const YtBox *
yt_label_placer_get_label (YtLabelPlacer *self,
                           guint          index)
{
  g_return_val_if_fail (self != NULL && index < self->labels->len, NULL);
  return &g_array_index (self->boxes, YtBox, g_array_index (self->labels, guint, index));
}
