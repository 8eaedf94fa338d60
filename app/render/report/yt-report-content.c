/* yt-report-content.c: the cover, the contents and the two map pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-report-private.h"

#define TILE_COLUMNS 4
#define CONTENTS_COMPANIES 12

typedef struct { guint value; const char *label; } Tile;

static guint
count_sites (YtBuild *b,
             int      kind)
{
  guint n = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    if (b->site_in_scope[i] && (kind < 0 || yt_atlas_get_site (b->atlas, i)->kind == kind))
      n++;
  return n;
}

static guint
count_overseas (YtBuild *b)
{
  guint n = 0;

  for (guint i = 0; i < yt_atlas_get_n_records (b->atlas, YT_RECORD_SITE); i++)
    if (b->site_in_scope[i] && !yt_build_site_in_china (b, yt_atlas_get_site (b->atlas, i)))
      n++;
  return n;
}

static void
add_tile (YtBuild    *b,
          const Tile *tile,
          double      x,
          double      y,
          double      w)
{
  YtDoc *doc = b->doc;
  g_autofree char *number = yt_format_integer (b->lang, tile->value);
  g_autoptr(YtRich) value = yt_rich_new (number);
  g_autoptr(YtRich) label = yt_rich_new (yt_catalog_gettext (b->lang, tile->label));
  g_autoptr(PangoLayout) v = yt_doc_layout (doc, YT_STYLE_H1, value, w);
  g_autoptr(PangoLayout) l = yt_doc_layout (doc, YT_STYLE_SMALL, label, w - 8);
  YtItem *bar = yt_doc_add_item (doc, YT_ITEM_RECT, x, y + 2, 2, 40);

  bar->color = yt_report_accent;
  yt_doc_place (doc, v, NULL, x + 8, y, yt_report_accent);
  yt_doc_place (doc, l, NULL, x + 8, y + 26, yt_report_muted);
}

static void
cover_tiles (YtBuild *b)
{
  const Tile tiles[] = {
    { count_sites (b, -1), N_("sites") },
    { count_sites (b, YT_SITE_HUB), N_("national computing hubs") },
    { count_sites (b, YT_SITE_CLUSTER), N_("data-centre clusters") },
    { count_sites (b, YT_SITE_CLOUD_REGION), N_("cloud regions") },
    { count_overseas (b), N_("sites outside China") },
    { yt_atlas_get_n_records (b->atlas, YT_RECORD_COMPANY), N_("companies and organisations") },
    { yt_atlas_get_n_records (b->atlas, YT_RECORD_FACT), N_("sourced facts") },
    /* The sources the list at the end holds, as counted by the last pass. */
    { b->prev_cited, N_("sources cited") },
  };
  YtDoc *doc = b->doc;
  double w = doc->width / TILE_COLUMNS;

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    add_tile (b, &tiles[i], doc->left + (i % TILE_COLUMNS) * w,
              doc->y + (i / TILE_COLUMNS) * 58, w);
  doc->y += 58 * ((G_N_ELEMENTS (tiles) + TILE_COLUMNS - 1) / TILE_COLUMNS);
}

static char *scope_sentence (YtBuild *b);

/* The scope, and the year when one was chosen ("as of"). */
static char *
scope_text (YtBuild *b)
{
  g_autofree char *scope = scope_sentence (b);
  g_autofree char *year = NULL;

  if (b->options->as_of_year == 0)
    return g_steal_pointer (&scope);
  year = yt_format_year_range (b->lang, (guint) b->options->as_of_year, (guint) b->options->as_of_year);
  return g_strdup_printf (YT_R_ (b->lang, N_("%s As of %s: the sites announced or operating by then, and the Belt and Road members of that year.")),
                          scope, year);
}

