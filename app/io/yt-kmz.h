/* yt-kmz.h: the KML document inside a KMZ file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-io.h"

G_BEGIN_DECLS

/* Whether @bytes start like a zip archive. */
gboolean yt_kmz_is_zip  (GBytes      *bytes);
GBytes  *yt_kmz_extract (GBytes      *bytes,
                         const char  *display,
                         GError     **error);

G_END_DECLS
