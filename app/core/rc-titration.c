/* rc-titration.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-titration.h"

/* How many milligrams one unit is; 0 for units that are not a mass. */
static double
mass_unit_in_mg (const char *unit)
{
  if (unit == NULL)
    return 0;
  if (g_str_equal (unit, "mg"))
    return 1;
  if (g_str_equal (unit, "g"))
    return 1000;
  if (g_str_equal (unit, "mcg") || g_str_equal (unit, "µg") || g_str_equal (unit, "ug"))
    return 0.001;
  return 0;
}

gboolean
rc_titration_convert (double value, const char *from_unit, const char *to_unit, double *out)
{
  double from = mass_unit_in_mg (from_unit);
  double to = mass_unit_in_mg (to_unit);

  if (from == 0 || to == 0)
    return FALSE;
  if (out != NULL)
    *out = value * from / to;
  return TRUE;
}

/* A maximum daily dose may be written "mg" or "mg/day"; both mean per day. */
static gboolean
convert_daily (double value, const char *from_unit, const char *to_unit, double *out)
{
  g_autofree char *bare = NULL;

  if (from_unit == NULL)
    return FALSE;
  if (g_str_has_suffix (from_unit, "/day"))
    bare = g_strndup (from_unit, strlen (from_unit) - strlen ("/day"));
  else if (g_str_has_suffix (from_unit, "/d"))
    bare = g_strndup (from_unit, strlen (from_unit) - strlen ("/d"));
  else
    bare = g_strdup (from_unit);
  return rc_titration_convert (value, bare, to_unit, out);
}

static gboolean
step_is_dated (const RcTitrationStep *step)
{
  return step->from_day > 0;
}

static gboolean
step_covers (const RcTitrationStep *step, guint day)
{
  return step_is_dated (step) && step->from_day <= day &&
         (step->to_day == 0 || day <= step->to_day);
}

/* The phase covering the day. When phases overlap (an initial phase inside a
 * duration limit), the one that started last, then the shorter one, is the
 * more specific answer. */
static const RcPhase *
lookup_phase (const RcRegimen *regimen, guint day)
{
  const RcPhase *best = NULL;

  if (regimen->phases == NULL)
    return NULL;
  for (guint i = 0; i < regimen->phases->len; i++)
    {
      const RcPhase *phase = g_ptr_array_index (regimen->phases, i);

      if (day < phase->from_day || day > phase->to_day)
        continue;
      if (best == NULL || phase->from_day > best->from_day ||
          (phase->from_day == best->from_day && phase->to_day < best->to_day))
        best = phase;
    }
  return best;
}

/* The labelled maximum per day in the given unit, when the label gives one
 * in a unit that converts. */
static gboolean
labelled_max_daily (const RcRegimen *regimen, const char *unit, double *value)
{
  const RcQuantity *max = regimen->max_daily;

  if (max == NULL || max->kind == RC_VALUE_NOT_REPORTED)
    return FALSE;
  return convert_daily (max->max, max->unit, unit, value);
}

void
rc_titration_dose_on_day (const RcRegimen *regimen, guint day, RcDoseOnDay *out)
{
  const RcTitrationStep *step = NULL;
  double                 max;

  g_return_if_fail (out != NULL);
  memset (out, 0, sizeof *out);
  g_return_if_fail (regimen != NULL);

  if (day == 0)
    return;

  out->phase = lookup_phase (regimen, day);

  /* Steps are in calendar order; if two cover the day, the later one wins. */
  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *candidate = g_ptr_array_index (regimen->steps, i);

      if (step_covers (candidate, day) && (step == NULL || candidate->from_day >= step->from_day))
        step = candidate;
    }
  if (step == NULL)
    return;

  out->defined = TRUE;
  out->step = step;
  out->unit = step->unit;
  out->dose_min = step->dose_min;
  out->dose_max = step->dose_max;
  out->times_per_day = step->times_per_day;
  out->times_per_day_max = MAX (step->times_per_day_max, step->times_per_day);
  out->daily_min = step->dose_min * step->times_per_day;
  out->daily_max = step->dose_max * out->times_per_day_max;

  if (labelled_max_daily (regimen, step->unit, &max))
    {
      if (out->daily_max > max)
        {
          out->daily_max = max;
          out->clamped = TRUE;
        }
      if (out->daily_min > max)
        {
          out->daily_min = max;
          out->clamped = TRUE;
        }
    }
}

