/* rc-pk-model.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-drug.h"
#include "rc-types.h"

G_BEGIN_DECLS

/* An illustrative one-compartment oral model: first-order absorption (ka)
 * and first-order elimination (ke). It is for teaching why a long half-life
 * accumulates and a short one does not; it knows nothing about volume,
 * bioavailability or any patient, so concentrations are relative. */
typedef struct
{
  double tmax_h;       /* time to peak after one dose, hours */
  double half_life_h;  /* elimination half-life, hours */
  double ke;           /* ln 2 / half-life, per hour */
  double ka;           /* solved from tmax and ke, per hour */
  double peak_density; /* the single-dose curve's peak, for normalising */

  /* When built from a drug: the knowledge-base values used (borrowed from
   * the drug) and whether a range was reduced to its midpoint. */
  const RcPkValue *tmax_value;
  const RcPkValue *half_life_value;
  gboolean         tmax_midpoint;
  gboolean         half_life_midpoint;
} RcPkParams;

/* Why a drug cannot be modelled. */
typedef enum
{
  RC_PK_MODEL_OK,
  RC_PK_MODEL_NO_TMAX,
  RC_PK_MODEL_NO_HALF_LIFE,
  RC_PK_MODEL_NO_SCHEDULE,
} RcPkModelStatus;

/* One dose of a schedule: when (hours from the first dose) and how much (in
 * the regimen's dose unit). */
typedef struct
{
  double time_h;
  double amount;
} RcPkDose;

/* Fills params from tmax and half-life (both > 0). Returns FALSE for values
 * that are not positive and finite. */
gboolean rc_pk_model_init (RcPkParams *params, double tmax_h, double half_life_h);

/* Solves tmax = ln(ka/ke) / (ka − ke) for ka. The right-hand side falls
 * monotonically with ka, so the root is unique; it is found by bisection.
 * Returns 0 for arguments that are not positive. */
double rc_pk_model_solve_ka (double tmax_h, double ke);

/* The primary Tmax and half-life of a drug (for its primary regimen when
 * the data ties them to one), midpoints of ranges. Returns the reason when
 * the knowledge base lacks a number; nothing is ever guessed. */
RcPkModelStatus rc_pk_model_params_from_drug (RcDrug *drug, RcPkParams *params);

/* The single-dose curve for a unit dose, scaled so that its peak is 1. */
double rc_pk_model_unit_response (const RcPkParams *params, double t_h);

/* The doses of the primary regimen's labelled calendar over n_days: each
 * day's dose per administration (the midpoint of a range) at even intervals
 * (24 h / the most frequent labelled times per day), starting at hour 0.
 * Conditional steps are not taken. Returns an empty array when the regimen
 * has no dated step. */
GArray *rc_pk_model_schedule_from_regimen (const RcRegimen *regimen, guint n_days);

/* The concentration at t_h from a schedule, relative to the peak of the
 * schedule's first dose given alone (superposition of unit responses). */
double rc_pk_model_relative_concentration (const RcPkParams *params,
                                           const RcPkDose   *doses,
                                           guint             n_doses,
                                           double            t_h);

/* The accumulation ratio: the steady-state peak of a fixed dose repeated
 * every interval_h, divided by the peak of the first dose. */
double rc_pk_model_accumulation_ratio (const RcPkParams *params, double interval_h);

G_END_DECLS
