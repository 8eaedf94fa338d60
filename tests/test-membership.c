/* test-membership.c: dated memberships, "as of" a year, the filter built on
 * them, corridors through sites and "spans" links
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/fixtures/atlas/memberships.xml loads on its own: Italy signed on
 * 23 March 2019 and left in December 2023, Panama signed in 2017 and left on
 * 6 February 2025, the Philippines left in 2020 and signed again in 2022,
 * France never signed.
 */
#include "config.h"

#include <string.h>

#include <yuntu/yuntu.h>
#include <yuntu/yt-atlas-loader.h>

static YtAtlas *atlas;

static guint
region (const char *id)
{
  guint index = yt_atlas_lookup_kind (atlas, YT_RECORD_REGION, id);

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  return index;
}

static guint
site (const char *id)
{
  guint index = yt_atlas_lookup_kind (atlas, YT_RECORD_SITE, id);

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  return index;
}

static gboolean
member (const char *id,
        int         year)
{
  return yt_membership_is_member (atlas, region (id), yt_membership_bri (atlas), year);
}

static void
test_record (void)
{
  guint index = yt_atlas_lookup_kind (atlas, YT_RECORD_MEMBERSHIP, "m-it");
  const YtMembership *m;
  YtTextInfo info;

  g_assert_cmpuint (index, !=, YT_ATLAS_NONE);
  m = yt_atlas_get_membership (atlas, index);
  g_assert_cmpuint (m->region, ==, region ("IT"));
  g_assert_cmpuint (m->initiative, ==, yt_membership_bri (atlas));
  g_assert_cmpuint (m->start, ==, 20190323);
  g_assert_cmpuint (m->end, ==, 20231200);
  g_assert_cmpint (m->start_basis, ==, YT_DATE_BASIS_STATED);
  g_assert_cmpint (m->end_basis, ==, YT_DATE_BASIS_APPROXIMATE);
  g_assert_cmpuint (m->head.n_sources, ==, 2);
  g_assert_cmpstr (yt_atlas_get_text (atlas, YT_REF (YT_RECORD_MEMBERSHIP, index), YT_TEXT_NOTE, YT_LANG_EN, &info),
                   ==, "Did not renew the memorandum.");
  g_assert_cmpint (YT_REF_KIND (yt_atlas_lookup (atlas, "m-pa")), ==, YT_RECORD_MEMBERSHIP);
}

/* As of a year means at any time during it. */
static void
test_as_of (void)
{
  g_assert_false (member ("IT", 2018));      /* before signing */
  g_assert_true (member ("IT", 2019));       /* the year it signed, in March */
  g_assert_true (member ("IT", 2021));       /* while a member */
  g_assert_true (member ("IT", 2023));       /* the year it left, in December */
  g_assert_false (member ("IT", 2024));      /* after leaving */
  g_assert_true (member ("PA", 2025));       /* left on 6 February 2025 */
  g_assert_false (member ("PA", 2026));
  g_assert_true (member ("PK", 2013));       /* only the year is known */
  g_assert_false (member ("PK", 2012));
  g_assert_true (member ("PH", 2020));       /* left in 2020 … */
  g_assert_false (member ("PH", 2021));
  g_assert_true (member ("PH", 2022));       /* … and signed again */
  g_assert_false (member ("FR", 2020));      /* never signed */
  g_assert_true (member ("IT-RM", 2020));    /* Rome lies in Italy */
  g_assert_false (member ("IT-RM", 2024));
  g_assert_cmpuint (yt_membership_find (atlas, region ("PH"), yt_membership_bri (atlas), 2023), ==,
                    yt_atlas_lookup_kind (atlas, YT_RECORD_MEMBERSHIP, "m-ph-2"));
  /* No initiative, no members. */
  g_assert_false (yt_membership_is_member (atlas, region ("IT"), YT_ATLAS_NONE, 2020));
}

