/* rc-comparison.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rc-comparison.h"
#include "rc-format.h"
#include "rc-titration.h"

struct _RcComparison
{
  GObject parent_instance;

  /* Owned References */
  RcKnowledgeBase *kb;
  GPtrArray       *drugs;  /* of RcDrug*, in column order */
  GPtrArray       *rows;   /* of RcComparisonRow*, for people */
  GPtrArray       *rows_c; /* the same rows with C-locale numbers */
  GHashTable      *by_key; /* key -> index + 1 */
};

G_DEFINE_FINAL_TYPE (RcComparison, rc_comparison, G_TYPE_OBJECT)

/* ---- Building one cell ---------------------------------------------- */

typedef struct
{
  RcKnowledgeBase *kb;
  RcFormatStyle    style;
} Context;

typedef struct
{
  GString   *text;
  GPtrArray *sources; /* of char*, owned, no duplicates */
  gboolean   has_number;
  double     number;
  gboolean   not_reported;
  gboolean   unverified;
} Cell;

typedef void (*CellFunc) (const Context *ctx, RcDrug *drug, Cell *cell);

static void
cell_add_sources (Cell *cell, char *const *sources)
{
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      guint index;

      if (!g_ptr_array_find_with_equal_func (cell->sources, sources[i], g_str_equal, &index))
        g_ptr_array_add (cell->sources, g_strdup (sources[i]));
    }
}

/* Everything a cell shows is cited: its text, its sources and whether any
 * of them is unverified travel together. */
static void
cell_cite (Cell *cell, char *const *sources, gboolean unverified)
{
  cell_add_sources (cell, sources);
  cell->unverified |= unverified;
}

static void
cell_set_not_stated (Cell *cell)
{
  /* Translators: a comparison table cell: the sources say nothing on this
   * point. Not the same as "Not reported" (the label gives no figure),
   * "None stated" (the source sets no limit) or "None listed" (there are no
   * entries). */
  g_string_assign (cell->text, _ ("Not stated"));
  cell->not_reported = TRUE;
}

/* Appends item to a list inside the cell: "; " between short items, a
 * space after an item that is a whole sentence. */
static void
cell_append_item (Cell *cell, const char *item)
{
  if (cell->text->len > 0 && cell->text->str[cell->text->len - 1] == '.')
    g_string_append_c (cell->text, ' ');
  else if (cell->text->len > 0)
    /* Translators: the separator between items of a list inside a table cell. */
    g_string_append (cell->text, C_ ("list separator", "; "));
  g_string_append (cell->text, item);
}

/* "80 mg/day. Given as 20 mg four times a day." */
static char *
with_note (char *value, const char *note)
{
  char *result;

  if (note == NULL || *note == '\0')
    return value;
  /* Translators: a value followed by its explanatory note, e.g.
   * "80 mg/day. Given as 20 mg four times a day." */
  result = g_strdup_printf (_ ("%s. %s"), value, note);
  g_free (value);
  return result;
}

static const char *
route_in_text (RcRoute route)
{
  switch (route)
    {
      case RC_ROUTE_ORAL:
        return C_ ("route, in running text", "oral");
      case RC_ROUTE_INTRATHECAL:
        return C_ ("route, in running text", "intrathecal");
      case RC_ROUTE_INTRAVENOUS:
        return C_ ("route, in running text", "intravenous");
      case RC_ROUTE_INTRAMUSCULAR:
        return C_ ("route, in running text", "intramuscular");
      default:
        return "";
    }
}

/* "Severe spasticity … (intrathecal)" */
static char *
with_route (const char *text, gboolean has_route, RcRoute route)
{
  if (!has_route)
    return g_strdup (text);
  /* Translators: a statement and the route it applies to, e.g.
   * "Do not stop abruptly (intrathecal)": %1$s is the statement, %2$s the
   * route. */
  return g_strdup_printf (C_ ("statement with route", "%1$s (%2$s)"), text, route_in_text (route));
}

/* ---- Identity ------------------------------------------------------- */

