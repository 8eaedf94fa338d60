/* yt-command-line.c: options and the modes that run without a display
 *
 * Nothing here touches GTK, so every mode but the window works with neither
 * DISPLAY nor WAYLAND_DISPLAY set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>
#include <yuntu/yuntu.h>

#include "yt-command-line.h"

void
yt_command_line_clear (YtCommandLine *cl)
{
  g_clear_pointer (&cl->export_map, g_free);
  g_clear_pointer (&cl->export_report, g_free);
  g_clear_pointer (&cl->view, g_free);
  g_clear_pointer (&cl->size, g_free);
  g_clear_pointer (&cl->scale, g_free);
  g_clear_pointer (&cl->lang, g_free);
  g_clear_pointer (&cl->paper, g_free);
  g_clear_pointer (&cl->as_of, g_free);
  g_clear_pointer (&cl->author, g_free);
  g_clear_pointer (&cl->export_data, g_free);
  g_clear_pointer (&cl->import, g_free);
  g_clear_pointer (&cl->output, g_free);
  g_clear_pointer (&cl->map, g_strfreev);
  g_clear_pointer (&cl->defaults, g_strfreev);
  g_clear_pointer (&cl->files, g_strfreev);
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  char *end = NULL;
  guint64 w, h;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  w = g_ascii_strtoull (text, &end, 10);
  if (end == NULL || (*end != 'x' && *end != 'X') || !g_ascii_isdigit (end[1]))
    return FALSE;
  h = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0' || w < 16 || h < 16 || w > 16384 || h > 16384)
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

/* A year as the window's "as of" control offers it: 1 to 9999, digits only. */
static int
parse_year (const char *text)
{
  gsize len = text != NULL ? strlen (text) : 0;

  if (len == 0 || len > 4 || strspn (text, "0123456789") != len)
    return 0;
  return atoi (text);
}

static gboolean
check_as_of (YtCommandLine  *cl,
             GError        **error)
{
  if (cl->as_of == NULL)
    return TRUE;
  if (cl->export_map == NULL && cl->export_report == NULL && cl->export_data == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--as-of applies only to --export-map, --export-report and --export-data.")), FALSE);
  if (parse_year (cl->as_of) == 0)
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Invalid year “%s” for --as-of: use a year such as 2020."), cl->as_of), FALSE);
  return TRUE;
}

static gboolean
parse_scale (const char *text,
             double     *scale)
{
  char *end = NULL;
  double value;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    return FALSE;
  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !(value >= YT_MAP_EXPORT_MIN_SCALE && value <= YT_MAP_EXPORT_MAX_SCALE))
    return FALSE;
  *scale = value;
  return TRUE;
}

static gboolean
check_import (YtCommandLine  *cl,
              GError        **error)
{
  if (cl->import == NULL)
    {
      if (cl->output != NULL || cl->map != NULL || cl->defaults != NULL || cl->skip_bad_rows)
        return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                     _("--output, --map, --default and --skip-bad-rows apply only to --import.")), FALSE);
      return TRUE;
    }
  if (cl->output == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--import needs --output=OUT.xml, the atlas file to write.")), FALSE);
  return TRUE;
}

static gboolean
check_choice (const char  *option,
              const char  *value,
              const char  *choices,
              GError     **error)
{
  g_auto(GStrv) list = g_strsplit (choices, "|", -1);

  if (value == NULL || g_strv_contains ((const char * const *) list, value))
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
               _("Invalid value “%s” for %s: use one of %s."), value, option, choices);
  return FALSE;
}

static gboolean
check_combination (YtCommandLine  *cl,
                   GError        **error)
{
  guint modes = !!cl->validate + (cl->export_map != NULL) + (cl->export_report != NULL) +
                (cl->export_data != NULL) + (cl->import != NULL);
  double scale;
  int w, h;

  if (modes > 1)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("Use only one of --validate, --export-map, --export-report, --export-data and --import.")), FALSE);
  if (cl->validate && (cl->files == NULL || cl->files[0] == NULL))
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--validate needs at least one file to check.")), FALSE);
  if ((cl->view != NULL || cl->size != NULL) && cl->export_map == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--view and --size apply only to --export-map.")), FALSE);
  if (cl->scale != NULL && cl->export_map == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--scale applies only to --export-map.")), FALSE);
  if (cl->scale != NULL && !parse_scale (cl->scale, &scale))
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Invalid scale “%s”: use a number from 0.25 to 8, for example 2."),
                         cl->scale), FALSE);
  if (cl->paper != NULL && cl->export_report == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--paper applies only to --export-report.")), FALSE);
  if (cl->author != NULL && cl->export_report == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--author applies only to --export-report.")), FALSE);
  if (cl->lang != NULL && cl->export_map == NULL && cl->export_report == NULL && cl->export_data == NULL)
    return (g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                                 _("--lang applies only to --export-map, --export-report and --export-data.")), FALSE);
  if (cl->size != NULL && !parse_size (cl->size, &w, &h))
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Invalid size “%s”: use WIDTHxHEIGHT in pixels, for example 1920x1080."),
                         cl->size), FALSE);
  return check_as_of (cl, error) &&
         check_import (cl, error) &&
         check_choice ("--view", cl->view, "china|world", error) &&
         check_choice ("--lang", cl->lang, "zh_CN|en", error) &&
         check_choice ("--paper", cl->paper, "a4|letter", error);
}

