/* rc-quiz-templates.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rc-quiz-private.h"
#include "rc-format.h"
#include "rc-interaction-query.h"
#include "rc-search.h"

/* Two half-lives count as clearly different only when the larger is at
 * least this many times the smaller: "about 2 h" against 2.44 h would be
 * an unfair question. */
#define HALF_LIFE_SEPARATION 1.5

/* Multiples of a dose offered when too few other drugs have a comparable
 * value; each is used only if it is nobody's labelled value. */
static const double dose_factors[] = { 2.0, 0.5, 1.5, 3.0, 4.0 };

/* Every template states what it asks (its predicate) and only offers
 * distractors for which the predicate is certainly false given facts that
 * are reported and verified. The study tests recompute each predicate
 * independently. */

static GPtrArray *
new_texts (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static gboolean
drug_is (RcDrug *a, RcDrug *b)
{
  return g_strcmp0 (rc_drug_get_id (a), rc_drug_get_id (b)) == 0;
}

/* ---- Legal status ------------------------------------------------------ */

void
_rc_quiz_add_schedule (RcQuizGen *gen, RcDrug *drug)
{
  const RcScheduleInfo *schedule = rc_drug_get_schedule (drug);
  g_autoptr (GPtrArray) distractors = NULL;
  RcQuizCard  card = { RC_QUIZ_TEMPLATE_SCHEDULE, RC_QUIZ_TOPIC_SCHEDULE, RC_SECTION_GLANCE, drug,
                       NULL };
  const char *label;
  char       *prompt;
  char       *explanation;

  /* Only controlled drugs: "which of these is not controlled" would have
   * as many right answers as there are uncontrolled drugs. */
  if (schedule == NULL || schedule->unverified || schedule->us == RC_SCHEDULE_NONE)
    return;

  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug               *other = g_ptr_array_index (gen->drugs, i);
      const RcScheduleInfo *s = rc_drug_get_schedule (other);

      if (!drug_is (other, drug) && s != NULL && !s->unverified && s->us != schedule->us)
        g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
    }

  label = rc_schedule_to_string (schedule->us);
  /* Translators: a quiz question; %s is a US schedule, e.g. "Schedule IV (C-IV)". */
  prompt = g_strdup_printf (_ ("Which of these drugs is in %s under US federal law?"), label);
  if (schedule->since != NULL)
    /* Translators: a quiz explanation; %1$s is a drug, %2$s a US schedule,
     * %3$s an ISO date such as 2012-01-11. */
    explanation = g_strdup_printf (_ ("%1$s has been in %2$s since %3$s."), rc_drug_get_name (drug),
                                   label, schedule->since);
  else
    /* Translators: a quiz explanation; %1$s is a drug, %2$s a US schedule. */
    explanation = g_strdup_printf (_ ("%1$s is in %2$s under US federal law."),
                                   rc_drug_get_name (drug), label);
  explanation = _rc_quiz_with_note (explanation, schedule->note);

  _rc_quiz_emit_choice (gen, &card, prompt, rc_drug_get_name (drug), distractors, NULL, explanation,
                        (const char *const *) schedule->sources);
}

/* ---- Dosing ------------------------------------------------------------- */

/* A regimen's label when it names the drug ("Oral tizanidine, adults"),
 * else the drug and the label ("Methocarbamol — Tablets (adults)"). */
static char *
regimen_title (RcDrug *drug, const RcRegimen *regimen)
{
  g_autofree char *label = g_utf8_casefold (regimen->label, -1);
  g_autofree char *name = g_utf8_casefold (rc_drug_get_name (drug), -1);

  if (strstr (label, name) != NULL)
    return g_strdup (regimen->label);
  /* Translators: a drug and one of its dosing regimens, e.g.
   * "Methocarbamol — Tablets (adults)". */
  return g_strdup_printf (_ ("%1$s — %2$s"), rc_drug_get_name (drug), regimen->label);
}

static gboolean
same_value (const RcQuantity *a, double min, double max)
{
  return fabs (a->min - min) < 1e-9 && fabs (a->max - max) < 1e-9;
}

/* TRUE when any regimen of any drug has min–max unit as its maximum daily
 * dose, whatever its verification: a made-up distractor must never be a
 * real labelled value. */
