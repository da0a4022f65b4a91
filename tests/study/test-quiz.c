/* test-quiz.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "rc-format.h"
#include "rc-quiz.h"
#include "rc-search.h"

#define SEED 20261121u

/* The shipped knowledge base, and the same plus a fixture drug (a copy of
 * tizanidine under another id with some facts marked unverified). */
static RcKnowledgeBase *shipped;
static RcKnowledgeBase *with_fixture;
static char            *fixture_dir;

/* ---- An independent model of every template's question ---------------- *
 * Nothing below calls the generator's helpers: each predicate is worked
 * out again from the knowledge-base model, so a generator bug shows up as
 * a disagreement. */

static gboolean
usable_q (const RcQuantity *q)
{
  return q != NULL && q->kind != RC_VALUE_NOT_REPORTED && !q->unverified;
}

static gboolean
usable_fact (const RcFact *f)
{
  return f != NULL && f->text != NULL && !f->unverified;
}

static RcDrug *
drug_by_name (RcKnowledgeBase *kb, const char *name)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      if (g_str_equal (rc_drug_get_name (drug), name))
        return drug; /* the knowledge base keeps its reference */
    }
  return NULL;
}

static RcDrug *
option_drug (RcKnowledgeBase *kb, const char *name)
{
  RcDrug *drug = drug_by_name (kb, name);

  if (drug == NULL)
    g_error ("option “%s” is not a drug name", name);
  return drug;
}

static const RcRegimen *
regimen_by_id (RcDrug *drug, const char *id)
{
  const RcRegimen *regimen = rc_drug_lookup_regimen (drug, id);

  g_assert_nonnull (regimen);
  return regimen;
}

/* Every class an agent belongs to, transitively, and the agent itself. */
static void
ancestors (RcKnowledgeBase *kb, const char *id, GHashTable *out)
{
  RcAgent *agent;

  if (!g_hash_table_add (out, (gpointer) id))
    return;
  agent = rc_knowledge_base_lookup_agent (kb, id);
  if (agent == NULL)
    return;
  for (const char *const *p = rc_agent_get_member_of (agent); p != NULL && *p != NULL; p++)
    ancestors (kb, *p, out);
}

static gboolean
agents_related (RcKnowledgeBase *kb, const char *a, const char *b)
{
  g_autoptr (GHashTable) up_a = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) up_b = g_hash_table_new (g_str_hash, g_str_equal);

  ancestors (kb, a, up_a);
  ancestors (kb, b, up_b);
  return g_hash_table_contains (up_a, b) || g_hash_table_contains (up_b, a);
}

/* Does drug have (any, verified or not) contraindicated interaction with
 * something related to agent? */
static gboolean
is_contraindicated_with (RcKnowledgeBase *kb, RcDrug *drug, const char *agent)
{
  GPtrArray *interactions = rc_drug_get_interactions (drug);

  for (guint i = 0; i < interactions->len; i++)
    {
      const RcInteraction *x = g_ptr_array_index (interactions, i);

      if (x->severity != RC_SEVERITY_CONTRAINDICATED)
        continue;
      for (guint k = 0; x->agents[k] != NULL; k++)
        if (agents_related (kb, x->agents[k], agent))
          return TRUE;
    }
  return FALSE;
}

static const RcPkValue *
test_primary_half_life (RcDrug *drug)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  for (guint i = 0; pk != NULL && i < pk->half_life->len; i++)
    if (((RcPkValue *) g_ptr_array_index (pk->half_life, i))->primary)
      return g_ptr_array_index (pk->half_life, i);
  return NULL;
}

/* Could a person fairly say drug's half-life is q? Yes when any value it
 * reports is within a factor of 1.5 of q, or in another unit. */
static gboolean
half_life_could_be (RcDrug *drug, const RcQuantity *q)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  for (guint i = 0; pk != NULL && i < pk->half_life->len; i++)
    {
      const RcQuantity *v = &((RcPkValue *) g_ptr_array_index (pk->half_life, i))->q;
      double            lo, hi;

      if (v->kind == RC_VALUE_NOT_REPORTED)
        continue;
      if (g_strcmp0 (v->unit, q->unit) != 0)
        return TRUE;
      lo = MIN (v->max, q->max);
      hi = MAX (v->min, q->min);
      if (hi <= lo || hi / lo < 1.5)
        return TRUE;
    }
  return FALSE;
}

