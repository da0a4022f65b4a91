/* rc-chart-axis.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A linear mapping from data values to chart coordinates, with "nice"
 * ticks (1, 2, 2.5 or 5 times a power of ten). */
typedef struct
{
  double data_min;
  double data_max;
  double pixel_min; /* where data_min lands; may be larger than pixel_max */
  double pixel_max;
  double tick_step; /* 0 when there are no ticks */
  double tick_first;
  guint  n_ticks;
} RcChartAxis;

/* The nice step for covering span with at most max_ticks intervals. */
double rc_chart_axis_nice_step (double span, guint max_ticks);

/* Sets the data range to [min, max'] where max' is max rounded up to the
 * nice step (so bars and levels never touch the top), with ticks from min.
 * max_ticks is the most intervals that fit the pixel length. */
void rc_chart_axis_init_nice (RcChartAxis *axis, double min, double max, guint max_ticks);

/* Sets an exact data range, with nice ticks inside it. */
void rc_chart_axis_init_exact (RcChartAxis *axis, double min, double max, guint max_ticks);

/* Replaces the ticks with multiples of step inside the data range (for
 * days, where 7 reads better than 5). */
void rc_chart_axis_set_tick_step (RcChartAxis *axis, double step);
/* Exactly two ticks: the minimum and one value (a maximum worth naming). */
void rc_chart_axis_set_two_ticks (RcChartAxis *axis, double value);

/* The smallest of the given steps that keeps at most max_ticks intervals
 * over the range; the last step when none does. */
double rc_chart_axis_pick_step (const RcChartAxis *axis,
                                const double      *steps,
                                guint              n_steps,
                                guint              max_ticks);

void   rc_chart_axis_set_pixels (RcChartAxis *axis, double pixel_min, double pixel_max);
double rc_chart_axis_map (const RcChartAxis *axis, double value);
double rc_chart_axis_unmap (const RcChartAxis *axis, double pixel);
double rc_chart_axis_tick (const RcChartAxis *axis, guint i);

G_END_DECLS
