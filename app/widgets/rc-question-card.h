/* rc-question-card.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"
#include "rc-quiz.h"

G_BEGIN_DECLS

/* How a card is asked: pick one of the options, or recall the answer,
 * turn the card and say whether you knew it. */
typedef enum
{
  RC_STUDY_MODE_CHOICE,
  RC_STUDY_MODE_FLASHCARD,
} RcStudyMode;

#define RC_TYPE_STUDY_MODE (rc_study_mode_get_type ())
GType rc_study_mode_get_type (void) G_GNUC_CONST;

#define RC_TYPE_QUESTION_CARD (rc_question_card_get_type ())

G_DECLARE_FINAL_TYPE (RcQuestionCard, rc_question_card, RC, QUESTION_CARD, GtkWidget)

/* One study card. Multiple choice: 1–4 choose an option, Enter (or Enter
 * on a focused option) checks it, Enter again continues. Flashcard: Space
 * turns the card, then K or Right "Knew it", D or Left "Didn't know".
 * After an answer it shows right or wrong (icon and words), the correct
 * answer, the explanation with its source marker and a "Go to <section> of
 * <drug>" button.
 *
 * Actions (prefix "card."): choose (i, 0-based), confirm, flip, knew,
 * didnt-know, continue, go-to-section.
 * Signals: "answered" (gboolean correct) once per card; "continue" when the
 * person asks for the next card; "navigate" (drug id, section id).
 * Properties: "knowledge-base", "question" (RcQuestion, boxed), "mode"
 * (RcStudyMode), "selected" (int, -1 for none, read-only), "answered"
 * (boolean, read-only), "flipped" (boolean, read-only). */
GtkWidget *rc_question_card_new (void);

RcKnowledgeBase *rc_question_card_get_knowledge_base (RcQuestionCard *self);
void             rc_question_card_set_knowledge_base (RcQuestionCard *self, RcKnowledgeBase *kb);
RcQuestion      *rc_question_card_get_question (RcQuestionCard *self);
void             rc_question_card_set_question (RcQuestionCard *self, RcQuestion *question);
RcStudyMode      rc_question_card_get_mode (RcQuestionCard *self);
void             rc_question_card_set_mode (RcQuestionCard *self, RcStudyMode mode);
int              rc_question_card_get_selected (RcQuestionCard *self);
gboolean         rc_question_card_get_answered (RcQuestionCard *self);
gboolean         rc_question_card_get_flipped (RcQuestionCard *self);

/* Moves the keyboard focus to the card's question; FALSE without one. */
gboolean rc_question_card_focus_prompt (RcQuestionCard *self);

G_END_DECLS
