/* main.c: the command line, or the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "yt-application.h"
#include "yt-command-line.h"

int
main (int   argc,
      char *argv[])
{
  g_auto(YtCommandLine) cl = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(YtApplication) app = NULL;

  const char *localedir = g_getenv ("YUNTU_LOCALEDIR");
  g_autoptr(GPtrArray) app_argv = NULL;

  setlocale (LC_ALL, "");
  /* Lets the build tree and its tests run translated before installation. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!yt_command_line_parse (&cl, &argc, &argv, &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      g_printerr (_("Run “yuntu --help” to see the options.\n"));
      return YT_EXIT_USAGE;
    }

  if (yt_command_line_headless (&cl))
    return yt_command_line_run (&cl);

  /* The options are parsed; the window only needs the files. */
  app_argv = g_ptr_array_new ();
  g_ptr_array_add (app_argv, argv[0]);
  for (guint i = 0; cl.files != NULL && cl.files[i] != NULL; i++)
    g_ptr_array_add (app_argv, cl.files[i]);
  g_ptr_array_add (app_argv, NULL);

  app = yt_application_new ();
  return g_application_run (G_APPLICATION (app), (int) app_argv->len - 1,
                            (char **) app_argv->pdata);
}
