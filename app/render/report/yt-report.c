/* yt-report.c: the report object: options, two-pass layout, page drawing
 *
 * The contents page shows page numbers that are only known once everything
 * after it is laid out, so the document is laid out twice: the second pass
 * reads the first pass's page numbers.  The contents has a fixed number of
 * entries, so its length, and every later page, stays the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-report-private.h"

struct _YtReport
{
  GObject          parent_instance;
  YtAtlas         *atlas;
  YtReportOptions  options;
  guint           *sites;
  YtDoc           *doc;
  char            *title;
  char            *author;
  char            *date;
  GPtrArray       *labels;
  guint            n_cited;
  YtMapRenderer   *maps[2];
  double           legend_h[2];  /* measured under a map, map pixels; < 0: not yet */
};

G_DEFINE_FINAL_TYPE (YtReport, yt_report, G_TYPE_OBJECT)

static void
yt_report_finalize (GObject *object)
{
  YtReport *self = YT_REPORT (object);

  g_clear_object (&self->maps[0]);
  g_clear_object (&self->maps[1]);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->doc, yt_doc_free);
  g_free (self->title);
  g_free (self->author);
  g_free (self->date);
  g_free (self->sites);
  g_clear_object (&self->atlas);
  G_OBJECT_CLASS (yt_report_parent_class)->finalize (object);
}

static void
yt_report_class_init (YtReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_report_finalize;
}

static void
yt_report_init (YtReport *self)
{
  self->legend_h[0] = self->legend_h[1] = -1;
}

void
yt_report_options_init (YtReportOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (YtReportOptions) { YT_LANG_EN, YT_PAPER_A4, YT_REPORT_SECTION_ALL,
                                 YT_REPORT_SCOPE_ALL, NULL, 0, YT_ATLAS_NONE, 0, NULL };
}

gboolean
yt_paper_from_string (const char *text,
                      YtPaper    *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (g_ascii_strcasecmp (text != NULL ? text : "", "a4") == 0)
    *paper = YT_PAPER_A4;
  else if (g_ascii_strcasecmp (text != NULL ? text : "", "letter") == 0)
    *paper = YT_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/* The report's date: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * the newest source in the data, never the clock, so output is deterministic. */
YtDate
yt_report_data_date (YtAtlas *atlas)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");

  if (epoch != NULL && *epoch != '\0')
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, NULL, 10));

      if (dt != NULL)
        return (YtDate) (g_date_time_get_year (dt) * 10000 + g_date_time_get_month (dt) * 100 +
                         g_date_time_get_day_of_month (dt));
    }
  return yt_report_data_cutoff (atlas);
}

/* The data's cut-off: the newest date of a source it cites. */
YtDate
yt_report_data_cutoff (YtAtlas *atlas)
{
  YtDate newest = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (atlas, YT_RECORD_SOURCE); i++)
    newest = MAX (newest, yt_atlas_get_source (atlas, i)->date);
  return newest != 0 ? newest : 20240101;
}

static char *
roman (guint n)
{
  static const char *const numerals[] = { "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x" };

  return n >= 1 && n <= G_N_ELEMENTS (numerals) ? g_strdup (numerals[n - 1]) : g_strdup_printf ("%u", n);
}

static void
make_labels (YtReport *self)
{
  guint n_front = 0;

  g_clear_pointer (&self->labels, g_ptr_array_unref);
  self->labels = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->doc->pages->len; i++)
    {
      YtPage *page = g_ptr_array_index (self->doc->pages, i);

      if (page->front)
        g_ptr_array_add (self->labels, roman (++n_front));
      else
        g_ptr_array_add (self->labels, g_strdup_printf ("%u", i - n_front + 1));
    }
}

static GHashTable *
anchor_labels (YtReport *self)
{
  GHashTable *pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->doc->anchors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (pages, g_strdup (key),
                         g_strdup (g_ptr_array_index (self->labels, GPOINTER_TO_UINT (value) - 1)));
  return pages;
}

static void
scope_sites (YtReport *self,
             YtBuild  *b)
{
  guint n_sites = yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE);

  b->site_in_scope = g_new0 (guint8, MAX (n_sites, 1));
  if (self->options.scope == YT_REPORT_SCOPE_SITES)
    {
      for (guint i = 0; i < self->options.n_sites; i++)
        if (self->sites[i] < n_sites)
          b->site_in_scope[self->sites[i]] = 1;
    }
  else
    memset (b->site_in_scope, 1, n_sites);
}

