/* yt-map-labels-regions.c: names of provinces and countries
 *
 * Region names come from the atlas in the map's language; a country the
 * atlas does not name keeps its basemap (DCW) name on English maps and goes
 * unlabelled on Chinese ones, since no sourced Chinese name exists for it.
 * A province's name goes inside its outline where it has room
 * (yt-map-labels-interior.c), else beside its anchor; Chinese maps use the
 * short names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yt-map-private.h"

#define REGION_PAD    4.0    /* kept clear around region names */
#define ANCHOR_REACH  18.0   /* past the largest cluster disc and the padding */
#define MAX_INTERIOR  24     /* candidate boxes inside a province */

typedef struct {
  YtBasemap          *basemap;
  YtProjectedBasemap *projected;
  guint               region;
  guint               atlas_region;   /* YT_ATLAS_NONE when the atlas lacks it */
  double              area;           /* device box, square pixels */
  gboolean            point;          /* labelled beside its anchor, not across it */
  gboolean            has_sites;
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


/* Maps name China's province-level divisions by their short names (新疆,
 * not 新疆维吾尔自治区: the name without its 省, 市, 自治区 or 特别行政区,
 * as Chinese atlases print them); tables and profiles keep the official
 * names the atlas holds. English names in the atlas are short already. */
static const struct { const char *code, *zh; } short_names[] = {
  { "CN-AH", "安徽" }, { "CN-BJ", "北京" }, { "CN-CQ", "重庆" }, { "CN-FJ", "福建" },
  { "CN-GD", "广东" }, { "CN-GS", "甘肃" }, { "CN-GX", "广西" }, { "CN-GZ", "贵州" },
  { "CN-HA", "河南" }, { "CN-HB", "湖北" }, { "CN-HE", "河北" }, { "CN-HI", "海南" },
  { "CN-HK", "香港" }, { "CN-HL", "黑龙江" }, { "CN-HN", "湖南" }, { "CN-JL", "吉林" },
  { "CN-JS", "江苏" }, { "CN-JX", "江西" }, { "CN-LN", "辽宁" }, { "CN-MO", "澳门" },
  { "CN-NM", "内蒙古" }, { "CN-NX", "宁夏" }, { "CN-QH", "青海" }, { "CN-SC", "四川" },
  { "CN-SD", "山东" }, { "CN-SH", "上海" }, { "CN-SN", "陕西" }, { "CN-SX", "山西" },
  { "CN-TJ", "天津" }, { "CN-TW", "台湾" }, { "CN-XJ", "新疆" }, { "CN-XZ", "西藏" },
  { "CN-YN", "云南" }, { "CN-ZJ", "浙江" },
};

static const char *
short_name (YtMapRenderer     *self,
            const RegionLabel *r)
{
  const char *code = yt_basemap_get_region_code (r->basemap, r->region);

  if (self->language != YT_LANG_ZH)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (short_names); i++)
    if (g_strcmp0 (code, short_names[i].code) == 0)
      return short_names[i].zh;
  return NULL;
}

