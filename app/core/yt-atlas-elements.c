/* yt-atlas-elements.c: the atlas element tree, checked as it streams past
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Levels are fixed by the vocabulary: atlas, section, record, child.  An
 * element out of place is reported once and its subtree skipped, so one
 * mistake gives one message, not one per descendant.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-parser.h"

#define RECORD_AT(self) (yt_vec_at (&(self)->builder->records[(self)->kind], guint8, (self)->record))

static void
reject (YtAtlasParser *self, const xmlChar *name, gboolean foreign)
{
  guint line, column;

  yt_atlas_parser_tag_position (self, &line, &column);
  if (self->depth == 1)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The root element must be <atlas> in the namespace “%s”."), YT_ATLAS_NS);
  else if (foreign)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> is not in the atlas namespace “%s”."), name, YT_ATLAS_NS);
  else
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> is not allowed inside <%s>."), name, self->open[self->depth - 1]);
  self->skip_depth = self->depth;
}

static void
no_attrs (YtAtlasParser *self, const xmlChar **attrs, int n_attrs, const char *element)
{
  yt_atlas_parser_record_attrs (self, attrs, n_attrs, element, NULL, 0, NULL);
}

static const YtAttrSpec version_attr[] = { { "version", YT_ATTR_ENUM, TRUE, 0, 0, 0, NULL, 0, 0 } };

static void
start_root (YtAtlasParser *self, const xmlChar *name, const xmlChar **attrs, int n_attrs)
{
  static const char * const versions[] = { "1", NULL };
  YtAttrSpec spec = version_attr[0];
  guint8 version = 0;

  if (strcmp ((const char *) name, "atlas") != 0)
    {
      reject (self, name, FALSE);
      return;
    }
  spec.values = versions;
  yt_atlas_parser_record_attrs (self, attrs, n_attrs, "atlas", &spec, 1, &version);
}

static void
start_section (YtAtlasParser *self, const xmlChar *name, const xmlChar **attrs, int n_attrs)
{
  for (int k = 0; k < YT_N_RECORD_KINDS; k++)
    if (strcmp (yt_atlas_vocab_records[k].section, (const char *) name) == 0)
      {
        self->section = k;
        no_attrs (self, attrs, n_attrs, (const char *) name);
        return;
      }
  reject (self, name, FALSE);
}

static void
start_record (YtAtlasParser *self, const xmlChar *name, const xmlChar **attrs, int n_attrs)
{
  const YtRecordSpec *spec = &yt_atlas_vocab_records[self->section];
  YtRecordHead *head;

  if (strcmp (spec->element, (const char *) name) != 0)
    {
      reject (self, name, FALSE);
      return;
    }
  self->kind = self->section;
  self->record = yt_atlas_builder_add_record (self->builder, self->kind);
  head = (YtRecordHead *) RECORD_AT (self);
  head->file = (guint16) self->file;
  yt_atlas_parser_tag_position (self, &self->record_line, &self->record_column);
  head->line = self->record_line;
  head->column = self->record_column;
  memset (self->counts, 0, sizeof self->counts);
  yt_atlas_parser_record_attrs (self, attrs, n_attrs, spec->element, spec->attrs, spec->n_attrs,
                                RECORD_AT (self));
  self->record_seen = self->seen;
}

static void
count_child (YtAtlasParser *self, const char *name)
{
  guint field = self->child_spec->field;
  guint lang = self->pending.lang;
  guint line, column;

  if (field < YT_N_TEXT_FIELDS && lang > YT_N_LANGS)
    return;
  if (self->pending.role != 0)
    return;
  if (self->child_spec->flags & YT_CHILD_SINGLE)
    lang = 0;
  if (++self->counts[field][lang] < 2)
    return;
  yt_atlas_parser_tag_position (self, &line, &column);
  if (self->child_spec->flags & YT_CHILD_SINGLE)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> may appear only once here."), name);
  else
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s xml:lang=\"%s\"> may appear only once here."),
                            name, yt_lang_to_xml_lang (lang));
}

static void
start_child (YtAtlasParser *self, const xmlChar *name, const xmlChar **attrs, int n_attrs)
{
  const YtRecordSpec *spec = &yt_atlas_vocab_records[self->kind];
  const char *element = (const char *) name;
  guint i;

  for (i = 0; i < spec->n_children && strcmp (spec->children[i].name, element) != 0; i++)
    ;
  if (i == spec->n_children)
    {
      reject (self, name, FALSE);
      return;
    }
  self->child_spec = &spec->children[i];
  self->child = self->child_spec->field;
  self->pending.lang = 0;
  self->pending.role = 0;
  g_string_truncate (self->text, 0);
  /* Exact '<' positions cost a scan per element; children keep libxml2's
   * (the end of their start tag), used only for rare end-of-element errors. */
  self->child_line = (guint) self->ctxt->input->line;
  self->child_column = (guint) self->ctxt->input->col;
  if (self->child == YT_CHILD_LOCATION)
    yt_atlas_parser_record_attrs (self, attrs, n_attrs, element, yt_atlas_vocab_location,
                                  G_N_ELEMENTS (yt_atlas_vocab_location), RECORD_AT (self));
  else if (self->child == YT_CHILD_VIA)
    no_attrs (self, attrs, n_attrs, element);
  else
    yt_atlas_parser_text_attrs (self, attrs, n_attrs, element);
  count_child (self, element);
}

