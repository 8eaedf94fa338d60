/* yt-atlas-meaning.c: checks of meaning that need the references resolved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A membership must not end before it starts, and a region holds at most one
 * membership of an initiative at a time (a country that left and signed
 * again has two records that do not overlap).  A "spans" link ties a hub or
 * cluster to a region it covers.  Each problem is reported at the start tag
 * of the record at fault: the later of two overlapping memberships, which
 * names the earlier one's place.
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-builder.h"
#include "yt-atlas-vocab.h"

#define MEMBERSHIP(self, i) yt_vec_at (&(self)->records[YT_RECORD_MEMBERSHIP], YtMembership, i)

static char *
date_text (YtDate date)
{
  if (YT_DATE_MONTH (date) == 0)
    return g_strdup_printf ("%04d", YT_DATE_YEAR (date));
  if (YT_DATE_DAY (date) == 0)
    return g_strdup_printf ("%04d-%02d", YT_DATE_YEAR (date), YT_DATE_MONTH (date));
  return g_strdup_printf ("%04d-%02d-%02d", YT_DATE_YEAR (date), YT_DATE_MONTH (date), YT_DATE_DAY (date));
}

static void
check_order (YtAtlasBuilder *self, const YtMembership *m)
{
  g_autofree char *start = NULL, *end = NULL;

  if (m->start == 0 || m->end == 0 || yt_atlas_vocab_compare_dates (m->end, m->start) >= 0)
    return;
  start = date_text (m->start);
  end = date_text (m->end);
  yt_atlas_builder_report (self, m->head.file, m->head.line, m->head.column, YT_ATLAS_ERROR_VALUE,
                           _("The membership ends (%s) before it starts (%s)."), end, start);
}

static int
compare_keys (const void *a, const void *b, void *data)
{
  YtAtlasBuilder *self = data;
  const YtMembership *x = MEMBERSHIP (self, *(const guint *) a);
  const YtMembership *y = MEMBERSHIP (self, *(const guint *) b);

  if (x->region != y->region)
    return x->region < y->region ? -1 : 1;
  if (x->initiative != y->initiative)
    return x->initiative < y->initiative ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Whether @a still lasts when @b starts: an open end lasts for ever. */
static gboolean
reaches (const YtMembership *a, const YtMembership *b)
{
  return a->end == 0 || yt_atlas_vocab_compare_dates (a->end, b->start) > 0;
}

static gboolean
same_group (const YtMembership *a, const YtMembership *b)
{
  return a->region == b->region && a->initiative == b->initiative;
}

/* Sorted by region, initiative and start, each membership is compared with
 * the one of its group that reaches furthest, so that a long membership is
 * caught against every later one it covers. */
static void
check_overlaps (YtAtlasBuilder *self)
{
  guint n = self->records[YT_RECORD_MEMBERSHIP].len;
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  const YtMembership *furthest = NULL;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint), (GCompareDataFunc) compare_keys, self);
  for (guint i = 0; i < n; i++)
    {
      const YtMembership *m = MEMBERSHIP (self, order[i]);

      /* Unresolved references and dates were reported already; they say nothing here. */
      if (m->region == YT_ATLAS_NONE || m->initiative == YT_ATLAS_NONE || m->start == 0)
        continue;
      if (furthest != NULL && !same_group (furthest, m))
        furthest = NULL;
      if (furthest != NULL && reaches (furthest, m))
        yt_atlas_builder_report (self, m->head.file, m->head.line, m->head.column, YT_ATLAS_ERROR_VALUE,
                                 _("The membership overlaps the one at %s:%u:%u: a region can hold only one membership of an initiative at a time."),
                                 (const char *) self->files->pdata[furthest->head.file],
                                 furthest->head.line, furthest->head.column);
      if (furthest == NULL || m->end == 0 ||
          (furthest->end != 0 && yt_atlas_vocab_compare_dates (m->end, furthest->end) > 0))
        furthest = m;
    }
}

static void
check_spans (YtAtlasBuilder *self, const YtLink *link)
{
  const YtSite *site = NULL;

  if (link->kind != YT_LINK_SPANS || link->from == YT_REF_NONE || link->to == YT_REF_NONE)
    return;
  if (YT_REF_KIND (link->from) == YT_RECORD_SITE)
    site = yt_vec_at (&self->records[YT_RECORD_SITE], YtSite, YT_REF_INDEX (link->from));
  if (site == NULL || (site->kind != YT_SITE_HUB && site->kind != YT_SITE_CLUSTER))
    yt_atlas_builder_report (self, link->head.file, link->head.line, link->head.column,
                             YT_ATLAS_ERROR_REFERENCE,
                             _("A “spans” link must go from a computing hub or a data-centre cluster."));
  if (YT_REF_KIND (link->to) != YT_RECORD_REGION)
    yt_atlas_builder_report (self, link->head.file, link->head.line, link->head.column,
                             YT_ATLAS_ERROR_REFERENCE,
                             _("A “spans” link must go to a region."));
}

void
yt_atlas_builder_check_meaning (YtAtlasBuilder *self)
{
  for (guint i = 0; i < self->records[YT_RECORD_MEMBERSHIP].len; i++)
    check_order (self, MEMBERSHIP (self, i));
  check_overlaps (self);
  for (guint i = 0; i < self->records[YT_RECORD_LINK].len; i++)
    check_spans (self, yt_vec_at (&self->records[YT_RECORD_LINK], YtLink, i));
}
