/* yt-site-layer.h: sites as markers, merged into counted clusters where they would overlap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

/* Maps longitude and latitude to device coordinates; FALSE when not visible. */
typedef gboolean (*YtProjectFunc) (double   lon,
                                   double   lat,
                                   double  *x,
                                   double  *y,
                                   gpointer user_data);

typedef struct {
  double  x, y;         /* device position of the marker's centre */
  double  radius;
  guint   first;        /* first member in yt_site_layer_get_members() */
  guint   n_members;    /* 1 for a single site, more for a cluster */
  guint   site;         /* the first member's site index */
  guint   company_slot; /* colour slot when all members agree, else YT_SITE_MIXED */
} YtSiteMark;

#define YT_SITE_MIXED G_MAXUINT

typedef struct _YtSiteLayer YtSiteLayer;

YtSiteLayer      *yt_site_layer_new          (void);
void              yt_site_layer_free         (YtSiteLayer   *self);
void              yt_site_layer_update       (YtSiteLayer   *self,
                                              YtAtlas       *atlas,
                                              const guint   *sites,
                                              guint          n_sites,
                                              YtProjectFunc  project,
                                              gpointer       user_data,
                                              double         cluster_distance);
void              yt_site_layer_update_points (YtSiteLayer  *self,
                                              YtAtlas       *atlas,
                                              const guint   *sites,
                                              guint          n_sites,
                                              const double  *xy,
                                              double         cluster_distance);
void              yt_site_layer_draw         (YtSiteLayer   *self,
                                              cairo_t       *cr,
                                              gboolean       dark,
                                              guint          highlighted_site);
guint             yt_site_layer_get_n_marks  (YtSiteLayer   *self);
const YtSiteMark *yt_site_layer_get_mark     (YtSiteLayer   *self,
                                              guint          index);
const guint      *yt_site_layer_get_members  (YtSiteLayer   *self);
int               yt_site_layer_hit          (YtSiteLayer   *self,
                                              double         x,
                                              double         y);
guint             yt_site_layer_company_of   (YtSiteLayer   *self,
                                              guint          site);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtSiteLayer, yt_site_layer_free)

G_END_DECLS
