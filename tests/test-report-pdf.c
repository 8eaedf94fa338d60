/* test-report-pdf.c: every kind of PDF Yuntu writes is a valid, standard file
 *
 * qpdf --check must find nothing to warn about and mutool must open each file
 * without repairing it: reports in both languages on both papers, map PDFs of
 * both views, and a report drawn page by page onto a plain PDF surface, as
 * printing to a file does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include <string.h>
#include <cairo-pdf.h>

#include "test-report.h"

void test_pdf_valid (void);
void test_pdf_information (void);

/* Runs a checker; NULL (and the test skipped) when it is not installed. */
static char *
run_checker (const char *const *argv,
             int                *status)
{
  g_autofree char *found = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (found == NULL)
    {
      g_test_skip_printf ("%s is not installed", argv[0]);
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, status, &error);
  g_assert_no_error (error);
  return g_strconcat (out, err, NULL);
}

static void
check_valid (const char *path)
{
  int status = 0;
  g_autofree char *qpdf = run_checker ((const char *const[]) { "qpdf", "--check", path, NULL }, &status);
  g_autofree char *mutool = NULL;

  if (qpdf == NULL)
    return;
  if (!g_spawn_check_wait_status (status, NULL) || strstr (qpdf, "WARNING") != NULL ||
      strstr (qpdf, "No syntax or stream encoding errors found") == NULL)
    g_error ("qpdf --check %s:\n%s", path, qpdf);
  mutool = run_checker ((const char *const[]) { "mutool", "info", path, NULL }, &status);
  if (mutool == NULL)
    return;
  if (!g_spawn_check_wait_status (status, NULL) || strstr (mutool, "error") != NULL ||
      strstr (mutool, "warning") != NULL || strstr (mutool, "repair") != NULL)
    g_error ("mutool info %s:\n%s", path, mutool);
}

static char *
export_map (YtMapKind   kind,
            YtLang      lang,
            const char *name)
{
  g_autoptr(YtMapRenderer) renderer = yt_map_renderer_new (kind);
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  yt_map_renderer_set_language (renderer, lang);
  yt_map_renderer_set_atlas (renderer, atlas);
  g_assert_true (yt_map_export_to_file (renderer, path, YT_EXPORT_FORMAT_PDF, 800, 500, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* What GtkPrintOperation does when printing to a PDF file: each page drawn
 * onto Cairo's own PDF surface, with nothing added afterwards. */
static char *
print_to_file (YtLang      lang,
               const char *name)
{
  YtReportOptions options;
  g_autoptr(YtReport) report = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double w, h;

  yt_report_options_init (&options);
  options.lang = lang;
  report = yt_report_new (atlas, &options);
  yt_report_get_page_size (report, &w, &h);
  surface = cairo_pdf_surface_create (path, w, h);
  cr = cairo_create (surface);
  for (guint i = 0; i < yt_report_get_n_pages (report); i++)
    {
      yt_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_steal_pointer (&path);
}

void
test_pdf_valid (void)
{
  const struct { YtLang lang; YtPaper paper; const char *name; } reports[] = {
    { YT_LANG_EN, YT_PAPER_A4, "valid-en-a4.pdf" }, { YT_LANG_EN, YT_PAPER_LETTER, "valid-en-letter.pdf" },
    { YT_LANG_ZH, YT_PAPER_A4, "valid-zh-a4.pdf" }, { YT_LANG_ZH, YT_PAPER_LETTER, "valid-zh-letter.pdf" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *path = export (reports[i].lang, reports[i].paper, reports[i].name);

      check_valid (path);
    }
  for (guint lang = 0; lang < 2; lang++)
    {
      g_autofree char *china = export_map (YT_MAP_KIND_CHINA, lang ? YT_LANG_ZH : YT_LANG_EN, "valid-china.pdf");
      g_autofree char *world = export_map (YT_MAP_KIND_WORLD, lang ? YT_LANG_ZH : YT_LANG_EN, "valid-world.pdf");
      g_autofree char *printed = print_to_file (lang ? YT_LANG_ZH : YT_LANG_EN, "valid-printed.pdf");

      check_valid (china);
      check_valid (world);
      check_valid (printed);
    }
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *data = read_pdf_expanded (path, length);

  if (data == NULL)
    g_test_skip ("qpdf is needed to read the finished PDF");
  return data;
}

static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  return memmem (data, length, needle, strlen (needle)) != NULL;
}

/* Language, dates in PDF form, author only when given, title on maps, and
 * map PDFs as reproducible as the report under SOURCE_DATE_EPOCH. */
void
test_pdf_information (void)
{
  g_autofree char *en = export (YT_LANG_EN, YT_PAPER_A4, "info-en.pdf");
  g_autofree char *zh = export (YT_LANG_ZH, YT_PAPER_A4, "info-zh.pdf");
  g_autofree char *by = g_build_filename (tmp_dir, "info-by.pdf", NULL);
  g_autofree char *den = NULL, *dzh = NULL, *dby = NULL, *m1 = NULL, *m2 = NULL, *d1 = NULL, *d2 = NULL;
  gsize len, lzh, lby, l1, l2;

  if ((den = read_file (en, &len)) == NULL || (dzh = read_file (zh, &lzh)) == NULL)
    return;
  g_assert_true (contains (den, len, "/Lang (en-GB)"));
  g_assert_true (contains (dzh, lzh, "/Lang (zh-CN)"));
  g_assert_true (contains (den, len, "/CreationDate (D:"));
  g_assert_false (contains (den, len, "/Author"));
  g_assert_false (contains (den, len, "/StructParent"));
  {
    YtReportOptions options;

    yt_report_options_init (&options);
    options.author = "Jane Analyst";
    g_assert_cmpint (yt_report_export_main (atlas, by, &options, stderr), ==, 0);
  }
  dby = read_file (by, &lby);
  g_assert_true (contains (dby, lby, "/Author (Jane Analyst)"));

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  m1 = export_map (YT_MAP_KIND_CHINA, YT_LANG_EN, "info-map-1.pdf");
  m2 = export_map (YT_MAP_KIND_CHINA, YT_LANG_EN, "info-map-2.pdf");
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_true (g_file_get_contents (m1, &d1, &l1, NULL));
  g_assert_true (g_file_get_contents (m2, &d2, &l2, NULL));
  g_assert_cmpmem (d1, l1, d2, l2);
  g_clear_pointer (&d1, g_free);
  d1 = read_file (m1, &l1);
  g_assert_true (contains (d1, l1, "/CreationDate (D:20231114221320Z)"));
  g_assert_true (contains (d1, l1, "/Title (Computing hubs and cloud sites in China)"));
  g_assert_true (contains (d1, l1, "/Lang (en-GB)"));
}
