/* test-data-hostile.c: imports of hostile files end in a clear error or a bounded import
 *
 * GDAL never reaches the network nor opens a file an input points at: a
 * socket listening on the address a file names must see no connection, and
 * inotify must see no open of a local file a file names.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <glib/gstdio.h>

#include "test-io.h"

typedef struct {
  char  *dir;
  int    listener;
  guint  port;
  int    inotify;
  char  *secret;          /* a local file inputs point at */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  struct sockaddr_in addr = { .sin_family = AF_INET };
  socklen_t len = sizeof addr;

  f->dir = g_dir_make_tmp ("yuntu-hostile-XXXXXX", NULL);
  addr.sin_addr.s_addr = htonl (INADDR_LOOPBACK);
  f->listener = socket (AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  g_assert_cmpint (f->listener, >=, 0);
  g_assert_cmpint (bind (f->listener, (struct sockaddr *) &addr, sizeof addr), ==, 0);
  g_assert_cmpint (listen (f->listener, 8), ==, 0);
  g_assert_cmpint (getsockname (f->listener, (struct sockaddr *) &addr, &len), ==, 0);
  f->port = ntohs (addr.sin_port);

  f->secret = g_build_filename (f->dir, "secret.kml", NULL);
  g_assert_true (g_file_set_contents (f->secret,
    "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>Secret</name>"
    "<Point><coordinates>1,1</coordinates></Point></Placemark></Document></kml>\n", -1, NULL));
  f->inotify = inotify_init1 (IN_NONBLOCK | IN_CLOEXEC);
  g_assert_cmpint (inotify_add_watch (f->inotify, f->secret, IN_OPEN | IN_ACCESS), >=, 0);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  close (f->listener);
  close (f->inotify);
  test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->secret);
}

static void
assert_nothing_reached (Fixture *f)
{
  char buffer[4096];
  int peer = accept (f->listener, NULL, NULL);

  if (peer >= 0)
    close (peer);
  g_assert_cmpint (peer, <, 0);
  g_assert_true (errno == EAGAIN || errno == EWOULDBLOCK);
  g_assert_cmpint (read (f->inotify, buffer, sizeof buffer), <, 0);
  g_assert_cmpint (errno, ==, EAGAIN);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

/* Reads and converts against the bundled atlas; returns the error, if any. */
static GError *
try_import (const char    *path,
            YtDataImport **out)
{
  g_autoptr(YtDataImport) import = yt_data_import_new ();
  g_autoptr(YtAtlas) atlas = test_load_atlas (NULL, NULL);
  GError *error = NULL;

  if (yt_data_import_read_file (import, path, &error))
    {
      yt_import_mapping_set_skip_bad_rows (yt_data_import_get_mapping (import), TRUE);
      yt_import_mapping_set_default (yt_data_import_get_mapping (import), YT_IMPORT_FIELD_KIND, "data-centre");
      yt_data_import_set_reference (import, atlas, NULL);
      yt_data_import_convert (import, NULL, &error);
    }
  if (out != NULL)
    *out = g_steal_pointer (&import);
  return error;
}

static void
test_geojson_crs_links (Fixture *f, gconstpointer data)
{
  g_autofree char *prj = g_build_filename (f->dir, "secret.prj", NULL);
  g_autofree char *remote = g_strdup_printf (
    "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"link\",\"properties\":{\"href\":"
    "\"http://127.0.0.1:%u/crs.wkt\",\"type\":\"ogcwkt\"}},\"features\":[{\"type\":\"Feature\","
    "\"properties\":{\"name\":\"Linked test site\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.6,26.6]}}]}",
    f->port);
  g_autofree char *local = g_strdup_printf (
    "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"link\",\"properties\":{\"href\":\"%s\","
    "\"type\":\"ogcwkt\"}},\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"Local test site\"},"
    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.6,26.6]}}]}", f->secret);
  g_autofree char *remote_path = write_file (f, "remote.geojson", remote, -1);
  g_autofree char *local_path = write_file (f, "local.geojson", local, -1);
  g_autoptr(YtDataImport) import = NULL;
  g_autoptr(GError) error = NULL;
  guint refused;

  g_assert_true (yt_io_ensure_gdal (NULL));
  refused = yt_io_get_network_refusals ();
  error = try_import (remote_path, &import);
  g_assert_no_error (error);
  /* GDAL asked for the URL and was refused; the point is read as WGS 84. */
  g_assert_cmpuint (yt_io_get_network_refusals (), >, refused);
  g_assert_nonnull (strstr (g_bytes_get_data (yt_data_import_get_xml (import), NULL),
                            "lat=\"26.6\" lon=\"106.6\""));
  g_clear_object (&import);

  error = try_import (local_path, &import);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (yt_data_import_get_xml (import), NULL),
                            "lat=\"26.6\" lon=\"106.6\""));
  assert_nothing_reached (f);
}

