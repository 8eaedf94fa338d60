/* test-view-state.c: selection history, filter, time control and notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <yuntu/yuntu.h>

static YtAtlas *bundled;

static YtAtlas *
load_bundled (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;

  g_assert_true (yt_atlas_loader_add_bundled (loader));
  atlas = yt_atlas_loader_finish (loader, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  return atlas;
}

static YtRef
ref_of (YtRecordKind  kind,
        const char   *id)
{
  guint index = yt_atlas_lookup_kind (bundled, kind, id);

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  return YT_REF (kind, index);
}

/* Counts notifications per property name. */
static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GHashTable *counts)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static guint
count_of (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

static YtViewState *
new_state (GHashTable **counts)
{
  YtViewState *state = yt_view_state_new ();

  yt_view_state_set_atlas (state, bundled);
  if (counts != NULL)
    {
      *counts = g_hash_table_new (g_str_hash, g_str_equal);
      g_signal_connect (state, "notify", G_CALLBACK (count_notify), *counts);
    }
  return state;
}

static gboolean
contains_site (YtViewState *state,
               const char  *id)
{
  guint site = yt_atlas_lookup_kind (bundled, YT_RECORD_SITE, id);
  const GArray *sites = yt_view_state_get_filtered_sites (state);

  g_assert_cmpuint (site, !=, YT_ATLAS_NONE);
  for (guint i = 0; i < sites->len; i++)
    if (g_array_index (sites, guint32, i) == site)
      {
        g_assert_true (yt_view_state_site_is_visible (state, site));
        return TRUE;
      }
  g_assert_false (yt_view_state_site_is_visible (state, site));
  return FALSE;
}

static void
test_defaults (void)
{
  g_autoptr(YtViewState) state = yt_view_state_new ();

  g_assert_null (yt_view_state_get_atlas (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
  g_assert_false (yt_view_state_get_can_go_back (state));
  g_assert_false (yt_view_state_get_can_go_forward (state));
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, 0);
  g_assert_cmpuint (yt_view_state_get_filter_kinds (state), ==, YT_VIEW_STATE_ALL_KINDS);
  g_assert_false (yt_view_state_get_filter_active (state));

  yt_view_state_set_atlas (state, bundled);
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==,
                    yt_atlas_get_n_records (bundled, YT_RECORD_SITE));
}

static void
test_history (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);
  YtRef site = ref_of (YT_RECORD_SITE, "cluster-guian");
  YtRef company = ref_of (YT_RECORD_COMPANY, "huawei-cloud");
  YtRef region = ref_of (YT_RECORD_REGION, "CN-GZ");

  yt_view_state_set_selection (state, site);
  yt_view_state_set_selection (state, site);
  g_assert_cmpuint (count_of (counts, "selection"), ==, 1);
  g_assert_true (yt_view_state_get_can_go_back (state));
  g_assert_cmpuint (count_of (counts, "can-go-back"), ==, 1);

  yt_view_state_set_selection (state, company);
  yt_view_state_set_selection (state, region);
  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, company);
  g_assert_true (yt_view_state_get_can_go_forward (state));
  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, site);
  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
  g_assert_false (yt_view_state_get_can_go_back (state));
  g_assert_false (yt_view_state_go_back (state));

  g_assert_true (yt_view_state_go_forward (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, site);
  /* A new selection drops the forward entries. */
  yt_view_state_set_selection (state, region);
  g_assert_false (yt_view_state_get_can_go_forward (state));
  g_assert_false (yt_view_state_go_forward (state));
  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, site);
  g_assert_cmpuint (count_of (counts, "can-go-forward"), ==, 3);
}

static void
test_history_is_bounded (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);
  guint n_sites = yt_atlas_get_n_records (bundled, YT_RECORD_SITE);
  guint steps = 0;

  for (guint i = 0; i < YT_VIEW_STATE_HISTORY_MAX + 20; i++)
    yt_view_state_set_selection (state, YT_REF (YT_RECORD_SITE, i % n_sites));
  while (yt_view_state_go_back (state))
    steps++;
  g_assert_cmpuint (steps, ==, YT_VIEW_STATE_HISTORY_MAX);
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
}

