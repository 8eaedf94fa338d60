/* yt-site-profile.c: a site's kind, place, companies, figures, dates and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything shown is rebuilt from the atlas when the record or the language
 * changes; the lists are models of small items that the rows bind to.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "yt-panel-models.h"
#include "yt-panel-util.h"
#include "yt-site-profile.h"

struct _YtSiteProfile
{
  YtPanelBase  parent_instance;

  guint        site;

  GtkWidget   *title;
  GtkWidget   *subtitle;
  GtkWidget   *kind_label;
  GtkWidget   *code_label;
  GtkWidget   *parent_button;
  GtkWidget   *parent_button_label;
  GtkWidget   *region_button;
  GtkWidget   *region_button_label;
  GtkWidget   *location_label;
  GtkWidget   *dates_label;
  GtkWidget   *note_label;
  GtkWidget   *companies_section;
  GtkWidget   *children_section;
  GtkWidget   *figures_section;
  GtkWidget   *facts_section;
  GtkWidget   *sources_section;
  GtkWidget   *companies_list;
  GtkWidget   *children_list;
  GtkWidget   *figures_list;
  GtkWidget   *facts_list;
  GtkWidget   *sources_list;
};

G_DEFINE_FINAL_TYPE (YtSiteProfile, yt_site_profile, YT_TYPE_PANEL_BASE)


enum { PROP_0, PROP_SITE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
yt_site_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  YtSiteProfile *self = YT_SITE_PROFILE (object);

  if (prop_id == PROP_SITE)
    g_value_set_uint (value, self->site);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_site_profile_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  YtSiteProfile *self = YT_SITE_PROFILE (object);

  if (prop_id == PROP_SITE)
    yt_site_profile_set_site (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}


static void
install_properties (GObjectClass *object_class)
{
  object_class->get_property = yt_site_profile_get_property;
  object_class->set_property = yt_site_profile_set_property;
  properties[PROP_SITE] = g_param_spec_uint ("site", NULL, NULL, 0, G_MAXUINT32, YT_ATLAS_NONE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static char *
location_markup (YtAtlas      *atlas,
                 const YtSite *site,
                 YtLang        lang)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *escaped = g_markup_escape_text (yt_panel_precision_label (site->precision), -1);

  g_string_append_printf (text, "<b>%s</b> %s", _("Location:"), escaped);
  if (site->precision != YT_PRECISION_NONE)
    {
      g_autofree char *where = NULL;

      if (lang == YT_LANG_ZH)
        where = g_strdup_printf ("%s%.2f°，%s%.2f°", site->lat >= 0 ? "北纬" : "南纬", fabs (site->lat),
                                 site->lon >= 0 ? "东经" : "西经", fabs (site->lon));
      else
        where = g_strdup_printf ("%.2f° %s, %.2f° %s", fabs (site->lat), site->lat >= 0 ? "N" : "S",
                                 fabs (site->lon), site->lon >= 0 ? "E" : "W");
      g_string_append_printf (text, "\n%s", where);
    }
  if (site->location_source != YT_ATLAS_NONE)
    {
      g_autofree char *line = yt_panel_source_line (atlas, site->location_source, lang);
      g_autofree char *source = g_markup_escape_text (line, -1);

      g_string_append_printf (text, "\n<small>%s %s</small>", _("Position source:"), source);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_date (GString    *text,
             const char *field,
             YtDate      date,
             guint8      basis,
             YtLang      lang)
{
  g_autofree char *shown = yt_panel_date (lang, date);

  if (shown == NULL)
    return;
  g_string_append_printf (text, "%s<b>%s</b> %s%s", text->len > 0 ? "\n" : "", field, shown,
                          basis == YT_DATE_BASIS_APPROXIMATE ? _(" (approximate)") :
                          basis == YT_DATE_BASIS_BY ? _(" (at the latest)") :
                          basis == YT_DATE_BASIS_DERIVED ? _(" (derived from the source)") :
                          basis == YT_DATE_BASIS_EXTERNAL ? _(" (from outside the source)") : "");
}

static char *
dates_markup (const YtSite *site,
              YtLang        lang)
{
  GString *text = g_string_new (NULL);

  append_date (text, _("Announced:"), site->announced, site->announced_basis, lang);
  append_date (text, _("Opened:"), site->opened, site->opened_basis, lang);
  append_date (text, _("Closed:"), site->closed, site->closed_basis, lang);
  if (text->len == 0)
    g_string_append_printf (text, "<b>%s</b> %s", _("Dates:"), _("none given in the sources"));
  return g_string_free (text, FALSE);
}

/* Shows @text (taken) on a link-like button, or hides it when NULL. */
static void
set_button (GtkWidget *button,
            GtkWidget *label,
            char      *text)
{
  gtk_widget_set_visible (button, text != NULL);
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  g_free (text);
}

