/* test-kb-model.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-kb-parser.h"
#include "rc-kb-test-utils.h"

/* The model built from the fixture: every record the headers document,
 * with the values the fixture holds. */

static RcKnowledgeBase *
load_fixture (RcDrug **drug)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autofree char *text = kb_test_fixture ();
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));

  g_assert_true (rc_knowledge_base_load_bytes (kb, bytes, "minimal.xml"));
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  *drug = rc_knowledge_base_lookup_drug (kb, "fixturine");
  g_assert_nonnull (*drug);

  return kb;
}

static void
assert_sources (char *const *sources, const char *expected)
{
  g_autofree char *joined = g_strjoinv (" ", (char **) sources);

  g_assert_cmpstr (joined, ==, expected);
}

static void
test_identity (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  const RcScheduleInfo *schedule = rc_drug_get_schedule (drug);
  GPtrArray            *brands = rc_drug_get_brands (drug);
  GPtrArray            *forms = rc_drug_get_forms (drug);
  const RcForm         *tablet;
  g_autofree char      *id = NULL;
  g_autofree char      *name = NULL;
  g_autofree char      *file = NULL;

  g_object_get (drug, "id", &id, "name", &name, "file", &file, NULL);
  g_assert_cmpstr (id, ==, "fixturine");
  g_assert_cmpstr (name, ==, "Fixturine");
  g_assert_cmpstr (file, ==, "minimal.xml");
  g_assert_cmpstr (rc_drug_get_reviewed (drug), ==, "2026-01-15");
  g_assert_cmpstr (rc_knowledge_base_get_version (kb), ==, "2026-01-15");

  /* White space folded the way xgettext folds it. */
  g_assert_cmpstr (rc_drug_get_class (drug)->text, ==, "Test relaxant (fictional)");
  assert_sources (rc_drug_get_class (drug)->sources, "FIX-LABEL");
  g_assert_false (rc_drug_get_class (drug)->unverified);

  g_assert_cmpint (schedule->us, ==, RC_SCHEDULE_IV);
  g_assert_cmpstr (schedule->since, ==, "2020-02-02");
  g_assert_cmpstr (schedule->note, ==, "Scheduled in the test world.");
  assert_sources (schedule->sources, "FIX-LABEL FIX-REG");

  g_assert_cmpint (rc_drug_get_approval_year (drug), ==, 1999);
  g_assert_null (rc_drug_get_atc_code (drug));

  g_assert_cmpuint (brands->len, ==, 2);
  g_assert_cmpstr (((RcBrand *) g_ptr_array_index (brands, 0))->name, ==, "Fixtura");
  g_assert_cmpstr (((RcBrand *) g_ptr_array_index (brands, 0))->form_id, ==, "tab");
  g_assert_false (((RcBrand *) g_ptr_array_index (brands, 0))->historical);
  g_assert_true (((RcBrand *) g_ptr_array_index (brands, 1))->historical);
  g_assert_null (((RcBrand *) g_ptr_array_index (brands, 1))->form_id);

  g_assert_cmpuint (forms->len, ==, 2);
  tablet = rc_drug_lookup_form (drug, "tab");
  g_assert_true (tablet == g_ptr_array_index (forms, 0));
  g_assert_cmpint (tablet->route, ==, RC_ROUTE_ORAL);
  g_assert_cmpint (tablet->release, ==, RC_RELEASE_IMMEDIATE);
  g_assert_cmpstr (tablet->label, ==, "Tablet");
  g_assert_cmpuint (tablet->strengths->len, ==, 2);
  g_assert_cmpfloat (g_array_index (tablet->strengths, RcStrength, 1).value, ==, 10);
  g_assert_cmpstr (g_array_index (tablet->strengths, RcStrength, 1).unit, ==, "mg");
  g_assert_cmpint (rc_drug_lookup_form (drug, "er")->release, ==, RC_RELEASE_EXTENDED);
  g_assert_null (rc_drug_lookup_form (drug, "nope"));

  g_assert_cmpstr (rc_drug_get_mechanism_summary (drug)->text, ==, "Acts on test receptors.");
  assert_sources (rc_drug_get_mechanism_detail (drug)->sources, "FIX-LABEL");
}

