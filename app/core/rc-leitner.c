/* rc-leitner.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-leitner.h"

#define SECONDS_PER_DAY (24 * 60 * 60)

/* Box 1 comes back in every session; a card that is always right reaches
 * two-week reviews after four good answers. */
static const guint interval_days[RC_LEITNER_N_BOXES] = { 0, 1, 3, 7, 14 };

guint
rc_leitner_interval_days (guint box)
{
  box = CLAMP (box, 1, RC_LEITNER_N_BOXES);
  return interval_days[box - 1];
}

void
rc_leitner_state_init (RcCardState *state, gint64 now)
{
  g_return_if_fail (state != NULL);

  state->box = 1;
  state->due = now;
  state->right = 0;
  state->wrong = 0;
  state->last = 0;
}

void
rc_leitner_answer (RcCardState *state, gboolean correct, gint64 now)
{
  g_return_if_fail (state != NULL);

  if (correct)
    {
      state->box = MIN (MAX (state->box, 1) + 1, RC_LEITNER_N_BOXES);
      state->right++;
    }
  else
    {
      state->box = 1;
      state->wrong++;
    }
  state->last = now;
  state->due = now + (gint64) rc_leitner_interval_days (state->box) * SECONDS_PER_DAY;
}

gboolean
rc_leitner_is_due (const RcCardState *state, gint64 now)
{
  return state == NULL || state->due <= now;
}

typedef struct
{
  RcQuestion *question;
  guint       box;
  gint64      overdue;
  guint       wrong;
  guint       order;
} Candidate;

static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a;
  const Candidate *y = b;

  if (x->box != y->box)
    return x->box < y->box ? -1 : 1;
  if (x->overdue != y->overdue)
    return x->overdue > y->overdue ? -1 : 1;
  if (x->wrong != y->wrong)
    return x->wrong > y->wrong ? -1 : 1;
  return x->order < y->order ? -1 : (x->order > y->order ? 1 : 0);
}

static const RcCardState *
lookup_state (GHashTable *states, const RcQuestion *question)
{
  return states != NULL ? g_hash_table_lookup (states, question->card_id) : NULL;
}

GPtrArray *
rc_leitner_next_cards (GPtrArray *questions, GHashTable *states, gint64 now, guint max_cards)
{
  g_autoptr (GArray) candidates = NULL;
  GPtrArray *result;

  g_return_val_if_fail (questions != NULL, NULL);

  candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion        *question = g_ptr_array_index (questions, i);
      const RcCardState *state = lookup_state (states, question);
      Candidate          c = { question, 1, 0, 0, i };

      if (!rc_leitner_is_due (state, now))
        continue;
      if (state != NULL)
        {
          c.box = CLAMP (state->box, 1, RC_LEITNER_N_BOXES);
          c.overdue = now - state->due;
          c.wrong = state->wrong;
        }
      g_array_append_val (candidates, c);
    }

  g_array_sort (candidates, compare_candidates);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_question_unref);
  for (guint i = 0; i < candidates->len && (max_cards == 0 || i < max_cards); i++)
    g_ptr_array_add (result, rc_question_ref (g_array_index (candidates, Candidate, i).question));

  return result;
}

guint
rc_leitner_count_due (GPtrArray *questions, GHashTable *states, gint64 now)
{
  guint n = 0;

  g_return_val_if_fail (questions != NULL, 0);

  for (guint i = 0; i < questions->len; i++)
    if (rc_leitner_is_due (lookup_state (states, g_ptr_array_index (questions, i)), now))
      n++;

  return n;
}

/* ---- Session summary ---------------------------------------------------- */

typedef struct
{
  char *topic_id;
  guint right;
  guint wrong;
  guint rank; /* position in rc_quiz_get_topics(), or after them */
} TopicScore;

struct _RcStudySummary
{
  GPtrArray *topics; /* of TopicScore*, first-answered order */
  guint      n_answered;
  guint      n_right;
};

static void
topic_score_free (TopicScore *score)
{
  g_free (score->topic_id);
  g_free (score);
}

RcStudySummary *
rc_study_summary_new (void)
{
  RcStudySummary *summary = g_new0 (RcStudySummary, 1);

  summary->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) topic_score_free);
  return summary;
}

void
rc_study_summary_free (RcStudySummary *summary)
{
  if (summary == NULL)
    return;

  g_ptr_array_unref (summary->topics);
  g_free (summary);
}

