/* yt-map-legend.c: the legend panel and the attribution line
 *
 * The legend explains only what the frame shows: the Belt and Road members
 * of the year (world view), the kinds and operators of the drawn markers,
 * the cluster symbol when markers were merged, the kinds of corridors drawn,
 * the choropleth ramp when regions are shaded. Its entries are built the same
 * way for layout (static part) and drawing (furniture), so the box the labels
 * avoid is the box that gets drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "yuntu/yt-catalog.h"
#include "yuntu/yt-format.h"
#include "yt-map-private.h"

#define MARGIN     10.0
#define PAD        8.0
#define ROW        17.0
#define SYMBOL_W   20.0
#define RAMP_H     46.0
#define RAMP_W     150.0
#define COLUMN_GAP 14.0
#define MAX_COLUMNS 3

typedef enum {
  ENTRY_TITLE, ENTRY_SYMBOL, ENTRY_COLOUR, ENTRY_CLUSTER, ENTRY_LINE, ENTRY_NOTE, ENTRY_MEMBER, ENTRY_PLAIN
} EntryKind;

typedef struct {
  EntryKind kind;
  guint     value;      /* YtSymbol or colour slot */
  char     *text;
} Entry;

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->text);
}

static void
add (GArray     *entries,
     EntryKind   kind,
     guint       value,
     const char *text)
{
  Entry e = { kind, value, g_strdup (text) };

  g_array_append_val (entries, e);
}

static const char *const kind_names[YT_N_SITE_KINDS] = {
  N_("Computing hub"), N_("Data-centre cluster"), N_("Cloud region"), N_("Park or zone"),
  N_("Data centre"), N_("Project"), N_("Office"), N_("Event"),
};

static const char *const corridor_names[] = {
  /* TRANSLATORS: legend entries under "Corridor": the kind of a Belt and Road corridor */
  [YT_CORRIDOR_LAND] = N_("Land"), [YT_CORRIDOR_MARITIME] = N_("Maritime"), [YT_CORRIDOR_DIGITAL] = N_("Digital"),
};

/* The company named for a colour slot, or NULL when several share it. */
static const char *
slot_name (YtMapRenderer *self,
           guint          slot,
           guint          company)
{
  const char *name;

  if (slot == YT_N_COMPANY_COLOURS - 1)
    return yt_map_renderer_tr (self, N_("No operator recorded"));
  if (company == YT_ATLAS_NONE)
    return yt_map_renderer_tr (self, N_("Other companies"));
  name = yt_atlas_get_company_name (self->atlas, company, YT_NAME_ROLE_SHORT, self->language, NULL);
  if (name == NULL || *name == '\0')
    name = yt_atlas_get_company_name (self->atlas, company, YT_NAME_ROLE_DISPLAY, self->language, NULL);
  if (name == NULL || *name == '\0')
    name = yt_atlas_get_id (self->atlas, YT_REF (YT_RECORD_COMPANY, company));
  return name;
}

/* Which company a colour slot stands for: the one company among the drawn
 * members that wear it, or YT_ATLAS_NONE when several do. */
static void
note_company (guint   *slot_company,
              gboolean *slots,
              guint     slot,
              guint     company)
{
  if (!slots[slot])
    slot_company[slot] = company;
  else if (slot_company[slot] != company)
    slot_company[slot] = YT_ATLAS_NONE;
  slots[slot] = TRUE;
}

