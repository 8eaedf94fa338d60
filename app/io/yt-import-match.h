/* yt-import-match.h: companies, regions and sites of the atlas by id or by name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

/* A name that two records share. */
#define YT_MATCH_AMBIGUOUS (G_MAXUINT32 - 1)

typedef struct _YtImportMatcher YtImportMatcher;

YtImportMatcher *yt_import_matcher_new       (YtAtlas          *atlas);
void             yt_import_matcher_free      (YtImportMatcher  *matcher);
/* An index of the kind, YT_ATLAS_NONE or YT_MATCH_AMBIGUOUS.  Ids match as
 * written; names in either language ignore case, width and spacing. */
guint            yt_import_matcher_find      (YtImportMatcher  *matcher,
                                              YtRecordKind      kind,
                                              const char       *text);
/* What names are compared as: NFKC, case-folded, single spaces. */
char            *yt_import_normalise         (const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtImportMatcher, yt_import_matcher_free)

G_END_DECLS
