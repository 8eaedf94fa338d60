/* yt-atlas.c: the immutable atlas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yt-atlas-builder.h"
#include "yt-atlas-vocab.h"
#include "yt-atlas-private.h"

struct _YtAtlas
{
  GObject        parent_instance;
  char          *arena;
  gsize          arena_len;
  YtVec          names;
  guint32       *slots;
  guint32        slot_mask;
  YtVec          records[YT_N_RECORD_KINDS];
  YtVec          texts;
  YtVec          indices;
  GStrv          files;
  guint          n_files;
  gpointer       cache;              /* built on first use by the query code */
  GDestroyNotify cache_free;
};

G_DEFINE_FINAL_TYPE (YtAtlas, yt_atlas, G_TYPE_OBJECT)

static void
yt_atlas_finalize (GObject *object)
{
  YtAtlas *self = YT_ATLAS (object);

  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    g_free (self->records[k].data);
  g_free (self->names.data);
  g_free (self->texts.data);
  g_free (self->indices.data);
  g_free (self->arena);
  g_free (self->slots);
  g_strfreev (self->files);
  if (self->cache != NULL && self->cache_free != NULL)
    self->cache_free (self->cache);
  G_OBJECT_CLASS (yt_atlas_parent_class)->finalize (object);
}

static void
yt_atlas_class_init (YtAtlasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_atlas_finalize;
}

static void
yt_atlas_init (YtAtlas *self)
{
}

/* The loader over-reserves from the file size; give back what was unused. */
static void
take_vec (YtVec *to, YtVec *from)
{
  *to = *from;
  to->data = to->len > 0 ? g_realloc_n (to->data, to->len, to->elt) : (g_free (to->data), NULL);
  to->cap = to->len;
  from->data = NULL;
  from->len = from->cap = 0;
}

YtAtlas *
yt_atlas_new_take (YtAtlasBuilder *builder)
{
  YtAtlas *self = g_object_new (YT_TYPE_ATLAS, NULL);

  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    take_vec (&self->records[k], &builder->records[k]);
  take_vec (&self->names, &builder->names);
  take_vec (&self->texts, &builder->texts);
  take_vec (&self->indices, &builder->indices);
  self->arena = g_realloc (builder->arena, builder->arena_len);
  self->arena_len = builder->arena_len;
  builder->arena = NULL;
  self->slots = g_steal_pointer (&builder->slots);
  self->slot_mask = builder->slot_mask;
  self->n_files = builder->files->len;
  self->files = g_new0 (char *, self->n_files + 1);
  for (guint i = 0; i < self->n_files; i++)
    self->files[i] = g_strdup (builder->files->pdata[i]);
  return self;
}

guint
yt_atlas_get_n_records (YtAtlas      *self,
                        YtRecordKind  kind)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), 0);
  g_return_val_if_fail (kind < YT_N_RECORD_KINDS, 0);

  return self->records[kind].len;
}

static gconstpointer
record (YtAtlas *self, YtRecordKind kind, guint index)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), NULL);
  g_return_val_if_fail (index < self->records[kind].len, NULL);

  return self->records[kind].data + (gsize) index * self->records[kind].elt;
}

const YtRecordHead *
yt_atlas_get_head (YtAtlas *self,
                   YtRef    ref)
{
  g_return_val_if_fail (ref != YT_REF_NONE && YT_REF_KIND (ref) < YT_N_RECORD_KINDS, NULL);

  return record (self, YT_REF_KIND (ref), YT_REF_INDEX (ref));
}

