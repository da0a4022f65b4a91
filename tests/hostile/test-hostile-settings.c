/* test-hostile-settings.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Damaged settings: GSettings' key-file backend (what a session without
 * dconf uses) reading junk, values of the wrong type and values out of any
 * sensible range. The settings object still works, every key reads as a
 * value of its type, and writing works afterwards. No display is needed:
 * rc_settings_new() is plain GIO. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-hostile-util.h"
#include "rc-application.h"
#include "rc-problems-banner.h"
#include "rc-settings.h"
#include "rc-window.h"

static char *config_home;

static char *
keyfile_path (void)
{
  return g_build_filename (config_home, "glib-2.0", "settings", "keyfile", NULL);
}

static void
write_keyfile (const char *contents, gssize len)
{
  g_autofree char *path = keyfile_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

/* Every key reads as a value of its type, and a write goes through. */
static void
assert_settings_work (void)
{
  g_autoptr (GSettings) settings = rc_settings_new ();
  g_auto (GStrv) drugs = NULL;
  g_autofree char *tab = NULL;

  g_assert_nonnull (settings);
  g_assert_false (rc_settings_is_in_memory (settings));
  g_test_message ("window %dx%d, maximized %d", g_settings_get_int (settings, "window-width"),
                  g_settings_get_int (settings, "window-height"),
                  g_settings_get_boolean (settings, "window-maximized"));
  tab = g_settings_get_string (settings, "last-tab");
  drugs = g_settings_get_strv (settings, "compare-drugs");
  g_assert_true (g_utf8_validate (tab, -1, NULL));
  for (guint i = 0; drugs[i] != NULL; i++)
    g_assert_true (g_utf8_validate (drugs[i], -1, NULL));
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), >=, 0);
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), <=, 2);

  g_assert_true (g_settings_set_int (settings, "side-effects-top", 5));
  g_settings_sync ();
  g_assert_cmpint (g_settings_get_int (settings, "side-effects-top"), ==, 5);
}

static void
test_junk_body (void)
{
  static const char junk[] = "\x89PNG\r\n\x1a\n\0\0[io/github\xff]\nwindow-width=";

  write_keyfile (junk, sizeof junk);
  assert_settings_work ();
}

/* Values of the wrong type read as the defaults. */
static void
test_wrong_types_body (void)
{
  g_autoptr (GSettings) settings = NULL;

  write_keyfile ("[io/github/relaxantcompare/RelaxantCompare]\n"
                 "window-width='wide'\n"
                 "window-height=99999999999999999999\n"
                 "window-maximized=3\n"
                 "last-tab=42\n"
                 "compare-drugs='baclofen'\n"
                 "color-scheme='ultraviolet'\n"
                 "side-effects-top=[1, 2]\n",
                 -1);
  settings = rc_settings_new ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 760);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), ==, 0);
  g_clear_object (&settings);
  assert_settings_work ();
}

/* Values of the right type but absurd: the settings layer hands them over
 * as they are (the schema has no ranges), so they are listed here for the
 * window's own tests to clamp. */
static void
test_absurd_values_body (void)
{
  g_autoptr (GSettings) settings = NULL;
  g_auto (GStrv) drugs = NULL;

  write_keyfile ("[io/github/relaxantcompare/RelaxantCompare]\n"
                 "window-width=-2147483648\n"
                 "window-height=2147483647\n"
                 "last-tab='../../etc/passwd'\n"
                 "compare-drugs=['', 'no-such-drug', 'baclofen', 'baclofen']\n"
                 "side-effects-top=-1\n",
                 -1);
  settings = rc_settings_new ();
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, G_MININT32);
  drugs = g_settings_get_strv (settings, "compare-drugs");
  g_assert_cmpuint (g_strv_length (drugs), ==, 4);
  g_clear_object (&settings);
  assert_settings_work ();
}

static const char damaged[] = "[io/github/relaxantcompare/RelaxantCompare]\nwindow-width=1200\n"
                              "\xff\xfe not a key file \x01\n[unclosed";

/* The file name the damaged key file was moved to, or NULL. */
static char *
find_set_aside (void)
{
  g_autofree char *path = keyfile_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "keyfile.corrupt-"))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

