/* yt-import-writer.c: imported sites as atlas XML
 *
 * libxml2's writer escapes every attribute and text, so nothing in a user's
 * file can break out of its element.  A text given in one language only is
 * repeated in the other with basis="latin": the reader sees it is not a
 * translation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "yuntu/yt-catalog.h"
#include "yt-atlas-vocab.h"
#include "yt-import-values.h"
#include "yt-import-writer.h"

#define W(call) G_STMT_START { if ((call) < 0) ok = FALSE; } G_STMT_END

static const char * const precisions[] = { NULL, "site", "district", "city", "province" };
static const char * const link_kinds[] = {
  "operator", "investor", "partner", "customer", "member", "financier", "builder", "spans"
};

typedef struct {
  xmlTextWriterPtr w;
  gboolean         ok;
} Writer;

static void
text_element (Writer     *wr,
              const char *element,
              YtLang      lang,
              const char *text,
              const char *basis)
{
  gboolean ok = TRUE;

  W (xmlTextWriterStartElement (wr->w, BAD_CAST element));
  W (xmlTextWriterWriteAttribute (wr->w, BAD_CAST "xml:lang", BAD_CAST yt_lang_to_xml_lang (lang)));
  if (basis != NULL)
    W (xmlTextWriterWriteAttribute (wr->w, BAD_CAST "basis", BAD_CAST basis));
  W (xmlTextWriterWriteString (wr->w, BAD_CAST text));
  W (xmlTextWriterEndElement (wr->w));
  wr->ok &= ok;
}

/* One text the user gave, in the language its script says. */
static void
user_text_pair (Writer     *wr,
                const char *element,
                const char *text)
{
  YtLang given = yt_import_is_chinese (text) ? YT_LANG_ZH : YT_LANG_EN;

  text_element (wr, element, YT_LANG_EN, text, given == YT_LANG_EN ? NULL : "latin");
  text_element (wr, element, YT_LANG_ZH, text, given == YT_LANG_ZH ? NULL : "latin");
}

static void
attribute (Writer     *wr,
           const char *name,
           const char *value)
{
  if (value != NULL && xmlTextWriterWriteAttribute (wr->w, BAD_CAST name, BAD_CAST value) < 0)
    wr->ok = FALSE;
}

static char *
source_id (YtImportRun *run)
{
  GString *id = g_string_new ("src-");
  char *result;

  for (const char *p = run->table->stem; *p != '\0' && id->len < 40; p++)
    g_string_append_c (id, g_ascii_isalnum (*p) ? g_ascii_tolower (*p) : '-');
  result = g_string_free (id, FALSE);
  for (guint n = 2; yt_atlas_lookup (run->atlas, result) != YT_REF_NONE; n++)
    {
      char *next = g_strdup_printf ("src-import-%u", n);

      g_free (result);
      result = next;
    }
  return result;
}

static void
write_source (Writer      *wr,
              YtImportRun *run,
              const char  *id)
{
  YtImportMapping *m = run->mapping;
  const char *title = yt_import_mapping_get_source (m, YT_IMPORT_SOURCE_TITLE);
  const char *publisher = yt_import_mapping_get_source (m, YT_IMPORT_SOURCE_PUBLISHER);
  const char *url = yt_import_mapping_get_source (m, YT_IMPORT_SOURCE_URL);
  const char *grade = yt_import_mapping_get_source (m, YT_IMPORT_SOURCE_GRADE);
  const char *date = yt_import_mapping_get_source (m, YT_IMPORT_SOURCE_DATE);
  g_autofree char *parsed_date = date != NULL ? yt_import_parse_date (date) : NULL;
  g_autofree char *upper_grade = grade != NULL ? g_ascii_strup (grade, -1) : g_strdup ("C");

  xmlTextWriterStartElement (wr->w, BAD_CAST "sources");
  xmlTextWriterStartElement (wr->w, BAD_CAST "source");
  attribute (wr, "id", id);
  attribute (wr, "kind", url != NULL ? "web" : "doc");
  attribute (wr, "grade", upper_grade);
  attribute (wr, "date", parsed_date);
  attribute (wr, "url", url);
  if (publisher != NULL)
    user_text_pair (wr, "publisher", publisher);
  else
    {
      text_element (wr, "publisher", YT_LANG_EN, YT_R_ (YT_LANG_EN, N_("Imported file")), "translated");
      text_element (wr, "publisher", YT_LANG_ZH, YT_R_ (YT_LANG_ZH, N_("Imported file")), "translated");
    }
  user_text_pair (wr, "title", title != NULL ? title : run->table->display_name);
  xmlTextWriterEndElement (wr->w);
  if (xmlTextWriterEndElement (wr->w) < 0)
    wr->ok = FALSE;
}

