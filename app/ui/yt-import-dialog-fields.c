/* yt-import-dialog-fields.c: one row per field, kept in step with the mapping
 *
 * Each field has a drop-down of the file's columns and, beside it, what the
 * first rows hold in the chosen column, so that a user sees at once whether
 * "Y" is the latitude.  Widgets change the mapping; the mapping's "changed"
 * puts every widget back in step (with feedback suppressed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-import-dialog-private.h"

static const YtImportField main_fields[] = {
  YT_IMPORT_FIELD_NAME, YT_IMPORT_FIELD_NAME_EN, YT_IMPORT_FIELD_NAME_ZH, YT_IMPORT_FIELD_KIND,
  YT_IMPORT_FIELD_OPERATOR, YT_IMPORT_FIELD_REGION, YT_IMPORT_FIELD_LAT, YT_IMPORT_FIELD_LON,
  YT_IMPORT_FIELD_PRECISION, YT_IMPORT_FIELD_OPENED,
};
static const YtImportField more_fields[] = {
  YT_IMPORT_FIELD_ID, YT_IMPORT_FIELD_ANNOUNCED, YT_IMPORT_FIELD_CLOSED, YT_IMPORT_FIELD_CODE,
  YT_IMPORT_FIELD_PARENT, YT_IMPORT_FIELD_INVESTORS, YT_IMPORT_FIELD_BUILDERS, YT_IMPORT_FIELD_FINANCIERS,
  YT_IMPORT_FIELD_PARTNERS, YT_IMPORT_FIELD_CUSTOMERS, YT_IMPORT_FIELD_MEMBERS,
};
static const char * const precision_tokens[] = { "site", "district", "city", "province" };
static const char * const grades[] = { "A", "B", "C" };

static GtkWidget *
grid_label (YtImportDialog *self,
            GtkWidget      *grid,
            const char     *text,
            int             row,
            GtkWidget      *mnemonic)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_size_group_add_widget (self->labels, label);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic);
  gtk_grid_attach (GTK_GRID (grid), label, 0, row, 1, 1);
  return label;
}

/* What the first rows hold in @column, for the label beside its drop-down. */
static char *
example (YtImportDialog *self,
         int             column)
{
  guint n = MIN (yt_data_import_get_n_rows (self->import), 50);

  for (guint r = 0; column >= 0 && r < n; r++)
    {
      const char *value = yt_data_import_get_value (self->import, r, (guint) column);

      if (value != NULL && *value != '\0')
        /* Translators: an example of what a column holds */
        return g_strdup_printf (_("e.g. “%s”"), value);
    }
  return g_strdup ("");
}

static int
column_index (YtImportDialog *self,
              const char     *column)
{
  const char * const *columns = yt_data_import_get_columns (self->import);

  for (int c = 0; column != NULL && columns[c] != NULL; c++)
    if (g_str_equal (columns[c], column))
      return c;
  return -1;
}

static void
on_column_chosen (GtkDropDown    *dropdown,
                  GParamSpec     *pspec,
                  YtImportDialog *self)
{
  YtImportField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "field"));
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char * const *columns = yt_data_import_get_columns (self->import);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  yt_import_mapping_set_column (self->mapping, field, selected == 0 ? NULL : columns[selected - 1]);
}

static void
add_field (YtImportDialog *self,
           GtkWidget      *grid,
           YtImportField   field,
           int             row)
{
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  const char * const *columns = yt_data_import_get_columns (self->import);
  gboolean from_point = yt_data_import_has_points (self->import) &&
                        (field == YT_IMPORT_FIELD_LAT || field == YT_IMPORT_FIELD_LON);
  GtkWidget *dropdown;

  gtk_string_list_append (items, from_point ? _("From each feature’s point") : _("Not imported"));
  for (guint c = 0; columns[c] != NULL; c++)
    gtk_string_list_append (items, columns[c]);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&items)), NULL);
  gtk_widget_set_hexpand (dropdown, TRUE);
  g_object_set_data (G_OBJECT (dropdown), "field", GUINT_TO_POINTER (field));
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_column_chosen), self);
  self->dropdowns[field] = dropdown;
  self->examples[field] = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->examples[field]), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->examples[field]), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (self->examples[field]), 24);
  gtk_label_set_max_width_chars (GTK_LABEL (self->examples[field]), 24);
  gtk_widget_add_css_class (self->examples[field], "dim-label");

  grid_label (self, grid, yt_import_field_get_label (field), row, dropdown);
  gtk_grid_attach (GTK_GRID (grid), dropdown, 1, row, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->examples[field], 2, row, 1, 1);
}