static const RcIncidence *
incidence_by_label (RcKnowledgeBase  *kb,
                    RcDrug           *drug,
                    const RcTrial    *trial,
                    const RcTrialArm *arm,
                    const char       *label)
{
  GPtrArray *incidences = rc_drug_get_incidences (drug);

  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *x = g_ptr_array_index (incidences, i);
      RcEffect          *effect = rc_knowledge_base_lookup_effect (kb, x->effect_id);

      if (x->trial == trial && x->arm == arm && effect != NULL &&
          g_str_equal (rc_effect_get_label (effect), label))
        return x;
    }
  return NULL;
}

static const RcTrial *
trial_by_id (RcDrug *drug, const char *id)
{
  GPtrArray *trials = rc_drug_get_trials (drug);

  for (guint i = 0; i < trials->len; i++)
    if (g_str_equal (((RcTrial *) g_ptr_array_index (trials, i))->id, id))
      return g_ptr_array_index (trials, i);
  g_error ("no trial %s", id);
}

static const RcTrialArm *
primary_arm (const RcTrial *trial)
{
  for (guint i = 0; i < trial->arms->len; i++)
    {
      const RcTrialArm *arm = g_ptr_array_index (trial->arms, i);

      if (arm->kind == RC_ARM_DRUG && arm->primary)
        return arm;
    }
  g_error ("trial %s has no primary drug arm", trial->id);
}

static gboolean
text_is_any_labelled_max (RcKnowledgeBase *kb, const char *text)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GPtrArray *regimens = rc_drug_get_regimens (drug);

      for (guint r = 0; r < regimens->len; r++)
        {
          const RcRegimen *regimen = g_ptr_array_index (regimens, r);
          g_autofree char *value = NULL;

          if (regimen->max_daily == NULL || regimen->max_daily->kind == RC_VALUE_NOT_REPORTED)
            continue;
          value = rc_format_quantity (regimen->max_daily, RC_FORMAT_LOCALE);
          if (g_str_equal (value, text))
            return TRUE;
        }
    }
  return FALSE;
}

/* A wrong max-daily option must be another drug's verified maximum or
 * nobody's labelled value at all. */
static gboolean
text_is_other_verified_max (RcKnowledgeBase *kb, RcDrug *self, const char *text)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GPtrArray *regimens = rc_drug_get_regimens (drug);

      if (drug == self)
        continue;
      for (guint r = 0; r < regimens->len; r++)
        {
          const RcRegimen *regimen = g_ptr_array_index (regimens, r);
          g_autofree char *value = NULL;

          if (!usable_q (regimen->max_daily) || regimen->unverified)
            continue;
          value = rc_format_quantity (regimen->max_daily, RC_FORMAT_LOCALE);
          if (g_str_equal (value, text))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
certainly_no_duration_limit (RcDrug *drug)
{
  GPtrArray *regimens = rc_drug_get_regimens (drug);

  for (guint r = 0; r < regimens->len; r++)
    {
      const RcRegimen *regimen = g_ptr_array_index (regimens, r);

      if (regimen->duration_limit != NULL || !usable_fact (regimen->duration_none))
        return FALSE;
    }
  return regimens->len > 0;
}

static const RcMyth *
myth_by_field (RcDrug *drug, const char *field)
{
  GPtrArray *myths = rc_drug_get_myths (drug);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < myths->len; i++)
    {
      const RcMyth    *myth = g_ptr_array_index (myths, i);
      guint            n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, myth->topic)) + 1;
      g_autofree char *key =
          n == 1 ? g_strdup (myth->topic) : g_strdup_printf ("%s-%u", myth->topic, n);

      g_hash_table_insert (seen, myth->topic, GUINT_TO_POINTER (n));
      if (g_str_equal (key, field))
        return myth;
    }
  return NULL;
}

/* Whether option i of q is a right answer, worked out from the model.
 * Also asserts that what decides the option is reported and verified. */
