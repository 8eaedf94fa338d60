/* yt-map-png.h: a fast PNG writer for map exports (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Writes an RGB24 image surface as an 8-bit truecolour PNG of @dpi dots per inch. */
gboolean yt_map_png_write (cairo_surface_t    *image,
                           double              dpi,
                           cairo_write_func_t  write,
                           void               *closure);

G_END_DECLS
