/* yt-import-fields.c: a row's kind, position, region, companies, codes and dates
 *
 * Each reader keeps every problem it finds with the column at fault, and
 * says nothing more once a problem makes later checks moot (no region is
 * asked of a row whose position is wrong).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-region-locator.h"
#include "yt-atlas-vocab.h"
#include "yt-import-fields.h"
#include "yt-import-values.h"

static const YtImportField company_fields[] = {
  YT_IMPORT_FIELD_OPERATOR, YT_IMPORT_FIELD_INVESTORS, YT_IMPORT_FIELD_BUILDERS,
  YT_IMPORT_FIELD_FINANCIERS, YT_IMPORT_FIELD_PARTNERS, YT_IMPORT_FIELD_CUSTOMERS,
  YT_IMPORT_FIELD_MEMBERS,
};
static const YtLinkKind company_links[] = {
  YT_LINK_OPERATOR, YT_LINK_INVESTOR, YT_LINK_BUILDER, YT_LINK_FINANCIER, YT_LINK_PARTNER,
  YT_LINK_CUSTOMER, YT_LINK_MEMBER,
};

void
yt_import_read_kind (YtImportRowContext     *rc,
                     YtImportSite           *site,
                     const YtImportDefaults *defaults)
{
  g_autofree char *value = yt_import_row_text (rc, YT_IMPORT_FIELD_KIND);
  YtSiteKind kind;

  if (value != NULL && yt_import_parse_kind (value, &kind))
    site->kind = kind;
  else if (value != NULL)
    yt_import_row_problem (rc, yt_import_row_column (rc, YT_IMPORT_FIELD_KIND),
             _("“%s” is not a kind of site: use hub, cluster, cloud-region, park, data-centre, project, office or event."),
             value);
  else if (defaults->kind >= 0)
    site->kind = defaults->kind;
  else
    yt_import_row_problem (rc, yt_import_row_column (rc, YT_IMPORT_FIELD_KIND),
             _("There is no kind: map a column to the kind or choose a kind for every row."));
}

static gboolean
read_degrees (YtImportRowContext *rc,
              YtImportField       field,
              const char         *value,
              double             *degrees)
{
  double limit = field == YT_IMPORT_FIELD_LAT ? 90 : 180;

  if (!yt_import_parse_degrees (value, degrees))
    yt_import_row_problem (rc, yt_import_row_column (rc, field), _("“%s” is not a number of degrees."), value);
  else if (fabs (*degrees) > limit)
    yt_import_row_problem (rc, yt_import_row_column (rc, field),
             field == YT_IMPORT_FIELD_LAT ? _("The latitude %s is out of range (−90 to 90).")
                                          : _("The longitude %s is out of range (−180 to 180)."), value);
  else
    return TRUE;
  return FALSE;
}

/* GDAL's names of geometry types, as a reader would say them. */
static const char *
shape_name (const char *shape)
{
  if (shape == NULL)
    return _("a shape");
  if (strstr (shape, "Line") != NULL || strstr (shape, "Curve") != NULL)
    return _("a line");
  if (strstr (shape, "Polygon") != NULL || strstr (shape, "Surface") != NULL)
    return _("an area");
  if (strstr (shape, "Point") != NULL)
    return _("several points");
  return _("a shape");
}

static void
read_geometry (YtImportRowContext *rc,
               YtImportSite       *site)
{
  if (rc->row->geometry == YT_GDAL_ROW_OTHER)
    yt_import_row_problem (rc, NULL, _("The geometry is %s, not a point: a site is imported with a point or without a position."),
             shape_name (rc->row->shape));
  else if (rc->row->geometry == YT_GDAL_ROW_POINT)
    {
      if (!isfinite (rc->row->lat) || !isfinite (rc->row->lon) || fabs (rc->row->lat) > 90 || fabs (rc->row->lon) > 180)
        yt_import_row_problem (rc, NULL, _("The point cannot be read as a longitude and latitude."));
      else
        {
          site->lat = rc->row->lat;
          site->lon = rc->row->lon;
          site->located = TRUE;
        }
    }
}

void
yt_import_read_position (YtImportRowContext *rc,
                         YtImportSite       *site)
{
  guint problems_before = rc->run->n_problems;
  g_autofree char *lat = yt_import_row_text (rc, YT_IMPORT_FIELD_LAT);
  g_autofree char *lon = yt_import_row_text (rc, YT_IMPORT_FIELD_LON);

  if (lat != NULL || lon != NULL)
    {
      if (lat == NULL || lon == NULL)
        yt_import_row_problem (rc, yt_import_row_column (rc, lat == NULL ? YT_IMPORT_FIELD_LAT : YT_IMPORT_FIELD_LON),
                 lat == NULL ? _("There is a longitude but no latitude.") : _("There is a latitude but no longitude."));
      else if (read_degrees (rc, YT_IMPORT_FIELD_LAT, lat, &site->lat) &&
               read_degrees (rc, YT_IMPORT_FIELD_LON, lon, &site->lon))
        site->located = TRUE;
    }
  else
    read_geometry (rc, site);
  rc->bad_position = rc->run->n_problems != problems_before;
}

