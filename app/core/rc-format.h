/* rc-format.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rc-types.h"

G_BEGIN_DECLS

/* How numbers are written: for people (the current locale's decimal
 * separator and digit grouping, an en dash for ranges) or for machines
 * (C locale, no grouping, a hyphen for ranges; CSV). */
typedef enum
{
  RC_FORMAT_LOCALE,
  RC_FORMAT_C,
} RcFormatStyle;

/* 1.5 -> "1.5" / "1,5"; 1400 -> "1,400" / "1.400" / "1400" (C). Trailing
 * zeros are dropped; at most two decimals. */
char *rc_format_number (double value, RcFormatStyle style);

/* "5 mg", "2–4 h", "about 18 h", "Not reported" (translated). */
char *rc_format_quantity (const RcQuantity *q, RcFormatStyle style);

/* "5 mg three times a day", "250–350 mg four times a day",
 * "2 mg up to three times a day" (translated, plural-aware). */
char *rc_format_step (const RcTitrationStep *step, RcFormatStyle style);

/* A daily total: "15 mg/day". */
char *rc_format_daily (double min, double max, const char *unit, RcFormatStyle style);

/* A unit symbol of the knowledge base ("mg", "h"), translated for display;
 * a unit it does not know is returned as written. */
const char *rc_format_unit (const char *unit);

/* Translated display names of the enums. */
const char *rc_route_to_string (RcRoute route);
const char *
rc_schedule_to_string (RcSchedule schedule); /* "Not controlled", "Schedule IV (C-IV)" */
const char *rc_severity_to_string (RcSeverity severity);
const char *rc_verdict_to_string (RcVerdict verdict);
const char *rc_population_to_string (RcPopulation group);
const char *rc_beers_to_string (RcBeers recommendation);
const char *rc_indication_kind_to_string (RcIndicationKind kind);
const char *rc_phase_kind_to_string (RcPhaseKind kind);
const char *rc_pk_kind_to_string (RcPkKind kind); /* "" for unspecified */

/* Source ids joined for display: "OZOBAX-PI, BAC-MEDLIB-16". */
char *rc_format_sources (const char *const *sources);

G_END_DECLS
