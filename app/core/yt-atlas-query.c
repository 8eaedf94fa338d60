/* yt-atlas-query.c: which sites match a company, kind, region, years and text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-membership.h"
#include "yt-atlas-private.h"

struct _YtAtlasQuery
{
  guint       company;
  guint       link_kinds;
  guint       kinds;          /* 0: every kind */
  guint       region;
  gboolean    years;
  YtYearsMode mode;
  int         first_year, last_year;
  GStrv       words;          /* folded; every one must occur */
  guint       initiative;     /* member_of: YT_ATLAS_NONE when unset */
  int         member_year;
};

YtAtlasQuery *
yt_atlas_query_new (void)
{
  YtAtlasQuery *query = g_new0 (YtAtlasQuery, 1);

  query->company = YT_ATLAS_NONE;
  query->region = YT_ATLAS_NONE;
  query->initiative = YT_ATLAS_NONE;
  return query;
}

void
yt_atlas_query_free (YtAtlasQuery *query)
{
  if (query == NULL)
    return;
  g_strfreev (query->words);
  g_free (query);
}

void
yt_atlas_query_set_company (YtAtlasQuery *query,
                            guint         company,
                            guint         link_kinds)
{
  g_return_if_fail (query != NULL);

  query->company = company;
  query->link_kinds = link_kinds != 0 ? link_kinds : YT_ALL_LINK_KINDS;
}

void
yt_atlas_query_set_kinds (YtAtlasQuery *query,
                          guint         site_kinds)
{
  g_return_if_fail (query != NULL);

  query->kinds = site_kinds;
}

void
yt_atlas_query_set_region (YtAtlasQuery *query,
                           guint         region)
{
  g_return_if_fail (query != NULL);

  query->region = region;
}

void
yt_atlas_query_set_years (YtAtlasQuery *query,
                          YtYearsMode   mode,
                          int           first_year,
                          int           last_year)
{
  g_return_if_fail (query != NULL);

  query->years = TRUE;
  query->mode = mode;
  query->first_year = first_year;
  query->last_year = last_year;
}

void
yt_atlas_query_set_member_of (YtAtlasQuery *query,
                              guint         initiative,
                              int           year)
{
  g_return_if_fail (query != NULL);

  query->initiative = initiative;
  query->member_year = year;
}

/* NFKC folds full-width Latin (ｈｕａｗｅｉ) and compatibility forms; case
 * folding then makes "Huawei" and "HUAWEI" one word. */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);

  return normal != NULL ? g_utf8_casefold (normal, -1) : g_strdup ("");
}

void
yt_atlas_query_set_text (YtAtlasQuery *query,
                         const char   *text)
{
  g_autofree char *folded = NULL;
  g_autoptr (GStrvBuilder) words = g_strv_builder_new ();
  g_auto (GStrv) parts = NULL;

  g_return_if_fail (query != NULL);

  g_clear_pointer (&query->words, g_strfreev);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  folded = fold (text);
  parts = g_strsplit_set (folded, " \t\n\r\u3000", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (words, parts[i]);
  query->words = g_strv_builder_end (words);
  if (query->words[0] == NULL)
    g_clear_pointer (&query->words, g_strfreev);
}

static void
add_names (GString *key, YtAtlas *atlas, YtRef ref)
{
  guint n;
  const YtText *texts = yt_atlas_get_texts (atlas, ref, &n);

  for (guint i = 0; i < n; i++)
    if (texts[i].field == YT_TEXT_NAME)
      {
        g_autofree char *name = fold (yt_atlas_str (atlas, texts[i].text));
        g_string_append_printf (key, "%s\n", name);
      }
}

static void
add_texts (GString *key, YtAtlas *atlas, YtRef ref)
{
  g_autofree char *id = fold (yt_atlas_get_id (atlas, ref));

  g_string_append_printf (key, "%s\n", id);
  add_names (key, atlas, ref);
}

/* One folded haystack per site: its id, code and names, the names of the
 * companies that operate it ("华为" finds Huawei Cloud's regions) and the
 * names of its region and the regions around that ("Guizhou" finds the
 * Gui'an cluster). */
static gpointer
build_keys (YtAtlas *atlas)
{
  guint n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  guint n_links = yt_atlas_get_n_records (atlas, YT_RECORD_LINK);
  GString **keys = g_new0 (GString *, n_sites);
  char **out = g_new0 (char *, n_sites + 1);

  for (guint i = 0; i < n_sites; i++)
    {
      g_autofree char *code = fold (yt_atlas_str (atlas, yt_atlas_get_site (atlas, i)->code));

      keys[i] = g_string_new (code);
      g_string_append_c (keys[i], '\n');
      add_texts (keys[i], atlas, YT_REF (YT_RECORD_SITE, i));
      for (guint r = yt_atlas_get_site (atlas, i)->region; r != YT_ATLAS_NONE;
           r = yt_atlas_get_region (atlas, r)->parent)
        add_names (keys[i], atlas, YT_REF (YT_RECORD_REGION, r));
    }
  for (guint l = 0; l < n_links; l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);

      if (link->kind == YT_LINK_OPERATOR && YT_REF_KIND (link->to) == YT_RECORD_SITE)
        add_texts (keys[YT_REF_INDEX (link->to)], atlas, link->from);
    }
  for (guint i = 0; i < n_sites; i++)
    out[i] = g_string_free (keys[i], FALSE);
  g_free (keys);
  return out;
}