static void
test_indications (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  GPtrArray    *indications = rc_drug_get_indications (drug);
  RcIndication *labelled, *off_label;

  g_assert_cmpuint (indications->len, ==, 2);
  labelled = g_ptr_array_index (indications, 0);
  off_label = g_ptr_array_index (indications, 1);
  g_assert_cmpint (labelled->kind, ==, RC_INDICATION_LABELLED);
  g_assert_true (labelled->has_route);
  g_assert_cmpint (labelled->route, ==, RC_ROUTE_ORAL);
  g_assert_null (labelled->evidence);
  g_assert_cmpint (off_label->kind, ==, RC_INDICATION_OFF_LABEL);
  g_assert_false (off_label->has_route);
  g_assert_cmpstr (off_label->text, ==, "Back pain.");
  g_assert_cmpstr (off_label->evidence, ==, "Mixed evidence.");
}

static void
test_regimens (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  const RcRegimen       *regimen = rc_drug_get_primary_regimen (drug);
  const RcRegimen       *er = rc_drug_lookup_regimen (drug, "oral-er");
  const RcTitrationStep *step;
  const RcPhase         *phase;

  g_assert_cmpuint (rc_drug_get_regimens (drug)->len, ==, 2);
  g_assert_true (regimen == rc_drug_lookup_regimen (drug, "oral-ir"));
  g_assert_true (regimen->primary);
  g_assert_cmpstr (regimen->form_id, ==, "tab");
  g_assert_cmpstr (regimen->label, ==, "Tablets");

  /* The file lists day 4 before day 1: the model has calendar order,
   * with the conditional step last. */
  g_assert_cmpuint (regimen->steps->len, ==, 3);
  step = g_ptr_array_index (regimen->steps, 0);
  g_assert_cmpuint (step->from_day, ==, 1);
  g_assert_cmpuint (step->to_day, ==, 3);
  g_assert_cmpfloat (step->dose_min, ==, 5);
  g_assert_cmpuint (step->times_per_day_max, ==, 3);
  step = g_ptr_array_index (regimen->steps, 1);
  g_assert_cmpuint (step->from_day, ==, 4);
  g_assert_cmpuint (step->to_day, ==, 0);
  step = g_ptr_array_index (regimen->steps, 2);
  g_assert_cmpuint (step->from_day, ==, 0);
  g_assert_cmpfloat (step->dose_min, ==, 10);
  g_assert_cmpfloat (step->dose_max, ==, 15);
  g_assert_cmpuint (step->times_per_day, ==, 3);
  g_assert_cmpuint (step->times_per_day_max, ==, 4);
  g_assert_cmpstr (step->condition, ==, "If the response is too small.");

  g_assert_nonnull (regimen->rule);
  g_assert_cmpfloat (regimen->rule->increment_min, ==, 2);
  g_assert_cmpfloat (regimen->rule->increment_max, ==, 4);
  g_assert_cmpuint (regimen->rule->interval_max, ==, 4);
  g_assert_cmpstr (regimen->rule->unit, ==, "mg");

  g_assert_cmpuint (regimen->phases->len, ==, 1);
  phase = g_ptr_array_index (regimen->phases, 0);
  g_assert_cmpint (phase->kind, ==, RC_PHASE_DURATION_LIMIT);
  g_assert_cmpuint (phase->to_day, ==, 21);
  g_assert_cmpuint (phase->to_day_min, ==, 14);

  g_assert_cmpint (regimen->maintenance->kind, ==, RC_VALUE_RANGE);
  g_assert_cmpfloat (regimen->maintenance->min, ==, 30);
  g_assert_cmpfloat (regimen->maintenance->max, ==, 45);
  g_assert_cmpint (regimen->max_daily->kind, ==, RC_VALUE_EXACT);
  g_assert_cmpfloat (regimen->max_daily->max, ==, 60);
  g_assert_cmpstr (regimen->max_daily->unit, ==, "mg");
  g_assert_cmpint (regimen->max_single->kind, ==, RC_VALUE_NOT_REPORTED);
  g_assert_null (regimen->max_single->unit);
  g_assert_cmpstr (regimen->max_single->note, ==, "The label gives no single maximum.");
  g_assert_nonnull (regimen->duration_limit);
  g_assert_cmpstr (regimen->duration_limit->unit, ==, "day");
  g_assert_null (regimen->duration_none);
  g_assert_cmpstr (regimen->taper->text, ==, "Reduce slowly.");
  g_assert_cmpuint (regimen->notes->len, ==, 1);
  assert_sources (((RcFact *) g_ptr_array_index (regimen->notes, 0))->sources, "FIX-REG");

  g_assert_nonnull (er);
  g_assert_false (er->primary);
  g_assert_null (er->rule);
  g_assert_null (er->maintenance);
  g_assert_null (er->duration_limit);
  g_assert_nonnull (er->duration_none);
  g_assert_null (er->duration_none->text);
  assert_sources (er->duration_none->sources, "FIX-LABEL");
  g_assert_null (rc_drug_lookup_regimen (drug, "nope"));
}

