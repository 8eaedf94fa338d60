/* yt-report-dialog.c: report options, then export to PDF or print
 *
 * Export runs in a worker thread and writes through a temporary file, so a
 * failed or cancelled export never leaves a broken file nor touches an
 * existing one; printing draws the same pages through GtkPrintOperation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-report-dialog.h"
#include "yt-save-chooser.h"
#include "yt-report-print.h"

struct _YtReportDialog
{
  GtkWindow     parent_instance;
  YtAtlas      *atlas;
  GArray       *filtered;        /* guint site indices of the window's filter */
  int           as_of_year;      /* of the window's filter, 0 for none */
  GArray       *companies;       /* guint company index per drop-down row */
  GCancellable *cancellable;
  GtkWidget    *section_checks[9];

  GtkWidget    *language_dropdown;
  GtkWidget    *paper_dropdown;
  GtkWidget    *scope_dropdown;
  GtkWidget    *company_label;
  GtkWidget    *company_dropdown;
  GtkWidget    *author_entry;
  GtkWidget    *sections_box;
  GtkWidget    *progress_bar;
};

G_DEFINE_FINAL_TYPE (YtReportDialog, yt_report_dialog, GTK_TYPE_WINDOW)

enum { EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const char * const section_names[] = {
  N_("Cover"), N_("Contents"), N_("Executive summary"), N_("Maps"), N_("Company profiles"),
  N_("Hubs and clusters"), N_("Belt and Road sites"), N_("Notes on data"), N_("Sources"),
};

void
yt_report_dialog_set_as_of_year (YtReportDialog *self,
                                 int             year)
{
  g_return_if_fail (YT_IS_REPORT_DIALOG (self));
  self->as_of_year = year;
}

/* The company a "company" report is about, chosen up front: the one the
 * window shows. */
void
yt_report_dialog_set_company (YtReportDialog *self,
                              guint           company)
{
  g_return_if_fail (YT_IS_REPORT_DIALOG (self));

  for (guint i = 0; i < self->companies->len; i++)
    if (g_array_index (self->companies, guint, i) == company)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->company_dropdown), i);
}

void
yt_report_dialog_get_options (YtReportDialog  *self,
                              YtReportOptions *options)
{
  guint company = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->company_dropdown));

  g_return_if_fail (YT_IS_REPORT_DIALOG (self));

  yt_report_options_init (options);
  options->lang = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->language_dropdown)) == 1
                  ? YT_LANG_ZH : YT_LANG_EN;
  options->paper = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->paper_dropdown)) == 1
                   ? YT_PAPER_LETTER : YT_PAPER_A4;
  /* The entry owns the text: yt_report_new() copies it. */
  options->author = gtk_editable_get_text (GTK_EDITABLE (self->author_entry));
  options->sections = 0;
  for (guint i = 0; i < G_N_ELEMENTS (self->section_checks); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->section_checks[i])))
      options->sections |= 1u << i;

  switch (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scope_dropdown)))
    {
    case 1:
      options->scope = YT_REPORT_SCOPE_SITES;
      options->sites = (const guint *) self->filtered->data;
      options->n_sites = self->filtered->len;
      options->as_of_year = self->as_of_year;
      break;
    case 2:
      if (company < self->companies->len)
        {
          options->scope = YT_REPORT_SCOPE_COMPANY;
          options->company = g_array_index (self->companies, guint, company);
        }
      break;
    default:
      options->scope = YT_REPORT_SCOPE_ALL;
    }
}

static void
set_busy (YtReportDialog *self,
          gboolean        busy)
{
  gtk_widget_set_visible (self->progress_bar, busy);
  gtk_widget_set_sensitive (self->language_dropdown, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", !busy);
}

static void
show_error (YtReportDialog *self,
            const GError   *error)
{
  GtkWidget *message;

  message = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                    GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                    "%s", _("The report was not exported"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (message), "%s", error->message);
  g_signal_connect (message, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (message));
}

typedef struct {
  YtReportDialog *self;
  guint           done, total;
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *progress = data;
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), progress->done, progress->total);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (progress->self->progress_bar),
                                 (double) progress->done / MAX (progress->total, 1));
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (progress->self->progress_bar), text);
  g_object_unref (progress->self);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker: the bar is updated on the main thread. */
static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *progress = g_new0 (Progress, 1);

  progress->self = g_object_ref (user_data);
  progress->done = done;
  progress->total = total;
  g_idle_add (show_progress, progress);
}

typedef struct {
  YtReportOptions options;
  GArray         *sites;
  char           *author;
  char           *path;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_pointer (&job->sites, g_array_unref);
  g_free (job->author);
  g_free (job->path);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  YtReportDialog *self = source;
  ExportJob *job = task_data;
  g_autoptr(YtReport) report = yt_report_new (self->atlas, &job->options);
  GError *error = NULL;

  if (yt_report_export_pdf (report, job->path, cancellable, on_progress, self, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  YtReportDialog *self = YT_REPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);
  g_clear_object (&self->cancellable);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      ExportJob *job = g_task_get_task_data (G_TASK (result));

      g_signal_emit (self, signals[EXPORTED], 0, job->path);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
           !g_error_matches (error, YT_FILE_ERROR, YT_FILE_ERROR_CANCELLED))
    show_error (self, error);
}

