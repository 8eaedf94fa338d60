/* yt-format.c: numbers, quantities, ranges and dates as Chinese or English text
 *
 * Numbers are turned into decimal digits once (15 significant digits, the most
 * a double holds faithfully) and then rounded, scaled and grouped as text.
 * Working on digits rather than on doubles is what keeps 1e10 / 1e8 from
 * showing as 99.99999 and makes "half away from zero" apply to the digits a
 * reader sees, not to a binary approximation of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "yuntu/yt-format.h"

/* ------------------------------------------------------------ tables */

typedef struct {
  const char *token;
  const char *zh_suffix;   /* after the number: "元", "台", "个数据中心" */
  const char *en_prefix;   /* before the number: "US$", "€", "KSh " */
  const char *en_one;      /* after the number when it reads exactly "1" */
  const char *en_many;     /* after any other number */
  gboolean    scaled;      /* takes 万/亿, million/billion */
  gboolean    repeat;      /* a range shows the unit on both ends ("50%—60%") */
  gboolean    duo;         /* Chinese "more than" may use 多 ("9000多家") */
} YtUnitText;

/* Chinese measure words follow FACTS.md where it has an example: 台 for servers
 * ("95万台", E11), 架 for racks ("80万架", E14), 家 for enterprises, 项 for
 * services (§5).  Elsewhere the measure word comes with its noun (个数据中心,
 * 名开发者) so that a bare value still says what it counts.  po/GLOSSARY.md
 * lists the same words for translators. */
static const YtUnitText units[] = {
  { "CNY",          "元",         "",     " yuan",         " yuan",          TRUE,  FALSE, TRUE  },
  { "USD",          "美元",       "US$",  "",              "",               TRUE,  FALSE, TRUE  },
  { "EUR",          "欧元",       "€",    "",              "",               TRUE,  FALSE, TRUE  },
  { "GBP",          "英镑",       "£",    "",              "",               TRUE,  FALSE, TRUE  },
  { "KES",          "肯尼亚先令", "KSh ", "",              "",               TRUE,  FALSE, TRUE  },
  { "HKD",          "港元",       "HK$",  "",              "",               TRUE,  FALSE, TRUE  },
  { "PKR",          "巴基斯坦卢比", "Rs ", "",             "",               TRUE,  FALSE, TRUE  },
  { "PHP",          "菲律宾比索", "PHP ", "",              "",               TRUE,  FALSE, TRUE  },
  { "MMK",          "缅元",       "",     " kyat",         " kyats",         TRUE,  FALSE, TRUE  },
  { "count",        "",           "",     "",              "",               TRUE,  FALSE, TRUE  },
  { "percent",      "%",          "",     "%",             "%",              FALSE, TRUE,  FALSE },
  { "ratio",        "",           "",     "",              "",               FALSE, FALSE, FALSE },
  { "server",       "台",         "",     " server",       " servers",       TRUE,  FALSE, TRUE  },
  { "rack",         "架",         "",     " rack",         " racks",         TRUE,  FALSE, TRUE  },
  { "m2",           "平方米",     "",     " m²",           " m²",            TRUE,  FALSE, TRUE  },
  { "ha",           "公顷",       "",     " ha",           " ha",            TRUE,  FALSE, TRUE  },
  { "mu",           "亩",         "",     " mu",           " mu",            TRUE,  FALSE, TRUE  },
  { "km2",          "平方公里",   "",     " km²",          " km²",           TRUE,  FALSE, TRUE  },
  { "MW",           "兆瓦",       "",     " MW",           " MW",            TRUE,  FALSE, TRUE  },
  { "year",         "年",         "",     " year",         " years",         TRUE,  FALSE, TRUE  },
  { "enterprise",   "家企业",     "",     " enterprise",   " enterprises",   TRUE,  FALSE, TRUE  },
  { "developer",    "名开发者",   "",     " developer",    " developers",    TRUE,  FALSE, TRUE  },
  { "service",      "项服务",     "",     " service",      " services",      TRUE,  FALSE, TRUE  },
  { "country",      "个国家",     "",     " country",      " countries",     TRUE,  FALSE, TRUE  },
  { "organisation", "个机构",     "",     " organisation", " organisations", TRUE,  FALSE, TRUE  },
  { "programme",    "期",         "",     " programme",    " programmes",    TRUE,  FALSE, TRUE  },
  { "person",       "人",         "",     " person",       " people",        TRUE,  FALSE, TRUE  },
  { "project",      "个项目",     "",     " project",      " projects",      TRUE,  FALSE, TRUE  },
  { "data-centre",  "个数据中心", "",     " data centre",  " data centres",  TRUE,  FALSE, TRUE  },
};

