/* test-kb-load.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-kb-test-utils.h"

/* The shipped knowledge base, overlay directories and what happens when
 * two files name the same drug. */

static const char *const shipped_order[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol",
};

static void
log_problems (RcKnowledgeBase *kb)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *text = rc_kb_problem_to_string (g_ptr_array_index (problems, i));

      g_test_message ("problem: %s", text);
    }
}

static RcKnowledgeBase *
load_with_dirs (const char *const *dirs)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, dirs, &error));
  g_assert_no_error (error);
  log_problems (kb);

  return kb;
}

static char *
drug_id_at (RcKnowledgeBase *kb, guint position)
{
  g_autoptr (RcDrug) drug = g_list_model_get_item (rc_knowledge_base_get_drugs (kb), position);

  g_assert_nonnull (drug);
  return g_strdup (rc_drug_get_id (drug));
}

/* A copy of the fixture that defines the drug id instead of fixturine. */
static char *
fixture_with_id (const char *id)
{
  g_autofree char *fixture = kb_test_fixture ();
  g_autofree char *attribute = g_strdup_printf ("<drug id=\"%s\"", id);

  return kb_test_variant (fixture, "<drug id=\"fixturine\"", attribute);
}

static char *
write_drug (const char *dir, const char *file_name, const char *id)
{
  g_autofree char *text = fixture_with_id (id);

  return kb_test_write (dir, file_name, text, -1);
}

static void
test_shipped_base (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (NULL);
  GListModel      *drugs = rc_knowledge_base_get_drugs (kb);
  g_autofree char *newest = NULL;

  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (drugs), ==, G_N_ELEMENTS (shipped_order));

  for (guint i = 0; i < G_N_ELEMENTS (shipped_order); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      g_assert_cmpstr (rc_drug_get_id (drug), ==, shipped_order[i]);
      g_assert_true (rc_knowledge_base_is_builtin_drug (kb, shipped_order[i]));
      g_assert_true (g_str_has_prefix (rc_drug_get_file (drug), "resource:///"));
      g_assert_true (rc_knowledge_base_lookup_drug (kb, shipped_order[i]) == drug);
      g_assert_nonnull (rc_drug_get_name (drug));
      if (g_strcmp0 (rc_drug_get_reviewed (drug), newest) > 0)
        {
          g_free (newest);
          newest = g_strdup (rc_drug_get_reviewed (drug));
        }
    }

  g_assert_cmpstr (rc_knowledge_base_get_version (kb), ==, newest);
  g_assert_false (rc_knowledge_base_is_builtin_drug (kb, "fixturine"));
  g_assert_null (rc_knowledge_base_lookup_drug (kb, "fixturine"));
}

static void
test_vocabularies (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (NULL);
  RcEffect *effect = rc_knowledge_base_lookup_effect (kb, "somnolence");
  RcAgent  *agent = rc_knowledge_base_lookup_agent (kb, "ciprofloxacin");

  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_effects (kb)), >, 10);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_agents (kb)), >, 10);

  g_assert_nonnull (effect);
  g_assert_cmpstr (rc_effect_get_id (effect), ==, "somnolence");
  g_assert_cmpstr (rc_effect_get_system_id (effect), ==, "nervous");
  g_assert_cmpstr (rc_effect_get_system_label (effect), ==, "Nervous system");

  g_assert_nonnull (agent);
  g_assert_cmpint (rc_agent_get_kind (agent), ==, RC_AGENT_DRUG);
  g_assert_true (g_strv_contains (rc_agent_get_member_of (agent), "cyp1a2-inhibitors"));

  g_assert_null (rc_knowledge_base_lookup_effect (kb, "no-such-effect"));
  g_assert_null (rc_knowledge_base_lookup_agent (kb, "no-such-agent"));
}

/* Every source id cited anywhere in a drug resolves to one of its
 * RcSources. */
