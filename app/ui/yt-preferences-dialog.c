/* yt-preferences-dialog.c: the interface language and the style
 *
 * The choices live in GSettings; the application follows the keys and
 * applies them to the open window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-preferences-dialog.h"

struct _YtPreferencesDialog
{
  AdwPreferencesWindow  parent_instance;
  GSettings            *settings;
  GtkWidget            *language_row;
  GtkWidget            *style_row;
};

G_DEFINE_FINAL_TYPE (YtPreferencesDialog, yt_preferences_dialog, ADW_TYPE_PREFERENCES_WINDOW)

/* Positions in the rows' lists, in the order of the .ui file; NULL ends. */
static const char * const language_values[] = { "", "en", "zh_CN", NULL };
static const char * const style_values[] = { "default", "light", "dark", NULL };

static gboolean
position_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  const char * const *values = user_data;
  const char *setting = g_variant_get_string (variant, NULL);

  g_value_set_uint (value, 0);
  for (guint i = 0; values[i] != NULL; i++)
    if (g_str_equal (setting, values[i]))
      g_value_set_uint (value, i);
  return TRUE;
}

static GVariant *
position_to_setting (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  const char * const *values = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) values))
    position = 0;
  return g_variant_new_string (values[position]);
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
  gtk_widget_class_bind_template_child (widget_class, YtPreferencesDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, YtPreferencesDialog, style_row);
}

static void
yt_preferences_dialog_init (YtPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind_with_mapping (self->settings, "language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, position_from_setting,
                                position_to_setting, (gpointer) language_values, NULL);
  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, position_from_setting,
                                position_to_setting, (gpointer) style_values, NULL);
}

YtPreferencesDialog *
yt_preferences_dialog_new (GtkWindow *parent)
{
  return g_object_new (YT_TYPE_PREFERENCES_DIALOG, "transient-for", parent, NULL);
}
