/* yt-problems-dialog.c: every problem of a failed load, with file, line and column
 *
 * Rows read as the command line prints them (FILE:LINE:COLUMN: message), so a
 * user can match what the window says with what --validate says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <yuntu/yt-atlas-loader.h>

#include "yt-problems-dialog.h"

struct _YtProblemsDialog
{
  GtkWindow      parent_instance;
  GtkWidget     *summary_label;
  GtkWidget     *list_view;
  GtkStringList *rows;
};

G_DEFINE_FINAL_TYPE (YtProblemsDialog, yt_problems_dialog, GTK_TYPE_WINDOW)

static void
yt_problems_dialog_dispose (GObject *object)
{
  YtProblemsDialog *self = YT_PROBLEMS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_PROBLEMS_DIALOG);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (yt_problems_dialog_parent_class)->dispose (object);
}

static void
yt_problems_dialog_class_init (YtProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = yt_problems_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/yuntu/Yuntu/yt-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtProblemsDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, YtProblemsDialog, list_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
yt_problems_dialog_init (YtProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = gtk_string_list_new (NULL);
  gtk_list_view_set_model (GTK_LIST_VIEW (self->list_view),
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)))));
}

static void
fill (YtProblemsDialog *self,
      GPtrArray        *problems,
      GError           *error)
{
  guint n = problems != NULL ? problems->len : 0;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *row = yt_atlas_problem_to_string (g_ptr_array_index (problems, i));
      gtk_string_list_append (self->rows, row);
    }
  if (n == 0 && error != NULL)
    gtk_string_list_append (self->rows, error->message);

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The data has %u problem.",
                                          "The data has %u problems.", MAX (n, 1)),
                             MAX (n, 1));
  gtk_label_set_text (GTK_LABEL (self->summary_label), summary);
}

YtProblemsDialog *
yt_problems_dialog_new (GtkWindow *parent,
                        GPtrArray *problems,
                        GError    *error)
{
  YtProblemsDialog *self;

  self = g_object_new (YT_TYPE_PROBLEMS_DIALOG, "transient-for", parent, NULL);
  fill (self, problems, error);
  return self;
}

guint
yt_problems_dialog_get_n_rows (YtProblemsDialog *self)
{
  g_return_val_if_fail (YT_IS_PROBLEMS_DIALOG (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

const char *
yt_problems_dialog_get_row (YtProblemsDialog *self,
                            guint             position)
{
  g_return_val_if_fail (YT_IS_PROBLEMS_DIALOG (self), NULL);
  return gtk_string_list_get_string (self->rows, position);
}
