/* yt-preferences-dialog.h: the interface language and the style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define YT_TYPE_PREFERENCES_DIALOG (yt_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (YtPreferencesDialog, yt_preferences_dialog, YT, PREFERENCES_DIALOG, AdwPreferencesWindow)

YtPreferencesDialog *yt_preferences_dialog_new (GtkWindow *parent);

G_END_DECLS
