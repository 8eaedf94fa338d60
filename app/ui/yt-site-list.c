/* yt-site-list.c: the sortable list of the sites the view state's filter lets through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All sites of the atlas become YtSiteItems once; a custom filter asks the
 * view state which are visible, the column view's sorter orders them, and a
 * single selection mirrors the view state's selection both ways.
 *
 * A new filter or sort shows the list from its top; a new selection scrolls
 * to its row.  The list is one stop of the Tab key: Tab enters at a row and
 * leaves at the next one, the arrow keys move between rows (Shift+Tab from
 * the rows reaches the column headers, to sort).
 */
#include "config.h"

#include "yt-panel-util.h"

#include <glib/gi18n.h>

#include "yt-panel-items.h"
#include "yt-site-list.h"

struct _YtSiteList
{
  YtPanelBase         parent_instance;

  GListStore         *store;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  gboolean            syncing;
  gboolean            browsing;

  GtkWidget          *column_view;
  GtkColumnViewColumn *name_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *region_column;
  GtkColumnViewColumn *company_column;
  GtkColumnViewColumn *year_column;
  guint               columns_idle;
  guint               top_idle;
  guint               top_tick;
  guint               top_frames;
  gboolean            top_pending;
};

/* Below this width kind and region live in the name cell's second line only. */
#define WIDE_WIDTH 560

G_DEFINE_FINAL_TYPE (YtSiteList, yt_site_list, YT_TYPE_PANEL_BASE)

