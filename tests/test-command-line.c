/* test-command-line.c: the command line works without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the real binary with no display at all, so any GTK initialisation fails loudly. */
static void
run_yuntu (Run        *run,
           const char *language,
           ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int wait_status;

  g_ptr_array_add (args, (char *) g_getenv ("YUNTU_BINARY"));
  va_start (ap, language);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);

  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_yuntu (&run, "en", "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "yuntu "));
  g_assert_true (g_regex_match_simple ("^yuntu [0-9]+\\.[0-9]+\\.[0-9]+\\n$", run.out, 0, 0));
}

static void
test_help_english (void)
{
  g_auto(Run) run = { 0 };

  run_yuntu (&run, "en", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--export-map=OUT"));
  g_assert_nonnull (strstr (run.out, "--export-report=OUT"));
  g_assert_nonnull (strstr (run.out, "--validate"));
  g_assert_nonnull (strstr (run.out, "Exit status"));
}

static void
test_help_chinese (void)
{
  g_auto(Run) run = { 0 };

  run_yuntu (&run, "zh_CN", "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* The option names stay, the explanations are Chinese. */
  g_assert_nonnull (strstr (run.out, "--export-map"));
  g_assert_nonnull (strstr (run.out, "退出状态"));
  g_assert_null (strstr (run.out, "Exit status"));
}

static void
test_bad_usage (void)
{
  static const char * const cases[][4] = {
    { "--no-such-option", NULL },
    { "--validate", NULL },
    { "--view=moon", "--export-map=x.png", NULL },
    { "--export-map=x.png", "--size=12", NULL },
    { "--export-map=x.png", "--size=100000x10", NULL },
    { "--export-report=x.pdf", "--paper=a3", NULL },
    { "--export-report=x.pdf", "--lang=fr", NULL },
    { "--export-map=x.png", "--author=Jane Analyst", NULL },
    { "--view=china", NULL },
    { "--export-map=x.png", "--scale=0", NULL },
    { "--export-map=x.png", "--scale=2x", NULL },
    { "--export-report=x.pdf", "--scale=2", NULL },
    { "--validate", "--export-map=x.png", "a.xml", NULL },
    { "--export-map=x.png", "--as-of=20x0", NULL },
    { "--export-report=x.pdf", "--as-of=0", NULL },
    { "--export-map=x.png", "--as-of=12345", NULL },
    { "--as-of=2020", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_yuntu (&run, "en", cases[i][0], cases[i][1], cases[i][2], cases[i][3]);
      g_assert_cmpint (run.status, ==, 2);
      /* A sentence, and a pointer to --help. */
      g_assert_true (g_str_has_prefix (run.err, "yuntu: "));
      g_assert_nonnull (strstr (run.err, "--help"));
      g_assert_cmpstr (run.out, ==, "");
    }
}

static void
test_validate_bundled (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("YUNTU_SOURCE_ROOT"), "data", "atlas", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_auto(Run) run = { 0 };
  const char *name;
  char *argv[64] = { NULL };

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (args, g_build_filename (dir, name, NULL));
  g_assert_cmpuint (args->len, >=, 5);
  g_assert_cmpuint (args->len, <, G_N_ELEMENTS (argv) - 2);
  argv[0] = "--validate";
  for (guint i = 0; i < args->len; i++)
    argv[i + 1] = args->pdata[i];

  run_yuntu (&run, "en", argv[0], argv[1], argv[2], argv[3], argv[4], argv[5], argv[6],
             argv[7], argv[8], argv[9], argv[10], argv[11], argv[12], argv[13], argv[14], NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_regex_match_simple ("^[0-9]+ companies, [0-9]+ sites, [0-9]+ facts, [0-9]+ sources", run.out, 0, 0));
}

static void
test_validate_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);
  g_autofree char *prefix = NULL;
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\"?>\n<atlas xmlns=\"https://yuntu.github.io/ns/atlas/1\" version=\"1\">\n"
    "<sites><site id=\"x\" kind=\"moon\" region=\"CN-GZ\" sources=\"S01\">"
    "<name xml:lang=\"en\">X</name><name xml:lang=\"zh\">X</name></site></sites></atlas>\n", -1, NULL));
  run_yuntu (&run, "en", "--validate", path, missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  prefix = g_strdup_printf ("%s:3:", path);
  g_assert_true (g_str_has_prefix (run.err, prefix));
  g_assert_nonnull (strstr (run.err, "moon"));
  g_assert_nonnull (strstr (run.err, "missing.xml:0:0: "));
  g_unlink (path);
  g_rmdir (dir);
}

static char *
fixture (const char *name)
{
  return g_build_filename (g_getenv ("YUNTU_SOURCE_ROOT"), "tests", "fixtures", "atlas", name, NULL);
}

