/* yt-atlas-parser.c: one atlas file through libxml2's push parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 2.9.14 would, if asked, read DTDs, expand entities, decompress
 * and fetch URLs.  Here nothing of that can happen: a DOCTYPE stops the
 * parse before its internal subset is read (so no entity is ever declared),
 * the process-wide entity loader refuses everything, and the options leave
 * out NOENT, DTDLOAD, DTDATTR, DTDVALID, HUGE, RECOVER and XINCLUDE.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "yt-atlas-parser.h"

#define CHUNK_SIZE       (256 * 1024)
/* A legitimate start tag has at most a dozen attributes of at most 64 KiB;
 * unparsed input beyond this is one oversized tag, comment or value. */
#define MAX_BACKLOG      (1024 * 1024)

static gint entity_loads;

void
yt_atlas_parser_stop (YtAtlasParser *self)
{
  self->stopped = TRUE;
  self->builder->incomplete = TRUE;
  xmlStopParser (self->ctxt);
}

static guint
count_chars (const xmlChar *from, const xmlChar *to)
{
  guint n = 0;

  for (; from < to; from++)
    n += (*from & 0xc0) != 0x80;
  return n;
}

/* libxml2 reports the position after the attributes; editors want the '<'.
 * The whole tag is still in the input buffer when the callback runs. */
static const xmlChar *
tag_start (YtAtlasParser *self, guint *line, guint *column)
{
  xmlParserInputPtr in = self->ctxt->input;
  const xmlChar *s = in->cur, *ls;
  guint newlines = 0;

  *line = (guint) in->line;
  *column = (guint) in->col;
  while (s > in->base && *s != '<')
    newlines += *--s == '\n';
  if (*s != '<')
    return NULL;
  *line -= newlines;
  if (newlines == 0)
    {
      *column -= count_chars (s, in->cur);
      return s;
    }
  for (ls = s; ls > in->base && ls[-1] != '\n'; ls--)
    ;
  *column = 1 + count_chars (ls, s);
  return s;
}

void
yt_atlas_parser_tag_position (YtAtlasParser *self,
                              guint         *line,
                              guint         *column)
{
  tag_start (self, line, column);
}

static const xmlChar *
advance (const xmlChar *p, const xmlChar *end, guint *line, guint *column)
{
  if (p >= end)
    return p;
  if (*p == '\n')
    {
      (*line)++;
      *column = 1;
    }
  else if ((*p & 0xc0) != 0x80)
    (*column)++;
  return p + 1;
}

/* Errors about one attribute point at its name: a small scan of the tag,
 * done only when there is something to report. */
void
yt_atlas_parser_attr_position (YtAtlasParser *self,
                               const xmlChar *prefix,
                               const xmlChar *name,
                               guint         *line,
                               guint         *column)
{
  const xmlChar *end = self->ctxt->input->cur;
  const xmlChar *p = tag_start (self, line, column);
  g_autofree char *qname = prefix != NULL ? g_strdup_printf ("%s:%s", prefix, name)
                                          : g_strdup ((const char *) name);
  gsize qlen = strlen (qname);

  if (p == NULL)
    return;
  while (p < end && !g_ascii_isspace (*p))
    p = advance (p, end, line, column);
  while (p < end)
    {
      guint l = *line, c = *column;
      const xmlChar *n;
      xmlChar quote;

      while (p < end && g_ascii_isspace (*p))
        p = advance (p, end, line, column);
      l = *line, c = *column;
      for (n = p; p < end && *p != '=' && !g_ascii_isspace (*p); )
        p = advance (p, end, line, column);
      if ((gsize) (p - n) == qlen && memcmp (n, qname, qlen) == 0)
        {
          *line = l, *column = c;
          return;
        }
      while (p < end && *p != '"' && *p != '\'')
        p = advance (p, end, line, column);
      if (p >= end)
        break;
      quote = *p;
      p = advance (p, end, line, column);
      while (p < end && *p != quote)
        p = advance (p, end, line, column);
      p = advance (p, end, line, column);
    }
  tag_start (self, line, column);
}

char *
yt_atlas_parser_shorten (const char *value)
{
  g_autofree char *head = NULL;

  if (g_utf8_strlen (value, 81) <= 80)
    return g_strdup (value);
  head = g_utf8_substring (value, 0, 77);
  return g_strconcat (head, "…", NULL);
}

