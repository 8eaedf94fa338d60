/* bench-map-view.c: per-frame cost of the map view during a scripted pan and zoom
 *
 * A frame is what GTK does for the map each frame: the widget's snapshot,
 * then drawing the node with Cairo (GSK_RENDERER=cairo).  The script pans in
 * small steps (the cached image translated), zooms in steps (the image
 * scaled), and settles (a full static render).  The bundled data and a
 * synthetic atlas of 100 k sites generated here run interleaved; each phase
 * reports the median and the 95th percentile of the minima over the
 * repetitions (PERFORMANCE.md: the machine is noisy).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>
#include <yuntu/yt-atlas-loader.h>

#include "yt-map-view.h"

#define WIDTH  1000
#define HEIGHT 700
#define REPS   7
#define N_PAN  40
#define N_ZOOM 12
#define N_FULL 4
#define N_SYNTHETIC 100000

typedef struct {
  const char  *name;
  YtAtlas     *atlas;
  GtkWidget   *window;
  YtMapView   *view;
  YtViewState *state;
  double       pan[N_PAN], zoom[N_ZOOM], full[N_FULL];   /* ms, minimum over reps */
} Run;

static void
synthetic_sites (GString *x,
                 guint    n)
{
  GRand *rand = g_rand_new_with_seed (42);

  g_string_append (x, "  <sites>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (x, "    <site id=\"s%u\" kind=\"data-centre\" region=\"CN-BJ\" sources=\"S0\">"
                            "<name xml:lang=\"en\">Site %u</name><name xml:lang=\"zh\">站点%u</name>"
                            "<location lat=\"%.4f\" lon=\"%.4f\" precision=\"city\" source=\"S0\"/></site>\n",
                            i, i, i, g_rand_double_range (rand, 20, 48), g_rand_double_range (rand, 78, 130));
  g_string_append (x, "  </sites>\n  <links>\n");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (x, "    <link kind=\"operator\" from=\"co%u\" to=\"s%u\" sources=\"S0\"/>\n", i % 20, i);
  g_string_append (x, "  </links>\n");
  g_rand_free (rand);
}

/* The same shape as tests/bench/gen-atlas.py, made in memory. */
static YtAtlas *
synthetic_atlas (guint n)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GString) x = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\">\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;

  g_string_append (x, "  <sources>\n    <source id=\"S0\" kind=\"web\" grade=\"B\" date=\"2024-01-01\" "
                   "url=\"https://example.org/0\"><publisher xml:lang=\"en\">P</publisher>"
                   "<publisher xml:lang=\"zh\" basis=\"translated\">出版者</publisher>"
                   "<title xml:lang=\"en\">R</title><title xml:lang=\"zh\" basis=\"translated\">报告</title>"
                   "</source>\n  </sources>\n  <regions>\n"
                   "    <region id=\"CN\" kind=\"country\" iso=\"CN\"><name xml:lang=\"en\">China</name>"
                   "<name xml:lang=\"zh\">中国</name></region>\n"
                   "    <region id=\"CN-BJ\" kind=\"province\" iso=\"CN-BJ\" parent=\"CN\">"
                   "<name xml:lang=\"en\">Beijing</name><name xml:lang=\"zh\">北京</name></region>\n"
                   "  </regions>\n  <companies>\n");
  for (guint c = 0; c < 20; c++)
    g_string_append_printf (x, "    <company id=\"co%u\" kind=\"cloud\" hq-region=\"CN-BJ\" sources=\"S0\">"
                            "<name xml:lang=\"en\">Company %u</name><name xml:lang=\"zh\">公司%u</name></company>\n",
                            c, c, c);
  g_string_append (x, "  </companies>\n");
  synthetic_sites (x, n);
  g_string_append (x, "</atlas>\n");
  bytes = g_string_free_to_bytes (g_steal_pointer (&x));
  yt_atlas_loader_add_bytes (loader, bytes, "synthetic.xml");
  atlas = yt_atlas_loader_finish (loader, NULL, &error);
  if (atlas == NULL)
    g_error ("synthetic atlas: %s", error->message);
  return atlas;
}

static YtAtlas *
bundled_atlas (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();

  yt_atlas_loader_add_bundled (loader);
  return yt_atlas_loader_finish (loader, NULL, NULL);
}

static void
open_view (Run *run)
{
  run->state = yt_view_state_new ();
  yt_view_state_set_atlas (run->state, run->atlas);
  run->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (run->window), WIDTH, HEIGHT);
  run->view = YT_MAP_VIEW (yt_map_view_new ());
  yt_map_view_set_view_state (run->view, run->state);
  gtk_window_set_child (GTK_WINDOW (run->window), GTK_WIDGET (run->view));
  gtk_window_present (GTK_WINDOW (run->window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (run->view)) || gtk_widget_get_width (GTK_WIDGET (run->view)) < 100)
    g_main_context_iteration (NULL, TRUE);
}