static guint
check_cited (RcDrug *drug, const char *const *sources)
{
  g_assert_nonnull (sources);
  for (guint i = 0; sources[i] != NULL; i++)
    {
      RcSource *source = rc_drug_lookup_source (drug, sources[i]);

      if (source == NULL)
        g_test_message ("%s cites %s, which it does not list", rc_drug_get_id (drug), sources[i]);
      g_assert_nonnull (source);
      g_assert_cmpstr (rc_source_get_id (source), ==, sources[i]);
    }

  return g_strv_length ((char **) sources);
}

#define CITED(drug, record) check_cited ((drug), (const char *const *) (record)->sources)

static guint
check_pk_values (RcDrug *drug, GPtrArray *values)
{
  guint n = 0;

  for (guint i = 0; i < values->len; i++)
    n += CITED (drug, &((RcPkValue *) g_ptr_array_index (values, i))->q);

  return n;
}

static guint
check_regimen_sources (RcDrug *drug, const RcRegimen *regimen)
{
  guint n = CITED (drug, regimen);

  for (guint i = 0; i < regimen->steps->len; i++)
    n += CITED (drug, (RcTitrationStep *) g_ptr_array_index (regimen->steps, i));
  if (regimen->rule != NULL)
    n += CITED (drug, regimen->rule);
  for (guint i = 0; i < regimen->phases->len; i++)
    n += CITED (drug, (RcPhase *) g_ptr_array_index (regimen->phases, i));
  if (regimen->maintenance != NULL)
    n += CITED (drug, regimen->maintenance);
  n += CITED (drug, regimen->max_daily);
  n += CITED (drug, regimen->max_single);
  if (regimen->duration_limit != NULL)
    n += CITED (drug, regimen->duration_limit);
  if (regimen->duration_none != NULL)
    n += CITED (drug, regimen->duration_none);
  g_assert_true ((regimen->duration_limit == NULL) != (regimen->duration_none == NULL));
  if (regimen->taper != NULL)
    n += CITED (drug, regimen->taper);
  for (guint i = 0; i < regimen->notes->len; i++)
    n += CITED (drug, (RcFact *) g_ptr_array_index (regimen->notes, i));

  return n;
}

