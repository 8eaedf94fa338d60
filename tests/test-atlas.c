/* test-atlas.c: the atlas model, its queries, merging and --validate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-validate.h"

static YtAtlas *bundled;

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", name, NULL);
}

static YtAtlas *
load (gboolean with_bundled, const char * const *files, GPtrArray **problems)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();

  if (with_bundled)
    yt_atlas_loader_add_bundled (loader);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autofree char *path = fixture (files[i]);
      yt_atlas_loader_add_file (loader, path);
    }
  return yt_atlas_loader_finish (loader, problems, NULL);
}

static gboolean
contains (GArray *sites, guint site)
{
  for (guint i = 0; i < sites->len; i++)
    if (g_array_index (sites, guint, i) == site)
      return TRUE;
  return FALSE;
}

static guint
site (const char *id)
{
  guint index = yt_atlas_lookup_kind (bundled, YT_RECORD_SITE, id);

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  return index;
}

/* One record read into the model with every field, from a fixture so that the
 * bundled data can change without touching the test. */
static void
test_model (void)
{
  const char *files[] = { "model.xml", NULL };
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (YtAtlas) model = load (FALSE, files, &problems);
  YtRef ref = yt_atlas_lookup (model, "cluster-guian");
  const YtSite *guian = yt_atlas_get_site (model, YT_REF_INDEX (ref));
  YtTextInfo info;
  const char *name;

  g_assert_nonnull (model);
  g_assert_cmpint (YT_REF_KIND (ref), ==, YT_RECORD_SITE);
  g_assert_cmpstr (yt_atlas_get_id (model, ref), ==, "cluster-guian");
  g_assert_cmpint (guian->kind, ==, YT_SITE_CLUSTER);
  g_assert_cmpint (guian->precision, ==, YT_PRECISION_CITY);
  g_assert_cmpfloat_with_epsilon (guian->lat, 26.65, 1e-9);
  g_assert_cmpfloat_with_epsilon (guian->lon, 106.63, 1e-9);
  g_assert_cmpuint (guian->announced, ==, 20211200);
  g_assert_cmpuint (guian->region, ==, yt_atlas_lookup_kind (model, YT_RECORD_REGION, "CN-GZ"));
  g_assert_cmpuint (guian->parent, ==, yt_atlas_lookup_kind (model, YT_RECORD_SITE, "hub-gz"));
  g_assert_cmpuint (guian->location_source, ==, yt_atlas_lookup_kind (model, YT_RECORD_SOURCE, "S142"));
  g_assert_cmpuint (guian->head.n_sources, ==, 2);
  g_assert_cmpuint (yt_atlas_get_indices (model, guian->head.sources)[0], ==,
                    yt_atlas_lookup_kind (model, YT_RECORD_SOURCE, "S22"));

  name = yt_atlas_get_name (model, ref, YT_LANG_ZH, &info);
  g_assert_cmpstr (name, ==, "贵安数据中心集群");
  g_assert_false (info.fell_back);
  g_assert_cmpint (info.basis, ==, YT_BASIS_SEEN);
  g_assert_cmpuint (info.source, ==, yt_atlas_lookup_kind (model, YT_RECORD_SOURCE, "S22"));
  name = yt_atlas_get_name (model, ref, YT_LANG_EN, &info);
  g_assert_cmpstr (name, ==, "Gui'an cluster");
  g_assert_cmpint (info.basis, ==, YT_BASIS_TRANSLATED);

  g_assert_cmpstr (yt_atlas_get_company_name (model, yt_atlas_lookup_kind (model, YT_RECORD_COMPANY, "huawei-cloud"),
                                              YT_NAME_ROLE_DISPLAY, YT_LANG_EN, NULL), ==, "Huawei Cloud");
  g_assert_cmpuint (yt_atlas_lookup (model, "no-such-id"), ==, YT_REF_NONE);
  g_assert_cmpstr (yt_atlas_unit_to_string (YT_UNIT_CNY), ==, "CNY");
}

