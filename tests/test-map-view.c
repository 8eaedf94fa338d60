/* test-map-view.c: the real map widget in a window — actions, keys, clicks, focus
 *
 * Keys are pressed through the widget's own shortcut table (the bindings a
 * key event would trigger: GTK 4 has no public way to synthesize one), Tab
 * through gtk_widget_child_focus() as GtkWindow does, and clicks through
 * yt_map_view_click_at(), the gesture's own code path, at projected positions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <gtk/gtk.h>
#include <yuntu/yuntu.h>
#include <yuntu/yt-atlas-loader.h>

#include "yt-map-pane.h"

static YtAtlas *bundled;

typedef struct {
  GtkWidget   *window;
  YtMapPane   *pane;
  YtMapView   *view;
  YtViewState *state;
} Fixture;

static YtViewport *
viewport_of (Fixture *f)
{
  return yt_map_renderer_get_viewport (yt_map_view_get_renderer (f->view));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->state = yt_view_state_new ();
  yt_view_state_set_atlas (f->state, bundled);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  f->pane = YT_MAP_PANE (yt_map_pane_new ());
  f->view = yt_map_pane_get_map_view (f->pane);
  yt_map_view_set_view_state (f->view, f->state);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->pane));
  gtk_window_present (GTK_WINDOW (f->window));
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (f->view)) < 800; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), >=, 800);
  for (guint i = 0; i < 2000 && !gtk_widget_get_mapped (GTK_WIDGET (f->view)); i++)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  yt_map_view_settle (f->view);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  while (g_main_context_iteration (NULL, FALSE));
  g_clear_object (&f->state);
}

/* Activates the binding a key press would trigger; FALSE when none handles it. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static void
assert_center (Fixture *f,
               double   x,
               double   y)
{
  double cx, cy, scale = yt_viewport_get_scale (viewport_of (f));

  yt_viewport_get_center (viewport_of (f), &cx, &cy);
  g_assert_cmpfloat (fabs (cx - x), <, scale * 0.01);
  g_assert_cmpfloat (fabs (cy - y), <, scale * 0.01);
}

static void
test_zoom_actions (Fixture       *f,
                   gconstpointer  data)
{
  double scale0 = yt_viewport_get_scale (viewport_of (f)), cx0, cy0;

  yt_viewport_get_center (viewport_of (f), &cx0, &cy0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0 / YT_MAP_VIEW_ZOOM_STEP, scale0 * 1e-9);
  /* Zoom at the centre keeps the centre. */
  assert_center (f, cx0, cy0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0, scale0 * 1e-9);

  /* The pane's buttons reach the view through the pane's forwarding actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "map.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "map.zoom-in", NULL));
  yt_map_view_pan_by (f->view, 120, -40);
  g_assert_cmpfloat (yt_viewport_get_scale (viewport_of (f)), <, scale0 / 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "map.zoom-fit", NULL));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0, scale0 * 1e-9);
  assert_center (f, cx0, cy0);
}

static void
test_zoom_limits (Fixture       *f,
                  gconstpointer  data)
{
  double scale;

  g_assert_true (yt_map_view_get_can_zoom_in (f->view));
  for (guint i = 0; i < 40 && yt_map_view_get_can_zoom_in (f->view); i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-in", NULL);
  g_assert_false (yt_map_view_get_can_zoom_in (f->view));
  scale = yt_viewport_get_scale (viewport_of (f));
  yt_map_view_zoom_at (f->view, 4.0, 10, 10);
  g_assert_cmpfloat (yt_viewport_get_scale (viewport_of (f)), ==, scale);
  for (guint i = 0; i < 40 && yt_map_view_get_can_zoom_out (f->view); i++)
    gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-out", NULL);
  g_assert_false (yt_map_view_get_can_zoom_out (f->view));
  g_assert_true (yt_map_view_get_can_zoom_in (f->view));
}

static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  double scale0 = yt_viewport_get_scale (viewport_of (f)), cx0, cy0, cx, cy;

  yt_viewport_get_center (viewport_of (f), &cx0, &cy0);
  g_assert_true (press_key (view, GDK_KEY_plus, 0));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0 / YT_MAP_VIEW_ZOOM_STEP, scale0 * 1e-9);
  g_assert_true (press_key (view, GDK_KEY_equal, 0));
  g_assert_true (press_key (view, GDK_KEY_minus, 0));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0 / YT_MAP_VIEW_ZOOM_STEP, scale0 * 1e-9);
  /* Left shows more of the west: the centre moves west. */
  g_assert_true (press_key (view, GDK_KEY_Left, 0));
  yt_viewport_get_center (viewport_of (f), &cx, &cy);
  g_assert_cmpfloat (cx, <, cx0);
  g_assert_true (press_key (view, GDK_KEY_Up, 0));
  yt_viewport_get_center (viewport_of (f), &cx, &cy);
  g_assert_cmpfloat (cy, >, cy0);
  g_assert_true (press_key (view, GDK_KEY_0, 0));
  g_assert_cmpfloat_with_epsilon (yt_viewport_get_scale (viewport_of (f)), scale0, scale0 * 1e-9);
  assert_center (f, cx0, cy0);
}

