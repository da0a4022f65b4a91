/* rc-drug-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-drug.h"
#include "rc-agent.h"
#include "rc-effect.h"
#include "rc-source.h"

G_BEGIN_DECLS

/* The loader (rc-kb-parser.c) builds a drug by filling this struct directly:
 * a drug is immutable once built, so there are no public setters. Every
 * array is created by _rc_drug_new() with the matching free function. */
struct _RcDrug
{
  GObject parent_instance;

  /* Owned References */
  char               *id;
  char               *name;
  char               *file;
  char               *reviewed;
  RcFact             *klass;
  RcScheduleInfo     *schedule;
  int                 approval_year;
  char               *atc_code;
  GPtrArray          *brands;
  GPtrArray          *forms;
  RcFact             *mechanism_summary;
  RcFact             *mechanism_detail;
  GPtrArray          *indications;
  GPtrArray          *regimens;
  RcPharmacokinetics *pk;
  GPtrArray          *trials;
  GPtrArray          *incidences;
  GPtrArray          *adverse_notes;
  GPtrArray          *boxed_warnings;
  GPtrArray          *contraindications;
  GPtrArray          *warnings;
  GPtrArray          *interactions;
  RcPopulationNote   *populations[RC_N_POPULATIONS];
  RcBeersNote        *beers;
  GPtrArray          *overdose;
  GPtrArray          *myths;
  GListStore         *sources;
  GHashTable         *sources_by_id; /* id -> RcSource, borrowed from sources */
};

RcDrug *_rc_drug_new (const char *id, const char *file) G_GNUC_WARN_UNUSED_RESULT;
void    _rc_drug_add_source (RcDrug *self, RcSource *source);

/* Constructors of the vocabulary and source objects; only the loader makes
 * them. Strings are copied. */
RcSource *_rc_source_new (const char        *id,
                          RcSourceKind       kind,
                          const char        *title,
                          const char        *publisher,
                          int                year,
                          const char *const *urls) G_GNUC_WARN_UNUSED_RESULT;
RcEffect *_rc_effect_new (const char *id,
                          const char *label,
                          const char *system_id,
                          const char *system_label) G_GNUC_WARN_UNUSED_RESULT;
RcAgent  *_rc_agent_new (const char        *id,
                         const char        *label,
                         RcAgentKind        kind,
                         const char *const *member_of) G_GNUC_WARN_UNUSED_RESULT;

/* Allocation and release of the plain records of rc-types.h. A record's
 * strings and arrays belong to it; _free functions accept NULL. */
RcQuantity *_rc_quantity_new (void);
void        _rc_quantity_clear (RcQuantity *q);
void        _rc_quantity_free (RcQuantity *q);
RcFact     *_rc_fact_new (void);
void        _rc_fact_free (RcFact *fact);
void        _rc_schedule_info_free (RcScheduleInfo *schedule);
void        _rc_brand_free (RcBrand *brand);
void        _rc_form_free (RcForm *form);
void        _rc_indication_free (RcIndication *indication);
void        _rc_titration_step_free (RcTitrationStep *step);
void        _rc_titration_rule_free (RcTitrationRule *rule);
void        _rc_phase_free (RcPhase *phase);
RcRegimen  *_rc_regimen_new (void);
void        _rc_regimen_free (RcRegimen *regimen);
void        _rc_pk_value_free (RcPkValue *value);
void        _rc_pharmacokinetics_free (RcPharmacokinetics *pk);
void        _rc_trial_arm_free (RcTrialArm *arm);
RcTrial    *_rc_trial_new (void);
void        _rc_trial_free (RcTrial *trial);
void        _rc_incidence_free (RcIncidence *incidence);
void        _rc_warning_free (RcWarning *warning);
void        _rc_interaction_free (RcInteraction *interaction);
void        _rc_population_note_free (RcPopulationNote *note);
void        _rc_beers_note_free (RcBeersNote *note);
void        _rc_myth_free (RcMyth *myth);

G_END_DECLS
