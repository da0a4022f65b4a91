/* rc-leitner.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-quiz.h"

G_BEGIN_DECLS

/* Spaced repetition with Leitner boxes. Everything here is a pure function
 * of its arguments: "now" is passed in (seconds since the Unix epoch, as
 * g_get_real_time () / G_USEC_PER_SEC or g_date_time_to_unix ()), so tests
 * and the UI decide what time it is. */

#define RC_LEITNER_N_BOXES 5

/* The scheduling state of one card. A card that was never answered has no
 * state: it counts as box 1, due now, with no misses. */
typedef struct
{
  guint  box;   /* 1 … RC_LEITNER_N_BOXES */
  gint64 due;   /* when it is next due */
  guint  right; /* answers so far */
  guint  wrong;
  gint64 last; /* when it was last answered; 0 if never */
} RcCardState;

/* Days to wait before a card in box is due again: 0, 1, 3, 7, 14. */
guint rc_leitner_interval_days (guint box);

/* A new card: box 1, due at now, no answers. */
void rc_leitner_state_init (RcCardState *state, gint64 now);

/* Records an answer at now: right moves the card up one box (at most the
 * last), wrong sends it back to box 1; due becomes now plus the box's
 * interval. */
void rc_leitner_answer (RcCardState *state, gboolean correct, gint64 now);

/* Whether a card (NULL = never answered) is due at now. */
gboolean rc_leitner_is_due (const RcCardState *state, gint64 now);

/* The due cards among questions (of RcQuestion*), weakest first: lowest
 * box, then most overdue, then most misses, then the order of questions.
 * states maps card ids to RcCardState* (may be NULL: every card is new).
 * At most max_cards (0 = no limit). Returns a new array of references. */
GPtrArray *rc_leitner_next_cards (GPtrArray  *questions,
                                  GHashTable *states,
                                  gint64      now,
                                  guint       max_cards) G_GNUC_WARN_UNUSED_RESULT;

/* How many of questions are due at now. */
guint rc_leitner_count_due (GPtrArray *questions, GHashTable *states, gint64 now);

/* The summary of one study session: score and right/wrong per topic. */
typedef struct _RcStudySummary RcStudySummary;

RcStudySummary *rc_study_summary_new (void);
void            rc_study_summary_free (RcStudySummary *summary);
void  rc_study_summary_add (RcStudySummary *summary, const char *topic_id, gboolean correct);
guint rc_study_summary_get_n_answered (RcStudySummary *summary);
guint rc_study_summary_get_n_right (RcStudySummary *summary);
/* FALSE when no question of the topic was answered. */
gboolean rc_study_summary_get_topic (RcStudySummary *summary,
                                     const char     *topic_id,
                                     guint          *right,
                                     guint          *wrong);
/* The topics answered in this session, in the order of rc_quiz_get_topics()
 * (unknown topics last, in first-answered order). Free with g_strfreev(). */
char **rc_study_summary_get_topics (RcStudySummary *summary) G_GNUC_WARN_UNUSED_RESULT;
/* The topics with at least one wrong answer, weakest first: lowest share
 * right, then most wrong, then topic order. Free with g_strfreev(). */
char **rc_study_summary_get_weakest_topics (RcStudySummary *summary) G_GNUC_WARN_UNUSED_RESULT;
/* "7 of 10 correct" (translated, plural-aware). */
char *rc_study_summary_format_score (RcStudySummary *summary) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcStudySummary, rc_study_summary_free)

G_END_DECLS
