/* yt-atlas-parser.h: one atlas file through libxml2's push parser (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SAX handlers check the vocabulary as the elements stream past, so each
 * problem is reported where it is, with line and column, and no tree is
 * ever built.  yt-atlas-attrs.c converts attribute values.
 */
#pragma once

#include <libxml/parser.h>

#include "yt-atlas-builder.h"
#include "yt-atlas-vocab.h"

G_BEGIN_DECLS

typedef struct {
  xmlParserCtxtPtr  ctxt;
  YtAtlasBuilder   *builder;
  guint             file;
  guint             depth;
  guint             skip_depth;      /* inside a reported element: its subtree is ignored */
  gboolean          stopped;
  gboolean          terminating;
  gboolean          started;         /* the root element was seen */
  gboolean          text_reported;
  gsize             run;             /* bytes of the current text run */
  const xmlChar    *open[YT_ATLAS_MAX_DEPTH + 2];
  int               section;         /* record kind of the open section, or -1 */
  int               kind;            /* record kind of the open record, or -1 */
  guint             record;
  guint             record_line, record_column;
  guint32           record_seen;
  guint             child_line, child_column;
  guint8            counts[YT_N_CHILD_KINDS][YT_N_LANGS + 1];
  guint32           seen;            /* attributes given on the open element */
  int               child;           /* YtChildSpec field of the open child, or -1 */
  const YtChildSpec *child_spec;
  YtText            pending;         /* the open text child, stored at its end */
  guint32           pending_source;
  GString          *text;
  GString          *scratch;
} YtAtlasParser;

typedef const xmlChar *YtAttrs;     /* libxml2's five pointers per attribute */

void     yt_atlas_parser_run            (YtAtlasBuilder *builder,
                                         guint           file,
                                         const char     *data,
                                         gsize           len);
guint    yt_atlas_parser_entity_loads   (void);

/* Shared between the parser files */
void     yt_atlas_parser_stop           (YtAtlasParser  *self);
void     yt_atlas_parser_tag_position   (YtAtlasParser  *self,
                                         guint          *line,
                                         guint          *column);
void     yt_atlas_parser_attr_position  (YtAtlasParser  *self,
                                         const xmlChar  *prefix,
                                         const xmlChar  *name,
                                         guint          *line,
                                         guint          *column);
char    *yt_atlas_parser_shorten        (const char     *value);
gboolean yt_atlas_parser_attr_value     (YtAtlasParser  *self,
                                         const xmlChar **attr,
                                         const char    **value);
void     yt_atlas_parser_record_attrs   (YtAtlasParser  *self,
                                         const xmlChar **attrs,
                                         int             n_attrs,
                                         const char     *element,
                                         const YtAttrSpec *specs,
                                         guint           n_specs,
                                         guint8         *record);
void     yt_atlas_parser_text_attrs     (YtAtlasParser  *self,
                                         const xmlChar **attrs,
                                         int             n_attrs,
                                         const char     *element);

void     yt_atlas_elements_start        (YtAtlasParser  *self,
                                         const xmlChar  *name,
                                         const xmlChar  *uri,
                                         const xmlChar **attrs,
                                         int             n_attrs);
void     yt_atlas_elements_end          (YtAtlasParser  *self,
                                         const xmlChar  *name);

#define yt_atlas_parser_report(self, line, column, code, ...) \
  yt_atlas_builder_report ((self)->builder, (self)->file, line, column, code, __VA_ARGS__)

G_END_DECLS
