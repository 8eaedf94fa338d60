/* bench-report.c: the full bundled report against one China map PDF (not a test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports the bundled report (Chinese, A4: the larger font subsets) and, as
 * the baseline measured in the same run, the --export-map PDF of the China
 * view at its default size.  Reports, per PERFORMANCE.md, the minimum of
 * seven interleaved runs after a warm-up as a ratio, the peak resident size
 * and the file sizes of the Chinese and English reports.  Goals: ratio ≤ 4,
 * Chinese ≤ 1.6 MB, English ≤ 1.0 MB.
 */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "yuntu/yuntu.h"

#define REPETITIONS 7

static double
time_map (const char *path)
{
  g_autoptr(YtMapRenderer) renderer = yt_map_renderer_new (YT_MAP_KIND_CHINA);
  gint64 start = g_get_monotonic_time ();

  if (!yt_map_export_to_file (renderer, path, YT_EXPORT_FORMAT_PDF, 1920, 1080, NULL))
    g_error ("the map export failed");
  return (g_get_monotonic_time () - start) / 1e6;
}

static double
time_report (YtAtlas    *atlas,
             const char *path)
{
  gint64 start = g_get_monotonic_time ();
  YtReportOptions options;

  yt_report_options_init (&options);
  options.lang = YT_LANG_ZH;
  if (yt_report_export_main (atlas, path, &options, stderr) != 0)
    g_error ("the report export failed");
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(YtAtlas) atlas = NULL;
  g_autofree char *dir = g_dir_make_tmp ("yuntu-bench-report-XXXXXX", NULL);
  g_autofree char *map_path = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *report_path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *english_path = g_build_filename (dir, "report-en.pdf", NULL);
  double best_map = G_MAXDOUBLE, best_report = G_MAXDOUBLE;
  YtReportOptions options;
  struct rusage usage;
  GStatBuf st;

  yt_atlas_loader_add_bundled (loader);
  atlas = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert (atlas != NULL);

  time_map (map_path);                      /* warm-up: fonts, caches */
  time_report (atlas, report_path);
  for (guint i = 0; i < REPETITIONS; i++)
    {
      best_map = MIN (best_map, time_map (map_path));
      best_report = MIN (best_report, time_report (atlas, report_path));
    }
  getrusage (RUSAGE_SELF, &usage);
  yt_report_options_init (&options);
  if (yt_report_export_main (atlas, english_path, &options, stderr) != 0)
    g_error ("the English report export failed");
  g_assert (g_stat (english_path, &st) == 0);
  printf ("file size, English: %.2f MB (goal <= 1.0 MB)\n", st.st_size / 1e6);
  g_assert (g_stat (report_path, &st) == 0);

  printf ("report export (zh, A4): %.3f s; China map PDF: %.3f s\n", best_report, best_map);
  printf ("ratio: %.2f (goal <= 4)\n", best_report / best_map);
  printf ("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);
  printf ("file size, Chinese: %.2f MB (goal <= 1.6 MB)\n", st.st_size / 1e6);

  g_unlink (map_path);
  g_unlink (report_path);
  g_unlink (english_path);
  g_rmdir (dir);
  return 0;
}