static gboolean
is_any_labelled_max (RcQuizGen *gen, double min, double max, const char *unit)
{
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      GPtrArray *regimens = rc_drug_get_regimens (g_ptr_array_index (gen->drugs, i));

      for (guint r = 0; regimens != NULL && r < regimens->len; r++)
        {
          const RcRegimen  *regimen = g_ptr_array_index (regimens, r);
          const RcQuantity *q = regimen->max_daily;

          if (q != NULL && q->kind != RC_VALUE_NOT_REPORTED && g_strcmp0 (q->unit, unit) == 0 &&
              same_value (q, min, max))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
regimen_max_usable (const RcRegimen *regimen)
{
  return !regimen->unverified && _rc_quiz_quantity_usable (regimen->max_daily) &&
         regimen->max_daily->unit != NULL;
}

void
_rc_quiz_add_max_daily (RcQuizGen *gen, RcDrug *drug)
{
  GPtrArray *regimens = rc_drug_get_regimens (drug);

  for (guint r = 0; regimens != NULL && r < regimens->len; r++)
    {
      const RcRegimen  *regimen = g_ptr_array_index (regimens, r);
      const RcQuantity *max;
      g_autoptr (GPtrArray) others = NULL;
      g_autoptr (GPtrArray) multiples = NULL;
      g_autofree char *answer = NULL;
      g_autofree char *title = NULL;
      RcQuizCard card = { RC_QUIZ_TEMPLATE_MAX_DAILY, RC_QUIZ_TOPIC_DOSING, RC_SECTION_DOSING, drug,
                          regimen->id };
      char      *prompt;
      char      *explanation;

      if (!regimen_max_usable (regimen) || regimen->label == NULL)
        continue;
      max = regimen->max_daily;
      answer = rc_format_quantity (max, RC_FORMAT_LOCALE);
      title = regimen_title (drug, regimen);

      /* Other drugs' labelled maxima in the same unit come first. */
      others = new_texts ();
      for (guint i = 0; i < gen->drugs->len; i++)
        {
          RcDrug    *other = g_ptr_array_index (gen->drugs, i);
          GPtrArray *other_regimens = rc_drug_get_regimens (other);

          if (drug_is (other, drug))
            continue;
          for (guint k = 0; other_regimens != NULL && k < other_regimens->len; k++)
            {
              const RcRegimen *o = g_ptr_array_index (other_regimens, k);

              if (regimen_max_usable (o) && g_strcmp0 (o->max_daily->unit, max->unit) == 0 &&
                  !same_value (o->max_daily, max->min, max->max))
                g_ptr_array_add (others, rc_format_quantity (o->max_daily, RC_FORMAT_LOCALE));
            }
        }

      multiples = new_texts ();
      for (guint f = 0; f < G_N_ELEMENTS (dose_factors); f++)
        {
          RcQuantity q = *max;

          q.min = max->min * dose_factors[f];
          q.max = max->max * dose_factors[f];
          q.approx = FALSE;
          if (!is_any_labelled_max (gen, q.min, q.max, max->unit))
            g_ptr_array_add (multiples, rc_format_quantity (&q, RC_FORMAT_LOCALE));
        }

      /* Translators: a quiz question; %s is a dosing regimen such as
       * "Oral tizanidine, adults". */
      prompt = g_strdup_printf (_ ("%s: what is the maximum daily dose?"), title);
      explanation = g_strdup_printf (
          /* Translators: a quiz explanation; %1$s is a dosing regimen, %2$s a
           * dose such as "36 mg". */
          _ ("The maximum daily dose for “%1$s” is %2$s."), title, answer);
      explanation = _rc_quiz_with_note (explanation, max->note);

      _rc_quiz_emit_choice (gen, &card, prompt, answer, others, multiples, explanation,
                            (const char *const *) max->sources);
    }
}

/* A drug has certainly no duration limit when none of its regimens has one
 * and each says so with a verified "no limit" fact. */
static gboolean
has_no_duration_limit (RcDrug *drug)
{
  GPtrArray *regimens = rc_drug_get_regimens (drug);

  if (regimens == NULL || regimens->len == 0)
    return FALSE;

  for (guint r = 0; r < regimens->len; r++)
    {
      const RcRegimen *regimen = g_ptr_array_index (regimens, r);

      if (regimen->duration_limit != NULL || !_rc_quiz_fact_usable (regimen->duration_none))
        return FALSE;
    }
  return TRUE;
}

void
_rc_quiz_add_duration_limit (RcQuizGen *gen, RcDrug *drug)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  g_autoptr (GPtrArray) distractors = NULL;
  g_autofree char *limit = NULL;
  g_autofree char *title = NULL;
  RcQuizCard card = { RC_QUIZ_TEMPLATE_DURATION_LIMIT, RC_QUIZ_TOPIC_DOSING, RC_SECTION_DOSING,
                      drug, NULL };
  char      *prompt;
  char      *explanation;

  if (regimen == NULL || regimen->unverified || regimen->label == NULL ||
      !_rc_quiz_quantity_usable (regimen->duration_limit))
    return;
  card.field = regimen->id;

  /* Drugs whose label also limits use are neither right nor wrong here,
   * so only drugs with a cited "no limit" are offered. */
  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug *other = g_ptr_array_index (gen->drugs, i);

      if (!drug_is (other, drug) && has_no_duration_limit (other))
        g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
    }

  limit = rc_format_quantity (regimen->duration_limit, RC_FORMAT_LOCALE);
  title = regimen_title (drug, regimen);
  /* Translators: a quiz question; %s is a duration such as "2–3 weeks". */
  prompt = g_strdup_printf (_ ("Which of these drugs does its label limit to %s of use?"), limit);
  /* Translators: a quiz explanation; %1$s is a dosing regimen, %2$s a duration. */
  explanation = g_strdup_printf (_ ("“%1$s”: use is limited to %2$s."), title, limit);
  explanation = _rc_quiz_with_note (explanation, regimen->duration_limit->note);

  _rc_quiz_emit_choice (gen, &card, prompt, rc_drug_get_name (drug), distractors, NULL, explanation,
                        (const char *const *) regimen->duration_limit->sources);
}

