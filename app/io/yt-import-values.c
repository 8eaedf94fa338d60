/* yt-import-values.c: cells of an imported file read as atlas values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-catalog.h"
#include "yt-atlas-vocab.h"
#include "yt-data-columns.h"
#include "yt-import-match.h"
#include "yt-import-values.h"

static gboolean
xml_char (gunichar c)
{
  return c == 0x9 || c == 0xa || c == 0xd || (c >= 0x20 && c <= 0xd7ff) ||
         (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

char *
yt_import_clean_text (const char *value,
                      gboolean   *invalid)
{
  GString *out;
  gboolean space = FALSE;

  *invalid = FALSE;
  if (value == NULL)
    return NULL;
  if (!g_utf8_validate (value, -1, NULL))
    return (*invalid = TRUE, NULL);
  out = g_string_new (NULL);
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!xml_char (c))
        *invalid = TRUE;
      else if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
    }
  if (*invalid || out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

gboolean
yt_import_is_chinese (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
      return TRUE;
  return FALSE;
}

gboolean
yt_import_parse_kind (const char *text,
                      YtSiteKind *kind)
{
  /* The Chinese names are here too, so that reading a file never depends on
   * finding the interface's message catalogue. */
  static const struct { const char *word; YtSiteKind kind; } synonyms[] = {
    { "算力枢纽节点", YT_SITE_HUB }, { "算力枢纽", YT_SITE_HUB }, { "数据中心集群", YT_SITE_CLUSTER },
    { "云区域", YT_SITE_CLOUD_REGION }, { "数据中心", YT_SITE_DATA_CENTRE }, { "项目", YT_SITE_PROJECT },
    { "办事处", YT_SITE_OFFICE }, { "办公室", YT_SITE_OFFICE }, { "活动", YT_SITE_EVENT },
    { "data center", YT_SITE_DATA_CENTRE }, { "datacenter", YT_SITE_DATA_CENTRE },
    { "datacentre", YT_SITE_DATA_CENTRE }, { "data-center", YT_SITE_DATA_CENTRE },
    { "idc", YT_SITE_DATA_CENTRE }, { "机房", YT_SITE_DATA_CENTRE },
    { "region", YT_SITE_CLOUD_REGION }, { "地域", YT_SITE_CLOUD_REGION }, { "区域", YT_SITE_CLOUD_REGION },
    { "hub", YT_SITE_HUB }, { "枢纽", YT_SITE_HUB }, { "枢纽节点", YT_SITE_HUB },
    { "cluster", YT_SITE_CLUSTER }, { "集群", YT_SITE_CLUSTER },
    { "park", YT_SITE_PARK }, { "zone", YT_SITE_PARK }, { "园区", YT_SITE_PARK },
  };
  g_autofree char *normal = yt_import_normalise (text);
  int token = yt_atlas_vocab_find_enum (yt_atlas_vocab_site_kinds, normal);

  if (token >= 0)
    return (*kind = token, TRUE);
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    for (guint lang = 0; lang < YT_N_LANGS; lang++)
      {
        g_autofree char *label = yt_import_normalise (YT_R_ (lang, yt_data_site_kind_label (k)));

        if (g_str_equal (normal, label))
          return (*kind = k, TRUE);
      }
  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    if (g_str_equal (normal, synonyms[i].word))
      return (*kind = synonyms[i].kind, TRUE);
  return FALSE;
}

gboolean
yt_import_parse_precision (const char  *text,
                           YtPrecision *precision)
{
  static const struct { const char *word; YtPrecision precision; } words[] = {
    { "site", YT_PRECISION_SITE }, { "exact", YT_PRECISION_SITE }, { "精确", YT_PRECISION_SITE },
    { "站点级", YT_PRECISION_SITE }, { "district", YT_PRECISION_DISTRICT }, { "county", YT_PRECISION_DISTRICT },
    { "区县级", YT_PRECISION_DISTRICT }, { "city", YT_PRECISION_CITY }, { "城市级", YT_PRECISION_CITY },
    { "province", YT_PRECISION_PROVINCE }, { "省级", YT_PRECISION_PROVINCE },
  };
  g_autofree char *normal = yt_import_normalise (text);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (normal, words[i].word))
      return (*precision = words[i].precision, TRUE);
  return FALSE;
}

gboolean
yt_import_parse_degrees (const char *text,
                         double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;

  if (g_str_has_suffix (copy, "°"))
    copy[strlen (copy) - strlen ("°")] = '\0';
  g_strstrip (copy);
  /* A decimal comma, as European spreadsheets write. */
  if (strchr (copy, '.') == NULL && strchr (copy, ',') != NULL && strchr (copy, ',') == strrchr (copy, ','))
    *strchr (copy, ',') = '.';
  if (*copy == '\0' || strspn (copy, "+-0123456789.") != strlen (copy))
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

char *
yt_import_parse_date (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  int parts[3] = { 0, 0, 0 };
  guint n = 0;
  const char *p = copy;
  char *result;
  YtDate date;

  while (n < 3 && g_ascii_isdigit (*p))
    {
      char *end;
      guint64 v = g_ascii_strtoull (p, &end, 10);

      if ((n == 0 && end - p != 4) || (n > 0 && (end - p < 1 || end - p > 2)) || v > 9999)
        return NULL;
      parts[n++] = (int) v;
      p = end;
      if (*p == '-' || *p == '/' || *p == '.')
        p++;
      else if (g_str_has_prefix (p, "年") || g_str_has_prefix (p, "月") || g_str_has_prefix (p, "日"))
        p += strlen ("年");
      else
        break;
    }
  /* A time after the day, as GDAL prints a date-time field. */
  if (*p != '\0' && !(n == 3 && *p == ' ' && strspn (p + 1, "0123456789:.") == strlen (p + 1)))
    return NULL;
  if (n == 1)
    result = g_strdup_printf ("%04d", parts[0]);
  else if (n == 2)
    result = g_strdup_printf ("%04d-%02d", parts[0], parts[1]);
  else if (n == 3)
    result = g_strdup_printf ("%04d-%02d-%02d", parts[0], parts[1], parts[2]);
  else
    return NULL;
  if (!yt_atlas_vocab_parse_date (result, &date) || parts[0] == 0)
    g_clear_pointer (&result, g_free);
  return result;
}

char *
yt_import_format_degrees (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  g_ascii_formatd (buffer, sizeof buffer, "%.7f", value);
  len = strlen (buffer);
  while (len > 0 && buffer[len - 1] == '0')
    buffer[--len] = '\0';
  if (len > 0 && buffer[len - 1] == '.')
    buffer[--len] = '\0';
  if (g_str_equal (buffer, "-0"))
    return g_strdup ("0");
  return g_strdup (buffer);
}
