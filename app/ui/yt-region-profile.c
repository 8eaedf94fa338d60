/* yt-region-profile.c: a province or country: its Belt and Road membership, sites, hubs, totals and sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything shown is rebuilt from the atlas when the record or the language
 * changes; the lists are models of small items that the rows bind to.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "yt-panel-items.h"
#include "yt-panel-models.h"
#include "yt-panel-util.h"
#include "yt-region-profile.h"

struct _YtRegionProfile
{
  YtPanelBase  parent_instance;

  guint        region;

  GtkWidget   *title;
  GtkWidget   *subtitle;
  GtkWidget   *kind_label;
  GtkWidget   *parent_button;
  GtkWidget   *parent_button_label;
  GtkWidget   *bri_label;
  GtkWidget   *summary_label;
  GtkWidget   *bri_section;
  GtkWidget   *bri_list;
  GtkWidget   *sites_heading;
  GtkWidget   *hubs_section;
  GtkWidget   *sites_section;
  GtkWidget   *facts_section;
  GtkWidget   *sources_section;
  GtkWidget   *hubs_list;
  GtkWidget   *sites_list;
  GtkWidget   *facts_list;
  GtkWidget   *sources_list;
};

G_DEFINE_FINAL_TYPE (YtRegionProfile, yt_region_profile, YT_TYPE_PANEL_BASE)


enum { PROP_0, PROP_REGION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
yt_region_profile_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  YtRegionProfile *self = YT_REGION_PROFILE (object);

  if (prop_id == PROP_REGION)
    g_value_set_uint (value, self->region);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
yt_region_profile_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  YtRegionProfile *self = YT_REGION_PROFILE (object);

  if (prop_id == PROP_REGION)
    yt_region_profile_set_region (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}


static void
install_properties (GObjectClass *object_class)
{
  object_class->get_property = yt_region_profile_get_property;
  object_class->set_property = yt_region_profile_set_property;
  properties[PROP_REGION] = g_param_spec_uint ("region", NULL, NULL, 0, G_MAXUINT32, YT_ATLAS_NONE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Sites counted by kind, for the summary line. */
static void
append_counts (GString *text,
               YtAtlas *atlas,
               guint    region,
               YtLang   lang)
{
  guint counts[YT_N_SITE_KINDS] = { 0 }, total = 0;
  g_autofree char *shown = NULL;

  for (guint s = 0; s < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); s++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, s);

      if (yt_panel_region_contains (atlas, region, site->region))
        {
          counts[site->kind]++;
          total++;
        }
    }
  shown = yt_format_integer (lang, total);
  g_string_append_printf (text, "<b>%s</b> %s", _("Sites on record:"), shown);
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    if (counts[k] > 0)
      {
        g_autofree char *n = yt_format_integer (lang, counts[k]);
        g_autofree char *kind = g_markup_escape_text (yt_panel_site_kind_label (k), -1);

        /* Translators: a site kind and how many there are, "Cloud region: 3" */
        g_string_append_c (text, '\n');
        g_string_append_printf (text, _("%s: %s"), kind, n);
      }
}

static gboolean
fact_in_region (YtAtlas      *atlas,
                const YtFact *fact,
                guint         region)
{
  if (fact->unit == YT_UNIT_NONE || fact->subject == YT_REF_NONE)
    return FALSE;
  if (YT_REF_KIND (fact->subject) != YT_RECORD_SITE)
    return FALSE;
  return yt_panel_region_contains (atlas, region, yt_atlas_get_site (atlas, YT_REF_INDEX (fact->subject))->region);
}

/* Totals of the sites' figures, one per measure and unit; each total says how
 * many figures it adds up, since they may come from different years. */
static void
append_totals (GString *text,
               YtAtlas *atlas,
               guint    region,
               YtLang   lang)
{
  guint n_facts = yt_atlas_get_n_records (atlas, YT_RECORD_FACT);
  g_autofree guint8 *done = g_new0 (guint8, n_facts + 1);

  for (guint i = 0; i < n_facts; i++)
    {
      const YtFact *a = yt_atlas_get_fact (atlas, i);
      g_autofree char *value = NULL;
      g_autofree char *line = NULL;
      double sum = 0;
      guint n = 0;

      if (done[i] || !fact_in_region (atlas, a, region) || a->unit == YT_UNIT_PERCENT ||
          a->unit == YT_UNIT_RATIO || a->unit == YT_UNIT_YEAR)
        continue;
      for (guint j = i; j < n_facts; j++)
        {
          const YtFact *b = yt_atlas_get_fact (atlas, j);

          if (!done[j] && b->measure == a->measure && b->unit == a->unit && fact_in_region (atlas, b, region))
            {
              done[j] = 1;
              sum += b->value;
              n++;
            }
        }
      value = yt_format_quantity (lang, sum, yt_atlas_unit_to_string (a->unit), YT_QUALIFIER_EXACT);
      line = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s (one figure)", "%s: %s (total of %u figures)", n),
                              yt_panel_name (atlas, YT_REF (YT_RECORD_MEASURE, a->measure), lang), value, n);
      g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
}