enum { SITE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
site_visible (gpointer item,
              gpointer user_data)
{
  YtSiteList *self = user_data;

  return YT_PANEL_STATE (self) != NULL &&
         yt_view_state_site_is_visible (YT_PANEL_STATE (self), yt_site_item_get_site (item));
}

/* The first operator of each site, for the company column. */
static void
rebuild (YtSiteList *self)
{
  YtAtlas *atlas = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_atlas (YT_PANEL_STATE (self)) : NULL;
  guint n_sites = atlas != NULL ? yt_atlas_get_n_records (atlas, YT_RECORD_SITE) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *operators = atlas != NULL ? yt_atlas_get_site_operators (atlas) : NULL;
  YtLang lang = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_language (YT_PANEL_STATE (self)) : YT_LANG_EN;

  for (guint i = 0; i < n_sites; i++)
    g_ptr_array_add (items, yt_site_item_new (atlas, i, operators[i], lang));
  self->syncing = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  self->syncing = FALSE;
}

static void
scroll_to (YtSiteList *self,
           guint       position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(); its inner list view has the action. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->column_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static guint
position_of_site (YtSiteList *self,
                  guint       site)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(YtSiteItem) item = g_list_model_get_item (model, i);

      if (yt_site_item_get_site (item) == site)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
select_from_state (YtSiteList *self)
{
  YtRef ref = YT_PANEL_STATE (self) != NULL ? yt_view_state_get_selection (YT_PANEL_STATE (self)) : YT_REF_NONE;
  guint position = GTK_INVALID_LIST_POSITION;

  if (ref != YT_REF_NONE && YT_REF_KIND (ref) == YT_RECORD_SITE)
    position = position_of_site (self, YT_REF_INDEX (ref));
  if (position == gtk_single_selection_get_selected (self->selection))
    return;
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

static void
selected_changed (YtSiteList *self)
{
  YtSiteItem *item = gtk_single_selection_get_selected_item (self->selection);

  /* Rows leaving with the filter unselect themselves: that is no user choice. */
  if (self->syncing || YT_PANEL_STATE (self) == NULL || item == NULL)
    return;
  yt_view_state_set_selection (YT_PANEL_STATE (self), YT_REF (YT_RECORD_SITE, yt_site_item_get_site (item)));
}

static GtkWidget *
rows_view (YtSiteList *self)
{
  /* GTK 4.8's column view keeps its rows in an inner list view. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->column_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static void scroll_to_top (YtSiteList *self);

/* The list keeps showing the row it showed wherever a new order or filter
 * puts it (its anchor), and settles its row heights over a few frames: the
 * first row is made the anchor at each of those frames. */
#define TOP_FRAMES 4

static gboolean
top_tick (GtkWidget     *widget,
          GdkFrameClock *clock,
          gpointer       user_data)
{
  YtSiteList *self = YT_SITE_LIST (widget);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    scroll_to (self, 0);
  if (++self->top_frames < TOP_FRAMES)
    return G_SOURCE_CONTINUE;
  self->top_tick = 0;
  return G_SOURCE_REMOVE;
}

/* After the rows have their new order.  A hidden list (a profile shows)
 * goes to its top when it shows again. */
static gboolean
scroll_to_top_now (gpointer user_data)
{
  YtSiteList *self = user_data;

  self->top_idle = 0;
  self->top_pending = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->top_pending)
    return G_SOURCE_REMOVE;
  self->top_frames = 0;
  scroll_to (self, 0);
  if (self->top_tick == 0)
    self->top_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), top_tick, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
mapped (YtSiteList *self)
{
  if (self->top_pending)
    scroll_to_top (self);
}

static void
scroll_to_top (YtSiteList *self)
{
  if (self->top_idle == 0)
    self->top_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, scroll_to_top_now, self, NULL);
}

static void
filtered_changed (YtSiteList *self)
{
  self->syncing = TRUE;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  self->syncing = FALSE;
  /* A new result starts at its first row, not where the old one was. */
  scroll_to_top (self);
  select_from_state (self);
}

static void
atlas_changed (YtSiteList *self)
{
  rebuild (self);
  filtered_changed (self);
}

static void
view_state_changed (YtPanelBase *base)
{
  atlas_changed (YT_SITE_LIST (base));
}


GtkSelectionModel *
yt_site_list_get_model (YtSiteList *self)
{
  g_return_val_if_fail (YT_IS_SITE_LIST (self), NULL);
  return GTK_SELECTION_MODEL (self->selection);
}

gboolean
yt_site_list_get_browsing (YtSiteList *self)
{
  g_return_val_if_fail (YT_IS_SITE_LIST (self), FALSE);
  return self->browsing;
}

void
yt_site_list_move (YtSiteList *self,
                   int         delta)
{
  guint n, selected;
  int target;

  g_return_if_fail (YT_IS_SITE_LIST (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  if (n == 0)
    return;
  selected = gtk_single_selection_get_selected (self->selection);
  target = selected == GTK_INVALID_LIST_POSITION ? 0 : CLAMP ((int) selected + delta, 0, (int) n - 1);
  self->browsing = TRUE;
  gtk_single_selection_set_selected (self->selection, target);
  self->browsing = FALSE;
  scroll_to (self, target);
}

gboolean
yt_site_list_activate (YtSiteList *self)
{
  guint position;
  g_autoptr(YtSiteItem) item = NULL;

  g_return_val_if_fail (YT_IS_SITE_LIST (self), FALSE);

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;
  item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
  if (item == NULL)
    return FALSE;
  g_signal_emit (self, signals[SITE_ACTIVATED], 0, yt_site_item_get_site (item));
  return TRUE;
}

static void
row_activated (YtSiteList *self,
               guint       position)
{
  g_autoptr(YtSiteItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    g_signal_emit (self, signals[SITE_ACTIVATED], 0, yt_site_item_get_site (item));
}

/* The name column takes what the others leave: GTK 4.8's column view does
 * not grow an expanding column inside a scrolled window on its own. */
static int
name_width_for (YtSiteList *self,
                int         width)
{
  gboolean wide = width >= WIDE_WIDTH;
  int others = gtk_column_view_column_get_fixed_width (self->company_column) +
               gtk_column_view_column_get_fixed_width (self->year_column);

  int n_columns = 3;

  if (wide)
    {
      others += gtk_column_view_column_get_fixed_width (self->kind_column) +
                gtk_column_view_column_get_fixed_width (self->region_column);
      n_columns += 2;
    }
  /* Room for the scroll bar and each cell's padding; too little would make
   * the list's minimum width follow its allocation and widen the window. */
  return MAX (width - others - 12 - 2 * n_columns, 100);
}

static gboolean
update_columns (gpointer user_data)
{
  YtSiteList *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  gboolean wide = width >= WIDE_WIDTH;

  self->columns_idle = 0;
  gtk_column_view_column_set_visible (self->kind_column, wide);
  gtk_column_view_column_set_visible (self->region_column, wide);
  gtk_column_view_column_set_fixed_width (self->name_column, name_width_for (self, width));
  return G_SOURCE_REMOVE;
}

static void
yt_site_list_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  gtk_widget_measure (gtk_widget_get_first_child (widget), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
  /* The list scrolls sideways rather than hold the side pane open. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = MIN (*minimum, 200);
}

static void
yt_site_list_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  YtSiteList *self = YT_SITE_LIST (widget);
  gboolean wide = width >= WIDE_WIDTH;

  gtk_widget_allocate (gtk_widget_get_first_child (widget), width, height, baseline, NULL);
  /* Columns may not change during an allocation: do it right after. */
  if ((wide != gtk_column_view_column_get_visible (self->kind_column) ||
       name_width_for (self, width) != gtk_column_view_column_get_fixed_width (self->name_column)) &&
      self->columns_idle == 0)
    self->columns_idle = g_idle_add (update_columns, self);
}

static gboolean
yt_site_list_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  YtSiteList *self = YT_SITE_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *rows = rows_view (self);
  gboolean in_rows = focus != NULL && rows != NULL && gtk_widget_is_ancestor (focus, rows);
  gboolean inside = focus != NULL && gtk_widget_is_ancestor (focus, widget);

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (yt_site_list_parent_class)->focus (widget, direction);
  /* From the rows, Tab leaves; Shift+Tab goes to the headers. */
  if (in_rows)
    return direction == GTK_DIR_TAB_BACKWARD &&
           GTK_WIDGET_CLASS (yt_site_list_parent_class)->focus (widget, direction);
  if (inside)
    return GTK_WIDGET_CLASS (yt_site_list_parent_class)->focus (widget, direction);
  /* From outside, either way, the keyboard lands on one row. */
  return rows != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0 &&
         gtk_widget_child_focus (rows, GTK_DIR_TAB_FORWARD);
}

/* The name cell: the name over its kind and region.  Made in code so that
 * the row and the cell get an accessible name: a screen reader reads the row
 * as one line ("Gui'an cluster, Data-centre cluster, Guizhou, 2021"). */
static void
name_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (int i = 0; i < 2; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      if (i == 1)
        {
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_add_css_class (label, "caption");
        }
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_list_item_set_child (list_item, box);
}

static void
name_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  YtSiteItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *cell = gtk_widget_get_parent (box);
  GtkWidget *row = cell != NULL ? gtk_widget_get_parent (cell) : NULL;
  g_autofree char *name = NULL, *detail = NULL, *tooltip = NULL, *company = NULL, *year = NULL;
  g_autofree char *spoken = NULL;

  g_object_get (item, "name", &name, "detail", &detail, "tooltip", &tooltip, "company", &company,
                "year-text", &year, NULL);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), detail);
  gtk_widget_set_tooltip_text (box, tooltip);
  /* Translators: how a screen reader reads a row of the site list: name, kind and place, company, year */
  spoken = g_strdup_printf (_("%s, %s, %s, %s"), name, detail != NULL ? detail : "",
                            company != NULL ? company : "", year != NULL ? year : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

/* Arrow keys inside the list move through it; a click opens. */
static gboolean
key_pressed (YtSiteList *self,
             guint       keyval)
{
  self->browsing = keyval == GDK_KEY_Up || keyval == GDK_KEY_Down || keyval == GDK_KEY_Page_Up ||
                   keyval == GDK_KEY_Page_Down || keyval == GDK_KEY_Home || keyval == GDK_KEY_End ||
                   keyval == GDK_KEY_KP_Up || keyval == GDK_KEY_KP_Down;
  return FALSE;
}

static void
key_released (YtSiteList *self)
{
  self->browsing = FALSE;
}


static void
yt_site_list_dispose (GObject *object)
{
  YtSiteList *self = YT_SITE_LIST (object);

  g_clear_handle_id (&self->columns_idle, g_source_remove);
  g_clear_handle_id (&self->top_idle, g_source_remove);
  if (self->top_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->top_tick);
  self->top_tick = 0;
  /* The template and the view state go first: the models outlive their views. */
  G_OBJECT_CLASS (yt_site_list_parent_class)->dispose (object);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->store);
}

static void
yt_site_list_class_init (YtSiteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  YtPanelBaseClass *panel_class = YT_PANEL_BASE_CLASS (klass);

  object_class->dispose = yt_site_list_dispose;
  panel_class->view_state_changed = view_state_changed;
  yt_panel_base_class_follow (panel_class, "atlas", G_CALLBACK (atlas_changed));
  yt_panel_base_class_follow (panel_class, "language", G_CALLBACK (atlas_changed));
  yt_panel_base_class_follow (panel_class, "filtered-sites", G_CALLBACK (filtered_changed));
  yt_panel_base_class_follow (panel_class, "selection", G_CALLBACK (select_from_state));
  signals[SITE_ACTIVATED] = g_signal_new ("site-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (YT_TYPE_SITE_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/yuntu/Yuntu/yt-site-list.ui");
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, column_view);
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, name_column);
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, kind_column);
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, company_column);
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, year_column);
  gtk_widget_class_bind_template_child (widget_class, YtSiteList, region_column);
  gtk_widget_class_bind_template_callback (widget_class, row_activated);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, key_released);
  widget_class->measure = yt_site_list_measure;
  widget_class->size_allocate = yt_site_list_size_allocate;
  widget_class->focus = yt_site_list_focus;
}

static void
yt_site_list_init (YtSiteList *self)
{
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  g_autoptr(GtkListItemFactory) name_factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (name_factory, "setup", G_CALLBACK (name_setup), NULL);
  g_signal_connect (name_factory, "bind", G_CALLBACK (name_bind), NULL);
  gtk_column_view_column_set_factory (self->name_column, name_factory);
  self->store = g_list_store_new (YT_TYPE_SITE_ITEM);
  self->filter = gtk_custom_filter_new (site_visible, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view))));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selected_changed), self);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (self->column_view), GTK_SELECTION_MODEL (self->selection));
  g_signal_connect (self, "map", G_CALLBACK (mapped), NULL);
  g_signal_connect_object (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (self->column_view)), "changed",
                           G_CALLBACK (scroll_to_top), self, G_CONNECT_SWAPPED);
}

GtkWidget *
yt_site_list_new (void)
{
  return g_object_new (YT_TYPE_SITE_LIST, NULL);
}
