/* yt-panel-base.c: a widget that shows part of a YtViewState
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-panel-base.h"
#include "yt-panel-util.h"

typedef struct
{
  YtViewState *state;
} YtPanelBasePrivate;

typedef struct
{
  char      *signal;     /* "notify::PROPERTY" */
  GCallback  callback;
} Follow;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (YtPanelBase, yt_panel_base, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_VIEW_STATE, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* Per concrete type, so that two panel classes never share a list. */
static GQuark
follows_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("yt-panel-base-follows");
  return quark;
}

void
yt_panel_base_class_follow (YtPanelBaseClass *klass,
                            const char       *property,
                            GCallback         callback)
{
  GType type = G_TYPE_FROM_CLASS (klass);
  GArray *follows = g_type_get_qdata (type, follows_quark ());
  g_autoptr(GTypeClass) state_class = g_type_class_ref (YT_TYPE_VIEW_STATE);
  Follow follow;

  g_return_if_fail (YT_IS_PANEL_BASE_CLASS (klass));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_CLASS (state_class), property) != NULL);
  g_return_if_fail (callback != NULL);

  if (follows == NULL)
    {
      /* Class data lives as long as the program. */
      follows = g_array_new (FALSE, FALSE, sizeof (Follow));
      g_type_set_qdata (type, follows_quark (), follows);
    }
  follow.signal = g_strconcat ("notify::", property, NULL);
  follow.callback = callback;
  g_array_append_val (follows, follow);
}

YtViewState *
yt_panel_base_get_view_state (YtPanelBase *self)
{
  YtPanelBasePrivate *priv = yt_panel_base_get_instance_private (self);

  g_return_val_if_fail (YT_IS_PANEL_BASE (self), NULL);
  return priv->state;
}

static void
disconnect (YtPanelBase *self)
{
  YtPanelBasePrivate *priv = yt_panel_base_get_instance_private (self);

  if (priv->state != NULL)
    g_signal_handlers_disconnect_by_data (priv->state, self);
  g_clear_object (&priv->state);
}

void
yt_panel_base_set_view_state (YtPanelBase *self,
                              YtViewState *state)
{
  YtPanelBasePrivate *priv = yt_panel_base_get_instance_private (self);
  GArray *follows;

  g_return_if_fail (YT_IS_PANEL_BASE (self));
  g_return_if_fail (state == NULL || YT_IS_VIEW_STATE (state));

  if (priv->state == state)
    return;
  disconnect (self);
  priv->state = state != NULL ? g_object_ref (state) : NULL;
  follows = g_type_get_qdata (G_OBJECT_TYPE (self), follows_quark ());
  for (guint i = 0; state != NULL && follows != NULL && i < follows->len; i++)
    {
      const Follow *follow = &g_array_index (follows, Follow, i);

      g_signal_connect_swapped (state, follow->signal, follow->callback, self);
    }
  if (YT_PANEL_BASE_GET_CLASS (self)->view_state_changed != NULL)
    YT_PANEL_BASE_GET_CLASS (self)->view_state_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

static void
yt_panel_base_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_VIEW_STATE)
    g_value_set_object (value, yt_panel_base_get_view_state (YT_PANEL_BASE (object)));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_panel_base_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_VIEW_STATE)
    yt_panel_base_set_view_state (YT_PANEL_BASE (object), g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_panel_base_dispose (GObject *object)
{
  YtPanelBase *self = YT_PANEL_BASE (object);

  disconnect (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), G_OBJECT_TYPE (self));
  yt_panel_unparent_children (GTK_WIDGET (self));
  G_OBJECT_CLASS (yt_panel_base_parent_class)->dispose (object);
}

static void
yt_panel_base_class_init (YtPanelBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = yt_panel_base_get_property;
  object_class->set_property = yt_panel_base_set_property;
  object_class->dispose = yt_panel_base_dispose;
  properties[PROP_VIEW_STATE] = g_param_spec_object ("view-state", NULL, NULL, YT_TYPE_VIEW_STATE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
yt_panel_base_init (YtPanelBase *self)
{
}
