/* yt-region-profile.h: a province or country: its sites, hubs, totals and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_REGION_PROFILE (yt_region_profile_get_type ())
G_DECLARE_FINAL_TYPE (YtRegionProfile, yt_region_profile, YT, REGION_PROFILE, YtPanelBase)

GtkWidget *yt_region_profile_new        (YtViewState     *state);
guint      yt_region_profile_get_region (YtRegionProfile *self);
void       yt_region_profile_set_region (YtRegionProfile *self,
                                         guint            region);

G_END_DECLS
