/* yt-map-renderer.c: the one drawing path for screen, PNG, SVG, PDF and print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "yuntu/yt-map-renderer.h"

struct _YtMapRenderer
{
  GObject   parent_instance;
  YtMapKind kind;
  gboolean  dark;
  YtLang    language;
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_DARK,
  PROP_LANGUAGE,
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

const char *
yt_map_kind_to_string (YtMapKind kind)
{
  return kind == YT_MAP_KIND_WORLD ? "world" : "china";
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_map_renderer_class_init (YtMapRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

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
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
yt_map_renderer_init (YtMapRenderer *self)
{
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

static void
draw_sea (YtMapRenderer *self,
          cairo_t       *cr,
          double         width,
          double         height)
{
  if (self->dark)
    cairo_set_source_rgb (cr, 0.10, 0.14, 0.20);
  else
    cairo_set_source_rgb (cr, 0.80, 0.88, 0.95);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

void
yt_map_renderer_render (YtMapRenderer *self,
                        cairo_t       *cr,
                        double         width,
                        double         height)
{
  g_return_if_fail (YT_IS_MAP_RENDERER (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  draw_sea (self, cr, width, height);
  cairo_restore (cr);
}