void
yt_atlas_elements_start (YtAtlasParser  *self,
                         const xmlChar  *name,
                         const xmlChar  *uri,
                         const xmlChar **attrs,
                         int             n_attrs)
{
  guint level = self->depth - 1;

  if (uri == NULL || strcmp ((const char *) uri, YT_ATLAS_NS) != 0)
    reject (self, name, TRUE);
  else if (level == 0)
    start_root (self, name, attrs, n_attrs);
  else if (level == 1)
    start_section (self, name, attrs, n_attrs);
  else if (level == 2)
    start_record (self, name, attrs, n_attrs);
  else if (level == 3)
    start_child (self, name, attrs, n_attrs);
  else
    reject (self, name, FALSE);
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));
      n += !space && !in_word;
      in_word = !space;
    }
  return n;
}

static void
end_text (YtAtlasParser *self, const char *name)
{
  YtText *text;

  if (self->text->len == 0)
    {
      yt_atlas_parser_report (self, self->child_line, self->child_column, YT_ATLAS_ERROR_STRUCTURE,
                              _("The element <%s> is empty; it needs some text."), name);
      return;
    }
  if (self->child == YT_TEXT_QUOTE && count_words (self->text->str) >= 25)
    yt_atlas_parser_report (self, self->child_line, self->child_column, YT_ATLAS_ERROR_VALUE,
                            _("The quote has %u words; quotes must be shorter than 25 words."),
                            count_words (self->text->str));
  if (self->pending.lang > YT_N_LANGS)
    return;
  text = yt_atlas_builder_add_text (self->builder);
  *text = self->pending;
  text->source = self->pending_source;
  text->text = yt_atlas_builder_add_str (self->builder, self->text->str, self->text->len);
}

static void
end_via (YtAtlasParser *self)
{
  YtCorridor *corridor = (YtCorridor *) RECORD_AT (self);
  g_auto (GStrv) ids = g_strsplit_set (self->text->str, " \t\n\r", -1);
  guint n = 0;

  corridor->via = self->builder->indices.len;
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] == '\0')
        continue;
      if (!yt_atlas_vocab_is_ncname (ids[i]))
        {
          g_autofree char *shown = yt_atlas_parser_shorten (ids[i]);
          yt_atlas_parser_report (self, self->child_line, self->child_column, YT_ATLAS_ERROR_VALUE,
                                  _("“%s” in <via> is not a valid region or site id."), shown);
          continue;
        }
      yt_atlas_builder_add_index (self->builder, yt_atlas_builder_intern (self->builder, ids[i], strlen (ids[i])));
      n++;
    }
  corridor->n_via = (guint16) MIN (n, G_MAXUINT16);
  if (n < 2)
    yt_atlas_parser_report (self, self->child_line, self->child_column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <via> must list at least two places (region or site ids)."));
}

static void
missing_child (YtAtlasParser *self, const char *element, const YtChildSpec *child, int lang)
{
  if (lang < 0)
    yt_atlas_parser_report (self, self->record_line, self->record_column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> needs a child <%s>."), element, child->name);
  else
    yt_atlas_parser_report (self, self->record_line, self->record_column, YT_ATLAS_ERROR_STRUCTURE,
                            _("The element <%s> needs a child <%s xml:lang=\"%s\">."),
                            element, child->name, yt_lang_to_xml_lang (lang));
}

static guint32
spec_bit (const YtRecordSpec *spec, const char *name)
{
  for (guint i = 0; i < spec->n_attrs; i++)
    if (strcmp (spec->attrs[i].name, name) == 0)
      return 1u << i;
  return 0;
}

static void
end_record (YtAtlasParser *self)
{
  const YtRecordSpec *spec = &yt_atlas_vocab_records[self->kind];
  YtRecordHead *head = (YtRecordHead *) RECORD_AT (self);

  for (guint i = 0; i < spec->n_children; i++)
    {
      const YtChildSpec *child = &spec->children[i];
      guint8 *n = self->counts[child->field];
      gboolean any = n[YT_LANG_EN] + n[YT_LANG_ZH] > 0;

      if ((child->flags & YT_CHILD_PAIR_REQUIRED) || ((child->flags & YT_CHILD_PAIR_OPTIONAL) && any))
        for (int lang = 0; lang < YT_N_LANGS; lang++)
          if (n[lang] == 0)
            missing_child (self, spec->element, child, lang);
      if ((child->flags & YT_CHILD_ONE) && n[0] == 0)
        missing_child (self, spec->element, child, -1);
    }
  if (self->kind == YT_RECORD_FACT)
    {
      gboolean value = (self->record_seen & spec_bit (spec, "value")) != 0;
      gboolean unit = (self->record_seen & spec_bit (spec, "unit")) != 0;

      if (value != unit)
        yt_atlas_parser_report (self, self->record_line, self->record_column, YT_ATLAS_ERROR_STRUCTURE,
                                value ? _("The fact has a value but no unit; give both or neither.")
                                      : _("The fact has a unit but no value; give both or neither."));
    }
  head->n_texts = (guint16) MIN (self->builder->texts.len - head->texts, G_MAXUINT16);
  self->kind = -1;
}

void
yt_atlas_elements_end (YtAtlasParser *self,
                       const xmlChar *name)
{
  guint level = self->depth - 1;

  if (level == 1)
    self->section = -1;
  else if (level == 2)
    end_record (self);
  else if (level == 3 && self->child == YT_CHILD_VIA)
    end_via (self);
  else if (level == 3 && self->child != YT_CHILD_LOCATION)
    end_text (self, (const char *) name);
  if (level == 3)
    self->child = -1;
}
