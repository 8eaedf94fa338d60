/* yt-region-layer.c: sea, land, regions, borders, graticule and SCS inset
 *
 * Fills first, then strokes by class in one path each: with antialiasing a
 * stroke costs 3-4 times a fill, so every border is stroked once, from the
 * arc both neighbours share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "yuntu/yt-region-layer.h"
#include "yt-region-draw.h"

#define TOLERANCE_PX 0.7   /* simplification error allowed on screen */

typedef struct { double r, g, b; } Rgb;

static const Rgb palettes[2][YT_REGION_COLOR_NO_DATA + 1] = {
  { { 0.80, 0.88, 0.95 }, { 0.98, 0.97, 0.94 }, { 0.90, 0.90, 0.88 }, { 0.45, 0.58, 0.72 },
    { 0.42, 0.42, 0.48 }, { 0.72, 0.70, 0.68 }, { 0.93, 0.93, 0.93 } },
  { { 0.10, 0.14, 0.20 }, { 0.24, 0.26, 0.29 }, { 0.16, 0.18, 0.21 }, { 0.35, 0.47, 0.60 },
    { 0.66, 0.68, 0.72 }, { 0.40, 0.42, 0.46 }, { 0.19, 0.19, 0.21 } },
};
/* Sequential ramps (low to high), readable on both palettes. */
static const Rgb ramps[2][3] = {
  { { 0.93, 0.97, 0.85 }, { 0.45, 0.77, 0.74 }, { 0.08, 0.33, 0.55 } },
  { { 0.20, 0.28, 0.35 }, { 0.25, 0.56, 0.62 }, { 0.80, 0.92, 0.58 } },
};
static const Rgb graticule_rgb[2] = { { 0.70, 0.79, 0.88 }, { 0.18, 0.23, 0.30 } };
/* Members: a red that none of the ramp, the corridors or the operators use. */
static const Rgb member_rgb[2] = { { 0.78, 0.10, 0.22 }, { 1.00, 0.45, 0.50 } };

#define MEMBER_HATCH_STEP   6.0   /* px between hatch lines */
#define MEMBER_HATCH_WIDTH  1.1
#define MEMBER_HATCH_ALPHA  0.55
#define MEMBER_OUTLINE      1.6   /* px, on the edge of the members */

struct _YtRegionLayer
{
  GObject     parent_instance;
  YtBasemap  *world;
  YtBasemap  *china;
  GHashTable *values;      /* code -> double* */
  GHashTable *members;     /* codes */
  double      vmin, vmax;
  gboolean    dark;
  gboolean    graticule;
  YtExtent    inset;       /* the SCS inset's map, device; empty = none */
};

G_DEFINE_FINAL_TYPE (YtRegionLayer, yt_region_layer, G_TYPE_OBJECT)

static void
yt_region_layer_finalize (GObject *object)
{
  YtRegionLayer *self = YT_REGION_LAYER (object);

  g_clear_object (&self->world);
  g_clear_object (&self->china);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->members, g_hash_table_unref);
  G_OBJECT_CLASS (yt_region_layer_parent_class)->finalize (object);
}

static void
yt_region_layer_class_init (YtRegionLayerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_region_layer_finalize;
}

static void
yt_region_layer_init (YtRegionLayer *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * yt_region_layer_new:
 * @world: countries (basemap-world.xml)
 * @china: (nullable): China's provinces (basemap-china.xml), drawn over the
 *   world on the China view
 */
YtRegionLayer *
yt_region_layer_new (YtBasemap *world,
                     YtBasemap *china)
{
  YtRegionLayer *self;

  g_return_val_if_fail (YT_IS_BASEMAP (world), NULL);
  g_return_val_if_fail (china == NULL || YT_IS_BASEMAP (china), NULL);

  self = g_object_new (YT_TYPE_REGION_LAYER, NULL);
  self->world = g_object_ref (world);
  self->china = china != NULL ? g_object_ref (china) : NULL;
  return self;
}

void
yt_region_layer_set_dark (YtRegionLayer *self,
                          gboolean       dark)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  self->dark = !!dark;
}

