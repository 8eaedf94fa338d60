/* test-window.c: the real window starts, its actions work, its map paints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "yt-application.h"
#include <glib/gstdio.h>

#include "yt-filter-chips.h"
#include "yt-map-pane.h"
#include "yt-problems-dialog.h"
#include "yt-report-dialog.h"
#include "yt-side-panel.h"
#include "yt-site-list.h"
#include "yt-time-control.h"
#include "yt-window-private.h"

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
  AdwFlap *flap = ADW_FLAP (yt_window_get_flap (window));
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  gboolean before;

  iterate_until_mapped (GTK_WIDGET (window));
  before = adw_flap_get_reveal_flap (flap);
  g_assert_cmpint (before, ==, g_settings_get_boolean (settings, "sidebar-visible"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, !before);
  g_assert_cmpint (g_settings_get_boolean (settings, "sidebar-visible"), ==, !before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sidebar-visible", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, before);
  destroy_window (app, window);
}

static void
settle_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* The divider's place is a setting: a new window (a restart, a change of
 * language) puts the panel where it was. */
static void
test_divider_is_restored (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkApplication *app;
  YtWindow *window;
  GtkWidget *panel;

  g_settings_set_int (settings, "window-width", 1400);
  g_settings_set_int (settings, "window-height", 900);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  g_settings_reset (settings, "sidebar-width");
  window = create_window (&app);
  panel = yt_window_get_side_panel (window);
  iterate_until_mapped (panel);
  settle_for (300);
  /* About 360 px by default. */
  g_assert_cmpint (abs (gtk_widget_get_width (panel) - 360), <=, 8);
  yt_window_set_panel_width (window, 480);
  g_assert_cmpint (g_settings_get_int (settings, "sidebar-width"), ==, 480);
  destroy_window (app, window);

  window = create_window (&app);
  panel = yt_window_get_side_panel (window);
  iterate_until_mapped (panel);
  settle_for (300);
  g_assert_cmpint (abs (gtk_widget_get_width (panel) - 480), <=, 8);
  destroy_window (app, window);
  g_settings_reset (settings, "sidebar-width");
}

/* Below about 800 px the panel folds into an overlay instead of taking half
 * the window; widening brings it back beside the map. */
static void
test_narrow_window_folds_panel (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkApplication *app;
  YtWindow *window;
  AdwFlap *flap;

  g_settings_set_int (settings, "window-width", 700);
  g_settings_set_int (settings, "window-height", 600);
  g_settings_set_boolean (settings, "sidebar-visible", TRUE);
  window = create_window (&app);
  flap = ADW_FLAP (yt_window_get_flap (window));
  iterate_until_mapped (GTK_WIDGET (window));
  settle_for (500);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  /* The choice made with room for both is kept. */
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (yt_window_get_map_view (window))), >=, 600);
  destroy_window (app, window);
  g_settings_set_int (settings, "window-width", 1200);
  g_settings_set_int (settings, "window-height", 800);
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

  menu_button = find_by_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
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
  AdwFlap *flap = ADW_FLAP (yt_window_get_flap (window));
  GtkWidget *panel = yt_window_get_side_panel (window);

  iterate_until_mapped (GTK_WIDGET (window));
  adw_flap_set_reveal_flap (flap, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (YT_IS_SIDE_PANEL (panel));
  g_assert_cmpstr (yt_side_panel_get_page (YT_SIDE_PANEL (panel)), ==, "explore");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         yt_side_panel_get_search_entry (YT_SIDE_PANEL (panel))) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == yt_side_panel_get_search_entry (YT_SIDE_PANEL (panel)));
  destroy_window (app, window);
}

static YtWindow *
loaded_window (GtkApplication **app)
{
  YtWindow *window = create_window (app);
  YtAtlasStore *store = yt_window_get_store (window);

  iterate_until_mapped (GTK_WIDGET (window));
  if (yt_atlas_store_get_atlas (store) == NULL)
    {
      yt_window_load_files (window, NULL);
      wait_for_load (store);
    }
  yt_view_state_reset_filter (yt_window_get_view_state (window));
  yt_view_state_set_selection (yt_window_get_view_state (window), YT_REF_NONE);
  settle_for (200);
  return window;
}

