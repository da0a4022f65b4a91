/* test-search.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search over the built-in knowledge base: what the search bar lists. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-search.h"

static RcKnowledgeBase *kb;

static const RcSearchHit *
find_hit (GPtrArray *hits, const char *drug_id, const char *section_id, guint *position)
{
  for (guint i = 0; i < hits->len; i++)
    {
      const RcSearchHit *hit = g_ptr_array_index (hits, i);

      if (g_str_equal (rc_drug_get_id (hit->drug), drug_id) &&
          g_str_equal (hit->section_id, section_id))
        {
          if (position != NULL)
            *position = i;
          return hit;
        }
    }
  return NULL;
}

static void
log_hits (const char *query, GPtrArray *hits)
{
  g_test_message ("%u hits for \"%s\"", hits->len, query);
  for (guint i = 0; i < hits->len; i++)
    {
      const RcSearchHit *hit = g_ptr_array_index (hits, i);
      g_test_message ("  %u %s/%s: %s", hit->score, rc_drug_get_id (hit->drug), hit->section_id,
                      hit->snippet);
    }
}

/* Every snippet shows the text that matched. */
static void
assert_snippets_contain (GPtrArray *hits, const char *needle)
{
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);

  for (guint i = 0; i < hits->len; i++)
    {
      const RcSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char   *folded = g_utf8_casefold (hit->snippet, -1);

      g_assert_nonnull (strstr (folded, folded_needle));
      g_assert_true (g_utf8_validate (hit->snippet, -1, NULL));
      /* A snippet, not the whole paragraph. */
      g_assert_cmpuint (g_utf8_strlen (hit->snippet, -1), <=, 40 + 70 + strlen (needle) + 2);
    }
}

static void
test_cyp1a2 (void)
{
  g_autoptr (GPtrArray) hits = rc_search (kb, "CYP1A2");
  guint interactions = 0, pk = 0;

  log_hits ("CYP1A2", hits);
  g_assert_nonnull (find_hit (hits, "tizanidine", RC_SECTION_INTERACTIONS, &interactions));
  g_assert_nonnull (find_hit (hits, "tizanidine", RC_SECTION_PHARMACOKINETICS, &pk));
  g_assert_nonnull (find_hit (hits, "cyclobenzaprine", RC_SECTION_PHARMACOKINETICS, NULL));
  /* Tizanidine's interactions name CYP1A2 again and again: they come
   * before its single mention in pharmacokinetics. */
  g_assert_cmpuint (interactions, <, pk);
  assert_snippets_contain (hits, "CYP1A2");
}

static void
test_case_and_accents (void)
{
  const char *queries[] = { "cyp1a2", "Cyp1A2", "  CYP1A2  ", "ÇYP1Å2" };
  g_autoptr (GPtrArray) reference = rc_search (kb, "CYP1A2");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr (GPtrArray) hits = rc_search (kb, queries[q]);

      g_test_message ("query \"%s\": %u hits", queries[q], hits->len);
      g_assert_cmpuint (hits->len, ==, reference->len);
      for (guint i = 0; i < hits->len; i++)
        {
          const RcSearchHit *a = g_ptr_array_index (hits, i);
          const RcSearchHit *b = g_ptr_array_index (reference, i);

          g_assert_true (a->drug == b->drug);
          g_assert_cmpstr (a->section_id, ==, b->section_id);
        }
    }
}

static void
test_brand (void)
{
  const char *queries[] = { "Soma", "soma", "SOMA", "Sóma" };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr (GPtrArray) hits = rc_search (kb, queries[q]);
      const RcSearchHit *first;

      log_hits (queries[q], hits);
      g_assert_cmpuint (hits->len, >, 0);
      first = g_ptr_array_index (hits, 0);
      /* The brand itself comes first. */
      g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "carisoprodol");
      g_assert_cmpstr (first->section_id, ==, RC_SECTION_GLANCE);
      g_assert_nonnull (strstr (first->snippet, "Soma"));
    }
}

static void
test_name_first (void)
{
  /* Tizanidine's interactions mention baclofen, but the drug comes first. */
  g_autoptr (GPtrArray) hits = rc_search (kb, "baclofen");
  const RcSearchHit *first;

  log_hits ("baclofen", hits);
  g_assert_cmpuint (hits->len, >, 1);
  first = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (rc_drug_get_id (first->drug), ==, "baclofen");
  g_assert_cmpstr (first->section_id, ==, RC_SECTION_GLANCE);
  g_assert_nonnull (find_hit (hits, "tizanidine", RC_SECTION_INTERACTIONS, NULL));

  for (guint i = 1; i < hits->len; i++)
    {
      const RcSearchHit *prev = g_ptr_array_index (hits, i - 1);
      const RcSearchHit *hit = g_ptr_array_index (hits, i);
      g_assert_cmpuint (prev->score, >=, hit->score);
    }
}

static void
test_one_hit_per_section (void)
{
  g_autoptr (GPtrArray) hits = rc_search (kb, "mg");
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (hits->len, >, 5);
  for (guint i = 0; i < hits->len; i++)
    {
      const RcSearchHit *hit = g_ptr_array_index (hits, i);
      g_autofree char *key = g_strdup_printf ("%s/%s", rc_drug_get_id (hit->drug), hit->section_id);

      g_assert_nonnull (rc_section_get_label (hit->section_id));
      g_assert_true (g_hash_table_add (seen, g_steal_pointer (&key)));
    }
}

static void
test_section_heading (void)
{
  g_autoptr (GPtrArray) hits = rc_search (kb, "overdose");
  const char *drugs[] = { "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol",
                          "carisoprodol" };

  for (guint i = 0; i < G_N_ELEMENTS (drugs); i++)
    g_assert_nonnull (find_hit (hits, drugs[i], RC_SECTION_OVERDOSE, NULL));
}

static void
test_no_match (void)
{
  const char *queries[] = { "", "   ", "zzzqqqxxx", "CYP1A2 zzzqqq" };

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      g_autoptr (GPtrArray) hits = rc_search (kb, queries[i]);
      g_assert_nonnull (hits);
      g_assert_cmpuint (hits->len, ==, 0);
    }
}

static void
test_section_labels (void)
{
  const char *ids[] = {
    RC_SECTION_GLANCE,           RC_SECTION_INDICATIONS,     RC_SECTION_DOSING,
    RC_SECTION_PHARMACOKINETICS, RC_SECTION_ADVERSE_EFFECTS, RC_SECTION_BOXED_WARNING,
    RC_SECTION_SAFETY,           RC_SECTION_INTERACTIONS,    RC_SECTION_POPULATIONS,
    RC_SECTION_OVERDOSE,         RC_SECTION_MYTHS,           RC_SECTION_SOURCES,
  };
  g_autoptr (GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const char *label = rc_section_get_label (ids[i]);
      g_assert_nonnull (label);
      g_assert_true (g_hash_table_add (labels, (gpointer) label));
    }
  g_assert_null (rc_section_get_label ("no-such-section"));
  g_assert_null (rc_section_get_label (NULL));
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  kb = rc_knowledge_base_new ();
  /* The built-in knowledge base only: no overlay folders. */
  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/search/cyp1a2", test_cyp1a2);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/brand", test_brand);
  g_test_add_func ("/search/name-first", test_name_first);
  g_test_add_func ("/search/one-hit-per-section", test_one_hit_per_section);
  g_test_add_func ("/search/section-heading", test_section_heading);
  g_test_add_func ("/search/no-match", test_no_match);
  g_test_add_func ("/search/section-labels", test_section_labels);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
