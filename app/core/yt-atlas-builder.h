/* yt-atlas-builder.h: the growing arrays an atlas is loaded into (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser appends records here while reading; the resolver turns the
 * interned names that references hold into indices; yt_atlas_new_take()
 * hands the arrays to an immutable YtAtlas without copying.
 */
#pragma once

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-atlas-loader.h"

G_BEGIN_DECLS

typedef struct {
  guint8 *data;
  guint   len;
  guint   cap;
  guint   elt;
} YtVec;

/* An interned id: defined by ref, or only referenced so far (YT_REF_NONE). */
typedef struct {
  YtStr   str;
  guint32 hash;
  YtRef   ref;
} YtAtlasName;

typedef struct {
  char      *arena;
  gsize      arena_len;
  gsize      arena_cap;
  YtVec      names;
  guint32   *slots;         /* open addressing: name index + 1, 0 when free */
  guint32    slot_mask;
  YtVec      records[YT_N_RECORD_KINDS];
  YtVec      texts;
  YtVec      indices;
  GPtrArray *files;
  GPtrArray *problems;
  gboolean   incomplete;    /* a file was not read to its end */
} YtAtlasBuilder;

#define yt_vec_at(vec, type, i) ((type *) ((vec)->data + (gsize) (i) * (vec)->elt))

YtAtlasBuilder *yt_atlas_builder_new       (void);
void            yt_atlas_builder_free      (YtAtlasBuilder *self);
void            yt_atlas_builder_reserve   (YtAtlasBuilder *self,
                                            gsize           file_size);
guint           yt_atlas_builder_add_file  (YtAtlasBuilder *self,
                                            const char     *name);
YtStr           yt_atlas_builder_add_str   (YtAtlasBuilder *self,
                                            const char     *text,
                                            gsize           len);
guint32         yt_atlas_builder_intern    (YtAtlasBuilder *self,
                                            const char     *text,
                                            gsize           len);
YtAtlasName    *yt_atlas_builder_name      (YtAtlasBuilder *self,
                                            guint32         name);
guint32         yt_atlas_builder_find      (const char     *arena,
                                            const YtVec    *names,
                                            const guint32  *slots,
                                            guint32         slot_mask,
                                            const char     *text,
                                            gsize           len);
guint           yt_atlas_builder_add_record (YtAtlasBuilder *self,
                                            YtRecordKind    kind);
YtText         *yt_atlas_builder_add_text  (YtAtlasBuilder *self);
guint32         yt_atlas_builder_add_index (YtAtlasBuilder *self,
                                            guint32         value);
void            yt_atlas_builder_report    (YtAtlasBuilder *self,
                                            guint           file,
                                            guint           line,
                                            guint           column,
                                            YtAtlasError    code,
                                            const char     *format,
                                            ...) G_GNUC_PRINTF (6, 7);
void            yt_atlas_builder_resolve   (YtAtlasBuilder *self);
void            yt_atlas_builder_check_meaning (YtAtlasBuilder *self);

YtAtlas        *yt_atlas_new_take          (YtAtlasBuilder *builder);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtAtlasBuilder, yt_atlas_builder_free)

G_END_DECLS