static void
cell_class (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcFact *fact = rc_drug_get_class (drug);

  if (fact == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  g_string_assign (cell->text, fact->text);
  cell_cite (cell, fact->sources, fact->unverified);
}

static void
cell_mechanism (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcFact *fact = rc_drug_get_mechanism_summary (drug);

  if (fact == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  g_string_assign (cell->text, fact->text);
  cell_cite (cell, fact->sources, fact->unverified);
}

static const char *
schedule_name (RcSchedule schedule)
{
  switch (schedule)
    {
      case RC_SCHEDULE_I:
        /* Translators: US Controlled Substances Act schedule. */
        return C_ ("US schedule", "Schedule I");
      case RC_SCHEDULE_II:
        /* Translators: US Controlled Substances Act schedule. */
        return C_ ("US schedule", "Schedule II");
      case RC_SCHEDULE_III:
        /* Translators: US Controlled Substances Act schedule. */
        return C_ ("US schedule", "Schedule III");
      case RC_SCHEDULE_IV:
        /* Translators: US Controlled Substances Act schedule. */
        return C_ ("US schedule", "Schedule IV");
      case RC_SCHEDULE_V:
        /* Translators: US Controlled Substances Act schedule. */
        return C_ ("US schedule", "Schedule V");
      case RC_SCHEDULE_NONE:
      default:
        return rc_schedule_to_string (RC_SCHEDULE_NONE);
    }
}

static void
cell_us_schedule (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcScheduleInfo *info = rc_drug_get_schedule (drug);

  if (info == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  if (info->us != RC_SCHEDULE_NONE && info->since != NULL)
    /* Translators: a US controlled-substance schedule and the date it took
     * effect (ISO 8601), e.g. "Schedule IV (since 2012-01-11)". */
    g_string_printf (cell->text, _ ("%s (since %s)"), schedule_name (info->us), info->since);
  else
    g_string_assign (cell->text, schedule_name (info->us));
  cell_cite (cell, info->sources, info->unverified);
}

static void
cell_brands (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *brands = rc_drug_get_brands (drug);

  for (guint i = 0; brands != NULL && i < brands->len; i++)
    {
      const RcBrand *brand = g_ptr_array_index (brands, i);

      if (brand->historical)
        {
          /* Translators: a brand name that is no longer marketed, e.g. "Lioresal (historical)". */
          g_autofree char *item = g_strdup_printf (_ ("%s (historical)"), brand->name);
          cell_append_item (cell, item);
        }
      else
        cell_append_item (cell, brand->name);
      cell_cite (cell, brand->sources, brand->unverified);
    }
  if (cell->text->len == 0)
    /* Translators: a comparison table cell: the knowledge base lists no
     * brand name for this drug ("brand" may set the gender). */
    g_string_assign (cell->text, C_ ("no brands", "None listed"));
}

/* "Tablets (5, 10, 20 mg)": strengths sharing a unit are listed once. */
static char *
format_form (const Context *ctx, const RcForm *form)
{
  GString    *strengths = g_string_new (NULL);
  const char *unit = NULL;
  gboolean    same_unit = TRUE;
  char       *result;

  for (guint i = 0; form->strengths != NULL && i < form->strengths->len; i++)
    {
      const RcStrength *s = &g_array_index (form->strengths, RcStrength, i);

      if (unit == NULL)
        unit = s->unit;
      else if (g_strcmp0 (unit, s->unit) != 0)
        same_unit = FALSE;
    }
  for (guint i = 0; form->strengths != NULL && i < form->strengths->len; i++)
    {
      const RcStrength *s = &g_array_index (form->strengths, RcStrength, i);
      g_autofree char  *number = rc_format_number (s->value, ctx->style);

      if (strengths->len > 0)
        /* Translators: the separator between strengths, e.g. "5, 10, 20 mg". */
        g_string_append (strengths, C_ ("strength separator", ", "));
      g_string_append (strengths, number);
      if (!same_unit)
        g_string_append_printf (strengths, " %s", s->unit);
    }
  if (strengths->len == 0)
    result = g_strdup (form->label);
  else
    {
      if (same_unit)
        g_string_append_printf (strengths, " %s", unit);
      result = g_strdup_printf (
          /* Translators: a dosage form and its strengths, e.g. "Tablets (5, 10, 20 mg)":
           * %1$s is the form, %2$s the strengths. */
          C_ ("form with strengths", "%1$s (%2$s)"), form->label, strengths->str);
    }
  g_string_free (strengths, TRUE);
  return result;
}

static void
cell_forms (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *forms = rc_drug_get_forms (drug);

  for (guint i = 0; forms != NULL && i < forms->len; i++)
    {
      const RcForm    *form = g_ptr_array_index (forms, i);
      g_autofree char *item = format_form (ctx, form);

      cell_append_item (cell, item);
      cell_cite (cell, form->sources, form->unverified);
    }
  if (cell->text->len == 0)
    cell_set_not_stated (cell);
}

/* ---- Indications ---------------------------------------------------- */

static void
append_indications (RcDrug *drug, RcIndicationKind kind, Cell *cell)
{
  GPtrArray *indications = rc_drug_get_indications (drug);

  for (guint i = 0; indications != NULL && i < indications->len; i++)
    {
      const RcIndication *ind = g_ptr_array_index (indications, i);
      g_autofree char    *item = NULL;

      if (ind->kind != kind)
        continue;
      /* The oral route is the default; only other routes are named. */
      item = with_route (ind->text, ind->has_route && ind->route != RC_ROUTE_ORAL, ind->route);
      cell_append_item (cell, item);
      cell_cite (cell, ind->sources, ind->unverified);
    }
}

static void
cell_labelled_indications (const Context *ctx, RcDrug *drug, Cell *cell)
{
  append_indications (drug, RC_INDICATION_LABELLED, cell);
  if (cell->text->len == 0)
    cell_set_not_stated (cell);
}

static void
cell_off_label_uses (const Context *ctx, RcDrug *drug, Cell *cell)
{
  append_indications (drug, RC_INDICATION_OFF_LABEL, cell);
  if (cell->text->len == 0)
    /* Translators: a comparison table cell: the knowledge base lists no
     * off-label use for this drug ("use" may set the gender). */
    g_string_assign (cell->text, C_ ("no off-label uses", "None listed"));
}

/* ---- Dosing (primary regimen) --------------------------------------- */

static const RcTitrationStep *
first_dated_step (const RcRegimen *regimen)
{
  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      if (step->from_day > 0)
        return step;
    }
  return NULL;
}

static char *
format_step_daily (const Context *ctx, const RcTitrationStep *step)
{
  guint times_max = MAX (step->times_per_day_max, step->times_per_day);

  return rc_format_daily (step->dose_min * step->times_per_day, step->dose_max * times_max,
                          step->unit, ctx->style);
}

/* "5 mg three times daily (15 mg/day)" */
static char *
format_step_with_daily (const Context *ctx, const RcTitrationStep *step)
{
  g_autofree char *dose = rc_format_step (step, ctx->style);
  g_autofree char *daily = format_step_daily (ctx, step);

  /* Translators: a dose with its daily total, e.g. "5 mg three times daily (15 mg/day)":
   * %1$s is the dose and how often, %2$s the total per day. */
  return g_strdup_printf (C_ ("dose with daily total", "%1$s (%2$s)"), dose, daily);
}

static void
cell_start_dose (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen       *regimen = rc_drug_get_primary_regimen (drug);
  const RcTitrationStep *step;
  g_autofree char       *text = NULL;

  if (regimen == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  step = first_dated_step (regimen);
  if (step == NULL && regimen->steps != NULL && regimen->steps->len > 0)
    step = g_ptr_array_index (regimen->steps, 0);
  if (step == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  text = format_step_with_daily (ctx, step);
  g_string_assign (cell->text, text);
  cell_cite (cell, step->sources, step->unverified);
}

/* "15 mg/day (days 1–3)", "60 mg/day from day 10" */
static char *
format_calendar_step (const Context *ctx, const RcTitrationStep *step)
{
  g_autofree char *daily = format_step_daily (ctx, step);
  g_autofree char *days = NULL;

  if (step->approx)
    {
      char *approx = g_strdup_printf (_ ("about %s"), daily);
      g_free (daily);
      daily = approx;
    }
  if (step->to_day == 0)
    /* Translators: a daily total that holds from a day on, e.g. "60 mg/day from day 10". */
    return g_strdup_printf (_ ("%s from day %u"), daily, step->from_day);
  if (step->to_day == step->from_day)
    /* Translators: a daily total on one day, e.g. "15 mg/day (day 1)". */
    return g_strdup_printf (_ ("%s (day %u)"), daily, step->from_day);
  days = ctx->style == RC_FORMAT_C
             ? g_strdup_printf ("%u-%u", step->from_day, step->to_day)
             /* Translators: a range of days, e.g. "1–3"; keep the en dash
              * unless your language writes ranges differently. */
             : g_strdup_printf (C_ ("day range", "%u–%u"), step->from_day, step->to_day);
  /* Translators: a daily total over a range of days, e.g. "15 mg/day (days 1–3)". */
  return g_strdup_printf (_ ("%s (days %s)"), daily, days);
}

static void
cell_titration (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  guint            n_dated = 0;
  guint            n_conditional = 0;

  if (regimen == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }

  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      if (step->from_day > 0)
        n_dated++;
      else
        n_conditional++;
    }

  if (n_dated > 1)
    {
      for (guint i = 0; i < regimen->steps->len; i++)
        {
          const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
          g_autofree char       *item = NULL;

          if (step->from_day == 0)
            continue;
          item = format_calendar_step (ctx, step);
          cell_append_item (cell, item);
          cell_cite (cell, step->sources, step->unverified);
        }
    }
  else if (regimen->rule != NULL)
    {
      g_string_assign (cell->text, regimen->rule->text);
      cell_cite (cell, regimen->rule->sources, regimen->rule->unverified);
    }

  /* "May increase to …" steps close the summary. */
  for (guint i = 0; n_conditional > 0 && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      g_autofree char       *dose = NULL;
      g_autofree char       *item = NULL;

      if (step->from_day > 0)
        continue;
      dose = format_step_with_daily (ctx, step);
      if (cell->text->len == 0)
        /* Translators: a conditional dose increase, e.g. "May increase to 10 mg three times daily
         * (30 mg/day)". */
        item = g_strdup_printf (_ ("May increase to %s"), dose);
      else
        /* Translators: a conditional dose increase after other steps, e.g.
         * "…; may increase to 20 mg four times daily (80 mg/day)". */
        item = g_strdup_printf (_ ("may increase to %s"), dose);
      cell_append_item (cell, item);
      cell_cite (cell, step->sources, step->unverified);
    }

  if (cell->text->len == 0)
    {
      const RcTitrationStep *step = first_dated_step (regimen);

      /* Translators: the label gives one fixed dose with no titration. */
      g_string_assign (cell->text, _ ("No titration: fixed dose"));
      if (step != NULL)
        cell_cite (cell, step->sources, step->unverified);
      else
        cell_cite (cell, regimen->sources, regimen->unverified);
    }
}

/* A quantity that is a total per day: "40–80 mg/day", "about 4000 mg/day". */
static char *
format_daily_quantity (const Context *ctx, const RcQuantity *q)
{
  char *text;

  if (q->kind == RC_VALUE_NOT_REPORTED || q->unit == NULL || g_str_has_suffix (q->unit, "/day"))
    return rc_format_quantity (q, ctx->style);
  text = rc_format_daily (q->min, q->max, q->unit, ctx->style);
  if (q->approx)
    {
      char *approx = g_strdup_printf (_ ("about %s"), text);
      g_free (text);
      text = approx;
    }
  return text;
}

static void
cell_maintenance (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  g_autofree char *text = NULL;

  if (regimen == NULL || regimen->maintenance == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  text = with_note (format_daily_quantity (ctx, regimen->maintenance), regimen->maintenance->note);
  g_string_assign (cell->text, text);
  cell->not_reported = regimen->maintenance->kind == RC_VALUE_NOT_REPORTED;
  cell_cite (cell, regimen->maintenance->sources, regimen->maintenance->unverified);
}

/* The labelled maximum per day in mg, when there is one in a mass unit. */
static gboolean
max_daily_in_mg (const RcQuantity *q, double *mg)
{
  g_autofree char *unit = NULL;

  if (q == NULL || q->kind == RC_VALUE_NOT_REPORTED || q->unit == NULL)
    return FALSE;
  unit = g_str_has_suffix (q->unit, "/day") ? g_strndup (q->unit, strlen (q->unit) - 4)
                                            : g_strdup (q->unit);
  return rc_titration_convert (q->max, unit, "mg", mg);
}

static void
cell_max_daily_dose (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  g_autofree char *text = NULL;
  double           mg;

  if (regimen == NULL || regimen->max_daily == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  text = with_note (format_daily_quantity (ctx, regimen->max_daily), regimen->max_daily->note);
  g_string_assign (cell->text, text);
  cell->not_reported = regimen->max_daily->kind == RC_VALUE_NOT_REPORTED;
  if (max_daily_in_mg (regimen->max_daily, &mg))
    {
      cell->has_number = TRUE;
      cell->number = mg;
    }
  cell_cite (cell, regimen->max_daily->sources, regimen->max_daily->unverified);
}

static void
cell_max_daily_dose_mg (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  double           mg;

  if (regimen == NULL || regimen->max_daily == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  cell_cite (cell, regimen->max_daily->sources, regimen->max_daily->unverified);
  if (!max_daily_in_mg (regimen->max_daily, &mg))
    {
      /* Translators: a comparison table cell: the label gives no figure for
       * this value. Not the same as "Not stated" (the sources say nothing on
       * this point), "None stated" (the source sets no limit) or "None
       * listed" (there are no entries). */
      g_string_assign (cell->text, _ ("Not reported"));
      cell->not_reported = TRUE;
      return;
    }
  cell->has_number = TRUE;
  cell->number = mg;
  {
    g_autofree char *number = rc_format_number (mg, ctx->style);
    g_string_assign (cell->text, number);
  }
}

static void
cell_max_single_dose (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen  *regimen = rc_drug_get_primary_regimen (drug);
  const RcQuantity *q;
  g_autofree char  *text = NULL;
  double            mg;

  if (regimen == NULL || regimen->max_single == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  q = regimen->max_single;
  text = with_note (rc_format_quantity (q, ctx->style), q->note);
  g_string_assign (cell->text, text);
  cell->not_reported = q->kind == RC_VALUE_NOT_REPORTED;
  if (!cell->not_reported && rc_titration_convert (q->max, q->unit, "mg", &mg))
    {
      cell->has_number = TRUE;
      cell->number = mg;
    }
  cell_cite (cell, q->sources, q->unverified);
}

static void
cell_duration_limit (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);

  if (regimen == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  if (regimen->duration_limit != NULL)
    {
      const RcQuantity *q = regimen->duration_limit;

      g_autofree char *text = rc_format_quantity (q, ctx->style);

      g_string_assign (cell->text, text);
      cell->not_reported = q->kind == RC_VALUE_NOT_REPORTED;
      cell_cite (cell, q->sources, q->unverified);
      if (!cell->not_reported &&
          (g_strcmp0 (q->unit, "day") == 0 || g_strcmp0 (q->unit, "days") == 0))
        {
          cell->has_number = TRUE;
          cell->number = q->max;
        }
    }
  else if (regimen->duration_none != NULL)
    {
      /* Translators: the label sets no limit on how long the drug may be taken.
       * Not the same as "Not stated" (the sources say nothing on this point),
       * "Not reported" (the label gives no figure) or "None listed" (there are
       * no entries). */
      g_string_assign (cell->text, _ ("None stated"));
      cell_cite (cell, regimen->duration_none->sources, regimen->duration_none->unverified);
    }
  else
    cell_set_not_stated (cell);
}

static void
cell_taper (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);

  if (regimen == NULL || regimen->taper == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  g_string_assign (cell->text, regimen->taper->text);
  cell_cite (cell, regimen->taper->sources, regimen->taper->unverified);
}

/* ---- Pharmacokinetics ----------------------------------------------- */

static const RcPkValue *
primary_pk_value (GPtrArray *values)
{
  if (values == NULL || values->len == 0)
    return NULL;
  for (guint i = 0; i < values->len; i++)
    {
      const RcPkValue *value = g_ptr_array_index (values, i);
      if (value->primary)
        return value;
    }
  return g_ptr_array_index (values, 0);
}

static gboolean
share_a_source (char **a, char **b)
{
  for (guint i = 0; a != NULL && a[i] != NULL; i++)
    if (b != NULL && g_strv_contains ((const char *const *) b, a[i]))
      return TRUE;
  return FALSE;
}

/* The primary value, the range the same source gives for it, and its kind:
 * "18 h (8–37 h), effective". */
static void
fill_pk_cell (const Context *ctx, GPtrArray *values, const char *number_unit, Cell *cell)
{
  const RcPkValue *primary = primary_pk_value (values);
  g_autofree char *text = NULL;
  const char      *kind;

  if (primary == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }

  text = rc_format_quantity (&primary->q, ctx->style);
  cell_cite (cell, primary->q.sources, primary->q.unverified);
  cell->not_reported = primary->q.kind == RC_VALUE_NOT_REPORTED;

  if (primary->q.kind == RC_VALUE_EXACT)
    {
      for (guint i = 0; i < values->len; i++)
        {
          const RcPkValue *other = g_ptr_array_index (values, i);
          g_autofree char *range = NULL;
          char            *joined;

          if (other == primary || other->q.kind != RC_VALUE_RANGE || other->kind != primary->kind ||
              g_strcmp0 (other->regimen_id, primary->regimen_id) != 0 ||
              g_strcmp0 (other->q.unit, primary->q.unit) != 0 ||
              !share_a_source (other->q.sources, primary->q.sources) ||
              other->q.min > primary->q.min || other->q.max < primary->q.max)
            continue;
          range = rc_format_quantity (&other->q, ctx->style);
          /* Translators: a value and the range around it, e.g. "18 h (8–37 h)":
           * %1$s is the value, %2$s the range. */
          joined = g_strdup_printf (C_ ("value with range", "%1$s (%2$s)"), text, range);
          g_free (text);
          text = joined;
          cell_cite (cell, other->q.sources, other->q.unverified);
          break;
        }

      if (number_unit != NULL)
        {
          if (g_strcmp0 (primary->q.unit, number_unit) == 0)
            {
              cell->has_number = TRUE;
              cell->number = primary->q.min;
            }
          else if (g_str_equal (number_unit, "h") && g_strcmp0 (primary->q.unit, "min") == 0)
            {
              cell->has_number = TRUE;
              cell->number = primary->q.min / 60.0;
            }
        }
    }

  kind = rc_pk_kind_to_string (primary->kind);
  if (kind != NULL && *kind != '\0')
    {
      char *joined = g_strdup_printf (
          /* Translators: a pharmacokinetic value and its kind, e.g. "18 h, effective":
           * %1$s is the value, %2$s its kind. */
          C_ ("pharmacokinetic value with kind", "%1$s, %2$s"), text, kind);
      g_free (text);
      text = joined;
    }
  g_string_assign (cell->text, text);
}

static void
cell_tmax (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  fill_pk_cell (ctx, pk != NULL ? pk->tmax : NULL, "h", cell);
}

static void
cell_half_life (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  fill_pk_cell (ctx, pk != NULL ? pk->half_life : NULL, "h", cell);
}

static void
cell_bioavailability (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  fill_pk_cell (ctx, pk != NULL ? pk->bioavailability : NULL, "%", cell);
}

static void
cell_protein_binding (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  fill_pk_cell (ctx, pk != NULL ? pk->protein_binding : NULL, "%", cell);
}

static void
cell_metabolism (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  if (pk == NULL || pk->metabolism == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  if (pk->enzymes != NULL && pk->enzymes[0] != NULL)
    {
      g_autofree char *enzymes = g_strjoinv (C_ ("list separator", ", "), pk->enzymes);
      /* Translators: how a drug is metabolised and by which enzymes, e.g.
       * "Metabolised in the liver (enzymes: CYP1A2)". */
      g_string_printf (cell->text, _ ("%s (enzymes: %s)"), pk->metabolism->text, enzymes);
    }
  else
    g_string_assign (cell->text, pk->metabolism->text);
  cell_cite (cell, pk->metabolism->sources, pk->metabolism->unverified);
}

static void
cell_excretion (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  if (pk == NULL || pk->excretion == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  g_string_assign (cell->text, pk->excretion->text);
  cell_cite (cell, pk->excretion->sources, pk->excretion->unverified);
}

/* ---- Adverse effects ------------------------------------------------ */

typedef struct
{
  const RcIncidence *drug;
  const RcIncidence *placebo; /* same trial and effect, or NULL */
} EffectFigure;

static const RcIncidence *
find_placebo (GPtrArray *incidences, const RcIncidence *drug_figure)
{
  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);

      if (inc->trial == drug_figure->trial && inc->arm != NULL &&
          inc->arm->kind == RC_ARM_PLACEBO &&
          g_strcmp0 (inc->effect_id, drug_figure->effect_id) == 0 &&
          inc->percent.kind != RC_VALUE_NOT_REPORTED)
        return inc;
    }
  return NULL;
}

static int
compare_figures (gconstpointer a, gconstpointer b)
{
  const EffectFigure *fa = a;
  const EffectFigure *fb = b;
  double              va = fa->drug->percent.max;
  double              vb = fb->drug->percent.max;

  return (va < vb) - (va > vb);
}

static void
cell_common_adverse_effects (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *incidences = rc_drug_get_incidences (drug);
  g_autoptr (GArray) figures = g_array_new (FALSE, TRUE, sizeof (EffectFigure));
  gboolean any_primary = FALSE;

  if (incidences == NULL || incidences->len == 0)
    {
      cell_set_not_stated (cell);
      return;
    }

  /* Figures from the labelled (primary) drug arm; without one, any drug arm. */
  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);
      if (inc->arm != NULL && inc->arm->kind == RC_ARM_DRUG && inc->arm->primary)
        any_primary = TRUE;
    }
  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);
      EffectFigure       figure = { inc, NULL };
      gboolean           replaced = FALSE;

      if (inc->arm == NULL || inc->arm->kind != RC_ARM_DRUG ||
          (any_primary && !inc->arm->primary) || inc->percent.kind == RC_VALUE_NOT_REPORTED)
        continue;
      figure.placebo = find_placebo (incidences, inc);

      /* One figure per effect: a placebo-controlled one wins over a bare
       * one, otherwise the first in the file. */
      for (guint j = 0; j < figures->len; j++)
        {
          EffectFigure *seen = &g_array_index (figures, EffectFigure, j);

          if (g_strcmp0 (seen->drug->effect_id, inc->effect_id) != 0)
            continue;
          if (seen->placebo == NULL && figure.placebo != NULL)
            *seen = figure;
          replaced = TRUE;
          break;
        }
      if (!replaced)
        g_array_append_val (figures, figure);
    }

  if (figures->len == 0)
    {
      /* Every listed effect comes without a frequency. */
      /* Translators: a table cell; the US label is the drug's prescribing information in the
       * United States. */
      g_string_assign (cell->text, _ ("No incidence figures in the US label"));
      cell->not_reported = TRUE;
      for (guint i = 0; i < incidences->len; i++)
        {
          const RcIncidence *inc = g_ptr_array_index (incidences, i);
          cell_cite (cell, inc->percent.sources, inc->percent.unverified);
        }
      return;
    }

  /* g_array_sort is a stable merge sort: ties keep the file's order. */
  g_array_sort (figures, compare_figures);
  for (guint i = 0; i < MIN (figures->len, 3u); i++)
    {
      const EffectFigure *figure = &g_array_index (figures, EffectFigure, i);
      RcEffect   *effect = rc_knowledge_base_lookup_effect (ctx->kb, figure->drug->effect_id);
      const char *label = effect != NULL ? rc_effect_get_label (effect) : figure->drug->effect_id;
      g_autofree char *value = rc_format_quantity (&figure->drug->percent, ctx->style);
      g_autofree char *item = NULL;

      if (figure->placebo != NULL)
        {
          g_autofree char *placebo = rc_format_quantity (&figure->placebo->percent, ctx->style);
          /* Translators: an adverse effect, its incidence on the drug and on
           * placebo, e.g. "Drowsiness 29% (placebo 10%)". */
          item = g_strdup_printf (_ ("%s %s (placebo %s)"), label, value, placebo);
          cell_cite (cell, figure->placebo->percent.sources, figure->placebo->percent.unverified);
        }
      else
        /* Translators: an adverse effect and its incidence, e.g. "Dizziness 5–15%". */
        item = g_strdup_printf (C_ ("adverse effect", "%s %s"), label, value);
      cell_append_item (cell, item);
      cell_cite (cell, figure->drug->percent.sources, figure->drug->percent.unverified);
    }
}

/* ---- Safety and interactions ---------------------------------------- */

static void
cell_boxed_warning (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *warnings = rc_drug_get_boxed_warnings (drug);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const RcWarning *warning = g_ptr_array_index (warnings, i);
      g_autofree char *item = with_route (warning->title != NULL ? warning->title : warning->text,
                                          warning->has_route, warning->route);

      cell_append_item (cell, item);
      cell_cite (cell, warning->sources, warning->unverified);
    }
  if (cell->text->len == 0)
    /* Translators: the drug has no boxed warning. */
    g_string_assign (cell->text, C_ ("boxed warning", "None"));
}

static void
cell_contraindications (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *items = rc_drug_get_contraindications (drug);

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      const RcWarning *ci = g_ptr_array_index (items, i);
      g_autofree char *item = with_route (ci->text, ci->has_route, ci->route);

      cell_append_item (cell, item);
      cell_cite (cell, ci->sources, ci->unverified);
    }
  if (cell->text->len == 0)
    cell_set_not_stated (cell);
}

static void
cell_key_warnings (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray *warnings = rc_drug_get_warnings (drug);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const RcWarning *warning = g_ptr_array_index (warnings, i);

      cell_append_item (cell, warning->title != NULL ? warning->title : warning->text);
      cell_cite (cell, warning->sources, warning->unverified);
    }
  if (cell->text->len == 0)
    /* Translators: a comparison table cell: the knowledge base lists no
     * warning for this drug ("warning" may set the gender). */
    g_string_assign (cell->text, C_ ("no warnings", "None listed"));
}

