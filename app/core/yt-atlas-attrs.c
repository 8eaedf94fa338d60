/* yt-atlas-attrs.c: attribute values of atlas elements, checked and stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-parser.h"

#define XML_NS "http://www.w3.org/XML/1998/namespace"
#define ATTR_NAME(a) ((const char *) (a)[0])

/* Copies the value out of libxml2's buffer (it is not NUL-terminated) and
 * enforces the per-attribute limit, which ends the file's parse. */
gboolean
yt_atlas_parser_attr_value (YtAtlasParser  *self,
                            const xmlChar **attr,
                            const char    **value)
{
  gsize len = (gsize) (attr[4] - attr[3]);
  guint line, column;

  if (len > YT_ATLAS_MAX_TEXT_SIZE)
    {
      yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
      yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_TOO_LARGE,
                              _("The value of the attribute “%s” is longer than 64 KiB; the rest of the file is not read."),
                              ATTR_NAME (attr));
      yt_atlas_parser_stop (self);
      return FALSE;
    }
  g_string_truncate (self->scratch, 0);
  g_string_append_len (self->scratch, (const char *) attr[3], (gssize) len);
  *value = self->scratch->str;
  return TRUE;
}

/* Token-typed schema values are compared after whitespace collapsing; most
 * values have no whitespace, so they are used in place. */
static const char *
collapsed (const char *value, char **tmp)
{
  if (strpbrk (value, " \t\n\r") == NULL)
    return value;
  *tmp = yt_atlas_vocab_collapse (value, strlen (value));
  return *tmp;
}

static void
report_value (YtAtlasParser  *self,
              const xmlChar **attr,
              const char     *format,
              const char     *value)
{
  g_autofree char *shown = yt_atlas_parser_shorten (value);
  g_autofree char *message = NULL;
  guint line, column;

  yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
  /* Every caller passes a literal _() format taking the value and the name. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  message = g_strdup_printf (format, shown, ATTR_NAME (attr));
#pragma GCC diagnostic pop
  yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_VALUE, "%s", message);
}

static guint32
parse_ref (YtAtlasParser *self, const xmlChar **attr, const char *value)
{
  g_autofree char *tmp = NULL;
  const char *v = collapsed (value, &tmp);

  if (!yt_atlas_vocab_is_ncname (v))
    {
      report_value (self, attr, _("“%s” in the attribute “%s” is not a valid id (an XML name without spaces or colons)."), value);
      return YT_ATLAS_NONE;
    }
  return yt_atlas_builder_intern (self->builder, v, strlen (v));
}

static void
define_id (YtAtlasParser *self, const xmlChar **attr, const char *value, YtRecordHead *head)
{
  guint32 index = parse_ref (self, attr, value);
  YtAtlasName *name;

  if (index == YT_ATLAS_NONE)
    return;
  name = yt_atlas_builder_name (self->builder, index);
  head->id = name->str;
  if (name->ref == YT_REF_NONE)
    {
      name->ref = YT_REF (self->kind, self->record);
      return;
    }
  {
    YtVec *vec = &self->builder->records[YT_REF_KIND (name->ref)];
    const YtRecordHead *first = yt_vec_at (vec, YtRecordHead, YT_REF_INDEX (name->ref));
    guint line, column;

    yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_DUPLICATE,
                            _("The id “%s” is already defined at %s:%u:%u."),
                            self->builder->arena + name->str,
                            (const char *) self->builder->files->pdata[first->file],
                            first->line, first->column);
  }
}

static void
parse_sources (YtAtlasParser *self, const xmlChar **attr, char *value, YtRecordHead *head)
{
  guint n = 0;

  head->sources = self->builder->indices.len;
  /* Tokenised in place: this runs for nearly every record. */
  for (char *p = value, *id; *p != '\0'; )
    {
      guint32 index;

      p += strspn (p, " \t\n\r");
      if (*p == '\0')
        break;
      id = p;
      p += strcspn (p, " \t\n\r");
      if (*p != '\0')
        *p++ = '\0';
      index = parse_ref (self, attr, id);
      if (index != YT_ATLAS_NONE && n < G_MAXUINT16)
        {
          yt_atlas_builder_add_index (self->builder, index);
          n++;
        }
    }
  head->n_sources = (guint16) n;
  if (n == 0)
    report_value (self, attr, _("“%s” in the attribute “%s” must list at least one source id."), value);
}

