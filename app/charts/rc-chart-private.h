/* rc-chart-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "rc-chart.h"
#include "rc-chart-axis.h"
#include "rc-chart-text.h"

G_BEGIN_DECLS

/* What a chart kind gets while it lays out its plot. */
struct _RcChartBuild
{
  const RcChartStyle *style;
  PangoContext       *pango;
  RcChartScene       *scene;
  RcChartScene       *labels; /* drawn over the scene */
  RcChartPlacer      *placer;
  gboolean            compact;        /* small: fewer labels and keys */
  gboolean            no_plot_labels; /* set by a kind whose plot is too tight */
  GArray             *items;          /* of RcChartItem */
  double              em;             /* the font size in chart units */
  double              width;          /* the whole chart */
  double              height;
};

/* For subclasses: their options changed, so the model is read again. */
void rc_chart_invalidate (RcChart *self);
/* Makes sure update() ran for the current data. */
void rc_chart_ensure_updated (RcChart *self);

RcChartLegendEntry *rc_chart_legend_entry_new (
    const char *key, const char *label, RcChartSwatch swatch, guint color_index, guint variant);

/* Adds an item; text is taken. */
void rc_chart_build_add_item (RcChartBuild *build,
                              const char   *series_key,
                              char         *text,
                              double        x,
                              double        y,
                              double        w,
                              double        h,
                              double        anchor_x,
                              double        anchor_y);

/* A label at (x, y) with the given alignment of its box (0 = left/top,
 * 0.5 = centre, 1 = right/bottom), on top of the plot with a halo.
 * avoid_overlap marks a label inside the plot: it is left out (returning
 * FALSE) when it would overlap another label, or when no_plot_labels. */
gboolean rc_chart_build_label (RcChartBuild       *build,
                               RcChartTextRole     role,
                               const char         *text,
                               const RcChartColor *color,
                               double              x,
                               double              y,
                               double              align_x,
                               double              align_y,
                               gboolean            avoid_overlap);

/* Axes. A value axis: ticks, labels and optional gridlines across the plot.
 * The y axis labels go left of x; the x axis labels go below y. */
void rc_chart_build_y_axis (RcChartBuild      *build,
                            const RcChartAxis *axis,
                            double             x,
                            double             grid_x0,
                            double             grid_x1,
                            const char        *unit_suffix);
void rc_chart_build_x_axis (RcChartBuild      *build,
                            const RcChartAxis *axis,
                            double             y,
                            double             grid_y0,
                            double             grid_y1,
                            gboolean           labels);
/* The width of the widest tick label of a y axis. */
double
rc_chart_y_axis_label_width (RcChartBuild *build, const RcChartAxis *axis, const char *unit_suffix);
/* How many tick intervals fit a pixel length given a label size. */
guint rc_chart_max_ticks (double length, double label_size);

/* "1,400", "0.5": tick and value numbers in the user's locale. */
char *rc_chart_format_number (double value);

/* "OZOBAX-PI — Title of the source" lines for a list of source ids. */
char *rc_chart_describe_sources (RcDrug *drug, char **sources);

G_END_DECLS