/* ---- Pharmacokinetics --------------------------------------------------- */

static const RcPkValue *
primary_half_life (RcDrug *drug)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  for (guint i = 0; pk != NULL && pk->half_life != NULL && i < pk->half_life->len; i++)
    {
      const RcPkValue *value = g_ptr_array_index (pk->half_life, i);

      if (value->primary)
        return value;
    }
  return NULL;
}

static gboolean
clearly_apart (const RcQuantity *a, const RcQuantity *b)
{
  if (a->max < b->min)
    return a->max > 0 && b->min / a->max >= HALF_LIFE_SEPARATION;
  if (b->max < a->min)
    return b->max > 0 && a->min / b->max >= HALF_LIFE_SEPARATION;
  return FALSE;
}

/* other is a fair wrong answer to "which drug's half-life is q" when its
 * own verified primary half-life and every half-life it reports at all
 * are clearly apart from q. */
static gboolean
half_life_clearly_differs (RcDrug *other, const RcQuantity *q)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (other);
  const RcPkValue          *primary = primary_half_life (other);

  if (primary == NULL || !_rc_quiz_quantity_usable (&primary->q))
    return FALSE;

  for (guint i = 0; i < pk->half_life->len; i++)
    {
      const RcPkValue *value = g_ptr_array_index (pk->half_life, i);

      if (value->q.kind == RC_VALUE_NOT_REPORTED)
        continue;
      if (g_strcmp0 (value->q.unit, q->unit) != 0 || !clearly_apart (&value->q, q))
        return FALSE;
    }
  return TRUE;
}

