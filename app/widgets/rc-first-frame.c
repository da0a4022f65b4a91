/* rc-first-frame.c
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
#include <unistd.h>

#include "rc-first-frame.h"

static gint64
clock_ns (clockid_t clock)
{
  struct timespec ts;

  clock_gettime (clock, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

/* Nanoseconds since the process started. */
static double
elapsed_ns (void)
{
  const char *start = g_getenv ("RC_BENCH_START_NS");

  if (start != NULL && *start != '\0')
    return (double) (clock_ns (CLOCK_MONOTONIC) - g_ascii_strtoll (start, NULL, 10));

#ifndef CLOCK_BOOTTIME
  /* Not Linux: no process start time to read. */
  return -1;
#else
  g_autofree char *stat = NULL;
  const char      *after_name;
  guint64          ticks = 0;

  /* Field 22 of /proc/self/stat is the start in clock ticks since boot;
   * the command name (field 2) may hold spaces, so count after its ')'. */
  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (after_name = strrchr (stat, ')')) == NULL)
    return -1;
  {
    g_auto (GStrv) fields = g_strsplit (after_name + 2, " ", 0);

    if (g_strv_length (fields) < 20)
      return -1;
    ticks = g_ascii_strtoull (fields[19], NULL, 10);
  }
  return (double) clock_ns (CLOCK_BOOTTIME) - (double) ticks * 1e9 / sysconf (_SC_CLK_TCK);
#endif
}

static long
vm_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char      *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "\nVmRSS:");
  return line != NULL ? strtol (line + strlen ("\nVmRSS:"), NULL, 10) : -1;
}

static void
after_paint_cb (GdkFrameClock *clock, GtkWidget *window)
{
  double ms = elapsed_ns () / 1e6;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);

  /* A diagnostic for the benchmark suite, not a message for people. */
  fprintf (stderr, "RC_BENCH_FIRST_FRAME ms=%.3f rss_kib=%ld\n", ms, vm_rss_kib ());
  fflush (stderr);

  if (g_strcmp0 (g_getenv ("RC_BENCH_QUIT"), "1") == 0)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

      if (app != NULL)
        g_application_quit (G_APPLICATION (app));
      else
        gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
realize_cb (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, realize_cb, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
}

void
rc_first_frame_watch (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_strcmp0 (g_getenv ("RC_BENCH_FIRST_FRAME"), "1") != 0)
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