static void
test_invalid_selection (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);

  if (g_test_undefined ())
    {
      g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*selection_is_valid*");
      yt_view_state_set_selection (state, YT_REF (YT_RECORD_FACT, 0));
      g_test_assert_expected_messages ();
      g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*selection_is_valid*");
      yt_view_state_set_selection (state, YT_REF (YT_RECORD_SITE, 0x0ffffff0));
      g_test_assert_expected_messages ();
    }
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
}

static void
test_search_both_languages (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);
  guint all = yt_view_state_get_n_filtered (state);

  yt_view_state_set_filter_text (state, "华为云");
  g_assert_true (contains_site (state, "hw-cn-southwest-guiyang1"));
  g_assert_false (contains_site (state, "ali-cn-hangzhou"));
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), <, all);
  g_assert_true (yt_view_state_get_filter_active (state));

  yt_view_state_set_filter_text (state, "  HUAWEI ");
  g_assert_cmpstr (yt_view_state_get_filter_text (state), ==, "HUAWEI");
  g_assert_true (contains_site (state, "hw-cn-southwest-guiyang1"));

  yt_view_state_set_filter_text (state, "贵安");
  g_assert_true (contains_site (state, "cluster-guian"));
  yt_view_state_set_filter_text (state, "gui'an");
  g_assert_true (contains_site (state, "cluster-guian"));

  yt_view_state_set_filter_text (state, "");
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, all);
  g_assert_false (yt_view_state_get_filter_active (state));
  g_assert_cmpuint (count_of (counts, "filter-active"), ==, 2);
}

static void
test_kind_company_region (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);
  guint all = yt_view_state_get_n_filtered (state);
  guint huawei_cloud = yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY, "huawei-cloud");
  guint guizhou = yt_atlas_lookup_kind (bundled, YT_RECORD_REGION, "CN-GZ");
  const GArray *sites;

  yt_view_state_set_filter_kinds (state, YT_SITE_KIND_BIT (YT_SITE_CLUSTER));
  sites = yt_view_state_get_filtered_sites (state);
  g_assert_cmpuint (sites->len, >, 0);
  g_assert_cmpuint (sites->len, <, all);
  for (guint i = 0; i < sites->len; i++)
    g_assert_cmpint (yt_atlas_get_site (bundled, g_array_index (sites, guint32, i))->kind, ==,
                     YT_SITE_CLUSTER);
  g_assert_true (contains_site (state, "cluster-guian"));

  /* No kind at all shows nothing, not everything. */
  yt_view_state_set_filter_kinds (state, 0);
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, 0);
  yt_view_state_set_filter_kinds (state, YT_VIEW_STATE_ALL_KINDS);

  yt_view_state_set_filter_company (state, huawei_cloud);
  g_assert_true (contains_site (state, "hw-cn-southwest-guiyang1"));
  g_assert_false (contains_site (state, "dc-apple-guian"));
  yt_view_state_set_filter_region (state, guizhou);
  g_assert_true (contains_site (state, "hw-cn-southwest-guiyang1"));
  g_assert_false (contains_site (state, "hw-cn-east-wuhu"));

  yt_view_state_reset_filter (state);
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, all);
  g_assert_cmpuint (yt_view_state_get_filter_company (state), ==, YT_ATLAS_NONE);
  g_assert_cmpuint (count_of (counts, "filter-company"), ==, 2);
}

static void
test_as_of_year (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);
  const GArray *sites;
  int first, last;

  yt_view_state_get_year_bounds (state, &first, &last);
  g_assert_cmpint (first, >, 1900);
  g_assert_cmpint (last, >=, 2022);
  g_assert_cmpint (first, <=, 2014);

  yt_view_state_set_as_of_year (state, 2015);
  g_assert_cmpint (yt_view_state_get_as_of_year (state), ==, 2015);
  g_assert_true (contains_site (state, "guian-new-area"));     /* announced 2014 */
  g_assert_false (contains_site (state, "cluster-guian"));     /* announced 2021 */
  g_assert_false (contains_site (state, "hub-jjj"));           /* announced 2022 */
  sites = yt_view_state_get_filtered_sites (state);
  for (guint i = 0; i < sites->len; i++)
    {
      const YtSite *site = yt_atlas_get_site (bundled, g_array_index (sites, guint32, i));
      YtDate start = site->opened != 0 ? site->opened : site->announced;

      g_assert_cmpint (YT_DATE_YEAR (start), <=, 2015);
    }
  /* The as-of year narrows a year range rather than replacing it. */
  yt_view_state_set_year_range (state, 2021, 2022);
  g_assert_false (contains_site (state, "cluster-guian"));
  yt_view_state_set_as_of_year (state, 0);
  g_assert_true (contains_site (state, "cluster-guian"));
  g_assert_true (contains_site (state, "hub-jjj"));
  g_assert_cmpuint (count_of (counts, "as-of-year"), ==, 2);
  g_assert_cmpuint (count_of (counts, "first-year"), ==, 1);
}

