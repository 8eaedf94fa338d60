/* yt-membership-text.c: a membership's dates in words
 *
 * Apart from the queries in yt-membership.c, which the loader's fuzz target
 * builds without the message catalogue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yuntu/yt-membership.h"

static char *
date_words (YtLang  lang,
            YtDate  date,
            guint8  basis)
{
  g_autofree char *text = yt_format_date_parts (lang, YT_DATE_YEAR (date), YT_DATE_MONTH (date),
                                                YT_DATE_DAY (date));

  if (text == NULL)
    return g_strdup ("?");
  if (basis == YT_DATE_BASIS_BY)
    /* TRANSLATORS: the latest a date can be, "Signed by 2023": the sources show it done by then */
    return g_strdup_printf (yt_catalog_gettext (lang, N_("by %s")), text);
  if (basis != YT_DATE_BASIS_APPROXIMATE)
    return g_steal_pointer (&text);
  /* TRANSLATORS: an approximate date, "about 2013" */
  return g_strdup_printf (yt_catalog_gettext (lang, N_("about %s")), text);
}

char *
yt_membership_describe (YtAtlas *atlas,
                        guint    membership,
                        YtLang   lang)
{
  const YtMembership *m;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (membership < yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP), NULL);

  m = yt_atlas_get_membership (atlas, membership);
  start = date_words (lang, m->start, m->start_basis);
  if (m->end == 0)
    /* TRANSLATORS: when a country signed a Belt and Road cooperation document; %s is a date */
    return g_strdup_printf (yt_catalog_gettext (lang, N_("Signed %s")), start);
  end = date_words (lang, m->end, m->end_basis);
  /* TRANSLATORS: when a country signed a Belt and Road cooperation document and when it left; dates */
  return g_strdup_printf (yt_catalog_gettext (lang, N_("Signed %s, left %s")), start, end);
}

