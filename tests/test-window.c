/* test-window.c: the real window starts, its actions work, its map paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "yt-application.h"
#include <glib/gstdio.h>

#include "yt-problems-dialog.h"
#include "yt-report-dialog.h"
#include "yt-side-panel.h"
#include "yt-window.h"

/* One application for the whole run, as in the real program; each test opens its own window. */
static GtkApplication *test_app;

static YtWindow *
create_window (GtkApplication **app_out)
{
  YtWindow *window = yt_window_new (test_app, yt_application_get_store (YT_APPLICATION (test_app)),
                                    yt_application_get_view_state (YT_APPLICATION (test_app)));

  gtk_window_present (GTK_WINDOW (window));
  *app_out = test_app;
  return window;
}

static void
iterate_until_mapped (GtkWidget *widget)
{
  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (widget); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));
  /* Let a frame or two pass so that the widget has its size. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

static void
destroy_window (GtkApplication *app,
                YtWindow       *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE));
}

/* Paints the widget the way GTK does and counts pixels that differ from the first one. */
static guint
count_painted_variety (GtkWidget *widget,
                       guint32   *first_pixel)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 *data;
  guint painted = 0;
  int stride;

  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 100);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = (guint32 *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  *first_pixel = data[0];
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((data[y * stride + x] >> 24) != 0)
        painted++;
  cairo_surface_destroy (surface);
  return painted;
}

static void
test_window_paints_map (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  GtkWidget *map = GTK_WIDGET (yt_window_get_map_view (window));
  guint32 first;
  guint painted;

  iterate_until_mapped (map);
  painted = count_painted_variety (map, &first);
  /* Every pixel of the map area is covered: no transparent hole. */
  g_assert_cmpuint (painted, ==, (guint) (gtk_widget_get_width (map) * gtk_widget_get_height (map)));
  destroy_window (app, window);
}

static void
test_view_action_switches_map (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  YtMapView *map = yt_window_get_map_view (window);

  iterate_until_mapped (GTK_WIDGET (map));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "world"));
  g_assert_cmpint (yt_map_view_get_kind (map), ==, YT_MAP_KIND_WORLD);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "china"));
  g_assert_cmpint (yt_map_view_get_kind (map), ==, YT_MAP_KIND_CHINA);
  destroy_window (app, window);
}

static void
test_sidebar_toggle_is_remembered (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  GtkWidget *panel = yt_window_get_side_panel (window);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gboolean before;

  iterate_until_mapped (GTK_WIDGET (window));
  before = gtk_widget_get_visible (panel);
  g_assert_cmpint (before, ==, g_settings_get_boolean (settings, "sidebar-visible"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
  g_assert_cmpint (gtk_widget_get_visible (panel), ==, !before);
  g_assert_cmpint (g_settings_get_boolean (settings, "sidebar-visible"), ==, !before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
  g_assert_cmpint (gtk_widget_get_visible (panel), ==, before);
  destroy_window (app, window);
}

static void
test_window_size_is_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkApplication *app;
  YtWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 1111);
  g_settings_set_int (settings, "window-height", 777);
  window = create_window (&app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1111);
  g_assert_cmpint (height, ==, 777);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  destroy_window (app, window);
}

static GtkWidget *
find_actionable (GtkWidget  *root,
                 const char *action_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
        return child;
      if ((found = find_actionable (child, action_name)) != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_by_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Menu items are private GtkModelButtons: find them by the text they show. */
static GtkWidget *
find_menu_item (GtkWidget  *root,
                const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (child), "text") != NULL)
        {
          g_autofree char *shown = NULL;

          g_object_get (child, "text", &shown, NULL);
          if (g_strcmp0 (shown, text) == 0)
            return child;
        }
      if ((found = find_menu_item (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* What the user sees: the menu items and buttons of features still to come are greyed out. */
static void
test_pending_actions_are_disabled (void)
{
  static const char * const pending[] = { "Export Map…", "Export Report…", "Print…" };
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  GtkWidget *menu_button;
  GtkWidget *popover;

  iterate_until_mapped (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (window), "win.sidebar-visible")));
  g_assert_true (gtk_widget_get_sensitive (find_actionable (GTK_WIDGET (window), "win.search")));

  menu_button = find_by_type (gtk_window_get_titlebar (GTK_WINDOW (window)), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_nonnull (popover);
  iterate_until_mapped (popover);
  for (guint i = 0; i < G_N_ELEMENTS (pending); i++)
    {
      GtkWidget *item = find_menu_item (popover, pending[i]);

      g_assert_nonnull (item);
      g_assert_false (gtk_widget_get_sensitive (item));
    }
  g_assert_true (gtk_widget_get_sensitive (find_menu_item (popover, "About Yuntu")));
  g_assert_true (gtk_widget_get_sensitive (find_menu_item (popover, "Open…")));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  destroy_window (app, window);
}

static void
test_about_and_shortcuts_open (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before;

  iterate_until_mapped (GTK_WIDGET (window));
  before = g_list_model_get_n_items (toplevels);
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)))));
  destroy_window (app, window);
}

