/* test-format.c: numbers, quantities, ranges and dates read right in both languages
 *
 * The tables hold every figure of FACTS.md §5 and the examples, in
 * Chinese and English, then the edges: powers of ten where the scale word
 * changes, rounding that carries into the next scale, and bad input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <math.h>
#include <yuntu/yuntu.h>

typedef struct {
  double       value;
  const char  *unit;
  YtQualifier  qualifier;
  const char  *zh;
  const char  *en;
} QuantityCase;

#define EXACT     YT_QUALIFIER_EXACT
#define MORE_THAN YT_QUALIFIER_MORE_THAN

/* FACTS.md §5 row by row, then figures of §3 (E8–E14).  Where the sheet writes
 * words no unit token carries (台服务器, 名 technicians, 标准机架, 币种不详),
 * the expected text is the nearest token's: the module gives the number and the
 * unit word, the data gives the rest. */
static const QuantityCase facts_cases[] = {
  { 20e9,     "CNY",        EXACT,     "200亿元",          "20 billion yuan" },
  { 3.27e9,   "USD",        EXACT,     "32.7亿美元",       "US$3.27 billion" },
  { 2e9,      "CNY",        EXACT,     "20亿元",           "2 billion yuan" },
  { 3.08e9,   "CNY",        EXACT,     "30.8亿元",         "3.08 billion yuan" },
  { 5e9,      "CNY",        EXACT,     "50亿元",           "5 billion yuan" },
  { 9000,     "enterprise", MORE_THAN, "9000多家企业",     "more than 9,000 enterprises" },
  { 120e9,    "USD",        YT_QUALIFIER_AT_LEAST, "至少1200亿美元", "at least US$120 billion" },
  { 3e6,      "server",     EXACT,     "300万台",          "3 million servers" },
  { 2.9e9,    "USD",        EXACT,     "29亿美元",         "US$2.9 billion" },
  { 2.63e9,   "EUR",        EXACT,     "26.3亿欧元",       "€2.63 billion" },
  { 2.24e9,   "count",      EXACT,     "22.4亿",           "2.24 billion" },
  { 10000,    "count",      MORE_THAN, "1万多",            "more than 10,000" },
  { 10000,    "person",     MORE_THAN, "1万多人",          "more than 10,000 people" },
  { 6.6e9,    "USD",        EXACT,     "66亿美元",         "US$6.6 billion" },
  { 2.3e6,    "developer",  EXACT,     "230万名开发者",    "2.3 million developers" },
  { 4500,     "service",    EXACT,     "4500项服务",       "4,500 services" },
  { 23.26e9,  "CNY",        EXACT,     "232.6亿元",        "23.26 billion yuan" },
  { 950000,   "server",     EXACT,     "95万台",           "950,000 servers" },
  { 1.32e6,   "server",     EXACT,     "132万台",          "1.32 million servers" },
  { 4e6,      "server",     EXACT,     "400万台",          "4 million servers" },
  { 500000,   "rack",       EXACT,     "50万架",       "500,000 racks" },
  { 1.05e9,   "CNY",        EXACT,     "10.5亿元",         "1.05 billion yuan" },
  { 200e9,    "CNY",        EXACT,     "2000亿元",         "200 billion yuan" },
  { 28e9,     "USD",        EXACT,     "280亿美元",        "US$28 billion" },
  { 380e9,    "CNY",        EXACT,     "3800亿元",         "380 billion yuan" },
  { 53e9,     "USD",        EXACT,     "530亿美元",        "US$53 billion" },
  { 1e9,      "USD",        EXACT,     "10亿美元",         "US$1 billion" },
  { 40e9,     "CNY",        MORE_THAN, "400多亿元",        "more than 40 billion yuan" },
  { 4e6,      "server",     MORE_THAN, "400多万台",        "more than 4 million servers" },
  { 17.5e9,   "KES",        EXACT,     "175亿肯尼亚先令",  "KSh 17.5 billion" },
  { 175e9,    "KES",        EXACT,     "1750亿肯尼亚先令", "KSh 175 billion" },
  { 600000,   "server",     EXACT,     "60万台",           "600,000 servers" },
  { 400000,   "m2",         EXACT,     "40万平方米",       "400,000 m²" },
  { 1000,     "mu",         EXACT,     "1000亩",           "1,000 mu" },
  { 67,       "ha",         YT_QUALIFIER_ABOUT, "约67公顷", "about 67 ha" },
  { 65,       "percent",    YT_QUALIFIER_AT_LEAST, "至少65%", "at least 65%" },
  { 1.25,     "ratio",      YT_QUALIFIER_UP_TO, "最高1.25",   "up to 1.25" },
  { 1.2,      "ratio",      YT_QUALIFIER_LESS_THAN, "不到1.2", "less than 1.2" },
  { 540000,   "rack",       EXACT,     "54万架",           "540,000 racks" },
  { 190e9,    "CNY",        MORE_THAN, "1900多亿元",       "more than 190 billion yuan" },
  { 19,       "data-centre", EXACT,    "19个数据中心",     "19 data centres" },
  { 70,       "percent",    MORE_THAN, "超过70%",          "more than 70%" },
  { 21.5e9,   "CNY",        YT_QUALIFIER_ABOUT, "约215亿元", "about 21.5 billion yuan" },
  { 500000,   "rack",       YT_QUALIFIER_TARGET, "目标50万架", "target: 500,000 racks" },
  { 800000,   "rack",       EXACT,     "80万架",           "800,000 racks" },
  { 4e6,      "server",     YT_QUALIFIER_FORECAST, "预计400万台", "expected 4 million servers" },
};