static int
parse_enum (YtAtlasParser *self, const xmlChar **attr, const char *value, const char * const *values)
{
  g_autofree char *tmp = NULL;
  g_autofree char *list = NULL;
  g_autofree char *shown = NULL;
  int found = yt_atlas_vocab_find_enum (values, collapsed (value, &tmp));
  guint line, column;

  if (found >= 0)
    return found;
  list = yt_atlas_vocab_enum_list (values);
  shown = yt_atlas_parser_shorten (value);
  yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
  yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_VALUE,
                          _("“%s” is not allowed in the attribute “%s”; use one of: %s."),
                          shown, ATTR_NAME (attr), list);
  return -1;
}

static void
parse_decimal (YtAtlasParser *self, const xmlChar **attr, const char *value,
               const YtAttrSpec *spec, double *out)
{
  g_autofree char *tmp = NULL;
  double number;
  guint line, column;

  if (!yt_atlas_vocab_parse_decimal (collapsed (value, &tmp), &number) || !isfinite (number))
    {
      report_value (self, attr, _("“%s” in the attribute “%s” is not a finite decimal number."), value);
      return;
    }
  if (spec->min <= spec->max && (number < spec->min || number > spec->max))
    {
      yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
      yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_VALUE,
                              _("The value %s of the attribute “%s” is out of range; it must lie between %g and %g."),
                              value, ATTR_NAME (attr), spec->min, spec->max);
      return;
    }
  *out = number;
}

static void
parse_string (YtAtlasParser *self, const xmlChar **attr, const char *value,
              const YtAttrSpec *spec, YtStr *out)
{
  g_autofree char *tmp = NULL;
  const char *v = spec->type == YT_ATTR_ISO ? value : collapsed (value, &tmp);

  if (spec->type == YT_ATTR_ISO && !yt_atlas_vocab_is_iso (v))
    report_value (self, attr, _("“%s” in the attribute “%s” is not an ISO 3166 code such as CN-GZ or TH."), value);
  else if (spec->type == YT_ATTR_CODE && !yt_atlas_vocab_is_code (v))
    report_value (self, attr, _("“%s” in the attribute “%s” is not a valid code (letters, digits, “.”, “_” and “-”)."), value);
  else
    *out = yt_atlas_builder_add_str (self->builder, v, strlen (v));
}

static void
parse_date (YtAtlasParser *self, const xmlChar **attr, const char *value, YtDate *out)
{
  if (!yt_atlas_vocab_parse_date (value, out))
    report_value (self, attr, _("“%s” in the attribute “%s” is not a valid date; use YYYY, YYYY-MM or YYYY-MM-DD."), value);
}

