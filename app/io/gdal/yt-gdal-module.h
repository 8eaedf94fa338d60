/* yt-gdal-module.h: the GDAL module's parts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gmodule.h>

#include "yt-gdal-backend.h"

G_BEGIN_DECLS

void        yt_gdal_module_init      (void);
char       *yt_gdal_module_temp_dir  (void);
void        yt_gdal_module_reset_errors (void);
/* The first failure GDAL reported since the reset, or @fallback. */
void        yt_gdal_module_set_error (GError       **error,
                                      YtGdalError    code,
                                      const char    *fallback);

/* yt-gdal-write.c */
GBytes     *yt_gdal_module_write     (YtGdalFormat           format,
                                      const YtGdalOutLayer  *layers,
                                      guint                  n_layers,
                                      GError               **error);
/* yt-gdal-read.c */
GPtrArray  *yt_gdal_module_read      (GBytes                *data,
                                      YtGdalFormat           format,
                                      guint                  max_rows,
                                      GError               **error);

G_MODULE_EXPORT const YtGdalBackend *yt_gdal_backend_get (guint version);

G_END_DECLS
