/* rc-hostile-util.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* A path under the source tree (RC_SOURCE_DIR, set by the test
 * environment). */
char *hostile_source_path (const char *first, ...) G_GNUC_NULL_TERMINATED;

/* The bytes of a file of the source tree; fails the test when missing. */
GBytes *hostile_source_bytes (const char *first, ...) G_GNUC_NULL_TERMINATED;

/* A fresh temporary directory, and its recursive removal (links are
 * removed, never followed; a mount point left behind is unmounted). */
char *hostile_make_dir (void);
void  hostile_remove_dir (const char *path);

/* Writes len bytes (len < 0: a NUL-terminated string) to dir/name and
 * returns the path. */
char *hostile_write (const char *dir, const char *name, const void *data, gssize len);

/* A sparse file of size bytes at dir/name (nothing is written to disk). */
char *hostile_write_sparse (const char *dir, const char *name, goffset size);

/* A new knowledge base with the built-in vocabularies and path loaded. */
RcKnowledgeBase *hostile_load_file (const char *path, gboolean *loaded);

/* Loads bytes under name into a new knowledge base. */
RcKnowledgeBase *hostile_load_bytes (const char *data, gsize len, gboolean *loaded);

/* Asserts that kb has exactly one error (notices aside), with the given
 * code (HOSTILE_ANY_CODE for any) and a message containing fragment, and
 * returns it. */
#define HOSTILE_ANY_CODE ((RcKbError) -1)

const RcKbProblem *
hostile_assert_single_error (RcKnowledgeBase *kb, RcKbError code, const char *fragment);

/* The error problems of kb whose file is file. */
guint hostile_count_errors_for (RcKnowledgeBase *kb, const char *file);

/* Whether any problem message of kb contains needle. */
gboolean hostile_problems_contain (RcKnowledgeBase *kb, const char *needle);

/* Mounts a tmpfs of size bytes on dir, read-only when asked. FALSE (and the
 * reason in *why) when this process may not mount: not root, or no
 * CAP_SYS_ADMIN in a container. */
gboolean hostile_mount_tmpfs (const char *dir, gsize size, gboolean read_only, char **why);
void     hostile_unmount (const char *dir);

/* Fills the file system holding dir until a write fails (disk full). */
void hostile_fill_disk (const char *dir);

/* Every entry name in dir, sorted, joined by spaces ("" when empty). */
char *hostile_list_dir (const char *dir);

/* Makes file permissions bind this thread even when it runs as root, by
 * leaving CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH out of its effective
 * capabilities (they stay permitted); FALSE with why set when that cannot
 * be done. hostile_restore_permissions_bypass() puts them back. */
gboolean hostile_obey_permissions (char **why);
void     hostile_restore_permissions_bypass (void);

G_END_DECLS