static void
type_in_search (YtWindow   *window,
                const char *text)
{
  GtkWidget *entry = yt_side_panel_get_search_entry (YT_SIDE_PANEL (yt_window_get_side_panel (window)));

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* The entry waits a moment before it reports a change. */
  for (guint i = 0; i < 200 && g_strcmp0 (yt_view_state_get_filter_text (yt_window_get_view_state (window)), text) != 0; i++)
    settle_for (10);
  g_assert_cmpstr (yt_view_state_get_filter_text (yt_window_get_view_state (window)), ==, text);
}

/* A filter that matches nothing draws no site and says so on the map and in
 * the list, each with a way out. */
static void
test_empty_filter_draws_no_sites (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtMapView *map = yt_window_get_map_view (window);
  YtMapRenderer *renderer = yt_map_view_get_renderer (map);
  GtkWidget *pane = gtk_widget_get_ancestor (GTK_WIDGET (map), YT_TYPE_MAP_PANE);

  yt_map_view_settle (map);
  g_assert_cmpuint (yt_map_renderer_get_n_marks (renderer), >, 0);
  g_assert_false (yt_map_pane_get_empty_banner_visible (YT_MAP_PANE (pane)));
  type_in_search (window, "zzqq no such site");
  g_assert_cmpuint (yt_view_state_get_n_filtered (yt_window_get_view_state (window)), ==, 0);
  yt_map_view_settle (map);
  g_assert_cmpuint (yt_map_renderer_get_n_marks (renderer), ==, 0);
  g_assert_true (yt_map_pane_get_empty_banner_visible (YT_MAP_PANE (pane)));
  g_assert_false (gtk_widget_get_visible (yt_side_panel_get_site_list (YT_SIDE_PANEL (yt_window_get_side_panel (window)))));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  yt_map_view_settle (map);
  g_assert_cmpuint (yt_map_renderer_get_n_marks (renderer), >, 0);
  g_assert_false (yt_map_pane_get_empty_banner_visible (YT_MAP_PANE (pane)));
  destroy_window (app, window);
}

/* Enter on a company's name opens that company, and the map goes there. */
static void
test_enter_opens_company (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtViewState *state = yt_window_get_view_state (window);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  YtViewport *viewport = yt_map_renderer_get_viewport (yt_map_view_get_renderer (yt_window_get_map_view (window)));
  guint huawei_cloud = yt_atlas_lookup_kind (yt_view_state_get_atlas (state), YT_RECORD_COMPANY, "huawei-cloud");
  guint guizhou = yt_atlas_lookup_kind (yt_view_state_get_atlas (state), YT_RECORD_REGION, "CN-GZ");
  double scale;

  yt_map_view_settle (yt_window_get_map_view (window));
  scale = yt_viewport_get_scale (viewport);
  type_in_search (window, "Huawei");
  g_signal_emit_by_name (yt_side_panel_get_search_entry (panel), "activate");
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF (YT_RECORD_COMPANY, huawei_cloud));
  g_assert_cmpstr (yt_side_panel_get_page (panel), ==, "company");
  g_assert_cmpfloat (yt_viewport_get_scale (viewport), !=, scale);

  yt_side_panel_focus_search (panel);
  type_in_search (window, "贵州");
  g_signal_emit_by_name (yt_side_panel_get_search_entry (panel), "activate");
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF (YT_RECORD_REGION, guizhou));
  g_assert_cmpstr (yt_side_panel_get_page (panel), ==, "region");
  destroy_window (app, window);
}

/* A country abroad opens on the Belt and Road view, zoomed to it; a
 * province brings the China view back. */
static void
test_enter_opens_view_showing_it (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtViewState *state = yt_window_get_view_state (window);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  YtMapView *map = yt_window_get_map_view (window);
  YtViewport *viewport = NULL;
  guint kenya = yt_atlas_lookup_kind (yt_view_state_get_atlas (state), YT_RECORD_REGION, "KE");

  double fit_scale;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "world"));
  yt_map_view_settle (map);
  viewport = yt_map_renderer_get_viewport (yt_map_view_get_renderer (map));
  fit_scale = yt_viewport_get_scale (viewport);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "china"));
  yt_map_view_settle (map);
  type_in_search (window, "Kenya");
  g_signal_emit_by_name (yt_side_panel_get_search_entry (panel), "activate");
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF (YT_RECORD_REGION, kenya));
  g_assert_cmpint (yt_map_view_get_kind (map), ==, YT_MAP_KIND_WORLD);
  viewport = yt_map_renderer_get_viewport (yt_map_view_get_renderer (map));
  /* Zoomed in from the whole region (map units per pixel: smaller is closer). */
  g_assert_cmpfloat (yt_viewport_get_scale (viewport), <, fit_scale / 2);
  {
    double x, y;

    /* Nairobi is in the frame. */
    g_assert_true (yt_viewport_lonlat_to_device (viewport, 36.82, -1.29, &x, &y));
    g_assert_true (x > 0 && x < gtk_widget_get_width (GTK_WIDGET (map)));
    g_assert_true (y > 0 && y < gtk_widget_get_height (GTK_WIDGET (map)));
  }

  yt_side_panel_focus_search (panel);
  type_in_search (window, "Guangdong");
  g_signal_emit_by_name (yt_side_panel_get_search_entry (panel), "activate");
  g_assert_cmpint (yt_map_view_get_kind (map), ==, YT_MAP_KIND_CHINA);
  destroy_window (app, window);
}

