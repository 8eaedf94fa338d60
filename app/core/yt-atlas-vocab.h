/* yt-atlas-vocab.h: the atlas vocabulary as tables (mirrors resources/yuntu-atlas.rng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser checks structure and the resolver checks references from these
 * tables, so the vocabulary is written down once in C.  The test suite runs
 * xmllint with the schema over the same fixtures to keep the two in step.
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

#define YT_ATLAS_NS "https://yuntu.github.io/ns/atlas/1"
#define YT_ANY_KIND YT_N_RECORD_KINDS

typedef enum {
  YT_ATTR_ID,          /* the record's id: NCName, defined globally */
  YT_ATTR_REF,         /* NCName of another record, resolved after loading */
  YT_ATTR_SOURCES,     /* space-separated source ids, kept in the index pool */
  YT_ATTR_ENUM,        /* stored as the index in values */
  YT_ATTR_ENUM1,       /* stored as index + 1, so that 0 means absent */
  YT_ATTR_DATE,
  YT_ATTR_BASIS_OF,    /* X-basis: an enum that needs its companion X */
  YT_ATTR_YEAR,
  YT_ATTR_DECIMAL,
  YT_ATTR_URI,
  YT_ATTR_ISO,
  YT_ATTR_CODE,
} YtAttrType;

typedef struct {
  const char         *name;
  guint8              type;
  guint8              required;
  guint8              target;      /* record kind a reference must name */
  guint8              companion;   /* BASIS_OF: index of X in the same table */
  guint16             offset;      /* field in the record struct */
  const char * const *values;      /* ENUM, ENUM1, BASIS_OF */
  double              min, max;    /* DECIMAL; min > max means unbounded */
} YtAttrSpec;

typedef enum {
  YT_CHILD_PAIR_REQUIRED = 1 << 0,  /* zh and en once each */
  YT_CHILD_PAIR_OPTIONAL = 1 << 1,  /* both or neither */
  YT_CHILD_ROLED         = 1 << 2,  /* company names: role="…" names repeat freely */
  YT_CHILD_DATED         = 1 << 3,  /* person roles may carry date and date-basis */
  YT_CHILD_SINGLE        = 1 << 4,  /* location, via, quote: at most once */
  YT_CHILD_ONE           = 1 << 5,  /* via: exactly once */
} YtChildFlags;

#define YT_CHILD_LOCATION YT_N_TEXT_FIELDS
#define YT_CHILD_VIA      (YT_N_TEXT_FIELDS + 1)
#define YT_N_CHILD_KINDS  (YT_N_TEXT_FIELDS + 2)

typedef struct {
  const char *name;
  guint8      field;                /* YtTextField, YT_CHILD_LOCATION or YT_CHILD_VIA */
  guint8      flags;
} YtChildSpec;

typedef struct {
  const char        *section;
  const char        *element;
  guint16            size;
  guint8             n_attrs;
  guint8             n_children;
  const YtAttrSpec  *attrs;
  const YtChildSpec *children;
} YtRecordSpec;

extern const YtRecordSpec yt_atlas_vocab_records[YT_N_RECORD_KINDS];
extern const YtAttrSpec   yt_atlas_vocab_location[4];
extern const char * const yt_atlas_vocab_basis[];
extern const char * const yt_atlas_vocab_date_basis[];
extern const char * const yt_atlas_vocab_name_roles[];
extern const char * const yt_atlas_vocab_units[];
extern const char * const yt_atlas_vocab_site_kinds[];

const char *yt_atlas_vocab_kind_noun   (YtRecordKind  kind);
int         yt_atlas_vocab_find_enum   (const char * const *values,
                                        const char   *value);
char       *yt_atlas_vocab_enum_list   (const char * const *values);
char       *yt_atlas_vocab_collapse    (const char   *value,
                                        gsize         len);
gboolean    yt_atlas_vocab_is_ncname   (const char   *value);
gboolean    yt_atlas_vocab_parse_date  (const char   *value,
                                        YtDate       *date);
int         yt_atlas_vocab_compare_dates (YtDate      a,
                                        YtDate       b);
gboolean    yt_atlas_vocab_parse_decimal (const char *value,
                                        double       *number);
gboolean    yt_atlas_vocab_is_iso      (const char   *value);
gboolean    yt_atlas_vocab_is_code     (const char   *value);
gboolean    yt_atlas_vocab_is_language (const char   *value);

G_END_DECLS
