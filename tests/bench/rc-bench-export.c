/* rc-bench-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Exports: the five-drug handout PDF and every chart as SVG, PNG and PDF,
 * timed two ways: the command line's wall time (exec to exit, knowledge
 * base included), which is what a person waits for, and the same work in
 * process (build, lay out, draw, encode; no file). */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "rc-bench-util.h"
#include "rc-chart-export.h"
#include "rc-comparison.h"
#include "rc-handout-export.h"
#include "rc-handout.h"

#define CHART_WIDTH 1200
#define CHART_HEIGHT 800

static const char *const formats[] = { "svg", "png", "pdf" };

/* Wall time of one command-line run, or -1 when it failed. */
static double
time_command (char **argv)
{
  g_autoptr (GError) error = NULL;
  int    status = 0;
  gint64 t0 = rc_bench_now_ns ();
  double ms;

  if (!g_spawn_sync (NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                     &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return -1;
    }
  ms = (double) (rc_bench_now_ns () - t0) / 1e6;
  if (!g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s %s: %s\n", argv[0], argv[1], error->message);
      return -1;
    }
  return ms;
}

static gboolean
time_commands (char **argv, guint runs, RcBenchSeries *out)
{
  for (guint r = 0; r < runs; r++)
    {
      double ms = time_command (argv);

      if (ms < 0)
        return FALSE;
      rc_bench_series_add (out, ms);
    }
  return TRUE;
}

static gsize
handout_in_process (RcKnowledgeBase *kb, const char *const *ids, guint *n_pages)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, &error);
  g_autoptr (RcHandout) handout = NULL;
  g_autoptr (GBytes) bytes = NULL;
  double width, height;

  if (comparison == NULL)
    g_error ("comparison: %s", error->message);
  handout = rc_handout_new (kb, comparison);
  rc_handout_paper_get_size (RC_HANDOUT_PAPER_A4, &width, &height);
  bytes = rc_handout_export_to_bytes (handout, width, height, &error);
  if (bytes == NULL)
    g_error ("handout: %s", error->message);
  *n_pages = rc_handout_get_n_pages (handout);
  return g_bytes_get_size (bytes);
}

static gsize
chart_in_process (RcKnowledgeBase   *kb,
                  const char *const *ids,
                  RcChartKind        kind,
                  RcChartFormat      format)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcChart) chart = rc_chart_new (kind, kb, ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autoptr (GBytes) bytes =
      rc_chart_export_to_bytes (chart, style, format, CHART_WIDTH, CHART_HEIGHT, 1, &error);

  if (bytes == NULL)
    g_error ("chart: %s", error->message);
  return g_bytes_get_size (bytes);
}

static char *
format_ms (const RcBenchSeries *series)
{
  g_autofree char *text = rc_bench_series_format (series, 1);

  return g_strdup_printf ("%s ms", text);
}

