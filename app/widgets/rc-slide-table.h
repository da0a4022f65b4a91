/* rc-slide-table.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-comparison.h"
#include "rc-slide-cell.h"

G_BEGIN_DECLS

#define RC_TYPE_SLIDE_TABLE (rc_slide_table_get_type ())

G_DECLARE_FINAL_TYPE (RcSlideTable, rc_slide_table, RC, SLIDE_TABLE, GtkWidget)

/* A slide with one section of the comparison table, or a part of a long
 * one: the title, a header row of drug names and the rows given (indices
 * into the comparison), one column per drug, text wrapped in equal
 * columns. uncovered is the set of cells uncovered in reveal mode (keys
 * from rc_slide_table_dup_cell_key ()), shared by the slides of a
 * presentation so that it survives rebuilding them. */
GtkWidget *rc_slide_table_new (RcComparison *comparison,
                               const char   *title,
                               const guint  *rows,
                               guint         n_rows,
                               GHashTable   *uncovered);

char *rc_slide_table_dup_cell_key (const char *row_key, const char *drug_id);

const char *rc_slide_table_get_title (RcSlideTable *self);
guint       rc_slide_table_get_n_rows (RcSlideTable *self);
/* The comparison row shown as the slide's row i. */
guint        rc_slide_table_get_row (RcSlideTable *self, guint i);
RcSlideCell *rc_slide_table_get_cell (RcSlideTable *self, guint row, guint column);

/* Reveal mode: every cell not in the uncovered set is covered. */
void rc_slide_table_set_reveal (RcSlideTable *self, gboolean reveal);
/* Uncovers the first row that still has covered cells; FALSE when there
 * was none. */
gboolean rc_slide_table_uncover_next_row (RcSlideTable *self);
/* Rows with no covered cell. */
guint rc_slide_table_get_n_uncovered_rows (RcSlideTable *self);

/* Shows "?" in one drug's column (-1: none). The header stays. */
void rc_slide_table_set_quiz_column (RcSlideTable *self, int column);

/* Picks the largest text size, from the CSS size down in steps of a tenth
 * to min_scale times it, at which the slide's natural height for width is
 * at most height; then makes drug names and row labels smaller still (not
 * below min_scale) where a word of theirs would have to break. FALSE when
 * even the smallest size does not fit (it is then kept). */
gboolean rc_slide_table_fit (RcSlideTable *self, int width, int height, double min_scale);
double   rc_slide_table_get_font_scale (RcSlideTable *self);

G_END_DECLS