/* Export Map… writes what the window shows: the same area, the filter, and
 * labels the same size relative to the map; a toast says where it went. */
static void
test_export_map_like_window (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtMapView *map = yt_window_get_map_view (window);
  YtMapRenderer *shown = yt_map_view_get_renderer (map);
  g_autofree char *dir = g_dir_make_tmp ("yuntu-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "view.png", NULL);
  g_autoptr(YtMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *png, *surface;
  cairo_t *cr;
  int width = gtk_widget_get_width (GTK_WIDGET (map));
  int height = gtk_widget_get_height (GTK_WIDGET (map));
  double scale;
  const char *text, *text2;
  const YtBox *box, *box2;

  gtk_widget_activate_action (GTK_WIDGET (map), "map.zoom-in", NULL);
  yt_view_state_set_as_of_year (yt_window_get_view_state (window), 2020);
  yt_map_view_settle (map);
  g_assert_true (yt_window_export_map (window, path, 0, 0, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  cairo_surface_destroy (png);
  g_assert_nonnull (strstr (yt_window_get_last_toast (window), "view.png"));

  /* Twice the size: the same labels at twice their size and place. */
  renderer = yt_window_renderer_for_export (window, 2 * width, 2 * height, &scale);
  g_assert_cmpfloat_with_epsilon (scale, 2.0, 1e-9);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2 * width, 2 * height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  yt_map_renderer_render (renderer, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (yt_map_renderer_get_n_marks (renderer), ==, yt_map_renderer_get_n_marks (shown));
  g_assert_cmpuint (yt_map_renderer_get_n_labels (renderer), >, 0);
  g_assert_cmpuint (yt_map_renderer_get_n_labels (renderer), ==, yt_map_renderer_get_n_labels (shown));
  box = yt_map_renderer_get_label_box (renderer, 0, &text);
  box2 = yt_map_renderer_get_label_box (shown, 0, &text2);
  g_assert_cmpstr (text, ==, text2);
  g_assert_cmpfloat_with_epsilon (box->x, box2->x, 1.0);
  g_assert_cmpfloat_with_epsilon (box->y, box2->y, 1.0);

  destroy_window (app, window);
  g_unlink (path);
  g_rmdir (dir);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (type == 0)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return GTK_WINDOW (toplevel);
    }
  return NULL;
}

/* Print… goes straight to the print dialog; the report dialog is Export Report…. */
static void
test_print_opens_print_dialog (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  GtkWindow *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  /* GTK's print dialog on Unix, by name: its header is not part of gtk4.pc. */
  for (guint i = 0; i < 200 && (dialog = find_toplevel (g_type_from_name ("GtkPrintUnixDialog"))) == NULL; i++)
    settle_for (10);
  g_assert_nonnull (dialog);
  g_assert_null (find_report_dialog ());
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  settle_for (100);
  destroy_window (app, window);
}

/* No filter works unseen: every active criterion shows as a chip above the
 * list, with "Filters and time" closed, and a step back takes the filter
 * of "List Its Sites" away with it. */
static void
test_no_hidden_filter (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtViewState *state = yt_window_get_view_state (window);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  YtFilterChips *chips = YT_FILTER_CHIPS (yt_side_panel_get_filter_chips (panel));
  YtAtlas *atlas = yt_view_state_get_atlas (state);
  guint guizhou = yt_atlas_lookup_kind (atlas, YT_RECORD_REGION, "CN-GZ");
  guint n;

  gtk_expander_set_expanded (GTK_EXPANDER (yt_side_panel_get_filters_expander (panel)), FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chips)));
  yt_view_state_set_filter_kinds (state, YT_SITE_KIND_BIT (YT_SITE_CLOUD_REGION));
  yt_view_state_set_filter_company (state, yt_atlas_lookup_kind (atlas, YT_RECORD_COMPANY, "huawei-cloud"));
  yt_view_state_set_filter_region (state, guizhou);
  yt_view_state_set_year_range (state, 2015, 0);
  yt_view_state_set_as_of_year (state, 2022);
  type_in_search (window, "cloud");
  settle_for (100);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chips)));
  g_assert_cmpuint (yt_filter_chips_get_n_chips (chips), ==, 6);
  /* A profile page shows them too: the map behind it is filtered. */
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_REGION, guizhou));
  settle_for (100);
  g_assert_cmpstr (yt_side_panel_get_page (panel), ==, "region");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chips)));
  yt_view_state_go_back (state);
  /* Removing a chip removes its filter, and only that one. */
  for (n = 0; n < yt_filter_chips_get_n_chips (chips); n++)
    if (strstr (yt_filter_chips_get_chip (chips, n), "2022") != NULL)
      break;
  g_assert_cmpuint (n, <, 6);
  yt_filter_chips_remove (chips, n);
  g_assert_cmpint (yt_view_state_get_as_of_year (state), ==, 0);
  g_assert_cmpuint (yt_filter_chips_get_n_chips (chips), ==, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  g_assert_false (yt_view_state_get_filter_active (state));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chips)));

  /* The region's List Its Sites, Back, then a search: all sites are searched. */
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_REGION, guizhou));
  yt_view_state_set_selection (state, YT_REF_NONE);
  yt_view_state_set_filter_region (state, guizhou);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (panel), "panel.back", NULL));
  g_assert_cmpuint (yt_view_state_get_filter_region (state), ==, YT_ATLAS_NONE);
  yt_side_panel_focus_search (panel);
  type_in_search (window, "AP-Bangkok");
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), >=, 1);
  destroy_window (app, window);
}