static void
test_kml_links (Fixture *f, gconstpointer data)
{
  g_autofree char *kml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n"
    "<NetworkLink><name>remote</name><Link><href>http://127.0.0.1:%u/remote.kml</href></Link></NetworkLink>\n"
    "<NetworkLink><name>local</name><Link><href>%s</href></Link></NetworkLink>\n"
    "<Placemark><name>Styled remotely</name><styleUrl>http://127.0.0.1:%u/style.kml#s</styleUrl>"
    "<Point><coordinates>106.6,26.6,0</coordinates></Point></Placemark>\n"
    "<Placemark><name>Styled locally</name><styleUrl>%s#s</styleUrl>"
    "<Point><coordinates>106.7,26.7,0</coordinates></Point></Placemark>\n"
    "<Placemark><name>Icon remote</name><Style><IconStyle><Icon><href>http://127.0.0.1:%u/i.png</href></Icon>"
    "</IconStyle></Style><Point><coordinates>106.8,26.8,0</coordinates></Point></Placemark>\n"
    "</Document></kml>\n", f->port, f->secret, f->port, f->secret, f->port);
  g_autofree char *path = write_file (f, "links.kml", kml, -1);
  g_autoptr(YtDataImport) import = NULL;
  g_autoptr(GError) error = try_import (path, &import);

  /* The placemarks, and nothing the links point at. */
  g_assert_no_error (error);
  g_assert_cmpuint (yt_data_import_get_n_new (import), ==, 3);
  g_assert_null (strstr (g_bytes_get_data (yt_data_import_get_xml (import), NULL), "Secret"));
  assert_nothing_reached (f);
}

static void
test_virtual_paths (Fixture *f, gconstpointer data)
{
  g_autofree char *url = g_strdup_printf ("/vsicurl/http://127.0.0.1:%u/sites.csv", f->port);
  g_autofree char *zip = g_strdup_printf ("/vsizip/%s/doc.csv", f->secret);
  g_autoptr(GError) e1 = try_import (url, NULL);
  g_autoptr(GError) e2 = try_import (zip, NULL);

  g_assert_error (e1, YT_IO_ERROR, YT_IO_ERROR_READ);
  g_assert_error (e2, YT_IO_ERROR, YT_IO_ERROR_READ);
  assert_nothing_reached (f);
}

static void
test_entities (Fixture *f, gconstpointer data)
{
  static const char * const names[] = { "billion-laughs.kml", "external-entity.kml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = test_fixture_path (names[i]);
      g_autoptr(GError) error = try_import (path, NULL);

      g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_FORBIDDEN);
      g_assert_nonnull (strstr (error->message, names[i]));
      g_assert_nonnull (strstr (error->message, "DOCTYPE"));
    }
}

static void
test_geopackages (Fixture *f, gconstpointer data)
{
  static const struct { const char *name; int code; const char *words; } cases[] = {
    { "not-sqlite.gpkg", YT_IO_ERROR_MALFORMED, "not an SQLite database" },
    { "corrupt.gpkg", YT_IO_ERROR_MALFORMED, "GeoPackage" },
    /* A view whose query never ends: refused before it runs. */
    { "view.gpkg", YT_IO_ERROR_FORBIDDEN, "SQL views" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = test_fixture_path (cases[i].name);
      g_autoptr(GError) error = try_import (path, NULL);

      g_test_message ("%s: %s", cases[i].name, error != NULL ? error->message : "(no error)");
      g_assert_error (error, YT_IO_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

/* A KMZ's document is read within bounds whatever the archive says; an
 * archive without a document or with a password is refused. */
static void
test_kmz (Fixture *f, gconstpointer data)
{
  static const struct { const char *name; int code; const char *words; } cases[] = {
    { "bomb.kmz", YT_IO_ERROR_TOO_LARGE, "once unpacked" },
    { "encrypted.kmz", YT_IO_ERROR_FORBIDDEN, "encrypted" },
    { "no-kml.kmz", YT_IO_ERROR_MALFORMED, "no KML document" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = test_fixture_path (cases[i].name);
      g_autoptr(GError) error = try_import (path, NULL);

      g_test_message ("%s: %s", cases[i].name, error != NULL ? error->message : "(no error)");
      g_assert_error (error, YT_IO_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].name));
      g_assert_nonnull (strstr (error->message, cases[i].words));
    }
}

static void
test_too_large (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "huge.csv", NULL);
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  g_autoptr(GError) error = NULL;

  /* Sparse: refused from its size, never read. */
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) YT_IO_MAX_FILE_SIZE + 1), ==, 0);
  close (fd);
  error = try_import (path, NULL);
  g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MB"));
}

