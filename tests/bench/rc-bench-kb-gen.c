/* rc-bench-kb-gen.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a synthetic knowledge base of N drug files into DIR, for trying
 * the application with a large overlay (relaxant-compare --kb-dir DIR):
 *   rc-bench-kb-gen N DIR */

#include "config.h"

#include <glib/gstdio.h>

#include "rc-bench-kbgen.h"

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) files = NULL;
  g_autoptr (GError) error = NULL;
  guint64 n;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[1], 10, 1, 100000, &n, NULL))
    {
      g_printerr ("Usage: %s N DIR (1 ≤ N ≤ 100000)\n", argv[0]);
      return 2;
    }
  if (g_mkdir_with_parents (argv[2], 0755) != 0)
    {
      g_printerr ("%s: cannot create the folder\n", argv[2]);
      return 1;
    }
  files = rc_bench_kbgen_generate ((guint) n, &error);
  if (files == NULL || !rc_bench_kbgen_write (files, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%u drug files in %s\n", files->len, argv[2]);
  return 0;
}
