/* rc-bench-kbgen.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* One generated knowledge-base file. */
typedef struct
{
  char   *name; /* file name, e.g. "baclofen-s00042.xml" */
  GBytes *bytes;
} RcBenchKbFile;

void rc_bench_kb_file_free (RcBenchKbFile *file);

/* A synthetic knowledge base of n_drugs drug files with the real schema's
 * richness: the five shipped drug files (from the built-in resource),
 * cloned in turn with every element kept; only the drug's id and its name
 * change, so that every clone is a distinct, valid drug. Returns a
 * GPtrArray of RcBenchKbFile*. */
GPtrArray *rc_bench_kbgen_generate (guint n_drugs, GError **error);

/* Writes the files into dir (which must exist). */
gboolean rc_bench_kbgen_write (GPtrArray *files, const char *dir, GError **error);

/* Removes the files and then dir itself. */
void rc_bench_kbgen_remove (GPtrArray *files, const char *dir);

G_END_DECLS
