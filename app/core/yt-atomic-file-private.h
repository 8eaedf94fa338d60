/* yt-atomic-file-private.h: hooks for tests that simulate a full disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "yuntu/yt-atomic-file.h"

G_BEGIN_DECLS

/* Makes later writes go to @fd (for example /dev/full); takes ownership. */
void _yt_atomic_file_replace_fd (YtAtomicFile *self,
                                 int           fd);

G_END_DECLS
