/* yt-panel-items.c: the rows of the panels' list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-panel-items.h"
#include "yt-panel-util.h"

/* Read-only string properties, read straight from the instance struct: the
 * items never change after construction, so they never notify. */
#define STRING_PROPERTY(klass, name, Type, field) \
  g_object_class_install_property (klass, G_STRUCT_OFFSET (Type, field), \
    g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS))

static void
get_string_field (GObject    *object,
                  guint       offset,
                  GValue     *value)
{
  g_value_set_string (value, G_STRUCT_MEMBER (const char *, object, offset));
}

/* YtSiteItem */

struct _YtSiteItem
{
  GObject parent_instance;
  guint   site;
  int     year;
  char   *name;
  char   *kind;
  char   *region;
  char   *company;
  char   *year_text;
  char   *detail;
  char   *tooltip;
};

G_DEFINE_FINAL_TYPE (YtSiteItem, yt_site_item, G_TYPE_OBJECT)

enum { SITE_PROP_YEAR = 1, SITE_PROP_SITE };

static void
yt_site_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  YtSiteItem *self = YT_SITE_ITEM (object);

  if (prop_id == SITE_PROP_YEAR)
    g_value_set_int (value, self->year);
  else if (prop_id == SITE_PROP_SITE)
    g_value_set_uint (value, self->site);
  else
    get_string_field (object, prop_id, value);
}

static void
yt_site_item_finalize (GObject *object)
{
  YtSiteItem *self = YT_SITE_ITEM (object);

  g_free (self->name);
  g_free (self->kind);
  g_free (self->region);
  g_free (self->company);
  g_free (self->year_text);
  g_free (self->detail);
  g_free (self->tooltip);
  G_OBJECT_CLASS (yt_site_item_parent_class)->finalize (object);
}

