/* yt-atlas-private.h: engine-internal parts of YtAtlas and its loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

typedef gpointer (*YtAtlasBuildFn) (YtAtlas *self);

/* A derived index built once, on first use, from any thread. */
gconstpointer yt_atlas_get_cache              (YtAtlas        *self,
                                               YtAtlasBuildFn  build,
                                               GDestroyNotify  free_func);

/* How often anything asked libxml2 for an external entity (tests). */
guint         yt_atlas_loader_entity_requests (void);

G_END_DECLS
