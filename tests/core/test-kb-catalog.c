/* test-kb-catalog.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rc-kb-test-utils.h"

/* The loader must look every knowledge-base text up under exactly the msgid
 * that xgettext extracts with data/its/kb.its, or translators' work never
 * shows. The catalog used here (make-marker-catalog.sh) translates every
 * extracted text as "XX:" + text; every text of the loaded model must come
 * back marked. */

#define MARK "XX:"

typedef struct
{
  const char *owner;
  guint       n_texts;
  guint       n_unmarked;
} Walk;

static void
text (Walk *walk, const char *what, const char *value)
{
  if (value == NULL)
    return;

  walk->n_texts++;
  if (!g_str_has_prefix (value, MARK))
    {
      walk->n_unmarked++;
      g_test_message ("%s, %s not found in the catalog: “%s”", walk->owner, what, value);
    }
}

static void
quantity (Walk *walk, const RcQuantity *q)
{
  if (q != NULL)
    text (walk, "quantity note", q->note);
}

static void
facts (Walk *walk, const char *what, GPtrArray *array)
{
  for (guint i = 0; i < array->len; i++)
    text (walk, what, ((RcFact *) g_ptr_array_index (array, i))->text);
}

static void
walk_regimen (Walk *walk, const RcRegimen *regimen)
{
  text (walk, "regimen label", regimen->label);
  for (guint i = 0; i < regimen->steps->len; i++)
    {
      RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);

      text (walk, "step condition", step->condition);
      text (walk, "step note", step->note);
    }
  if (regimen->rule != NULL)
    text (walk, "rule", regimen->rule->text);
  for (guint i = 0; i < regimen->phases->len; i++)
    text (walk, "phase", ((RcPhase *) g_ptr_array_index (regimen->phases, i))->label);
  quantity (walk, regimen->maintenance);
  quantity (walk, regimen->max_daily);
  quantity (walk, regimen->max_single);
  quantity (walk, regimen->duration_limit);
  if (regimen->duration_none != NULL)
    text (walk, "duration note", regimen->duration_none->text);
  if (regimen->taper != NULL)
    text (walk, "taper", regimen->taper->text);
  facts (walk, "regimen note", regimen->notes);
}

static void
walk_pharmacokinetics (Walk *walk, const RcPharmacokinetics *pk)
{
  GPtrArray *lists[] = { pk->tmax, pk->half_life, pk->bioavailability, pk->protein_binding };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      quantity (walk, &((RcPkValue *) g_ptr_array_index (lists[l], i))->q);
  text (walk, "metabolism", pk->metabolism->text);
  text (walk, "excretion", pk->excretion->text);
  facts (walk, "pharmacokinetics note", pk->notes);
}