static gboolean
option_is_right (RcKnowledgeBase *kb, const RcQuestion *q, RcDrug *drug, guint i)
{
  const char *t = q->template_id;
  const char *option = q->options[i];

  if (g_str_equal (t, RC_QUIZ_TEMPLATE_SCHEDULE))
    {
      const RcScheduleInfo *mine = rc_drug_get_schedule (drug);
      const RcScheduleInfo *theirs = rc_drug_get_schedule (option_drug (kb, option));

      g_assert_false (mine->unverified);
      g_assert_false (theirs->unverified);
      g_assert_cmpint (mine->us, !=, RC_SCHEDULE_NONE);
      g_assert_nonnull (strstr (q->prompt, rc_schedule_to_string (mine->us)));
      return theirs->us == mine->us;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_MAX_DAILY))
    {
      const RcRegimen *regimen = regimen_by_id (drug, q->field);
      g_autofree char *value = NULL;

      g_assert_false (regimen->unverified);
      g_assert_true (usable_q (regimen->max_daily));
      value = rc_format_quantity (regimen->max_daily, RC_FORMAT_LOCALE);
      if (g_str_equal (value, option))
        return TRUE;
      g_assert_true (text_is_other_verified_max (kb, drug, option) ||
                     !text_is_any_labelled_max (kb, option));
      return FALSE;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_DURATION_LIMIT))
    {
      RcDrug          *other = option_drug (kb, option);
      const RcRegimen *regimen = regimen_by_id (drug, q->field);
      GPtrArray       *regimens = rc_drug_get_regimens (other);

      g_assert_true (usable_q (regimen->duration_limit));
      for (guint r = 0; r < regimens->len; r++)
        if (((RcRegimen *) g_ptr_array_index (regimens, r))->duration_limit != NULL)
          return TRUE;
      g_assert_true (certainly_no_duration_limit (other));
      return FALSE;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_HALF_LIFE))
    {
      RcDrug          *other = option_drug (kb, option);
      const RcPkValue *mine = test_primary_half_life (drug);
      const RcPkValue *theirs = test_primary_half_life (other);

      g_assert_nonnull (mine);
      g_assert_true (usable_q (&mine->q));
      g_assert_nonnull (theirs);
      g_assert_true (usable_q (&theirs->q));
      return half_life_could_be (other, &mine->q);
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_ENZYME))
    {
      const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

      g_assert_true (usable_fact (pk->metabolism));
      g_assert_cmpuint (g_strv_length (pk->enzymes), ==, 1);
      return g_strv_contains ((const char *const *) pk->enzymes, option);
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_TOP_ADVERSE_EFFECT))
    {
      const RcTrial     *trial = trial_by_id (drug, q->field);
      const RcTrialArm  *arm = primary_arm (trial);
      const RcIncidence *x = incidence_by_label (kb, drug, trial, arm, option);
      GPtrArray         *incidences = rc_drug_get_incidences (drug);

      g_assert_nonnull (x);
      g_assert_true (usable_q (&x->percent));
      g_assert_false (trial->unverified);
      /* "Which of these": right when every other option is certainly less
       * common. */
      for (guint k = 0; k < q->n_options; k++)
        {
          const RcIncidence *y;

          if (k == i)
            continue;
          y = incidence_by_label (kb, drug, trial, arm, q->options[k]);
          g_assert_nonnull (y);
          if (y->percent.max >= x->percent.min)
            return FALSE;
        }
      /* And the right one is the most common of the whole arm: nothing
       * else, shown or not, verified or not, goes higher. */
      for (guint k = 0; k < incidences->len; k++)
        {
          const RcIncidence *y = g_ptr_array_index (incidences, k);

          if (y != x && y->trial == trial && y->arm == arm)
            {
              g_assert_cmpint (y->percent.kind, !=, RC_VALUE_NOT_REPORTED);
              g_assert_cmpfloat (y->percent.max, <, x->percent.max);
            }
        }
      return TRUE;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_BOXED_WARNING))
    {
      RcDrug    *other = option_drug (kb, option);
      GPtrArray *boxed = rc_drug_get_boxed_warnings (other);

      if (other == drug)
        {
          g_assert_cmpuint (boxed->len, >, 0);
          g_assert_false (((RcWarning *) g_ptr_array_index (boxed, 0))->unverified);
        }
      return boxed->len > 0;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_CONTRAINDICATED))
    {
      RcDrug *other = option_drug (kb, option);

      if (other == drug)
        {
          GPtrArray *interactions = rc_drug_get_interactions (drug);
          gboolean   verified = FALSE;

          for (guint k = 0; k < interactions->len; k++)
            {
              const RcInteraction *x = g_ptr_array_index (interactions, k);

              if (x->severity == RC_SEVERITY_CONTRAINDICATED && !x->unverified &&
                  g_str_equal (x->agents[0], q->field))
                verified = TRUE;
            }
          g_assert_true (verified);
        }
      return is_contraindicated_with (kb, other, q->field);
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_BEERS))
    {
      const RcBeersNote *mine = rc_drug_get_beers (drug);
      const RcBeersNote *theirs = rc_drug_get_beers (option_drug (kb, option));

      g_assert_false (mine->unverified);
      g_assert_nonnull (theirs);
      g_assert_false (theirs->unverified);
      /* "Avoid in some conditions" overlaps the other ratings. */
      if (theirs->recommendation == RC_BEERS_AVOID_IF)
        return TRUE;
      return theirs->recommendation == mine->recommendation;
    }
  if (g_str_equal (t, RC_QUIZ_TEMPLATE_MYTH))
    {
      const RcMyth *myth = myth_by_field (drug, q->field);

      g_assert_nonnull (myth);
      g_assert_false (myth->unverified);
      g_assert_nonnull (strstr (q->prompt, myth->claim));
      g_assert_cmpstr (q->explanation, ==, myth->correction);
      /* The claim is false. */
      return i == 1;
    }

  g_error ("unknown template %s", t);
}