static void
on_kind_chosen (GtkDropDown    *dropdown,
                GParamSpec     *pspec,
                YtImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!self->syncing)
    yt_import_mapping_set_default (self->mapping, YT_IMPORT_FIELD_KIND,
                                   selected == 0 || selected > YT_N_SITE_KINDS ? NULL
                                   : yt_atlas_site_kind_to_string (selected - 1));
}

static void
on_precision_chosen (GtkDropDown    *dropdown,
                     GParamSpec     *pspec,
                     YtImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (precision_tokens))
    yt_import_mapping_set_default (self->mapping, YT_IMPORT_FIELD_PRECISION, precision_tokens[selected]);
}

static void
on_grade_chosen (GtkDropDown    *dropdown,
                 GParamSpec     *pspec,
                 YtImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (!self->syncing && selected < G_N_ELEMENTS (grades))
    yt_import_mapping_set_source (self->mapping, YT_IMPORT_SOURCE_GRADE, grades[selected]);
}

static void
on_entry_changed (GtkEditable    *entry,
                  YtImportDialog *self)
{
  gpointer target = g_object_get_data (G_OBJECT (entry), "source");
  const char *text = gtk_editable_get_text (entry);

  if (self->syncing)
    return;
  if (target != NULL)
    yt_import_mapping_set_source (self->mapping, GPOINTER_TO_UINT (target) - 1, text);
  else
    yt_import_mapping_set_default (self->mapping,
                                   GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "field")), text);
}

static GtkWidget *
add_entry (YtImportDialog *self,
           GtkWidget      *grid,
           const char     *label,
           const char     *placeholder,
           int             row)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  grid_label (self, grid, label, row, entry);
  gtk_grid_attach (GTK_GRID (grid), entry, 1, row, 1, 1);
  return entry;
}

static GtkWidget *
add_choice (YtImportDialog     *self,
            GtkWidget          *grid,
            const char         *label,
            const char * const *items,
            int                 row)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  gtk_widget_set_hexpand (dropdown, TRUE);
  grid_label (self, grid, label, row, dropdown);
  gtk_grid_attach (GTK_GRID (grid), dropdown, 1, row, 1, 1);
  return dropdown;
}

static void
build_defaults (YtImportDialog *self)
{
  const char *kinds[YT_N_SITE_KINDS + 2] = { _("None: each row says") };
  const char * const precisions[] = {
    C_("position precision", "Site: the facility itself"), C_("position precision", "District or county"),
    C_("position precision", "City"), C_("position precision", "Province"), NULL
  };
  static const char * const kind_labels[YT_N_SITE_KINDS] = {
    N_("Computing hub"), N_("Data-centre cluster"), N_("Cloud region"), N_("Park or zone"),
    N_("Data centre"), N_("Project"), N_("Office"), N_("Event"),
  };

  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    kinds[k + 1] = _(kind_labels[k]);
  self->kind_dropdown = add_choice (self, self->defaults_grid, _("Kind"), kinds, 0);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_kind_chosen), self);
  self->operator_entry = add_entry (self, self->defaults_grid, _("Operator"), _("A company’s name or id"), 1);
  g_object_set_data (G_OBJECT (self->operator_entry), "field", GUINT_TO_POINTER (YT_IMPORT_FIELD_OPERATOR));
  self->region_entry = add_entry (self, self->defaults_grid, _("Province or country"),
                                  _("Found from each site’s position"), 2);
  g_object_set_data (G_OBJECT (self->region_entry), "field", GUINT_TO_POINTER (YT_IMPORT_FIELD_REGION));
  self->precision_dropdown = add_choice (self, self->defaults_grid, _("Positions are precise to"), precisions, 3);
  g_signal_connect (self->precision_dropdown, "notify::selected", G_CALLBACK (on_precision_chosen), self);
}

