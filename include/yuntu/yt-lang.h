/* yt-lang.h: the two languages of the interface, the data and the reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  YT_LANG_EN = 0,
  YT_LANG_ZH = 1,
} YtLang;

#define YT_N_LANGS 2

GType yt_lang_get_type (void) G_GNUC_CONST;
#define YT_TYPE_LANG (yt_lang_get_type ())

YtLang      yt_lang_from_locale  (void);
gboolean    yt_lang_from_string  (const char *text,
                                  YtLang     *lang);
const char *yt_lang_to_locale    (YtLang      lang);
const char *yt_lang_to_xml_lang  (YtLang      lang);
YtLang      yt_lang_other        (YtLang      lang);

G_END_DECLS
