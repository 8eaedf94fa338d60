/* yt-filter-bar.c: kind, company, region, year-range and Belt and Road filters of the view state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each drop-down's first entry means "any"; the others map to the indices kept
 * beside them.  Changes go to the view state, and the controls follow it back,
 * so the map's or a test's changes show here too.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-filter-bar.h"
#include "yt-panel-util.h"

struct _YtFilterBar
{
  YtPanelBase  parent_instance;

  GArray      *companies;     /* drop-down position - 1 → company index */
  GArray      *regions;
  gboolean     syncing;

  GtkWidget   *kind_drop;
  GtkWidget   *company_drop;
  GtkWidget   *region_drop;
  GtkWidget   *first_spin;
  GtkWidget   *last_spin;
  GtkWidget   *bri_check;
};

G_DEFINE_FINAL_TYPE (YtFilterBar, yt_filter_bar, YT_TYPE_PANEL_BASE)

typedef struct { const char *name; guint index; } Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (((const Entry *) a)->name, ((const Entry *) b)->name);
}

/* Fills a drop-down with "any" and the records of @kind that @keep accepts, by name. */
static void
fill_drop (YtFilterBar  *self,
           GtkWidget    *drop,
           GArray       *indices,
           YtRecordKind  kind,
           const char   *any,
           const guint8 *keep)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));
  YtLang lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  guint n = atlas != NULL ? yt_atlas_get_n_records (atlas, kind) : 0;
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    if (keep[i])
      g_array_append_val (entries, ((Entry) { yt_panel_name (atlas, YT_REF (kind, i), lang), i }));
  g_array_sort (entries, compare_entries);
  g_array_set_size (indices, 0);
  gtk_string_list_append (list, any);
  for (guint i = 0; i < entries->len; i++)
    {
      gtk_string_list_append (list, g_array_index (entries, Entry, i).name);
      g_array_append_val (indices, g_array_index (entries, Entry, i).index);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (drop), G_LIST_MODEL (list));
}

/* Only companies and regions that some site refers to are worth offering. */
static void
fill_choices (YtFilterBar *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));
  guint n_companies = atlas ? yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY) : 0;
  guint n_regions = atlas ? yt_atlas_get_n_records (atlas, YT_RECORD_REGION) : 0;
  g_autofree guint8 *companies = g_new0 (guint8, n_companies + 1);
  g_autofree guint8 *regions = g_new0 (guint8, n_regions + 1);

  for (guint l = 0; atlas && l < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);

      if (YT_REF_KIND (link->from) == YT_RECORD_COMPANY && YT_REF_KIND (link->to) == YT_RECORD_SITE)
        companies[YT_REF_INDEX (link->from)] = 1;
    }
  for (guint s = 0; atlas && s < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); s++)
    for (guint r = yt_atlas_get_site (atlas, s)->region; r != YT_ATLAS_NONE;
         r = yt_atlas_get_region (atlas, r)->parent)
      regions[r] = 1;
  fill_drop (self, self->company_drop, self->companies, YT_RECORD_COMPANY, _("All companies"), companies);
  fill_drop (self, self->region_drop, self->regions, YT_RECORD_REGION, _("All regions"), regions);
}

static guint
position_of (GArray *indices,
             guint   index)
{
  for (guint i = 0; i < indices->len; i++)
    if (g_array_index (indices, guint, i) == index)
      return i + 1;
  return 0;
}

static guint
kind_position (guint mask)
{
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    if (mask == YT_SITE_KIND_BIT (k))
      return k + 1;
  return 0;
}

static void
sync_from_state (YtFilterBar *self)
{
  int first = 0, last = 0;

  if (YT_PANEL_STATE (self) == NULL)
    return;
  yt_view_state_get_year_bounds (YT_PANEL_STATE (self), &first, &last);
  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind_drop),
                              kind_position (yt_view_state_get_filter_kinds (YT_PANEL_STATE (self))));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->company_drop),
                              position_of (self->companies, yt_view_state_get_filter_company (YT_PANEL_STATE (self))));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->region_drop),
                              position_of (self->regions, yt_view_state_get_filter_region (YT_PANEL_STATE (self))));
  /* The value just below the first year reads "any" (see spin_output). */
  for (GtkWidget *spin = self->first_spin; spin != NULL; spin = spin == self->first_spin ? self->last_spin : NULL)
    {
      int year = spin == self->first_spin ? yt_view_state_get_first_year (YT_PANEL_STATE (self))
                                          : yt_view_state_get_last_year (YT_PANEL_STATE (self));

      gtk_spin_button_set_range (GTK_SPIN_BUTTON (spin), first > 0 ? first - 1 : 0, MAX (last, first));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), year != 0 ? year : first - 1);
    }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->bri_check), yt_view_state_get_filter_bri (YT_PANEL_STATE (self)));
  self->syncing = FALSE;
}

