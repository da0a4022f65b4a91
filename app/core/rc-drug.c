/* rc-drug.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-drug.h"
#include "rc-drug-private.h"

G_DEFINE_FINAL_TYPE (RcDrug, rc_drug, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_FILE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* ---- The plain records ---- */

RcQuantity *
_rc_quantity_new (void)
{
  return g_new0 (RcQuantity, 1);
}

void
_rc_quantity_clear (RcQuantity *q)
{
  if (q == NULL)
    return;

  g_clear_pointer (&q->unit, g_free);
  g_clear_pointer (&q->note, g_free);
  g_clear_pointer (&q->sources, g_strfreev);
}

void
_rc_quantity_free (RcQuantity *q)
{
  if (q == NULL)
    return;

  _rc_quantity_clear (q);
  g_free (q);
}

RcFact *
_rc_fact_new (void)
{
  return g_new0 (RcFact, 1);
}

void
_rc_fact_free (RcFact *fact)
{
  if (fact == NULL)
    return;

  g_free (fact->text);
  g_strfreev (fact->sources);
  g_free (fact);
}

void
_rc_schedule_info_free (RcScheduleInfo *schedule)
{
  if (schedule == NULL)
    return;

  g_free (schedule->since);
  g_free (schedule->note);
  g_strfreev (schedule->sources);
  g_free (schedule);
}

void
_rc_brand_free (RcBrand *brand)
{
  if (brand == NULL)
    return;

  g_free (brand->name);
  g_free (brand->form_id);
  g_strfreev (brand->sources);
  g_free (brand);
}

void
_rc_form_free (RcForm *form)
{
  if (form == NULL)
    return;

  g_free (form->id);
  g_free (form->label);
  if (form->strengths != NULL)
    {
      for (guint i = 0; i < form->strengths->len; i++)
        g_free (g_array_index (form->strengths, RcStrength, i).unit);
      g_array_unref (form->strengths);
    }
  g_free (form->note);
  g_strfreev (form->sources);
  g_free (form);
}

void
_rc_indication_free (RcIndication *indication)
{
  if (indication == NULL)
    return;

  g_free (indication->text);
  g_free (indication->evidence);
  g_strfreev (indication->sources);
  g_free (indication);
}

void
_rc_titration_step_free (RcTitrationStep *step)
{
  if (step == NULL)
    return;

  g_free (step->unit);
  g_free (step->condition);
  g_free (step->note);
  g_strfreev (step->sources);
  g_free (step);
}

void
_rc_titration_rule_free (RcTitrationRule *rule)
{
  if (rule == NULL)
    return;

  g_free (rule->unit);
  g_free (rule->text);
  g_strfreev (rule->sources);
  g_free (rule);
}

void
_rc_phase_free (RcPhase *phase)
{
  if (phase == NULL)
    return;

  g_free (phase->label);
  g_strfreev (phase->sources);
  g_free (phase);
}

RcRegimen *
_rc_regimen_new (void)
{
  RcRegimen *regimen = g_new0 (RcRegimen, 1);

  regimen->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_titration_step_free);
  regimen->phases = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_phase_free);
  regimen->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_fact_free);

  return regimen;
}

void
_rc_regimen_free (RcRegimen *regimen)
{
  if (regimen == NULL)
    return;

  g_free (regimen->id);
  g_free (regimen->form_id);
  g_free (regimen->label);
  g_clear_pointer (&regimen->steps, g_ptr_array_unref);
  _rc_titration_rule_free (regimen->rule);
  g_clear_pointer (&regimen->phases, g_ptr_array_unref);
  _rc_quantity_free (regimen->maintenance);
  _rc_quantity_free (regimen->max_daily);
  _rc_quantity_free (regimen->max_single);
  _rc_quantity_free (regimen->duration_limit);
  _rc_fact_free (regimen->duration_none);
  _rc_fact_free (regimen->taper);
  g_clear_pointer (&regimen->notes, g_ptr_array_unref);
  g_strfreev (regimen->sources);
  g_free (regimen);
}

void
_rc_pk_value_free (RcPkValue *value)
{
  if (value == NULL)
    return;

  g_free (value->regimen_id);
  _rc_quantity_clear (&value->q);
  g_free (value);
}

void
_rc_pharmacokinetics_free (RcPharmacokinetics *pk)
{
  if (pk == NULL)
    return;

  g_clear_pointer (&pk->tmax, g_ptr_array_unref);
  g_clear_pointer (&pk->half_life, g_ptr_array_unref);
  g_clear_pointer (&pk->bioavailability, g_ptr_array_unref);
  g_clear_pointer (&pk->protein_binding, g_ptr_array_unref);
  _rc_fact_free (pk->metabolism);
  g_strfreev (pk->enzymes);
  _rc_fact_free (pk->excretion);
  g_clear_pointer (&pk->notes, g_ptr_array_unref);
  g_free (pk);
}