static guint
check_all_sources (RcKnowledgeBase *kb, RcDrug *drug)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  GPtrArray                *lists[] = {
                   rc_drug_get_boxed_warnings (drug),
                   rc_drug_get_contraindications (drug),
                   rc_drug_get_warnings (drug),
  };
  guint n = 0;

  n += CITED (drug, rc_drug_get_class (drug));
  n += CITED (drug, rc_drug_get_schedule (drug));
  for (guint i = 0; i < rc_drug_get_brands (drug)->len; i++)
    n += CITED (drug, (RcBrand *) g_ptr_array_index (rc_drug_get_brands (drug), i));
  for (guint i = 0; i < rc_drug_get_forms (drug)->len; i++)
    n += CITED (drug, (RcForm *) g_ptr_array_index (rc_drug_get_forms (drug), i));
  n += CITED (drug, rc_drug_get_mechanism_summary (drug));
  n += CITED (drug, rc_drug_get_mechanism_detail (drug));
  for (guint i = 0; i < rc_drug_get_indications (drug)->len; i++)
    n += CITED (drug, (RcIndication *) g_ptr_array_index (rc_drug_get_indications (drug), i));
  for (guint i = 0; i < rc_drug_get_regimens (drug)->len; i++)
    n += check_regimen_sources (drug, g_ptr_array_index (rc_drug_get_regimens (drug), i));

  n += check_pk_values (drug, pk->tmax);
  n += check_pk_values (drug, pk->half_life);
  n += check_pk_values (drug, pk->bioavailability);
  n += check_pk_values (drug, pk->protein_binding);
  n += CITED (drug, pk->metabolism);
  n += CITED (drug, pk->excretion);
  for (guint i = 0; i < pk->notes->len; i++)
    n += CITED (drug, (RcFact *) g_ptr_array_index (pk->notes, i));

  for (guint i = 0; i < rc_drug_get_trials (drug)->len; i++)
    n += CITED (drug, (RcTrial *) g_ptr_array_index (rc_drug_get_trials (drug), i));
  for (guint i = 0; i < rc_drug_get_incidences (drug)->len; i++)
    {
      RcIncidence *incidence = g_ptr_array_index (rc_drug_get_incidences (drug), i);

      n += CITED (drug, &incidence->percent);
      g_assert_nonnull (rc_knowledge_base_lookup_effect (kb, incidence->effect_id));
    }
  for (guint i = 0; i < rc_drug_get_adverse_notes (drug)->len; i++)
    n += CITED (drug, (RcFact *) g_ptr_array_index (rc_drug_get_adverse_notes (drug), i));

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      n += CITED (drug, (RcWarning *) g_ptr_array_index (lists[l], i));

  for (guint i = 0; i < rc_drug_get_interactions (drug)->len; i++)
    {
      RcInteraction *interaction = g_ptr_array_index (rc_drug_get_interactions (drug), i);

      n += CITED (drug, interaction);
      for (guint a = 0; interaction->agents[a] != NULL; a++)
        g_assert_nonnull (rc_knowledge_base_lookup_agent (kb, interaction->agents[a]));
    }

  for (RcPopulation group = 0; group < RC_N_POPULATIONS; group++)
    if (rc_drug_get_population (drug, group) != NULL)
      n += CITED (drug, rc_drug_get_population (drug, group));
  n += CITED (drug, rc_drug_get_beers (drug));

  for (guint i = 0; i < rc_drug_get_overdose (drug)->len; i++)
    n += CITED (drug, (RcFact *) g_ptr_array_index (rc_drug_get_overdose (drug), i));
  for (guint i = 0; i < rc_drug_get_myths (drug)->len; i++)
    {
      RcMyth *myth = g_ptr_array_index (rc_drug_get_myths (drug), i);

      n += CITED (drug, myth);
      n += check_cited (drug, (const char *const *) myth->seen_in);
    }

  return n;
}

static void
test_shipped_sources_resolve (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (NULL);
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  g_assert_cmpuint (g_list_model_get_n_items (drugs), ==, G_N_ELEMENTS (shipped_order));
  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      guint n_citations = check_all_sources (kb, drug);

      g_test_message ("%s: %u citations, %u sources", rc_drug_get_id (drug), n_citations,
                      g_list_model_get_n_items (rc_drug_get_sources (drug)));
      g_assert_cmpuint (n_citations, >, 20);
      g_assert_cmpuint (g_list_model_get_n_items (rc_drug_get_sources (drug)), >, 0);
    }
}

static void
test_shipped_model (void)
{
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (NULL);
  RcDrug                *baclofen = rc_knowledge_base_lookup_drug (kb, "baclofen");
  RcDrug                *tizanidine = rc_knowledge_base_lookup_drug (kb, "tizanidine");
  RcDrug                *methocarbamol = rc_knowledge_base_lookup_drug (kb, "methocarbamol");
  RcDrug                *carisoprodol = rc_knowledge_base_lookup_drug (kb, "carisoprodol");
  const RcRegimen       *regimen;
  const RcTitrationStep *first;
  const RcScheduleInfo  *schedule;
  GPtrArray             *incidences;
  guint                  n_dated = 0;

  /* Baclofen: four dated steps, starting at 5 mg three times a day. */
  regimen = rc_drug_get_primary_regimen (baclofen);
  g_assert_nonnull (regimen);
  g_assert_true (regimen->primary);
  for (guint i = 0; i < regimen->steps->len; i++)
    if (((RcTitrationStep *) g_ptr_array_index (regimen->steps, i))->from_day > 0)
      n_dated++;
  g_assert_cmpuint (n_dated, ==, 4);
  first = g_ptr_array_index (regimen->steps, 0);
  g_assert_cmpuint (first->from_day, ==, 1);
  g_assert_cmpfloat (first->dose_min, ==, 5);
  g_assert_cmpfloat (first->dose_max, ==, 5);
  g_assert_cmpstr (first->unit, ==, "mg");
  g_assert_cmpuint (first->times_per_day, ==, 3);

  /* Tizanidine: a titration rule instead of a calendar. */
  regimen = rc_drug_get_primary_regimen (tizanidine);
  g_assert_nonnull (regimen);
  g_assert_nonnull (regimen->rule);
  g_assert_cmpfloat (regimen->rule->increment_min, <=, regimen->rule->increment_max);

  /* Methocarbamol: the label lists effects without figures. */
  incidences = rc_drug_get_incidences (methocarbamol);
  g_assert_cmpuint (incidences->len, >, 0);
  for (guint i = 0; i < incidences->len; i++)
    {
      RcIncidence *incidence = g_ptr_array_index (incidences, i);

      g_assert_cmpint (incidence->percent.kind, ==, RC_VALUE_NOT_REPORTED);
      g_assert_null (incidence->percent.unit);
    }

  /* Carisoprodol: Schedule IV since 11 January 2012. */
  schedule = rc_drug_get_schedule (carisoprodol);
  g_assert_nonnull (schedule);
  g_assert_cmpint (schedule->us, ==, RC_SCHEDULE_IV);
  g_assert_cmpstr (schedule->since, ==, "2012-01-11");
}

