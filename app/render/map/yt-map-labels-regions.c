/* yt-map-labels-regions.c: names of provinces and countries
 *
 * Region names come from the atlas in the map's language; a country the
 * atlas does not name keeps its basemap (DCW) name on English maps and goes
 * unlabelled on Chinese ones, since no sourced Chinese name exists for it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yt-map-private.h"

#define REGION_PAD    4.0    /* kept clear around region names */
#define LANDMARK_REACH 18.0  /* past the largest cluster disc and the padding */

typedef struct {
  YtBasemap          *basemap;
  YtProjectedBasemap *projected;
  guint               region;
  guint               atlas_region;   /* YT_ATLAS_NONE when the atlas lacks it */
  double              area;           /* device box, square pixels */
  gboolean            point;          /* labelled beside its anchor, not across it */
  gboolean            has_sites;
  gboolean            landmark;       /* small but well known: more candidates */
} RegionLabel;

static int
compare_area (gconstpointer a,
              gconstpointer b)
{
  const RegionLabel *x = a, *y = b;

  if (x->has_sites != y->has_sites)
    return x->has_sites ? -1 : 1;
  return x->area > y->area ? -1 : x->area < y->area;
}

static char *
region_text (YtMapRenderer     *self,
             const RegionLabel *r)
{
  const char *name = NULL;

  if (r->atlas_region != YT_ATLAS_NONE)
    name = yt_atlas_get_name (self->atlas, YT_REF (YT_RECORD_REGION, r->atlas_region),
                              self->language, NULL);
  else if (self->language == YT_LANG_EN &&
           yt_basemap_get_region_kind (r->basemap, r->region) == YT_BASEMAP_COUNTRY)
    name = yt_basemap_get_region_name (r->basemap, r->region);
  return name != NULL && *name != '\0' ? g_strdup (name) : NULL;
}

/* Countries in capitals (or spaced characters), provinces plain: the usual
 * hierarchy of administrative names. Latin spacing stays small so that PDF
 * text extraction still finds whole words. */
static void
style_country (YtMapRenderer *self,
               PangoLayout   *layout,
               const char    *text)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((self->language == YT_LANG_ZH ? 3 : 0.6) * PANGO_SCALE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  if (self->language == YT_LANG_EN)
    {
      g_autofree char *upper = g_utf8_strup (text, -1);

      pango_layout_set_text (layout, upper, -1);
    }
}

static void
offer_region (YtMapRenderer     *self,
              YtLabelPlacer     *placer,
              PangoContext      *context,
              const RegionLabel *r)
{
  YtMapView *view = yt_map_renderer_view (self);
  gboolean country = yt_basemap_get_region_kind (r->basemap, r->region) == YT_BASEMAP_COUNTRY;
  YtMapTextStyle style = !country ? YT_MAP_TEXT_PROVINCE
                       : r->has_sites ? YT_MAP_TEXT_COUNTRY : YT_MAP_TEXT_NEIGHBOUR;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = region_text (self, r);
  const YtExtent *b = &r->projected->region_box[r->region];
  double ax, ay, x, y, w, h, s = yt_viewport_get_scale (view->viewport);
  YtBox c[24];
  guint n;

  if (text == NULL || !yt_projected_basemap_get_anchor (r->projected, r->region, &ax, &ay))
    return;
  yt_viewport_to_device (view->viewport, ax, ay, &x, &y);
  layout = yt_map_renderer_layout (self, context, style, text);
  if (country)
    style_country (self, layout, text);
  yt_map_labels_ink_size (layout, &w, &h);
  if ((b->x1 - b->x0) / s >= w * 0.9 && (b->y1 - b->y0) / s >= h * 1.5)
    {
      c[0] = (YtBox) { x - w / 2, y - h / 2, w, h };
      c[1] = (YtBox) { x - w / 2, y - h * 1.4, w, h };
      c[2] = (YtBox) { x - w / 2, y + h * 0.4, w, h };
      n = 3;
      /* A country with sites often has its own markers on its anchor: try
       * further across it too, still well inside its box. */
      for (int dy = -1; r->has_sites && dy <= 1; dy++)
        for (int dx = -2; dx <= 2; dx++)
          if (dx != 0 || dy != 0)
            c[n++] = (YtBox) { x - w / 2 + dx * (b->x1 - b->x0) / s / 6,
                               y - h / 2 + dy * (b->y1 - b->y0) / s / 6, w, h };
    }
  else if (r->point)
    n = yt_map_labels_point_candidates (x, y, 2, w, h, c);
  else
    return;
  /* A landmark's own sites often sit on its anchor: try clear of a
   * cluster's disc too. */
  if (r->landmark)
    n += yt_map_labels_point_candidates (x, y, LANDMARK_REACH, w, h, c + n);
  yt_map_labels_offer (self, placer, layout, text, style, REGION_PAD, c, n);
}

