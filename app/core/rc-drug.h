/* rc-drug.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-types.h"
#include "rc-source.h"

G_BEGIN_DECLS

#define RC_TYPE_DRUG (rc_drug_get_type ())

G_DECLARE_FINAL_TYPE (RcDrug, rc_drug, RC, DRUG, GObject)

/* Properties: "id", "name" (translated INN), "file" (where it was loaded from,
 * a path or a resource:// URI). All read-only; a drug is immutable once the
 * loader has built it. */
const char *rc_drug_get_id (RcDrug *self);
const char *rc_drug_get_name (RcDrug *self);
const char *rc_drug_get_file (RcDrug *self);
const char *rc_drug_get_reviewed (RcDrug *self);

/* Identity */
const RcFact         *rc_drug_get_class (RcDrug *self);
const RcScheduleInfo *rc_drug_get_schedule (RcDrug *self);
int                   rc_drug_get_approval_year (RcDrug *self); /* 0 if unknown */
const char           *rc_drug_get_atc_code (RcDrug *self);      /* NULL if not in the data */
GPtrArray            *rc_drug_get_brands (RcDrug *self);        /* RcBrand* */
GPtrArray            *rc_drug_get_forms (RcDrug *self);         /* RcForm* */
const RcForm         *rc_drug_lookup_form (RcDrug *self, const char *form_id);

/* Mechanism */
const RcFact *rc_drug_get_mechanism_summary (RcDrug *self);
const RcFact *rc_drug_get_mechanism_detail (RcDrug *self);

GPtrArray *rc_drug_get_indications (RcDrug *self); /* RcIndication* */

/* Dosing: every regimen; the primary one (the first with primary="true",
 * else the first) drives single-number comparisons and the charts. */
GPtrArray       *rc_drug_get_regimens (RcDrug *self); /* RcRegimen* */
const RcRegimen *rc_drug_get_primary_regimen (RcDrug *self);
const RcRegimen *rc_drug_lookup_regimen (RcDrug *self, const char *regimen_id);

const RcPharmacokinetics *rc_drug_get_pharmacokinetics (RcDrug *self);

/* Adverse effects: trials with arms, and incidences (effect × arm), including
 * RC_VALUE_NOT_REPORTED entries for effects listed without figures. */
GPtrArray *rc_drug_get_trials (RcDrug *self);        /* RcTrial* */
GPtrArray *rc_drug_get_incidences (RcDrug *self);    /* RcIncidence* */
GPtrArray *rc_drug_get_adverse_notes (RcDrug *self); /* RcFact* */

GPtrArray *rc_drug_get_boxed_warnings (RcDrug *self);    /* RcWarning* */
GPtrArray *rc_drug_get_contraindications (RcDrug *self); /* RcWarning* */
GPtrArray *rc_drug_get_warnings (RcDrug *self);          /* RcWarning* */
GPtrArray *rc_drug_get_interactions (RcDrug *self);      /* RcInteraction* */

/* Indexed by RcPopulation; NULL when the file says nothing for that group. */
const RcPopulationNote *rc_drug_get_population (RcDrug *self, RcPopulation group);
const RcBeersNote      *rc_drug_get_beers (RcDrug *self);

GPtrArray *rc_drug_get_overdose (RcDrug *self); /* RcFact* */
GPtrArray *rc_drug_get_myths (RcDrug *self);    /* RcMyth* */

GListModel *rc_drug_get_sources (RcDrug *self); /* of RcSource */
RcSource   *rc_drug_lookup_source (RcDrug *self, const char *source_id);

G_END_DECLS
