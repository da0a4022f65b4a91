/* rc-study-progress.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-leitner.h"

G_BEGIN_DECLS

#define RC_STUDY_PROGRESS_ERROR (rc_study_progress_error_quark ())

typedef enum
{
  /* The file was not a progress file of this version; it was moved aside
   * (see rc_study_progress_get_moved_aside()) and a fresh record started. */
  RC_STUDY_PROGRESS_ERROR_CORRUPT,
  /* The file could not be read or moved aside; saving is refused so that
   * it is never overwritten. */
  RC_STUDY_PROGRESS_ERROR_BLOCKED,
  /* Writing failed. */
  RC_STUDY_PROGRESS_ERROR_FAILED,
} RcStudyProgressError;

/* The file format: a GKeyFile with a [progress] group (app=relaxant-compare,
 * version=1) and one group per card id with box, due, right, wrong and last
 * (times in ISO 8601, UTC). */
#define RC_STUDY_PROGRESS_VERSION 1

/* Larger files are not progress files: they are moved aside unread. */
#define RC_STUDY_PROGRESS_MAX_SIZE (4 * 1024 * 1024)

#define RC_TYPE_STUDY_PROGRESS (rc_study_progress_get_type ())

G_DECLARE_FINAL_TYPE (RcStudyProgress, rc_study_progress, RC, STUDY_PROGRESS, GObject)

GQuark rc_study_progress_error_quark (void);

/* $XDG_DATA_HOME/relaxant-compare/progress.ini */
char *rc_study_progress_get_default_path (void) G_GNUC_WARN_UNUSED_RESULT;

/* A progress record kept in path (NULL for the default path); empty until
 * loaded. Property "path" (construct-only). */
RcStudyProgress *rc_study_progress_new (const char *path) G_GNUC_WARN_UNUSED_RESULT;
const char      *rc_study_progress_get_path (RcStudyProgress *self);

/* Reads the file. A missing file is an empty record. A file that is not a
 * progress file of this version (not a key file, another application's,
 * another version, values out of range) is renamed to
 * "<path>.corrupt-YYYYMMDD-HHMMSS" — never deleted — and the record starts
 * empty; the GError (RC_STUDY_PROGRESS_ERROR_CORRUPT) has a message for
 * the user naming where it went. Returns FALSE with an error in that case
 * and whenever the record is empty for a reason other than a missing
 * file; the record is usable either way. */
gboolean    rc_study_progress_load (RcStudyProgress *self, GError **error);
const char *rc_study_progress_get_moved_aside (RcStudyProgress *self); /* or NULL */

/* Writes the record atomically (a temporary file renamed over the old
 * one), creating the directory when needed. */
gboolean rc_study_progress_save (RcStudyProgress *self, GError **error);

/* NULL for a card never answered. */
const RcCardState *rc_study_progress_lookup (RcStudyProgress *self, const char *card_id);
void
rc_study_progress_set_state (RcStudyProgress *self, const char *card_id, const RcCardState *state);
/* Applies rc_leitner_answer() to the card's state and returns it. */
const RcCardState *rc_study_progress_record_answer (RcStudyProgress *self,
                                                    const char      *card_id,
                                                    gboolean         correct,
                                                    gint64           now);

/* card id -> RcCardState*, owned by the record (for rc_leitner_*()). */
GHashTable *rc_study_progress_get_states (RcStudyProgress *self);
guint       rc_study_progress_get_n_cards (RcStudyProgress *self);

/* Forgets every card (the UI asks first); save to make it stick. */
void rc_study_progress_reset (RcStudyProgress *self);

G_END_DECLS
