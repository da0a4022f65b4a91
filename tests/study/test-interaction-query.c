/* test-interaction-query.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rc-interaction-query.h"

static RcKnowledgeBase *kb;

static GPtrArray *
query (const char *first, ...)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;
  va_list     args;
  const char *id;

  va_start (args, first);
  for (id = first; id != NULL; id = va_arg (args, const char *))
    g_strv_builder_add (builder, id);
  va_end (args);
  ids = g_strv_builder_end (builder);
  return rc_interaction_query (kb, (const char *const *) ids);
}

static const RcInteractionMatch *
match_at (GPtrArray *matches, guint i)
{
  g_assert_cmpuint (i, <, matches->len);
  return g_ptr_array_index (matches, i);
}

static void
log_matches (GPtrArray *matches)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const RcInteractionMatch *m = g_ptr_array_index (matches, i);

      g_test_message ("%s: severity %d, %s", rc_drug_get_id (m->drug), m->interaction->severity,
                      m->interaction->agent);
    }
}

/* Worst first, then drug order, then direct before class matches. */
static void
assert_sorted (GPtrArray *matches)
{
  for (guint i = 1; i < matches->len; i++)
    {
      const RcInteractionMatch *a = match_at (matches, i - 1);
      const RcInteractionMatch *b = match_at (matches, i);

      g_assert_cmpint (a->interaction->severity, <=, b->interaction->severity);
      if (a->interaction->severity == b->interaction->severity)
        {
          g_assert_cmpuint (a->drug_index, <=, b->drug_index);
          if (a->drug_index == b->drug_index && a->direct != b->direct)
            g_assert_true (a->direct);
        }
    }
}

static gboolean
has_match (GPtrArray *matches, const char *drug_id, RcSeverity severity)
{
  for (guint i = 0; i < matches->len; i++)
    {
      const RcInteractionMatch *m = match_at (matches, i);

      if (g_str_equal (rc_drug_get_id (m->drug), drug_id) && m->interaction->severity == severity)
        return TRUE;
    }
  return FALSE;
}

static void
test_expand (void)
{
  g_auto (GStrv) cipro = rc_interaction_query_expand (kb, "ciprofloxacin");
  g_auto (GStrv) cyp = rc_interaction_query_expand (kb, "cyp1a2-inhibitors");
  g_auto (GStrv) unknown = rc_interaction_query_expand (kb, "not-in-vocabulary");

  /* Up: its classes, transitively. */
  g_assert_true (g_strv_contains ((const char *const *) cipro, "ciprofloxacin"));
  g_assert_true (g_strv_contains ((const char *const *) cipro, "fluoroquinolones"));
  g_assert_true (g_strv_contains ((const char *const *) cipro, "cyp1a2-inhibitors"));
  /* Not sideways to other members of its classes. */
  g_assert_false (g_strv_contains ((const char *const *) cipro, "fluvoxamine"));
  g_assert_false (g_strv_contains ((const char *const *) cipro, "zileuton"));

  /* Down: every member. */
  g_assert_true (g_strv_contains ((const char *const *) cyp, "ciprofloxacin"));
  g_assert_true (g_strv_contains ((const char *const *) cyp, "fluvoxamine"));
  g_assert_true (g_strv_contains ((const char *const *) cyp, "fluoroquinolones"));
  g_assert_true (g_strv_contains ((const char *const *) cyp, "oral-contraceptives"));
  g_assert_false (g_strv_contains ((const char *const *) cyp, "omeprazole"));

  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "not-in-vocabulary");
}

static void
test_ciprofloxacin (void)
{
  g_autoptr (GPtrArray) matches = query ("ciprofloxacin", NULL);
  const RcInteractionMatch *first;

  log_matches (matches);
  assert_sorted (matches);
  first = match_at (matches, 0);
  g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "tizanidine");
  g_assert_cmpint (first->interaction->severity, ==, RC_SEVERITY_CONTRAINDICATED);
  /* The interaction that names ciprofloxacin itself comes before the one
   * that matches through "CYP1A2 inhibitors". */
  g_assert_true (first->direct);
  g_assert_cmpstr (first->interaction->agent, ==, "Ciprofloxacin");
  g_assert_true (
      g_strv_contains ((const char *const *) first->interaction->agents, "ciprofloxacin"));
  g_assert_nonnull (first->interaction->effect);
  g_assert_nonnull (first->interaction->sources[0]);
  g_assert_cmpuint (g_strv_length (first->selected), ==, 1);
  g_assert_cmpstr (first->selected[0], ==, "ciprofloxacin");

  /* "Other fluoroquinolones" (avoid) matches through the class. */
  g_assert_true (has_match (matches, "tizanidine", RC_SEVERITY_AVOID));
  /* Nothing that concerns only other drugs. */
  g_assert_false (has_match (matches, "cyclobenzaprine", RC_SEVERITY_CONTRAINDICATED));
  g_assert_false (has_match (matches, "carisoprodol", RC_SEVERITY_CAUTION));
}

