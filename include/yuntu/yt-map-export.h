/* yt-map-export.h: a map view to PNG, SVG or PDF through the one renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-map-renderer.h"

G_BEGIN_DECLS

typedef enum {
  YT_EXPORT_FORMAT_PNG,
  YT_EXPORT_FORMAT_SVG,
  YT_EXPORT_FORMAT_PDF,
} YtExportFormat;

gboolean yt_export_format_from_path (const char      *path,
                                     YtExportFormat  *format);

gboolean yt_map_export_to_file      (YtMapRenderer   *renderer,
                                     const char      *path,
                                     YtExportFormat   format,
                                     int              width,
                                     int              height,
                                     GError         **error);
/* Output pixels per map pixel: how much larger than on screen text and
 * symbols are drawn.  yt_map_export_to_file_full() draws a frame of
 * width/scale × height/scale pixels at @scale output pixels each, so text and
 * markers keep their size relative to the map (`--scale`, and the window's
 * Export Map…); yt_map_export_to_file() is a scale of 1. */
#define YT_MAP_EXPORT_MIN_SCALE 0.25
#define YT_MAP_EXPORT_MAX_SCALE 8.0

gboolean yt_map_export_to_file_full (YtMapRenderer   *renderer,
                                     const char      *path,
                                     YtExportFormat   format,
                                     int              width,
                                     int              height,
                                     double           scale,
                                     GError         **error);

G_END_DECLS
