/* fuzz-kb-load.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer harness: loading one knowledge-base document through the whole loader.
 * The body is rc_fuzz_kb_load_one() in rc-fuzz-targets.c, which the
 * hostile-input tests replay in every build. */

#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "rc-fuzz-targets.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  rc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  rc_fuzz_kb_load_one (data, size);
  return 0;
}