static void
cell_major_interactions (const Context *ctx, RcDrug *drug, Cell *cell)
{
  GPtrArray       *interactions = rc_drug_get_interactions (drug);
  const RcSeverity severities[] = { RC_SEVERITY_CONTRAINDICATED, RC_SEVERITY_AVOID };

  for (guint s = 0; s < G_N_ELEMENTS (severities); s++)
    {
      g_autoptr (GString) agents = g_string_new (NULL);

      for (guint i = 0; interactions != NULL && i < interactions->len; i++)
        {
          const RcInteraction *ia = g_ptr_array_index (interactions, i);

          if (ia->severity != severities[s])
            continue;
          /* Agent texts may hold commas themselves. */
          if (agents->len > 0)
            g_string_append (agents, C_ ("list separator", "; "));
          g_string_append (agents, ia->agent);
          cell_cite (cell, ia->sources, ia->unverified);
        }
      if (agents->len > 0)
        {
          const char      *severity = rc_severity_to_string (severities[s]);
          g_autofree char *item = NULL;

          /* Translators: a severity and the agents it applies to, as a
           * sentence, e.g. "Contraindicated: fluvoxamine; ciprofloxacin." */
          item = g_strdup_printf (_ ("%s: %s."), severity, agents->str);
          cell_append_item (cell, item);
        }
    }
  if (cell->text->len == 0)
    /* Translators: no interaction is contraindicated or to be avoided. */
    g_string_assign (cell->text, _ ("None contraindicated or to avoid"));
}

