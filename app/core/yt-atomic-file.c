/* yt-atomic-file.c: write to a temporary sibling, fsync, keep the mode, rename, fsync the folder
 *
 * GLib's own helpers are not enough here: g_file_replace_contents renamed truncated
 * content over the original on a full disk, and g_file_set_contents neither fsyncs
 * nor keeps the original file mode.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "yt-atomic-file-private.h"

struct _YtAtomicFile
{
  char   *path;
  char   *temp_path;
  int     fd;
  gboolean has_mode;
  mode_t  mode;
  GError *error;
};

G_DEFINE_QUARK (yt-file-error-quark, yt_file_error)

static void
set_errno_error (GError    **error,
                 int         saved_errno,
                 const char *path)
{
  g_autofree char *display = g_filename_display_name (path);
  int code = YT_FILE_ERROR_FAILED;

  if (saved_errno == ENOSPC || saved_errno == EDQUOT || saved_errno == EFBIG)
    code = YT_FILE_ERROR_NO_SPACE;
  else if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    code = YT_FILE_ERROR_PERMISSION;

  if (code == YT_FILE_ERROR_NO_SPACE)
    g_set_error (error, YT_FILE_ERROR, code,
                 _("Could not write “%s”: the disk is full. The existing file was left untouched."),
                 display);
  else
    g_set_error (error, YT_FILE_ERROR, code,
                 _("Could not write “%s”: %s. The existing file was left untouched."),
                 display, g_strerror (saved_errno));
}

YtAtomicFile *
yt_atomic_file_open (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  struct stat st;
  YtAtomicFile *self;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  self = g_new0 (YtAtomicFile, 1);
  self->path = g_strdup (path);
  self->fd = -1;

  if (g_stat (path, &st) == 0)
    {
      self->has_mode = TRUE;
      self->mode = st.st_mode & 07777;
    }

  for (guint attempt = 0; attempt < 100 && self->fd < 0; attempt++)
    {
      g_free (self->temp_path);
      self->temp_path = g_strdup_printf ("%s%c.%s.%08x.part", dir, G_DIR_SEPARATOR,
                                         base, g_random_int ());
      /* 0666 lets the umask decide the mode of a new file, as for any other program. */
      self->fd = open (self->temp_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (self->fd < 0 && errno != EEXIST)
        break;
    }

  if (self->fd < 0)
    {
      set_errno_error (error, errno, path);
      g_clear_pointer (&self->temp_path, g_free);
      yt_atomic_file_abort (self);
      return NULL;
    }

  return self;
}

const char *
yt_atomic_file_get_temp_path (YtAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

gboolean
yt_atomic_file_write (YtAtomicFile  *self,
                      const void    *data,
                      gsize          length,
                      GError       **error)
{
  const guint8 *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_errno_error (error, n < 0 ? errno : ENOSPC, self->path);
          return FALSE;
        }
      p += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* Cairo 1.16 crashes in cairo_surface_finish() when a stream write reports an
 * error, so the first failure is kept here, later writes are dropped, and the
 * caller asks yt_atomic_file_take_error() once Cairo is done. */
cairo_status_t
yt_atomic_file_cairo_write (void                *closure,
                            const unsigned char *data,
                            unsigned int         length)
{
  YtAtomicFile *self = closure;

  if (self->error == NULL)
    yt_atomic_file_write (self, data, length, &self->error);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
yt_atomic_file_take_error (YtAtomicFile  *self,
                           GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->error == NULL)
    return FALSE;
  g_propagate_error (error, g_steal_pointer (&self->error));
  return TRUE;
}

static void
sync_directory (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* Best effort: some file systems refuse fsync on directories. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
yt_atomic_file_commit (YtAtomicFile  *self,
                       GError       **error)
{
  gboolean ok = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  if (yt_atomic_file_take_error (self, error))
    goto out;

  if (self->has_mode && fchmod (self->fd, self->mode) != 0)
    {
      set_errno_error (error, errno, self->path);
      goto out;
    }

  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    {
      self->fd = -1;
      set_errno_error (error, errno, self->path);
      goto out;
    }
  self->fd = -1;

  if (g_rename (self->temp_path, self->path) != 0)
    {
      set_errno_error (error, errno, self->path);
      goto out;
    }
  g_clear_pointer (&self->temp_path, g_free);
  sync_directory (self->path);
  ok = TRUE;

out:
  yt_atomic_file_abort (self);
  return ok;
}

void
yt_atomic_file_abort (YtAtomicFile *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_clear_error (&self->error);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}

gboolean
yt_atomic_file_set_contents (const char  *path,
                             const void  *data,
                             gsize        length,
                             GError     **error)
{
  YtAtomicFile *file = yt_atomic_file_open (path, error);

  if (file == NULL)
    return FALSE;
  if (!yt_atomic_file_write (file, data, length, error))
    {
      yt_atomic_file_abort (file);
      return FALSE;
    }
  return yt_atomic_file_commit (file, error);
}

void
_yt_atomic_file_replace_fd (YtAtomicFile *self,
                            int           fd)
{
  g_return_if_fail (self != NULL);

  if (self->fd >= 0)
    close (self->fd);
  self->fd = fd;
}
