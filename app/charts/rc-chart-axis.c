/* rc-chart-axis.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-chart-axis.h"

double
rc_chart_axis_nice_step (double span, guint max_ticks)
{
  static const double steps[] = { 1, 2, 2.5, 5, 10 };
  double              raw;
  double              magnitude;

  if (!(span > 0) || !isfinite (span))
    return 1;
  if (max_ticks < 1)
    max_ticks = 1;

  raw = span / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * magnitude >= raw * (1 - 1e-9))
      return steps[i] * magnitude;
  return 10 * magnitude;
}

static void
set_ticks (RcChartAxis *axis, double step)
{
  double first = ceil (axis->data_min / step - 1e-9) * step;
  double n = floor ((axis->data_max - first) / step + 1e-9) + 1;

  axis->tick_step = step;
  axis->tick_first = first;
  axis->n_ticks = n > 0 ? (guint) n : 0;
}

void
rc_chart_axis_init_nice (RcChartAxis *axis, double min, double max, guint max_ticks)
{
  double step;

  g_return_if_fail (axis != NULL);

  memset (axis, 0, sizeof *axis);
  if (!(max > min))
    max = min + 1;
  step = rc_chart_axis_nice_step (max - min, max_ticks);
  axis->data_min = min;
  axis->data_max = min + ceil ((max - min) / step - 1e-9) * step;
  /* A value exactly on the top gridline would touch the frame. */
  if (axis->data_max - max < step * 0.02)
    axis->data_max += step;
  /* Adding a step may have made too many ticks; widen the step instead. */
  if ((axis->data_max - min) / step > max_ticks + 0.5)
    {
      step = rc_chart_axis_nice_step (axis->data_max - min, max_ticks);
      axis->data_max = min + ceil ((max - min) / step - 1e-9) * step;
      if (axis->data_max - max < step * 0.02)
        axis->data_max += step;
    }
  set_ticks (axis, step);
  axis->pixel_min = 0;
  axis->pixel_max = 1;
}

void
rc_chart_axis_init_exact (RcChartAxis *axis, double min, double max, guint max_ticks)
{
  g_return_if_fail (axis != NULL);

  memset (axis, 0, sizeof *axis);
  if (!(max > min))
    max = min + 1;
  axis->data_min = min;
  axis->data_max = max;
  set_ticks (axis, rc_chart_axis_nice_step (max - min, max_ticks));
  axis->pixel_min = 0;
  axis->pixel_max = 1;
}

void
rc_chart_axis_set_pixels (RcChartAxis *axis, double pixel_min, double pixel_max)
{
  axis->pixel_min = pixel_min;
  axis->pixel_max = pixel_max;
}

double
rc_chart_axis_map (const RcChartAxis *axis, double value)
{
  double t = (value - axis->data_min) / (axis->data_max - axis->data_min);

  return axis->pixel_min + t * (axis->pixel_max - axis->pixel_min);
}

double
rc_chart_axis_unmap (const RcChartAxis *axis, double pixel)
{
  double t = (pixel - axis->pixel_min) / (axis->pixel_max - axis->pixel_min);

  return axis->data_min + t * (axis->data_max - axis->data_min);
}

double
rc_chart_axis_tick (const RcChartAxis *axis, guint i)
{
  double v = axis->tick_first + i * axis->tick_step;

  /* 0.1 + 0.2 must print as 0.3. */
  return round (v / axis->tick_step * 1e6) / 1e6 * axis->tick_step;
}

void
rc_chart_axis_set_tick_step (RcChartAxis *axis, double step)
{
  if (step > 0)
    set_ticks (axis, step);
}

double
rc_chart_axis_pick_step (const RcChartAxis *axis,
                         const double      *steps,
                         guint              n_steps,
                         guint              max_ticks)
{
  double span = axis->data_max - axis->data_min;

  g_return_val_if_fail (n_steps > 0, 1);

  for (guint i = 0; i < n_steps; i++)
    if (span / steps[i] <= max_ticks + 1e-9)
      return steps[i];
  return steps[n_steps - 1];
}

void
rc_chart_axis_set_two_ticks (RcChartAxis *axis, double value)
{
  axis->tick_first = axis->data_min;
  axis->tick_step = value - axis->data_min;
  axis->n_ticks = axis->tick_step > 0 ? 2 : 1;
}