static char *
half_life_prompt (RcPkKind kind, const char *value)
{
  switch (kind)
    {
      case RC_PK_KIND_EFFECTIVE:
        /* Translators: a quiz question; %s is a duration such as "18 h". */
        return g_strdup_printf (_ ("Which of these drugs has an effective half-life of %s?"),
                                value);
      case RC_PK_KIND_TERMINAL:
        /* Translators: a quiz question; %s is a duration such as "about 35 h". */
        return g_strdup_printf (_ ("Which of these drugs has a terminal half-life of %s?"), value);
      case RC_PK_KIND_PLASMA:
        /* Translators: a quiz question; %s is a duration such as "2–4 h". */
        return g_strdup_printf (_ ("Which of these drugs has a plasma half-life of %s?"), value);
      case RC_PK_KIND_APPARENT:
        /* Translators: a quiz question; %s is a duration such as "about 5.7 h". */
        return g_strdup_printf (_ ("Which of these drugs has an apparent half-life of %s?"), value);
      case RC_PK_KIND_UNSPECIFIED:
      default:
        /* Translators: a quiz question; %s is a duration such as "about 2 h". */
        return g_strdup_printf (_ ("Which of these drugs has a half-life of %s?"), value);
    }
}

void
_rc_quiz_add_half_life (RcQuizGen *gen, RcDrug *drug)
{
  const RcPkValue *half_life = primary_half_life (drug);
  g_autoptr (GPtrArray) distractors = NULL;
  g_autofree char *value = NULL;
  RcQuizCard       card = { RC_QUIZ_TEMPLATE_HALF_LIFE, RC_QUIZ_TOPIC_PHARMACOKINETICS,
                            RC_SECTION_PHARMACOKINETICS, drug, NULL };
  char            *explanation;

  if (half_life == NULL || !_rc_quiz_quantity_usable (&half_life->q) || half_life->q.unit == NULL)
    return;

  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug *other = g_ptr_array_index (gen->drugs, i);

      if (!drug_is (other, drug) && half_life_clearly_differs (other, &half_life->q))
        g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
    }

  value = rc_format_quantity (&half_life->q, RC_FORMAT_LOCALE);
  explanation = g_strdup_printf (
      /* Translators: a quiz explanation; %1$s is a drug, %2$s a duration such as "18 h". */
      _ ("The half-life of %1$s is %2$s."), rc_drug_get_name (drug), value);
  explanation = _rc_quiz_with_note (explanation, half_life->q.note);

  _rc_quiz_emit_choice (gen, &card, half_life_prompt (half_life->kind, value),
                        rc_drug_get_name (drug), distractors, NULL, explanation,
                        (const char *const *) half_life->q.sources);
}

void
_rc_quiz_add_enzyme (RcQuizGen *gen, RcDrug *drug)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  g_autoptr (GPtrArray) distractors = NULL;
  RcQuizCard card = { RC_QUIZ_TEMPLATE_ENZYME, RC_QUIZ_TOPIC_PHARMACOKINETICS,
                      RC_SECTION_PHARMACOKINETICS, drug, NULL };
  char      *prompt;

  /* "Mainly" has one answer only when the drug names one enzyme. */
  if (pk == NULL || !_rc_quiz_fact_usable (pk->metabolism) || pk->enzymes == NULL ||
      g_strv_length (pk->enzymes) != 1)
    return;

  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug                   *other = g_ptr_array_index (gen->drugs, i);
      const RcPharmacokinetics *opk = rc_drug_get_pharmacokinetics (other);

      if (drug_is (other, drug) || opk == NULL || !_rc_quiz_fact_usable (opk->metabolism))
        continue;
      for (guint k = 0; opk->enzymes != NULL && opk->enzymes[k] != NULL; k++)
        if (!g_strv_contains ((const char *const *) pk->enzymes, opk->enzymes[k]))
          g_ptr_array_add (distractors, g_strdup (opk->enzymes[k]));
    }

  /* Translators: a quiz question; %s is a drug name. */
  prompt = g_strdup_printf (_ ("%s: which enzyme mainly metabolises it?"), rc_drug_get_name (drug));
  _rc_quiz_emit_choice (gen, &card, prompt, pk->enzymes[0], distractors, NULL,
                        g_strdup (pk->metabolism->text),
                        (const char *const *) pk->metabolism->sources);
}

/* ---- Adverse effects ---------------------------------------------------- */

static const RcTrialArm *
primary_drug_arm (const RcTrial *trial, gboolean *has_placebo)
{
  const RcTrialArm *primary = NULL;

  *has_placebo = FALSE;
  for (guint i = 0; trial->arms != NULL && i < trial->arms->len; i++)
    {
      const RcTrialArm *arm = g_ptr_array_index (trial->arms, i);

      if (arm->kind == RC_ARM_PLACEBO)
        *has_placebo = TRUE;
      else if (arm->primary && primary == NULL)
        primary = arm;
    }
  return primary;
}