gboolean
yt_command_line_parse (YtCommandLine  *cl,
                       int            *argc,
                       char         ***argv,
                       GError        **error)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &cl->version,
      N_("Show the version and exit"), NULL },
    { "validate", 0, 0, G_OPTION_ARG_NONE, &cl->validate,
      N_("Check data files, print every problem and exit"), NULL },
    { "export-map", 0, 0, G_OPTION_ARG_FILENAME, &cl->export_map,
      N_("Write the map to OUT (.png, .svg or .pdf) and exit"), N_("OUT") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &cl->view,
      N_("Map to export: china or world (default: china)"), N_("VIEW") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &cl->size,
      N_("Size of the exported map in pixels (default: 1920x1080)"), N_("WxH") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &cl->scale,
      N_("Size of the exported map’s text and symbols: 2 draws them twice as large, "
         "for a 3840x2160 map that reads like a 1920x1080 one (default: 1)"), N_("F") },
    { "export-report", 0, 0, G_OPTION_ARG_FILENAME, &cl->export_report,
      N_("Write a PDF briefing report to OUT and exit"), N_("OUT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &cl->lang,
      N_("Language of the export: zh_CN or en (default: the interface language)"), N_("LANG") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &cl->paper,
      N_("Paper size of the report: a4 or letter (default: a4)"), N_("PAPER") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &cl->as_of,
      N_("Show the sites and Belt and Road members of YEAR, as the window’s “as of” control does"), N_("YEAR") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &cl->author,
      N_("Author named in the report’s document properties (default: none)"), N_("NAME") },
    { "export-data", 0, 0, G_OPTION_ARG_FILENAME, &cl->export_data,
      N_("Write the sites (and, in a GeoPackage, regions, corridors and facts) to OUT (.gpkg, .geojson, .kml or .csv) and exit"), N_("OUT") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &cl->import,
      N_("Turn the sites in IN (.csv, .geojson, .kml, .kmz or .gpkg) into an atlas file and exit"), N_("IN") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &cl->output,
      N_("The atlas file --import writes"), N_("OUT.xml") },
    { "map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cl->map,
      N_("Read FIELD (name, kind, operator, lat, …) from COLUMN; repeat for more fields"), N_("FIELD=COLUMN") },
    { "default", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cl->defaults,
      N_("Use VALUE where a row gives no FIELD (kind, operator, region, precision) or describe the file (source-title, source-publisher, source-url, source-date, source-grade)"), N_("FIELD=VALUE") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &cl->skip_bad_rows,
      N_("Import the good rows and leave out the rows with problems"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &cl->files, NULL, N_("[FILE…]") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Explore China’s cloud computing hubs and the cloud sites of Chinese firms along the Belt and Road.\n"
      "Without options, opens the window on the bundled data plus the FILEs given."));
  g_option_context_set_description (context,
    _("Exit status: 0 success, 1 invalid or unreadable input, 2 bad usage, 3 output not written.\n"
      "Every mode but the window runs without a display."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return g_option_context_parse (context, argc, argv, error) && check_combination (cl, error);
}

gboolean
yt_command_line_headless (const YtCommandLine *cl)
{
  return cl->version || cl->validate || cl->export_map != NULL || cl->export_report != NULL ||
         cl->export_data != NULL || cl->import != NULL;
}

static YtLang
export_language (const YtCommandLine *cl)
{
  YtLang lang;

  if (cl->lang != NULL && yt_lang_from_string (cl->lang, &lang))
    return lang;
  return yt_lang_from_locale ();
}

/* The bundled set plus FILE…, with the problems found. */
static YtAtlas *
load_atlas (const YtCommandLine *cl,
            GPtrArray          **problems)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();

  yt_atlas_loader_add_bundled (loader);
  for (guint i = 0; cl->files != NULL && cl->files[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, cl->files[i]);
  return yt_atlas_loader_finish (loader, problems, NULL);
}

/* Prints problems as --validate does: a map or report of data that does not
 * load would silently leave sites out. Returns @atlas. */
static YtAtlas *
report_problems (YtAtlas   *atlas,
                 GPtrArray *problems)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = yt_atlas_problem_to_string (g_ptr_array_index (problems, i));
      g_printerr ("%s\n", line);
    }
  return atlas;
}