static void
test_primary_defaults_to_first (void)
{
  g_autofree char *fixture = kb_test_fixture ();
  g_autofree char *text =
      kb_test_variant (fixture, " form=\"tab\" primary=\"true\">", " form=\"tab\">");
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  RcDrug *drug;

  g_assert_true (rc_knowledge_base_load_bytes (kb, bytes, "no-primary.xml"));
  drug = rc_knowledge_base_lookup_drug (kb, "fixturine");
  g_assert_cmpstr (rc_drug_get_primary_regimen (drug)->id, ==, "oral-ir");
  g_assert_false (rc_drug_get_primary_regimen (drug)->primary);
}

static void
test_pharmacokinetics (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  RcPkValue                *value;

  g_assert_cmpuint (pk->tmax->len, ==, 1);
  g_assert_cmpuint (pk->half_life->len, ==, 2);

  /* The primary half-life comes first although the file lists it second. */
  value = g_ptr_array_index (pk->half_life, 0);
  g_assert_true (value->primary);
  g_assert_cmpint (value->kind, ==, RC_PK_KIND_PLASMA);
  g_assert_cmpfloat (value->q.min, ==, 4);
  g_assert_true (value->q.approx);
  value = g_ptr_array_index (pk->half_life, 1);
  g_assert_false (value->primary);
  g_assert_cmpint (value->kind, ==, RC_PK_KIND_TERMINAL);
  g_assert_cmpstr (value->q.note, ==, "From a small study.");
  assert_sources (value->q.sources, "FIX-STUDY");

  value = g_ptr_array_index (pk->bioavailability, 0);
  g_assert_cmpint (value->q.kind, ==, RC_VALUE_NOT_REPORTED);
  g_assert_cmpint (value->kind, ==, RC_PK_KIND_UNSPECIFIED);

  g_assert_cmpstr (pk->metabolism->text, ==, "Liver, by CYP1A2.");
  g_assert_cmpuint (g_strv_length (pk->enzymes), ==, 1);
  g_assert_cmpstr (pk->enzymes[0], ==, "CYP1A2");
  g_assert_cmpstr (pk->excretion->text, ==, "Urine & bile.");
  g_assert_cmpuint (pk->notes->len, ==, 0);
}

