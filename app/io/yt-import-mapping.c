/* yt-import-mapping.c: which column of an imported file holds which field of a site
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "yuntu/yt-import-mapping.h"

struct _YtImportMapping
{
  GObject   parent_instance;
  GStrv     columns;
  int       column[YT_N_IMPORT_FIELDS];      /* index into columns, -1 for none */
  char     *defaults[YT_N_IMPORT_FIELDS];
  char     *source[YT_N_IMPORT_SOURCE_FIELDS];
  gboolean  skip_bad_rows;
};

G_DEFINE_FINAL_TYPE (YtImportMapping, yt_import_mapping, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct {
  const char *name;
  const char *label;
  /* Column names recognised, best first, as normalise_header() leaves them. */
  const char *aliases[12];
} fields[YT_N_IMPORT_FIELDS] = {
  [YT_IMPORT_FIELD_ID] = { "id", N_("Id"), { "id", "siteid", "编号", "标识" } },
  [YT_IMPORT_FIELD_NAME] = { "name", N_("Name (either language)"),
                             { "name", "sitename", "名称", "名字", "站点", "站点名称", "title" } },
  [YT_IMPORT_FIELD_NAME_EN] = { "name_en", N_("English name"),
                                { "nameen", "englishname", "英文名称", "英文名" } },
  [YT_IMPORT_FIELD_NAME_ZH] = { "name_zh", N_("Chinese name"),
                                { "namezh", "namecn", "chinesename", "中文名称", "中文名" } },
  [YT_IMPORT_FIELD_KIND] = { "kind", N_("Kind"), { "kind", "type", "sitetype", "category", "类型", "种类" } },
  [YT_IMPORT_FIELD_OPERATOR] = { "operator", N_("Operator"),
                                 { "operatorid", "operator", "运营方", "运营商", "运营者", "provider",
                                   "服务商", "company", "公司", "企业" } },
  [YT_IMPORT_FIELD_INVESTORS] = { "investors", N_("Investors"), { "investors", "investor", "投资方" } },
  [YT_IMPORT_FIELD_BUILDERS] = { "builders", N_("Builders"), { "builders", "builder", "建设方" } },
  [YT_IMPORT_FIELD_FINANCIERS] = { "financiers", N_("Financiers"), { "financiers", "financier", "融资方" } },
  [YT_IMPORT_FIELD_PARTNERS] = { "partners", N_("Partners"), { "partners", "partner", "合作方" } },
  [YT_IMPORT_FIELD_CUSTOMERS] = { "customers", N_("Customers"), { "customers", "customer", "客户" } },
  [YT_IMPORT_FIELD_MEMBERS] = { "members", N_("Members"), { "members", "member", "成员" } },
  [YT_IMPORT_FIELD_REGION] = { "region", N_("Province or country"),
                               { "regioniso", "region", "iso", "countrycode", "country", "province",
                                 "地区", "国家", "省份", "省" } },
  [YT_IMPORT_FIELD_LAT] = { "lat", N_("Latitude"), { "lat", "latitude", "纬度", "y" } },
  [YT_IMPORT_FIELD_LON] = { "lon", N_("Longitude"), { "lon", "lng", "long", "longitude", "经度", "x" } },
  [YT_IMPORT_FIELD_PRECISION] = { "precision", N_("Position precision"), { "precision", "精度" } },
  [YT_IMPORT_FIELD_CODE] = { "code", N_("Provider’s region code"), { "code", "regioncode", "代码" } },
  [YT_IMPORT_FIELD_PARENT] = { "parent", N_("Part of (site id)"), { "parent", "上级" } },
  [YT_IMPORT_FIELD_ANNOUNCED] = { "announced", N_("Announced"), { "announced", "宣布", "宣布时间" } },
  [YT_IMPORT_FIELD_OPENED] = { "opened", N_("Opened"), { "opened", "opendate", "开通", "开通时间", "启用" } },
  [YT_IMPORT_FIELD_CLOSED] = { "closed", N_("Closed"), { "closed", "关闭", "关停" } },
};

static const char * const source_names[YT_N_IMPORT_SOURCE_FIELDS] = {
  "source-title", "source-publisher", "source-url", "source-date", "source-grade",
};

const char *
yt_import_field_to_string (YtImportField field)
{
  g_return_val_if_fail (field < YT_N_IMPORT_FIELDS, NULL);
  return fields[field].name;
}

gboolean
yt_import_field_from_string (const char    *text,
                             YtImportField *field)
{
  for (guint i = 0; text != NULL && i < YT_N_IMPORT_FIELDS; i++)
    if (g_str_equal (text, fields[i].name))
      return (*field = i, TRUE);
  return FALSE;
}

const char *
yt_import_field_get_label (YtImportField field)
{
  g_return_val_if_fail (field < YT_N_IMPORT_FIELDS, NULL);
  return _(fields[field].label);
}

gboolean
yt_import_field_has_default (YtImportField field)
{
  return field == YT_IMPORT_FIELD_KIND || field == YT_IMPORT_FIELD_OPERATOR ||
         field == YT_IMPORT_FIELD_REGION || field == YT_IMPORT_FIELD_PRECISION;
}

/* "Name EN", "name_en" and "名称 " all come out comparable. */
static char *
normalise_header (const char *header)
{
  g_autofree char *nfkc = g_utf8_normalize (header, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = g_utf8_casefold (nfkc != NULL ? nfkc : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* NFKC has made full-width brackets ASCII. */
      if (!g_unichar_isspace (c) && !(c < 128 && strchr ("_-.()", (int) c)))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
guess (YtImportMapping *self)
{
  guint n = g_strv_length (self->columns);
  g_autofree char **normal = g_new0 (char *, n + 1);
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);

  for (guint c = 0; c < n; c++)
    normal[c] = normalise_header (self->columns[c]);
  for (guint f = 0; f < YT_N_IMPORT_FIELDS; f++)
    {
      self->column[f] = -1;
      for (guint a = 0; fields[f].aliases[a] != NULL && self->column[f] < 0; a++)
        for (guint c = 0; c < n && self->column[f] < 0; c++)
          if (!taken[c] && g_str_equal (normal[c], fields[f].aliases[a]))
            {
              self->column[f] = (int) c;
              taken[c] = TRUE;
            }
    }
  for (guint c = 0; c < n; c++)
    g_free (normal[c]);
}

YtImportMapping *
yt_import_mapping_new (const char * const *columns)
{
  YtImportMapping *self = g_object_new (YT_TYPE_IMPORT_MAPPING, NULL);

  self->columns = g_strdupv ((char **) columns);
  if (self->columns == NULL)
    self->columns = g_new0 (char *, 1);
  guess (self);
  return self;
}

YtImportMapping *
yt_import_mapping_copy (YtImportMapping *self)
{
  YtImportMapping *copy;

  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), NULL);

  copy = g_object_new (YT_TYPE_IMPORT_MAPPING, NULL);
  copy->columns = g_strdupv (self->columns);
  memcpy (copy->column, self->column, sizeof self->column);
  for (guint f = 0; f < YT_N_IMPORT_FIELDS; f++)
    copy->defaults[f] = g_strdup (self->defaults[f]);
  for (guint s = 0; s < YT_N_IMPORT_SOURCE_FIELDS; s++)
    copy->source[s] = g_strdup (self->source[s]);
  copy->skip_bad_rows = self->skip_bad_rows;
  return copy;
}

const char * const *
yt_import_mapping_get_columns (YtImportMapping *self)
{
  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), NULL);
  return (const char * const *) self->columns;
}

