/* fuzz-atlas-loader.c: libFuzzer target for the atlas loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build and run with tests/fuzz/run-fuzz.sh SECONDS.  Each input is loaded
 * as one file; a second pass loads it twice, so that the cross-file paths
 * (duplicates, references) are exercised too.
 */
#include "config.h"

#include <stdint.h>

#include "yuntu/yt-atlas-loader.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
load (GBytes *bytes, guint copies)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (YtAtlas) atlas = NULL;

  for (guint i = 0; i < copies; i++)
    yt_atlas_loader_add_bytes (loader, bytes, i == 0 ? "fuzz.xml" : "fuzz-copy.xml");
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  g_assert ((atlas == NULL) == (problems->len > 0));
  for (guint i = 0; i < problems->len; i++)
    g_free (yt_atlas_problem_to_string (problems->pdata[i]));
  if (atlas != NULL)
    for (guint s = 0; s < yt_atlas_get_n_records (atlas, YT_RECORD_SITE); s++)
      yt_atlas_get_name (atlas, YT_REF (YT_RECORD_SITE, s), YT_LANG_ZH, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);

  load (bytes, 1);
  load (bytes, 2);
  return 0;
}