static void
write_site (Writer       *wr,
            YtImportRun  *run,
            YtImportSite *site,
            const char   *source)
{
  static const char * const date_names[] = { "announced", "opened", "closed" };
  YtAtlas *atlas = run->atlas;

  xmlTextWriterStartElement (wr->w, BAD_CAST "site");
  attribute (wr, "id", site->id);
  attribute (wr, "kind", yt_atlas_vocab_site_kinds[site->kind]);
  attribute (wr, "region", yt_atlas_get_id (atlas, YT_REF (YT_RECORD_REGION, site->region)));
  attribute (wr, "parent", site->parent);
  attribute (wr, "code", site->code);
  for (guint i = 0; i < G_N_ELEMENTS (date_names); i++)
    attribute (wr, date_names[i], site->dates[i]);
  attribute (wr, "sources", source);
  for (guint lang = 0; lang < YT_N_LANGS; lang++)
    text_element (wr, "name", lang, site->name[lang], site->given[lang] ? NULL : "latin");
  if (site->located)
    {
      g_autofree char *lat = yt_import_format_degrees (site->lat);
      g_autofree char *lon = yt_import_format_degrees (site->lon);

      xmlTextWriterStartElement (wr->w, BAD_CAST "location");
      attribute (wr, "lat", lat);
      attribute (wr, "lon", lon);
      attribute (wr, "precision", precisions[site->precision]);
      attribute (wr, "source", source);
      xmlTextWriterEndElement (wr->w);
    }
  if (xmlTextWriterEndElement (wr->w) < 0)
    wr->ok = FALSE;
}

static void
write_links (Writer      *wr,
             YtImportRun *run,
             const char  *source)
{
  xmlTextWriterStartElement (wr->w, BAD_CAST "links");
  for (guint i = 0; i < run->sites->len; i++)
    {
      YtImportSite *site = run->sites->pdata[i];

      for (guint k = 0; k < YT_N_LINK_KINDS; k++)
        for (guint c = 0; site->companies[k] != NULL && c < site->companies[k]->len; c++)
          {
            guint company = g_array_index (site->companies[k], guint, c);

            xmlTextWriterStartElement (wr->w, BAD_CAST "link");
            attribute (wr, "kind", link_kinds[k]);
            attribute (wr, "from", yt_atlas_get_id (run->atlas, YT_REF (YT_RECORD_COMPANY, company)));
            attribute (wr, "to", site->id);
            attribute (wr, "sources", source);
            xmlTextWriterEndElement (wr->w);
          }
    }
  if (xmlTextWriterEndElement (wr->w) < 0)
    wr->ok = FALSE;
}

GBytes *
yt_import_write_xml (YtImportRun  *run,
                     GError      **error)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  Writer wr = { xmlNewTextWriterMemory (buffer, 0), TRUE };
  g_autofree char *source = source_id (run);
  GBytes *bytes = NULL;

  xmlTextWriterSetIndent (wr.w, 1);
  xmlTextWriterSetIndentString (wr.w, BAD_CAST "  ");
  xmlTextWriterStartDocument (wr.w, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (wr.w, BAD_CAST "atlas");
  attribute (&wr, "xmlns", YT_ATLAS_NS);
  attribute (&wr, "version", "1");
  write_source (&wr, run, source);
  xmlTextWriterStartElement (wr.w, BAD_CAST "sites");
  for (guint i = 0; i < run->sites->len; i++)
    write_site (&wr, run, run->sites->pdata[i], source);
  xmlTextWriterEndElement (wr.w);
  write_links (&wr, run, source);
  if (xmlTextWriterEndDocument (wr.w) < 0)
    wr.ok = FALSE;
  xmlFreeTextWriter (wr.w);

  /* NUL-terminated past its size, so that it also reads as a string. */
  if (wr.ok)
    bytes = g_bytes_new_take (g_strndup ((const char *) xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer)),
                              (gsize) xmlBufferLength (buffer));
  else
    g_set_error_literal (error, YT_IO_ERROR, YT_IO_ERROR_WRITE, _("The atlas file could not be made."));
  xmlBufferFree (buffer);
  return bytes;
}
