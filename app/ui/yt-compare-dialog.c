/* yt-compare-dialog.c: two or more companies' figures side by side, with sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are (measure, unit) pairs any chosen company reports; a cell shows the
 * company's latest figure for it, its date and its publisher, and its link
 * button opens the source.  Figures in different units never share a row.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-compare-dialog.h"
#include "yt-panel-util.h"

struct _YtCompareDialog
{
  GtkWindow    parent_instance;

  YtViewState *state;
  GArray      *companies;     /* guint */
  GArray      *rows;          /* Row */
  GArray      *choices;       /* drop-down position → company */

  GtkWidget   *grid;
  GtkWidget   *add_drop;
};

typedef struct { guint measure, unit; } Row;

G_DEFINE_FINAL_TYPE (YtCompareDialog, yt_compare_dialog, GTK_TYPE_WINDOW)

static gboolean
has_figures (YtAtlas *atlas,
             guint    company)
{
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_FACT); i++)
    {
      const YtFact *fact = yt_atlas_get_fact (atlas, i);

      if (fact->subject == YT_REF (YT_RECORD_COMPANY, company) && fact->unit != YT_UNIT_NONE)
        return TRUE;
    }
  return FALSE;
}

static void
collect_rows (YtCompareDialog *self,
              YtAtlas         *atlas)
{
  g_array_set_size (self->rows, 0);
  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_FACT); i++)
    {
      const YtFact *fact = yt_atlas_get_fact (atlas, i);
      Row row = { fact->measure, fact->unit };
      gboolean known = FALSE;

      if (fact->unit == YT_UNIT_NONE || YT_REF_KIND (fact->subject) != YT_RECORD_COMPANY)
        continue;
      for (guint c = 0; c < self->companies->len; c++)
        known |= YT_REF_INDEX (fact->subject) == g_array_index (self->companies, guint, c) &&
                 fact->subject != YT_REF_NONE;
      for (guint r = 0; known && r < self->rows->len; r++)
        if (g_array_index (self->rows, Row, r).measure == row.measure &&
            g_array_index (self->rows, Row, r).unit == row.unit)
          known = FALSE;
      if (known)
        g_array_append_val (self->rows, row);
    }
}

/* The company's latest figure for the row, or YT_ATLAS_NONE. */
static guint
latest_fact (YtAtlas   *atlas,
             guint      company,
             const Row *row)
{
  guint best = YT_ATLAS_NONE;

  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_FACT); i++)
    {
      const YtFact *fact = yt_atlas_get_fact (atlas, i);

      if (fact->subject == YT_REF (YT_RECORD_COMPANY, company) && fact->measure == row->measure &&
          fact->unit == row->unit &&
          (best == YT_ATLAS_NONE || fact->date >= yt_atlas_get_fact (atlas, best)->date))
        best = i;
    }
  return best;
}

static GtkWidget *
wrapped_label (const char *markup,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
open_source (GtkButton *button)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))),
                g_object_get_data (G_OBJECT (button), "yt-url"), GDK_CURRENT_TIME);
}

static GtkWidget *
cell (YtAtlas *atlas,
      guint    fact_index,
      YtLang   lang)
{
  const YtFact *fact = yt_atlas_get_fact (atlas, fact_index);
  const YtRecordHead *head = &fact->head;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *value = yt_panel_fact_value (atlas, fact, lang);
  g_autofree char *date = yt_panel_date (lang, fact->date);
  g_autofree char *escaped = g_markup_escape_text (value != NULL ? value : "", -1);

  gtk_box_append (GTK_BOX (box), wrapped_label (escaped, "heading"));
  if (date != NULL)
    gtk_box_append (GTK_BOX (box), wrapped_label (date, NULL));
  if (head->n_sources > 0)
    {
      guint source = yt_atlas_get_indices (atlas, head->sources)[0];
      g_autofree char *line = yt_panel_source_line (atlas, source, lang);
      g_autofree char *small = g_markup_printf_escaped ("<small>%s</small>", line);
      const char *url = yt_atlas_str (atlas, yt_atlas_get_source (atlas, source)->url);
      GtkWidget *link = gtk_button_new_with_label (_("Open Source"));

      gtk_box_append (GTK_BOX (box), wrapped_label (small, "dim-label"));
      g_object_set_data_full (G_OBJECT (link), "yt-url", g_strdup (url), g_free);
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (link, url);
      gtk_widget_set_visible (link, url[0] != '\0');
      g_signal_connect (link, "clicked", G_CALLBACK (open_source), NULL);
      gtk_box_append (GTK_BOX (box), link);
    }
  return box;
}

static void
remove_clicked (GtkButton       *button,
                YtCompareDialog *self)
{
  yt_compare_dialog_remove_company (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "yt-company")));
}

static GtkWidget *
column_header (YtCompareDialog *self,
               YtAtlas         *atlas,
               guint            company,
               YtLang           lang)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *tooltip = NULL;
  g_autofree char *name = yt_panel_company_markup (atlas, company, YT_NAME_ROLE_DISPLAY, lang, &tooltip);
  GtkWidget *label = wrapped_label (name != NULL ? name : "", "heading");
  GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, tooltip);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (remove, _("Remove from the comparison"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove from the comparison"), -1);
  g_object_set_data (G_OBJECT (remove), "yt-company", GUINT_TO_POINTER (company));
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked), self);
  gtk_box_append (GTK_BOX (box), remove);
  return box;
}

