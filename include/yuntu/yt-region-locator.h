/* yt-region-locator.h: which province or country a point lies in, from the basemaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imported sites often come with a position and no region; the basemap
 * outlines (DCW) tell which province of China or which country holds the
 * point.  The answer is an ISO 3166 code (CN-GZ, KE), to be matched with the
 * atlas's regions.  A locator never changes once made and may be used from
 * any thread.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define YT_TYPE_REGION_LOCATOR (yt_region_locator_get_type ())
G_DECLARE_FINAL_TYPE (YtRegionLocator, yt_region_locator, YT, REGION_LOCATOR, GObject)

/* Shared by the process, made on first use from the compiled basemaps. */
YtRegionLocator *yt_region_locator_get_default (GError          **error);
/* A province-level division of China when the point is in one, else the
 * country; NULL at sea or outside every outline. */
const char      *yt_region_locator_find        (YtRegionLocator  *self,
                                                double            lon,
                                                double            lat);
/* The point the maps label a region at (inside its largest part), in
 * degrees; FALSE for a code the basemaps lack. */
gboolean         yt_region_locator_get_anchor  (YtRegionLocator  *self,
                                                const char       *iso,
                                                double           *lon,
                                                double           *lat);

G_END_DECLS
