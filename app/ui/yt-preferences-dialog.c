/* yt-preferences-dialog.c: the interface language
 *
 * The choice lives in GSettings; the application follows the key and applies
 * it to the open window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-preferences-dialog.h"

struct _YtPreferencesDialog
{
  GtkWindow  parent_instance;
  GSettings *settings;
  GtkWidget *language_dropdown;
};

G_DEFINE_FINAL_TYPE (YtPreferencesDialog, yt_preferences_dialog, GTK_TYPE_WINDOW)

/* Positions in the drop-down, in the order of the .ui file. */
static const char * const language_values[] = { "", "en", "zh_CN" };

static gboolean
position_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char *language = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (language_values); i++)
    if (g_str_equal (language, language_values[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_setting (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (language_values))
    position = 0;
  return g_variant_new_string (language_values[position]);
}

static void
yt_preferences_dialog_dispose (GObject *object)
{
  YtPreferencesDialog *self = YT_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (yt_preferences_dialog_parent_class)->dispose (object);
}

static void
yt_preferences_dialog_class_init (YtPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/yuntu/Yuntu/yt-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtPreferencesDialog, language_dropdown);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
yt_preferences_dialog_init (YtPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind_with_mapping (self->settings, "language", self->language_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, position_from_setting,
                                position_to_setting, NULL, NULL);
}

YtPreferencesDialog *
yt_preferences_dialog_new (GtkWindow *parent)
{
  return g_object_new (YT_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
}
