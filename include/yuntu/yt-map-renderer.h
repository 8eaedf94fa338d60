/* yt-map-renderer.h: draws a map view onto any cairo_t
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

typedef enum {
  YT_MAP_KIND_CHINA,
  YT_MAP_KIND_WORLD,
} YtMapKind;

GType yt_map_kind_get_type (void) G_GNUC_CONST;
#define YT_TYPE_MAP_KIND (yt_map_kind_get_type ())

const char *yt_map_kind_to_string   (YtMapKind   kind);
gboolean    yt_map_kind_from_string (const char *text,
                                     YtMapKind  *kind);

#define YT_TYPE_MAP_RENDERER (yt_map_renderer_get_type ())
G_DECLARE_FINAL_TYPE (YtMapRenderer, yt_map_renderer, YT, MAP_RENDERER, GObject)

YtMapRenderer *yt_map_renderer_new      (YtMapKind      kind);
YtMapKind      yt_map_renderer_get_kind (YtMapRenderer *self);
void           yt_map_renderer_set_kind (YtMapRenderer *self,
                                         YtMapKind      kind);
gboolean       yt_map_renderer_get_dark (YtMapRenderer *self);
void           yt_map_renderer_set_dark (YtMapRenderer *self,
                                         gboolean       dark);
YtLang         yt_map_renderer_get_language (YtMapRenderer *self);
void           yt_map_renderer_set_language (YtMapRenderer *self,
                                             YtLang         language);
void           yt_map_renderer_render   (YtMapRenderer *self,
                                         cairo_t       *cr,
                                         double         width,
                                         double         height);

G_END_DECLS
