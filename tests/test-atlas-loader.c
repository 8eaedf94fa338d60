/* test-atlas-loader.c: the atlas loader against broken and hostile input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case asserts the located problem (file, line, column, a distinctive
 * part of the message) and that no atlas comes back.  Pathological inputs
 * must stop early; no timing is asserted, but each runs in milliseconds.
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>

#include "yuntu/yt-atlas-loader.h"
#include "yuntu/yt-atlas-store.h"
#include "yt-atlas-private.h"

#define NS "xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\""

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", "atlas", name, NULL);
}

/* Loads the files, asserts failure, returns the problems. */
static GPtrArray *
load_failing (const char * const *paths)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (YtAtlas) atlas = NULL;
  GPtrArray *problems = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    yt_atlas_loader_add_file (loader, paths[i]);
  atlas = yt_atlas_loader_finish (loader, &problems, &error);
  g_assert_null (atlas);
  g_assert_error (error, YT_ATLAS_ERROR, YT_ATLAS_ERROR_INVALID);
  g_assert_cmpuint (problems->len, >, 0);
  return problems;
}

static GPtrArray *
load_bytes_failing (const char *data, gsize len, const char *name)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr (GBytes) bytes = g_bytes_new_static (data, len);
  g_autoptr (YtAtlas) atlas = NULL;
  GPtrArray *problems = NULL;

  g_assert_false (yt_atlas_loader_add_bytes (loader, bytes, name));
  atlas = yt_atlas_loader_finish (loader, &problems, NULL);
  g_assert_null (atlas);
  return problems;
}

static void
assert_problem (GPtrArray *problems, const char *file, guint line, guint column, const char *part)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const YtAtlasProblem *p = problems->pdata[i];

      if (g_str_has_suffix (p->file, file) && p->line == line && p->column == column &&
          strstr (p->message, part) != NULL)
        return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = yt_atlas_problem_to_string (problems->pdata[i]);
      g_test_message ("problem: %s", text);
    }
  g_error ("no problem %s:%u:%u containing “%s”", file, line, column, part);
}

typedef struct {
  const char *file;
  guint       line, column;
  const char *part;
} Case;

/* file, line, column, part of the message */
static const Case cases[] = {
  { "bad-date.xml", 15, 55, "“2023-02-29” in the attribute “announced” is not a valid date" },
  { "bad-enum.xml", 15, 19, "“castle” is not allowed in the attribute “kind”" },
  { "unknown-attribute.xml", 15, 55, "attribute “colour” is not allowed on <site>" },
  { "unknown-element.xml", 16, 67, "<colour> is not allowed inside <site>" },
  { "missing-language.xml", 15, 5, "needs a child <name xml:lang=\"zh\">" },
  { "unknown-unit.xml", 23, 69, "“furlong” is not allowed in the attribute “unit”" },
  { "value-without-unit.xml", 23, 5, "value but no unit" },
  { "nan-coordinates.xml", 17, 17, "“NaN” in the attribute “lat” is not a finite decimal" },
  { "inf-coordinates.xml", 17, 28, "“INF” in the attribute “lon” is not a finite decimal" },
  { "out-of-range.xml", 17, 17, "value 91 of the attribute “lat” is out of range" },
  { "xinclude.xml", 14, 3, "<include> is not in the atlas namespace" },
  { "wrong-root.xml", 2, 1, "root element must be <atlas>" },
  { "duplicate-id.xml", 20, 11, "“x1” is already defined at" },
  { "dangling-reference.xml", 15, 5, "“parent” names “nowhere”, which is not defined" },
  { "wrong-kind-reference.xml", 15, 5, "names “S1”, which is a source, not a site" },
  { "billion-laughs.xml", 2, 1, "DOCTYPE declaration is not allowed" },
  { "quadratic-blowup.xml", 2, 1, "DOCTYPE declaration is not allowed" },
  { "external-entity-http.xml", 2, 1, "DOCTYPE declaration is not allowed" },
  { "external-dtd.xml", 2, 1, "DOCTYPE declaration is not allowed" },
  { "undeclared-entity.xml", 14, 18, "entity “&secret;” is not allowed" },
  { "truncated.xml", 16, 31, "ends before the element <name> is closed" },
  { "wrong-encoding.xml", 1, 31, "declares the encoding “ISO-8859-1”" },
  { "invalid-utf8.xml", 16, 58, "not valid UTF-8 here (byte 0xE7)" },
  { "membership-end-before-start.xml", 20, 5, "membership ends (2018-12) before it starts (2019-03-23)" },
  { "membership-unknown-initiative.xml", 20, 5, "“initiative” names “silk-road”, which is not defined" },
  { "membership-overlap.xml", 21, 5, "membership overlaps the one at" },
  { "spans-wrong-kind.xml", 25, 5, "must go from a computing hub or a data-centre cluster" },
};

