/* rc-move-aside.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Renames the damaged file at path to PATH.corrupt-DATE-TIME (or
 * PATH.corrupt-DATE-TIME-N when that name is taken), never replacing a file
 * that is there, so that it can be recovered. Returns the new path, or NULL
 * with error set. */
char *rc_move_aside (const char *path, GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
