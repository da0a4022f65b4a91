/* rc-fuzz-targets.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The bodies of the fuzz harnesses, without libFuzzer: the harnesses in
 * tests/fuzz call them from LLVMFuzzerTestOneInput(), and the hostile-input
 * tests replay the committed corpus and every regression input through the
 * very same code in every build. Each one asserts (g_assert) what must hold
 * for any input, so a broken promise aborts like a crash does. */

/* Once per process, before anything else: makes criticals and warnings
 * fatal, keeps command-line messages off the terminal and prepares a
 * scratch directory (removed at exit). */
void rc_fuzz_init (void);

/* The scratch directory made by rc_fuzz_init(). */
const char *rc_fuzz_get_scratch_dir (void);

/* (1) One knowledge-base document through the whole loader (size and
 * encoding checks, parse, RelaxNG, the rules, the model), the built-in
 * vocabularies loaded; then the model a drug page reads is walked. */
void rc_fuzz_kb_load_one (const guint8 *data, gsize size);

/* (2) The document loaded next to the built-in drugs, then the comparison of
 * every drug and of the document's drug alone, exported as CSV, Markdown,
 * HTML and TSV, each checked for structure (fields per record, cells per
 * row, nothing unescaped). */
void rc_fuzz_table_export_one (const guint8 *data, gsize size);

/* (3) The command line: the input is lines of "option=value" (or "option")
 * turned into the GVariantDict GApplication would hand over, and run through
 * rc_cli_handle_local_options(). Every file the command may read or write
 * is confined to the scratch directory. */
void rc_fuzz_cli_one (const guint8 *data, gsize size);

/* (4) The document loaded next to the built-in drugs, then every chart kind
 * laid out, drawn, summarised and navigated, for the drug alone and beside
 * a built-in one. */
void rc_fuzz_charts_one (const guint8 *data, gsize size);

G_END_DECLS
