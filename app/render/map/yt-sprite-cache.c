/* yt-sprite-cache.c: map symbols drawn once and stamped
 *
 * An antialiased fill and outline stroke cost Cairo 1.16 about 28 µs per
 * marker, so 956 clusters of 100 000 sites took 27 ms of a frame. On raster
 * targets each distinct symbol (shape, colours, size, device scale) is
 * drawn once into a small image and stamped at the nearest whole device
 * pixel (PERFORMANCE.md: 0.5 µs). Vector targets keep drawing paths, so a
 * PDF's markers stay sharp at any zoom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-sprite-cache.h"

#define MAX_SPRITES 512   /* distinct sizes and colours per map are far fewer */
#define EXTENT 1.45       /* the largest symbol reaches 1.4 radii from its centre */

struct _YtSpriteCache
{
  GHashTable *sprites;   /* GBytes of a SpriteKey -> cairo_surface_t */
};

YtSpriteCache *
yt_sprite_cache_new (void)
{
  YtSpriteCache *self = g_new0 (YtSpriteCache, 1);

  self->sprites = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref,
                                         (GDestroyNotify) cairo_surface_destroy);
  return self;
}

void
yt_sprite_cache_free (YtSpriteCache *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->sprites);
  g_free (self);
}

/* The device scale when user space is only scaled (and translated) onto a
 * target without a device transform of its own (stamping works in device
 * pixels), else 0. */
static double
device_scale (cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  double ox, oy, sx, sy;
  cairo_matrix_t m;

  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &m);
  if (ox != 0 || oy != 0 || sx != 1 || sy != 1 ||
      m.xy != 0 || m.yx != 0 || m.xx != m.yy || !(m.xx > 0))
    return 0;
  return m.xx;
}

static cairo_surface_t *
make_sprite (YtSymbol     symbol,
             double       radius,
             double       scale,
             const YtRgb *fill,
             const YtRgb *outline)
{
  int half = (int) ceil ((radius * EXTENT + MAX (1.0, radius * 0.25)) * scale) + 1;
  cairo_surface_t *sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 2 * half, 2 * half);
  cairo_t *cr = cairo_create (sprite);

  cairo_translate (cr, half, half);
  cairo_scale (cr, scale, scale);
  yt_map_style_draw_symbol (cr, symbol, 0, 0, radius, fill, outline);
  cairo_destroy (cr);
  return sprite;
}

/* Colours in 16 bits a channel, sizes in 1/64 px: finer than any output. */
typedef struct {
  guint16 fill[3], outline[3];
  guint16 symbol, radius, scale, pad;
} SpriteKey;

static guint16
channel (double v)
{
  return (guint16) (CLAMP (v, 0.0, 1.0) * 65535 + 0.5);
}

static cairo_surface_t *
lookup (YtSpriteCache *self,
        YtSymbol       symbol,
        double         radius,
        double         scale,
        const YtRgb   *fill,
        const YtRgb   *outline)
{
  SpriteKey key = { { channel (fill->r), channel (fill->g), channel (fill->b) },
                    { channel (outline->r), channel (outline->g), channel (outline->b) },
                    symbol, (guint16) MIN (radius * 64, 65535), (guint16) MIN (scale * 64, 65535), 0 };
  g_autoptr(GBytes) bytes = g_bytes_new (&key, sizeof key);
  cairo_surface_t *sprite = g_hash_table_lookup (self->sprites, bytes);

  if (sprite != NULL)
    return sprite;
  if (g_hash_table_size (self->sprites) >= MAX_SPRITES)
    g_hash_table_remove_all (self->sprites);
  sprite = make_sprite (symbol, radius, scale, fill, outline);
  g_hash_table_insert (self->sprites, g_steal_pointer (&bytes), sprite);
  return sprite;
}

void
yt_sprite_cache_draw_symbol (YtSpriteCache *self,
                             cairo_t       *cr,
                             YtSymbol       symbol,
                             double         x,
                             double         y,
                             double         radius,
                             const YtRgb   *fill,
                             const YtRgb   *outline)
{
  double scale = device_scale (cr);
  cairo_surface_t *sprite;
  int half;

  if (!yt_map_style_is_raster (cr) || scale == 0)
    {
      yt_map_style_draw_symbol (cr, symbol, x, y, radius, fill, outline);
      return;
    }
  sprite = lookup (self, symbol, radius, scale, fill, outline);
  half = cairo_image_surface_get_width (sprite) / 2;
  cairo_user_to_device (cr, &x, &y);
  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_set_source_surface (cr, sprite, round (x) - half, round (y) - half);
  cairo_paint (cr);
  cairo_restore (cr);
}
