/* test-site-layer.c: cluster counts and collision-free labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <yuntu/yuntu.h>
#include <yuntu/yt-label-placer.h>
#include <yuntu/yt-site-layer.h>

static YtAtlas *
load_bundled (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;

  yt_atlas_loader_add_bundled (loader);
  atlas = yt_atlas_loader_finish (loader, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  return atlas;
}

/* A plate carrée at `scale` pixels per degree. */
static gboolean
project (double lon, double lat, double *x, double *y, gpointer data)
{
  double scale = *(double *) data;

  *x = (lon + 180) * scale;
  *y = (90 - lat) * scale;
  return TRUE;
}

static GArray *
all_sites (YtAtlas *atlas, guint *n_located)
{
  GArray *sites = g_array_new (FALSE, FALSE, sizeof (guint));

  *n_located = 0;
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); i++)
    {
      g_array_append_val (sites, i);
      if (yt_atlas_get_site (atlas, i)->precision != YT_PRECISION_NONE)
        (*n_located)++;
    }
  return sites;
}

static guint
count_members (YtSiteLayer *layer)
{
  guint total = 0;

  for (guint m = 0; m < yt_site_layer_get_n_marks (layer); m++)
    total += yt_site_layer_get_mark (layer, m)->n_members;
  return total;
}

static void
test_cluster_counts (void)
{
  g_autoptr(YtAtlas) atlas = load_bundled ();
  g_autoptr(YtSiteLayer) layer = yt_site_layer_new ();
  g_autoptr(GArray) sites = NULL;
  g_autoptr(GHashTable) points = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_located;
  double scale;

  sites = all_sites (atlas, &n_located);
  for (guint i = 0; i < sites->len; i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, i);

      if (site->precision != YT_PRECISION_NONE)
        g_hash_table_add (points, g_strdup_printf ("%.2f,%.2f", site->lat, site->lon));
    }

  /* Zoomed far in (coordinates have two decimals, so distinct points are at
   * least 0.01° = 50 px apart, well beyond the 20 px radius), only sites at
   * the very same point share a mark. */
  scale = 5000;
  yt_site_layer_update (layer, atlas, (guint *) sites->data, sites->len, project, &scale, 20);
  g_assert_cmpuint (yt_site_layer_get_n_marks (layer), ==, g_hash_table_size (points));
  g_assert_cmpuint (count_members (layer), ==, n_located);

  /* Zoomed out to a thumbnail, everything in China collapses into few marks, none lost. */
  scale = 0.5;
  yt_site_layer_update (layer, atlas, (guint *) sites->data, sites->len, project, &scale, 20);
  g_assert_cmpuint (yt_site_layer_get_n_marks (layer), <, g_hash_table_size (points));
  g_assert_cmpuint (count_members (layer), ==, n_located);
  for (guint m = 0; m < yt_site_layer_get_n_marks (layer); m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (layer, m);
      const guint *members = yt_site_layer_get_members (layer) + mark->first;

      /* Every member lies within the cluster distance of its mark. */
      for (guint k = 0; k < mark->n_members; k++)
        {
          const YtSite *site = yt_atlas_get_site (atlas, members[k]);
          double x, y;

          project (site->lon, site->lat, &x, &y, &scale);
          g_assert_cmpfloat (hypot (x - mark->x, y - mark->y), <, 20.0);
        }
    }
}

static void
test_hit (void)
{
  g_autoptr(YtAtlas) atlas = load_bundled ();
  g_autoptr(YtSiteLayer) layer = yt_site_layer_new ();
  g_autoptr(GArray) sites = NULL;
  const YtSiteMark *mark;
  guint n_located;
  double scale = 10;

  sites = all_sites (atlas, &n_located);
  yt_site_layer_update (layer, atlas, (guint *) sites->data, sites->len, project, &scale, 20);
  g_assert_cmpuint (yt_site_layer_get_n_marks (layer), >, 0);
  mark = yt_site_layer_get_mark (layer, 0);
  g_assert_cmpint (yt_site_layer_hit (layer, mark->x + 1, mark->y - 1), >=, 0);
  g_assert_cmpint (yt_site_layer_hit (layer, -500, -500), ==, -1);
}

static void
test_labels_never_overlap (void)
{
  g_autoptr(YtLabelPlacer) placer = yt_label_placer_new (800, 600);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GArray) obstacles = g_array_new (FALSE, FALSE, sizeof (YtBox));
  guint placed = 0;

  for (guint i = 0; i < 200; i++)
    {
      YtBox marker = { g_rand_double_range (rand, 0, 790), g_rand_double_range (rand, 0, 590), 10, 10 };

      yt_label_placer_add_obstacle (placer, &marker);
      g_array_append_val (obstacles, marker);
    }
  for (guint i = 0; i < 2000; i++)
    {
      double x = g_rand_double_range (rand, -50, 800), y = g_rand_double_range (rand, -20, 600);
      double w = g_rand_double_range (rand, 20, 120), h = 14;
      YtBox candidates[] = { { x + 8, y - h / 2, w, h }, { x - 8 - w, y - h / 2, w, h },
                             { x - w / 2, y - 8 - h, w, h }, { x - w / 2, y + 8, w, h } };

      if (yt_label_placer_place (placer, candidates, G_N_ELEMENTS (candidates)) >= 0)
        placed++;
    }
  g_assert_cmpuint (placed, ==, yt_label_placer_get_n_labels (placer));
  g_assert_cmpuint (placed, >, 50);
  for (guint i = 0; i < placed; i++)
    {
      const YtBox *a = yt_label_placer_get_label (placer, i);

      g_assert_cmpfloat (a->x, >=, 0);
      g_assert_cmpfloat (a->y + a->height, <=, 600);
      for (guint j = i + 1; j < placed; j++)
        g_assert_false (yt_box_intersects (a, yt_label_placer_get_label (placer, j)));
      for (guint j = 0; j < obstacles->len; j++)
        g_assert_false (yt_box_intersects (a, &g_array_index (obstacles, YtBox, j)));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/site-layer/cluster-counts", test_cluster_counts);
  g_test_add_func ("/site-layer/hit", test_hit);
  g_test_add_func ("/label-placer/never-overlap", test_labels_never_overlap);
  return g_test_run ();
}