static void
test_count_and_list (void)
{
  guint bri = yt_membership_bri (atlas);
  g_autoptr(GArray) ph = yt_membership_list (atlas, region ("PH"), bri);
  g_autoptr(GArray) fr = yt_membership_list (atlas, region ("FR"), YT_ATLAS_NONE);
  g_autofree guint8 *flags = yt_membership_flags (atlas, bri, 2020);

  g_assert_cmpuint (yt_membership_count (atlas, bri, 2012), ==, 0);
  g_assert_cmpuint (yt_membership_count (atlas, bri, 2015), ==, 1);   /* Pakistan */
  g_assert_cmpuint (yt_membership_count (atlas, bri, 2019), ==, 6);
  g_assert_cmpuint (yt_membership_count (atlas, bri, 2021), ==, 5);   /* the Philippines out */
  g_assert_cmpuint (yt_membership_count (atlas, bri, 2024), ==, 5);   /* Italy out, the Philippines back */
  g_assert_cmpuint (yt_membership_count (atlas, bri, 2026), ==, 4);   /* Panama out */

  g_assert_cmpuint (ph->len, ==, 2);
  g_assert_cmpstr (yt_atlas_get_id (atlas, YT_REF (YT_RECORD_MEMBERSHIP, g_array_index (ph, guint, 0))), ==, "m-ph-1");
  g_assert_cmpstr (yt_atlas_get_id (atlas, YT_REF (YT_RECORD_MEMBERSHIP, g_array_index (ph, guint, 1))), ==, "m-ph-2");
  g_assert_cmpuint (fr->len, ==, 0);

  g_assert_true (flags[region ("IT")] && flags[region ("IT-RM")] && flags[region ("GR")]);
  g_assert_false (flags[region ("FR")] || flags[region ("CN")] || flags[region ("CN-GZ")]);

  /* What a profile shows: the membership in force, else the last one, else the next. */
  g_assert_cmpstr (yt_atlas_get_id (atlas, YT_REF (YT_RECORD_MEMBERSHIP,
                                                   yt_membership_relevant (atlas, region ("PH"), bri, 2021))), ==, "m-ph-1");
  g_assert_cmpstr (yt_atlas_get_id (atlas, YT_REF (YT_RECORD_MEMBERSHIP,
                                                   yt_membership_relevant (atlas, region ("IT"), bri, 2015))), ==, "m-it");
  g_assert_cmpuint (yt_membership_relevant (atlas, region ("FR"), bri, 2020), ==, YT_ATLAS_NONE);
}

static void
test_describe (void)
{
  guint it = yt_atlas_lookup_kind (atlas, YT_RECORD_MEMBERSHIP, "m-it");
  guint gr = yt_atlas_lookup_kind (atlas, YT_RECORD_MEMBERSHIP, "m-gr");
  guint pk = yt_atlas_lookup_kind (atlas, YT_RECORD_MEMBERSHIP, "m-pk");
  g_autofree char *it_en = yt_membership_describe (atlas, it, YT_LANG_EN);
  g_autofree char *it_zh = yt_membership_describe (atlas, it, YT_LANG_ZH);
  g_autofree char *gr_en = yt_membership_describe (atlas, gr, YT_LANG_EN);
  g_autofree char *gr_zh = yt_membership_describe (atlas, gr, YT_LANG_ZH);
  g_autofree char *pk_en = yt_membership_describe (atlas, pk, YT_LANG_EN);

  g_assert_cmpstr (it_en, ==, "Signed 23 March 2019, left about December 2023");
  g_assert_cmpstr (gr_en, ==, "Signed 27 August 2018");
  g_assert_cmpstr (pk_en, ==, "Signed about 2013");
  if (!yt_catalog_has_translations ())
    {
      g_test_skip ("no Chinese catalogue");
      return;
    }
  g_assert_cmpstr (it_zh, ==, "2019年3月23日签署，约2023年12月退出");
  g_assert_cmpstr (gr_zh, ==, "2018年8月27日签署");
}

/* A signing the sources show only as done by a date counts from that date,
 * and says so. */
