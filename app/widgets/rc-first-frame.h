/* rc-first-frame.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A benchmark hook, inert unless RC_BENCH_FIRST_FRAME=1 is in the
 * environment. Then, after the first frame of window has been painted, one
 * line goes to standard error:
 *
 *   RC_BENCH_FIRST_FRAME ms=<ms since the process started> rss_kib=<VmRSS>
 *
 * The start is RC_BENCH_START_NS (CLOCK_MONOTONIC nanoseconds, set by the
 * launcher just before exec) or, without it, the process start time of
 * /proc/self/stat, which only has a resolution of one clock tick (10 ms).
 * With RC_BENCH_QUIT=1 the application also quits after that frame. */
void rc_first_frame_watch (GtkWindow *window);

G_END_DECLS
