/* test-panels.c: the side panel, list, search, filters, time control and profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widgets are made directly around a loaded atlas, as the window makes
 * them, and driven through their public API, their actions and signals.
 * With YUNTU_PANELS_SHOT=DIR the tests also write PNGs of what they show.
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "yt-compare-dialog.h"
#include "yt-company-profile.h"
#include "yt-fact-row.h"
#include "yt-panel-items.h"
#include "yt-region-profile.h"
#include "yt-side-panel.h"
#include "yt-site-list.h"
#include "yt-site-profile.h"
#include "yt-time-control.h"

static YtAtlas *bundled;
static YtAtlas *with_members;   /* bundled plus tests/fixtures/atlas/memberships-bundled.xml */

typedef struct {
  YtViewState *state;
  GtkWidget   *window;
  YtSidePanel *panel;
  YtSiteList  *list;
} Fixture;

static void
wait_for (gboolean (*done) (Fixture *), Fixture *f)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (f) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (done (f));
}

static void
settle (void)
{
  for (guint i = 0; i < 100; i++)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (Fixture *f)
{
  return gtk_widget_get_mapped (GTK_WIDGET (f->panel));
}

static void
fixture_set_up (Fixture *f, gconstpointer lang)
{
  f->state = yt_view_state_new ();
  yt_view_state_set_atlas (f->state, bundled);
  yt_view_state_set_language (f->state, GPOINTER_TO_INT (lang));
  f->panel = YT_SIDE_PANEL (yt_side_panel_new (f->state));
  f->list = YT_SITE_LIST (yt_side_panel_get_site_list (f->panel));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 900);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->panel));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (is_mapped, f);
  settle ();
}

static void
fixture_tear_down (Fixture *f, gconstpointer unused)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_object_unref (f->state);
  while (g_main_context_iteration (NULL, FALSE));
}

static guint
site (const char *id)
{
  guint index = yt_atlas_lookup_kind (bundled, YT_RECORD_SITE, id);

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  return index;
}

static guint
row_of (Fixture *f, guint site_index)
{
  GListModel *model = G_LIST_MODEL (yt_site_list_get_model (f->list));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(YtSiteItem) item = g_list_model_get_item (model, i);

      if (yt_site_item_get_site (item) == site_index)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static guint
n_rows (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (yt_site_list_get_model (f->list)));
}

/* Writes what the panel shows, for a person to look at. */
static void
shoot (Fixture *f, const char *name)
{
  const char *dir = g_getenv ("YUNTU_PANELS_SHOT");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autofree char *path = NULL;
  GtkWidget *target;
  int w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  if (dir == NULL)
    return;
  /* Let a few frames pass so that what is written is what a user would see. */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  /* A profile is shot whole, beyond what the pane shows without scrolling. */
  target = yt_side_panel_get_profile (f->panel, yt_side_panel_get_page (f->panel));
  if (target == NULL)
    target = f->window;
  w = gtk_widget_get_width (target);
  h = gtk_widget_get_height (target);
  paintable = gtk_widget_paintable_new (target);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (node != NULL)
    gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  path = g_strdup_printf ("%s/%s-%s.png", dir, name,
                          yt_view_state_get_language (f->state) == YT_LANG_ZH ? "zh" : "en");
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
}

static void
test_row_selects (Fixture *f, gconstpointer unused)
{
  GtkSelectionModel *model = yt_site_list_get_model (f->list);
  guint position = row_of (f, site ("cluster-guian"));

  shoot (f, "explore");
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "explore");
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_selection_model_select_item (model, position, TRUE);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, site ("cluster-guian")));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "site");
  g_assert_cmpuint (yt_site_profile_get_site (YT_SITE_PROFILE (yt_side_panel_get_profile (f->panel, "site"))),
                    ==, site ("cluster-guian"));
  shoot (f, "site-profile");
}