const YtSource *yt_atlas_get_source (YtAtlas *self, guint i) { return record (self, YT_RECORD_SOURCE, i); }
const YtMeasure *yt_atlas_get_measure (YtAtlas *self, guint i) { return record (self, YT_RECORD_MEASURE, i); }
const YtInitiative *yt_atlas_get_initiative (YtAtlas *self, guint i) { return record (self, YT_RECORD_INITIATIVE, i); }
const YtRegion *yt_atlas_get_region (YtAtlas *self, guint i) { return record (self, YT_RECORD_REGION, i); }
const YtCompany *yt_atlas_get_company (YtAtlas *self, guint i) { return record (self, YT_RECORD_COMPANY, i); }
const YtPerson *yt_atlas_get_person (YtAtlas *self, guint i) { return record (self, YT_RECORD_PERSON, i); }
const YtSite *yt_atlas_get_site (YtAtlas *self, guint i) { return record (self, YT_RECORD_SITE, i); }
const YtCorridor *yt_atlas_get_corridor (YtAtlas *self, guint i) { return record (self, YT_RECORD_CORRIDOR, i); }
const YtLink *yt_atlas_get_link (YtAtlas *self, guint i) { return record (self, YT_RECORD_LINK, i); }
const YtFact *yt_atlas_get_fact (YtAtlas *self, guint i) { return record (self, YT_RECORD_FACT, i); }
const YtMembership *yt_atlas_get_membership (YtAtlas *self, guint i) { return record (self, YT_RECORD_MEMBERSHIP, i); }

const char *
yt_atlas_str (YtAtlas *self,
              YtStr    str)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), NULL);
  g_return_val_if_fail (str < self->arena_len, NULL);

  return self->arena + str;
}

const char *
yt_atlas_get_id (YtAtlas *self,
                 YtRef    ref)
{
  const YtRecordHead *head = yt_atlas_get_head (self, ref);

  return head != NULL ? self->arena + head->id : NULL;
}

YtRef
yt_atlas_lookup (YtAtlas    *self,
                 const char *id)
{
  guint32 name;

  g_return_val_if_fail (YT_IS_ATLAS (self), YT_REF_NONE);
  g_return_val_if_fail (id != NULL, YT_REF_NONE);

  name = yt_atlas_builder_find (self->arena, &self->names, self->slots, self->slot_mask, id, strlen (id));
  return name == G_MAXUINT32 ? YT_REF_NONE : yt_vec_at (&self->names, YtAtlasName, name)->ref;
}

guint
yt_atlas_lookup_kind (YtAtlas      *self,
                      YtRecordKind  kind,
                      const char   *id)
{
  YtRef ref = yt_atlas_lookup (self, id);

  return ref != YT_REF_NONE && YT_REF_KIND (ref) == kind ? YT_REF_INDEX (ref) : YT_ATLAS_NONE;
}

const guint32 *
yt_atlas_get_indices (YtAtlas *self,
                      guint32  first)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), NULL);
  g_return_val_if_fail (first <= self->indices.len, NULL);

  return (const guint32 *) self->indices.data + first;
}

const char *
yt_atlas_get_file_name (YtAtlas *self,
                        guint    file)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), NULL);
  g_return_val_if_fail (file < self->n_files, NULL);

  return self->files[file];
}

const YtText *
yt_atlas_get_texts (YtAtlas *self,
                    YtRef    ref,
                    guint   *n_texts)
{
  const YtRecordHead *head = yt_atlas_get_head (self, ref);

  g_return_val_if_fail (n_texts != NULL, NULL);

  *n_texts = head != NULL ? head->n_texts : 0;
  return head != NULL ? (const YtText *) self->texts.data + head->texts : NULL;
}

static const YtText *
find_text (const YtText *texts, guint n, YtTextField field, guint role, guint lang)
{
  for (guint i = 0; i < n; i++)
    if (texts[i].field == field && texts[i].role == role && texts[i].lang == lang)
      return &texts[i];
  return NULL;
}

