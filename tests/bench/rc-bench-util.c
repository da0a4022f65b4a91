/* rc-bench-util.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "rc-bench-util.h"

gint64
rc_bench_now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

void
rc_bench_series_init (RcBenchSeries *series)
{
  series->values = g_array_new (FALSE, FALSE, sizeof (double));
}

void
rc_bench_series_clear (RcBenchSeries *series)
{
  g_clear_pointer (&series->values, g_array_unref);
}

void
rc_bench_series_add (RcBenchSeries *series, double value)
{
  g_array_append_val (series->values, value);
}

guint
rc_bench_series_len (const RcBenchSeries *series)
{
  return series->values->len;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

double
rc_bench_series_median (const RcBenchSeries *series)
{
  g_autoptr (GArray) sorted = NULL;
  guint n = series->values->len;

  if (n == 0)
    return -1;

  sorted = g_array_copy (series->values);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);
  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2;
}

double
rc_bench_series_min (const RcBenchSeries *series)
{
  double min = G_MAXDOUBLE;

  for (guint i = 0; i < series->values->len; i++)
    min = MIN (min, g_array_index (series->values, double, i));
  return series->values->len > 0 ? min : -1;
}

double
rc_bench_series_max (const RcBenchSeries *series)
{
  double max = -G_MAXDOUBLE;

  for (guint i = 0; i < series->values->len; i++)
    max = MAX (max, g_array_index (series->values, double, i));
  return series->values->len > 0 ? max : -1;
}

char *
rc_bench_series_format (const RcBenchSeries *series, int decimals)
{
  if (series->values->len == 0)
    return g_strdup ("n/a");
  if (series->values->len == 1)
    return g_strdup_printf ("%.*f", decimals, rc_bench_series_median (series));
  return g_strdup_printf ("%.*f [%.*f–%.*f]", decimals, rc_bench_series_median (series), decimals,
                          rc_bench_series_min (series), decimals, rc_bench_series_max (series));
}

long
rc_bench_proc_status_kib (int pid, const char *field)
{
  g_autofree char *path = NULL;
  g_autofree char *status = NULL;
  g_autofree char *key = g_strdup_printf ("\n%s:", field);
  const char      *line;

  path = pid > 0 ? g_strdup_printf ("/proc/%d/status", pid) : g_strdup ("/proc/self/status");
  if (!g_file_get_contents (path, &status, NULL, NULL))
    return -1;
  line = strstr (status, key);
  return line != NULL ? strtol (line + strlen (key), NULL, 10) : -1;
}

void
rc_bench_print_row (const char *area,
                    const char *measure,
                    const char *value,
                    const char *floor,
                    double      ratio,
                    const char *target,
                    const char *verdict)
{
  g_autofree char *ratio_text = ratio >= 0 ? g_strdup_printf ("%.2f", ratio) : g_strdup ("–");

  printf ("| %s | %s | %s | %s | %s | %s | %s |\n", area, measure, value,
          floor != NULL ? floor : "–", ratio_text, target != NULL ? target : "–",
          verdict != NULL ? verdict : "info");
  fflush (stdout);
}

const char *
rc_bench_verdict (gboolean met, gboolean judge)
{
  if (!judge)
    return "—";
  return met ? "met" : "**MISSED**";
}
