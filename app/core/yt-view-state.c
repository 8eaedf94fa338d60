/* yt-view-state.c: what the user is looking at, shared by the map and the panels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "yuntu/yt-atlas-query.h"
#include "yuntu/yt-membership.h"
#include "yuntu/yt-view-state.h"

/* Every criterion that narrows the sites.  A new criterion is one more field
 * here, in filter_is_active(), run_query() and set_filter(). */
typedef struct
{
  char    *text;            /* never NULL */
  guint    kinds;
  guint    company;
  guint    region;
  int      first_year;
  int      last_year;
  int      as_of_year;
  gboolean bri;             /* only sites in Belt and Road member countries */
} Filter;

/* One step of the history: what was selected and the filter that went with it. */
typedef struct
{
  YtRef    selection;
  Filter   filter;
} Step;

struct _YtViewState
{
  GObject  parent_instance;

  YtAtlas *atlas;
  YtLang   language;

  YtRef    selection;
  GArray  *history;         /* Step; history[0] is "nothing selected" */
  guint    history_pos;

  Filter   filter;

  GArray  *filtered;        /* guint32 site indices */
};

G_DEFINE_FINAL_TYPE (YtViewState, yt_view_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ATLAS,
  PROP_LANGUAGE,
  PROP_SELECTION,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  PROP_FILTER_TEXT,
  PROP_FILTER_KINDS,
  PROP_FILTER_COMPANY,
  PROP_FILTER_REGION,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_FILTER_BRI,
  PROP_FILTER_ACTIVE,
  PROP_AS_OF_YEAR,
  PROP_FILTERED_SITES,
  PROP_N_FILTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const Filter no_filter = { (char *) "", YT_VIEW_STATE_ALL_KINDS, YT_ATLAS_NONE, YT_ATLAS_NONE, 0, 0, 0, FALSE };

static void
filter_copy (Filter       *to,
             const Filter *from)
{
  *to = *from;
  to->text = g_strdup (from->text);
}

static void
filter_clear (Filter *filter)
{
  g_clear_pointer (&filter->text, g_free);
}

static void
step_clear (gpointer data)
{
  filter_clear (&((Step *) data)->filter);
}

static gboolean
filter_is_active (YtViewState *self)
{
  const Filter *f = &self->filter;

  return f->text[0] != '\0' || f->kinds != YT_VIEW_STATE_ALL_KINDS ||
         f->company != YT_ATLAS_NONE || f->region != YT_ATLAS_NONE ||
         f->first_year != 0 || f->last_year != 0 || f->as_of_year != 0 || f->bri;
}

/* The year range and the as-of year both narrow the same query criterion:
 * "active at some time in [first, min (last, as-of)]". */
static void
query_set_years (YtViewState  *self,
                 YtAtlasQuery *query)
{
  int first = self->filter.first_year;
  int last = self->filter.last_year;

  if (self->filter.as_of_year != 0)
    {
      last = last == 0 ? self->filter.as_of_year : MIN (last, self->filter.as_of_year);
      if (first == 0)
        first = last;
    }
  if (first == 0 && last == 0)
    return;
  yt_atlas_query_set_years (query, YT_YEARS_ACTIVE, first == 0 ? 1 : first,
                            last == 0 ? 9999 : last);
}

static GArray *
run_query (YtViewState *self,
           const char  *text)
{
  g_autoptr(YtAtlasQuery) query = yt_atlas_query_new ();

  yt_atlas_query_set_kinds (query, self->filter.kinds);
  if (self->filter.company != YT_ATLAS_NONE)
    yt_atlas_query_set_company (query, self->filter.company, YT_ALL_LINK_KINDS);
  if (self->filter.region != YT_ATLAS_NONE)
    yt_atlas_query_set_region (query, self->filter.region);
  query_set_years (self, query);
  if (self->filter.bri)
    yt_atlas_query_set_member_of (query, yt_membership_bri (self->atlas),
                                  yt_view_state_get_membership_year (self));
  if (text != NULL)
    yt_atlas_query_set_text (query, text);
  return yt_atlas_query_run (query, self->atlas);
}

static GArray *
compute_filtered (YtViewState *self)
{
  /* The query reads an empty kind mask as "any kind"; here it means none. */
  if (self->atlas == NULL || self->filter.kinds == 0 ||
      (self->filter.bri && yt_membership_bri (self->atlas) == YT_ATLAS_NONE))
    return g_array_new (FALSE, FALSE, sizeof (guint32));
  /* The query's text also matches the operating companies' names, so "华为云"
   * finds the regions Huawei Cloud runs. */
  return run_query (self, self->filter.text);
}

static void
refilter (YtViewState *self)
{
  g_autoptr(GArray) result = compute_filtered (self);
  guint old_n = self->filtered->len;

  if (result->len == old_n &&
      (old_n == 0 || memcmp (result->data, self->filtered->data, old_n * sizeof (guint32)) == 0))
    return;
  g_array_unref (self->filtered);
  self->filtered = g_steal_pointer (&result);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERED_SITES]);
  if (self->filtered->len != old_n)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILTERED]);
}