static void
apply (YtAtlasParser *self, const YtAttrSpec *spec, const xmlChar **attr,
       const char *value, guint8 *record)
{
  gpointer field = record + spec->offset;
  int found;

  switch ((YtAttrType) spec->type)
    {
    case YT_ATTR_ID:
      define_id (self, attr, value, (YtRecordHead *) record);
      break;
    case YT_ATTR_REF:
      *(guint32 *) field = parse_ref (self, attr, value);
      break;
    case YT_ATTR_SOURCES:
      parse_sources (self, attr, self->scratch->str, (YtRecordHead *) record);
      break;
    case YT_ATTR_ENUM:
    case YT_ATTR_ENUM1:
    case YT_ATTR_BASIS_OF:
      found = parse_enum (self, attr, value, spec->values);
      if (found >= 0)
        *(guint8 *) field = (guint8) (found + (spec->type == YT_ATTR_ENUM1));
      break;
    case YT_ATTR_DATE:
      parse_date (self, attr, value, field);
      break;
    case YT_ATTR_YEAR:
      if (strlen (value) == 4 && strspn (value, "0123456789") == 4)
        *(guint16 *) field = (guint16) atoi (value);
      else
        report_value (self, attr, _("“%s” in the attribute “%s” is not a four-digit year."), value);
      break;
    case YT_ATTR_DECIMAL:
      parse_decimal (self, attr, value, spec, field);
      break;
    case YT_ATTR_URI:
    case YT_ATTR_ISO:
    case YT_ATTR_CODE:
      parse_string (self, attr, value, spec, field);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
report_unknown (YtAtlasParser *self, const xmlChar **attr, const char *element)
{
  guint line, column;

  yt_atlas_parser_attr_position (self, attr[1], attr[0], &line, &column);
  yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                          _("The attribute “%s%s%s” is not allowed on <%s>."),
                          attr[1] != NULL ? (const char *) attr[1] : "", attr[1] != NULL ? ":" : "",
                          ATTR_NAME (attr), element);
}

static void
check_missing (YtAtlasParser *self, const char *element, const YtAttrSpec *specs, guint n_specs)
{
  guint line, column;

  for (guint j = 0; j < n_specs; j++)
    {
      const char *missing = NULL, *needs = NULL;

      if (specs[j].required && !(self->seen & (1u << j)))
        missing = specs[j].name;
      else if (specs[j].type == YT_ATTR_BASIS_OF && (self->seen & (1u << j)) &&
               !(self->seen & (1u << specs[j].companion)))
        needs = specs[j].name;
      if (missing == NULL && needs == NULL)
        continue;
      yt_atlas_parser_tag_position (self, &line, &column);
      if (missing != NULL)
        yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                                _("The element <%s> needs the attribute “%s”."), element, missing);
      else
        yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                                _("The attribute “%s” is only allowed together with “%s”."),
                                needs, specs[specs[j].companion].name);
    }
}

void
yt_atlas_parser_record_attrs (YtAtlasParser    *self,
                              const xmlChar   **attrs,
                              int               n_attrs,
                              const char       *element,
                              const YtAttrSpec *specs,
                              guint             n_specs,
                              guint8           *record)
{
  self->seen = 0;
  for (int i = 0; i < n_attrs && !self->stopped; i++)
    {
      const xmlChar **attr = attrs + 5 * i;
      const char *value;
      guint j;

      if (!yt_atlas_parser_attr_value (self, attr, &value))
        return;
      for (j = 0; j < n_specs && (attr[2] != NULL || strcmp (specs[j].name, ATTR_NAME (attr)) != 0); j++)
        ;
      if (j == n_specs)
        {
          report_unknown (self, attr, element);
          continue;
        }
      self->seen |= 1u << j;
      apply (self, &specs[j], attr, value, record);
    }
  check_missing (self, element, specs, n_specs);
}

enum { HAS_LANG = 1, LANG_OK = 2, HAS_DATE = 4, HAS_DATE_BASIS = 8 };

static void
text_attr (YtAtlasParser *self, const xmlChar **attr, const char *value,
           const char *element, guint *flags)
{
  const char *name = ATTR_NAME (attr);
  gboolean roled = (self->child_spec->flags & YT_CHILD_ROLED) != 0;
  gboolean dated = (self->child_spec->flags & YT_CHILD_DATED) != 0;
  int found;

  if (attr[2] != NULL)
    report_unknown (self, attr, element);
  else if (strcmp (name, "basis") == 0)
    {
      if ((found = parse_enum (self, attr, value, yt_atlas_vocab_basis)) >= 0)
        self->pending.basis = (guint8) found;
    }
  else if (strcmp (name, "source") == 0)
    self->pending_source = parse_ref (self, attr, value);
  else if (roled && strcmp (name, "role") == 0)
    {
      if ((found = parse_enum (self, attr, value, yt_atlas_vocab_name_roles)) >= 0)
        self->pending.role = (guint8) (found + 1);
    }
  else if (dated && strcmp (name, "date") == 0)
    {
      *flags |= HAS_DATE;
      parse_date (self, attr, value, &self->pending.date);
    }
  else if (dated && strcmp (name, "date-basis") == 0)
    {
      *flags |= HAS_DATE_BASIS;
      if ((found = parse_enum (self, attr, value, yt_atlas_vocab_date_basis)) >= 0)
        self->pending.date_basis = (guint8) found;
    }
  else
    report_unknown (self, attr, element);
}

