/* yt-map-basemaps.c: the two basemaps, loaded once per process
 *
 * Parsing the outlines is most of a renderer's start-up, and every renderer
 * (window, report, export) draws the same ones, so they are shared. YtBasemap
 * is thread-safe, which lets a report render on a worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-private.h"

typedef struct {
  GMutex     lock;
  YtBasemap *basemap;
} SharedBasemap;

static YtBasemap *
shared_basemap (SharedBasemap  *shared,
                const char     *resource,
                GError        **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&shared->lock);

  /* Kept for the life of the process, like the resource it comes from. */
  if (shared->basemap == NULL)
    shared->basemap = yt_basemap_new_from_resource (resource, error);
  return shared->basemap;
}

YtBasemap *
yt_map_basemap_world (GError **error)
{
  static SharedBasemap world;

  return shared_basemap (&world, YT_BASEMAP_RESOURCE_WORLD, error);
}

YtBasemap *
yt_map_basemap_china (GError **error)
{
  static SharedBasemap china;

  return shared_basemap (&china, YT_BASEMAP_RESOURCE_CHINA, error);
}

/**
 * yt_map_prepare_basemaps:
 *
 * Thread-safe: the basemaps are shared and guard their projections.
 */
void
yt_map_prepare_basemaps (YtMapKind kind)
{
  g_autoptr(YtProjection) projection = kind == YT_MAP_KIND_WORLD ? yt_projection_new_world ()
                                                                 : yt_projection_new_china ();
  YtBasemap *world = yt_map_basemap_world (NULL);
  YtBasemap *china = yt_map_basemap_china (NULL);

  /* Failures are reported when a frame draws; here they only cost time. */
  if (world != NULL)
    yt_basemap_get_projected (world, projection, NULL);
  if (china != NULL && kind == YT_MAP_KIND_CHINA)
    yt_basemap_get_projected (china, projection, NULL);
}
