/* rc-search-panel.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"
#include "rc-search.h"

G_BEGIN_DECLS

#define RC_TYPE_SEARCH_PANEL (rc_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (RcSearchPanel, rc_search_panel, RC, SEARCH_PANEL, GtkWidget)

/* A search entry over every drug of the knowledge base, and the list of
 * hits below it (drug, section, snippet). Activating a hit (Enter in the
 * entry takes the first) emits "hit-activated" (drug id, section id).
 * Property: "knowledge-base". */
GtkWidget *rc_search_panel_new (void);

RcKnowledgeBase *rc_search_panel_get_knowledge_base (RcSearchPanel *self);
void             rc_search_panel_set_knowledge_base (RcSearchPanel *self, RcKnowledgeBase *kb);

GtkEditable *rc_search_panel_get_entry (RcSearchPanel *self);
GtkListBox  *rc_search_panel_get_results (RcSearchPanel *self);

/* The hits now listed, in list order. */
guint              rc_search_panel_get_n_hits (RcSearchPanel *self);
const RcSearchHit *rc_search_panel_get_hit (RcSearchPanel *self, guint position);

G_END_DECLS
