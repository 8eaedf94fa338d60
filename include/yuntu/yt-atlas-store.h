/* yt-atlas-store.h: the current atlas (bundled set plus the user's files), replaced whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

#define YT_TYPE_ATLAS_STORE (yt_atlas_store_get_type ())
G_DECLARE_FINAL_TYPE (YtAtlasStore, yt_atlas_store, YT, ATLAS_STORE, GObject)

YtAtlasStore  *yt_atlas_store_new              (void);
YtAtlas       *yt_atlas_store_get_atlas        (YtAtlasStore         *self);
const char * const *yt_atlas_store_get_files   (YtAtlasStore         *self);
gboolean       yt_atlas_store_get_loading      (YtAtlasStore         *self);

void           yt_atlas_store_load_async       (YtAtlasStore         *self,
                                                const char * const   *added_files,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
/* FALSE with the problems when a file has any: the current atlas stays, or,
 * when there was none yet, the bundled set (and the files already open) is
 * loaded without the new files. */
gboolean       yt_atlas_store_load_finish      (YtAtlasStore         *self,
                                                GAsyncResult         *result,
                                                GPtrArray           **problems,
                                                GError              **error);
gboolean       yt_atlas_store_load_sync        (YtAtlasStore         *self,
                                                const char * const   *added_files,
                                                GPtrArray           **problems,
                                                GError              **error);

G_END_DECLS
