/* test-comparison.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-comparison.h"

static RcKnowledgeBase *kb;

static const char *const all_ids[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol", NULL,
};

static RcComparison *
compare (const char *const *ids)
{
  g_autoptr (GError) error = NULL;
  RcComparison *comparison = rc_comparison_new (kb, ids, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static const RcComparisonRow *
row (RcComparison *comparison, const char *key)
{
  const RcComparisonRow *r = rc_comparison_lookup_row (comparison, key);

  g_assert_nonnull (r);
  g_assert_cmpstr (r->key, ==, key);
  return r;
}

static void
test_row_keys (void)
{
  const char *const expected[] = {
    "class",
    "mechanism",
    "us_schedule",
    "brands",
    "forms",
    "labelled_indications",
    "off_label_uses",
    "start_dose",
    "titration",
    "maintenance",
    "max_daily_dose",
    "max_daily_dose_mg",
    "max_single_dose",
    "duration_limit",
    "taper",
    "tmax_h",
    "half_life_h",
    "bioavailability",
    "protein_binding",
    "metabolism",
    "excretion",
    "common_adverse_effects",
    "boxed_warning",
    "contraindications",
    "key_warnings",
    "major_interactions",
    "renal",
    "hepatic",
    "elderly_beers_2023",
    "pregnancy",
    "lactation",
    "paediatric",
    NULL,
  };
  const char *const *keys = rc_comparison_get_row_keys ();
  g_autoptr (RcComparison) comparison = compare (all_ids);
  const char *section = NULL;
  g_autoptr (GHashTable) seen_sections = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstrv (keys, expected);
  g_assert_cmpuint (rc_comparison_get_n_rows (comparison), ==, g_strv_length ((char **) expected));

  for (guint i = 0; i < rc_comparison_get_n_rows (comparison); i++)
    {
      const RcComparisonRow *r = rc_comparison_get_row (comparison, i);
      const RcComparisonRow *c = rc_comparison_get_row_in_style (comparison, i, RC_FORMAT_C);

      g_assert_cmpstr (r->key, ==, expected[i]);
      g_assert_cmpstr (c->key, ==, r->key);
      g_assert_cmpint (c->differs, ==, r->differs);
      g_assert_true (r->label != NULL && *r->label != '\0');
      g_assert_true (r->section_label != NULL && *r->section_label != '\0');
      /* Rows of a section are together: a section never comes back. */
      if (g_strcmp0 (section, r->section_key) != 0)
        {
          g_assert_false (g_hash_table_contains (seen_sections, r->section_key));
          g_hash_table_add (seen_sections, r->section_key);
          section = r->section_key;
        }
    }
  g_assert_cmpstr (row (comparison, "class")->section_key, ==, "identity");
  g_assert_cmpstr (row (comparison, "max_daily_dose_mg")->section_key, ==, "dosing");
  g_assert_cmpstr (row (comparison, "paediatric")->section_key, ==, "populations");
  g_assert_null (rc_comparison_lookup_row (comparison, "no_such_row"));
}

static void
test_chosen_drugs_in_order (void)
{
  const char *const ids[] = { "carisoprodol", "baclofen", NULL };
  g_autoptr (RcComparison) comparison = compare (ids);

  g_assert_cmpuint (rc_comparison_get_n_drugs (comparison), ==, 2);
  g_assert_cmpstr (rc_drug_get_id (rc_comparison_get_drug (comparison, 0)), ==, "carisoprodol");
  g_assert_cmpstr (rc_drug_get_id (rc_comparison_get_drug (comparison, 1)), ==, "baclofen");
  for (guint i = 0; i < rc_comparison_get_n_rows (comparison); i++)
    {
      const RcComparisonRow *r = rc_comparison_get_row (comparison, i);

      g_assert_nonnull (r->cells[0]);
      g_assert_nonnull (r->cells[1]);
      g_assert_null (r->cells[2]);
    }
  /* The cells follow the columns: carisoprodol's schedule first. */
  g_assert_true (g_str_has_prefix (row (comparison, "us_schedule")->cells[0]->text, "Schedule IV"));
  g_assert_cmpstr (row (comparison, "us_schedule")->cells[1]->text, ==, "Not controlled");
}

static void
test_unknown_drug (void)
{
  const char *const ids[] = { "baclofen", "aspirin", NULL };
  g_autoptr (GError) error = NULL;
  RcComparison *comparison = rc_comparison_new (kb, ids, &error);

  g_assert_null (comparison);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "aspirin"));
}

static void
test_schedule_differs (void)
{
  const char *const two[] = { "baclofen", "tizanidine", NULL };
  g_autoptr (RcComparison) same = compare (two);
  g_autoptr (RcComparison) all = compare (all_ids);
  const RcComparisonRow *r = row (all, "us_schedule");

  g_assert_false (row (same, "us_schedule")->differs);
  g_assert_true (r->differs);
  g_assert_cmpstr (r->cells[4]->text, ==, "Schedule IV (since 2012-01-11)");
  g_assert_cmpstr (r->cells[0]->text, ==, "Not controlled");
}

