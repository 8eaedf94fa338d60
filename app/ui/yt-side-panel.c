/* yt-side-panel.c: the side pane: explore (search, filters, time, list) and profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The panel holds no state of its own beyond which page shows: the search
 * text, filters, as-of year and selection all live in the view state, which
 * the map follows too.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "yt-company-profile.h"
#include "yt-filter-bar.h"
#include "yt-filter-chips.h"
#include "yt-panel-items.h"
#include "yt-panel-util.h"
#include "yt-region-profile.h"
#include "yt-side-panel.h"
#include "yt-site-list.h"
#include "yt-site-profile.h"
#include "yt-time-control.h"

#define MAX_GROUP_RESULTS 5

struct _YtSidePanel
{
  YtPanelBase  parent_instance;

  GtkWidget   *page_title;
  GtkWidget   *stack;
  GtkWidget   *search_entry;
  GtkWidget   *count_label;
  GtkWidget   *filter_chips;
  GtkWidget   *filters_expander;
  GtkWidget   *empty_box;
  GtkWidget   *filter_bar;
  GtkWidget   *time_control;
  YtSearch    *search;         /* what the search text names; NULL without text */
  gboolean     browsed;        /* a row was chosen with the arrow keys since the text changed */

  GtkWidget   *companies_section;
  GtkWidget   *companies_list;
  GtkWidget   *regions_section;
  GtkWidget   *regions_list;
  GtkWidget   *site_list;
  GtkWidget   *company_profile;
  GtkWidget   *site_profile;
  GtkWidget   *region_profile;
};

G_DEFINE_FINAL_TYPE (YtSidePanel, yt_side_panel, YT_TYPE_PANEL_BASE)

enum { RECORD_OPENED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
show_page (YtSidePanel *self,
           const char  *page)
{
  const char *title = g_str_equal (page, "site") ? _("Site") :
                      g_str_equal (page, "company") ? _("Company") :
                      g_str_equal (page, "region") ? _("Region") : _("Explore");

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), page);
  gtk_label_set_text (GTK_LABEL (self->page_title), title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.explore", !g_str_equal (page, "explore"));
}

/* Opens the profile of the selection; FALSE when nothing is selected. */
static gboolean
show_selection (YtSidePanel *self)
{
  YtRef ref = yt_view_state_get_selection (YT_PANEL_STATE (self));

  if (ref == YT_REF_NONE)
    return FALSE;
  switch (YT_REF_KIND (ref))
    {
    case YT_RECORD_SITE:
      yt_site_profile_set_site (YT_SITE_PROFILE (self->site_profile), YT_REF_INDEX (ref));
      show_page (self, "site");
      break;
    case YT_RECORD_COMPANY:
      yt_company_profile_set_company (YT_COMPANY_PROFILE (self->company_profile), YT_REF_INDEX (ref));
      show_page (self, "company");
      break;
    case YT_RECORD_REGION:
      yt_region_profile_set_region (YT_REGION_PROFILE (self->region_profile), YT_REF_INDEX (ref));
      show_page (self, "region");
      break;
    default:
      return FALSE;
    }
  return TRUE;
}

static void
selection_changed (YtSidePanel *self)
{
  /* Moving through the results by keyboard keeps the list in view. */
  if (yt_site_list_get_browsing (YT_SITE_LIST (self->site_list)))
    {
      self->browsed = TRUE;
      return;
    }
  self->browsed = FALSE;
  if (!show_selection (self))
    show_page (self, "explore");
}

static void
site_activated (YtSidePanel *self,
                guint        site)
{
  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_SITE, site));
  show_selection (self);
}