/* Regions are matched by ISO code, whatever ids a data file gives them. */
static guint
atlas_region_for (YtMapRenderer *self,
                  const char    *code)
{
  for (guint r = 0; self->atlas != NULL && r < yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION); r++)
    if (g_strcmp0 (yt_atlas_str (self->atlas, yt_atlas_get_region (self->atlas, r)->iso), code) == 0)
      return r;
  return YT_ATLAS_NONE;
}

/* DCW lists Taiwan, Hong Kong and Macao among its countries too; Yuntu
 * labels them as the province-level divisions they are on the China view
 * and, like other provinces, not at all on the world view. */
static gboolean
is_province_level (const char *code)
{
  return g_strcmp0 (code, "TW") == 0 || g_strcmp0 (code, "HK") == 0 || g_strcmp0 (code, "MO") == 0;
}

/* The capital, the other province-level municipalities and the SARs: too
 * small for their names, often under their own sites' markers, yet what a
 * reader finds the map by. */
static gboolean
is_landmark (const char *code)
{
  static const char *const codes[] = { "CN-BJ", "CN-SH", "CN-TJ", "CN-CQ", "CN-HK", "CN-MO", NULL };

  return g_strv_contains (codes, code);
}

/* Regions with at least one site in them or in one of their provinces. */
static gboolean *
regions_with_sites (YtMapRenderer *self)
{
  guint n = self->atlas != NULL ? yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION) : 0;
  gboolean *with = g_new0 (gboolean, n + 1);

  for (guint i = 0; self->atlas != NULL && i < yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE); i++)
    {
      guint r = yt_atlas_get_site (self->atlas, i)->region;

      if (r < n)
        {
          with[r] = TRUE;
          if (yt_atlas_get_region (self->atlas, r)->parent < n)
            with[yt_atlas_get_region (self->atlas, r)->parent] = TRUE;
        }
    }
  return with;
}

/* @skip_china: leave out what the China basemap draws as provinces. */
static void
collect_regions (YtMapRenderer  *self,
                 YtBasemap      *basemap,
                 gboolean        skip_china,
                 const gboolean *with_sites,
                 GArray         *out)
{
  YtMapView *view = yt_map_renderer_view (self);
  YtProjectedBasemap *projected = yt_basemap_get_projected (basemap, view->projection, NULL);
  double s = yt_viewport_get_scale (view->viewport);

  for (guint i = 0; projected != NULL && i < yt_basemap_get_n_regions (basemap); i++)
    {
      const char *code = yt_basemap_get_region_code (basemap, i);
      YtBasemapKind kind = yt_basemap_get_region_kind (basemap, i);
      const YtExtent *b = &projected->region_box[i];
      RegionLabel r = { basemap, projected, i, atlas_region_for (self, code), 0, FALSE, FALSE, FALSE };

      /* China's own outline is drawn as provinces on the China view. */
      if (kind == YT_BASEMAP_ISLAND || is_province_level (code) || b->x0 > b->x1 ||
          (skip_china && (g_strcmp0 (code, "CN") == 0 ||
                          yt_basemap_replaces (yt_map_basemap_china (NULL), code))))
        continue;
      r.area = (b->x1 - b->x0) / s * (b->y1 - b->y0) / s;
      /* On the world view, the countries with sites are named first. */
      r.has_sites = self->kind == YT_MAP_KIND_WORLD && r.atlas_region != YT_ATLAS_NONE &&
                    with_sites[r.atlas_region];
      /* Provinces and countries with sites keep a label even when small. */
      r.point = kind != YT_BASEMAP_COUNTRY || r.has_sites;
      r.landmark = self->kind == YT_MAP_KIND_CHINA && is_landmark (code);
      g_array_append_val (out, r);
    }
}

void
yt_map_labels_place_regions (YtMapRenderer *self,
                             YtLabelPlacer *placer,
                             PangoContext  *context,
                             gboolean       with_sites)
{
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (RegionLabel));
  g_autofree gboolean *sites = regions_with_sites (self);
  gboolean china_view = self->kind == YT_MAP_KIND_CHINA;
  YtBasemap *world = yt_map_basemap_world (NULL);

  if (china_view)
    collect_regions (self, yt_map_basemap_china (NULL), FALSE, sites, regions);
  if (world != NULL)
    collect_regions (self, world, china_view, sites, regions);
  g_array_sort (regions, compare_area);
  for (guint i = 0; i < regions->len; i++)
    {
      const RegionLabel *r = &g_array_index (regions, RegionLabel, i);

      if (r->has_sites == with_sites)
        offer_region (self, placer, context, r);
    }
}
