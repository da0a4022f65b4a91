/* rc-slide-cell.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_SLIDE_CELL (rc_slide_cell_get_type ())

G_DECLARE_FINAL_TYPE (RcSlideCell, rc_slide_cell, RC, SLIDE_CELL, GtkWidget)

/* One value of a table slide. It shows the value (with the numbers of its
 * sources), a neutral placeholder while it is "covered" (reveal mode: a
 * click uncovers it), or "?" while its drug is "quizzed". All three keep
 * the size of the value, so uncovering never moves the table.
 * text: the value; sources: the source numbers ("1, 2") or NULL; what: the
 * drug and row, which a covered cell gives as its accessible name; differs:
 * the drugs disagree on this row (emphasised while the value shows).
 * Properties: "covered", "quizzed" (booleans; "covered" is notified when a
 * click uncovers the cell). */
GtkWidget *
rc_slide_cell_new (const char *text, const char *sources, const char *what, gboolean differs);

gboolean rc_slide_cell_get_covered (RcSlideCell *self);
void     rc_slide_cell_set_covered (RcSlideCell *self, gboolean covered);
gboolean rc_slide_cell_get_quizzed (RcSlideCell *self);
void     rc_slide_cell_set_quizzed (RcSlideCell *self, gboolean quizzed);

/* The value as shown when uncovered (for tests and the table's a11y). */
const char *rc_slide_cell_get_text (RcSlideCell *self);

/* Shrinks (or grows) the cell's text relative to its CSS font, for a slide
 * that has to fit the screen. */
void rc_slide_cell_set_font_scale (RcSlideCell *self, double scale);

G_END_DECLS