/* Clear Filters means every criterion: the as-of year is one of them. */
static void
test_reset_clears_as_of (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);
  guint all = yt_view_state_get_n_filtered (state);

  yt_view_state_set_as_of_year (state, 2015);
  g_assert_true (yt_view_state_get_filter_active (state));
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), <, all);
  yt_view_state_set_filter_text (state, "huawei");
  yt_view_state_reset_filter (state);
  g_assert_cmpint (yt_view_state_get_as_of_year (state), ==, 0);
  g_assert_cmpstr (yt_view_state_get_filter_text (state), ==, "");
  g_assert_false (yt_view_state_get_filter_active (state));
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, all);
}

/* A region's "List Its Sites" (a new step, then its filter), Back, and a
 * search: the region filter must not stay on unseen. */
static void
test_history_keeps_filters_with_steps (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);
  YtRef guizhou = ref_of (YT_RECORD_REGION, "CN-GZ");

  yt_view_state_set_filter_kinds (state, YT_SITE_KIND_BIT (YT_SITE_CLOUD_REGION));
  yt_view_state_set_selection (state, guizhou);
  yt_view_state_set_selection (state, YT_REF_NONE);
  yt_view_state_set_filter_region (state, YT_REF_INDEX (guizhou));
  g_assert_false (contains_site (state, "ali-ap-southeast-7"));

  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, guizhou);
  g_assert_cmpuint (yt_view_state_get_filter_region (state), ==, YT_ATLAS_NONE);
  /* What was set before the step stays: it went with that step too. */
  g_assert_cmpuint (yt_view_state_get_filter_kinds (state), ==, YT_SITE_KIND_BIT (YT_SITE_CLOUD_REGION));
  yt_view_state_set_filter_text (state, "Bangkok");
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), >, 0);

  g_assert_true (yt_view_state_go_forward (state));
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
  g_assert_cmpuint (yt_view_state_get_filter_region (state), ==, YT_REF_INDEX (guizhou));
  g_assert_cmpstr (yt_view_state_get_filter_text (state), ==, "");
  g_assert_true (yt_view_state_go_back (state));
  g_assert_cmpstr (yt_view_state_get_filter_text (state), ==, "Bangkok");
}

/* A site is found by the name of its region, in either language. */
static void
test_search_region_names (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);

  yt_view_state_set_filter_text (state, "Guizhou");
  g_assert_true (contains_site (state, "cluster-guian"));
  g_assert_false (contains_site (state, "cluster-qingyang"));
  yt_view_state_set_filter_text (state, "贵州");
  g_assert_true (contains_site (state, "cluster-guian"));
  yt_view_state_set_filter_text (state, "Thailand");
  g_assert_true (contains_site (state, "ali-ap-southeast-7"));
}

static YtRef
best_for (YtViewState *state,
          const char  *text)
{
  const GArray *sites;
  g_autoptr(YtSearch) search = NULL;

  yt_view_state_set_filter_text (state, text);
  sites = yt_view_state_get_filtered_sites (state);
  search = yt_search_new (bundled, text, (const guint *) (gconstpointer) sites->data, sites->len);
  return yt_search_get_best (search);
}

