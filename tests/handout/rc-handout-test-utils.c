/* rc-handout-test-utils.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "rc-handout-test-utils.h"

static char *pdftotext;
static char *pdfinfo;
static char *pdffonts;

static char *
find_tool (const char *given, const char *name)
{
  char *path = given != NULL ? g_strdup (given) : g_find_program_in_path (name);

  if (path == NULL)
    g_error ("%s (poppler-utils) is needed by these tests", name);
  return path;
}

void
rc_handout_test_init (int *argc, char ***argv)
{
  /* meson passes the tools' paths, in this order, after the test options. */
  pdftotext = find_tool (*argc > 1 ? (*argv)[1] : NULL, "pdftotext");
  pdfinfo = find_tool (*argc > 2 ? (*argv)[2] : NULL, "pdfinfo");
  pdffonts = find_tool (*argc > 3 ? (*argv)[3] : NULL, "pdffonts");
}

RcKnowledgeBase *
rc_handout_test_load_kb (void)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_auto (GStrv) dirs = rc_knowledge_base_get_default_dirs ();
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, (const char *const *) dirs, &error));
  g_assert_no_error (error);
  return kb;
}

char *
rc_handout_test_output_path (const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "handout", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static char *
run_tool (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                            &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_if_exited (proc) || g_subprocess_get_exit_status (proc) != 0)
    g_error ("%s failed: %s", argv[0], err);
  return g_steal_pointer (&out);
}

guint
rc_handout_test_pdf_n_pages (const char *pdf)
{
  const char      *argv[] = { pdfinfo, pdf, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return (guint) g_ascii_strtoull (g_strstrip (lines[i] + strlen ("Pages:")), NULL, 10);
  g_error ("pdfinfo gave no page count for %s", pdf);
  return 0;
}

static char *
squeeze_spaces (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }
  return g_string_free (out, FALSE);
}

char *
rc_handout_test_pdf_text (const char *pdf, guint page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  g_autofree char *out = NULL;

  if (page == 0)
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", pdf, "-", NULL };
      out = run_tool (argv);
    }
  else
    {
      const char *argv[] = { pdftotext, "-enc", "UTF-8", "-f", first, "-l", first, pdf, "-", NULL };
      out = run_tool (argv);
    }
  return squeeze_spaces (out);
}

GStrv
rc_handout_test_pdf_fonts (const char *pdf)
{
  const char      *argv[] = { pdffonts, pdf, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr (GStrvBuilder) rows = g_strv_builder_new ();

  for (guint i = 2; i < g_strv_length (lines); i++)
    if (*lines[i] != '\0')
      g_strv_builder_add (rows, lines[i]);
  return g_strv_builder_end (rows);
}

static void
word_free (gpointer data)
{
  RcTestWord *word = data;

  g_free (word->text);
  g_free (word);
}

static char *
unescape (const char *text)
{
  static const char *const entities[][2] = {
    { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
  };
  GString *out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (out, entities[i][0], entities[i][1], 0);
  return g_string_free (out, FALSE);
}

GPtrArray *
rc_handout_test_pdf_words (const char *pdf)
{
  const char      *argv[] = { pdftotext, "-bbox", "-enc", "UTF-8", pdf, "-", NULL };
  g_autofree char *out = run_tool (argv);
  g_autoptr (GRegex) page_re = g_regex_new (
      "<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr (GRegex) word_re =
      g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                   "yMax=\"([0-9.]+)\">(.*?)</word>",
                   0, 0, NULL);
  g_autoptr (GMatchInfo) page_match = NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (word_free);
  guint      page = 0;

  g_regex_match (page_re, out, 0, &page_match);
  while (g_match_info_matches (page_match))
    {
      g_autofree char *width = g_match_info_fetch (page_match, 1);
      g_autofree char *height = g_match_info_fetch (page_match, 2);
      g_autofree char *body = g_match_info_fetch (page_match, 3);
      g_autoptr (GMatchInfo) word_match = NULL;

      page++;
      g_regex_match (word_re, body, 0, &word_match);
      while (g_match_info_matches (word_match))
        {
          RcTestWord      *word = g_new0 (RcTestWord, 1);
          g_autofree char *x0 = g_match_info_fetch (word_match, 1);
          g_autofree char *y0 = g_match_info_fetch (word_match, 2);
          g_autofree char *x1 = g_match_info_fetch (word_match, 3);
          g_autofree char *y1 = g_match_info_fetch (word_match, 4);
          g_autofree char *text = g_match_info_fetch (word_match, 5);

          word->page = page;
          word->page_width = g_ascii_strtod (width, NULL);
          word->page_height = g_ascii_strtod (height, NULL);
          word->x_min = g_ascii_strtod (x0, NULL);
          word->y_min = g_ascii_strtod (y0, NULL);
          word->x_max = g_ascii_strtod (x1, NULL);
          word->y_max = g_ascii_strtod (y1, NULL);
          word->text = unescape (text);
          g_ptr_array_add (words, word);
          g_match_info_next (word_match, NULL);
        }
      g_match_info_next (page_match, NULL);
    }
  g_assert_cmpuint (page, >, 0);
  return words;
}

guint
rc_handout_test_assert_words_within (const char *pdf, double margin, double tolerance)
{
  g_autoptr (GPtrArray) words = rc_handout_test_pdf_words (pdf);

  for (guint i = 0; i < words->len; i++)
    {
      const RcTestWord *w = g_ptr_array_index (words, i);

      if (w->x_min < margin - tolerance || w->y_min < margin - tolerance ||
          w->x_max > w->page_width - margin + tolerance ||
          w->y_max > w->page_height - margin + tolerance)
        g_error ("%s: page %u: “%s” at %.1f,%.1f–%.1f,%.1f runs into the %.1f pt margin", pdf,
                 w->page, w->text, w->x_min, w->y_min, w->x_max, w->y_max, margin);
    }
  return words->len;
}

gboolean
rc_handout_test_text_contains (const char *text, const char *needle)
{
  g_autofree char *a = squeeze_spaces (text);
  g_autofree char *b = squeeze_spaces (needle);

  return strstr (a, b) != NULL;
}

char *
rc_handout_test_first_words (const char *text, guint n)
{
  g_autofree char *squeezed = squeeze_spaces (text);
  g_auto (GStrv) words = g_strsplit (squeezed, " ", -1);
  guint count = MIN (n, g_strv_length (words));
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < count; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
