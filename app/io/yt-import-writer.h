/* yt-import-writer.h: imported sites as atlas XML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-import-rows.h"

G_BEGIN_DECLS

/* The sites of @run, their company links and one source record made from
 * the mapping's description of the file. */
GBytes *yt_import_write_xml (YtImportRun  *run,
                             GError      **error);

G_END_DECLS
