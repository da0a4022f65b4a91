/* test-titration.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rc-knowledge-base.h"
#include "rc-titration.h"

static RcKnowledgeBase *kb;

static const RcRegimen *
primary_regimen (const char *drug_id)
{
  RcDrug          *drug = rc_knowledge_base_lookup_drug (kb, drug_id);
  const RcRegimen *regimen;

  g_assert_nonnull (drug);
  regimen = rc_drug_get_primary_regimen (drug);
  g_assert_nonnull (regimen);
  return regimen;
}

static double
daily_max_on (const RcRegimen *regimen, guint day)
{
  RcDoseOnDay dose;

  rc_titration_dose_on_day (regimen, day, &dose);
  g_assert_true (dose.defined);
  return dose.daily_max;
}

static void
test_baclofen_calendar (void)
{
  const RcRegimen *regimen = primary_regimen ("baclofen");
  RcDoseOnDay      dose;

  rc_titration_dose_on_day (regimen, 1, &dose);
  g_assert_true (dose.defined);
  g_assert_cmpfloat_with_epsilon (dose.dose_min, 5, 1e-9);
  g_assert_cmpuint (dose.times_per_day, ==, 3);
  g_assert_cmpstr (dose.unit, ==, "mg");
  g_assert_cmpfloat_with_epsilon (dose.daily_min, 15, 1e-9);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 15, 1e-9);
  g_assert_false (dose.clamped);
  g_assert_nonnull (dose.step);
  g_assert_cmpuint (dose.step->from_day, ==, 1);

  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 3), 15, 1e-9);
  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 4), 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 7), 45, 1e-9);
  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 10), 60, 1e-9);
  /* The last dated step has no end: it holds. */
  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 11), 60, 1e-9);
  g_assert_cmpfloat_with_epsilon (daily_max_on (regimen, 100), 60, 1e-9);

  /* Day 0 is not a day of the calendar. */
  rc_titration_dose_on_day (regimen, 0, &dose);
  g_assert_false (dose.defined);
}

static void
test_baclofen_never_above_max (void)
{
  const RcRegimen *regimen = primary_regimen ("baclofen");

  for (guint day = 1; day <= 365; day++)
    {
      RcDoseOnDay dose;

      rc_titration_dose_on_day (regimen, day, &dose);
      g_assert_true (dose.defined);
      g_assert_cmpfloat (dose.daily_max, <=, 80);
      g_assert_cmpfloat (dose.daily_min, <=, dose.daily_max);
    }
}

static void
test_baclofen_phase (void)
{
  const RcRegimen *regimen = primary_regimen ("baclofen");
  RcDoseOnDay      dose;

  rc_titration_dose_on_day (regimen, 5, &dose);
  g_assert_nonnull (dose.phase);
  g_assert_cmpint (dose.phase->kind, ==, RC_PHASE_TITRATION);

  rc_titration_dose_on_day (regimen, 30, &dose);
  g_assert_null (dose.phase);
}

static void
test_tizanidine_never_above_max (void)
{
  const RcRegimen *regimen = primary_regimen ("tizanidine");
  RcDoseOnDay      dose;

  rc_titration_dose_on_day (regimen, 1, &dose);
  g_assert_true (dose.defined);
  g_assert_cmpfloat_with_epsilon (dose.daily_min, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 6, 1e-9);
  g_assert_cmpuint (dose.times_per_day, ==, 1);
  g_assert_cmpuint (dose.times_per_day_max, ==, 3);

  for (guint day = 1; day <= 365; day++)
    {
      rc_titration_dose_on_day (regimen, day, &dose);
      if (dose.defined)
        g_assert_cmpfloat (dose.daily_max, <=, 36);
    }
}

static void
test_methocarbamol (void)
{
  const RcRegimen *regimen = primary_regimen ("methocarbamol");
  RcDoseOnDay      dose;

  rc_titration_dose_on_day (regimen, 1, &dose);
  g_assert_true (dose.defined);
  g_assert_cmpfloat_with_epsilon (dose.daily_min, 6000, 1e-9);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 6000, 1e-9);
  g_assert_nonnull (dose.phase);
  g_assert_cmpint (dose.phase->kind, ==, RC_PHASE_INITIAL);

  rc_titration_dose_on_day (regimen, 4, &dose);
  g_assert_true (dose.defined);
  g_assert_true (dose.step->approx); /* "about 4 g/day" */
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 4000, 1e-9);
  g_assert_null (dose.phase);

  g_assert_cmpuint (rc_titration_maintenance_day (regimen), ==, 4);
}

static void
test_carisoprodol (void)
{
  const RcRegimen *regimen = primary_regimen ("carisoprodol");
  RcDoseOnDay      dose;
  double           max = 0;
  gboolean         derived = FALSE;

  rc_titration_dose_on_day (regimen, 1, &dose);
  g_assert_true (dose.defined);
  g_assert_cmpfloat_with_epsilon (dose.daily_min, 1000, 1e-9);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 1400, 1e-9);
  g_assert_false (dose.clamped);
  g_assert_nonnull (dose.phase);
  g_assert_cmpint (dose.phase->kind, ==, RC_PHASE_DURATION_LIMIT);

  /* No labelled mg/day maximum: derived from the highest labelled regimen. */
  g_assert_true (rc_titration_reference_max_daily (regimen, &max, &derived));
  g_assert_cmpfloat_with_epsilon (max, 1400, 1e-9);
  g_assert_true (derived);

  /* The drawing covers the 3-week limit and some days after it. */
  g_assert_cmpuint (rc_titration_suggested_days (regimen), >, 21);
}