int
main (int argc, char *argv[])
{
  int              runs = 7;
  gboolean         quick = FALSE;
  gboolean         no_judge = FALSE;
  g_autofree char *app = NULL;
  GOptionEntry     entries[] = {
        { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The relaxant-compare executable", "PATH" },
        { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of every export", "N" },
        { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Tiny mode: one run each", NULL },
        { "no-judge", 0, 0, G_OPTION_ARG_NONE, &no_judge, "Print no verdicts", NULL },
        { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- export benchmark");
  g_autoptr (GError) error = NULL;
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *dir = NULL;
  g_autofree char *drugs_arg = NULL;
  GListModel      *drugs;
  gboolean         judge;
  gboolean         failed = FALSE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (app == NULL)
    {
      g_printerr ("--app is required\n");
      return 2;
    }
  if (quick)
    runs = 1;
  judge = !no_judge && !quick;

  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  drugs = rc_knowledge_base_get_drugs (kb);
  for (guint i = 0; i < g_list_model_get_n_items (drugs) && ids->len < 5; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      g_ptr_array_add (ids, (gpointer) rc_drug_get_id (drug));
    }
  g_ptr_array_add (ids, NULL);
  drugs_arg = g_strjoinv (",", (char **) ids->pdata);
  dir = g_dir_make_tmp ("rc-bench-export-XXXXXX", &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* The handout. */
  {
    g_autofree char *out = g_build_filename (dir, "handout.pdf", NULL);
    char            *cmd[] = { app, "--export-handout", out, "--drugs", drugs_arg, NULL };
    RcBenchSeries    wall, inproc;
    guint            n_pages = 0;
    gsize            size = 0;
    g_autofree char *measure = NULL;
    g_autofree char *value = NULL;
    g_autofree char *floor = NULL;

    rc_bench_series_init (&wall);
    rc_bench_series_init (&inproc);
    time_command (cmd); /* warm-up */
    if (!time_commands (cmd, runs, &wall))
      failed = TRUE;
    for (int r = 0; r < runs + 1; r++)
      {
        gint64 t0 = rc_bench_now_ns ();

        size = handout_in_process (kb, (const char *const *) ids->pdata, &n_pages);
        if (r > 0)
          rc_bench_series_add (&inproc, (double) (rc_bench_now_ns () - t0) / 1e6);
      }
    measure =
        g_strdup_printf ("handout PDF, 5 drugs, A4, %u pages (%.0f KB): command line, exec → exit "
                         "(in process: comparison, layout, pages, PDF)",
                         n_pages, size / 1e3);
    value = format_ms (&wall);
    floor = format_ms (&inproc);
    {
      g_autofree char *f = g_strdup_printf ("in process %s", floor);

      rc_bench_print_row ("4 exports", measure, value, f, -1, "≤ 1 s",
                          rc_bench_verdict (rc_bench_series_median (&wall) <= 1000, judge));
    }
    g_unlink (out);
    rc_bench_series_clear (&wall);
    rc_bench_series_clear (&inproc);
  }

  /* Every chart in every format. */
  for (RcChartKind kind = RC_CHART_KIND_TITRATION; kind <= RC_CHART_KIND_CONCENTRATION; kind++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        g_autofree char *name = g_strdup_printf ("chart.%s", formats[f]);
        g_autofree char *out = g_build_filename (dir, name, NULL);
        char            *cmd[] = { app,
                                   "--export-chart",
                                   (char *) rc_chart_kind_to_string (kind),
                                   "--drugs",
                                   drugs_arg,
                                   "--output",
                                   out,
                                   NULL };
        RcChartFormat    format;
        RcBenchSeries    wall, inproc;
        gsize            size = 0;
        g_autofree char *measure = NULL;
        g_autofree char *value = NULL;
        g_autofree char *in = NULL;

        rc_chart_format_from_filename (out, &format);
        rc_bench_series_init (&wall);
        rc_bench_series_init (&inproc);
        if (!time_commands (cmd, runs, &wall))
          failed = TRUE;
        for (int r = 0; r < runs + 1; r++)
          {
            gint64 t0 = rc_bench_now_ns ();

            size = chart_in_process (kb, (const char *const *) ids->pdata, kind, format);
            if (r > 0)
              rc_bench_series_add (&inproc, (double) (rc_bench_now_ns () - t0) / 1e6);
          }
        measure = g_strdup_printf ("%s chart as %s, %d×%d (%.0f KB): command line, exec → exit "
                                   "(in process: build, layout, draw, encode)",
                                   rc_chart_kind_to_string (kind), formats[f], CHART_WIDTH,
                                   CHART_HEIGHT, size / 1e3);
        value = format_ms (&wall);
        in = format_ms (&inproc);
        {
          g_autofree char *fl = g_strdup_printf ("in process %s", in);

          rc_bench_print_row ("4 exports", measure, value, fl, -1, NULL, NULL);
        }
        g_unlink (out);
        rc_bench_series_clear (&wall);
        rc_bench_series_clear (&inproc);
      }

  g_rmdir (dir);
  return failed ? 1 : 0;
}