static void
test_selection_selects_row (Fixture *f, gconstpointer unused)
{
  GtkSingleSelection *model = GTK_SINGLE_SELECTION (yt_site_list_get_model (f->list));
  YtSiteItem *item;

  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_SITE, site ("hw-cn-southwest-guiyang1")));
  item = gtk_single_selection_get_selected_item (model);
  g_assert_nonnull (item);
  g_assert_cmpuint (yt_site_item_get_site (item), ==, site ("hw-cn-southwest-guiyang1"));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "site");
  /* A company selection leaves no site row selected. */
  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_COMPANY, 0));
  g_assert_null (gtk_single_selection_get_selected_item (model));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "company");
}

static const char *expected_text;

static gboolean
text_applied (Fixture *f)
{
  return g_strcmp0 (yt_view_state_get_filter_text (f->state), expected_text) == 0;
}

static void
type_search (Fixture *f, const char *text)
{
  expected_text = text;
  gtk_editable_set_text (GTK_EDITABLE (yt_side_panel_get_search_entry (f->panel)), text);
  wait_for (text_applied, f);
  settle ();
}

static void
check_count_label (Fixture *f)
{
  const char *shown = gtk_label_get_text (GTK_LABEL (yt_side_panel_get_count_label (f->panel)));
  g_autofree char *n = g_strdup_printf ("%u", yt_view_state_get_n_filtered (f->state));

  g_assert_cmpuint (n_rows (f), ==, yt_view_state_get_n_filtered (f->state));
  g_assert_true (g_str_has_prefix (shown, n));
}

static void
test_search_both_languages (Fixture *f, gconstpointer unused)
{
  guint all = n_rows (f);

  type_search (f, "华为云");
  g_assert_cmpuint (row_of (f, site ("hw-cn-southwest-guiyang1")), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (n_rows (f), <, all);
  check_count_label (f);
  shoot (f, "search-huawei");

  type_search (f, "huawei");
  g_assert_cmpuint (row_of (f, site ("hw-cn-southwest-guiyang1")), !=, GTK_INVALID_LIST_POSITION);
  check_count_label (f);

  type_search (f, "贵安");
  g_assert_cmpuint (row_of (f, site ("cluster-guian")), !=, GTK_INVALID_LIST_POSITION);
  check_count_label (f);

  type_search (f, "");
  g_assert_cmpuint (n_rows (f), ==, all);
}

static void
test_enter_and_arrows (Fixture *f, gconstpointer unused)
{
  GtkWidget *entry = yt_side_panel_get_search_entry (f->panel);
  g_autoptr(YtSiteItem) first = NULL;
  g_autoptr(YtSiteItem) second = NULL;

  type_search (f, "huawei");
  first = g_list_model_get_item (G_LIST_MODEL (yt_site_list_get_model (f->list)), 0);
  second = g_list_model_get_item (G_LIST_MODEL (yt_site_list_get_model (f->list)), 1);

  /* Down and Up move through the results; the list stays in view. */
  yt_site_list_move (f->list, 1);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, yt_site_item_get_site (first)));
  yt_site_list_move (f->list, 1);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, yt_site_item_get_site (second)));
  yt_site_list_move (f->list, -1);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, yt_site_item_get_site (first)));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "explore");

  /* Enter opens the selected result. */
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "site");
  g_assert_cmpuint (yt_site_profile_get_site (YT_SITE_PROFILE (yt_side_panel_get_profile (f->panel, "site"))),
                    ==, yt_site_item_get_site (first));

  /* Ctrl+F's entry point brings the search back. */
  yt_side_panel_focus_search (f->panel);
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "explore");
}

static void
test_kind_filter (Fixture *f, gconstpointer unused)
{
  GtkWidget *bar = yt_side_panel_get_filter_bar (f->panel);
  guint all = n_rows (f);
  GtkWidget *kind;

  /* The first drop-down of the filter bar is the kind. */
  kind = gtk_widget_get_first_child (gtk_widget_get_first_child (bar));
  while (kind != NULL && !GTK_IS_DROP_DOWN (kind))
    kind = gtk_widget_get_next_sibling (kind);
  g_assert_nonnull (kind);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), YT_SITE_CLUSTER + 1);
  settle ();
  g_assert_cmpuint (yt_view_state_get_filter_kinds (f->state), ==, YT_SITE_KIND_BIT (YT_SITE_CLUSTER));
  g_assert_cmpuint (n_rows (f), <, all);
  g_assert_cmpuint (n_rows (f), >, 0);
  check_count_label (f);
  g_assert_cmpuint (row_of (f, site ("cluster-guian")), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (row_of (f, site ("hw-cn-southwest-guiyang1")), ==, GTK_INVALID_LIST_POSITION);

  /* The controls follow the view state too. */
  yt_view_state_reset_filter (f->state);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (kind)), ==, 0);
  g_assert_cmpuint (n_rows (f), ==, all);
}