static char *
top_effect_prompt (RcDrug *drug, const RcTrialArm *arm, gboolean placebo)
{
  const char      *name = rc_drug_get_name (drug);
  g_autofree char *a = g_utf8_casefold (name, -1);
  g_autofree char *b = g_utf8_casefold (arm->label != NULL ? arm->label : name, -1);
  /* An arm label that names the drug ("Carisoprodol 350 mg") stands alone. */
  gboolean same = strstr (b, a) != NULL;

  if (same)
    name = arm->label != NULL ? arm->label : name;
  if (placebo && same)
    /* Translators: a quiz question; %s is a drug or a trial arm that names
     * it, e.g. "Carisoprodol 350 mg". */
    return g_strdup_printf (_ ("%s in placebo-controlled trials: which of these adverse effects "
                               "was most common?"),
                            name);
  if (placebo)
    /* Translators: a quiz question; %1$s is a drug name, %2$s a trial arm
     * such as "5 mg three times a day". */
    return g_strdup_printf (_ ("%1$s (%2$s) in placebo-controlled trials: which of these adverse "
                               "effects was most common?"),
                            name, arm->label);
  if (same)
    /* Translators: a quiz question; %s is a drug or a study arm that names it. */
    return g_strdup_printf (_ ("%s in clinical studies: which of these adverse effects was most "
                               "common?"),
                            name);
  /* Translators: a quiz question; %1$s is a drug name, %2$s a study arm
   * such as "10 mg, controlled studies". */
  return g_strdup_printf (_ ("%1$s (%2$s) in clinical studies: which of these adverse effects "
                             "was most common?"),
                          name, arm->label);
}

static const char *
effect_label (RcQuizGen *gen, const char *effect_id)
{
  RcEffect *effect = rc_knowledge_base_lookup_effect (gen->kb, effect_id);

  return effect != NULL ? rc_effect_get_label (effect) : NULL;
}

static int
compare_incidence_desc (gconstpointer a, gconstpointer b)
{
  const RcIncidence *x = *(const RcIncidence *const *) a;
  const RcIncidence *y = *(const RcIncidence *const *) b;

  if (x->percent.max != y->percent.max)
    return x->percent.max > y->percent.max ? -1 : 1;
  return 0;
}

/* "Somnolence 29%, Dry mouth 21%, …": every verified figure of the arm. */
static char *
format_incidences (RcQuizGen *gen, GPtrArray *shown)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < shown->len; i++)
    {
      const RcIncidence *incidence = g_ptr_array_index (shown, i);
      g_autofree char   *value = rc_format_quantity (&incidence->percent, RC_FORMAT_LOCALE);

      if (i > 0)
        /* Translators: the separator between items of a list. */
        g_string_append (list, C_ ("list separator", ", "));
      /* Translators: an adverse effect and its incidence, e.g. "Somnolence 29%". */
      g_string_append_printf (list, C_ ("effect and incidence", "%1$s %2$s"),
                              effect_label (gen, incidence->effect_id), value);
    }
  return g_string_free (list, FALSE);
}

