/* rc-chart-text.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <pango/pango.h>

#include "rc-chart-style.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CHART_TEXT_TITLE,
  RC_CHART_TEXT_SUBTITLE,
  RC_CHART_TEXT_LABEL,
  RC_CHART_TEXT_STRONG,
  RC_CHART_TEXT_SMALL,
} RcChartTextRole;

/* A text context that measures the same on screen, in files and on paper:
 * 96 dpi, no hinting of metrics. */
PangoContext *rc_chart_text_context_new (void) G_GNUC_WARN_UNUSED_RESULT;

/* A layout of plain text in the style's font for a role; wrap_width > 0
 * wraps at that width (in chart units), otherwise one line. */
PangoLayout *rc_chart_text_layout (PangoContext       *context,
                                   const RcChartStyle *style,
                                   RcChartTextRole     role,
                                   const char         *text,
                                   double              wrap_width) G_GNUC_WARN_UNUSED_RESULT;

void rc_chart_text_size (PangoLayout *layout, double *width, double *height);

/* The font's size in chart units (1 em). */
double rc_chart_text_em (const RcChartStyle *style);

/* Remembers rectangles already used by labels so later labels can avoid
 * them. Labels that cannot be placed are left out; their values remain in
 * the tooltip, the table and the description. */
typedef struct
{
  GArray *rects; /* of double[4] */
} RcChartPlacer;

void rc_chart_placer_init (RcChartPlacer *placer);
void rc_chart_placer_clear (RcChartPlacer *placer);
gboolean
     rc_chart_placer_is_free (const RcChartPlacer *placer, double x, double y, double w, double h);
void rc_chart_placer_reserve (RcChartPlacer *placer, double x, double y, double w, double h);
/* is_free, then reserve. */
gboolean rc_chart_placer_take (RcChartPlacer *placer, double x, double y, double w, double h);

G_END_DECLS