static void
here (YtAtlasParser *self, guint *line, guint *column)
{
  *line = (guint) self->ctxt->input->line;
  *column = (guint) self->ctxt->input->col;
}

/* ------------------------------------------------------------------ refusals */

static xmlParserInputPtr
deny_entity_loader (const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
  g_atomic_int_inc (&entity_loads);
  return NULL;
}

guint
yt_atlas_parser_entity_loads (void)
{
  return (guint) g_atomic_int_get (&entity_loads);
}

static void
refuse_doctype (void *data, const xmlChar *name, const xmlChar *public_id, const xmlChar *system_id)
{
  YtAtlasParser *self = data;
  guint line, column;

  if (self->stopped)
    return;
  tag_start (self, &line, &column);
  yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_FORBIDDEN,
                          _("A DOCTYPE declaration is not allowed in an atlas file; DTDs and entities are never read."));
  yt_atlas_parser_stop (self);
}

static void
refuse_entity_decl (void *data, const xmlChar *name, int type, const xmlChar *public_id,
                    const xmlChar *system_id, xmlChar *content)
{
  refuse_doctype (data, name, public_id, system_id);
}

static xmlParserInputPtr
refuse_resolve (void *data, const xmlChar *public_id, const xmlChar *system_id)
{
  g_atomic_int_inc (&entity_loads);
  return NULL;
}

static xmlEntityPtr
no_entity (void *data, const xmlChar *name)
{
  return NULL;
}

/* libxml2's own well-formedness errors, in the user's language where the
 * cause is common, else with libxml2's English detail. */
static void
on_xml_error (void *data, xmlErrorPtr error)
{
  YtAtlasParser *self = data;
  g_autofree char *detail = NULL;
  guint line = error->line > 0 ? (guint) error->line : 1;
  guint column = error->int2 > 0 ? (guint) error->int2 : 1;

  if (self->stopped || error->level == XML_ERR_WARNING)
    return;
  detail = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
  if (self->terminating && self->depth > 0)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_MALFORMED,
                            _("The file ends before the element <%s> is closed."),
                            (const char *) self->open[MIN (self->depth, YT_ATLAS_MAX_DEPTH + 1)]);
  else if (error->code == XML_ERR_DOCUMENT_EMPTY || (self->terminating && !self->started))
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_MALFORMED,
                            _("The file is empty; an atlas file needs the root element <atlas>."));
  else if (error->code == XML_ERR_UNDECLARED_ENTITY || error->code == XML_WAR_UNDECLARED_ENTITY)
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_FORBIDDEN,
                            _("The entity “&%s;” is not allowed; only the five predefined XML entities are."),
                            error->str1 != NULL ? error->str1 : "");
  else
    yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_MALFORMED,
                            _("The file is not well-formed XML: %s."), detail);
  yt_atlas_parser_stop (self);
}

/* ------------------------------------------------------------------ events */

static void
start_element (void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
               int n_namespaces, const xmlChar **namespaces, int n_attrs, int n_defaulted,
               const xmlChar **attrs)
{
  YtAtlasParser *self = data;
  guint line, column;

  self->run = 0;
  self->text_reported = FALSE;
  if (self->stopped)
    return;
  self->started = TRUE;
  if (++self->depth > YT_ATLAS_MAX_DEPTH)
    {
      yt_atlas_parser_tag_position (self, &line, &column);
      yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_TOO_LARGE,
                              _("Elements are nested more than %d deep here; the rest of the file is not read."),
                              YT_ATLAS_MAX_DEPTH);
      yt_atlas_parser_stop (self);
      return;
    }
  self->open[self->depth] = name;
  if (self->skip_depth == 0)
    yt_atlas_elements_start (self, name, uri, attrs, n_attrs);
}

static void
end_element (void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri)
{
  YtAtlasParser *self = data;

  self->run = 0;
  self->text_reported = FALSE;
  if (self->stopped)
    return;
  if (self->skip_depth == 0)
    yt_atlas_elements_end (self, name);
  else if (self->skip_depth == self->depth)
    self->skip_depth = 0;
  self->depth--;
}