static GtkWidget *
find_type (GtkWidget *root, GType type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
stopped_playing (Fixture *f)
{
  return !yt_time_control_get_playing (YT_TIME_CONTROL (yt_side_panel_get_time_control (f->panel)));
}

static void
test_time_control (Fixture *f, gconstpointer unused)
{
  YtTimeControl *time = YT_TIME_CONTROL (yt_side_panel_get_time_control (f->panel));
  guint all = n_rows (f);
  int first, last;

  yt_view_state_set_as_of_year (f->state, 2015);
  g_assert_cmpuint (n_rows (f), <, all);
  check_count_label (f);
  g_assert_cmpuint (row_of (f, site ("guian-new-area")), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (row_of (f, site ("cluster-guian")), ==, GTK_INVALID_LIST_POSITION);
  gtk_expander_set_expanded (GTK_EXPANDER (find_type (GTK_WIDGET (f->panel), GTK_TYPE_EXPANDER)), TRUE);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (time)) || g_getenv ("YUNTU_PANELS_SHOT") == NULL);
  shoot (f, "as-of-2015");

  /* Play steps from the first year to the last, then stops there. */
  yt_view_state_get_year_bounds (f->state, &first, &last);
  yt_time_control_set_interval (time, 1);
  yt_view_state_set_as_of_year (f->state, 0);
  yt_time_control_set_playing (time, TRUE);
  g_assert_true (yt_time_control_get_playing (time));
  g_assert_cmpint (yt_view_state_get_as_of_year (f->state), ==, first);
  wait_for (stopped_playing, f);
  g_assert_cmpint (yt_view_state_get_as_of_year (f->state), ==, last);
  g_assert_cmpuint (row_of (f, site ("cluster-guian")), !=, GTK_INVALID_LIST_POSITION);
}

static void
activate_first_row (GtkWidget *list_box)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0);

  g_assert_nonnull (row);
  g_signal_emit_by_name (list_box, "row-activated", row);
}

/* The named list box inside a profile's template. */
static GtkWidget *
find_list (GtkWidget *root, const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX (child) && g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0)
        return child;
      if ((found = find_list (child, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

static void
collect_labels (GtkWidget *root,
                GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_visible (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_labels (child, text);
    }
}

/* A site's sources are headed by their publishers (in the data's language
 * the panel shows), never by the data's ids. */
static void
test_source_rows (Fixture *f, gconstpointer unused)
{
  GtkWidget *site_profile = yt_side_panel_get_profile (f->panel, "site");
  guint index = site ("hw-cn-southwest-guiyang1");
  const YtSite *record = yt_atlas_get_site (bundled, index);
  const guint32 *sources = yt_atlas_get_indices (bundled, record->head.sources);
  g_autoptr(GString) text = g_string_new (NULL);
  GtkWidget *list;

  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_SITE, index));
  list = find_list (site_profile, "sources_list");
  g_assert_nonnull (list);
  collect_labels (list, text);
  g_assert_cmpuint (record->head.n_sources, >, 0);
  for (guint i = 0; i < record->head.n_sources; i++)
    {
      YtRef ref = YT_REF (YT_RECORD_SOURCE, sources[i]);
      const char *en = yt_atlas_get_text (bundled, ref, YT_TEXT_PUBLISHER, YT_LANG_EN, NULL);
      const char *zh = yt_atlas_get_text (bundled, ref, YT_TEXT_PUBLISHER, YT_LANG_ZH, NULL);
      const char *publisher = en != NULL && strstr (text->str, en) != NULL ? en : zh;

      if (strstr (text->str, yt_atlas_get_id (bundled, ref)) != NULL)
        g_error ("the sources show the id %s:\n%s", yt_atlas_get_id (bundled, ref), text->str);
      g_assert_nonnull (publisher);
      if (strstr (text->str, publisher) == NULL)
        g_error ("the sources do not name %s:\n%s", publisher, text->str);
    }
}

static void
test_history (Fixture *f, gconstpointer unused)
{
  GtkWidget *site_profile = yt_side_panel_get_profile (f->panel, "site");
  GtkWidget *companies;
  YtRef hw_site = YT_REF (YT_RECORD_SITE, site ("hw-cn-southwest-guiyang1"));
  YtRef company;

  yt_view_state_set_selection (f->state, hw_site);
  companies = find_list (site_profile, "companies_list");
  g_assert_nonnull (companies);
  activate_first_row (companies);
  company = yt_view_state_get_selection (f->state);
  g_assert_cmpint (YT_REF_KIND (company), ==, YT_RECORD_COMPANY);
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "company");
  shoot (f, "company-profile");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->panel), "panel.back", NULL));
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, hw_site);
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "site");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->panel), "panel.back", NULL));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "explore");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->panel), "panel.forward", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->panel), "panel.forward", NULL));
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, company);
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "company");
}

