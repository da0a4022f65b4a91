/* test-leitner.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rc-leitner.h"

#define DAY ((gint64) 24 * 60 * 60)
/* 2026-11-21 09:00 UTC: a fixed "now", so nothing depends on the clock. */
#define NOW ((gint64) 1795251600)

static RcQuestion *
make_question (const char *card_id, const char *topic_id)
{
  RcQuestion *q = g_atomic_rc_box_new0 (RcQuestion);

  /* Only the fields scheduling reads; released through rc_question_unref,
   * which frees every field. */
  q->card_id = g_strdup (card_id);
  q->topic_id = g_strdup (topic_id);
  q->options = g_new0 (char *, 1);
  return q;
}

static GPtrArray *
make_deck (const char *const *ids)
{
  GPtrArray *deck = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_question_unref);

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (deck, make_question (ids[i], "dosing"));
  return deck;
}

static GHashTable *
new_states (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
put_state (GHashTable *states, const char *id, guint box, gint64 due, guint wrong)
{
  RcCardState *state = g_new0 (RcCardState, 1);

  state->box = box;
  state->due = due;
  state->wrong = wrong;
  g_hash_table_replace (states, g_strdup (id), state);
}

static void
assert_order (GPtrArray *cards, const char *const *expected)
{
  g_assert_cmpuint (cards->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < cards->len; i++)
    g_assert_cmpstr (((RcQuestion *) g_ptr_array_index (cards, i))->card_id, ==, expected[i]);
}

static void
test_intervals (void)
{
  g_assert_cmpuint (rc_leitner_interval_days (1), ==, 0);
  g_assert_cmpuint (rc_leitner_interval_days (2), ==, 1);
  g_assert_cmpuint (rc_leitner_interval_days (3), ==, 3);
  g_assert_cmpuint (rc_leitner_interval_days (4), ==, 7);
  g_assert_cmpuint (rc_leitner_interval_days (5), ==, 14);
}

static void
test_promotion (void)
{
  RcCardState state;
  const guint expected_box[] = { 2, 3, 4, 5, 5, 5 };
  gint64      now = NOW;

  rc_leitner_state_init (&state, now);
  g_assert_cmpuint (state.box, ==, 1);
  g_assert_true (rc_leitner_is_due (&state, now));

  for (guint i = 0; i < G_N_ELEMENTS (expected_box); i++)
    {
      rc_leitner_answer (&state, TRUE, now);
      g_assert_cmpuint (state.box, ==, expected_box[i]);
      g_assert_cmpint (state.due, ==, now + rc_leitner_interval_days (state.box) * DAY);
      g_assert_cmpint (state.last, ==, now);
      g_assert_cmpuint (state.right, ==, i + 1);
      g_assert_cmpuint (state.wrong, ==, 0);
      /* Not due a second before, due exactly then. */
      g_assert_false (rc_leitner_is_due (&state, state.due - 1));
      g_assert_true (rc_leitner_is_due (&state, state.due));
      now = state.due;
    }
}

static void
test_demotion (void)
{
  RcCardState state;

  rc_leitner_state_init (&state, NOW);
  rc_leitner_answer (&state, TRUE, NOW);
  rc_leitner_answer (&state, TRUE, NOW + DAY);
  rc_leitner_answer (&state, TRUE, NOW + 4 * DAY);
  g_assert_cmpuint (state.box, ==, 4);

  rc_leitner_answer (&state, FALSE, NOW + 11 * DAY);
  g_assert_cmpuint (state.box, ==, 1);
  g_assert_cmpuint (state.right, ==, 3);
  g_assert_cmpuint (state.wrong, ==, 1);
  g_assert_cmpint (state.last, ==, NOW + 11 * DAY);
  /* Box 1 is due again straight away. */
  g_assert_cmpint (state.due, ==, NOW + 11 * DAY);
  g_assert_true (rc_leitner_is_due (&state, NOW + 11 * DAY));

  /* Wrong in box 1 stays in box 1. */
  rc_leitner_answer (&state, FALSE, NOW + 11 * DAY);
  g_assert_cmpuint (state.box, ==, 1);
  g_assert_cmpuint (state.wrong, ==, 2);
}

static void
test_new_cards_are_due (void)
{
  const char *const ids[] = { "a:x", "b:x", "c:x", NULL };
  g_autoptr (GPtrArray) deck = make_deck (ids);
  g_autoptr (GPtrArray) due = rc_leitner_next_cards (deck, NULL, NOW, 0);
  g_autoptr (GPtrArray) two = rc_leitner_next_cards (deck, NULL, NOW, 2);

  /* Never answered: all due, in deck order. */
  assert_order (due, ids);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpuint (rc_leitner_count_due (deck, NULL, NOW), ==, 3);
}

static void
test_due_order (void)
{
  const char *const ids[] = { "new:x",      "box3-late:x", "box1-missed:x",      "box2-not-yet:x",
                              "box1-old:x", "box2-late:x", "box1-late-missed:x", NULL };
  g_autoptr (GPtrArray) deck = make_deck (ids);
  g_autoptr (GHashTable) states = new_states ();
  g_autoptr (GPtrArray) due = NULL;
  const char *const expected[] = {
    "box1-old:x",         /* box 1, overdue 5 days */
    "box1-late-missed:x", /* box 1, overdue 1 day, 4 misses */
    "box1-missed:x",      /* box 1, due now, 2 misses */
    "new:x",              /* box 1, due now, no misses */
    "box2-late:x",        /* box 2 */
    "box3-late:x",        /* box 3, even though it is the most overdue */
    NULL,
  };

  put_state (states, "box3-late:x", 3, NOW - 9 * DAY, 0);
  put_state (states, "box1-missed:x", 1, NOW, 2);
  put_state (states, "box2-not-yet:x", 2, NOW + 1, 0);
  put_state (states, "box1-old:x", 1, NOW - 5 * DAY, 0);
  put_state (states, "box2-late:x", 2, NOW - DAY, 0);
  put_state (states, "box1-late-missed:x", 1, NOW - DAY, 4);

  due = rc_leitner_next_cards (deck, states, NOW, 0);
  assert_order (due, expected);
  g_assert_cmpuint (rc_leitner_count_due (deck, states, NOW), ==, 6);

  /* A second later the not-yet card is due too: after the other box-2
   * card, which is more overdue, and before box 3. */
  g_clear_pointer (&due, g_ptr_array_unref);
  due = rc_leitner_next_cards (deck, states, NOW + 1, 0);
  g_assert_cmpuint (due->len, ==, 7);
  g_assert_cmpstr (((RcQuestion *) g_ptr_array_index (due, 5))->card_id, ==, "box2-not-yet:x");

  /* The limit keeps the weakest. */
  g_clear_pointer (&due, g_ptr_array_unref);
  due = rc_leitner_next_cards (deck, states, NOW, 2);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_cmpstr (((RcQuestion *) g_ptr_array_index (due, 0))->card_id, ==, "box1-old:x");
  g_assert_cmpstr (((RcQuestion *) g_ptr_array_index (due, 1))->card_id, ==, "box1-late-missed:x");
}

static void
test_nothing_due (void)
{
  const char *const ids[] = { "a:x", NULL };
  g_autoptr (GPtrArray) deck = make_deck (ids);
  g_autoptr (GHashTable) states = new_states ();
  g_autoptr (GPtrArray) due = NULL;

  put_state (states, "a:x", 5, NOW + 14 * DAY, 0);
  due = rc_leitner_next_cards (deck, states, NOW, 0);
  g_assert_cmpuint (due->len, ==, 0);
  g_assert_cmpuint (rc_leitner_count_due (deck, states, NOW), ==, 0);
}

static void
test_summary (void)
{
  g_autoptr (RcStudySummary) summary = rc_study_summary_new ();
  g_auto (GStrv) topics = NULL;
  g_auto (GStrv) weakest = NULL;
  g_autofree char *score = NULL;
  guint            right, wrong;

  g_assert_false (rc_study_summary_get_topic (summary, "dosing", &right, &wrong));
  g_assert_cmpuint (right, ==, 0);

  /* myths 1/3, interactions 0/1, dosing 2/2, pharmacokinetics 1/2 */
  rc_study_summary_add (summary, "myths", TRUE);
  rc_study_summary_add (summary, "dosing", TRUE);
  rc_study_summary_add (summary, "myths", FALSE);
  rc_study_summary_add (summary, "interactions", FALSE);
  rc_study_summary_add (summary, "pharmacokinetics", FALSE);
  rc_study_summary_add (summary, "myths", FALSE);
  rc_study_summary_add (summary, "dosing", TRUE);
  rc_study_summary_add (summary, "pharmacokinetics", TRUE);

  g_assert_cmpuint (rc_study_summary_get_n_answered (summary), ==, 8);
  g_assert_cmpuint (rc_study_summary_get_n_right (summary), ==, 4);
  score = rc_study_summary_format_score (summary);
  g_assert_cmpstr (score, ==, "4 of 8 correct");

  g_assert_true (rc_study_summary_get_topic (summary, "myths", &right, &wrong));
  g_assert_cmpuint (right, ==, 1);
  g_assert_cmpuint (wrong, ==, 2);

  /* Topics in the fixed topic order, not in answer order. */
  topics = rc_study_summary_get_topics (summary);
  g_assert_cmpuint (g_strv_length (topics), ==, 4);
  g_assert_cmpstr (topics[0], ==, "dosing");
  g_assert_cmpstr (topics[1], ==, "pharmacokinetics");
  g_assert_cmpstr (topics[2], ==, "interactions");
  g_assert_cmpstr (topics[3], ==, "myths");

  /* Weakest: 0% interactions, 33% myths, 50% pharmacokinetics; dosing had
   * no miss. */
  weakest = rc_study_summary_get_weakest_topics (summary);
  g_assert_cmpuint (g_strv_length (weakest), ==, 3);
  g_assert_cmpstr (weakest[0], ==, "interactions");
  g_assert_cmpstr (weakest[1], ==, "myths");
  g_assert_cmpstr (weakest[2], ==, "pharmacokinetics");
}

static void
test_summary_ties (void)
{
  g_autoptr (RcStudySummary) summary = rc_study_summary_new ();
  g_auto (GStrv) weakest = NULL;
  g_autofree char *score = NULL;

  score = rc_study_summary_format_score (summary);
  g_assert_cmpstr (score, ==, "0 of 0 correct");

  /* Both 0% right: more misses first; then topic order. */
  rc_study_summary_add (summary, "safety", FALSE);
  rc_study_summary_add (summary, "myths", FALSE);
  rc_study_summary_add (summary, "myths", FALSE);
  rc_study_summary_add (summary, "dosing", FALSE);
  weakest = rc_study_summary_get_weakest_topics (summary);
  g_assert_cmpuint (g_strv_length (weakest), ==, 3);
  g_assert_cmpstr (weakest[0], ==, "myths");
  g_assert_cmpstr (weakest[1], ==, "dosing");
  g_assert_cmpstr (weakest[2], ==, "safety");
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/study/leitner/intervals", test_intervals);
  g_test_add_func ("/study/leitner/promotion", test_promotion);
  g_test_add_func ("/study/leitner/demotion", test_demotion);
  g_test_add_func ("/study/leitner/new-cards-are-due", test_new_cards_are_due);
  g_test_add_func ("/study/leitner/due-order", test_due_order);
  g_test_add_func ("/study/leitner/nothing-due", test_nothing_due);
  g_test_add_func ("/study/leitner/summary", test_summary);
  g_test_add_func ("/study/leitner/summary-ties", test_summary_ties);

  return g_test_run ();
}