const char *
yt_import_mapping_get_column (YtImportMapping *self,
                              YtImportField    field)
{
  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < YT_N_IMPORT_FIELDS, NULL);
  return self->column[field] >= 0 ? self->columns[self->column[field]] : NULL;
}

gboolean
yt_import_mapping_set_column (YtImportMapping *self,
                              YtImportField    field,
                              const char      *column)
{
  int index = -1;

  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), FALSE);
  g_return_val_if_fail (field < YT_N_IMPORT_FIELDS, FALSE);

  for (guint c = 0; column != NULL && self->columns[c] != NULL && index < 0; c++)
    if (g_str_equal (self->columns[c], column))
      index = (int) c;
  if (column != NULL && index < 0)
    return FALSE;
  if (self->column[field] != index)
    {
      self->column[field] = index;
      g_signal_emit (self, signals[CHANGED], 0);
    }
  return TRUE;
}

const char *
yt_import_mapping_get_default (YtImportMapping *self,
                               YtImportField    field)
{
  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < YT_N_IMPORT_FIELDS, NULL);
  return self->defaults[field];
}

static void
replace_text (YtImportMapping  *self,
              char            **slot,
              const char       *value)
{
  g_autofree char *stripped = value != NULL ? g_strstrip (g_strdup (value)) : NULL;

  if (stripped != NULL && *stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (*slot, stripped) == 0)
    return;
  g_free (*slot);
  *slot = g_steal_pointer (&stripped);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
yt_import_mapping_set_default (YtImportMapping *self,
                               YtImportField    field,
                               const char      *value)
{
  g_return_if_fail (YT_IS_IMPORT_MAPPING (self));
  g_return_if_fail (yt_import_field_has_default (field));
  replace_text (self, &self->defaults[field], value);
}

const char *
yt_import_mapping_get_source (YtImportMapping     *self,
                              YtImportSourceField  field)
{
  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (field < YT_N_IMPORT_SOURCE_FIELDS, NULL);
  return self->source[field];
}

void
yt_import_mapping_set_source (YtImportMapping     *self,
                              YtImportSourceField  field,
                              const char          *value)
{
  g_return_if_fail (YT_IS_IMPORT_MAPPING (self));
  g_return_if_fail (field < YT_N_IMPORT_SOURCE_FIELDS);
  replace_text (self, &self->source[field], value);
}

gboolean
yt_import_mapping_get_skip_bad_rows (YtImportMapping *self)
{
  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), FALSE);
  return self->skip_bad_rows;
}

