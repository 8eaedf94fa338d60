/* yt-compile-basemap.c: basemap XML to the compiled form the program carries
 *
 * Usage: yt-compile-basemap IN.xml OUT.ytb
 * Stores the outlines projected for both built-in views, so that neither the
 * XML nor PROJ is on the path to a first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "yt-basemap-private.h"

static int
fail (const char *path,
      GError     *error)
{
  fprintf (stderr, "yt-compile-basemap: %s: %s\n", path, error->message);
  g_error_free (error);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(YtProjection) china = NULL, world = NULL;
  g_autoptr(YtBasemap) basemap = NULL;
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GBytes) in = NULL, out = NULL;
  GError *error = NULL;
  YtProjection *projections[2];

  if (argc != 3)
    {
      fprintf (stderr, "usage: yt-compile-basemap IN.xml OUT.ytb\n");
      return 2;
    }
  if ((file = g_mapped_file_new (argv[1], FALSE, &error)) == NULL)
    return fail (argv[1], error);
  in = g_mapped_file_get_bytes (file);
  if ((basemap = yt_basemap_new_from_bytes (in, &error)) == NULL)
    return fail (argv[1], error);
  projections[0] = china = yt_projection_new_china ();
  projections[1] = world = yt_projection_new_world ();
  if ((out = yt_basemap_compile (basemap, projections, G_N_ELEMENTS (projections), &error)) == NULL)
    return fail (argv[1], error);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (out, NULL), g_bytes_get_size (out), &error))
    return fail (argv[2], error);
  return 0;
}
