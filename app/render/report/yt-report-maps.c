/* yt-report-maps.c: the China and Belt and Road maps as full vector pages
 *
 * The map renderer draws legend, scale bar and attribution itself; the page
 * gives it a clipped frame and adds the caption and the boundary note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yt-report-private.h"

#define LEGEND_GAP 4.0   /* points from the map's frame to its legend */

typedef struct {
  YtMapKind   kind;
  const char *anchor;
  const char *title;
  const char *intro;
  const char *caption;
  double      aspect;      /* height / width the frame aims for */
} MapPage;

static const MapPage map_pages[] = {
  { YT_MAP_KIND_CHINA, "sec-map-china", N_("Map: China"),
    N_("The eight national computing hubs and ten data-centre clusters of the East Data West "
       "Computing project, with the cloud regions, parks and data centres of the data set."),
    N_("Computing hubs, data-centre clusters and cloud sites in China. Positions are city-level "
       "unless a site says otherwise."), 1.05 },
  { YT_MAP_KIND_WORLD, "sec-map-world", N_("Map: Belt and Road"),
    N_("Cloud regions, data centres and projects of Chinese companies outside China, on a world "
       "map centred on Asia."),
    N_("Cloud sites of Chinese companies outside China. Positions are city-level."), 0.75 },
};

static const char *
boundary_note (YtLang lang)
{
  return YT_R_ (lang, N_("Boundaries are illustrative and do not imply any position on the legal "
                         "status of any country, territory or area, or on the delimitation of "
                         "frontiers."));
}

static void
map_page (YtBuild       *b,
          const MapPage *page)
{
  YtDoc *doc = b->doc;
  g_autofree char *number = g_strdup_printf (YT_R_ (b->lang, N_("Map %u.")), ++b->n_maps);
  g_autofree char *caption = g_strconcat (number, " ", yt_catalog_gettext (b->lang, page->caption), NULL);
  const char *note = boundary_note (b->lang);
  double captions = yt_doc_text_height (doc, YT_STYLE_CAPTION, caption, doc->width) +
                    yt_doc_text_height (doc, YT_STYLE_CAPTION, note, doc->width) + 14;
  double full = doc->width * page->aspect, legend_h;
  double height;
  YtItem *map;

  /* The legend prints under the map, as wide as the frame allows. */
  legend_h = yt_report_get_map_legend_height (b->report, page->kind, doc->width / YT_MAP_PRINT_SCALE,
                                              full / YT_MAP_PRINT_SCALE);
  if (legend_h > 0)
    legend_h = legend_h * YT_MAP_PRINT_SCALE + LEGEND_GAP;
  /* A map shrinks to 60 % of its size to follow text on a page; smaller,
   * it starts a page of its own. */
  yt_doc_ensure (doc, 60 + captions + legend_h + 0.6 * full);
  yt_doc_heading (doc, 1, yt_catalog_gettext (b->lang, page->title), page->anchor, 1);
  yt_doc_text (doc, YT_STYLE_BODY, yt_catalog_gettext (b->lang, page->intro), 10);
  height = MIN (doc->bottom - doc->y - captions - legend_h, full);
  map = yt_doc_add_item (doc, YT_ITEM_MAP, doc->left, doc->y, doc->width, height);
  map->map = page->kind;
  map->legend_gap = LEGEND_GAP;
  doc->y += height + legend_h + 8;
  yt_doc_text (doc, YT_STYLE_CAPTION, caption, 3);
  yt_doc_text (doc, YT_STYLE_CAPTION, note, 0);
}

void
yt_build_maps (YtBuild *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (map_pages); i++)
    map_page (b, &map_pages[i]);
}
