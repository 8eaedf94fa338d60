/* yt-atlas-resolve.c: the checks that need every file: references and cycles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While loading, a reference holds the interned name it was written with;
 * here it becomes the index of the record that defines that name, once all
 * files are in.  Problems are reported at the referring record's start tag.
 */
#include "config.h"

#include <stddef.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-builder.h"
#include "yt-atlas-vocab.h"

static void
resolve (YtAtlasBuilder     *self,
         const YtRecordHead *head,
         const char         *attr,
         guint32            *field,
         guint8              target)
{
  const YtAtlasName *name;
  YtRef ref;

  if (*field == YT_ATLAS_NONE)
    return;
  name = yt_atlas_builder_name (self, *field);
  ref = name->ref;
  *field = YT_ATLAS_NONE;
  if (ref == YT_REF_NONE)
    yt_atlas_builder_report (self, head->file, head->line, head->column, YT_ATLAS_ERROR_REFERENCE,
                             _("The attribute “%s” names “%s”, which is not defined in any loaded file."),
                             attr, self->arena + name->str);
  else if (target != YT_ANY_KIND && YT_REF_KIND (ref) != target)
    yt_atlas_builder_report (self, head->file, head->line, head->column, YT_ATLAS_ERROR_REFERENCE,
                             /* TRANSLATORS: the last two are record kinds: "…, which is a site, not a company." */
                             _("The attribute “%s” names “%s”, which is a %s, not a %s."),
                             attr, self->arena + name->str,
                             yt_atlas_vocab_kind_noun (YT_REF_KIND (ref)), yt_atlas_vocab_kind_noun (target));
  else
    *field = target == YT_ANY_KIND ? ref : YT_REF_INDEX (ref);
}

static void
resolve_pool (YtAtlasBuilder *self, const YtRecordHead *head, const char *attr,
              guint32 first, guint n, guint8 target)
{
  for (guint i = 0; i < n; i++)
    resolve (self, head, attr, yt_vec_at (&self->indices, guint32, first + i), target);
}

/* A corridor passes regions and the sites that stand for its cities, ports
 * and landing points; anything else in <via> is a mistake. */
static void
resolve_via (YtAtlasBuilder *self, YtCorridor *corridor)
{
  const YtRecordHead *head = &corridor->head;

  for (guint i = 0; i < corridor->n_via; i++)
    {
      guint32 *field = yt_vec_at (&self->indices, guint32, corridor->via + i);
      const char *id = *field != YT_ATLAS_NONE ? self->arena + yt_atlas_builder_name (self, *field)->str : "";
      YtRecordKind kind;

      resolve (self, head, "via", field, YT_ANY_KIND);
      if (*field == YT_REF_NONE)
        continue;
      kind = YT_REF_KIND (*field);
      if (kind == YT_RECORD_REGION || kind == YT_RECORD_SITE)
        continue;
      yt_atlas_builder_report (self, head->file, head->line, head->column, YT_ATLAS_ERROR_REFERENCE,
                               /* TRANSLATORS: the last is a record kind: "…, which is a company, not a region or site." */
                               _("The element <via> names “%s”, which is a %s, not a region or site."),
                               id, yt_atlas_vocab_kind_noun (kind));
      *field = YT_REF_NONE;
    }
}

static void
resolve_record (YtAtlasBuilder *self, YtRecordKind kind, guint8 *record)
{
  const YtRecordSpec *spec = &yt_atlas_vocab_records[kind];
  const YtRecordHead *head = (const YtRecordHead *) record;

  for (guint a = 0; a < spec->n_attrs; a++)
    if (spec->attrs[a].type == YT_ATTR_REF)
      resolve (self, head, spec->attrs[a].name, (guint32 *) (record + spec->attrs[a].offset),
               spec->attrs[a].target);
  resolve_pool (self, head, "sources", head->sources, head->n_sources, YT_RECORD_SOURCE);
  for (guint t = 0; t < head->n_texts; t++)
    resolve (self, head, "source", &yt_vec_at (&self->texts, YtText, head->texts + t)->source,
             YT_RECORD_SOURCE);
  if (kind == YT_RECORD_SITE)
    resolve (self, head, "source", &((YtSite *) record)->location_source, YT_RECORD_SOURCE);
  if (kind == YT_RECORD_CORRIDOR)
    resolve_via (self, (YtCorridor *) record);
}

/* Queries walk parent chains ("sites in a region and its children"), so a
 * loop must never reach the atlas.  Colouring keeps this linear even for a
 * million-long chain. */
static void
check_cycles (YtAtlasBuilder *self, YtRecordKind kind, gsize parent_offset)
{
  YtVec *vec = &self->records[kind];
  g_autofree guint8 *state = g_new0 (guint8, vec->len + 1);

  for (guint i = 0; i < vec->len; i++)
    {
      guint j = i;

      while (j != YT_ATLAS_NONE && state[j] == 0)
        {
          state[j] = 1;
          j = *(guint32 *) (vec->data + (gsize) j * vec->elt + parent_offset);
        }
      if (j != YT_ATLAS_NONE && state[j] == 1)
        {
          YtRecordHead *head = yt_vec_at (vec, YtRecordHead, j);

          yt_atlas_builder_report (self, head->file, head->line, head->column, YT_ATLAS_ERROR_REFERENCE,
                                   _("The parent chain of “%s” leads back to itself."),
                                   self->arena + head->id);
          *(guint32 *) (vec->data + (gsize) j * vec->elt + parent_offset) = YT_ATLAS_NONE;
        }
      for (j = i; j != YT_ATLAS_NONE && state[j] == 1; )
        {
          state[j] = 2;
          j = *(guint32 *) (vec->data + (gsize) j * vec->elt + parent_offset);
        }
    }
}

void
yt_atlas_builder_resolve (YtAtlasBuilder *self)
{
  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    for (guint i = 0; i < self->records[k].len; i++)
      resolve_record (self, k, yt_vec_at (&self->records[k], guint8, i));
  check_cycles (self, YT_RECORD_REGION, offsetof (YtRegion, parent));
  check_cycles (self, YT_RECORD_COMPANY, offsetof (YtCompany, parent));
  check_cycles (self, YT_RECORD_SITE, offsetof (YtSite, parent));
  yt_atlas_builder_check_meaning (self);
}