static void
check_question (RcKnowledgeBase *kb, const RcQuestion *q)
{
  RcDrug          *drug = rc_knowledge_base_lookup_drug (kb, q->drug_id);
  g_autofree char *expected_id = NULL;
  guint            n_right = 0;

  g_assert_nonnull (drug);
  expected_id = q->field != NULL
                    ? g_strdup_printf ("%s:%s:%s", q->template_id, q->drug_id, q->field)
                    : g_strdup_printf ("%s:%s", q->template_id, q->drug_id);
  g_assert_cmpstr (q->card_id, ==, expected_id);
  g_assert_true (g_strv_contains (rc_quiz_get_templates (), q->template_id));
  g_assert_true (g_strv_contains (rc_quiz_get_topics (), q->topic_id));
  g_assert_nonnull (rc_quiz_topic_get_label (q->topic_id));
  g_assert_nonnull (rc_section_get_label (q->section_id));
  g_assert_nonnull (q->prompt);
  g_assert_cmpstr (q->prompt, !=, "");
  g_assert_nonnull (q->explanation);
  g_assert_cmpstr (q->explanation, !=, "");

  /* Options: 2–4, distinct as displayed. */
  g_assert_cmpuint (q->n_options, ==, g_strv_length (q->options));
  g_assert_cmpuint (q->n_options, >=, 2);
  g_assert_cmpuint (q->n_options, <=, 4);
  g_assert_cmpuint (q->correct, <, q->n_options);
  for (guint i = 0; i < q->n_options; i++)
    for (guint k = i + 1; k < q->n_options; k++)
      g_assert_cmpstr (q->options[i], !=, q->options[k]);
  if (q->kind == RC_QUESTION_TRUE_FALSE)
    g_assert_cmpuint (q->n_options, ==, 2);

  /* Every source resolves in the drug's own list. */
  g_assert_nonnull (q->sources);
  g_assert_nonnull (q->sources[0]);
  for (guint i = 0; q->sources[i] != NULL; i++)
    g_assert_nonnull (rc_drug_lookup_source (drug, q->sources[i]));

  /* Exactly one right option, and it is the one the card says. */
  for (guint i = 0; i < q->n_options; i++)
    {
      gboolean right = option_is_right (kb, q, drug, i);

      if (right)
        {
          n_right++;
          g_assert_cmpuint (i, ==, q->correct);
          g_assert_true (rc_question_is_correct (q, i));
        }
      else
        g_assert_false (rc_question_is_correct (q, i));
    }
  g_assert_cmpuint (n_right, ==, 1);

  /* Distractors come from other drugs: no wrong option names this drug. */
  for (guint i = 0; i < q->n_options; i++)
    if (i != q->correct)
      g_assert_cmpstr (q->options[i], !=, rc_drug_get_name (drug));
}

