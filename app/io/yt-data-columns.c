/* yt-data-columns.c: the columns of exported sites, which imports read back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "yt-data-columns.h"

#define S YT_GDAL_FIELD_STRING
#define R YT_GDAL_FIELD_REAL

const YtDataColumn yt_site_columns[YT_N_SITE_COLS] = {
  { "id", S }, { "name", S }, { "name_en", S }, { "name_zh", S }, { "kind", S }, { "kind_name", S },
  { "operator", S }, { "operator_id", S }, { "investors", S }, { "builders", S },
  { "financiers", S }, { "partners", S }, { "customers", S }, { "members", S },
  { "region", S }, { "region_iso", S }, { "parent", S }, { "code", S },
  { "announced", S }, { "opened", S }, { "closed", S }, { "lat", R }, { "lon", R },
  { "precision", S }, { "sources", S }, { "source_urls", S },
};

YtSiteColumn
yt_data_column_for_link (YtLinkKind kind)
{
  switch (kind)
    {
    case YT_LINK_OPERATOR: return YT_SITE_COL_OPERATOR;
    case YT_LINK_INVESTOR: return YT_SITE_COL_INVESTORS;
    case YT_LINK_BUILDER: return YT_SITE_COL_BUILDERS;
    case YT_LINK_FINANCIER: return YT_SITE_COL_FINANCIERS;
    case YT_LINK_PARTNER: return YT_SITE_COL_PARTNERS;
    case YT_LINK_CUSTOMER: return YT_SITE_COL_CUSTOMERS;
    case YT_LINK_MEMBER: return YT_SITE_COL_MEMBERS;
    case YT_LINK_SPANS:
    case YT_N_LINK_KINDS:
    default: return YT_N_SITE_COLS;
    }
}

const char *
yt_data_site_kind_label (YtSiteKind kind)
{
  static const char * const labels[YT_N_SITE_KINDS] = {
    N_("Computing hub"), N_("Data-centre cluster"), N_("Cloud region"), N_("Park or zone"),
    N_("Data centre"), N_("Project"), N_("Office"), N_("Event"),
  };

  g_return_val_if_fail (kind < YT_N_SITE_KINDS, NULL);
  return labels[kind];
}

char *
yt_data_number_to_string (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int digits = 6; digits < 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        return g_strdup (buffer);
    }
  return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value));
}

char *
yt_data_date_to_string (YtDate date)
{
  if (date == 0)
    return NULL;
  if (YT_DATE_MONTH (date) == 0)
    return g_strdup_printf ("%04d", YT_DATE_YEAR (date));
  if (YT_DATE_DAY (date) == 0)
    return g_strdup_printf ("%04d-%02d", YT_DATE_YEAR (date), YT_DATE_MONTH (date));
  return g_strdup_printf ("%04d-%02d-%02d", YT_DATE_YEAR (date), YT_DATE_MONTH (date), YT_DATE_DAY (date));
}