/* ---- Populations ---------------------------------------------------- */

static void
fill_population (RcDrug *drug, RcPopulation group, Cell *cell)
{
  const RcPopulationNote *note = rc_drug_get_population (drug, group);

  if (note == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  g_string_assign (cell->text, note->summary);
  cell_cite (cell, note->sources, note->unverified);
}

static void
cell_renal (const Context *ctx, RcDrug *drug, Cell *cell)
{
  fill_population (drug, RC_POPULATION_RENAL, cell);
}

static void
cell_hepatic (const Context *ctx, RcDrug *drug, Cell *cell)
{
  fill_population (drug, RC_POPULATION_HEPATIC, cell);
}

/* Whether text starts with word, ignoring case. */
static gboolean
starts_with_word (const char *text, const char *word)
{
  g_autofree char *t = g_utf8_casefold (text, -1);
  g_autofree char *w = g_utf8_casefold (word, -1);

  return *w != '\0' && g_str_has_prefix (t, w);
}

static void
cell_elderly_beers (const Context *ctx, RcDrug *drug, Cell *cell)
{
  const RcBeersNote *beers = rc_drug_get_beers (drug);

  if (beers == NULL)
    {
      cell_set_not_stated (cell);
      return;
    }
  /* The summary often starts with the recommendation itself ("Avoid",
   * "Exempt as a spasticity agent"); then it says enough alone. */
  if (starts_with_word (beers->summary, rc_beers_to_string (beers->recommendation)))
    g_string_assign (cell->text, beers->summary);
  else
    /* Translators: a Beers Criteria recommendation and its summary, e.g.
     * "Avoid in some conditions: eGFR < 60 mL/min": %1$s is the
     * recommendation, %2$s its summary. */
    g_string_printf (cell->text, C_ ("Beers recommendation", "%1$s: %2$s"),
                     rc_beers_to_string (beers->recommendation), beers->summary);
  cell_cite (cell, beers->sources, beers->unverified);
}

static void
cell_pregnancy (const Context *ctx, RcDrug *drug, Cell *cell)
{
  fill_population (drug, RC_POPULATION_PREGNANCY, cell);
}

static void
cell_lactation (const Context *ctx, RcDrug *drug, Cell *cell)
{
  fill_population (drug, RC_POPULATION_LACTATION, cell);
}

static void
cell_paediatric (const Context *ctx, RcDrug *drug, Cell *cell)
{
  fill_population (drug, RC_POPULATION_PAEDIATRIC, cell);
}

/* ---- The rows ------------------------------------------------------- */

typedef struct
{
  const char *key;
  const char *section_key;
  const char *label; /* NC_ ("comparison row", …) */
  gboolean    numeric;
  CellFunc    func;
} RowDef;

typedef struct
{
  const char *key;
  const char *label; /* NC_ ("comparison section", …) */
} SectionDef;

static const SectionDef sections[] = {
  { "identity", NC_ ("comparison section", "Identity") },
  { "indications", NC_ ("comparison section", "Indications") },
  { "dosing", NC_ ("comparison section", "Dosing (adults, oral)") },
  { "pharmacokinetics", NC_ ("comparison section", "Pharmacokinetics") },
  { "adverse_effects", NC_ ("comparison section", "Adverse effects") },
  { "safety", NC_ ("comparison section", "Safety") },
  { "interactions", NC_ ("comparison section", "Interactions") },
  { "populations", NC_ ("comparison section", "Special populations") },
};

/* The keys are stable: exports and the README name them. */
static const RowDef row_defs[] = {
  { "class", "identity", NC_ ("comparison row", "Class"), FALSE, cell_class },
  { "mechanism", "identity", NC_ ("comparison row", "Mechanism"), FALSE, cell_mechanism },
  /* Translators: the drug's schedule under the US Controlled Substances Act. */
  { "us_schedule", "identity", NC_ ("comparison row", "US controlled-substance schedule"), FALSE,
    cell_us_schedule },
  { "brands", "identity", NC_ ("comparison row", "Brands"), FALSE, cell_brands },
  { "forms", "identity", NC_ ("comparison row", "Forms and strengths"), FALSE, cell_forms },
  { "labelled_indications", "indications", NC_ ("comparison row", "Labelled indications"), FALSE,
    cell_labelled_indications },
  { "off_label_uses", "indications", NC_ ("comparison row", "Off-label uses"), FALSE,
    cell_off_label_uses },
  { "start_dose", "dosing", NC_ ("comparison row", "Starting dose"), FALSE, cell_start_dose },
  { "titration", "dosing", NC_ ("comparison row", "Titration"), FALSE, cell_titration },
  { "maintenance", "dosing", NC_ ("comparison row", "Maintenance dose"), FALSE, cell_maintenance },
  { "max_daily_dose", "dosing", NC_ ("comparison row", "Maximum daily dose"), FALSE,
    cell_max_daily_dose },
  /* Translators: "mg" is the unit symbol for milligrams. */
  { "max_daily_dose_mg", "dosing", NC_ ("comparison row", "Maximum daily dose (mg)"), TRUE,
    cell_max_daily_dose_mg },
  { "max_single_dose", "dosing", NC_ ("comparison row", "Maximum single dose"), FALSE,
    cell_max_single_dose },
  { "duration_limit", "dosing", NC_ ("comparison row", "Duration limit"), FALSE,
    cell_duration_limit },
  { "taper", "dosing", NC_ ("comparison row", "Stopping and tapering"), FALSE, cell_taper },
  /* Translators: Tmax is the time to peak plasma concentration; "h" is hours. */
  { "tmax_h", "pharmacokinetics", NC_ ("comparison row", "Time to peak (Tmax)"), TRUE, cell_tmax },
  /* Translators: t½ is the usual symbol for the elimination half-life. */
  { "half_life_h", "pharmacokinetics", NC_ ("comparison row", "Half-life (t½)"), TRUE,
    cell_half_life },
  { "bioavailability", "pharmacokinetics", NC_ ("comparison row", "Oral bioavailability"), TRUE,
    cell_bioavailability },
  { "protein_binding", "pharmacokinetics", NC_ ("comparison row", "Protein binding"), TRUE,
    cell_protein_binding },
  { "metabolism", "pharmacokinetics", NC_ ("comparison row", "Metabolism"), FALSE,
    cell_metabolism },
  { "excretion", "pharmacokinetics", NC_ ("comparison row", "Excretion"), FALSE, cell_excretion },
  { "common_adverse_effects", "adverse_effects",
    NC_ ("comparison row", "Most common adverse effects"), FALSE, cell_common_adverse_effects },
  { "boxed_warning", "safety", NC_ ("comparison row", "Boxed warning"), FALSE, cell_boxed_warning },
  { "contraindications", "safety", NC_ ("comparison row", "Contraindications"), FALSE,
    cell_contraindications },
  { "key_warnings", "safety", NC_ ("comparison row", "Key warnings"), FALSE, cell_key_warnings },
  { "major_interactions", "interactions", NC_ ("comparison row", "Contraindicated or to avoid"),
    FALSE, cell_major_interactions },
  { "renal", "populations", NC_ ("comparison row", "Renal impairment"), FALSE, cell_renal },
  { "hepatic", "populations", NC_ ("comparison row", "Hepatic impairment"), FALSE, cell_hepatic },
  /* Translators: the AGS Beers Criteria (2023) for potentially inappropriate
   * medication use in older adults. */
  { "elderly_beers_2023", "populations", NC_ ("comparison row", "Older adults (Beers 2023)"), FALSE,
    cell_elderly_beers },
  { "pregnancy", "populations", NC_ ("comparison row", "Pregnancy"), FALSE, cell_pregnancy },
  { "lactation", "populations", NC_ ("comparison row", "Breastfeeding"), FALSE, cell_lactation },
  { "paediatric", "populations", NC_ ("comparison row", "Children"), FALSE, cell_paediatric },
};

static const char *
section_label (const char *section_key)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_str_equal (sections[i].key, section_key))
      return g_dpgettext2 (GETTEXT_PACKAGE, "comparison section", sections[i].label);
  return section_key;
}