static char *
scope_sentence (YtBuild *b)
{
  switch (b->options->scope)
    {
    case YT_REPORT_SCOPE_SITES:
      return g_strdup_printf (YT_R_ (b->lang, N_("Scope: the %u sites of the current selection.")),
                              count_sites (b, -1));
    case YT_REPORT_SCOPE_COMPANY:
      {
        g_autofree char *name = yt_build_name (b, YT_REF (YT_RECORD_COMPANY, b->options->company));

        return g_strdup_printf (YT_R_ (b->lang, N_("Scope: %s, its sites and facts.")), name);
      }
    case YT_REPORT_SCOPE_ALL:
    default:
      return g_strdup (YT_R_ (b->lang, N_("Scope: the whole data set.")));
    }
}

/* A title a little too long for one line is set slightly smaller rather than
 * leave a character or two alone (a Chinese title would); a longer one wraps
 * into lines of similar length. */
static void
fit_title (YtDoc       *doc,
           PangoLayout *layout,
           int          natural_width)
{
  double natural = (double) natural_width / PANGO_SCALE;
  int lines = pango_layout_get_line_count (layout);

  if (natural <= doc->width * 1.15)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_copy (doc->fonts[YT_STYLE_TITLE]);

      pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) *
                                                    doc->width / natural * 0.99));
      pango_layout_set_font_description (layout, font);
      return;
    }
  for (double w = natural / lines + 8; w < doc->width; w += 8)
    {
      pango_layout_set_width (layout, (int) (w * PANGO_SCALE));
      if (pango_layout_get_line_count (layout) == lines)
        return;
    }
  pango_layout_set_width (layout, (int) (doc->width * PANGO_SCALE));
}

static void
cover_title (YtDoc      *doc,
             const char *text)
{
  g_autoptr(YtRich) rich = yt_rich_new (text);
  g_autoptr(PangoLayout) layout = yt_doc_layout (doc, YT_STYLE_TITLE, rich, doc->width);
  g_autoptr(PangoLayout) single = yt_doc_layout (doc, YT_STYLE_TITLE, rich, -1);
  PangoRectangle logical;

  pango_layout_get_extents (single, NULL, &logical);
  if (pango_layout_get_line_count (layout) > 1)
    fit_title (doc, layout, logical.width);
  pango_layout_get_extents (layout, NULL, &logical);
  yt_doc_place (doc, layout, NULL, doc->left, doc->y, yt_report_ink);
  doc->y += (double) logical.height / PANGO_SCALE + 12;
}

void
yt_build_cover (YtBuild *b)
{
  YtDoc *doc = b->doc;
  g_autofree char *scope = scope_text (b);
  g_autofree char *dated = g_strdup_printf (YT_R_ (b->lang, N_("Briefing report · %s")), b->date);
  YtItem *band = yt_doc_add_item (doc, YT_ITEM_RECT, 0, 0, doc->page_w, 14);

  band->color = yt_report_accent;
  doc->page->bare = TRUE;
  yt_doc_anchor (doc, "sec-cover");
  yt_doc_toc_entry (doc, 1, YT_R_ (b->lang, N_("Cover")), "sec-cover");
  doc->y = doc->top + 60;
  yt_doc_text (doc, YT_STYLE_H3, YT_R_ (b->lang, N_("Yuntu · China cloud atlas")), 18);
  cover_title (doc, b->title);
  yt_doc_text (doc, YT_STYLE_SUBTITLE,
               YT_R_ (b->lang, N_("National computing hubs, data-centre clusters and cloud sites in "
                                  "China and along the Belt and Road, with every figure sourced")), 18);
  yt_doc_text (doc, YT_STYLE_BODY, dated, 14);
  yt_doc_add_item (doc, YT_ITEM_LINE, doc->left, doc->y, doc->width, 0)->color = yt_report_accent;
  doc->y += 26;
  yt_doc_text (doc, YT_STYLE_H3, YT_R_ (b->lang, N_("The data set")), 12);
  cover_tiles (b);
  yt_doc_text (doc, YT_STYLE_BODY, scope, 0);

  doc->y = doc->bottom - 40;
  yt_doc_text (doc, YT_STYLE_CAPTION,
               YT_R_ (b->lang, N_("Prepared with Yuntu from its sourced data set. Every figure "
                                  "cites a numbered source; map boundaries are illustrative.")), 0);
}