static void
check_all (RcKnowledgeBase *kb)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (kb, SEED);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (questions->len, >, 0);
  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (questions, i);

      check_question (kb, q);
      g_assert_true (g_hash_table_add (ids, q->card_id));
    }
  g_test_message ("%u questions checked", questions->len);
}

static void
test_shipped_questions_are_right (void)
{
  check_all (shipped);
}

static void
test_fixture_questions_are_right (void)
{
  check_all (with_fixture);
}

/* ---- Coverage ----------------------------------------------------------- */

static void
test_templates_and_topics (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GHashTable) templates = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) topics = g_hash_table_new (g_str_hash, g_str_equal);
  const char *const expected_cards[] = {
    "schedule:carisoprodol",
    "max-daily:tizanidine:oral",
    "contraindicated:tizanidine:ciprofloxacin",
    "contraindicated:cyclobenzaprine:maois",
    "half-life:cyclobenzaprine",
    "beers:tizanidine",
    "top-adverse-effect:cyclobenzaprine:ir-placebo-controlled",
    "enzyme:tizanidine",
    "boxed-warning:baclofen",
    "duration-limit:cyclobenzaprine:ir",
    "duration-limit:carisoprodol:oral",
  };

  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (questions, i);

      g_hash_table_add (templates, q->template_id);
      g_hash_table_add (topics, q->topic_id);
    }
  g_assert_cmpuint (g_hash_table_size (templates), >=, 8);
  g_assert_cmpuint (g_hash_table_size (templates), ==,
                    g_strv_length ((char **) rc_quiz_get_templates ()));
  /* Every topic has cards. */
  g_assert_cmpuint (g_hash_table_size (topics), ==,
                    g_strv_length ((char **) rc_quiz_get_topics ()));

  for (guint i = 0; i < G_N_ELEMENTS (expected_cards); i++)
    if (rc_quiz_lookup (questions, expected_cards[i]) == NULL)
      g_error ("no card %s", expected_cards[i]);
}

static void
test_specific_answers (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (shipped, SEED);
  RcQuestion *q;

  q = rc_quiz_lookup (questions, "max-daily:tizanidine:oral");
  g_assert_cmpstr (q->options[q->correct], ==, "36 mg");
  g_assert_cmpuint (q->n_options, ==, 4);

  q = rc_quiz_lookup (questions, "schedule:carisoprodol");
  g_assert_cmpstr (q->options[q->correct], ==, "Carisoprodol");
  g_assert_nonnull (strstr (q->prompt, "Schedule IV"));

  q = rc_quiz_lookup (questions, "half-life:cyclobenzaprine");
  g_assert_cmpstr (q->options[q->correct], ==, "Cyclobenzaprine");
  g_assert_nonnull (strstr (q->prompt, "effective half-life of 18 h"));
  g_assert_cmpstr (q->section_id, ==, RC_SECTION_PHARMACOKINETICS);

  q = rc_quiz_lookup (questions, "top-adverse-effect:cyclobenzaprine:ir-placebo-controlled");
  g_assert_cmpuint (q->n_options, ==, 4);
  g_assert_true (g_str_has_prefix (q->options[q->correct], "Drowsiness"));

  q = rc_quiz_lookup (questions, "contraindicated:tizanidine:ciprofloxacin");
  g_assert_cmpstr (q->options[q->correct], ==, "Tizanidine");
  g_assert_cmpstr (q->topic_id, ==, RC_QUIZ_TOPIC_INTERACTIONS);

  q = rc_quiz_lookup (questions, "beers:tizanidine");
  g_assert_cmpstr (q->options[q->correct], ==, "Tizanidine");
  /* Baclofen is exempt from the general entry too: never a wrong answer. */
  g_assert_false (g_strv_contains ((const char *const *) q->options, "Baclofen"));

  /* Two drugs limit use to 2–3 weeks; neither is offered against the other. */
  q = rc_quiz_lookup (questions, "duration-limit:cyclobenzaprine:ir");
  g_assert_false (g_strv_contains ((const char *const *) q->options, "Carisoprodol"));
  g_assert_false (g_strv_contains ((const char *const *) q->options, "Baclofen"));
}