typedef struct {
  const char *token;
  const char *zh_prefix;
  const char *en_prefix;
} YtQualifierText;

/* Chinese "more than" prefers 多 where it reads naturally; 超过 is the fallback
 * (see zh_duo_position). */
static const YtQualifierText qualifiers[] = {
  [YT_QUALIFIER_EXACT]     = { "exact",     "",     ""            },
  [YT_QUALIFIER_ABOUT]     = { "about",     "约",   "about "      },
  [YT_QUALIFIER_AT_LEAST]  = { "at-least",  "至少", "at least "   },
  [YT_QUALIFIER_MORE_THAN] = { "more-than", "超过", "more than "  },
  [YT_QUALIFIER_UP_TO]     = { "up-to",     "最高", "up to "      },
  [YT_QUALIFIER_LESS_THAN] = { "less-than", "不到", "less than "  },
  [YT_QUALIFIER_TARGET]    = { "target",    "目标", "target: "    },
  [YT_QUALIFIER_FORECAST]  = { "forecast",  "预计", "expected "   },
  [YT_QUALIFIER_CLAIM]     = { "claim",     "",     ""            },
};

typedef struct {
  int         exp;         /* power of ten */
  const char *word;
  gboolean    duo_after;   /* "1万多": 多 may follow the word itself */
} YtScale;

/* Largest first.  "1万亿多" is wrong (it is "1万多亿"), hence no 多 after 万亿. */
static const YtScale zh_scales[] = {
  { 12, "万亿", FALSE },
  {  8, "亿",   TRUE  },
  {  4, "万",   TRUE  },
};

static const YtScale en_scales[] = {
  { 12, " trillion", FALSE },
  {  9, " billion",  FALSE },
  {  6, " million",  FALSE },
};

static const char * const en_months[12] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

#define MAX_SHOWN_DIGITS 4
#define EN_DASH "\xe2\x80\x93"   /* – */
#define ZH_DASH "\xe2\x80\x94"   /* — as in "2016—2020年" */

/* ------------------------------------------------------------ decimal digits */

/* DBL_DIG: a decimal of up to 15 digits survives the trip through a double, so
 * these digits are the ones the data was written with, without binary noise. */
#define DEC_DIGITS 15

typedef struct {
  gboolean negative;
  int      n;                    /* significant digits, 0 for zero */
  int      exp;                  /* value = d[0].d[1]d[2]… × 10^exp */
  char     d[DEC_DIGITS + 1];
} YtDecimal;

static void
dec_trim (YtDecimal *dec)
{
  while (dec->n > 0 && dec->d[dec->n - 1] == '0')
    dec->n--;
}

/* g_ascii_formatd: printf's %e would follow LC_NUMERIC's decimal point. */
static void
dec_from_double (double     value,
                 YtDecimal *dec)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *e;

  memset (dec, 0, sizeof *dec);
  dec->negative = value < 0;
  g_ascii_formatd (buf, sizeof buf, "%.14e", fabs (value));
  /* buf is "d.dddddddddddddde±XX" */
  dec->d[0] = buf[0];
  memcpy (dec->d + 1, buf + 2, DEC_DIGITS - 1);
  dec->n = DEC_DIGITS;
  e = strchr (buf, 'e');
  dec->exp = e != NULL ? (int) g_ascii_strtoll (e + 1, NULL, 10) : 0;
  dec_trim (dec);
  if (dec->n == 0)
    dec->negative = FALSE;   /* -0 shows as 0 */
}

/* Half away from zero: the sign is separate, so rounding the magnitude up is it. */
static void
dec_round (YtDecimal *dec,
           int        digits)
{
  gboolean up;
  int i;

  if (dec->n <= digits)
    return;
  up = dec->d[digits] >= '5';
  dec->n = digits;
  for (i = digits - 1; up && i >= 0; i--)
    {
      up = dec->d[i] == '9';
      dec->d[i] = up ? '0' : dec->d[i] + 1;
    }
  if (up)
    {
      dec->d[0] = '1';
      dec->n = 1;
      dec->exp++;
    }
  dec_trim (dec);
}

