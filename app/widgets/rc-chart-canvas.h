/* rc-chart-canvas.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-chart.h"

G_BEGIN_DECLS

#define RC_TYPE_CHART_CANVAS (rc_chart_canvas_get_type ())

G_DECLARE_FINAL_TYPE (RcChartCanvas, rc_chart_canvas, RC, CHART_CANVAS, GtkWidget)

/* Draws an RcChart in the theme's colours and font, and makes it usable:
 * hover tooltips, clicking a legend entry hides or shows its drug, the
 * arrow keys step through the data points. Accessible as an image whose
 * label is the chart's title and whose description is its text summary.
 * Properties: "chart" (RcChart), "focus-text" (read-only: what the
 * keyboard-focused point says, or NULL). */
GtkWidget  *rc_chart_canvas_new (void);
RcChart    *rc_chart_canvas_get_chart (RcChartCanvas *self);
void        rc_chart_canvas_set_chart (RcChartCanvas *self, RcChart *chart);
const char *rc_chart_canvas_get_focus_text (RcChartCanvas *self);
int         rc_chart_canvas_get_focus_item (RcChartCanvas *self);
/* -1 clears the focus point. */
void rc_chart_canvas_set_focus_item (RcChartCanvas *self, int item);

/* The style the canvas draws with now (theme colours, font, scale). */
RcChartStyle *rc_chart_canvas_dup_style (RcChartCanvas *self) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
