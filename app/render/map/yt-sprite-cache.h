/* yt-sprite-cache.h: map symbols drawn once and stamped (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-map-style.h"

G_BEGIN_DECLS

typedef struct _YtSpriteCache YtSpriteCache;

YtSpriteCache *yt_sprite_cache_new         (void);
void           yt_sprite_cache_free        (YtSpriteCache *self);
void           yt_sprite_cache_draw_symbol (YtSpriteCache *self,
                                            cairo_t       *cr,
                                            YtSymbol       symbol,
                                            double         x,
                                            double         y,
                                            double         radius,
                                            const YtRgb   *fill,
                                            const YtRgb   *outline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtSpriteCache, yt_sprite_cache_free)

G_END_DECLS
