/* test-no-display.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The real executable (its path is the first argument) answers
 * command-line commands with no display at all: GTK is never started. */

#include "config.h"

#include <gio/gio.h>
#include <locale.h>
#include <string.h>

static char *app_binary;

static void
run_without_display (const char *const *args, int *status, char **out, char **err)
{
  g_autoptr (GSubprocessLauncher) launcher = NULL;
  g_autoptr (GSubprocess) proc = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, app_binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "BROADWAY_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "x11,wayland", TRUE);

  proc = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  *status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", *status, *out, *err);
}

static void
test_list (void)
{
  const char *const args[] = { "--list", NULL };
  g_autofree char  *out = NULL;
  g_autofree char  *err = NULL;
  int               status;

  run_without_display (args, &status, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (out, "baclofen\t"));
  g_assert_nonnull (strstr (out, "\ncarisoprodol\t"));
  g_assert_null (strstr (err, "display"));
}

static void
test_version (void)
{
  const char *const args[] = { "--version", NULL };
  g_autofree char  *out = NULL;
  g_autofree char  *err = NULL;
  int               status;

  run_without_display (args, &status, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "relaxant-compare " PACKAGE_VERSION "\n");
  g_assert_cmpstr (err, ==, "");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-relaxant-compare\n", argv[0]);
      return 2;
    }
  app_binary = argv[1];

  g_test_add_func ("/no-display/list", test_list);
  g_test_add_func ("/no-display/version", test_version);
  return g_test_run ();
}
