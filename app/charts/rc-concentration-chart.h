/* rc-concentration-chart.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-chart.h"
#include "rc-pk-model.h"

G_BEGIN_DECLS

#define RC_TYPE_CONCENTRATION_CHART (rc_concentration_chart_get_type ())

G_DECLARE_FINAL_TYPE (
    RcConcentrationChart, rc_concentration_chart, RC, CONCENTRATION_CHART, RcChart)

/* An illustrative plasma concentration over days from a one-compartment
 * oral model (rc-pk-model.h), driven by each drug's primary Tmax and
 * half-life and its labelled schedule, relative to the first dose's peak.
 * Several drugs are drawn as panels sharing both axes, so accumulation can
 * be compared. A drug without the numbers is listed, never guessed. */

guint rc_concentration_chart_get_n_days (RcConcentrationChart *self);

/* Why a drug is or is not drawn. */
RcPkModelStatus rc_concentration_chart_get_status (RcConcentrationChart *self, const char *drug_id);

/* The modelled relative level of a drug at a time (hours from the first
 * dose), and where it lands after the last layout. */
gboolean rc_concentration_chart_get_level (RcConcentrationChart *self,
                                           const char           *drug_id,
                                           double                hours,
                                           double               *relative);
gboolean rc_concentration_chart_data_to_point (RcConcentrationChart *self,
                                               const char           *drug_id,
                                               double                hours,
                                               double                relative,
                                               double               *x,
                                               double               *y);

G_END_DECLS
