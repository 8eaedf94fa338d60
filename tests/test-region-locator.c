/* test-region-locator.c: which province or country holds a point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <yuntu/yuntu.h>

static void
test_find (void)
{
  static const struct { double lon, lat; const char *code; } places[] = {
    { 106.63, 26.65, "CN-GZ" },     /* Guiyang */
    { 116.40, 39.90, "CN-BJ" },     /* Beijing */
    { 114.17, 22.32, "CN-HK" },     /* Kowloon */
    { 113.54, 22.19, "CN-MO" },     /* Macao */
    { 121.56, 25.04, "CN-TW" },     /* Taipei: the China file first */
    { 105.25, 37.50, "CN-NX" },     /* Zhongwei */
    { 36.82, -1.29, "KE" },         /* Nairobi */
    { -46.63, -23.55, "BR" },       /* São Paulo */
    { -157.86, 21.31, "US" },       /* Honolulu, west of the world file's cut */
    { 103.82, 1.35, "SG" },
    { 27.48, -29.31, "LS" },        /* Maseru, inside South Africa's outline */
    { 12.45, 41.90, "VA" },         /* Vatican City, inside Rome */
  };
  g_autoptr(GError) error = NULL;
  YtRegionLocator *locator = yt_region_locator_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (locator);
  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_test_message ("%s", places[i].code);
      g_assert_cmpstr (yt_region_locator_find (locator, places[i].lon, places[i].lat), ==, places[i].code);
    }
}

static void
test_nowhere (void)
{
  YtRegionLocator *locator = yt_region_locator_get_default (NULL);

  g_assert_null (yt_region_locator_find (locator, -140.0, 0.0));   /* the Pacific */
  g_assert_null (yt_region_locator_find (locator, 65.0, -20.0));   /* the Indian Ocean */
  g_assert_null (yt_region_locator_find (locator, 200.0, 10.0));
  g_assert_null (yt_region_locator_find (locator, 10.0, 91.0));
  g_assert_null (yt_region_locator_find (locator, NAN, 10.0));
}

static void
test_anchor (void)
{
  YtRegionLocator *locator = yt_region_locator_get_default (NULL);
  double lon, lat;

  /* The label point lies inside the region it labels. */
  g_assert_true (yt_region_locator_get_anchor (locator, "CN-GS", &lon, &lat));
  g_assert_cmpstr (yt_region_locator_find (locator, lon, lat), ==, "CN-GS");
  g_assert_true (yt_region_locator_get_anchor (locator, "KZ", &lon, &lat));
  g_assert_cmpstr (yt_region_locator_find (locator, lon, lat), ==, "KZ");
  g_assert_false (yt_region_locator_get_anchor (locator, "XX", &lon, &lat));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/region-locator/find", test_find);
  g_test_add_func ("/region-locator/nowhere", test_nowhere);
  g_test_add_func ("/region-locator/anchor", test_anchor);
  return g_test_run ();
}