static void
test_adverse_effects (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  GPtrArray   *trials = rc_drug_get_trials (drug);
  GPtrArray   *incidences = rc_drug_get_incidences (drug);
  RcTrial     *trial;
  RcIncidence *incidence;

  g_assert_cmpuint (trials->len, ==, 1);
  trial = g_ptr_array_index (trials, 0);
  g_assert_cmpstr (trial->id, ==, "t1");
  g_assert_cmpuint (trial->arms->len, ==, 2);
  g_assert_cmpuint (((RcTrialArm *) g_ptr_array_index (trial->arms, 0))->n, ==, 100);
  g_assert_true (((RcTrialArm *) g_ptr_array_index (trial->arms, 0))->primary);
  g_assert_cmpstr (((RcTrialArm *) g_ptr_array_index (trial->arms, 0))->regimen_id, ==, "oral-ir");
  g_assert_cmpint (((RcTrialArm *) g_ptr_array_index (trial->arms, 1))->kind, ==, RC_ARM_PLACEBO);

  /* Four figures from the trial, then the effect reported without one. */
  g_assert_cmpuint (incidences->len, ==, 5);
  incidence = g_ptr_array_index (incidences, 0);
  g_assert_cmpstr (incidence->effect_id, ==, "somnolence");
  g_assert_true (incidence->trial == trial);
  g_assert_true (incidence->arm == g_ptr_array_index (trial->arms, 0));
  g_assert_cmpint (incidence->percent.kind, ==, RC_VALUE_EXACT);
  g_assert_cmpfloat (incidence->percent.max, ==, 20);
  g_assert_cmpstr (incidence->percent.unit, ==, "%");
  g_assert_true (((RcIncidence *) g_ptr_array_index (incidences, 1))->percent.unverified);

  incidence = g_ptr_array_index (incidences, 2);
  g_assert_cmpint (incidence->percent.kind, ==, RC_VALUE_RANGE);
  g_assert_cmpfloat (incidence->percent.min, ==, 10);
  g_assert_cmpfloat (incidence->percent.max, ==, 15);

  incidence = g_ptr_array_index (incidences, 3);
  g_assert_cmpint (incidence->percent.kind, ==, RC_VALUE_NOT_REPORTED);
  g_assert_true (incidence->arm == g_ptr_array_index (trial->arms, 1));

  incidence = g_ptr_array_index (incidences, 4);
  g_assert_cmpstr (incidence->effect_id, ==, "headache");
  g_assert_null (incidence->trial);
  g_assert_null (incidence->arm);
  g_assert_cmpint (incidence->percent.kind, ==, RC_VALUE_NOT_REPORTED);
  assert_sources (incidence->percent.sources, "FIX-LABEL");

  g_assert_cmpuint (rc_drug_get_adverse_notes (drug)->len, ==, 1);
}

static void
test_safety_and_populations (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  RcWarning     *boxed = g_ptr_array_index (rc_drug_get_boxed_warnings (drug), 0);
  RcWarning     *contraindication = g_ptr_array_index (rc_drug_get_contraindications (drug), 0);
  RcWarning     *warning = g_ptr_array_index (rc_drug_get_warnings (drug), 0);
  GPtrArray     *interactions = rc_drug_get_interactions (drug);
  RcInteraction *interaction;
  const RcPopulationNote *renal = rc_drug_get_population (drug, RC_POPULATION_RENAL);
  const RcBeersNote      *beers = rc_drug_get_beers (drug);
  RcMyth                 *myth;

  g_assert_cmpstr (boxed->title, ==, "Do not stop suddenly");
  g_assert_true (boxed->has_route);
  g_assert_null (boxed->kind);
  g_assert_null (contraindication->title);
  g_assert_cmpstr (contraindication->text, ==, "Allergy to fixturine.");
  g_assert_false (contraindication->has_route);
  g_assert_cmpstr (warning->kind, ==, "sedation");
  g_assert_cmpstr (warning->text, ==, "It may make you sleepy.");

  g_assert_cmpuint (interactions->len, ==, 2);
  interaction = g_ptr_array_index (interactions, 0);
  g_assert_cmpuint (g_strv_length (interaction->agents), ==, 2);
  g_assert_cmpstr (interaction->agents[1], ==, "cyp1a2-inhibitors");
  g_assert_cmpint (interaction->severity, ==, RC_SEVERITY_AVOID);
  g_assert_cmpstr (interaction->mechanism, ==, "CYP1A2 inhibition");
  interaction = g_ptr_array_index (interactions, 1);
  g_assert_cmpint (interaction->severity, ==, RC_SEVERITY_CAUTION);
  g_assert_null (interaction->mechanism);

  g_assert_nonnull (renal);
  g_assert_cmpint (renal->verdict, ==, RC_VERDICT_ADJUST);
  g_assert_cmpstr (renal->summary, ==, "Lower dose");
  g_assert_cmpint (rc_drug_get_population (drug, RC_POPULATION_ELDERLY)->verdict, ==,
                   RC_VERDICT_CAUTION);
  g_assert_null (rc_drug_get_population (drug, RC_POPULATION_PREGNANCY));
  g_assert_cmpint (beers->recommendation, ==, RC_BEERS_AVOID);
  assert_sources (beers->sources, "FIX-REG");

  g_assert_cmpuint (rc_drug_get_overdose (drug)->len, ==, 1);
  g_assert_cmpuint (rc_drug_get_myths (drug)->len, ==, 1);
  myth = g_ptr_array_index (rc_drug_get_myths (drug), 0);
  g_assert_cmpstr (myth->topic, ==, "half-life");
  assert_sources (myth->seen_in, "FIX-WRONG");
  g_assert_cmpstr (myth->correction, ==, "The half-life is about 4 hours.");
}

