/* yt-company-profile.c: a company's names, figures, sites, people, facts and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything shown is rebuilt from the atlas when the company or the language
 * changes; the lists are models of small items that the rows bind to.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-chart-view.h"
#include "yt-company-profile.h"
#include "yt-compare-dialog.h"
#include "yt-panel-models.h"
#include "yt-panel-util.h"

struct _YtCompanyProfile
{
  YtPanelBase  parent_instance;

  guint        company;

  GtkWidget   *title;
  GtkWidget   *subtitle;
  GtkWidget   *kind_label;
  GtkWidget   *parent_button;
  GtkWidget   *parent_button_label;
  GtkWidget   *hq_label;
  GtkWidget   *brand_label;
  GtkWidget   *description_label;
  GtkWidget   *compare_button;
  GtkWidget   *chart;
  GtkWidget   *figures_section;
  GtkWidget   *sites_section;
  GtkWidget   *subsidiaries_section;
  GtkWidget   *people_section;
  GtkWidget   *facts_section;
  GtkWidget   *sources_section;
  GtkWidget   *figures_list;
  GtkWidget   *sites_list;
  GtkWidget   *subsidiaries_list;
  GtkWidget   *people_list;
  GtkWidget   *facts_list;
  GtkWidget   *sources_list;
};

G_DEFINE_FINAL_TYPE (YtCompanyProfile, yt_company_profile, YT_TYPE_PANEL_BASE)


enum { PROP_0, PROP_COMPANY, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
yt_company_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  YtCompanyProfile *self = YT_COMPANY_PROFILE (object);

  if (prop_id == PROP_COMPANY)
    g_value_set_uint (value, self->company);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_company_profile_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  YtCompanyProfile *self = YT_COMPANY_PROFILE (object);

  if (prop_id == PROP_COMPANY)
    yt_company_profile_set_company (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}


static void
install_properties (GObjectClass *object_class)
{
  object_class->get_property = yt_company_profile_get_property;
  object_class->set_property = yt_company_profile_set_property;
  properties[PROP_COMPANY] = g_param_spec_uint ("company", NULL, NULL, 0, G_MAXUINT32, YT_ATLAS_NONE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static const char *
company_kind_label (YtCompanyKind kind)
{
  switch (kind)
    {
    case YT_COMPANY_CLOUD: return _("Cloud provider");
    case YT_COMPANY_HARDWARE: return _("Hardware maker");
    case YT_COMPANY_TELECOM: return _("Telecom operator");
    case YT_COMPANY_INTERNET: return _("Internet company");
    case YT_COMPANY_DATA_CENTRE: return _("Data-centre operator");
    case YT_COMPANY_INVESTOR: return _("Investor");
    case YT_COMPANY_GOVERNMENT: return _("Government body");
    case YT_COMPANY_ASSOCIATION: return _("Industry association");
    case YT_COMPANY_RESEARCH: return _("Research firm");
    case YT_COMPANY_MEDIA: return _("Media");
    case YT_COMPANY_OTHER:
    default: return _("Organisation");
    }
}

/* A label "Field: value" whose value is data markup; hidden without a value. */
static void
set_field (GtkWidget  *label,
           const char *field,
           char       *value_markup,
           char       *tooltip)
{
  g_autofree char *escaped = g_markup_escape_text (field, -1);

  if (value_markup == NULL)
    {
      yt_panel_label_set (label, NULL, tooltip);
      return;
    }
  yt_panel_label_set (label, g_strdup_printf ("<b>%s</b> %s", escaped, value_markup), tooltip);
  g_free (value_markup);
}

static void
show_header (YtCompanyProfile *self,
             YtAtlas          *atlas,
             YtLang            lang)
{
  const YtCompany *company = yt_atlas_get_company (atlas, self->company);
  YtRef ref = YT_REF (YT_RECORD_COMPANY, self->company);
  YtTextInfo other = { 0 };
  const char *other_name = yt_atlas_get_company_name (atlas, self->company, YT_NAME_ROLE_DISPLAY,
                                                      yt_lang_other (lang), &other);
  char *tooltip = NULL, *markup;

  markup = yt_panel_company_markup (atlas, self->company, YT_NAME_ROLE_DISPLAY, lang, &tooltip);
  yt_panel_label_set (self->title, markup, tooltip);
  /* The other script's name helps readers match it with other sources. */
  yt_panel_label_set (self->subtitle, other_name != NULL && !other.fell_back ?
                      g_markup_escape_text (other_name, -1) : NULL, NULL);
  gtk_label_set_text (GTK_LABEL (self->kind_label), company_kind_label (company->kind));
  gtk_widget_set_visible (self->parent_button, company->parent != YT_ATLAS_NONE);
  if (company->parent != YT_ATLAS_NONE)
    {
      g_autofree char *text = g_strdup_printf (_("Part of %s"),
        yt_panel_name (atlas, YT_REF (YT_RECORD_COMPANY, company->parent), lang));

      gtk_label_set_text (GTK_LABEL (self->parent_button_label), text);
    }
  set_field (self->hq_label, _("Headquarters:"), company->hq_region == YT_ATLAS_NONE ? NULL :
             yt_panel_text_markup (atlas, YT_REF (YT_RECORD_REGION, company->hq_region), YT_TEXT_NAME, lang, NULL),
             NULL);
  tooltip = NULL;
  markup = yt_panel_company_markup (atlas, self->company, YT_NAME_ROLE_BRAND, lang, &tooltip);
  set_field (self->brand_label, _("Cloud brand:"), markup, tooltip);
  tooltip = NULL;
  markup = yt_panel_text_markup (atlas, ref, YT_TEXT_DESCRIPTION, lang, &tooltip);
  if (markup == NULL)
    markup = yt_panel_text_markup (atlas, ref, YT_TEXT_NOTE, lang, &tooltip);
  yt_panel_label_set (self->description_label, markup, tooltip);
}

