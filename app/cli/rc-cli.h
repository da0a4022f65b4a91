/* rc-cli.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Registers the command-line options (--list, --validate, --export-table,
 * --drugs, --format, --kb-dir, --export-chart, --output, --size, --scale,
 * --theme, --export-handout, --paper, --version) as GApplication main
 * option entries. "--export-handout FILE.pdf [--drugs ID,…] [--paper
 * a4|letter]" writes the printable handout; a bad paper size, an unknown
 * drug or a name not ending in .pdf is a usage error (2), an unwritable
 * path a failure (1), and nothing is written on any error. */
void rc_cli_add_main_option_entries (GApplication *app);

/* Runs a command-line command if one was given. Returns -1 when none was
 * (the GUI should start), else the exit status: 0 on success, non-zero with
 * a message on stderr. kb_dirs_out receives the --kb-dir directories
 * (NULL-terminated, or NULL), for the GUI to load as well. */
int rc_cli_handle_local_options (GVariantDict *options, char ***kb_dirs_out);

G_END_DECLS
