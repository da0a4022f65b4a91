/* rc-pk-model.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-pk-model.h"
#include "rc-titration.h"

/* Below this relative difference ka and ke are treated as equal and the
 * closed form's limit (t·e^−kt) is used, which avoids 0/0. */
#define EQUAL_RATES 1e-9

static double
density (const RcPkParams *params, double t)
{
  double ka = params->ka;
  double ke = params->ke;

  if (t <= 0)
    return 0;
  if (fabs (ka - ke) <= EQUAL_RATES * ke)
    return ka * t * exp (-ke * t);
  return ka / (ka - ke) * (exp (-ke * t) - exp (-ka * t));
}

double
rc_pk_model_solve_ka (double tmax_h, double ke)
{
  double lo = -40;
  double hi = 40;

  if (!(tmax_h > 0) || !(ke > 0) || !isfinite (tmax_h) || !isfinite (ke))
    return 0;

  /* With ka = ke·e^x the peak time is x / (ke (e^x − 1)), which falls
   * monotonically from +inf to 0 as x runs over the reals (its value at
   * x = 0 is 1/ke). Bisect on x. */
  for (guint i = 0; i < 200; i++)
    {
      double x = (lo + hi) / 2;
      double t = fabs (x) < 1e-12 ? 1 / ke : x / (ke * expm1 (x));

      if (t > tmax_h)
        lo = x;
      else
        hi = x;
    }
  return ke * exp ((lo + hi) / 2);
}

gboolean
rc_pk_model_init (RcPkParams *params, double tmax_h, double half_life_h)
{
  g_return_val_if_fail (params != NULL, FALSE);

  memset (params, 0, sizeof *params);
  if (!(tmax_h > 0) || !(half_life_h > 0) || !isfinite (tmax_h) || !isfinite (half_life_h))
    return FALSE;

  params->tmax_h = tmax_h;
  params->half_life_h = half_life_h;
  params->ke = G_LN2 / half_life_h;
  params->ka = rc_pk_model_solve_ka (tmax_h, params->ke);
  params->peak_density = density (params, tmax_h);
  return params->ka > 0 && params->peak_density > 0;
}

/* The value the model uses from a list of PK values (primary first): the
 * first reported one marked primary, else the first reported one that is
 * not tied to another regimen. */
static const RcPkValue *
pick_value (GPtrArray *values, const char *regimen_id)
{
  const RcPkValue *fallback = NULL;

  if (values == NULL)
    return NULL;

  for (guint i = 0; i < values->len; i++)
    {
      const RcPkValue *v = g_ptr_array_index (values, i);

      if (v->q.kind == RC_VALUE_NOT_REPORTED || !(v->q.max > 0))
        continue;
      if (v->q.unit != NULL && !g_str_equal (v->q.unit, "h") && !g_str_equal (v->q.unit, "min"))
        continue;
      if (v->primary)
        return v;
      if (fallback == NULL && (v->regimen_id == NULL || g_strcmp0 (v->regimen_id, regimen_id) == 0))
        fallback = v;
    }
  return fallback;
}

static double
value_in_hours (const RcPkValue *v, gboolean *midpoint)
{
  double mid = (v->q.min + v->q.max) / 2;

  *midpoint = v->q.kind == RC_VALUE_RANGE && v->q.min != v->q.max;
  if (g_strcmp0 (v->q.unit, "min") == 0)
    return mid / 60;
  return mid;
}

