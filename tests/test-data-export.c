/* test-data-export.c: --export-data and YtDataExport, checked with GDAL's own ogrinfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <glib/gstdio.h>

#include "test-io.h"
#include "yt-data-columns.h"

/* The sites layer's columns: a contract with users' spreadsheets (README). */
static const char * const site_columns[] = {
  "id", "name", "name_en", "name_zh", "kind", "kind_name", "operator", "operator_id", "investors",
  "builders", "financiers", "partners", "customers", "members", "region", "region_iso", "parent",
  "code", "announced", "opened", "closed", "lat", "lon", "precision", "sources", "source_urls", NULL
};

typedef struct {
  char *dir;
  char *fixture;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("yuntu-export-XXXXXX", NULL);
  f->fixture = test_fixture_path ("roundtrip.xml");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->fixture);
}

static char *
export_file (Fixture    *f,
             const char *name,
             const char *lang,
             const char *as_of)
{
  g_auto(TestRun) run = { 0 };
  char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *out = g_strconcat ("--export-data=", path, NULL);
  g_autofree char *lang_arg = g_strconcat ("--lang=", lang, NULL);
  g_autofree char *as_of_arg = as_of != NULL ? g_strconcat ("--as-of=", as_of, NULL) : NULL;

  test_run_yuntu (&run, "en", out, lang_arg, f->fixture, as_of_arg, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* ogrinfo's report of one layer (all features) or, with @where, of the
 * matching features. */
static char *
ogrinfo (const char *path,
         const char *layer,
         const char *where,
         gboolean    summary)
{
  const char *argv[12] = { "ogrinfo", "-ro", NULL };
  guint n = 2;
  g_auto(TestRun) run = { 0 };

  /* -q would drop the summary's geometry type and count. */
  argv[n++] = summary ? "-so" : "-q";
  if (where != NULL)
    {
      argv[n++] = "-where";
      argv[n++] = where;
    }
  argv[n++] = path;
  if (layer != NULL)
    argv[n++] = layer;
  else
    argv[n++] = "-al";
  test_run (&run, "en", argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static guint
feature_count (const char *report)
{
  const char *p = strstr (report, "Feature Count: ");

  g_assert_nonnull (p);
  return (guint) g_ascii_strtoull (p + strlen ("Feature Count: "), NULL, 10);
}

/* KML keeps the name as the placemark's title and the kind's name as its
 * description: GDAL reads those as its own Name and description fields. */
static void
assert_site_columns (const char *report,
                     gboolean    kml)
{
  const char *p = report;

  /* In order, each as "name: Type". */
  for (guint i = 0; site_columns[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s: ", site_columns[i]);

      if (kml && (g_str_equal (site_columns[i], "name") || g_str_equal (site_columns[i], "kind_name")))
        continue;
      p = strstr (p, line);
      if (p == NULL)
        g_error ("column %s missing or out of order in:\n%s", site_columns[i], report);
    }
}

static guint
n_sites (void)
{
  g_autoptr(YtAtlas) atlas = test_load_atlas ("roundtrip.xml", NULL);

  return yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
}

static void
test_gpkg_layers (Fixture *f, gconstpointer data)
{
  g_autofree char *path = export_file (f, "atlas.gpkg", "en", NULL);
  g_autoptr(YtAtlas) atlas = test_load_atlas ("roundtrip.xml", NULL);
  g_autofree char *sites = ogrinfo (path, "sites", NULL, TRUE);
  g_autofree char *regions = ogrinfo (path, "regions", NULL, TRUE);
  g_autofree char *corridors = ogrinfo (path, "corridors", NULL, TRUE);
  g_autofree char *facts = ogrinfo (path, "facts", NULL, TRUE);
  g_autofree char *nairobi = ogrinfo (path, "sites", "id = 'rt-nairobi-region'", FALSE);

  g_assert_nonnull (strstr (sites, "Geometry: Point"));
  g_assert_nonnull (strstr (sites, "EPSG\",4326"));
  g_assert_cmpuint (feature_count (sites), ==, yt_atlas_get_n_records (atlas, YT_RECORD_SITE));
  assert_site_columns (sites, FALSE);
  g_assert_cmpuint (feature_count (regions), ==, yt_atlas_get_n_records (atlas, YT_RECORD_REGION));
  g_assert_nonnull (strstr (corridors, "Geometry: Line String"));
  g_assert_cmpuint (feature_count (corridors), ==, yt_atlas_get_n_records (atlas, YT_RECORD_CORRIDOR));
  g_assert_cmpuint (feature_count (facts), ==, yt_atlas_get_n_records (atlas, YT_RECORD_FACT));
  g_assert_nonnull (strstr (facts, "\nvalue: Real"));

  /* One site in full: point, operator, region, code, sources. */
  g_assert_nonnull (strstr (nairobi, "POINT (36.8172 -1.2864)"));
  g_assert_nonnull (strstr (nairobi, "operator (String) = Huawei Cloud\n"));
  g_assert_nonnull (strstr (nairobi, "operator_id (String) = huawei-cloud\n"));
  g_assert_nonnull (strstr (nairobi, "region_iso (String) = KE\n"));

  /* A country that left the Belt and Road: the dates of its membership. */
  for (guint m = 0; m < yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP); m++)
    {
      const YtMembership *ms = yt_atlas_get_membership (atlas, m);
      g_autofree char *where = NULL, *row = NULL, *start = NULL, *end = NULL;
      g_autofree char *start_date = NULL, *end_date = NULL;

      if (ms->end == 0)
        continue;
      where = g_strdup_printf ("id = '%s'", yt_atlas_get_id (atlas, YT_REF (YT_RECORD_REGION, ms->region)));
      row = ogrinfo (path, "regions", where, FALSE);
      start_date = yt_data_date_to_string (ms->start);
      end_date = yt_data_date_to_string (ms->end);
      start = g_strdup_printf ("bri_start (String) = %s\n", start_date);
      end = g_strdup_printf ("bri_end (String) = %s\n", end_date);
      g_assert_nonnull (strstr (row, start));
      g_assert_nonnull (strstr (row, end));
      break;
    }
  g_assert_nonnull (strstr (nairobi, "code (String) = af-nairobi-9\n"));
  g_assert_nonnull (strstr (nairobi, "precision (String) = site\n"));
  g_assert_nonnull (strstr (nairobi, "sources (String) = S01\n"));
  g_assert_nonnull (strstr (nairobi, "source_urls (String) = http"));
}

static void
test_every_format_reads (Fixture *f, gconstpointer data)
{
  static const char * const names[] = { "sites.geojson", "sites.kml", "sites.csv", "sites.gpkg" };
  guint expected = n_sites ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = export_file (f, names[i], "zh_CN", NULL);
      g_autofree char *report = ogrinfo (path, "sites", NULL, TRUE);

      g_test_message ("%s", names[i]);
      g_assert_cmpuint (feature_count (report), ==, expected);
      assert_site_columns (report, g_str_has_suffix (names[i], ".kml"));
    }
}

static void
test_csv_for_spreadsheets (Fixture *f, gconstpointer data)
{
  g_autofree char *path = export_file (f, "sites.csv", "zh_CN", NULL);
  g_autofree char *text = NULL;
  g_autofree char *header = g_strjoinv (",", (char **) site_columns);
  g_autofree char *first_line = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  /* A byte-order mark, so that Excel reads UTF-8; CRLF line ends. */
  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  first_line = g_strndup (text + 3, strcspn (text + 3, "\r\n"));
  g_assert_cmpstr (first_line, ==, header);
  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    g_assert_cmpint (p[-1], ==, '\r');
  g_assert_cmpuint (test_count_lines (text, "") - 1, ==, n_sites () + 1);
  g_assert_true (g_utf8_validate (text, (gssize) length, NULL));
  /* Chinese intact, and a site without a position has empty lat and lon. */
  g_assert_nonnull (strstr (text, "\r\nrt-guian-dc,贵安测试数据中心,Gui'an test data centre,贵安测试数据中心,data-centre,"));
  g_assert_nonnull (strstr (text, "\r\nrt-unlocated-park,无位置的测试园区，逗号,"));
  g_assert_nonnull (strstr (text, ",2021-12-06,,,,,,\"S01; S02\","));
  /* A name a spreadsheet would run as a formula is kept as text; negative
   * coordinates keep their sign. */
  g_assert_nonnull (strstr (text, "\r\nrt-formula,'=测试公式数据中心,'+254 test exchange,'=测试公式数据中心,"));
  g_assert_nonnull (strstr (text, ",-4.05,39.67,"));
  for (const char *line = strstr (text, "\r\n"); line != NULL; line = strstr (line + 2, "\r\n"))
    for (const char *cell = line + 2; *cell != '\0' && *cell != '\r'; cell += strcspn (cell, ",\r") + (cell[strcspn (cell, ",\r")] == ','))
      if (strchr ("=+@", *cell) != NULL && *cell != '\0')
        g_error ("a cell starts with “%c”: %.40s", *cell, cell);
}

static void
test_language (Fixture *f, gconstpointer data)
{
  g_autofree char *en = export_file (f, "en.geojson", "en", NULL);
  g_autofree char *zh = export_file (f, "zh.geojson", "zh_CN", NULL);
  g_autofree char *en_site = ogrinfo (en, "sites", "id = 'rt-guian-dc'", FALSE);
  g_autofree char *zh_site = ogrinfo (zh, "sites", "id = 'rt-guian-dc'", FALSE);

  /* Same columns, names in the export's language, tokens unchanged. */
  g_assert_nonnull (strstr (en_site, "name (String) = Gui'an test data centre\n"));
  g_assert_nonnull (strstr (zh_site, "name (String) = 贵安测试数据中心\n"));
  g_assert_nonnull (strstr (en_site, "operator (String) = Tencent Cloud\n"));
  g_assert_nonnull (strstr (zh_site, "operator (String) = 腾讯云\n"));
  g_assert_nonnull (strstr (zh_site, "investors (String) = 中国电信\n"));
  g_assert_nonnull (strstr (zh_site, "kind_name (String) = 数据中心\n"));
  g_assert_nonnull (strstr (en_site, "kind_name (String) = Data centre\n"));
  g_assert_nonnull (strstr (zh_site, "kind (String) = data-centre\n"));
  g_assert_nonnull (strstr (zh_site, "region (String) = 贵州省\n"));
  g_assert_nonnull (strstr (en_site, "name_zh (String) = 贵安测试数据中心\n"));
  g_assert_nonnull (strstr (zh_site, "POINT (106.61 26.42)"));
}

static void
test_as_of (Fixture *f, gconstpointer data)
{
  g_autofree char *y2019 = export_file (f, "2019.geojson", "en", "2019");
  g_autofree char *y2024 = export_file (f, "2024.geojson", "en", "2024");
  g_autofree char *all = export_file (f, "all.geojson", "en", NULL);
  g_autofree char *r2019 = ogrinfo (y2019, "sites", NULL, FALSE);
  g_autofree char *r2024 = ogrinfo (y2024, "sites", NULL, FALSE);
  g_autofree char *r_all = ogrinfo (all, "sites", NULL, TRUE);
  g_autoptr(YtAtlas) atlas = test_load_atlas ("roundtrip.xml", NULL);
  g_autoptr(YtAtlasQuery) query = yt_atlas_query_new ();
  g_autoptr(GArray) active = NULL;

  /* Opened 2018: there in 2019; announced 2024: not yet; closed 2023: gone in 2024. */
  g_assert_nonnull (strstr (r2019, "id (String) = rt-guian-dc\n"));
  g_assert_null (strstr (r2019, "id (String) = rt-nairobi-region\n"));
  g_assert_nonnull (strstr (r2019, "id (String) = rt-sao-paulo\n"));
  g_assert_nonnull (strstr (r2024, "id (String) = rt-nairobi-region\n"));
  g_assert_null (strstr (r2024, "id (String) = rt-sao-paulo\n"));

  yt_atlas_query_set_years (query, YT_YEARS_ACTIVE, 2019, 2019);
  active = yt_atlas_query_run (query, atlas);
  g_assert_cmpuint (test_count_lines (r2019, "OGRFeature(sites)"), ==, active->len);
  g_assert_cmpuint (active->len, <, n_sites ());
  g_assert_cmpuint (feature_count (r_all), ==, n_sites ());
}

static void
test_subset (Fixture *f, gconstpointer data)
{
  g_autoptr(YtAtlas) atlas = test_load_atlas ("roundtrip.xml", NULL);
  g_autoptr(YtDataExport) export = yt_data_export_new (atlas);
  g_autofree char *path = g_build_filename (f->dir, "subset.gpkg", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sites = NULL;
  g_autofree char *facts = NULL;
  guint chosen[2];

  chosen[0] = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "rt-guian-dc");
  chosen[1] = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, "rt-sao-paulo");
  yt_data_export_set_sites (export, chosen, G_N_ELEMENTS (chosen));
  g_assert_cmpuint (yt_data_export_get_n_sites (export), ==, 2);
  yt_data_export_set_as_of_year (export, 2024);
  g_assert_cmpuint (yt_data_export_get_n_sites (export), ==, 1);
  yt_data_export_set_as_of_year (export, 0);
  g_assert_true (yt_data_export_write (export, path, YT_DATA_FORMAT_GPKG, NULL, &error));
  g_assert_no_error (error);

  sites = ogrinfo (path, "sites", NULL, TRUE);
  facts = ogrinfo (path, "facts", NULL, TRUE);
  g_assert_cmpuint (feature_count (sites), ==, 2);
  /* Facts about the two sites, their operators and regions only. */
  g_assert_cmpuint (feature_count (facts), >, 0);
  g_assert_cmpuint (feature_count (facts), <, yt_atlas_get_n_records (atlas, YT_RECORD_FACT));
}

static void
test_corridor_lines (Fixture *f, gconstpointer data)
{
  g_autofree char *corridors = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "corridors.xml", NULL);
  g_autofree char *path = g_build_filename (f->dir, "corridors.gpkg", NULL);
  g_autofree char *arg = g_strconcat ("--export-data=", path, NULL);
  g_autofree char *report = NULL;
  g_auto(GStrv) vertices = NULL;
  g_auto(TestRun) run = { 0 };
  double lon, lat;
  const char *p;

  test_run_yuntu (&run, "en", arg, corridors, NULL);
  g_assert_cmpint (run.status, ==, 0);
  report = ogrinfo (path, "corridors", "id = 'test-land'", FALSE);
  g_assert_nonnull (strstr (report, "via (String) = CN-SN; CN-GS; CN-XJ; KZ; RU\n"));
  /* Five regions, five points; the first inside Shaanxi. */
  p = strstr (report, "LINESTRING (");
  g_assert_nonnull (p);
  lon = g_ascii_strtod (p + strlen ("LINESTRING ("), (char **) &p);
  lat = g_ascii_strtod (p, NULL);
  g_assert_cmpfloat (lon, >, 105.5);
  g_assert_cmpfloat (lon, <, 111.3);
  g_assert_cmpfloat (lat, >, 31.7);
  g_assert_cmpfloat (lat, <, 39.6);
  vertices = g_strsplit (strstr (report, "LINESTRING"), ",", -1);
  g_assert_cmpuint (g_strv_length (vertices), ==, 5);
}

static void
test_errors (Fixture *f, gconstpointer data)
{
  g_autofree char *bad_extension = g_build_filename (f->dir, "sites.xlsx", NULL);
  g_autofree char *missing_dir = g_build_filename (f->dir, "no", "such", "sites.csv", NULL);
  g_autofree char *existing = g_build_filename (f->dir, "old.csv", NULL);
  g_autofree char *a1 = g_strconcat ("--export-data=", bad_extension, NULL);
  g_autofree char *a2 = g_strconcat ("--export-data=", missing_dir, NULL);
  g_autofree char *a4 = g_strconcat ("--export-data=", existing, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  {
    g_auto(TestRun) run = { 0 };
    test_run_yuntu (&run, "en", a1, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, ".gpkg, .geojson, .kml or .csv"));
  }
  {
    g_auto(TestRun) run = { 0 };
    test_run_yuntu (&run, "en", a2, NULL);
    g_assert_cmpint (run.status, ==, 3);
    g_assert_true (g_str_has_prefix (run.err, "yuntu: "));
  }
  {
    g_auto(TestRun) run = { 0 };
    test_run_yuntu (&run, "en", "--as-of=2020", "--validate", "x.xml", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(TestRun) run = { 0 };
    test_run_yuntu (&run, "en", a4, "--as-of=twenty", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    /* A folder is not replaced by a file. */
    g_auto(TestRun) run = { 0 };
    g_autofree char *dir_csv = g_build_filename (f->dir, "folder.csv", NULL);
    g_autofree char *a5 = g_strconcat ("--export-data=", dir_csv, NULL);

    g_assert_cmpint (g_mkdir (dir_csv, 0700), ==, 0);
    test_run_yuntu (&run, "en", a5, NULL);
    g_assert_cmpint (run.status, ==, 3);
    g_assert_true (g_file_test (dir_csv, G_FILE_TEST_IS_DIR));
    g_rmdir (dir_csv);
  }
  {
    /* An existing file is replaced whole, with nothing left beside it. */
    g_auto(TestRun) run = { 0 };
    g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
    test_run_yuntu (&run, "en", a4, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_file_get_contents (existing, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbfid,name,"));
  }
  dir = g_dir_open (f->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_cmpstr (name, ==, "old.csv");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/data-export/gpkg-layers", test_gpkg_layers);
  ADD ("/data-export/every-format-reads", test_every_format_reads);
  ADD ("/data-export/csv-for-spreadsheets", test_csv_for_spreadsheets);
  ADD ("/data-export/language", test_language);
  ADD ("/data-export/as-of", test_as_of);
  ADD ("/data-export/subset", test_subset);
  ADD ("/data-export/corridor-lines", test_corridor_lines);
  ADD ("/data-export/errors", test_errors);
#undef ADD
  return g_test_run ();
}
