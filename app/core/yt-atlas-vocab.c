/* yt-atlas-vocab.c: the atlas vocabulary as tables (mirrors resources/yuntu-atlas.rng)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/tree.h>

#include "yt-atlas-vocab.h"

const char * const yt_atlas_vocab_basis[] = { "seen", "standard", "latin", "translated", NULL };
const char * const yt_atlas_vocab_date_basis[] = { "stated", "derived", "external", "approximate", "by", NULL };
const char * const yt_atlas_vocab_name_roles[] = { "short", "brand", "legal", "alias", NULL };
const char * const yt_atlas_vocab_units[] = {
  "CNY", "USD", "EUR", "GBP", "KES", "HKD", "PKR", "PHP", "MMK", "count", "percent", "ratio", "server", "rack", "m2",
  "ha", "mu", "km2", "MW", "year", "enterprise", "developer", "service", "country",
  "organisation", "programme", "person", "project", "data-centre", NULL
};
const char * const yt_atlas_vocab_site_kinds[] = {
  "hub", "cluster", "cloud-region", "park", "data-centre", "project", "office", "event", NULL
};
static const char * const grades[] = { "A", "B", "C", NULL };
static const char * const source_kinds[] = { "seed", "web", "doc", NULL };
static const char * const region_kinds[] = { "province", "country", "sar", "area", NULL };
static const char * const company_kinds[] = {
  "cloud", "hardware", "telecom", "internet", "data-centre", "investor", "government",
  "association", "research", "media", "other", NULL
};
static const char * const precisions[] = { "site", "district", "city", "province", NULL };
static const char * const corridor_kinds[] = { "land", "maritime", "digital", NULL };
static const char * const link_kinds[] = {
  "operator", "investor", "partner", "customer", "member", "financier", "builder", "spans", NULL
};
static const char * const qualifiers[] = {
  "exact", "about", "at-least", "more-than", "up-to", "less-than", "target", "forecast", "claim", NULL
};

#define HEAD(f) ((guint16) offsetof (YtRecordHead, f))
#define ID { "id", YT_ATTR_ID, TRUE, 0, 0, HEAD (id), NULL, 0, 0 }
#define SOURCES(req) { "sources", YT_ATTR_SOURCES, req, YT_RECORD_SOURCE, 0, HEAD (sources), NULL, 0, 0 }
#define REF(n, req, kind, T, f) { n, YT_ATTR_REF, req, kind, 0, offsetof (T, f), NULL, 0, 0 }
#define ENUM(n, req, vals, T, f) { n, YT_ATTR_ENUM, req, 0, 0, offsetof (T, f), vals, 0, 0 }
#define DATE(n, T, f) { n, YT_ATTR_DATE, FALSE, 0, 0, offsetof (T, f), NULL, 0, 0 }
#define BASIS(n, of, T, f) { n, YT_ATTR_BASIS_OF, FALSE, 0, of, offsetof (T, f), yt_atlas_vocab_date_basis, 0, 0 }
#define PLAIN(n, type, req, T, f) { n, type, req, 0, 0, offsetof (T, f), NULL, 0, 0 }

static const YtAttrSpec source_attrs[] = {
  ID, ENUM ("grade", TRUE, grades, YtSource, grade), DATE ("date", YtSource, date),
  BASIS ("date-basis", 2, YtSource, date_basis), PLAIN ("url", YT_ATTR_URI, FALSE, YtSource, url),
  ENUM ("kind", TRUE, source_kinds, YtSource, kind),
};
static const YtAttrSpec measure_attrs[] = { ID };
static const YtAttrSpec initiative_attrs[] = {
  ID, DATE ("date", YtInitiative, date), BASIS ("date-basis", 1, YtInitiative, date_basis),
  SOURCES (FALSE),
};
static const YtAttrSpec region_attrs[] = {
  ID, ENUM ("kind", TRUE, region_kinds, YtRegion, kind), PLAIN ("iso", YT_ATTR_ISO, TRUE, YtRegion, iso),
  REF ("parent", FALSE, YT_RECORD_REGION, YtRegion, parent),
};
static const YtAttrSpec company_attrs[] = {
  ID, ENUM ("kind", TRUE, company_kinds, YtCompany, kind),
  REF ("parent", FALSE, YT_RECORD_COMPANY, YtCompany, parent),
  REF ("hq-region", FALSE, YT_RECORD_REGION, YtCompany, hq_region), SOURCES (FALSE),
};
static const YtAttrSpec person_attrs[] = {
  ID, REF ("company", FALSE, YT_RECORD_COMPANY, YtPerson, company), SOURCES (TRUE),
};
static const YtAttrSpec site_attrs[] = {
  ID, ENUM ("kind", TRUE, yt_atlas_vocab_site_kinds, YtSite, kind),
  REF ("region", TRUE, YT_RECORD_REGION, YtSite, region),
  REF ("parent", FALSE, YT_RECORD_SITE, YtSite, parent),
  REF ("initiative", FALSE, YT_RECORD_INITIATIVE, YtSite, initiative),
  PLAIN ("code", YT_ATTR_CODE, FALSE, YtSite, code),
  DATE ("announced", YtSite, announced), BASIS ("announced-basis", 6, YtSite, announced_basis),
  DATE ("opened", YtSite, opened), BASIS ("opened-basis", 8, YtSite, opened_basis),
  DATE ("closed", YtSite, closed), BASIS ("closed-basis", 10, YtSite, closed_basis),
  SOURCES (TRUE),
};
static const YtAttrSpec corridor_attrs[] = {
  ID, ENUM ("kind", TRUE, corridor_kinds, YtCorridor, kind), SOURCES (TRUE),
};
static const YtAttrSpec link_attrs[] = {
  ENUM ("kind", TRUE, link_kinds, YtLink, kind),
  REF ("from", TRUE, YT_ANY_KIND, YtLink, from), REF ("to", TRUE, YT_ANY_KIND, YtLink, to),
  DATE ("date", YtLink, date), BASIS ("date-basis", 3, YtLink, date_basis), SOURCES (TRUE),
};
static const YtAttrSpec fact_attrs[] = {
  ID, REF ("subject", TRUE, YT_ANY_KIND, YtFact, subject),
  REF ("measure", TRUE, YT_RECORD_MEASURE, YtFact, measure), SOURCES (TRUE),
  { "value", YT_ATTR_DECIMAL, FALSE, 0, 0, offsetof (YtFact, value), NULL, 1, -1 },
  { "unit", YT_ATTR_ENUM1, FALSE, 0, 0, offsetof (YtFact, unit), yt_atlas_vocab_units, 0, 0 },
  DATE ("date", YtFact, date), BASIS ("date-basis", 6, YtFact, date_basis),
  PLAIN ("year-end", YT_ATTR_YEAR, FALSE, YtFact, year_end),
  ENUM ("qualifier", FALSE, qualifiers, YtFact, qualifier),
  REF ("conflict", FALSE, YT_RECORD_FACT, YtFact, conflict),
};
static const YtAttrSpec membership_attrs[] = {
  ID, REF ("region", TRUE, YT_RECORD_REGION, YtMembership, region),
  REF ("initiative", TRUE, YT_RECORD_INITIATIVE, YtMembership, initiative),
  { "start", YT_ATTR_DATE, TRUE, 0, 0, offsetof (YtMembership, start), NULL, 0, 0 },
  BASIS ("start-basis", 3, YtMembership, start_basis),
  DATE ("end", YtMembership, end), BASIS ("end-basis", 5, YtMembership, end_basis),
  SOURCES (TRUE),
};
const YtAttrSpec yt_atlas_vocab_location[4] = {
  { "lat", YT_ATTR_DECIMAL, TRUE, 0, 0, offsetof (YtSite, lat), NULL, -90, 90 },
  { "lon", YT_ATTR_DECIMAL, TRUE, 0, 0, offsetof (YtSite, lon), NULL, -180, 180 },
  { "precision", YT_ATTR_ENUM1, TRUE, 0, 0, offsetof (YtSite, precision), precisions, 0, 0 },
  REF ("source", TRUE, YT_RECORD_SOURCE, YtSite, location_source),
};

#define REQ YT_CHILD_PAIR_REQUIRED
#define OPT YT_CHILD_PAIR_OPTIONAL
static const YtChildSpec source_children[] = {
  { "publisher", YT_TEXT_PUBLISHER, REQ }, { "title", YT_TEXT_TITLE, REQ }, { "note", YT_TEXT_NOTE, OPT },
};
static const YtChildSpec name_only[] = { { "name", YT_TEXT_NAME, REQ } };
static const YtChildSpec initiative_children[] = {
  { "name", YT_TEXT_NAME, REQ }, { "description", YT_TEXT_DESCRIPTION, OPT },
};
static const YtChildSpec company_children[] = {
  { "name", YT_TEXT_NAME, REQ | YT_CHILD_ROLED }, { "description", YT_TEXT_DESCRIPTION, OPT },
};
static const YtChildSpec person_children[] = {
  { "name", YT_TEXT_NAME, REQ }, { "role", YT_TEXT_ROLE, REQ | YT_CHILD_DATED },
};
static const YtChildSpec site_children[] = {
  { "name", YT_TEXT_NAME, REQ }, { "location", YT_CHILD_LOCATION, YT_CHILD_SINGLE },
  { "note", YT_TEXT_NOTE, OPT },
};
static const YtChildSpec corridor_children[] = {
  { "name", YT_TEXT_NAME, REQ }, { "via", YT_CHILD_VIA, YT_CHILD_SINGLE | YT_CHILD_ONE },
  { "note", YT_TEXT_NOTE, OPT },
};
static const YtChildSpec note_only[] = { { "note", YT_TEXT_NOTE, OPT } };
static const YtChildSpec fact_children[] = {
  { "text", YT_TEXT_TEXT, REQ }, { "quote", YT_TEXT_QUOTE, YT_CHILD_SINGLE },
};

#define RECORD(sec, el, T, a, c) { sec, el, sizeof (T), G_N_ELEMENTS (a), G_N_ELEMENTS (c), a, c }
const YtRecordSpec yt_atlas_vocab_records[YT_N_RECORD_KINDS] = {
  RECORD ("sources", "source", YtSource, source_attrs, source_children),
  RECORD ("measures", "measure", YtMeasure, measure_attrs, name_only),
  RECORD ("initiatives", "initiative", YtInitiative, initiative_attrs, initiative_children),
  RECORD ("regions", "region", YtRegion, region_attrs, name_only),
  RECORD ("companies", "company", YtCompany, company_attrs, company_children),
  RECORD ("people", "person", YtPerson, person_attrs, person_children),
  RECORD ("sites", "site", YtSite, site_attrs, site_children),
  RECORD ("corridors", "corridor", YtCorridor, corridor_attrs, corridor_children),
  RECORD ("links", "link", YtLink, link_attrs, note_only),
  RECORD ("facts", "fact", YtFact, fact_attrs, fact_children),
  RECORD ("memberships", "membership", YtMembership, membership_attrs, note_only),
};

const char *
yt_atlas_vocab_kind_noun (YtRecordKind kind)
{
  static const char * const nouns[] = {
    N_("source"), N_("measure"), N_("initiative"), N_("region"), N_("company"),
    N_("person"), N_("site"), N_("corridor"), N_("link"), N_("fact"), N_("membership"),
    N_("record"),
  };
  return _(nouns[MIN ((guint) kind, G_N_ELEMENTS (nouns) - 1)]);
}

int
yt_atlas_vocab_find_enum (const char * const *values,
                          const char         *value)
{
  for (int i = 0; values[i] != NULL; i++)
    if (strcmp (values[i], value) == 0)
      return i;
  return -1;
}

char *
yt_atlas_vocab_enum_list (const char * const *values)
{
  return g_strjoinv (", ", (char **) values);
}

static gboolean
is_xml_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The XSD "collapse" rule that token-derived schema types apply before
 * matching: the loader must accept exactly what the schema accepts. */