/* Clear Filters stops the playing through the years too. */
static void
test_clear_stops_playing (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  YtTimeControl *time = YT_TIME_CONTROL (yt_side_panel_get_time_control (panel));

  yt_time_control_set_interval (time, 10000);
  yt_time_control_set_playing (time, TRUE);
  g_assert_true (yt_time_control_get_playing (time));
  g_assert_cmpint (yt_view_state_get_as_of_year (yt_window_get_view_state (window)), !=, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear-filters", NULL));
  g_assert_false (yt_time_control_get_playing (time));
  g_assert_cmpint (yt_view_state_get_as_of_year (yt_window_get_view_state (window)), ==, 0);
  destroy_window (app, window);
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  return gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
         gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
         (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL) ||
         (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)) != NULL);
}

/* Every control a person can reach, and every row, has a name to read. */
static void
check_names (GtkWidget *root,
             GString   *unnamed)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean control = GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || GTK_IS_EXPANDER (child) ||
                         GTK_IS_SWITCH (child) || GTK_IS_DROP_DOWN (child) || GTK_IS_SPIN_BUTTON (child) ||
                         GTK_IS_SCALE (child) || GTK_IS_SEARCH_ENTRY (child) || GTK_IS_LIST_BOX_ROW (child) ||
                         GTK_IS_COLUMN_VIEW (child) || GTK_IS_CHECK_BUTTON (child);
      /* GTK's own parts inside a control are named by the control. */
      gboolean inner = gtk_widget_get_ancestor (gtk_widget_get_parent (child), GTK_TYPE_MENU_BUTTON) != NULL ||
                       gtk_widget_get_ancestor (gtk_widget_get_parent (child), GTK_TYPE_DROP_DOWN) != NULL ||
                       gtk_widget_get_ancestor (gtk_widget_get_parent (child), GTK_TYPE_EXPANDER) != NULL ||
                       gtk_widget_get_ancestor (gtk_widget_get_parent (child), GTK_TYPE_SPIN_BUTTON) != NULL ||
                       gtk_widget_get_ancestor (gtk_widget_get_parent (child), GTK_TYPE_COLUMN_VIEW) != NULL ||
                       g_str_has_prefix (G_OBJECT_TYPE_NAME (child), "Adw");

      if (control && !inner && !has_name (child))
        g_string_append_printf (unnamed, "%s%s", unnamed->len > 0 ? ", " : "",
                                gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)) != NULL ?
                                gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)) : G_OBJECT_TYPE_NAME (child));
      check_names (child, unnamed);
    }
}

