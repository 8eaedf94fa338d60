/* yt-map-view-focus.c: keyboard focus among the sites, and the focus ring
 *
 * The map stays one focusable widget; a cursor (focus_site) walks the
 * located sites in reading order — 5° latitude bands from north to south,
 * west to east within a band — so that Tab visits neighbours in turn on
 * both views.  One widget per site would cost a GtkWidget, its accessible
 * and its CSS node for each of up to 100 k sites, and GTK 4.8 cannot make
 * accessible objects without widgets; the cursor costs one array of indices,
 * and yt-map-view-a11y.c tells the screen reader which site it is on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-view-private.h"

#define BAND_DEGREES   5.0
#define VISIBLE_INSET  48.0   /* px: a focused site closer to the edge is brought to the centre */
#define RING_RADIUS    11.0

static YtAtlas *
view_atlas (YtMapView *self)
{
  return yt_map_renderer_get_atlas (self->renderer);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      data)
{
  const YtSite *sa = yt_atlas_get_site (data, *(const guint *) a);
  const YtSite *sb = yt_atlas_get_site (data, *(const guint *) b);
  int band_a = (int) floor ((90.0 - sa->lat) / BAND_DEGREES);
  int band_b = (int) floor ((90.0 - sb->lat) / BAND_DEGREES);

  if (band_a != band_b)
    return band_a < band_b ? -1 : 1;
  if (sa->lon != sb->lon)
    return sa->lon < sb->lon ? -1 : 1;
  return (*(const guint *) a > *(const guint *) b) - (*(const guint *) a < *(const guint *) b);
}

/* The China view walks only the sites inside its extent; the world view all of them. */
static gboolean
site_in_view (YtMapView    *self,
              const YtSite *site)
{
  if (site->precision == YT_PRECISION_NONE)
    return FALSE;
  if (yt_map_view_get_kind (self) == YT_MAP_KIND_WORLD)
    return TRUE;
  return yt_map_kind_contains (YT_MAP_KIND_CHINA, site->lon, site->lat);
}

static GArray *
get_order (YtMapView *self)
{
  YtAtlas *atlas = view_atlas (self);
  const GArray *filtered = self->view_state != NULL ? yt_view_state_get_filtered_sites (self->view_state) : NULL;
  guint n;

  if (self->order != NULL)
    return self->order;
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  if (atlas == NULL)
    return self->order;
  n = filtered != NULL ? filtered->len : yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  for (guint i = 0; i < n; i++)
    {
      guint site = filtered != NULL ? g_array_index (filtered, guint32, i) : i;

      if (site_in_view (self, yt_atlas_get_site (atlas, site)))
        g_array_append_val (self->order, site);
    }
  g_array_sort_with_data (self->order, compare_reading_order, atlas);
  return self->order;
}

static guint
position_of (GArray *order,
             guint   site)
{
  for (guint i = 0; site != YT_ATLAS_NONE && i < order->len; i++)
    if (g_array_index (order, guint, i) == site)
      return i;
  return G_MAXUINT;
}

/* Atlas, filter or kind changed: the focused site stays if it is still shown. */
void
yt_map_view_order_changed (YtMapView *self)
{
  g_clear_pointer (&self->order, g_array_unref);
  if (self->focus_site != YT_ATLAS_NONE && position_of (get_order (self), self->focus_site) == G_MAXUINT)
    self->focus_site = YT_ATLAS_NONE;
  yt_map_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
yt_map_view_site_to_widget (YtMapView *self,
                            guint      site,
                            double    *x,
                            double    *y)
{
  YtAtlas *atlas;
  const YtSite *record;

  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);

  atlas = view_atlas (self);
  if (atlas == NULL || site >= yt_atlas_get_n_records (atlas, YT_RECORD_SITE))
    return FALSE;
  record = yt_atlas_get_site (atlas, site);
  if (record->precision == YT_PRECISION_NONE)
    return FALSE;
  return yt_viewport_lonlat_to_device (yt_map_renderer_get_viewport (self->renderer),
                                       record->lon, record->lat, x, y);
}

static void
bring_into_view (YtMapView *self,
                 guint      site)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x, y;

  if (width <= 0 || height <= 0 || !yt_map_view_site_to_widget (self, site, &x, &y))
    return;
  if (x >= VISIBLE_INSET && x <= width - VISIBLE_INSET && y >= VISIBLE_INSET && y <= height - VISIBLE_INSET)
    return;
  yt_map_view_pan_by (self, width / 2.0 - x, height / 2.0 - y);
}

gboolean
yt_map_view_focus_site (YtMapView *self,
                        guint      site)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);

  if (site != YT_ATLAS_NONE && position_of (get_order (self), site) == G_MAXUINT)
    return FALSE;
  self->focus_site = site;
  self->focus_mark_valid = FALSE;
  if (site != YT_ATLAS_NONE)
    bring_into_view (self, site);
  yt_map_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

guint
yt_map_view_get_focused_site (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), YT_ATLAS_NONE);
  return self->focus_site;
}

