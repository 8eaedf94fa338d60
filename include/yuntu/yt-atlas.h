/* yt-atlas.h: the immutable atlas (sources, regions, companies, sites, facts, …)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Records live in flat arrays, one per kind, and are read through const
 * pointers: the renderer walks 100 k sites without a call per field.
 * Strings are YtStr offsets into one arena (yt_atlas_str()); references
 * between records are indices into the target kind's array, or YtRef when
 * the target may be of any kind.  Nothing here changes after loading, so an
 * atlas may be read from any thread.
 */
#pragma once

#include <glib-object.h>

#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

#define YT_TYPE_ATLAS (yt_atlas_get_type ())
G_DECLARE_FINAL_TYPE (YtAtlas, yt_atlas, YT, ATLAS, GObject)

/* An absent index (no parent, no region, …). */
#define YT_ATLAS_NONE G_MAXUINT32

typedef enum {
  YT_RECORD_SOURCE,
  YT_RECORD_MEASURE,
  YT_RECORD_INITIATIVE,
  YT_RECORD_REGION,
  YT_RECORD_COMPANY,
  YT_RECORD_PERSON,
  YT_RECORD_SITE,
  YT_RECORD_CORRIDOR,
  YT_RECORD_LINK,
  YT_RECORD_FACT,
  YT_RECORD_MEMBERSHIP,
  YT_N_RECORD_KINDS
} YtRecordKind;

/* A reference to a record of any kind: kind in the top four bits. */
typedef guint32 YtRef;
#define YT_REF_NONE          G_MAXUINT32
#define YT_REF(kind, index)  ((YtRef) (((guint32) (kind) << 28) | ((guint32) (index) & 0x0fffffffu)))
#define YT_REF_KIND(ref)     ((YtRecordKind) ((ref) >> 28))
#define YT_REF_INDEX(ref)    ((guint) ((ref) & 0x0fffffffu))

typedef guint32 YtStr;                    /* 0 is the empty string */

/* A calendar date as YYYYMMDD; month and day are 0 when the data gives only a
 * year or a month; 0 means no date. */
typedef guint32 YtDate;
#define YT_DATE_YEAR(d)  ((int) ((d) / 10000))
#define YT_DATE_MONTH(d) ((int) ((d) / 100 % 100))
#define YT_DATE_DAY(d)   ((int) ((d) % 100))