RcPkModelStatus
rc_pk_model_params_from_drug (RcDrug *drug, RcPkParams *params)
{
  const RcPharmacokinetics *pk;
  const RcRegimen          *regimen;
  const RcPkValue          *tmax;
  const RcPkValue          *half_life;
  gboolean                  tmax_mid = FALSE;
  gboolean                  half_mid = FALSE;

  g_return_val_if_fail (RC_IS_DRUG (drug), RC_PK_MODEL_NO_TMAX);
  g_return_val_if_fail (params != NULL, RC_PK_MODEL_NO_TMAX);

  memset (params, 0, sizeof *params);
  pk = rc_drug_get_pharmacokinetics (drug);
  regimen = rc_drug_get_primary_regimen (drug);
  if (pk == NULL)
    return RC_PK_MODEL_NO_TMAX;

  tmax = pick_value (pk->tmax, regimen != NULL ? regimen->id : NULL);
  if (tmax == NULL)
    return RC_PK_MODEL_NO_TMAX;
  half_life = pick_value (pk->half_life, regimen != NULL ? regimen->id : NULL);
  if (half_life == NULL)
    return RC_PK_MODEL_NO_HALF_LIFE;
  if (regimen == NULL)
    return RC_PK_MODEL_NO_SCHEDULE;

  if (!rc_pk_model_init (params, value_in_hours (tmax, &tmax_mid),
                         value_in_hours (half_life, &half_mid)))
    return RC_PK_MODEL_NO_TMAX;

  params->tmax_value = tmax;
  params->half_life_value = half_life;
  params->tmax_midpoint = tmax_mid;
  params->half_life_midpoint = half_mid;
  return RC_PK_MODEL_OK;
}

double
rc_pk_model_unit_response (const RcPkParams *params, double t_h)
{
  g_return_val_if_fail (params != NULL, 0);

  if (!(params->peak_density > 0))
    return 0;
  return density (params, t_h) / params->peak_density;
}

static void
append_day (GArray *doses, guint day, double amount, guint times)
{
  for (guint k = 0; k < times; k++)
    {
      RcPkDose dose = { (day - 1) * 24.0 + k * (24.0 / times), amount };
      g_array_append_val (doses, dose);
    }
}

GArray *
rc_pk_model_schedule_from_regimen (const RcRegimen *regimen, guint n_days)
{
  GArray *doses = g_array_new (FALSE, FALSE, sizeof (RcPkDose));

  g_return_val_if_fail (regimen != NULL, doses);

  for (guint day = 1; day <= n_days; day++)
    {
      RcDoseOnDay d;
      guint       times;
      double      amount;

      rc_titration_dose_on_day (regimen, day, &d);
      if (!d.defined)
        continue;
      times = MAX (MAX (d.times_per_day, d.times_per_day_max), 1);
      amount = (d.dose_min + d.dose_max) / 2;
      /* A step the maximum daily dose cuts: spread the allowed total. */
      if (d.clamped && amount * times > d.daily_max && d.daily_max > 0)
        amount = d.daily_max / times;
      if (amount > 0)
        append_day (doses, day, amount, times);
    }
  return doses;
}

double
rc_pk_model_relative_concentration (const RcPkParams *params,
                                    const RcPkDose   *doses,
                                    guint             n_doses,
                                    double            t_h)
{
  double sum = 0;

  g_return_val_if_fail (params != NULL, 0);

  if (n_doses == 0 || !(doses[0].amount > 0))
    return 0;

  /* Linear kinetics: the curve is the sum of each dose's own curve. */
  for (guint i = 0; i < n_doses && doses[i].time_h < t_h; i++)
    sum += doses[i].amount * rc_pk_model_unit_response (params, t_h - doses[i].time_h);
  return sum / doses[0].amount;
}

double
rc_pk_model_accumulation_ratio (const RcPkParams *params, double interval_h)
{
  RcPkParams p;
  double     peak = 0;
  double     fe;
  double     fa;

  g_return_val_if_fail (params != NULL, 0);

  if (!(interval_h > 0) || !(params->peak_density > 0))
    return 0;

  /* The closed form below divides by ka − ke; nudge equal rates apart. */
  p = *params;
  if (fabs (p.ka - p.ke) <= EQUAL_RATES * p.ke)
    p.ka *= 1 + 1e-6;

  /* Steady state within one interval, summed as geometric series. */
  fe = 1 - exp (-p.ke * interval_h);
  fa = 1 - exp (-p.ka * interval_h);
  for (guint i = 0; i <= 4000; i++)
    {
      double t = interval_h * i / 4000;
      double c = p.ka / (p.ka - p.ke) * (exp (-p.ke * t) / fe - exp (-p.ka * t) / fa);

      peak = MAX (peak, c);
    }
  return peak / params->peak_density;
}
