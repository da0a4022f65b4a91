/* rc-study-view.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"
#include "rc-question-card.h"
#include "rc-study-progress.h"

G_BEGIN_DECLS

#define RC_TYPE_STUDY_VIEW (rc_study_view_get_type ())

G_DECLARE_FINAL_TYPE (RcStudyView, rc_study_view, RC, STUDY_VIEW, GtkWidget)

/* The Study tab: cards generated from the knowledge base, due cards first
 * (weakest first, rc-leitner), as multiple choice or flashcards, filtered
 * by drug and topic; progress saved after every answer; a session summary
 * (score, weakest topics) when the due cards run out or on "End Session".
 *
 * Properties: "knowledge-base" (RcKnowledgeBase*), "progress-path"
 * (construct-only; NULL for $XDG_DATA_HOME/relaxant-compare/progress.ini),
 * "mode" (RcStudyMode), "drug-filter" and "topic-filter" (ids, NULL for
 * all).
 * Actions (prefix "study."): end-session, new-session, practise-all,
 * reset (asks first), dismiss-message.
 * Signal "navigate" (drug id, section id) -> gboolean: "Go to <section> of
 * <drug>" was chosen. Return TRUE when handled; otherwise the view
 * activates "win.show-section" with a (ss) parameter, if there is one.
 * gtk_widget_grab_focus() on the view focuses the question, so the answer
 * keys work at once: call it when the Study tab is shown. */
GtkWidget *rc_study_view_new (void);

RcKnowledgeBase *rc_study_view_get_knowledge_base (RcStudyView *self);
void             rc_study_view_set_knowledge_base (RcStudyView *self, RcKnowledgeBase *kb);
const char      *rc_study_view_get_progress_path (RcStudyView *self);
RcStudyMode      rc_study_view_get_mode (RcStudyView *self);
void             rc_study_view_set_mode (RcStudyView *self, RcStudyMode mode);
const char      *rc_study_view_get_drug_filter (RcStudyView *self);
void             rc_study_view_set_drug_filter (RcStudyView *self, const char *drug_id);
const char      *rc_study_view_get_topic_filter (RcStudyView *self);
void             rc_study_view_set_topic_filter (RcStudyView *self, const char *topic_id);

/* The progress record (loaded with the knowledge base), or NULL. */
RcStudyProgress *rc_study_view_get_progress (RcStudyView *self);

/* The card on show and the cards of this session still to come, the
 * current one first (of RcQuestion*; owned by the view). */
RcQuestion *rc_study_view_get_current_question (RcStudyView *self);
GPtrArray  *rc_study_view_get_remaining (RcStudyView *self);

/* The message shown above the cards (a progress file set aside, a save
 * that failed), or NULL. */
const char *rc_study_view_get_message (RcStudyView *self);

/* "card", "summary" or "empty". */
const char *rc_study_view_get_page (RcStudyView *self);

G_END_DECLS