static void
test_accessible_names (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtViewState *state = yt_window_get_view_state (window);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  YtAtlas *atlas = yt_view_state_get_atlas (state);
  g_autoptr(GString) unnamed = g_string_new (NULL);
  GtkWidget *rows;
  guint n_rows = 0;

  /* Fill every profile and the search results. */
  type_in_search (window, "Huawei");
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_REGION, yt_atlas_lookup_kind (atlas, YT_RECORD_REGION, "CN-GZ")));
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_SITE, yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "cluster-guian")));
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_COMPANY, yt_atlas_lookup_kind (atlas, YT_RECORD_COMPANY, "huawei-cloud")));
  yt_side_panel_show_page (panel, "explore");
  settle_for (300);
  check_names (GTK_WIDGET (window), unnamed);
  g_assert_cmpstr (unnamed->str, ==, "");

  /* The site list's rows are read as one line each. */
  rows = find_by_type (yt_side_panel_get_site_list (panel), GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (rows);
  for (GtkWidget *row = gtk_widget_get_first_child (rows); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_visible (row) && gtk_widget_get_first_child (row) != NULL &&
        gtk_widget_get_first_child (gtk_widget_get_first_child (row)) != NULL)
      {
        g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL));
        n_rows++;
      }
  g_assert_cmpuint (n_rows, >, 0);
  destroy_window (app, window);
}

/* A click on a site puts the keyboard there, and shows it. */
static void
test_click_moves_keyboard_cursor (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtMapView *map = yt_window_get_map_view (window);
  YtMapRenderer *renderer = yt_map_view_get_renderer (map);
  guint site = YT_ATLAS_NONE;
  double x = 0, y = 0;

  yt_map_view_settle (map);
  /* A site drawn on its own, not merged into a cluster. */
  for (guint m = 0; m < yt_map_renderer_get_n_marks (renderer) && site == YT_ATLAS_NONE; m++)
    {
      YtMapHit hit;

      if (yt_map_renderer_get_mark_size (renderer, m) != 1)
        continue;
      for (guint s = 0; s < yt_atlas_get_n_records (yt_view_state_get_atlas (yt_window_get_view_state (window)), YT_RECORD_SITE); s++)
        if (yt_map_view_site_to_widget (map, s, &x, &y) && yt_map_renderer_hit (renderer, x, y, &hit) &&
            hit.n_members == 1 && hit.members[0] == s)
          {
            site = s;
            break;
          }
    }
  g_assert_cmpuint (site, !=, YT_ATLAS_NONE);
  gtk_widget_grab_focus (yt_side_panel_get_search_entry (YT_SIDE_PANEL (yt_window_get_side_panel (window))));
  yt_map_view_click_at (map, x, y, 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (map)));
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));
  g_assert_cmpuint (yt_map_view_get_focused_site (map), ==, site);
  g_assert_cmpuint (yt_view_state_get_selection (yt_window_get_view_state (window)), ==, YT_REF (YT_RECORD_SITE, site));
  destroy_window (app, window);
}

/* Tab enters the site list at one row and leaves it at the next press; the
 * arrow keys move between rows. */
static void
test_tab_leaves_list (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  GtkWidget *list = yt_side_panel_get_site_list (panel);
  GtkWidget *rows = find_by_type (list, GTK_TYPE_LIST_VIEW);
  GtkWidget *focus;

  gtk_widget_grab_focus (yt_side_panel_get_search_entry (panel));
  /* Forward from the search entry until the keyboard is in the list. */
  for (guint i = 0; i < 40; i++)
    {
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && gtk_widget_is_ancestor (focus, rows))
        break;
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
    }
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, rows));
  /* Down moves to another row, inside the list. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_DOWN);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), rows));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) != focus);
  /* One Tab and the keyboard is out of the 371 rows. */
  gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_false (focus != NULL && gtk_widget_is_ancestor (focus, list));
  destroy_window (app, window);
}

/* Switching the language rebuilds the window: Preferences stays open in
 * front of it, and the panel keeps its page and width. */