static void
test_class_matches_members (void)
{
  g_autoptr (GPtrArray) matches = query ("cyp1a2-inhibitors", NULL);
  gboolean fluvoxamine = FALSE;
  gboolean ciprofloxacin = FALSE;

  assert_sorted (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      const RcInteractionMatch *m = match_at (matches, i);

      if (g_strv_contains ((const char *const *) m->interaction->agents, "fluvoxamine"))
        fluvoxamine = TRUE;
      if (g_strv_contains ((const char *const *) m->interaction->agents, "ciprofloxacin"))
        ciprofloxacin = TRUE;
    }
  g_assert_true (fluvoxamine);
  g_assert_true (ciprofloxacin);
  /* Carisoprodol's CYP2C19 entry names fluvoxamine, a CYP1A2 inhibitor too. */
  g_assert_true (has_match (matches, "carisoprodol", RC_SEVERITY_CAUTION));
}

static void
test_maois (void)
{
  g_autoptr (GPtrArray) matches = query ("maois", NULL);
  const RcInteractionMatch *first;
  RcSeverity                worst;

  log_matches (matches);
  assert_sorted (matches);
  first = match_at (matches, 0);
  g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "cyclobenzaprine");
  g_assert_cmpint (first->interaction->severity, ==, RC_SEVERITY_CONTRAINDICATED);

  g_assert_true (rc_interaction_query_worst_for_drug (matches, first->drug, &worst));
  g_assert_cmpint (worst, ==, RC_SEVERITY_CONTRAINDICATED);
  /* Baclofen's monograph names MAO inhibitors with caution. */
  {
    RcDrug *baclofen = rc_knowledge_base_lookup_drug (kb, "baclofen");
    RcDrug *methocarbamol = rc_knowledge_base_lookup_drug (kb, "methocarbamol");

    g_assert_true (rc_interaction_query_worst_for_drug (matches, baclofen, &worst));
    g_assert_cmpint (worst, ==, RC_SEVERITY_CAUTION);
    g_assert_false (rc_interaction_query_worst_for_drug (matches, methocarbamol, &worst));
  }
}

static void
test_alcohol_lists_all_five (void)
{
  g_autoptr (GPtrArray) matches = query ("alcohol", NULL);
  const char *const ids[] = { "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol",
                              "carisoprodol" };

  assert_sorted (matches);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RcDrug    *drug = rc_knowledge_base_lookup_drug (kb, ids[i]);
      RcSeverity worst;

      g_assert_true (rc_interaction_query_worst_for_drug (matches, drug, &worst));
    }
  for (guint i = 0; i < matches->len; i++)
    g_assert_true (match_at (matches, i)->direct);
}

static void
test_several_agents (void)
{
  g_autoptr (GPtrArray) matches = query ("alcohol", "maois", NULL);
  g_autoptr (GPtrArray) none = query (NULL, NULL);
  const RcInteractionMatch *first;

  assert_sorted (matches);
  first = match_at (matches, 0);
  g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "cyclobenzaprine");
  g_assert_cmpint (first->interaction->severity, ==, RC_SEVERITY_CONTRAINDICATED);
  g_assert_cmpstr (first->selected[0], ==, "maois");

  /* An interaction that concerns both picks is listed once. */
  for (guint i = 0; i < matches->len; i++)
    for (guint k = i + 1; k < matches->len; k++)
      g_assert_true (match_at (matches, i)->interaction != match_at (matches, k)->interaction);
  /* All five drugs appear (alcohol), each with its worst severity. */
  g_assert_true (has_match (matches, "methocarbamol", RC_SEVERITY_CAUTION));
  g_assert_true (has_match (matches, "baclofen", RC_SEVERITY_CAUTION));
  g_assert_cmpuint (none->len, ==, 0);
}

/* Baclofen is both a relaxant and an agent (a CNS depressant): picking it
 * finds the others' entries that name it, not baclofen's own. */
static void
test_relaxant_as_agent (void)
{
  g_autoptr (GPtrArray) matches = query ("baclofen", NULL);
  const RcInteractionMatch *first;

  log_matches (matches);
  assert_sorted (matches);
  g_assert_cmpuint (matches->len, >, 0);
  first = match_at (matches, 0);
  g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "tizanidine");
  g_assert_true (first->direct);
  for (guint i = 0; i < matches->len; i++)
    g_assert_cmpstr (rc_drug_get_id (match_at (matches, i)->drug), !=, "baclofen");
  /* Cyclobenzaprine's "other CNS depressants" matches through the class. */
  g_assert_true (has_match (matches, "cyclobenzaprine", RC_SEVERITY_CAUTION));
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

  g_test_add_func ("/study/interactions/expand", test_expand);
  g_test_add_func ("/study/interactions/ciprofloxacin", test_ciprofloxacin);
  g_test_add_func ("/study/interactions/class-matches-members", test_class_matches_members);
  g_test_add_func ("/study/interactions/maois", test_maois);
  g_test_add_func ("/study/interactions/alcohol-lists-all-five", test_alcohol_lists_all_five);
  g_test_add_func ("/study/interactions/several-agents", test_several_agents);
  g_test_add_func ("/study/interactions/relaxant-as-agent", test_relaxant_as_agent);

  status = g_test_run ();
  g_object_unref (kb);
  return status;
}
