/* bench-atlas-load.c: atlas loading against `xmllint --stream` (not a test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-atlas-load [N…]   (default 10000 100000): generates an atlas of N
 * sites with gen-atlas.py, then reports, per PERFORMANCE.md, the minimum of
 * seven interleaved runs after a warm-up as a ratio to xmllint --stream
 * --noout on the same file, and resident bytes per site beyond the text.
 * Goals: ratio ≤ 1.5, ≤ 300 bytes per site.
 */
#include "config.h"

#include <malloc.h>
#include <stdio.h>
#include <unistd.h>

#include "yuntu/yt-atlas-loader.h"

#define REPETITIONS 7

static YtAtlas *
load (const char *path)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();

  yt_atlas_loader_add_file (loader, path);
  return yt_atlas_loader_finish (loader, NULL, NULL);
}

static double
time_loader (const char *path)
{
  gint64 start = g_get_monotonic_time ();
  YtAtlas *atlas = load (path);

  g_assert (atlas != NULL);
  g_object_unref (atlas);
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_xmllint (const char *path)
{
  const char *argv[] = { "xmllint", "--stream", "--noout", path, NULL };
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint --stream failed on %s", path);
  return (g_get_monotonic_time () - start) / 1e6;
}

static gsize
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  malloc_trim (0);
  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;
  return (gsize) resident * (gsize) sysconf (_SC_PAGESIZE);
}

static char *
generate (guint n)
{
  const char *root = g_getenv ("YUNTU_SOURCE_ROOT");
  g_autofree char *script = g_build_filename (root != NULL ? root : ".", "tests", "bench", "gen-atlas.py", NULL);
  g_autofree char *count = g_strdup_printf ("%u", n);
  g_autofree char *name = g_strdup_printf ("yuntu-bench-%u.xml", n);
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);
  const char *argv[] = { "python3", script, count, path, NULL };
  int status;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
      (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL) ||
       !g_spawn_check_wait_status (status, NULL)))
    g_error ("gen-atlas.py failed for %u sites", n);
  return path;
}

static void
bench (guint n)
{
  g_autofree char *path = generate (n);
  double best_loader = G_MAXDOUBLE, best_xmllint = G_MAXDOUBLE;
  gsize before, after, text;
  YtAtlas *atlas;
  guint sites;

  before = resident_bytes ();
  atlas = load (path);
  after = resident_bytes ();
  sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  text = yt_atlas_get_text_bytes (atlas);
  g_object_unref (atlas);

  time_loader (path);
  time_xmllint (path);
  for (guint i = 0; i < REPETITIONS; i++)
    {
      best_xmllint = MIN (best_xmllint, time_xmllint (path));
      best_loader = MIN (best_loader, time_loader (path));
    }
  printf ("%7u sites: load %.1f ms, xmllint --stream %.1f ms, ratio %.2f (goal ≤ 1.5); "
          "%.0f bytes/site beyond %.1f MB of text (goal ≤ 300)\n",
          sites, best_loader * 1e3, best_xmllint * 1e3, best_loader / best_xmllint,
          ((double) after - (double) before - (double) text) / sites, text / 1e6);
}

int
main (int argc, char *argv[])
{
  if (argc < 2)
    {
      bench (10000);
      bench (100000);
    }
  for (int i = 1; i < argc; i++)
    bench ((guint) g_ascii_strtoull (argv[i], NULL, 10));
  return 0;
}