guint
rc_titration_maintenance_day (const RcRegimen *regimen)
{
  guint day = 0;

  g_return_val_if_fail (regimen != NULL, 0);

  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);

      if (step_is_dated (step))
        day = MAX (day, step->from_day);
    }
  return day;
}

/* The unit the regimen doses in: that of its first step, else of its maximum. */
static const char *
regimen_dose_unit (const RcRegimen *regimen)
{
  if (regimen->steps != NULL && regimen->steps->len > 0)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, 0);
      return step->unit;
    }
  if (regimen->max_daily != NULL && regimen->max_daily->kind != RC_VALUE_NOT_REPORTED)
    return regimen->max_daily->unit;
  return NULL;
}

gboolean
rc_titration_reference_max_daily (const RcRegimen *regimen, double *value, gboolean *derived)
{
  const char *unit;
  double      best = 0;
  gboolean    found = FALSE;

  g_return_val_if_fail (regimen != NULL, FALSE);

  unit = regimen_dose_unit (regimen);
  if (unit == NULL)
    return FALSE;

  if (labelled_max_daily (regimen, unit, &best))
    {
      if (value != NULL)
        *value = best;
      if (derived != NULL)
        *derived = FALSE;
      return TRUE;
    }

  /* No labelled maximum: the highest total any labelled step allows,
   * conditional ones included ("may increase to …" is still labelled). */
  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      double daily = step->dose_max * MAX (step->times_per_day_max, step->times_per_day);
      double converted;

      if (!rc_titration_convert (daily, step->unit, unit, &converted))
        {
          if (g_strcmp0 (step->unit, unit) != 0)
            continue;
          converted = daily;
        }
      if (!found || converted > best)
        best = converted;
      found = TRUE;
    }
  if (!found)
    return FALSE;
  if (value != NULL)
    *value = best;
  if (derived != NULL)
    *derived = TRUE;
  return TRUE;
}

guint
rc_titration_suggested_days (const RcRegimen *regimen)
{
  guint end = 0;

  g_return_val_if_fail (regimen != NULL, 14);

  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      end = MAX (end, MAX (step->from_day, step->to_day));
    }
  for (guint i = 0; regimen->phases != NULL && i < regimen->phases->len; i++)
    {
      const RcPhase *phase = g_ptr_array_index (regimen->phases, i);
      end = MAX (end, phase->to_day);
    }
  if (regimen->duration_limit != NULL && regimen->duration_limit->kind != RC_VALUE_NOT_REPORTED &&
      (g_strcmp0 (regimen->duration_limit->unit, "day") == 0 ||
       g_strcmp0 (regimen->duration_limit->unit, "days") == 0))
    {
      /* Compare as doubles: a limit of 1e10 days must not reach a guint
       * cast (undefined behaviour) nor wrap around. */
      double limit = regimen->duration_limit->max;

      if (limit > end)
        end = limit >= RC_TITRATION_MAX_DAYS ? RC_TITRATION_MAX_DAYS : (guint) limit;
    }

  /* The schema bounds day numbers, but a model built by hand need not be:
   * never ask a chart for more days than anyone would read. */
  end = MIN (end, RC_TITRATION_MAX_DAYS);

  /* A week past the last change (or a quarter more for long schedules) shows
   * the dose holding; two weeks is the least worth drawing. */
  end += MAX (7u, end / 4);
  return MAX (end, 14u);
}