static TopicScore *
find_topic (RcStudySummary *summary, const char *topic_id)
{
  for (guint i = 0; i < summary->topics->len; i++)
    {
      TopicScore *score = g_ptr_array_index (summary->topics, i);

      if (g_str_equal (score->topic_id, topic_id))
        return score;
    }
  return NULL;
}

static guint
topic_rank (const char *topic_id, guint fallback)
{
  const char *const *known = rc_quiz_get_topics ();

  for (guint i = 0; known[i] != NULL; i++)
    if (g_str_equal (known[i], topic_id))
      return i;
  return G_MAXUINT16 + fallback;
}

void
rc_study_summary_add (RcStudySummary *summary, const char *topic_id, gboolean correct)
{
  TopicScore *score;

  g_return_if_fail (summary != NULL);
  g_return_if_fail (topic_id != NULL);

  score = find_topic (summary, topic_id);
  if (score == NULL)
    {
      score = g_new0 (TopicScore, 1);
      score->topic_id = g_strdup (topic_id);
      score->rank = topic_rank (topic_id, summary->topics->len);
      g_ptr_array_add (summary->topics, score);
    }

  summary->n_answered++;
  if (correct)
    {
      summary->n_right++;
      score->right++;
    }
  else
    score->wrong++;
}

guint
rc_study_summary_get_n_answered (RcStudySummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);

  return summary->n_answered;
}

guint
rc_study_summary_get_n_right (RcStudySummary *summary)
{
  g_return_val_if_fail (summary != NULL, 0);

  return summary->n_right;
}

gboolean
rc_study_summary_get_topic (RcStudySummary *summary,
                            const char     *topic_id,
                            guint          *right,
                            guint          *wrong)
{
  TopicScore *score;

  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  score = find_topic (summary, topic_id);
  if (right != NULL)
    *right = score != NULL ? score->right : 0;
  if (wrong != NULL)
    *wrong = score != NULL ? score->wrong : 0;
  return score != NULL;
}

static int
compare_rank (gconstpointer a, gconstpointer b)
{
  const TopicScore *x = *(const TopicScore *const *) a;
  const TopicScore *y = *(const TopicScore *const *) b;

  return x->rank < y->rank ? -1 : (x->rank > y->rank ? 1 : 0);
}

/* Weakest first: compares right/(right+wrong) without floating point. */
static int
compare_weakness (gconstpointer a, gconstpointer b)
{
  const TopicScore *x = *(const TopicScore *const *) a;
  const TopicScore *y = *(const TopicScore *const *) b;
  guint64           lhs = (guint64) x->right * (y->right + y->wrong);
  guint64           rhs = (guint64) y->right * (x->right + x->wrong);

  if (lhs != rhs)
    return lhs < rhs ? -1 : 1;
  if (x->wrong != y->wrong)
    return x->wrong > y->wrong ? -1 : 1;
  return compare_rank (a, b);
}

static char **
topics_to_strv (GPtrArray *scores)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char        **result;

  for (guint i = 0; i < scores->len; i++)
    g_strv_builder_add (builder, ((TopicScore *) g_ptr_array_index (scores, i))->topic_id);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

char **
rc_study_summary_get_topics (RcStudySummary *summary)
{
  g_autoptr (GPtrArray) sorted = g_ptr_array_new ();

  g_return_val_if_fail (summary != NULL, NULL);

  for (guint i = 0; i < summary->topics->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (summary->topics, i));
  g_ptr_array_sort (sorted, compare_rank);
  return topics_to_strv (sorted);
}

char **
rc_study_summary_get_weakest_topics (RcStudySummary *summary)
{
  g_autoptr (GPtrArray) weak = g_ptr_array_new ();

  g_return_val_if_fail (summary != NULL, NULL);

  for (guint i = 0; i < summary->topics->len; i++)
    {
      TopicScore *score = g_ptr_array_index (summary->topics, i);

      if (score->wrong > 0)
        g_ptr_array_add (weak, score);
    }
  g_ptr_array_sort (weak, compare_weakness);
  return topics_to_strv (weak);
}

char *
rc_study_summary_format_score (RcStudySummary *summary)
{
  g_return_val_if_fail (summary != NULL, NULL);

  return g_strdup_printf (
      /* Translators: the score of a study session, e.g. "7 of 10 correct":
       * %1$u is the number of right answers, %2$u the number of answers.
       * The plural form is chosen by %1$u, the number the word “correct”
       * describes. */
      ngettext ("%1$u of %2$u correct", "%1$u of %2$u correct", summary->n_right), summary->n_right,
      summary->n_answered);
}
