/* test-glyphs.c: no translated string and no data text shows as boxes
 *
 * Every msgstr of each translation and every text of the bundled atlas is
 * laid out with the fonts the maps, panels and reports use; Pango counts the
 * characters that no installed font could draw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <pango/pangocairo.h>
#include <yuntu/yuntu.h>

static const char * const font_families[] = {
  "Noto Sans CJK SC 11",        /* interface, map labels, report headings */
  "Noto Serif CJK SC 10",       /* report body */
};

typedef struct {
  PangoLayout *layouts[G_N_ELEMENTS (font_families)];
  guint        checked;
} Checker;

static void
checker_init (Checker *checker)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);

  checker->checked = 0;
  for (guint i = 0; i < G_N_ELEMENTS (font_families); i++)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (font_families[i]);

      checker->layouts[i] = pango_layout_new (context);
      pango_layout_set_font_description (checker->layouts[i], font);
    }
  g_object_unref (context);
}

static void
checker_clear (Checker *checker)
{
  for (guint i = 0; i < G_N_ELEMENTS (font_families); i++)
    g_clear_object (&checker->layouts[i]);
}

static void
check_text (Checker    *checker,
            const char *text,
            const char *where)
{
  if (text == NULL || *text == '\0')
    return;
  g_assert_true (g_utf8_validate (text, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (font_families); i++)
    {
      int unknown;

      pango_layout_set_text (checker->layouts[i], text, -1);
      unknown = pango_layout_get_unknown_glyphs_count (checker->layouts[i]);
      if (unknown != 0)
        g_error ("%s: %d characters of “%s” have no glyph in %s", where, unknown, text,
                 font_families[i]);
    }
  checker->checked++;
}

/* Joins a msgstr and its continuation lines, then unescapes it. */
static char *
read_quoted (char **lines, guint *i)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  const char *line = strchr (lines[*i], '"');

  for (;;)
    {
      const char *end = strrchr (line, '"');

      g_string_append_len (raw, line + 1, end - line - 1);
      if (lines[*i + 1] == NULL || lines[*i + 1][0] != '"')
        break;
      line = lines[++*i];
    }
  return g_strcompress (raw->str);
}

static void
test_translations (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("YUNTU_SOURCE_ROOT"), "po", "zh_CN.po", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  Checker checker;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  checker_init (&checker);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "msgstr"))
      {
        g_autofree char *text = read_quoted (lines, &i);
        g_autofree char *where = g_strdup_printf ("po/zh_CN.po:%u", i + 1);

        if (!g_str_has_prefix (text, "Project-Id-Version"))
          check_text (&checker, text, where);
      }
  g_assert_cmpuint (checker.checked, >, 300);
  checker_clear (&checker);
}

static void
test_data_texts (void)
{
  g_autoptr(YtAtlasLoader) loader = yt_atlas_loader_new ();
  g_autoptr(YtAtlas) atlas = NULL;
  Checker checker;

  yt_atlas_loader_add_bundled (loader);
  atlas = yt_atlas_loader_finish (loader, NULL, NULL);
  g_assert_nonnull (atlas);
  checker_init (&checker);
  for (YtRecordKind kind = 0; kind < YT_N_RECORD_KINDS; kind++)
    for (guint r = 0; r < yt_atlas_get_n_records (atlas, kind); r++)
      {
        YtRef ref = YT_REF (kind, r);
        const YtText *texts;
        guint n;

        texts = yt_atlas_get_texts (atlas, ref, &n);
        for (guint t = 0; t < n; t++)
          check_text (&checker, yt_atlas_str (atlas, texts[t].text),
                      yt_atlas_get_id (atlas, ref) != NULL ? yt_atlas_get_id (atlas, ref) : "link");
      }
  g_assert_cmpuint (checker.checked, >, 1000);
  checker_clear (&checker);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/glyphs/translations", test_translations);
  g_test_add_func ("/glyphs/data-texts", test_data_texts);
  return g_test_run ();
}