static char
dec_digit (const YtDecimal *dec,
           int              index)
{
  return index >= 0 && index < dec->n ? dec->d[index] : '0';
}

/* Appends @digits with a comma every three from the right when @group. */
static void
append_grouped (GString    *out,
                const char *digits,
                gsize       len,
                gboolean    group)
{
  for (gsize i = 0; i < len; i++)
    {
      if (group && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* The magnitude of @dec / 10^shift in positional notation, without sign. */
static void
dec_append_plain (const YtDecimal *dec,
                  int              shift,
                  gboolean         group,
                  GString         *out)
{
  int e = dec->exp - shift;
  g_autoptr(GString) whole = g_string_new (NULL);

  if (dec->n == 0 || e < 0)
    g_string_append_c (whole, '0');
  for (int i = 0; dec->n > 0 && i <= e; i++)
    g_string_append_c (whole, dec_digit (dec, i));
  append_grouped (out, whole->str, whole->len, group);

  if (dec->n == 0 || dec->n - 1 <= e)
    return;
  g_string_append_c (out, '.');
  for (int i = e + 1; i < dec->n; i++)
    g_string_append_c (out, dec_digit (dec, i));
}

/* ------------------------------------------------------------ numbers */

typedef struct {
  gboolean       negative;
  const YtScale *scale;      /* NULL: no scale word */
  char          *digits;     /* "232.6", "9,000" */
} YtNumber;

static void
number_clear (YtNumber *num)
{
  g_clear_pointer (&num->digits, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (YtNumber, number_clear)

static const YtScale *
pick_scale (YtLang   lang,
            int      exp,
            gboolean scaled)
{
  const YtScale *table = lang == YT_LANG_ZH ? zh_scales : en_scales;
  gsize n = lang == YT_LANG_ZH ? G_N_ELEMENTS (zh_scales) : G_N_ELEMENTS (en_scales);

  for (gsize i = 0; scaled && i < n; i++)
    if (exp >= table[i].exp)
      return &table[i];
  return NULL;
}

/* Rounding can carry into a new power of ten (9999.9999万 → 1亿), and then the
 * scale changes, so pick, round, and pick again until the scale holds. */
static void
number_init (YtNumber *num,
             YtLang    lang,
             double    value,
             gboolean  scaled)
{
  YtDecimal dec;
  const YtScale *scale;
  int shift;

  dec_from_double (value, &dec);
  for (;;)
    {
      scale = pick_scale (lang, dec.exp, scaled);
      shift = scale != NULL ? scale->exp : 0;
      dec_round (&dec, MAX (MAX_SHOWN_DIGITS, dec.exp - shift + 1));
      if (pick_scale (lang, dec.exp, scaled) == scale)
        break;
    }

  g_autoptr(GString) text = g_string_new (NULL);
  dec_append_plain (&dec, shift, lang == YT_LANG_EN, text);
  num->negative = dec.negative;
  num->scale = scale;
  num->digits = g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
number_is_one (const YtNumber *num)
{
  return !num->negative && num->scale == NULL && g_str_equal (num->digits, "1");
}

static const YtUnitText *
lookup_unit (const char *token)
{
  for (gsize i = 0; token != NULL && i < G_N_ELEMENTS (units); i++)
    if (g_str_equal (units[i].token, token))
      return &units[i];
  return NULL;
}

/* ------------------------------------------------------------ Chinese */

typedef enum {
  DUO_NONE,     /* use the 超过 prefix */
  DUO_DIGITS,   /* "9000多家", "400多亿元": the number ends in 0, 多 stands for the next digit */
  DUO_SCALE,    /* "1万多名": a single digit, 多 stands for the fraction */
} YtDuo;

static YtDuo
zh_duo_position (const YtNumber   *num,
                 const YtUnitText *unit)
{
  gsize len = strlen (num->digits);

  if (!unit->duo || num->negative || strchr (num->digits, '.') != NULL)
    return DUO_NONE;
  if (len >= 2 && num->digits[len - 1] == '0')
    return DUO_DIGITS;
  if (len == 1 && num->digits[0] != '0' && num->scale != NULL && num->scale->duo_after)
    return DUO_SCALE;
  return DUO_NONE;
}

static void
zh_append_number (GString        *out,
                  const YtNumber *num,
                  YtDuo           duo)
{
  if (num->negative)
    g_string_append_c (out, '-');
  g_string_append (out, num->digits);
  if (duo == DUO_DIGITS)
    g_string_append (out, "多");
  if (num->scale != NULL)
    g_string_append (out, num->scale->word);
  if (duo == DUO_SCALE)
    g_string_append (out, "多");
}

static char *
zh_quantity (const YtNumber   *num,
             const YtUnitText *unit,
             YtQualifier       qualifier)
{
  GString *out = g_string_new (NULL);
  YtDuo duo = DUO_NONE;

  if (qualifier == YT_QUALIFIER_MORE_THAN)
    duo = zh_duo_position (num, unit);
  if (duo == DUO_NONE)
    g_string_append (out, qualifiers[qualifier].zh_prefix);
  zh_append_number (out, num, duo);
  g_string_append (out, unit->zh_suffix);
  return g_string_free (out, FALSE);
}

/* GB/T 15835 writes 万/亿/% on both ends of a range ("118亿—120亿元"), the
 * plain unit only once. */
static char *
zh_range (const YtNumber   *low,
          const YtNumber   *high,
          const YtUnitText *unit)
{
  GString *out = g_string_new (NULL);

  zh_append_number (out, low, DUO_NONE);
  if (unit->repeat)
    g_string_append (out, unit->zh_suffix);
  g_string_append (out, ZH_DASH);
  zh_append_number (out, high, DUO_NONE);
  g_string_append (out, unit->zh_suffix);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ English */

/* The sign goes before a currency symbol: "-US$3 billion". */
static void
en_append_number (GString          *out,
                  const YtNumber   *num,
                  const YtUnitText *unit,
                  gboolean          with_scale)
{
  if (num->negative)
    g_string_append_c (out, '-');
  g_string_append (out, unit->en_prefix);
  g_string_append (out, num->digits);
  if (with_scale && num->scale != NULL)
    g_string_append (out, num->scale->word);
}

static char *
en_quantity (const YtNumber   *num,
             const YtUnitText *unit,
             YtQualifier       qualifier)
{
  GString *out = g_string_new (qualifiers[qualifier].en_prefix);

  en_append_number (out, num, unit, TRUE);
  g_string_append (out, number_is_one (num) ? unit->en_one : unit->en_many);
  return g_string_free (out, FALSE);
}

/* "11.8–12 billion yuan", "US$900 million–1.2 billion", "50%–60%": a shared
 * scale word and currency symbol are written once. */
static char *
en_range (const YtNumber   *low,
          const YtNumber   *high,
          const YtUnitText *unit)
{
  GString *out = g_string_new (NULL);
  const YtUnitText *plain = lookup_unit ("count");

  en_append_number (out, low, unit, low->scale != high->scale);
  if (unit->repeat)
    g_string_append (out, unit->en_many);
  g_string_append (out, EN_DASH);
  en_append_number (out, high, plain, TRUE);
  g_string_append (out, unit->en_many);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ public: numbers */

gboolean
yt_format_unit_is_known (const char *unit)
{
  return lookup_unit (unit) != NULL;
}

char *
yt_format_quantity (YtLang      lang,
                    double      value,
                    const char *unit,
                    YtQualifier qualifier)
{
  const YtUnitText *info = lookup_unit (unit);
  g_auto(YtNumber) num = { 0 };

  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);
  g_return_val_if_fail (isfinite (value), NULL);
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail ((guint) qualifier < G_N_ELEMENTS (qualifiers), NULL);

  number_init (&num, lang, value, info->scaled);
  if (lang == YT_LANG_ZH)
    return zh_quantity (&num, info, qualifier);
  return en_quantity (&num, info, qualifier);
}

char *
yt_format_number (YtLang lang,
                  double value)
{
  return yt_format_quantity (lang, value, "count", YT_QUALIFIER_EXACT);
}

char *
yt_format_percent (YtLang lang,
                   double value)
{
  return yt_format_quantity (lang, value, "percent", YT_QUALIFIER_EXACT);
}

char *
yt_format_range (YtLang      lang,
                 double      low,
                 double      high,
                 const char *unit)
{
  const YtUnitText *info = lookup_unit (unit);
  g_auto(YtNumber) lo = { 0 };
  g_auto(YtNumber) hi = { 0 };

  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);
  g_return_val_if_fail (isfinite (low) && isfinite (high), NULL);
  g_return_val_if_fail (low <= high, NULL);
  g_return_val_if_fail (info != NULL, NULL);

  number_init (&lo, lang, low, info->scaled);
  number_init (&hi, lang, high, info->scaled);
  /* Ends that look the same once rounded would read "20亿—20亿元". */
  if (lo.negative == hi.negative && lo.scale == hi.scale && g_str_equal (lo.digits, hi.digits))
    return yt_format_quantity (lang, high, unit, YT_QUALIFIER_EXACT);
  if (lang == YT_LANG_ZH)
    return zh_range (&lo, &hi, info);
  return en_range (&lo, &hi, info);
}

char *
yt_format_integer (YtLang lang,
                   gint64 value)
{
  /* Negating G_MININT64 overflows; the unsigned magnitude does not. */
  guint64 magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  char digits[32];
  GString *out;

  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude);
  out = g_string_new (value < 0 ? "-" : "");
  append_grouped (out, digits, strlen (digits), lang == YT_LANG_EN);
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ public: dates */

char *
yt_format_year_range (YtLang lang,
                      guint  first_year,
                      guint  last_year)
{
  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);
  g_return_val_if_fail (first_year >= 1 && last_year <= 9999, NULL);
  g_return_val_if_fail (first_year <= last_year, NULL);

  if (first_year == last_year)
    return lang == YT_LANG_ZH ? g_strdup_printf ("%u年", first_year)
                              : g_strdup_printf ("%u", first_year);
  if (lang == YT_LANG_ZH)
    return g_strdup_printf ("%u" ZH_DASH "%u年", first_year, last_year);
  return g_strdup_printf ("%u" EN_DASH "%u", first_year, last_year);
}

/* @len ASCII digits at @text, no sign and no spaces (unlike strtoul). */
static gboolean
parse_digits (const char *text,
              int         len,
              guint      *value)
{
  *value = 0;
  for (int i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

gboolean
yt_format_parse_date (const char      *text,
                      YtDatePrecision *precision,
                      guint           *year,
                      guint           *month,
                      guint           *day)
{
  gsize len = text != NULL ? strlen (text) : 0;
  guint y = 0, m = 0, d = 0;
  YtDatePrecision p;

  if (len == 4)
    p = YT_DATE_PRECISION_YEAR;
  else if (len == 7 && text[4] == '-')
    p = YT_DATE_PRECISION_MONTH;
  else if (len == 10 && text[4] == '-' && text[7] == '-')
    p = YT_DATE_PRECISION_DAY;
  else
    return FALSE;

  if (!parse_digits (text, 4, &y) || y < 1)
    return FALSE;
  if (p >= YT_DATE_PRECISION_MONTH && (!parse_digits (text + 5, 2, &m) || m < 1 || m > 12))
    return FALSE;
  if (p == YT_DATE_PRECISION_DAY &&
      (!parse_digits (text + 8, 2, &d) || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y)))
    return FALSE;

  if (precision != NULL)
    *precision = p;
  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
  return TRUE;
}

char *
yt_format_date (YtLang      lang,
                const char *text)
{
  guint y, m, d;

  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);

  if (!yt_format_parse_date (text, NULL, &y, &m, &d))
    return NULL;
  return yt_format_date_parts (lang, y, m, d);
}

static gboolean
date_parts_valid (guint year,
                  guint month,
                  guint day)
{
  if (year < 1 || year > 9999 || month > 12 || day > 31 || (month == 0 && day != 0))
    return FALSE;
  return day == 0 || g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

char *
yt_format_date_parts (YtLang lang,
                      guint  year,
                      guint  month,
                      guint  day)
{
  g_return_val_if_fail ((guint) lang < YT_N_LANGS, NULL);

  if (!date_parts_valid (year, month, day))
    return NULL;
  if (lang == YT_LANG_ZH)
    {
      if (day != 0)
        return g_strdup_printf ("%u年%u月%u日", year, month, day);
      if (month != 0)
        return g_strdup_printf ("%u年%u月", year, month);
      return g_strdup_printf ("%u年", year);
    }
  /* A fixed table, not strftime: month names must not follow LC_TIME. */
  if (day != 0)
    return g_strdup_printf ("%u %s %u", day, en_months[month - 1], year);
  if (month != 0)
    return g_strdup_printf ("%s %u", en_months[month - 1], year);
  return g_strdup_printf ("%u", year);
}
