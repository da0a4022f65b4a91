/* rc-quiz.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-quiz-private.h"

#define MAX_OPTIONS 4

static const char *const topics[] = {
  RC_QUIZ_TOPIC_SCHEDULE,        RC_QUIZ_TOPIC_DOSING, RC_QUIZ_TOPIC_PHARMACOKINETICS,
  RC_QUIZ_TOPIC_ADVERSE_EFFECTS, RC_QUIZ_TOPIC_SAFETY, RC_QUIZ_TOPIC_INTERACTIONS,
  RC_QUIZ_TOPIC_POPULATIONS,     RC_QUIZ_TOPIC_MYTHS,  NULL,
};

static const char *const templates[] = {
  RC_QUIZ_TEMPLATE_SCHEDULE,
  RC_QUIZ_TEMPLATE_MAX_DAILY,
  RC_QUIZ_TEMPLATE_DURATION_LIMIT,
  RC_QUIZ_TEMPLATE_HALF_LIFE,
  RC_QUIZ_TEMPLATE_ENZYME,
  RC_QUIZ_TEMPLATE_TOP_ADVERSE_EFFECT,
  RC_QUIZ_TEMPLATE_BOXED_WARNING,
  RC_QUIZ_TEMPLATE_CONTRAINDICATED,
  RC_QUIZ_TEMPLATE_BEERS,
  RC_QUIZ_TEMPLATE_MYTH,
  NULL,
};

static void
question_clear (RcQuestion *question)
{
  g_free (question->card_id);
  g_free (question->template_id);
  g_free (question->drug_id);
  g_free (question->field);
  g_free (question->topic_id);
  g_free (question->section_id);
  g_free (question->prompt);
  g_strfreev (question->options);
  g_free (question->explanation);
  g_strfreev (question->sources);
}

RcQuestion *
rc_question_ref (RcQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);

  return g_atomic_rc_box_acquire (question);
}

void
rc_question_unref (RcQuestion *question)
{
  g_return_if_fail (question != NULL);

  g_atomic_rc_box_release_full (question, (GDestroyNotify) question_clear);
}

G_DEFINE_BOXED_TYPE (RcQuestion, rc_question, rc_question_ref, rc_question_unref)

gboolean
rc_question_is_correct (const RcQuestion *question, guint option)
{
  g_return_val_if_fail (question != NULL, FALSE);

  return option == question->correct;
}

gboolean
_rc_quiz_quantity_usable (const RcQuantity *q)
{
  return q != NULL && q->kind != RC_VALUE_NOT_REPORTED && !q->unverified;
}

gboolean
_rc_quiz_fact_usable (const RcFact *fact)
{
  return fact != NULL && fact->text != NULL && *fact->text != '\0' && !fact->unverified;
}

char *
_rc_quiz_with_note (char *text, const char *note)
{
  char *joined;

  if (note == NULL || *note == '\0')
    return text;

  /* Translators: a sentence followed by a note about it, e.g. "The
   * maximum daily dose is 36 mg. Given as …". Change the space if your
   * language separates sentences differently. */
  joined = g_strdup_printf (C_ ("sentence and note", "%1$s %2$s"), text, note);
  g_free (text);
  return joined;
}

static RcQuestion *
question_new (const RcQuizCard *card, RcQuestionKind kind)
{
  RcQuestion *question = g_atomic_rc_box_new0 (RcQuestion);
  const char *drug_id = rc_drug_get_id (card->drug);

  question->template_id = g_strdup (card->template_id);
  question->drug_id = g_strdup (drug_id);
  question->field = g_strdup (card->field);
  question->topic_id = g_strdup (card->topic_id);
  question->section_id = g_strdup (card->section_id);
  question->kind = kind;
  if (card->field != NULL)
    question->card_id = g_strdup_printf ("%s:%s:%s", card->template_id, drug_id, card->field);
  else
    question->card_id = g_strdup_printf ("%s:%s", card->template_id, drug_id);

  return question;
}