/* ---- Overlay directories ---- */

static void
test_missing_directory_is_skipped (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *missing = g_build_filename (dir, "not-there", NULL);
  const char *const dirs[] = { missing, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);

  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 5);
  kb_test_remove_dir (dir);
}

static void
test_file_as_directory (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *file = kb_test_write (dir, "plain.txt", "hello", -1);
  const char *const dirs[] = { file, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);

  kb_test_assert_problem (kb_test_single_error (kb), file, 0, "not a folder");
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 5);
  kb_test_remove_dir (dir);
}

static void
test_bad_file_among_good_ones (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *good_a = write_drug (dir, "a.xml", "fx-alpha");
  g_autofree char  *bad = kb_test_write (dir, "b.xml", "<drug>\n  <name>&</name>\n</drug>\n", -1);
  g_autofree char  *good_c = write_drug (dir, "c.xml", "fx-gamma");
  g_autofree char  *ignored = kb_test_write (dir, "notes.txt", "not a drug", -1);
  g_autofree char  *hidden = kb_test_write (dir, ".backup.xml", "<broken", -1);
  const char *const dirs[] = { dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);
  const RcKbProblem *problem = kb_test_single_error (kb);

  kb_test_assert_problem (problem, bad, 2, "&amp;");
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 7);
  g_assert_cmpstr (rc_drug_get_file (rc_knowledge_base_lookup_drug (kb, "fx-alpha")), ==, good_a);
  g_assert_cmpstr (rc_drug_get_file (rc_knowledge_base_lookup_drug (kb, "fx-gamma")), ==, good_c);
  g_assert_false (rc_knowledge_base_is_builtin_drug (kb, "fx-alpha"));
  kb_test_remove_dir (dir);
}

static void
test_extra_drugs_sorted_by_id (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *first = write_drug (dir, "1.xml", "zeta");
  g_autofree char  *second = write_drug (dir, "2.xml", "alpha");
  const char *const dirs[] = { dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);
  const char *const expected[] = {
    "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol", "alpha", "zeta",
  };

  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==,
                    G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *id = drug_id_at (kb, i);

      g_assert_cmpstr (id, ==, expected[i]);
    }
  kb_test_remove_dir (dir);
}

static void
test_duplicate_in_same_directory (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *a = write_drug (dir, "a.xml", "fx-dup");
  g_autofree char  *b = write_drug (dir, "b.xml", "fx-dup");
  const char *const dirs[] = { dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);
  g_autofree char   *fixture = fixture_with_id ("fx-dup");
  const RcKbProblem *problem = kb_test_single_error (kb);

  /* The later file by name is the error, and the message names the
   * earlier one. */
  kb_test_assert_problem (problem, b, kb_test_line_of (fixture, "<drug id="), "fx-dup");
  g_assert_cmpint (problem->code, ==, RC_KB_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (problem->message, a));
  g_assert_cmpstr (rc_drug_get_file (rc_knowledge_base_lookup_drug (kb, "fx-dup")), ==, a);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 6);
  kb_test_remove_dir (dir);
}

