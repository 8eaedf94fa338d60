/* test-command-line.c: the command line works without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
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
    { "--validate", "--export-map=x.png", "a.xml", NULL },
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
  return g_test_run ();
}
