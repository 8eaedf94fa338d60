/* yt-atlas-store.c: the current atlas (bundled set plus the user's files), replaced whole
 *
 * A load reads the bundled set, the files already open and the new ones into
 * a fresh atlas off the main thread. Only a load without problems replaces the
 * current atlas, so a broken file is never half applied and the app keeps
 * running on the last good data.  When there is no good data yet (a broken
 * file given at start-up), the bundled set and the files already open are
 * loaded without the new ones, so the window still has its data while the
 * problems are reported.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-atlas-store.h"

struct _YtAtlasStore
{
  GObject   parent_instance;
  YtAtlas  *atlas;
  GStrv     files;
  guint     n_loading;
};

enum {
  PROP_0,
  PROP_ATLAS,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (YtAtlasStore, yt_atlas_store, G_TYPE_OBJECT)

typedef struct {
  GStrv      files;        /* every user file of the new atlas, in order */
  GStrv      current;      /* the files of the current atlas */
  gboolean   had_atlas;    /* there was good data before this load */
  gboolean   fell_back;    /* the new files failed; atlas holds the others */
  YtAtlas   *atlas;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_strfreev (data->files);
  g_strfreev (data->current);
  g_clear_object (&data->atlas);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static GStrv
merge_files (const char * const *current,
             const char * const *added)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; current != NULL && current[i] != NULL; i++)
    g_strv_builder_add (builder, current[i]);
  for (guint i = 0; added != NULL && added[i] != NULL; i++)
    if (current == NULL || !g_strv_contains (current, added[i]))
      g_strv_builder_add (builder, added[i]);
  return g_strv_builder_end (builder);
}

/* No good data yet: the bundled set and the files already open, without
 * the new files that brought the problems. */
static void
load_without_new_files (LoadData *data)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();

  yt_atlas_loader_add_bundled (loader);
  for (guint i = 0; data->current[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, data->current[i]);
  data->atlas = yt_atlas_loader_finish (loader, NULL, NULL);
  if (data->atlas == NULL)
    return;
  data->fell_back = TRUE;
  g_strfreev (data->files);
  data->files = g_strdupv (data->current);
}

static gboolean
load (LoadData  *data,
      GError   **error)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();

  yt_atlas_loader_add_bundled (loader);
  for (guint i = 0; data->files[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, data->files[i]);
  data->atlas = yt_atlas_loader_finish (loader, &data->problems, error);
  if (data->atlas == NULL && !data->had_atlas && g_strv_length (data->files) > g_strv_length (data->current))
    load_without_new_files (data);
  return data->atlas != NULL && !data->fell_back;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;

  if (load (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
set_loading (YtAtlasStore *self,
             gboolean      started)
{
  gboolean was_loading = self->n_loading > 0;

  self->n_loading += started ? 1 : -1;
  if (was_loading != (self->n_loading > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
publish (YtAtlasStore *self,
         LoadData     *data)
{
  g_set_object (&self->atlas, data->atlas);
  g_strfreev (self->files);
  self->files = g_steal_pointer (&data->files);
  data->files = g_new0 (char *, 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATLAS]);
}

static gboolean
take_result (YtAtlasStore  *self,
             LoadData      *data,
             gboolean       ok,
             GPtrArray    **problems)
{
  if (ok || data->fell_back)
    publish (self, data);
  if (problems != NULL)
    *problems = data->problems != NULL ? g_ptr_array_ref (data->problems) : NULL;
  return ok;
}

static LoadData *
load_data_new (YtAtlasStore       *self,
               const char * const *added_files)
{
  LoadData *data = g_new0 (LoadData, 1);

  data->files = merge_files ((const char * const *) self->files, added_files);
  data->current = g_strdupv (self->files);
  data->had_atlas = self->atlas != NULL;
  return data;
}

void
yt_atlas_store_load_async (YtAtlasStore        *self,
                           const char * const  *added_files,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (YT_IS_ATLAS_STORE (self));

  data = load_data_new (self, added_files);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, yt_atlas_store_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  set_loading (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

gboolean
yt_atlas_store_load_finish (YtAtlasStore  *self,
                            GAsyncResult  *result,
                            GPtrArray    **problems,
                            GError       **error)
{
  LoadData *data;
  gboolean ok;

  g_return_val_if_fail (YT_IS_ATLAS_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  set_loading (self, FALSE);
  data = g_task_get_task_data (G_TASK (result));
  ok = g_task_propagate_boolean (G_TASK (result), error);
  return take_result (self, data, ok, problems);
}

gboolean
yt_atlas_store_load_sync (YtAtlasStore        *self,
                          const char * const  *added_files,
                          GPtrArray          **problems,
                          GError             **error)
{
  LoadData *data;
  gboolean ok;

  g_return_val_if_fail (YT_IS_ATLAS_STORE (self), FALSE);

  data = load_data_new (self, added_files);
  ok = load (data, error);
  ok = take_result (self, data, ok, problems);
  load_data_free (data);
  return ok;
}

static void
yt_atlas_store_finalize (GObject *object)
{
  YtAtlasStore *self = YT_ATLAS_STORE (object);

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->files, g_strfreev);

  G_OBJECT_CLASS (yt_atlas_store_parent_class)->finalize (object);
}

static void
yt_atlas_store_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  YtAtlasStore *self = YT_ATLAS_STORE (object);

  switch (prop_id)
    {
    case PROP_ATLAS:
      g_value_set_object (value, self->atlas);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->n_loading > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_atlas_store_class_init (YtAtlasStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = yt_atlas_store_finalize;
  object_class->get_property = yt_atlas_store_get_property;

  properties[PROP_ATLAS] =
    g_param_spec_object ("atlas", NULL, NULL, YT_TYPE_ATLAS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
yt_atlas_store_init (YtAtlasStore *self)
{
  self->files = g_new0 (char *, 1);
}

YtAtlasStore *
yt_atlas_store_new (void)
{
  return g_object_new (YT_TYPE_ATLAS_STORE, NULL);
}

YtAtlas *
yt_atlas_store_get_atlas (YtAtlasStore *self)
{
  g_return_val_if_fail (YT_IS_ATLAS_STORE (self), NULL);
  return self->atlas;
}

const char * const *
yt_atlas_store_get_files (YtAtlasStore *self)
{
  g_return_val_if_fail (YT_IS_ATLAS_STORE (self), NULL);
  return (const char * const *) self->files;
}

gboolean
yt_atlas_store_get_loading (YtAtlasStore *self)
{
  g_return_val_if_fail (YT_IS_ATLAS_STORE (self), FALSE);
  return self->n_loading > 0;
}
