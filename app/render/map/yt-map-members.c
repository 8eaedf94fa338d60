/* yt-map-members.c: Belt and Road members on the world view
 *
 * The countries that are members as of the map's year (yt-membership.h: at
 * any time during that year) are hatched and outlined by the region layer;
 * a country that left is a member only for its years.  The China view shows
 * no memberships.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-membership.h"
#include "yt-map-private.h"

int
yt_map_members_year (YtMapRenderer *self)
{
  return self->as_of_year != 0 ? self->as_of_year : yt_membership_current_year ();
}

/* Whether this frame shows memberships: the world view of an atlas with
 * Belt and Road memberships, even when none is in force in the year shown. */
gboolean
yt_map_members_shown (YtMapRenderer *self)
{
  return self->atlas != NULL && self->kind == YT_MAP_KIND_WORLD &&
         yt_membership_any (self->atlas, yt_membership_bri (self->atlas));
}

/* The world basemap knows countries and territories by two-letter code; a
 * member's provinces and cities have longer codes and no outline of their own. */
void
yt_map_members_update (YtMapRenderer *self)
{
  g_autofree guint8 *flags = NULL;
  guint n_regions;

  yt_region_layer_clear_members (self->regions);
  if (!yt_map_members_shown (self))
    return;
  flags = yt_membership_flags (self->atlas, yt_membership_bri (self->atlas), yt_map_members_year (self));
  n_regions = yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION);
  for (guint r = 0; r < n_regions; r++)
    {
      const char *iso = yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, r)->iso);

      if (flags[r] && strlen (iso) == 2)
        yt_region_layer_set_member (self->regions, iso);
    }
}
