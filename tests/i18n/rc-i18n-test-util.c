/* rc-i18n-test-util.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rc-i18n-test-util.h"

char *
rc_i18n_build_locale_dir (void)
{
  const char *build = g_getenv ("RC_BUILD_DIR");

  if (build == NULL)
    g_error ("RC_BUILD_DIR must be set (meson test sets it)");
  return g_build_filename (build, "po", NULL);
}

gboolean
rc_i18n_run (const char *const *argv,
             const char *const *env,
             char             **stdout_text,
             char             **stderr_text,
             GError           **error)
{
  g_auto (GStrv) envp = g_get_environ ();
  int status = 0;

  for (guint i = 0; env != NULL && env[i] != NULL && env[i + 1] != NULL; i += 2)
    envp = g_environ_setenv (envp, env[i], env[i + 1], TRUE);

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_SEARCH_PATH, NULL, NULL, stdout_text,
                     stderr_text, &status, error))
    return FALSE;
  return g_spawn_check_wait_status (status, error);
}

gboolean
rc_i18n_make_locale (const char *locpath, const char *name, GError **error)
{
  g_autofree char *out = g_strdup_printf ("%s/%s.UTF-8", locpath, name);
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *argv[] = { "localedef", "-i", name, "-f", "UTF-8", out, NULL };

  g_autofree char *numeric = g_build_filename (out, "LC_NUMERIC", NULL);

  g_mkdir_with_parents (locpath, 0700);
  /* localedef's own messages in English, whatever the caller runs under.
   * It exits with 1 after mere warnings, having written the locale. */
  if (!rc_i18n_run (argv, (const char *const[]){ "LC_ALL", "C.UTF-8", NULL }, &stdout_text,
                    &stderr_text, &local_error) &&
      !g_file_test (numeric, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   "localedef could not build %s.UTF-8 (the Debian package “locales” has "
                   "the definitions): %s\n%s",
                   name, local_error->message, stderr_text != NULL ? stderr_text : "");
      return FALSE;
    }
  return TRUE;
}

void
rc_i18n_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        rc_i18n_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

char *
rc_i18n_plain_spaces (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        g_string_append_c (plain, ' ');
      else
        g_string_append_unichar (plain, c);
    }
  return g_string_free (plain, FALSE);
}