static void
rebuild (YtCompareDialog *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (self->state);
  YtLang lang = yt_view_state_get_language (self->state);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  if (atlas == NULL)
    return;
  collect_rows (self, atlas);
  for (guint c = 0; c < self->companies->len; c++)
    gtk_grid_attach (GTK_GRID (self->grid),
                     column_header (self, atlas, g_array_index (self->companies, guint, c), lang), c + 1, 0, 1, 1);
  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);
      g_autofree char *measure = g_markup_escape_text (
        yt_panel_name (atlas, YT_REF (YT_RECORD_MEASURE, row->measure), lang), -1);

      gtk_grid_attach (GTK_GRID (self->grid), wrapped_label (measure, "heading"), 0, r + 1, 1, 1);
      for (guint c = 0; c < self->companies->len; c++)
        {
          guint fact = latest_fact (atlas, g_array_index (self->companies, guint, c), row);

          gtk_grid_attach (GTK_GRID (self->grid),
                           fact != YT_ATLAS_NONE ? cell (atlas, fact, lang) : wrapped_label ("—", "dim-label"),
                           c + 1, r + 1, 1, 1);
        }
    }
  if (self->rows->len == 0)
    gtk_grid_attach (GTK_GRID (self->grid),
                     wrapped_label (_("None of these companies has figures in the data."), "dim-label"), 0, 1, 2, 1);
}

static void
fill_choices (YtCompareDialog *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (self->state);
  YtLang lang = yt_view_state_get_language (self->state);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_array_set_size (self->choices, 0);
  for (guint c = 0; atlas != NULL && c < yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY); c++)
    if (has_figures (atlas, c))
      {
        gtk_string_list_append (names, yt_panel_name (atlas, YT_REF (YT_RECORD_COMPANY, c), lang));
        g_array_append_val (self->choices, c);
      }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->add_drop), G_LIST_MODEL (names));
}

static void
add_clicked (YtCompareDialog *self)
{
  guint position = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->add_drop));

  if (position < self->choices->len)
    yt_compare_dialog_add_company (self, g_array_index (self->choices, guint, position));
}

void
yt_compare_dialog_add_company (YtCompareDialog *self,
                               guint            company)
{
  g_return_if_fail (YT_IS_COMPARE_DIALOG (self));

  for (guint c = 0; c < self->companies->len; c++)
    if (g_array_index (self->companies, guint, c) == company)
      return;
  g_array_append_val (self->companies, company);
  rebuild (self);
}

void
yt_compare_dialog_remove_company (YtCompareDialog *self,
                                  guint            company)
{
  g_return_if_fail (YT_IS_COMPARE_DIALOG (self));

  for (guint c = 0; c < self->companies->len; c++)
    if (g_array_index (self->companies, guint, c) == company)
      g_array_remove_index (self->companies, c--);
  rebuild (self);
}

const GArray *
yt_compare_dialog_get_companies (YtCompareDialog *self)
{
  g_return_val_if_fail (YT_IS_COMPARE_DIALOG (self), NULL);
  return self->companies;
}

guint
yt_compare_dialog_get_n_rows (YtCompareDialog *self)
{
  g_return_val_if_fail (YT_IS_COMPARE_DIALOG (self), 0);
  return self->rows->len;
}

/* Peers of the same kind first, then any company with figures. */
static void
add_peers (YtCompareDialog *self,
           YtAtlas         *atlas)
{
  guint first = g_array_index (self->companies, guint, 0);
  guint8 kind = yt_atlas_get_company (atlas, first)->kind;
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY);

  for (int same_kind = 1; same_kind >= 0; same_kind--)
    for (guint c = 0; c < n && self->companies->len < 3; c++)
      {
        gboolean chosen = FALSE;

        for (guint i = 0; i < self->companies->len; i++)
          chosen |= g_array_index (self->companies, guint, i) == c;
        if (!chosen && (yt_atlas_get_company (atlas, c)->kind == kind) == same_kind &&
            has_figures (atlas, c))
          g_array_append_val (self->companies, c);
      }
}

static void
yt_compare_dialog_dispose (GObject *object)
{
  YtCompareDialog *self = YT_COMPARE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), YT_TYPE_COMPARE_DIALOG);
  g_clear_object (&self->state);
  g_clear_pointer (&self->companies, g_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->choices, g_array_unref);
  G_OBJECT_CLASS (yt_compare_dialog_parent_class)->dispose (object);
}

static void
yt_compare_dialog_class_init (YtCompareDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = yt_compare_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, YtCompareDialog, grid);
  gtk_widget_class_bind_template_child (widget_class, YtCompareDialog, add_drop);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
yt_compare_dialog_init (YtCompareDialog *self)
{
  self->companies = g_array_new (FALSE, FALSE, sizeof (guint));
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->choices = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_compare_dialog_new (YtViewState *state,
                       const guint *companies,
                       guint        n_companies)
{
  YtCompareDialog *self;

  g_return_val_if_fail (YT_IS_VIEW_STATE (state), NULL);
  g_return_val_if_fail (yt_view_state_get_atlas (state) != NULL, NULL);

  self = g_object_new (YT_TYPE_COMPARE_DIALOG, NULL);
  self->state = g_object_ref (state);
  g_array_append_vals (self->companies, companies, n_companies);
  if (n_companies == 1)
    add_peers (self, yt_view_state_get_atlas (state));
  fill_choices (self);
  rebuild (self);
  return GTK_WIDGET (self);
}
