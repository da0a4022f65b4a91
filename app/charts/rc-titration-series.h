/* rc-titration-series.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-drug.h"

G_BEGIN_DECLS

/* Days with the same labelled dose, merged. Days are 1-based and
 * inclusive; a day d is drawn over [d − 1, d] on the "days from start"
 * axis. */
typedef struct
{
  guint                  from_day;
  guint                  to_day;
  double                 daily_min; /* per day, in the series' unit */
  double                 daily_max;
  const RcTitrationStep *step;
  gboolean               clamped;
} RcTitrationSegment;

/* A conditional step ("may increase to …"), drawn as a dashed level. */
typedef struct
{
  const RcTitrationStep *step;
  guint                  from_day;
  guint                  to_day;
  double                 daily_min;
  double                 daily_max;
} RcTitrationAlternative;

/* What the titration chart draws for one drug, read once from the
 * knowledge base: the primary regimen's calendar, its conditional levels
 * and its maxima. Nothing is invented: a label that gives a rule and no
 * calendar yields only its starting day (rule_only). */
typedef struct
{
  RcDrug          *drug; /* borrowed */
  guint            color_index;
  const RcRegimen *regimen; /* NULL when the drug has none */
  const char      *unit;
  GArray          *segments;     /* of RcTitrationSegment */
  GArray          *alternatives; /* of RcTitrationAlternative */
  gboolean         has_labelled_max;
  double           labelled_max;
  gboolean         has_reference; /* the 100% of the percent view */
  double           reference_max;
  gboolean         reference_derived;
  guint            maintenance_day; /* 0 or 1 when there is no titration */
  guint            last_day;        /* the last day drawn */
  const RcPhase   *limit;           /* the duration-limit phase, or NULL */
  gboolean         rule_only;
  double           top; /* the highest level drawn */
} RcTitrationSeries;

/* The number of days worth drawing for a drug (0 without a regimen). */
guint rc_titration_series_suggested_days (RcDrug *drug);

RcTitrationSeries *
rc_titration_series_new (RcDrug *drug, guint color_index, guint n_days) G_GNUC_WARN_UNUSED_RESULT;
void rc_titration_series_free (RcTitrationSeries *series);

/* A level as a percentage of the reference maximum. */
double rc_titration_series_percent (const RcTitrationSeries *series, double daily);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcTitrationSeries, rc_titration_series_free)

G_END_DECLS
