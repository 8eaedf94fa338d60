/* yt-map-renderer.c: the one drawing path for screen, PNG, SVG, PDF and print
 *
 * This file holds the object and its properties; yt-map-frame.c draws a
 * frame, and the layers live in yt-map-sites.c, yt-map-labels.c,
 * yt-map-legend.c and yt-map-scalebar.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-catalog.h"
#include "yt-map-private.h"

enum {
  PROP_0,
  PROP_KIND,
  PROP_DARK,
  PROP_LANGUAGE,
  PROP_CHOROPLETH,
  PROP_GRATICULE,
  PROP_AS_OF_YEAR,
  PROP_LEGEND_OUTSIDE,
  PROP_LEGEND_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (YtMapRenderer, yt_map_renderer, G_TYPE_OBJECT)

GType
yt_map_kind_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { YT_MAP_KIND_CHINA, "YT_MAP_KIND_CHINA", "china" },
    { YT_MAP_KIND_WORLD, "YT_MAP_KIND_WORLD", "world" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("YtMapKind", values));
  return type_id;
}

GType
yt_map_choropleth_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { YT_MAP_CHOROPLETH_NONE, "YT_MAP_CHOROPLETH_NONE", "none" },
    { YT_MAP_CHOROPLETH_SITES, "YT_MAP_CHOROPLETH_SITES", "sites" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("YtMapChoropleth", values));
  return type_id;
}

const char *
yt_map_kind_to_string (YtMapKind kind)
{
  return kind == YT_MAP_KIND_WORLD ? "world" : "china";
}

const double *
yt_map_kind_get_extent (YtMapKind kind)
{
  static const double extents[2][4] = { { YT_VIEW_CHINA_EXTENT }, { YT_VIEW_WORLD_EXTENT } };

  return extents[kind == YT_MAP_KIND_WORLD];
}

gboolean
yt_map_kind_contains (YtMapKind kind,
                      double    lon,
                      double    lat)
{
  const double *e = yt_map_kind_get_extent (kind);

  return lon >= e[0] && lat >= e[1] && lon <= e[2] && lat <= e[3];
}

gboolean
yt_map_kind_from_string (const char *text,
                         YtMapKind  *kind)
{
  if (g_strcmp0 (text, "china") == 0)
    *kind = YT_MAP_KIND_CHINA;
  else if (g_strcmp0 (text, "world") == 0)
    *kind = YT_MAP_KIND_WORLD;
  else
    return FALSE;
  return TRUE;
}

static void
yt_map_renderer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  YtMapRenderer *self = YT_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DARK:
      g_value_set_boolean (value, self->dark);
      break;
    case PROP_LANGUAGE:
      g_value_set_enum (value, self->language);
      break;
    case PROP_CHOROPLETH:
      g_value_set_enum (value, self->choropleth);
      break;
    case PROP_GRATICULE:
      g_value_set_boolean (value, self->graticule);
      break;
    case PROP_AS_OF_YEAR:
      g_value_set_int (value, self->as_of_year);
      break;
    case PROP_LEGEND_OUTSIDE:
      g_value_set_boolean (value, self->legend_outside);
      break;
    case PROP_LEGEND_VISIBLE:
      g_value_set_boolean (value, !self->legend_hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_map_renderer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  YtMapRenderer *self = YT_MAP_RENDERER (object);

  switch (prop_id)
    {
    case PROP_KIND:
      yt_map_renderer_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DARK:
      yt_map_renderer_set_dark (self, g_value_get_boolean (value));
      break;
    case PROP_LANGUAGE:
      yt_map_renderer_set_language (self, g_value_get_enum (value));
      break;
    case PROP_CHOROPLETH:
      yt_map_renderer_set_choropleth (self, g_value_get_enum (value));
      break;
    case PROP_GRATICULE:
      yt_map_renderer_set_graticule (self, g_value_get_boolean (value));
      break;
    case PROP_AS_OF_YEAR:
      yt_map_renderer_set_as_of_year (self, g_value_get_int (value));
      break;
    case PROP_LEGEND_OUTSIDE:
      yt_map_renderer_set_legend_outside (self, g_value_get_boolean (value));
      break;
    case PROP_LEGEND_VISIBLE:
      yt_map_renderer_set_legend_visible (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_map_renderer_finalize (GObject *object)
{
  YtMapRenderer *self = YT_MAP_RENDERER (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      g_clear_object (&self->views[i].projection);
      g_clear_object (&self->views[i].viewport);
      g_clear_pointer (&self->views[i].site_xy, g_free);
    }
  for (guint i = 0; i < YT_MAP_N_TEXT_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->atlas);
  g_clear_pointer (&self->sites, g_free);
  g_clear_pointer (&self->site_rank, g_free);
  g_clear_object (&self->regions);
  g_clear_pointer (&self->site_layer, yt_site_layer_free);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->obstacles, g_array_unref);
  G_OBJECT_CLASS (yt_map_renderer_parent_class)->finalize (object);
}

static void
yt_map_renderer_class_init (YtMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = yt_map_renderer_finalize;
  object_class->get_property = yt_map_renderer_get_property;
  object_class->set_property = yt_map_renderer_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, YT_TYPE_MAP_KIND, YT_MAP_KIND_CHINA,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
    g_param_spec_boolean ("dark", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_enum ("language", NULL, NULL, YT_TYPE_LANG, YT_LANG_EN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHOROPLETH] =
    g_param_spec_enum ("choropleth", NULL, NULL, YT_TYPE_MAP_CHOROPLETH, YT_MAP_CHOROPLETH_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRATICULE] =
    g_param_spec_boolean ("graticule", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF_YEAR] =
    g_param_spec_int ("as-of-year", NULL, NULL, 0, 9999, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* For a page that prints the legend under the map (the report): the frame
   * keeps all its room for the map. */
  properties[PROP_LEGEND_OUTSIDE] =
    g_param_spec_boolean ("legend-outside", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A reader who knows the symbols folds the legend away for the room. */
  properties[PROP_LEGEND_VISIBLE] =
    g_param_spec_boolean ("legend-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Text styles: sizes in device pixels (absolute), so every surface agrees. */
static const struct { const char *weight; double px; } text_styles[YT_MAP_N_TEXT_STYLES] = {
  [YT_MAP_TEXT_COUNTRY] = { "Medium", 12.5 },
  [YT_MAP_TEXT_NEIGHBOUR] = { "", 11.0 },
  [YT_MAP_TEXT_PROVINCE] = { "", 11.0 },
  [YT_MAP_TEXT_SITE] = { "Medium", 11.5 },
  [YT_MAP_TEXT_LEGEND] = { "", 11.0 },
  [YT_MAP_TEXT_LEGEND_TITLE] = { "Bold", 11.0 },
  [YT_MAP_TEXT_SMALL] = { "", 9.5 },
};

static void
yt_map_renderer_init (YtMapRenderer *self)
{
  self->selection = YT_REF_NONE;
  self->n_unlocated = -1;
  self->site_layer = yt_site_layer_new ();
  self->labels = g_array_new (FALSE, TRUE, sizeof (YtMapLabel));
  g_array_set_clear_func (self->labels, yt_map_label_clear);
  self->obstacles = g_array_new (FALSE, FALSE, sizeof (YtBox));
  for (guint i = 0; i < YT_MAP_N_TEXT_STYLES; i++)
    {
      g_autofree char *spec = g_strdup_printf ("%s %s", YT_MAP_FONT, text_styles[i].weight);

      self->fonts[i] = pango_font_description_from_string (spec);
      pango_font_description_set_absolute_size (self->fonts[i], text_styles[i].px * PANGO_SCALE);
    }
}

YtMapRenderer *
yt_map_renderer_new (YtMapKind kind)
{
  return g_object_new (YT_TYPE_MAP_RENDERER, "kind", kind, NULL);
}

YtMapKind
yt_map_renderer_get_kind (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), YT_MAP_KIND_CHINA);
  return self->kind;
}