static void
show_header (YtSiteProfile *self,
             YtAtlas       *atlas,
             YtLang         lang)
{
  const YtSite *site = yt_atlas_get_site (atlas, self->site);
  YtRef ref = YT_REF (YT_RECORD_SITE, self->site);
  YtTextInfo other = { 0 };
  const char *other_name = yt_atlas_get_name (atlas, ref, yt_lang_other (lang), &other);
  const char *code = yt_atlas_str (atlas, site->code);
  char *tooltip = NULL, *markup;

  markup = yt_panel_text_markup (atlas, ref, YT_TEXT_NAME, lang, &tooltip);
  yt_panel_label_set (self->title, markup, tooltip);
  yt_panel_label_set (self->subtitle, other_name != NULL && !other.fell_back ?
                      g_markup_escape_text (other_name, -1) : NULL, NULL);
  gtk_label_set_text (GTK_LABEL (self->kind_label), yt_panel_site_kind_label (site->kind));
  yt_panel_label_set (self->code_label, code[0] != '\0' ?
                      g_markup_printf_escaped ("<b>%s</b> <tt>%s</tt>", _("Provider code:"), code) : NULL, NULL);
  set_button (self->parent_button, self->parent_button_label, site->parent == YT_ATLAS_NONE ? NULL :
              g_strdup_printf (_("Part of %s"), yt_panel_name (atlas, YT_REF (YT_RECORD_SITE, site->parent), lang)));
  set_button (self->region_button, self->region_button_label, site->region == YT_ATLAS_NONE ? NULL :
              g_strdup_printf (_("In %s"), yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, site->region), lang)));
  yt_panel_label_set (self->location_label, location_markup (atlas, site, lang), NULL);
  yt_panel_label_set (self->dates_label, dates_markup (site, lang), NULL);
  tooltip = NULL;
  markup = yt_panel_text_markup (atlas, ref, YT_TEXT_DESCRIPTION, lang, &tooltip);
  if (markup == NULL)
    markup = yt_panel_text_markup (atlas, ref, YT_TEXT_NOTE, lang, &tooltip);
  yt_panel_label_set (self->note_label, markup, tooltip);
}

static void
show (YtSiteProfile *self)
{
  YtAtlas *atlas = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_atlas (YT_PANEL_STATE (self)) : NULL;
  YtLang lang;
  YtRef ref;

  if (atlas == NULL || self->site == YT_ATLAS_NONE)
    return;
  lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  ref = YT_REF (YT_RECORD_SITE, self->site);
  show_header (self, atlas, lang);
  yt_panel_bind_list (GTK_LIST_BOX (self->companies_list), YT_PANEL_STATE (self), self->companies_section,
                      yt_panel_linked_model (atlas, ref, YT_RECORD_COMPANY, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->children_list), YT_PANEL_STATE (self), self->children_section,
                      yt_panel_child_sites_model (atlas, self->site, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->figures_list), YT_PANEL_STATE (self), self->figures_section,
                      yt_panel_facts_model (atlas, ref, lang, TRUE));
  yt_panel_bind_list (GTK_LIST_BOX (self->facts_list), YT_PANEL_STATE (self), self->facts_section,
                      yt_panel_facts_model (atlas, ref, lang, FALSE));
  yt_panel_bind_list (GTK_LIST_BOX (self->sources_list), YT_PANEL_STATE (self), self->sources_section,
                      yt_panel_sources_model (atlas, ref, lang));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (self->title)), -1);
}

static void
parent_clicked (YtSiteProfile *self)
{
  const YtSite *site = yt_atlas_get_site (yt_view_state_get_atlas (YT_PANEL_STATE (self)), self->site);

  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_SITE, site->parent));
}

static void
region_clicked (YtSiteProfile *self)
{
  const YtSite *site = yt_atlas_get_site (yt_view_state_get_atlas (YT_PANEL_STATE (self)), self->site);

  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_REGION, site->region));
}

static void
atlas_changed (YtSiteProfile *self)
{
  self->site = YT_ATLAS_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}


static void
view_state_changed (YtPanelBase *base)
{
  show (YT_SITE_PROFILE (base));
}

static void
yt_site_profile_class_init (YtSiteProfileClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  install_properties (G_OBJECT_CLASS (klass));
  panel_class->view_state_changed = view_state_changed;
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (atlas_changed));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (show));
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-site-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, title);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, subtitle);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, kind_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, code_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, parent_button);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, parent_button_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, region_button);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, region_button_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, location_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, dates_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, note_label);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, companies_section);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, children_section);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, figures_section);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, facts_section);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, sources_section);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, companies_list);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, children_list);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, figures_list);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, facts_list);
  gtk_widget_class_bind_template_child (widget_class, YtSiteProfile, sources_list);
  gtk_widget_class_bind_template_callback (widget_class, parent_clicked);
  gtk_widget_class_bind_template_callback (widget_class, region_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
yt_site_profile_init (YtSiteProfile *self)
{
  self->site = YT_ATLAS_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_site_profile_new (YtViewState *state)
{
  g_return_val_if_fail (state == NULL || YT_IS_VIEW_STATE (state), NULL);
  return g_object_new (YT_TYPE_SITE_PROFILE, "view-state", state, NULL);
}

guint
yt_site_profile_get_site (YtSiteProfile *self)
{
  g_return_val_if_fail (YT_IS_SITE_PROFILE (self), YT_ATLAS_NONE);
  return self->site;
}

void
yt_site_profile_set_site (YtSiteProfile *self,
                      guint         site)
{
  g_return_if_fail (YT_IS_SITE_PROFILE (self));

  if (self->site == site)
    return;
  self->site = site;
  show (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SITE]);
}
