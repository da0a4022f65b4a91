/* rc-quiz.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* Template ids: the first part of a card id. */
#define RC_QUIZ_TEMPLATE_SCHEDULE "schedule"
#define RC_QUIZ_TEMPLATE_MAX_DAILY "max-daily"
#define RC_QUIZ_TEMPLATE_DURATION_LIMIT "duration-limit"
#define RC_QUIZ_TEMPLATE_HALF_LIFE "half-life"
#define RC_QUIZ_TEMPLATE_ENZYME "enzyme"
#define RC_QUIZ_TEMPLATE_TOP_ADVERSE_EFFECT "top-adverse-effect"
#define RC_QUIZ_TEMPLATE_BOXED_WARNING "boxed-warning"
#define RC_QUIZ_TEMPLATE_CONTRAINDICATED "contraindicated"
#define RC_QUIZ_TEMPLATE_BEERS "beers"
#define RC_QUIZ_TEMPLATE_MYTH "myth"

/* Topic ids, for filtering and for the session summary. */
#define RC_QUIZ_TOPIC_SCHEDULE "schedule"
#define RC_QUIZ_TOPIC_DOSING "dosing"
#define RC_QUIZ_TOPIC_PHARMACOKINETICS "pharmacokinetics"
#define RC_QUIZ_TOPIC_ADVERSE_EFFECTS "adverse-effects"
#define RC_QUIZ_TOPIC_SAFETY "safety"
#define RC_QUIZ_TOPIC_INTERACTIONS "interactions"
#define RC_QUIZ_TOPIC_POPULATIONS "populations"
#define RC_QUIZ_TOPIC_MYTHS "myths"

typedef enum
{
  RC_QUESTION_CHOICE,     /* 2–4 options, one correct */
  RC_QUESTION_TRUE_FALSE, /* options "True", "False" */
} RcQuestionKind;

/* One generated flash card. Immutable and reference counted; every text is
 * translated. The card id ("template:drug" or "template:drug:field") only
 * depends on what the question is about, so progress saved under it
 * survives regeneration with another seed or another language. */
typedef struct
{
  char          *card_id;
  char          *template_id;
  char          *drug_id;
  char          *field;      /* regimen, trial, agent or myth key; NULL if none */
  char          *topic_id;   /* RC_QUIZ_TOPIC_* */
  char          *section_id; /* RC_SECTION_* of the drug page it comes from */
  RcQuestionKind kind;
  char          *prompt;
  char         **options; /* NULL-terminated, n_options entries, distinct */
  guint          n_options;
  guint          correct; /* index into options */
  char          *explanation;
  char         **sources; /* source ids of the fact, NULL-terminated */
} RcQuestion;

#define RC_TYPE_QUESTION (rc_question_get_type ())

GType       rc_question_get_type (void) G_GNUC_CONST;
RcQuestion *rc_question_ref (RcQuestion *question);
void        rc_question_unref (RcQuestion *question);
gboolean    rc_question_is_correct (const RcQuestion *question, guint option);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcQuestion, rc_question_unref)

/* Every card the knowledge base supports, for every loaded drug. A fact
 * that is not reported or marked unverified never makes a question, an
 * answer or a distractor. The same seed gives the same cards in the same
 * order with the same option order. Returns a new array of RcQuestion*. */
GPtrArray *rc_quiz_generate_all (RcKnowledgeBase *kb, guint32 seed) G_GNUC_WARN_UNUSED_RESULT;

/* The questions of questions (of RcQuestion*) about drug_id and in topic_id;
 * NULL matches any. Returns a new array holding references, same order. */
GPtrArray *rc_quiz_filter (GPtrArray  *questions,
                           const char *drug_id,
                           const char *topic_id) G_GNUC_WARN_UNUSED_RESULT;

RcQuestion *rc_quiz_lookup (GPtrArray *questions, const char *card_id);

/* The topic ids in display order (NULL-terminated), and a topic's
 * translated label (NULL for an unknown id). */
const char *const *rc_quiz_get_topics (void);
const char        *rc_quiz_topic_get_label (const char *topic_id);

/* The template ids (NULL-terminated). */
const char *const *rc_quiz_get_templates (void);

G_END_DECLS