static void
test_max_daily_dose (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  const RcComparisonRow *mg = row (comparison, "max_daily_dose_mg");
  const RcComparisonRow *text = row (comparison, "max_daily_dose");
  const double           expected[] = { 80, 36, 30, 8000 };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (mg->cells[i]->has_number);
      g_assert_cmpfloat_with_epsilon (mg->cells[i]->number, expected[i], 1e-9);
      g_assert_false (mg->cells[i]->not_reported);
    }
  g_assert_cmpstr (mg->cells[0]->text, ==, "80");
  g_assert_false (mg->cells[4]->has_number);
  g_assert_true (mg->cells[4]->not_reported);
  g_assert_cmpstr (mg->cells[4]->text, ==, "Not reported");
  g_assert_true (mg->differs);

  g_assert_true (g_str_has_prefix (text->cells[0]->text, "80 mg/day"));
  g_assert_true (g_str_has_prefix (text->cells[1]->text, "36 mg/day"));
  /* The label states no maximum: "Not reported" and the label's note. */
  g_assert_true (text->cells[4]->not_reported);
  g_assert_true (g_str_has_prefix (text->cells[4]->text, "Not reported. "));
  g_assert_nonnull (strstr (text->cells[4]->text, "1400"));
}

static void
test_dosing_rows (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  const RcComparisonRow *start = row (comparison, "start_dose");
  const RcComparisonRow *titration = row (comparison, "titration");
  const RcComparisonRow *duration = row (comparison, "duration_limit");

  g_assert_cmpstr (start->cells[0]->text, ==, "5 mg three times daily (15 mg/day)");
  g_assert_cmpstr (start->cells[1]->text, ==, "2 mg up to three times daily (2–6 mg/day)");
  g_assert_cmpstr (start->cells[4]->text, ==, "250–350 mg four times daily (1000–1400 mg/day)");

  g_assert_true (
      g_str_has_prefix (titration->cells[0]->text, "15 mg/day (days 1–3); 30 mg/day (days 4–6)"));
  g_assert_nonnull (strstr (titration->cells[0]->text, "60 mg/day from day 10"));
  g_assert_cmpstr (titration->cells[4]->text, ==, "No titration: fixed dose");
  g_assert_true (
      g_str_has_prefix (titration->cells[2]->text, "May increase to 10 mg three times daily"));

  g_assert_cmpstr (duration->cells[2]->text, ==, "2–3 weeks");
  g_assert_cmpstr (duration->cells[4]->text, ==, "2–3 weeks");
  g_assert_cmpstr (duration->cells[0]->text, ==, "None stated");
}

static void
test_adverse_effects (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  const RcComparisonRow *r = row (comparison, "common_adverse_effects");

  /* Methocarbamol's US label lists effects without any frequency. */
  g_assert_cmpstr (r->cells[3]->text, ==, "No incidence figures in the US label");
  g_assert_true (r->cells[3]->not_reported);
  /* The others show figures, and a placebo comparison where given. */
  for (guint i = 0; i < 5; i++)
    {
      if (i == 3)
        continue;
      g_assert_nonnull (strchr (r->cells[i]->text, '%'));
      g_assert_nonnull (r->cells[i]->sources[0]);
    }
  g_assert_nonnull (strstr (r->cells[0]->text, "(placebo 36%)"));
}

static void
test_numbers_have_sources (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);

  for (guint i = 0; i < rc_comparison_get_n_rows (comparison); i++)
    {
      const RcComparisonRow *r = rc_comparison_get_row (comparison, i);

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          const RcComparisonCell *cell = r->cells[c];

          g_assert_nonnull (cell->text);
          g_assert_cmpstr (cell->text, !=, "");
          g_assert_nonnull (cell->sources);
          if (cell->has_number)
            {
              if (cell->sources[0] == NULL)
                g_test_message ("row %s, column %u has a number without sources", r->key, c);
              g_assert_nonnull (cell->sources[0]);
            }
          /* Every cited id resolves in that drug's source list. */
          for (guint s = 0; cell->sources[s] != NULL; s++)
            g_assert_nonnull (
                rc_drug_lookup_source (rc_comparison_get_drug (comparison, c), cell->sources[s]));
        }
    }
}

static void
test_c_style (void)
{
  g_autoptr (RcComparison) comparison = compare (all_ids);
  const RcComparisonRow *r = NULL;

  for (guint i = 0; i < rc_comparison_get_n_rows (comparison); i++)
    if (g_str_equal (rc_comparison_get_row (comparison, i)->key, "start_dose"))
      r = rc_comparison_get_row_in_style (comparison, i, RC_FORMAT_C);
  g_assert_nonnull (r);
  g_assert_cmpstr (r->cells[4]->text, ==, "250-350 mg four times daily (1000-1400 mg/day)");
}

static void
test_single_drug_never_differs (void)
{
  const char *const one[] = { "tizanidine", NULL };
  g_autoptr (RcComparison) comparison = compare (one);

  for (guint i = 0; i < rc_comparison_get_n_rows (comparison); i++)
    g_assert_false (rc_comparison_get_row (comparison, i)->differs);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  kb = rc_knowledge_base_new ();
  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    g_error ("cannot load the knowledge base: %s", error->message);

  g_test_add_func ("/comparison/row-keys", test_row_keys);
  g_test_add_func ("/comparison/chosen-drugs-in-order", test_chosen_drugs_in_order);
  g_test_add_func ("/comparison/unknown-drug", test_unknown_drug);
  g_test_add_func ("/comparison/schedule-differs", test_schedule_differs);
  g_test_add_func ("/comparison/max-daily-dose", test_max_daily_dose);
  g_test_add_func ("/comparison/dosing-rows", test_dosing_rows);
  g_test_add_func ("/comparison/adverse-effects", test_adverse_effects);
  g_test_add_func ("/comparison/numbers-have-sources", test_numbers_have_sources);
  g_test_add_func ("/comparison/c-style", test_c_style);
  g_test_add_func ("/comparison/single-drug-never-differs", test_single_drug_never_differs);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
