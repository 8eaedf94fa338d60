/* yt-raster-bands.h: one drawing split over horizontal bands on threads (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Must draw the same thing whatever band @cr covers, touching nothing that
 * another band's call touches. */
typedef void (*YtBandDrawFunc) (cairo_t  *cr,
                                gpointer  data);

gboolean yt_raster_bands_draw (cairo_t        *cr,
                               YtBandDrawFunc  draw,
                               gpointer        data);

G_END_DECLS