/* Zooms in on a site until it is a mark of its own, and returns where it is. */
static gboolean
isolate_site (Fixture *f,
              guint    site,
              double  *x,
              double  *y)
{
  for (guint i = 0; i < 20; i++)
    {
      YtMapHit hit;

      yt_map_view_settle (f->view);
      if (!yt_map_view_site_to_widget (f->view, site, x, y))
        return FALSE;
      yt_map_view_pan_by (f->view, 450 - *x, 320 - *y);
      yt_map_view_settle (f->view);
      yt_map_view_site_to_widget (f->view, site, x, y);
      if (yt_map_renderer_hit (yt_map_view_get_renderer (f->view), *x, *y, &hit) &&
          hit.n_members == 1 && hit.members[0] == site)
        return TRUE;
      if (!yt_map_view_get_can_zoom_in (f->view))
        return FALSE;
      yt_map_view_zoom_at (f->view, 2.0, *x, *y);
    }
  return FALSE;
}

static guint
find_isolable_site (Fixture *f,
                    guint    after,
                    double  *x,
                    double  *y)
{
  for (guint s = after; s < yt_atlas_get_n_records (bundled, YT_RECORD_SITE); s++)
    {
      const YtSite *site = yt_atlas_get_site (bundled, s);

      if (site->precision == YT_PRECISION_NONE || site->lon < 75 || site->lon > 134 ||
          site->lat < 18 || site->lat > 53)
        continue;
      gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-fit", NULL);
      if (isolate_site (f, s, x, y))
        return s;
    }
  g_assert_not_reached ();
}

static void
test_click_selects_site_and_history (Fixture       *f,
                                     gconstpointer  data)
{
  double x, y;
  guint a = find_isolable_site (f, 0, &x, &y), b;

  yt_map_view_click_at (f->view, x, y, 1);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, a));
  g_assert_cmpuint (yt_map_view_hover_at (f->view, x, y), ==, YT_REF (YT_RECORD_SITE, a));
  b = find_isolable_site (f, a + 1, &x, &y);
  yt_map_view_click_at (f->view, x, y, 1);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, b));

  /* Alt+Left and Alt+Right walk the history (as do mouse buttons 8 and 9). */
  g_assert_true (press_key (GTK_WIDGET (f->view), GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, a));
  g_assert_true (press_key (GTK_WIDGET (f->view), GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, b));

  /* Switching views keeps the selection; Escape clears it. */
  yt_map_view_set_kind (f->view, YT_MAP_KIND_WORLD);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, b));
  yt_map_view_set_kind (f->view, YT_MAP_KIND_CHINA);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-selection", NULL));
  yt_map_view_settle (f->view);
  g_assert_true (yt_map_view_site_to_widget (f->view, b, &x, &y));
  g_assert_cmpfloat (fabs (x - 450), <, 2);
  g_assert_true (press_key (GTK_WIDGET (f->view), GDK_KEY_Escape, 0));
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF_NONE);
  g_assert_false (press_key (GTK_WIDGET (f->view), GDK_KEY_Escape, 0));
}

