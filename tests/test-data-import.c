/* test-data-import.c: --import and YtDataImport: round trips, users' files, problems
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "test-io.h"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("yuntu-import-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_remove_dir (f->dir);
  g_free (f->dir);
}

static YtAtlas *
bundled (void)
{
  return test_load_atlas (NULL, NULL);
}

/* The bundled set plus an imported file: it must load without a problem. */
static YtAtlas *
load_with (GBytes *xml)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  YtAtlas *atlas;

  yt_atlas_loader_add_bundled (loader);
  yt_atlas_loader_add_bytes (loader, xml, "imported.xml");
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    g_test_message ("%s", ((YtAtlasProblem *) problems->pdata[i])->message);
  g_assert_nonnull (atlas);
  return atlas;
}

static GBytes *
import_bytes (const char *path,
              YtAtlas    *reference,
              const char *first_default,
              ...)
{
  g_autoptr(YtDataImport) import = yt_data_import_new ();
  g_autoptr(GError) error = NULL;
  va_list ap;

  g_assert_true (yt_data_import_read_file (import, path, &error));
  g_assert_no_error (error);
  va_start (ap, first_default);
  for (const char *d = first_default; d != NULL; d = va_arg (ap, const char *))
    g_assert_true (yt_import_mapping_parse_default (yt_data_import_get_mapping (import), d, NULL));
  va_end (ap);
  yt_data_import_set_reference (import, reference, NULL);
  if (!yt_data_import_convert (import, NULL, &error))
    {
      GPtrArray *problems = yt_data_import_get_problems (import);

      for (guint i = 0; problems != NULL && i < problems->len; i++)
        g_test_message ("%s", yt_import_problem_to_string (problems->pdata[i]));
      g_assert_no_error (error);
    }
  return g_bytes_ref (yt_data_import_get_xml (import));
}

static GArray *
companies_of (YtAtlas    *atlas,
              guint       site,
              YtLinkKind  kind)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (YtRef));

  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); i++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, i);

      if (link->kind == kind && link->to == YT_REF (YT_RECORD_SITE, site))
        g_array_append_val (ids, link->from);
    }
  return ids;
}

static void
assert_same_site (YtAtlas    *expected,
                  YtAtlas    *actual,
                  const char *id)
{
  guint a = yt_atlas_lookup_kind (expected, YT_RECORD_SITE, id);
  guint b = yt_atlas_lookup_kind (actual, YT_RECORD_SITE, id);
  const YtSite *sa, *sb;

  g_test_message ("site %s", id);
  g_assert_cmpuint (a, !=, YT_ATLAS_NONE);
  g_assert_cmpuint (b, !=, YT_ATLAS_NONE);
  sa = yt_atlas_get_site (expected, a);
  sb = yt_atlas_get_site (actual, b);
  g_assert_cmpint (sa->kind, ==, sb->kind);
  g_assert_cmpuint (sa->precision, ==, sb->precision);
  if (sa->precision != YT_PRECISION_NONE)
    {
      g_assert_cmpfloat_with_epsilon (sa->lat, sb->lat, 1e-7);
      g_assert_cmpfloat_with_epsilon (sa->lon, sb->lon, 1e-7);
    }
  g_assert_cmpuint (sa->announced, ==, sb->announced);
  g_assert_cmpuint (sa->opened, ==, sb->opened);
  g_assert_cmpuint (sa->closed, ==, sb->closed);
  g_assert_cmpstr (yt_atlas_str (expected, sa->code), ==, yt_atlas_str (actual, sb->code));
  g_assert_cmpstr (yt_atlas_get_id (expected, YT_REF (YT_RECORD_REGION, sa->region)), ==,
                   yt_atlas_get_id (actual, YT_REF (YT_RECORD_REGION, sb->region)));
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    g_assert_cmpstr (yt_atlas_get_name (expected, YT_REF (YT_RECORD_SITE, a), lang, NULL), ==,
                     yt_atlas_get_name (actual, YT_REF (YT_RECORD_SITE, b), lang, NULL));
  for (YtLinkKind kind = YT_LINK_OPERATOR; kind < YT_LINK_SPANS; kind++)
    {
      g_autoptr(GArray) ca = companies_of (expected, a, kind);
      g_autoptr(GArray) cb = companies_of (actual, b, kind);

      g_assert_cmpuint (ca->len, ==, cb->len);
      for (guint i = 0; i < ca->len; i++)
        g_assert_cmpstr (yt_atlas_get_id (expected, g_array_index (ca, YtRef, i)), ==,
                         yt_atlas_get_id (actual, g_array_index (cb, YtRef, i)));
    }
}

