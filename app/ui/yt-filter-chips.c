/* yt-filter-chips.c: every active filter as a removable chip
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chips are rebuilt from the view state whenever a criterion changes:
 * there are at most a handful, and the view state stays the only owner of
 * what is filtered.  A new criterion is one more entry in kinds[].
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-filter-chips.h"
#include "yt-panel-util.h"

struct _YtFilterChips
{
  YtPanelBase  parent_instance;

  GtkWidget   *flow;
  GPtrArray   *texts;       /* the text of each chip shown */
  GArray      *kinds;       /* guint: the ChipKind of each chip shown */
};

G_DEFINE_FINAL_TYPE (YtFilterChips, yt_filter_chips, YT_TYPE_PANEL_BASE)

typedef struct
{
  /* The chip's text, or NULL when this criterion does not narrow the sites. */
  char *(*text)  (YtViewState *state);
  void  (*clear) (YtViewState *state);
} ChipKind;

static char *
text_chip (YtViewState *state)
{
  const char *text = yt_view_state_get_filter_text (state);

  /* Translators: a filter chip: the search text in quotes */
  return text[0] != '\0' ? g_strdup_printf (_("“%s”"), text) : NULL;
}

static void
text_clear (YtViewState *state)
{
  yt_view_state_set_filter_text (state, NULL);
}

static char *
kinds_chip (YtViewState *state)
{
  guint mask = yt_view_state_get_filter_kinds (state);
  g_autoptr(GString) names = NULL;

  if (mask == YT_VIEW_STATE_ALL_KINDS)
    return NULL;
  if (mask == 0)
    return g_strdup (_("No kind of site"));
  names = g_string_new (NULL);
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    if (mask & YT_SITE_KIND_BIT (k))
      {
        if (names->len > 0)
          /* Translators: separates site kinds in a filter chip */
          g_string_append (names, _(", "));
        g_string_append (names, yt_panel_site_kind_label (k));
      }
  /* Translators: a filter chip: "Kind: Cloud region" */
  return g_strdup_printf (_("Kind: %s"), names->str);
}

static void
kinds_clear (YtViewState *state)
{
  yt_view_state_set_filter_kinds (state, YT_VIEW_STATE_ALL_KINDS);
}

static char *
company_chip (YtViewState *state)
{
  guint company = yt_view_state_get_filter_company (state);
  YtAtlas *atlas = yt_view_state_get_atlas (state);

  if (company == YT_ATLAS_NONE || atlas == NULL)
    return NULL;
  /* Translators: a filter chip: "Company: Huawei Cloud" */
  return g_strdup_printf (_("Company: %s"), yt_panel_name (atlas, YT_REF (YT_RECORD_COMPANY, company),
                                                           yt_view_state_get_language (state)));
}

static void
company_clear (YtViewState *state)
{
  yt_view_state_set_filter_company (state, YT_ATLAS_NONE);
}

static char *
region_chip (YtViewState *state)
{
  guint region = yt_view_state_get_filter_region (state);
  YtAtlas *atlas = yt_view_state_get_atlas (state);

  if (region == YT_ATLAS_NONE || atlas == NULL)
    return NULL;
  /* Translators: a filter chip: "Region: Guizhou" */
  return g_strdup_printf (_("Region: %s"), yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, region),
                                                          yt_view_state_get_language (state)));
}

static void
region_clear (YtViewState *state)
{
  yt_view_state_set_filter_region (state, YT_ATLAS_NONE);
}

static char *
years_chip (YtViewState *state)
{
  int first = yt_view_state_get_first_year (state);
  int last = yt_view_state_get_last_year (state);

  if (first == 0 && last == 0)
    return NULL;
  if (last == 0)
    /* Translators: a filter chip: sites active from a year on */
    return g_strdup_printf (_("Years: from %d"), first);
  if (first == 0)
    /* Translators: a filter chip: sites active until a year */
    return g_strdup_printf (_("Years: until %d"), last);
  /* Translators: a filter chip: sites active in a range of years */
  return g_strdup_printf (_("Years: %d–%d"), first, last);
}

static void
years_clear (YtViewState *state)
{
  yt_view_state_set_year_range (state, 0, 0);
}

static char *
as_of_chip (YtViewState *state)
{
  int year = yt_view_state_get_as_of_year (state);

  /* Translators: a filter chip: only the sites that existed by a year */
  return year != 0 ? g_strdup_printf (_("As of %d"), year) : NULL;
}

static void
as_of_clear (YtViewState *state)
{
  yt_view_state_set_as_of_year (state, 0);
}

static char *
bri_chip (YtViewState *state)
{
  /* Translators: a filter chip: only sites in Belt and Road member countries */
  return yt_view_state_get_filter_bri (state) ? g_strdup (_("In Belt and Road countries")) : NULL;
}

