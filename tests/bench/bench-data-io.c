/* bench-data-io.c: what GDAL costs, and when
 *
 * GDAL is loaded only when data is imported or exported.  This prints what
 * a start-up would cost if it were linked (`yuntu --version` with libgdal
 * preloaded, against without, interleaved), what the first import or export
 * pays to load it, and how long exports and imports of the bundled data take.
 * Each figure is the minimum of several runs (PERFORMANCE.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <yuntu/yuntu.h>

#define RUNS 9

static double
spawn_ms (const char * const *argv,
          char              **env)
{
  gint64 start = g_get_monotonic_time ();
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, NULL));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The libgdal the module loaded, from this process's memory map. */
static char *
libgdal_path (void)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *path = strchr (lines[i], '/');

      if (path != NULL && strstr (path, "/libgdal.so") != NULL)
        return g_strdup (path);
    }
  g_assert_not_reached ();
}

static void
start_up (void)
{
  const char *argv[] = { g_getenv ("YUNTU_BINARY"), "--version", NULL };
  g_autofree char *libgdal = libgdal_path ();
  g_auto(GStrv) plain = g_get_environ ();
  g_auto(GStrv) preload = g_environ_setenv (g_get_environ (), "LD_PRELOAD", libgdal, TRUE);
  double best_plain = G_MAXDOUBLE, best_gdal = G_MAXDOUBLE;

  spawn_ms (argv, plain);
  spawn_ms (argv, preload);
  for (guint i = 0; i < RUNS; i++)
    {
      best_plain = MIN (best_plain, spawn_ms (argv, plain));
      best_gdal = MIN (best_gdal, spawn_ms (argv, preload));
    }
  g_print ("start-up (yuntu --version): %.1f ms; with GDAL linked it would be %.1f ms (%.2f ×)\n",
           best_plain, best_gdal, best_gdal / best_plain);
}

static double
export_ms (YtDataExport *export,
           YtDataFormat  format)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GBytes) bytes = yt_data_export_to_bytes (export, format, NULL);

  g_assert_nonnull (bytes);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static double
import_ms (const char *path,
           YtAtlas    *atlas)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(YtDataImport) import = yt_data_import_new ();

  g_assert_true (yt_data_import_read_file (import, path, NULL));
  yt_data_import_set_reference (import, atlas, NULL);
  /* Everything is in the atlas already: this is matching every row. */
  g_assert_false (yt_data_import_convert (import, NULL, NULL));
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int argc, char *argv[])
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(YtAtlas) atlas = NULL;
  g_autoptr(YtDataExport) export = NULL;
  g_autofree char *dir = g_dir_make_tmp ("yuntu-bench-io-XXXXXX", NULL);
  gint64 start;
  double load_ms;

  yt_atlas_loader_add_bundled (loader);
  atlas = yt_atlas_loader_finish (loader, NULL, NULL);
  export = yt_data_export_new (atlas);
  start = g_get_monotonic_time ();
  g_assert_true (yt_io_ensure_gdal (NULL));
  load_ms = (g_get_monotonic_time () - start) / 1000.0;
  g_print ("first import or export: loading GDAL %s (module, libraries, four drivers) %.1f ms\n",
           yt_io_get_gdal_version (), load_ms);
  start_up ();

  for (YtDataFormat format = 0; format < YT_N_DATA_FORMATS; format++)
    {
      g_autofree char *name = g_strdup_printf ("sites.%s", yt_data_format_to_extension (format));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GBytes) bytes = yt_data_export_to_bytes (export, format, NULL);
      double best_export = G_MAXDOUBLE, best_import = G_MAXDOUBLE;

      g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
      for (guint i = 0; i < RUNS; i++)
        {
          best_export = MIN (best_export, export_ms (export, format));
          best_import = MIN (best_import, import_ms (path, atlas));
        }
      g_print ("%-10s %u sites: export %.1f ms, import (read, match every row) %.1f ms, %.0f KB\n",
               yt_data_format_to_name (format), yt_atlas_get_n_records (atlas, YT_RECORD_SITE),
               best_export, best_import, g_bytes_get_size (bytes) / 1024.0);
      g_unlink (path);
    }
  g_rmdir (dir);
  return 0;
}
