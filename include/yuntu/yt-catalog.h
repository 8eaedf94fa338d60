/* yt-catalog.h: report strings in a language chosen per call, not per process
 *
 * A report may be written in Chinese while the interface runs in English, so
 * its strings cannot go through gettext(), which follows the process locale.
 * The catalogue reads the compiled zh_CN message catalogue once and answers
 * lookups from any thread.  Mark report strings with N_() so that xgettext
 * still extracts them: YT_R_ (lang, N_("Contents")).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

/* English is the identity; Chinese falls back to @msgid when untranslated. */
const char *yt_catalog_gettext  (YtLang      lang,
                                 const char *msgid) G_GNUC_FORMAT (2);
/* The same for a string marked NC_(context, msgid). */
const char *yt_catalog_pgettext (YtLang      lang,
                                 const char *context,
                                 const char *msgid) G_GNUC_FORMAT (3);
/* Whether a Chinese catalogue was found and parsed. */
gboolean    yt_catalog_has_translations (void);

/* Parses one .mo file into a new table of msgid (with "ctx\004" prefix for
 * contexts) to the first translation form; NULL when it is not a catalogue. */
GHashTable *yt_catalog_parse_mo (GBytes *bytes);

#define YT_R_(lang, msgid)       yt_catalog_gettext ((lang), (msgid))
#define YT_RC_(lang, ctx, msgid) yt_catalog_pgettext ((lang), (ctx), (msgid))

G_END_DECLS
