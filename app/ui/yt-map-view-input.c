/* yt-map-view-input.c: drag with fling, scroll and pinch zoom, clicks, hover, keys
 *
 * Gestures only move the viewport and queue a frame: the frame translates or
 * scales the cached image, and the image is rendered again once the motion
 * has settled (yt-map-view-render.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yt-map-view-private.h"

#define FLING_WINDOW_US  100000  /* motion within this long before release sets the fling */
#define FLING_MIN        120.0   /* px/s: slower releases just stop */
#define FLING_MAX        5000.0  /* px/s */
#define FLING_TAU        0.30    /* s: the velocity falls to 1/e in this time */
#define FLING_STOP       20.0    /* px/s */
#define CLICK_SLOP       4.0     /* px a click may move and still select */
#define WHEEL_PX_PER_STEP 120.0  /* surface-unit scroll (touchpads) per zoom step */
#define KEY_PAN_FRACTION 0.125   /* of the width or height, per arrow key press */

void
yt_map_view_pan_by (YtMapView *self,
                    double     dx,
                    double     dy)
{
  YtViewport *viewport;
  double cx, cy, scale;

  g_return_if_fail (YT_IS_MAP_VIEW (self));

  viewport = yt_map_renderer_get_viewport (self->renderer);
  scale = yt_viewport_get_scale (viewport);
  yt_viewport_get_center (viewport, &cx, &cy);
  /* Map y grows upwards, widget y downwards. */
  yt_viewport_set_center (viewport, cx - dx * scale, cy + dy * scale);
  yt_map_view_moved (self, FALSE);
}

void
yt_map_view_zoom_at (YtMapView *self,
                     double     factor,
                     double     x,
                     double     y)
{
  YtViewport *viewport;
  double before;

  g_return_if_fail (YT_IS_MAP_VIEW (self));
  g_return_if_fail (factor > 0);

  viewport = yt_map_renderer_get_viewport (self->renderer);
  before = yt_viewport_get_scale (viewport);
  yt_viewport_zoom_at (viewport, factor, x, y);
  yt_map_view_moved (self, yt_viewport_get_scale (viewport) != before);
}

/* ---- Drag and fling ---- */

void
yt_map_view_stop_fling (YtMapView *self)
{
  if (self->fling_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fling_id);
  self->fling_id = 0;
}

static void
add_sample (YtMapView *self,
            double     x,
            double     y)
{
  if (self->n_samples == YT_MAP_VIEW_N_SAMPLES)
    {
      memmove (self->samples, self->samples + 1, sizeof self->samples[0] * (YT_MAP_VIEW_N_SAMPLES - 1));
      self->n_samples--;
    }
  self->samples[self->n_samples++] = (YtMotionSample) { g_get_monotonic_time (), x, y };
}

static gboolean
fling_tick (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->fling_time) / (double) G_USEC_PER_SEC;
  double decay;

  if (dt <= 0)
    return G_SOURCE_CONTINUE;
  self->fling_time = now;
  yt_map_view_pan_by (self, self->fling_vx * dt, self->fling_vy * dt);
  decay = exp (-dt / FLING_TAU);
  self->fling_vx *= decay;
  self->fling_vy *= decay;
  if (hypot (self->fling_vx, self->fling_vy) >= FLING_STOP)
    return G_SOURCE_CONTINUE;
  self->fling_id = 0;
  return G_SOURCE_REMOVE;
}

/* The release velocity: from the oldest recent sample to the newest. */
static void
start_fling (YtMapView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  gint64 now = g_get_monotonic_time ();
  const YtMotionSample *last, *first = NULL;
  double dt, speed;

  if (clock == NULL || self->n_samples < 2)
    return;
  last = &self->samples[self->n_samples - 1];
  for (guint i = 0; i < self->n_samples - 1 && first == NULL; i++)
    if (now - self->samples[i].time <= FLING_WINDOW_US)
      first = &self->samples[i];
  if (first == NULL || (dt = (last->time - first->time) / (double) G_USEC_PER_SEC) <= 0)
    return;
  self->fling_vx = (last->x - first->x) / dt;
  self->fling_vy = (last->y - first->y) / dt;
  speed = hypot (self->fling_vx, self->fling_vy);
  if (speed < FLING_MIN)
    return;
  if (speed > FLING_MAX)
    {
      self->fling_vx *= FLING_MAX / speed;
      self->fling_vy *= FLING_MAX / speed;
    }
  self->fling_time = gdk_frame_clock_get_frame_time (clock);
  self->fling_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fling_tick, NULL, NULL);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               YtMapView      *self)
{
  yt_map_view_stop_fling (self);
  self->drag_x = self->drag_y = 0;
  self->dragged = FALSE;
  self->n_samples = 0;
  add_sample (self, 0, 0);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                YtMapView      *self)
{
  if (!self->dragged && hypot (offset_x, offset_y) < CLICK_SLOP)
    return;
  if (!self->dragged)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  self->dragged = TRUE;
  yt_map_view_pan_by (self, offset_x - self->drag_x, offset_y - self->drag_y);
  self->drag_x = offset_x;
  self->drag_y = offset_y;
  add_sample (self, offset_x, offset_y);
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             YtMapView      *self)
{
  if (!self->dragged)
    return;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  start_fling (self);
}

/* ---- Clicks ---- */