static char *
region_text (YtMapRenderer     *self,
             const RegionLabel *r)
{
  const char *name = short_name (self, r);

  if (name != NULL)
    return g_strdup (name);
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

/* The municipalities and SARs are smaller than their names: a label must
 * not sit on the point that stands for one of them, or "Macao" ends up
 * over Hong Kong and "Hong Kong" west of Macao. */
static gboolean
is_small_division (const char *code)
{
  static const char *const codes[] = { "CN-BJ", "CN-TJ", "CN-SH", "CN-HK", "CN-MO", NULL };

  return g_strv_contains (codes, code);
}

/* China's divisions, smallest first, as a small one has few places for its
 * name and a large one many; but the municipalities and SARs last, beside
 * their points, once the provinces around them are named. */
static int
compare_divisions (gconstpointer a,
                   gconstpointer b)
{
  const RegionLabel *x = a, *y = b;
  gboolean xs = is_small_division (yt_basemap_get_region_code (x->basemap, x->region));
  gboolean ys = is_small_division (yt_basemap_get_region_code (y->basemap, y->region));

  if (xs != ys)
    return xs ? 1 : -1;
  return compare_area (b, a);
}

/* Points of the capital's own beside its anchor, right and left past a
 * cluster's disc, where no other province's name may go. */
static void
capital_reach (GArray       *points,
               const double *anchor)
{
  for (int side = -1; side <= 1; side += 2)
    for (int dy = -1; dy <= 1; dy++)
      for (int far = 0; far <= 1; far++)
        {
          double p[3] = { anchor[0] + side * (ANCHOR_REACH + 12 + far * 20), anchor[1] + dy * 8, anchor[2] };

          g_array_append_vals (points, p, 3);
        }
}

static GArray *
small_anchors (YtMapRenderer *self,
               GArray        *regions)
{
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < regions->len; i++)
    {
      const RegionLabel *r = &g_array_index (regions, RegionLabel, i);
      double p[3];

      if (is_small_division (yt_basemap_get_region_code (r->basemap, r->region)) &&
          yt_projected_basemap_get_anchor (r->projected, r->region, &p[0], &p[1]))
        {
          yt_viewport_to_device (viewport, p[0], p[1], &p[0], &p[1]);
          p[2] = r->region;
          g_array_append_vals (points, p, 3);
          /* The capital keeps the room its name needs around its point:
           * under a crowd of clusters a map of China must still name it. */
          if (g_strcmp0 (yt_basemap_get_region_code (r->basemap, r->region), "CN-BJ") == 0)
            capital_reach (points, p);
        }
    }
  return points;
}

/* Drops the candidates that cover another small division's point. */
static guint
keep_clear_of (GArray            *anchors,
               const RegionLabel *r,
               YtBox             *c,
               guint              n)
{
  guint kept = 0;

  for (guint i = 0; i < n; i++)
    {
      gboolean covers = FALSE;

      for (guint k = 0; anchors != NULL && k < anchors->len / 3 && !covers; k++)
        {
          const double *p = &g_array_index (anchors, double, 3 * k);

          covers = p[2] != r->region && p[0] > c[i].x - REGION_PAD && p[0] < c[i].x + c[i].width + REGION_PAD &&
                   p[1] > c[i].y - REGION_PAD && p[1] < c[i].y + c[i].height + REGION_PAD;
        }
      if (!covers)
        c[kept++] = c[i];
    }
  return kept;
}

/* Where a province's name may go: inside its outline wherever it has
 * room, then beside its anchor (the anchor of a small one is often under
 * its own sites' cluster). A municipality or SAR is smaller than its name,
 * which goes beside it wherever it fits; any other name beside its anchor
 * must lie in good part inside its own province. */
static guint
province_candidates (YtMapRenderer     *self,
                     const RegionLabel *r,
                     GArray            *anchors,
                     double             x,
                     double             y,
                     double             w,
                     double             h,
                     YtBox             *c)
{
  YtViewport *viewport = yt_map_renderer_view (self)->viewport;
  const YtExtent *b = &r->projected->region_box[r->region];
  double x0, y0, x1, y1;
  YtBox bounds, beside[24];
  guint n, nb;

  yt_viewport_to_device (viewport, b->x0, b->y1, &x0, &y0);
  yt_viewport_to_device (viewport, b->x1, b->y0, &x1, &y1);
  x0 = MAX (x0, 0), y0 = MAX (y0, 0), x1 = MIN (x1, self->width), y1 = MIN (y1, self->height);
  bounds = (YtBox) { x0, y0, x1 - x0, y1 - y0 };
  nb = yt_map_labels_point_candidates (x, y, 2, w, h, beside);
  nb += yt_map_labels_point_candidates (x, y, ANCHOR_REACH, w, h, beside + nb);
  if (is_small_division (yt_basemap_get_region_code (r->basemap, r->region)))
    {
      /* Beijing or Tianjin under a crowd of clusters: a little further out
       * still reads as theirs, and a map without its capital is no map. */
      nb += yt_map_labels_point_candidates (x, y, 2 * ANCHOR_REACH, w, h, beside + nb);
      nb += yt_map_labels_point_candidates (x, y, 3 * ANCHOR_REACH, w, h, beside + nb);
      n = yt_map_labels_interior_candidates (self, r->basemap, r->region, &bounds, x, y, w, h, c,
                                             MAX_INTERIOR, NULL, 0);
      memcpy (c + n, beside, nb * sizeof (YtBox));
      n += nb;
    }
  else
    n = yt_map_labels_interior_candidates (self, r->basemap, r->region, &bounds, x, y, w, h, c,
                                           MAX_INTERIOR, beside, nb);
  return keep_clear_of (anchors, r, c, n);
}

