/* yt-map-png.c: a fast PNG writer for map exports
 *
 * cairo_surface_write_to_png() lets libpng try every row filter at zlib's
 * default level: for a 1920×1080 map that was 65–70 ms, a third of the whole
 * export. Maps are large flat areas, which LZ77 matches across rows without
 * any filter: filter None at zlib's fastest level gave the smallest file of
 * None, Sub and Up and costs nothing to apply.
 *
 * The rows are split in bands compressed on their own threads, as pigz does:
 * every band but the last ends in a sync flush, so the raw deflate streams
 * concatenate into one, and the Adler-32 checksums combine.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <zlib.h>
#include <glib.h>

#include "yt-map-png.h"

#define MAX_BANDS 4
#define MIN_BAND_ROWS 64
#define IDAT_CHUNK (1024 * 1024)
#define ROWS_PER_STEP 16

typedef struct {
  const guint8 *data;    /* first row of the band in the surface */
  int           stride;
  int           width;
  int           rows;
  gboolean      last;
  guint8       *out;     /* raw deflate stream */
  gsize         out_len;
  uLong         adler;
  gsize         in_len;
  gboolean      ok;
} Band;

/* One row of an RGB24 surface (native-endian 0x00RRGGBB) as filter type 0. */
static void
pack_row (const guint32 *pixels,
          int            width,
          guint8        *out)
{
  *out++ = 0;
  for (int x = 0; x < width; x++)
    {
      guint32 p = pixels[x];

      out[0] = (guint8) (p >> 16);
      out[1] = (guint8) (p >> 8);
      out[2] = (guint8) p;
      out += 3;
    }
}

/* Packs and deflates a few rows at a time: a whole band of packed rows
 * would be megabytes of fresh memory, and first touches of pages cost. */
