/* yt-atlas-loader.h: reads atlas XML files into one immutable YtAtlas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Add the bundled set first, then the user's files; finish() checks them
 * together and returns the atlas only when there is no problem at all, so a
 * caller never sees a half-applied merge.  Every problem is kept, each with
 * its file, line and column.  A loader may run on a worker thread.
 */
#pragma once

#include <gio/gio.h>

#include "yuntu/yt-atlas.h"

G_BEGIN_DECLS

#define YT_ATLAS_ERROR (yt_atlas_error_quark ())

typedef enum {
  YT_ATLAS_ERROR_IO,          /* missing or unreadable file */
  YT_ATLAS_ERROR_TOO_LARGE,   /* file, text, attribute or markup over its limit */
  YT_ATLAS_ERROR_ENCODING,    /* not UTF-8, or compressed */
  YT_ATLAS_ERROR_FORBIDDEN,   /* DOCTYPE, entities, external content */
  YT_ATLAS_ERROR_MALFORMED,   /* not well-formed XML */
  YT_ATLAS_ERROR_STRUCTURE,   /* elements and attributes outside the vocabulary */
  YT_ATLAS_ERROR_VALUE,       /* a value of the wrong form or out of range */
  YT_ATLAS_ERROR_DUPLICATE,   /* an id defined twice */
  YT_ATLAS_ERROR_REFERENCE,   /* a reference that does not resolve */
  YT_ATLAS_ERROR_INVALID,     /* the summary: the data has problems */
} YtAtlasError;

/* The bundled data set, compiled into the binary. */
#define YT_ATLAS_BUNDLED_PATH "/io/github/yuntu/Yuntu/data/atlas/"

/* Input limits: anything larger is refused with a located error. */
#define YT_ATLAS_MAX_FILE_SIZE   (256u * 1024 * 1024)
#define YT_ATLAS_MAX_TEXT_SIZE   (64u * 1024)
#define YT_ATLAS_MAX_DEPTH       16
#define YT_ATLAS_MAX_PROBLEMS    10000

typedef struct {
  char        *file;
  guint        line;          /* 0 when the problem is the file as a whole */
  guint        column;
  YtAtlasError code;
  char        *message;       /* a translated sentence */
  guint        file_index;    /* order in which the file was added */
} YtAtlasProblem;

#define YT_TYPE_ATLAS_PROBLEM (yt_atlas_problem_get_type ())
GType           yt_atlas_problem_get_type   (void) G_GNUC_CONST;
YtAtlasProblem *yt_atlas_problem_copy       (const YtAtlasProblem *problem);
void            yt_atlas_problem_free       (YtAtlasProblem       *problem);
char           *yt_atlas_problem_to_string  (const YtAtlasProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (YtAtlasProblem, yt_atlas_problem_free)

#define YT_TYPE_ATLAS_LOADER (yt_atlas_loader_get_type ())
G_DECLARE_FINAL_TYPE (YtAtlasLoader, yt_atlas_loader, YT, ATLAS_LOADER, GObject)

GQuark         yt_atlas_error_quark          (void);

YtAtlasLoader *yt_atlas_loader_new           (void);
gboolean       yt_atlas_loader_add_file      (YtAtlasLoader *self,
                                              const char    *path);
gboolean       yt_atlas_loader_add_bytes     (YtAtlasLoader *self,
                                              GBytes        *bytes,
                                              const char    *display_name);
gboolean       yt_atlas_loader_add_resource  (YtAtlasLoader *self,
                                              GResource     *resource,
                                              const char    *path);
gboolean       yt_atlas_loader_add_bundled   (YtAtlasLoader *self);
gboolean       yt_atlas_loader_add_bundled_except (YtAtlasLoader      *self,
                                              const char * const *checksums);
YtAtlas       *yt_atlas_loader_finish        (YtAtlasLoader *self,
                                              GPtrArray    **problems,
                                              GError       **error);

G_END_DECLS