static void
offer_region (YtMapRenderer     *self,
              YtLabelPlacer     *placer,
              PangoContext      *context,
              const RegionLabel *r,
              GArray            *anchors)
{
  YtMapView *view = yt_map_renderer_view (self);
  gboolean country = yt_basemap_get_region_kind (r->basemap, r->region) == YT_BASEMAP_COUNTRY;
  YtMapTextStyle style = !country ? YT_MAP_TEXT_PROVINCE
                       : r->has_sites ? YT_MAP_TEXT_COUNTRY : YT_MAP_TEXT_NEIGHBOUR;
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = region_text (self, r);
  const YtExtent *b = &r->projected->region_box[r->region];
  double ax, ay, x, y, w, h, s = yt_viewport_get_scale (view->viewport);
  YtBox c[MAX_INTERIOR + 30];
  guint n;

  if (text == NULL || !yt_projected_basemap_get_anchor (r->projected, r->region, &ax, &ay))
    return;
  yt_viewport_to_device (view->viewport, ax, ay, &x, &y);
  layout = yt_map_renderer_layout (self, context, style, text);
  if (country)
    style_country (self, layout, text);
  yt_map_labels_ink_size (layout, &w, &h);
  if (!country)
    {
      n = province_candidates (self, r, anchors, x, y, w, h, c);
      if (yt_map_labels_offer (self, placer, layout, text, style, REGION_PAD, c, n))
        return;
      /* Smaller type where the usual has no room, as atlases name small provinces. */
      g_object_unref (layout);
      layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SMALL, text);
      yt_map_labels_ink_size (layout, &w, &h);
      n = province_candidates (self, r, anchors, x, y, w, h, c);
      yt_map_labels_offer (self, placer, layout, text, style, REGION_PAD - 1, c, n);
      return;
    }
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
      RegionLabel r = { basemap, projected, i, atlas_region_for (self, code), 0, FALSE, FALSE };

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
      g_array_append_val (out, r);
    }
}

static YtMapRegionPass
pass_of (const RegionLabel *r)
{
  if (yt_basemap_get_region_kind (r->basemap, r->region) != YT_BASEMAP_COUNTRY)
    return YT_MAP_REGIONS_PROVINCES;
  return r->has_sites ? YT_MAP_REGIONS_WITH_SITES : YT_MAP_REGIONS_OTHERS;
}

/* Provinces (China view), countries with sites (world view) or the rest,
 * larger first. */
void
yt_map_labels_place_regions (YtMapRenderer    *self,
                             YtLabelPlacer    *placer,
                             PangoContext     *context,
                             YtMapRegionPass   pass)
{
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (RegionLabel));
  g_autofree gboolean *sites = regions_with_sites (self);
  g_autoptr(GArray) anchors = NULL;
  gboolean china_view = self->kind == YT_MAP_KIND_CHINA;
  YtBasemap *world = yt_map_basemap_world (NULL);

  if (china_view && pass == YT_MAP_REGIONS_PROVINCES)
    collect_regions (self, yt_map_basemap_china (NULL), FALSE, sites, regions);
  if (world != NULL && pass != YT_MAP_REGIONS_PROVINCES)
    collect_regions (self, world, china_view, sites, regions);
  g_array_sort (regions, pass == YT_MAP_REGIONS_PROVINCES ? compare_divisions : compare_area);
  if (pass == YT_MAP_REGIONS_PROVINCES)
    anchors = small_anchors (self, regions);
  for (guint i = 0; i < regions->len; i++)
    {
      const RegionLabel *r = &g_array_index (regions, RegionLabel, i);

      if (pass_of (r) == pass)
        offer_region (self, placer, context, r, anchors);
    }
}