/* The issue's own examples and every unit token. */
static const QuantityCase unit_cases[] = {
  { 2.3e6,    "count",        EXACT,     "230万",          "2.3 million" },
  { 9000,     "count",        EXACT,     "9000",           "9,000" },
  { 2.3e6,    "count",        MORE_THAN, "230多万",        "more than 2.3 million" },
  { 54,       "percent",      EXACT,     "54%",            "54%" },
  { 1.25,     "ratio",        EXACT,     "1.25",           "1.25" },
  { 1.3e9,    "GBP",          EXACT,     "13亿英镑",       "£1.3 billion" },
  { 8e8,      "HKD",          EXACT,     "8亿港元",        "HK$800 million" },
  { 12e9,     "PKR",          EXACT,     "120亿巴基斯坦卢比", "Rs 12 billion" },
  { 20e9,     "PHP",          EXACT,     "200亿菲律宾比索", "PHP 20 billion" },
  { 1.9e9,    "MMK",          YT_QUALIFIER_FORECAST, "预计19亿缅元", "expected 1.9 billion kyats" },
  { 2,        "rack",         EXACT,     "2架",        "2 racks" },
  { 1,        "rack",         EXACT,     "1架",        "1 rack" },
  { 1,        "server",       EXACT,     "1台",            "1 server" },
  { 8,        "data-centre",  EXACT,     "8个数据中心",    "8 data centres" },
  { 1,        "data-centre",  EXACT,     "1个数据中心",    "1 data centre" },
  { 108,      "country",      EXACT,     "108个国家",      "108 countries" },
  { 1,        "country",      EXACT,     "1个国家",        "1 country" },
  { 1,        "person",       EXACT,     "1人",            "1 person" },
  { 300,      "person",       EXACT,     "300人",          "300 people" },
  { 12,       "project",      EXACT,     "12个项目",       "12 projects" },
  { 3,        "organisation", EXACT,     "3个机构",        "3 organisations" },
  { 2,        "programme",    EXACT,     "2期",            "2 programmes" },
  { 1,        "programme",    EXACT,     "1期",            "1 programme" },
  { 1,        "enterprise",   EXACT,     "1家企业",        "1 enterprise" },
  { 1,        "developer",    EXACT,     "1名开发者",      "1 developer" },
  { 1,        "service",      EXACT,     "1项服务",        "1 service" },
  { 3.5,      "km2",          EXACT,     "3.5平方公里",    "3.5 km²" },
  { 150,      "MW",           EXACT,     "150兆瓦",        "150 MW" },
  { 1,        "year",         EXACT,     "1年",            "1 year" },
  { 20,       "year",         MORE_THAN, "20多年",         "more than 20 years" },
  { 1.5,      "year",         EXACT,     "1.5年",          "1.5 years" },
  { 2.5e6,    "m2",           EXACT,     "250万平方米",    "2.5 million m²" },
  { 1.5,      "person",       EXACT,     "1.5人",          "1.5 people" },
  { 1e6,      "server",       EXACT,     "100万台",        "1 million servers" },
};