static void
comparison_cell_free (RcComparisonCell *cell)
{
  if (cell == NULL)
    return;
  g_free (cell->text);
  g_strfreev (cell->sources);
  g_free (cell);
}

static void
comparison_row_free (RcComparisonRow *row)
{
  if (row == NULL)
    return;
  for (guint i = 0; row->cells != NULL && row->cells[i] != NULL; i++)
    comparison_cell_free (row->cells[i]);
  g_free (row->cells);
  g_free (row->key);
  g_free (row->section_key);
  g_free (row->section_label);
  g_free (row->label);
  g_free (row);
}

static RcComparisonCell *
build_cell (const Context *ctx, const RowDef *def, RcDrug *drug)
{
  Cell              cell = { 0 };
  RcComparisonCell *out = g_new0 (RcComparisonCell, 1);

  cell.text = g_string_new (NULL);
  cell.sources = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  def->func (ctx, drug, &cell);
  if (cell.text->len == 0)
    cell_set_not_stated (&cell);

  out->text = g_string_free (cell.text, FALSE);
  out->has_number = cell.has_number;
  out->number = cell.number;
  out->not_reported = cell.not_reported;
  out->unverified = cell.unverified;
  out->sources = (char **) g_ptr_array_free (cell.sources, FALSE);
  return out;
}