static void
bri_clear (YtViewState *state)
{
  yt_view_state_set_filter_bri (state, FALSE);
}

static const ChipKind kinds[] = {
  { text_chip, text_clear },
  { kinds_chip, kinds_clear },
  { company_chip, company_clear },
  { region_chip, region_clear },
  { years_chip, years_clear },
  { bri_chip, bri_clear },
  { as_of_chip, as_of_clear },
};

static void
remove_clicked (GtkButton     *button,
                YtFilterChips *self)
{
  yt_filter_chips_remove (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "yt-chip")));
}

static GtkWidget *
chip_new (YtFilterChips *self,
          const char    *text,
          guint          index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *button = gtk_button_new_from_icon_name ("window-close-symbolic");
  /* Translators: what the button on a filter chip does, for screen readers */
  g_autofree char *name = g_strdup_printf (_("Remove filter %s"), text);

  gtk_widget_add_css_class (box, "yt-chip");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, _("Remove this filter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "yt-chip", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (remove_clicked), self);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}

static void
clear_all_clicked (YtFilterChips *self)
{
  if (YT_PANEL_STATE (self) != NULL)
    yt_view_state_reset_filter (YT_PANEL_STATE (self));
}

static void
rebuild (YtFilterChips *self)
{
  YtViewState *state = YT_PANEL_STATE (self);
  GtkWidget *child, *clear;

  while ((child = gtk_widget_get_first_child (self->flow)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->flow), child);
  g_ptr_array_set_size (self->texts, 0);
  g_array_set_size (self->kinds, 0);
  for (guint k = 0; state != NULL && k < G_N_ELEMENTS (kinds); k++)
    {
      char *text = kinds[k].text (state);

      if (text == NULL)
        continue;
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), chip_new (self, text, self->kinds->len));
      g_ptr_array_add (self->texts, text);
      g_array_append_val (self->kinds, k);
    }
  if (self->kinds->len > 0)
    {
      clear = gtk_button_new_with_mnemonic (_("C_lear All"));
      gtk_widget_add_css_class (clear, "flat");
      gtk_widget_set_tooltip_text (clear, _("Clear every filter and the year"));
      g_signal_connect_swapped (clear, "clicked", G_CALLBACK (clear_all_clicked), self);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow), clear);
    }
  /* Chips are reached with the Tab key, not as rows of a list. */
  for (child = gtk_widget_get_first_child (self->flow); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), self->kinds->len > 0);
}

guint
yt_filter_chips_get_n_chips (YtFilterChips *self)
{
  g_return_val_if_fail (YT_IS_FILTER_CHIPS (self), 0);
  return self->kinds->len;
}

const char *
yt_filter_chips_get_chip (YtFilterChips *self,
                          guint          index)
{
  g_return_val_if_fail (YT_IS_FILTER_CHIPS (self), NULL);
  g_return_val_if_fail (index < self->texts->len, NULL);
  return g_ptr_array_index (self->texts, index);
}

void
yt_filter_chips_remove (YtFilterChips *self,
                        guint          index)
{
  g_return_if_fail (YT_IS_FILTER_CHIPS (self));
  g_return_if_fail (index < self->kinds->len);

  if (YT_PANEL_STATE (self) != NULL)
    kinds[g_array_index (self->kinds, guint, index)].clear (YT_PANEL_STATE (self));
}

static void
view_state_changed (YtPanelBase *base)
{
  rebuild (YT_FILTER_CHIPS (base));
}

static void
yt_filter_chips_finalize (GObject *object)
{
  YtFilterChips *self = YT_FILTER_CHIPS (object);

  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->kinds, g_array_unref);
  G_OBJECT_CLASS (yt_filter_chips_parent_class)->finalize (object);
}

static void
yt_filter_chips_class_init (YtFilterChipsClass *klass)
{
  static const char * const followed[] = {
    "filter-text", "filter-kinds", "filter-company", "filter-region", "first-year", "last-year",
    "as-of-year", "filter-bri", "atlas", "language",
  };
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = yt_filter_chips_finalize;
  panel_class->view_state_changed = view_state_changed;
  for (guint i = 0; i < G_N_ELEMENTS (followed); i++)
    yt_panel_base_class_follow (panel_class, followed[i], G_CALLBACK (rebuild));
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-filter-chips.ui");
  gtk_widget_class_bind_template_child (widget_class, YtFilterChips, flow);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "yt-filter-chips");
}

static void
yt_filter_chips_init (YtFilterChips *self)
{
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->kinds = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_filter_chips_new (void)
{
  return g_object_new (YT_TYPE_FILTER_CHIPS, NULL);
}
