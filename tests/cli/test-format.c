/* test-format.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rc-format.h"

static void
assert_number (double value, RcFormatStyle style, const char *expected)
{
  g_autofree char *text = rc_format_number (value, style);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_number_c (void)
{
  assert_number (1.5, RC_FORMAT_C, "1.5");
  assert_number (1400, RC_FORMAT_C, "1400");
  assert_number (2.50, RC_FORMAT_C, "2.5");
  assert_number (3.0, RC_FORMAT_C, "3");
  assert_number (0.75, RC_FORMAT_C, "0.75");
  assert_number (1.987, RC_FORMAT_C, "1.99");
  assert_number (-0.001, RC_FORMAT_C, "0");
  assert_number (1234567.891, RC_FORMAT_C, "1234567.89");
}

static RcQuantity
quantity (RcValueKind kind, double min, double max, const char *unit)
{
  RcQuantity q = { 0 };

  q.kind = kind;
  q.min = min;
  q.max = max;
  q.unit = (char *) unit;
  return q;
}

static void
assert_quantity (const RcQuantity *q, RcFormatStyle style, const char *expected)
{
  g_autofree char *text = rc_format_quantity (q, style);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_quantity (void)
{
  RcQuantity q;

  q = quantity (RC_VALUE_EXACT, 5, 5, "mg");
  assert_quantity (&q, RC_FORMAT_LOCALE, "5 mg");
  q = quantity (RC_VALUE_RANGE, 2, 4, "h");
  assert_quantity (&q, RC_FORMAT_LOCALE, "2–4 h");
  assert_quantity (&q, RC_FORMAT_C, "2-4 h");
  q = quantity (RC_VALUE_EXACT, 18, 18, "h");
  q.approx = TRUE;
  assert_quantity (&q, RC_FORMAT_LOCALE, "about 18 h");
  q = quantity (RC_VALUE_NOT_REPORTED, 0, 0, NULL);
  assert_quantity (&q, RC_FORMAT_LOCALE, "Not reported");
  assert_quantity (&q, RC_FORMAT_C, "Not reported");
  q = quantity (RC_VALUE_RANGE, 14, 21, "day");
  assert_quantity (&q, RC_FORMAT_LOCALE, "2–3 weeks");
  q = quantity (RC_VALUE_EXACT, 7, 7, "day");
  assert_quantity (&q, RC_FORMAT_LOCALE, "1 week");
  q = quantity (RC_VALUE_EXACT, 3, 3, "day");
  assert_quantity (&q, RC_FORMAT_LOCALE, "3 days");
  q = quantity (RC_VALUE_EXACT, 1, 1, "day");
  assert_quantity (&q, RC_FORMAT_LOCALE, "1 day");
  /* A fraction takes the form of its rounded value (2 here). */
  q = quantity (RC_VALUE_EXACT, 1.5, 1.5, "day");
  assert_quantity (&q, RC_FORMAT_LOCALE, "1.5 days");
  q = quantity (RC_VALUE_EXACT, 29, 29, "%");
  assert_quantity (&q, RC_FORMAT_LOCALE, "29%");
  q = quantity (RC_VALUE_RANGE, 10, 63, "%");
  assert_quantity (&q, RC_FORMAT_LOCALE, "10–63%");
  q = quantity (RC_VALUE_EXACT, 2.4, 2.4, "L/kg");
  assert_quantity (&q, RC_FORMAT_C, "2.4 L/kg");
}

