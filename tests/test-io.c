/* test-io.c: helpers for the data import and export tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "test-io.h"

void
test_run_clear (TestRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

void
test_run (TestRun            *run,
          const char         *language,
          const char * const *argv)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

void
test_run_yuntu (TestRun    *run,
                const char *language,
                ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (char *) g_getenv ("YUNTU_BINARY"));
  va_start (ap, language);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  test_run (run, language, (const char * const *) args->pdata);
}

char *
test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "io", name, NULL);
}

YtAtlas *
test_load_atlas (const char *fixture,
                 ...)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;
  va_list ap;

  yt_atlas_loader_add_bundled (loader);
  va_start (ap, fixture);
  for (const char *name = fixture; name != NULL; name = va_arg (ap, const char *))
    {
      g_autofree char *path = test_fixture_path (name);

      yt_atlas_loader_add_file (loader, path);
    }
  va_end (ap);
  atlas = yt_atlas_loader_finish (loader, &problems, &error);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("%s", ((YtAtlasProblem *) problems->pdata[i])->message);
  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  return atlas;
}

void
test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

guint
test_count_lines (const char *text,
                  const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}