static void
test_too_many_rows (Fixture *f, gconstpointer data)
{
  GString *csv = g_string_new ("name,kind,region\n");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i <= YT_IO_MAX_ROWS; i++)
    g_string_append_printf (csv, "Row %u,park,CN-GZ\n", i);
  path = write_file (f, "rows.csv", csv->str, (gssize) csv->len);
  g_string_free (csv, TRUE);
  error = try_import (path, NULL);
  g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "100000"));
}

static void
test_too_many_columns (Fixture *f, gconstpointer data)
{
  GString *csv = g_string_new ("name");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < YT_IO_MAX_COLUMNS; i++)
    g_string_append_printf (csv, ",c%u", i);
  g_string_append (csv, "\nA test site\n");
  path = write_file (f, "wide.csv", csv->str, (gssize) csv->len);
  g_string_free (csv, TRUE);
  error = try_import (path, NULL);
  g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "1000 columns"));
}

static void
test_million_vertices (Fixture *f, gconstpointer data)
{
  GString *json = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                "\"properties\":{\"name\":\"Long line\"},\"geometry\":{\"type\":\"LineString\","
                                "\"coordinates\":[");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append_printf (json, "%s[%u.%04u,30.5]", i > 0 ? "," : "", 100 + i / 10000, i % 10000);
  g_string_append (json, "]}},{\"type\":\"Feature\",\"properties\":{\"name\":\"Point test site\"},"
                         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.6,26.6]}}]}");
  path = write_file (f, "million.geojson", json->str, (gssize) json->len);
  g_string_free (json, TRUE);
  error = try_import (path, NULL);
  g_assert_error (error, YT_IO_ERROR, YT_IO_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "million.geojson"));
  g_assert_nonnull (strstr (error->message, "points"));
}

/* Ten thousand short lines are read, bounded, each a located problem. */
static void
test_many_lines (Fixture *f, gconstpointer data)
{
  GString *json = g_string_new ("{\"type\":\"FeatureCollection\",\"features\":[");
  g_autofree char *path = NULL;
  g_autoptr(YtDataImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (json, "{\"type\":\"Feature\",\"properties\":{\"name\":\"L%u\"},\"geometry\":"
                            "{\"type\":\"LineString\",\"coordinates\":[[100,30],[101,31]]}},", i);
  g_string_append (json, "{\"type\":\"Feature\",\"properties\":{\"name\":\"Point test site\"},"
                         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.6,26.6]}}]}");
  path = write_file (f, "lines.geojson", json->str, (gssize) json->len);
  g_string_free (json, TRUE);
  error = try_import (path, &import);
  g_assert_no_error (error);
  g_assert_cmpuint (yt_data_import_get_n_new (import), ==, 1);
  g_assert_cmpuint (yt_data_import_get_n_skipped (import), ==, 10000);
  problems = yt_data_import_get_problems (import);
  /* A thousand kept, then one line for the rest. */
  g_assert_cmpuint (problems->len, ==, 1001);
  first = yt_import_problem_to_string (problems->pdata[0]);
  last = yt_import_problem_to_string (problems->pdata[1000]);
  g_assert_cmpstr (first, ==, "lines.geojson: feature 1: The geometry is a line, not a point: "
                              "a site is imported with a point or without a position.");
  g_assert_cmpstr (last, ==, "lines.geojson: … and 9000 more problems.");
}

