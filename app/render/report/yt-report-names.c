/* yt-report-names.c: names, texts, places and figures as the report prints them
 *
 * A reader must be able to tell a name seen in a source from one we supplied,
 * so every name and text carries a mark for its basis, explained in the notes:
 * † translated by us, ‡ a standard form not seen in a source, * kept in Latin
 * letters, ° only available in the other language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-report-private.h"

static const char *
basis_mark (const YtTextInfo *info)
{
  if (info->fell_back)
    return "°";
  switch (info->basis)
    {
    case YT_BASIS_TRANSLATED:
      return "†";
    case YT_BASIS_STANDARD:
      return "‡";
    case YT_BASIS_LATIN:
      return "*";
    case YT_BASIS_SEEN:
    default:
      return "";
    }
}

char *
yt_build_name (YtBuild *b,
               YtRef    ref)
{
  YtTextInfo info = { 0 };
  const char *name;

  if (YT_REF_KIND (ref) == YT_RECORD_COMPANY)
    name = yt_atlas_get_company_name (b->atlas, YT_REF_INDEX (ref), YT_NAME_ROLE_DISPLAY, b->lang, &info);
  else
    name = yt_atlas_get_name (b->atlas, ref, b->lang, &info);
  if (name == NULL || *name == '\0')
    return g_strdup (yt_atlas_get_id (b->atlas, ref));
  return g_strconcat (name, basis_mark (&info), NULL);
}

/* The mark alone, for texts set inside brackets or quotes. */
const char *
yt_build_mark (YtBuild     *b,
               YtRef        ref,
               YtTextField  field)
{
  YtTextInfo info = { 0 };

  if (yt_atlas_get_text (b->atlas, ref, field, b->lang, &info) == NULL)
    return "";
  return basis_mark (&info);
}

char *
yt_build_text (YtBuild     *b,
               YtRef        ref,
               YtTextField  field)
{
  YtTextInfo info = { 0 };
  const char *text = yt_atlas_get_text (b->atlas, ref, field, b->lang, &info);

  if (text == NULL || *text == '\0')
    return NULL;
  return g_strconcat (text, basis_mark (&info), NULL);
}

/* Region names come from ISO 3166 (Debian iso-codes), one standard for all,
 * so they carry no mark: a mark on every location would only be noise. */
char *
yt_build_region_name (YtBuild *b,
                      guint    region)
{
  const char *name;

  if (region == YT_ATLAS_NONE)
    return g_strdup ("—");
  name = yt_atlas_get_name (b->atlas, YT_REF (YT_RECORD_REGION, region), b->lang, NULL);
  return g_strdup (name != NULL && *name != '\0' ? name : "—");
}

const char *
yt_build_site_kind (YtBuild    *b,
                    YtSiteKind  kind)
{
  static const char *const names[YT_N_SITE_KINDS] = {
    N_("Computing hub"), N_("Data-centre cluster"), N_("Cloud region"), N_("Park or zone"),
    N_("Data centre"), N_("Project"), N_("Office"), N_("Event"),
  };

  g_return_val_if_fail (kind < YT_N_SITE_KINDS, "");
  return yt_catalog_gettext (b->lang, names[kind]);
}

char *
yt_build_date (YtBuild *b,
               YtDate   date)
{
  char *text;

  if (date == 0)
    return g_strdup ("—");
  text = yt_format_date_parts (b->lang, YT_DATE_YEAR (date), YT_DATE_MONTH (date), YT_DATE_DAY (date));
  return text != NULL ? text : g_strdup ("—");
}

/* Opened if known, else announced, saying which. */
char *
yt_build_site_date (YtBuild      *b,
                    const YtSite *site)
{
  g_autofree char *date = NULL;

  if (site->closed != 0)
    {
      date = yt_build_date (b, site->closed);
      return g_strdup_printf (YT_R_ (b->lang, N_("closed %s")), date);
    }
  if (site->opened != 0)
    {
      date = yt_build_date (b, site->opened);
      return g_strdup_printf (YT_R_ (b->lang, N_("opened %s")), date);
    }
  if (site->announced != 0)
    {
      date = yt_build_date (b, site->announced);
      return g_strdup_printf (YT_R_ (b->lang, N_("announced %s")), date);
    }
  return g_strdup ("—");
}

char *
yt_build_fact_figure (YtBuild      *b,
                      const YtFact *fact)
{
  char *text;

  if (fact->unit == YT_UNIT_NONE)
    return NULL;
  text = yt_format_quantity (b->lang, fact->value, yt_atlas_unit_to_string (fact->unit),
                             fact->qualifier);
  if (text != NULL && fact->qualifier == YT_QUALIFIER_CLAIM)
    {
      char *claimed = g_strdup_printf (YT_R_ (b->lang, N_("%s (claimed)")), text);

      g_free (text);
      text = claimed;
    }
  return text;
}

gboolean
yt_build_site_in_china (YtBuild      *b,
                        const YtSite *site)
{
  guint region = site->region;

  for (guint depth = 0; region != YT_ATLAS_NONE && depth < 8; depth++)
    {
      const YtRegion *r = yt_atlas_get_region (b->atlas, region);

      if (g_strcmp0 (yt_atlas_str (b->atlas, r->iso), "CN") == 0)
        return TRUE;
      region = r->parent;
    }
  return FALSE;
}
