/* yt-panel-base.h: a widget that shows part of a YtViewState
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panels (profiles, filter bar, filter chips, time control, site list,
 * side panel) all hold one view state and redraw parts of themselves when
 * some of its properties change.  The base owns the "view-state" property,
 * connects the handlers each class declares with yt_panel_base_class_follow()
 * and drops them again, and disposes the class's template, so a panel's C
 * holds only what is its own.
 */
#pragma once

#include <gtk/gtk.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

#define YT_TYPE_PANEL_BASE (yt_panel_base_get_type ())
G_DECLARE_DERIVABLE_TYPE (YtPanelBase, yt_panel_base, YT, PANEL_BASE, GtkWidget)

struct _YtPanelBaseClass
{
  GtkWidgetClass parent_class;

  /* The view state was replaced (it may be NULL) and the followers are
   * connected: show what it holds. */
  void (*view_state_changed) (YtPanelBase *self);

  gpointer padding[4];
};

YtViewState *yt_panel_base_get_view_state (YtPanelBase      *self);
/* The view state of any panel, for the panels' own code. */
#define YT_PANEL_STATE(panel) (yt_panel_base_get_view_state (YT_PANEL_BASE (panel)))
void         yt_panel_base_set_view_state (YtPanelBase      *self,
                                           YtViewState      *state);

/* In class_init: call @callback (with the panel as its only argument) after
 * @property of the view state changed. */
void         yt_panel_base_class_follow   (YtPanelBaseClass *klass,
                                           const char       *property,
                                           GCallback         callback);

G_END_DECLS