/* Valid files the schema must accept as the loader does. */
static const char * const schema_valid[] = { "valid.xml", "memberships.xml", "corridors.xml" };

/* Schema-level mistakes: xmllint with the RELAX NG schema must refuse them too. */
static const char * const structural[] = {
  "bad-date.xml", "bad-enum.xml", "unknown-attribute.xml", "unknown-element.xml",
  "missing-language.xml", "unknown-unit.xml", "value-without-unit.xml", "nan-coordinates.xml",
  "inf-coordinates.xml", "out-of-range.xml", "xinclude.xml", "wrong-root.xml",
};

static void
test_fixture (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = fixture (c->file);
  const char *paths[] = { path, NULL };
  g_autoptr (GPtrArray) problems = load_failing (paths);

  assert_problem (problems, c->file, c->line, c->column, c->part);
  if (g_str_equal (c->file, "duplicate-id.xml"))
    assert_problem (problems, c->file, c->line, c->column, "duplicate-id.xml:15:5.");
  /* The later membership names the earlier one's place. */
  if (g_str_equal (c->file, "membership-overlap.xml"))
    assert_problem (problems, c->file, c->line, c->column, "membership-overlap.xml:20:5:");
  if (g_str_equal (c->file, "spans-wrong-kind.xml"))
    assert_problem (problems, c->file, c->line, c->column, "“spans” link must go to a region");
}

static void
test_duplicate_across_files (void)
{
  g_autofree char *first = fixture ("valid.xml");
  g_autofree char *second = fixture ("duplicate-across.xml");
  const char *paths[] = { first, second, NULL };
  g_autoptr (GPtrArray) problems = load_failing (paths);

  assert_problem (problems, "duplicate-across.xml", 4, 11, "valid.xml:15:5.");
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_every_problem (void)
{
  const char *text =
    "<atlas " NS ">\n<sites>\n"
    "<site id=\"a\" kind=\"castle\" region=\"r\" sources=\"s\" opened=\"2023-13\">\n"
    "<name xml:lang=\"en\">A</name>\n<location lat=\"95\" lon=\"0\" precision=\"city\" source=\"s\"/>\n"
    "</site>\n</sites>\n</atlas>\n";
  g_autoptr (GPtrArray) problems = load_bytes_failing (text, strlen (text), "many.xml");

  assert_problem (problems, "many.xml", 3, 14, "“castle”");
  assert_problem (problems, "many.xml", 3, 51, "“2023-13”");
  assert_problem (problems, "many.xml", 3, 1, "<name xml:lang=\"zh\">");
  assert_problem (problems, "many.xml", 5, 11, "out of range");
  assert_problem (problems, "many.xml", 3, 1, "“region” names “r”, which is not defined");
  assert_problem (problems, "many.xml", 3, 1, "“sources” names “s”, which is not defined");
}

static void
test_missing_file (void)
{
  const char *paths[] = { "/nonexistent/atlas.xml", NULL };
  g_autoptr (GPtrArray) problems = load_failing (paths);

  assert_problem (problems, "/nonexistent/atlas.xml", 0, 0, "cannot be read");
}

static void
test_not_regular_file (void)
{
  const char *paths[] = { "/dev/null", g_get_tmp_dir (), NULL };
  g_autoptr (GPtrArray) problems = load_failing (paths);

  assert_problem (problems, "/dev/null", 0, 0, "not a regular file");
}

/* The entity names a file we create; its content must never surface, and
 * the loader must not even ask for it.  The second half shows the global
 * deny-all entity loader also holds for a careless libxml2 caller. */
static void
test_external_entity_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-atlas-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GPtrArray) problems = NULL;
  guint before = yt_atlas_loader_entity_requests ();
  xmlDocPtr doc;

  g_assert_true (g_file_set_contents (secret, "TOPSECRET-4711", -1, NULL));
  text = g_strdup_printf ("<?xml version=\"1.0\"?>\n<!DOCTYPE atlas [<!ENTITY s SYSTEM \"file://%s\">]>\n"
                          "<atlas " NS "><sources>&s;</sources></atlas>\n", secret);
  problems = load_bytes_failing (text, strlen (text), "entity.xml");
  assert_problem (problems, "entity.xml", 2, 1, "DOCTYPE declaration is not allowed");
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_null (strstr (((YtAtlasProblem *) problems->pdata[0])->message, "TOPSECRET"));
  g_assert_cmpuint (yt_atlas_loader_entity_requests (), ==, before);

  doc = xmlReadMemory (text, (int) strlen (text), "careless.xml", NULL, XML_PARSE_NOENT | XML_PARSE_DTDLOAD | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc != NULL)
    {
      xmlChar *dump = NULL;
      int size = 0;

      xmlDocDumpMemory (doc, &dump, &size);
      g_assert_null (strstr ((const char *) dump, "TOPSECRET"));
      xmlFree (dump);
      xmlFreeDoc (doc);
    }
  g_assert_cmpuint (yt_atlas_loader_entity_requests (), >, before);
  g_unlink (secret);
  g_rmdir (dir);
}