static gboolean
text_lang (YtAtlasParser *self, const xmlChar **attr, const char *value)
{
  g_autofree char *tmp = NULL;
  const char *v = collapsed (value, &tmp);

  if (self->child == YT_TEXT_QUOTE)
    {
      if (!yt_atlas_vocab_is_language (v))
        {
          report_value (self, attr, _("“%s” in the attribute “%s” is not a language tag such as en or zh."), value);
          return FALSE;
        }
      self->pending.lang_tag = yt_atlas_builder_add_str (self->builder, v, strlen (v));
      self->pending.lang = strcmp (v, "en") == 0 ? YT_LANG_EN : strcmp (v, "zh") == 0 ? YT_LANG_ZH : YT_N_LANGS;
      return TRUE;
    }
  if (strcmp (v, "en") == 0 || strcmp (v, "zh") == 0)
    {
      self->pending.lang = v[0] == 'z' ? YT_LANG_ZH : YT_LANG_EN;
      return TRUE;
    }
  report_value (self, attr, _("“%s” is not allowed in the attribute “%s”; use zh or en."), value);
  return FALSE;
}

static gboolean
is_xml_lang (const xmlChar **attr)
{
  return attr[2] != NULL && strcmp ((const char *) attr[2], XML_NS) == 0 &&
         strcmp (ATTR_NAME (attr), "lang") == 0;
}

/* xml:lang, basis and source on every text; role on company names; date on
 * person roles.  Returns with self->pending filled and lang set, or lang
 * left at YT_N_LANGS + 1 when it is missing or wrong. */
void
yt_atlas_parser_text_attrs (YtAtlasParser  *self,
                            const xmlChar **attrs,
                            int             n_attrs,
                            const char     *element)
{
  guint flags = 0;
  guint line, column;

  memset (&self->pending, 0, sizeof self->pending);
  self->pending.source = YT_ATLAS_NONE;
  self->pending_source = YT_ATLAS_NONE;
  self->pending.field = (guint8) self->child;
  self->pending.lang = YT_N_LANGS + 1;
  for (int i = 0; i < n_attrs && !self->stopped; i++)
    {
      const xmlChar **attr = attrs + 5 * i;
      const char *value;

      if (!yt_atlas_parser_attr_value (self, attr, &value))
        return;
      if (is_xml_lang (attr))
        flags |= HAS_LANG | (text_lang (self, attr, value) ? LANG_OK : 0);
      else
        text_attr (self, attr, value, element, &flags);
    }
  if (!(flags & LANG_OK))
    self->pending.lang = YT_N_LANGS + 1;
  yt_atlas_parser_tag_position (self, &line, &column);
  if (!(flags & HAS_LANG))
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> needs the attribute “%s”."), element, "xml:lang");
  if (self->pending.basis != YT_BASIS_SEEN && self->pending_source != YT_ATLAS_NONE)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("A text with basis=\"%s\" cannot name a source; only seen forms are attested."),
                            yt_atlas_vocab_basis[self->pending.basis]);
  if ((flags & HAS_DATE_BASIS) && !(flags & HAS_DATE))
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The attribute “%s” is only allowed together with “%s”."), "date-basis", "date");
}