static void
test_company_profile (Fixture *f, gconstpointer unused)
{
  guint huawei_cloud = yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY, "huawei-cloud");
  GtkWidget *profile = yt_side_panel_get_profile (f->panel, "company");
  GtkWidget *sites;
  g_autoptr(YtChart) chart = yt_company_profile_build_chart (bundled, huawei_cloud, YT_LANG_EN);

  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_COMPANY, huawei_cloud));
  g_assert_cmpuint (yt_company_profile_get_company (YT_COMPANY_PROFILE (profile)), ==, huawei_cloud);
  sites = find_list (profile, "sites_list");
  g_assert_true (gtk_widget_get_visible (sites));
  g_assert_nonnull (chart);
  g_assert_cmpuint (yt_chart_get_n_bars (chart), >=, 2);
  shoot (f, "company-huawei-cloud");

  /* Its site rows select the site. */
  activate_first_row (sites);
  g_assert_cmpint (YT_REF_KIND (yt_view_state_get_selection (f->state)), ==, YT_RECORD_SITE);
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "site");
}

static void
test_region_profile (Fixture *f, gconstpointer unused)
{
  guint guizhou = yt_atlas_lookup_kind (bundled, YT_RECORD_REGION, "CN-GZ");
  GtkWidget *profile = yt_side_panel_get_profile (f->panel, "region");
  GtkWidget *hubs;
  gboolean found = FALSE;

  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_REGION, guizhou));
  g_assert_cmpstr (yt_side_panel_get_page (f->panel), ==, "region");
  g_assert_cmpuint (yt_region_profile_get_region (YT_REGION_PROFILE (profile)), ==, guizhou);
  hubs = find_list (profile, "hubs_list");
  for (int i = 0; gtk_list_box_get_row_at_index (GTK_LIST_BOX (hubs), i) != NULL; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (hubs), i);
      YtRefItem *item = g_object_get_data (G_OBJECT (row), "yt-item");

      found |= yt_ref_item_get_ref (item) == YT_REF (YT_RECORD_SITE, site ("cluster-guian"));
    }
  g_assert_true (found);
  {
    /* Its sites say who runs them rather than repeat the province. */
    g_autoptr(GString) text = g_string_new (NULL);
    guint huawei_cloud = yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY, "huawei-cloud");
    const char *en = yt_atlas_get_name (bundled, YT_REF (YT_RECORD_COMPANY, huawei_cloud), YT_LANG_EN, NULL);
    const char *zh = yt_atlas_get_name (bundled, YT_REF (YT_RECORD_COMPANY, huawei_cloud), YT_LANG_ZH, NULL);
    const char *province_en = yt_atlas_get_name (bundled, YT_REF (YT_RECORD_REGION, guizhou), YT_LANG_EN, NULL);
    const char *province_zh = yt_atlas_get_name (bundled, YT_REF (YT_RECORD_REGION, guizhou), YT_LANG_ZH, NULL);
    g_autofree char *repeated_en = g_strdup_printf (" · %s\n", province_en);
    g_autofree char *repeated_zh = g_strdup_printf (" · %s\n", province_zh);

    collect_labels (find_list (profile, "sites_list"), text);
    g_assert_true (strstr (text->str, en) != NULL || strstr (text->str, zh) != NULL);
    g_assert_null (strstr (text->str, repeated_en));
    g_assert_null (strstr (text->str, repeated_zh));
  }
  shoot (f, "region-guizhou");
}