/* Every qualifier on one figure, then the 多 / 超过 choice in Chinese. */
static const QuantityCase qualifier_cases[] = {
  { 20e9,  "CNY",     EXACT,                    "200亿元",       "20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_CLAIM,       "200亿元",       "20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_ABOUT,       "约200亿元",     "about 20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_AT_LEAST,    "至少200亿元",   "at least 20 billion yuan" },
  { 20e9,  "CNY",     MORE_THAN,                "200多亿元",     "more than 20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_UP_TO,       "最高200亿元",   "up to 20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_LESS_THAN,   "不到200亿元",   "less than 20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_TARGET,      "目标200亿元",   "target: 20 billion yuan" },
  { 20e9,  "CNY",     YT_QUALIFIER_FORECAST,    "预计200亿元",   "expected 20 billion yuan" },
  { 3.27e9, "USD",    YT_QUALIFIER_ABOUT,       "约32.7亿美元",  "about US$3.27 billion" },
  { 3.27e9, "USD",    MORE_THAN,                "超过32.7亿美元", "more than US$3.27 billion" },
  { 1.5e9, "CNY",     MORE_THAN,                "超过15亿元",    "more than 1.5 billion yuan" },
  { 1e8,   "person",  MORE_THAN,                "1亿多人",       "more than 100 million people" },
  { 1e12,  "CNY",     MORE_THAN,                "超过1万亿元",   "more than 1 trillion yuan" },
  { 5,     "country", MORE_THAN,                "超过5个国家",   "more than 5 countries" },
  { 10,    "country", MORE_THAN,                "10多个国家",    "more than 10 countries" },
  { 123,   "server",  MORE_THAN,                "超过123台",     "more than 123 servers" },
  { 54,    "percent", MORE_THAN,                "超过54%",       "more than 54%" },
  { 50,    "percent", MORE_THAN,                "超过50%",       "more than 50%" },
  { 1.25,  "ratio",   YT_QUALIFIER_LESS_THAN,   "不到1.25",      "less than 1.25" },
  { 54,    "percent", YT_QUALIFIER_ABOUT,       "约54%",         "about 54%" },
};

/* Scale boundaries, rounding and signs. */
static const QuantityCase edge_cases[] = {
  { 0,          "count", EXACT, "0",           "0" },
  { -0.0,       "count", EXACT, "0",           "0" },
  { 0,          "CNY",   EXACT, "0元",         "0 yuan" },
  { 0,          "server", EXACT, "0台",        "0 servers" },
  { -20e9,      "CNY",   EXACT, "-200亿元",    "-20 billion yuan" },
  { -3.27e9,    "USD",   EXACT, "-32.7亿美元", "-US$3.27 billion" },
  { -9000,      "count", EXACT, "-9000",       "-9,000" },
  { 9999,       "count", EXACT, "9999",        "9,999" },
  { 10000,      "count", EXACT, "1万",         "10,000" },
  { 12345,      "count", EXACT, "1.235万",     "12,345" },
  { -12345,     "count", EXACT, "-1.235万",    "-12,345" },
  { 99999,      "count", EXACT, "10万", "99,999" },
  { 999999,     "count", EXACT, "100万",       "999,999" },
  { 999999.5,   "count", EXACT, "100万",       "1 million" },
  { 1234567,    "count", EXACT, "123.5万",     "1.235 million" },
  { 99999999,   "count", EXACT, "1亿",         "100 million" },
  { 1e8,        "count", EXACT, "1亿",         "100 million" },
  { 1e10,       "CNY",   EXACT, "100亿元",     "10 billion yuan" },
  { 1e12,       "count", EXACT, "1万亿",       "1 trillion" },
  { 1.5e12,     "count", EXACT, "1.5万亿",     "1.5 trillion" },
  { 999.95e9,   "count", EXACT, "1万亿",       "1 trillion" },
  { 1e16,       "count", EXACT, "10000万亿",   "10,000 trillion" },
  { 1.23456e16, "count", EXACT, "12346万亿",   "12,346 trillion" },
  { 0.1 + 0.2,  "count", EXACT, "0.3",         "0.3" },
  { 0.05,       "percent", EXACT, "0.05%",     "0.05%" },
  { 0.12345,    "ratio", EXACT, "0.1235",      "0.1235" },
  { 2.675,      "ratio", EXACT, "2.675",       "2.675" },
  { 1.0005,     "ratio", EXACT, "1.001",       "1.001" },
  { 1.25,       "percent", EXACT, "1.25%",     "1.25%" },
  { 1e6,        "percent", EXACT, "1000000%",  "1,000,000%" },
  { 1234.5,     "count", EXACT, "1235",        "1,235" },
  { 1.5e-7,     "ratio", EXACT, "0.00000015",  "0.00000015" },
};

static void
check_quantities (const QuantityCase *cases,
                  gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *zh = yt_format_quantity (YT_LANG_ZH, cases[i].value, cases[i].unit, cases[i].qualifier);
      g_autofree char *en = yt_format_quantity (YT_LANG_EN, cases[i].value, cases[i].unit, cases[i].qualifier);

      g_test_message ("case %" G_GSIZE_FORMAT ": %.17g %s", i, cases[i].value, cases[i].unit);
      g_assert_cmpstr (zh, ==, cases[i].zh);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

static void
test_facts (void)
{
  check_quantities (facts_cases, G_N_ELEMENTS (facts_cases));
}

static void
test_units (void)
{
  check_quantities (unit_cases, G_N_ELEMENTS (unit_cases));
}

static void
test_qualifiers (void)
{
  check_quantities (qualifier_cases, G_N_ELEMENTS (qualifier_cases));
}

static void
test_edges (void)
{
  check_quantities (edge_cases, G_N_ELEMENTS (edge_cases));
}

static void
test_number_and_percent (void)
{
  g_autofree char *zh = yt_format_number (YT_LANG_ZH, 500000);
  g_autofree char *en = yt_format_number (YT_LANG_EN, 500000);
  g_autofree char *zh_pct = yt_format_percent (YT_LANG_ZH, 54);
  g_autofree char *en_pct = yt_format_percent (YT_LANG_EN, 12.5);

  g_assert_cmpstr (zh, ==, "50万");
  g_assert_cmpstr (en, ==, "500,000");
  g_assert_cmpstr (zh_pct, ==, "54%");
  g_assert_cmpstr (en_pct, ==, "12.5%");
}

/* ------------------------------------------------------------ ranges */

typedef struct {
  double      low;
  double      high;
  const char *unit;
  const char *zh;
  const char *en;
} RangeCase;

static const RangeCase range_cases[] = {
  { 11.8e9, 12e9,   "CNY",     "118亿—120亿元",       "11.8–12 billion yuan" },
  { 11.8e9, 12e9,   "USD",     "118亿—120亿美元",     "US$11.8–12 billion" },
  { 9e5,    1.2e6,  "server",  "90万—120万台",        "900,000–1.2 million servers" },
  { 9e8,    1.2e9,  "USD",     "9亿—12亿美元",        "US$900 million–1.2 billion" },
  { 50,     60,     "percent", "50%—60%",             "50%–60%" },
  { 1.2,    1.5,    "ratio",   "1.2—1.5",             "1.2–1.5" },
  { 2,      3,      "country", "2—3个国家",           "2–3 countries" },
  { 9000,   12000,  "count",   "9000—1.2万",          "9,000–12,000" },
  { -5,     10,     "percent", "-5%—10%",             "-5%–10%" },
  { 20e9,   20e9,   "CNY",     "200亿元",             "20 billion yuan" },
  { 1,      1.00001, "server", "1台",                 "1 server" },
};

static void
test_ranges (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      const RangeCase *c = &range_cases[i];
      g_autofree char *zh = yt_format_range (YT_LANG_ZH, c->low, c->high, c->unit);
      g_autofree char *en = yt_format_range (YT_LANG_EN, c->low, c->high, c->unit);

      g_assert_cmpstr (zh, ==, c->zh);
      g_assert_cmpstr (en, ==, c->en);
    }
}

static void
test_year_ranges (void)
{
  static const struct { guint first, last; const char *zh, *en; } cases[] = {
    { 2016, 2020, "2016—2020年", "2016–2020" },
    { 2017, 2017, "2017年",      "2017" },
    { 1,    9999, "1—9999年",    "1–9999" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *zh = yt_format_year_range (YT_LANG_ZH, cases[i].first, cases[i].last);
      g_autofree char *en = yt_format_year_range (YT_LANG_EN, cases[i].first, cases[i].last);

      g_assert_cmpstr (zh, ==, cases[i].zh);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

/* ------------------------------------------------------------ integers */

static void
test_integers (void)
{
  static const struct { gint64 value; const char *zh, *en; } cases[] = {
    { 0,             "0",                    "0" },
    { 3,             "3",                    "3" },
    { 12,            "12",                   "12" },
    { 999,           "999",                  "999" },
    { 1000,          "1000",                 "1,000" },
    { 1234567,       "1234567",              "1,234,567" },
    { -1234,         "-1234",                "-1,234" },
    { -123,          "-123",                 "-123" },
    { G_MAXINT64,    "9223372036854775807",  "9,223,372,036,854,775,807" },
    { G_MININT64,    "-9223372036854775808", "-9,223,372,036,854,775,808" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *zh = yt_format_integer (YT_LANG_ZH, cases[i].value);
      g_autofree char *en = yt_format_integer (YT_LANG_EN, cases[i].value);

      g_assert_cmpstr (zh, ==, cases[i].zh);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
}

/* ------------------------------------------------------------ dates */

static const struct { const char *text; const char *zh, *en; } date_cases[] = {
  { "2017-05-21", "2017年5月21日",  "21 May 2017" },
  { "2017-05",    "2017年5月",      "May 2017" },
  { "2017",       "2017年",         "2017" },
  { "2014-12-17", "2014年12月17日", "17 December 2014" },
  { "2021-10-09", "2021年10月9日",  "9 October 2021" },
  { "2016-02-29", "2016年2月29日",  "29 February 2016" },
  { "2000-02-29", "2000年2月29日",  "29 February 2000" },
  { "2022-01",    "2022年1月",      "January 2022" },
  { "0001-01-01", "1年1月1日",      "1 January 1" },
};

static const char * const bad_dates[] = {
  "", "17", "201", "20170", "2017-", "2017-5", "2017-5-21", "2017-05-1", "2017-13",
  "2017-00", "2017-05-00", "2017-05-32", "2017-04-31", "2017-02-29", "1900-02-29",
  "0000", "abcd", "2017/05/21", "2017-05-21T09:41", " 2017", "2017 ", "+017",
  "2017-05-21x", "２０１７", "-2017", "2017-0a", "2017-05-2a",
};

static void
test_dates (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *zh = yt_format_date (YT_LANG_ZH, date_cases[i].text);
      g_autofree char *en = yt_format_date (YT_LANG_EN, date_cases[i].text);

      g_assert_cmpstr (zh, ==, date_cases[i].zh);
      g_assert_cmpstr (en, ==, date_cases[i].en);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_test_message ("bad date '%s'", bad_dates[i]);
      g_assert_false (yt_format_parse_date (bad_dates[i], NULL, NULL, NULL, NULL));
      g_assert_null (yt_format_date (YT_LANG_ZH, bad_dates[i]));
      g_assert_null (yt_format_date (YT_LANG_EN, bad_dates[i]));
    }
  g_assert_false (yt_format_parse_date (NULL, NULL, NULL, NULL, NULL));
  g_assert_null (yt_format_date (YT_LANG_EN, NULL));
}

static void
test_parse_date_fields (void)
{
  YtDatePrecision p;
  guint y, m, d;

  g_assert_true (yt_format_parse_date ("2017-05-21", &p, &y, &m, &d));
  g_assert_cmpint (p, ==, YT_DATE_PRECISION_DAY);
  g_assert_cmpuint (y, ==, 2017);
  g_assert_cmpuint (m, ==, 5);
  g_assert_cmpuint (d, ==, 21);

  g_assert_true (yt_format_parse_date ("2017-05", &p, &y, &m, &d));
  g_assert_cmpint (p, ==, YT_DATE_PRECISION_MONTH);
  g_assert_cmpuint (m, ==, 5);
  g_assert_cmpuint (d, ==, 0);

  g_assert_true (yt_format_parse_date ("2017", &p, &y, &m, &d));
  g_assert_cmpint (p, ==, YT_DATE_PRECISION_YEAR);
  g_assert_cmpuint (y, ==, 2017);
  g_assert_cmpuint (m, ==, 0);
}

/* The fields of a YtDate: month and day 0 when the data gives less. */
static void
test_date_parts (void)
{
  static const struct { guint y, m, d; const char *zh, *en; } cases[] = {
    { 2017, 5,  21, "2017年5月21日",  "21 May 2017" },
    { 2017, 5,  0,  "2017年5月",      "May 2017" },
    { 2017, 0,  0,  "2017年",         "2017" },
    { 2014, 12, 17, "2014年12月17日", "17 December 2014" },
    { 2016, 2,  29, "2016年2月29日",  "29 February 2016" },
  };
  static const guint bad[][3] = {
    { 0, 0, 0 }, { 10000, 1, 1 }, { 2017, 13, 0 }, { 2017, 0, 5 }, { 2017, 2, 29 },
    { 2017, 4, 31 }, { 2017, 1, 32 }, { 2017, 1, 256 + 5 }, { 2017, 256 + 1, 1 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *zh = yt_format_date_parts (YT_LANG_ZH, cases[i].y, cases[i].m, cases[i].d);
      g_autofree char *en = yt_format_date_parts (YT_LANG_EN, cases[i].y, cases[i].m, cases[i].d);

      g_assert_cmpstr (zh, ==, cases[i].zh);
      g_assert_cmpstr (en, ==, cases[i].en);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_null (yt_format_date_parts (YT_LANG_ZH, bad[i][0], bad[i][1], bad[i][2]));
      g_assert_null (yt_format_date_parts (YT_LANG_EN, bad[i][0], bad[i][1], bad[i][2]));
    }
}

/* ------------------------------------------------------------ locale */

/* Neither LC_NUMERIC (decimal comma) nor LC_TIME (month names) may leak in. */
static void
test_locale_independent (void)
{
  static const char * const locales[] = { "de_DE.UTF-8", "fr_FR.UTF-8", "zh_CN.UTF-8", "C" };

  for (gsize i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autofree char *old = g_strdup (setlocale (LC_ALL, NULL));

      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;
      {
        g_autofree char *en = yt_format_quantity (YT_LANG_EN, 3.27e9, "USD", EXACT);
        g_autofree char *zh = yt_format_quantity (YT_LANG_ZH, 23.26e9, "CNY", EXACT);
        g_autofree char *ratio = yt_format_quantity (YT_LANG_EN, 1.25, "ratio", EXACT);
        g_autofree char *date = yt_format_date (YT_LANG_EN, "2017-05-21");

        setlocale (LC_ALL, old);
        g_assert_cmpstr (en, ==, "US$3.27 billion");
        g_assert_cmpstr (zh, ==, "232.6亿元");
        g_assert_cmpstr (ratio, ==, "1.25");
        g_assert_cmpstr (date, ==, "21 May 2017");
      }
    }
}

/* ------------------------------------------------------------ tokens and bad arguments */

/* The unit table must cover the schema's enumeration. */
static void
check_schema_tokens (const char *schema,
                     const char *define,
                     gboolean  (*known) (const char *token))
{
  g_autofree char *start_tag = g_strdup_printf ("<define name=\"%s\">", define);
  const char *start = strstr (schema, start_tag);
  const char *end = start != NULL ? strstr (start, "</define>") : NULL;
  g_autoptr(GRegex) regex = g_regex_new ("<value type=\"token\">([^<]+)</value>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *body = NULL;
  guint n = 0;

  g_assert_nonnull (end);
  body = g_strndup (start, end - start);
  g_regex_match (regex, body, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
    {
      g_autofree char *token = g_match_info_fetch (match, 1);

      g_test_message ("%s token %s", define, token);
      g_assert_true (known (token));
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_schema_tokens (void)
{
  const char *root = g_getenv ("YUNTU_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autofree char *schema = NULL;

  if (root == NULL)
    {
      g_test_skip ("YUNTU_SOURCE_ROOT not set");
      return;
    }
  path = g_build_filename (root, "resources", "yuntu-atlas.rng", NULL);
  if (!g_file_get_contents (path, &schema, NULL, NULL))
    {
      g_test_skip ("no schema");
      return;
    }
  check_schema_tokens (schema, "unit.type", yt_format_unit_is_known);
}

static void
test_tokens (void)
{
  g_assert_false (yt_format_unit_is_known ("cny"));
  g_assert_false (yt_format_unit_is_known (""));
  g_assert_false (yt_format_unit_is_known (NULL));
  g_assert_true (yt_format_unit_is_known ("data-centre"));
  g_assert_true (yt_format_unit_is_known ("count"));
}

/* Bad arguments are programming errors: a critical and NULL, never a crash. */
static void
expect_null_with_critical (char *result)
{
  g_test_assert_expected_messages ();
  g_assert_null (result);
}

static void
test_bad_arguments (void)
{
  static const double bad_values[] = { NAN, INFINITY, -INFINITY };

  for (gsize i = 0; i < G_N_ELEMENTS (bad_values); i++)
    {
      g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*isfinite*");
      expect_null_with_critical (yt_format_number (YT_LANG_ZH, bad_values[i]));
      g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*isfinite*");
      expect_null_with_critical (yt_format_quantity (YT_LANG_EN, bad_values[i], "CNY", EXACT));
      g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*isfinite*");
      expect_null_with_critical (yt_format_range (YT_LANG_EN, 0, bad_values[i], "CNY"));
    }
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*info != NULL*");
  expect_null_with_critical (yt_format_quantity (YT_LANG_EN, 1, "parsec", EXACT));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*info != NULL*");
  expect_null_with_critical (yt_format_quantity (YT_LANG_ZH, 1, NULL, EXACT));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*qualifier*");
  expect_null_with_critical (yt_format_quantity (YT_LANG_ZH, 1, "CNY", (YtQualifier) 99));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*lang*");
  expect_null_with_critical (yt_format_quantity ((YtLang) 7, 1, "CNY", EXACT));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*lang*");
  expect_null_with_critical (yt_format_integer ((YtLang) 7, 1));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*low <= high*");
  expect_null_with_critical (yt_format_range (YT_LANG_ZH, 2, 1, "CNY"));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*first_year <= last_year*");
  expect_null_with_critical (yt_format_year_range (YT_LANG_ZH, 2020, 2016));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*first_year >= 1*");
  expect_null_with_critical (yt_format_year_range (YT_LANG_EN, 0, 2016));
  g_test_expect_message ("Yuntu", G_LOG_LEVEL_CRITICAL, "*lang*");
  expect_null_with_critical (yt_format_date_parts ((YtLang) 7, 2017, 5, 21));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/facts", test_facts);
  g_test_add_func ("/format/units", test_units);
  g_test_add_func ("/format/qualifiers", test_qualifiers);
  g_test_add_func ("/format/edges", test_edges);
  g_test_add_func ("/format/number-and-percent", test_number_and_percent);
  g_test_add_func ("/format/ranges", test_ranges);
  g_test_add_func ("/format/year-ranges", test_year_ranges);
  g_test_add_func ("/format/integers", test_integers);
  g_test_add_func ("/format/dates", test_dates);
  g_test_add_func ("/format/parse-date-fields", test_parse_date_fields);
  g_test_add_func ("/format/date-parts", test_date_parts);
  g_test_add_func ("/format/locale-independent", test_locale_independent);
  g_test_add_func ("/format/schema-tokens", test_schema_tokens);
  g_test_add_func ("/format/tokens", test_tokens);
  g_test_add_func ("/format/bad-arguments", test_bad_arguments);

  return g_test_run ();
}