/* Carisoprodol's label gives no maximum daily dose: no card asks for it,
 * and no dose option anywhere claims one. */
static void
test_not_reported_never_used (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GPtrArray) cari = rc_quiz_filter (questions, "carisoprodol", RC_QUIZ_TOPIC_DOSING);

  for (guint i = 0; i < cari->len; i++)
    g_assert_false (
        g_str_has_prefix (((RcQuestion *) g_ptr_array_index (cari, i))->card_id, "max-daily:"));
  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (questions, i);

      for (guint k = 0; k < q->n_options; k++)
        g_assert_null (strstr (q->options[k], "Not reported"));
    }
}

static void
test_fixture_unverified_facts (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (with_fixture, SEED);
  g_autoptr (GPtrArray) fixture = rc_quiz_filter (questions, "tizafix", NULL);

  /* The unverified facts make no card... */
  g_assert_null (rc_quiz_lookup (questions, "max-daily:tizafix:oral"));
  g_assert_null (rc_quiz_lookup (questions, "enzyme:tizafix"));
  g_assert_null (rc_quiz_lookup (questions, "myth:tizafix:mechanism"));
  g_assert_null (rc_quiz_lookup (questions, "contraindicated:tizafix:ciprofloxacin"));
  /* ...while the rest of the drug from the extra file does. */
  g_assert_nonnull (rc_quiz_lookup (questions, "contraindicated:tizafix:fluvoxamine"));
  g_assert_nonnull (rc_quiz_lookup (questions, "myth:tizafix:start-dose"));
  g_assert_cmpuint (fixture->len, >=, 5);

  /* The unverified 50 mg is never offered, not even as a distractor. */
  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (questions, i);

      g_assert_false (g_strv_contains ((const char *const *) q->options, "50 mg"));
    }
}

static void
test_myths_are_true_false (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GPtrArray) myths = rc_quiz_filter (questions, NULL, RC_QUIZ_TOPIC_MYTHS);
  GListModel *drugs = rc_knowledge_base_get_drugs (shipped);
  guint       n_myths = 0;

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GPtrArray *list = rc_drug_get_myths (drug);

      for (guint k = 0; k < list->len; k++)
        if (!((RcMyth *) g_ptr_array_index (list, k))->unverified)
          n_myths++;
    }

  g_assert_cmpuint (myths->len, ==, n_myths);
  for (guint i = 0; i < myths->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (myths, i);

      g_assert_cmpint (q->kind, ==, RC_QUESTION_TRUE_FALSE);
      g_assert_cmpstr (q->options[0], ==, "True");
      g_assert_cmpstr (q->options[1], ==, "False");
      g_assert_cmpuint (q->correct, ==, 1);
      g_assert_cmpstr (q->section_id, ==, RC_SECTION_MYTHS);
    }
}

/* ---- Determinism -------------------------------------------------------- */