static void
add_site_entries (YtMapRenderer *self,
                  GArray        *entries)
{
  gboolean kinds[YT_N_SITE_KINDS] = { FALSE }, cluster = FALSE, titled = FALSE;
  guint slot_company[YT_N_COMPANY_COLOURS];
  gboolean slots[YT_N_COMPANY_COLOURS] = { FALSE };
  const guint *members = yt_site_layer_get_members (self->site_layer);

  for (guint m = 0; m < yt_site_layer_get_n_marks (self->site_layer); m++)
    {
      const YtSiteMark *mark = yt_site_layer_get_mark (self->site_layer, m);

      if (mark->n_members > 1)
        cluster = TRUE;
      else
        kinds[MIN (yt_atlas_get_site (self->atlas, mark->site)->kind, YT_SITE_EVENT)] = TRUE;
      /* A cluster of several colours is drawn grey: no operator shows. */
      if (mark->company_slot >= YT_N_COMPANY_COLOURS)
        continue;
      for (guint i = 0; i < mark->n_members; i++)
        note_company (slot_company, slots, mark->company_slot,
                      yt_site_layer_company_of (self->site_layer, members[mark->first + i]));
    }
  add (entries, ENTRY_TITLE, 0, yt_map_renderer_tr (self, N_("Site kind")));
  for (guint k = 0; k < YT_N_SITE_KINDS; k++)
    if (kinds[k])
      add (entries, ENTRY_SYMBOL, yt_map_style_symbol_for (k), yt_map_renderer_tr (self, kind_names[k]));
  if (cluster)
    add (entries, ENTRY_CLUSTER, 0, yt_map_renderer_tr (self, N_("Sites merged at this scale")));
  for (guint slot = 0; slot < YT_N_COMPANY_COLOURS; slot++)
    {
      if (!slots[slot])
        continue;
      if (!titled)
        add (entries, ENTRY_TITLE, 0, yt_map_renderer_tr (self, N_("Operator")));
      titled = TRUE;
      add (entries, ENTRY_COLOUR, slot, slot_name (self, slot, slot_company[slot]));
    }
}

static void
add_corridor_entries (YtMapRenderer *self,
                      GArray        *entries)
{
  guint kinds = yt_map_corridors_kinds (self);

  if (kinds == 0)
    return;
  /* TRANSLATORS: legend title; a corridor is drawn through the regions and places its source names, not along a route */
  add (entries, ENTRY_TITLE, 0, yt_map_renderer_tr (self, N_("Corridor, through the places named")));
  for (guint k = 0; k < G_N_ELEMENTS (corridor_names); k++)
    if (kinds & (1u << k))
      add (entries, ENTRY_LINE, k, yt_map_renderer_tr (self, corridor_names[k]));
}

/* First, so that a long list of sites never pushes it out of the legend. */
static void
add_member_entries (YtMapRenderer *self,
                    GArray        *entries)
{
  g_autofree char *year = NULL, *title = NULL;
  int y = yt_map_members_year (self);

  if (!yt_map_members_shown (self))
    return;
  year = yt_format_year_range (self->language, (guint) y, (guint) y);
  /* TRANSLATORS: legend entry beside the hatching of member countries; %s is a year ("2020" / "2020年") */
  title = g_strdup_printf (yt_map_renderer_tr (self, N_("Belt and Road member in %s")), year);
  add (entries, ENTRY_MEMBER, 0, title);
  add (entries, ENTRY_PLAIN, 0, yt_map_renderer_tr (self, N_("Not a member")));
}

static GArray *
build_entries (YtMapRenderer *self)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  guint unlocated, outside;

  g_array_set_clear_func (entries, entry_clear);
  if (self->atlas == NULL)
    return entries;
  add_member_entries (self, entries);
  if (yt_site_layer_get_n_marks (self->site_layer) > 0)
    add_site_entries (self, entries);
  add_corridor_entries (self, entries);
  if ((unlocated = yt_map_sites_n_unlocated (self)) > 0)
    {
      g_autofree char *count = yt_format_integer (self->language, unlocated);
      /* TRANSLATORS: a legend note; %s is a number of sites */
      g_autofree char *note = g_strdup_printf (yt_map_renderer_tr (self, N_("Sites without a sourced position, not shown: %s")), count);

      add (entries, ENTRY_NOTE, 0, note);
    }
  if (self->kind == YT_MAP_KIND_WORLD && (outside = yt_map_sites_n_outside (self)) > 0)
    {
      g_autofree char *count = yt_format_integer (self->language, outside);
      /* TRANSLATORS: a legend note; %s is a number of sites beyond the map's edges */
      g_autofree char *note = g_strdup_printf (yt_map_renderer_tr (self, N_("Sites beyond the edges of this map: %s")), count);

      add (entries, ENTRY_NOTE, 0, note);
    }
  return entries;
}

