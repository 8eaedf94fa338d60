/* yt-validate.c: `yuntu --validate FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are checked together with the bundled set, as the app would
 * load them, so that references into bundled ids resolve and a clash with
 * a bundled id is caught.  Problems in the bundled set are reported too.
 * A FILE identical to a bundled file stands in for it: `yuntu --validate
 * data/atlas/…` checks the shipped set itself.
 */
#include "config.h"

#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-validate.h"

/* Only small files are worth comparing with the bundled ones; the loader
 * reads and checks every file on its own terms anyway. */
static GStrv
file_checksums (const char * const *files)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autofree char *contents = NULL;
      gsize length;
      GStatBuf st;

      if (g_stat (files[i], &st) != 0 || !S_ISREG (st.st_mode) || st.st_size > 16 * 1024 * 1024)
        continue;
      if (g_file_get_contents (files[i], &contents, &length, NULL))
        {
          g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                              (const guchar *) contents, length);
          g_strv_builder_add (builder, sum);
        }
    }
  return g_strv_builder_end (builder);
}

int
yt_validate_main (const char * const *files,
                  FILE               *out,
                  FILE               *err)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (YtAtlas) atlas = NULL;
  g_auto (GStrv) checksums = NULL;
  guint companies, sites, facts, sources, memberships, corridors;

  g_return_val_if_fail (out != NULL && err != NULL, 2);

  checksums = file_checksums (files);
  yt_atlas_loader_add_bundled_except (loader, (const char * const *) checksums);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, files[i]);
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = yt_atlas_problem_to_string (problems->pdata[i]);
      fprintf (err, "%s\n", line);
    }
  if (atlas == NULL)
    return 1;
  companies = yt_atlas_get_n_records (atlas, YT_RECORD_COMPANY);
  sites = yt_atlas_get_n_records (atlas, YT_RECORD_SITE);
  facts = yt_atlas_get_n_records (atlas, YT_RECORD_FACT);
  sources = yt_atlas_get_n_records (atlas, YT_RECORD_SOURCE);
  memberships = yt_atlas_get_n_records (atlas, YT_RECORD_MEMBERSHIP);
  corridors = yt_atlas_get_n_records (atlas, YT_RECORD_CORRIDOR);
  /* TRANSLATORS: the summary of a successful --validate run */
  fprintf (out, _("%u companies, %u sites, %u facts, %u sources, %u memberships, %u corridors: no problems.\n"),
           companies, sites, facts, sources, memberships, corridors);
  return 0;
}
