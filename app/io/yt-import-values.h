/* yt-import-values.h: cells of an imported file read as atlas values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

/* Whitespace runs as one space, trimmed; NULL for empty text.  *invalid is
 * set for text that is not UTF-8 or holds characters XML cannot carry. */
char     *yt_import_clean_text       (const char  *value,
                                      gboolean    *invalid);
gboolean  yt_import_is_chinese       (const char  *text);
/* The schema's token ("cloud-region"), its name in either language
 * ("Cloud region", "云区域") or a common synonym ("data center", "IDC"). */
gboolean  yt_import_parse_kind       (const char  *text,
                                      YtSiteKind  *kind);
gboolean  yt_import_parse_precision  (const char  *text,
                                      YtPrecision *precision);
/* "30.5", "30,5" (a decimal comma), "30.5°". */
gboolean  yt_import_parse_degrees    (const char  *text,
                                      double      *value);
/* "2021", "2021-12", "2021/12/6", "2021.12.06", "2021年12月6日", GDAL's
 * "2021/12/06 00:00:00": as YYYY[-MM[-DD]], or NULL. */
char     *yt_import_parse_date       (const char  *text);
/* A decimal the schema accepts (no exponent), at most 7 decimals. */
char     *yt_import_format_degrees   (double       value);

G_END_DECLS