static const char *
choropleth_title (YtMapRenderer *self)
{
  if (self->choropleth == YT_MAP_CHOROPLETH_NONE || self->atlas == NULL)
    return NULL;
  return self->kind == YT_MAP_KIND_CHINA ? yt_map_renderer_tr (self, N_("Sites per province"))
                                         : yt_map_renderer_tr (self, N_("Sites per country, outside China"));
}

/* The widest entry: of the columns (@notes FALSE) or of the notes under them. */
static double
entries_width (YtMapRenderer *self,
               PangoContext  *context,
               GArray        *entries,
               gboolean       notes)
{
  double width = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *e = &g_array_index (entries, Entry, i);
      g_autoptr(PangoLayout) layout = NULL;
      int w;

      if ((e->kind == ENTRY_NOTE) != notes)
        continue;
      layout = yt_map_renderer_layout (self, context, e->kind == ENTRY_TITLE ?
                                       YT_MAP_TEXT_LEGEND_TITLE : YT_MAP_TEXT_LEGEND, e->text);
      pango_layout_get_pixel_size (layout, &w, NULL);
      width = MAX (width, w + (e->kind == ENTRY_TITLE || e->kind == ENTRY_NOTE ? 0 : SYMBOL_W + 4));
    }
  return width;
}

static guint
count_notes (GArray *entries)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    n += g_array_index (entries, Entry, i).kind == ENTRY_NOTE;
  return n;
}

/* Entries flow down @columns columns of at most @rows; a title never ends
 * a column; notes run under all columns. Fills @row and @column per entry
 * (when not NULL) and returns FALSE when they do not fit. */
static gboolean
flow (GArray *entries,
      guint   columns,
      guint   rows,
      guint  *row,
      guint  *column)
{
  guint r = 0, c = 0, notes = 0;

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *e = &g_array_index (entries, Entry, i);

      if (e->kind == ENTRY_NOTE)
        {
          if (row != NULL)
            row[i] = rows + notes, column[i] = 0;
          notes++;
          continue;
        }
      if (r == rows || (e->kind == ENTRY_TITLE && r > 0 && r + 1 >= rows))
        r = 0, c++;
      if (c >= columns)
        return FALSE;
      if (row != NULL)
        row[i] = r, column[i] = c;
      r++;
    }
  return TRUE;
}

static guint
rows_for (GArray *entries,
          guint   columns)
{
  guint rows = (entries->len - count_notes (entries) + columns - 1) / columns;

  while (!flow (entries, columns, rows, NULL, NULL))
    rows++;
  return rows;
}

/* The South China Sea islands of the China view come from GSHHG. */
static const char *
attribution_text (YtMapRenderer *self)
{
  return self->kind == YT_MAP_KIND_CHINA
    ? yt_map_renderer_tr (self, N_("Basemap: DCW and GSHHG via GMT (LGPL-3.0+) · Places: GeoNames (CC BY 4.0) · Boundaries are illustrative"))
    : yt_map_renderer_tr (self, N_("Basemap: DCW via GMT (LGPL-3.0+) · Places: GeoNames (CC BY 4.0) · Boundaries are illustrative"));
}

/* The attribution and the scale bar in the lower left: laid out first, so
 * that the inset keeps clear of them. */
void
yt_map_attribution_layout (YtMapRenderer *self,
                           PangoContext  *context)
{
  g_autoptr(PangoLayout) small = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SMALL,
                                                         attribution_text (self));
  int tw, th;
  double y;

  pango_layout_get_pixel_size (small, &tw, &th);
  y = self->height - MARGIN / 2 - th;
  self->furniture.attribution = (YtBox) { MARGIN - 3, y - 1, tw + 6, th + 2 };
  self->furniture.scalebar = (YtBox) { MARGIN, y - 38 - 6, 180, 38 };
}

/* The legend in one, two or three columns wherever it covers no marker and
 * the least land (yt-map-legend-place.c). */