/* Export the bundled set plus five test sites, import the file against the
 * bundled set alone: the five come back as they were (names that look like
 * spreadsheet formulas too), the rest is matched. */
static void
test_round_trip (Fixture *f, gconstpointer data)
{
  YtDataFormat format = GPOINTER_TO_INT (data);
  g_autoptr(YtAtlas) original = test_load_atlas ("roundtrip.xml", NULL);
  g_autoptr(YtAtlas) reference = bundled ();
  g_autoptr(YtDataExport) export = yt_data_export_new (original);
  g_autoptr(GBytes) file = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(YtAtlas) reloaded = NULL;
  g_autoptr(YtDataImport) again = yt_data_import_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strconcat ("roundtrip.", yt_data_format_to_extension (format), NULL);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  static const char * const ids[] = { "rt-guian-dc", "rt-nairobi-region", "rt-unlocated-park", "rt-sao-paulo",
                                      "rt-formula" };

  yt_data_export_set_language (export, YT_LANG_ZH);
  file = yt_data_export_to_bytes (export, format, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (file, NULL), (gssize) g_bytes_get_size (file), NULL));

  xml = import_bytes (path, reference, NULL);
  reloaded = load_with (xml);
  g_assert_cmpuint (yt_atlas_get_n_records (reloaded, YT_RECORD_SITE), ==,
                    yt_atlas_get_n_records (original, YT_RECORD_SITE));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    assert_same_site (original, reloaded, ids[i]);

  /* Against an atlas that has them, every row is recognised. */
  g_assert_true (yt_data_import_read_file (again, path, NULL));
  yt_data_import_set_reference (again, original, NULL);
  g_assert_false (yt_data_import_convert (again, NULL, &error));
  g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_NOTHING_NEW);
  g_assert_cmpuint (yt_data_import_get_n_matched (again), ==, yt_atlas_get_n_records (original, YT_RECORD_SITE));
  g_assert_cmpuint (yt_data_import_get_n_new (again), ==, 0);
}

static char *
run_import (Fixture    *f,
            const char *language,
            const char *fixture,
            int         expected_status,
            char      **err,
            ...)
{
  g_autofree char *in = test_fixture_path (fixture);
  char *out = g_build_filename (f->dir, "out.xml", NULL);
  g_autofree char *in_arg = g_strconcat ("--import=", in, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", out, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(TestRun) run = { 0 };
  va_list ap;

  g_unlink (out);
  g_ptr_array_add (argv, (char *) g_getenv ("YUNTU_BINARY"));
  g_ptr_array_add (argv, in_arg);
  g_ptr_array_add (argv, out_arg);
  va_start (ap, err);
  for (const char *a = va_arg (ap, const char *); a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  test_run (&run, language, (const char * const *) argv->pdata);
  if (run.status != expected_status)
    g_error ("exit %d, expected %d:\n%s%s", run.status, expected_status, run.out, run.err);
  if (err != NULL)
    *err = g_steal_pointer (&run.err);
  return out;
}

static void
assert_validates (const char *path)
{
  g_auto(TestRun) run = { 0 };

  test_run_yuntu (&run, "en", "--validate", path, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
test_libreoffice_semicolons (Fixture *f, gconstpointer data)
{
  g_autofree char *err = NULL;
  g_autofree char *out = run_import (f, "en", "libreoffice-semicolon.csv", 0, &err, NULL);
  g_autofree char *xml = read_text (out);

  /* Chinese headers, decimal commas, a date as LibreOffice shows it. */
  g_assert_nonnull (strstr (xml, "kind=\"data-centre\" region=\"CN-GZ\" opened=\"2018-05-25\""));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"zh\">七星测试数据中心</name>"));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"en\" basis=\"latin\">七星测试数据中心</name>"));
  g_assert_nonnull (strstr (xml, "lat=\"26.4105\" lon=\"106.5938\" precision=\"city\""));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"zh\">中卫测试云基地；一期</name>"));
  g_assert_nonnull (strstr (xml, "from=\"tencent-cloud\""));
  g_assert_nonnull (strstr (xml, "from=\"huawei-cloud\""));
  g_assert_nonnull (strstr (xml, "kind=\"park\" region=\"CN-NX\""));
  /* 贵安数据中心集群 is bundled: recognised, not added again. */
  g_assert_null (strstr (xml, "贵安数据中心集群"));
  g_assert_cmpuint (test_count_lines (xml, "    <site "), ==, 3);
  assert_validates (out);
}