static char *
summary_markup (YtAtlas *atlas,
                guint    region,
                YtLang   lang)
{
  GString *text = g_string_new (NULL);

  append_counts (text, atlas, region, lang);
  append_totals (text, atlas, region, lang);
  return g_string_free (text, FALSE);
}

/* "Belt and Road partner country · Signed 23 March 2019", its standing in
 * the year the map shows memberships for; nothing for China and its parts,
 * nor when the data records no memberships at all. */
static char *
bri_status (YtRegionProfile *self,
            YtAtlas         *atlas,
            YtLang           lang)
{
  guint bri = yt_membership_bri (atlas);
  int year = yt_view_state_get_membership_year (YT_PANEL_STATE (self));
  guint index = yt_membership_relevant (atlas, self->region, bri, year);
  const YtMembership *m;
  g_autofree char *dates = NULL;
  g_autofree char *status = NULL;
  const char *standing;

  if (!yt_membership_any (atlas, bri) || yt_atlas_region_in_china (atlas, self->region) ||
      (index == YT_ATLAS_NONE && yt_atlas_get_region (atlas, self->region)->kind != YT_REGION_COUNTRY))
    return NULL;
  m = index != YT_ATLAS_NONE ? yt_atlas_get_membership (atlas, index) : NULL;
  standing = m == NULL ? _("Not a Belt and Road partner country")
    : yt_membership_in_force (m, year) ? _("Belt and Road partner country")
    : YT_DATE_YEAR (m->start) > year ? _("Not yet a Belt and Road partner country")
    : _("Former Belt and Road partner country");
  if (yt_view_state_get_as_of_year (YT_PANEL_STATE (self)) != 0)
    {
      g_autofree char *shown = yt_format_year_range (lang, (guint) year, (guint) year);
      /* Translators: the year the "as of" control shows, then a Belt and Road standing */
      status = g_strdup_printf (_("In %s: %s"), shown, standing);
    }
  else
    status = g_strdup (standing);
  if (m == NULL)
    return g_steal_pointer (&status);
  dates = yt_membership_describe (atlas, index, lang);
  return g_strdup_printf ("%s · %s", status, dates);
}

static void
show_header (YtRegionProfile *self,
             YtAtlas         *atlas,
             YtLang           lang)
{
  const YtRegion *region = yt_atlas_get_region (atlas, self->region);
  YtRef ref = YT_REF (YT_RECORD_REGION, self->region);
  YtTextInfo other = { 0 };
  const char *other_name = yt_atlas_get_name (atlas, ref, yt_lang_other (lang), &other);
  char *tooltip = NULL, *markup;
  g_autofree char *parent = NULL;

  markup = yt_panel_text_markup (atlas, ref, YT_TEXT_NAME, lang, &tooltip);
  yt_panel_label_set (self->title, markup, tooltip);
  yt_panel_label_set (self->subtitle, other_name != NULL && !other.fell_back ?
                      g_markup_escape_text (other_name, -1) : NULL, NULL);
  gtk_label_set_text (GTK_LABEL (self->kind_label), yt_panel_region_kind_label (region->kind));
  gtk_widget_set_visible (self->parent_button, region->parent != YT_ATLAS_NONE);
  if (region->parent != YT_ATLAS_NONE)
    parent = g_strdup_printf (_("In %s"), yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, region->parent), lang));
  gtk_label_set_text (GTK_LABEL (self->parent_button_label), parent != NULL ? parent : "");
  {
    g_autofree char *bri = bri_status (self, atlas, lang);

    gtk_label_set_text (GTK_LABEL (self->bri_label), bri != NULL ? bri : "");
    gtk_widget_set_visible (self->bri_label, bri != NULL);
  }
  gtk_label_set_text (GTK_LABEL (self->sites_heading),
                      yt_atlas_region_in_china (atlas, self->region) ? _("Sites") : _("Sites of Chinese firms"));
  yt_panel_label_set (self->summary_label, summary_markup (atlas, self->region, lang), NULL);
}

