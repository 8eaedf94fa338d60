/* yt-search.c: what a typed text most likely means: companies, regions, sites
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-search.h"

typedef struct
{
  YtRef  ref;
  double score;     /* how well a name matches: see name_score() */
  guint  weight;    /* sites that make the record relevant */
} Hit;

struct _YtSearch
{
  GArray        *hits[YT_N_SEARCH_GROUPS];   /* Hit, best first */
  YtSearchGroup  order[YT_N_SEARCH_GROUPS];
};

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);

  return normal != NULL ? g_utf8_casefold (normal, -1) : g_strdup ("");
}

/* 3 for an equal name, 2 for a name that begins with the text, 1 for one
 * that contains it, plus the share of the name the text covers. */
static double
name_score (const char *needle,
            const char *name)
{
  g_autofree char *folded = fold (name);
  const char *at = strstr (folded, needle);
  double coverage;

  if (at == NULL || folded[0] == '\0')
    return 0;
  coverage = (double) g_utf8_strlen (needle, -1) / g_utf8_strlen (folded, -1);
  if (strcmp (folded, needle) == 0)
    return 3 + coverage;
  return (at == folded ? 2 : 1) + coverage;
}

static double
record_score (YtAtlas    *atlas,
              YtRef       ref,
              const char *needle)
{
  guint n_texts = 0;
  const YtText *texts = yt_atlas_get_texts (atlas, ref, &n_texts);
  double best = 0;

  for (guint i = 0; i < n_texts; i++)
    if (texts[i].field == YT_TEXT_NAME)
      best = MAX (best, name_score (needle, yt_atlas_str (atlas, texts[i].text)));
  if (YT_REF_KIND (ref) == YT_RECORD_SITE)
    best = MAX (best, name_score (needle, yt_atlas_str (atlas, yt_atlas_get_site (atlas, YT_REF_INDEX (ref))->code)));
  else if (YT_REF_KIND (ref) == YT_RECORD_REGION)
    best = MAX (best, name_score (needle, yt_atlas_str (atlas, yt_atlas_get_region (atlas, YT_REF_INDEX (ref))->iso)));
  return best;
}

static int
compare_weight_first (gconstpointer a,
                      gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->weight != y->weight)
    return x->weight > y->weight ? -1 : 1;
  return x->score > y->score ? -1 : x->score < y->score;
}

static int
compare_score_first (gconstpointer a,
                     gconstpointer b)
{
  const Hit *x = a, *y = b;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->weight > y->weight ? -1 : x->weight < y->weight;
}

/* Operated sites among those shown, per company; sites per region (with the
 * regions that contain theirs). */
static void
count_weights (YtAtlas     *atlas,
               const guint *sites,
               guint        n_sites,
               guint       *companies,
               guint       *regions)
{
  guint n_all = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  g_autofree guint8 *shown = g_new0 (guint8, n_all + 1);

  for (guint i = 0; i < n_sites; i++)
    if (sites[i] < n_all)
      shown[sites[i]] = 1;
  for (guint l = 0; l < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);

      if (link->kind == YT_LINK_OPERATOR && YT_REF_KIND (link->from) == YT_RECORD_COMPANY &&
          YT_REF_KIND (link->to) == YT_RECORD_SITE && shown[YT_REF_INDEX (link->to)])
        companies[YT_REF_INDEX (link->from)]++;
    }
  for (guint s = 0; s < n_all; s++)
    for (guint r = yt_atlas_get_site (atlas, s)->region; r != YT_ATLAS_NONE;
         r = yt_atlas_get_region (atlas, r)->parent)
      regions[r]++;
}

static void
collect (YtSearch     *search,
         YtAtlas      *atlas,
         YtSearchGroup group,
         YtRecordKind  kind,
         const char   *needle,
         const guint  *weights)
{
  guint n = yt_atlas_get_n_records (atlas, kind);

  for (guint i = 0; i < n; i++)
    {
      Hit hit = { YT_REF (kind, i), record_score (atlas, YT_REF (kind, i), needle), weights[i] };

      if (hit.score > 0)
        g_array_append_val (search->hits[group], hit);
    }
}