void
yt_map_legend_layout (YtMapRenderer *self,
                      PangoContext  *context)
{
  g_autoptr(GArray) entries = build_entries (self);
  YtLegendShape shapes[MAX_COLUMNS];
  double ramp = choropleth_title (self) != NULL ? RAMP_H : 0, col_w, note_w;
  double y = self->furniture.scalebar.y;
  guint n = 0, chosen = 0;

  self->furniture.legend = (YtBox) { 0, 0, 0, 0 };
  self->legend_w = self->legend_h = 0;
  if ((entries->len == 0 && ramp == 0) || self->legend_hidden)
    return;
  col_w = entries_width (self, context, entries, FALSE);
  note_w = entries_width (self, context, entries, TRUE);
  for (guint columns = 1; columns <= MAX_COLUMNS && columns <= MAX (entries->len, 1); columns++)
    {
      guint rows = rows_for (entries, columns);
      double w = MAX (MAX (RAMP_W * (ramp > 0), note_w), columns * col_w + (columns - 1) * COLUMN_GAP);

      shapes[n++] = (YtLegendShape) { w + 2 * PAD, ramp + (rows + count_notes (entries)) * ROW + 2 * PAD,
                                      columns, rows };
    }
  self->legend_w = self->legend_h = 0;
  if (self->legend_outside)
    {
      /* Under the frame: as many columns as its width takes, the lowest. */
      for (guint i = 1; i < n; i++)
        if (shapes[i].width <= self->width && shapes[i].height < shapes[chosen].height)
          chosen = i;
      self->legend_w = shapes[chosen].width;
      self->legend_h = shapes[chosen].height;
    }
  else
    self->furniture.legend = yt_map_legend_place (self, shapes, n, y - 6, &chosen);
  self->legend_columns = shapes[chosen].columns;
  self->legend_rows = shapes[chosen].rows;
}

static void
draw_region_swatch (YtMapRenderer *self,
                    cairo_t       *cr,
                    gboolean       member,
                    double         x,
                    double         y,
                    double         w,
                    double         h)
{
  double land[3], border[3];

  if (self->regions == NULL)
    return;
  if (member)
    {
      yt_region_layer_draw_member_swatch (self->regions, cr, x, y, w, h);
      return;
    }
  yt_region_layer_get_color (self->regions, YT_REGION_COLOR_LAND, land);
  yt_region_layer_get_color (self->regions, YT_REGION_COLOR_BORDER, border);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
  cairo_set_source_rgb (cr, land[0], land[1], land[2]);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, border[0], border[1], border[2]);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_entry (YtMapRenderer    *self,
            cairo_t          *cr,
            PangoContext     *context,
            const YtMapStyle *style,
            const Entry      *e,
            double            x,
            double            y)
{
  g_autoptr(PangoLayout) layout = yt_map_renderer_layout (self, context, e->kind == ENTRY_TITLE ?
                                                          YT_MAP_TEXT_LEGEND_TITLE : YT_MAP_TEXT_LEGEND, e->text);
  const YtRgb *neutral = &style->cluster_fill;
  double cx = x + SYMBOL_W / 2, cy = y + ROW / 2, tx = x + SYMBOL_W + 4;
  int h;

  switch (e->kind)
    {
    case ENTRY_SYMBOL:
      yt_map_style_draw_symbol (cr, e->value, cx, cy, 5, neutral, &style->marker_outline);
      break;
    case ENTRY_COLOUR:
      yt_map_style_draw_symbol (cr, YT_SYMBOL_CIRCLE, cx, cy, 5.5,
                                yt_map_style_company_colour (e->value), &style->marker_outline);
      break;
    case ENTRY_CLUSTER:
      yt_map_style_draw_symbol (cr, YT_SYMBOL_CIRCLE, cx, cy, 7.5, neutral, &style->marker_outline);
      break;
    case ENTRY_LINE:
      cairo_move_to (cr, x + 2, cy);
      cairo_line_to (cr, x + SYMBOL_W - 2, cy);
      yt_map_corridor_stroke (self, cr, (guint8) e->value);
      break;
    case ENTRY_MEMBER:
    case ENTRY_PLAIN:
      draw_region_swatch (self, cr, e->kind == ENTRY_MEMBER, x + 2, cy - 6, SYMBOL_W - 4, 12);
      break;
    case ENTRY_TITLE:
    case ENTRY_NOTE:
    default:
      tx = x;
      break;
    }
  pango_layout_get_pixel_size (layout, NULL, &h);
  yt_map_renderer_draw_text (self, cr, layout, tx, cy - h / 2.0,
                             e->kind == ENTRY_TITLE ? YT_MAP_TEXT_LEGEND_TITLE : YT_MAP_TEXT_LEGEND);
}