static void
test_fallback_and_fact (void)
{
  const char *files[] = { "valid.xml", NULL };
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (YtAtlas) atlas = load (FALSE, files, &problems);
  const YtFact *fact;
  YtTextInfo info;

  g_assert_nonnull (atlas);
  fact = yt_atlas_get_fact (atlas, 0);
  g_assert_cmpfloat (fact->value, ==, 2e10);
  g_assert_cmpint (fact->unit, ==, YT_UNIT_CNY);
  g_assert_cmpint (fact->qualifier, ==, YT_QUALIFIER_ABOUT);
  g_assert_cmpint (YT_REF_KIND (fact->subject), ==, YT_RECORD_SITE);
  g_assert_cmpstr (yt_atlas_get_text (atlas, YT_REF (YT_RECORD_FACT, 0), YT_TEXT_QUOTE, YT_LANG_ZH, &info),
                   ==, "Twenty billion yuan.");
  g_assert_true (info.fell_back);
  g_assert_cmpint (info.lang, ==, YT_LANG_EN);
  g_assert_cmpstr (yt_atlas_get_text (atlas, YT_REF (YT_RECORD_FACT, 0), YT_TEXT_TEXT, YT_LANG_ZH, &info),
                   ==, "一个事实。");
  g_assert_false (info.fell_back);
  g_assert_cmpint (info.basis, ==, YT_BASIS_TRANSLATED);
  g_assert_null (yt_atlas_get_text (atlas, YT_REF (YT_RECORD_FACT, 0), YT_TEXT_NOTE, YT_LANG_ZH, &info));
}

static GArray *
run_text (const char *text)
{
  g_autoptr (YtAtlasQuery) query = yt_atlas_query_new ();

  yt_atlas_query_set_text (query, text);
  return yt_atlas_query_run (query, bundled);
}

static void
test_query_text (void)
{
  g_autoptr (GArray) zh = run_text ("华为");
  g_autoptr (GArray) en = run_text ("huawei cloud");
  g_autoptr (GArray) upper = run_text ("  HUAWEI  ");
  g_autoptr (GArray) code = run_text ("CN-Hangzhou");
  g_autoptr (GArray) none = run_text ("no such place anywhere");

  g_assert_true (contains (zh, site ("hw-cn-north-beijing4")));
  g_assert_true (contains (en, site ("hw-cn-north-beijing4")));
  g_assert_true (contains (upper, site ("hw-cn-east-shanghai1")));
  g_assert_false (contains (en, site ("ali-cn-hangzhou")));
  g_assert_true (contains (code, site ("ali-cn-hangzhou")));
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_query_filters (void)
{
  g_autoptr (YtAtlasQuery) query = yt_atlas_query_new ();
  g_autoptr (GArray) gz = NULL, china = NULL, y2021 = NULL, y2022 = NULL, company = NULL, combined = NULL;
  guint huawei_cloud = yt_atlas_lookup_kind (bundled, YT_RECORD_COMPANY, "huawei-cloud");

  yt_atlas_query_set_region (query, yt_atlas_lookup_kind (bundled, YT_RECORD_REGION, "CN-GZ"));
  gz = yt_atlas_query_run (query, bundled);
  g_assert_true (contains (gz, site ("cluster-guian")));
  g_assert_false (contains (gz, site ("ali-cn-hangzhou")));

  yt_atlas_query_set_region (query, yt_atlas_lookup_kind (bundled, YT_RECORD_REGION, "CN"));
  china = yt_atlas_query_run (query, bundled);
  g_assert_true (contains (china, site ("cluster-guian")));
  g_assert_true (contains (china, site ("ali-cn-hangzhou")));

  yt_atlas_query_set_region (query, YT_ATLAS_NONE);
  yt_atlas_query_set_years (query, YT_YEARS_ANNOUNCED, 2021, 2021);
  y2021 = yt_atlas_query_run (query, bundled);
  g_assert_true (contains (y2021, site ("cluster-guian")));
  yt_atlas_query_set_years (query, YT_YEARS_ANNOUNCED, 2022, 2030);
  y2022 = yt_atlas_query_run (query, bundled);
  g_assert_false (contains (y2022, site ("cluster-guian")));

  g_clear_pointer (&query, yt_atlas_query_free);
  query = yt_atlas_query_new ();
  yt_atlas_query_set_company (query, huawei_cloud, YT_LINK_KIND_BIT (YT_LINK_OPERATOR));
  company = yt_atlas_query_run (query, bundled);
  g_assert_true (contains (company, site ("hw-cn-north-beijing4")));
  g_assert_true (contains (company, site ("cluster-guian")));
  g_assert_false (contains (company, site ("ali-cn-hangzhou")));

  yt_atlas_query_set_kinds (query, YT_SITE_KIND_BIT (YT_SITE_CLOUD_REGION));
  yt_atlas_query_set_text (query, "shanghai");
  combined = yt_atlas_query_run (query, bundled);
  g_assert_true (contains (combined, site ("hw-cn-east-shanghai1")));
  g_assert_false (contains (combined, site ("hw-cn-north-beijing4")));
  for (guint i = 0; i < combined->len; i++)
    g_assert_true (contains (company, g_array_index (combined, guint, i)));
}

static void
test_merge (void)
{
  const char *pair[] = { "valid.xml", "valid-other.xml", NULL };
  const char *clash[] = { "clash-bundled.xml", NULL };
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GPtrArray) clash_problems = NULL;
  g_autoptr (YtAtlas) atlas = load (FALSE, pair, &problems);
  g_autoptr (YtAtlas) none = NULL;
  guint x1, x2;

  g_assert_nonnull (atlas);
  x1 = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "x1");
  x2 = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "x2");
  g_assert_cmpuint (yt_atlas_get_site (atlas, x2)->parent, ==, x1);
  g_assert_cmpstr (yt_atlas_get_file_name (atlas, yt_atlas_get_site (atlas, x2)->head.file), ==,
                   g_test_get_filename (G_TEST_DIST, "fixtures", "atlas", "valid-other.xml", NULL));

  /* a user's file that redefines a bundled site is refused, never an override */
  none = load (TRUE, clash, &clash_problems);
  g_assert_null (none);
  g_assert_cmpuint (clash_problems->len, >, 0);
  g_assert_nonnull (strstr (((YtAtlasProblem *) clash_problems->pdata[0])->message, "“cluster-guian” is already defined at resource:///"));
  g_assert_cmpuint (((YtAtlasProblem *) clash_problems->pdata[0])->line, ==, 4);
}

