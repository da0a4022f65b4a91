/* rc-compare-table.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-comparison.h"

G_BEGIN_DECLS

#define RC_TYPE_COMPARE_TABLE (rc_compare_table_get_type ())

G_DECLARE_FINAL_TYPE (RcCompareTable, rc_compare_table, RC, COMPARE_TABLE, GtkWidget)

/* The side-by-side table of an RcComparison: a header row of drug names that
 * stays in view while the body scrolls, section rows, one column per drug,
 * differing cells marked (CSS class "rc-differs" and an accessible
 * description). Every cell widget carries its row key as object data
 * "rc-row-key" and its column as "rc-column" (0 = the label column).
 * Properties: "comparison" (RcComparison*), "only-differences", and
 * "complete" (read-only): the first rows are built at once and the rest
 * from the main loop, and "complete" turns TRUE when every row is there. */
GtkWidget *rc_compare_table_new (void);

RcComparison *rc_compare_table_get_comparison (RcCompareTable *self);
void          rc_compare_table_set_comparison (RcCompareTable *self, RcComparison *comparison);
gboolean      rc_compare_table_get_only_differences (RcCompareTable *self);
void     rc_compare_table_set_only_differences (RcCompareTable *self, gboolean only_differences);
gboolean rc_compare_table_get_complete (RcCompareTable *self);
/* Builds the rows still to come now, for code that needs every one. */
void rc_compare_table_ensure_complete (RcCompareTable *self);

G_END_DECLS
