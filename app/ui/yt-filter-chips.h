/* yt-filter-chips.h: every active filter as a removable chip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A line of chips at the top of the side panel, one per criterion of the
 * view state's filter that narrows the sites (search text, kind, company,
 * region, years, "as of"), each with a button that removes it, and "Clear
 * All".  It shows on every page whenever a filter is on, whether or not the
 * filter controls are open, so that no filter is ever at work unseen.
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_FILTER_CHIPS (yt_filter_chips_get_type ())
G_DECLARE_FINAL_TYPE (YtFilterChips, yt_filter_chips, YT, FILTER_CHIPS, YtPanelBase)

GtkWidget  *yt_filter_chips_new          (void);
/* For tests: how many chips show, and the text of one. */
guint       yt_filter_chips_get_n_chips  (YtFilterChips *self);
const char *yt_filter_chips_get_chip     (YtFilterChips *self,
                                          guint          index);
/* Removes the filter of a chip, as its button does. */
void        yt_filter_chips_remove       (YtFilterChips *self,
                                          guint          index);

G_END_DECLS