static gboolean
company_within (YtAtlas *atlas, guint company, guint ancestor)
{
  for (guint c = company; c != YT_ATLAS_NONE; c = yt_atlas_get_company (atlas, c)->parent)
    if (c == ancestor)
      return TRUE;
  return FALSE;
}

/* Sites linked to the company or one of its subsidiaries, either way round. */
static guint8 *
company_sites (YtAtlasQuery *query, YtAtlas *atlas)
{
  guint8 *marks = g_new0 (guint8, yt_atlas_get_n_records (atlas, YT_RECORD_SITE) + 1);
  guint n_links = yt_atlas_get_n_records (atlas, YT_RECORD_LINK);

  for (guint l = 0; l < n_links; l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);
      YtRef ends[2] = { link->from, link->to };

      if (!(query->link_kinds & YT_LINK_KIND_BIT (link->kind)))
        continue;
      for (guint e = 0; e < 2; e++)
        if (YT_REF_KIND (ends[e]) == YT_RECORD_COMPANY &&
            YT_REF_KIND (ends[1 - e]) == YT_RECORD_SITE &&
            company_within (atlas, YT_REF_INDEX (ends[e]), query->company))
          marks[YT_REF_INDEX (ends[1 - e])] = 1;
    }
  return marks;
}

static gboolean
region_within (YtAtlas *atlas, guint region, guint ancestor)
{
  for (guint r = region; r != YT_ATLAS_NONE; r = yt_atlas_get_region (atlas, r)->parent)
    if (r == ancestor)
      return TRUE;
  return FALSE;
}

static gboolean
in_years (const YtAtlasQuery *query, const YtSite *site)
{
  YtDate date = 0;

  switch (query->mode)
    {
    case YT_YEARS_ANNOUNCED: date = site->announced; break;
    case YT_YEARS_OPENED: date = site->opened; break;
    case YT_YEARS_CLOSED: date = site->closed; break;
    case YT_YEARS_ACTIVE:
    default:
      date = site->opened != 0 ? site->opened : site->announced;
      return date != 0 && YT_DATE_YEAR (date) <= query->last_year &&
             (site->closed == 0 || YT_DATE_YEAR (site->closed) >= query->first_year);
    }
  return date != 0 && YT_DATE_YEAR (date) >= query->first_year && YT_DATE_YEAR (date) <= query->last_year;
}

static gboolean
has_words (const YtAtlasQuery *query, const char *key)
{
  for (guint w = 0; query->words[w] != NULL; w++)
    if (strstr (key, query->words[w]) == NULL)
      return FALSE;
  return TRUE;
}

GArray *
yt_atlas_query_run (YtAtlasQuery *query,
                    YtAtlas      *atlas)
{
  g_autofree guint8 *by_company = NULL;
  g_autofree guint8 *members = NULL;
  const char * const *keys = NULL;
  GArray *result;
  guint n_sites;

  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  n_sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  result = g_array_new (FALSE, FALSE, sizeof (guint));
  /* A company or region from another atlas matches nothing here. */
  if ((query->company != YT_ATLAS_NONE &&
       query->company >= yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY)) ||
      (query->region != YT_ATLAS_NONE &&
       query->region >= yt_atlas_get_n_records (atlas, YT_RECORD_REGION)))
    return result;
  if (query->company != YT_ATLAS_NONE)
    by_company = company_sites (query, atlas);
  if (query->initiative != YT_ATLAS_NONE)
    members = yt_membership_flags (atlas, query->initiative, query->member_year);
  if (query->words != NULL)
    keys = yt_atlas_get_cache (atlas, build_keys, (GDestroyNotify) g_strfreev);
  for (guint i = 0; i < n_sites; i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, i);

      if ((query->kinds != 0 && !(query->kinds & YT_SITE_KIND_BIT (site->kind))) ||
          (by_company != NULL && !by_company[i]) ||
          (query->region != YT_ATLAS_NONE && !region_within (atlas, site->region, query->region)) ||
          (query->years && !in_years (query, site)) ||
          (members != NULL && (site->region == YT_ATLAS_NONE || !members[site->region])) ||
          (keys != NULL && !has_words (query, keys[i])))
        continue;
      g_array_append_val (result, i);
    }
  return result;
}
