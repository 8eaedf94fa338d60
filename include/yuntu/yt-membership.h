/* yt-membership.h: who belongs to an initiative, as of a year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Memberships are dated records (YtMembership): a region joins an
 * initiative on its start date and leaves on its end date, if any.
 *
 * "As of a year" means at any time during that year: a region is a member as
 * of YEAR when its membership started in YEAR or before and did not end
 * before YEAR.  A country that signed in March 2019 is a member as of 2019; one
 * that left in December 2023 is a member as of 2023 and not as of 2024.  Dates
 * given only to the year or month count the same way, so the rule never needs
 * a day the data does not give.
 *
 * A region is also a member through the region it lies in: a province or
 * city of a member country is in a member country.
 */
#pragma once

#include <glib.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

/* The initiative the Belt and Road view and filters are about. */
#define YT_MEMBERSHIP_BRI_ID "bri"

/* The Belt and Road initiative's index, or YT_ATLAS_NONE when the atlas has none. */
guint     yt_membership_bri               (YtAtlas            *atlas);

/* The year of the local clock: what "as of" means when no year is chosen. */
int       yt_membership_current_year      (void);

/* Whether the atlas records any membership of @initiative: without, a
 * country without one is unknown rather than a non-member. */
gboolean  yt_membership_any               (YtAtlas            *atlas,
                                           guint               initiative);

gboolean  yt_membership_in_force          (const YtMembership *membership,
                                           int                 year);

/* The membership of @region (or a region it lies in) in @initiative that is
 * in force as of @year, or YT_ATLAS_NONE. */
guint     yt_membership_find              (YtAtlas            *atlas,
                                           guint               region,
                                           guint               initiative,
                                           int                 year);
gboolean  yt_membership_is_member         (YtAtlas            *atlas,
                                           guint               region,
                                           guint               initiative,
                                           int                 year);

/* The memberships of @region itself, of @initiative (YT_ATLAS_NONE: of any),
 * as membership indices ordered by start date.  Free with g_array_unref(). */
GArray   *yt_membership_list              (YtAtlas            *atlas,
                                           guint               region,
                                           guint               initiative);

/* The membership that tells @region's story as of @year: the one in force,
 * else the last that ended before, else the first that starts later; of the
 * region itself or, failing that, of a region it lies in.  YT_ATLAS_NONE when
 * there is none. */
guint     yt_membership_relevant          (YtAtlas            *atlas,
                                           guint               region,
                                           guint               initiative,
                                           int                 year);

/* The dates in words, in @lang: "Signed 23 March 2019, left December 2023" /
 * "2019年3月23日签署，2023年12月退出"; "Signed 2013" while it lasts.  An
 * approximate date says "about". */
char     *yt_membership_describe          (YtAtlas            *atlas,
                                           guint               membership,
                                           YtLang              lang);

/* How many regions are members of @initiative as of @year. */
guint     yt_membership_count             (YtAtlas            *atlas,
                                           guint               initiative,
                                           int                 year);

/* One byte per region, 1 for a member as of @year (itself or through the
 * region it lies in).  Free with g_free(). */
guint8   *yt_membership_flags             (YtAtlas            *atlas,
                                           guint               initiative,
                                           int                 year);

G_END_DECLS
