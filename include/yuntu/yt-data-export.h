/* yt-data-export.h: the atlas's sites (and more) as GeoPackage, GeoJSON, KML or CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every format holds one layer of sites, "sites", with the columns README
 * lists: points in WGS 84 where the atlas has a sourced position, no point
 * (CSV: empty lat and lon) where it has none.  A GeoPackage also holds the
 * regions, the Belt and Road corridors as lines and the facts.  Names are
 * in the export's language; column names never change.  The file is
 * replaced atomically, and only once it is complete.
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-atlas.h"
#include "yuntu/yt-io.h"

G_BEGIN_DECLS

#define YT_TYPE_DATA_EXPORT (yt_data_export_get_type ())
G_DECLARE_FINAL_TYPE (YtDataExport, yt_data_export, YT, DATA_EXPORT, GObject)

YtDataExport *yt_data_export_new            (YtAtlas       *atlas);
YtAtlas      *yt_data_export_get_atlas      (YtDataExport  *self);
YtLang        yt_data_export_get_language   (YtDataExport  *self);
void          yt_data_export_set_language   (YtDataExport  *self,
                                             YtLang         language);
/* 0 writes every site; a year only the sites announced or operating by
 * then and not closed before it (the window's "as of"), and facts dated
 * no later. */
int           yt_data_export_get_as_of_year (YtDataExport  *self);
void          yt_data_export_set_as_of_year (YtDataExport  *self,
                                             int            year);
/* Only these sites (a filter's result), or every site for NULL. */
void          yt_data_export_set_sites      (YtDataExport  *self,
                                             const guint   *sites,
                                             guint          n_sites);
/* How many sites the export writes with the current settings. */
guint         yt_data_export_get_n_sites    (YtDataExport  *self);

GBytes       *yt_data_export_to_bytes       (YtDataExport  *self,
                                             YtDataFormat   format,
                                             GError       **error);
gboolean      yt_data_export_write          (YtDataExport  *self,
                                             const char    *path,
                                             YtDataFormat   format,
                                             GCancellable  *cancellable,
                                             GError       **error);

G_END_DECLS