static GtkWidget *
find_button (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child))
        return child;
      if ((found = find_button (child)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
at_one_point (const YtMapHit *hit)
{
  const YtSite *first = yt_atlas_get_site (bundled, hit->members[0]);

  for (guint i = 1; i < hit->n_members; i++)
    {
      const YtSite *site = yt_atlas_get_site (bundled, hit->members[i]);

      if (site->lat != first->lat || site->lon != first->lon)
        return FALSE;
    }
  return TRUE;
}

/* Clicking a cluster zooms in; members at one point end in a list that selects. */
static void
test_click_cluster (Fixture       *f,
                    gconstpointer  data)
{
  YtMapRenderer *renderer = yt_map_view_get_renderer (f->view);
  gboolean zoomed = FALSE;

  for (guint s = 0; s < yt_atlas_get_n_records (bundled, YT_RECORD_SITE); s++)
    {
      double scale = yt_viewport_get_scale (viewport_of (f)), x, y;
      YtMapHit hit;

      yt_map_view_settle (f->view);
      if (!yt_map_view_site_to_widget (f->view, s, &x, &y) || x < 0 || y < 0 || x > 900 || y > 640 ||
          !yt_map_renderer_hit (renderer, x, y, &hit) || hit.n_members < 2 ||
          (!zoomed && at_one_point (&hit)))   /* first a cluster that splits */
        continue;
      yt_map_view_click_at (f->view, x, y, 1);
      if (yt_map_view_get_member_popover (f->view) != NULL)
        break;
      g_assert_cmpfloat (yt_viewport_get_scale (viewport_of (f)), <, scale);
      zoomed = TRUE;
      s--;   /* again, closer */
    }
  g_assert_true (zoomed);
  g_assert_nonnull (yt_map_view_get_member_popover (f->view));
  {
    GtkWidget *popover = yt_map_view_get_member_popover (f->view);
    GtkWidget *button = NULL;
    guint site;

    for (guint i = 0; i < 200 && !gtk_widget_get_mapped (popover); i++)
      g_main_context_iteration (NULL, FALSE);
    button = find_button (popover);
    g_assert_nonnull (button);
    site = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "yt-site")) - 1;
    g_signal_emit_by_name (button, "clicked");
    g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, site));
  }
}

static void
test_click_region (Fixture       *f,
                   gconstpointer  data)
{
  YtMapRenderer *renderer = yt_map_view_get_renderer (f->view);

  for (int y = 100; y < 600; y += 37)
    for (int x = 100; x < 800; x += 41)
      {
        YtMapHit hit;

        if (!yt_map_renderer_hit (renderer, x, y, &hit) || hit.n_members != 0 ||
            YT_REF_KIND (hit.ref) != YT_RECORD_REGION)
          continue;
        yt_map_view_click_at (f->view, x, y, 1);
        g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, hit.ref);
        return;
      }
  g_assert_not_reached ();
}

static void
on_site_activated (YtMapView *view,
                   guint      site,
                   guint     *out)
{
  *out = site;
}

/* Tab walks [map], site 1 … site N in reading order and then leaves. */
static void
test_keyboard_order (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  guint activated = YT_ATLAS_NONE, n = 0, last = YT_ATLAS_NONE;
  int band = G_MININT;
  double lon = -HUGE_VAL;

  g_signal_connect (view, "site-activated", G_CALLBACK (on_site_activated), &activated);
  gtk_widget_grab_focus (GTK_WIDGET (f->pane));
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_cmpuint (yt_map_view_get_focused_site (f->view), ==, YT_ATLAS_NONE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Map");

  while (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD))
    {
      guint s = yt_map_view_get_focused_site (f->view);
      const YtSite *site = yt_atlas_get_site (bundled, s);
      int b = (int) floor ((90.0 - site->lat) / 5.0);

      g_assert_cmpuint (s, !=, YT_ATLAS_NONE);
      g_assert_cmpint (b, >=, band);
      if (b == band)
        g_assert_cmpfloat (site->lon, >=, lon);
      band = b, lon = site->lon, last = s;
      g_assert_true (site->lon >= 73 && site->lon <= 135.5);
      n++;
      g_assert_cmpuint (n, <, 10000);
    }
  g_assert_cmpuint (n, >, 10);
  /* Past the last site the focus moves on; Shift+Tab comes back to it. */
  g_assert_cmpuint (yt_map_view_get_focused_site (f->view), ==, YT_ATLAS_NONE);
  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_BACKWARD));
  g_assert_cmpuint (yt_map_view_get_focused_site (f->view), ==, last);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       yt_atlas_get_name (bundled, YT_REF (YT_RECORD_SITE, last), YT_LANG_EN, NULL));

  /* Enter selects and activates; Home goes to the first site. */
  g_assert_true (press_key (view, GDK_KEY_Return, 0));
  g_assert_cmpuint (activated, ==, last);
  g_assert_cmpuint (yt_view_state_get_selection (f->state), ==, YT_REF (YT_RECORD_SITE, last));
  g_assert_true (press_key (view, GDK_KEY_Home, 0));
  g_assert_cmpuint (yt_map_view_get_focused_site (f->view), !=, last);
  g_assert_false (yt_map_view_focus_previous_site (f->view));

  /* Ctrl+Tab leaves at once. */
  g_assert_false (press_key (view, GDK_KEY_Tab, GDK_CONTROL_MASK));
  g_assert_false (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
}

