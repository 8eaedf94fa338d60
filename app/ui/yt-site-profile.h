/* yt-site-profile.h: a site's kind, place, companies, figures, dates and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_SITE_PROFILE (yt_site_profile_get_type ())
G_DECLARE_FINAL_TYPE (YtSiteProfile, yt_site_profile, YT, SITE_PROFILE, YtPanelBase)

GtkWidget *yt_site_profile_new      (YtViewState   *state);
guint      yt_site_profile_get_site (YtSiteProfile *self);
void       yt_site_profile_set_site (YtSiteProfile *self,
                                     guint          site);

G_END_DECLS