char *
yt_atlas_vocab_collapse (const char *value,
                         gsize       len)
{
  char *out = g_malloc (len + 1);
  gsize n = 0;
  gboolean space = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (is_xml_space (value[i]))
        {
          space = n > 0;
          continue;
        }
      if (space)
        out[n++] = ' ';
      space = FALSE;
      out[n++] = value[i];
    }
  out[n] = '\0';
  return out;
}

gboolean
yt_atlas_vocab_is_ncname (const char *value)
{
  return value[0] != '\0' && xmlValidateNCName ((const xmlChar *) value, 0) == 0;
}

static gboolean
digits (const char *s, int n)
{
  for (int i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
yt_atlas_vocab_parse_date (const char *value,
                           YtDate     *date)
{
  static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gsize len = strlen (value);
  int year, month = 0, day = 0;

  if ((len != 4 && len != 7 && len != 10) || !digits (value, 4))
    return FALSE;
  year = atoi (value);
  if (len >= 7)
    {
      if (value[4] != '-' || !digits (value + 5, 2))
        return FALSE;
      month = (value[5] - '0') * 10 + (value[6] - '0');
      if (month < 1 || month > 12)
        return FALSE;
    }
  if (len == 10)
    {
      gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      if (value[7] != '-' || !digits (value + 8, 2))
        return FALSE;
      day = (value[8] - '0') * 10 + (value[9] - '0');
      if (day < 1 || day > days[month - 1] || (month == 2 && day == 29 && !leap))
        return FALSE;
    }
  /* Year 0 is a valid XSD-pattern year but would read as "no date". */
  *date = (YtDate) (year * 10000 + month * 100 + day);
  return *date != 0;
}

/* Compares two dates at the precision both give: "2023" neither precedes nor
 * follows "2023-12-22", so a membership that ended in 2023 may have started
 * on any day of that year. */
int
yt_atlas_vocab_compare_dates (YtDate a,
                              YtDate b)
{
  if (YT_DATE_MONTH (a) == 0 || YT_DATE_MONTH (b) == 0)
    a /= 10000, b /= 10000;
  else if (YT_DATE_DAY (a) == 0 || YT_DATE_DAY (b) == 0)
    a /= 100, b /= 100;
  return a < b ? -1 : a > b;
}

/* xsd:decimal: sign, digits, optional fraction; no exponent, NaN or INF. */
gboolean
yt_atlas_vocab_parse_decimal (const char *value,
                              double     *number)
{
  const char *p = value;
  gboolean any = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    any = TRUE;
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p); p++)
      any = TRUE;
  if (!any || *p != '\0')
    return FALSE;
  *number = g_ascii_strtod (value, NULL);
  return TRUE;
}

gboolean
yt_atlas_vocab_is_iso (const char *value)
{
  gsize len = strlen (value);

  if (len < 2 || !g_ascii_isupper (value[0]) || !g_ascii_isupper (value[1]))
    return FALSE;
  if (len == 2)
    return TRUE;
  if (value[2] != '-' || len > 6 || len < 4)
    return FALSE;
  for (gsize i = 3; i < len; i++)
    if (!g_ascii_isupper (value[i]) && !g_ascii_isdigit (value[i]))
      return FALSE;
  return TRUE;
}

gboolean
yt_atlas_vocab_is_code (const char *value)
{
  if (!g_ascii_isalnum (value[0]))
    return FALSE;
  for (const char *p = value + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
yt_atlas_vocab_is_language (const char *value)
{
  const char *p = value;

  for (gboolean first = TRUE; ; first = FALSE)
    {
      int n = 0;
      for (; n < 8 && (g_ascii_isalpha (p[n]) || (!first && g_ascii_isdigit (p[n]))); n++)
        ;
      if (n == 0)
        return FALSE;
      p += n;
      if (*p == '\0')
        return TRUE;
      if (*p++ != '-')
        return FALSE;
    }
}
