/* test-report-common.c: what the report test programs share: the bundled
 * atlas, a scratch folder, exports and the command-line checkers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <yuntu/yuntu.h>

#include "test-report.h"

YtAtlas *atlas;
char *tmp_dir;

static YtAtlas *
load_bundled (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *result;

  yt_atlas_loader_add_bundled (loader);
  result = yt_atlas_loader_finish (loader, &problems, &error);
  g_assert_no_error (error);
  return result;
}

char *
export (YtLang      lang,
        YtPaper     paper,
        const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  YtReportOptions options;

  yt_report_options_init (&options);
  options.lang = lang;
  options.paper = paper;
  g_assert_cmpint (yt_report_export_main (atlas, path, &options, stderr), ==, 0);
  return g_steal_pointer (&path);
}

/* Runs a tool and returns its stdout, or NULL (and skips the test) when the
 * tool is missing. */
char *
run_tool (const char *const *argv)
{
  g_autofree char *found = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (found == NULL)
    {
      g_test_skip_printf ("%s is not installed", argv[0]);
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The file's objects as text: the update yt_pdf_finish() appends is a
 * compressed object stream, which qpdf writes out uncompressed. */
char *
read_pdf_expanded (const char *path,
                   gsize      *length)
{
  g_autofree char *out = g_strconcat (path, ".qdf", NULL);
  g_autofree char *found = g_find_program_in_path ("qpdf");
  char *data = NULL;
  int status = 0;

  if (found == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return NULL;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) (const char *const[]) { "qpdf", "--qdf", "--object-streams=disable",
                                                                       path, out, NULL },
                               NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (g_file_get_contents (out, &data, length, NULL));
  return data;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
report_test_main (int     argc,
                  char   *argv[],
                  void  (*add_tests) (void))
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = load_bundled ();
  tmp_dir = g_dir_make_tmp ("yuntu-report-XXXXXX", &error);
  g_assert_no_error (error);
  add_tests ();
  status = g_test_run ();
  if (g_getenv ("YUNTU_TEST_KEEP") == NULL)
    remove_tree (tmp_dir);
  else
    g_printerr ("# outputs kept in %s\n", tmp_dir);
  g_clear_object (&atlas);
  g_free (tmp_dir);
  return status;
}