static void
yt_site_item_class_init (YtSiteItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = yt_site_item_get_property;
  object_class->finalize = yt_site_item_finalize;
  g_object_class_install_property (object_class, SITE_PROP_YEAR,
    g_param_spec_int ("year", NULL, NULL, 0, 9999, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, SITE_PROP_SITE,
    g_param_spec_uint ("site", NULL, NULL, 0, G_MAXUINT, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  STRING_PROPERTY (object_class, "name", YtSiteItem, name);
  STRING_PROPERTY (object_class, "kind", YtSiteItem, kind);
  STRING_PROPERTY (object_class, "region", YtSiteItem, region);
  STRING_PROPERTY (object_class, "company", YtSiteItem, company);
  STRING_PROPERTY (object_class, "year-text", YtSiteItem, year_text);
  STRING_PROPERTY (object_class, "detail", YtSiteItem, detail);
  STRING_PROPERTY (object_class, "tooltip", YtSiteItem, tooltip);
}

static void
yt_site_item_init (YtSiteItem *self)
{
}

YtSiteItem *
yt_site_item_new (YtAtlas *atlas,
                  guint    site,
                  guint    company,
                  YtLang   lang)
{
  YtSiteItem *self = g_object_new (YT_TYPE_SITE_ITEM, NULL);
  const YtSite *record = yt_atlas_get_site (atlas, site);
  YtDate start = record->announced != 0 ? record->announced : record->opened;
  YtTextInfo info = { 0 };
  const char *name = yt_atlas_get_name (atlas, YT_REF (YT_RECORD_SITE, site), lang, &info);

  self->site = site;
  self->name = g_strdup (name != NULL ? name : yt_atlas_get_id (atlas, YT_REF (YT_RECORD_SITE, site)));
  if (name != NULL && info.fell_back)
    self->tooltip = g_strdup (lang == YT_LANG_ZH ? _("Name shown in English: no Chinese name found")
                                                 : _("Name shown in Chinese: no English name found"));
  self->kind = g_strdup (yt_panel_site_kind_label (record->kind));
  self->region = g_strdup (record->region != YT_ATLAS_NONE ?
                           yt_panel_name (atlas, YT_REF (YT_RECORD_REGION, record->region), lang) : "");
  self->company = g_strdup (company != YT_ATLAS_NONE ?
                            yt_panel_name (atlas, YT_REF (YT_RECORD_COMPANY, company), lang) : "");
  self->detail = self->region[0] != '\0' ? g_strdup_printf ("%s · %s", self->kind, self->region)
                                          : g_strdup (self->kind);
  self->year = start != 0 ? YT_DATE_YEAR (start) : 0;
  self->year_text = self->year != 0 ? yt_format_year_range (lang, self->year, self->year) : g_strdup ("—");
  return self;
}

guint
yt_site_item_get_site (YtSiteItem *self)
{
  g_return_val_if_fail (YT_IS_SITE_ITEM (self), YT_ATLAS_NONE);
  return self->site;
}

const char *
yt_site_item_get_name (YtSiteItem *self)
{
  g_return_val_if_fail (YT_IS_SITE_ITEM (self), NULL);
  return self->name;
}

/* YtFactItem */

struct _YtFactItem
{
  GObject parent_instance;
  char   *heading;
  char   *value;
  char   *text;
  char   *source;
  char   *url;
  char   *tooltip;
};

G_DEFINE_FINAL_TYPE (YtFactItem, yt_fact_item, G_TYPE_OBJECT)

static void
yt_fact_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  get_string_field (object, prop_id, value);
}

static void
yt_fact_item_finalize (GObject *object)
{
  YtFactItem *self = YT_FACT_ITEM (object);

  g_free (self->heading);
  g_free (self->value);
  g_free (self->text);
  g_free (self->source);
  g_free (self->url);
  g_free (self->tooltip);
  G_OBJECT_CLASS (yt_fact_item_parent_class)->finalize (object);
}

static void
yt_fact_item_class_init (YtFactItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = yt_fact_item_get_property;
  object_class->finalize = yt_fact_item_finalize;
  STRING_PROPERTY (object_class, "heading", YtFactItem, heading);
  STRING_PROPERTY (object_class, "value", YtFactItem, value);
  STRING_PROPERTY (object_class, "text", YtFactItem, text);
  STRING_PROPERTY (object_class, "source", YtFactItem, source);
  STRING_PROPERTY (object_class, "url", YtFactItem, url);
  STRING_PROPERTY (object_class, "tooltip", YtFactItem, tooltip);
}

static void
yt_fact_item_init (YtFactItem *self)
{
}

/* Every source the record cites, one line each; the link opens the first. */
static void
set_sources (YtFactItem *self,
             YtAtlas    *atlas,
             YtRef       ref,
             YtLang      lang)
{
  const YtRecordHead *head = yt_atlas_get_head (atlas, ref);
  const guint32 *sources = yt_atlas_get_indices (atlas, head->sources);
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; i < head->n_sources; i++)
    {
      g_autofree char *line = yt_panel_source_line (atlas, sources[i], lang);
      g_autofree char *escaped = g_markup_escape_text (line, -1);

      if (i == 0)
        self->url = g_strdup (yt_atlas_str (atlas, yt_atlas_get_source (atlas, sources[i])->url));
      g_string_append_printf (lines, "%s%s", i > 0 ? "\n" : "", escaped);
    }
  if (lines->len == 0)
    g_string_append (lines, _("No source given"));
  self->source = g_string_free (g_steal_pointer (&lines), FALSE);
}

static char *
fact_heading (YtAtlas      *atlas,
              const YtFact *fact,
              YtLang        lang)
{
  const char *measure = fact->measure != YT_ATLAS_NONE ?
    yt_panel_name (atlas, YT_REF (YT_RECORD_MEASURE, fact->measure), lang) : "";
  g_autofree char *date = yt_panel_date (lang, fact->date);

  if (fact->year_end != 0 && fact->date != 0)
    {
      g_free (date);
      date = yt_format_year_range (lang, YT_DATE_YEAR (fact->date), fact->year_end);
    }
  /* A claim is the speaker's word, not an established figure: say so. */
  return g_strdup_printf ("%s%s%s%s", measure, date != NULL ? " · " : "", date != NULL ? date : "",
                          fact->qualifier == YT_QUALIFIER_CLAIM ? _(" · claim") : "");
}

YtFactItem *
yt_fact_item_new_fact (YtAtlas *atlas,
                       guint    fact,
                       YtLang   lang)
{
  YtFactItem *self = g_object_new (YT_TYPE_FACT_ITEM, NULL);
  const YtFact *record = yt_atlas_get_fact (atlas, fact);
  YtRef ref = YT_REF (YT_RECORD_FACT, fact);
  const char *quote = yt_atlas_get_text (atlas, ref, YT_TEXT_QUOTE, lang, NULL);
  g_autofree char *basis = NULL;

  self->heading = fact_heading (atlas, record, lang);
  self->value = yt_panel_fact_value (atlas, record, lang);
  self->text = yt_panel_text_markup (atlas, ref, YT_TEXT_TEXT, lang, &basis);
  set_sources (self, atlas, ref, lang);
  if (quote != NULL)
    self->tooltip = g_strdup_printf (_("Source wording: “%s”%s%s"), quote,
                                     basis != NULL ? "\n" : "", basis != NULL ? basis : "");
  else
    self->tooltip = g_steal_pointer (&basis);
  return self;
}

YtFactItem *
yt_fact_item_new_source (YtAtlas *atlas,
                         guint    source,
                         YtLang   lang)
{
  YtFactItem *self = g_object_new (YT_TYPE_FACT_ITEM, NULL);
  const YtSource *record = yt_atlas_get_source (atlas, source);
  YtRef ref = YT_REF (YT_RECORD_SOURCE, source);
  g_autofree char *date = yt_panel_date (lang, record->date);
  const char *publisher = yt_atlas_get_text (atlas, ref, YT_TEXT_PUBLISHER, lang, NULL);

  /* The publisher heads the entry: a source's id is for the data's authors. */
  self->heading = g_strdup (publisher != NULL ? publisher : _("Source"));
  self->text = yt_panel_text_markup (atlas, ref, YT_TEXT_TITLE, lang, &self->tooltip);
  self->source = g_strdup_printf ("%s · %s", date != NULL ? date : _("undated"),
                                  yt_panel_grade_label (record->grade));
  self->url = g_strdup (yt_atlas_str (atlas, record->url));
  return self;
}

YtFactItem *
yt_fact_item_new_membership (YtAtlas *atlas,
                             guint    membership,
                             YtLang   lang)
{
  YtFactItem *self = g_object_new (YT_TYPE_FACT_ITEM, NULL);
  const YtMembership *record = yt_atlas_get_membership (atlas, membership);
  YtRef ref = YT_REF (YT_RECORD_MEMBERSHIP, membership);

  self->heading = g_strdup (yt_panel_name (atlas, YT_REF (YT_RECORD_INITIATIVE, record->initiative), lang));
  self->value = yt_membership_describe (atlas, membership, lang);
  self->text = yt_panel_text_markup (atlas, ref, YT_TEXT_NOTE, lang, &self->tooltip);
  set_sources (self, atlas, ref, lang);
  return self;
}

const char *
yt_fact_item_get_url (YtFactItem *self)
{
  g_return_val_if_fail (YT_IS_FACT_ITEM (self), NULL);
  return self->url;
}

/* YtRefItem */

struct _YtRefItem
{
  GObject parent_instance;
  YtRef   ref;
  char   *title;
  char   *subtitle;
  char   *tooltip;
};

G_DEFINE_FINAL_TYPE (YtRefItem, yt_ref_item, G_TYPE_OBJECT)

static void
yt_ref_item_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  get_string_field (object, prop_id, value);
}