static void
test_language_switch_keeps_shape (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtViewState *state = yt_window_get_view_state (window);
  guint guizhou = yt_atlas_lookup_kind (yt_view_state_get_atlas (state), YT_RECORD_REGION, "CN-GZ");
  GtkWindow *preferences;
  YtWindow *rebuilt;
  int width;

  yt_window_set_panel_width (window, 420);
  width = g_settings_get_int (settings, "sidebar-width");
  yt_view_state_set_selection (state, YT_REF (YT_RECORD_REGION, guizhou));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  g_assert_nonnull (find_toplevel (g_type_from_name ("YtPreferencesDialog")));

  g_settings_set_string (settings, "language", "en");
  settle_for (300);
  rebuilt = YT_WINDOW (gtk_application_get_active_window (app));
  g_assert_true (rebuilt != window);
  preferences = find_toplevel (g_type_from_name ("YtPreferencesDialog"));
  g_assert_nonnull (preferences);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preferences)));
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (rebuilt));
  iterate_until_mapped (yt_window_get_side_panel (rebuilt));
  settle_for (300);
  g_assert_cmpstr (yt_side_panel_get_page (YT_SIDE_PANEL (yt_window_get_side_panel (rebuilt))), ==, "region");
  g_assert_cmpint (abs (gtk_widget_get_width (yt_window_get_side_panel (rebuilt)) - width), <=, 8);

  gtk_window_destroy (preferences);
  g_settings_reset (settings, "language");
  settle_for (300);
  destroy_window (app, YT_WINDOW (gtk_application_get_active_window (app)));
  g_settings_reset (settings, "sidebar-width");
}

/* The list settles its rows over a few frames. */
static void
wait_for_top (GtkAdjustment *adjustment)
{
  for (guint i = 0; i < 200 && gtk_adjustment_get_value (adjustment) != gtk_adjustment_get_lower (adjustment); i++)
    settle_for (10);
  settle_for (100);
}

/* A sorted or newly filtered list starts at its top. */
static void
test_list_at_top_after_sort (void)
{
  GtkApplication *app;
  YtWindow *window = loaded_window (&app);
  YtSidePanel *panel = YT_SIDE_PANEL (yt_window_get_side_panel (window));
  GtkWidget *list = yt_side_panel_get_site_list (panel);
  GtkWidget *view = find_by_type (list, GTK_TYPE_COLUMN_VIEW);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GListModel *columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (view));
  g_autoptr(GtkColumnViewColumn) year = g_list_model_get_item (columns, g_list_model_get_n_items (columns) - 1);

  settle_for (200);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) * 2);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  settle_for (100);
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), year, GTK_SORT_DESCENDING);
  wait_for_top (adjustment);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  settle_for (100);
  type_in_search (window, "cloud");
  wait_for_top (adjustment);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, gtk_adjustment_get_lower (adjustment));
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (view), NULL, GTK_SORT_ASCENDING);
  destroy_window (app, window);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;

  /* The accessible names are only kept by an AT context: GTK's test one. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  test_app = GTK_APPLICATION (yt_application_new ());
  g_application_set_flags (G_APPLICATION (test_app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
  g_test_add_func ("/window/paints-map", test_window_paints_map);
  g_test_add_func ("/window/view-action", test_view_action_switches_map);
  g_test_add_func ("/window/sidebar-remembered", test_sidebar_toggle_is_remembered);
  g_test_add_func ("/window/divider-restored", test_divider_is_restored);
  g_test_add_func ("/window/narrow-folds-panel", test_narrow_window_folds_panel);
  g_test_add_func ("/window/size-remembered", test_window_size_is_remembered);
  g_test_add_func ("/window/pending-actions-disabled", test_pending_actions_are_disabled);
  g_test_add_func ("/window/about-and-shortcuts", test_about_and_shortcuts_open);
  g_test_add_func ("/window/broken-file-keeps-data", test_broken_file_keeps_data);
  g_test_add_func ("/window/export-report", test_export_report);
  g_test_add_func ("/window/search-focuses-panel", test_search_focuses_panel);
  g_test_add_func ("/window/empty-filter-draws-no-sites", test_empty_filter_draws_no_sites);
  g_test_add_func ("/window/enter-opens-company", test_enter_opens_company);
  g_test_add_func ("/window/export-map-like-window", test_export_map_like_window);
  g_test_add_func ("/window/print-opens-print-dialog", test_print_opens_print_dialog);
  g_test_add_func ("/window/no-hidden-filter", test_no_hidden_filter);
  g_test_add_func ("/window/clear-stops-playing", test_clear_stops_playing);
  g_test_add_func ("/window/list-at-top-after-sort", test_list_at_top_after_sort);
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/tab-leaves-list", test_tab_leaves_list);
  g_test_add_func ("/window/language-switch-keeps-shape", test_language_switch_keeps_shape);
  g_test_add_func ("/window/click-moves-keyboard-cursor", test_click_moves_keyboard_cursor);
  g_test_add_func ("/window/enter-opens-view-showing-it", test_enter_opens_view_showing_it);
  return g_test_run ();
}
