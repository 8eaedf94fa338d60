/* yt-atlas-builder.c: the growing arrays an atlas is loaded into
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-builder.h"
#include "yt-atlas-vocab.h"

static void
vec_init (YtVec *vec, guint elt)
{
  *vec = (YtVec) { NULL, 0, 0, elt };
}

/* Grow by doubling: the loader appends hundreds of thousands of records and
 * an allocation per record is what PERFORMANCE.md warns against. */
static void
vec_reserve (YtVec *vec, guint extra)
{
  guint want = vec->len + extra;

  if (want <= vec->cap)
    return;
  vec->cap = MAX (want, MAX (vec->cap * 2, 16u));
  vec->data = g_realloc_n (vec->data, vec->cap, vec->elt);
}

static gpointer
vec_push (YtVec *vec)
{
  gpointer slot;

  vec_reserve (vec, 1);
  slot = vec->data + (gsize) vec->len++ * vec->elt;
  memset (slot, 0, vec->elt);
  return slot;
}

YtAtlasBuilder *
yt_atlas_builder_new (void)
{
  YtAtlasBuilder *self = g_new0 (YtAtlasBuilder, 1);

  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    vec_init (&self->records[k], yt_atlas_vocab_records[k].size);
  vec_init (&self->names, sizeof (YtAtlasName));
  vec_init (&self->texts, sizeof (YtText));
  vec_init (&self->indices, sizeof (guint32));
  self->files = g_ptr_array_new_with_free_func (g_free);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) yt_atlas_problem_free);
  /* Offset 0 is the empty string, so that a zeroed field reads as "". */
  self->arena_cap = 4096;
  self->arena = g_malloc (self->arena_cap);
  self->arena[0] = '\0';
  self->arena_len = 1;
  self->slot_mask = 255;
  self->slots = g_new0 (guint32, self->slot_mask + 1);
  return self;
}

void
yt_atlas_builder_free (YtAtlasBuilder *self)
{
  if (self == NULL)
    return;
  for (guint k = 0; k < YT_N_RECORD_KINDS; k++)
    g_free (self->records[k].data);
  g_free (self->names.data);
  g_free (self->texts.data);
  g_free (self->indices.data);
  g_free (self->arena);
  g_free (self->slots);
  g_ptr_array_unref (self->files);
  g_ptr_array_unref (self->problems);
  g_free (self);
}

static void
arena_reserve (YtAtlasBuilder *self, gsize extra)
{
  if (self->arena_len + extra <= self->arena_cap)
    return;
  self->arena_cap = MAX (self->arena_len + extra, self->arena_cap * 2);
  self->arena = g_realloc (self->arena, self->arena_cap);
}

/* Rough shares of a site file (about 190 bytes per site): reserving them up
 * front replaces a dozen reallocations of the largest arrays by one. */
void
yt_atlas_builder_reserve (YtAtlasBuilder *self,
                          gsize           file_size)
{
  file_size = MIN (file_size, (gsize) YT_ATLAS_MAX_FILE_SIZE);
  arena_reserve (self, file_size / 3);
  vec_reserve (&self->records[YT_RECORD_SITE], (guint) (file_size / 200));
  vec_reserve (&self->texts, (guint) (file_size / 90));
  vec_reserve (&self->indices, (guint) (file_size / 100));
  vec_reserve (&self->names, (guint) (file_size / 180));
}

guint
yt_atlas_builder_add_file (YtAtlasBuilder *self,
                           const char     *name)
{
  g_ptr_array_add (self->files, g_strdup (name));
  return self->files->len - 1;
}

YtStr
yt_atlas_builder_add_str (YtAtlasBuilder *self,
                          const char     *text,
                          gsize           len)
{
  YtStr str;

  if (len == 0)
    return 0;
  /* Offsets are 32 bits; the file size cap keeps one file well below, and a
   * merge larger than 4 GiB is refused rather than wrapped. */
  if (self->arena_len + len + 1 > G_MAXUINT32)
    g_error ("The atlas text arena is full.");
  arena_reserve (self, len + 1);
  str = (YtStr) self->arena_len;
  memcpy (self->arena + str, text, len);
  self->arena[str + len] = '\0';
  self->arena_len += len + 1;
  return str;
}

static guint32
hash_bytes (const char *text, gsize len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guint8) text[i]) * 16777619u;
  return h;
}