static void
filter_changed (YtViewState *self,
                gboolean     was_active)
{
  if (was_active != filter_is_active (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_ACTIVE]);
  refilter (self);
}

/* Selection and history */

static void
apply_selection (YtViewState *self,
                 YtRef        selection,
                 gboolean     could_back,
                 gboolean     could_forward)
{
  if (self->selection != selection)
    {
      self->selection = selection;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
    }
  if (could_back != yt_view_state_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_forward != yt_view_state_get_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

static void
push_step (YtViewState *self,
           YtRef        selection)
{
  Step step = { selection, { 0 } };

  filter_copy (&step.filter, &self->filter);
  g_array_append_val (self->history, step);
}

/* The filter as it is now belongs to the step being left. */
static void
save_filter (YtViewState *self)
{
  Step *step = &g_array_index (self->history, Step, self->history_pos);

  filter_clear (&step->filter);
  filter_copy (&step->filter, &self->filter);
}

static void
reset_history (YtViewState *self)
{
  gboolean could_back = yt_view_state_get_can_go_back (self);
  gboolean could_forward = yt_view_state_get_can_go_forward (self);

  g_array_set_size (self->history, 0);
  push_step (self, YT_REF_NONE);
  self->history_pos = 0;
  apply_selection (self, YT_REF_NONE, could_back, could_forward);
}

static gboolean
selection_is_valid (YtViewState *self,
                    YtRef        ref)
{
  YtRecordKind kind = YT_REF_KIND (ref);

  if (ref == YT_REF_NONE)
    return TRUE;
  if (self->atlas == NULL ||
      (kind != YT_RECORD_SITE && kind != YT_RECORD_COMPANY && kind != YT_RECORD_REGION))
    return FALSE;
  return YT_REF_INDEX (ref) < yt_atlas_get_n_records (self->atlas, kind);
}

YtRef
yt_view_state_get_selection (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), YT_REF_NONE);
  return self->selection;
}

void
yt_view_state_set_selection (YtViewState *self,
                             YtRef        selection)
{
  gboolean could_back, could_forward;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (selection_is_valid (self, selection));

  if (selection == self->selection)
    return;
  could_back = yt_view_state_get_can_go_back (self);
  could_forward = yt_view_state_get_can_go_forward (self);
  save_filter (self);
  g_array_set_size (self->history, self->history_pos + 1);
  push_step (self, selection);
  /* Forget the oldest entry, but never the "nothing selected" start. */
  if (self->history->len > YT_VIEW_STATE_HISTORY_MAX + 1)
    g_array_remove_index (self->history, 1);
  self->history_pos = self->history->len - 1;
  apply_selection (self, selection, could_back, could_forward);
}

gboolean
yt_view_state_get_can_go_back (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return self->history_pos > 0;
}

gboolean
yt_view_state_get_can_go_forward (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return self->history_pos + 1 < self->history->len;
}

static void set_filter (YtViewState *self, const Filter *filter);