static void
add_top_effect_card (RcQuizGen *gen, RcDrug *drug, const RcTrial *trial)
{
  GPtrArray *incidences = rc_drug_get_incidences (drug);
  g_autoptr (GPtrArray) in_arm = g_ptr_array_new ();
  g_autoptr (GPtrArray) usable = g_ptr_array_new ();
  g_autoptr (GPtrArray) distractors = new_texts ();
  const RcIncidence *top = NULL;
  const RcTrialArm  *arm;
  gboolean           placebo;
  RcQuizCard         card = { RC_QUIZ_TEMPLATE_TOP_ADVERSE_EFFECT, RC_QUIZ_TOPIC_ADVERSE_EFFECTS,
                              RC_SECTION_ADVERSE_EFFECTS, drug, trial->id };
  g_autofree char   *list = NULL;
  const char        *top_label;
  char              *explanation;

  arm = primary_drug_arm (trial, &placebo);
  if (arm == NULL || trial->unverified)
    return;

  for (guint i = 0; incidences != NULL && i < incidences->len; i++)
    {
      const RcIncidence *incidence = g_ptr_array_index (incidences, i);

      if (incidence->trial == trial && incidence->arm == arm)
        g_ptr_array_add (in_arm, (gpointer) incidence);
    }
  if (in_arm->len < 2)
    return;

  /* The most common effect: the highest upper bound, strictly. */
  g_ptr_array_sort (in_arm, compare_incidence_desc);
  top = g_ptr_array_index (in_arm, 0);
  top_label = effect_label (gen, top->effect_id);
  if (!_rc_quiz_quantity_usable (&top->percent) || top_label == NULL)
    return;
  g_ptr_array_add (usable, (gpointer) top);

  for (guint i = 1; i < in_arm->len; i++)
    {
      const RcIncidence *other = g_ptr_array_index (in_arm, i);
      const char        *label = effect_label (gen, other->effect_id);

      /* An unreported or unverified figure that might reach the top one
       * leaves "most common" in doubt. */
      if (!_rc_quiz_quantity_usable (&other->percent))
        {
          if (other->percent.kind == RC_VALUE_NOT_REPORTED ||
              other->percent.max >= top->percent.min)
            return;
          continue;
        }
      if (other->percent.max >= top->percent.max || label == NULL)
        return;
      g_ptr_array_add (usable, (gpointer) other);
      /* Only effects certainly below the top one are wrong answers. */
      if (other->percent.max < top->percent.min && g_strcmp0 (label, top_label) != 0)
        g_ptr_array_add (distractors, g_strdup (label));
    }

  list = format_incidences (gen, usable);
  /* Translators: a quiz explanation; %1$s is a trial arm, %2$s a list such
   * as "Somnolence 29%, Dry mouth 21%". */
  explanation = g_strdup_printf (_ ("Incidence in the “%1$s” arm: %2$s."), arm->label, list);
  explanation = _rc_quiz_with_note (explanation, trial->description);

  _rc_quiz_emit_choice (gen, &card, top_effect_prompt (drug, arm, placebo), top_label, distractors,
                        NULL, explanation, (const char *const *) top->percent.sources);
}

void
_rc_quiz_add_top_adverse_effect (RcQuizGen *gen, RcDrug *drug)
{
  GPtrArray *trials = rc_drug_get_trials (drug);

  for (guint i = 0; trials != NULL && i < trials->len; i++)
    add_top_effect_card (gen, drug, g_ptr_array_index (trials, i));
}

/* ---- Safety ------------------------------------------------------------- */

void
_rc_quiz_add_boxed_warning (RcQuizGen *gen, RcDrug *drug)
{
  GPtrArray       *boxed = rc_drug_get_boxed_warnings (drug);
  const RcWarning *warning = NULL;
  g_autoptr (GPtrArray) distractors = NULL;
  RcQuizCard card = { RC_QUIZ_TEMPLATE_BOXED_WARNING, RC_QUIZ_TOPIC_SAFETY,
                      RC_SECTION_BOXED_WARNING, drug, NULL };
  char      *prompt;
  char      *explanation;

  for (guint i = 0; boxed != NULL && i < boxed->len && warning == NULL; i++)
    {
      const RcWarning *w = g_ptr_array_index (boxed, i);

      if (!w->unverified && w->text != NULL)
        warning = w;
    }
  if (warning == NULL)
    return;

  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug    *other = g_ptr_array_index (gen->drugs, i);
      GPtrArray *other_boxed = rc_drug_get_boxed_warnings (other);

      if (!drug_is (other, drug) && other_boxed != NULL && other_boxed->len == 0)
        g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
    }

  if (warning->title != NULL)
    /* Translators: a quiz explanation; %1$s is a drug, %2$s the title of
     * its boxed warning, %3$s the warning text. */
    explanation = g_strdup_printf (_ ("%1$s has a boxed warning, “%2$s”: %3$s"),
                                   rc_drug_get_name (drug), warning->title, warning->text);
  else
    /* Translators: a quiz explanation; %1$s is a drug, %2$s the warning text. */
    explanation = g_strdup_printf (_ ("%1$s has a boxed warning: %2$s"), rc_drug_get_name (drug),
                                   warning->text);

  /* Translators: a quiz question; a boxed warning is the strongest warning
   * in a US drug label. */
  prompt = g_strdup (_ ("Which of these drugs carries a boxed warning?"));
  _rc_quiz_emit_choice (gen, &card, prompt, rc_drug_get_name (drug), distractors, NULL, explanation,
                        (const char *const *) warning->sources);
}

