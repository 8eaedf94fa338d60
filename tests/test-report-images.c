/* test-report-images.c: report pages against reference images, with a tolerance
 *
 * Pages are rasterised by pdftoppm at low resolution, so the comparison sees
 * the layout (positions, wrapping, tables, charts) rather than antialiasing.
 * Map pages are left out: they belong to the map renderer's own tests.
 * The pages compared are the cover, the contents, the executive summary and
 * the first company profiles page: a data change shows here too, and then the
 * references must be regenerated after looking at the new pages.
 * Set YUNTU_UPDATE_REFERENCES=1 to write new references after checking them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-image.h"
#include <glib/gstdio.h>

#include "test-report.h"

#define CHANNEL_TOLERANCE 64
#define MAX_BAD_FRACTION  0.004

void test_reference_images (void);

static char *
rasterise (const char *pdf,
           guint       page,
           const char *prefix)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  g_autofree char *out = run_tool ((const char *const[]) { "pdftoppm", "-r", "30", "-png", "-singlefile",
                                                           "-f", number, "-l", number, pdf, prefix,
                                                           NULL });

  return out != NULL ? g_strconcat (prefix, ".png", NULL) : NULL;
}

static void
compare_page (const char *pdf,
              const char *lang,
              guint       page)
{
  g_autofree char *name = g_strdup_printf ("report-%s-%u", lang, page);
  g_autofree char *prefix = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *png = rasterise (pdf, page, prefix);
  g_autofree char *ref_name = g_strconcat (name, ".png", NULL);
  g_autofree char *reference = g_test_build_filename (G_TEST_DIST, "reference", ref_name, NULL);
  cairo_surface_t *actual, *expected, *diff;
  guint bad, total;

  if (png == NULL)
    return;
  if (g_getenv ("YUNTU_UPDATE_REFERENCES") != NULL)
    {
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (png, &data, &length, NULL));
      g_assert_true (g_file_set_contents (reference, data, length, NULL));
      return;
    }
  if (!g_file_test (reference, G_FILE_TEST_EXISTS))
    {
      g_test_skip_printf ("no reference image %s", reference);
      return;
    }
  actual = cairo_image_surface_create_from_png (png);
  expected = cairo_image_surface_create_from_png (reference);
  g_assert_cmpint (cairo_surface_status (actual), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (actual), ==, cairo_image_surface_get_width (expected));
  g_assert_cmpint (cairo_image_surface_get_height (actual), ==, cairo_image_surface_get_height (expected));
  diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, cairo_image_surface_get_width (actual),
                                     cairo_image_surface_get_height (actual));
  cairo_surface_flush (actual);
  cairo_surface_flush (expected);
  bad = test_image_count_differences (actual, expected, diff, CHANNEL_TOLERANCE);
  total = (guint) (cairo_image_surface_get_width (actual) * cairo_image_surface_get_height (actual));
  if (bad > total * MAX_BAD_FRACTION)
    {
      g_autofree char *diff_name = g_strconcat (name, "-diff.png", NULL);
      g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);

      cairo_surface_write_to_png (diff, diff_path);
      g_test_fail_printf ("%s differs from its reference in %u of %u pixels; see %s",
                          name, bad, total, diff_path);
    }
  cairo_surface_destroy (diff);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

void
test_reference_images (void)
{
  static const guint pages[] = { 1, 2, 3, 7 };
  g_autofree char *en = export (YT_LANG_EN, YT_PAPER_A4, "images-en.pdf");
  g_autofree char *zh = export (YT_LANG_ZH, YT_PAPER_A4, "images-zh.pdf");

  /* The Chinese references show the report's own words translated: without
   * them in the build tree's catalogue, those pages cannot match. */
  gboolean zh_ready = !g_str_equal (yt_catalog_gettext (YT_LANG_ZH, "Contents"), "Contents");

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      compare_page (en, "en", pages[i]);
      if (zh_ready)
        compare_page (zh, "zh", pages[i]);
    }
  if (!zh_ready)
    g_test_incomplete ("the zh_CN catalogue has no report strings yet: Chinese pages not compared");
}