static void
build_source (YtImportDialog *self)
{
  const char * const grade_labels[] = {
    _("A: an official page or the company’s own documents"), _("B: a major news outlet"),
    _("C: anything else"), NULL
  };
  const struct { YtImportSourceField field; const char *label; const char *placeholder; } entries[] = {
    { YT_IMPORT_SOURCE_TITLE, _("Title"), yt_data_import_get_name (self->import) },
    { YT_IMPORT_SOURCE_PUBLISHER, _("Publisher"), _("Imported file") },
    { YT_IMPORT_SOURCE_URL, _("Address"), "https://…" },
    { YT_IMPORT_SOURCE_DATE, _("Date"), _("YYYY-MM-DD") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      self->source_entries[entries[i].field] =
        add_entry (self, self->source_grid, entries[i].label, entries[i].placeholder, (int) i);
      g_object_set_data (G_OBJECT (self->source_entries[entries[i].field]), "source",
                         GUINT_TO_POINTER (entries[i].field + 1));
    }
  self->grade_dropdown = add_choice (self, self->source_grid, _("Reliability grade"), grade_labels, (int) G_N_ELEMENTS (entries));
  g_signal_connect (self->grade_dropdown, "notify::selected", G_CALLBACK (on_grade_chosen), self);
}

void
yt_import_dialog_build_fields (YtImportDialog *self)
{
  self->labels = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  for (guint i = 0; i < G_N_ELEMENTS (main_fields); i++)
    add_field (self, self->columns_grid, main_fields[i], (int) i);
  for (guint i = 0; i < G_N_ELEMENTS (more_fields); i++)
    add_field (self, self->more_grid, more_fields[i], (int) i);
  build_defaults (self);
  build_source (self);
}

static void
set_entry (GtkWidget  *entry,
           const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static guint
index_of (const char * const *values,
          guint               n,
          const char         *value,
          guint               fallback)
{
  for (guint i = 0; value != NULL && i < n; i++)
    if (g_ascii_strcasecmp (values[i], value) == 0)
      return i;
  return fallback;
}

void
yt_import_dialog_sync_widgets (YtImportDialog *self)
{
  const char *kind = yt_import_mapping_get_default (self->mapping, YT_IMPORT_FIELD_KIND);
  YtSiteKind parsed;

  self->syncing = TRUE;
  for (guint f = 0; f < YT_N_IMPORT_FIELDS; f++)
    {
      int column = column_index (self, yt_import_mapping_get_column (self->mapping, f));
      g_autofree char *text = example (self, column);

      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdowns[f]), (guint) (column + 1));
      gtk_label_set_text (GTK_LABEL (self->examples[f]), text);
      gtk_widget_set_tooltip_text (self->examples[f], *text != '\0' ? text : NULL);
    }
  parsed = YT_N_SITE_KINDS;
  for (guint k = 0; kind != NULL && k < YT_N_SITE_KINDS; k++)
    if (g_str_equal (kind, yt_atlas_site_kind_to_string (k)))
      parsed = k;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind_dropdown), parsed < YT_N_SITE_KINDS ? parsed + 1 : 0);
  set_entry (self->operator_entry, yt_import_mapping_get_default (self->mapping, YT_IMPORT_FIELD_OPERATOR));
  set_entry (self->region_entry, yt_import_mapping_get_default (self->mapping, YT_IMPORT_FIELD_REGION));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->precision_dropdown),
                              index_of (precision_tokens, G_N_ELEMENTS (precision_tokens),
                                        yt_import_mapping_get_default (self->mapping, YT_IMPORT_FIELD_PRECISION), 2));
  for (guint s = 0; s < YT_IMPORT_SOURCE_GRADE; s++)
    set_entry (self->source_entries[s], yt_import_mapping_get_source (self->mapping, s));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->grade_dropdown),
                              index_of (grades, G_N_ELEMENTS (grades),
                                        yt_import_mapping_get_source (self->mapping, YT_IMPORT_SOURCE_GRADE), 2));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->skip_check),
                               yt_import_mapping_get_skip_bad_rows (self->mapping));
  self->syncing = FALSE;
}