static void
show (YtCompanyProfile *self)
{
  YtAtlas *atlas = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_atlas (YT_PANEL_STATE (self)) : NULL;
  YtLang lang;
  YtRef ref;

  if (atlas == NULL || self->company == YT_ATLAS_NONE)
    return;
  lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  ref = YT_REF (YT_RECORD_COMPANY, self->company);
  show_header (self, atlas, lang);
  yt_panel_bind_list (GTK_LIST_BOX (self->figures_list), YT_PANEL_STATE (self), self->figures_section,
                      yt_panel_facts_model (atlas, ref, lang, TRUE));
  yt_panel_bind_list (GTK_LIST_BOX (self->sites_list), YT_PANEL_STATE (self), self->sites_section,
                      yt_panel_linked_model (atlas, ref, YT_RECORD_SITE, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->subsidiaries_list), YT_PANEL_STATE (self), self->subsidiaries_section,
                      yt_panel_subsidiaries_model (atlas, self->company, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->people_list), YT_PANEL_STATE (self), self->people_section,
                      yt_panel_people_model (atlas, self->company, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->facts_list), YT_PANEL_STATE (self), self->facts_section,
                      yt_panel_facts_model (atlas, ref, lang, FALSE));
  yt_panel_bind_list (GTK_LIST_BOX (self->sources_list), YT_PANEL_STATE (self), self->sources_section,
                      yt_panel_sources_model (atlas, ref, lang));
  yt_chart_view_set_chart (YT_CHART_VIEW (self->chart),
                           yt_company_profile_build_chart (atlas, self->company, lang));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (self->title)), -1);
}

static void
atlas_changed (YtCompanyProfile *self)
{
  self->company = YT_ATLAS_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}


static void
parent_clicked (YtCompanyProfile *self)
{
  YtAtlas *atlas = yt_view_state_get_atlas (YT_PANEL_STATE (self));
  guint parent = yt_atlas_get_company (atlas, self->company)->parent;

  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_COMPANY, parent));
}

static void
list_sites_clicked (YtCompanyProfile *self)
{
  YtViewState *state = YT_PANEL_STATE (self);

  /* A step of its own, then its filter: Back brings the filter before it back. */
  yt_view_state_set_selection (state, YT_REF_NONE);
  yt_view_state_reset_filter (state);
  yt_view_state_set_filter_company (state, self->company);
}

static void
compare_clicked (YtCompanyProfile *self)
{
  GtkWidget *dialog = yt_compare_dialog_new (YT_PANEL_STATE (self), &self->company, 1);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
view_state_changed (YtPanelBase *base)
{
  show (YT_COMPANY_PROFILE (base));
}

static void
yt_company_profile_class_init (YtCompanyProfileClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  install_properties (G_OBJECT_CLASS (klass));
  panel_class->view_state_changed = view_state_changed;
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (atlas_changed));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (show));
  g_type_ensure (YT_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-company-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, title);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, subtitle);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, kind_label);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, parent_button);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, parent_button_label);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, hq_label);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, brand_label);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, description_label);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, compare_button);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, chart);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, figures_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, sites_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, subsidiaries_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, people_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, facts_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, sources_section);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, figures_list);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, sites_list);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, subsidiaries_list);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, people_list);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, facts_list);
  gtk_widget_class_bind_template_child (widget_class, YtCompanyProfile, sources_list);
  gtk_widget_class_bind_template_callback (widget_class, parent_clicked);
  gtk_widget_class_bind_template_callback (widget_class, list_sites_clicked);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
yt_company_profile_init (YtCompanyProfile *self)
{
  self->company = YT_ATLAS_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_company_profile_new (YtViewState *state)
{
  g_return_val_if_fail (state == NULL || YT_IS_VIEW_STATE (state), NULL);
  return g_object_new (YT_TYPE_COMPANY_PROFILE, "view-state", state, NULL);
}

guint
yt_company_profile_get_company (YtCompanyProfile *self)
{
  g_return_val_if_fail (YT_IS_COMPANY_PROFILE (self), YT_ATLAS_NONE);
  return self->company;
}

void
yt_company_profile_set_company (YtCompanyProfile *self,
                                guint             company)
{
  g_return_if_fail (YT_IS_COMPANY_PROFILE (self));

  if (self->company == company)
    return;
  self->company = company;
  show (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}
