/* test-data-dialogs.c: File → Export Data… and File → Import… in the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>

#include "yt-application.h"
#include "yt-data-export-dialog.h"
#include "yt-import-dialog.h"
#include "yt-window.h"

static GtkApplication *test_app;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  for (guint i = 0; i < 100000 && !done (data); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (done (data));
}

static gboolean
not_loading (gpointer store)
{
  return !yt_atlas_store_get_loading (store) && yt_atlas_store_get_atlas (store) != NULL;
}

static YtWindow *
open_window (void)
{
  YtWindow *window = yt_window_new (test_app, yt_application_get_store (YT_APPLICATION (test_app)),
                                    yt_application_get_view_state (YT_APPLICATION (test_app)));
  YtAtlasStore *store = yt_window_get_store (window);

  gtk_window_present (GTK_WINDOW (window));
  if (yt_atlas_store_get_atlas (store) == NULL && !yt_atlas_store_get_loading (store))
    yt_window_load_files (window, NULL);
  iterate_until (not_loading, store);
  return window;
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }
  return NULL;
}

static gboolean
export_dialog_gone (gpointer data)
{
  return find_toplevel (YT_TYPE_DATA_EXPORT_DIALOG) == NULL;
}

static gboolean
import_dialog_shown (gpointer data)
{
  return find_toplevel (YT_TYPE_IMPORT_DIALOG) != NULL;
}

static gboolean
dialog_ready (gpointer dialog)
{
  return yt_import_dialog_get_ready (dialog);
}

/* Export Data… offers the window's filter and writes the chosen sites. */
static void
test_export_filtered (void)
{
  YtWindow *window = open_window ();
  YtViewState *state = yt_window_get_view_state (window);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-export-dialog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huawei.gpkg", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { "ogrinfo", "-ro", "-so", path, "sites", NULL };
  YtDataExportDialog *dialog;
  guint n_filtered;
  int status;

  yt_view_state_set_filter_text (state, "Huawei Cloud");
  n_filtered = yt_view_state_get_n_filtered (state);
  g_assert_cmpuint (n_filtered, >, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-data", NULL));
  dialog = find_toplevel (YT_TYPE_DATA_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpint (yt_data_export_dialog_get_format (dialog), ==, YT_DATA_FORMAT_GPKG);

  g_assert_true (yt_data_export_dialog_export_to (dialog, path));
  iterate_until (export_dialog_gone, NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "SQLite format 3"));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_strstr_len (out, -1, "Feature Count: ") != NULL);
  g_assert_cmpuint (g_ascii_strtoull (strstr (out, "Feature Count: ") + strlen ("Feature Count: "), NULL, 10),
                    ==, n_filtered);

  yt_view_state_reset_filter (state);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A LibreOffice CSV: the dialog maps its Chinese headers, finds no problem,
 * and the imported sites join the map and the list. */
static void
test_import_csv (void)
{
  YtWindow *window = open_window ();
  YtAtlasStore *store = yt_window_get_store (window);
  YtViewState *state = yt_window_get_view_state (window);
  g_autofree char *csv = g_test_build_filename (G_TEST_DIST, "fixtures", "io", "libreoffice-semicolon.csv", NULL);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-import-dialog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "imported.xml", NULL);
  YtImportDialog *dialog;
  YtAtlas *atlas;
  guint site;

  yt_window_import_file (window, csv);
  iterate_until (import_dialog_shown, NULL);
  dialog = find_toplevel (YT_TYPE_IMPORT_DIALOG);
  g_assert_cmpstr (yt_import_mapping_get_column (yt_import_dialog_get_mapping (dialog), YT_IMPORT_FIELD_NAME), ==, "名称");
  g_assert_cmpstr (yt_import_mapping_get_column (yt_import_dialog_get_mapping (dialog), YT_IMPORT_FIELD_LAT), ==, "纬度");
  iterate_until (dialog_ready, dialog);
  g_assert_cmpuint (yt_import_dialog_get_n_problems (dialog), ==, 0);

  g_assert_true (yt_import_dialog_import_to (dialog, path));
  g_assert_null (find_toplevel (YT_TYPE_IMPORT_DIALOG));
  iterate_until (not_loading, store);
  g_assert_cmpstr (yt_atlas_store_get_files (store)[0], ==, path);
  atlas = yt_atlas_store_get_atlas (store);
  site = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "libreoffice-semicolon-2");
  g_assert_cmpuint (site, !=, YT_ATLAS_NONE);
  g_assert_cmpstr (yt_atlas_get_name (atlas, YT_REF (YT_RECORD_SITE, site), YT_LANG_ZH, NULL), ==, "七星测试数据中心");
  g_assert_cmpuint (yt_atlas_get_site (atlas, site)->precision, ==, YT_PRECISION_CITY);
  /* In the list the window shows. */
  g_assert_true (yt_view_state_site_is_visible (state, site));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

/* A Google Earth KML has no kinds and a path: the dialog lists the
 * problems; a kind for every row and skipping the path make it ready. */
static void
test_import_kml_problems (void)
{
  YtWindow *window = open_window ();
  g_autofree char *kml = g_test_build_filename (G_TEST_DIST, "fixtures", "io", "google-earth.kml", NULL);
  YtImportDialog *dialog;
  YtImportMapping *mapping;

  yt_window_import_file (window, kml);
  iterate_until (import_dialog_shown, NULL);
  dialog = find_toplevel (YT_TYPE_IMPORT_DIALOG);
  mapping = yt_import_dialog_get_mapping (dialog);
  /* The first conversion ends with problems: not ready, problems listed. */
  for (guint i = 0; i < 100000 && yt_import_dialog_get_n_problems (dialog) == 0; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (yt_import_dialog_get_ready (dialog));
  g_assert_cmpuint (yt_import_dialog_get_n_problems (dialog), ==, 4);

  yt_import_mapping_set_default (mapping, YT_IMPORT_FIELD_KIND, "data-centre");
  yt_import_mapping_set_skip_bad_rows (mapping, TRUE);
  iterate_until (dialog_ready, dialog);
  g_assert_cmpuint (yt_import_dialog_get_n_problems (dialog), ==, 1);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A file that is no GeoPackage: a message, no dialog. */
static void
test_import_unreadable (void)
{
  YtWindow *window = open_window ();
  g_autofree char *gpkg = g_test_build_filename (G_TEST_DIST, "fixtures", "io", "not-sqlite.gpkg", NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);

  yt_window_import_file (window, gpkg);
  for (guint i = 0; i < 100000 && g_list_model_get_n_items (toplevels) == before; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  g_assert_null (find_toplevel (YT_TYPE_IMPORT_DIALOG));
  g_assert_nonnull (find_toplevel (GTK_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (GTK_WINDOW (find_toplevel (GTK_TYPE_MESSAGE_DIALOG)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (&argc, &argv, NULL);
  test_app = GTK_APPLICATION (yt_application_new ());
  g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
  g_test_add_func ("/data-dialogs/export-filtered", test_export_filtered);
  g_test_add_func ("/data-dialogs/import-unreadable", test_import_unreadable);
  g_test_add_func ("/data-dialogs/import-kml-problems", test_import_kml_problems);
  g_test_add_func ("/data-dialogs/import-csv", test_import_csv);
  return g_test_run ();
}