void
yt_import_read_precision (YtImportRowContext     *rc,
                          YtImportSite           *site,
                          const YtImportDefaults *defaults)
{
  g_autofree char *value = yt_import_row_text (rc, YT_IMPORT_FIELD_PRECISION);

  site->precision = defaults->precision;
  if (value != NULL && site->located && !yt_import_parse_precision (value, &site->precision))
    yt_import_row_problem (rc, yt_import_row_column (rc, YT_IMPORT_FIELD_PRECISION),
             _("“%s” is not a position precision: use site, district, city or province."), value);
}

void
yt_import_read_region (YtImportRowContext     *rc,
                       YtImportSite           *site,
                       const YtImportDefaults *defaults)
{
  g_autofree char *value = yt_import_row_text (rc, YT_IMPORT_FIELD_REGION);
  const char *column = yt_import_row_column (rc, YT_IMPORT_FIELD_REGION);
  YtRegionLocator *locator;
  const char *code;

  site->region = YT_ATLAS_NONE;
  if (value != NULL)
    {
      site->region = yt_import_matcher_find (rc->run->matcher, YT_RECORD_REGION, value);
      if (site->region == YT_MATCH_AMBIGUOUS)
        yt_import_row_problem (rc, column, _("“%s” names more than one province or country: use its ISO code."), value);
      else if (site->region == YT_ATLAS_NONE)
        yt_import_row_problem (rc, column, _("No province or country in the atlas is called “%s”."), value);
      return;
    }
  if (site->located && (locator = yt_region_locator_get_default (NULL)) != NULL &&
      (code = yt_region_locator_find (locator, site->lon, site->lat)) != NULL)
    {
      site->region = yt_import_matcher_find (rc->run->matcher, YT_RECORD_REGION, code);
      if (site->region == YT_ATLAS_NONE || site->region == YT_MATCH_AMBIGUOUS)
        yt_import_row_problem (rc, column, _("The point lies in %s, which the atlas has no region for: give the province or country."),
                 code);
      return;
    }
  site->region = defaults->region;
  if (site->region == YT_ATLAS_NONE && !rc->bad_position)
    yt_import_row_problem (rc, column, site->located
             ? _("The point lies in no province or country: give the province or country.")
             : _("There is no province or country: give a region, a position, or a region for every row."));
}

gboolean
yt_import_match_companies (YtImportRun *run,
                           const char  *list,
                           GArray      *companies,
                           gpointer     row_context,
                           const char  *column)
{
  g_auto(GStrv) wide = g_strsplit (list, "；", -1);
  g_autofree char *joined = g_strjoinv (";", wide);
  g_auto(GStrv) parts = g_strsplit (joined, ";", -1);
  YtImportRowContext *rc = row_context;
  gboolean ok = TRUE;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (parts[i]));
      guint company;

      if (*name == '\0')
        continue;
      company = yt_import_matcher_find (run->matcher, YT_RECORD_COMPANY, name);
      if (company == YT_ATLAS_NONE || company == YT_MATCH_AMBIGUOUS)
        {
          ok = FALSE;
          if (rc == NULL)
            yt_import_run_add_problem (run, G_MAXUINT, NULL, g_strdup_printf (_("No company in the atlas is called “%s”."), name));
          else if (company == YT_ATLAS_NONE)
            yt_import_row_problem (rc, column, _("No company in the atlas is called “%s”."), name);
          else
            yt_import_row_problem (rc, column, _("“%s” names more than one company: use its id."), name);
        }
      else
        g_array_append_val (companies, company);
    }
  return ok;
}

void
yt_import_read_companies (YtImportRowContext     *rc,
                          YtImportSite           *site,
                          const YtImportDefaults *defaults)
{
  for (guint i = 0; i < G_N_ELEMENTS (company_fields); i++)
    {
      g_autofree char *value = yt_import_row_text (rc, company_fields[i]);
      GArray *companies = g_array_new (FALSE, FALSE, sizeof (guint));

      if (value != NULL)
        yt_import_match_companies (rc->run, value, companies, rc, yt_import_row_column (rc, company_fields[i]));
      else if (company_fields[i] == YT_IMPORT_FIELD_OPERATOR && defaults->operators != NULL)
        g_array_append_vals (companies, defaults->operators->data, defaults->operators->len);
      site->companies[company_links[i]] = companies;
    }
}

void
yt_import_read_other (YtImportRowContext *rc,
                      YtImportSite       *site)
{
  static const YtImportField date_fields[] = {
    YT_IMPORT_FIELD_ANNOUNCED, YT_IMPORT_FIELD_OPENED, YT_IMPORT_FIELD_CLOSED
  };

  site->code = yt_import_row_text (rc, YT_IMPORT_FIELD_CODE);
  if (site->code != NULL && !yt_atlas_vocab_is_code (site->code))
    yt_import_row_problem (rc, yt_import_row_column (rc, YT_IMPORT_FIELD_CODE),
             _("“%s” is not a provider’s region code: use letters, digits, “-”, “_” and “.”."), site->code);
  site->parent = yt_import_row_text (rc, YT_IMPORT_FIELD_PARENT);
  for (guint i = 0; i < G_N_ELEMENTS (date_fields); i++)
    {
      g_autofree char *value = yt_import_row_text (rc, date_fields[i]);

      if (value != NULL && (site->dates[i] = yt_import_parse_date (value)) == NULL)
        yt_import_row_problem (rc, yt_import_row_column (rc, date_fields[i]), _("“%s” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD."), value);
    }
}