static void
assert_step (double dose_min, double dose_max, guint times, guint times_max, const char *expected)
{
  RcTitrationStep  step = { 0 };
  g_autofree char *text = NULL;

  step.from_day = 1;
  step.dose_min = dose_min;
  step.dose_max = dose_max;
  step.unit = (char *) "mg";
  step.times_per_day = times;
  step.times_per_day_max = times_max;
  text = rc_format_step (&step, RC_FORMAT_LOCALE);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_step (void)
{
  assert_step (5, 5, 3, 3, "5 mg three times daily");
  assert_step (250, 350, 4, 4, "250–350 mg four times daily");
  assert_step (2, 2, 1, 3, "2 mg up to three times daily");
  assert_step (15, 15, 1, 1, "15 mg once daily");
  assert_step (10, 10, 2, 2, "10 mg twice daily");
  assert_step (1, 1, 5, 5, "1 mg five times daily");
  assert_step (1, 1, 6, 6, "1 mg six times daily");
  assert_step (1, 1, 8, 8, "1 mg 8 times daily");
  assert_step (1, 1, 3, 4, "1 mg 3–4 times daily");
}

static void
test_daily (void)
{
  g_autofree char *a = rc_format_daily (15, 15, "mg", RC_FORMAT_LOCALE);
  g_autofree char *b = rc_format_daily (1000, 1400, "mg", RC_FORMAT_C);
  g_autofree char *c = rc_format_daily (300, 800, "mcg", RC_FORMAT_LOCALE);

  g_assert_cmpstr (a, ==, "15 mg/day");
  g_assert_cmpstr (b, ==, "1000-1400 mg/day");
  g_assert_cmpstr (c, ==, "300–800 mcg/day");
}

static void
test_enums (void)
{
  const char      *sources[] = { "OZOBAX-PI", "BAC-MEDLIB-16", NULL };
  g_autofree char *joined = rc_format_sources (sources);
  g_autofree char *empty = rc_format_sources (NULL);

  g_assert_cmpstr (rc_schedule_to_string (RC_SCHEDULE_NONE), ==, "Not controlled");
  g_assert_cmpstr (rc_schedule_to_string (RC_SCHEDULE_IV), ==, "Schedule IV (C-IV)");
  g_assert_cmpstr (rc_route_to_string (RC_ROUTE_INTRATHECAL), ==, "Intrathecal");
  g_assert_cmpstr (rc_severity_to_string (RC_SEVERITY_CONTRAINDICATED), ==, "Contraindicated");
  g_assert_cmpstr (rc_pk_kind_to_string (RC_PK_KIND_UNSPECIFIED), ==, "");
  g_assert_cmpstr (rc_pk_kind_to_string (RC_PK_KIND_EFFECTIVE), ==, "effective");
  g_assert_cmpstr (rc_beers_to_string (RC_BEERS_AVOID), ==, "Avoid");
  g_assert_cmpstr (rc_population_to_string (RC_POPULATION_LACTATION), !=, "");
  g_assert_cmpstr (rc_phase_kind_to_string (RC_PHASE_DURATION_LIMIT), !=, "");
  g_assert_cmpstr (rc_indication_kind_to_string (RC_INDICATION_OFF_LABEL), ==, "Off-label");
  g_assert_cmpstr (rc_verdict_to_string (RC_VERDICT_COMPATIBLE), !=, "");
  g_assert_cmpstr (joined, ==, "OZOBAX-PI, BAC-MEDLIB-16");
  g_assert_cmpstr (empty, ==, "");
}

/* Tries the usual spellings of a locale; FALSE when none is installed. */
static gboolean
set_numeric_locale (const char *lang)
{
  g_autofree char *a = g_strdup_printf ("%s.UTF-8", lang);
  g_autofree char *b = g_strdup_printf ("%s.utf8", lang);

  return setlocale (LC_NUMERIC, a) != NULL || setlocale (LC_NUMERIC, b) != NULL;
}

static void
test_number_german (void)
{
  RcQuantity q = quantity (RC_VALUE_EXACT, 1.5, 1.5, "h");

  if (!set_numeric_locale ("de_DE"))
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed");
      return;
    }
  assert_number (1.5, RC_FORMAT_LOCALE, "1,5");
  assert_number (1400, RC_FORMAT_LOCALE, "1.400");
  assert_number (1234567.5, RC_FORMAT_LOCALE, "1.234.567,5");
  assert_quantity (&q, RC_FORMAT_LOCALE, "1,5 h");
  /* Machine output never follows the locale. */
  assert_number (1.5, RC_FORMAT_C, "1.5");
  assert_number (1400, RC_FORMAT_C, "1400");
  setlocale (LC_NUMERIC, "C.UTF-8");
}

static void
test_number_english (void)
{
  if (!set_numeric_locale ("en_US"))
    {
      g_test_skip ("the en_US.UTF-8 locale is not installed");
      return;
    }
  assert_number (1400, RC_FORMAT_LOCALE, "1,400");
  assert_number (-1234.5, RC_FORMAT_LOCALE, "-1,234.5");
  assert_number (999, RC_FORMAT_LOCALE, "999");
  setlocale (LC_NUMERIC, "C.UTF-8");
}

int
main (int argc, char *argv[])
{
  /* Texts are checked in English: no catalog is bound. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/number/c", test_number_c);
  g_test_add_func ("/format/number/german", test_number_german);
  g_test_add_func ("/format/number/english", test_number_english);
  g_test_add_func ("/format/quantity", test_quantity);
  g_test_add_func ("/format/step", test_step);
  g_test_add_func ("/format/daily", test_daily);
  g_test_add_func ("/format/enums", test_enums);

  return g_test_run ();
}