/* Each card draws from its own generator, seeded by the run's seed and
 * the card id, so adding a drug or a template leaves the option order of
 * every other card as it was. */
static GRand *
card_rand (RcQuizGen *gen, const char *card_id)
{
  guint32 seeds[2] = { gen->seed, g_str_hash (card_id) };

  return g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
}

static gboolean
has_text (GPtrArray *options, const char *text)
{
  for (guint i = 0; i < options->len; i++)
    if (g_strcmp0 (g_ptr_array_index (options, i), text) == 0)
      return TRUE;
  return FALSE;
}

static void
take_random (GRand *rand, GPtrArray *candidates, GPtrArray *options)
{
  g_autoptr (GPtrArray) pool = g_ptr_array_new ();

  for (guint i = 0; candidates != NULL && i < candidates->len; i++)
    g_ptr_array_add (pool, g_ptr_array_index (candidates, i));

  while (options->len < MAX_OPTIONS && pool->len > 0)
    {
      guint       pick = g_rand_int_range (rand, 0, (gint32) pool->len);
      const char *text = g_ptr_array_steal_index (pool, pick);

      if (text != NULL && *text != '\0' && !has_text (options, text))
        g_ptr_array_add (options, g_strdup (text));
    }
}

void
_rc_quiz_emit_choice (RcQuizGen         *gen,
                      const RcQuizCard  *card,
                      char              *prompt,
                      const char        *answer,
                      GPtrArray         *preferred,
                      GPtrArray         *fallback,
                      char              *explanation,
                      const char *const *sources)
{
  g_autofree char *owned_prompt = prompt;
  g_autofree char *owned_explanation = explanation;
  g_autoptr (GPtrArray) options = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GRand) rand = NULL;
  RcQuestion *question;
  guint       correct = 0;

  g_return_if_fail (answer != NULL && *answer != '\0');

  question = question_new (card, RC_QUESTION_CHOICE);
  rand = card_rand (gen, question->card_id);

  g_ptr_array_add (options, g_strdup (answer));
  take_random (rand, preferred, options);
  take_random (rand, fallback, options);

  if (options->len < 2)
    {
      rc_question_unref (question);
      return;
    }

  /* Fisher–Yates, following the answer. */
  for (guint i = options->len - 1; i > 0; i--)
    {
      guint    j = g_rand_int_range (rand, 0, (gint32) i + 1);
      gpointer tmp = options->pdata[i];

      options->pdata[i] = options->pdata[j];
      options->pdata[j] = tmp;
      if (correct == i)
        correct = j;
      else if (correct == j)
        correct = i;
    }

  question->prompt = g_steal_pointer (&owned_prompt);
  question->explanation = g_steal_pointer (&owned_explanation);
  question->sources = g_strdupv ((char **) sources);
  question->n_options = options->len;
  question->correct = correct;
  g_ptr_array_add (options, NULL);
  question->options = (char **) g_ptr_array_free (g_steal_pointer (&options), FALSE);

  g_ptr_array_add (gen->out, question);
}

void
_rc_quiz_emit_false_claim (RcQuizGen         *gen,
                           const RcQuizCard  *card,
                           char              *prompt,
                           char              *explanation,
                           const char *const *sources)
{
  RcQuestion *question = question_new (card, RC_QUESTION_TRUE_FALSE);

  question->prompt = prompt;
  question->explanation = explanation;
  question->sources = g_strdupv ((char **) sources);
  question->options = g_new0 (char *, 3);
  /* Translators: an answer to a true-or-false question. */
  question->options[0] = g_strdup (C_ ("quiz answer", "True"));
  /* Translators: an answer to a true-or-false question. */
  question->options[1] = g_strdup (C_ ("quiz answer", "False"));
  question->n_options = 2;
  question->correct = 1;

  g_ptr_array_add (gen->out, question);
}