static void
test_libreoffice_commas (Fixture *f, gconstpointer data)
{
  g_autofree char *out = run_import (f, "en", "libreoffice-comma.csv", 0, NULL, NULL);
  g_autofree char *xml = read_text (out);

  g_assert_nonnull (strstr (xml, "<name xml:lang=\"en\">Nairobi Test DC, Phase 1</name>"));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"zh\">内罗毕测试数据中心</name>"));
  g_assert_nonnull (strstr (xml, "kind=\"data-centre\" region=\"KE\" opened=\"2023-03\""));
  /* No country given: the point says Nigeria. Two operators. */
  g_assert_nonnull (strstr (xml, "kind=\"cloud-region\" region=\"NG\" opened=\"2024\""));
  g_assert_nonnull (strstr (xml, "from=\"alibaba-cloud\" to=\"libreoffice-comma-lagos-test-region\""));
  g_assert_nonnull (strstr (xml, "from=\"tencent-cloud\" to=\"libreoffice-comma-lagos-test-region\""));
  /* No position: listed, not drawn; the country by name. */
  g_assert_nonnull (strstr (xml, "<site id=\"libreoffice-comma-jakarta-test-park\" kind=\"park\" region=\"ID\""));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"zh\" basis=\"latin\">Jakarta Test Park</name>"));
  assert_validates (out);
}

/* What Excel writes on Chinese Windows: GB18030, no byte-order mark. */
static void
test_gb18030 (Fixture *f, gconstpointer data)
{
  g_autofree char *utf8_path = test_fixture_path ("libreoffice-semicolon.csv");
  g_autofree char *utf8 = read_text (utf8_path);
  g_autofree char *path = g_build_filename (f->dir, "excel.csv", NULL);
  gsize length = 0;
  g_autofree char *gb = g_convert (utf8 + 3, -1, "GB18030", "UTF-8", NULL, &length, NULL);
  g_autoptr(YtAtlas) reference = bundled ();
  g_autoptr(GBytes) xml = NULL;

  g_assert_nonnull (gb);
  g_assert_false (g_utf8_validate (gb, (gssize) length, NULL));
  g_assert_true (g_file_set_contents (path, gb, (gssize) length, NULL));
  xml = import_bytes (path, reference, NULL);
  g_assert_nonnull (strstr (g_bytes_get_data (xml, NULL), "乌兰察布测试数据中心"));
}