static GtkWidget *
find_id (GtkWidget *root, const char *buildable_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUILDABLE (child) && g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), buildable_id) == 0)
        return child;
      if ((found = find_id (child, buildable_id)) != NULL)
        return found;
    }
  return NULL;
}

static char *
first_fact_value (GtkWidget *list)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  char *value = NULL;

  g_assert_true (YT_IS_FACT_ROW (row));
  g_object_get (yt_fact_row_get_item (YT_FACT_ROW (row)), "value", &value, NULL);
  return value;
}

/* A country's profile says whether it is a member, with the dates and their
 * sources; the standing follows the "as of" year.  In the fixture India
 * signed on 2 May 2016 and left in 2020. */
static void
test_region_membership (Fixture *f, gconstpointer lang)
{
  gboolean zh = GPOINTER_TO_INT (lang) == YT_LANG_ZH;
  GtkWidget *profile = yt_side_panel_get_profile (f->panel, "region");
  guint india;
  GtkWidget *label, *list, *heading;
  g_autofree char *value = NULL;
  g_autofree char *expected = NULL;

  yt_view_state_set_atlas (f->state, with_members);
  india = yt_atlas_lookup_kind (with_members, YT_RECORD_REGION, "IN");
  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_REGION, india));
  label = find_id (profile, "bri_label");
  list = find_id (profile, "bri_list");
  heading = find_id (profile, "sites_heading");
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_true (gtk_widget_get_visible (list));
  value = first_fact_value (list);
  g_assert_cmpstr (value, ==, zh ? "2016年5月2日签署，2020年退出" : "Signed 2 May 2016, left 2020");
  /* Interface words follow the process's language, dates the view state's. */
  expected = g_strdup_printf ("%s · %s", _("Former Belt and Road partner country"), value);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, expected);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, _("Sites of Chinese firms"));
  yt_view_state_set_as_of_year (f->state, 2018);
  g_free (expected);
  expected = g_strdup_printf (_("In %s: %s"), zh ? "2018年" : "2018", _("Belt and Road partner country"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), expected));
  shoot (f, "region-membership");
  /* China's provinces have no standing of their own. */
  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_REGION, yt_atlas_lookup_kind (with_members, YT_RECORD_REGION, "CN-GZ")));
  g_assert_false (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (heading)), ==, _("Sites"));
}

/* "In Belt and Road countries" narrows the list (and the map, which reads the
 * same view state) to sites in member countries of the year shown. */
