/* yt-raster-bands.c: one drawing split over horizontal bands on threads
 *
 * Filling and stroking the basemap is most of a frame, and Cairo draws on
 * one core. An image target is cut into bands of rows, each wrapped in its
 * own image surface over the same pixels (no Cairo object is shared between
 * threads), and every band draws the whole scene clipped by its bounds.
 * Coverage of a pixel depends only on the geometry, so the result is the
 * one a single pass gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-raster-bands.h"

#define MAX_THREADS 4
#define BANDS_PER_THREAD 3   /* the south of China is busier than the north */
#define MAX_BANDS (MAX_THREADS * BANDS_PER_THREAD)
#define MIN_BAND_ROWS 96

typedef struct {
  cairo_surface_t *surface;
  cairo_matrix_t   matrix;
  cairo_rectangle_t clip;
  YtBandDrawFunc   draw;
  gpointer         data;
} Band;

typedef struct {
  Band *bands;
  int   n;
  int   next;   /* atomic: the next band to draw */
} Queue;

static void
draw_band (Band *band)
{
  cairo_t *cr = cairo_create (band->surface);

  cairo_set_matrix (cr, &band->matrix);
  cairo_rectangle (cr, band->clip.x, band->clip.y, band->clip.width, band->clip.height);
  cairo_clip (cr);
  band->draw (cr, band->data);
  cairo_destroy (cr);
  cairo_surface_flush (band->surface);
}

/* Each thread takes the next band left, so a busy band delays only one. */
static gpointer
drain (gpointer data)
{
  Queue *queue = data;
  int i;

  while ((i = g_atomic_int_add (&queue->next, 1)) < queue->n)
    draw_band (&queue->bands[i]);
  return NULL;
}

/* Bands need a plain image target (no group, no device transform), a
 * scale-and-translate matrix and a single rectangle clip to copy. */
static gboolean
splittable (cairo_t           *cr,
            cairo_rectangle_t *clip)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *rects;
  double ox, oy, sx, sy;
  cairo_matrix_t m;
  gboolean ok;

  if (cairo_get_group_target (cr) != target || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_surface_get_device_offset (target, &ox, &oy);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &m);
  if (ox != 0 || oy != 0 || sx != 1 || sy != 1 || m.xy != 0 || m.yx != 0)
    return FALSE;
  rects = cairo_copy_clip_rectangle_list (cr);
  ok = rects->status == CAIRO_STATUS_SUCCESS && rects->num_rectangles == 1;
  if (ok)
    *clip = rects->rectangles[0];
  cairo_rectangle_list_destroy (rects);
  return ok;
}

/**
 * yt_raster_bands_draw:
 *
 * Calls @draw once per band of @cr's target, in parallel.
 * Returns: %FALSE, having drawn nothing, when @cr cannot be split or one
 *   core would do; the caller then draws on @cr itself.
 */
gboolean
yt_raster_bands_draw (cairo_t        *cr,
                      YtBandDrawFunc  draw,
                      gpointer        data)
{
  cairo_surface_t *target = cairo_get_target (cr);
  GThread *threads[MAX_THREADS] = { NULL };
  Band bands[MAX_BANDS];
  Queue queue = { bands, 0, 0 };
  cairo_rectangle_t clip;
  int height, stride, n_threads;
  guchar *pixels;

  if (!splittable (cr, &clip))
    return FALSE;
  height = cairo_image_surface_get_height (target);
  n_threads = MIN ((int) g_get_num_processors (), MAX_THREADS);
  queue.n = CLAMP (MIN (n_threads * BANDS_PER_THREAD, height / MIN_BAND_ROWS), 1, MAX_BANDS);
  if (n_threads < 2 || queue.n < 2)
    return FALSE;
  cairo_surface_flush (target);
  pixels = cairo_image_surface_get_data (target);
  stride = cairo_image_surface_get_stride (target);
  for (int i = 0, y = 0; i < queue.n; i++)
    {
      int rows = height / queue.n + (i < height % queue.n);

      bands[i].surface = cairo_image_surface_create_for_data (pixels + (gsize) y * stride,
                                                              cairo_image_surface_get_format (target),
                                                              cairo_image_surface_get_width (target),
                                                              rows, stride);
      cairo_surface_set_device_offset (bands[i].surface, 0, -y);
      cairo_get_matrix (cr, &bands[i].matrix);
      bands[i].clip = clip;
      bands[i].draw = draw;
      bands[i].data = data;
      y += rows;
    }
  for (int i = 1; i < n_threads; i++)
    threads[i] = g_thread_try_new ("yt-band", drain, &queue, NULL);
  drain (&queue);   /* with no thread to be had, this one draws every band */
  for (int i = 1; i < n_threads; i++)
    if (threads[i] != NULL)
      g_thread_join (threads[i]);
  for (int i = 0; i < queue.n; i++)
    cairo_surface_destroy (bands[i].surface);
  cairo_surface_mark_dirty (target);
  return TRUE;
}
