/* test-image.h: comparing rendered images with their references
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

/* Counts pixels of @a and @b (same size, 32-bit) whose colour channels differ
 * by more than @tolerance, and paints @diff: red where they differ, a faded
 * copy of @a elsewhere, so a failure shows where to look. */
guint test_image_count_differences (cairo_surface_t *a,
                                    cairo_surface_t *b,
                                    cairo_surface_t *diff,
                                    int              tolerance);
