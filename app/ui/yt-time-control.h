/* yt-time-control.h: the "as of" year with a play button that steps through the years
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

#include "yt-panel-base.h"

G_BEGIN_DECLS

#define YT_TYPE_TIME_CONTROL (yt_time_control_get_type ())
G_DECLARE_FINAL_TYPE (YtTimeControl, yt_time_control, YT, TIME_CONTROL, YtPanelBase)

GtkWidget   *yt_time_control_new            (void);
gboolean     yt_time_control_get_playing    (YtTimeControl *self);
/* Starts or stops stepping one year per interval (milliseconds). */
void         yt_time_control_set_playing    (YtTimeControl *self,
                                             gboolean       playing);
void         yt_time_control_set_interval   (YtTimeControl *self,
                                             guint          interval_ms);

G_END_DECLS