void
yt_map_renderer_set_kind (YtMapRenderer *self,
                          YtMapKind      kind)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gboolean
yt_map_renderer_get_dark (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  return self->dark;
}

void
yt_map_renderer_set_dark (YtMapRenderer *self,
                          gboolean       dark)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  dark = !!dark;
  if (self->dark == dark)
    return;
  self->dark = dark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
}

YtLang
yt_map_renderer_get_language (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), YT_LANG_EN);
  return self->language;
}

void
yt_map_renderer_set_language (YtMapRenderer *self,
                              YtLang         language)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  if (self->language == language)
    return;
  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

YtMapChoropleth
yt_map_renderer_get_choropleth (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), YT_MAP_CHOROPLETH_NONE);
  return self->choropleth;
}

void
yt_map_renderer_set_choropleth (YtMapRenderer   *self,
                                YtMapChoropleth  choropleth)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (choropleth <= YT_MAP_CHOROPLETH_SITES);

  if (self->choropleth == choropleth)
    return;
  self->choropleth = choropleth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOROPLETH]);
}

gboolean
yt_map_renderer_get_graticule (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  return self->graticule;
}

void
yt_map_renderer_set_graticule (YtMapRenderer *self,
                               gboolean       graticule)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  graticule = !!graticule;
  if (self->graticule == graticule)
    return;
  self->graticule = graticule;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRATICULE]);
}

