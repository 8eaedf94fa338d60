/* yt-command-line.h: options and the modes that run without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit status, as documented in --help. */
enum {
  YT_EXIT_OK = 0,
  YT_EXIT_INVALID_INPUT = 1,
  YT_EXIT_USAGE = 2,
  YT_EXIT_NOT_WRITTEN = 3,
};

typedef struct {
  gboolean  version;
  gboolean  validate;
  char     *export_map;
  char     *export_report;
  char     *view;
  char     *size;
  char     *scale;
  char     *lang;
  char     *paper;
  char     *as_of;
  char     *author;
  char     *export_data;
  char     *import;
  char     *output;
  char    **map;
  char    **defaults;
  gboolean  skip_bad_rows;
  char    **files;
} YtCommandLine;

void     yt_command_line_clear    (YtCommandLine  *cl);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (YtCommandLine, yt_command_line_clear)
gboolean yt_command_line_parse    (YtCommandLine  *cl,
                                   int            *argc,
                                   char         ***argv,
                                   GError        **error);
gboolean yt_command_line_headless (const YtCommandLine *cl);
int      yt_command_line_run      (const YtCommandLine *cl);

G_END_DECLS
