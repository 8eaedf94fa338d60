/* yt-map-export.c: a map view to PNG, SVG or PDF through the one renderer
 *
 * Cairo 1.16 reports success even when the file it finishes is truncated, so
 * every format is written through a stream into a YtAtomicFile, which checks
 * each write and only then replaces the target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-atomic-file.h"
#include "yuntu/yt-map-export.h"
#include "yt-map-png.h"
#include "yt-map-private.h"
#include "yt-pdf-finish.h"

/* Vector pages use CSS pixels, as browsers and Inkscape do: 96 per inch. */
#define POINTS_PER_PIXEL 0.75
#define PIXELS_PER_INCH  96.0

gboolean
yt_export_format_from_path (const char     *path,
                            YtExportFormat *format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL)
    return FALSE;
  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".png"))
    *format = YT_EXPORT_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = YT_EXPORT_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = YT_EXPORT_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* @scale: device units per map pixel; the map is laid out at the size
 * that fills @width × @height pixels at @map_scale. */
static void
draw (YtMapRenderer   *renderer,
      cairo_surface_t *surface,
      double           scale,
      double           map_scale,
      int              width,
      int              height)
{
  cairo_t *cr = cairo_create (surface);

  cairo_scale (cr, scale * map_scale, scale * map_scale);
  yt_map_renderer_render (renderer, cr, width / map_scale, height / map_scale);
  cairo_show_page (cr);
  cairo_destroy (cr);
}

static gboolean
check_status (cairo_status_t  status,
              const char     *path,
              GError        **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  display = g_filename_display_name (path);
  g_set_error (error, YT_FILE_ERROR, YT_FILE_ERROR_FAILED,
               _("Could not draw the map into “%s”: %s."), display,
               cairo_status_to_string (status));
  return FALSE;
}

/* The SVG is made in memory: the map's text goes in as <text> elements
 * before the closing tag (yt-map-svg-text.c), then the whole is written. */
static cairo_status_t
write_svg (YtMapRenderer *renderer,
           YtAtomicFile  *file,
           int            width,
           int            height,
           double         map_scale)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autoptr(GArray) texts = yt_map_svg_text_new ();
  g_autofree char *text_xml = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *end;

  surface = cairo_svg_surface_create_for_stream (append_bytes, svg, width * POINTS_PER_PIXEL,
                                                 height * POINTS_PER_PIXEL);
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  renderer->svg_text = texts;
  draw (renderer, surface, POINTS_PER_PIXEL, map_scale, width, height);
  renderer->svg_text = NULL;
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;
  text_xml = yt_map_svg_text_to_xml (texts, yt_map_renderer_get_language (renderer));
  end = g_strrstr_len ((const char *) svg->data, svg->len, "</svg>");
  if (end == NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  /* Write errors are kept by the file and reported by the caller. */
  yt_atomic_file_cairo_write (file, svg->data, end - (const char *) svg->data);
  yt_atomic_file_cairo_write (file, (const guchar *) text_xml, strlen (text_xml));
  yt_atomic_file_cairo_write (file, (const guchar *) end, svg->data + svg->len - (const guchar *) end);
  return CAIRO_STATUS_SUCCESS;
}

/* The title a PDF viewer shows: the view, in the map's language. */
static const char *
pdf_title (YtMapRenderer *renderer)
{
  return yt_map_renderer_get_kind (renderer) == YT_MAP_KIND_WORLD
    ? yt_map_renderer_tr (renderer, N_("Chinese cloud sites along the Belt and Road"))
    : yt_map_renderer_tr (renderer, N_("Computing hubs and cloud sites in China"));
}

/* The PDF is made in memory and finished there (document information with
 * PDF dates, /Lang: yt-pdf-finish.c), then written whole. */
static cairo_status_t
write_pdf (YtMapRenderer *renderer,
           YtAtomicFile  *file,
           int            width,
           int            height,
           double         map_scale,
           GError       **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  YtPdfDocInfo info = {
    .title = pdf_title (renderer),
    .creator = "Yuntu " PACKAGE_VERSION,
    .lang = yt_map_renderer_get_language (renderer) == YT_LANG_ZH ? "zh-CN" : "en-GB",
    .date = yt_pdf_document_time (g_get_real_time () / G_USEC_PER_SEC),
    .page_height = height * POINTS_PER_PIXEL,
  };

  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, width * POINTS_PER_PIXEL,
                                                 height * POINTS_PER_PIXEL);
  /* Cairo would write the clock into its own /Info. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, NULL);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, NULL);
  draw (renderer, surface, POINTS_PER_PIXEL, map_scale, width, height);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    return status;
  if (!yt_pdf_finish (pdf, &info, error))
    return CAIRO_STATUS_WRITE_ERROR;
  /* Write errors are kept by the file and reported by the caller. */
  yt_atomic_file_cairo_write (file, pdf->data, pdf->len);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
yt_map_export_to_file (YtMapRenderer   *renderer,
                       const char      *path,
                       YtExportFormat   format,
                       int              width,
                       int              height,
                       GError         **error)
{
  return yt_map_export_to_file_full (renderer, path, format, width, height, 1.0, error);
}

/**
 * yt_map_export_to_file_full:
 * @width, @height: size of the output in pixels
 * @scale: output pixels per map pixel: text, symbols and lines are @scale
 *   times their size on screen, so a 3840×2160 export at 2 reads like a
 *   1920×1080 one; a PNG says it holds 96 × @scale dots per inch
 */
gboolean
yt_map_export_to_file_full (YtMapRenderer   *renderer,
                            const char      *path,
                            YtExportFormat   format,
                            int              width,
                            int              height,
                            double           scale,
                            GError         **error)
{
  YtAtomicFile *file;
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (YT_IS_MAP_RENDERER (renderer), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);
  g_return_val_if_fail (scale >= YT_MAP_EXPORT_MIN_SCALE && scale <= YT_MAP_EXPORT_MAX_SCALE, FALSE);

  if ((file = yt_atomic_file_open (path, error)) == NULL)
    return FALSE;

  if (format == YT_EXPORT_FORMAT_PNG)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      draw (renderer, surface, 1.0, scale, width, height);
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS &&
          !yt_map_png_write (surface, PIXELS_PER_INCH * scale, yt_atomic_file_cairo_write, file))
        status = CAIRO_STATUS_WRITE_ERROR;
      cairo_surface_destroy (surface);
    }
  else if (format == YT_EXPORT_FORMAT_SVG)
    status = write_svg (renderer, file, width, height, scale);
  else if ((status = write_pdf (renderer, file, width, height, scale, error)) == CAIRO_STATUS_WRITE_ERROR &&
           error != NULL && *error != NULL)
    {
      yt_atomic_file_abort (file);
      return FALSE;
    }

  /* A write error recorded by the stream explains a failed status best. */
  if (yt_atomic_file_take_error (file, error) || !check_status (status, path, error))
    {
      yt_atomic_file_abort (file);
      return FALSE;
    }
  return yt_atomic_file_commit (file, error);
}
