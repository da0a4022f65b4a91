/* rc-kb-test-utils.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rc-kb-test-utils.h"

char *
kb_test_fixture (void)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "core", "data", "minimal.xml", NULL),
                       &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

char *
kb_test_variant (const char *text, const char *from, const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  /* One occurrence only, so the test changes what it means to. */
  g_assert_null (strstr (at + 1, from));

  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

int
kb_test_line_of (const char *text, const char *needle)
{
  const char *at = strstr (text, needle);
  int         line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;

  return line;
}

char *
kb_test_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *path = g_dir_make_tmp ("rc-core-test-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

void
kb_test_remove_dir (const char *path)
{
  GDir       *dir;
  const char *name;

  /* A test may have locked it; give the owner access back first. */
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    {
      g_remove (path);
      return;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        kb_test_remove_dir (child);
      else
        g_remove (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

char *
kb_test_write (const char *dir, const char *name, const char *contents, gssize len)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);

  return path;
}

RcKnowledgeBase *
kb_test_load_file (const char *path)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);

  rc_knowledge_base_load_file (kb, file);
  return kb;
}

const RcKbProblem *
kb_test_single_error (RcKnowledgeBase *kb)
{
  GPtrArray         *problems = rc_knowledge_base_get_problems (kb);
  const RcKbProblem *problem;

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = rc_kb_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", text);
    }

  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->severity, ==, RC_KB_PROBLEM_ERROR);
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 1);

  return problem;
}

void
kb_test_assert_problem (const RcKbProblem *problem,
                        const char        *file,
                        int                line,
                        const char        *fragment)
{
  g_assert_cmpstr (problem->file, ==, file);
  g_assert_cmpint (problem->line, ==, line);
  g_test_message ("expecting “%s” in “%s”", fragment, problem->message);
  g_assert_nonnull (strstr (problem->message, fragment));
}

char *
kb_test_install_catalog (const char *mo_name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *catalog = g_test_build_filename (G_TEST_BUILT, "core", mo_name, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *target = NULL;
  char            *locale_dir = kb_test_make_dir ();
  gsize            length = 0;

  messages = g_build_filename (locale_dir, "de", "LC_MESSAGES", NULL);
  g_assert_cmpint (g_mkdir_with_parents (messages, 0700), ==, 0);

  g_file_get_contents (catalog, &contents, &length, &error);
  g_assert_no_error (error);
  target = g_build_filename (messages, GETTEXT_PACKAGE ".mo", NULL);
  g_file_set_contents (target, contents, (gssize) length, &error);
  g_assert_no_error (error);

  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  return locale_dir;
}
