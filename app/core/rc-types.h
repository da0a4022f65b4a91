/* rc-types.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Forward declarations of the core's object types. */
typedef struct _RcDrug          RcDrug;
typedef struct _RcEffect        RcEffect;
typedef struct _RcAgent         RcAgent;
typedef struct _RcSource        RcSource;
typedef struct _RcKnowledgeBase RcKnowledgeBase;
typedef struct _RcComparison    RcComparison;

/* The plain records below belong to the RcDrug that holds them: they are
 * read-only for everyone else and live as long as the drug does. Every text
 * field is already translated (the loader runs it through gettext). Every
 * fact carries the ids of the sources it cites, NULL-terminated, never NULL.
 */

typedef enum
{
  RC_VALUE_EXACT,
  RC_VALUE_RANGE,
  RC_VALUE_NOT_REPORTED,
} RcValueKind;

/* A cited number with a unit, a range, or an explicit "not reported". */
typedef struct
{
  RcValueKind kind;
  double      min; /* for RC_VALUE_EXACT min == max */
  double      max;
  char       *unit;   /* "mg", "h", "%", "day"… NULL when not reported */
  gboolean    approx; /* "about …" */
  char       *note;   /* optional, translated */
  char      **sources;
  gboolean    unverified;
} RcQuantity;

/* A cited sentence or paragraph. */
typedef struct
{
  char    *text;
  char   **sources;
  gboolean unverified;
} RcFact;

typedef enum
{
  RC_ROUTE_ORAL,
  RC_ROUTE_INTRATHECAL,
  RC_ROUTE_INTRAVENOUS,
  RC_ROUTE_INTRAMUSCULAR,
} RcRoute;

typedef enum
{
  RC_SCHEDULE_NONE,
  RC_SCHEDULE_I,
  RC_SCHEDULE_II,
  RC_SCHEDULE_III,
  RC_SCHEDULE_IV,
  RC_SCHEDULE_V,
} RcSchedule;

typedef struct
{
  RcSchedule us;
  char      *since; /* ISO date or NULL */
  char      *note;  /* translated or NULL */
  char     **sources;
  gboolean   unverified;
} RcScheduleInfo;

typedef struct
{
  char    *name; /* brand names are not translated */
  gboolean historical;
  char    *form_id; /* or NULL */
  char   **sources;
  gboolean unverified;
} RcBrand;

typedef enum
{
  RC_RELEASE_UNSPECIFIED,
  RC_RELEASE_IMMEDIATE,
  RC_RELEASE_EXTENDED,
} RcRelease;

typedef struct
{
  double value;
  char  *unit;
} RcStrength;

typedef struct
{
  char     *id;
  RcRoute   route;
  RcRelease release;
  char     *label;
  GArray   *strengths; /* of RcStrength */
  char     *note;
  char    **sources;
  gboolean  unverified;
} RcForm;

typedef enum
{
  RC_INDICATION_LABELLED,
  RC_INDICATION_LIMITATION,
  RC_INDICATION_OFF_LABEL,
  RC_INDICATION_NOT_ESTABLISHED,
} RcIndicationKind;

typedef struct
{
  RcIndicationKind kind;
  gboolean         has_route;
  RcRoute          route;
  char            *text;
  char            *evidence; /* or NULL */
  char           **sources;
  gboolean         unverified;
} RcIndication;

/* One step of a titration schedule. from_day == 0 means a conditional step
 * ("may increase to …", see condition) that is not on the calendar.
 * to_day == 0 means the step holds on. */
typedef struct
{
  guint    from_day;
  guint    to_day;
  double   dose_min; /* per administration; equal for a single dose */
  double   dose_max;
  char    *unit;
  guint    times_per_day;
  guint    times_per_day_max; /* == times_per_day unless a range */
  gboolean approx;
  char    *condition; /* or NULL */
  char    *note;      /* or NULL */
  char   **sources;
  gboolean unverified;
} RcTitrationStep;

typedef struct
{
  double   increment_min; /* per administration */
  double   increment_max;
  char    *unit;
  guint    interval_min; /* days between increases */
  guint    interval_max;
  char    *text;
  char   **sources;
  gboolean unverified;
} RcTitrationRule;

typedef enum
{
  RC_PHASE_INITIAL,
  RC_PHASE_TITRATION,
  RC_PHASE_MAINTENANCE,
  RC_PHASE_DURATION_LIMIT,
} RcPhaseKind;

typedef struct
{
  RcPhaseKind kind;
  guint       from_day;
  guint       to_day;
  guint       to_day_min; /* == to_day unless the end is a range */
  char       *label;
  char      **sources;
  gboolean    unverified;
} RcPhase;

