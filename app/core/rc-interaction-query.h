/* rc-interaction-query.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* One interaction of one relaxant that matches the agents a person picked
 * in the interaction explorer. */
typedef struct
{
  RcDrug              *drug;              /* owned reference */
  guint                drug_index;        /* position in rc_knowledge_base_get_drugs() */
  const RcInteraction *interaction;       /* borrowed from drug */
  guint                interaction_index; /* position in rc_drug_get_interactions() */
  char               **selected;          /* the picked agent ids it matched, in pick order */
  gboolean             direct;            /* it names a picked agent itself, not only a class */
} RcInteractionMatch;

void rc_interaction_match_free (RcInteractionMatch *match);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcInteractionMatch, rc_interaction_match_free)

/* The agent ids an interaction may name for it to concern agent_id: the
 * agent itself, every class it belongs to (member-of, transitively) and
 * every agent that belongs to it (transitively). Sorted; an id missing
 * from the vocabulary expands to itself. Free with g_strfreev(). */
char **rc_interaction_query_expand (RcKnowledgeBase *kb,
                                    const char      *agent_id) G_GNUC_WARN_UNUSED_RESULT;

/* TRUE when interaction names one of the ids of expanded (from
 * rc_interaction_query_expand()). */
gboolean rc_interaction_query_matches (const RcInteraction *interaction,
                                       const char *const   *expanded);

/* Every interaction of every loaded drug that concerns at least one of
 * agent_ids (NULL-terminated), worst severity first (contraindicated,
 * avoid, caution, monitor), then in drug order, then interactions that
 * name a picked agent before those that only name its class, then in the
 * drug file's order. A picked agent that is itself a loaded drug does not
 * match that drug's own interactions. Returns a new array of
 * RcInteractionMatch*. */
GPtrArray *rc_interaction_query (RcKnowledgeBase   *kb,
                                 const char *const *agent_ids) G_GNUC_WARN_UNUSED_RESULT;

/* The worst severity among the matches of one drug; FALSE when the drug
 * has none. */
gboolean
rc_interaction_query_worst_for_drug (GPtrArray *matches, RcDrug *drug, RcSeverity *severity);

G_END_DECLS