void
yt_region_layer_set_graticule (YtRegionLayer *self,
                               gboolean       graticule)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  self->graticule = !!graticule;
}

/**
 * yt_region_layer_set_inset:
 * @frame: (nullable): device rectangle of the South China Sea inset's map
 *   on the China view; %NULL draws none
 */
void
yt_region_layer_set_inset (YtRegionLayer  *self,
                           const YtExtent *frame)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  self->inset = frame != NULL ? *frame : (YtExtent) { 0, 0, 0, 0 };
}

/* Choropleth: regions with a value are coloured on a ramp from the smallest
 * to the largest value; the others get the no-data colour. */
void
yt_region_layer_set_value (YtRegionLayer *self,
                           const char    *code,
                           double         value)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_return_if_fail (code != NULL && isfinite (value));

  if (g_hash_table_size (self->values) == 0)
    self->vmin = self->vmax = value;
  self->vmin = MIN (self->vmin, value);
  self->vmax = MAX (self->vmax, value);
  g_hash_table_insert (self->values, g_strdup (code), g_memdup2 (&value, sizeof value));
}

void
yt_region_layer_clear_values (YtRegionLayer *self)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_hash_table_remove_all (self->values);
}

void
yt_region_layer_set_member (YtRegionLayer *self,
                            const char    *code)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_return_if_fail (code != NULL);
  g_hash_table_add (self->members, g_strdup (code));
}

void
yt_region_layer_clear_members (YtRegionLayer *self)
{
  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_hash_table_remove_all (self->members);
}

void
yt_region_layer_get_color (YtRegionLayer *self,
                           YtRegionColor  which,
                           double         rgb[3])
{
  const Rgb *c;

  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_return_if_fail (which <= YT_REGION_COLOR_NO_DATA);

  c = &palettes[self->dark][which];
  rgb[0] = c->r, rgb[1] = c->g, rgb[2] = c->b;
}

static Rgb
ramp_color (YtRegionLayer *self,
            double         t)
{
  const Rgb *r = ramps[self->dark];
  double u = CLAMP (t, 0.0, 1.0) * 2;
  int i = MIN ((int) u, 1);
  double f = u - i;

  return (Rgb) { r[i].r + f * (r[i + 1].r - r[i].r), r[i].g + f * (r[i + 1].g - r[i].g),
                 r[i].b + f * (r[i + 1].b - r[i].b) };
}

