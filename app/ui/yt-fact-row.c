/* yt-fact-row.c: one fact or source with its publisher, date, grade and link
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels are filled once when the item is set: rows are rebuilt, never
 * updated, so property bindings would only add teardown work.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-fact-row.h"

struct _YtFactRow
{
  GtkListBoxRow parent_instance;
  YtFactItem   *item;

  GtkWidget    *heading_label;
  GtkWidget    *value_label;
  GtkWidget    *text_label;
  GtkWidget    *source_label;
  GtkWidget    *link_button;
};

G_DEFINE_FINAL_TYPE (YtFactRow, yt_fact_row, GTK_TYPE_LIST_BOX_ROW)

enum { PROP_0, PROP_ITEM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
open_source (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  YtFactRow *self = YT_FACT_ROW (widget);
  const char *url = yt_fact_item_get_url (self->item);

  if (url == NULL || url[0] == '\0')
    return;
  /* GTK 4.8 has no GtkUriLauncher; gtk_show_uri hands the URL to the portal or desktop. */
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (widget)), url, GDK_CURRENT_TIME);
}

static void
set_label (GtkWidget  *label,
           const char *text,
           gboolean    markup)
{
  gboolean shown = text != NULL && text[0] != '\0';

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), shown ? text : "");
  else
    gtk_label_set_text (GTK_LABEL (label), shown ? text : "");
  gtk_widget_set_visible (label, shown);
}

static void
show_item (YtFactRow *self)
{
  g_autofree char *heading = NULL, *value = NULL, *text = NULL, *source = NULL, *url = NULL, *tooltip = NULL;

  if (self->item == NULL)
    return;
  g_object_get (self->item, "heading", &heading, "value", &value, "text", &text, "source", &source,
                "url", &url, "tooltip", &tooltip, NULL);
  set_label (self->heading_label, heading, FALSE);
  set_label (self->value_label, value, FALSE);
  set_label (self->text_label, text, TRUE);
  set_label (self->source_label, source, TRUE);
  gtk_widget_set_visible (self->link_button, url != NULL && url[0] != '\0');
  gtk_widget_set_tooltip_text (self->link_button, url);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  /* A screen reader names the row by what it says first. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  gtk_widget_get_visible (self->heading_label) ? self->heading_label : self->text_label,
                                  NULL, -1);
}

static void
yt_fact_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  if (prop_id == PROP_ITEM)
    g_value_set_object (value, YT_FACT_ROW (object)->item);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_fact_row_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  YtFactRow *self = YT_FACT_ROW (object);

  if (prop_id != PROP_ITEM)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (g_set_object (&self->item, g_value_get_object (value)))
    {
      show_item (self);
      g_object_notify_by_pspec (object, properties[PROP_ITEM]);
    }
}

static void
yt_fact_row_dispose (GObject *object)
{
  YtFactRow *self = YT_FACT_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_FACT_ROW);
  g_clear_object (&self->item);
  G_OBJECT_CLASS (yt_fact_row_parent_class)->dispose (object);
}

static void
yt_fact_row_class_init (YtFactRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = yt_fact_row_get_property;
  object_class->set_property = yt_fact_row_set_property;
  object_class->dispose = yt_fact_row_dispose;
  properties[PROP_ITEM] = g_param_spec_object ("item", NULL, NULL, YT_TYPE_FACT_ITEM,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-fact-row.ui");
  gtk_widget_class_bind_template_child (widget_class, YtFactRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, YtFactRow, value_label);
  gtk_widget_class_bind_template_child (widget_class, YtFactRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, YtFactRow, source_label);
  gtk_widget_class_bind_template_child (widget_class, YtFactRow, link_button);
  gtk_widget_class_install_action (widget_class, "fact.open-source", NULL, open_source);
}

static void
yt_fact_row_init (YtFactRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_fact_row_new (YtFactItem *item)
{
  g_return_val_if_fail (YT_IS_FACT_ITEM (item), NULL);
  return g_object_new (YT_TYPE_FACT_ROW, "item", item, NULL);
}

YtFactItem *
yt_fact_row_get_item (YtFactRow *self)
{
  g_return_val_if_fail (YT_IS_FACT_ROW (self), NULL);
  return self->item;
}