/* Enter opens the best match of the first group: what a reader means. */
static void
test_search_best_match (void)
{
  g_autoptr(YtViewState) state = new_state (NULL);
  g_autoptr(YtSearch) search = NULL;

  g_assert_cmpuint (best_for (state, "Huawei"), ==, ref_of (YT_RECORD_COMPANY, "huawei-cloud"));
  g_assert_cmpuint (best_for (state, "华为"), ==, ref_of (YT_RECORD_COMPANY, "huawei-cloud"));
  g_assert_cmpuint (best_for (state, "贵州"), ==, ref_of (YT_RECORD_REGION, "CN-GZ"));
  g_assert_cmpuint (best_for (state, "Guizhou"), ==, ref_of (YT_RECORD_REGION, "CN-GZ"));
  g_assert_cmpuint (best_for (state, "Thailand"), ==, ref_of (YT_RECORD_REGION, "TH"));
  g_assert_cmpuint (best_for (state, "ap-bangkok"), ==, ref_of (YT_RECORD_SITE, "hw-ap-bangkok"));
  g_assert_cmpuint (best_for (state, "no such place at all"), ==, YT_REF_NONE);

  /* Each group holds only its own kind of record, best first. */
  search = yt_search_new (bundled, "贵州", NULL, 0);
  g_assert_cmpint (yt_search_get_group (search, 0), ==, YT_SEARCH_REGIONS);
  g_assert_cmpuint (yt_search_get_n_hits (search, YT_SEARCH_COMPANIES), >, 0);
  for (guint i = 0; i < yt_search_get_n_hits (search, YT_SEARCH_COMPANIES); i++)
    g_assert_cmpint (YT_REF_KIND (yt_search_get_hit (search, YT_SEARCH_COMPANIES, i)), ==, YT_RECORD_COMPANY);
  g_assert_cmpuint (yt_search_get_n_hits (search, YT_SEARCH_SITES), ==, 0);
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);

  yt_view_state_set_language (state, YT_LANG_ZH);
  yt_view_state_set_language (state, YT_LANG_ZH);
  yt_view_state_set_filter_text (state, "贵州");
  yt_view_state_set_filter_text (state, "贵州 ");
  yt_view_state_set_as_of_year (state, 0);
  yt_view_state_set_year_range (state, 0, 0);
  yt_view_state_set_atlas (state, bundled);
  g_object_set (state, "first-year", 0, "selection", YT_REF_NONE, NULL);
  g_assert_cmpuint (count_of (counts, "language"), ==, 1);
  g_assert_cmpuint (count_of (counts, "filter-text"), ==, 1);
  g_assert_cmpuint (count_of (counts, "filtered-sites"), ==, 1);
  g_assert_cmpuint (count_of (counts, "n-filtered"), ==, 1);
  g_assert_cmpuint (count_of (counts, "as-of-year"), ==, 0);
  g_assert_cmpuint (count_of (counts, "atlas"), ==, 0);
  g_assert_cmpuint (count_of (counts, "selection"), ==, 0);
  g_assert_cmpuint (count_of (counts, "first-year"), ==, 0);
}

static void
test_atlas_change_resets (void)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(YtViewState) state = new_state (&counts);

  yt_view_state_set_selection (state, ref_of (YT_RECORD_SITE, "cluster-guian"));
  yt_view_state_set_filter_company (state, yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY,
                                                                 "huawei-cloud"));
  yt_view_state_set_atlas (state, NULL);
  g_assert_cmpuint (yt_view_state_get_selection (state), ==, YT_REF_NONE);
  g_assert_false (yt_view_state_get_can_go_back (state));
  g_assert_cmpuint (yt_view_state_get_filter_company (state), ==, YT_ATLAS_NONE);
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, 0);
  g_assert_cmpuint (count_of (counts, "atlas"), ==, 1);
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  bundled = load_bundled ();
  g_test_add_func ("/view-state/defaults", test_defaults);
  g_test_add_func ("/view-state/history", test_history);
  g_test_add_func ("/view-state/history-bounded", test_history_is_bounded);
  g_test_add_func ("/view-state/invalid-selection", test_invalid_selection);
  g_test_add_func ("/view-state/search-both-languages", test_search_both_languages);
  g_test_add_func ("/view-state/kind-company-region", test_kind_company_region);
  g_test_add_func ("/view-state/as-of-year", test_as_of_year);
  g_test_add_func ("/view-state/reset-clears-as-of", test_reset_clears_as_of);
  g_test_add_func ("/view-state/history-keeps-filters", test_history_keeps_filters_with_steps);
  g_test_add_func ("/view-state/search-region-names", test_search_region_names);
  g_test_add_func ("/view-state/search-best-match", test_search_best_match);
  g_test_add_func ("/view-state/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/view-state/atlas-change-resets", test_atlas_change_resets);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
