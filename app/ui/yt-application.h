/* yt-application.h: the Yuntu application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <yuntu/yt-atlas-store.h>
#include <yuntu/yt-view-state.h>

G_BEGIN_DECLS

#define YT_TYPE_APPLICATION (yt_application_get_type ())
G_DECLARE_FINAL_TYPE (YtApplication, yt_application, YT, APPLICATION, AdwApplication)

YtApplication *yt_application_new       (void);
YtAtlasStore  *yt_application_get_store (YtApplication *self);
YtViewState   *yt_application_get_view_state (YtApplication *self);

G_END_DECLS
