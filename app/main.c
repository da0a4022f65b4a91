/* main.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-application.h"

int
main (int argc, char *argv[])
{
  g_autoptr (RcApplication) app = NULL;
  const char *localedir = g_getenv ("RC_LOCALEDIR");

  /* An uninstalled run (build-aux/run.sh) points RC_LOCALEDIR at the
   * catalogs of the build tree. */
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_ ("Relaxant Compare"));

  app = rc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