/* A step brings back its filter too, so that no filter set for one step
 * stays on, unseen, in another ("List Its Sites", then Back). */
static gboolean
go_to (YtViewState *self,
       guint        pos)
{
  gboolean could_back = yt_view_state_get_can_go_back (self);
  gboolean could_forward = yt_view_state_get_can_go_forward (self);
  Filter filter;

  save_filter (self);
  self->history_pos = pos;
  filter_copy (&filter, &g_array_index (self->history, Step, pos).filter);
  g_object_freeze_notify (G_OBJECT (self));
  set_filter (self, &filter);
  apply_selection (self, g_array_index (self->history, Step, pos).selection, could_back, could_forward);
  g_object_thaw_notify (G_OBJECT (self));
  filter_clear (&filter);
  return TRUE;
}

gboolean
yt_view_state_go_back (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return self->history_pos > 0 && go_to (self, self->history_pos - 1);
}

gboolean
yt_view_state_go_forward (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return yt_view_state_get_can_go_forward (self) && go_to (self, self->history_pos + 1);
}

/* Atlas and language */

YtAtlas *
yt_view_state_get_atlas (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), NULL);
  return self->atlas;
}

void
yt_view_state_set_atlas (YtViewState *self,
                         YtAtlas     *atlas)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (atlas == NULL || YT_IS_ATLAS (atlas));

  if (self->atlas == atlas)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  was_active = filter_is_active (self);
  g_set_object (&self->atlas, atlas);
  /* Indices of the old atlas mean nothing in the new one. */
  reset_history (self);
  yt_view_state_set_filter_company (self, YT_ATLAS_NONE);
  yt_view_state_set_filter_region (self, YT_ATLAS_NONE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATLAS]);
  filter_changed (self, was_active);
  g_object_thaw_notify (G_OBJECT (self));
}

YtLang
yt_view_state_get_language (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), YT_LANG_EN);
  return self->language;
}

void
yt_view_state_set_language (YtViewState *self,
                            YtLang       language)
{
  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (language == YT_LANG_EN || language == YT_LANG_ZH);

  if (self->language == language)
    return;
  self->language = language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* Filter */

/* Applies every criterion at once: one notification each, one new result. */
static void
set_filter (YtViewState  *self,
            const Filter *filter)
{
  gboolean was_active = filter_is_active (self);
  Filter *f = &self->filter;
  gboolean changed = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
#define SET_FIELD(field, prop) \
  if (f->field != filter->field) \
    { \
      f->field = filter->field; \
      changed = TRUE; \
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
    }
  if (g_strcmp0 (f->text, filter->text) != 0)
    {
      g_free (f->text);
      f->text = g_strdup (filter->text);
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
    }
  SET_FIELD (kinds, PROP_FILTER_KINDS)
  SET_FIELD (company, PROP_FILTER_COMPANY)
  SET_FIELD (region, PROP_FILTER_REGION)
  SET_FIELD (first_year, PROP_FIRST_YEAR)
  SET_FIELD (last_year, PROP_LAST_YEAR)
  SET_FIELD (as_of_year, PROP_AS_OF_YEAR)
  SET_FIELD (bri, PROP_FILTER_BRI)
#undef SET_FIELD
  if (changed)
    filter_changed (self, was_active);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
yt_view_state_get_filter_text (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), NULL);
  return self->filter.text;
}

void
yt_view_state_set_filter_text (YtViewState *self,
                               const char  *text)
{
  g_autofree char *stripped = NULL;
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));

  /* Spaces around what was typed do not change what is meant. */
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (g_strcmp0 (stripped, yt_view_state_get_filter_text (self)) == 0)
    return;
  was_active = filter_is_active (self);
  g_free (self->filter.text);
  self->filter.text = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_TEXT]);
  filter_changed (self, was_active);
}

guint
yt_view_state_get_filter_kinds (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), YT_VIEW_STATE_ALL_KINDS);
  return self->filter.kinds;
}