static gboolean
cells_differ (const RowDef *def, RcComparisonCell **cells, guint n)
{
  gboolean all_numbers = TRUE;

  if (n < 2)
    return FALSE;
  for (guint i = 0; i < n; i++)
    all_numbers &= cells[i]->has_number;
  /* Numeric rows compare numbers, so "80" and "80.0" or a note do not
   * count as a difference; otherwise the shown text decides. */
  if (def->numeric && all_numbers)
    {
      for (guint i = 1; i < n; i++)
        if (fabs (cells[i]->number - cells[0]->number) > 1e-9)
          return TRUE;
      return FALSE;
    }
  for (guint i = 1; i < n; i++)
    if (g_strcmp0 (cells[i]->text, cells[0]->text) != 0)
      return TRUE;
  return FALSE;
}

static GPtrArray *
build_rows (RcKnowledgeBase *kb, GPtrArray *drugs, RcFormatStyle style)
{
  Context    ctx = { kb, style };
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) comparison_row_free);

  for (guint r = 0; r < G_N_ELEMENTS (row_defs); r++)
    {
      const RowDef    *def = &row_defs[r];
      RcComparisonRow *row = g_new0 (RcComparisonRow, 1);

      row->key = g_strdup (def->key);
      row->section_key = g_strdup (def->section_key);
      row->section_label = g_strdup (section_label (def->section_key));
      row->label = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "comparison row", def->label));
      row->cells = g_new0 (RcComparisonCell *, drugs->len + 1);
      for (guint c = 0; c < drugs->len; c++)
        row->cells[c] = build_cell (&ctx, def, g_ptr_array_index (drugs, c));
      row->differs = cells_differ (def, row->cells, drugs->len);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/* ---- The object ----------------------------------------------------- */

