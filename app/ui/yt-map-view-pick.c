/* yt-map-view-pick.c: what lies under the pointer — hover, click, clusters
 *
 * Hit tests go through the renderer's index of the last static render
 * (never a widget per marker), after mapping the widget point into that
 * render's coordinates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "yt-map-view-private.h"

#define MAX_LISTED 200      /* members listed in the popover; the rest are counted */
#define SPLIT_SPACING 4.0   /* marker radii between members after a split zoom */

void
yt_map_view_select (YtMapView *self,
                    YtRef      ref)
{
  if (self->view_state != NULL)
    yt_view_state_set_selection (self->view_state, ref);
  else
    yt_map_renderer_set_selection (self->renderer, ref);
  yt_map_view_highlights_changed (self);
}

YtRef
yt_map_view_hover_at (YtMapView *self,
                      double     x,
                      double     y)
{
  YtMapHit hit = { YT_REF_NONE, NULL, 0, 0, 0, 0 };
  YtRef hover = YT_REF_NONE;
  double ox, oy, k;

  g_return_val_if_fail (YT_IS_MAP_VIEW (self), YT_REF_NONE);

  if (x < 0 || y < 0 || !yt_map_view_hit (self, x, y, &hit))
    hit.n_members = 0;
  if (hit.n_members == 1)
    hover = YT_REF (YT_RECORD_SITE, hit.members[0]);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hit.n_members > 0 ? "pointer" : NULL);
  /* Kept in cache coordinates, so that the ring follows a pan. */
  yt_map_view_cache_transform (self, &ox, &oy, &k);
  hit.x = (hit.x - ox) / k, hit.y = (hit.y - oy) / k, hit.radius /= k;
  if (hover != self->hover)
    yt_map_view_highlights_changed (self);
  else if (hit.n_members != self->hover_hit.n_members ||
           (hit.n_members > 1 && (hit.x != self->hover_hit.x || hit.y != self->hover_hit.y)))
    gtk_widget_queue_draw (GTK_WIDGET (self));
  self->hover = hover;
  self->hover_hit = hit;
  if (hit.n_members > 1)
    return YT_REF_NONE;
  return hit.n_members == 1 ? hover : hit.ref;
}

static void
on_member_clicked (GtkButton *button,
                   YtMapView *self)
{
  guint site = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "yt-site")) - 1;

  yt_map_view_select (self, YT_REF (YT_RECORD_SITE, site));
  self->focus_site = site;
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static GtkWidget *
member_button (YtMapView *self,
               YtAtlas   *atlas,
               guint      site)
{
  const char *name = yt_atlas_get_name (atlas, YT_REF (YT_RECORD_SITE, site),
                                        yt_map_view_get_language (self), NULL);
  GtkWidget *button = gtk_button_new_with_label (name != NULL && *name != '\0' ? name : "—");
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "yt-site", GUINT_TO_POINTER (site + 1));
  g_signal_connect (button, "clicked", G_CALLBACK (on_member_clicked), self);
  return button;
}

static GtkWidget *
member_list (YtMapView      *self,
             const YtMapHit *hit)
{
  YtAtlas *atlas = yt_map_renderer_get_atlas (self->renderer);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u site at this place",
                                                           "%u sites at this place", hit->n_members),
                                              hit->n_members);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_bottom (title, 6);
  gtk_box_append (GTK_BOX (box), title);
  for (guint i = 0; i < MIN (hit->n_members, MAX_LISTED); i++)
    gtk_box_append (GTK_BOX (list), member_button (self, atlas, hit->members[i]));
  if (hit->n_members > MAX_LISTED)
    {
      g_autofree char *more = g_strdup_printf (_("and %u more"), hit->n_members - MAX_LISTED);

      gtk_box_append (GTK_BOX (list), gtk_label_new (more));
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), scrolled);
  return box;
}

/* Members at one point (or closer than the closest zoom can part) get a list. */
static void
show_members (YtMapView      *self,
              const YtMapHit *hit)
{
  GdkRectangle where = { (int) (hit->x - hit->radius), (int) (hit->y - hit->radius),
                         (int) ceil (2 * hit->radius), (int) ceil (2 * hit->radius) };

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  self->popover = gtk_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  gtk_popover_set_child (GTK_POPOVER (self->popover), member_list (self, hit));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &where);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* The members' extent in map units, FALSE when none has a position. */
static gboolean
members_box (YtMapView      *self,
             const YtMapHit *hit,
             YtExtent       *box)
{
  YtAtlas *atlas = yt_map_renderer_get_atlas (self->renderer);
  YtProjection *projection = yt_viewport_get_projection (yt_map_renderer_get_viewport (self->renderer));
  gboolean any = FALSE;

  *box = (YtExtent) { HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL };
  for (guint i = 0; atlas != NULL && i < hit->n_members; i++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, hit->members[i]);
      double x, y;

      if (site->precision == YT_PRECISION_NONE || !yt_projection_forward (projection, site->lon, site->lat, &x, &y))
        continue;
      box->x0 = MIN (box->x0, x);
      box->y0 = MIN (box->y0, y);
      box->x1 = MAX (box->x1, x);
      box->y1 = MAX (box->y1, y);
      any = TRUE;
    }
  return any;
}

/* Zooms in far enough to part the members, or lists them when no zoom can. */
static void
open_cluster (YtMapView      *self,
              const YtMapHit *hit)
{
  YtViewport *viewport = yt_map_renderer_get_viewport (self->renderer);
  double scale = yt_viewport_get_scale (viewport);
  double radius = MAX (hit->radius, 4.0);
  double extent, target;
  YtExtent box;

  if (!members_box (self, hit, &box))
    {
      show_members (self, hit);
      return;
    }
  extent = MAX (box.x1 - box.x0, box.y1 - box.y0);
  target = MIN (scale / YT_MAP_VIEW_ZOOM_STEP, extent / (SPLIT_SPACING * radius));
  yt_viewport_set_scale (viewport, MAX (target, 1e-300));
  if (yt_viewport_get_scale (viewport) >= scale * 0.999 ||
      extent / yt_viewport_get_scale (viewport) < 2 * radius)
    {
      /* Even the closest zoom keeps them together. */
      yt_viewport_set_scale (viewport, scale);
      show_members (self, hit);
      return;
    }
  yt_viewport_set_center (viewport, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2);
  yt_map_view_moved (self, TRUE);
}

void
yt_map_view_click_at (YtMapView *self,
                      double     x,
                      double     y,
                      int        n_press)
{
  YtMapHit hit;

  g_return_if_fail (YT_IS_MAP_VIEW (self));

  if (n_press >= 2)
    {
      yt_map_view_zoom_at (self, YT_MAP_VIEW_ZOOM_STEP, x, y);
      return;
    }
  if (!yt_map_view_hit (self, x, y, &hit))
    return;
  if (hit.n_members > 1)
    open_cluster (self, &hit);
  else if (hit.n_members == 1)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      /* The keyboard carries on from the clicked site, and shows it does. */
      self->focus_site = hit.members[0];
      self->focus_mark_valid = FALSE;
      gtk_widget_grab_focus (GTK_WIDGET (self));
      if (GTK_IS_WINDOW (root))
        gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
      yt_map_view_select (self, YT_REF (YT_RECORD_SITE, hit.members[0]));
      yt_map_view_update_accessible (self);
    }
  else if (hit.ref != YT_REF_NONE)
    yt_map_view_select (self, hit.ref);
}

GtkWidget *
yt_map_view_get_member_popover (YtMapView *self)
{
  g_return_val_if_fail (YT_IS_MAP_VIEW (self), NULL);
  return self->popover;
}
