/* test-report-reader.c: the report as a reader and a PDF checker see it
 *
 * A program of its own beside test-report, so that each keeps within its
 * time limit under the sanitizers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-report.h"

/* tests/test-report-pdf.c */
void test_pdf_valid (void);
void test_pdf_information (void);
/* tests/test-report-text.c */
void test_readers_words (void);
void test_source_count (void);
void test_belt_and_road_finding (void);
void test_page_fill (void);
void test_pinyin_order (void);
void test_chinese_breaks (void);

static void
add_tests (void)
{
  g_test_add_func ("/report-reader/pdf-valid", test_pdf_valid);
  g_test_add_func ("/report-reader/pdf-information", test_pdf_information);
  g_test_add_func ("/report-reader/readers-words", test_readers_words);
  g_test_add_func ("/report-reader/source-count", test_source_count);
  g_test_add_func ("/report-reader/belt-and-road-finding", test_belt_and_road_finding);
  g_test_add_func ("/report-reader/page-fill", test_page_fill);
  g_test_add_func ("/report-reader/pinyin-order", test_pinyin_order);
  g_test_add_func ("/report-reader/chinese-breaks", test_chinese_breaks);
}

int
main (int   argc,
      char *argv[])
{
  return report_test_main (argc, argv, add_tests);
}