static gboolean
all_space (const xmlChar *text, int len)
{
  for (int i = 0; i < len; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
      return FALSE;
  return TRUE;
}

static void
characters (void *data, const xmlChar *text, int len)
{
  YtAtlasParser *self = data;
  guint line, column;

  if (self->stopped || self->skip_depth != 0)
    return;
  self->run += (gsize) len;
  if (self->run > YT_ATLAS_MAX_TEXT_SIZE)
    {
      here (self, &line, &column);
      yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_TOO_LARGE,
                              _("This text is longer than 64 KiB; the rest of the file is not read."));
      yt_atlas_parser_stop (self);
      return;
    }
  if (self->depth == 4 && self->child >= 0 && self->child != YT_CHILD_LOCATION)
    g_string_append_len (self->text, (const char *) text, len);
  else if (!self->text_reported && !all_space (text, len))
    {
      here (self, &line, &column);
      yt_atlas_parser_report (self, line, column, YT_ATLAS_ERROR_STRUCTURE,
                              _("Text is not allowed directly inside <%s>."),
                              self->depth > 0 ? (const char *) self->open[self->depth] : "");
      self->text_reported = TRUE;
    }
}

/* ------------------------------------------------------------------ driver */

static void
init_sax (xmlSAXHandler *sax)
{
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->startElementNs = start_element;
  sax->endElementNs = end_element;
  sax->characters = characters;
  sax->ignorableWhitespace = characters;
  sax->cdataBlock = characters;
  sax->internalSubset = refuse_doctype;
  sax->externalSubset = refuse_doctype;
  sax->entityDecl = refuse_entity_decl;
  sax->resolveEntity = refuse_resolve;
  sax->getEntity = no_entity;
  sax->getParameterEntity = no_entity;
  sax->serror = on_xml_error;
}

static void
feed (YtAtlasParser *self, const char *data, gsize len)
{
  for (gsize offset = 0; offset < len && !self->stopped; offset += CHUNK_SIZE)
    {
      xmlParserInputPtr in;

      xmlParseChunk (self->ctxt, data + offset, (int) MIN (len - offset, CHUNK_SIZE), 0);
      in = self->ctxt->input;
      if (!self->stopped && in != NULL && in->end - in->cur > MAX_BACKLOG)
        {
          yt_atlas_parser_report (self, (guint) in->line, (guint) in->col, YT_ATLAS_ERROR_TOO_LARGE,
                                  _("The markup starting here is longer than 1 MiB (attribute values may hold at most 64 KiB); the rest of the file is not read."));
          yt_atlas_parser_stop (self);
        }
    }
  if (self->stopped)
    return;
  self->terminating = TRUE;
  xmlParseChunk (self->ctxt, NULL, 0, 1);
  if (!self->stopped && self->depth > 0)
    yt_atlas_parser_report (self, (guint) self->ctxt->input->line, (guint) self->ctxt->input->col,
                            YT_ATLAS_ERROR_MALFORMED, _("The file ends before the element <%s> is closed."),
                            (const char *) self->open[self->depth]);
}

void
yt_atlas_parser_run (YtAtlasBuilder *builder,
                     guint           file,
                     const char     *data,
                     gsize           len)
{
  static gsize initialised;
  YtAtlasParser self = { 0 };
  xmlSAXHandler sax;

  /* Process-wide on purpose: no libxml2 user in Yuntu has any business
   * loading an external entity, whatever options it passes. */
  if (g_once_init_enter (&initialised))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (deny_entity_loader);
      g_once_init_leave (&initialised, 1);
    }
  init_sax (&sax);
  self.builder = builder;
  self.file = file;
  self.section = self.kind = self.child = -1;
  self.text = g_string_sized_new (256);
  self.scratch = g_string_sized_new (256);
  self.ctxt = xmlCreatePushParserCtxt (&sax, &self, NULL, 0, builder->files->pdata[file]);
  if (self.ctxt == NULL)
    g_error ("libxml2 could not create a parser context.");
  xmlCtxtUseOptions (self.ctxt, XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_IGNORE_ENC);
  feed (&self, data, len);
  xmlFreeParserCtxt (self.ctxt);
  g_string_free (self.text, TRUE);
  g_string_free (self.scratch, TRUE);
}
