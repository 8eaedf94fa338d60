/* yt-label-placer.h: labels placed by priority so that no two overlap and none covers a marker
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double x, y, width, height;
} YtBox;

gboolean yt_box_intersects (const YtBox *a,
                            const YtBox *b);

typedef struct _YtLabelPlacer YtLabelPlacer;

YtLabelPlacer *yt_label_placer_new          (double          width,
                                             double          height);
void           yt_label_placer_free         (YtLabelPlacer  *self);
void           yt_label_placer_add_obstacle (YtLabelPlacer  *self,
                                             const YtBox    *box);
gboolean       yt_label_placer_is_free      (YtLabelPlacer  *self,
                                             const YtBox    *box);
int            yt_label_placer_place        (YtLabelPlacer  *self,
                                             const YtBox    *candidates,
                                             guint           n_candidates);
guint          yt_label_placer_get_n_labels (YtLabelPlacer  *self);
const YtBox   *yt_label_placer_get_label    (YtLabelPlacer  *self,
                                             guint           index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtLabelPlacer, yt_label_placer_free)

G_END_DECLS