static void
update_count (YtSidePanel *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));
  YtLang lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  guint shown = yt_view_state_get_n_filtered (YT_PANEL_STATE (self));
  guint total = atlas != NULL ? yt_atlas_get_n_records (atlas, YT_RECORD_SITE) : 0;
  g_autofree char *n = yt_format_integer (lang, shown);
  g_autofree char *all = yt_format_integer (lang, total);
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s site", "%s sites", total), all);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s site", "%s of %s sites", total), n, all);
  gtk_label_set_text (GTK_LABEL (self->count_label), text);
  /* An empty result says why and offers the way out, instead of an empty list. */
  gtk_widget_set_visible (self->empty_box, atlas != NULL && shown == 0);
  gtk_widget_set_visible (self->site_list, atlas == NULL || shown > 0);
}

static void
clear_filters (YtSidePanel *self)
{
  yt_view_state_reset_filter (YT_PANEL_STATE (self));
}

/* One group of results (companies or regions) as rows that open a profile. */
static void
bind_group (YtSidePanel   *self,
            YtSearchGroup  group,
            GtkWidget     *list,
            GtkWidget     *section)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));
  YtLang lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  g_autoptr(GListStore) store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n = self->search != NULL ? MIN (yt_search_get_n_hits (self->search, group), MAX_GROUP_RESULTS) : 0;

  for (guint i = 0; i < n; i++)
    {
      YtRef ref = yt_search_get_hit (self->search, group, i);
      g_autofree char *tooltip = NULL;
      g_autofree char *title = NULL;
      g_autoptr(YtRefItem) item = NULL;

      if (group == YT_SEARCH_COMPANIES)
        title = yt_panel_company_markup (atlas, YT_REF_INDEX (ref), YT_NAME_ROLE_DISPLAY, lang, &tooltip);
      else
        title = yt_panel_text_markup (atlas, ref, YT_TEXT_NAME, lang, &tooltip);
      item = yt_ref_item_new (ref, title, yt_atlas_get_name (atlas, ref, yt_lang_other (lang), NULL), tooltip);
      g_list_store_append (store, item);
    }
  yt_panel_bind_list (GTK_LIST_BOX (list), YT_PANEL_STATE (self), section, G_LIST_MODEL (g_steal_pointer (&store)));
}

/* The groups follow the search's order, the best first, so that Enter
 * opens the first row one sees. */
static void
order_groups (YtSidePanel *self)
{
  GtkWidget *sections[YT_N_SEARCH_GROUPS] = { self->companies_section, self->regions_section, self->site_list };
  GtkWidget *before = self->filters_expander;

  for (guint rank = 0; rank < YT_N_SEARCH_GROUPS; rank++)
    {
      GtkWidget *section = sections[self->search != NULL ? yt_search_get_group (self->search, rank) : rank];

      gtk_box_reorder_child_after (GTK_BOX (gtk_widget_get_parent (section)), section, before);
      before = section;
    }
}

/* Companies and regions whose names match the search, beside the sites. */
static void
update_results (YtSidePanel *self)
{
  YtViewState *state = YT_PANEL_STATE (self);
  YtAtlas *atlas = yt_view_state_get_atlas (state);
  const GArray *sites = yt_view_state_get_filtered_sites (state);

  g_clear_pointer (&self->search, yt_search_free);
  if (atlas != NULL && yt_view_state_get_filter_text (state)[0] != '\0')
    self->search = yt_search_new (atlas, yt_view_state_get_filter_text (state),
                                  (const guint *) (gconstpointer) sites->data, sites->len);
  bind_group (self, YT_SEARCH_COMPANIES, self->companies_list, self->companies_section);
  bind_group (self, YT_SEARCH_REGIONS, self->regions_list, self->regions_section);
  order_groups (self);
}

