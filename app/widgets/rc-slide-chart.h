/* rc-slide-chart.h
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

#define RC_TYPE_SLIDE_CHART (rc_slide_chart_get_type ())

G_DECLARE_FINAL_TYPE (RcSlideChart, rc_slide_chart, RC, SLIDE_CHART, GtkWidget)

/* A slide with one comparison chart of the chosen drugs, drawn to fill the
 * slide with the slide's font (so the presentation's text scale enlarges
 * its type too). No controls: a presentation has no chrome. */
GtkWidget *rc_slide_chart_new (RcChartKind kind, RcKnowledgeBase *kb, const char *const *drug_ids);

RcChart *rc_slide_chart_get_chart (RcSlideChart *self);
/* The chart's title. */
const char *rc_slide_chart_get_title (RcSlideChart *self);

/* Hides one drug's series for "Quiz the room" (its legend entry stays);
 * NULL shows them all. */
void rc_slide_chart_set_quizzed_drug (RcSlideChart *self, const char *drug_id);

G_END_DECLS
