/* yt-data-columns.h: the columns of exported sites, which imports read back
 *
 * The names are a contract with users' spreadsheets and scripts (README
 * lists them): the same in every format and language, never renamed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"
#include "yt-data-table.h"

G_BEGIN_DECLS

typedef enum {
  YT_SITE_COL_ID,
  YT_SITE_COL_NAME,
  YT_SITE_COL_NAME_EN,
  YT_SITE_COL_NAME_ZH,
  YT_SITE_COL_KIND,
  YT_SITE_COL_KIND_NAME,
  YT_SITE_COL_OPERATOR,
  YT_SITE_COL_OPERATOR_ID,
  YT_SITE_COL_INVESTORS,
  YT_SITE_COL_BUILDERS,
  YT_SITE_COL_FINANCIERS,
  YT_SITE_COL_PARTNERS,
  YT_SITE_COL_CUSTOMERS,
  YT_SITE_COL_MEMBERS,
  YT_SITE_COL_REGION,
  YT_SITE_COL_REGION_ISO,
  YT_SITE_COL_PARENT,
  YT_SITE_COL_CODE,
  YT_SITE_COL_ANNOUNCED,
  YT_SITE_COL_OPENED,
  YT_SITE_COL_CLOSED,
  YT_SITE_COL_LAT,
  YT_SITE_COL_LON,
  YT_SITE_COL_PRECISION,
  YT_SITE_COL_SOURCES,
  YT_SITE_COL_SOURCE_URLS,
  YT_N_SITE_COLS
} YtSiteColumn;

extern const YtDataColumn yt_site_columns[YT_N_SITE_COLS];

/* Lists in one cell ("Alibaba Cloud; Tencent Cloud") are joined with this
 * and split at ';' or '；'. */
#define YT_DATA_LIST_SEPARATOR "; "

/* The company column of a link kind (operator, investors, …), or
 * YT_N_SITE_COLS for kinds that do not link a company with a site. */
YtSiteColumn  yt_data_column_for_link   (YtLinkKind  kind);
/* "Cloud region", as a msgid: translate with YT_R_(). */
const char   *yt_data_site_kind_label   (YtSiteKind  kind);
/* The shortest text that reads back as @value ("37.34", not
 * "37.340000000000003"), in the C locale. */
char         *yt_data_number_to_string  (double      value);
/* "2021-12" for a YYYYMM00 date; NULL for 0. */
char         *yt_data_date_to_string    (YtDate      date);

G_END_DECLS
