/* yt-company-profile.h: a company's names, figures, sites, people, facts and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_COMPANY_PROFILE (yt_company_profile_get_type ())
G_DECLARE_FINAL_TYPE (YtCompanyProfile, yt_company_profile, YT, COMPANY_PROFILE, YtPanelBase)

GtkWidget *yt_company_profile_new         (YtViewState      *state);
guint      yt_company_profile_get_company (YtCompanyProfile *self);
void       yt_company_profile_set_company (YtCompanyProfile *self,
                                           guint             company);

/* The chart a company profile shows: its most repeated figure over time, or
 * else its sites by region.  NULL when there is nothing to compare. */
YtChart   *yt_company_profile_build_chart (YtAtlas          *atlas,
                                           guint             company,
                                           YtLang            lang);

G_END_DECLS
