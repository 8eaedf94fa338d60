/* test-atomic-file.c: an export never leaves a broken file nor touches an existing one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <yuntu/yuntu.h>

#include "yt-atomic-file-private.h"

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("yuntu-atomic-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_replace_keeps_mode (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);

  g_assert_true (yt_atomic_file_set_contents (path, "new content", 11, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new content");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_abort_leaves_original (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  YtAtomicFile *file;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  file = yt_atomic_file_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (yt_atomic_file_write (file, "half", 4, &error));
  g_assert_true (g_file_test (yt_atomic_file_get_temp_path (file), G_FILE_TEST_EXISTS));
  yt_atomic_file_abort (file);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

/* /dev/full fails every write with ENOSPC, which is what a full disk does. */
static void
test_full_disk_is_reported (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  YtAtomicFile *file;
  cairo_status_t status;
  int full;

  full = g_open ("/dev/full", O_WRONLY, 0);
  if (full < 0)
    {
      g_test_skip ("/dev/full is not available");
      g_rmdir (dir);
      return;
    }

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  file = yt_atomic_file_open (path, &error);
  g_assert_no_error (error);
  _yt_atomic_file_replace_fd (file, full);

  status = yt_atomic_file_cairo_write (file, (const unsigned char *) "data", 4);
  g_assert_cmpint (status, ==, CAIRO_STATUS_SUCCESS);
  g_assert_false (yt_atomic_file_commit (file, &error));
  g_assert_error (error, YT_FILE_ERROR, YT_FILE_ERROR_NO_SPACE);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unwritable_folder (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (yt_atomic_file_set_contents ("/nonexistent-yuntu-dir/out.png", "x", 1, &error));
  g_assert_error (error, YT_FILE_ERROR, YT_FILE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "out.png"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atomic-file/replace-keeps-mode", test_replace_keeps_mode);
  g_test_add_func ("/atomic-file/abort-leaves-original", test_abort_leaves_original);
  g_test_add_func ("/atomic-file/full-disk", test_full_disk_is_reported);
  g_test_add_func ("/atomic-file/unwritable-folder", test_unwritable_folder);
  return g_test_run ();
}