static void
test_reference_max_labelled (void)
{
  struct
  {
    const char *id;
    double      max;
  } cases[] = {
    { "baclofen", 80 },
    { "tizanidine", 36 },
    { "cyclobenzaprine", 30 },
    { "methocarbamol", 8000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double   max = 0;
      gboolean derived = TRUE;

      g_assert_true (
          rc_titration_reference_max_daily (primary_regimen (cases[i].id), &max, &derived));
      g_assert_cmpfloat_with_epsilon (max, cases[i].max, 1e-9);
      g_assert_false (derived);
    }
}

static void
test_maintenance_day (void)
{
  g_assert_cmpuint (rc_titration_maintenance_day (primary_regimen ("baclofen")), ==, 10);
  g_assert_cmpuint (rc_titration_maintenance_day (primary_regimen ("carisoprodol")), ==, 1);
  g_assert_cmpuint (rc_titration_suggested_days (primary_regimen ("baclofen")), >=, 14);
}

static void
test_convert (void)
{
  double out = 0;

  g_assert_true (rc_titration_convert (1.5, "g", "mg", &out));
  g_assert_cmpfloat_with_epsilon (out, 1500, 1e-9);
  g_assert_true (rc_titration_convert (1000, "mcg", "mg", &out));
  g_assert_cmpfloat_with_epsilon (out, 1, 1e-9);
  g_assert_true (rc_titration_convert (2, "mg", "mcg", &out));
  g_assert_cmpfloat_with_epsilon (out, 2000, 1e-9);
  g_assert_true (rc_titration_convert (8000, "mg", "g", &out));
  g_assert_cmpfloat_with_epsilon (out, 8, 1e-9);
  g_assert_false (rc_titration_convert (1, "h", "mg", &out));
  g_assert_false (rc_titration_convert (1, "mg", "%", &out));
  g_assert_false (rc_titration_convert (1, NULL, "mg", &out));
}

/* A hand-made regimen: a step above the maximum is clamped, also when the
 * maximum is given in another mass unit; one in a unit that does not
 * convert is left alone. */
static void
test_clamp (void)
{
  RcTitrationStep step = { 0 };
  RcQuantity      max = { 0 };
  RcRegimen       regimen = { 0 };
  RcDoseOnDay     dose;
  double          value;
  gboolean        derived;

  step.from_day = 1;
  step.dose_min = 30;
  step.dose_max = 30;
  step.unit = (char *) "mg";
  step.times_per_day = 4;
  step.times_per_day_max = 4;
  regimen.steps = g_ptr_array_new ();
  g_ptr_array_add (regimen.steps, &step);
  max.kind = RC_VALUE_EXACT;
  max.min = max.max = 0.1;
  max.unit = (char *) "g";
  regimen.max_daily = &max;

  rc_titration_dose_on_day (&regimen, 2, &dose);
  g_assert_true (dose.defined);
  g_assert_true (dose.clamped);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (dose.daily_min, 100, 1e-9);
  g_assert_true (rc_titration_reference_max_daily (&regimen, &value, &derived));
  g_assert_cmpfloat_with_epsilon (value, 100, 1e-9);
  g_assert_false (derived);

  max.unit = (char *) "tablets";
  rc_titration_dose_on_day (&regimen, 2, &dose);
  g_assert_false (dose.clamped);
  g_assert_cmpfloat_with_epsilon (dose.daily_max, 120, 1e-9);

  /* A gap in the calendar is undefined, and so is the time after a last
   * step that has an end. */
  step.from_day = 3;
  step.to_day = 5;
  rc_titration_dose_on_day (&regimen, 2, &dose);
  g_assert_false (dose.defined);
  rc_titration_dose_on_day (&regimen, 6, &dose);
  g_assert_false (dose.defined);
  rc_titration_dose_on_day (&regimen, 5, &dose);
  g_assert_true (dose.defined);

  g_ptr_array_unref (regimen.steps);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  kb = rc_knowledge_base_new ();
  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    g_error ("cannot load the knowledge base: %s", error->message);

  g_test_add_func ("/titration/baclofen/calendar", test_baclofen_calendar);
  g_test_add_func ("/titration/baclofen/never-above-max", test_baclofen_never_above_max);
  g_test_add_func ("/titration/baclofen/phase", test_baclofen_phase);
  g_test_add_func ("/titration/tizanidine/never-above-max", test_tizanidine_never_above_max);
  g_test_add_func ("/titration/methocarbamol", test_methocarbamol);
  g_test_add_func ("/titration/carisoprodol", test_carisoprodol);
  g_test_add_func ("/titration/reference-max/labelled", test_reference_max_labelled);
  g_test_add_func ("/titration/maintenance-day", test_maintenance_day);
  g_test_add_func ("/titration/convert", test_convert);
  g_test_add_func ("/titration/clamp", test_clamp);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