static void
rebuild (YtFilterBar *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));

  self->syncing = TRUE;
  fill_choices (self);
  /* Without Belt and Road memberships in the data the filter would only empty the list. */
  gtk_widget_set_sensitive (self->bri_check, yt_view_state_get_filter_bri (YT_PANEL_STATE (self)) ||
                            (atlas != NULL && yt_membership_any (atlas, yt_membership_bri (atlas))));
  self->syncing = FALSE;
  sync_from_state (self);
}

static int
spin_year (GtkWidget *spin)
{
  GtkAdjustment *adj = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin));
  int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (spin));

  return value <= (int) gtk_adjustment_get_lower (adj) ? 0 : value;
}

static void
control_changed (YtFilterBar *self)
{
  guint kind, company, region;
  int first, last;

  if (self->syncing || YT_PANEL_STATE (self) == NULL)
    return;
  kind = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->kind_drop));
  company = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->company_drop));
  region = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->region_drop));
  first = spin_year (self->first_spin);
  last = spin_year (self->last_spin);
  g_object_freeze_notify (G_OBJECT (YT_PANEL_STATE (self)));
  yt_view_state_set_filter_kinds (YT_PANEL_STATE (self), kind == 0 || kind == GTK_INVALID_LIST_POSITION ?
                                  YT_VIEW_STATE_ALL_KINDS : YT_SITE_KIND_BIT (kind - 1));
  yt_view_state_set_filter_company (YT_PANEL_STATE (self), company == 0 || company > self->companies->len ?
                                    YT_ATLAS_NONE : g_array_index (self->companies, guint, company - 1));
  yt_view_state_set_filter_region (YT_PANEL_STATE (self), region == 0 || region > self->regions->len ?
                                   YT_ATLAS_NONE : g_array_index (self->regions, guint, region - 1));
  if (first != 0 && last != 0 && first > last)
    last = first;
  yt_view_state_set_year_range (YT_PANEL_STATE (self), first, last);
  yt_view_state_set_filter_bri (YT_PANEL_STATE (self), gtk_check_button_get_active (GTK_CHECK_BUTTON (self->bri_check)));
  g_object_thaw_notify (G_OBJECT (YT_PANEL_STATE (self)));
}

static gboolean
spin_output (GtkSpinButton *spin)
{
  GtkAdjustment *adj = gtk_spin_button_get_adjustment (spin);

  if (gtk_adjustment_get_value (adj) > gtk_adjustment_get_lower (adj))
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (spin), _("Any"));
  return TRUE;
}

static void
reset_clicked (YtFilterBar *self)
{
  if (YT_PANEL_STATE (self) != NULL)
    yt_view_state_reset_filter (YT_PANEL_STATE (self));
}


static void
yt_filter_bar_finalize (GObject *object)
{
  YtFilterBar *self = YT_FILTER_BAR (object);

  g_clear_pointer (&self->companies, g_array_unref);
  g_clear_pointer (&self->regions, g_array_unref);
  G_OBJECT_CLASS (yt_filter_bar_parent_class)->finalize (object);
}

static void
view_state_changed (YtPanelBase *base)
{
  if (YT_PANEL_STATE (base) != NULL)
    rebuild (YT_FILTER_BAR (base));
}

static void
yt_filter_bar_class_init (YtFilterBarClass *klass)
{
  static const char * const synced[] = { "filter-kinds", "filter-company", "filter-region",
                                         "first-year", "last-year", "filter-bri" };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  object_class->finalize = yt_filter_bar_finalize;
  panel_class->view_state_changed = view_state_changed;
  for (guint i = 0; i < G_N_ELEMENTS (synced); i++)
    yt_panel_base_class_follow (panel_class, synced[i], G_CALLBACK (sync_from_state));
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (rebuild));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (rebuild));

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, kind_drop);
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, company_drop);
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, region_drop);
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, first_spin);
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, last_spin);
  gtk_widget_class_bind_template_child (widget_class, YtFilterBar, bri_check);
  gtk_widget_class_bind_template_callback (widget_class, control_changed);
  gtk_widget_class_bind_template_callback (widget_class, spin_output);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
yt_filter_bar_init (YtFilterBar *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->companies = g_array_new (FALSE, FALSE, sizeof (guint));
  self->regions = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_string_list_append (kinds, _("All kinds"));
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    gtk_string_list_append (kinds, yt_panel_site_kind_label (k));
  self->syncing = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->kind_drop), G_LIST_MODEL (kinds));
  self->syncing = FALSE;
}

GtkWidget *
yt_filter_bar_new (void)
{
  return g_object_new (YT_TYPE_FILTER_BAR, NULL);
}