static void
build_sections (YtBuild *b,
                guint    sections)
{
  yt_doc_new_page (b->doc, TRUE);
  if (sections & YT_REPORT_SECTION_COVER)
    yt_build_cover (b);
  if (sections & YT_REPORT_SECTION_CONTENTS)
    yt_build_contents (b);
  yt_doc_new_page (b->doc, FALSE);
  if (sections & YT_REPORT_SECTION_SUMMARY)
    yt_build_summary (b);
  if (sections & YT_REPORT_SECTION_MAPS)
    yt_build_maps (b);
  /* The national programme and the sites abroad before the long profiles. */
  if (sections & YT_REPORT_SECTION_HUBS)
    yt_build_hub_tables (b);
  if (sections & YT_REPORT_SECTION_BRI)
    yt_build_bri_table (b);
  if (sections & YT_REPORT_SECTION_PROFILES)
    yt_build_profiles (b);
  if (sections & YT_REPORT_SECTION_NOTES)
    {
      yt_build_notes (b);
      yt_build_glossary (b);
      yt_build_how_to_cite (b);
    }
  if (sections & YT_REPORT_SECTION_SOURCES)
    yt_build_sources (b);
}

static void
lay_out (YtReport   *self,
         GHashTable *prev_pages)
{
  g_autoptr(YtDoc) prev = g_steal_pointer (&self->doc);
  YtBuild b = { self->atlas, &self->options, self->options.lang, NULL, self->title, self->date };

  b.report = self;
  self->doc = b.doc = yt_doc_new (self->options.lang, self->options.paper);
  if (prev != NULL)
    yt_doc_keep_shared (b.doc, prev);
  b.prev_pages = prev_pages;
  b.prev_toc = prev != NULL ? prev->toc : NULL;
  b.prev_cited = self->n_cited;
  b.cited = g_array_new (FALSE, FALSE, sizeof (guint));
  b.cite_numbers = g_hash_table_new (NULL, NULL);
  b.company_shown = g_new0 (guint8, yt_atlas_get_n_records (self->atlas, YT_RECORD_COMPANY) + 1);
  b.cutoff = yt_report_data_cutoff (self->atlas);
  scope_sites (self, &b);

  build_sections (&b, self->options.sections);

  self->n_cited = b.cited->len;
  g_free (b.company_shown);
  g_free (b.site_in_scope);
  g_hash_table_unref (b.cite_numbers);
  g_array_unref (b.cited);
  make_labels (self);
}