static void
on_primary_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    YtMapView       *self)
{
  yt_map_view_stop_fling (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    yt_map_view_click_at (self, x, y, 2);
}

/* On release, so that the start of a drag selects nothing. */
static void
on_primary_released (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     YtMapView       *self)
{
  if (n_press == 1 && !self->dragged)
    yt_map_view_click_at (self, x, y, 1);
}

static void
on_other_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  YtMapView       *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "map.go-back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "map.go-forward", NULL);
  else
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* ---- Scroll, pinch, hover ---- */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           YtMapView                *self)
{
  double steps = dy;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE)
    steps = dy / WHEEL_PX_PER_STEP;
  yt_map_view_stop_fling (self);
  yt_map_view_zoom_at (self, pow (YT_MAP_VIEW_ZOOM_STEP, -steps), self->pointer_x, self->pointer_y);
  return TRUE;
}

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                YtMapView        *self)
{
  yt_map_view_stop_fling (self);
  self->pinch_scale = 1.0;
}

static void
on_pinch_changed (GtkGestureZoom *gesture,
                  double          scale,
                  YtMapView      *self)
{
  double x, y;

  if (scale <= 0 || !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  yt_map_view_zoom_at (self, scale / self->pinch_scale, x, y);
  self->pinch_scale = scale;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           YtMapView                *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->fling_id == 0 && !gtk_gesture_is_active (GTK_GESTURE (self->drag)))
    yt_map_view_hover_at (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          YtMapView                *self)
{
  yt_map_view_hover_at (self, -1, -1);
}

void
yt_map_view_init_input (YtMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *other = gtk_gesture_click_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->drag = drag;
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  g_signal_connect (click, "pressed", G_CALLBACK (on_primary_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_primary_released), self);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (other), 0);
  g_signal_connect (other, "pressed", G_CALLBACK (on_other_pressed), self);
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_changed), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);

  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (other));
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));
  gtk_widget_add_controller (widget, scroll);
  gtk_widget_add_controller (widget, motion);
}

/* ---- Keys ---- */

static gboolean
pan_key (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  int sx, sy;

  g_variant_get (args, "(ii)", &sx, &sy);
  yt_map_view_pan_by (YT_MAP_VIEW (widget), sx * KEY_PAN_FRACTION * gtk_widget_get_width (widget),
                      sy * KEY_PAN_FRACTION * gtk_widget_get_height (widget));
  return TRUE;
}

static gboolean
site_key (GtkWidget *widget,
          GVariant  *args,
          gpointer   data)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  const char *what = g_variant_get_string (args, NULL);
  guint site = yt_map_view_get_focused_site (self);

  if (g_str_equal (what, "first") || g_str_equal (what, "last"))
    {
      self->focus_site = YT_ATLAS_NONE;
      return what[0] == 'f' ? yt_map_view_focus_next_site (self)
                            : yt_map_view_focus_previous_site (self);
    }
  if (g_str_equal (what, "clear"))
    {
      if (self->view_state == NULL || yt_view_state_get_selection (self->view_state) == YT_REF_NONE)
        return FALSE;  /* let Escape close whatever else is open */
      yt_map_view_select (self, YT_REF_NONE);
      return TRUE;
    }
  if (site == YT_ATLAS_NONE)
    return FALSE;
  yt_map_view_select (self, YT_REF (YT_RECORD_SITE, site));
  if (g_str_equal (what, "activate"))
    yt_map_view_emit_site_activated (self, site);
  return TRUE;
}

/* Ctrl+Tab: the next focus move leaves the map (GtkWindow binds it to move-focus). */
static gboolean
leave_key (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  YT_MAP_VIEW (widget)->leaving = TRUE;
  return FALSE;
}

static void
bind_pan (GtkWidgetClass *widget_class,
          guint           key,
          guint           kp_key,
          int             sx,
          int             sy)
{
  gtk_widget_class_add_binding (widget_class, key, 0, pan_key, "(ii)", sx, sy);
  gtk_widget_class_add_binding (widget_class, kp_key, 0, pan_key, "(ii)", sx, sy);
}

void
yt_map_view_class_init_keys (GtkWidgetClass *widget_class)
{
  static const struct { guint key; const char *action; } zoom_keys[] = {
    { GDK_KEY_plus, "map.zoom-in" }, { GDK_KEY_equal, "map.zoom-in" }, { GDK_KEY_KP_Add, "map.zoom-in" },
    { GDK_KEY_minus, "map.zoom-out" }, { GDK_KEY_KP_Subtract, "map.zoom-out" },
    { GDK_KEY_0, "map.zoom-fit" }, { GDK_KEY_KP_0, "map.zoom-fit" },
  };
  static const struct { guint key; const char *what; } site_keys[] = {
    { GDK_KEY_Return, "activate" }, { GDK_KEY_KP_Enter, "activate" }, { GDK_KEY_ISO_Enter, "activate" },
    { GDK_KEY_space, "select" }, { GDK_KEY_KP_Space, "select" }, { GDK_KEY_Escape, "clear" },
    { GDK_KEY_Home, "first" }, { GDK_KEY_KP_Home, "first" }, { GDK_KEY_End, "last" }, { GDK_KEY_KP_End, "last" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (zoom_keys); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].key, 0, zoom_keys[i].action, NULL);
      gtk_widget_class_add_binding_action (widget_class, zoom_keys[i].key, GDK_CONTROL_MASK,
                                           zoom_keys[i].action, NULL);
    }
  for (guint i = 0; i < G_N_ELEMENTS (site_keys); i++)
    gtk_widget_class_add_binding (widget_class, site_keys[i].key, 0, site_key, "s", site_keys[i].what);
  /* Arrows show more of that side: the content moves the other way. */
  bind_pan (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, 1, 0);
  bind_pan (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, -1, 0);
  bind_pan (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, 0, 1);
  bind_pan (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "map.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "map.go-forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "map.go-back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Forward, 0, "map.go-forward", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Tab, GDK_CONTROL_MASK, leave_key, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_ISO_Left_Tab, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                leave_key, NULL);
}