/* Panning and hovering reuse the cached image; a re-render waits for the settle. */
static void
test_pan_uses_cache (Fixture       *f,
                     gconstpointer  data)
{
  guint renders = yt_map_view_get_n_static_renders (f->view);

  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
      g_autoptr(GskRenderNode) node = NULL;

      yt_map_view_pan_by (f->view, 7.5, -3.25);
      yt_map_view_hover_at (f->view, 300 + i, 300);
      /* The widget's own snapshot: what each frame runs. */
      GTK_WIDGET_GET_CLASS (f->view)->snapshot (GTK_WIDGET (f->view), snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      g_assert_nonnull (node);
    }
  g_assert_cmpuint (yt_map_view_get_n_static_renders (f->view), ==, renders);
  yt_map_view_settle (f->view);
  g_assert_cmpuint (yt_map_view_get_n_static_renders (f->view), ==, renders + 1);
  yt_map_view_settle (f->view);
  g_assert_cmpuint (yt_map_view_get_n_static_renders (f->view), ==, renders + 1);
}

/* What a frame shows now, drawn from the widget's own snapshot. */
static cairo_surface_t *
frame_pixels (Fixture *f)
{
  GtkWidget *view = GTK_WIDGET (f->view);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gtk_widget_get_width (view),
                                                         gtk_widget_get_height (view));
  cairo_t *cr = cairo_create (surface);

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels of @box whose colour differs by more than @tolerance between @a
 * and @b. The legend's panel lets an eighth of the map show through, which
 * a tolerance of 40 allows; its text would move by a whole colour. */
static guint
pixels_differing (cairo_surface_t *a,
                  cairo_surface_t *b,
                  const YtBox     *box,
                  int              tolerance)
{
  int stride = cairo_image_surface_get_stride (a);
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int y = (int) box->y; y < (int) (box->y + box->height); y++)
    for (int x = (int) box->x; x < (int) (box->x + box->width); x++)
      for (int c = 0; c < 3; c++)
        if (abs (pa[y * stride + 4 * x + c] - pb[y * stride + 4 * x + c]) > tolerance)
          {
            n++;
            break;
          }
  return n;
}

/* While the reader drags the map, the legend and the South China Sea inset
 * stay where they stand and the map moves under them. */
static void
test_furniture_stays_while_panning (Fixture       *f,
                                    gconstpointer  data)
{
  YtMapRenderer *renderer = yt_map_view_get_renderer (f->view);
  cairo_surface_t *before, *during;
  YtBox legend, inset, map = { 300, 200, 200, 120 };

  g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &legend));
  g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_INSET, &inset));
  before = frame_pixels (f);
  yt_map_view_pan_by (f->view, 40, 25);
  during = frame_pixels (f);
  g_assert_cmpuint (pixels_differing (before, during, &map, 40), >, 100);
  g_assert_cmpuint (pixels_differing (before, during, &legend, 40), ==, 0);
  g_assert_cmpuint (pixels_differing (before, during, &inset, 40), ==, 0);
  cairo_surface_destroy (before);
  cairo_surface_destroy (during);
}

/* Locate on a site abroad shows it on the Belt and Road view; one beyond
 * that view's reach (the Americas) leaves the map where it was rather than
 * showing empty sea. */
static void
test_locate_abroad (Fixture       *f,
                    gconstpointer  data)
{
  guint abroad = yt_atlas_lookup_kind (bundled, YT_RECORD_SITE, "dsr-kenya-safe-city");
  guint americas = yt_atlas_lookup_kind (bundled, YT_RECORD_SITE, "ali-us-west-1");
  double cx, cy, scale, x, y;

  g_assert_cmpuint (abroad, !=, YT_ATLAS_NONE);
  g_assert_cmpuint (americas, !=, YT_ATLAS_NONE);
  yt_map_view_set_kind (f->view, YT_MAP_KIND_CHINA);
  yt_map_view_settle (f->view);
  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_SITE, abroad));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-selection", NULL));
  g_assert_cmpint (yt_map_view_get_kind (f->view), ==, YT_MAP_KIND_WORLD);
  g_assert_true (yt_map_view_site_to_widget (f->view, abroad, &x, &y));
  g_assert_true (x > 0 && x < gtk_widget_get_width (GTK_WIDGET (f->view)));
  g_assert_true (y > 0 && y < gtk_widget_get_height (GTK_WIDGET (f->view)));

  yt_viewport_get_center (viewport_of (f), &cx, &cy);
  scale = yt_viewport_get_scale (viewport_of (f));
  yt_view_state_set_selection (f->state, YT_REF (YT_RECORD_SITE, americas));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-selection", NULL);
  assert_center (f, cx, cy);
  g_assert_cmpfloat (yt_viewport_get_scale (viewport_of (f)), ==, scale);
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_widget_get_visible (child))
        g_ptr_array_add (buttons, child);
      collect_buttons (child, buttons);
    }
}