/* ---- Interactions ------------------------------------------------------- */

static gboolean
contraindicated_with (RcDrug *drug, const char *const *expanded)
{
  GPtrArray *interactions = rc_drug_get_interactions (drug);

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    {
      const RcInteraction *interaction = g_ptr_array_index (interactions, i);

      /* Verified or not: an unverified contraindication is not a safe
       * wrong answer either. */
      if (interaction->severity == RC_SEVERITY_CONTRAINDICATED &&
          rc_interaction_query_matches (interaction, expanded))
        return TRUE;
    }
  return FALSE;
}

void
_rc_quiz_add_contraindicated (RcQuizGen *gen, RcDrug *drug)
{
  GPtrArray *interactions = rc_drug_get_interactions (drug);

  for (guint k = 0; interactions != NULL && k < interactions->len; k++)
    {
      const RcInteraction *interaction = g_ptr_array_index (interactions, k);
      g_auto (GStrv) expanded = NULL;
      g_autoptr (GPtrArray) distractors = NULL;
      RcQuizCard card = { RC_QUIZ_TEMPLATE_CONTRAINDICATED, RC_QUIZ_TOPIC_INTERACTIONS,
                          RC_SECTION_INTERACTIONS, drug, NULL };
      char      *prompt;
      char      *explanation;

      if (interaction->severity != RC_SEVERITY_CONTRAINDICATED || interaction->unverified ||
          interaction->agents == NULL || interaction->agents[0] == NULL ||
          interaction->agent == NULL || interaction->effect == NULL)
        continue;

      /* The first agent id names what the interaction is about; the others
       * are the classes it belongs to. */
      card.field = interaction->agents[0];
      expanded = rc_interaction_query_expand (gen->kb, interaction->agents[0]);

      distractors = new_texts ();
      for (guint i = 0; i < gen->drugs->len; i++)
        {
          RcDrug *other = g_ptr_array_index (gen->drugs, i);

          /* Nor the agent itself, when it is one of the relaxants. */
          if (!drug_is (other, drug) &&
              !g_strv_contains ((const char *const *) expanded, rc_drug_get_id (other)) &&
              !contraindicated_with (other, (const char *const *) expanded))
            g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
        }

      /* Translators: a quiz question; %s is an interacting drug or class,
       * e.g. "Ciprofloxacin" or "MAO inhibitors". */
      prompt = g_strdup_printf (_ ("Which of these drugs is contraindicated with %s?"),
                                interaction->agent);
      if (interaction->mechanism != NULL)
        /* Translators: a quiz explanation; %1$s is a drug, %2$s an interacting
         * drug or class, %3$s the mechanism, %4$s the effect. */
        explanation = g_strdup_printf (_ ("%1$s is contraindicated with %2$s (%3$s): %4$s"),
                                       rc_drug_get_name (drug), interaction->agent,
                                       interaction->mechanism, interaction->effect);
      else
        explanation = g_strdup_printf (
            /* Translators: a quiz explanation; %1$s is a drug, %2$s an
             * interacting drug or class, %3$s the effect. */
            _ ("%1$s is contraindicated with %2$s: %3$s"), rc_drug_get_name (drug),
            interaction->agent, interaction->effect);

      _rc_quiz_emit_choice (gen, &card, prompt, rc_drug_get_name (drug), distractors, NULL,
                            explanation, (const char *const *) interaction->sources);
    }
}

/* ---- Populations -------------------------------------------------------- */

/* "Avoid in some conditions" overlaps both neighbours: such a drug may
 * also be exempt from the general entry (baclofen is), and "avoid" drugs
 * are avoided in some conditions too. So it is never offered as a wrong
 * answer, and no question asks for it. */