static void
test_sources (void)
{
  RcDrug *drug;
  g_autoptr (RcKnowledgeBase) kb = load_fixture (&drug);
  GListModel      *sources = rc_drug_get_sources (drug);
  RcSource        *label = rc_drug_lookup_source (drug, "FIX-LABEL");
  RcSource        *regulation = rc_drug_lookup_source (drug, "FIX-REG");
  g_autofree char *title = NULL;
  int              year = 0;

  g_assert_true (g_list_model_get_item_type (sources) == RC_TYPE_SOURCE);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 4);
  g_assert_nonnull (label);
  g_assert_cmpint (rc_source_get_kind (label), ==, RC_SOURCE_LABEL);
  g_assert_cmpstr (rc_source_get_title (label), ==, "Fixturine test label");
  g_assert_cmpstr (rc_source_get_publisher (label), ==, "Test Publisher");
  g_assert_cmpint (rc_source_get_year (label), ==, 2024);
  g_assert_cmpuint (g_strv_length ((char **) rc_source_get_urls (label)), ==, 1);

  g_assert_null (rc_source_get_publisher (regulation));
  g_assert_cmpint (rc_source_get_year (regulation), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **) rc_source_get_urls (regulation)), ==, 2);
  g_assert_cmpint (rc_source_get_kind (rc_drug_lookup_source (drug, "FIX-WRONG")), ==,
                   RC_SOURCE_ERROR_EXAMPLE);
  g_assert_null (rc_drug_lookup_source (drug, "NOPE"));

  g_object_get (label, "title", &title, "year", &year, NULL);
  g_assert_cmpstr (title, ==, "Fixturine test label");
  g_assert_cmpint (year, ==, 2024);
}

static void
test_normalize_text (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "plain" },
    { "  lead and trail \n", "lead and trail" },
    { "a \t\n  b\r\nc", "a b c" },
    { "\n\t ", "" },
    { "", "" },
    /* Only ASCII white space folds, as in xgettext. */
    { "a\xc2\xa0\xc2\xa0"
      "b",
      "a\xc2\xa0\xc2\xa0"
      "b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = rc_kb_normalize_text (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }

  g_assert_null (rc_kb_normalize_text (NULL));
}

static void
test_translate_untranslated (void)
{
  g_autofree char *same = rc_kb_translate ("No catalog has this & that.");
  g_autofree char *empty = rc_kb_translate ("");

  /* Without a translation, the text comes back as it was; the empty
   * string never reaches gettext (it would return the catalog header). */
  g_assert_cmpstr (same, ==, "No catalog has this & that.");
  g_assert_cmpstr (empty, ==, "");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/model/identity", test_identity);
  g_test_add_func ("/core/model/indications", test_indications);
  g_test_add_func ("/core/model/regimens", test_regimens);
  g_test_add_func ("/core/model/primary-defaults-to-first", test_primary_defaults_to_first);
  g_test_add_func ("/core/model/pharmacokinetics", test_pharmacokinetics);
  g_test_add_func ("/core/model/adverse-effects", test_adverse_effects);
  g_test_add_func ("/core/model/safety-and-populations", test_safety_and_populations);
  g_test_add_func ("/core/model/sources", test_sources);
  g_test_add_func ("/core/model/normalize-text", test_normalize_text);
  g_test_add_func ("/core/model/translate-untranslated", test_translate_untranslated);

  return g_test_run ();
}
