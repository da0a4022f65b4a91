/* rc-titration-series.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-titration-series.h"
#include "rc-titration.h"

guint
rc_titration_series_suggested_days (RcDrug *drug)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);

  return regimen != NULL ? rc_titration_suggested_days (regimen) : 0;
}

static const RcPhase *
find_limit (const RcRegimen *regimen)
{
  for (guint i = 0; regimen->phases != NULL && i < regimen->phases->len; i++)
    {
      const RcPhase *phase = g_ptr_array_index (regimen->phases, i);

      if (phase->kind == RC_PHASE_DURATION_LIMIT)
        return phase;
    }
  return NULL;
}

static void
add_days (RcTitrationSeries *series, guint n_days)
{
  for (guint day = 1; day <= n_days && day <= series->last_day; day++)
    {
      RcDoseOnDay         d;
      RcTitrationSegment *last = NULL;

      rc_titration_dose_on_day (series->regimen, day, &d);
      if (!d.defined)
        continue;
      if (series->segments->len > 0)
        last = &g_array_index (series->segments, RcTitrationSegment, series->segments->len - 1);
      if (last != NULL && last->to_day + 1 == day && last->step == d.step &&
          last->daily_min == d.daily_min && last->daily_max == d.daily_max)
        {
          last->to_day = day;
          continue;
        }
      {
        RcTitrationSegment seg = { day, day, d.daily_min, d.daily_max, d.step, d.clamped };

        g_array_append_val (series->segments, seg);
        series->top = MAX (series->top, d.daily_max);
      }
    }
}

static void
add_alternatives (RcTitrationSeries *series)
{
  const RcTitrationSegment *last_dated = NULL;

  if (series->segments->len > 0)
    last_dated = &g_array_index (series->segments, RcTitrationSegment, series->segments->len - 1);

  for (guint i = 0; series->regimen->steps != NULL && i < series->regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (series->regimen->steps, i);
      RcTitrationAlternative alt = { 0 };
      guint                  times_max = MAX (step->times_per_day, step->times_per_day_max);

      if (step->from_day != 0)
        continue;
      alt.step = step;
      /* A conditional step belongs to the dose it would replace: the last
       * dated one (the label's "may increase to …" follows it), unless the
       * data bounds it. */
      alt.from_day = last_dated != NULL ? last_dated->from_day : 1;
      alt.to_day = step->to_day > 0 ? MIN (step->to_day, series->last_day) : series->last_day;
      alt.daily_min = step->dose_min * step->times_per_day;
      alt.daily_max = step->dose_max * times_max;
      if (g_strcmp0 (step->unit, series->unit) != 0)
        {
          if (!rc_titration_convert (alt.daily_min, step->unit, series->unit, &alt.daily_min) ||
              !rc_titration_convert (alt.daily_max, step->unit, series->unit, &alt.daily_max))
            continue;
        }
      if (alt.to_day < alt.from_day)
        continue;
      g_array_append_val (series->alternatives, alt);
      series->top = MAX (series->top, alt.daily_max);
    }
}

RcTitrationSeries *
rc_titration_series_new (RcDrug *drug, guint color_index, guint n_days)
{
  RcTitrationSeries *series = g_new0 (RcTitrationSeries, 1);
  const RcRegimen   *regimen = rc_drug_get_primary_regimen (drug);

  series->drug = drug;
  series->color_index = color_index;
  series->segments = g_array_new (FALSE, FALSE, sizeof (RcTitrationSegment));
  series->alternatives = g_array_new (FALSE, FALSE, sizeof (RcTitrationAlternative));
  series->regimen = regimen;
  if (regimen == NULL)
    return series;

  if (regimen->steps != NULL && regimen->steps->len > 0)
    series->unit = ((const RcTitrationStep *) g_ptr_array_index (regimen->steps, 0))->unit;
  else if (regimen->max_daily != NULL)
    series->unit = regimen->max_daily->unit;

  /* Past the duration limit there is nothing to draw: the label says to
   * stop. */
  series->limit = find_limit (regimen);
  series->last_day = n_days;
  if (series->limit != NULL && series->limit->to_day > 0)
    series->last_day = MIN (n_days, series->limit->to_day);

  /* A rule without a calendar: only the labelled start is drawn. */
  series->rule_only = regimen->rule != NULL;

  add_days (series, n_days);
  if (series->rule_only && series->segments->len > 0)
    {
      RcTitrationSegment *first = &g_array_index (series->segments, RcTitrationSegment, 0);

      g_array_set_size (series->segments, 1);
      first->to_day = first->from_day;
    }
  add_alternatives (series);

  series->maintenance_day = rc_titration_maintenance_day (regimen);
  if (regimen->max_daily != NULL && regimen->max_daily->kind != RC_VALUE_NOT_REPORTED)
    {
      double max = regimen->max_daily->max;

      if (g_strcmp0 (regimen->max_daily->unit, series->unit) == 0 ||
          rc_titration_convert (max, regimen->max_daily->unit, series->unit, &max))
        {
          series->has_labelled_max = TRUE;
          series->labelled_max = max;
          series->top = MAX (series->top, max);
        }
    }
  series->has_reference = rc_titration_reference_max_daily (regimen, &series->reference_max,
                                                            &series->reference_derived);
  if (series->has_reference)
    series->top = MAX (series->top, series->reference_max);
  return series;
}

void
rc_titration_series_free (RcTitrationSeries *series)
{
  if (series == NULL)
    return;
  g_array_unref (series->segments);
  g_array_unref (series->alternatives);
  g_free (series);
}

double
rc_titration_series_percent (const RcTitrationSeries *series, double daily)
{
  if (!series->has_reference || !(series->reference_max > 0))
    return 0;
  return daily / series->reference_max * 100;
}