static void
set_rgb (cairo_t   *cr,
         const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
fill_basemap (YtRegionLayer *self,
              YtRegionDraw  *rd,
              YtBasemap     *basemap,
              YtRegionColor  base)
{
  guint n = yt_basemap_get_n_regions (basemap);
  gboolean choropleth = g_hash_table_size (self->values) > 0;

  /* One fill for the whole basemap unless regions differ in colour. */
  cairo_set_fill_rule (rd->cr, choropleth ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
  for (guint i = 0; i < n; i++)
    {
      const char *code = yt_basemap_get_region_code (basemap, i);
      gboolean dots = yt_basemap_get_region_kind (basemap, i) == YT_BASEMAP_ISLAND;
      const double *v;
      Rgb c;

      if (rd->skip_region != NULL && rd->skip_region[i])
        continue;
      yt_region_draw_fill (rd, i, dots);
      if (!choropleth || base == YT_REGION_COLOR_NEIGHBOUR)
        continue;
      v = g_hash_table_lookup (self->values, code);
      c = v == NULL ? palettes[self->dark][YT_REGION_COLOR_NO_DATA]
        : ramp_color (self, self->vmax > self->vmin ? (*v - self->vmin) / (self->vmax - self->vmin) : 1.0);
      set_rgb (rd->cr, &c);
      cairo_fill (rd->cr);
    }
  set_rgb (rd->cr, &palettes[self->dark][base]);
  cairo_fill (rd->cr);
}

/* One tile of the hatching: a diagonal line and its copies on either side,
 * so that tiles join seamlessly; a pale line under each keeps the hatching
 * visible on the darkest shades.  The tile is made like the target (a
 * recording surface for PDF and SVG, so vector output stays vector). */
static cairo_pattern_t *
hatch_pattern (YtRegionLayer *self,
               cairo_t       *cr,
               double         anchor_x,
               double         anchor_y)
{
  const Rgb *c = &member_rgb[self->dark];
  double step = MEMBER_HATCH_STEP;
  cairo_surface_t *tile = cairo_surface_create_similar (cairo_get_target (cr), CAIRO_CONTENT_COLOR_ALPHA,
                                                        (int) step, (int) step);
  cairo_t *t = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (t, step * (k + 1) + 1, -1);
      cairo_line_to (t, step * k - 1, step + 1);
    }
  cairo_set_source_rgba (t, 1, 1, 1, 0.35);
  cairo_set_line_width (t, MEMBER_HATCH_WIDTH + 1.4);
  cairo_stroke_preserve (t);
  cairo_set_source_rgba (t, c->r, c->g, c->b, MEMBER_HATCH_ALPHA);
  cairo_set_line_width (t, MEMBER_HATCH_WIDTH);
  cairo_stroke (t);
  cairo_destroy (t);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  /* Whole pixels and no filtering keep pixman on its fast path for a repeating tile. */
  cairo_matrix_init_translate (&matrix, -round (fmod (anchor_x, step)), -round (fmod (anchor_y, step)));
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  return pattern;
}

static guint8 *
member_flags (YtRegionLayer *self,
              YtBasemap     *basemap)
{
  guint n = yt_basemap_get_n_regions (basemap);
  guint8 *inside = g_new0 (guint8, n + 1);

  for (guint i = 0; i < n; i++)
    inside[i] = g_hash_table_contains (self->members, yt_basemap_get_region_code (basemap, i));
  return inside;
}

/* Members are hatched, over whatever fill they have, and the edge of the
 * group is drawn in the same red: one fill and one stroke of arcs, each
 * once, as cheap as a class of borders (a clip to the members made each
 * stroke under it cost several times a frame). */
static void
draw_members (YtRegionLayer *self,
              YtRegionDraw  *rd,
              YtBasemap     *basemap)
{
  const Rgb *c = &member_rgb[self->dark];
  g_autofree guint8 *inside = NULL;
  cairo_pattern_t *pattern;
  guint n = yt_basemap_get_n_regions (basemap);

  if (g_hash_table_size (self->members) == 0)
    return;
  inside = member_flags (self, basemap);
  cairo_save (rd->cr);
  cairo_new_path (rd->cr);
  for (guint i = 0; i < n; i++)
    if (inside[i] && (rd->skip_region == NULL || !rd->skip_region[i]))
      yt_region_draw_fill (rd, i, FALSE);
  /* The device position of the map's origin anchors the pattern, so that it moves with the map. */
  pattern = hatch_pattern (self, rd->cr, rd->ox - rd->cx / rd->s, rd->oy + rd->cy / rd->s);
  cairo_set_source (rd->cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_set_fill_rule (rd->cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_fill (rd->cr);
  yt_region_draw_edge (rd, inside);
  cairo_set_source_rgba (rd->cr, c->r, c->g, c->b, 0.9);
  cairo_set_line_width (rd->cr, MEMBER_OUTLINE);
  cairo_set_line_join (rd->cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_stroke (rd->cr);
  cairo_restore (rd->cr);
}

void
yt_region_layer_draw_member_swatch (YtRegionLayer *self,
                                    cairo_t       *cr,
                                    double         x,
                                    double         y,
                                    double         width,
                                    double         height)
{
  const Rgb *c;
  cairo_pattern_t *pattern;

  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_return_if_fail (cr != NULL);

  c = &member_rgb[self->dark];
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, width - 1, height - 1);
  set_rgb (cr, &palettes[self->dark][YT_REGION_COLOR_LAND]);
  cairo_fill_preserve (cr);
  pattern = hatch_pattern (self, cr, x, y);
  cairo_set_source (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, c->r, c->g, c->b, 0.9);
  cairo_set_line_width (cr, MEMBER_OUTLINE);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
stroke_class (YtRegionLayer *self,
              YtRegionDraw  *rd,
              YtArcClass     klass,
              YtRegionColor  color,
              double         width)
{
  yt_region_draw_arcs (rd, klass);
  set_rgb (rd->cr, &palettes[self->dark][color]);
  cairo_set_line_width (rd->cr, width);
  cairo_stroke (rd->cr);
}

static gboolean *
replaced_regions (YtBasemap *world,
                  YtBasemap *china)
{
  guint n = yt_basemap_get_n_regions (world);
  gboolean *skip = g_new0 (gboolean, n);

  for (guint i = 0; i < n; i++)
    skip[i] = yt_basemap_replaces (china, yt_basemap_get_region_code (world, i));
  return skip;
}

static void
draw_graticule (YtRegionLayer *self,
                cairo_t       *cr,
                YtViewport    *vp,
                double         step)
{
  for (double lon = -180; lon <= 180; lon += step)
    for (double lat = -80; lat <= 80; lat += 1)
      {
        double x, y;

        if (yt_viewport_lonlat_to_device (vp, lon, lat, &x, &y))
          (lat == -80 ? cairo_move_to : cairo_line_to) (cr, x, y);
      }
  for (double lat = -60; lat <= 80; lat += step)
    for (double lon = -179.5; lon <= 179.5; lon += 1)
      {
        double x, y;

        if (yt_viewport_lonlat_to_device (vp, lon, lat, &x, &y))
          (lon == -179.5 ? cairo_move_to : cairo_line_to) (cr, x, y);
      }
  set_rgb (cr, &graticule_rgb[self->dark]);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

static gboolean
draw_frame (YtRegionLayer *self,
            cairo_t       *cr,
            YtViewport    *vp,
            YtMapKind      kind,
            GError       **error)
{
  g_autofree gboolean *skip = NULL;
  gboolean china = kind == YT_MAP_KIND_CHINA && self->china != NULL;
  YtRegionDraw rd, rc;
  YtExtent f;

  yt_viewport_get_frame (vp, &f);
  cairo_rectangle (cr, f.x0, f.y0, f.x1 - f.x0, f.y1 - f.y0);
  cairo_clip (cr);
  set_rgb (cr, &palettes[self->dark][YT_REGION_COLOR_SEA]);
  cairo_paint (cr);
  if (self->graticule)
    draw_graticule (self, cr, vp, kind == YT_MAP_KIND_CHINA ? 10 : 30);
  if (!yt_region_draw_init (&rd, cr, self->world, vp, TOLERANCE_PX, error))
    return FALSE;
  if (china && !yt_region_draw_init (&rc, cr, self->china, vp, TOLERANCE_PX, error))
    return FALSE;
  if (china)
    rd.skip_region = skip = replaced_regions (self->world, self->china);
  fill_basemap (self, &rd, self->world, china ? YT_REGION_COLOR_NEIGHBOUR : YT_REGION_COLOR_LAND);
  if (china)
    fill_basemap (self, &rc, self->china, YT_REGION_COLOR_LAND);
  draw_members (self, &rd, self->world);
  /* Borders are at most 1.3 px wide, where a round join differs from a
   * bevel by less than a pixel's coverage; round ones made Cairo flatten an
   * arc at every vertex, a tenth of the frame. */
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  stroke_class (self, &rd, YT_ARC_COAST, YT_REGION_COLOR_COAST, 0.6);
  stroke_class (self, &rd, YT_ARC_BORDER, YT_REGION_COLOR_BORDER, 0.9);
  if (china)
    {
      stroke_class (self, &rc, YT_ARC_PROVINCE, YT_REGION_COLOR_PROVINCE, 0.6);
      stroke_class (self, &rc, YT_ARC_COAST, YT_REGION_COLOR_COAST, 0.6);
      stroke_class (self, &rc, YT_ARC_BORDER, YT_REGION_COLOR_BORDER, 1.3);
    }
  return TRUE;
}

/**
 * yt_region_layer_draw:
 * @viewport: the frame to draw, whose projection matches @kind
 */
gboolean
yt_region_layer_draw (YtRegionLayer *self,
                      cairo_t       *cr,
                      YtViewport    *viewport,
                      YtMapKind      kind,
                      GError       **error)
{
  gboolean ok;

  g_return_val_if_fail (YT_IS_REGION_LAYER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (YT_IS_VIEWPORT (viewport), FALSE);

  cairo_save (cr);
  ok = draw_frame (self, cr, viewport, kind, error);
  cairo_restore (cr);
  return ok;
}

/**
 * yt_region_layer_draw_inset:
 * @viewport: the China view's frame
 *
 * Draws the South China Sea inset where yt_region_layer_set_inset() put
 * it; nothing when it put none.
 */
gboolean
yt_region_layer_draw_inset (YtRegionLayer *self,
                            cairo_t       *cr,
                            YtViewport    *viewport,
                            GError       **error)
{
  g_autoptr(YtViewport) inset = NULL;
  gboolean ok;
  YtExtent f;

  g_return_val_if_fail (YT_IS_REGION_LAYER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (YT_IS_VIEWPORT (viewport), FALSE);

  if (self->china == NULL || self->inset.x1 <= self->inset.x0)
    return TRUE;
  inset = yt_viewport_new_scs_inset (viewport, &self->inset);
  cairo_save (cr);
  ok = draw_frame (self, cr, inset, YT_MAP_KIND_CHINA, error);
  cairo_restore (cr);
  yt_viewport_get_frame (inset, &f);
  cairo_save (cr);
  cairo_rectangle (cr, f.x0 + 0.5, f.y0 + 0.5, f.x1 - f.x0 - 1, f.y1 - f.y0 - 1);
  set_rgb (cr, &palettes[self->dark][YT_REGION_COLOR_BORDER]);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  cairo_restore (cr);
  return ok;
}

/**
 * yt_region_layer_get_range:
 *
 * Returns: %FALSE when no choropleth values are set
 */
gboolean
yt_region_layer_get_range (YtRegionLayer *self,
                           double        *min,
                           double        *max)
{
  g_return_val_if_fail (YT_IS_REGION_LAYER (self), FALSE);
  g_return_val_if_fail (min != NULL && max != NULL, FALSE);

  if (g_hash_table_size (self->values) == 0)
    return FALSE;
  *min = self->vmin;
  *max = self->vmax;
  return TRUE;
}

/**
 * yt_region_layer_draw_ramp:
 *
 * Fills the rectangle with the choropleth's colour ramp, lowest value on
 * the left; the caller writes the caption and the values.
 */
void
yt_region_layer_draw_ramp (YtRegionLayer *self,
                           cairo_t       *cr,
                           double         x,
                           double         y,
                           double         width,
                           double         height)
{
  cairo_pattern_t *pattern;

  g_return_if_fail (YT_IS_REGION_LAYER (self));
  g_return_if_fail (cr != NULL);

  pattern = cairo_pattern_create_linear (x, 0, x + width, 0);
  for (int i = 0; i < 3; i++)
    cairo_pattern_add_color_stop_rgb (pattern, i / 2.0, ramps[self->dark][i].r,
                                      ramps[self->dark][i].g, ramps[self->dark][i].b);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_set_source (cr, pattern);
  cairo_fill (cr);
  cairo_restore (cr);
  cairo_pattern_destroy (pattern);
}