static gboolean
same_pages (GHashTable *a,
            GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (a == NULL || b == NULL || g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

/* The first pass learns the contents entries, the second their length, the
 * third (rarely a fourth) confirms that no page number moved. */
static void
lay_out_until_stable (YtReport *self)
{
  g_autoptr(GHashTable) pages = NULL;

  for (guint pass = 0; pass < 5; pass++)
    {
      g_autoptr(GHashTable) prev = g_steal_pointer (&pages);

      lay_out (self, prev);
      pages = anchor_labels (self);
      if (same_pages (prev, pages))
        return;
    }
}

YtReport *
yt_report_new (YtAtlas               *atlas,
               const YtReportOptions *options)
{
  YtReport *self;
  YtReportOptions defaults;
  YtDate date;

  g_return_val_if_fail (YT_IS_ATLAS (atlas), NULL);

  if (options == NULL)
    {
      yt_report_options_init (&defaults);
      options = &defaults;
    }
  self = g_object_new (YT_TYPE_REPORT, NULL);
  self->atlas = g_object_ref (atlas);
  self->options = *options;
  self->sites = g_memdup2 (options->sites, options->n_sites * sizeof (guint));
  self->options.sites = self->sites;
  self->author = options->author != NULL && *options->author != '\0' ? g_strdup (options->author) : NULL;
  self->options.author = self->author;
  self->title = yt_text_smart_quotes (NULL, YT_R_ (options->lang, N_("China's Cloud Hubs and Belt and Road Cloud Sites")));
  date = yt_report_data_date (atlas);
  self->date = yt_format_date_parts (options->lang, YT_DATE_YEAR (date), YT_DATE_MONTH (date),
                                     YT_DATE_DAY (date));
  lay_out_until_stable (self);
  return self;
}

/* The report's own year, never the clock's, so the same data gives the same pages. */
int
yt_build_as_of_year (YtBuild *b)
{
  return b->options->as_of_year != 0 ? b->options->as_of_year : YT_DATE_YEAR (yt_report_data_date (b->atlas));
}

int
yt_report_get_as_of_year (YtReport *self)
{
  YtBuild b = { 0 };

  g_return_val_if_fail (YT_IS_REPORT (self), 0);
  b.atlas = self->atlas;
  b.options = &self->options;
  return yt_build_as_of_year (&b);
}

YtLang
yt_report_get_language (YtReport *self)
{
  g_return_val_if_fail (YT_IS_REPORT (self), YT_LANG_EN);
  return self->options.lang;
}

const char *
yt_report_get_title (YtReport *self)
{
  g_return_val_if_fail (YT_IS_REPORT (self), NULL);
  return self->title;
}

void
yt_report_get_page_size (YtReport *self,
                         double   *width,
                         double   *height)
{
  g_return_if_fail (YT_IS_REPORT (self));

  if (width != NULL)
    *width = self->doc->page_w;
  if (height != NULL)
    *height = self->doc->page_h;
}

guint
yt_report_get_n_pages (YtReport *self)
{
  g_return_val_if_fail (YT_IS_REPORT (self), 0);
  return self->doc->pages->len;
}

const char *
yt_report_get_page_label (YtReport *self,
                          guint     page)
{
  g_return_val_if_fail (YT_IS_REPORT (self), NULL);
  g_return_val_if_fail (page < self->labels->len, NULL);
  return g_ptr_array_index (self->labels, page);
}

const char *
yt_report_get_author (YtReport *self)
{
  g_return_val_if_fail (YT_IS_REPORT (self), NULL);
  return self->author;
}

YtDoc *
yt_report_get_doc (YtReport *self)
{
  return self->doc;
}

YtAtlas *
yt_report_get_atlas (YtReport *self)
{
  return self->atlas;
}

/* Map renderers are made on first use: a report without map pages, or one
 * that is only measured, never needs them. */
/* The maps show what the report covers: the filtered sites or one company's. */
/* The report's sites, and on the Belt and Road map only those outside
 * China: its caption says so, and China has its own map. */
static void
set_map_scope (YtReport      *self,
               YtMapRenderer *map,
               YtMapKind      kind)
{
  g_autoptr(YtAtlasQuery) query = NULL;
  g_autoptr(GArray) sites = NULL;
  guint n = 0;

  switch (self->options.scope)
    {
    case YT_REPORT_SCOPE_SITES:
      sites = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_vals (sites, self->sites, self->options.n_sites);
      break;
    case YT_REPORT_SCOPE_COMPANY:
      query = yt_atlas_query_new ();
      yt_atlas_query_set_company (query, self->options.company, YT_ALL_LINK_KINDS);
      sites = yt_atlas_query_run (query, self->atlas);
      break;
    case YT_REPORT_SCOPE_ALL:
    default:
      if (kind != YT_MAP_KIND_WORLD)
        return;
      sites = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint i = 0; i < yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE); i++)
        g_array_append_val (sites, i);
    }
  for (guint i = 0; i < sites->len; i++)
    {
      guint site = g_array_index (sites, guint, i);

      if (kind != YT_MAP_KIND_WORLD || !yt_atlas_region_in_china (self->atlas, yt_atlas_get_site (self->atlas, site)->region))
        g_array_index (sites, guint, n++) = site;
    }
  yt_map_renderer_set_sites (map, (const guint *) sites->data, n);
}

YtMapRenderer *
yt_report_get_map_renderer (YtReport  *self,
                            YtMapKind  kind)
{
  guint i = kind == YT_MAP_KIND_WORLD ? 1 : 0;

  if (self->maps[i] == NULL)
    {
      self->maps[i] = yt_map_renderer_new (kind);
      yt_map_renderer_set_language (self->maps[i], self->options.lang);
      yt_map_renderer_set_atlas (self->maps[i], self->atlas);
      /* Sites without a sourced position still count in their region's shade. */
      yt_map_renderer_set_choropleth (self->maps[i], YT_MAP_CHOROPLETH_SITES);
      yt_map_renderer_set_as_of_year (self->maps[i], yt_report_get_as_of_year (self));
      /* The legend goes under the map, which keeps the whole frame. */
      yt_map_renderer_set_legend_outside (self->maps[i], TRUE);
      set_map_scope (self, self->maps[i], kind);
    }
  return self->maps[i];
}

/* The data and the text width stay the same through the layout passes, so
 * each map's legend is measured once. */
double
yt_report_get_map_legend_height (YtReport  *self,
                                 YtMapKind  kind,
                                 double     width,
                                 double     height)
{
  guint i = kind == YT_MAP_KIND_WORLD ? 1 : 0;

  if (self->legend_h[i] < 0 &&
      !yt_map_renderer_measure_legend (yt_report_get_map_renderer (self, kind), width, height,
                                       NULL, &self->legend_h[i]))
    self->legend_h[i] = 0;
  return self->legend_h[i];
}
