/* rc-compare-view.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-chart.h"
#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_COMPARE_VIEW (rc_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (RcCompareView, rc_compare_view, RC, COMPARE_VIEW, GtkWidget)

/* The Compare tab: toggle buttons to choose drugs, the side-by-side table of
 * the chosen ones (in the chosen order), an "Only differences" switch and
 * copying the table. Installs the action "compare.copy" (Ctrl+Shift+C).
 * Properties: "knowledge-base" (RcKnowledgeBase*), "selected-drugs" (GStrv
 * of drug ids, column order) and "only-differences" (boolean). */
GtkWidget *rc_compare_view_new (void);

RcKnowledgeBase   *rc_compare_view_get_knowledge_base (RcCompareView *self);
void               rc_compare_view_set_knowledge_base (RcCompareView *self, RcKnowledgeBase *kb);
const char *const *rc_compare_view_get_selected_drugs (RcCompareView *self);
void rc_compare_view_set_selected_drugs (RcCompareView *self, const char *const *selected_drugs);
gboolean rc_compare_view_get_only_differences (RcCompareView *self);
void     rc_compare_view_set_only_differences (RcCompareView *self, gboolean only_differences);

/* The empty, hidden box below the table where the chart widgets go. */
GtkWidget *rc_compare_view_get_charts_box (RcCompareView *self);

/* The chart of a kind shown below the table (an RcChartView), e.g. to bind
 * its view options to settings. */
GtkWidget *rc_compare_view_get_chart (RcCompareView *self, RcChartKind kind);

G_END_DECLS