static void
test_signed_by (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(YtAtlas) bundled = NULL;
  g_autofree char *en = NULL;
  guint lk, m, bri;

  g_assert_true (yt_atlas_loader_add_bundled (loader));
  bundled = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert_nonnull (bundled);
  bri = yt_membership_bri (bundled);
  lk = yt_atlas_lookup_kind (bundled, YT_RECORD_REGION, "LK");
  m = yt_membership_relevant (bundled, lk, bri, 2026);
  g_assert_cmpuint (m, !=, YT_ATLAS_NONE);
  g_assert_cmpint (yt_atlas_get_membership (bundled, m)->start_basis, ==, YT_DATE_BASIS_BY);
  g_assert_false (yt_membership_is_member (bundled, lk, bri, 2022));
  g_assert_true (yt_membership_is_member (bundled, lk, bri, 2023));
  en = yt_membership_describe (bundled, m, YT_LANG_EN);
  g_assert_cmpstr (en, ==, "Signed by 2023");
  if (yt_catalog_has_translations ())
    {
      g_autofree char *zh = yt_membership_describe (bundled, m, YT_LANG_ZH);

      g_assert_cmpstr (zh, ==, "不晚于2023年签署");
    }
}

static gboolean
contains (const GArray *sites,
          guint         index)
{
  for (guint i = 0; i < sites->len; i++)
    if (g_array_index (sites, guint32, i) == index)
      return TRUE;
  return FALSE;
}