static void
test_google_earth (Fixture *f, gconstpointer data)
{
  g_autofree char *err = NULL;
  g_autofree char *out = run_import (f, "en", "google-earth.kml", 1, &err, NULL);
  g_autofree char *xml = NULL;

  /* No kind in the file: every placemark says so, by folder and feature;
   * the path is not a point. Nothing is written. */
  g_assert_nonnull (strstr (err, "google-earth.kml: layer “测试站点”, feature 1: There is no kind"));
  g_assert_nonnull (strstr (err, "google-earth.kml: layer “路线”, feature 1: The geometry is a line, not a point"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_free (out);
  g_free (err);

  out = run_import (f, "en", "google-earth.kml", 0, &err, "--default=kind=data-centre",
                    "--default=operator=腾讯云", "--default=precision=site", "--skip-bad-rows",
                    "--default=source-title=Field notes, Gansu and Almaty", "--default=source-grade=b", NULL);
  xml = read_text (out);
  g_assert_nonnull (strstr (err, "feature 1: The geometry is a line"));
  g_assert_nonnull (strstr (xml, "kind=\"data-centre\" region=\"CN-GS\""));
  g_assert_nonnull (strstr (xml, "kind=\"data-centre\" region=\"KZ\""));
  g_assert_nonnull (strstr (xml, "lat=\"35.7098\" lon=\"107.6431\" precision=\"site\""));
  g_assert_nonnull (strstr (xml, "<source id=\"src-google-earth\" kind=\"doc\" grade=\"B\">"));
  g_assert_nonnull (strstr (xml, "<title xml:lang=\"en\">Field notes, Gansu and Almaty</title>"));
  g_assert_cmpuint (test_count_lines (xml, "    <link kind=\"operator\" from=\"tencent-cloud\""), ==, 2);
  assert_validates (out);
}

/* Google Earth's KMZ of the same placemarks imports as its KML does. */
static void
test_google_earth_kmz (Fixture *f, gconstpointer data)
{
  const char *defaults[] = { "--default=kind=data-centre", "--default=operator=腾讯云", "--skip-bad-rows",
                             "--default=source-title=Field notes, Gansu and Almaty", NULL };
  g_autofree char *kml_err = NULL, *kmz_err = NULL, *kml_xml = NULL, *kmz_xml = NULL;
  g_autofree char *out = NULL;

  out = run_import (f, "en", "google-earth.kml", 0, &kml_err, defaults[0], defaults[1], defaults[2], defaults[3], NULL);
  kml_xml = read_text (out);
  g_free (out);
  out = run_import (f, "en", "google-earth.kmz", 0, &kmz_err, defaults[0], defaults[1], defaults[2], defaults[3], NULL);
  kmz_xml = read_text (out);
  g_assert_nonnull (strstr (kmz_err, "google-earth.kmz: layer “路线”, feature 1: The geometry is a line"));
  g_assert_nonnull (strstr (kmz_xml, "kind=\"data-centre\" region=\"KZ\""));
  g_assert_cmpstr (kmz_xml, ==, kml_xml);
  assert_validates (out);
}

static const char bad_csv[] =
  "id,name,kind,operator,region,lat,lon,opened\n"
  "ok-1,Good site,data-centre,Tencent Cloud,CN-GZ,26.6,106.7,2020\n"
  ",,data-centre,,CN-GZ,,,\n"
  "x2,Moon base,moon,,CN-GZ,,,\n"
  "x3,Far north,park,,CN-GZ,95,10,\n"
  "x4,Nobody's,park,Acme Clouds Inc,CN-GZ,,,\n"
  "x5,Nowhere,park,,Atlantis,,,\n"
  "x6,Whenever,park,,CN-GZ,,,sometime\n"
  "ok-1,Twice,park,,CN-GZ,,,\n"
  "alibaba-cloud,Clash,park,,CN-GZ,,,\n";

static void
test_problems (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "bad.csv", NULL);
  g_autofree char *out = g_build_filename (f->dir, "bad.xml", NULL);
  g_autofree char *in_arg = g_strconcat ("--import=", path, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", out, NULL);
  g_autofree char *xml = NULL;
  static const char * const expected[] = {
    "bad.csv: row 3, column “name”: There is no name: give an English or a Chinese name.\n",
    "bad.csv: row 4, column “kind”: “moon” is not a kind of site",
    "bad.csv: row 5, column “lat”: The latitude 95 is out of range (−90 to 90).\n",
    "bad.csv: row 6, column “operator”: No company in the atlas is called “Acme Clouds Inc”.\n",
    "bad.csv: row 7, column “region”: No province or country in the atlas is called “Atlantis”.\n",
    "bad.csv: row 8, column “opened”: “sometime” is not a date",
    "bad.csv: row 9, column “id”: The id “ok-1” is used twice in this file.\n",
    "bad.csv: row 10, column “id”: The id “alibaba-cloud” is already used by another record in the atlas.\n",
  };

  g_assert_true (g_file_set_contents (path, bad_csv, -1, NULL));
  {
    g_auto(TestRun) run = { 0 };

    test_run_yuntu (&run, "en", in_arg, out_arg, NULL);
    g_assert_cmpint (run.status, ==, 1);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      if (strstr (run.err, expected[i]) == NULL)
        g_error ("missing “%s” in:\n%s", expected[i], run.err);
    g_assert_nonnull (strstr (run.err, "yuntu: “bad.csv” has 8 problems: nothing was imported.\n"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    /* The same in Chinese. */
    g_auto(TestRun) run = { 0 };

    test_run_yuntu (&run, "zh_CN", in_arg, out_arg, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "bad.csv：第 5 行，“lat”列：纬度 95 超出范围（−90 至 90）。\n"));
    g_assert_null (strstr (run.err, "out of range"));
  }
  {
    /* Skipping the bad rows writes the good one. */
    g_auto(TestRun) run = { 0 };

    test_run_yuntu (&run, "en", in_arg, out_arg, "--skip-bad-rows", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "1 new site written"));
    g_assert_nonnull (strstr (run.out, "8 rows with problems left out"));
    xml = read_text (out);
    g_assert_cmpuint (test_count_lines (xml, "    <site "), ==, 1);
    g_assert_nonnull (strstr (xml, "<site id=\"ok-1\""));
  }
}

static void
test_mapping (Fixture *f, gconstpointer data)
{
  static const char * const headers[] = { "Site", "Type", "Firm", "Y", "X", "中文名称", "省份", "备注", NULL };
  g_autoptr(YtImportMapping) mapping = yt_import_mapping_new (headers);
  g_autoptr(GError) error = NULL;
  YtImportField field;

  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_NAME), ==, NULL);
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_KIND), ==, "Type");
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_LAT), ==, "Y");
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_LON), ==, "X");
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_NAME_ZH), ==, "中文名称");
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_REGION), ==, "省份");
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_OPERATOR), ==, NULL);

  g_assert_true (yt_import_mapping_parse_map (mapping, "name=Site", &error));
  g_assert_true (yt_import_mapping_parse_map (mapping, "operator=Firm", &error));
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_NAME), ==, "Site");
  g_assert_true (yt_import_mapping_parse_map (mapping, "kind=", &error));
  g_assert_cmpstr (yt_import_mapping_get_column (mapping, YT_IMPORT_FIELD_KIND), ==, NULL);
  g_assert_true (yt_import_mapping_parse_default (mapping, "kind=data-centre", &error));
  g_assert_cmpstr (yt_import_mapping_get_default (mapping, YT_IMPORT_FIELD_KIND), ==, "data-centre");
  g_assert_true (yt_import_mapping_parse_default (mapping, "source-url=https://example.org/list", &error));
  g_assert_cmpstr (yt_import_mapping_get_source (mapping, YT_IMPORT_SOURCE_URL), ==, "https://example.org/list");
  g_assert_no_error (error);

  g_assert_false (yt_import_mapping_parse_map (mapping, "colour=Site", &error));
  g_assert_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE);
  g_clear_error (&error);
  g_assert_false (yt_import_mapping_parse_map (mapping, "name=Nope", &error));
  g_assert_nonnull (strstr (error->message, "“Nope”"));
  g_clear_error (&error);
  g_assert_false (yt_import_mapping_parse_default (mapping, "lat=30", &error));
  g_clear_error (&error);
  g_assert_false (yt_import_mapping_parse_map (mapping, "name", &error));
  g_clear_error (&error);

  for (guint i = 0; i < YT_N_IMPORT_FIELDS; i++)
    {
      g_assert_true (yt_import_field_from_string (yt_import_field_to_string (i), &field));
      g_assert_cmpuint (field, ==, i);
    }
}

