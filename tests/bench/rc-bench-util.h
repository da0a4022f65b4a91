/* rc-bench-util.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* CLOCK_MONOTONIC in nanoseconds. */
gint64 rc_bench_now_ns (void);

/* A series of samples (milliseconds, KiB, …). */
typedef struct
{
  GArray *values; /* of double */
} RcBenchSeries;

void   rc_bench_series_init (RcBenchSeries *series);
void   rc_bench_series_clear (RcBenchSeries *series);
void   rc_bench_series_add (RcBenchSeries *series, double value);
guint  rc_bench_series_len (const RcBenchSeries *series);
double rc_bench_series_median (const RcBenchSeries *series);
double rc_bench_series_min (const RcBenchSeries *series);
double rc_bench_series_max (const RcBenchSeries *series);

/* "12.3 [11.9–15.0]" with the given number of decimals, or "n/a". */
char *rc_bench_series_format (const RcBenchSeries *series, int decimals);

/* A field of /proc/<pid>/status in KiB (pid 0: this process), or -1. */
long rc_bench_proc_status_kib (int pid, const char *field);

/* Prints one row of the suite's table on standard output:
 * | area | measure | value | floor | ratio | target | verdict |
 * ratio < 0 prints "–"; verdict NULL prints "info". */
void rc_bench_print_row (const char *area,
                         const char *measure,
                         const char *value,
                         const char *floor,
                         double      ratio,
                         const char *target,
                         const char *verdict);

/* "met" / "MISSED", or "—" when thresholds are off (--quick). */
const char *rc_bench_verdict (gboolean met, gboolean judge);

G_END_DECLS