static void
test_deep_nesting (void)
{
  const char *head = "<atlas " NS ">";
  GString *text = g_string_new (head);
  g_autoptr (GPtrArray) problems = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "<sources>");
  problems = load_bytes_failing (text->str, text->len, "deep.xml");
  /* the seventeenth element, after atlas and fifteen <sources> */
  assert_problem (problems, "deep.xml", 1, (guint) strlen (head) + 15 * 9 + 1, "nested more than 16 deep");
  g_string_free (text, TRUE);
}

static void
test_huge_attribute (void)
{
  gsize size = 50 * 1024 * 1024;
  GString *text = g_string_sized_new (size + 256);
  g_autoptr (GPtrArray) problems = NULL;

  g_string_append (text, "<atlas " NS ">\n<sites>\n  <site id=\"");
  for (gsize i = 0; i < size; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "\"/></sites></atlas>\n");
  problems = load_bytes_failing (text->str, text->len, "huge.xml");
  assert_problem (problems, "huge.xml", 3, 3, "longer than 1 MiB");
  g_assert_cmpuint (problems->len, ==, 1);
  g_string_free (text, TRUE);
}

static void
test_long_attribute_and_text (void)
{
  g_autofree char *filler = g_strnfill (100 * 1024, 'b');
  g_autofree char *attr = g_strdup_printf ("<atlas " NS ">\n<sites>\n  <site kind=\"hub\" id=\"%s\"/></sites></atlas>\n", filler);
  g_autofree char *text = g_strdup_printf ("<atlas " NS ">\n<measures><measure id=\"m\">\n<name xml:lang=\"en\">%s</name></measure></measures></atlas>\n", filler);
  g_autoptr (GPtrArray) attr_problems = load_bytes_failing (attr, strlen (attr), "attr.xml");
  g_autoptr (GPtrArray) text_problems = load_bytes_failing (text, strlen (text), "text.xml");

  assert_problem (attr_problems, "attr.xml", 3, 20, "attribute “id” is longer than 64 KiB");
  g_assert_cmpuint (attr_problems->len, ==, 1);
  g_assert_cmpuint (text_problems->len, ==, 1);
  g_assert_nonnull (strstr (((YtAtlasProblem *) text_problems->pdata[0])->message, "longer than 64 KiB"));
  g_assert_cmpuint (((YtAtlasProblem *) text_problems->pdata[0])->line, ==, 3);
}

static void
test_gzip (void)
{
  g_autofree char *path = fixture ("valid.xml");
  g_autofree char *plain = NULL;
  gsize len;
  g_autoptr (GZlibCompressor) zip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  g_autoptr (GByteArray) out = g_byte_array_sized_new (65536);
  gsize read, written;
  g_autoptr (GPtrArray) problems = NULL;

  g_assert_true (g_file_get_contents (path, &plain, &len, NULL));
  g_byte_array_set_size (out, 65536);
  g_assert_cmpint (g_converter_convert (G_CONVERTER (zip), plain, len, out->data, out->len,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, NULL),
                   ==, G_CONVERTER_FINISHED);
  problems = load_bytes_failing ((const char *) out->data, written, "valid.xml.gz");
  assert_problem (problems, "valid.xml.gz", 1, 1, "compressed");
}

static void
test_empty (void)
{
  g_autoptr (GPtrArray) problems = load_bytes_failing ("", 0, "empty.xml");

  g_assert_nonnull (strstr (((YtAtlasProblem *) problems->pdata[0])->message, "empty"));
}