static gboolean
beers_clearly_differs (RcBeers a, RcBeers b)
{
  return a != b && a != RC_BEERS_AVOID_IF && b != RC_BEERS_AVOID_IF;
}

void
_rc_quiz_add_beers (RcQuizGen *gen, RcDrug *drug)
{
  const RcBeersNote *beers = rc_drug_get_beers (drug);
  g_autoptr (GPtrArray) distractors = NULL;
  RcQuizCard  card = { RC_QUIZ_TEMPLATE_BEERS, RC_QUIZ_TOPIC_POPULATIONS, RC_SECTION_POPULATIONS,
                       drug, NULL };
  const char *rating;
  g_autofree char *summary = NULL;
  g_autofree char *folded_rating = NULL;
  char            *prompt;
  char            *explanation;

  if (beers == NULL || beers->unverified)
    return;

  distractors = new_texts ();
  for (guint i = 0; i < gen->drugs->len; i++)
    {
      RcDrug            *other = g_ptr_array_index (gen->drugs, i);
      const RcBeersNote *b = rc_drug_get_beers (other);

      if (!drug_is (other, drug) && b != NULL && !b->unverified &&
          beers_clearly_differs (b->recommendation, beers->recommendation))
        g_ptr_array_add (distractors, g_strdup (rc_drug_get_name (other)));
    }

  rating = rc_beers_to_string (beers->recommendation);
  /* Translators: a quiz question; %s is a Beers Criteria rating such as
   * "Avoid" or "Exempt". */
  prompt = g_strdup_printf (_ ("Which of these drugs do the 2023 Beers Criteria rate as “%s” for "
                               "older adults?"),
                            rating);
  summary = beers->summary != NULL ? g_utf8_casefold (beers->summary, -1) : NULL;
  folded_rating = g_utf8_casefold (rating, -1);
  if (summary != NULL && g_strcmp0 (summary, folded_rating) != 0)
    /* Translators: a quiz explanation; %1$s is a drug, %2$s a Beers rating,
     * %3$s a short summary. */
    explanation = g_strdup_printf (_ ("2023 Beers Criteria for %1$s: %2$s (%3$s)."),
                                   rc_drug_get_name (drug), rating, beers->summary);
  else
    /* Translators: a quiz explanation; %1$s is a drug, %2$s a Beers rating. */
    explanation = g_strdup_printf (_ ("2023 Beers Criteria for %1$s: %2$s."),
                                   rc_drug_get_name (drug), rating);
  explanation = _rc_quiz_with_note (explanation, beers->detail);

  _rc_quiz_emit_choice (gen, &card, prompt, rc_drug_get_name (drug), distractors, NULL, explanation,
                        (const char *const *) beers->sources);
}

/* ---- Myths -------------------------------------------------------------- */

void
_rc_quiz_add_myths (RcQuizGen *gen, RcDrug *drug)
{
  GPtrArray *myths = rc_drug_get_myths (drug);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; myths != NULL && i < myths->len; i++)
    {
      const RcMyth    *myth = g_ptr_array_index (myths, i);
      const char      *topic = myth->topic != NULL ? myth->topic : "myth";
      guint            n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, topic)) + 1;
      g_autofree char *field = NULL;
      RcQuizCard       card = { RC_QUIZ_TEMPLATE_MYTH, RC_QUIZ_TOPIC_MYTHS, RC_SECTION_MYTHS, drug,
                                NULL };

      /* The key is the myth's topic, numbered when a drug has several on
       * one topic, so that reordering the file keeps most keys. */
      g_hash_table_replace (seen, g_strdup (topic), GUINT_TO_POINTER (n));
      if (myth->unverified || myth->claim == NULL || myth->correction == NULL)
        continue;
      field = n == 1 ? g_strdup (topic) : g_strdup_printf ("%s-%u", topic, n);
      card.field = field;

      _rc_quiz_emit_false_claim (gen, &card,
                                 /* Translators: a quiz question; %s is a claim, quoted. */
                                 g_strdup_printf (_ ("True or false? “%s”"), myth->claim),
                                 g_strdup (myth->correction), (const char *const *) myth->sources);
    }
}
