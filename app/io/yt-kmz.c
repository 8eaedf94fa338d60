/* yt-kmz.c: the KML document inside a KMZ file, read within bounds
 *
 * A KMZ is a zip archive whose KML document is doc.kml by convention, else
 * its first .kml entry; images and overlays beside it are never read. The
 * archive's directory is checked against the file's own bytes, and the
 * document is inflated to at most YT_IO_MAX_FILE_SIZE bytes whatever size
 * the archive declares, so a zip bomb stops at the bound. Encrypted and
 * zip64 archives are refused: a KMZ needs neither.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gio/gio.h>

#include "yt-kmz.h"

#define EOCD_SIZE        22
#define CENTRAL_SIZE     46
#define LOCAL_SIZE       30
#define MAX_ENTRIES      10000

typedef struct {
  const guint8 *data;
  gsize         size;
} Zip;

typedef struct {
  guint16 flags, method;
  guint32 compressed, offset;
} Entry;

static guint16
u16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static guint32
u32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static gboolean
damaged (const char *display,
         GError    **error)
{
  g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED,
               _("“%s” is a damaged KMZ (zip) archive: save it again as KMZ or as KML."), display);
  return FALSE;
}

static gboolean
too_large (const char *display,
           GError    **error)
{
  g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE,
               _("The KML document in “%s” is larger than %u MB once unpacked; Yuntu imports at most %u MB."),
               display, YT_IO_MAX_FILE_SIZE >> 20, YT_IO_MAX_FILE_SIZE >> 20);
  return FALSE;
}

/* The end-of-directory record: within the last 64 KiB and its comment. */
static gboolean
find_directory (const Zip *zip,
                guint32   *offset,
                guint32   *size,
                guint     *n_entries)
{
  gsize lowest = zip->size > EOCD_SIZE + 0xffff ? zip->size - EOCD_SIZE - 0xffff : 0;

  if (zip->size < EOCD_SIZE)
    return FALSE;
  for (gsize i = zip->size - EOCD_SIZE + 1; i-- > lowest;)
    if (u32 (zip->data + i) == 0x06054b50)
      {
        *n_entries = u16 (zip->data + i + 10);
        *size = u32 (zip->data + i + 12);
        *offset = u32 (zip->data + i + 16);
        return (gsize) *offset + *size <= i;
      }
  return FALSE;
}

static gboolean
is_kml_name (const char *name,
             gsize       length)
{
  return length > 4 && g_ascii_strncasecmp (name + length - 4, ".kml", 4) == 0;
}

/* doc.kml, else the first .kml entry. */
static gboolean
find_document (const Zip  *zip,
               Entry      *entry,
               const char *display,
               GError    **error)
{
  guint32 offset, size;
  guint n_entries;
  gboolean found = FALSE;
  const guint8 *p, *end;

  if (!find_directory (zip, &offset, &size, &n_entries))
    return damaged (display, error);
  p = zip->data + offset, end = p + size;
  for (guint i = 0; i < MIN (n_entries, MAX_ENTRIES); i++)
    {
      gsize name_length, record;

      if (p + CENTRAL_SIZE > end || u32 (p) != 0x02014b50)
        return damaged (display, error);
      name_length = u16 (p + 28);
      record = CENTRAL_SIZE + name_length + u16 (p + 30) + u16 (p + 32);
      if (p + record > end)
        return damaged (display, error);
      if (is_kml_name ((const char *) p + CENTRAL_SIZE, name_length) &&
          (!found || (name_length == 7 && g_ascii_strncasecmp ((const char *) p + CENTRAL_SIZE, "doc.kml", 7) == 0)))
        {
          *entry = (Entry) { u16 (p + 8), u16 (p + 10), u32 (p + 20), u32 (p + 42) };
          found = TRUE;
        }
      p += record;
    }
  if (!found)
    g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED, _("“%s” holds no KML document."), display);
  return found;
}

/* Inflates @in, failing past YT_IO_MAX_FILE_SIZE bytes. */
static GBytes *
inflate (const guint8 *in,
         gsize         in_size,
         const char   *display,
         GError      **error)
{
  g_autoptr(GConverter) converter = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  guint8 buffer[65536];
  GConverterResult result;

  do
    {
      gsize read = 0, written = 0;

      result = g_converter_convert (converter, in, in_size, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &read, &written, NULL);
      if (result == G_CONVERTER_ERROR)
        return (damaged (display, error), NULL);
      in += read, in_size -= read;
      if (out->len + written > YT_IO_MAX_FILE_SIZE)
        return (too_large (display, error), NULL);
      g_byte_array_append (out, buffer, (guint) written);
    }
  while (result != G_CONVERTER_FINISHED);
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

gboolean
yt_kmz_is_zip (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return size >= 4 && u32 (data) == 0x04034b50;
}

/**
 * yt_kmz_extract:
 * @display: the file's name in messages
 *
 * Returns: (transfer full): the KML document of the KMZ file @bytes
 */
GBytes *
yt_kmz_extract (GBytes      *bytes,
                const char  *display,
                GError     **error)
{
  Zip zip;
  Entry entry = { 0 };
  const guint8 *local, *data;

  zip.data = g_bytes_get_data (bytes, &zip.size);
  if (!find_document (&zip, &entry, display, error))
    return NULL;
  if (entry.flags & 1)
    return (g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_FORBIDDEN,
                         _("“%s” is encrypted: save it without a password."), display), NULL);
  if ((gsize) entry.offset + LOCAL_SIZE > zip.size || u32 (local = zip.data + entry.offset) != 0x04034b50)
    return (damaged (display, error), NULL);
  data = local + LOCAL_SIZE + u16 (local + 26) + u16 (local + 28);
  if (entry.compressed == 0xffffffff || data > zip.data + zip.size ||
      entry.compressed > (gsize) (zip.data + zip.size - data))
    return (damaged (display, error), NULL);
  if (entry.method == 0 && entry.compressed > YT_IO_MAX_FILE_SIZE)
    return (too_large (display, error), NULL);
  if (entry.method == 0)
    return g_bytes_new_from_bytes (bytes, (gsize) (data - zip.data), entry.compressed);
  if (entry.method == 8)
    return inflate (data, entry.compressed, display, error);
  g_set_error (error, YT_IO_ERROR, YT_IO_ERROR_MALFORMED,
               _("“%s” packs its KML document in a way Yuntu does not read (zip method %u): "
                 "save it as KML."), display, entry.method);
  return NULL;
}
