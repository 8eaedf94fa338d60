/* yt-time-control.c: the "as of" year with a play button that steps through the years
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The view state's as-of-year is the only state: the switch, the scale and
 * the year label follow it, and playing only advances it one year per tick.
 * Anyone else changing the year (Clear Filters, a step of the history, the
 * scale) stops the playing.
 */
#include "config.h"

#include "yt-panel-util.h"

#include <glib/gi18n.h>

#include "yt-time-control.h"

struct _YtTimeControl
{
  YtPanelBase  parent_instance;

  guint        tick_id;
  int          played_year;    /* the year the last tick set */
  guint        interval_ms;
  gboolean     syncing;

  GtkWidget   *limit_switch;
  GtkWidget   *scale;
  GtkWidget   *year_label;
  GtkWidget   *play_button;
};

G_DEFINE_FINAL_TYPE (YtTimeControl, yt_time_control, YT_TYPE_PANEL_BASE)

enum { PROP_0, PROP_PLAYING, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
sync_from_state (YtTimeControl *self)
{
  int year = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_as_of_year (YT_PANEL_STATE (self)) : 0;
  int first = 0, last = 0;
  YtLang lang = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_language (YT_PANEL_STATE (self)) : YT_LANG_EN;
  g_autofree char *text = NULL;

  if (YT_PANEL_STATE (self) != NULL)
    yt_view_state_get_year_bounds (YT_PANEL_STATE (self), &first, &last);
  if (self->tick_id != 0 && year != self->played_year)
    yt_time_control_set_playing (self, FALSE);
  self->syncing = TRUE;
  gtk_range_set_range (GTK_RANGE (self->scale), first, MAX (last, first + 1));
  if (year != 0)
    gtk_range_set_value (GTK_RANGE (self->scale), year);
  gtk_switch_set_active (GTK_SWITCH (self->limit_switch), year != 0);
  self->syncing = FALSE;
  gtk_widget_set_sensitive (self->scale, year != 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self), first != 0);
  text = year != 0 ? yt_format_year_range (lang, year, year) : g_strdup (_("All years"));
  gtk_label_set_text (GTK_LABEL (self->year_label), text);
}

static void
switch_toggled (YtTimeControl *self)
{
  int first = 0, last = 0;

  if (self->syncing || YT_PANEL_STATE (self) == NULL)
    return;
  yt_view_state_get_year_bounds (YT_PANEL_STATE (self), &first, &last);
  if (!gtk_switch_get_active (GTK_SWITCH (self->limit_switch)))
    yt_time_control_set_playing (self, FALSE);
  /* Turning the limit on starts at the latest year: nothing disappears yet. */
  yt_view_state_set_as_of_year (YT_PANEL_STATE (self),
                                gtk_switch_get_active (GTK_SWITCH (self->limit_switch)) ? last : 0);
}

static void
scale_moved (YtTimeControl *self)
{
  if (self->syncing || YT_PANEL_STATE (self) == NULL)
    return;
  yt_view_state_set_as_of_year (YT_PANEL_STATE (self), (int) gtk_range_get_value (GTK_RANGE (self->scale)));
}

static gboolean
tick (gpointer user_data)
{
  YtTimeControl *self = user_data;
  int year = yt_view_state_get_as_of_year (YT_PANEL_STATE (self));
  int first = 0, last = 0;

  yt_view_state_get_year_bounds (YT_PANEL_STATE (self), &first, &last);
  if (year < last)
    {
      self->played_year = ++year;
      yt_view_state_set_as_of_year (YT_PANEL_STATE (self), year);
    }
  if (year < last)
    return G_SOURCE_CONTINUE;
  /* The last year stays shown; removing the running source here is allowed. */
  yt_time_control_set_playing (self, FALSE);
  return G_SOURCE_REMOVE;
}