/* From the map itself (no site) forward goes to the first site; past the last, FALSE. */
static gboolean
step_focus (YtMapView *self,
            gboolean   forward)
{
  GArray *order = get_order (self);
  guint pos = position_of (order, self->focus_site);

  if (order->len == 0)
    return FALSE;
  if (pos == G_MAXUINT)
    pos = forward ? 0 : order->len - 1;
  else if (forward ? pos + 1 >= order->len : pos == 0)
    return FALSE;
  else
    pos = forward ? pos + 1 : pos - 1;
  return yt_map_view_focus_site (self, g_array_index (order, guint, pos));
}

gboolean
yt_map_view_focus_next_site (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);
  return step_focus (self, TRUE);
}

gboolean
yt_map_view_focus_previous_site (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), FALSE);
  return step_focus (self, FALSE);
}

/* Tab and Shift+Tab walk [the map itself], site 1, …, site N as if they were
 * N + 1 children: entering forwards lands on the map, backwards on site N;
 * the focus leaves after site N or before the map.  Ctrl+Tab has set
 * self->leaving to leave at once. */
gboolean
yt_map_view_focus (GtkWidget        *widget,
                   GtkDirectionType  direction)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  gboolean leaving = self->leaving;

  self->leaving = FALSE;
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return gtk_widget_has_focus (widget) ? FALSE : gtk_widget_grab_focus (widget);
  if (!gtk_widget_has_focus (widget))
    {
      yt_map_view_focus_site (self, YT_ATLAS_NONE);
      if (!forward)
        step_focus (self, FALSE);
      return gtk_widget_grab_focus (widget);
    }
  if (!leaving && (forward || self->focus_site != YT_ATLAS_NONE))
    {
      if (step_focus (self, forward))
        return TRUE;
      /* Before the first site comes the map itself. */
      if (!forward)
        return yt_map_view_focus_site (self, YT_ATLAS_NONE);
    }
  yt_map_view_focus_site (self, YT_ATLAS_NONE);
  return FALSE;
}

/* The mark that holds the focused site (it may be a cluster), in widget coordinates. */
static gboolean
focus_mark (YtMapView *self,
            double    *x,
            double    *y,
            double    *radius)
{
  YtMapHit *mark = &self->focus_mark;
  double ox, oy, k;

  if (!self->focus_mark_valid)
    {
      double mx, my;

      *mark = (YtMapHit) { YT_REF_NONE, NULL, 0, 0, 0, 0 };
      if (self->cache != NULL &&
          yt_map_renderer_site_position (self->renderer, self->focus_site, &mx, &my) &&
          !yt_map_renderer_hit (self->renderer, mx, my, mark))
        *mark = (YtMapHit) { YT_REF_NONE, NULL, 1, mx, my, RING_RADIUS - 4 };
      self->focus_mark_valid = TRUE;
    }
  if (mark->n_members == 0)
    {
      *radius = RING_RADIUS - 4;
      return yt_map_view_site_to_widget (self, self->focus_site, x, y);
    }
  yt_map_view_cache_transform (self, &ox, &oy, &k);
  *x = ox + k * mark->x;
  *y = oy + k * mark->y;
  *radius = k * mark->radius;
  return TRUE;
}

static void
accent_color (GtkWidget *widget,
              GdkRGBA   *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, "accent_color", color) &&
      !gtk_style_context_lookup_color (context, "theme_selected_bg_color", color))
    *color = (GdkRGBA) { 0.21f, 0.52f, 0.89f, 1.0f };
}

/* A halo under the accent ring keeps it visible on land, sea and markers alike. */
static void
draw_ring (GtkSnapshot   *snapshot,
           const GdkRGBA *accent,
           gboolean       dark,
           double         x,
           double         y,
           double         radius,
           double         width)
{
  double r = radius + width * 2;
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x - r, y - r, 2 * r, 2 * r));

  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_line_width (cr, width + 2);
  if (dark)
    cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, width);
  gdk_cairo_set_source_rgba (cr, accent);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

/* Hovered clusters, the focused site, or the map itself when no site has the focus. */
void
yt_map_view_draw_focus (YtMapView   *self,
                        GtkSnapshot *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean dark = yt_map_renderer_get_dark (self->renderer);
  GtkRoot *root = gtk_widget_get_root (widget);
  GdkRGBA accent;
  double x, y, r;

  accent_color (widget, &accent);
  if (self->hover_hit.n_members > 1)
    {
      double ox, oy, k;

      yt_map_view_cache_transform (self, &ox, &oy, &k);
      draw_ring (snapshot, &accent, dark, ox + k * self->hover_hit.x, oy + k * self->hover_hit.y,
                 k * self->hover_hit.radius + 3, 2);
    }
  /* Like every GTK focus ring: shown once the keyboard is in use. */
  if (!gtk_widget_has_focus (widget) || !GTK_IS_WINDOW (root) ||
      !gtk_window_get_focus_visible (GTK_WINDOW (root)))
    return;
  if (self->focus_site != YT_ATLAS_NONE && focus_mark (self, &x, &y, &r))
    draw_ring (snapshot, &accent, dark, x, y, MAX (r + 4, RING_RADIUS), 3);
  else
    {
      GskRoundedRect outline;
      float w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);

      gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (1, 1, w - 2, h - 2), 0);
      gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 2, 2, 2, 2 },
                                  (GdkRGBA[4]) { accent, accent, accent, accent });
    }
}
