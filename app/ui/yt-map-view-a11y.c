/* yt-map-view-a11y.c: what the screen reader hears and the tooltip shows
 *
 * The map is one accessible object.  While the keyboard cursor is on a site
 * (yt-map-view-focus.c), its label is the site's name and its description
 * the kind, the operator and the position's precision; screen readers
 * announce name changes of the focused object, so each Tab is spoken.  On the
 * map itself the description says how to move among the sites.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "yt-map-view-private.h"

#define TOOLTIP_NAMES 5   /* cluster members named in a tooltip */

static const char *
site_kind_name (YtSiteKind kind)
{
  static const char *const names[YT_N_SITE_KINDS] = {
    N_("Computing hub"), N_("Data-centre cluster"), N_("Cloud region"), N_("Park or zone"),
    N_("Data centre"), N_("Project"), N_("Office"), N_("Event"),
  };

  return kind < YT_N_SITE_KINDS ? _(names[kind]) : "";
}

/* The operator, else any linked company; YT_ATLAS_NONE when none. */
static guint
site_company (YtAtlas *atlas,
              guint    site)
{
  YtRef ref = YT_REF (YT_RECORD_SITE, site);
  guint n_links = yt_atlas_get_n_records (atlas, YT_RECORD_LINK);
  guint any = YT_ATLAS_NONE;

  for (guint i = 0; i < n_links; i++)
    {
      const YtLink *link = yt_atlas_get_link (atlas, i);

      if (link->to != ref || YT_REF_KIND (link->from) != YT_RECORD_COMPANY)
        continue;
      if (link->kind == YT_LINK_OPERATOR)
        return YT_REF_INDEX (link->from);
      if (any == YT_ATLAS_NONE)
        any = YT_REF_INDEX (link->from);
    }
  return any;
}

static const char *
site_name (YtMapView *self,
           guint      site)
{
  YtAtlas *atlas = yt_map_renderer_get_atlas (self->renderer);
  const char *name = yt_atlas_get_name (atlas, YT_REF (YT_RECORD_SITE, site),
                                        yt_map_view_get_language (self), NULL);

  return name != NULL && *name != '\0' ? name : yt_atlas_get_id (atlas, YT_REF (YT_RECORD_SITE, site));
}

/* "Cloud region · Alibaba Cloud · city-level position" */
char *
yt_map_view_describe_site (YtMapView *self,
                           guint      site)
{
  YtAtlas *atlas = yt_map_renderer_get_atlas (self->renderer);
  const YtSite *record = yt_atlas_get_site (atlas, site);
  guint company = site_company (atlas, site);
  GString *text = g_string_new (site_kind_name (record->kind));

  if (company != YT_ATLAS_NONE)
    {
      YtLang lang = yt_map_view_get_language (self);
      const char *name = yt_atlas_get_company_name (atlas, company, YT_NAME_ROLE_SHORT, lang, NULL);

      if (name == NULL || *name == '\0')
        name = yt_atlas_get_name (atlas, YT_REF (YT_RECORD_COMPANY, company), lang, NULL);

      if (name != NULL && *name != '\0')
        g_string_append_printf (text, " · %s", name);
    }
  if (record->precision == YT_PRECISION_CITY)
    g_string_append_printf (text, " · %s", _("city-level position"));
  else if (record->precision == YT_PRECISION_PROVINCE)
    g_string_append_printf (text, " · %s", _("province-level position"));
  return g_string_free (text, FALSE);
}

void
yt_map_view_update_accessible (YtMapView *self)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (self);
  g_autofree char *description = NULL;

  if (self->focus_site != YT_ATLAS_NONE && yt_map_renderer_get_atlas (self->renderer) != NULL)
    {
      g_autofree char *about = yt_map_view_describe_site (self, self->focus_site);

      /* Translators: site kind and operator; then what Enter does. */
      description = g_strdup_printf (_("%s. Enter opens its profile."), about);
      gtk_accessible_update_property (accessible,
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, site_name (self, self->focus_site),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      return;
    }
  gtk_accessible_update_property (accessible,
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map"),
                                  GTK_ACCESSIBLE_PROPERTY_ROLE_DESCRIPTION, _("map"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Tab and Shift+Tab move through the sites from north to south "
                                    "and west to east, Enter opens one, Escape clears the selection, "
                                    "arrow keys pan, plus and minus zoom, Ctrl+Tab leaves the map."),
                                  -1);
}

static char *
site_tooltip (YtMapView *self,
              guint      site)
{
  g_autofree char *about = yt_map_view_describe_site (self, site);

  return g_markup_printf_escaped ("<b>%s</b>\n%s", site_name (self, site), about);
}

static char *
cluster_tooltip (YtMapView      *self,
                 const YtMapHit *hit)
{
  GString *text = g_string_new (NULL);
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u site", "%u sites",
                                                         hit->n_members), hit->n_members);

  g_string_append_printf (text, "<b>%s</b>", count);
  for (guint i = 0; i < MIN (hit->n_members, TOOLTIP_NAMES); i++)
    {
      g_autofree char *name = g_markup_escape_text (site_name (self, hit->members[i]), -1);

      g_string_append_printf (text, "\n%s", name);
    }
  if (hit->n_members > TOOLTIP_NAMES)
    g_string_append (text, "\n…");
  g_string_append_printf (text, "\n<small>%s</small>", _("Click to zoom in"));
  return g_string_free (text, FALSE);
}

static char *
region_tooltip (YtMapView *self,
                YtRef      ref)
{
  YtAtlas *atlas = yt_map_renderer_get_atlas (self->renderer);
  const char *name = yt_atlas_get_name (atlas, ref, yt_map_view_get_language (self), NULL);

  return name != NULL && *name != '\0' ? g_markup_escape_text (name, -1) : NULL;
}

gboolean
yt_map_view_query_tooltip (GtkWidget  *widget,
                           int         x,
                           int         y,
                           gboolean    keyboard,
                           GtkTooltip *tooltip)
{
  YtMapView *self = YT_MAP_VIEW (widget);
  g_autofree char *markup = NULL;
  YtMapHit hit;
  double sx, sy;

  if (yt_map_renderer_get_atlas (self->renderer) == NULL)
    return FALSE;
  if (keyboard)
    {
      if (self->focus_site == YT_ATLAS_NONE ||
          !yt_map_view_site_to_widget (self, self->focus_site, &sx, &sy))
        return FALSE;
      markup = site_tooltip (self, self->focus_site);
      hit = (YtMapHit) { .x = sx, .y = sy, .radius = 10 };
    }
  else if (!yt_map_view_hit (self, x, y, &hit))
    return FALSE;
  else if (hit.n_members > 1)
    markup = cluster_tooltip (self, &hit);
  else if (hit.n_members == 1)
    markup = site_tooltip (self, hit.members[0]);
  else if (hit.ref != YT_REF_NONE && YT_REF_KIND (hit.ref) == YT_RECORD_REGION)
    markup = region_tooltip (self, hit.ref);
  if (markup == NULL)
    return FALSE;
  gtk_tooltip_set_markup (tooltip, markup);
  /* The tooltip moves on as soon as the pointer leaves this marker. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) (hit.x - hit.radius), (int) (hit.y - hit.radius),
                                                       (int) (2 * hit.radius) + 1, (int) (2 * hit.radius) + 1 });
  return TRUE;
}
