/* yt-panel-util.c: the words and small rows the side panels share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-fact-row.h"
#include "yt-panel-items.h"
#include "yt-panel-util.h"

static char *
basis_tooltip (const YtTextInfo *info)
{
  switch (info->basis)
    {
    case YT_BASIS_TRANSLATED: return g_strdup (_("Translated by Yuntu; not the wording of a source"));
    case YT_BASIS_STANDARD: return g_strdup (_("Standard form; not seen in a source"));
    case YT_BASIS_LATIN: return g_strdup (_("Latin-script form: no name in Chinese characters was found"));
    case YT_BASIS_SEEN:
    default: return NULL;
    }
}

static char *
markup_with_info (const char       *text,
                  const YtTextInfo *info,
                  char            **tooltip)
{
  g_autofree char *escaped = NULL;

  if (tooltip != NULL)
    *tooltip = basis_tooltip (info);
  if (text == NULL)
    return NULL;
  escaped = g_markup_escape_text (text, -1);
  if (!info->fell_back)
    return g_steal_pointer (&escaped);
  /* The tag names the language the reader is actually seeing. */
  return g_strdup_printf ("%s <span alpha=\"60%%\" size=\"smaller\">%s</span>", escaped,
                          info->lang == YT_LANG_EN ? _("(English)") : _("(Chinese)"));
}

char *
yt_panel_text_markup (YtAtlas      *atlas,
                      YtRef         ref,
                      YtTextField   field,
                      YtLang        lang,
                      char        **tooltip)
{
  YtTextInfo info = { 0 };
  const char *text = yt_atlas_get_text (atlas, ref, field, lang, &info);

  return markup_with_info (text, &info, tooltip);
}

char *
yt_panel_company_markup (YtAtlas     *atlas,
                         guint        company,
                         YtNameRole   role,
                         YtLang       lang,
                         char       **tooltip)
{
  YtTextInfo info = { 0 };
  const char *text = yt_atlas_get_company_name (atlas, company, role, lang, &info);

  return markup_with_info (text, &info, tooltip);
}

const char *
yt_panel_name (YtAtlas *atlas,
               YtRef    ref,
               YtLang   lang)
{
  const char *name = yt_atlas_get_name (atlas, ref, lang, NULL);

  return name != NULL ? name : yt_atlas_get_id (atlas, ref);
}

void
yt_panel_label_set (GtkWidget *label,
                    char      *markup,
                    char      *tooltip)
{
  gtk_widget_set_visible (label, markup != NULL && markup[0] != '\0');
  gtk_label_set_markup (GTK_LABEL (label), markup != NULL ? markup : "");
  gtk_widget_set_tooltip_text (label, tooltip);
  g_free (markup);
  g_free (tooltip);
}

const char *
yt_panel_site_kind_label (YtSiteKind kind)
{
  switch (kind)
    {
    case YT_SITE_HUB: return _("Computing hub");
    case YT_SITE_CLUSTER: return _("Data-centre cluster");
    case YT_SITE_CLOUD_REGION: return _("Cloud region");
    case YT_SITE_PARK: return _("Park or zone");
    case YT_SITE_DATA_CENTRE: return _("Data centre");
    case YT_SITE_PROJECT: return _("Project");
    case YT_SITE_OFFICE: return _("Office");
    case YT_SITE_EVENT: return _("Event");
    case YT_N_SITE_KINDS:
    default: return "";
    }
}

const char *
yt_panel_precision_label (YtPrecision precision)
{
  switch (precision)
    {
    case YT_PRECISION_SITE: return _("Position of the site itself");
    case YT_PRECISION_DISTRICT: return _("District-level position: the district, not the facility");
    case YT_PRECISION_CITY: return _("City-level position: the city centre, not the facility");
    case YT_PRECISION_PROVINCE: return _("Province-level position: somewhere in the province");
    case YT_PRECISION_NONE:
    default: return _("No sourced position: not drawn on the map");
    }
}

const char *
yt_panel_link_kind_label (YtLinkKind kind)
{
  switch (kind)
    {
    case YT_LINK_OPERATOR: return _("Operator");
    case YT_LINK_INVESTOR: return _("Investor");
    case YT_LINK_PARTNER: return _("Partner");
    case YT_LINK_CUSTOMER: return _("Customer");
    case YT_LINK_MEMBER: return _("Member");
    case YT_LINK_FINANCIER: return _("Financier");
    case YT_LINK_BUILDER: return _("Builder");
    /* Translators: a hub or cluster and a province it covers */
    case YT_LINK_SPANS: return _("Spans");
    case YT_N_LINK_KINDS:
    default: return "";
    }
}

const char *
yt_panel_region_kind_label (YtRegionKind kind)
{
  switch (kind)
    {
    case YT_REGION_PROVINCE: return _("Province-level division");
    case YT_REGION_COUNTRY: return _("Country");
    case YT_REGION_SAR: return _("Special administrative region");
    case YT_REGION_AREA:
    default: return _("Area");
    }
}

const char *
yt_panel_grade_label (YtGrade grade)
{
  switch (grade)
    {
    case YT_GRADE_A: return _("grade A");
    case YT_GRADE_B: return _("grade B");
    case YT_GRADE_C:
    default: return _("grade C");
    }
}