static void
contents_row (YtBuild          *b,
              const YtTocEntry *entry)
{
  YtDoc *doc = b->doc;
  const char *label = b->prev_pages != NULL ? g_hash_table_lookup (b->prev_pages, entry->anchor) : NULL;
  double indent = entry->level > 1 ? 16 : 0;
  g_autoptr(YtRich) title = yt_rich_new (NULL);
  g_autoptr(YtRich) number = yt_rich_new (label != NULL ? label : "0");
  g_autoptr(PangoLayout) tl = NULL;
  g_autoptr(PangoLayout) nl = yt_doc_layout (doc, YT_STYLE_BODY, number, 40);
  g_autofree char *target = g_strconcat ("#", entry->anchor, NULL);
  PangoRectangle logical, end;
  YtItem *item;

  if (entry->level > 1)
    yt_rich_append (title, entry->title);
  else
    yt_rich_append_bold (title, entry->title);
  tl = yt_doc_layout (doc, YT_STYLE_BODY, title, doc->width - indent - 60);
  pango_layout_set_alignment (nl, PANGO_ALIGN_RIGHT);
  pango_layout_get_extents (tl, NULL, &logical);
  pango_layout_index_to_pos (tl, (int) title->text->len, &end);
  yt_doc_space (doc, entry->level > 1 ? 0 : 6);
  yt_doc_ensure (doc, (double) logical.height / PANGO_SCALE);
  yt_doc_place (doc, tl, NULL, doc->left + indent, doc->y, yt_report_ink);
  yt_doc_place (doc, nl, NULL, doc->left + doc->width - 40, doc->y, yt_report_ink);
  /* The dotted leader runs from the end of the title along its last line. */
  item = yt_doc_add_item (doc, YT_ITEM_LINE,
                          doc->left + indent + (double) end.x / PANGO_SCALE + 6,
                          doc->y + (double) (end.y + pango_layout_get_baseline (tl)) / PANGO_SCALE,
                          0, 0);
  item->w = doc->left + doc->width - 30 - item->x;
  item->dotted = TRUE;
  item->line_width = 0.9;
  item->color = yt_report_muted;
  item = yt_doc_add_item (doc, YT_ITEM_LINK, doc->left, doc->y, doc->width,
                          (double) logical.height / PANGO_SCALE);
  item->target = g_strdup (target);
  doc->y += (double) logical.height / PANGO_SCALE + 3;
}

void
yt_build_contents (YtBuild *b)
{
  YtDoc *doc = b->doc;
  guint n_companies = 0, total = 0;

  yt_doc_heading (doc, 1, YT_R_ (b->lang, N_("Contents")), "sec-contents", 1);
  for (guint i = 0; b->prev_toc != NULL && i < b->prev_toc->len; i++)
    total += g_str_has_prefix (g_array_index (b->prev_toc, YtTocEntry, i).anchor, "co-");
  for (guint i = 0; b->prev_toc != NULL && i < b->prev_toc->len; i++)
    {
      const YtTocEntry *entry = &g_array_index (b->prev_toc, YtTocEntry, i);

      /* The cover and the contents itself are in the outline only. */
      if (g_str_equal (entry->anchor, "sec-contents") || g_str_equal (entry->anchor, "sec-cover"))
        continue;
      /* The contents stays one page however many companies the data holds:
       * it names the leading profiles and where the others begin; the
       * outline has them all. */
      if (g_str_has_prefix (entry->anchor, "co-") && ++n_companies > CONTENTS_COMPANIES)
        {
          if (n_companies == CONTENTS_COMPANIES + 1)
            {
              g_autofree char *title = g_strdup_printf (YT_R_ (b->lang, N_("Other company profiles (%u)")),
                                                        total - CONTENTS_COMPANIES);
              YtTocEntry others = { 2, title, entry->anchor, entry->page };

              contents_row (b, &others);
            }
          continue;
        }
      contents_row (b, entry);
    }
}
