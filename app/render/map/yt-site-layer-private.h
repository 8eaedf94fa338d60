/* yt-site-layer-private.h: what the site layer's files share (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yt-sprite-cache.h"
#include "yuntu/yt-site-layer.h"

G_BEGIN_DECLS

struct _YtSiteLayer
{
  YtAtlas    *atlas;
  guint32    *company;       /* per site: the operating company, or YT_ATLAS_NONE */
  guint8     *slot;          /* per company: its colour slot */
  GArray     *marks;         /* YtSiteMark */
  GArray     *members;       /* guint site indices, grouped by mark */
  guint      *grid;          /* per cell: first mark index + 1 there, 0 = none */
  GArray     *next;          /* per mark: the next mark index + 1 in its cell */
  guint       cols, rows;
  double      gx, gy, cell;  /* grid origin and cell size */
  double      distance;      /* marks closer than this merge */
  YtSpriteCache *sprites;
};

G_END_DECLS
