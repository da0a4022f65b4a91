/* rc-chart-view.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-chart.h"
#include "rc-knowledge-base.h"
#include "rc-titration-chart.h"

G_BEGIN_DECLS

#define RC_TYPE_CHART_VIEW (rc_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RcChartView, rc_chart_view, RC, CHART_VIEW, GtkWidget)

/* A chart with its controls: the view options of its kind, "Show as table"
 * (the same numbers as a table) and "Export chart…" (PNG 1× or 2×, SVG or
 * PDF). One drug id gives the drug-tab chart, several the comparison.
 * Properties: "kind" (RcChartKind, construct-only), "knowledge-base",
 * "drug-ids" (GStrv), "titration-mode" (RcTitrationMode; bind it to the
 * "titration-view" settings key), "top-n" (side-effect rows, 0 = all; bind
 * it to "side-effects-top"), "show-table". */
GtkWidget *rc_chart_view_new (RcChartKind kind);

RcChartKind        rc_chart_view_get_kind (RcChartView *self);
RcKnowledgeBase   *rc_chart_view_get_knowledge_base (RcChartView *self);
void               rc_chart_view_set_knowledge_base (RcChartView *self, RcKnowledgeBase *kb);
const char *const *rc_chart_view_get_drug_ids (RcChartView *self);
void               rc_chart_view_set_drug_ids (RcChartView *self, const char *const *drug_ids);
RcTitrationMode    rc_chart_view_get_titration_mode (RcChartView *self);
void               rc_chart_view_set_titration_mode (RcChartView *self, RcTitrationMode mode);
guint              rc_chart_view_get_top_n (RcChartView *self);
void               rc_chart_view_set_top_n (RcChartView *self, guint top_n);
gboolean           rc_chart_view_get_show_table (RcChartView *self);
void               rc_chart_view_set_show_table (RcChartView *self, gboolean show_table);

/* The chart drawn (for printing and tests). */
RcChart *rc_chart_view_get_chart (RcChartView *self);

/* Writes the chart to a file in the light theme at the size shown, the
 * format taken from the name (.png, .svg, .pdf); scale applies to PNG.
 * The file is replaced atomically (a temporary file, then a rename). */
void     rc_chart_view_export_async (RcChartView        *self,
                                     GFile              *file,
                                     int                 scale,
                                     GCancellable       *cancellable,
                                     GAsyncReadyCallback callback,
                                     gpointer            user_data);
gboolean rc_chart_view_export_finish (RcChartView *self, GAsyncResult *result, GError **error);

G_END_DECLS