static void
start_export (YtReportDialog *self,
              const char     *path)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job = g_new0 (ExportJob, 1);

  yt_report_dialog_get_options (self, &job->options);
  /* The worker owns its copy of the filter: the window may refilter meanwhile. */
  job->sites = g_array_copy (self->filtered);
  if (job->options.scope == YT_REPORT_SCOPE_SITES)
    job->options.sites = (const guint *) job->sites->data;
  /* The worker owns its copy of the author too: the entry may change. */
  job->author = g_strdup (job->options.author);
  job->options.author = job->author;
  job->path = g_strdup (path);

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  task = g_task_new (self, self->cancellable, on_export_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
yt_report_dialog_export_to (YtReportDialog *self,
                            const char     *path)
{
  g_return_val_if_fail (YT_IS_REPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->cancellable != NULL)
    return FALSE;
  start_export (self, path);
  return TRUE;
}

static void
save_to (gpointer    owner,
         const char *path)
{
  start_export (YT_REPORT_DIALOG (owner), path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  yt_save_chooser_show (GTK_WINDOW (widget), _("Export Report"), _("_Export"), _("PDF documents"),
                        "application/pdf", "*.pdf", _("yuntu-report.pdf"), save_to, widget);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  YtReportDialog *self = YT_REPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}


static void
on_printed (GtkPrintOperationResult  result,
            const GError            *error,
            gpointer                 user_data)
{
  g_autoptr(YtReportDialog) self = user_data;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (self, error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  YtReportDialog *self = YT_REPORT_DIALOG (widget);
  g_autoptr(YtReport) report = NULL;
  YtReportOptions options;

  yt_report_dialog_get_options (self, &options);
  report = yt_report_new (self->atlas, &options);
  yt_report_print (GTK_WINDOW (self), report, options.paper, on_printed, g_object_ref (self));
}

static void
update_company_row (YtReportDialog *self)
{
  gboolean company = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scope_dropdown)) == 2;

  gtk_widget_set_sensitive (self->company_label, company);
  gtk_widget_set_sensitive (self->company_dropdown, company);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  YtReportDialog *self = data;
  YtLang lang = yt_lang_from_locale ();
  const char *x = yt_atlas_get_name (self->atlas, YT_REF (YT_RECORD_COMPANY, *(const guint *) a), lang, NULL);
  const char *y = yt_atlas_get_name (self->atlas, YT_REF (YT_RECORD_COMPANY, *(const guint *) b), lang, NULL);

  return g_utf8_collate (x != NULL ? x : "", y != NULL ? y : "");
}

/* The companies a report can be about, by name. */
static void
fill_companies (YtReportDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  YtLang lang = yt_lang_from_locale ();

  for (guint i = 0; i < yt_atlas_get_n_records (self->atlas, YT_RECORD_COMPANY); i++)
    {
      const YtCompany *company = yt_atlas_get_company (self->atlas, i);

      if (company->kind == YT_COMPANY_CLOUD || company->kind == YT_COMPANY_HARDWARE ||
          company->kind == YT_COMPANY_TELECOM || company->kind == YT_COMPANY_INTERNET)
        g_array_append_val (self->companies, i);
    }
  g_array_sort_with_data (self->companies, compare_names, self);
  for (guint i = 0; i < self->companies->len; i++)
    gtk_string_list_append (names, yt_atlas_get_name (self->atlas,
                                                      YT_REF (YT_RECORD_COMPANY, g_array_index (self->companies, guint, i)),
                                                      lang, NULL));
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->company_dropdown), G_LIST_MODEL (names));
}

static void
add_section_checks (YtReportDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    {
      self->section_checks[i] = gtk_check_button_new_with_label (_(section_names[i]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->section_checks[i]), TRUE);
      gtk_flow_box_append (GTK_FLOW_BOX (self->sections_box), self->section_checks[i]);
    }
}

static void
yt_report_dialog_dispose (GObject *object)
{
  YtReportDialog *self = YT_REPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_REPORT_DIALOG);
  g_clear_object (&self->atlas);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->filtered, g_array_unref);
  g_clear_pointer (&self->companies, g_array_unref);

  G_OBJECT_CLASS (yt_report_dialog_parent_class)->dispose (object);
}

static void
yt_report_dialog_class_init (YtReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_report_dialog_dispose;

  /**
   * YtReportDialog::exported:
   * @path: the file written
   *
   * A report was written; the dialog closes right after.
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, company_label);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, company_dropdown);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, author_entry);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, sections_box);
  gtk_widget_class_bind_template_child (widget_class, YtReportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "report.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "report.cancel", NULL);
}

static void
yt_report_dialog_init (YtReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filtered = g_array_new (FALSE, FALSE, sizeof (guint));
  self->companies = g_array_new (FALSE, FALSE, sizeof (guint));
  add_section_checks (self);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->language_dropdown),
                              yt_lang_from_locale () == YT_LANG_ZH ? 1 : 0);
  g_signal_connect_object (self->scope_dropdown, "notify::selected",
                           G_CALLBACK (update_company_row), self, G_CONNECT_SWAPPED);
  update_company_row (self);
}

YtReportDialog *
yt_report_dialog_new (GtkWindow   *parent,
                      YtAtlas     *atlas,
                      const guint *filtered_sites,
                      guint        n_filtered_sites)
{
  YtReportDialog *self;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  self = g_object_new (YT_TYPE_REPORT_DIALOG, "transient-for", parent, NULL);
  self->atlas = g_object_ref (atlas);
  if (filtered_sites != NULL)
    g_array_append_vals (self->filtered, filtered_sites, n_filtered_sites);
  fill_companies (self);
  return self;
}
