/* yt-membership.c: who belongs to an initiative, as of a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An atlas holds a few hundred memberships at most, so every question walks
 * them; callers with many regions to ask about take the flags once.
 */
#include "config.h"

#include "yuntu/yt-membership.h"

guint
yt_membership_bri (YtAtlas *atlas)
{
  g_return_val_if_fail (YT_IS_ATLAS (atlas), YT_ATLAS_NONE);

  return yt_atlas_lookup_kind (atlas, YT_RECORD_INITIATIVE, YT_MEMBERSHIP_BRI_ID);
}

int
yt_membership_current_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return now != NULL ? g_date_time_get_year (now) : 1970;
}

gboolean
yt_membership_any (YtAtlas *atlas,
                   guint    initiative)
{
  g_return_val_if_fail (YT_IS_ATLAS (atlas), FALSE);

  for (guint i = 0; initiative != YT_ATLAS_NONE && i < yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP); i++)
    if (yt_atlas_get_membership (atlas, i)->initiative == initiative)
      return TRUE;
  return FALSE;
}

gboolean
yt_membership_in_force (const YtMembership *membership,
                        int                 year)
{
  g_return_val_if_fail (membership != NULL, FALSE);

  return membership->start != 0 && YT_DATE_YEAR (membership->start) <= year &&
         (membership->end == 0 || YT_DATE_YEAR (membership->end) >= year);
}

static guint
find_own (YtAtlas *atlas,
          guint    region,
          guint    initiative,
          int      year)
{
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP);

  for (guint i = 0; i < n; i++)
    {
      const YtMembership *m = yt_atlas_get_membership (atlas, i);

      if (m->region == region && m->initiative == initiative && yt_membership_in_force (m, year))
        return i;
    }
  return YT_ATLAS_NONE;
}

/* The first membership @own finds for @region or a region it lies in. */
static guint
walk_up (YtAtlas *atlas,
         guint    region,
         guint    initiative,
         int      year,
         guint  (*own) (YtAtlas *, guint, guint, int))
{
  guint n_regions = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);

  if (initiative == YT_ATLAS_NONE)
    return YT_ATLAS_NONE;
  /* The loader breaks parent cycles, so the walk ends. */
  for (guint r = region; r != YT_ATLAS_NONE && r < n_regions; r = yt_atlas_get_region (atlas, r)->parent)
    {
      guint found = own (atlas, r, initiative, year);

      if (found != YT_ATLAS_NONE)
        return found;
    }
  return YT_ATLAS_NONE;
}

guint
yt_membership_find (YtAtlas *atlas,
                    guint    region,
                    guint    initiative,
                    int      year)
{
  g_return_val_if_fail (YT_IS_ATLAS (atlas), YT_ATLAS_NONE);
  return walk_up (atlas, region, initiative, year, find_own);
}

gboolean
yt_membership_is_member (YtAtlas *atlas,
                         guint    region,
                         guint    initiative,
                         int      year)
{
  return yt_membership_find (atlas, region, initiative, year) != YT_ATLAS_NONE;
}

static gint
compare_start (gconstpointer a,
               gconstpointer b,
               gpointer      atlas)
{
  const YtMembership *x = yt_atlas_get_membership (atlas, *(const guint *) a);
  const YtMembership *y = yt_atlas_get_membership (atlas, *(const guint *) b);

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->initiative != y->initiative)
    return x->initiative < y->initiative ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : *(const guint *) a > *(const guint *) b;
}

GArray *
yt_membership_list (YtAtlas *atlas,
                    guint    region,
                    guint    initiative)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), list);

  n = yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP);
  for (guint i = 0; i < n; i++)
    {
      const YtMembership *m = yt_atlas_get_membership (atlas, i);

      if (m->region == region && (initiative == YT_ATLAS_NONE || m->initiative == initiative))
        g_array_append_val (list, i);
    }
  g_array_sort_with_data (list, compare_start, atlas);
  return list;
}

static guint
relevant_own (YtAtlas *atlas,
              guint    region,
              guint    initiative,
              int      year)
{
  g_autoptr(GArray) list = yt_membership_list (atlas, region, initiative);
  guint before = YT_ATLAS_NONE;

  for (guint i = 0; i < list->len; i++)
    {
      guint index = g_array_index (list, guint, i);
      const YtMembership *m = yt_atlas_get_membership (atlas, index);

      if (yt_membership_in_force (m, year))
        return index;
      if (YT_DATE_YEAR (m->start) <= year)
        before = index;
      else
        return before != YT_ATLAS_NONE ? before : index;
    }
  return before;
}

guint
yt_membership_relevant (YtAtlas *atlas,
                        guint    region,
                        guint    initiative,
                        int      year)
{
  g_return_val_if_fail (YT_IS_ATLAS (atlas), YT_ATLAS_NONE);
  return walk_up (atlas, region, initiative, year, relevant_own);
}

/* Regions with a membership of their own in force; flags of the regions
 * within them follow from their parents. */
static guint8 *
own_flags (YtAtlas *atlas,
           guint    initiative,
           int      year)
{
  guint n_regions = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP);
  guint8 *flags = g_new0 (guint8, n_regions + 1);

  for (guint i = 0; initiative != YT_ATLAS_NONE && i < n; i++)
    {
      const YtMembership *m = yt_atlas_get_membership (atlas, i);

      if (m->initiative == initiative && m->region < n_regions && yt_membership_in_force (m, year))
        flags[m->region] = 1;
    }
  return flags;
}

guint
yt_membership_count (YtAtlas *atlas,
                     guint    initiative,
                     int      year)
{
  g_autofree guint8 *flags = NULL;
  guint n_regions, count = 0;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), 0);

  n_regions = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);
  flags = own_flags (atlas, initiative, year);
  for (guint r = 0; r < n_regions; r++)
    count += flags[r];
  return count;
}

guint8 *
yt_membership_flags (YtAtlas *atlas,
                     guint    initiative,
                     int      year)
{
  guint8 *own, *flags;
  guint n_regions;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  n_regions = yt_atlas_get_n_records (atlas, YT_RECORD_REGION);
  own = own_flags (atlas, initiative, year);
  flags = g_new0 (guint8, n_regions + 1);
  for (guint r = 0; r < n_regions; r++)
    for (guint a = r; a != YT_ATLAS_NONE && !flags[r]; a = yt_atlas_get_region (atlas, a)->parent)
      flags[r] = own[a];
  g_free (own);
  return flags;
}
