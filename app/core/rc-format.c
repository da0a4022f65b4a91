/* rc-format.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "rc-format.h"

/* Inserts the locale's digit grouping into the integer digits of a number
 * already formatted with an ASCII point. grouping follows localeconv(): each
 * byte is a group size from the right, the last one repeats, CHAR_MAX stops. */
static void
append_grouped (
    GString *out, const char *digits, gsize n_digits, const char *sep, const char *grouping)
{
  g_autofree gboolean *break_before = NULL;
  gsize                pos;
  guint                gi = 0;
  int                  size;

  if (sep == NULL || *sep == '\0' || grouping == NULL || *grouping == '\0')
    {
      g_string_append_len (out, digits, n_digits);
      return;
    }

  /* Mark, counting from the right, where separators go. */
  break_before = g_new0 (gboolean, n_digits + 1);
  pos = n_digits;
  size = grouping[0];
  while (size > 0 && size != CHAR_MAX && pos > (gsize) size)
    {
      pos -= size;
      break_before[pos] = TRUE;
      if (grouping[gi + 1] != '\0')
        gi++;
      size = grouping[gi];
    }

  for (gsize i = 0; i < n_digits; i++)
    {
      if (break_before[i])
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
}

char *
rc_format_number (double value, RcFormatStyle style)
{
  char        buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *point;
  const char *int_end;
  GString    *out;

  if (!isfinite (value))
    return g_strdup ("?");

  /* Round to two decimals, then drop trailing zeros. Formatting in the C
   * locale first keeps the result independent of the process locale. */
  g_ascii_formatd (buf, sizeof buf, "%.2f", value);
  if (strchr (buf, '.') != NULL)
    {
      char *end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  if (strcmp (buf, "-0") == 0)
    strcpy (buf, "0");

  if (style == RC_FORMAT_C)
    return g_strdup (buf);

  out = g_string_new (NULL);
  {
    const struct lconv *lc = localeconv ();
    const char         *digits = buf;

    if (*digits == '-')
      {
        g_string_append_c (out, '-');
        digits++;
      }
    point = strchr (digits, '.');
    int_end = point != NULL ? point : digits + strlen (digits);
    append_grouped (out, digits, int_end - digits, lc->thousands_sep, lc->grouping);
    if (point != NULL)
      {
        g_string_append (out,
                         lc->decimal_point != NULL && *lc->decimal_point ? lc->decimal_point : ".");
        g_string_append (out, point + 1);
      }
  }
  return g_string_free (out, FALSE);
}

/* A range of two numbers: an en dash for people, a hyphen for machines. */
static char *
format_range (double min, double max, RcFormatStyle style)
{
  g_autofree char *a = rc_format_number (min, style);
  g_autofree char *b = NULL;

  if (min == max)
    return g_steal_pointer (&a);
  b = rc_format_number (max, style);
  if (style == RC_FORMAT_C)
    return g_strdup_printf ("%s-%s", a, b);
  /* Translators: a range of two numbers, e.g. "2–4". Keep the en dash unless
   * your language writes ranges differently. */
  return g_strdup_printf (_ ("%s–%s"), a, b);
}

/* Unit symbols the knowledge base uses, translated for display. Unknown
 * units are shown as written in the data. */
static const char *
unit_to_string (const char *unit)
{
  if (unit == NULL)
    return "";
  if (g_str_equal (unit, "mg"))
    /* Translators: unit symbol, milligrams. */
    return C_ ("unit", "mg");
  if (g_str_equal (unit, "mcg"))
    /* Translators: unit symbol, micrograms (written "mcg" on US labels). */
    return C_ ("unit", "mcg");
  if (g_str_equal (unit, "g"))
    /* Translators: unit symbol, grams. */
    return C_ ("unit", "g");
  if (g_str_equal (unit, "h"))
    /* Translators: unit symbol, hours. */
    return C_ ("unit", "h");
  if (g_str_equal (unit, "min"))
    /* Translators: unit symbol, minutes. */
    return C_ ("unit", "min");
  if (g_str_equal (unit, "mL"))
    /* Translators: unit symbol, millilitres. */
    return C_ ("unit", "mL");
  if (g_str_equal (unit, "mL/min"))
    /* Translators: unit symbol, millilitres per minute (clearance). */
    return C_ ("unit", "mL/min");
  if (g_str_equal (unit, "L/kg"))
    /* Translators: unit symbol, litres per kilogram (volume of distribution). */
    return C_ ("unit", "L/kg");
  if (g_str_equal (unit, "L/h"))
    /* Translators: unit symbol, litres per hour (clearance). */
    return C_ ("unit", "L/h");
  return unit;
}

const char *
rc_format_unit (const char *unit)
{
  return unit_to_string (unit);
}

/* Whole weeks read better than days for treatment limits ("2–3 weeks"). */
static char *
format_days (double min, double max, RcFormatStyle style)
{
  g_autofree char *range = NULL;
  gulong           plural;

  if (min >= 7 && fmod (min, 7) == 0 && fmod (max, 7) == 0)
    {
      range = format_range (min / 7, max / 7, style);
      plural = (gulong) (max / 7);
      /* Translators: a duration in weeks; %s is a number or a range such as "2–3". */
      return g_strdup_printf (ngettext ("%s week", "%s weeks", plural), range);
    }
  range = format_range (min, max, style);
  /* ngettext counts whole numbers: "1.5 days" takes the form of 2. */
  plural = (gulong) round (max);
  /* Translators: a duration in days; %s is a number or a range such as "14–21".
   * The plural form is chosen by the largest number rounded to a whole
   * number: "1.5" takes the form of 2, "0.5" that of 1. */
  return g_strdup_printf (ngettext ("%s day", "%s days", plural), range);
}

char *
rc_format_quantity (const RcQuantity *q, RcFormatStyle style)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (q != NULL, NULL);

  if (q->kind == RC_VALUE_NOT_REPORTED)
    /* Translators: the label gives no figure for this value. Not the same
     * as "Not stated" (the sources say nothing on this point), "None
     * stated" (the source sets no limit) or "None listed" (there are no
     * entries). */
    return g_strdup (_ ("Not reported"));

  if (g_strcmp0 (q->unit, "day") == 0 || g_strcmp0 (q->unit, "days") == 0)
    value = format_days (q->min, q->max, style);
  else if (g_strcmp0 (q->unit, "%") == 0)
    {
      g_autofree char *range = format_range (q->min, q->max, style);
      /* Translators: a percentage, e.g. "30%" or "70–80%". Some languages put
       * a (non-breaking) space before the sign. */
      value = g_strdup_printf (_ ("%s%%"), range);
    }
  else if (q->unit == NULL || *q->unit == '\0')
    value = format_range (q->min, q->max, style);
  else
    {
      g_autofree char *range = format_range (q->min, q->max, style);
      /* Translators: a number (or range) and its unit symbol, e.g. "5 mg", "2–4 h". */
      value = g_strdup_printf (C_ ("quantity", "%s %s"), range, unit_to_string (q->unit));
    }

  if (q->approx)
    /* Translators: an approximate value, e.g. "about 18 h". */
    return g_strdup_printf (_ ("about %s"), value);
  return g_steal_pointer (&value);
}

/* "once daily" … "six times daily", then numerals. */
static char *
format_frequency (guint times)
{
  switch (times)
    {
      case 1:
        return g_strdup (_ ("once daily"));
      case 2:
        return g_strdup (_ ("twice daily"));
      case 3:
        return g_strdup (_ ("three times daily"));
      case 4:
        return g_strdup (_ ("four times daily"));
      case 5:
        return g_strdup (_ ("five times daily"));
      case 6:
        return g_strdup (_ ("six times daily"));
      default:
        /* Translators: how often a dose is taken, for counts above six. */
        return g_strdup_printf (ngettext ("%u time daily", "%u times daily", times), times);
    }
}

/* "up to three times daily": a frequency that may go from once to n. */
static char *
format_frequency_up_to (guint times)
{
  switch (times)
    {
      case 2:
        return g_strdup (_ ("up to twice daily"));
      case 3:
        return g_strdup (_ ("up to three times daily"));
      case 4:
        return g_strdup (_ ("up to four times daily"));
      case 5:
        return g_strdup (_ ("up to five times daily"));
      case 6:
        return g_strdup (_ ("up to six times daily"));
      default:
        /* Translators: a dose taken once up to this many times a day (above six). */
        return g_strdup_printf (ngettext ("up to %u time daily", "up to %u times daily", times),
                                times);
    }
}

static char *
format_frequency_range (guint min, guint max)
{
  if (max <= min)
    return format_frequency (min);
  if (min <= 1)
    return format_frequency_up_to (max);
  /* Translators: a dose taken between two counts of times a day, e.g. "3–4 times daily". */
  return g_strdup_printf (ngettext ("%u–%u time daily", "%u–%u times daily", max), min, max);
}

char *
rc_format_step (const RcTitrationStep *step, RcFormatStyle style)
{
  RcQuantity       dose = { 0 };
  g_autofree char *amount = NULL;
  g_autofree char *how_often = NULL;

  g_return_val_if_fail (step != NULL, NULL);

  dose.kind = step->dose_min == step->dose_max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
  dose.min = step->dose_min;
  dose.max = step->dose_max;
  dose.unit = step->unit;
  dose.approx = step->approx;
  amount = rc_format_quantity (&dose, style);
  how_often = format_frequency_range (step->times_per_day, step->times_per_day_max);
  /* Translators: a dose and how often it is taken, e.g. "5 mg three times daily". */
  return g_strdup_printf (C_ ("dose and frequency", "%s %s"), amount, how_often);
}

char *
rc_format_daily (double min, double max, const char *unit, RcFormatStyle style)
{
  g_autofree char *range = format_range (min, max, style);

  /* Translators: a total per day, e.g. "15 mg/day"; the first %s is a number
   * or range, the second a unit symbol. */
  return g_strdup_printf (_ ("%s %s/day"), range, unit_to_string (unit));
}

const char *
rc_route_to_string (RcRoute route)
{
  switch (route)
    {
      case RC_ROUTE_ORAL:
        return C_ ("route", "Oral");
      case RC_ROUTE_INTRATHECAL:
        return C_ ("route", "Intrathecal");
      case RC_ROUTE_INTRAVENOUS:
        return C_ ("route", "Intravenous");
      case RC_ROUTE_INTRAMUSCULAR:
        return C_ ("route", "Intramuscular");
      default:
        return "";
    }
}

const char *
rc_schedule_to_string (RcSchedule schedule)
{
  switch (schedule)
    {
      case RC_SCHEDULE_NONE:
        /* Translators: not a controlled substance under the US Controlled Substances Act. */
        return _ ("Not controlled");
      case RC_SCHEDULE_I:
        /* Translators: US Controlled Substances Act schedule; "C-I" is the official abbreviation.
         */
        return _ ("Schedule I (C-I)");
      case RC_SCHEDULE_II:
        /* Translators: US Controlled Substances Act schedule; "C-II" is the official abbreviation.
         */
        return _ ("Schedule II (C-II)");
      case RC_SCHEDULE_III:
        /* Translators: US Controlled Substances Act schedule; "C-III" is the official abbreviation.
         */
        return _ ("Schedule III (C-III)");
      case RC_SCHEDULE_IV:
        /* Translators: US Controlled Substances Act schedule; "C-IV" is the official abbreviation.
         */
        return _ ("Schedule IV (C-IV)");
      case RC_SCHEDULE_V:
        /* Translators: US Controlled Substances Act schedule; "C-V" is the official abbreviation.
         */
        return _ ("Schedule V (C-V)");
      default:
        return "";
    }
}

const char *
rc_severity_to_string (RcSeverity severity)
{
  switch (severity)
    {
      case RC_SEVERITY_CONTRAINDICATED:
        return C_ ("interaction severity", "Contraindicated");
      case RC_SEVERITY_AVOID:
        return C_ ("interaction severity", "Avoid");
      case RC_SEVERITY_CAUTION:
        return C_ ("interaction severity", "Caution");
      case RC_SEVERITY_MONITOR:
        return C_ ("interaction severity", "Monitor");
      default:
        return "";
    }
}

const char *
rc_verdict_to_string (RcVerdict verdict)
{
  switch (verdict)
    {
      case RC_VERDICT_CONTRAINDICATED:
        return C_ ("population verdict", "Contraindicated");
      case RC_VERDICT_AVOID:
        return C_ ("population verdict", "Avoid");
      case RC_VERDICT_CAUTION:
        return C_ ("population verdict", "Use with caution");
      case RC_VERDICT_ADJUST:
        return C_ ("population verdict", "Adjust the dose");
      case RC_VERDICT_NOT_ESTABLISHED:
        return C_ ("population verdict", "Safety not established");
      case RC_VERDICT_NOT_STUDIED:
        return C_ ("population verdict", "Not studied");
      case RC_VERDICT_LIMITED_DATA:
        return C_ ("population verdict", "Limited data");
      case RC_VERDICT_COMPATIBLE:
        return C_ ("population verdict", "Compatible");
      default:
        return "";
    }
}

const char *
rc_population_to_string (RcPopulation group)
{
  switch (group)
    {
      case RC_POPULATION_RENAL:
        return C_ ("population", "Renal impairment");
      case RC_POPULATION_HEPATIC:
        return C_ ("population", "Hepatic impairment");
      case RC_POPULATION_ELDERLY:
        return C_ ("population", "Older adults");
      case RC_POPULATION_PREGNANCY:
        return C_ ("population", "Pregnancy");
      case RC_POPULATION_LACTATION:
        return C_ ("population", "Breastfeeding");
      case RC_POPULATION_PAEDIATRIC:
        return C_ ("population", "Children");
      case RC_N_POPULATIONS:
      default:
        return "";
    }
}

const char *
rc_beers_to_string (RcBeers recommendation)
{
  switch (recommendation)
    {
      case RC_BEERS_AVOID:
        /* Translators: an AGS Beers Criteria recommendation for older adults. */
        return C_ ("Beers", "Avoid");
      case RC_BEERS_AVOID_IF:
        /* Translators: an AGS Beers Criteria recommendation: avoid in some conditions. */
        return C_ ("Beers", "Avoid in some conditions");
      case RC_BEERS_EXEMPT:
        /* Translators: the AGS Beers Criteria list this drug as an exception. */
        return C_ ("Beers", "Exempt");
      case RC_BEERS_NOT_LISTED:
        /* Translators: the drug does not appear in the AGS Beers Criteria. */
        return C_ ("Beers", "Not listed");
      default:
        return "";
    }
}

const char *
rc_indication_kind_to_string (RcIndicationKind kind)
{
  switch (kind)
    {
      case RC_INDICATION_LABELLED:
        return C_ ("indication", "Labelled");
      case RC_INDICATION_LIMITATION:
        return C_ ("indication", "Limitation of use");
      case RC_INDICATION_OFF_LABEL:
        return C_ ("indication", "Off-label");
      case RC_INDICATION_NOT_ESTABLISHED:
        return C_ ("indication", "Not established");
      default:
        return "";
    }
}

const char *
rc_phase_kind_to_string (RcPhaseKind kind)
{
  switch (kind)
    {
      case RC_PHASE_INITIAL:
        return C_ ("dosing phase", "Initial");
      case RC_PHASE_TITRATION:
        return C_ ("dosing phase", "Titration");
      case RC_PHASE_MAINTENANCE:
        return C_ ("dosing phase", "Maintenance");
      case RC_PHASE_DURATION_LIMIT:
        return C_ ("dosing phase", "Duration limit");
      default:
        return "";
    }
}

const char *
rc_pk_kind_to_string (RcPkKind kind)
{
  switch (kind)
    {
      case RC_PK_KIND_EFFECTIVE:
        /* Translators: kind of a pharmacokinetic value, e.g. an effective half-life. */
        return C_ ("pharmacokinetics", "effective");
      case RC_PK_KIND_TERMINAL:
        /* Translators: kind of a pharmacokinetic value, e.g. a terminal half-life. */
        return C_ ("pharmacokinetics", "terminal");
      case RC_PK_KIND_PLASMA:
        /* Translators: kind of a pharmacokinetic value, e.g. a plasma half-life. */
        return C_ ("pharmacokinetics", "plasma");
      case RC_PK_KIND_APPARENT:
        /* Translators: kind of a pharmacokinetic value, e.g. an apparent half-life. */
        return C_ ("pharmacokinetics", "apparent");
      case RC_PK_KIND_UNSPECIFIED:
      default:
        return "";
    }
}

char *
rc_format_sources (const char *const *sources)
{
  if (sources == NULL)
    return g_strdup ("");
  /* Translators: the separator between source ids, e.g. "OZOBAX-PI, BAC-MEDLIB-16". */
  return g_strjoinv (C_ ("list separator", ", "), (char **) sources);
}