static void
filter_text_changed (YtSidePanel *self)
{
  const char *text = yt_view_state_get_filter_text (YT_PANEL_STATE (self));
  g_autofree char *typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));

  /* Someone else (the map, a reset) changed the text: show it. */
  if (g_strcmp0 (typed, text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  self->browsed = FALSE;
}

static void
search_changed (YtSidePanel *self)
{
  if (YT_PANEL_STATE (self) != NULL)
    yt_view_state_set_filter_text (YT_PANEL_STATE (self), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Enter opens the best match of the first group (or the row the arrow keys
 * reached), and the map goes there. */
static void
search_activated (YtSidePanel *self)
{
  YtRef best;

  search_changed (self);
  best = self->search != NULL && !self->browsed ? yt_search_get_best (self->search) : YT_REF_NONE;
  if (best == YT_REF_NONE)
    {
      /* A row reached with the arrow keys, or else the first site listed. */
      if (!yt_site_list_activate (YT_SITE_LIST (self->site_list)))
        return;
    }
  else
    {
      yt_view_state_set_selection (YT_PANEL_STATE (self), best);
      show_selection (self);
    }
  g_signal_emit (self, signals[RECORD_OPENED], 0);
}

/* A row of the results opens its record; the map goes there too. */
static void
result_activated (YtSidePanel *self)
{
  g_signal_emit (self, signals[RECORD_OPENED], 0);
}

static gboolean
search_key_pressed (YtSidePanel *self,
                    guint        keyval)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up && keyval != GDK_KEY_KP_Down && keyval != GDK_KEY_KP_Up)
    return FALSE;
  search_changed (self);
  yt_site_list_move (YT_SITE_LIST (self->site_list),
                     keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down ? 1 : -1);
  return TRUE;
}

static void
stop_search (YtSidePanel *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  search_changed (self);
}

static void
history_changed (YtSidePanel *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.back", yt_view_state_get_can_go_back (YT_PANEL_STATE (self)));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.forward", yt_view_state_get_can_go_forward (YT_PANEL_STATE (self)));
}

static void
back_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  YtSidePanel *self = YT_SIDE_PANEL (widget);

  /* From a profile opened without history (Enter on a browsed row), back is Explore. */
  if (!yt_view_state_go_back (YT_PANEL_STATE (self)))
    show_page (self, "explore");
}

static void
forward_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  yt_view_state_go_forward (YT_PANEL_STATE (widget));
}

static void
explore_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  show_page (YT_SIDE_PANEL (widget), "explore");
}

static void
focus_search_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  yt_side_panel_focus_search (YT_SIDE_PANEL (widget));
}

/* The parts follow the same view state as the panel. */
static void
view_state_changed (YtPanelBase *base)
{
  YtSidePanel *self = YT_SIDE_PANEL (base);
  YtViewState *state = YT_PANEL_STATE (self);
  GtkWidget *parts[] = { self->site_list, self->filter_chips, self->filter_bar, self->time_control,
                         self->company_profile, self->site_profile, self->region_profile };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    yt_panel_base_set_view_state (YT_PANEL_BASE (parts[i]), state);
  if (state == NULL)
    return;
  update_count (self);
  filter_text_changed (self);
  update_results (self);
  history_changed (self);
  selection_changed (self);
}

void
yt_side_panel_focus_search (YtSidePanel *self)
{
  g_return_if_fail (YT_IS_SIDE_PANEL (self));

  show_page (self, "explore");
  gtk_widget_grab_focus (self->search_entry);
}

void
yt_side_panel_show_page (YtSidePanel *self,
                         const char  *page)
{
  g_return_if_fail (YT_IS_SIDE_PANEL (self));
  g_return_if_fail (page != NULL);

  /* A profile page shows the selection; only Explore can stand beside it. */
  if (g_str_equal (page, "explore") || !show_selection (self))
    show_page (self, "explore");
}

const char *
yt_side_panel_get_page (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
}

GtkWidget *
yt_side_panel_get_search_entry (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->search_entry;
}

GtkWidget *
yt_side_panel_get_site_list (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->site_list;
}

GtkWidget *
yt_side_panel_get_count_label (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->count_label;
}

GtkWidget *
yt_side_panel_get_time_control (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->time_control;
}

GtkWidget *
yt_side_panel_get_filter_chips (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->filter_chips;
}