char *
yt_panel_date (YtLang lang,
               YtDate date)
{
  if (date == 0)
    return NULL;
  return yt_format_date_parts (lang, YT_DATE_YEAR (date), YT_DATE_MONTH (date), YT_DATE_DAY (date));
}

char *
yt_panel_source_line (YtAtlas *atlas,
                      guint    source,
                      YtLang   lang)
{
  const YtSource *record = yt_atlas_get_source (atlas, source);
  YtRef ref = YT_REF (YT_RECORD_SOURCE, source);
  const char *publisher = yt_atlas_get_text (atlas, ref, YT_TEXT_PUBLISHER, lang, NULL);
  g_autofree char *date = yt_panel_date (lang, record->date);

  /* Translators: source line: publisher · date · reliability grade */
  return g_strdup_printf (_("%s · %s · %s"), publisher != NULL ? publisher : yt_atlas_get_id (atlas, ref),
                          date != NULL ? date : _("undated"), yt_panel_grade_label (record->grade));
}

char *
yt_panel_fact_value (YtAtlas      *atlas,
                     const YtFact *fact,
                     YtLang        lang)
{
  if (fact->unit == YT_UNIT_NONE)
    return NULL;
  return yt_format_quantity (lang, fact->value, yt_atlas_unit_to_string (fact->unit), fact->qualifier);
}

GListModel *
yt_panel_sources_model (YtAtlas *atlas,
                        YtRef    ref,
                        YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_FACT_ITEM);
  const YtRecordHead *head = yt_atlas_get_head (atlas, ref);
  const guint32 *sources = yt_atlas_get_indices (atlas, head->sources);

  for (guint i = 0; i < head->n_sources; i++)
    {
      g_autoptr(YtFactItem) item = yt_fact_item_new_source (atlas, sources[i], lang);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

GListModel *
yt_panel_facts_model (YtAtlas  *atlas,
                      YtRef     subject,
                      YtLang    lang,
                      gboolean  numeric)
{
  GListStore *store = g_list_store_new (YT_TYPE_FACT_ITEM);
  guint n_facts = yt_atlas_get_n_records (atlas, YT_RECORD_FACT);

  for (guint i = 0; i < n_facts; i++)
    {
      const YtFact *fact = yt_atlas_get_fact (atlas, i);
      g_autoptr(YtFactItem) item = NULL;

      if (fact->subject != subject || (fact->unit != YT_UNIT_NONE) != numeric)
        continue;
      item = yt_fact_item_new_fact (atlas, i, lang);
      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

static void
ref_row_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   YtViewState   *state)
{
  YtRefItem *item = g_object_get_data (G_OBJECT (row), "yt-item");
  YtRef ref = item != NULL ? yt_ref_item_get_ref (item) : YT_REF_NONE;

  if (ref != YT_REF_NONE && YT_REF_KIND (ref) != YT_RECORD_PERSON)
    yt_view_state_set_selection (state, ref);
}

static GtkWidget *
ref_row_new (YtRefItem *item)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (yt_ref_item_get_subtitle (item));
  YtRef ref = yt_ref_item_get_ref (item);

  gtk_label_set_markup (GTK_LABEL (title), yt_ref_item_get_title (item));
  for (GtkWidget *l = title; l != NULL; l = l == title ? subtitle : NULL)
    {
      gtk_label_set_wrap (GTK_LABEL (l), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (l), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (l), 0);
      gtk_box_append (GTK_BOX (box), l);
    }
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_set_visible (subtitle, yt_ref_item_get_subtitle (item) != NULL);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 8);
  gtk_widget_set_margin_end (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, yt_ref_item_get_tooltip (item));
  /* People have no profile of their own: their rows only show. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), YT_REF_KIND (ref) != YT_RECORD_PERSON);
  g_object_set_data_full (G_OBJECT (row), "yt-item", g_object_ref (item), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (GTK_LABEL (title)), -1);
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  if (YT_IS_REF_ITEM (item))
    return ref_row_new (item);
  return yt_fact_row_new (item);
}

void
yt_panel_bind_list (GtkListBox  *list,
                    YtViewState *state,
                    GtkWidget   *section,
                    GListModel  *model)
{
  gboolean empty = model == NULL || g_list_model_get_n_items (model) == 0;

  gtk_list_box_bind_model (list, model, create_row, NULL, NULL);
  g_clear_object (&model);   /* the list box holds its own reference */
  if (g_object_get_data (G_OBJECT (list), "yt-connected") == NULL)
    {
      g_signal_connect_object (list, "row-activated", G_CALLBACK (ref_row_activated), state, 0);
      g_object_set_data (G_OBJECT (list), "yt-connected", GINT_TO_POINTER (1));
    }
  gtk_list_box_set_selection_mode (list, GTK_SELECTION_NONE);
  gtk_widget_set_visible (GTK_WIDGET (list), !empty);
  if (section != NULL)
    gtk_widget_set_visible (section, !empty);
}

gboolean
yt_panel_is_dark (GtkWidget *widget)
{
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* Light text means a dark background. */
  return 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue > 0.5;
}

void
yt_panel_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}
