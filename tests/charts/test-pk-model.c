/* test-pk-model.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rc-knowledge-base.h"
#include "rc-pk-model.h"

static RcKnowledgeBase *
load_kb (void)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);
  return kb;
}

/* The peak time of the closed-form curve must be the Tmax asked for. */
static void
test_solve_ka (void)
{
  const double cases[][2] = { { 1, 2 }, { 4.5, 18 }, { 0.75, 1.5 }, { 1.98, 2.44 }, { 6, 3 } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RcPkParams p;
      double     ka, ke, tpeak;

      g_assert_true (rc_pk_model_init (&p, cases[i][0], cases[i][1]));
      ka = p.ka;
      ke = p.ke;
      g_assert_cmpfloat_with_epsilon (ke, G_LN2 / cases[i][1], 1e-12);
      tpeak = log (ka / ke) / (ka - ke);
      g_assert_cmpfloat_with_epsilon (tpeak, cases[i][0], 1e-6);
      /* The unit response peaks at 1, at Tmax. */
      g_assert_cmpfloat_with_epsilon (rc_pk_model_unit_response (&p, cases[i][0]), 1, 1e-9);
      g_assert_cmpfloat (rc_pk_model_unit_response (&p, cases[i][0] * 0.8), <, 1);
      g_assert_cmpfloat (rc_pk_model_unit_response (&p, cases[i][0] * 1.2), <, 1);
    }
  g_assert_cmpfloat (rc_pk_model_solve_ka (0, 1), ==, 0);
  g_assert_cmpfloat (rc_pk_model_solve_ka (1, -1), ==, 0);
  {
    RcPkParams p;

    g_assert_false (rc_pk_model_init (&p, 0, 2));
    g_assert_false (rc_pk_model_init (&p, 1, NAN));
  }
}

/* The point of the chart: an 18-hour half-life accumulates with dosing three
 * times a day, a 2-hour one does not. */
static void
test_accumulation (void)
{
  RcPkParams long_lived, short_lived;
  double     r_long, r_short;

  g_assert_true (rc_pk_model_init (&long_lived, 4.5, 18));
  g_assert_true (rc_pk_model_init (&short_lived, 1, 2));
  r_long = rc_pk_model_accumulation_ratio (&long_lived, 8);
  r_short = rc_pk_model_accumulation_ratio (&short_lived, 8);
  g_test_message ("accumulation, TID: t½ 18 h %.3f, t½ 2 h %.3f", r_long, r_short);
  g_assert_cmpfloat (r_long, >, 2);
  g_assert_cmpfloat (r_short, <, 1.2);
  g_assert_cmpfloat (r_short, >=, 1);
  /* Close to the textbook 1 / (1 − e^(−ke·τ)) for slow elimination. */
  g_assert_cmpfloat (fabs (r_long - 1 / (1 - exp (-long_lived.ke * 8))), <, 0.5);
}

/* Superposition agrees with the steady-state formula. */
static void
test_superposition (void)
{
  RcPkParams p;
  g_autoptr (GArray) doses = g_array_new (FALSE, FALSE, sizeof (RcPkDose));
  double peak = 0;

  g_assert_true (rc_pk_model_init (&p, 4.5, 18));
  for (guint i = 0; i < 3 * 30; i++)
    {
      RcPkDose d = { i * 8.0, 5 };
      g_array_append_val (doses, d);
    }
  g_assert_cmpfloat_with_epsilon (
      rc_pk_model_relative_concentration (&p, (RcPkDose *) doses->data, doses->len, 4.5), 1, 1e-9);
  g_assert_cmpfloat (
      rc_pk_model_relative_concentration (&p, (RcPkDose *) doses->data, doses->len, 0), ==, 0);
  for (double t = 29 * 24; t < 30 * 24; t += 0.05)
    peak = MAX (peak,
                rc_pk_model_relative_concentration (&p, (RcPkDose *) doses->data, doses->len, t));
  g_assert_cmpfloat_with_epsilon (peak, rc_pk_model_accumulation_ratio (&p, 8), 0.01);
}

/* Every shipped drug has the numbers; midpoints of ranges are used and
 * flagged. */
static void
test_params_from_drugs (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_kb ();
  struct
  {
    const char *id;
    double      tmax, half_life;
    gboolean    midpoint;
  } expected[] = {
    { "baclofen", 1.75, 3.25, TRUE },      { "tizanidine", 1, 2, FALSE },
    { "cyclobenzaprine", 4.5, 18, TRUE },  { "methocarbamol", 0.75, 1.5, TRUE },
    { "carisoprodol", 1.98, 2.44, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      RcDrug    *drug = rc_knowledge_base_lookup_drug (kb, expected[i].id);
      RcPkParams p;

      g_assert_nonnull (drug);
      g_assert_cmpint (rc_pk_model_params_from_drug (drug, &p), ==, RC_PK_MODEL_OK);
      g_assert_cmpfloat_with_epsilon (p.tmax_h, expected[i].tmax, 1e-9);
      g_assert_cmpfloat_with_epsilon (p.half_life_h, expected[i].half_life, 1e-9);
      g_assert_cmpint (p.tmax_midpoint || p.half_life_midpoint, ==, expected[i].midpoint);
      g_assert_nonnull (p.tmax_value);
      g_assert_nonnull (p.half_life_value);
    }
}

/* The schedule follows the labelled calendar: baclofen 5 mg three times a
 * day on day 1, 20 mg on day 11; tizanidine's start up to three times. */
static void
test_schedule (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_kb ();
  RcDrug *baclofen = rc_knowledge_base_lookup_drug (kb, "baclofen");
  RcDrug *tizanidine = rc_knowledge_base_lookup_drug (kb, "tizanidine");
  g_autoptr (GArray) b =
      rc_pk_model_schedule_from_regimen (rc_drug_get_primary_regimen (baclofen), 14);
  g_autoptr (GArray) t =
      rc_pk_model_schedule_from_regimen (rc_drug_get_primary_regimen (tizanidine), 2);

  g_assert_cmpuint (b->len, ==, 14 * 3);
  g_assert_cmpfloat (g_array_index (b, RcPkDose, 0).amount, ==, 5);
  g_assert_cmpfloat (g_array_index (b, RcPkDose, 0).time_h, ==, 0);
  g_assert_cmpfloat (g_array_index (b, RcPkDose, 1).time_h, ==, 8);
  g_assert_cmpfloat (g_array_index (b, RcPkDose, 30).amount, ==, 20); /* day 11 */
  g_assert_cmpfloat (g_array_index (b, RcPkDose, 30).time_h, ==, 240);
  g_assert_cmpuint (t->len, ==, 6);
  g_assert_cmpfloat (g_array_index (t, RcPkDose, 0).amount, ==, 2);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pk-model/solve-ka", test_solve_ka);
  g_test_add_func ("/pk-model/accumulation", test_accumulation);
  g_test_add_func ("/pk-model/superposition", test_superposition);
  g_test_add_func ("/pk-model/params-from-drugs", test_params_from_drugs);
  g_test_add_func ("/pk-model/schedule", test_schedule);

  return g_test_run ();
}
