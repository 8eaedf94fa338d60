/* yt-window-export.c: what leaves the window: maps, reports, prints, and the toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Map… writes what the window shows: the view's kind, centre and
 * zoom, its layers and shading, the filter and "as of" year, the selection,
 * in the map's language.  A size other than the screen's keeps the same area
 * and draws it at a scale, so labels and markers keep their size relative to
 * the map.  The command line's --export-map keeps its own defaults.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-report-dialog.h"
#include "yt-report-print.h"
#include "yt-window-private.h"

/* The choices of the export dialog's Size: 0 × 0 is the map as shown. */
static const struct { const char *id; int width, height, factor; } sizes[] = {
  { "shown", 0, 0, 1 },
  { "double", 0, 0, 2 },
  { "1920x1080", 1920, 1080, 0 },
  { "3840x2160", 3840, 2160, 0 },
};

static void
map_size (YtWindow *self,
          int      *width,
          int      *height)
{
  *width = MAX (gtk_widget_get_width (GTK_WIDGET (self->map_view)), 320);
  *height = MAX (gtk_widget_get_height (GTK_WIDGET (self->map_view)), 240);
}

YtMapRenderer *
yt_window_renderer_for_export (YtWindow *self,
                               int       width,
                               int       height,
                               double   *scale)
{
  YtMapRenderer *shown = yt_map_view_get_renderer (self->map_view);
  YtViewport *viewport = yt_map_renderer_get_viewport (shown);
  YtMapRenderer *renderer = yt_map_renderer_new (yt_map_renderer_get_kind (shown));
  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);
  static const guint none[1] = { 0 };
  int shown_w, shown_h;
  double cx, cy;

  map_size (self, &shown_w, &shown_h);
  /* The largest scale at which the output still holds all the window shows. */
  *scale = MIN ((double) width / shown_w, (double) height / shown_h);
  yt_map_renderer_set_language (renderer, yt_map_renderer_get_language (shown));
  yt_map_renderer_set_dark (renderer, yt_map_renderer_get_dark (shown));
  yt_map_renderer_set_choropleth (renderer, yt_map_renderer_get_choropleth (shown));
  yt_map_renderer_set_graticule (renderer, yt_map_renderer_get_graticule (shown));
  yt_map_renderer_set_as_of_year (renderer, yt_map_renderer_get_as_of_year (shown));
  yt_map_renderer_set_legend_visible (renderer, yt_map_renderer_get_legend_visible (shown));
  yt_map_renderer_set_atlas (renderer, yt_view_state_get_atlas (self->view_state));
  yt_map_renderer_set_sites (renderer, filtered->len > 0 ? (const guint *) (gconstpointer) filtered->data : none,
                             filtered->len);
  yt_map_renderer_set_selection (renderer, yt_view_state_get_selection (self->view_state));
  yt_viewport_get_center (viewport, &cx, &cy);
  yt_map_renderer_set_view (renderer, width / *scale, height / *scale, cx, cy, yt_viewport_get_scale (viewport));
  return renderer;
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

void
yt_window_show_file_toast (YtWindow   *self,
                           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  AdwToast *toast;

  g_return_if_fail (YT_IS_WINDOW (self));

  g_free (self->last_toast);
  /* Translators: a toast after an export; %s is the file's name */
  self->last_toast = g_strdup_printf (_("Saved as “%s”"), escaped);
  toast = adw_toast_new (self->last_toast);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), toast);
}

gboolean
yt_window_export_map (YtWindow    *self,
                      const char  *path,
                      int          width,
                      int          height,
                      GError     **error)
{
  g_autoptr(YtMapRenderer) renderer = NULL;
  YtExportFormat format = YT_EXPORT_FORMAT_PNG;
  double scale;

  g_return_val_if_fail (YT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (width <= 0 || height <= 0)
    map_size (self, &width, &height);
  renderer = yt_window_renderer_for_export (self, width, height, &scale);
  yt_export_format_from_path (path, &format);
  if (!yt_map_export_to_file_full (renderer, path, format, width, height, scale, error))
    return FALSE;
  yt_window_show_file_toast (self, path);
  return TRUE;
}

static void
show_error (YtWindow     *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (message));
}