/* Figures first, then the other facts, in one list. */
static GListModel *
all_facts (YtAtlas *atlas,
           YtRef    ref,
           YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_FACT_ITEM);

  for (int numeric = 1; numeric >= 0; numeric--)
    {
      g_autoptr(GListModel) part = yt_panel_facts_model (atlas, ref, lang, numeric);

      for (guint i = 0; i < g_list_model_get_n_items (part); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (part, i);

          g_list_store_append (store, item);
        }
    }
  return G_LIST_MODEL (store);
}

static void
show (YtRegionProfile *self)
{
  YtAtlas *atlas = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_atlas (YT_PANEL_STATE (self)) : NULL;
  YtLang lang;
  YtRef ref;

  if (atlas == NULL || self->region == YT_ATLAS_NONE)
    return;
  lang = yt_view_state_get_language (YT_PANEL_STATE (self));
  ref = YT_REF (YT_RECORD_REGION, self->region);
  show_header (self, atlas, lang);
  yt_panel_bind_list (GTK_LIST_BOX (self->bri_list), YT_PANEL_STATE (self), self->bri_section,
                      yt_panel_memberships_model (atlas, self->region, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->hubs_list), YT_PANEL_STATE (self), self->hubs_section,
                      yt_panel_region_sites_model (atlas, self->region, TRUE, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->sites_list), YT_PANEL_STATE (self), self->sites_section,
                      yt_panel_region_sites_model (atlas, self->region, FALSE, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->facts_list), YT_PANEL_STATE (self), self->facts_section,
                      all_facts (atlas, ref, lang));
  yt_panel_bind_list (GTK_LIST_BOX (self->sources_list), YT_PANEL_STATE (self), self->sources_section,
                      yt_panel_sources_model (atlas, ref, lang));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (self->title)), -1);
}

static void
parent_clicked (YtRegionProfile *self)
{
  const YtRegion *region = yt_atlas_get_region (yt_view_state_get_atlas (YT_PANEL_STATE (self)), self->region);

  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_REGION, region->parent));
}

static void
list_sites_clicked (YtRegionProfile *self)
{
  YtViewState *state = YT_PANEL_STATE (self);

  /* A step of its own, then its filter: Back brings the filter before it back. */
  yt_view_state_set_selection (state, YT_REF_NONE);
  yt_view_state_reset_filter (state);
  yt_view_state_set_filter_region (state, self->region);
}

static void
atlas_changed (YtRegionProfile *self)
{
  self->region = YT_ATLAS_NONE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

static void
view_state_changed (YtPanelBase *base)
{
  show (YT_REGION_PROFILE (base));
}

static void
yt_region_profile_class_init (YtRegionProfileClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  install_properties (G_OBJECT_CLASS (klass));
  panel_class->view_state_changed = view_state_changed;
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (atlas_changed));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (show));
  /* A country's Belt and Road standing is the as-of year's. */
  yt_panel_base_class_follow (panel_class, "as-of-year", G_CALLBACK (show));
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-region-profile.ui");
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, title);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, subtitle);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, kind_label);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, parent_button);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, parent_button_label);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, bri_label);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, summary_label);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, bri_section);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, bri_list);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, sites_heading);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, hubs_section);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, sites_section);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, facts_section);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, sources_section);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, hubs_list);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, sites_list);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, facts_list);
  gtk_widget_class_bind_template_child (widget_class, YtRegionProfile, sources_list);
  gtk_widget_class_bind_template_callback (widget_class, parent_clicked);
  gtk_widget_class_bind_template_callback (widget_class, list_sites_clicked);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
yt_region_profile_init (YtRegionProfile *self)
{
  self->region = YT_ATLAS_NONE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
yt_region_profile_new (YtViewState *state)
{
  g_return_val_if_fail (state == NULL || YT_IS_VIEW_STATE (state), NULL);
  return g_object_new (YT_TYPE_REGION_PROFILE, "view-state", state, NULL);
}

guint
yt_region_profile_get_region (YtRegionProfile *self)
{
  g_return_val_if_fail (YT_IS_REGION_PROFILE (self), YT_ATLAS_NONE);
  return self->region;
}

void
yt_region_profile_set_region (YtRegionProfile *self,
                        guint           region)
{
  g_return_if_fail (YT_IS_REGION_PROFILE (self));

  if (self->region == region)
    return;
  self->region = region;
  show (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}
