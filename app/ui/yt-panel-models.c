/* yt-panel-models.c: lists of related records for the profiles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-panel-items.h"
#include "yt-panel-models.h"
#include "yt-panel-util.h"

/* "Cloud region · Guizhou" under a site's name. */
static char *
site_detail (YtAtlas *atlas,
             guint    site,
             YtLang   lang)
{
  const YtSite *record = yt_atlas_get_site (atlas, site);

  if (record->region == YT_ATLAS_NONE)
    return g_strdup (yt_panel_site_kind_label (record->kind));
  return g_strdup_printf ("%s · %s", yt_panel_site_kind_label (record->kind),
                          yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, record->region), lang));
}

static void
append_ref (GListStore *store,
            YtAtlas    *atlas,
            YtRef       ref,
            const char *subtitle,
            YtLang      lang)
{
  g_autofree char *tooltip = NULL;
  g_autofree char *title = yt_panel_text_markup (atlas, ref, YT_TEXT_NAME, lang, &tooltip);
  g_autoptr(YtRefItem) item = NULL;

  if (title == NULL)
    title = g_markup_escape_text (yt_atlas_get_id (atlas, ref), -1);
  item = yt_ref_item_new (ref, title, subtitle, tooltip);
  g_list_store_append (store, item);
}

GListModel *
yt_panel_linked_model (YtAtlas      *atlas,
                       YtRef         ref,
                       YtRecordKind  kind,
                       YtLang        lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n_links = yt_atlas_get_n_records (atlas, YT_RECORD_LINK);

  for (guint l = 0; l < n_links; l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);
      YtRef other = link->from == ref ? link->to : link->to == ref ? link->from : YT_REF_NONE;
      g_autofree char *detail = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *date = NULL;

      if (other == YT_REF_NONE || YT_REF_KIND (other) != kind)
        continue;
      if (kind == YT_RECORD_SITE)
        detail = site_detail (atlas, YT_REF_INDEX (other), lang);
      date = yt_panel_date (lang, link->date);
      subtitle = g_strjoin (" · ", yt_panel_link_kind_label (link->kind),
                            detail != NULL ? detail : (date != NULL ? date : NULL),
                            detail != NULL ? date : NULL, NULL);
      append_ref (store, atlas, other, subtitle, lang);
    }
  return G_LIST_MODEL (store);
}

GListModel *
yt_panel_people_model (YtAtlas *atlas,
                       guint    company,
                       YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n_people = yt_atlas_get_n_records (atlas, YT_RECORD_PERSON);

  for (guint p = 0; p < n_people; p++)
    {
      YtRef ref = YT_REF (YT_RECORD_PERSON, p);
      const char *role;
      g_autofree char *subtitle = NULL;
      g_autofree char *date = NULL;
      const YtText *texts;
      guint n_texts;

      if (yt_atlas_get_person (atlas, p)->company != company)
        continue;
      role = yt_atlas_get_text (atlas, ref, YT_TEXT_ROLE, lang, NULL);
      /* The year a title was held matters: people move on. */
      texts = yt_atlas_get_texts (atlas, ref, &n_texts);
      for (guint i = 0; i < n_texts && date == NULL; i++)
        if (texts[i].field == YT_TEXT_ROLE && texts[i].date != 0)
          date = yt_panel_date (lang, texts[i].date);
      subtitle = role == NULL ? NULL : date == NULL ? g_strdup (role) : g_strdup_printf ("%s (%s)", role, date);
      append_ref (store, atlas, ref, subtitle, lang);
    }
  return G_LIST_MODEL (store);
}

GListModel *
yt_panel_subsidiaries_model (YtAtlas *atlas,
                             guint    company,
                             YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY);

  for (guint c = 0; c < n; c++)
    if (yt_atlas_get_company (atlas, c)->parent == company)
      append_ref (store, atlas, YT_REF (YT_RECORD_COMPANY, c), NULL, lang);
  return G_LIST_MODEL (store);
}