static char *
run_validate (const char * const *files, int *status, char **errors)
{
  g_autofree char *out_path = NULL, *err_path = NULL;
  int out_fd = g_file_open_tmp ("validate-out-XXXXXX", &out_path, NULL);
  int err_fd = g_file_open_tmp ("validate-err-XXXXXX", &err_path, NULL);
  FILE *out = fdopen (out_fd, "w+"), *err = fdopen (err_fd, "w+");
  char *text = NULL;

  *status = yt_validate_main (files, out, err);
  fclose (out);
  fclose (err);
  g_assert_true (g_file_get_contents (out_path, &text, NULL, NULL));
  g_assert_true (g_file_get_contents (err_path, errors, NULL, NULL));
  g_unlink (out_path);
  g_unlink (err_path);
  return text;
}

static void
test_validate (void)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-validate-XXXXXX", NULL);
  g_autofree char *user = g_build_filename (dir, "user.xml", NULL);
  g_autofree char *broken = fixture ("bad-date.xml");
  const char *good_files[] = { user, NULL };
  const char *bad_files[] = { user, broken, "/nonexistent/missing.xml", NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *missing = NULL;
  int status;

  /* refers to bundled ids (a region and a source) */
  g_assert_true (g_file_set_contents (user,
    "<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\"><sites>\n"
    "<site id=\"user-site\" kind=\"park\" region=\"CN-GZ\" sources=\"S22\">"
    "<name xml:lang=\"en\">Park</name><name xml:lang=\"zh\">园区</name></site></sites></atlas>\n", -1, NULL));
  out = run_validate (good_files, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, " sites, "));
  g_assert_nonnull (strstr (out, " sources"));

  out2 = run_validate (bad_files, &status, &err2);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out2, ==, "");
  g_assert_nonnull (strstr (err2, "bad-date.xml:15:55: "));
  missing = g_strdup ("/nonexistent/missing.xml:0:0: ");
  g_assert_nonnull (strstr (err2, missing));
  g_unlink (user);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_autoptr (YtAtlasLoader) loader = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  loader = yt_atlas_loader_new ();
  yt_atlas_loader_add_bundled (loader);
  bundled = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert_nonnull (bundled);

  g_test_add_func ("/atlas/model", test_model);
  g_test_add_func ("/atlas/fallback-and-fact", test_fallback_and_fact);
  g_test_add_func ("/atlas/query/text", test_query_text);
  g_test_add_func ("/atlas/query/filters", test_query_filters);
  g_test_add_func ("/atlas/merge", test_merge);
  g_test_add_func ("/atlas/validate", test_validate);
  status = g_test_run ();
  g_object_unref (bundled);
  return status;
}
