/* yt-application.c: the Yuntu application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-application.h"
#include "yt-preferences-dialog.h"
#include "yt-window.h"

struct _YtApplication
{
  AdwApplication  parent_instance;
  YtAtlasStore   *store;
  YtViewState    *view_state;     /* outlives windows: selection survives a rebuild */
  GSettings      *settings;
  char           *system_language;   /* LANGUAGE as the session set it */
  GtkWidget      *preferences;       /* the open Preferences window, or NULL */
};

/* GNU gettext re-reads its catalogues when this counter changes. */
extern int _nl_msg_cat_cntr;

G_DEFINE_FINAL_TYPE (YtApplication, yt_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.view::china", { "<Control>1", NULL } },
  { "win.view::world", { "<Control>2", NULL } },
  { "win.sidebar-visible", { "F9", NULL } },
};

static YtWindow *
get_window (YtApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (yt_window_new (GTK_APPLICATION (self), self->store, self->view_state));
  return YT_WINDOW (window);
}

/* The window shows first and the data follows: an empty window's first frame
 * alone costs about 90 ms here. */
static void
yt_application_activate (GApplication *app)
{
  YtApplication *self = YT_APPLICATION (app);
  YtWindow *window = get_window (self);

  gtk_window_present (GTK_WINDOW (window));
  if (yt_atlas_store_get_atlas (self->store) == NULL && !yt_atlas_store_get_loading (self->store))
    yt_window_load_files (window, NULL);
}

static void
yt_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  YtWindow *window = get_window (YT_APPLICATION (app));
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);

  gtk_window_present (GTK_WINDOW (window));
  yt_window_load_files (window, (const char * const *) paths->pdata);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  YtApplication *self = user_data;
  static const char *developers[] = { "The Yuntu developers", NULL };
  const char *data_credits[] = {
    _("Basemap: Digital Chart of the World (DCW) via GMT, LGPL-3.0-or-later"),
    _("Region names: Debian iso-codes, LGPL-2.1-or-later"),
    _("Place coordinates: GeoNames (geonames.org), CC BY 4.0"),
    _("Facts: each fact names its own published source"),
    NULL,
  };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "modal", TRUE,
                        "application-name", _("Yuntu"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("An atlas of China’s cloud computing hubs and the cloud sites of Chinese firms along the Belt and Road."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Yuntu developers",
                        "developers", developers,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Data"), data_credits);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Boundaries"), NULL, GTK_LICENSE_CUSTOM,
                                      _("Boundaries on Yuntu’s maps are illustrative and imply no position on any territorial claim."));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
show_preferences (YtApplication *self)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->preferences == NULL)
    {
      self->preferences = GTK_WIDGET (yt_preferences_dialog_new (parent));
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_present (GTK_WINDOW (self->preferences));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  show_preferences (YT_APPLICATION (user_data));
}

/* Dark or light as chosen in Preferences, or as the system prefers. */
static void
apply_color_scheme (YtApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme value = g_str_equal (scheme, "light") ? ADW_COLOR_SCHEME_FORCE_LIGHT :
                         g_str_equal (scheme, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK :
                         ADW_COLOR_SCHEME_DEFAULT;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), value);
}

static void
set_language_environment (YtApplication *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "language");

  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  else if (self->system_language != NULL)
    g_setenv ("LANGUAGE", self->system_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  ++_nl_msg_cat_cntr;
  yt_view_state_set_language (self->view_state, yt_lang_from_locale ());
}

/* Strings from templates are translated when a widget is built, so the
 * windows are rebuilt in place: the data, the view and the selection live
 * outside them and survive, and the new window takes over the old one's
 * page, panel and place on the map.  Preferences, where the language was
 * chosen, opens again in front of the new window. */
static void
on_language_changed (YtApplication *self)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  gboolean preferences_open = self->preferences != NULL;

  set_language_environment (self);
  if (self->preferences != NULL)
    gtk_window_destroy (GTK_WINDOW (self->preferences));
  for (GList *l = windows; l != NULL; l = l->next)
    {
      GtkWindow *old = l->data;
      YtWindow *window;

      if (!YT_IS_WINDOW (old))
        continue;
      window = yt_window_new (GTK_APPLICATION (self), self->store, self->view_state);
      yt_window_take_over (window, YT_WINDOW (old));
      gtk_window_present (GTK_WINDOW (window));
      gtk_window_destroy (old);
    }
  g_list_free (windows);
  if (preferences_open)
    show_preferences (self);
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "quit", .activate = quit_action },
};

static void
yt_application_startup (GApplication *app)
{
  YtApplication *self = YT_APPLICATION (app);

  G_APPLICATION_CLASS (yt_application_parent_class)->startup (app);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/yuntu/Yuntu/icons");
  /* AdwApplication loads style.css from the resource base path itself. */

  self->settings = g_settings_new (APPLICATION_ID);
  self->system_language = g_strdup (g_getenv ("LANGUAGE"));
  set_language_environment (self);
  g_signal_connect_object (self->settings, "changed::language",
                           G_CALLBACK (on_language_changed), self, G_CONNECT_SWAPPED);
  apply_color_scheme (self);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (apply_color_scheme), self, G_CONNECT_SWAPPED);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), app_accels[i].action,
                                           app_accels[i].accels);
}

static void
yt_application_dispose (GObject *object)
{
  YtApplication *self = YT_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_object (&self->view_state);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->system_language, g_free);

  G_OBJECT_CLASS (yt_application_parent_class)->dispose (object);
}

static void
yt_application_class_init (YtApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = yt_application_dispose;
  app_class->activate = yt_application_activate;
  app_class->open = yt_application_open;
  app_class->startup = yt_application_startup;
}

static void
yt_application_init (YtApplication *self)
{
  self->store = yt_atlas_store_new ();
  self->view_state = yt_view_state_new ();
  g_object_bind_property (self->store, "atlas", self->view_state, "atlas", G_BINDING_SYNC_CREATE);
}

YtViewState *
yt_application_get_view_state (YtApplication *self)
{
  g_return_val_if_fail (YT_IS_APPLICATION (self), NULL);
  return self->view_state;
}

YtAtlasStore *
yt_application_get_store (YtApplication *self)
{
  g_return_val_if_fail (YT_IS_APPLICATION (self), NULL);
  return self->store;
}

YtApplication *
yt_application_new (void)
{
  return g_object_new (YT_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/yuntu/Yuntu",
                       NULL);
}