guint32
yt_atlas_builder_find (const char    *arena,
                       const YtVec   *names,
                       const guint32 *slots,
                       guint32        slot_mask,
                       const char    *text,
                       gsize          len)
{
  guint32 hash = hash_bytes (text, len);

  for (guint32 i = hash & slot_mask; slots[i] != 0; i = (i + 1) & slot_mask)
    {
      const YtAtlasName *name = yt_vec_at (names, YtAtlasName, slots[i] - 1);
      const char *s = arena + name->str;

      if (name->hash == hash && strncmp (s, text, len) == 0 && s[len] == '\0')
        return slots[i] - 1;
    }
  return G_MAXUINT32;
}

static void
slots_insert (guint32 *slots, guint32 mask, guint32 hash, guint32 name)
{
  guint32 i = hash & mask;

  while (slots[i] != 0)
    i = (i + 1) & mask;
  slots[i] = name + 1;
}

static void
slots_grow (YtAtlasBuilder *self)
{
  guint32 mask = self->slot_mask * 2 + 1;
  guint32 *slots = g_new0 (guint32, (gsize) mask + 1);

  for (guint i = 0; i < self->names.len; i++)
    slots_insert (slots, mask, yt_vec_at (&self->names, YtAtlasName, i)->hash, i);
  g_free (self->slots);
  self->slots = slots;
  self->slot_mask = mask;
}

guint32
yt_atlas_builder_intern (YtAtlasBuilder *self,
                         const char     *text,
                         gsize           len)
{
  guint32 found = yt_atlas_builder_find (self->arena, &self->names, self->slots,
                                         self->slot_mask, text, len);
  YtAtlasName *name;

  if (found != G_MAXUINT32)
    return found;
  if ((self->names.len + 1) * 2 > self->slot_mask)
    slots_grow (self);
  name = vec_push (&self->names);
  name->str = yt_atlas_builder_add_str (self, text, len);
  name->hash = hash_bytes (text, len);
  name->ref = YT_REF_NONE;
  slots_insert (self->slots, self->slot_mask, name->hash, self->names.len - 1);
  return self->names.len - 1;
}

YtAtlasName *
yt_atlas_builder_name (YtAtlasBuilder *self,
                       guint32         name)
{
  return yt_vec_at (&self->names, YtAtlasName, name);
}

/* A new record reads as "nothing given": references absent, texts empty. */
guint
yt_atlas_builder_add_record (YtAtlasBuilder *self,
                             YtRecordKind    kind)
{
  const YtRecordSpec *spec = &yt_atlas_vocab_records[kind];
  guint8 *record = vec_push (&self->records[kind]);

  for (guint i = 0; i < spec->n_attrs; i++)
    if (spec->attrs[i].type == YT_ATTR_REF)
      *(guint32 *) (record + spec->attrs[i].offset) = YT_ATLAS_NONE;
  if (kind == YT_RECORD_SITE)
    ((YtSite *) record)->location_source = YT_ATLAS_NONE;
  ((YtRecordHead *) record)->texts = self->texts.len;
  return self->records[kind].len - 1;
}

YtText *
yt_atlas_builder_add_text (YtAtlasBuilder *self)
{
  YtText *text = vec_push (&self->texts);

  text->source = YT_ATLAS_NONE;
  return text;
}

guint32
yt_atlas_builder_add_index (YtAtlasBuilder *self,
                            guint32         value)
{
  *(guint32 *) vec_push (&self->indices) = value;
  return self->indices.len - 1;
}

void
yt_atlas_builder_report (YtAtlasBuilder *self,
                         guint           file,
                         guint           line,
                         guint           column,
                         YtAtlasError    code,
                         const char     *format,
                         ...)
{
  YtAtlasProblem *problem;
  va_list args;

  /* Hostile input can produce millions of problems; a bounded list still
   * shows the author every kind of mistake they made. */
  if (self->problems->len > YT_ATLAS_MAX_PROBLEMS)
    return;
  problem = g_new0 (YtAtlasProblem, 1);
  problem->file = g_strdup (file < self->files->len ? self->files->pdata[file] : "");
  problem->file_index = file;
  problem->line = line;
  problem->column = column;
  problem->code = code;
  if (self->problems->len == YT_ATLAS_MAX_PROBLEMS)
    problem->message = g_strdup_printf (_("There are more than %u problems; the rest are not listed."),
                                        YT_ATLAS_MAX_PROBLEMS);
  else
    {
      va_start (args, format);
      problem->message = g_strdup_vprintf (format, args);
      va_end (args);
    }
  g_ptr_array_add (self->problems, problem);
}