void
_rc_trial_arm_free (RcTrialArm *arm)
{
  if (arm == NULL)
    return;

  g_free (arm->id);
  g_free (arm->regimen_id);
  g_free (arm->label);
  g_free (arm);
}

RcTrial *
_rc_trial_new (void)
{
  RcTrial *trial = g_new0 (RcTrial, 1);

  trial->arms = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_trial_arm_free);

  return trial;
}

void
_rc_trial_free (RcTrial *trial)
{
  if (trial == NULL)
    return;

  g_free (trial->id);
  g_free (trial->description);
  g_clear_pointer (&trial->arms, g_ptr_array_unref);
  g_strfreev (trial->sources);
  g_free (trial);
}

void
_rc_incidence_free (RcIncidence *incidence)
{
  if (incidence == NULL)
    return;

  g_free (incidence->effect_id);
  _rc_quantity_clear (&incidence->percent);
  g_free (incidence);
}

void
_rc_warning_free (RcWarning *warning)
{
  if (warning == NULL)
    return;

  g_free (warning->title);
  g_free (warning->text);
  g_free (warning->kind);
  g_strfreev (warning->sources);
  g_free (warning);
}

void
_rc_interaction_free (RcInteraction *interaction)
{
  if (interaction == NULL)
    return;

  g_strfreev (interaction->agents);
  g_free (interaction->agent);
  g_free (interaction->effect);
  g_free (interaction->mechanism);
  g_strfreev (interaction->sources);
  g_free (interaction);
}

void
_rc_population_note_free (RcPopulationNote *note)
{
  if (note == NULL)
    return;

  g_free (note->summary);
  g_free (note->detail);
  g_strfreev (note->sources);
  g_free (note);
}

void
_rc_beers_note_free (RcBeersNote *note)
{
  if (note == NULL)
    return;

  g_free (note->summary);
  g_free (note->detail);
  g_strfreev (note->sources);
  g_free (note);
}

void
_rc_myth_free (RcMyth *myth)
{
  if (myth == NULL)
    return;

  g_free (myth->topic);
  g_strfreev (myth->seen_in);
  g_free (myth->claim);
  g_free (myth->correction);
  g_strfreev (myth->sources);
  g_free (myth);
}

/* ---- The object ---- */

static void
rc_drug_dispose (GObject *object)
{
  RcDrug *self = RC_DRUG (object);

  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  if (self->sources != NULL)
    g_list_store_remove_all (self->sources);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (rc_drug_parent_class)->dispose (object);
}

static void
rc_drug_finalize (GObject *object)
{
  RcDrug *self = RC_DRUG (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_pointer (&self->klass, _rc_fact_free);
  g_clear_pointer (&self->schedule, _rc_schedule_info_free);
  g_clear_pointer (&self->atc_code, g_free);
  g_clear_pointer (&self->brands, g_ptr_array_unref);
  g_clear_pointer (&self->forms, g_ptr_array_unref);
  g_clear_pointer (&self->mechanism_summary, _rc_fact_free);
  g_clear_pointer (&self->mechanism_detail, _rc_fact_free);
  g_clear_pointer (&self->indications, g_ptr_array_unref);
  g_clear_pointer (&self->regimens, g_ptr_array_unref);
  g_clear_pointer (&self->pk, _rc_pharmacokinetics_free);
  /* Incidences borrow trials and arms: release them first. */
  g_clear_pointer (&self->incidences, g_ptr_array_unref);
  g_clear_pointer (&self->trials, g_ptr_array_unref);
  g_clear_pointer (&self->adverse_notes, g_ptr_array_unref);
  g_clear_pointer (&self->boxed_warnings, g_ptr_array_unref);
  g_clear_pointer (&self->contraindications, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->interactions, g_ptr_array_unref);
  for (guint i = 0; i < RC_N_POPULATIONS; i++)
    g_clear_pointer (&self->populations[i], _rc_population_note_free);
  g_clear_pointer (&self->beers, _rc_beers_note_free);
  g_clear_pointer (&self->overdose, g_ptr_array_unref);
  g_clear_pointer (&self->myths, g_ptr_array_unref);

  G_OBJECT_CLASS (rc_drug_parent_class)->finalize (object);
}

static void
rc_drug_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcDrug *self = RC_DRUG (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_set_string (value, self->id);
        break;

      case PROP_NAME:
        g_value_set_string (value, self->name);
        break;

      case PROP_FILE:
        g_value_set_string (value, self->file);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_drug_class_init (RcDrugClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_drug_dispose;
  object_class->finalize = rc_drug_finalize;
  object_class->get_property = rc_drug_get_property;

  properties[PROP_ID] = g_param_spec_string (
      "id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
      g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
      g_param_spec_string ("file", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_drug_init (RcDrug *self)
{
  self->brands = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_brand_free);
  self->forms = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_form_free);
  self->indications = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_indication_free);
  self->regimens = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_regimen_free);
  self->trials = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_trial_free);
  self->incidences = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_incidence_free);
  self->adverse_notes = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_fact_free);
  self->boxed_warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_warning_free);
  self->contraindications = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_warning_free);
  self->warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_warning_free);
  self->interactions = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_interaction_free);
  self->overdose = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_fact_free);
  self->myths = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_myth_free);
  self->sources = g_list_store_new (RC_TYPE_SOURCE);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