/* Columns named otherwise, mapped on the command line. */
static void
test_command_line_mapping (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "odd.csv", NULL);
  g_autofree char *out = g_build_filename (f->dir, "odd.xml", NULL);
  g_autofree char *in_arg = g_strconcat ("--import=", path, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", out, NULL);
  g_autofree char *xml = NULL;
  g_auto(TestRun) run = { 0 };
  g_auto(TestRun) bad = { 0 };

  g_assert_true (g_file_set_contents (path, "Site,Firm,Northing,Easting\nOdd test site,华为云,1.35,103.82\n", -1, NULL));
  test_run_yuntu (&run, "en", in_arg, out_arg, "--map=name=Site", "--map=operator=Firm", "--map=lat=Northing",
                  "--map=lon=Easting", "--default=kind=data-centre", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  xml = read_text (out);
  g_assert_nonnull (strstr (xml, "kind=\"data-centre\" region=\"SG\""));
  g_assert_nonnull (strstr (xml, "from=\"huawei-cloud\""));

  test_run_yuntu (&bad, "en", in_arg, out_arg, "--map=colour=Site", NULL);
  g_assert_cmpint (bad.status, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, data) g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/data-import/round-trip/csv", test_round_trip, GINT_TO_POINTER (YT_DATA_FORMAT_CSV));
  ADD ("/data-import/round-trip/geojson", test_round_trip, GINT_TO_POINTER (YT_DATA_FORMAT_GEOJSON));
  ADD ("/data-import/round-trip/gpkg", test_round_trip, GINT_TO_POINTER (YT_DATA_FORMAT_GPKG));
  ADD ("/data-import/round-trip/kml", test_round_trip, GINT_TO_POINTER (YT_DATA_FORMAT_KML));
  ADD ("/data-import/libreoffice/semicolons", test_libreoffice_semicolons, NULL);
  ADD ("/data-import/libreoffice/commas", test_libreoffice_commas, NULL);
  ADD ("/data-import/gb18030", test_gb18030, NULL);
  ADD ("/data-import/google-earth", test_google_earth, NULL);
  ADD ("/data-import/google-earth-kmz", test_google_earth_kmz, NULL);
  ADD ("/data-import/problems", test_problems, NULL);
  ADD ("/data-import/mapping", test_mapping, NULL);
  ADD ("/data-import/command-line-mapping", test_command_line_mapping, NULL);
#undef ADD
  return g_test_run ();
}