GListModel *
yt_panel_child_sites_model (YtAtlas *atlas,
                            guint    site,
                            YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);

  for (guint s = 0; s < n; s++)
    if (yt_atlas_get_site (atlas, s)->parent == site)
      {
        g_autofree char *detail = site_detail (atlas, s, lang);

        append_ref (store, atlas, YT_REF (YT_RECORD_SITE, s), detail, lang);
      }
  return G_LIST_MODEL (store);
}

gboolean
yt_panel_region_contains (YtAtlas *atlas,
                          guint    ancestor,
                          guint    region)
{
  for (guint r = region; r != YT_ATLAS_NONE; r = yt_atlas_get_region (atlas, r)->parent)
    if (r == ancestor)
      return TRUE;
  return FALSE;
}

GListModel *
yt_panel_memberships_model (YtAtlas *atlas,
                            guint    region,
                            YtLang   lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_FACT_ITEM);
  g_autoptr(GArray) list = yt_membership_list (atlas, region, YT_ATLAS_NONE);

  for (guint i = 0; i < list->len; i++)
    {
      g_autoptr(YtFactItem) item = yt_fact_item_new_membership (atlas, g_array_index (list, guint, i), lang);

      g_list_store_append (store, item);
    }
  return G_LIST_MODEL (store);
}

/* Hubs and clusters linked to a region they span: a hub covers several provinces. */
static guint8 *
spanning_sites (YtAtlas *atlas,
                guint    region)
{
  guint8 *marks = g_new0 (guint8, yt_atlas_get_n_records (atlas, YT_RECORD_SITE) + 1);

  for (guint l = 0; l < yt_atlas_get_n_records (atlas, YT_RECORD_LINK); l++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, l);

      if (link->kind == YT_LINK_SPANS && YT_REF_KIND (link->from) == YT_RECORD_SITE &&
          YT_REF_KIND (link->to) == YT_RECORD_REGION &&
          yt_panel_region_contains (atlas, region, YT_REF_INDEX (link->to)))
        marks[YT_REF_INDEX (link->from)] = 1;
    }
  return marks;
}

/* A site in a region's list: its kind, its operator, and where it is when
 * that is not the region itself ("Cloud region · Huawei Cloud", not "Cloud
 * region · Russia" twice). */
static char *
region_site_detail (YtAtlas     *atlas,
                    guint        site,
                    guint        region,
                    const guint *operators,
                    YtLang       lang)
{
  const YtSite *record = yt_atlas_get_site (atlas, site);
  const char *parts[4] = { yt_panel_site_kind_label (record->kind), NULL, NULL, NULL };
  guint n = 1;

  if (operators[site] != YT_ATLAS_NONE)
    parts[n++] = yt_panel_name (atlas, YT_REF (YT_RECORD_COMPANY, operators[site]), lang);
  if (record->region != YT_ATLAS_NONE && record->region != region)
    parts[n++] = yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, record->region), lang);
  return g_strjoinv (" · ", (char **) parts);
}

GListModel *
yt_panel_region_sites_model (YtAtlas  *atlas,
                             guint     region,
                             gboolean  hubs,
                             YtLang    lang)
{
  GListStore *store = g_list_store_new (YT_TYPE_REF_ITEM);
  guint n = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  g_autofree guint8 *spanning = hubs ? spanning_sites (atlas, region) : NULL;
  g_autofree guint *operators = yt_atlas_get_site_operators (atlas);

  for (guint s = 0; s < n; s++)
    {
      const YtSite *site = yt_atlas_get_site (atlas, s);
      gboolean is_hub = site->kind == YT_SITE_HUB || site->kind == YT_SITE_CLUSTER;
      g_autofree char *detail = NULL;

      if (is_hub != hubs || (!yt_panel_region_contains (atlas, region, site->region) &&
                             (spanning == NULL || !spanning[s])))
        continue;
      detail = region_site_detail (atlas, s, region, operators, lang);
      append_ref (store, atlas, YT_REF (YT_RECORD_SITE, s), detail, lang);
    }
  return G_LIST_MODEL (store);
}