static void
walk_drug (Walk *walk, RcDrug *drug)
{
  GPtrArray *warnings[] = {
    rc_drug_get_boxed_warnings (drug),
    rc_drug_get_contraindications (drug),
    rc_drug_get_warnings (drug),
  };

  text (walk, "name", rc_drug_get_name (drug));
  text (walk, "class", rc_drug_get_class (drug)->text);
  text (walk, "schedule note", rc_drug_get_schedule (drug)->note);
  for (guint i = 0; i < rc_drug_get_forms (drug)->len; i++)
    {
      RcForm *form = g_ptr_array_index (rc_drug_get_forms (drug), i);

      text (walk, "form label", form->label);
      text (walk, "form note", form->note);
    }
  text (walk, "mechanism summary", rc_drug_get_mechanism_summary (drug)->text);
  text (walk, "mechanism detail", rc_drug_get_mechanism_detail (drug)->text);
  for (guint i = 0; i < rc_drug_get_indications (drug)->len; i++)
    {
      RcIndication *indication = g_ptr_array_index (rc_drug_get_indications (drug), i);

      text (walk, "indication", indication->text);
      text (walk, "evidence", indication->evidence);
    }
  for (guint i = 0; i < rc_drug_get_regimens (drug)->len; i++)
    walk_regimen (walk, g_ptr_array_index (rc_drug_get_regimens (drug), i));
  walk_pharmacokinetics (walk, rc_drug_get_pharmacokinetics (drug));
  for (guint i = 0; i < rc_drug_get_trials (drug)->len; i++)
    {
      RcTrial *trial = g_ptr_array_index (rc_drug_get_trials (drug), i);

      text (walk, "trial", trial->description);
      for (guint a = 0; a < trial->arms->len; a++)
        text (walk, "arm", ((RcTrialArm *) g_ptr_array_index (trial->arms, a))->label);
    }
  facts (walk, "adverse-effects note", rc_drug_get_adverse_notes (drug));
  for (guint l = 0; l < G_N_ELEMENTS (warnings); l++)
    for (guint i = 0; i < warnings[l]->len; i++)
      {
        RcWarning *warning = g_ptr_array_index (warnings[l], i);

        text (walk, "warning title", warning->title);
        text (walk, "warning text", warning->text);
      }
  for (guint i = 0; i < rc_drug_get_interactions (drug)->len; i++)
    {
      RcInteraction *interaction = g_ptr_array_index (rc_drug_get_interactions (drug), i);

      text (walk, "interaction agent", interaction->agent);
      text (walk, "interaction effect", interaction->effect);
      text (walk, "interaction mechanism", interaction->mechanism);
    }
  for (RcPopulation group = 0; group < RC_N_POPULATIONS; group++)
    {
      const RcPopulationNote *note = rc_drug_get_population (drug, group);

      if (note != NULL)
        {
          text (walk, "population summary", note->summary);
          text (walk, "population detail", note->detail);
        }
    }
  text (walk, "Beers summary", rc_drug_get_beers (drug)->summary);
  text (walk, "Beers detail", rc_drug_get_beers (drug)->detail);
  facts (walk, "overdose", rc_drug_get_overdose (drug));
  for (guint i = 0; i < rc_drug_get_myths (drug)->len; i++)
    {
      RcMyth *myth = g_ptr_array_index (rc_drug_get_myths (drug), i);

      text (walk, "myth claim", myth->claim);
      text (walk, "myth correction", myth->correction);
    }

  /* What must never be translated stays as written. */
  for (guint i = 0; i < rc_drug_get_brands (drug)->len; i++)
    g_assert_false (g_str_has_prefix (
        ((RcBrand *) g_ptr_array_index (rc_drug_get_brands (drug), i))->name, MARK));
  g_assert_false (g_str_has_prefix (rc_drug_get_id (drug), MARK));
}

static void
test_every_text_is_in_the_catalog (void)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  GListModel *drugs, *effects, *agents;
  Walk        walk = { 0 };

  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_knowledge_base_get_problems (kb)->len, ==, 0);

  drugs = rc_knowledge_base_get_drugs (kb);
  g_assert_cmpuint (g_list_model_get_n_items (drugs), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      walk.owner = rc_drug_get_id (drug);
      walk_drug (&walk, drug);
    }

  effects = rc_knowledge_base_get_effects (kb);
  walk.owner = "effects.xml";
  for (guint i = 0; i < g_list_model_get_n_items (effects); i++)
    {
      g_autoptr (RcEffect) effect = g_list_model_get_item (effects, i);

      text (&walk, rc_effect_get_id (effect), rc_effect_get_label (effect));
      text (&walk, rc_effect_get_system_id (effect), rc_effect_get_system_label (effect));
      g_assert_false (g_str_has_prefix (rc_effect_get_id (effect), MARK));
    }

  agents = rc_knowledge_base_get_agents (kb);
  walk.owner = "agents.xml";
  for (guint i = 0; i < g_list_model_get_n_items (agents); i++)
    {
      g_autoptr (RcAgent) agent = g_list_model_get_item (agents, i);

      text (&walk, rc_agent_get_id (agent), rc_agent_get_label (agent));
    }

  g_test_message ("%u texts looked up, %u not found", walk.n_texts, walk.n_unmarked);
  g_assert_cmpuint (walk.n_texts, >, 300);
  g_assert_cmpuint (walk.n_unmarked, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_autofree char *locale_dir = NULL;
  int              result;

  /* LANGUAGE is honoured under C.UTF-8 (the test environment's locale). */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");

  g_test_init (&argc, &argv, NULL);
  locale_dir = kb_test_install_catalog ("rc-kb-marker.mo");

  g_test_add_func ("/core/catalog/every-text-is-in-the-catalog", test_every_text_is_in_the_catalog);

  result = g_test_run ();
  kb_test_remove_dir (locale_dir);

  return result;
}
