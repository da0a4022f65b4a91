/* rc-handout-export.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-handout.h"

G_BEGIN_DECLS

/* The handout as a PDF document with pages of the given size (points),
 * its title and subject in the document's metadata and its fonts embedded. */
GBytes *rc_handout_export_to_bytes (RcHandout *handout,
                                    double     page_width,
                                    double     page_height,
                                    GError   **error) G_GNUC_WARN_UNUSED_RESULT;

/* Writes the PDF atomically: the bytes go to a temporary file next to the
 * target, which then replaces it; on any error the target is left as it
 * was and nothing else is left behind. The error says what was wrong in
 * plain words (a missing or read-only folder, a folder in the way). */
gboolean rc_handout_export_to_file (
    RcHandout *handout, double page_width, double page_height, GFile *file, GError **error);

G_END_DECLS
