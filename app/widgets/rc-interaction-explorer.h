/* rc-interaction-explorer.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_INTERACTION_EXPLORER (rc_interaction_explorer_get_type ())

G_DECLARE_FINAL_TYPE (
    RcInteractionExplorer, rc_interaction_explorer, RC, INTERACTION_EXPLORER, GtkWidget)

/* The interaction explorer: pick co-medications and classes from the agents
 * vocabulary (a searchable list of check boxes) and see, per relaxant, what
 * the knowledge base lists for them, worst first: severity badge, agent,
 * effect, mechanism and sources. A relaxant with nothing listed says so
 * ("No interaction listed in the sources", never "safe"). Teaching content,
 * not a clinical checker, and it says that at the top.
 *
 * Properties: "knowledge-base" (RcKnowledgeBase*), "selected-agents"
 * (GStrv of agent ids, in the order picked).
 * In the filter entry Enter ticks the first agent listed and Escape
 * empties the filter. Action "explorer.clear" unticks everything.
 * Signal "navigate" (drug id, section id) -> gboolean, as RcStudyView's:
 * "Go to Interactions of <drug>"; unhandled, it activates
 * "win.show-section" (ss) if there is one. */
GtkWidget *rc_interaction_explorer_new (void);

RcKnowledgeBase *rc_interaction_explorer_get_knowledge_base (RcInteractionExplorer *self);
void rc_interaction_explorer_set_knowledge_base (RcInteractionExplorer *self, RcKnowledgeBase *kb);
const char *const *rc_interaction_explorer_get_selected_agents (RcInteractionExplorer *self);
void               rc_interaction_explorer_set_selected_agents (RcInteractionExplorer *self,
                                                                const char *const     *agent_ids);

/* The drug ids of the result groups, in the order shown (worst first,
 * drugs with nothing listed last); empty when nothing is picked. Free
 * with g_strfreev(). */
char **rc_interaction_explorer_dup_result_order (RcInteractionExplorer *self);

G_END_DECLS