gboolean
yt_map_renderer_get_legend_outside (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), FALSE);
  return self->legend_outside;
}

void
yt_map_renderer_set_legend_outside (YtMapRenderer *self,
                                    gboolean       outside)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  outside = !!outside;
  if (self->legend_outside == outside)
    return;
  self->legend_outside = outside;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_OUTSIDE]);
}

gboolean
yt_map_renderer_get_legend_visible (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), TRUE);
  return !self->legend_hidden;
}

void
yt_map_renderer_set_legend_visible (YtMapRenderer *self,
                                    gboolean       visible)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));

  if (self->legend_hidden == !visible)
    return;
  self->legend_hidden = !visible;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGEND_VISIBLE]);
}

int
yt_map_renderer_get_as_of_year (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), 0);
  return self->as_of_year;
}

void
yt_map_renderer_set_as_of_year (YtMapRenderer *self,
                                int            year)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->as_of_year == year)
    return;
  self->as_of_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF_YEAR]);
}

YtAtlas *
yt_map_renderer_get_atlas (YtMapRenderer *self)
{
  g_return_val_if_fail (YT_IS_MAP_RENDERER (self), NULL);
  return self->atlas;
}

/* A new atlas drops the filter and the selection: their indices were into the old one. */
void
yt_map_renderer_set_atlas (YtMapRenderer *self,
                           YtAtlas       *atlas)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (atlas == NULL || YT_IS_ATLAS (atlas));

  if (!g_set_object (&self->atlas, atlas))
    return;
  g_clear_pointer (&self->sites, g_free);
  self->n_sites = 0;
  self->n_unlocated = -1;
  g_clear_pointer (&self->site_rank, g_free);
  self->selection = YT_REF_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    g_clear_pointer (&self->views[i].site_xy, g_free);
}

/**
 * yt_map_renderer_set_sites:
 * @sites: (nullable) (array length=n_sites): site indices to show; NULL
 *   shows every site
 */
void
yt_map_renderer_set_sites (YtMapRenderer *self,
                           const guint   *sites,
                           guint          n_sites)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (sites != NULL || n_sites == 0);

  g_clear_pointer (&self->sites, g_free);
  self->n_sites = 0;
  self->n_unlocated = -1;
  if (sites == NULL)
    return;
  self->sites = g_memdup2 (sites, sizeof (guint) * MAX (n_sites, 1));
  self->n_sites = n_sites;
}

void
yt_map_renderer_set_selection (YtMapRenderer *self,
                               YtRef          selection)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  self->selection = selection;
}

/* Strings in the renderer's language, which may differ from the interface's. */
const char *
yt_map_renderer_tr (YtMapRenderer *self,
                    const char    *msgid)
{
  return yt_catalog_gettext (self->language, msgid);
}
