/* rc-titration.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-types.h"

G_BEGIN_DECLS

/* The labelled dose on one day of a regimen's calendar. Days are 1-based.
 * Conditional steps ("may increase to …") are not on the calendar. */
typedef struct
{
  gboolean               defined;  /* FALSE when no dated step covers the day */
  double                 dose_min; /* per administration */
  double                 dose_max;
  const char            *unit; /* borrowed from the regimen */
  guint                  times_per_day;
  guint                  times_per_day_max;
  double                 daily_min; /* dose × times, after clamping */
  double                 daily_max;
  gboolean               clamped; /* the maximum daily dose cut it */
  const RcPhase         *phase;   /* the phase covering the day, or NULL */
  const RcTitrationStep *step;    /* the step in force, or NULL */
} RcDoseOnDay;

void rc_titration_dose_on_day (const RcRegimen *regimen, guint day, RcDoseOnDay *out);

/* The day the last dated step starts (maintenance reached), or 0. */
guint rc_titration_maintenance_day (const RcRegimen *regimen);

/* The reference maximum for "% of maximum daily dose": the labelled maximum
 * daily dose when the label gives one (derived = FALSE); otherwise the
 * highest daily total the labelled steps allow (derived = TRUE). Returns
 * FALSE when neither exists. Value is in the regimen's dose unit. */
gboolean
rc_titration_reference_max_daily (const RcRegimen *regimen, double *value, gboolean *derived);

/* The largest day number a schedule may use (ten years; data/kb.rng holds
 * files to it) and so the most days rc_titration_suggested_days () adds
 * a margin to. */
#define RC_TITRATION_MAX_DAYS 3650u

/* The last day worth drawing: the end of the duration limit, the last step
 * or phase, plus a margin; at least 14. */
guint rc_titration_suggested_days (const RcRegimen *regimen);

/* Converts between mass units the knowledge base uses (mcg, mg, g).
 * Returns FALSE for units it does not know. */
gboolean
rc_titration_convert (double value, const char *from_unit, const char *to_unit, double *out);

G_END_DECLS