static void
ramp_text (YtMapRenderer *self,
           cairo_t       *cr,
           PangoContext  *context,
           const char    *text,
           double         x,
           double         y,
           gboolean       right)
{
  g_autoptr(PangoLayout) layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SMALL, text);
  int w;

  pango_layout_get_pixel_size (layout, &w, NULL);
  yt_map_renderer_draw_text (self, cr, layout, right ? x - w : x, y, YT_MAP_TEXT_SMALL);
}

/* The choropleth: its caption, the colour ramp, the lowest and highest
 * values (its one measure is a count of sites). */
static void
draw_ramp (YtMapRenderer *self,
           cairo_t       *cr,
           PangoContext  *context,
           const char    *title,
           double         x,
           double         y)
{
  g_autofree char *lo = NULL, *hi = NULL;
  double min, max;

  if (self->regions == NULL || !yt_region_layer_get_range (self->regions, &min, &max))
    return;
  ramp_text (self, cr, context, title, x, y, FALSE);
  yt_region_layer_draw_ramp (self->regions, cr, x, y + 16, RAMP_W, 10);
  lo = yt_format_integer (self->language, (guint64) MAX (min, 0));
  hi = yt_format_integer (self->language, (guint64) MAX (max, 0));
  ramp_text (self, cr, context, lo, x, y + 28, FALSE);
  ramp_text (self, cr, context, hi, x + RAMP_W, y + 28, TRUE);
}

void
yt_map_legend_draw (YtMapRenderer *self,
                    cairo_t       *cr,
                    PangoContext  *context)
{
  yt_map_legend_draw_at (self, cr, context, &self->furniture.legend);
}

void
yt_map_legend_draw_at (YtMapRenderer *self,
                       cairo_t       *cr,
                       PangoContext  *context,
                       const YtBox   *box)
{
  g_autoptr(GArray) entries = NULL;
  const char *title = choropleth_title (self);
  g_autofree guint *row = NULL, *column = NULL;
  YtMapStyle style;
  double y;

  if (box->width <= 0)
    return;
  entries = build_entries (self);
  yt_map_style_init (&style, self->dark);
  cairo_save (cr);
  cairo_rectangle (cr, box->x, box->y, box->width, box->height);
  cairo_set_source_rgba (cr, style.panel.r, style.panel.g, style.panel.b, 0.88);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, style.text.r, style.text.g, style.text.b, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  y = box->y + PAD;
  if (title != NULL)
    {
      draw_ramp (self, cr, context, title, box->x + PAD, y);
      y += RAMP_H;
    }
  row = g_new (guint, MAX (entries->len, 1));
  column = g_new (guint, MAX (entries->len, 1));
  if (flow (entries, self->legend_columns, self->legend_rows, row, column))
    {
      double col_w = entries_width (self, context, entries, FALSE);

      for (guint i = 0; i < entries->len; i++)
        draw_entry (self, cr, context, &style, &g_array_index (entries, Entry, i),
                    box->x + PAD + column[i] * (col_w + COLUMN_GAP), y + row[i] * ROW);
    }
  cairo_restore (cr);
}

void
yt_map_attribution_draw (YtMapRenderer *self,
                         cairo_t       *cr,
                         PangoContext  *context)
{
  g_autoptr(PangoLayout) layout = yt_map_renderer_layout (self, context, YT_MAP_TEXT_SMALL,
                                                          attribution_text (self));
  YtMapStyle style;
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  yt_map_style_init (&style, self->dark);
  cairo_save (cr);
  /* A backing strip keeps the line legible over land and sea alike. */
  cairo_rectangle (cr, self->furniture.attribution.x, self->furniture.attribution.y, w + 6, h + 2);
  cairo_set_source_rgba (cr, style.panel.r, style.panel.g, style.panel.b, 0.75);
  cairo_fill (cr);
  yt_map_renderer_draw_text (self, cr, layout, self->furniture.attribution.x + 3,
                             self->furniture.attribution.y + 1, YT_MAP_TEXT_SMALL);
  cairo_restore (cr);
}