static const char *
text_with_fallback (YtAtlas *self, YtRef ref, YtTextField field, guint role,
                    YtLang lang, YtTextInfo *info)
{
  guint n;
  const YtText *texts = yt_atlas_get_texts (self, ref, &n);
  const YtText *text = find_text (texts, n, field, role, lang);
  gboolean fell_back = text == NULL;

  /* Quotes keep the source's language, which may be neither. */
  if (text == NULL)
    text = find_text (texts, n, field, role, yt_lang_other (lang));
  if (text == NULL && field == YT_TEXT_QUOTE)
    text = find_text (texts, n, field, role, YT_N_LANGS);
  if (text == NULL)
    return NULL;
  if (info != NULL)
    *info = (YtTextInfo) { MIN (text->lang, YT_LANG_ZH), text->basis, fell_back, text->source };
  return self->arena + text->text;
}

const char *
yt_atlas_get_text (YtAtlas     *self,
                   YtRef        ref,
                   YtTextField  field,
                   YtLang       lang,
                   YtTextInfo  *info)
{
  return text_with_fallback (self, ref, field, YT_NAME_ROLE_DISPLAY, lang, info);
}

const char *
yt_atlas_get_name (YtAtlas    *self,
                   YtRef       ref,
                   YtLang      lang,
                   YtTextInfo *info)
{
  return text_with_fallback (self, ref, YT_TEXT_NAME, YT_NAME_ROLE_DISPLAY, lang, info);
}

const char *
yt_atlas_get_company_name (YtAtlas    *self,
                           guint       company,
                           YtNameRole  role,
                           YtLang      lang,
                           YtTextInfo *info)
{
  return text_with_fallback (self, YT_REF (YT_RECORD_COMPANY, company), YT_TEXT_NAME, role, lang, info);
}

const char *
yt_atlas_unit_to_string (YtUnit unit)
{
  g_return_val_if_fail (unit <= YT_UNIT_DATA_CENTRE, NULL);

  return unit == YT_UNIT_NONE ? "" : yt_atlas_vocab_units[unit - 1];
}

const char *
yt_atlas_site_kind_to_string (YtSiteKind kind)
{
  g_return_val_if_fail (kind < YT_N_SITE_KINDS, NULL);

  return yt_atlas_vocab_site_kinds[kind];
}

gsize
yt_atlas_get_text_bytes (YtAtlas *self)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), 0);

  return self->arena_len;
}

gconstpointer
yt_atlas_get_cache (YtAtlas        *self,
                    YtAtlasBuildFn  build,
                    GDestroyNotify  free_func)
{
  if (g_once_init_enter (&self->cache))
    {
      self->cache_free = free_func;
      g_once_init_leave (&self->cache, build (self));
    }
  return self->cache;
}

gboolean
yt_atlas_region_in_china (YtAtlas *self,
                          guint    region)
{
  g_return_val_if_fail (YT_IS_ATLAS (self), FALSE);

  /* The depth bounds a parent cycle, which the loader refuses anyway. */
  for (guint depth = 0; region < yt_atlas_get_n_records (self, YT_RECORD_REGION) && depth < 8; depth++)
    {
      const YtRegion *r = yt_atlas_get_region (self, region);

      if (g_strcmp0 (yt_atlas_str (self, r->iso), "CN") == 0)
        return TRUE;
      region = r->parent;
    }
  return FALSE;
}

guint *
yt_atlas_get_site_operators (YtAtlas *self)
{
  guint n_sites, *operators;

  g_return_val_if_fail (YT_IS_ATLAS (self), NULL);

  n_sites = yt_atlas_get_n_records (self, YT_RECORD_SITE);
  operators = g_new (guint, MAX (n_sites, 1));
  for (guint i = 0; i < n_sites; i++)
    operators[i] = YT_ATLAS_NONE;
  /* Backwards, so that the first link in the data wins. */
  for (guint l = yt_atlas_get_n_records (self, YT_RECORD_LINK); l-- > 0;)
    {
      const YtLink *link = yt_atlas_get_link (self, l);

      if (link->kind == YT_LINK_OPERATOR && YT_REF_KIND (link->from) == YT_RECORD_COMPANY &&
          YT_REF_KIND (link->to) == YT_RECORD_SITE)
        operators[YT_REF_INDEX (link->to)] = YT_REF_INDEX (link->from);
    }
  return operators;
}