void
yt_view_state_set_filter_kinds (YtViewState *self,
                                guint        site_kinds)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));

  site_kinds &= YT_VIEW_STATE_ALL_KINDS;
  if (self->filter.kinds == site_kinds)
    return;
  was_active = filter_is_active (self);
  self->filter.kinds = site_kinds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_KINDS]);
  filter_changed (self, was_active);
}

guint
yt_view_state_get_filter_company (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), YT_ATLAS_NONE);
  return self->filter.company;
}

void
yt_view_state_set_filter_company (YtViewState *self,
                                  guint        company)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (company == YT_ATLAS_NONE ||
                    (self->atlas != NULL &&
                     company < yt_atlas_get_n_records (self->atlas, YT_RECORD_COMPANY)));

  if (self->filter.company == company)
    return;
  was_active = filter_is_active (self);
  self->filter.company = company;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_COMPANY]);
  filter_changed (self, was_active);
}

guint
yt_view_state_get_filter_region (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), YT_ATLAS_NONE);
  return self->filter.region;
}

void
yt_view_state_set_filter_region (YtViewState *self,
                                 guint        region)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (region == YT_ATLAS_NONE ||
                    (self->atlas != NULL &&
                     region < yt_atlas_get_n_records (self->atlas, YT_RECORD_REGION)));

  if (self->filter.region == region)
    return;
  was_active = filter_is_active (self);
  self->filter.region = region;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_REGION]);
  filter_changed (self, was_active);
}

int
yt_view_state_get_first_year (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), 0);
  return self->filter.first_year;
}

int
yt_view_state_get_last_year (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), 0);
  return self->filter.last_year;
}

void
yt_view_state_set_year_range (YtViewState *self,
                              int          first_year,
                              int          last_year)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (first_year >= 0 && first_year <= 9999);
  g_return_if_fail (last_year >= 0 && last_year <= 9999);
  g_return_if_fail (first_year == 0 || last_year == 0 || first_year <= last_year);

  if (self->filter.first_year == first_year && self->filter.last_year == last_year)
    return;
  was_active = filter_is_active (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (self->filter.first_year != first_year)
    {
      self->filter.first_year = first_year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_YEAR]);
    }
  if (self->filter.last_year != last_year)
    {
      self->filter.last_year = last_year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_YEAR]);
    }
  filter_changed (self, was_active);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
yt_view_state_get_filter_bri (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return self->filter.bri;
}

void
yt_view_state_set_filter_bri (YtViewState *self,
                              gboolean     bri)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));

  bri = !!bri;
  if (self->filter.bri == bri)
    return;
  was_active = filter_is_active (self);
  self->filter.bri = bri;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER_BRI]);
  filter_changed (self, was_active);
}

void
yt_view_state_reset_filter (YtViewState *self)
{
  g_return_if_fail (YT_IS_VIEW_STATE (self));
  set_filter (self, &no_filter);
}

gboolean
yt_view_state_get_filter_active (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  return filter_is_active (self);
}

/* Time */

int
yt_view_state_get_as_of_year (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), 0);
  return self->filter.as_of_year;
}

void
yt_view_state_set_as_of_year (YtViewState *self,
                              int          year)
{
  gboolean was_active;

  g_return_if_fail (YT_IS_VIEW_STATE (self));
  g_return_if_fail (year >= 0 && year <= 9999);

  if (self->filter.as_of_year == year)
    return;
  was_active = filter_is_active (self);
  self->filter.as_of_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AS_OF_YEAR]);
  filter_changed (self, was_active);
}

int
yt_view_state_get_membership_year (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), 0);
  return self->filter.as_of_year != 0 ? self->filter.as_of_year : yt_membership_current_year ();
}

static void
widen (int    *first,
       int    *last,
       YtDate  date)
{
  int year = YT_DATE_YEAR (date);

  if (date == 0)
    return;
  *first = *first == 0 ? year : MIN (*first, year);
  *last = MAX (*last, year);
}

