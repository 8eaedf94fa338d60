/* yt-map-labels.c: site labels, and the order all labels are placed in
 *
 * Markers, the legend, the scale bar, the attribution and the inset are
 * obstacles; labels are offered to the placer in priority order and each
 * takes its first free candidate or is dropped. Region labels are in
 * yt-map-labels-regions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-catalog.h"
#include "yt-map-private.h"

#define LABEL_GAP     YT_MAP_LABEL_GAP
#define LABEL_PAD     1.0    /* kept clear around every site label */
#define WRAP_WIDTH    190    /* long site names take two lines */
#define SITE_TEXT_PX  11.5   /* YT_MAP_TEXT_SITE */
#define MAX_SITE_TRIES 600   /* beyond this many marks, labels would be noise */

void
yt_map_label_clear (gpointer data)
{
  YtMapLabel *label = data;

  g_clear_pointer (&label->text, g_free);
  g_clear_object (&label->layout);
}

/* Half the size of a marker's box: stars, triangles and diamonds reach past
 * the radius (see yt_map_style_draw_symbol()), and the outline adds a bit. */
double
yt_map_mark_extent (const YtSiteMark *mark)
{
  return mark->n_members > 1 ? mark->radius + 1.5 : mark->radius * 1.45 + 1.0;
}

static void
add_obstacles (YtMapRenderer *self,
               YtLabelPlacer *placer)
{
  const YtBox *furniture[] = { &self->furniture.legend, &self->furniture.scalebar,
                               &self->furniture.attribution, &self->furniture.inset, &self->keep_clear };

  g_array_set_size (self->obstacles, 0);
  for (guint m = 0; self->atlas != NULL && m < yt_site_layer_get_n_marks (self->site_layer); m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);
      double r = yt_map_mark_extent (mark);
      YtBox box = { mark->x - r, mark->y - r, 2 * r, 2 * r };

      g_array_append_val (self->obstacles, box);
      yt_label_placer_add_obstacle (placer, &box);
    }
  for (guint i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (furniture[i]->width > 0)
      yt_label_placer_add_obstacle (placer, furniture[i]);
}

/* Candidates around a point whose box reaches @r from it: right, left,
 * above, below, then the diagonals. */
guint
yt_map_labels_point_candidates (double  x,
                                double  y,
                                double  r,
                                double  w,
                                double  h,
                                YtBox  *c)
{
  double g = r + LABEL_GAP;

  c[0] = (YtBox) { x + g, y - h / 2, w, h };
  c[1] = (YtBox) { x - g - w, y - h / 2, w, h };
  c[2] = (YtBox) { x - w / 2, y - g - h, w, h };
  c[3] = (YtBox) { x - w / 2, y + g, w, h };
  c[4] = (YtBox) { x + g * 0.5, y - g - h, w, h };
  c[5] = (YtBox) { x + g * 0.5, y + g, w, h };
  return 6;
}

/* @pad: space kept clear around the label; region names want more air
 * than site names, which sit close to their markers. */
gboolean
yt_map_labels_offer (YtMapRenderer  *self,
                     YtLabelPlacer  *placer,
                     PangoLayout    *layout,
                     const char     *text,
                     YtMapTextStyle  style,
                     double          pad,
                     YtBox          *candidates,
                     guint           n)
{
  PangoRectangle ink, logical;
  YtMapLabel label = { 0 };
  int chosen;

  pango_layout_get_pixel_extents (layout, &ink, &logical);
  for (guint i = 0; i < n; i++)
    {
      candidates[i].x -= pad, candidates[i].y -= pad;
      candidates[i].width += 2 * pad, candidates[i].height += 2 * pad;
    }
  if ((chosen = yt_label_placer_place (placer, candidates, n)) < 0)
    return FALSE;
  label.text = g_strdup (text);
  label.layout = g_object_ref (layout);
  label.box = candidates[chosen];
  /* Boxes hold the ink, not Pango's line box with its CJK leading. */
  label.x = label.box.x + pad - ink.x;
  label.y = label.box.y + pad - ink.y;
  label.style = style;
  g_array_append_val (self->labels, label);
  return TRUE;
}

void
yt_map_labels_ink_size (PangoLayout *layout,
                        double      *w,
                        double      *h)
{
  PangoRectangle ink;

  pango_layout_get_pixel_extents (layout, &ink, NULL);
  *w = ink.width;
  *h = ink.height;
}

/* ---- Sites ---- */

static const guint8 kind_rank[YT_N_SITE_KINDS] = {
  [YT_SITE_HUB] = 0, [YT_SITE_CLUSTER] = 1, [YT_SITE_CLOUD_REGION] = 2, [YT_SITE_DATA_CENTRE] = 3,
  [YT_SITE_PARK] = 4, [YT_SITE_PROJECT] = 5, [YT_SITE_OFFICE] = 6, [YT_SITE_EVENT] = 7,
};

typedef struct {
  guint mark;
  guint site;       /* the member that names the mark */
  guint key;        /* lower is placed first */
} SiteOrder;

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const SiteOrder *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->mark < y->mark ? -1 : x->mark > y->mark;
}

/* Ranks in one byte per site: site records are large, and reading every
 * member's kind from them missed the cache for most of 100 000 sites. */
static const guint8 *
site_ranks (YtMapRenderer *self)
{
  guint n = yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);

  if (self->site_rank != NULL)
    return self->site_rank;
  self->site_rank = g_new (guint8, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->site_rank[i] = kind_rank[MIN (yt_atlas_get_site (self->atlas, i)->kind, YT_SITE_EVENT)];
  return self->site_rank;
}