static void
test_bri_filter (Fixture *f, gconstpointer unused)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "valid.xml", NULL);
  g_autoptr(YtAtlas) no_members = NULL;
  guint bri = yt_membership_bri (with_members);
  GListModel *model;
  GtkWidget *check;
  guint all;

  yt_view_state_set_atlas (f->state, with_members);
  settle ();
  all = n_rows (f);
  check = find_id (yt_side_panel_get_filter_bar (f->panel), "bri_check");
  g_assert_nonnull (check);
  g_assert_true (gtk_widget_get_sensitive (check));
  yt_view_state_set_as_of_year (f->state, 2018);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  settle ();
  g_assert_true (yt_view_state_get_filter_bri (f->state));
  /* India is a member in 2018 in the fixture, the United States never. */
  g_assert_cmpuint (row_of (f, site ("ali-ap-south-1")), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (row_of (f, site ("ali-us-west-1")), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (n_rows (f), >, 0);
  g_assert_cmpuint (n_rows (f), <, all);
  model = G_LIST_MODEL (yt_site_list_get_model (f->list));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(YtSiteItem) item = g_list_model_get_item (model, i);
      const YtSite *s = yt_atlas_get_site (with_members, yt_site_item_get_site (item));

      g_assert_true (yt_membership_is_member (with_members, s->region, bri, 2018));
    }
  check_count_label (f);
  shoot (f, "bri-filter");
  yt_view_state_reset_filter (f->state);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  yt_view_state_set_as_of_year (f->state, 0);
  settle ();
  g_assert_cmpuint (n_rows (f), ==, all);
  /* Without memberships in the data there is nothing to filter by. */
  yt_atlas_loader_add_file (loader, path);
  no_members = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert_nonnull (no_members);
  yt_view_state_set_atlas (f->state, no_members);
  g_assert_false (gtk_widget_get_sensitive (check));
}

static void
test_compare (Fixture *f, gconstpointer unused)
{
  guint inspur = yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY, "inspur");
  GtkWidget *dialog;
  YtCompareDialog *compare;
  const GArray *companies;
  guint n;

  g_assert_cmpuint (inspur, !=, YT_ATLAS_NONE);
  dialog = yt_compare_dialog_new (f->state, &inspur, 1);
  compare = YT_COMPARE_DIALOG (dialog);
  companies = yt_compare_dialog_get_companies (compare);
  n = companies->len;
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (yt_compare_dialog_get_n_rows (compare), >=, 1);
  yt_compare_dialog_remove_company (compare, g_array_index (companies, guint, 1));
  g_assert_cmpuint (yt_compare_dialog_get_companies (compare)->len, ==, n - 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int argc, char *argv[])
{
  g_autoptr(YtAtlasLoader) loader = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  /* As the program does, so that LANGUAGE=zh_CN shows the translated panels. */
  if (g_getenv ("YUNTU_LOCALEDIR") != NULL)
    {
      /* gtk_test_init() keeps the C locale; the environment's is wanted here. */
      setlocale (LC_ALL, "");
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("YUNTU_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  loader = yt_atlas_loader_new ();
  g_assert_true (yt_atlas_loader_add_bundled (loader));
  bundled = yt_atlas_loader_finish (loader, NULL, &error);
  g_assert_no_error (error);
  {
    g_autoptr(YtAtlasLoader) members = yt_atlas_loader_new ();
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "memberships-bundled.xml", NULL);

    yt_atlas_loader_add_bundled (members);
    yt_atlas_loader_add_file (members, path);
    with_members = yt_atlas_loader_finish (members, NULL, &error);
    g_assert_no_error (error);
  }

  for (int lang = YT_LANG_EN; lang <= YT_LANG_ZH; lang++)
    {
      const char *prefix = lang == YT_LANG_ZH ? "/panels/zh" : "/panels/en";
      static const struct { const char *name; void (*func) (Fixture *, gconstpointer); } tests[] = {
        { "row-selects", test_row_selects },
        { "selection-selects-row", test_selection_selects_row },
        { "search-both-languages", test_search_both_languages },
        { "enter-and-arrows", test_enter_and_arrows },
        { "kind-filter", test_kind_filter },
        { "time-control", test_time_control },
        { "history", test_history },
        { "source-rows", test_source_rows },
        { "company-profile", test_company_profile },
        { "region-profile", test_region_profile },
        { "region-membership", test_region_membership },
        { "bri-filter", test_bri_filter },
        { "compare", test_compare },
      };

      for (guint i = 0; i < G_N_ELEMENTS (tests); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s/%s", prefix, tests[i].name);

          g_test_add (path, Fixture, GINT_TO_POINTER (lang), fixture_set_up, tests[i].func, fixture_tear_down);
        }
    }
  status = g_test_run ();
  g_object_unref (with_members);
  g_object_unref (bundled);
  return status;
}