static char *
fingerprint (GPtrArray *questions)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion      *q = g_ptr_array_index (questions, i);
      g_autofree char *options = g_strjoinv ("|", q->options);

      g_string_append_printf (s, "%s#%u#%s\n", q->card_id, q->correct, options);
    }
  return g_string_free (s, FALSE);
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static void
test_deterministic (void)
{
  g_autoptr (GPtrArray) a = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GPtrArray) b = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GPtrArray) c = rc_quiz_generate_all (shipped, SEED + 1);
  g_autofree char *fa = fingerprint (a);
  g_autofree char *fb = fingerprint (b);
  g_autofree char *fc = fingerprint (c);
  g_autoptr (GPtrArray) ids_a = g_ptr_array_new ();
  g_autoptr (GPtrArray) ids_c = g_ptr_array_new ();
  guint option_orders_differ = 0;

  g_assert_cmpstr (fa, ==, fb);
  g_assert_cmpstr (fa, !=, fc);

  /* Another seed: the same cards, in another order... */
  for (guint i = 0; i < a->len; i++)
    g_ptr_array_add (ids_a, ((RcQuestion *) g_ptr_array_index (a, i))->card_id);
  for (guint i = 0; i < c->len; i++)
    g_ptr_array_add (ids_c, ((RcQuestion *) g_ptr_array_index (c, i))->card_id);
  g_assert_cmpuint (a->len, ==, c->len);
  {
    gboolean same_order = TRUE;

    for (guint i = 0; i < a->len; i++)
      if (!g_str_equal (g_ptr_array_index (ids_a, i), g_ptr_array_index (ids_c, i)))
        same_order = FALSE;
    g_assert_false (same_order);
  }
  g_ptr_array_sort (ids_a, compare_ids);
  g_ptr_array_sort (ids_c, compare_ids);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (ids_a, i), ==, g_ptr_array_index (ids_c, i));

  /* ...and with options in another order for some of them. */
  for (guint i = 0; i < a->len; i++)
    {
      RcQuestion      *qa = g_ptr_array_index (a, i);
      RcQuestion      *qc = rc_quiz_lookup (c, qa->card_id);
      g_autofree char *oa = g_strjoinv ("|", qa->options);
      g_autofree char *oc = g_strjoinv ("|", qc->options);

      if (!g_str_equal (oa, oc))
        option_orders_differ++;
      g_assert_cmpstr (qa->options[qa->correct], ==, qc->options[qc->correct]);
    }
  g_assert_cmpuint (option_orders_differ, >, 0);
}

static void
test_filter (void)
{
  g_autoptr (GPtrArray) all = rc_quiz_generate_all (shipped, SEED);
  g_autoptr (GPtrArray) tiz = rc_quiz_filter (all, "tizanidine", NULL);
  g_autoptr (GPtrArray) pk = rc_quiz_filter (all, NULL, RC_QUIZ_TOPIC_PHARMACOKINETICS);
  g_autoptr (GPtrArray) both = rc_quiz_filter (all, "tizanidine", RC_QUIZ_TOPIC_PHARMACOKINETICS);
  g_autoptr (GPtrArray) none = rc_quiz_filter (all, "no-such-drug", NULL);
  g_autoptr (GPtrArray) every = rc_quiz_filter (all, NULL, NULL);
  guint expected_tiz = 0;

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((RcQuestion *) g_ptr_array_index (all, i))->drug_id, "tizanidine"))
      expected_tiz++;

  g_assert_cmpuint (tiz->len, ==, expected_tiz);
  g_assert_cmpuint (tiz->len, >, 0);
  g_assert_cmpuint (both->len, >, 0);
  g_assert_cmpuint (both->len, <, tiz->len);
  g_assert_cmpuint (both->len, <, pk->len);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpuint (every->len, ==, all->len);
  for (guint i = 0; i < both->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (both, i);

      g_assert_cmpstr (q->drug_id, ==, "tizanidine");
      g_assert_cmpstr (q->topic_id, ==, RC_QUIZ_TOPIC_PHARMACOKINETICS);
    }
}

/* Ten questions with a fixed seed, for people to read in the test log. */
static void
test_sample (void)
{
  g_autoptr (GPtrArray) questions = rc_quiz_generate_all (shipped, 7);

  g_assert_cmpuint (questions->len, >=, 10);
  for (guint i = 0; i < 10; i++)
    {
      RcQuestion      *q = g_ptr_array_index (questions, i);
      g_autofree char *sources = rc_format_sources ((const char *const *) q->sources);

      g_test_message ("%u. [%s] %s", i + 1, q->card_id, q->prompt);
      for (guint k = 0; k < q->n_options; k++)
        g_test_message ("     %c %s", k == q->correct ? '*' : '-', q->options[k]);
      g_test_message ("     answer: %s; source: %s", q->options[q->correct], sources);
    }
}

/* ---- Fixture ------------------------------------------------------------ */

static char *
replace_once (char *text, const char *from, const char *to)
{
  g_auto (GStrv) parts = g_strsplit (text, from, -1);
  char *result;

  if (g_strv_length (parts) != 2)
    g_error ("fixture: “%s” does not occur exactly once", from);
  result = g_strjoinv (to, parts);
  g_free (text);
  return result;
}

