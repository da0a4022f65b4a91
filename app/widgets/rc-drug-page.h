/* rc-drug-page.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_DRUG_PAGE (rc_drug_page_get_type ())

G_DECLARE_FINAL_TYPE (RcDrugPage, rc_drug_page, RC, DRUG_PAGE, GtkWidget)

/* One drug's monograph, in the RC_SECTION_* order, in one scroll.
 * Properties: "drug-id" (string) and "knowledge-base" (RcKnowledgeBase*);
 * the page (re)builds itself whenever both are set. */
GtkWidget *rc_drug_page_new (void);

const char      *rc_drug_page_get_drug_id (RcDrugPage *self);
void             rc_drug_page_set_drug_id (RcDrugPage *self, const char *drug_id);
RcKnowledgeBase *rc_drug_page_get_knowledge_base (RcDrugPage *self);
void             rc_drug_page_set_knowledge_base (RcDrugPage *self, RcKnowledgeBase *kb);

/* Scrolls to a section (an RC_SECTION_* id) and moves keyboard focus to its
 * heading. Returns FALSE for an unknown id. */
gboolean rc_drug_page_show_section (RcDrugPage *self, const char *section_id);

/* The page builds its content when first shown (a window has a page per
 * drug, one on screen); this builds it now, e.g. before reading it. */
void rc_drug_page_ensure_built (RcDrugPage *self);

/* The boxes the page's charts sit in: "titration" (end of
 * dosing), "side-effects" (end of adverse effects) and "concentration"
 * (end of pharmacokinetics); the page fills them when it builds. NULL for
 * any other name. */
GtkWidget *rc_drug_page_get_chart_box (RcDrugPage *self, const char *chart);

G_END_DECLS