void
yt_import_mapping_set_skip_bad_rows (YtImportMapping *self,
                                     gboolean         skip)
{
  g_return_if_fail (YT_IS_IMPORT_MAPPING (self));

  if (self->skip_bad_rows == !!skip)
    return;
  self->skip_bad_rows = !!skip;
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
split_setting (const char  *setting,
               const char  *option,
               char       **key,
               char       **value,
               GError     **error)
{
  const char *eq = setting != NULL ? strchr (setting, '=') : NULL;

  if (eq == NULL || eq == setting)
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Invalid value “%s” for %s: use FIELD=%s."), setting, option,
                         g_str_equal (option, "--map") ? "COLUMN" : "VALUE"), FALSE);
  *key = g_strndup (setting, (gsize) (eq - setting));
  *value = g_strdup (eq + 1);
  return TRUE;
}

gboolean
yt_import_mapping_parse_map (YtImportMapping  *self,
                             const char       *setting,
                             GError          **error)
{
  g_autofree char *key = NULL;
  g_autofree char *column = NULL;
  YtImportField field;

  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), FALSE);

  if (!split_setting (setting, "--map", &key, &column, error))
    return FALSE;
  if (!yt_import_field_from_string (key, &field))
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Unknown field “%s” in --map: see “Importing data” in README."), key), FALSE);
  if (!yt_import_mapping_set_column (self, field, *column != '\0' ? column : NULL))
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("The file has no column “%s” (--map %s)."), column, setting), FALSE);
  return TRUE;
}

gboolean
yt_import_mapping_parse_default (YtImportMapping  *self,
                                 const char       *setting,
                                 GError          **error)
{
  g_autofree char *key = NULL;
  g_autofree char *value = NULL;
  YtImportField field;

  g_return_val_if_fail (YT_IS_IMPORT_MAPPING (self), FALSE);

  if (!split_setting (setting, "--default", &key, &value, error))
    return FALSE;
  for (guint s = 0; s < YT_N_IMPORT_SOURCE_FIELDS; s++)
    if (g_str_equal (key, source_names[s]))
      return (yt_import_mapping_set_source (self, s, value), TRUE);
  if (!yt_import_field_from_string (key, &field) || !yt_import_field_has_default (field))
    return (g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                         _("Unknown field “%s” in --default: use kind, operator, region, precision or a source-… field."),
                         key), FALSE);
  yt_import_mapping_set_default (self, field, value);
  return TRUE;
}

static void
yt_import_mapping_finalize (GObject *object)
{
  YtImportMapping *self = YT_IMPORT_MAPPING (object);

  g_strfreev (self->columns);
  for (guint f = 0; f < YT_N_IMPORT_FIELDS; f++)
    g_free (self->defaults[f]);
  for (guint s = 0; s < YT_N_IMPORT_SOURCE_FIELDS; s++)
    g_free (self->source[s]);
  G_OBJECT_CLASS (yt_import_mapping_parent_class)->finalize (object);
}

static void
yt_import_mapping_class_init (YtImportMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = yt_import_mapping_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
yt_import_mapping_init (YtImportMapping *self)
{
  for (guint f = 0; f < YT_N_IMPORT_FIELDS; f++)
    self->column[f] = -1;
}
