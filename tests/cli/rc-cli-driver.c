/* rc-cli-driver.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A plain GApplication (no GTK) with the application's command-line options,
 * so the CLI tests run the real option handling without a display. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-cli.h"

static int
handle_local_options_cb (GApplication *app, GVariantDict *options, gpointer user_data)
{
  g_auto (GStrv) kb_dirs = NULL;
  int status = rc_cli_handle_local_options (options, &kb_dirs);

  /* No command: the real application would open its window here. */
  if (status < 0)
    {
      g_printerr ("rc-cli-driver: no command (the GUI would start)\n");
      return 3;
    }
  return status;
}

int
main (int argc, char *argv[])
{
  g_autoptr (GApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = g_application_new ("io.github.relaxantcompare.RelaxantCompare.CliDriver",
                           G_APPLICATION_NON_UNIQUE);
  rc_cli_add_main_option_entries (app);
  g_signal_connect (app, "handle-local-options", G_CALLBACK (handle_local_options_cb), NULL);
  return g_application_run (app, argc, argv);
}