GPtrArray *
rc_quiz_generate_all (RcKnowledgeBase *kb, guint32 seed)
{
  g_autoptr (GRand) rand = NULL;
  GListModel *drugs;
  RcQuizGen   gen = { 0 };

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);

  gen.kb = kb;
  gen.seed = seed;
  gen.drugs = g_ptr_array_new_with_free_func (g_object_unref);
  gen.out = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_question_unref);

  drugs = rc_knowledge_base_get_drugs (kb);
  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    g_ptr_array_add (gen.drugs, g_list_model_get_item (drugs, i));

  for (guint i = 0; i < gen.drugs->len; i++)
    {
      RcDrug *drug = g_ptr_array_index (gen.drugs, i);

      _rc_quiz_add_schedule (&gen, drug);
      _rc_quiz_add_max_daily (&gen, drug);
      _rc_quiz_add_duration_limit (&gen, drug);
      _rc_quiz_add_half_life (&gen, drug);
      _rc_quiz_add_enzyme (&gen, drug);
      _rc_quiz_add_top_adverse_effect (&gen, drug);
      _rc_quiz_add_boxed_warning (&gen, drug);
      _rc_quiz_add_contraindicated (&gen, drug);
      _rc_quiz_add_beers (&gen, drug);
      _rc_quiz_add_myths (&gen, drug);
    }

  /* The deck order is shuffled too, so a fresh deck (every card new and
   * due) does not always start with the same drug. */
  rand = g_rand_new_with_seed (seed);
  for (guint i = gen.out->len; i > 1; i--)
    {
      guint    j = g_rand_int_range (rand, 0, (gint32) i);
      gpointer tmp = gen.out->pdata[i - 1];

      gen.out->pdata[i - 1] = gen.out->pdata[j];
      gen.out->pdata[j] = tmp;
    }

  g_ptr_array_unref (gen.drugs);
  return gen.out;
}

GPtrArray *
rc_quiz_filter (GPtrArray *questions, const char *drug_id, const char *topic_id)
{
  GPtrArray *result;

  g_return_val_if_fail (questions != NULL, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_question_unref);
  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *question = g_ptr_array_index (questions, i);

      if (drug_id != NULL && g_strcmp0 (question->drug_id, drug_id) != 0)
        continue;
      if (topic_id != NULL && g_strcmp0 (question->topic_id, topic_id) != 0)
        continue;
      g_ptr_array_add (result, rc_question_ref (question));
    }

  return result;
}

RcQuestion *
rc_quiz_lookup (GPtrArray *questions, const char *card_id)
{
  g_return_val_if_fail (questions != NULL, NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion *question = g_ptr_array_index (questions, i);

      if (g_str_equal (question->card_id, card_id))
        return question;
    }

  return NULL;
}

const char *const *
rc_quiz_get_topics (void)
{
  return topics;
}

const char *const *
rc_quiz_get_templates (void)
{
  return templates;
}

const char *
rc_quiz_topic_get_label (const char *topic_id)
{
  if (topic_id == NULL)
    return NULL;
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_SCHEDULE))
    /* Translators: a study topic: legal status (controlled-substance schedule). */
    return C_ ("quiz topic", "Legal status");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_DOSING))
    /* Translators: a study topic. */
    return C_ ("quiz topic", "Dosing");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_PHARMACOKINETICS))
    /* Translators: a study topic. */
    return C_ ("quiz topic", "Pharmacokinetics");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_ADVERSE_EFFECTS))
    /* Translators: a study topic. */
    return C_ ("quiz topic", "Adverse effects");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_SAFETY))
    /* Translators: a study topic: boxed warnings, contraindications. */
    return C_ ("quiz topic", "Safety");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_INTERACTIONS))
    /* Translators: a study topic: drug interactions. */
    return C_ ("quiz topic", "Interactions");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_POPULATIONS))
    /* Translators: a study topic: older adults, pregnancy, kidney disease… */
    return C_ ("quiz topic", "Special populations");
  if (g_str_equal (topic_id, RC_QUIZ_TOPIC_MYTHS))
    /* Translators: a study topic: common errors found in other sources. */
    return C_ ("quiz topic", "Myths");
  return NULL;
}
