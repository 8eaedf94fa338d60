/* yt-io-private.h: the GDAL module as the engine sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-io.h"
#include "yt-gdal-backend.h"

G_BEGIN_DECLS

/* The loaded module's functions, loading it on first use. */
const YtGdalBackend *yt_io_get_backend   (GError              **error);
/* For programs that link the module's code in (the fuzzer): no loading. */
void                 yt_io_set_backend   (const YtGdalBackend  *backend);

/* Whether a spreadsheet would run a CSV cell that starts like @value as a
 * formula (=, +, -, @, a tab or a carriage return): written with a leading
 * apostrophe, which spreadsheets show as plain text, and read back without. */
gboolean             yt_io_is_formula_start (const char *value);

/* The two enumerations list the formats in the same order. */
#define YT_GDAL_FORMAT_OF(format) ((YtGdalFormat) (format))

G_END_DECLS
