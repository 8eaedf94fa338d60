/* yt-atomic-file.h: replace a file only once its new content is complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

#define YT_FILE_ERROR (yt_file_error_quark ())

typedef enum {
  YT_FILE_ERROR_FAILED,
  YT_FILE_ERROR_NO_SPACE,
  YT_FILE_ERROR_PERMISSION,
  YT_FILE_ERROR_CANCELLED,
} YtFileError;

GQuark yt_file_error_quark (void);

/* yt_atomic_file_commit() and yt_atomic_file_abort() both free the object. */
typedef struct _YtAtomicFile YtAtomicFile;

YtAtomicFile *yt_atomic_file_open          (const char    *path,
                                            GError       **error);
gboolean      yt_atomic_file_write         (YtAtomicFile  *self,
                                            const void    *data,
                                            gsize          length,
                                            GError       **error);
gboolean      yt_atomic_file_commit        (YtAtomicFile  *self,
                                            GError       **error);
void          yt_atomic_file_abort         (YtAtomicFile  *self);
const char   *yt_atomic_file_get_temp_path (YtAtomicFile  *self);

/* A cairo_write_func_t that never reports failure to Cairo: the first write
 * error is kept for yt_atomic_file_take_error() and later writes are dropped. */
cairo_status_t yt_atomic_file_cairo_write  (void                *closure,
                                            const unsigned char *data,
                                            unsigned int         length);
gboolean      yt_atomic_file_take_error    (YtAtomicFile  *self,
                                            GError       **error);

gboolean      yt_atomic_file_set_contents  (const char    *path,
                                            const void    *data,
                                            gsize          length,
                                            GError       **error);


G_END_DECLS