static double
best_score (YtSearch      *search,
            YtSearchGroup  group)
{
  double best = 0;

  for (guint i = 0; i < search->hits[group]->len; i++)
    best = MAX (best, g_array_index (search->hits[group], Hit, i).score);
  return best;
}

YtSearch *
yt_search_new (YtAtlas     *atlas,
               const char  *text,
               const guint *sites,
               guint        n_sites)
{
  YtSearch *search = g_new0 (YtSearch, 1);
  g_autofree char *needle = NULL;
  g_autofree guint *companies = NULL;
  g_autofree guint *regions = NULL;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (sites != NULL || n_sites == 0, NULL);

  for (guint g = 0; g < YT_N_SEARCH_GROUPS; g++)
    {
      search->hits[g] = g_array_new (FALSE, FALSE, sizeof (Hit));
      search->order[g] = g;
    }
  needle = text != NULL ? fold (text) : g_strdup ("");
  g_strstrip (needle);
  if (needle[0] == '\0')
    return search;

  companies = g_new0 (guint, yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY) + 1);
  regions = g_new0 (guint, yt_atlas_get_n_records (atlas, YT_RECORD_REGION) + 1);
  count_weights (atlas, sites, n_sites, companies, regions);
  collect (search, atlas, YT_SEARCH_COMPANIES, YT_RECORD_COMPANY, needle, companies);
  collect (search, atlas, YT_SEARCH_REGIONS, YT_RECORD_REGION, needle, regions);
  for (guint i = 0; i < n_sites; i++)
    {
      Hit hit = { YT_REF (YT_RECORD_SITE, sites[i]), record_score (atlas, YT_REF (YT_RECORD_SITE, sites[i]), needle), 0 };

      if (hit.score > 0)
        g_array_append_val (search->hits[YT_SEARCH_SITES], hit);
    }
  g_array_sort (search->hits[YT_SEARCH_COMPANIES], compare_weight_first);
  g_array_sort (search->hits[YT_SEARCH_REGIONS], compare_score_first);
  g_array_sort (search->hits[YT_SEARCH_SITES], compare_score_first);

  /* A stable order of three: the first group keeps its place on ties. */
  for (guint i = 1; i < YT_N_SEARCH_GROUPS; i++)
    for (guint j = i; j > 0 && best_score (search, search->order[j]) > best_score (search, search->order[j - 1]); j--)
      {
        YtSearchGroup swap = search->order[j];

        search->order[j] = search->order[j - 1];
        search->order[j - 1] = swap;
      }
  return search;
}

void
yt_search_free (YtSearch *search)
{
  if (search == NULL)
    return;
  for (guint g = 0; g < YT_N_SEARCH_GROUPS; g++)
    g_array_unref (search->hits[g]);
  g_free (search);
}

guint
yt_search_get_n_hits (YtSearch      *search,
                      YtSearchGroup  group)
{
  g_return_val_if_fail (search != NULL && group < YT_N_SEARCH_GROUPS, 0);
  return search->hits[group]->len;
}

YtRef
yt_search_get_hit (YtSearch      *search,
                   YtSearchGroup  group,
                   guint          index)
{
  g_return_val_if_fail (search != NULL && group < YT_N_SEARCH_GROUPS, YT_REF_NONE);
  g_return_val_if_fail (index < search->hits[group]->len, YT_REF_NONE);
  return g_array_index (search->hits[group], Hit, index).ref;
}

YtSearchGroup
yt_search_get_group (YtSearch *search,
                     guint     rank)
{
  g_return_val_if_fail (search != NULL && rank < YT_N_SEARCH_GROUPS, YT_SEARCH_SITES);
  return search->order[rank];
}

YtRef
yt_search_get_best (YtSearch *search)
{
  g_return_val_if_fail (search != NULL, YT_REF_NONE);

  for (guint r = 0; r < YT_N_SEARCH_GROUPS; r++)
    if (search->hits[search->order[r]]->len > 0)
      return g_array_index (search->hits[search->order[r]], Hit, 0).ref;
  return YT_REF_NONE;
}