static void
yt_ref_item_finalize (GObject *object)
{
  YtRefItem *self = YT_REF_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->tooltip);
  G_OBJECT_CLASS (yt_ref_item_parent_class)->finalize (object);
}

static void
yt_ref_item_class_init (YtRefItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = yt_ref_item_get_property;
  object_class->finalize = yt_ref_item_finalize;
  STRING_PROPERTY (object_class, "title", YtRefItem, title);
  STRING_PROPERTY (object_class, "subtitle", YtRefItem, subtitle);
  STRING_PROPERTY (object_class, "tooltip", YtRefItem, tooltip);
}

static void
yt_ref_item_init (YtRefItem *self)
{
}

YtRefItem *
yt_ref_item_new (YtRef       ref,
                 const char *title_markup,
                 const char *subtitle,
                 const char *tooltip)
{
  YtRefItem *self = g_object_new (YT_TYPE_REF_ITEM, NULL);

  self->ref = ref;
  self->title = g_strdup (title_markup);
  self->subtitle = g_strdup (subtitle);
  self->tooltip = g_strdup (tooltip);
  return self;
}

YtRef
yt_ref_item_get_ref (YtRefItem *self)
{
  g_return_val_if_fail (YT_IS_REF_ITEM (self), YT_REF_NONE);
  return self->ref;
}

const char *
yt_ref_item_get_title (YtRefItem *self)
{
  g_return_val_if_fail (YT_IS_REF_ITEM (self), NULL);
  return self->title;
}

const char *
yt_ref_item_get_subtitle (YtRefItem *self)
{
  g_return_val_if_fail (YT_IS_REF_ITEM (self), NULL);
  return self->subtitle;
}

const char *
yt_ref_item_get_tooltip (YtRefItem *self)
{
  g_return_val_if_fail (YT_IS_REF_ITEM (self), NULL);
  return self->tooltip;
}
