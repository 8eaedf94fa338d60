/* test-report.c: the PDF report: pages, outline, text, fonts, determinism, atomic write, looks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE /* memmem */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <yuntu/yuntu.h>

#include "yt-atomic-file-private.h"
#include "yt-report-private.h"
#include "test-report.h"

static char *
pdf_text (const char *path)
{
  return run_tool ((const char *const[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
}

static void
test_pages_and_order (void)
{
  g_autoptr(YtReport) report = yt_report_new (atlas, NULL);
  g_autofree char *path = export (YT_LANG_EN, YT_PAPER_A4, "order.pdf");
  g_autofree char *text = NULL;
  const char *sections[] = { "Contents", "Executive summary", "Map: China", "Map: Belt and Road",
                             "Computing hubs and data-centre clusters", "Belt and Road sites",
                             "Company profiles", "Notes on data and boundaries", "Glossary",
                             "How to cite", "Sources" };
  const char *last;
  double w, h;

  g_assert_cmpuint (yt_report_get_n_pages (report), >=, 10);
  /* Front matter in roman numerals, however long the contents, then 1. */
  {
    static const char *const roman[] = { "i", "ii", "iii", "iv", "v", "vi" };
    guint p = 0;

    while (p < G_N_ELEMENTS (roman) && g_strcmp0 (yt_report_get_page_label (report, p), roman[p]) == 0)
      p++;
    g_assert_cmpuint (p, >=, 2);
    g_assert_cmpstr (yt_report_get_page_label (report, p), ==, "1");
  }
  yt_report_get_page_size (report, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.276, 0.01);

  if ((text = pdf_text (path)) == NULL)
    return;
  /* Each section title appears after the previous one, past the contents page. */
  last = strstr (text, "Executive summary");
  g_assert_nonnull (last);
  last = strstr (last + 1, "Executive summary");
  g_assert_nonnull (last);
  for (guint i = 2; i < G_N_ELEMENTS (sections); i++)
    {
      const char *at = strstr (last, sections[i]);

      g_assert_nonnull (at);
      last = at;
    }
  g_assert_nonnull (strstr (text, sections[0]));
  g_assert_nonnull (strstr (text, "Page 3 of"));
}

static void
test_letter (void)
{
  g_autofree char *path = export (YT_LANG_EN, YT_PAPER_LETTER, "letter.pdf");
  g_autofree char *info = run_tool ((const char *const[]) { "pdfinfo", path, NULL });

  if (info != NULL)
    g_assert_nonnull (strstr (info, "612 x 792 pts (letter)"));
}

static void
check_text (YtLang       lang,
            const char  *name,
            const char **needles)
{
  g_autofree char *path = export (lang, YT_PAPER_A4, name);
  g_autofree char *text = pdf_text (path);

  if (text == NULL)
    return;
  for (guint i = 0; needles[i] != NULL; i++)
    if (strstr (text, needles[i]) == NULL)
      g_error ("%s: “%s” not found in the extracted text", name, needles[i]);
}

static void
test_text_en (void)
{
  const char *needles[] = { "Contents", "Alibaba Cloud", "Huawei Cloud", "20 billion yuan",
                            "Boundaries are illustrative", "Page 1 of", NULL };

  check_text (YT_LANG_EN, "text-en.pdf", needles);
}

static void
test_text_zh (void)
{
  const char *needles[] = { "阿里云", "华为云", "200亿元", "京津冀枢纽", NULL };
  const char *chrome[] = { "目录", "第 1 页，共", NULL };

  check_text (YT_LANG_ZH, "text-zh.pdf", needles);
  /* The report's own words come from the zh_CN catalogue of the build tree. */
  if (!yt_catalog_has_translations () || g_str_equal (YT_R_ (YT_LANG_ZH, "Contents"), "Contents"))
    {
      g_test_incomplete ("the zh_CN catalogue has no report strings yet");
      return;
    }
  check_text (YT_LANG_ZH, "text-zh2.pdf", chrome);
}

static void
test_fonts_embedded (void)
{
  g_autofree char *path = export (YT_LANG_ZH, YT_PAPER_A4, "fonts.pdf");
  g_autofree char *fonts = run_tool ((const char *const[]) { "pdffonts", path, NULL });
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  if (fonts == NULL)
    return;
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = NULL;
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      guint n_cols;

      if (*lines[i] == '\0')
        continue;
      /* name type… encoding emb sub uni object ID: emb and sub are 5th and 4th from the end. */
      cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      for (guint c = 0; cols[c] != NULL; c++)
        if (*cols[c] != '\0')
          g_ptr_array_add (words, cols[c]);
      n_cols = words->len;
      g_assert_cmpuint (n_cols, >=, 6);
      if (g_strcmp0 (words->pdata[n_cols - 5], "yes") != 0 || g_strcmp0 (words->pdata[n_cols - 4], "yes") != 0)
        g_error ("font not embedded and subset: %s", lines[i]);
      n++;
    }
  g_assert_cmpuint (n, >=, 1);
}

/* PDF streams hold NUL bytes, where g_strstr_len() would stop. */
static const char *
find (const char *data,
      gsize       length,
      const char *needle)
{
  return memmem (data, length, needle, strlen (needle));
}

/* Outline titles are literal strings when ASCII, UTF-16BE hex strings
 * otherwise, in uncompressed objects. */
static char *
decode_hex_title (const char *hex,
                  const char *end)
{
  g_autoptr(GByteArray) utf16 = g_byte_array_new ();

  for (const char *h = hex; h + 1 < end; h += 2)
    {
      guint8 byte = (guint8) (g_ascii_xdigit_value (h[0]) * 16 + g_ascii_xdigit_value (h[1]));

      g_byte_array_append (utf16, &byte, 1);
    }
  return g_convert ((const char *) utf16->data, utf16->len, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
}

static GPtrArray *
outline_titles (const char *pdf,
                gsize       length)
{
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);
  const char *p = pdf;

  /* Cairo writes the items before the /Outlines root: scan everything (the
   * document information's /Title comes along, harmlessly). */
  while ((p = find (p, length - (p - pdf), "/Title ")) != NULL)
    {
      const char *end;

      p += 7;
      if (g_str_has_prefix (p, "<FEFF"))
        {
          end = strchr (p, '>');
          g_assert_nonnull (end);
          g_ptr_array_add (titles, decode_hex_title (p + 5, end));
        }
      else if (*p == '(')
        {
          end = strchr (p, ')');
          g_assert_nonnull (end);
          g_ptr_array_add (titles, g_strndup (p + 1, end - p - 1));
        }
    }
  return titles;
}

static gboolean
has_title (GPtrArray  *titles,
           const char *title)
{
  for (guint i = 0; i < titles->len; i++)
    if (g_strcmp0 (g_ptr_array_index (titles, i), title) == 0)
      return TRUE;
  return FALSE;
}

static void
test_structure (void)
{
  g_autofree char *path = export (YT_LANG_EN, YT_PAPER_A4, "structure.pdf");
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  gsize length;

  if ((pdf = read_pdf_expanded (path, &length)) == NULL)
    return;
  titles = outline_titles (pdf, length);
  for (guint i = 0; i < titles->len; i++)
    g_test_message ("outline: %s", (const char *) g_ptr_array_index (titles, i));
  g_assert_true (has_title (titles, "Contents"));
  g_assert_true (has_title (titles, "Executive summary"));
  g_assert_true (has_title (titles, "Company profiles"));
  g_assert_true (has_title (titles, "Alibaba Cloud"));
  g_assert_true (has_title (titles, "Sources"));
  g_assert_nonnull (find (pdf, length, "/Type /Outlines"));
  g_assert_nonnull (find (pdf, length, "/PageLabels"));
  g_assert_nonnull (find (pdf, length, "/P (ii)"));
  /* Internal links (citations, contents) and external ones (sources). */
  g_assert_nonnull (find (pdf, length, "/Dest (ref-1)"));
  g_assert_nonnull (find (pdf, length, "/Dest (sec-profiles)"));
  g_assert_nonnull (find (pdf, length, "/URI (http"));
  g_assert_nonnull (find (pdf, length, "/Keywords"));
}

static void
test_deterministic (void)
{
  g_autofree char *a = export (YT_LANG_ZH, YT_PAPER_A4, "same-a.pdf");
  g_autofree char *b = export (YT_LANG_ZH, YT_PAPER_A4, "same-b.pdf");
  g_autofree char *da = NULL, *db = NULL, *dc = NULL;
  g_autofree char *c = NULL;
  gsize la, lb, lc;

  g_assert_true (g_file_get_contents (a, &da, &la, NULL));
  g_assert_true (g_file_get_contents (b, &db, &lb, NULL));
  g_assert_cmpmem (da, la, db, lb);

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  c = export (YT_LANG_ZH, YT_PAPER_A4, "same-c.pdf");
  g_unsetenv ("SOURCE_DATE_EPOCH");
  if ((dc = read_pdf_expanded (c, &lc)) == NULL)
    return;
  g_assert_nonnull (find (dc, lc, "(D:20231114221320Z)"));
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_atomic_full_disk (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "full", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(YtReport) report = yt_report_new (atlas, NULL);
  g_autoptr(GError) error = NULL;
  YtAtomicFile *file;
  int fd = open ("/dev/full", O_WRONLY);

  if (fd < 0)
    {
      g_test_skip ("no /dev/full");
      return;
    }
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  file = yt_atomic_file_open (path, &error);
  g_assert_no_error (error);
  _yt_atomic_file_replace_fd (file, fd);
  g_assert_false (yt_report_write_pdf (report, file, path, NULL, NULL, NULL, &error));
  g_assert_error (error, YT_FILE_ERROR, YT_FILE_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "disk is full"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

static void
test_atomic_missing_dir (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "no-such-dir", "report.pdf", NULL);
  FILE *err = tmpfile ();
  char message[512] = "";

  g_assert_cmpint (yt_report_export_main (atlas, path, NULL, err), ==, 3);
  rewind (err);
  g_assert_nonnull (fgets (message, sizeof message, err));
  g_assert_nonnull (strstr (message, "report.pdf"));
  fclose (err);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cancel (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "cancel.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(YtReport) report = yt_report_new (atlas, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (yt_report_export_pdf (report, path, cancellable, NULL, NULL, &error));
  g_assert_error (error, YT_FILE_ERROR, YT_FILE_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious");
}

static void
test_scope_company (void)
{
  guint company = yt_atlas_lookup_kind (atlas, YT_RECORD_COMPANY, "huawei-cloud");
  YtReportOptions options;
  g_autoptr(YtReport) all = yt_report_new (atlas, NULL);
  g_autoptr(YtReport) one = NULL;

  g_assert_cmpuint (company, !=, YT_ATLAS_NONE);
  yt_report_options_init (&options);
  options.scope = YT_REPORT_SCOPE_COMPANY;
  options.company = company;
  options.sections = YT_REPORT_SECTION_ALL & ~YT_REPORT_SECTION_MAPS;
  one = yt_report_new (atlas, &options);
  g_assert_cmpuint (yt_report_get_n_pages (one), <, yt_report_get_n_pages (all));
}

/* tests/test-report-images.c */
void test_reference_images (void);

static void
add_tests (void)
{
  g_test_add_func ("/report/pages-and-order", test_pages_and_order);
  g_test_add_func ("/report/letter", test_letter);
  g_test_add_func ("/report/text-en", test_text_en);
  g_test_add_func ("/report/text-zh", test_text_zh);
  g_test_add_func ("/report/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/report/structure", test_structure);
  g_test_add_func ("/report/deterministic", test_deterministic);
  g_test_add_func ("/report/atomic-full-disk", test_atomic_full_disk);
  g_test_add_func ("/report/atomic-missing-dir", test_atomic_missing_dir);
  g_test_add_func ("/report/cancel", test_cancel);
  g_test_add_func ("/report/scope-company", test_scope_company);
  g_test_add_func ("/report/reference-images", test_reference_images);
}

int
main (int   argc,
      char *argv[])
{
  return report_test_main (argc, argv, add_tests);
}