static void
on_export_map_response (GtkNativeDialog *chooser,
                        int              response,
                        YtWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  const char *size = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "size");
  int width = 0, height = 0;
  YtExportFormat format;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL ||
      (path = g_file_get_path (file)) == NULL)
    {
      g_object_unref (chooser);
      return;
    }
  if (!yt_export_format_from_path (path, &format))
    {
      /* No known extension: take the format of the chosen filter. */
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      const char *ext = filter != NULL ? g_object_get_data (G_OBJECT (filter), "extension") : NULL;
      char *with_ext = g_strconcat (path, ext != NULL ? ext : ".png", NULL);

      g_free (path);
      path = with_ext;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (g_strcmp0 (size, sizes[i].id) == 0)
      {
        map_size (self, &width, &height);
        width = sizes[i].factor > 0 ? width * sizes[i].factor : sizes[i].width;
        height = sizes[i].factor > 0 ? height * sizes[i].factor : sizes[i].height;
      }
  g_object_unref (chooser);
  if (!yt_window_export_map (self, path, width, height, &error))
    show_error (self, _("The map was not exported"), error);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime,
            const char     *extension)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime);
  gtk_file_filter_add_pattern (filter, pattern);
  g_object_set_data_full (G_OBJECT (filter), "extension", g_strdup (extension), g_free);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
add_size_choice (YtWindow       *self,
                 GtkFileChooser *chooser)
{
  const char *ids[G_N_ELEMENTS (sizes) + 1] = { NULL };
  g_autofree char *shown = NULL;
  g_autofree char *twice = NULL;
  const char *labels[G_N_ELEMENTS (sizes) + 1] = { NULL };
  int width, height;

  map_size (self, &width, &height);
  /* Translators: an export size: the map as the window shows it, in pixels */
  shown = g_strdup_printf (_("As shown (%d × %d)"), width, height);
  /* Translators: an export size: twice the window's map, sharper in print */
  twice = g_strdup_printf (_("Twice as large (%d × %d)"), width * 2, height * 2);
  labels[0] = shown;
  labels[1] = twice;
  labels[2] = _("1920 × 1080 (Full HD)");
  labels[3] = _("3840 × 2160 (4K)");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    ids[i] = sizes[i].id;
  gtk_file_chooser_add_choice (chooser, "size", _("Size"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "size", "shown");
}

static void
export_map_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (widget),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG image"), "image/png", ".png");
  add_filter (GTK_FILE_CHOOSER (chooser), _("SVG image"), "image/svg+xml", ".svg");
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF document"), "application/pdf", ".pdf");
  add_size_choice (YT_WINDOW (widget), GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("yuntu-map.png"));
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_map_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_report_exported (YtWindow   *self,
                    const char *path)
{
  yt_window_show_file_toast (self, path);
}

static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);
  YtAtlas *atlas = yt_view_state_get_atlas (self->view_state);
  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);
  YtReportDialog *dialog;

  if (atlas == NULL)
    return;
  dialog = yt_report_dialog_new (GTK_WINDOW (self), atlas, (const guint *) (gconstpointer) filtered->data,
                                 filtered->len);
  yt_report_dialog_set_as_of_year (dialog, yt_view_state_get_as_of_year (self->view_state));
  if (YT_REF_KIND (yt_view_state_get_selection (self->view_state)) == YT_RECORD_COMPANY)
    yt_report_dialog_set_company (dialog, YT_REF_INDEX (yt_view_state_get_selection (self->view_state)));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_report_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_printed (GtkPrintOperationResult  result,
            const GError            *error,
            gpointer                 user_data)
{
  g_autoptr(YtWindow) self = user_data;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (self, _("The report was not printed"), error);
}

/* Print… goes straight to the print dialog with the report of what the
 * window shows: the filtered sites when a filter is on, else everything. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  YtWindow *self = YT_WINDOW (widget);
  YtAtlas *atlas = yt_view_state_get_atlas (self->view_state);
  const GArray *filtered = yt_view_state_get_filtered_sites (self->view_state);
  g_autoptr(YtReport) report = NULL;
  YtReportOptions options;

  if (atlas == NULL)
    return;
  yt_report_options_init (&options);
  options.lang = yt_view_state_get_language (self->view_state);
  options.as_of_year = yt_view_state_get_as_of_year (self->view_state);
  if (yt_view_state_get_filter_active (self->view_state))
    {
      options.scope = YT_REPORT_SCOPE_SITES;
      options.sites = (const guint *) (gconstpointer) filtered->data;
      options.n_sites = filtered->len;
    }
  report = yt_report_new (atlas, &options);
  yt_report_print (GTK_WINDOW (self), report, options.paper, on_printed, g_object_ref (self));
}

void
yt_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-map", NULL, export_map_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-map", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-report", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
