/* yt-catalog.c: the zh_CN message catalogue, read once, for report strings
 *
 * We parse the .mo file ourselves instead of switching the process locale
 * around each string: setlocale() is process-wide and not thread-safe, and a
 * report is built on a worker thread while the window keeps its language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-catalog.h"

#define MO_MAGIC         0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u
#define MO_HEADER_SIZE   28

static GHashTable *zh_table;

static guint32
read_u32 (const guint8 *data,
          gsize         offset,
          gboolean      swapped)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swapped ? GUINT32_SWAP_LE_BE (value) : value;
}

/* A string of a descriptor table, or NULL when it does not fit in the file or
 * is not NUL-terminated: a damaged catalogue must not read out of bounds. */
static const char *
table_string (const guint8 *data,
              gsize         size,
              guint32       table,
              guint32       i,
              gboolean      swapped,
              guint32      *length)
{
  gsize entry = (gsize) table + (gsize) i * 8;
  guint32 offset;

  if (entry + 8 > size)
    return NULL;
  *length = read_u32 (data, entry, swapped);
  offset = read_u32 (data, entry + 4, swapped);
  if ((gsize) offset + *length >= size || data[offset + *length] != '\0')
    return NULL;
  return (const char *) data + offset;
}

GHashTable *
yt_catalog_parse_mo (GBytes *bytes)
{
  gsize size;
  const guint8 *data;
  guint32 magic, n, originals, translations;
  gboolean swapped;
  g_autoptr(GHashTable) table = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if (size < MO_HEADER_SIZE)
    return NULL;
  memcpy (&magic, data, sizeof magic);
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return NULL;
  swapped = magic == MO_MAGIC_SWAPPED;
  n = read_u32 (data, 8, swapped);
  originals = read_u32 (data, 12, swapped);
  translations = read_u32 (data, 16, swapped);

  table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_len, str_len;
      const char *id = table_string (data, size, originals, i, swapped, &id_len);
      const char *str = table_string (data, size, translations, i, swapped, &str_len);

      if (id == NULL || str == NULL)
        return NULL;
      /* The header (empty msgid) and empty translations are not answers;
       * plural entries keep their singular msgid and first form. */
      if (*id == '\0' || *str == '\0' || !g_utf8_validate (str, -1, NULL))
        continue;
      g_hash_table_insert (table, g_strdup (id), g_strdup (str));
    }
  return g_steal_pointer (&table);
}

static char *
catalogue_path (void)
{
  const char *dir = g_getenv ("YUNTU_LOCALEDIR");

  /* main() binds the domain, honouring YUNTU_LOCALEDIR; programs that do not
   * (tests, benchmarks) still find the build tree's catalogue through it. */
  if (dir == NULL || *dir == '\0')
    dir = bindtextdomain (GETTEXT_PACKAGE, NULL);
  if (dir == NULL)
    dir = LOCALEDIR;
  return g_build_filename (dir, "zh_CN", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
}

static GHashTable *
load_zh (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autofree char *path = catalogue_path ();
      g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);

      if (file != NULL)
        {
          g_autoptr(GBytes) bytes = g_mapped_file_get_bytes (file);

          zh_table = yt_catalog_parse_mo (bytes);
          if (zh_table == NULL)
            g_warning ("%s is not a message catalogue; reports stay in English", path);
        }
      g_once_init_leave (&loaded, 1);
    }
  return zh_table;
}

const char *
yt_catalog_gettext (YtLang      lang,
                    const char *msgid)
{
  GHashTable *table;
  const char *str;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (lang != YT_LANG_ZH || (table = load_zh ()) == NULL)
    return msgid;
  str = g_hash_table_lookup (table, msgid);
  return str != NULL ? str : msgid;
}

const char *
yt_catalog_pgettext (YtLang      lang,
                     const char *context,
                     const char *msgid)
{
  g_autofree char *key = NULL;
  GHashTable *table;
  const char *str;

  g_return_val_if_fail (context != NULL && msgid != NULL, NULL);

  if (lang != YT_LANG_ZH || (table = load_zh ()) == NULL)
    return msgid;
  key = g_strconcat (context, "\004", msgid, NULL);
  str = g_hash_table_lookup (table, key);
  return str != NULL ? str : msgid;
}

gboolean
yt_catalog_has_translations (void)
{
  return load_zh () != NULL;
}