/* One frame: the snapshot and its drawing, in ms. */
static double
frame (YtMapView       *view,
       cairo_surface_t *target)
{
  gint64 start = g_get_monotonic_time ();
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  cairo_t *cr;

  GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  cr = cairo_create (target);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (target);
  gsk_render_node_unref (node);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
keep_min (double *slot,
          double  value,
          guint   rep)
{
  *slot = rep == 0 ? value : MIN (*slot, value);
}

/* Fit, pan east in 6 px steps, zoom in around a point in 1.15× steps, and
 * settle several times (a full static render each: the baseline). */
static void
script (Run  *run,
        guint rep)
{
  int w = gtk_widget_get_width (GTK_WIDGET (run->view)), h = gtk_widget_get_height (GTK_WIDGET (run->view));
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  gint64 start;

  gtk_widget_activate_action (GTK_WIDGET (run->view), "map.zoom-in", NULL);
  yt_map_view_settle (run->view);
  frame (run->view, target);
  for (guint i = 0; i < N_PAN; i++)
    {
      yt_map_view_pan_by (run->view, -6, i % 2 ? 1 : -1);
      keep_min (&run->pan[i], frame (run->view, target), rep);
    }
  for (guint i = 0; i < N_ZOOM; i++)
    {
      yt_map_view_zoom_at (run->view, 1.15, w * 0.6, h * 0.4);
      keep_min (&run->zoom[i], frame (run->view, target), rep);
    }
  for (guint i = 0; i < N_FULL; i++)
    {
      yt_map_view_pan_by (run->view, 1, 0);
      start = g_get_monotonic_time ();
      yt_map_view_settle (run->view);
      frame (run->view, target);
      keep_min (&run->full[i], (g_get_monotonic_time () - start) / 1000.0, rep);
    }
  gtk_widget_activate_action (GTK_WIDGET (run->view), "map.zoom-fit", NULL);
  yt_map_view_settle (run->view);
  cairo_surface_destroy (target);
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
percentile (const double *values,
            guint         n,
            double        p)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare_double);
  return sorted[MIN (n - 1, (guint) (p * (n - 1) + 0.5))];
}

static void
report_phase (const char   *run,
              const char   *phase,
              const double *ms,
              guint         n)
{
  g_print ("%-9s %-5s frames (ms):", run, phase);
  for (guint i = 0; i < n; i++)
    g_print (" %.2f", ms[i]);
  g_print ("\n%-9s %-5s median %.2f ms  p95 %.2f ms\n", run, phase,
           percentile (ms, n, 0.5), percentile (ms, n, 0.95));
}

int
main (int argc, char *argv[])
{
  Run runs[2] = { { .name = "bundled" }, { .name = "100k" } };
  double all[2][N_PAN + N_ZOOM];

  gtk_init ();
  runs[0].atlas = bundled_atlas ();
  runs[1].atlas = synthetic_atlas (N_SYNTHETIC);
  for (guint r = 0; r < 2; r++)
    {
      open_view (&runs[r]);
      script (&runs[r], 0);   /* warm-up, discarded */
    }
  for (guint rep = 0; rep < REPS; rep++)
    for (guint r = 0; r < 2; r++)   /* interleaved: A B A B … */
      script (&runs[r], rep);

  for (guint r = 0; r < 2; r++)
    {
      report_phase (runs[r].name, "pan", runs[r].pan, N_PAN);
      report_phase (runs[r].name, "zoom", runs[r].zoom, N_ZOOM);
      report_phase (runs[r].name, "full", runs[r].full, N_FULL);
      memcpy (all[r], runs[r].pan, sizeof runs[r].pan);
      memcpy (all[r] + N_PAN, runs[r].zoom, sizeof runs[r].zoom);
      g_print ("%-9s pan median / full re-render median: %.3f (goal ≤ 0.25)\n", runs[r].name,
               percentile (runs[r].pan, N_PAN, 0.5) / percentile (runs[r].full, N_FULL, 0.5));
    }
  g_print ("p95 of pan and zoom frames, 100k / bundled: %.2f (goal ≤ 2)\n",
           percentile (all[1], N_PAN + N_ZOOM, 0.95) / percentile (all[0], N_PAN + N_ZOOM, 0.95));
  for (guint r = 0; r < 2; r++)
    {
      gtk_window_destroy (GTK_WINDOW (runs[r].window));
      g_clear_object (&runs[r].state);
      g_clear_object (&runs[r].atlas);
    }
  return 0;
}
