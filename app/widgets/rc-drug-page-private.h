/* rc-drug-page-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-drug-page.h"

G_BEGIN_DECLS

/* Section builders (rc-drug-page-sections.c): each fills an empty vertical
 * box with one section's content. All text comes from the model and from
 * rc-format; nothing is computed here. */
void _rc_drug_page_build_glance (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_indications (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_dosing (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_pharmacokinetics (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_adverse_effects (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_boxed_warning (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_safety (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_interactions (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_populations (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_overdose (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);
void _rc_drug_page_build_myths (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);

/* Shared small pieces (rc-drug-page-sections.c). */
GtkWidget *_rc_drug_page_new_text (const char *text, const char *css_class);
GtkWidget *_rc_drug_page_new_subheading (const char *text);
GtkWidget *_rc_drug_page_new_pill (const char *text, const char *css_class, const char *tooltip);
GtkWidget *_rc_drug_page_new_empty_note (void);
GtkWidget *_rc_drug_page_new_fact (RcDrug *drug, const char *term, const RcFact *fact);
GtkWidget *_rc_drug_page_new_quantity (RcDrug *drug, const char *term, const RcQuantity *q);
char      *_rc_drug_page_term (const char *name);

G_END_DECLS
