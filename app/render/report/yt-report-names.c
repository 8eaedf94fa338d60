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

#include <string.h>

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
  /* An id is for the data's authors, never for readers. */
  g_autofree char *typeset = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup ("—");
  typeset = yt_text_smart_quotes (NULL, name);
  return g_strconcat (typeset, basis_mark (&info), NULL);
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

/* The source id at @p ("S12", "S18a"), as a source index, or YT_ATLAS_NONE;
 * @end is set past it. */
static guint
source_id_at (YtBuild    *b,
              const char *text,
              const char *p,
              const char **end)
{
  const char *q = p + 1;
  g_autofree char *id = NULL;

  if (*p != 'S' || (p > text && g_ascii_isalnum (p[-1])))
    return YT_ATLAS_NONE;
  /* "S12", "S18a", and prefixed series such as "Spr018" or "Scc002". */
  while (g_ascii_islower (*q) && q - p < 4)
    q++;
  if (!g_ascii_isdigit (*q))
    return YT_ATLAS_NONE;
  while (g_ascii_isdigit (*q))
    q++;
  if (g_ascii_islower (*q))
    q++;
  if (g_ascii_isalnum (*q))
    return YT_ATLAS_NONE;
  id = g_strndup (p, q - p);
  *end = q;
  return yt_atlas_lookup_kind (b->atlas, YT_RECORD_SOURCE, id);
}

/* Data texts may name a source by its id ("S12 reports", "(S33b)"): readers
 * see its number in the list of sources instead. */
static char *
cite_source_ids (YtBuild    *b,
                 const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0';)
    {
      const char *end = NULL;
      /* "(S12)" and "（S12）" become "[3]"; a bare "S12" too. */
      gsize open = *p == '(' ? 1 : g_str_has_prefix (p, "（") ? strlen ("（") : 0;
      guint source = source_id_at (b, text, p + open, &end);

      if (source == YT_ATLAS_NONE)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (open == 1 && *end == ')')
        end++;
      else if (open > 1 && g_str_has_prefix (end, "）"))
        end += strlen ("）");
      else
        g_string_append_len (out, p, open);
      g_string_append_printf (out, "[%u]", yt_build_cite_number (b, source));
      p = end;
    }
  return g_string_free (out, FALSE);
}

char *
yt_build_text (YtBuild     *b,
               YtRef        ref,
               YtTextField  field)
{
  YtTextInfo info = { 0 };
  const char *text = yt_atlas_get_text (b->atlas, ref, field, b->lang, &info);
  g_autofree char *cited = NULL;
  g_autofree char *typeset = NULL;

  if (text == NULL || *text == '\0')
    return NULL;
  cited = cite_source_ids (b, text);
  typeset = yt_text_smart_quotes (NULL, cited);
  return g_strconcat (typeset, basis_mark (&info), NULL);
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
  return yt_atlas_region_in_china (b->atlas, site->region);
}

guint
yt_build_site_country (YtBuild      *b,
                       const YtSite *site)
{
  guint region = site->region;

  for (guint depth = 0; region != YT_ATLAS_NONE && depth < 8; depth++)
    {
      const YtRegion *r = yt_atlas_get_region (b->atlas, region);

      if (r->kind == YT_REGION_COUNTRY)
        return region;
      region = r->parent;
    }
  return YT_ATLAS_NONE;
}

guint
yt_build_site_operator (YtBuild *b,
                        guint    site)
{
  YtRef target = YT_REF (YT_RECORD_SITE, site);
  guint builder = YT_ATLAS_NONE;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_LINK); i++)
    {
      const YtLink *link = yt_atlas_get_link (b->atlas, i);

      if (link->to != target || YT_REF_KIND (link->from) != YT_RECORD_COMPANY)
        continue;
      if (link->kind == YT_LINK_OPERATOR)
        return YT_REF_INDEX (link->from);
      if (builder == YT_ATLAS_NONE)
        builder = YT_REF_INDEX (link->from);
    }
  return builder;
}

/* A name without its basis mark, to compare names as a reader reads them. */
static char *
unmarked (const char *name)
{
  char *key = g_strdup (name);
  gsize len = strlen (key);

  static const char *const marks[] = { "†", "‡", "°", "*" };

  for (guint m = 0; m < G_N_ELEMENTS (marks); m++)
    if (g_str_has_suffix (key, marks[m]))
      {
        len -= strlen (marks[m]);
        key[len] = '\0';
        break;
      }
  return key;
}

/* What tells two sites of one name apart: the provider's region code, else
 * the operator, else the place. */
static char *
site_tag (YtBuild *b,
          guint    index)
{
  const YtSite *site = yt_atlas_get_site (b->atlas, index);
  const char *code = yt_atlas_str (b->atlas, site->code);
  guint company;

  if (code != NULL && *code != '\0')
    return g_strdup (code);
  if ((company = yt_build_site_operator (b, index)) != YT_ATLAS_NONE)
    return yt_build_name (b, YT_REF (YT_RECORD_COMPANY, company));
  return yt_build_region_name (b, site->region);
}

GPtrArray *
yt_build_site_names (YtBuild     *b,
                     const guint *sites,
                     guint        n_sites)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new_full (n_sites, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *names = g_ptr_array_new_full (n_sites, g_free);

  for (guint i = 0; i < n_sites; i++)
    {
      g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_SITE, sites[i]));
      char *key = unmarked (name);

      g_ptr_array_add (keys, key);
      g_ptr_array_add (names, g_steal_pointer (&name));
      g_hash_table_insert (seen, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1));
    }
  for (guint i = 0; i < n_sites; i++)
    {
      g_autofree char *tag = NULL;
      char *name = g_ptr_array_index (names, i);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (seen, g_ptr_array_index (keys, i))) < 2)
        continue;
      tag = site_tag (b, sites[i]);
      names->pdata[i] = g_strdup_printf ("%s · %s", name, tag);
      g_free (name);
    }
  return names;
}
