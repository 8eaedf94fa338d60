/* yt-basemap-parse.c: SAX2 reader for the basemap XML
 *
 * The data is ours and bundled, but the reader is as strict as the atlas
 * loader: no DTD, no entities, no network, bounded size, depth and counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "yt-basemap-private.h"

#define NS "https://yuntu.github.io/ns/basemap/1"
#define MAX_BYTES (32u << 20)
#define MAX_TEXT (8u << 20)
#define MAX_VERTICES (4u << 20)
#define MAX_DEPTH 3

typedef struct {
  xmlParserCtxtPtr ctxt;
  YtBasemapData   *data;
  GHashTable      *attrs;
  GStringChunk    *strings;
  GString         *text;
  gboolean         in_text;
  int              depth;
  gboolean         in_region;
  GError          *error;
} ParseState;

static void
fail (ParseState *st,
      const char *message)
{
  if (st->error == NULL)
    g_set_error (&st->error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID,
                 "basemap line %d: %s", xmlSAX2GetLineNumber (st->ctxt), message);
  xmlStopParser (st->ctxt);
}

static char *
attr_dup (const xmlChar **attrs,
          int             n_attrs,
          const char     *name)
{
  for (int i = 0; i < n_attrs; i++)
    if (attrs[5 * i + 2] == NULL && strcmp ((const char *) attrs[5 * i], name) == 0)
      return g_strndup ((const char *) attrs[5 * i + 3], attrs[5 * i + 4] - attrs[5 * i + 3]);
  return NULL;
}

static gboolean
parse_level (const char *s,
             gsize       n,
             GArray     *level)
{
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];
      guint8 v;

      if (c >= '0' && c <= '9')
        v = c - '0';
      else if (c >= 'a' && c <= 'y')
        v = 10 + c - 'a';
      else if (c == 'z')
        v = YT_LEVEL_ALWAYS;
      else
        return FALSE;
      g_array_append_val (level, v);
    }
  return TRUE;
}

static gboolean
parse_coords (const char *p,
              GArray     *lonlat,
              gsize       expected)
{
  gsize n = 0;

  while (*p != '\0')
    {
      char *end;
      double v;

      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;
      v = g_ascii_strtod (p, &end);
      if (end == p || n >= 2 * expected)
        return FALSE;
      if ((n % 2 == 0 && (v < -180.0 || v > 360.0)) || (n % 2 == 1 && (v < -90.0 || v > 90.0)))
        return FALSE;
      g_array_append_val (lonlat, v);
      n++;
      p = end;
    }
  return n == 2 * expected;
}

static void
start_arc (ParseState     *st,
           const xmlChar **attrs,
           int             n_attrs)
{
  g_autofree char *cls = attr_dup (attrs, n_attrs, "c");
  g_autofree char *sig = attr_dup (attrs, n_attrs, "s");
  guint8 klass;

  if (cls == NULL || sig == NULL || strlen (cls) != 1 || strchr ("cbps", cls[0]) == NULL)
    return fail (st, "arc needs c (c, b, p or s) and s");
  klass = cls[0] == 'c' ? YT_ARC_COAST : cls[0] == 'b' ? YT_ARC_BORDER
        : cls[0] == 'p' ? YT_ARC_PROVINCE : YT_ARC_SEAM;
  if (st->data->level->len + strlen (sig) > MAX_VERTICES)
    return fail (st, "too many vertices");
  if (strlen (sig) < 1 || !parse_level (sig, strlen (sig), st->data->level))
    return fail (st, "bad significance string");
  g_array_append_val (st->data->arc_class, klass);
  g_array_append_val (st->data->arc_start, st->data->level->len);
  st->in_text = TRUE;
}

static void
end_arc (ParseState *st)
{
  GArray *starts = st->data->arc_start;
  guint n = g_array_index (starts, guint, starts->len - 1)
          - g_array_index (starts, guint, starts->len - 2);

  if (!parse_coords (st->text->str, st->data->lonlat, n))
    fail (st, "arc coordinates do not match its significance string");
}

static void
start_region (ParseState     *st,
              const xmlChar **attrs,
              int             n_attrs)
{
  g_autofree char *code = attr_dup (attrs, n_attrs, "code");
  g_autofree char *kind = attr_dup (attrs, n_attrs, "kind");
  g_autofree char *name = attr_dup (attrs, n_attrs, "name");
  YtBasemapRegion r = { 0 };

  if (code == NULL || kind == NULL || strlen (code) > 16)
    return fail (st, "region needs code and kind");
  if (strcmp (kind, "country") == 0)
    r.kind = YT_BASEMAP_COUNTRY;
  else if (strcmp (kind, "province") == 0)
    r.kind = YT_BASEMAP_PROVINCE;
  else if (strcmp (kind, "sar") == 0)
    r.kind = YT_BASEMAP_SAR;
  else if (strcmp (kind, "island") == 0)
    r.kind = YT_BASEMAP_ISLAND;
  else
    return fail (st, "unknown region kind");
  r.code = g_string_chunk_insert_const (st->strings, code);
  r.name = g_string_chunk_insert_const (st->strings, name != NULL ? name : code);
  r.first_ring = st->data->ring_region->len;
  g_array_append_val (st->data->regions, r);
  st->in_region = TRUE;
}

static void
start_ring (ParseState     *st,
            const xmlChar **attrs,
            int             n_attrs)
{
  g_autofree char *arcs = attr_dup (attrs, n_attrs, "arcs");
  YtBasemapData *d = st->data;
  guint region = d->regions->len - 1;
  const char *p = arcs;

  if (!st->in_region || arcs == NULL)
    return fail (st, "ring needs a region and arcs");
  while (p != NULL && *p != '\0')
    {
      char *end;
      gint64 v = g_ascii_strtoll (p, &end, 10);
      gint32 ref = (gint32) v;

      if (end == p || v < G_MININT32 || v > G_MAXINT32)
        return fail (st, "bad arc reference");
      g_array_append_val (d->ring_refs, ref);
      p = end;
      while (g_ascii_isspace (*p))
        p++;
    }
  g_array_append_val (d->ring_region, region);
  g_array_append_val (d->ring_start, d->ring_refs->len);
  g_array_index (d->regions, YtBasemapRegion, region).n_rings++;
}

static void
start_element (void           *user_data,
               const xmlChar  *localname,
               const xmlChar  *prefix,
               const xmlChar  *uri,
               int             n_namespaces,
               const xmlChar **namespaces,
               int             n_attrs,
               int             n_defaulted,
               const xmlChar **attrs)
{
  ParseState *st = user_data;
  const char *name = (const char *) localname;

  st->depth++;
  if (uri == NULL || strcmp ((const char *) uri, NS) != 0 || st->depth > MAX_DEPTH)
    return fail (st, "unexpected element");
  g_string_truncate (st->text, 0);
  if (st->depth == 1 && strcmp (name, "basemap") == 0)
    {
      for (int i = 0; i < n_attrs; i++)
        g_hash_table_insert (st->attrs, g_strdup ((const char *) attrs[5 * i]),
                             g_strndup ((const char *) attrs[5 * i + 3],
                                        attrs[5 * i + 4] - attrs[5 * i + 3]));
    }
  else if (st->depth == 2 && strcmp (name, "attribution") == 0)
    st->in_text = TRUE;
  else if (st->depth == 2 && strcmp (name, "arc") == 0)
    start_arc (st, attrs, n_attrs);
  else if (st->depth == 2 && strcmp (name, "region") == 0)
    start_region (st, attrs, n_attrs);
  else if (st->depth == 3 && strcmp (name, "ring") == 0)
    start_ring (st, attrs, n_attrs);
  else
    fail (st, "unexpected element");
}

static void
end_element (void          *user_data,
             const xmlChar *localname,
             const xmlChar *prefix,
             const xmlChar *uri)
{
  ParseState *st = user_data;
  const char *name = (const char *) localname;

  if (st->in_text && strcmp (name, "arc") == 0)
    end_arc (st);
  else if (st->in_text && strcmp (name, "attribution") == 0)
    g_hash_table_insert (st->attrs, g_strdup ("attribution"), g_strdup (st->text->str));
  else if (strcmp (name, "region") == 0)
    st->in_region = FALSE;
  st->in_text = FALSE;
  st->depth--;
}

static void
characters (void          *user_data,
            const xmlChar *ch,
            int            len)
{
  ParseState *st = user_data;

  if (!st->in_text)
    return;
  if (st->text->len + len > MAX_TEXT)
    return fail (st, "text too long");
  g_string_append_len (st->text, (const char *) ch, len);
}

static void
reject_dtd (void          *user_data,
            const xmlChar *name,
            const xmlChar *external_id,
            const xmlChar *system_id)
{
  fail (user_data, "DTDs are not allowed");
}

static void
reject_entity (void          *user_data,
               const xmlChar *name,
               int            type,
               const xmlChar *public_id,
               const xmlChar *system_id,
               xmlChar       *content)
{
  fail (user_data, "entities are not allowed");
}

static void
sax_error (void             *user_data,
           const xmlError   *err)
{
  ParseState *st = user_data;

  g_autofree char *message = NULL;

  if (st->error != NULL || err == NULL || err->level < XML_ERR_ERROR)
    return;
  message = g_strchomp (g_strdup (err->message != NULL ? err->message : "?"));
  g_set_error (&st->error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID,
               "basemap line %d: %s", err->line, message);
}

gboolean
yt_basemap_parse (GBytes        *bytes,
                  YtBasemapData *data,
                  GHashTable    *attrs,
                  GStringChunk  *strings,
                  GError       **error)
{
  xmlSAXHandler sax = { 0 };
  ParseState st = { 0 };
  gsize size;
  const char *buf = g_bytes_get_data (bytes, &size);
  g_autoptr(GString) text = g_string_sized_new (4096);

  if (size > MAX_BYTES || size > G_MAXINT)
    {
      g_set_error (error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_TOO_LARGE,
                   "basemap: %" G_GSIZE_FORMAT " bytes is too large", size);
      return FALSE;
    }
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = start_element;
  sax.endElementNs = end_element;
  sax.characters = characters;
  sax.internalSubset = reject_dtd;
  sax.externalSubset = reject_dtd;
  sax.entityDecl = reject_entity;
  sax.serror = (xmlStructuredErrorFunc) sax_error;

  st.data = data;
  st.attrs = attrs;
  st.strings = strings;
  st.text = text;
  st.ctxt = xmlCreatePushParserCtxt (&sax, &st, NULL, 0, "basemap.xml");
  if (st.ctxt == NULL)
    g_error ("libxml2: out of memory");
  xmlCtxtUseOptions (st.ctxt, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
  xmlParseChunk (st.ctxt, buf, (int) size, 1);
  if (st.error == NULL && !st.ctxt->wellFormed)
    g_set_error (&st.error, YT_BASEMAP_ERROR, YT_BASEMAP_ERROR_INVALID, "basemap: not well-formed");
  xmlFreeParserCtxt (st.ctxt);
  if (st.error != NULL)
    {
      g_propagate_error (error, st.error);
      return FALSE;
    }
  return yt_basemap_data_check (data, error);
}