static void
test_bad_text (Fixture *f, gconstpointer data)
{
  GString *csv = g_string_new ("name,kind,region\n");
  g_autofree char *path = NULL;
  g_autoptr(YtDataImport) import = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  g_string_append_c (csv, '"');
  for (guint i = 0; i < 70000; i++)
    g_string_append_c (csv, 'x');
  g_string_append (csv, "\",park,CN-GZ\n");
  g_string_append (csv, "Bell\x07 test,park,CN-GZ\n");
  g_string_append (csv, "Good test site,park,CN-GZ\n");
  path = write_file (f, "text.csv", csv->str, (gssize) csv->len);
  g_string_free (csv, TRUE);
  error = try_import (path, &import);
  g_assert_no_error (error);
  problems = yt_data_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (((YtImportProblem *) problems->pdata[0])->message, ==, "The text is longer than 64 KiB.");
  g_assert_cmpuint (((YtImportProblem *) problems->pdata[0])->row, ==, 2);
  g_assert_cmpstr (((YtImportProblem *) problems->pdata[0])->column, ==, "name");
  g_assert_cmpstr (((YtImportProblem *) problems->pdata[1])->message, ==,
                   "The text is not valid UTF-8 or holds control characters.");
  g_assert_cmpuint (((YtImportProblem *) problems->pdata[1])->row, ==, 3);
  g_assert_cmpuint (yt_data_import_get_n_new (import), ==, 1);
}

static void
test_not_what_it_says (Fixture *f, gconstpointer data)
{
  static const struct { const char *name; const char *contents; gssize length; int code; } cases[] = {
    { "empty.csv", "", 0, YT_IO_ERROR_EMPTY },
    { "header-only.csv", "name,kind\n", -1, YT_IO_ERROR_EMPTY },
    { "broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{", -1, YT_IO_ERROR_MALFORMED },
    { "zipped.kml", "PK\003\004\024\000\000\000", 8, YT_IO_ERROR_MALFORMED },
    { "latin1.csv", "name,kind\n\xe9\xe8\xff\xfe\xfd,park\n", -1, YT_IO_ERROR_MALFORMED },
    { "sites.xlsx", "PK", 2, YT_IO_ERROR_FORMAT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = write_file (f, cases[i].name, cases[i].contents, cases[i].length);
      g_autoptr(GError) error = try_import (path, NULL);

      g_test_message ("%s: %s", cases[i].name, error != NULL ? error->message : "(no error)");
      g_assert_error (error, YT_IO_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].name));
    }
}

/* Two columns named alike keep both values, under two names. */
static void
test_duplicate_columns (Fixture *f, gconstpointer data)
{
  g_autofree char *path = write_file (f, "twice.csv", "name,kind,name,region,kind\nFirst test,park,Second,CN-GZ,hub\n", -1);
  g_autoptr(YtDataImport) import = yt_data_import_new ();
  const char * const *columns;

  g_assert_true (yt_data_import_read_file (import, path, NULL));
  columns = yt_data_import_get_columns (import);
  g_assert_cmpuint (g_strv_length ((char **) columns), ==, 5);
  g_assert_cmpstr (columns[2], ==, "name (2)");
  g_assert_cmpstr (columns[4], ==, "kind (2)");
  g_assert_cmpstr (yt_data_import_get_value (import, 0, 2), ==, "Second");
  g_assert_cmpstr (yt_data_import_get_value (import, 0, 4), ==, "hub");
  g_assert_cmpstr (yt_import_mapping_get_column (yt_data_import_get_mapping (import), YT_IMPORT_FIELD_NAME), ==, "name");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/data-hostile/geojson-crs-links", test_geojson_crs_links);
  ADD ("/data-hostile/kml-links", test_kml_links);
  ADD ("/data-hostile/virtual-paths", test_virtual_paths);
  ADD ("/data-hostile/entities", test_entities);
  ADD ("/data-hostile/geopackages", test_geopackages);
  ADD ("/data-hostile/kmz", test_kmz);
  ADD ("/data-hostile/too-large", test_too_large);
  ADD ("/data-hostile/too-many-rows", test_too_many_rows);
  ADD ("/data-hostile/too-many-columns", test_too_many_columns);
  ADD ("/data-hostile/million-vertices", test_million_vertices);
  ADD ("/data-hostile/many-lines", test_many_lines);
  ADD ("/data-hostile/bad-text", test_bad_text);
  ADD ("/data-hostile/not-what-it-says", test_not_what_it_says);
  ADD ("/data-hostile/duplicate-columns", test_duplicate_columns);
#undef ADD
  return g_test_run ();
}
