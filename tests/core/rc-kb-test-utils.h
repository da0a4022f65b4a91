/* rc-kb-test-utils.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* The text of tests/core/data/minimal.xml, a small valid drug document. */
char *kb_test_fixture (void);

/* text with the only occurrence of from replaced by to; fails the test when
 * from does not occur exactly once. */
char *kb_test_variant (const char *text, const char *from, const char *to);

/* The 1-based line of the first occurrence of needle in text. */
int kb_test_line_of (const char *text, const char *needle);

/* A fresh temporary directory, and its recursive removal. */
char *kb_test_make_dir (void);
void  kb_test_remove_dir (const char *path);

/* Writes len bytes (or a NUL-terminated string when len < 0) to dir/name
 * and returns the path. */
char *kb_test_write (const char *dir, const char *name, const char *contents, gssize len);

/* Loads one file into a new knowledge base (built-in vocabularies only)
 * and returns the knowledge base. */
RcKnowledgeBase *kb_test_load_file (const char *path);

/* Asserts that kb recorded exactly one problem, an error, and returns it. */
const RcKbProblem *kb_test_single_error (RcKnowledgeBase *kb);

/* Asserts a problem's file, line and that its message contains fragment. */
void kb_test_assert_problem (const RcKbProblem *problem,
                             const char        *file,
                             int                line,
                             const char        *fragment);

/* Installs the catalog built as tests/core/<mo_name> under a new temporary
 * locale directory as de/LC_MESSAGES/GETTEXT_PACKAGE.mo and binds the text
 * domain to it. Call with LANGUAGE=de set before setlocale(). Returns the
 * directory, for kb_test_remove_dir(). */
char *kb_test_install_catalog (const char *mo_name);

G_END_DECLS