static void
rc_comparison_finalize (GObject *object)
{
  RcComparison *self = RC_COMPARISON (object);

  g_clear_object (&self->kb);
  g_clear_pointer (&self->drugs, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->rows_c, g_ptr_array_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);

  G_OBJECT_CLASS (rc_comparison_parent_class)->finalize (object);
}

static void
rc_comparison_class_init (RcComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_comparison_finalize;
}

static void
rc_comparison_init (RcComparison *self)
{
  self->drugs = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
}

RcComparison *
rc_comparison_new (RcKnowledgeBase *kb, const char *const *drug_ids, GError **error)
{
  g_autoptr (RcComparison) self = NULL;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (RC_TYPE_COMPARISON, NULL);
  self->kb = g_object_ref (kb);
  for (guint i = 0; drug_ids != NULL && drug_ids[i] != NULL; i++)
    {
      RcDrug *drug = rc_knowledge_base_lookup_drug (kb, drug_ids[i]);

      if (drug == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       /* Translators: %s is a drug id such as "baclofen". */
                       _ ("Unknown drug “%s”"), drug_ids[i]);
          return NULL;
        }
      g_ptr_array_add (self->drugs, g_object_ref (drug));
    }

  self->rows = build_rows (kb, self->drugs, RC_FORMAT_LOCALE);
  self->rows_c = build_rows (kb, self->drugs, RC_FORMAT_C);
  for (guint i = 0; i < self->rows->len; i++)
    {
      const RcComparisonRow *row = g_ptr_array_index (self->rows, i);
      RcComparisonRow       *row_c = g_ptr_array_index (self->rows_c, i);

      /* Whether cells differ is a property of the facts, not of the style. */
      row_c->differs = row->differs;
      g_hash_table_insert (self->by_key, row->key, GUINT_TO_POINTER (i + 1));
    }
  return g_steal_pointer (&self);
}