typedef enum { YT_BASIS_SEEN, YT_BASIS_STANDARD, YT_BASIS_LATIN, YT_BASIS_TRANSLATED } YtBasis;
/* BY: the event came on or before the date (a source shows it done by then). */
typedef enum {
  YT_DATE_BASIS_STATED, YT_DATE_BASIS_DERIVED, YT_DATE_BASIS_EXTERNAL, YT_DATE_BASIS_APPROXIMATE,
  YT_DATE_BASIS_BY
} YtDateBasis;
typedef enum {
  YT_TEXT_NAME, YT_TEXT_DESCRIPTION, YT_TEXT_NOTE, YT_TEXT_PUBLISHER, YT_TEXT_TITLE,
  YT_TEXT_ROLE, YT_TEXT_TEXT, YT_TEXT_QUOTE, YT_N_TEXT_FIELDS
} YtTextField;
typedef enum {
  YT_NAME_ROLE_DISPLAY, YT_NAME_ROLE_SHORT, YT_NAME_ROLE_BRAND, YT_NAME_ROLE_LEGAL, YT_NAME_ROLE_ALIAS
} YtNameRole;
typedef enum { YT_GRADE_A, YT_GRADE_B, YT_GRADE_C } YtGrade;
typedef enum { YT_SOURCE_SEED, YT_SOURCE_WEB, YT_SOURCE_DOC } YtSourceKind;
typedef enum { YT_REGION_PROVINCE, YT_REGION_COUNTRY, YT_REGION_SAR, YT_REGION_AREA } YtRegionKind;
typedef enum {
  YT_COMPANY_CLOUD, YT_COMPANY_HARDWARE, YT_COMPANY_TELECOM, YT_COMPANY_INTERNET,
  YT_COMPANY_DATA_CENTRE, YT_COMPANY_INVESTOR, YT_COMPANY_GOVERNMENT, YT_COMPANY_ASSOCIATION,
  YT_COMPANY_RESEARCH, YT_COMPANY_MEDIA, YT_COMPANY_OTHER
} YtCompanyKind;
typedef enum {
  YT_SITE_HUB, YT_SITE_CLUSTER, YT_SITE_CLOUD_REGION, YT_SITE_PARK, YT_SITE_DATA_CENTRE,
  YT_SITE_PROJECT, YT_SITE_OFFICE, YT_SITE_EVENT, YT_N_SITE_KINDS
} YtSiteKind;
typedef enum {
  YT_PRECISION_NONE, YT_PRECISION_SITE, YT_PRECISION_DISTRICT, YT_PRECISION_CITY,
  YT_PRECISION_PROVINCE
} YtPrecision;
typedef enum { YT_CORRIDOR_LAND, YT_CORRIDOR_MARITIME, YT_CORRIDOR_DIGITAL } YtCorridorKind;
typedef enum {
  YT_LINK_OPERATOR, YT_LINK_INVESTOR, YT_LINK_PARTNER, YT_LINK_CUSTOMER, YT_LINK_MEMBER,
  YT_LINK_FINANCIER, YT_LINK_BUILDER, YT_LINK_SPANS, YT_N_LINK_KINDS
} YtLinkKind;
typedef enum {
  YT_UNIT_NONE, YT_UNIT_CNY, YT_UNIT_USD, YT_UNIT_EUR, YT_UNIT_GBP, YT_UNIT_KES, YT_UNIT_HKD,
  YT_UNIT_PKR, YT_UNIT_PHP, YT_UNIT_MMK, YT_UNIT_COUNT, YT_UNIT_PERCENT, YT_UNIT_RATIO, YT_UNIT_SERVER, YT_UNIT_RACK, YT_UNIT_M2,
  YT_UNIT_HA, YT_UNIT_MU, YT_UNIT_KM2, YT_UNIT_MW, YT_UNIT_YEAR, YT_UNIT_ENTERPRISE,
  YT_UNIT_DEVELOPER, YT_UNIT_SERVICE, YT_UNIT_COUNTRY, YT_UNIT_ORGANISATION, YT_UNIT_PROGRAMME,
  YT_UNIT_PERSON, YT_UNIT_PROJECT, YT_UNIT_DATA_CENTRE
} YtUnit;
typedef enum {
  YT_QUALIFIER_EXACT, YT_QUALIFIER_ABOUT, YT_QUALIFIER_AT_LEAST, YT_QUALIFIER_MORE_THAN,
  YT_QUALIFIER_UP_TO, YT_QUALIFIER_LESS_THAN, YT_QUALIFIER_TARGET, YT_QUALIFIER_FORECAST,
  YT_QUALIFIER_CLAIM
} YtQualifier;

/* Where a record starts (its start tag) and what it cites: common to all kinds. */
typedef struct {
  YtStr   id;           /* 0 for links, which have no id */
  guint32 texts;        /* first YtText of the record */
  guint32 sources;      /* first source index in the index pool (yt_atlas_get_indices) */
  guint16 n_texts;
  guint16 n_sources;
  guint16 file;         /* yt_atlas_get_file_name() */
  guint32 line;
  guint32 column;
} YtRecordHead;

typedef struct {
  YtStr   text;
  YtStr   lang_tag;     /* the quote's xml:lang as written (quotes may be in any language) */
  guint32 source;       /* source index of an attested (seen) form, or YT_ATLAS_NONE */
  YtDate  date;         /* roles only: when the title was held */
  guint8  field;        /* YtTextField */
  guint8  lang;         /* YtLang; quotes in a third language say YT_N_LANGS */
  guint8  basis;        /* YtBasis */
  guint8  role;         /* YtNameRole (company names) */
  guint8  date_basis;
} YtText;

typedef struct { YtRecordHead head; YtStr url; YtDate date; guint8 grade, kind, date_basis; } YtSource;
typedef struct { YtRecordHead head; } YtMeasure;
typedef struct { YtRecordHead head; YtDate date; guint8 date_basis; } YtInitiative;
typedef struct { YtRecordHead head; YtStr iso; guint32 parent; guint8 kind; } YtRegion;
typedef struct { YtRecordHead head; guint32 parent, hq_region; guint8 kind; } YtCompany;
typedef struct { YtRecordHead head; guint32 company; } YtPerson;
typedef struct {
  YtRecordHead head;
  double  lat, lon;               /* meaningful when precision != YT_PRECISION_NONE */
  YtStr   code;                   /* provider's region code, e.g. cn-hangzhou */
  guint32 region, parent, initiative, location_source;
  YtDate  announced, opened, closed;
  guint8  kind, precision, announced_basis, opened_basis, closed_basis;
} YtSite;
/* via: n_via YtRefs in the index pool, each a region or a site (a city, port
 * or landing point), in the order the corridor passes them. */