static gpointer
compress_band (gpointer data)
{
  Band *band = data;
  gsize row_len = 1 + 3 * (gsize) band->width;
  g_autofree guint8 *rows = g_malloc (row_len * ROWS_PER_STEP);
  z_stream z = { 0 };
  uLong bound;
  int status = Z_OK;

  /* Raw deflate (no zlib header): the bands are joined under one header. */
  if (deflateInit2 (&z, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;
  band->in_len = row_len * band->rows;
  band->adler = adler32 (0, NULL, 0);
  bound = deflateBound (&z, band->in_len) + 16;
  band->out = g_malloc (bound);
  z.next_out = band->out;
  z.avail_out = bound;
  for (int y = 0; y < band->rows && status == Z_OK; y += ROWS_PER_STEP)
    {
      int n = MIN (ROWS_PER_STEP, band->rows - y);
      gboolean end = y + n == band->rows;

      for (int k = 0; k < n; k++)
        pack_row ((const guint32 *) (band->data + (gsize) (y + k) * band->stride), band->width, rows + k * row_len);
      band->adler = adler32 (band->adler, rows, row_len * n);
      z.next_in = rows;
      z.avail_in = row_len * n;
      status = deflate (&z, !end ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH);
      if (z.avail_in != 0)
        status = Z_BUF_ERROR;
    }
  band->ok = status == (band->last ? Z_STREAM_END : Z_OK);
  band->out_len = z.total_out;
  deflateEnd (&z);
  return NULL;
}

static gboolean
write_chunk (cairo_write_func_t  write,
             void               *closure,
             const char         *type,
             const guint8       *data,
             gsize               length)
{
  guint8 head[8], tail[4];
  guint32 be = GUINT32_TO_BE ((guint32) length);
  uLong crc;

  memcpy (head, &be, 4);
  memcpy (head + 4, type, 4);
  crc = crc32 (crc32 (0, NULL, 0), head + 4, 4);
  if (length > 0)   /* crc32() with no buffer would restart the checksum */
    crc = crc32 (crc, data, length);
  be = GUINT32_TO_BE ((guint32) crc);
  memcpy (tail, &be, 4);
  return write (closure, head, 8) == CAIRO_STATUS_SUCCESS &&
         (length == 0 || write (closure, data, length) == CAIRO_STATUS_SUCCESS) &&
         write (closure, tail, 4) == CAIRO_STATUS_SUCCESS;
}

static int
n_bands (int height)
{
  return CLAMP (MIN ((int) g_get_num_processors (), height / MIN_BAND_ROWS), 1, MAX_BANDS);
}

static void
compress_bands (Band *bands,
                int   n)
{
  GThread *threads[MAX_BANDS] = { NULL };

  for (int i = 1; i < n; i++)
    threads[i] = g_thread_try_new ("yt-png", compress_band, &bands[i], NULL);
  compress_band (&bands[0]);
  for (int i = 1; i < n; i++)
    {
      if (threads[i] != NULL)
        g_thread_join (threads[i]);
      else
        compress_band (&bands[i]);   /* no thread to be had: do it here */
    }
}

/* The zlib stream of all bands: header, the deflate data, Adler-32. */
static GByteArray *
join_bands (Band *bands,
            int   n)
{
  static const guint8 header[2] = { 0x78, 0x01 };   /* deflate, 32 KiB window, fastest */
  GByteArray *stream = g_byte_array_new ();
  uLong adler = bands[0].adler;
  guint32 be;

  g_byte_array_append (stream, header, 2);
  for (int i = 0; i < n; i++)
    {
      if (!bands[i].ok)
        return (g_byte_array_unref (stream), NULL);
      g_byte_array_append (stream, bands[i].out, bands[i].out_len);
      if (i > 0)
        adler = adler32_combine (adler, bands[i].adler, bands[i].in_len);
    }
  be = GUINT32_TO_BE ((guint32) adler);
  g_byte_array_append (stream, (const guint8 *) &be, 4);
  return stream;
}

static gboolean
write_idat (GByteArray         *stream,
            cairo_write_func_t  write,
            void               *closure)
{
  for (gsize at = 0; at < stream->len; at += IDAT_CHUNK)
    if (!write_chunk (write, closure, "IDAT", stream->data + at, MIN (IDAT_CHUNK, stream->len - at)))
      return FALSE;
  return TRUE;
}

/* pHYs: pixels per metre on both axes, so that print and layout programs
 * size the image as it was meant (96 dpi at scale 1). */
static gboolean
write_resolution (cairo_write_func_t  write,
                  void               *closure,
                  double              dpi)
{
  guint32 ppm = GUINT32_TO_BE ((guint32) (dpi / 0.0254 + 0.5));
  guint8 phys[9];

  memcpy (phys, &ppm, 4);
  memcpy (phys + 4, &ppm, 4);
  phys[8] = 1;   /* the unit is the metre */
  return write_chunk (write, closure, "pHYs", phys, 9);
}

gboolean
yt_map_png_write (cairo_surface_t    *image,
                  double              dpi,
                  cairo_write_func_t  write,
                  void               *closure)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  int width = cairo_image_surface_get_width (image), height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image), n = n_bands (height);
  g_autoptr(GByteArray) stream = NULL;
  Band bands[MAX_BANDS] = { { 0 } };
  guint8 ihdr[13] = { 0 };
  gboolean ok;
  guint32 be;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (image);
  for (int i = 0, y = 0; i < n; i++)
    {
      int rows = height / n + (i < height % n);

      bands[i] = (Band) { cairo_image_surface_get_data (image) + (gsize) y * stride, stride, width, rows,
                          i == n - 1, NULL, 0, 0, 0, FALSE };
      y += rows;
    }
  compress_bands (bands, n);
  stream = join_bands (bands, n);
  for (int i = 0; i < n; i++)
    g_free (bands[i].out);
  if (stream == NULL)
    return FALSE;

  be = GUINT32_TO_BE ((guint32) width), memcpy (ihdr, &be, 4);
  be = GUINT32_TO_BE ((guint32) height), memcpy (ihdr + 4, &be, 4);
  ihdr[8] = 8;   /* bits per channel */
  ihdr[9] = 2;   /* truecolour */
  ok = write (closure, signature, 8) == CAIRO_STATUS_SUCCESS &&
       write_chunk (write, closure, "IHDR", ihdr, 13) &&
       write_resolution (write, closure, dpi) &&
       write_idat (stream, write, closure) &&
       write_chunk (write, closure, "IEND", NULL, 0);
  return ok;
}