RcDrug *
_rc_drug_new (const char *id, const char *file)
{
  RcDrug *self = g_object_new (RC_TYPE_DRUG, NULL);

  self->id = g_strdup (id);
  self->file = g_strdup (file);

  return self;
}

void
_rc_drug_add_source (RcDrug *self, RcSource *source)
{
  g_return_if_fail (RC_IS_DRUG (self));
  g_return_if_fail (RC_IS_SOURCE (source));

  g_list_store_append (self->sources, source);
  /* The store keeps the source alive; the index borrows it. The first
   * of two sources with one id wins (the validator reports the second). */
  if (!g_hash_table_contains (self->sources_by_id, rc_source_get_id (source)))
    g_hash_table_insert (self->sources_by_id, (char *) rc_source_get_id (source), source);
}

/* ---- Getters ---- */

const char *
rc_drug_get_id (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->id;
}

const char *
rc_drug_get_name (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->name;
}

const char *
rc_drug_get_file (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->file;
}

const char *
rc_drug_get_reviewed (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->reviewed;
}

const RcFact *
rc_drug_get_class (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->klass;
}

const RcScheduleInfo *
rc_drug_get_schedule (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->schedule;
}

int
rc_drug_get_approval_year (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), 0);

  return self->approval_year;
}

const char *
rc_drug_get_atc_code (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->atc_code;
}

GPtrArray *
rc_drug_get_brands (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->brands;
}

GPtrArray *
rc_drug_get_forms (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->forms;
}

const RcForm *
rc_drug_lookup_form (RcDrug *self, const char *form_id)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  if (form_id == NULL)
    return NULL;

  for (guint i = 0; i < self->forms->len; i++)
    {
      const RcForm *form = g_ptr_array_index (self->forms, i);

      if (g_strcmp0 (form->id, form_id) == 0)
        return form;
    }

  return NULL;
}

const RcFact *
rc_drug_get_mechanism_summary (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->mechanism_summary;
}

const RcFact *
rc_drug_get_mechanism_detail (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->mechanism_detail;
}

GPtrArray *
rc_drug_get_indications (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->indications;
}

GPtrArray *
rc_drug_get_regimens (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->regimens;
}

const RcRegimen *
rc_drug_get_primary_regimen (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  for (guint i = 0; i < self->regimens->len; i++)
    {
      const RcRegimen *regimen = g_ptr_array_index (self->regimens, i);

      if (regimen->primary)
        return regimen;
    }

  return self->regimens->len > 0 ? g_ptr_array_index (self->regimens, 0) : NULL;
}

const RcRegimen *
rc_drug_lookup_regimen (RcDrug *self, const char *regimen_id)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  if (regimen_id == NULL)
    return NULL;

  for (guint i = 0; i < self->regimens->len; i++)
    {
      const RcRegimen *regimen = g_ptr_array_index (self->regimens, i);

      if (g_strcmp0 (regimen->id, regimen_id) == 0)
        return regimen;
    }

  return NULL;
}

const RcPharmacokinetics *
rc_drug_get_pharmacokinetics (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->pk;
}

GPtrArray *
rc_drug_get_trials (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->trials;
}

GPtrArray *
rc_drug_get_incidences (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->incidences;
}

GPtrArray *
rc_drug_get_adverse_notes (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->adverse_notes;
}

GPtrArray *
rc_drug_get_boxed_warnings (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->boxed_warnings;
}

GPtrArray *
rc_drug_get_contraindications (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->contraindications;
}

GPtrArray *
rc_drug_get_warnings (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->warnings;
}

GPtrArray *
rc_drug_get_interactions (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->interactions;
}

const RcPopulationNote *
rc_drug_get_population (RcDrug *self, RcPopulation group)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);
  g_return_val_if_fail (group < RC_N_POPULATIONS, NULL);

  return self->populations[group];
}

const RcBeersNote *
rc_drug_get_beers (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->beers;
}

GPtrArray *
rc_drug_get_overdose (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->overdose;
}

GPtrArray *
rc_drug_get_myths (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return self->myths;
}

GListModel *
rc_drug_get_sources (RcDrug *self)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  return G_LIST_MODEL (self->sources);
}

RcSource *
rc_drug_lookup_source (RcDrug *self, const char *source_id)
{
  g_return_val_if_fail (RC_IS_DRUG (self), NULL);

  if (source_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->sources_by_id, source_id);
}
