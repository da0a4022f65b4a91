/* rc-quiz-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-quiz.h"

G_BEGIN_DECLS

/* The state of one rc_quiz_generate_all() run. */
typedef struct
{
  RcKnowledgeBase *kb;
  guint32          seed;
  GPtrArray       *drugs; /* of RcDrug, owned references, load order */
  GPtrArray       *out;   /* of RcQuestion* */
} RcQuizGen;

/* What a card is about: its id is template:drug[:field]. */
typedef struct
{
  const char *template_id;
  const char *topic_id;
  const char *section_id;
  RcDrug     *drug;
  const char *field; /* or NULL */
} RcQuizCard;

/* Adds a multiple-choice question: answer plus up to three distractors,
 * taken at random from preferred first and then from fallback (both of
 * char*, may be NULL). Candidates equal to the answer or to an earlier
 * option are skipped; with no distractor left nothing is added. Takes
 * prompt and explanation. */
void _rc_quiz_emit_choice (RcQuizGen         *gen,
                           const RcQuizCard  *card,
                           char              *prompt,
                           const char        *answer,
                           GPtrArray         *preferred,
                           GPtrArray         *fallback,
                           char              *explanation,
                           const char *const *sources);

/* Adds a true/false question whose answer is "False". */
void _rc_quiz_emit_false_claim (RcQuizGen         *gen,
                                const RcQuizCard  *card,
                                char              *prompt,
                                char              *explanation,
                                const char *const *sources);

/* A cited fact, number or record may be used only when it is reported and
 * not marked unverified. */
gboolean _rc_quiz_quantity_usable (const RcQuantity *q);
gboolean _rc_quiz_fact_usable (const RcFact *fact);

/* Appends note as a second sentence: "text note" (translatable spacing). */
char *_rc_quiz_with_note (char *text, const char *note);

/* The templates: each adds the cards it can make about drug. */
void _rc_quiz_add_schedule (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_max_daily (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_duration_limit (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_half_life (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_enzyme (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_top_adverse_effect (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_boxed_warning (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_contraindicated (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_beers (RcQuizGen *gen, RcDrug *drug);
void _rc_quiz_add_myths (RcQuizGen *gen, RcDrug *drug);

G_END_DECLS
