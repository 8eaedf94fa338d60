/* yt-lang.c: the two languages of the interface, the data and the reports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-lang.h"

GType
yt_lang_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { YT_LANG_EN, "YT_LANG_EN", "en" },
    { YT_LANG_ZH, "YT_LANG_ZH", "zh" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("YtLang", values));
  return type_id;
}

/* Follows the gettext order (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), so that the
 * data speaks the same language as the translated interface. */
YtLang
yt_lang_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return YT_LANG_ZH;
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return YT_LANG_EN;
    }
  return YT_LANG_EN;
}

gboolean
yt_lang_from_string (const char *text,
                     YtLang     *lang)
{
  g_return_val_if_fail (lang != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_str_equal (text, "zh") || g_str_equal (text, "zh_CN") || g_str_equal (text, "zh-CN") ||
      g_str_has_prefix (text, "zh_CN."))
    *lang = YT_LANG_ZH;
  else if (g_str_equal (text, "en") || g_str_has_prefix (text, "en_") || g_str_equal (text, "C"))
    *lang = YT_LANG_EN;
  else
    return FALSE;
  return TRUE;
}

const char *
yt_lang_to_locale (YtLang lang)
{
  return lang == YT_LANG_ZH ? "zh_CN" : "en";
}

const char *
yt_lang_to_xml_lang (YtLang lang)
{
  return lang == YT_LANG_ZH ? "zh" : "en";
}

YtLang
yt_lang_other (YtLang lang)
{
  return lang == YT_LANG_ZH ? YT_LANG_EN : YT_LANG_ZH;
}