static void
resize (Fixture *f,
        int      width,
        int      height)
{
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (f->view)) != width; i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->view)), ==, width);
  while (g_main_context_iteration (NULL, FALSE));
}

/* The map's own buttons hide no part of the legend or of the inset, on
 * either view, in frames where the emptiest corner is under them. */
static void
test_buttons_hide_no_furniture (Fixture       *f,
                                gconstpointer  data)
{
  static const int sizes[][2] = { { 900, 640 }, { 1150, 940 }, { 1400, 900 } };
  YtMapRenderer *renderer = yt_map_view_get_renderer (f->view);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (f->pane), buttons);
  g_assert_cmpuint (buttons->len, >=, 4);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (YtMapKind kind = YT_MAP_KIND_CHINA; kind <= YT_MAP_KIND_WORLD; kind++)
      {
        resize (f, sizes[s][0], sizes[s][1]);
        yt_map_view_set_kind (f->view, kind);
        yt_map_view_settle (f->view);
        for (YtMapFurnitureKind what = YT_MAP_FURNITURE_LEGEND; what <= YT_MAP_FURNITURE_INSET; what++)
          {
            YtBox box;

            if (!yt_map_renderer_get_furniture_box (renderer, what, &box))
              continue;
            for (guint i = 0; i < buttons->len; i++)
              {
                graphene_rect_t r;

                g_assert_true (gtk_widget_compute_bounds (buttons->pdata[i], GTK_WIDGET (f->view), &r));
                if (yt_box_intersects (&box, &(YtBox) { r.origin.x, r.origin.y, r.size.width, r.size.height }))
                  g_error ("%s %dx%d: a button at %.0f,%.0f covers furniture %d at %.0f,%.0f %.0fx%.0f",
                           yt_map_kind_to_string (kind), sizes[s][0], sizes[s][1], r.origin.x, r.origin.y, what,
                           box.x, box.y, box.width, box.height);
              }
          }
      }
}

static YtAtlas *
load_bundled (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;

  g_assert_true (yt_atlas_loader_add_bundled (loader));
  atlas = yt_atlas_loader_finish (loader, NULL, &error);
  g_assert_no_error (error);
  return atlas;
}

/* The legend folds away with the map's button and comes back; an export
 * of the view follows it. */
static void
test_legend_toggle (Fixture       *f,
                    gconstpointer  data)
{
  YtMapRenderer *renderer = yt_map_view_get_renderer (f->view);
  YtBox box;

  yt_map_view_settle (f->view);
  g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &box));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.show-legend", NULL));
  g_assert_false (yt_map_renderer_get_legend_visible (renderer));
  yt_map_view_settle (f->view);
  g_assert_false (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &box));
  g_object_set (f->view, "legend-visible", TRUE, NULL);
  yt_map_view_settle (f->view);
  g_assert_true (yt_map_renderer_get_furniture_box (renderer, YT_MAP_FURNITURE_LEGEND, &box));
}

int
main (int argc, char *argv[])
{
  int status;

  /* The test AT context keeps accessible properties for the assertions. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  bundled = load_bundled ();
#define ADD(path, func) g_test_add ("/map-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("legend-toggle", test_legend_toggle);
  ADD ("zoom-actions", test_zoom_actions);
  ADD ("zoom-limits", test_zoom_limits);
  ADD ("keys", test_keys);
  ADD ("click-site-and-history", test_click_selects_site_and_history);
  ADD ("click-cluster", test_click_cluster);
  ADD ("click-region", test_click_region);
  ADD ("keyboard-order", test_keyboard_order);
  ADD ("pan-uses-cache", test_pan_uses_cache);
  ADD ("furniture-stays-while-panning", test_furniture_stays_while_panning);
  ADD ("buttons-hide-no-furniture", test_buttons_hide_no_furniture);
  ADD ("locate-abroad", test_locate_abroad);
#undef ADD
  status = g_test_run ();
  g_clear_object (&bundled);
  return status;
}