void
yt_view_state_get_year_bounds (YtViewState *self,
                               int         *first_year,
                               int         *last_year)
{
  int first = 0, last = 0;
  guint n_sites;

  g_return_if_fail (YT_IS_VIEW_STATE (self));

  n_sites = self->atlas != NULL ? yt_atlas_get_n_records (self->atlas, YT_RECORD_SITE) : 0;
  for (guint i = 0; i < n_sites; i++)
    {
      const YtSite *site = yt_atlas_get_site (self->atlas, i);

      widen (&first, &last, site->announced);
      widen (&first, &last, site->opened);
      widen (&first, &last, site->closed);
    }
  /* The Belt and Road view changes with the memberships, so their years count too. */
  for (guint i = 0; self->atlas != NULL && i < yt_atlas_get_n_records (self->atlas, YT_RECORD_MEMBERSHIP); i++)
    {
      const YtMembership *m = yt_atlas_get_membership (self->atlas, i);

      widen (&first, &last, m->start);
      widen (&first, &last, m->end);
    }
  if (first_year != NULL)
    *first_year = first;
  if (last_year != NULL)
    *last_year = last;
}

/* Result */

const GArray *
yt_view_state_get_filtered_sites (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), NULL);
  return self->filtered;
}

guint
yt_view_state_get_n_filtered (YtViewState *self)
{
  g_return_val_if_fail (YT_IS_VIEW_STATE (self), 0);
  return self->filtered->len;
}

static int
compare_index (gconstpointer a,
               gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;

  return x < y ? -1 : x > y;
}

gboolean
yt_view_state_site_is_visible (YtViewState *self,
                               guint        site)
{
  guint32 key = site;

  g_return_val_if_fail (YT_IS_VIEW_STATE (self), FALSE);
  /* An empty array may have no data at all, which bsearch() must not see. */
  if (self->filtered->len == 0)
    return FALSE;
  /* The result is in index order, so a binary search finds the site. */
  return bsearch (&key, self->filtered->data, self->filtered->len, sizeof (guint32),
                  compare_index) != NULL;
}

/* GObject */

