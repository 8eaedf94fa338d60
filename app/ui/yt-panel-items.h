/* yt-panel-items.h: the rows of the panels' list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small immutable objects whose properties the .ui templates bind to, so
 * that rows need no C of their own.  Texts are final display strings (markup
 * where the name says so), made once when the model is built.
 */
#pragma once

#include <glib-object.h>
#include <yuntu/yuntu.h>

G_BEGIN_DECLS

/* A site in the list: the columns are name, kind, region, company, year. */
#define YT_TYPE_SITE_ITEM (yt_site_item_get_type ())
G_DECLARE_FINAL_TYPE (YtSiteItem, yt_site_item, YT, SITE_ITEM, GObject)

YtSiteItem *yt_site_item_new       (YtAtlas    *atlas,
                                    guint       site,
                                    guint       company,
                                    YtLang      lang);
guint       yt_site_item_get_site  (YtSiteItem *self);
const char *yt_site_item_get_name  (YtSiteItem *self);

/* A fact or a source: heading, text (markup), source line (markup), link. */
#define YT_TYPE_FACT_ITEM (yt_fact_item_get_type ())
G_DECLARE_FINAL_TYPE (YtFactItem, yt_fact_item, YT, FACT_ITEM, GObject)

YtFactItem *yt_fact_item_new_fact   (YtAtlas    *atlas,
                                     guint       fact,
                                     YtLang      lang);
YtFactItem *yt_fact_item_new_source (YtAtlas    *atlas,
                                     guint       source,
                                     YtLang      lang);
/* A membership: the initiative, its dates, its note and its sources. */
YtFactItem *yt_fact_item_new_membership (YtAtlas *atlas,
                                     guint       membership,
                                     YtLang      lang);
const char *yt_fact_item_get_url    (YtFactItem *self);

/* A record that a row opens: a company, site, region (or a person, shown only). */
#define YT_TYPE_REF_ITEM (yt_ref_item_get_type ())
G_DECLARE_FINAL_TYPE (YtRefItem, yt_ref_item, YT, REF_ITEM, GObject)

YtRefItem  *yt_ref_item_new          (YtRef       ref,
                                      const char *title_markup,
                                      const char *subtitle,
                                      const char *tooltip);
YtRef       yt_ref_item_get_ref      (YtRefItem  *self);
const char *yt_ref_item_get_title    (YtRefItem  *self);
const char *yt_ref_item_get_subtitle (YtRefItem  *self);
const char *yt_ref_item_get_tooltip  (YtRefItem  *self);

G_END_DECLS
