/* test-settings.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Settings when the schema is not installed: the bundled copy with an
 * in-memory backend, and nothing printed (warnings are fatal here). */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "rc-settings.h"

static char *tmp_dir;

static void
test_fallback (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) installed = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (GSettings) again = NULL;
  g_autofree char *last_tab = NULL;
  g_autofree char *scheme = NULL;
  g_auto (GStrv) drugs = NULL;

  /* The premise: the schema is nowhere to be found. */
  if (source != NULL)
    installed = g_settings_schema_source_lookup (source, RC_SETTINGS_SCHEMA_ID, TRUE);
  g_assert_null (installed);

  settings = rc_settings_new ();
  g_assert_nonnull (settings);
  g_assert_true (rc_settings_is_in_memory (settings));

  /* Defaults from the schema. */
  last_tab = g_settings_get_string (settings, "last-tab");
  g_assert_cmpstr (last_tab, ==, "compare");
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "follow");
  drugs = g_settings_get_strv (settings, "compare-drugs");
  g_assert_cmpuint (g_strv_length (drugs), ==, 5);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >, 0);

  /* Writable for the session. */
  g_assert_true (g_settings_set_int (settings, "window-width", 777));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 777);
  g_assert_true (g_settings_set_string (settings, "color-scheme", "dark"));

  /* A second call works as well (the compiled copy is rewritten). */
  again = rc_settings_new ();
  g_assert_nonnull (again);
  g_assert_true (rc_settings_is_in_memory (again));
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *runtime_dir = NULL;
  g_autofree char *missing = NULL;
  int              status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  /* Before anything reads settings: no schema directory has ours. */
  tmp_dir = g_dir_make_tmp ("rc-test-settings-XXXXXX", &error);
  g_assert_no_error (error);
  missing = g_build_filename (tmp_dir, "no-schemas", NULL);
  runtime_dir = g_build_filename (tmp_dir, "runtime", NULL);
  g_mkdir (runtime_dir, 0700);
  g_setenv ("GSETTINGS_SCHEMA_DIR", missing, TRUE);
  g_setenv ("XDG_DATA_DIRS", missing, TRUE);
  g_setenv ("XDG_DATA_HOME", missing, TRUE);
  g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);

  g_test_add_func ("/settings/fallback", test_fallback);
  status = g_test_run ();

  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