guint
rc_comparison_get_n_drugs (RcComparison *self)
{
  g_return_val_if_fail (RC_IS_COMPARISON (self), 0);
  return self->drugs->len;
}

RcDrug *
rc_comparison_get_drug (RcComparison *self, guint column)
{
  g_return_val_if_fail (RC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (column < self->drugs->len, NULL);
  return g_ptr_array_index (self->drugs, column);
}

guint
rc_comparison_get_n_rows (RcComparison *self)
{
  g_return_val_if_fail (RC_IS_COMPARISON (self), 0);
  return self->rows->len;
}

const RcComparisonRow *
rc_comparison_get_row (RcComparison *self, guint index)
{
  return rc_comparison_get_row_in_style (self, index, RC_FORMAT_LOCALE);
}

const RcComparisonRow *
rc_comparison_get_row_in_style (RcComparison *self, guint index, RcFormatStyle style)
{
  GPtrArray *rows;

  g_return_val_if_fail (RC_IS_COMPARISON (self), NULL);
  rows = style == RC_FORMAT_C ? self->rows_c : self->rows;
  g_return_val_if_fail (index < rows->len, NULL);
  return g_ptr_array_index (rows, index);
}

const RcComparisonRow *
rc_comparison_lookup_row (RcComparison *self, const char *key)
{
  gpointer index;

  g_return_val_if_fail (RC_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  index = g_hash_table_lookup (self->by_key, key);
  if (index == NULL)
    return NULL;
  return g_ptr_array_index (self->rows, GPOINTER_TO_UINT (index) - 1);
}

const char *const *
rc_comparison_get_row_keys (void)
{
  static const char *keys[G_N_ELEMENTS (row_defs) + 1];
  static gsize       initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (row_defs); i++)
        keys[i] = row_defs[i].key;
      g_once_init_leave (&initialized, 1);
    }
  return keys;
}
