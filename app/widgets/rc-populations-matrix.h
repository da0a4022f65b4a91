/* rc-populations-matrix.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_POPULATIONS_MATRIX (rc_populations_matrix_get_type ())

G_DECLARE_FINAL_TYPE (RcPopulationsMatrix, rc_populations_matrix, RC, POPULATIONS_MATRIX, GtkWidget)

/* Special populations at a glance: one row per group (renal, hepatic, older
 * adults with the 2023 Beers Criteria, pregnancy, lactation, children), one
 * column per loaded drug. Each cell is a button with a badge (colour, icon
 * and words) and the short verdict; its tooltip and, on click or Enter, a
 * popover give the detail and the sources. Cells take the focus (Tab and
 * the arrow keys) and are named "Drug, group: verdict — summary".
 * Property: "knowledge-base" (RcKnowledgeBase*). */
GtkWidget *rc_populations_matrix_new (void);

RcKnowledgeBase *rc_populations_matrix_get_knowledge_base (RcPopulationsMatrix *self);
void rc_populations_matrix_set_knowledge_base (RcPopulationsMatrix *self, RcKnowledgeBase *kb);

/* The cell of a drug and group, or NULL. */
GtkWidget *
rc_populations_matrix_get_cell (RcPopulationsMatrix *self, const char *drug_id, RcPopulation group);

/* The heading of a group's row ("Older adults (Beers 2023)"), translated. */
const char *rc_populations_matrix_get_row_label (RcPopulation group);

G_END_DECLS