static void
test_replacement_in_later_directory (void)
{
  g_autofree char  *first_dir = kb_test_make_dir ();
  g_autofree char  *second_dir = kb_test_make_dir ();
  g_autofree char  *early = write_drug (first_dir, "x.xml", "fx-rep");
  g_autofree char  *late = write_drug (second_dir, "y.xml", "fx-rep");
  const char *const dirs[] = { first_dir, second_dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);
  GPtrArray         *problems = rc_knowledge_base_get_problems (kb);
  const RcKbProblem *notice;
  g_autofree char   *fixture = fixture_with_id ("fx-rep");

  g_assert_cmpuint (problems->len, ==, 1);
  notice = g_ptr_array_index (problems, 0);
  g_assert_cmpint (notice->severity, ==, RC_KB_PROBLEM_NOTICE);
  g_assert_cmpint (notice->code, ==, RC_KB_ERROR_DUPLICATE);
  kb_test_assert_problem (notice, late, kb_test_line_of (fixture, "<drug id="), "replaces");
  g_assert_nonnull (strstr (notice->message, early));
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 0);
  g_assert_cmpstr (rc_drug_get_file (rc_knowledge_base_lookup_drug (kb, "fx-rep")), ==, late);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 6);
  kb_test_remove_dir (first_dir);
  kb_test_remove_dir (second_dir);
}

static void
test_overlay_replaces_builtin (void)
{
  g_autofree char  *dir = kb_test_make_dir ();
  g_autofree char  *path = write_drug (dir, "my-baclofen.xml", "baclofen");
  const char *const dirs[] = { dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);
  GPtrArray         *problems = rc_knowledge_base_get_problems (kb);
  const RcKbProblem *notice;
  g_autofree char   *first = drug_id_at (kb, 0);
  RcDrug            *drug = rc_knowledge_base_lookup_drug (kb, "baclofen");

  g_assert_cmpuint (problems->len, ==, 1);
  notice = g_ptr_array_index (problems, 0);
  g_assert_cmpint (notice->severity, ==, RC_KB_PROBLEM_NOTICE);
  g_assert_cmpstr (notice->file, ==, path);
  g_assert_nonnull (strstr (notice->message, "resource:///"));

  /* It keeps the built-in drug's place, but is no longer the built-in
   * drug. */
  g_assert_cmpstr (first, ==, "baclofen");
  g_assert_false (rc_knowledge_base_is_builtin_drug (kb, "baclofen"));
  g_assert_true (rc_knowledge_base_is_builtin_drug (kb, "tizanidine"));
  g_assert_cmpstr (rc_drug_get_file (drug), ==, path);
  g_assert_cmpstr (rc_drug_get_name (drug), ==, "Fixturine");
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 5);
  kb_test_remove_dir (dir);
}

static void
test_vocabulary_in_directory_is_refused (void)
{
  g_autofree char *dir = kb_test_make_dir ();
  g_autofree char *path =
      kb_test_write (dir, "effects.xml",
                     "<effects>\n  <system id=\"s\"><label>S</label></system>\n"
                     "  <effect id=\"e\" system=\"s\"><label>E</label></effect>\n</effects>\n",
                     -1);
  const char *const dirs[] = { dir, NULL };
  g_autoptr (RcKnowledgeBase) kb = load_with_dirs (dirs);

  kb_test_assert_problem (kb_test_single_error (kb), path, 1, "Only drug files");
  g_assert_nonnull (rc_knowledge_base_lookup_effect (kb, "somnolence"));
  g_assert_null (rc_knowledge_base_lookup_effect (kb, "e"));
  kb_test_remove_dir (dir);
}