static void
test_query (void)
{
  g_autoptr(YtAtlasQuery) query = yt_atlas_query_new ();
  g_autoptr(GArray) in_2020 = NULL, in_2024 = NULL;

  yt_atlas_query_set_member_of (query, yt_membership_bri (atlas), 2020);
  in_2020 = yt_atlas_query_run (query, atlas);
  yt_atlas_query_set_member_of (query, yt_membership_bri (atlas), 2024);
  in_2024 = yt_atlas_query_run (query, atlas);
  g_assert_true (contains (in_2020, site ("dc-rome")));       /* in a province of Italy */
  g_assert_false (contains (in_2024, site ("dc-rome")));
  g_assert_true (contains (in_2024, site ("port-gwadar")));
  g_assert_false (contains (in_2020, site ("dc-paris")));
  g_assert_false (contains (in_2020, site ("hub-gz")));       /* China is not a member of its own initiative */
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The filter bar's "in Belt and Road countries", through the view state:
 * the list and the map both read its result. */
static void
test_view_state_filter (void)
{
  g_autoptr(YtViewState) state = yt_view_state_new ();
  guint notified = 0;
  guint all;

  yt_view_state_set_atlas (state, atlas);
  all = yt_view_state_get_n_filtered (state);
  g_signal_connect (state, "notify::filter-bri", G_CALLBACK (count_notify), &notified);
  yt_view_state_set_as_of_year (state, 2020);
  yt_view_state_set_filter_bri (state, TRUE);
  yt_view_state_set_filter_bri (state, TRUE);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (yt_view_state_get_filter_active (state));
  g_assert_cmpint (yt_view_state_get_membership_year (state), ==, 2020);
  g_assert_true (yt_view_state_site_is_visible (state, site ("dc-rome")));
  g_assert_false (yt_view_state_site_is_visible (state, site ("dc-paris")));
  /* The as-of year moves the filter with it. */
  yt_view_state_set_as_of_year (state, 2024);
  g_assert_false (yt_view_state_site_is_visible (state, site ("dc-rome")));
  g_assert_true (yt_view_state_site_is_visible (state, site ("port-piraeus")));
  /* Without a year, memberships are this year's. */
  yt_view_state_set_as_of_year (state, 0);
  g_assert_cmpint (yt_view_state_get_membership_year (state), ==, yt_membership_current_year ());
  g_assert_cmpint (yt_membership_current_year (), >=, 2024);
  g_assert_false (yt_view_state_site_is_visible (state, site ("dc-rome")));
  yt_view_state_reset_filter (state);
  g_assert_false (yt_view_state_get_filter_bri (state));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_cmpuint (yt_view_state_get_n_filtered (state), ==, all);
}

/* Membership dates widen the years the time control offers. */
static void
test_year_bounds (void)
{
  g_autoptr(YtViewState) state = yt_view_state_new ();
  int first, last;

  yt_view_state_set_atlas (state, atlas);
  yt_view_state_get_year_bounds (state, &first, &last);
  g_assert_cmpint (first, ==, 2013);
  g_assert_cmpint (last, ==, 2025);
}

static void
test_via_and_spans (void)
{
  guint corridor = yt_atlas_lookup_kind (atlas, YT_RECORD_CORRIDOR, "sea-route");
  const YtCorridor *c = yt_atlas_get_corridor (atlas, corridor);
  const YtRef *via = yt_atlas_get_indices (atlas, c->via);
  const YtLink *link = yt_atlas_get_link (atlas, 0);

  g_assert_cmpuint (c->n_via, ==, 5);
  g_assert_cmpuint (via[0], ==, YT_REF (YT_RECORD_REGION, region ("CN")));
  g_assert_cmpuint (via[1], ==, YT_REF (YT_RECORD_SITE, site ("port-gwadar")));
  g_assert_cmpuint (via[3], ==, YT_REF (YT_RECORD_SITE, site ("port-piraeus")));
  g_assert_cmpuint (via[4], ==, YT_REF (YT_RECORD_REGION, region ("IT")));
  g_assert_cmpstr (yt_atlas_get_text (atlas, YT_REF (YT_RECORD_CORRIDOR, corridor), YT_TEXT_NOTE, YT_LANG_EN, NULL),
                   ==, "Through two ports.");
  g_assert_cmpint (link->kind, ==, YT_LINK_SPANS);
  g_assert_cmpuint (link->from, ==, YT_REF (YT_RECORD_SITE, site ("hub-gz")));
  g_assert_cmpuint (link->to, ==, YT_REF (YT_RECORD_REGION, region ("CN-GZ")));
}

/* <via> may name regions and sites, nothing else. */
static void
test_via_wrong_kind (void)
{
  static const char text[] =
    "<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\">\n"
    "<sources><source id=\"S1\" kind=\"web\" grade=\"B\"><publisher xml:lang=\"en\">P</publisher>"
    "<publisher xml:lang=\"zh\">P</publisher><title xml:lang=\"en\">T</title><title xml:lang=\"zh\">T</title></source></sources>\n"
    "<corridors><corridor id=\"k\" kind=\"land\" sources=\"S1\"><name xml:lang=\"en\">K</name><name xml:lang=\"zh\">K</name>\n"
    "<via>S1 S1</via></corridor></corridors></atlas>\n";
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(YtAtlas) none = NULL;
  const YtAtlasProblem *p;

  yt_atlas_loader_add_bytes (loader, bytes, "via.xml");
  none = yt_atlas_loader_finish (loader, &problems, NULL);
  g_assert_null (none);
  g_assert_cmpuint (problems->len, ==, 2);
  p = problems->pdata[0];
  g_assert_cmpuint (p->line, ==, 3);
  g_assert_cmpuint (p->column, ==, 12);
  g_assert_nonnull (strstr (p->message, "<via> names “S1”, which is a source, not a region or site"));
}

int
main (int argc, char *argv[])
{
  g_autoptr(YtAtlasLoader) loader = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  path = g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", "memberships.xml", NULL);
  loader = yt_atlas_loader_new ();
  yt_atlas_loader_add_file (loader, path);
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", ((YtAtlasProblem *) problems->pdata[i])->message);
  g_assert_nonnull (atlas);

  g_test_add_func ("/membership/record", test_record);
  g_test_add_func ("/membership/as-of", test_as_of);
  g_test_add_func ("/membership/count-and-list", test_count_and_list);
  g_test_add_func ("/membership/describe", test_describe);
  g_test_add_func ("/membership/signed-by", test_signed_by);
  g_test_add_func ("/membership/query", test_query);
  g_test_add_func ("/membership/view-state-filter", test_view_state_filter);
  g_test_add_func ("/membership/year-bounds", test_year_bounds);
  g_test_add_func ("/membership/via-and-spans", test_via_and_spans);
  g_test_add_func ("/membership/via-wrong-kind", test_via_wrong_kind);
  status = g_test_run ();
  g_object_unref (atlas);
  return status;
}
