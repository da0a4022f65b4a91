/* rc-titration-chart.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-chart.h"

G_BEGIN_DECLS

typedef enum
{
  RC_TITRATION_MODE_SMALL_MULTIPLES,
  RC_TITRATION_MODE_PERCENT_OF_MAX,
} RcTitrationMode;

#define RC_TYPE_TITRATION_MODE (rc_titration_mode_get_type ())
GType rc_titration_mode_get_type (void) G_GNUC_CONST;

#define RC_TYPE_TITRATION_CHART (rc_titration_chart_get_type ())

G_DECLARE_FINAL_TYPE (RcTitrationChart, rc_titration_chart, RC, TITRATION_CHART, RcChart)

/* Total daily dose by day, a step line per drug. Several drugs are drawn
 * as panels sharing the day axis (each with its own dose scale), or
 * overlaid as a percentage of each drug's maximum daily dose.
 * Property: "mode" (RcTitrationMode; nicks "small-multiples",
 * "percent-of-max", as in the GSettings key). */
RcTitrationMode rc_titration_chart_get_mode (RcTitrationChart *self);
void            rc_titration_chart_set_mode (RcTitrationChart *self, RcTitrationMode mode);

/* The number of days on the axis. */
guint rc_titration_chart_get_n_days (RcTitrationChart *self);

/* Where a drug's total daily dose (in its dose unit) on a day lands after
 * the last layout: the middle of that day, at that level. FALSE when the
 * drug is not drawn. */
gboolean rc_titration_chart_data_to_point (
    RcTitrationChart *self, const char *drug_id, guint day, double daily, double *x, double *y);

G_END_DECLS