static void
test_default_dirs (void)
{
  g_auto (GStrv) dirs = rc_knowledge_base_get_default_dirs ();
  g_autofree char *user =
      g_build_filename (g_get_user_data_dir (), "relaxant-compare", "drugs", NULL);

  g_assert_cmpuint (g_strv_length (dirs), ==, 2);
  g_assert_true (g_str_has_suffix (dirs[0], G_DIR_SEPARATOR_S "drugs"));
  g_assert_true (g_path_is_absolute (dirs[0]));
  g_assert_cmpstr (dirs[1], ==, user);
}

static void
test_validate_does_not_add (void)
{
  g_autofree char *dir = kb_test_make_dir ();
  g_autofree char *path = write_drug (dir, "v.xml", "fx-valid");
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GPtrArray) problems =
      g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);

  g_assert_true (rc_knowledge_base_validate_file (kb, file, problems));
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 0);
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);
  kb_test_remove_dir (dir);
}

static void
test_load_bytes (void)
{
  g_autofree char *text = fixture_with_id ("fx-bytes");
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  RcDrug *drug;

  g_assert_true (rc_knowledge_base_load_bytes (kb, bytes, "memory:fx-bytes"));
  drug = rc_knowledge_base_lookup_drug (kb, "fx-bytes");
  g_assert_nonnull (drug);
  g_assert_cmpstr (rc_drug_get_file (drug), ==, "memory:fx-bytes");

  /* A second direct load replaces the drug, with a notice. */
  g_assert_true (rc_knowledge_base_load_bytes (kb, bytes, "memory:again"));
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 1);
  g_assert_cmpstr (rc_drug_get_file (rc_knowledge_base_lookup_drug (kb, "fx-bytes")), ==,
                   "memory:again");
}

static void
test_drugs_die_with_the_base (void)
{
  RcKnowledgeBase *kb = load_with_dirs (NULL);
  RcDrug          *drug = rc_knowledge_base_lookup_drug (kb, "baclofen");
  RcSource        *source = g_list_model_get_item (rc_drug_get_sources (drug), 0);

  g_object_add_weak_pointer (G_OBJECT (drug), (gpointer *) &drug);
  g_object_add_weak_pointer (G_OBJECT (source), (gpointer *) &source);
  g_object_unref (source);

  g_assert_finalize_object (kb);
  g_assert_null (drug);
  g_assert_null (source);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/load/shipped/base", test_shipped_base);
  g_test_add_func ("/core/load/shipped/vocabularies", test_vocabularies);
  g_test_add_func ("/core/load/shipped/sources-resolve", test_shipped_sources_resolve);
  g_test_add_func ("/core/load/shipped/model", test_shipped_model);
  g_test_add_func ("/core/load/dirs/missing-is-skipped", test_missing_directory_is_skipped);
  g_test_add_func ("/core/load/dirs/file-as-directory", test_file_as_directory);
  g_test_add_func ("/core/load/dirs/bad-among-good", test_bad_file_among_good_ones);
  g_test_add_func ("/core/load/dirs/sorted-by-id", test_extra_drugs_sorted_by_id);
  g_test_add_func ("/core/load/dirs/duplicate-same-dir", test_duplicate_in_same_directory);
  g_test_add_func ("/core/load/dirs/replacement-later-dir", test_replacement_in_later_directory);
  g_test_add_func ("/core/load/dirs/replaces-builtin", test_overlay_replaces_builtin);
  g_test_add_func ("/core/load/dirs/vocabulary-refused", test_vocabulary_in_directory_is_refused);
  g_test_add_func ("/core/load/default-dirs", test_default_dirs);
  g_test_add_func ("/core/load/validate-does-not-add", test_validate_does_not_add);
  g_test_add_func ("/core/load/bytes", test_load_bytes);
  g_test_add_func ("/core/load/drugs-die-with-the-base", test_drugs_die_with_the_base);

  return g_test_run ();
}
