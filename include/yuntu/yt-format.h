/* yt-format.h: numbers, quantities, ranges and dates as Chinese or English text
 *
 * The one place where stored values (plain numbers, unit tokens, ISO-like
 * dates) become display text.  Every function takes the language explicitly and
 * never reads the process locale, so a report in Chinese comes out the same
 * under LC_ALL=C.  Every string returned is newly allocated UTF-8; free it with
 * g_free().
 *
 * Numbers: Chinese groups by 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²) from 10,000 up
 * and never uses separators ("9000", "230万", "232.6亿"); English uses
 * thousands separators below a million and million / billion / trillion above
 * ("9,000", "2.3 million", "23.26 billion").  The shown number keeps at most 4
 * significant digits (more only when its integer part needs them, so "9,999"
 * and "950,000" are never rounded), trailing zeros are dropped (20, not 20.0),
 * and rounding is half away from zero on the decimal digits a reader would see
 * (1e10 yuan is "100亿元", never "99.99999亿元").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "yuntu/yt-atlas.h"   /* YtQualifier, as the loader stores it */
#include "yuntu/yt-lang.h"

G_BEGIN_DECLS

typedef enum {
  YT_DATE_PRECISION_YEAR = 1,   /* "2017"       */
  YT_DATE_PRECISION_MONTH,      /* "2017-05"    */
  YT_DATE_PRECISION_DAY,        /* "2017-05-21" */
} YtDatePrecision;

/* Whether @unit is one of the unit.type tokens of the schema ("CNY", "server",
 * "data-centre", "count", …).  The formatting functions reject other tokens. */
gboolean     yt_format_unit_is_known    (const char       *unit);

/* A bare number, as for unit "count": "230万" / "2.3 million".  NULL for NaN
 * or infinity. */
char        *yt_format_number           (YtLang            lang,
                                         double            value);

/* A number with its unit and qualifier:
 *   (ZH, 2e10, "CNY", EXACT)          "200亿元"       / "20 billion yuan"
 *   (ZH, 3.27e9, "USD", EXACT)        "32.7亿美元"    / "US$3.27 billion"
 *   (ZH, 9000, "enterprise", MORE_THAN) "9000多家企业" / "more than 9,000 enterprises"
 * Percent and ratio values are never scaled ("54%", "1.25").  A claim reads
 * like an exact value: the interface marks claims, not the number.  NULL for
 * NaN, infinity or an unknown unit. */
char        *yt_format_quantity         (YtLang            lang,
                                         double            value,
                                         const char       *unit,
                                         YtQualifier       qualifier);

/* Same as yt_format_quantity (lang, value, "percent", YT_QUALIFIER_EXACT). */
char        *yt_format_percent          (YtLang            lang,
                                         double            value);

/* A range of values, low <= high: "118亿—120亿元" / "11.8–12 billion yuan".
 * Equal ends give the single value. */
char        *yt_format_range            (YtLang            lang,
                                         double            low,
                                         double            high,
                                         const char       *unit);

/* Plain integer for page numbers and counts in the UI: "1,234" / "1234". */
char        *yt_format_integer          (YtLang            lang,
                                         gint64            value);

/* "2016—2020年" / "2016–2020"; equal years give "2017年" / "2017".
 * Years 1–9999, first_year <= last_year. */
char        *yt_format_year_range       (YtLang            lang,
                                         guint             first_year,
                                         guint             last_year);

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" strictly (real calendar days, year
 * 1 or later).  Fields finer than the precision are set to 0.  Returns FALSE
 * for anything else, including NULL, without a warning: dates come from data. */
gboolean     yt_format_parse_date       (const char       *text,
                                         YtDatePrecision  *precision,
                                         guint            *year,
                                         guint            *month,
                                         guint            *day);

/* "2017年5月21日" / "21 May 2017", "2017年5月" / "May 2017", "2017年" / "2017".
 * NULL when yt_format_parse_date() rejects @text. */
char        *yt_format_date             (YtLang            lang,
                                         const char       *text);

/* The same from fields, as a YtDate holds them (YT_DATE_YEAR() etc.): month 0
 * gives the year alone, day 0 the month.  NULL for a date that does not exist
 * (2017-02-29, a day without a month, year 0), without a warning. */
char        *yt_format_date_parts       (YtLang            lang,
                                         guint             year,
                                         guint             month,
                                         guint             day);

G_END_DECLS