static GArray *
site_order (YtMapRenderer *self)
{
  guint n = yt_site_layer_get_n_marks (self->site_layer);
  const guint *members = yt_site_layer_get_members (self->site_layer);
  const guint8 *rank = site_ranks (self);
  GArray *order = g_array_sized_new (FALSE, FALSE, sizeof (SiteOrder), n);

  for (guint m = 0; m < n; m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);
      SiteOrder o = { m, mark->site, G_MAXUINT };

      for (guint i = 0; i < mark->n_members; i++)
        {
          guint site = members[mark->first + i];
          /* Rank by kind, then bigger clusters first. */
          guint key = rank[site] * 1000000u +
                      (1000000u - MIN (mark->n_members, 999999u));

          if (key < o.key)
            o.key = key, o.site = site;
        }
      g_array_append_val (order, o);
    }
  g_array_sort (order, compare_order);
  return order;
}

static char *
site_text (YtMapRenderer    *self,
           const YtSiteMark *mark,
           guint             site,
           gboolean         *fell_back)
{
  YtTextInfo info = { 0 };
  const char *name = yt_atlas_get_name (self->atlas, YT_REF (YT_RECORD_SITE, site), self->language, &info);

  /* A Latin stand-in for an unknown Chinese name reads as the other language too. */
  *fell_back = info.fell_back || info.basis == YT_BASIS_LATIN;

  if (name == NULL || *name == '\0')
    name = yt_atlas_get_id (self->atlas, YT_REF (YT_RECORD_SITE, site));
  if (mark->n_members == 1)
    return g_strdup (name);
  /* TRANSLATORS: a map label for merged markers: the best-known site's name and how many more */
  return g_strdup_printf (yt_map_renderer_tr (self, N_("%s +%u")), name, mark->n_members - 1);
}

/* A name shown in another language than the map's is set in italics, as
 * maps set names of another kind apart; the README's map section says so. */
void
yt_map_labels_set_italic (PangoLayout *layout)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}

/* A width the site label cannot be under: about a third of its size per
 * Latin character (an "i" is a quarter, most are half) and nine tenths per
 * Chinese one, up to where it would wrap. */
static double
least_width (const char *text)
{
  double w = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    w += g_utf8_get_char (p) >= 0x2E80 ? 0.9 : 0.3;
  return MIN (w * SITE_TEXT_PX, WRAP_WIDTH);
}

static void
place_sites (YtMapRenderer *self,
             YtLabelPlacer *placer,
             PangoContext  *context)
{
  g_autoptr(GArray) order = NULL;

  if (self->atlas == NULL)
    return;
  order = site_order (self);
  for (guint i = 0; i < MIN (order->len, MAX_SITE_TRIES); i++)
    {
      const SiteOrder *o = &g_array_index (order, SiteOrder, i);
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, o->mark);
      g_autoptr(PangoLayout) layout = NULL;
      g_autofree char *text = NULL;
      gboolean fell_back;
      YtBox c[6];
      guint n;
      double w, h;

      /* Shaping text costs more than testing boxes: first see whether a
       * box the text cannot be narrower than fits anywhere around the marker. */
      text = site_text (self, mark, o->site, &fell_back);
      n = yt_map_labels_point_candidates (mark->x, mark->y, yt_map_mark_extent (mark), least_width (text), 12, c);
      while (n > 0 && !yt_label_placer_is_free (placer, &c[n - 1]))
        n--;
      if (n == 0)
        continue;
      layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SITE, text);
      if (fell_back)
        yt_map_labels_set_italic (layout);
      pango_layout_set_width (layout, WRAP_WIDTH * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      yt_map_labels_ink_size (layout, &w, &h);
      n = yt_map_labels_point_candidates (mark->x, mark->y, yt_map_mark_extent (mark), w, h, c);
      yt_map_labels_offer (self, placer, layout, text, YT_MAP_TEXT_SITE, LABEL_PAD, c, n);
    }
}

/* Corridors first (few, long, and only where the line runs); on the China
 * view then the provinces, before any lesser label: a reader finds the map
 * by them, and each has many places inside its outline, chosen clear of
 * markers and of the space beside them. Then sites (the data), the atlas's
 * countries, other countries, larger first. */
void
yt_map_labels_place (YtMapRenderer *self,
                     PangoContext  *context)
{
  g_autoptr(YtLabelPlacer) placer = yt_label_placer_new (self->width, self->height);

  g_array_set_size (self->labels, 0);
  add_obstacles (self, placer);
  yt_map_corridors_place_labels (self, placer, context);
  yt_map_labels_place_regions (self, placer, context, YT_MAP_REGIONS_PROVINCES);
  place_sites (self, placer, context);
  yt_map_labels_place_regions (self, placer, context, YT_MAP_REGIONS_WITH_SITES);
  yt_map_labels_place_regions (self, placer, context, YT_MAP_REGIONS_OTHERS);
}

void
yt_map_labels_draw (YtMapRenderer *self,
                    cairo_t       *cr,
                    PangoContext  *context)
{
  for (guint i = 0; i < self->labels->len; i++)
    {
      YtMapLabel *label = &g_array_index (self->labels, YtMapLabel, i);

      if (label->layout == NULL)
        continue;
      yt_map_renderer_draw_text (self, cr, label->layout, label->x, label->y, label->style);
      g_clear_object (&label->layout);
    }
}