GtkWidget *
yt_side_panel_get_filters_expander (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->filters_expander;
}

GtkWidget *
yt_side_panel_get_filter_bar (YtSidePanel *self)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  return self->filter_bar;
}

GtkWidget *
yt_side_panel_get_profile (YtSidePanel *self,
                           const char  *page)
{
  g_return_val_if_fail (YT_IS_SIDE_PANEL (self), NULL);
  g_return_val_if_fail (page != NULL, NULL);

  return g_str_equal (page, "site") ? self->site_profile :
         g_str_equal (page, "company") ? self->company_profile :
         g_str_equal (page, "region") ? self->region_profile : NULL;
}


static void
yt_side_panel_finalize (GObject *object)
{
  g_clear_pointer (&YT_SIDE_PANEL (object)->search, yt_search_free);
  G_OBJECT_CLASS (yt_side_panel_parent_class)->finalize (object);
}

static void
yt_side_panel_class_init (YtSidePanelClass *klass)
{
  static const struct { const char *property; GCallback callback; } follow[] = {
    { "selection", G_CALLBACK (selection_changed) },
    { "can-go-back", G_CALLBACK (history_changed) },
    { "can-go-forward", G_CALLBACK (history_changed) },
    { "n-filtered", G_CALLBACK (update_count) },
    { "atlas", G_CALLBACK (update_count) },
    { "language", G_CALLBACK (update_count) },
    { "filter-text", G_CALLBACK (filter_text_changed) },
    { "filtered-sites", G_CALLBACK (update_results) },
    { "language", G_CALLBACK (update_results) },
  };
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = yt_side_panel_finalize;
  panel_class->view_state_changed = view_state_changed;
  /**
   * YtSidePanel::record-opened:
   *
   * A search (Enter) or one of its result rows opened a profile.
   */
  signals[RECORD_OPENED] = g_signal_new ("record-opened", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  for (guint i = 0; i < G_N_ELEMENTS (follow); i++)
    yt_panel_base_class_follow (panel_class, follow[i].property, follow[i].callback);

  g_type_ensure (YT_TYPE_SITE_LIST);
  g_type_ensure (YT_TYPE_FILTER_BAR);
  g_type_ensure (YT_TYPE_FILTER_CHIPS);
  g_type_ensure (YT_TYPE_TIME_CONTROL);
  g_type_ensure (YT_TYPE_COMPANY_PROFILE);
  g_type_ensure (YT_TYPE_SITE_PROFILE);
  g_type_ensure (YT_TYPE_REGION_PROFILE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, page_title);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, search_entry);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, count_label);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, filter_chips);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, filters_expander);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, empty_box);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, filter_bar);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, time_control);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, companies_section);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, companies_list);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, regions_section);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, regions_list);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, site_list);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, company_profile);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, site_profile);
  gtk_widget_class_bind_template_child (widget_class, YtSidePanel, region_profile);
  gtk_widget_class_bind_template_callback (widget_class, search_changed);
  gtk_widget_class_bind_template_callback (widget_class, search_activated);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, stop_search);
  gtk_widget_class_bind_template_callback (widget_class, site_activated);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters);
  gtk_widget_class_bind_template_callback (widget_class, result_activated);

  gtk_widget_class_install_action (widget_class, "panel.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "panel.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "panel.explore", NULL, explore_action);
  gtk_widget_class_install_action (widget_class, "panel.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "panel.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "panel.forward", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "panel.focus-search", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "yt-side-panel");
}

static void
yt_side_panel_init (YtSidePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "panel.forward", FALSE);
  show_page (self, "explore");
}

GtkWidget *
yt_side_panel_new (YtViewState *state)
{
  g_return_val_if_fail (state == NULL || YT_IS_VIEW_STATE (state), NULL);
  return g_object_new (YT_TYPE_SIDE_PANEL, "view-state", state, NULL);
}
