/* yt-import-match.c: companies, regions and sites of the atlas by id or by name
 *
 * Every name a record has (display, short, brand, legal, alias; English and
 * Chinese) finds it.  Chinese province names also match without their
 * administrative suffix: "贵州" finds 贵州省, "宁夏" finds 宁夏回族自治区.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yt-import-match.h"

struct _YtImportMatcher
{
  YtAtlas    *atlas;
  GHashTable *names[YT_N_RECORD_KINDS];   /* normalised name → index + 1, or AMBIGUOUS */
};

static const YtRecordKind matched_kinds[] = { YT_RECORD_COMPANY, YT_RECORD_REGION, YT_RECORD_SITE };

static const char * const zh_suffixes[] = {
  "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市", NULL
};

char *
yt_import_normalise (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text != NULL ? text : "", -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (nfkc != NULL ? nfkc : "", -1);
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

static void
add_key (GHashTable *table,
         char       *key,
         guint       index)
{
  gpointer old = g_hash_table_lookup (table, key);
  gpointer value = GUINT_TO_POINTER (index + 1);

  if (*key == '\0')
    g_free (key);
  else if (old == NULL)
    g_hash_table_insert (table, key, value);
  else
    {
      if (old != value)
        g_hash_table_insert (table, g_strdup (key), GUINT_TO_POINTER (YT_MATCH_AMBIGUOUS));
      g_free (key);
    }
}

static void
add_zh_short_form (GHashTable *table,
                   const char *normal,
                   guint       index)
{
  for (guint s = 0; zh_suffixes[s] != NULL; s++)
    if (g_str_has_suffix (normal, zh_suffixes[s]) && strlen (normal) > strlen (zh_suffixes[s]))
      {
        add_key (table, g_strndup (normal, strlen (normal) - strlen (zh_suffixes[s])), index);
        return;
      }
}

static void
index_kind (YtImportMatcher *matcher,
            YtRecordKind     kind)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < yt_atlas_get_n_records (matcher->atlas, kind); i++)
    {
      YtRef ref = YT_REF (kind, i);
      guint n_texts = 0;
      const YtText *texts = yt_atlas_get_texts (matcher->atlas, ref, &n_texts);

      for (guint t = 0; t < n_texts; t++)
        {
          char *normal;

          if (texts[t].field != YT_TEXT_NAME)
            continue;
          normal = yt_import_normalise (yt_atlas_str (matcher->atlas, texts[t].text));
          if (kind == YT_RECORD_REGION && texts[t].lang == YT_LANG_ZH)
            add_zh_short_form (table, normal, i);
          add_key (table, normal, i);
        }
      if (kind == YT_RECORD_REGION)
        add_key (table, yt_import_normalise (yt_atlas_str (matcher->atlas,
                                                           yt_atlas_get_region (matcher->atlas, i)->iso)), i);
    }
  matcher->names[kind] = table;
}

YtImportMatcher *
yt_import_matcher_new (YtAtlas *atlas)
{
  YtImportMatcher *matcher = g_new0 (YtImportMatcher, 1);

  matcher->atlas = g_object_ref (atlas);
  for (guint k = 0; k < G_N_ELEMENTS (matched_kinds); k++)
    index_kind (matcher, matched_kinds[k]);
  return matcher;
}

void
yt_import_matcher_free (YtImportMatcher *matcher)
{
  if (matcher == NULL)
    return;
  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    g_clear_pointer (&matcher->names[k], g_hash_table_unref);
  g_object_unref (matcher->atlas);
  g_free (matcher);
}

guint
yt_import_matcher_find (YtImportMatcher *matcher,
                        YtRecordKind     kind,
                        const char      *text)
{
  g_autofree char *normal = NULL;
  guint index;
  gpointer found;

  g_return_val_if_fail (kind < YT_N_RECORD_KINDS && matcher->names[kind] != NULL, YT_ATLAS_NONE);

  if (text == NULL || *text == '\0')
    return YT_ATLAS_NONE;
  if ((index = yt_atlas_lookup_kind (matcher->atlas, kind, text)) != YT_ATLAS_NONE)
    return index;
  normal = yt_import_normalise (text);
  found = g_hash_table_lookup (matcher->names[kind], normal);
  if (found == NULL)
    return YT_ATLAS_NONE;
  return GPOINTER_TO_UINT (found) == YT_MATCH_AMBIGUOUS ? YT_MATCH_AMBIGUOUS : GPOINTER_TO_UINT (found) - 1;
}
