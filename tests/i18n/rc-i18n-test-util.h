/* rc-i18n-test-util.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The catalogs the build compiled (<builddir>/po/LANG/LC_MESSAGES), as
 * RC_LOCALEDIR points an uninstalled run at them. */
char *rc_i18n_build_locale_dir (void) G_GNUC_WARN_UNUSED_RESULT;

/* Compiles the glibc locale NAME.UTF-8 ("de_DE") into locpath with
 * localedef, for LOCPATH: the machine need not have it installed. */
gboolean rc_i18n_make_locale (const char *locpath, const char *name, GError **error);

/* Deletes a directory tree the test made. */
void rc_i18n_remove_tree (const char *path);

/* Runs argv with the environment changed by env (NULL-terminated pairs of
 * name and value); stdout and stderr are returned. FALSE when it could not
 * run or exited non-zero. */
gboolean rc_i18n_run (const char *const *argv,
                      const char *const *env,
                      char             **stdout_text,
                      char             **stderr_text,
                      GError           **error);

/* The text with every space separator (no-break, narrow no-break…) as a
 * plain space: typography is the translators' to choose. */
char *rc_i18n_plain_spaces (const char *text) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