gboolean
yt_time_control_get_playing (YtTimeControl *self)
{
  g_return_val_if_fail (YT_IS_TIME_CONTROL (self), FALSE);
  return self->tick_id != 0;
}

void
yt_time_control_set_playing (YtTimeControl *self,
                             gboolean       playing)
{
  int first = 0, last = 0;

  g_return_if_fail (YT_IS_TIME_CONTROL (self));

  if (playing == (self->tick_id != 0) || (playing && YT_PANEL_STATE (self) == NULL))
    goto out;
  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (playing)
    {
      yt_view_state_get_year_bounds (YT_PANEL_STATE (self), &first, &last);
      /* Play from the start unless a year before the end is already chosen. */
      self->played_year = yt_view_state_get_as_of_year (YT_PANEL_STATE (self));
      if (self->played_year == 0 || self->played_year >= last)
        self->played_year = first;
      yt_view_state_set_as_of_year (YT_PANEL_STATE (self), self->played_year);
      self->tick_id = g_timeout_add (self->interval_ms, tick, self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
out:
  gtk_button_set_icon_name (GTK_BUTTON (self->play_button),
                            self->tick_id != 0 ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (self->play_button, self->tick_id != 0 ? _("Pause") : _("Play through the years"));
}

void
yt_time_control_set_interval (YtTimeControl *self,
                              guint          interval_ms)
{
  g_return_if_fail (YT_IS_TIME_CONTROL (self));
  self->interval_ms = MAX (interval_ms, 1);
}

static void
play_clicked (YtTimeControl *self)
{
  yt_time_control_set_playing (self, self->tick_id == 0);
}

static void
view_state_changed (YtPanelBase *base)
{
  YtTimeControl *self = YT_TIME_CONTROL (base);

  /* The ticks belonged to the view state that went. */
  g_clear_handle_id (&self->tick_id, g_source_remove);
  yt_time_control_set_playing (self, FALSE);
  sync_from_state (self);
}

static void
yt_time_control_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  YtTimeControl *self = YT_TIME_CONTROL (object);

  if (prop_id == PROP_PLAYING)
    g_value_set_boolean (value, self->tick_id != 0);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_time_control_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  YtTimeControl *self = YT_TIME_CONTROL (object);

  if (prop_id == PROP_PLAYING)
    yt_time_control_set_playing (self, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_time_control_dispose (GObject *object)
{
  YtTimeControl *self = YT_TIME_CONTROL (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  G_OBJECT_CLASS (yt_time_control_parent_class)->dispose (object);
}

static void
yt_time_control_class_init (YtTimeControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  object_class->get_property = yt_time_control_get_property;
  object_class->set_property = yt_time_control_set_property;
  object_class->dispose = yt_time_control_dispose;
  panel_class->view_state_changed = view_state_changed;
  yt_panel_base_class_follow (panel_class, "as-of-year", G_CALLBACK (sync_from_state));
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (sync_from_state));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (sync_from_state));
  properties[PROP_PLAYING] = g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-time-control.ui");
  gtk_widget_class_bind_template_child (widget_class, YtTimeControl, limit_switch);
  gtk_widget_class_bind_template_child (widget_class, YtTimeControl, scale);
  gtk_widget_class_bind_template_child (widget_class, YtTimeControl, year_label);
  gtk_widget_class_bind_template_child (widget_class, YtTimeControl, play_button);
  gtk_widget_class_bind_template_callback (widget_class, switch_toggled);
  gtk_widget_class_bind_template_callback (widget_class, scale_moved);
  gtk_widget_class_bind_template_callback (widget_class, play_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
yt_time_control_init (YtTimeControl *self)
{
  self->interval_ms = 800;
  gtk_widget_init_template (GTK_WIDGET (self));
  sync_from_state (self);
  yt_time_control_set_playing (self, FALSE);
}

GtkWidget *
yt_time_control_new (void)
{
  return g_object_new (YT_TYPE_TIME_CONTROL, NULL);
}
