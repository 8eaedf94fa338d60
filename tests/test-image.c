/* test-image.c: comparing rendered images with their references
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-image.h"

guint
test_image_count_differences (cairo_surface_t *a,
                              cairo_surface_t *b,
                              cairo_surface_t *diff,
                              int              tolerance)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  int sd = cairo_image_surface_get_stride (diff);
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guint8 *pd = cairo_image_surface_get_data (diff);
  guint bad = 0;

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guint8 *ca = pa + y * sa + 4 * x, *cb = pb + y * sb + 4 * x;
        guint32 *cd = (guint32 *) (pd + y * sd + 4 * x);
        gboolean differs = FALSE;

        for (int c = 0; c < 3; c++)
          differs |= ABS ((int) ca[c] - (int) cb[c]) > tolerance;
        bad += differs;
        *cd = differs ? 0xffff0000u : 0xff000000u | (0x010101u * (ca[1] / 2 + 128));
      }
  cairo_surface_mark_dirty (diff);
  return bad;
}