typedef struct { YtRecordHead head; guint32 via; guint16 n_via; guint8 kind; } YtCorridor;
typedef struct { YtRecordHead head; YtRef from, to; YtDate date; guint8 kind, date_basis; } YtLink;
/* A region's membership of an initiative (the Belt and Road) from @start to
 * @end; @end is 0 while it lasts.  yt-atlas-membership.h answers "as of". */
typedef struct {
  YtRecordHead head;
  guint32 region, initiative;
  YtDate  start, end;
  guint8  start_basis, end_basis;
} YtMembership;
typedef struct {
  YtRecordHead head;
  double  value;                  /* meaningful when unit != YT_UNIT_NONE */
  YtRef   subject;
  guint32 measure, conflict;
  YtDate  date;
  guint16 year_end;               /* 0 when the fact is not a range */
  guint8  unit, qualifier, date_basis;
} YtFact;

/* How a text was found: which language it is in and why. */
typedef struct {
  YtLang   lang;
  YtBasis  basis;
  gboolean fell_back;             /* asked language missing: this is the other one */
  guint32  source;
} YtTextInfo;

guint               yt_atlas_get_n_records   (YtAtlas      *self,
                                              YtRecordKind  kind);
const YtRecordHead *yt_atlas_get_head        (YtAtlas      *self,
                                              YtRef         ref);
const YtSource     *yt_atlas_get_source      (YtAtlas *self, guint index);
const YtMeasure    *yt_atlas_get_measure     (YtAtlas *self, guint index);
const YtInitiative *yt_atlas_get_initiative  (YtAtlas *self, guint index);
const YtRegion     *yt_atlas_get_region      (YtAtlas *self, guint index);
const YtCompany    *yt_atlas_get_company     (YtAtlas *self, guint index);
const YtPerson     *yt_atlas_get_person      (YtAtlas *self, guint index);
const YtSite       *yt_atlas_get_site        (YtAtlas *self, guint index);
const YtCorridor   *yt_atlas_get_corridor    (YtAtlas *self, guint index);
const YtLink       *yt_atlas_get_link        (YtAtlas *self, guint index);
const YtFact       *yt_atlas_get_fact        (YtAtlas *self, guint index);
const YtMembership *yt_atlas_get_membership  (YtAtlas *self, guint index);

/* Per site, the company of its first operator link (YT_ATLAS_NONE when it
 * has none), in one pass over the links.  Free with g_free(). */
guint              *yt_atlas_get_site_operators (YtAtlas   *self);
/* Whether @region is China or lies in it (a province, Hong Kong, Taiwan):
 * the atlas's sites there are China's own, abroad Chinese firms'. */
gboolean            yt_atlas_region_in_china (YtAtlas      *self,
                                              guint         region);
const char         *yt_atlas_str             (YtAtlas      *self,
                                              YtStr         str);
const char         *yt_atlas_get_id          (YtAtlas      *self,
                                              YtRef         ref);
YtRef               yt_atlas_lookup          (YtAtlas      *self,
                                              const char   *id);
guint               yt_atlas_lookup_kind     (YtAtlas      *self,
                                              YtRecordKind  kind,
                                              const char   *id);
const guint32      *yt_atlas_get_indices     (YtAtlas      *self,
                                              guint32       first);
const char         *yt_atlas_get_file_name   (YtAtlas      *self,
                                              guint         file);

const YtText       *yt_atlas_get_texts       (YtAtlas      *self,
                                              YtRef         ref,
                                              guint        *n_texts);
const char         *yt_atlas_get_text        (YtAtlas      *self,
                                              YtRef         ref,
                                              YtTextField   field,
                                              YtLang        lang,
                                              YtTextInfo   *info);
const char         *yt_atlas_get_name        (YtAtlas      *self,
                                              YtRef         ref,
                                              YtLang        lang,
                                              YtTextInfo   *info);
const char         *yt_atlas_get_company_name (YtAtlas     *self,
                                              guint         company,
                                              YtNameRole    role,
                                              YtLang        lang,
                                              YtTextInfo   *info);

const char         *yt_atlas_unit_to_string  (YtUnit        unit);
const char         *yt_atlas_site_kind_to_string (YtSiteKind kind);
gsize               yt_atlas_get_text_bytes  (YtAtlas      *self);

G_END_DECLS