static gboolean
xmllint_accepts (const char *schema, const char *file)
{
  const char *argv[] = { "xmllint", "--noout", "--nonet", "--relaxng", schema, file, NULL };
  g_autoptr (GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  return g_spawn_check_wait_status (status, NULL);
}

/* The hand-written checks and the schema must not drift apart. */
static void
test_schema_agrees (void)
{
  const char *root = g_getenv ("YUNTU_SOURCE_ROOT");
  g_autofree char *schema = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  const char *name;

  if (root == NULL || xmllint == NULL)
    {
      g_test_skip ("needs xmllint and YUNTU_SOURCE_ROOT");
      return;
    }
  schema = g_build_filename (root, "resources", "yuntu-atlas.rng", NULL);
  data = g_build_filename (root, "data", "atlas", NULL);
  dir = g_dir_open (data, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      {
        g_autofree char *path = g_build_filename (data, name, NULL);
        g_assert_true (xmllint_accepts (schema, path));
      }
  for (guint i = 0; i < G_N_ELEMENTS (schema_valid); i++)
    {
      g_autofree char *path = fixture (schema_valid[i]);

      g_test_message ("%s", schema_valid[i]);
      g_assert_true (xmllint_accepts (schema, path));
    }
  for (guint i = 0; i < G_N_ELEMENTS (structural); i++)
    {
      g_autofree char *path = fixture (structural[i]);
      const char *paths[] = { path, NULL };
      g_autoptr (GPtrArray) problems = load_failing (paths);

      g_test_message ("%s", structural[i]);
      g_assert_false (xmllint_accepts (schema, path));
    }
}

static void
test_bundled_loads (void)
{
  g_autoptr (YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr (GPtrArray) problems = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (YtAtlas) atlas = NULL;

  g_assert_true (yt_atlas_loader_add_bundled (loader));
  atlas = yt_atlas_loader_finish (loader, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (yt_atlas_get_n_records (atlas, YT_RECORD_SITE), >, 50);
}

/* A broken file given at start-up: its problems are reported and the
 * bundled data is still there; a later broken file leaves the data alone. */
static void
test_store_start_with_broken_file (void)
{
  g_autoptr(YtAtlasStore) store = yt_atlas_store_new ();
  g_autofree char *broken = fixture ("bad-enum.xml");
  const char *files[] = { broken, NULL };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) more = NULL;
  g_autoptr(GError) error = NULL;
  YtAtlas *atlas;

  g_assert_false (yt_atlas_store_load_sync (store, files, &problems, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >=, 1);
  g_assert_cmpstr (((YtAtlasProblem *) g_ptr_array_index (problems, 0))->file, ==, broken);
  atlas = yt_atlas_store_get_atlas (store);
  g_assert_nonnull (atlas);
  g_assert_cmpuint (yt_atlas_get_n_records (atlas, YT_RECORD_SITE), >, 100);
  g_assert_cmpuint (g_strv_length ((GStrv) yt_atlas_store_get_files (store)), ==, 0);

  g_clear_error (&error);
  g_assert_false (yt_atlas_store_load_sync (store, files, &more, &error));
  g_assert_true (yt_atlas_store_get_atlas (store) == atlas);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/atlas-loader/fixture/%s", cases[i].file);
      g_test_add_data_func (name, &cases[i], test_fixture);
    }
  g_test_add_func ("/atlas-loader/duplicate-across-files", test_duplicate_across_files);
  g_test_add_func ("/atlas-loader/every-problem", test_every_problem);
  g_test_add_func ("/atlas-loader/missing-file", test_missing_file);
  g_test_add_func ("/atlas-loader/not-regular-file", test_not_regular_file);
  g_test_add_func ("/atlas-loader/external-entity-file", test_external_entity_file);
  g_test_add_func ("/atlas-loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/atlas-loader/huge-attribute", test_huge_attribute);
  g_test_add_func ("/atlas-loader/long-attribute-and-text", test_long_attribute_and_text);
  g_test_add_func ("/atlas-loader/gzip", test_gzip);
  g_test_add_func ("/atlas-loader/empty", test_empty);
  g_test_add_func ("/atlas-loader/schema-agrees", test_schema_agrees);
  g_test_add_func ("/atlas-loader/bundled", test_bundled_loads);
  g_test_add_func ("/atlas-loader/store-start-with-broken-file", test_store_start_with_broken_file);
  return g_test_run ();
}