static char *
make_fixture_dir (void)
{
  g_autofree char *source =
      g_build_filename (g_getenv ("RC_SOURCE_DIR"), "data", "drugs", "tizanidine.xml", NULL);
  g_autofree char *dir = g_dir_make_tmp ("rc-study-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tizafix.xml", NULL);
  g_autoptr (GError) error = NULL;
  char *xml = NULL;

  g_assert_true (g_file_get_contents (source, &xml, NULL, &error));
  g_assert_no_error (error);
  xml = replace_once (xml, "<drug id=\"tizanidine\"", "<drug id=\"tizafix\"");
  xml = replace_once (xml, "<name>Tizanidine</name>", "<name>Tizafix</name>");
  xml = replace_once (xml, "<max-daily source=\"ZAN-HL TIZ-GZ TIZ-DRUGS-DOSE\" value=\"36\"",
                      "<max-daily source=\"ZAN-HL TIZ-GZ TIZ-DRUGS-DOSE\" unverified=\"true\" "
                      "value=\"50\"");
  xml = replace_once (xml, "enzymes=\"CYP1A2\">", "enzymes=\"CYP1A2\" unverified=\"true\">");
  xml = replace_once (xml, "<myth source=\"ZAN-2013 TIZ-PILLSYNC\" topic=\"mechanism\">",
                      "<myth source=\"ZAN-2013 TIZ-PILLSYNC\" unverified=\"true\" "
                      "topic=\"mechanism\">");
  xml =
      replace_once (xml, "agents=\"ciprofloxacin cyp1a2-inhibitors\" severity=\"contraindicated\">",
                    "agents=\"ciprofloxacin cyp1a2-inhibitors\" severity=\"contraindicated\" "
                    "unverified=\"true\">");
  g_assert_true (g_file_set_contents (path, xml, -1, &error));
  g_assert_no_error (error);
  g_free (xml);
  return g_steal_pointer (&dir);
}

static RcKnowledgeBase *
load_kb (const char *extra_dir)
{
  g_autoptr (GError) error = NULL;
  const char      *dirs[] = { extra_dir, NULL };
  RcKnowledgeBase *kb = rc_knowledge_base_new ();

  if (!rc_knowledge_base_load_default (kb, extra_dir != NULL ? dirs : NULL, &error))
    g_error ("cannot load the knowledge base: %s", error->message);
  if (rc_knowledge_base_get_n_failed_files (kb) != 0)
    {
      GPtrArray *problems = rc_knowledge_base_get_problems (kb);

      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = rc_kb_problem_to_string (g_ptr_array_index (problems, i));
          g_test_message ("knowledge base: %s", text);
        }
      g_error ("a knowledge-base file failed to load");
    }
  return kb;
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  fixture_dir = make_fixture_dir ();
  shipped = load_kb (NULL);
  with_fixture = load_kb (fixture_dir);
  g_assert_nonnull (rc_knowledge_base_lookup_drug (with_fixture, "tizafix"));

  g_test_add_func ("/study/quiz/shipped-questions-are-right", test_shipped_questions_are_right);
  g_test_add_func ("/study/quiz/extra-file-questions-are-right", test_fixture_questions_are_right);
  g_test_add_func ("/study/quiz/templates-and-topics", test_templates_and_topics);
  g_test_add_func ("/study/quiz/specific-answers", test_specific_answers);
  g_test_add_func ("/study/quiz/not-reported-never-used", test_not_reported_never_used);
  g_test_add_func ("/study/quiz/unverified-never-used", test_fixture_unverified_facts);
  g_test_add_func ("/study/quiz/myths-are-true-false", test_myths_are_true_false);
  g_test_add_func ("/study/quiz/deterministic", test_deterministic);
  g_test_add_func ("/study/quiz/filter", test_filter);
  g_test_add_func ("/study/quiz/sample", test_sample);

  status = g_test_run ();

  g_object_unref (shipped);
  g_object_unref (with_fixture);
  {
    g_autofree char *path = g_build_filename (fixture_dir, "tizafix.xml", NULL);

    g_unlink (path);
    g_rmdir (fixture_dir);
  }
  g_free (fixture_dir);
  return status;
}