/* The sites the window lists with its "as of" control at @year; NULL for 0. */
static GArray *
sites_as_of (YtAtlas *atlas,
             int      year)
{
  g_autoptr(YtViewState) state = NULL;

  if (year == 0)
    return NULL;
  state = yt_view_state_new ();
  yt_view_state_set_atlas (state, atlas);
  yt_view_state_set_as_of_year (state, year);
  return g_array_ref ((GArray *) yt_view_state_get_filtered_sites (state));
}

typedef struct {
  const YtCommandLine *cl;
  YtMapKind            kind;
  GPtrArray           *problems;
} Preparation;

static gpointer
prepare_map (gpointer data)
{
  Preparation *prep = data;

  yt_map_prepare_basemaps (prep->kind);
  return load_atlas (prep->cl, &prep->problems);
}

static int
export_map (const YtCommandLine *cl)
{
  g_autoptr(YtAtlas) atlas = NULL;
  g_autoptr(YtMapRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  YtExportFormat format;
  YtMapKind kind = YT_MAP_KIND_CHINA;
  int width = 1920, height = 1080;
  double scale = 1.0;
  Preparation prep;
  GThread *thread;

  if (!yt_export_format_from_path (cl->export_map, &format))
    {
      g_printerr (_("yuntu: cannot tell the format of “%s”: name it .png, .svg or .pdf.\n"),
                  cl->export_map);
      return YT_EXIT_USAGE;
    }
  if (cl->view != NULL)
    yt_map_kind_from_string (cl->view, &kind);
  if (cl->size != NULL)
    parse_size (cl->size, &width, &height);
  if (cl->scale != NULL)
    parse_scale (cl->scale, &scale);

  /* Data and basemaps load on a second thread while this one loads the
   * fonts: together they are half the time of an export. */
  prep = (Preparation) { cl, kind, NULL };
  thread = g_thread_new ("yt-prepare", prepare_map, &prep);
  renderer = yt_map_renderer_new (kind);
  yt_map_renderer_set_language (renderer, export_language (cl));
  yt_map_renderer_prepare_text (renderer);
  atlas = report_problems (g_thread_join (thread), prep.problems);
  g_clear_pointer (&prep.problems, g_ptr_array_unref);
  if (atlas == NULL)
    return YT_EXIT_INVALID_INPUT;
  yt_map_renderer_set_atlas (renderer, atlas);
  if (cl->as_of != NULL)
    {
      g_autoptr(GArray) sites = sites_as_of (atlas, parse_year (cl->as_of));

      yt_map_renderer_set_sites (renderer, (const guint *) (gconstpointer) sites->data, sites->len);
      yt_map_renderer_set_as_of_year (renderer, parse_year (cl->as_of));
    }
  /* Most sites have no sourced position; shading regions by their sites
   * is how an exported map still shows every one of them. */
  yt_map_renderer_set_choropleth (renderer, YT_MAP_CHOROPLETH_SITES);
  if (!yt_map_export_to_file_full (renderer, cl->export_map, format, width, height, scale, &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_NOT_WRITTEN;
    }
  return YT_EXIT_OK;
}

static int
export_report (const YtCommandLine *cl)
{
  g_autoptr(YtAtlas) atlas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) sites = NULL;
  YtReportOptions options;

  yt_report_options_init (&options);
  options.lang = export_language (cl);
  if (cl->paper != NULL)
    yt_paper_from_string (cl->paper, &options.paper);
  if ((atlas = report_problems (load_atlas (cl, &problems), problems)) == NULL)
    return YT_EXIT_INVALID_INPUT;
  if (cl->as_of != NULL)
    {
      options.as_of_year = parse_year (cl->as_of);
      sites = sites_as_of (atlas, options.as_of_year);
      options.scope = YT_REPORT_SCOPE_SITES;
      options.sites = (const guint *) (gconstpointer) sites->data;
      options.n_sites = sites->len;
    }
  options.author = cl->author;
  return yt_report_export_main (atlas, cl->export_report, &options, stderr);
}

static int
export_data (const YtCommandLine *cl)
{
  g_autoptr(YtAtlas) atlas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(YtDataExport) export = NULL;
  g_autoptr(GError) error = NULL;
  YtDataFormat format;

  if (!yt_data_format_from_path (cl->export_data, &format))
    {
      g_printerr (_("yuntu: cannot tell the format of “%s”: name it .gpkg, .geojson, .kml or .csv.\n"),
                  cl->export_data);
      return YT_EXIT_USAGE;
    }
  if ((atlas = report_problems (load_atlas (cl, &problems), problems)) == NULL)
    return YT_EXIT_INVALID_INPUT;
  export = yt_data_export_new (atlas);
  yt_data_export_set_language (export, export_language (cl));
  yt_data_export_set_as_of_year (export, parse_year (cl->as_of));
  if (!yt_data_export_write (export, cl->export_data, format, NULL, &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_NOT_WRITTEN;
    }
  return YT_EXIT_OK;
}

static void
print_import_problems (YtDataImport *import)
{
  GPtrArray *problems = yt_data_import_get_problems (import);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = yt_import_problem_to_string (problems->pdata[i]);
      g_printerr ("%s\n", line);
    }
}

static gboolean
apply_mapping (const YtCommandLine  *cl,
               YtImportMapping      *mapping,
               GError              **error)
{
  for (guint i = 0; cl->map != NULL && cl->map[i] != NULL; i++)
    if (!yt_import_mapping_parse_map (mapping, cl->map[i], error))
      return FALSE;
  for (guint i = 0; cl->defaults != NULL && cl->defaults[i] != NULL; i++)
    if (!yt_import_mapping_parse_default (mapping, cl->defaults[i], error))
      return FALSE;
  yt_import_mapping_set_skip_bad_rows (mapping, cl->skip_bad_rows);
  return TRUE;
}

static int
import_data (const YtCommandLine *cl)
{
  g_autoptr(YtAtlas) atlas = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(YtDataImport) import = yt_data_import_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (cl->import);
  g_autofree char *output = g_filename_display_name (cl->output);
  YtDataFormat format;

  if (!yt_data_format_from_import_path (cl->import, &format))
    {
      g_printerr (_("yuntu: cannot tell the format of “%s”: name it .csv, .geojson, .kml, .kmz or .gpkg.\n"), cl->import);
      return YT_EXIT_USAGE;
    }
  if ((atlas = report_problems (load_atlas (cl, &problems), problems)) == NULL)
    return YT_EXIT_INVALID_INPUT;
  if (!yt_data_import_read_file (import, cl->import, &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_INVALID_INPUT;
    }
  if (!apply_mapping (cl, yt_data_import_get_mapping (import), &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_USAGE;
    }
  yt_data_import_set_reference (import, atlas, (const char * const *) cl->files);
  if (!yt_data_import_convert (import, NULL, &error))
    {
      print_import_problems (import);
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_INVALID_INPUT;
    }
  print_import_problems (import);
  if (!yt_data_import_write (import, cl->output, &error))
    {
      g_printerr ("yuntu: %s\n", error->message);
      return YT_EXIT_NOT_WRITTEN;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u new site written to %s", "%s: %u new sites written to %s",
                        yt_data_import_get_n_new (import)),
           name, yt_data_import_get_n_new (import), output);
  g_print (g_dngettext (GETTEXT_PACKAGE, "; %u row already in the atlas", "; %u rows already in the atlas",
                        yt_data_import_get_n_matched (import)), yt_data_import_get_n_matched (import));
  g_print (g_dngettext (GETTEXT_PACKAGE, "; %u row with problems left out.\n", "; %u rows with problems left out.\n",
                        yt_data_import_get_n_skipped (import)), yt_data_import_get_n_skipped (import));
  return YT_EXIT_OK;
}

int
yt_command_line_run (const YtCommandLine *cl)
{
  if (cl->version)
    {
      g_print ("yuntu %s\n", PACKAGE_VERSION);
      return YT_EXIT_OK;
    }
  if (cl->validate)
    return yt_validate_main ((const char * const *) cl->files, stdout, stderr);
  if (cl->export_map != NULL)
    return export_map (cl);
  if (cl->export_report != NULL)
    return export_report (cl);
  if (cl->export_data != NULL)
    return export_data (cl);
  if (cl->import != NULL)
    return import_data (cl);
  return YT_EXIT_USAGE;
}