/* Each new meaning check, located as the loader tests locate them. */
static void
test_validate_memberships (void)
{
  static const struct { const char *file, *where, *part; } cases[] = {
    { "membership-end-before-start.xml", ":20:5: ", "ends (2018-12) before it starts (2019-03-23)" },
    { "membership-unknown-initiative.xml", ":20:5: ", "“initiative” names “silk-road”, which is not defined" },
    { "membership-overlap.xml", ":21:5: ", "overlaps the one at " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = fixture (cases[i].file);
      g_autofree char *prefix = g_strconcat (path, cases[i].where, NULL);
      g_auto(Run) run = { 0 };

      run_yuntu (&run, "en", "--validate", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, prefix));
      g_assert_nonnull (strstr (run.err, cases[i].part));
    }
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  char *text = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &text, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    g_clear_pointer (&text, g_free);
  return text;
}

/* --as-of reaches the map as the window's control does: its legend names the
 * year, and a country is hatched only while it is a member. */
static void
test_export_map_as_of (void)
{
  g_autofree char *dir = g_dir_make_tmp ("yuntu-cli-XXXXXX", NULL);
  g_autofree char *members = fixture ("memberships-bundled.xml");
  g_autofree char *pdf = g_build_filename (dir, "world.pdf", NULL);
  g_autofree char *early = g_build_filename (dir, "2015.png", NULL);
  g_autofree char *late = g_build_filename (dir, "2018.png", NULL);
  g_autofree char *out_early = g_strconcat ("--export-map=", early, NULL);
  g_autofree char *out_late = g_strconcat ("--export-map=", late, NULL);
  g_autofree char *out_pdf = g_strconcat ("--export-map=", pdf, NULL);
  g_autofree char *text = NULL;
  g_auto(Run) a = { 0 };
  g_auto(Run) b = { 0 };
  g_auto(Run) c = { 0 };
  gchar *bytes_a = NULL, *bytes_b = NULL;
  gsize len_a, len_b;

  run_yuntu (&a, "en", out_early, "--view=world", "--size=800x500", "--as-of=2015", members, NULL);
  run_yuntu (&b, "en", out_late, "--view=world", "--size=800x500", "--as-of=2018", members, NULL);
  run_yuntu (&c, "en", out_pdf, "--view=world", "--lang=en", "--as-of=2018", members, NULL);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_cmpint (b.status, ==, 0);
  g_assert_cmpint (c.status, ==, 0);
  g_assert_true (g_file_get_contents (early, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (late, &bytes_b, &len_b, NULL));
  g_assert_false (len_a == len_b && memcmp (bytes_a, bytes_b, len_a) == 0);
  g_free (bytes_a);
  g_free (bytes_b);
  if ((text = pdf_text (pdf)) != NULL)
    {
      g_assert_nonnull (strstr (text, "Belt and Road member in 2018"));
      g_assert_nonnull (strstr (text, "Not a member"));
    }
  g_unlink (early);
  g_unlink (late);
  g_unlink (pdf);
  g_rmdir (dir);
}

/* The report's Belt and Road table gains the membership column, as of the
 * year, in the report's language. */
static void
test_export_report_as_of (void)
{
  static const struct { const char *lang, *as_of, *member; } cases[] = {
    { "--lang=en", "As of 2018", "Member country\nSigned 2 May 2016," },
    { "--lang=zh_CN", "截至2018年", "合作国家\n2016年5月2日签署" },
  };
  g_autofree char *dir = g_dir_make_tmp ("yuntu-cli-XXXXXX", NULL);
  g_autofree char *members = fixture ("memberships-bundled.xml");
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *out = g_strconcat ("--export-report=", pdf, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;
      g_auto(Run) run = { 0 };

      run_yuntu (&run, "en", out, cases[i].lang, "--as-of=2018", members, NULL);
      g_assert_cmpint (run.status, ==, 0);
      /* India's site; India is a member from 2016 to 2020 in this fixture. */
      if ((text = pdf_text (pdf)) == NULL)
        continue;
      g_test_message ("%s", cases[i].lang);
      g_assert_nonnull (strstr (text, cases[i].as_of));
      g_assert_nonnull (strstr (text, cases[i].member));
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/command-line/version", test_version);
  g_test_add_func ("/command-line/help/en", test_help_english);
  g_test_add_func ("/command-line/help/zh_CN", test_help_chinese);
  g_test_add_func ("/command-line/bad-usage", test_bad_usage);
  g_test_add_func ("/command-line/validate/bundled", test_validate_bundled);
  g_test_add_func ("/command-line/validate/broken", test_validate_broken);
  g_test_add_func ("/command-line/validate/memberships", test_validate_memberships);
  g_test_add_func ("/command-line/export-map/as-of", test_export_map_as_of);
  g_test_add_func ("/command-line/export-report/as-of", test_export_report_as_of);
  return g_test_run ();
}