/* A key file GLib cannot parse is moved aside, intact, with a message that
 * says where; the settings then work and save to a fresh file. */
static void
test_damaged_set_aside_body (void)
{
  g_autofree char *path = keyfile_path ();
  g_autofree char *aside = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *message = NULL;
  g_autofree char *again = NULL;
  gsize            len = 0;
  g_autoptr (GSettings) settings = NULL;

  write_keyfile (damaged, sizeof damaged - 1);
  settings = rc_settings_new ();
  message = rc_settings_set_aside_damaged (settings);
  g_test_message ("%s", message);
  g_assert_nonnull (message);

  aside = find_set_aside ();
  g_assert_nonnull (aside);
  g_assert_nonnull (strstr (message, aside));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (aside, &kept, &len, NULL));
  g_assert_cmpmem (kept, len, damaged, sizeof damaged - 1);

  assert_settings_work ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The new file is sound: nothing more to set aside. */
  again = rc_settings_set_aside_damaged (settings);
  g_assert_null (again);
}

/* A file that parses, with whatever values, is left where it is. */
static void
test_sound_file_stays_body (void)
{
  g_autofree char *path = keyfile_path ();
  g_autoptr (GSettings) settings = NULL;
  g_autofree char *message = NULL;
  g_autofree char *aside = NULL;

  write_keyfile ("[io/github/relaxantcompare/RelaxantCompare]\nwindow-width='wide'\n", -1);
  settings = rc_settings_new ();
  message = rc_settings_set_aside_damaged (settings);
  g_assert_null (message);
  aside = find_set_aside ();
  g_assert_null (aside);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
check_window_cb (GApplication *app, gboolean *checked)
{
  GtkWindow        *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  RcProblemsBanner *banner;

  g_assert_true (RC_IS_WINDOW (window));
  banner = rc_window_get_problems_banner (RC_WINDOW (window));
  g_test_message ("banner: %s", rc_problems_banner_get_summary (banner));
  g_assert_nonnull (strstr (rc_problems_banner_get_summary (banner), "damaged file was kept"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  *checked = TRUE;
  gtk_window_close (window);
}

/* The person at the window hears of it: the application starts, with the
 * message in the banner at the top. */
static void
test_window_reports_body (void)
{
  g_autoptr (RcApplication) app = rc_application_new ();
  char    *args[] = { (char *) "relaxant-compare", NULL };
  gboolean checked = FALSE;

  write_keyfile (damaged, sizeof damaged - 1);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (check_window_cb), &checked);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, args), ==, 0);
  g_assert_true (checked);
}

/* Each case in a fresh process: GIO creates the key-file backend once per
 * process and reads the file then. */
static void
run_in_subprocess (void (*body) (void))
{
  if (g_test_subprocess ())
    {
      body ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_junk (void)
{
  run_in_subprocess (test_junk_body);
}

static void
test_wrong_types (void)
{
  run_in_subprocess (test_wrong_types_body);
}

static void
test_absurd_values (void)
{
  run_in_subprocess (test_absurd_values_body);
}

static void
test_damaged_set_aside (void)
{
  run_in_subprocess (test_damaged_set_aside_body);
}

static void
test_sound_file_stays (void)
{
  run_in_subprocess (test_sound_file_stays_body);
}

static void
test_window_reports (void)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display");
      return;
    }
  run_in_subprocess (test_window_reports_body);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Before GIO picks its backend and GLib caches the directories. */
  config_home = g_dir_make_tmp ("rc-hostile-settings-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/settings/junk", test_junk);
  g_test_add_func ("/hostile/settings/wrong-types", test_wrong_types);
  g_test_add_func ("/hostile/settings/absurd-values", test_absurd_values);
  g_test_add_func ("/hostile/settings/damaged-set-aside", test_damaged_set_aside);
  g_test_add_func ("/hostile/settings/sound-file-stays", test_sound_file_stays);
  g_test_add_func ("/hostile/settings/window-reports", test_window_reports);
  status = g_test_run ();

  hostile_remove_dir (config_home);
  g_free (config_home);
  return status;
}