static void
wait_for_load (YtAtlasStore *store)
{
  for (guint i = 0; i < 20000 && yt_atlas_store_get_loading (store); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (yt_atlas_store_get_loading (store));
}

static YtProblemsDialog *
find_problems_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (YT_IS_PROBLEMS_DIALOG (toplevel))
        return YT_PROBLEMS_DIALOG (toplevel);
    }
  return NULL;
}

/* A broken file is listed with its file and line, and the last good data stays. */
static void
test_broken_file_keeps_data (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  YtAtlasStore *store = yt_window_get_store (window);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-window-XXXXXX", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  const char *files[] = { broken, NULL };
  YtProblemsDialog *dialog;
  YtAtlas *before;

  iterate_until_mapped (GTK_WIDGET (window));
  if (yt_atlas_store_get_atlas (store) == NULL)
    {
      yt_window_load_files (window, NULL);
      wait_for_load (store);
    }
  before = yt_atlas_store_get_atlas (store);
  g_assert_nonnull (before);

  g_assert_true (g_file_set_contents (broken,
    "<?xml version=\"1.0\"?>\n<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\">\n"
    "  <sites>\n    <site id=\"x\" kind=\"moon-base\"/>\n", -1, NULL));
  yt_window_load_files (window, files);
  wait_for_load (store);

  g_assert_true (yt_atlas_store_get_atlas (store) == before);
  g_assert_cmpuint (g_strv_length ((GStrv) yt_atlas_store_get_files (store)), ==, 0);
  dialog = find_problems_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (yt_problems_dialog_get_n_rows (dialog), >=, 1);
  g_assert_true (g_str_has_prefix (yt_problems_dialog_get_row (dialog, 0), broken));
  g_assert_true (g_regex_match_simple ("^.*broken\\.xml:[0-9]+:[0-9]+: ",
                                       yt_problems_dialog_get_row (dialog, 0), 0, 0));
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (app, window);
  g_unlink (broken);
  g_rmdir (dir);
}

static YtReportDialog *
find_report_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (YT_IS_REPORT_DIALOG (toplevel))
        return YT_REPORT_DIALOG (toplevel);
    }
  return NULL;
}

/* Export Report… opens the options, and exporting writes a whole PDF and closes. */
static void
test_export_report (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  YtAtlasStore *store = yt_window_get_store (window);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "brief.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  YtReportDialog *dialog;
  YtReportOptions options;
  gsize length = 0;

  iterate_until_mapped (GTK_WIDGET (window));
  if (yt_atlas_store_get_atlas (store) == NULL)
    {
      yt_window_load_files (window, NULL);
      wait_for_load (store);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  yt_report_dialog_get_options (dialog, &options);
  g_assert_cmpuint (options.sections, ==, YT_REPORT_SECTION_ALL);
  g_assert_cmpint (options.scope, ==, YT_REPORT_SCOPE_ALL);

  g_assert_true (yt_report_dialog_export_to (dialog, path));
  for (guint i = 0; i < 60000 && find_report_dialog () != NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (find_report_dialog ());

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strrstr_len (contents + length - 64, 64, "%%EOF"));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "brief.pdf");
  g_assert_null (g_dir_read_name (listing));

  destroy_window (app, window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Ctrl+F shows the side panel and puts the cursor in its search entry. */
static void
test_search_focuses_panel (void)
{
  GtkApplication *app;
  YtWindow *window = create_window (&app);
  GtkWidget *pane = yt_window_get_side_panel (window);
  GtkWidget *panel = gtk_widget_get_first_child (pane);

  iterate_until_mapped (GTK_WIDGET (window));
  gtk_widget_set_visible (pane, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (gtk_widget_get_visible (pane));
  g_assert_true (YT_IS_SIDE_PANEL (panel));
  g_assert_cmpstr (yt_side_panel_get_page (YT_SIDE_PANEL (panel)), ==, "explore");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         yt_side_panel_get_search_entry (YT_SIDE_PANEL (panel))) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == yt_side_panel_get_search_entry (YT_SIDE_PANEL (panel)));
  destroy_window (app, window);
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
  g_test_add_func ("/window/paints-map", test_window_paints_map);
  g_test_add_func ("/window/view-action", test_view_action_switches_map);
  g_test_add_func ("/window/sidebar-remembered", test_sidebar_toggle_is_remembered);
  g_test_add_func ("/window/size-remembered", test_window_size_is_remembered);
  g_test_add_func ("/window/pending-actions-disabled", test_pending_actions_are_disabled);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts_open);
  g_test_add_func ("/window/broken-file-keeps-data", test_broken_file_keeps_data);
  g_test_add_func ("/window/export-report", test_export_report);
  g_test_add_func ("/window/search-focuses-panel", test_search_focuses_panel);
  return g_test_run ();
}