typedef struct
{
  char            *id;
  RcRoute          route;
  char            *form_id; /* or NULL */
  gboolean         primary;
  char            *label;
  GPtrArray       *steps;       /* of RcTitrationStep*, calendar order, conditional last */
  RcTitrationRule *rule;        /* or NULL */
  GPtrArray       *phases;      /* of RcPhase* */
  RcQuantity      *maintenance; /* per day, or NULL */
  RcQuantity      *max_daily;
  RcQuantity      *max_single;
  RcQuantity      *duration_limit; /* in days; NULL when the label sets none */
  RcFact          *duration_none;  /* the cited "no limit" when duration_limit is NULL */
  RcFact          *taper;          /* or NULL */
  GPtrArray       *notes;          /* of RcFact* */
  char           **sources;
  gboolean         unverified;
} RcRegimen;

typedef enum
{
  RC_PK_KIND_UNSPECIFIED,
  RC_PK_KIND_EFFECTIVE,
  RC_PK_KIND_TERMINAL,
  RC_PK_KIND_PLASMA,
  RC_PK_KIND_APPARENT,
} RcPkKind;

typedef struct
{
  RcPkKind   kind;
  char      *regimen_id; /* or NULL */
  gboolean   primary;
  RcQuantity q;
} RcPkValue;

typedef struct
{
  GPtrArray *tmax; /* of RcPkValue*, primary first */
  GPtrArray *half_life;
  GPtrArray *bioavailability;
  GPtrArray *protein_binding;
  RcFact    *metabolism;
  char     **enzymes; /* NULL-terminated, maybe empty */
  RcFact    *excretion;
  GPtrArray *notes; /* of RcFact* */
} RcPharmacokinetics;

typedef enum
{
  RC_ARM_DRUG,
  RC_ARM_PLACEBO,
} RcArmKind;

typedef struct
{
  char     *id;
  RcArmKind kind;
  char     *regimen_id; /* or NULL */
  guint     n;          /* 0 when not given */
  gboolean  primary;
  char     *label;
} RcTrialArm;

typedef struct
{
  char      *id;
  char      *description;
  GPtrArray *arms; /* of RcTrialArm* */
  char     **sources;
  gboolean   unverified;
} RcTrial;

/* One incidence figure: effect × trial arm. */
typedef struct
{
  char       *effect_id;
  RcTrial    *trial;   /* borrowed; NULL for a <reported> effect without figures */
  RcTrialArm *arm;     /* borrowed; NULL likewise */
  RcQuantity  percent; /* unit "%", or RC_VALUE_NOT_REPORTED */
} RcIncidence;

typedef struct
{
  char    *title; /* or NULL for contraindications */
  char    *text;
  gboolean has_route;
  RcRoute  route;
  char    *kind; /* warnings only: "withdrawal", "hepatotoxicity"… */
  char   **sources;
  gboolean unverified;
} RcWarning;

typedef enum
{
  RC_SEVERITY_CONTRAINDICATED,
  RC_SEVERITY_AVOID,
  RC_SEVERITY_CAUTION,
  RC_SEVERITY_MONITOR,
} RcSeverity;

typedef struct
{
  char     **agents; /* agent ids from the agents vocabulary */
  RcSeverity severity;
  char      *agent; /* display text */
  char      *effect;
  char      *mechanism; /* or NULL */
  char     **sources;
  gboolean   unverified;
} RcInteraction;

typedef enum
{
  RC_POPULATION_RENAL,
  RC_POPULATION_HEPATIC,
  RC_POPULATION_ELDERLY,
  RC_POPULATION_PREGNANCY,
  RC_POPULATION_LACTATION,
  RC_POPULATION_PAEDIATRIC,
  RC_N_POPULATIONS,
} RcPopulation;

typedef enum
{
  RC_VERDICT_CONTRAINDICATED,
  RC_VERDICT_AVOID,
  RC_VERDICT_CAUTION,
  RC_VERDICT_ADJUST,
  RC_VERDICT_NOT_ESTABLISHED,
  RC_VERDICT_NOT_STUDIED,
  RC_VERDICT_LIMITED_DATA,
  RC_VERDICT_COMPATIBLE,
} RcVerdict;

typedef struct
{
  RcPopulation group;
  RcVerdict    verdict;
  char        *summary;
  char        *detail;
  char       **sources;
  gboolean     unverified;
} RcPopulationNote;

typedef enum
{
  RC_BEERS_AVOID,
  RC_BEERS_AVOID_IF,
  RC_BEERS_EXEMPT,
  RC_BEERS_NOT_LISTED,
} RcBeers;

typedef struct
{
  RcBeers  recommendation;
  char    *summary;
  char    *detail;
  char   **sources;
  gboolean unverified;
} RcBeersNote;

typedef struct
{
  char    *topic;
  char   **seen_in;
  char    *claim;
  char    *correction;
  char   **sources;
  gboolean unverified;
} RcMyth;

G_END_DECLS
