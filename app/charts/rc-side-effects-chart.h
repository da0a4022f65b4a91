/* rc-side-effects-chart.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-chart.h"

G_BEGIN_DECLS

#define RC_TYPE_SIDE_EFFECTS_CHART (rc_side_effects_chart_get_type ())

G_DECLARE_FINAL_TYPE (RcSideEffectsChart, rc_side_effects_chart, RC, SIDE_EFFECTS_CHART, RcChart)

/* Adverse-effect incidence as horizontal grouped bars: one row per effect
 * of the shared vocabulary, sorted by the largest incidence. Several drugs:
 * one bar per drug (its primary dose arm). One drug: one bar per dose arm.
 * Placebo is a tick; "not reported" is a hatched stub, never a bar.
 * Property: "top-n" (rows shown; 0 shows all). */
guint rc_side_effects_chart_get_top_n (RcSideEffectsChart *self);
void  rc_side_effects_chart_set_top_n (RcSideEffectsChart *self, guint top_n);

typedef enum
{
  RC_SIDE_EFFECTS_BAR_NONE, /* not on the chart */
  RC_SIDE_EFFECTS_BAR_VALUE,
  RC_SIDE_EFFECTS_BAR_RANGE,
  RC_SIDE_EFFECTS_BAR_NOT_REPORTED,
} RcSideEffectsBarState;

/* A bar after the last layout, for tests and tools. x_zero is the 0%
 * line; x_end is the end of the bar (x_zero for "not reported", whose
 * hatched stub ends at stub_end). */
typedef struct
{
  RcSideEffectsBarState state;
  double                min;
  double                max;
  double                x_zero;
  double                x_end;
  double                stub_end;
  double                y_top;
  double                y_bottom;
  gboolean              has_placebo;
  double                placebo;
  double                placebo_x;
} RcSideEffectsBar;

/* series_key is a drug id when several drugs are shown, else the arm's
 * key ("trial-id/arm-id"). */
gboolean rc_side_effects_chart_get_bar (RcSideEffectsChart *self,
                                        const char         *series_key,
                                        const char         *effect_id,
                                        RcSideEffectsBar   *out);

/* The effect ids on the chart, top to bottom, after the last layout. */
GStrv rc_side_effects_chart_dup_shown_effects (RcSideEffectsChart *self);

G_END_DECLS