static void
yt_view_state_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  YtViewState *self = YT_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_ATLAS: g_value_set_object (value, self->atlas); break;
    case PROP_LANGUAGE: g_value_set_enum (value, self->language); break;
    case PROP_SELECTION: g_value_set_uint (value, self->selection); break;
    case PROP_CAN_GO_BACK: g_value_set_boolean (value, yt_view_state_get_can_go_back (self)); break;
    case PROP_CAN_GO_FORWARD: g_value_set_boolean (value, yt_view_state_get_can_go_forward (self)); break;
    case PROP_FILTER_TEXT: g_value_set_string (value, yt_view_state_get_filter_text (self)); break;
    case PROP_FILTER_KINDS: g_value_set_uint (value, self->filter.kinds); break;
    case PROP_FILTER_COMPANY: g_value_set_uint (value, self->filter.company); break;
    case PROP_FILTER_REGION: g_value_set_uint (value, self->filter.region); break;
    case PROP_FIRST_YEAR: g_value_set_int (value, self->filter.first_year); break;
    case PROP_LAST_YEAR: g_value_set_int (value, self->filter.last_year); break;
    case PROP_FILTER_BRI: g_value_set_boolean (value, self->filter.bri); break;
    case PROP_FILTER_ACTIVE: g_value_set_boolean (value, filter_is_active (self)); break;
    case PROP_AS_OF_YEAR: g_value_set_int (value, self->filter.as_of_year); break;
    case PROP_FILTERED_SITES: g_value_set_boxed (value, self->filtered); break;
    case PROP_N_FILTERED: g_value_set_uint (value, self->filtered->len); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_view_state_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  YtViewState *self = YT_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_ATLAS: yt_view_state_set_atlas (self, g_value_get_object (value)); break;
    case PROP_LANGUAGE: yt_view_state_set_language (self, g_value_get_enum (value)); break;
    case PROP_SELECTION: yt_view_state_set_selection (self, g_value_get_uint (value)); break;
    case PROP_FILTER_TEXT: yt_view_state_set_filter_text (self, g_value_get_string (value)); break;
    case PROP_FILTER_KINDS: yt_view_state_set_filter_kinds (self, g_value_get_uint (value)); break;
    case PROP_FILTER_COMPANY: yt_view_state_set_filter_company (self, g_value_get_uint (value)); break;
    case PROP_FILTER_REGION: yt_view_state_set_filter_region (self, g_value_get_uint (value)); break;
    case PROP_FIRST_YEAR:
      yt_view_state_set_year_range (self, g_value_get_int (value), self->filter.last_year);
      break;
    case PROP_LAST_YEAR:
      yt_view_state_set_year_range (self, self->filter.first_year, g_value_get_int (value));
      break;
    case PROP_FILTER_BRI: yt_view_state_set_filter_bri (self, g_value_get_boolean (value)); break;
    case PROP_AS_OF_YEAR: yt_view_state_set_as_of_year (self, g_value_get_int (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
yt_view_state_finalize (GObject *object)
{
  YtViewState *self = YT_VIEW_STATE (object);

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->history, g_array_unref);
  g_clear_pointer (&self->filtered, g_array_unref);
  filter_clear (&self->filter);

  G_OBJECT_CLASS (yt_view_state_parent_class)->finalize (object);
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
yt_view_state_class_init (YtViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = yt_view_state_get_property;
  object_class->set_property = yt_view_state_set_property;
  object_class->finalize = yt_view_state_finalize;

  properties[PROP_ATLAS] = g_param_spec_object ("atlas", NULL, NULL, YT_TYPE_ATLAS, RW);
  properties[PROP_LANGUAGE] = g_param_spec_enum ("language", NULL, NULL, YT_TYPE_LANG, YT_LANG_EN, RW);
  properties[PROP_SELECTION] = g_param_spec_uint ("selection", NULL, NULL, 0, G_MAXUINT32, YT_REF_NONE, RW);
  properties[PROP_CAN_GO_BACK] = g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE, RO);
  properties[PROP_CAN_GO_FORWARD] = g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE, RO);
  properties[PROP_FILTER_TEXT] = g_param_spec_string ("filter-text", NULL, NULL, "", RW);
  properties[PROP_FILTER_KINDS] = g_param_spec_uint ("filter-kinds", NULL, NULL, 0, YT_VIEW_STATE_ALL_KINDS,
                                                     YT_VIEW_STATE_ALL_KINDS, RW);
  properties[PROP_FILTER_COMPANY] = g_param_spec_uint ("filter-company", NULL, NULL, 0, G_MAXUINT32,
                                                       YT_ATLAS_NONE, RW);
  properties[PROP_FILTER_REGION] = g_param_spec_uint ("filter-region", NULL, NULL, 0, G_MAXUINT32,
                                                      YT_ATLAS_NONE, RW);
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, 0, 9999, 0, RW);
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, 0, 9999, 0, RW);
  properties[PROP_FILTER_BRI] = g_param_spec_boolean ("filter-bri", NULL, NULL, FALSE, RW);
  properties[PROP_FILTER_ACTIVE] = g_param_spec_boolean ("filter-active", NULL, NULL, FALSE, RO);
  properties[PROP_AS_OF_YEAR] = g_param_spec_int ("as-of-year", NULL, NULL, 0, 9999, 0, RW);
  properties[PROP_FILTERED_SITES] = g_param_spec_boxed ("filtered-sites", NULL, NULL, G_TYPE_ARRAY, RO);
  properties[PROP_N_FILTERED] = g_param_spec_uint ("n-filtered", NULL, NULL, 0, G_MAXUINT, 0, RO);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
yt_view_state_init (YtViewState *self)
{
  self->language = YT_LANG_EN;
  self->selection = YT_REF_NONE;
  filter_copy (&self->filter, &no_filter);
  self->history = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->history, step_clear);
  push_step (self, YT_REF_NONE);
  self->filtered = g_array_new (FALSE, FALSE, sizeof (guint32));
}

YtViewState *
yt_view_state_new (void)
{
  return g_object_new (YT_TYPE_VIEW_STATE, NULL);
}
