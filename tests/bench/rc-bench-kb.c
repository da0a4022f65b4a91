/* rc-bench-kb.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Knowledge-base scaling: synthetic knowledge bases of 5, 50, 500 and 5000
 * drugs (rc-bench-kbgen.c), loaded, validated and built into the model one
 * file at a time, from memory (rc_knowledge_base_load_bytes) and from
 * files in a temporary folder (rc_knowledge_base_load_file). The floor is
 * a raw xmlReadMemory() parse (and free) of the same bytes. Peak and
 * retained memory per drug come from VmHWM and VmRSS of a forked child that
 * loads the knowledge base once. */

#include "config.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "rc-bench-kbgen.h"
#include "rc-bench-util.h"
#include "rc-knowledge-base.h"

typedef struct
{
  guint         n_drugs;
  RcBenchSeries parse_ms;
  RcBenchSeries relaxng_ms;
  RcBenchSeries bytes_ms;
  RcBenchSeries files_ms;
  double        peak_kib; /* per drug */
  double        kept_kib; /* per drug */
  gsize         total_bytes;
} SizeResult;

static double
time_parse (GPtrArray *files)
{
  gint64 t0 = rc_bench_now_ns ();

  for (guint i = 0; i < files->len; i++)
    {
      RcBenchKbFile *file = g_ptr_array_index (files, i);
      gsize          size;
      const char    *data = g_bytes_get_data (file->bytes, &size);
      xmlDoc        *doc = xmlReadMemory (data, (int) size, file->name, "UTF-8",
                                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

      if (doc == NULL)
        g_error ("%s does not parse", file->name);
      xmlFreeDoc (doc);
    }
  return (double) (rc_bench_now_ns () - t0) / 1e6;
}

static void
ignore_structured_error (void *data, xmlError *error)
{
}

/* The schema the loader validates with, parsed once. */
static xmlRelaxNG *
get_schema (void)
{
  static xmlRelaxNG *schema = NULL;

  if (schema == NULL)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = g_resources_lookup_data (RC_KB_RESOURCE_PATH "/kb.rng",
                                                          G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      gsize                 size;
      const char           *data;
      xmlRelaxNGParserCtxt *ctxt;

      if (bytes == NULL)
        g_error ("kb.rng: %s", error->message);
      data = g_bytes_get_data (bytes, &size);
      ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      schema = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
      if (schema == NULL)
        g_error ("kb.rng does not parse");
    }
  return schema;
}

/* What libxml2 alone does for a validating loader: parse, validate against
 * kb.rng, free. */
static double
time_parse_relaxng (GPtrArray *files)
{
  xmlRelaxNG *schema = get_schema ();
  gint64      t0 = rc_bench_now_ns ();

  for (guint i = 0; i < files->len; i++)
    {
      RcBenchKbFile       *file = g_ptr_array_index (files, i);
      gsize                size;
      const char          *data = g_bytes_get_data (file->bytes, &size);
      xmlDoc              *doc = xmlReadMemory (data, (int) size, file->name, "UTF-8",
                                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
      xmlRelaxNGValidCtxt *ctxt = xmlRelaxNGNewValidCtxt (schema);

      xmlRelaxNGSetValidStructuredErrors (ctxt, ignore_structured_error, NULL);
      if (doc == NULL || xmlRelaxNGValidateDoc (ctxt, doc) != 0)
        g_error ("%s is not valid", file->name);
      xmlRelaxNGFreeValidCtxt (ctxt);
      xmlFreeDoc (doc);
    }
  return (double) (rc_bench_now_ns () - t0) / 1e6;
}

/* A knowledge base with its vocabularies loaded (outside the timing):
 * validating a file that does not exist loads them and adds nothing. */
static RcKnowledgeBase *
new_ready_kb (void)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GPtrArray) scratch =
      g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);
  g_autoptr (GFile) missing = g_file_new_for_path ("/nonexistent/rc-bench/missing.xml");

  rc_knowledge_base_validate_file (kb, missing, scratch);
  return kb;
}

static void
check_loaded (RcKnowledgeBase *kb, guint n_drugs, const char *how)
{
  guint n = g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb));

  if (n != n_drugs || rc_knowledge_base_get_n_failed_files (kb) != 0)
    {
      GPtrArray *problems = rc_knowledge_base_get_problems (kb);

      for (guint i = 0; i < problems->len && i < 5; i++)
        {
          RcKbProblem *problem = g_ptr_array_index (problems, i);

          g_printerr ("%s:%d: %s\n", problem->file, problem->line, problem->message);
        }
      g_error ("%s: %u of %u drugs loaded, %u files failed", how, n, n_drugs,
               rc_knowledge_base_get_n_failed_files (kb));
    }
}

static double
time_bytes (GPtrArray *files)
{
  g_autoptr (RcKnowledgeBase) kb = new_ready_kb ();
  gint64 t0 = rc_bench_now_ns ();
  double ms;

  for (guint i = 0; i < files->len; i++)
    {
      RcBenchKbFile *file = g_ptr_array_index (files, i);

      rc_knowledge_base_load_bytes (kb, file->bytes, file->name);
    }
  ms = (double) (rc_bench_now_ns () - t0) / 1e6;
  check_loaded (kb, files->len, "load_bytes");
  return ms;
}

static double
time_files (GPtrArray *gfiles)
{
  g_autoptr (RcKnowledgeBase) kb = new_ready_kb ();
  gint64 t0 = rc_bench_now_ns ();
  double ms;

  for (guint i = 0; i < gfiles->len; i++)
    rc_knowledge_base_load_file (kb, g_ptr_array_index (gfiles, i));
  ms = (double) (rc_bench_now_ns () - t0) / 1e6;
  check_loaded (kb, gfiles->len, "load_file");
  return ms;
}

/* Peak (VmHWM) and retained (VmRSS) growth while one knowledge base of
 * these files is loaded, in a child so that the heap starts fresh. */
static gboolean
measure_memory (GPtrArray *files, double *peak_kib, double *kept_kib)
{
  int   fds[2];
  pid_t pid;
  long  result[2] = { -1, -1 };
  int   status = 0;

  if (pipe (fds) != 0)
    return FALSE;
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      RcKnowledgeBase *kb = new_ready_kb ();
      long             base;
      FILE            *refs = fopen ("/proc/self/clear_refs", "w");

      /* "5" resets VmHWM to the current RSS (Linux 4.0 and later). */
      if (refs != NULL)
        {
          fputs ("5", refs);
          fclose (refs);
        }
      base = rc_bench_proc_status_kib (0, "VmRSS");
      for (guint i = 0; i < files->len; i++)
        {
          RcBenchKbFile *file = g_ptr_array_index (files, i);

          rc_knowledge_base_load_bytes (kb, file->bytes, file->name);
        }
      result[0] = rc_bench_proc_status_kib (0, "VmHWM") - base;
      result[1] = rc_bench_proc_status_kib (0, "VmRSS") - base;
      if (write (fds[1], result, sizeof result) != sizeof result)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  if (read (fds[0], result, sizeof result) != sizeof result)
    result[0] = -1;
  close (fds[0]);
  waitpid (pid, &status, 0);
  if (result[0] < 0)
    return FALSE;
  *peak_kib = (double) result[0] / files->len;
  *kept_kib = (double) result[1] / files->len;
  return TRUE;
}

static void
run_size (SizeResult *result, guint runs)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) files = rc_bench_kbgen_generate (result->n_drugs, &error);
  g_autoptr (GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = NULL;

  if (files == NULL)
    g_error ("generator: %s", error->message);
  for (guint i = 0; i < files->len; i++)
    result->total_bytes +=
        g_bytes_get_size (((RcBenchKbFile *) g_ptr_array_index (files, i))->bytes);

  dir = g_dir_make_tmp ("rc-bench-kb-XXXXXX", &error);
  if (dir == NULL || !rc_bench_kbgen_write (files, dir, &error))
    g_error ("cannot write the knowledge base: %s", error->message);
  for (guint i = 0; i < files->len; i++)
    {
      RcBenchKbFile   *file = g_ptr_array_index (files, i);
      g_autofree char *path = g_build_filename (dir, file->name, NULL);

      g_ptr_array_add (gfiles, g_file_new_for_path (path));
    }

  if (!measure_memory (files, &result->peak_kib, &result->kept_kib))
    result->peak_kib = result->kept_kib = -1;

  /* One untimed round warms the page cache, the schema and the allocator;
   * then the three paths take turns. */
  time_parse (files);
  time_parse_relaxng (files);
  time_bytes (files);
  time_files (gfiles);
  for (guint r = 0; r < runs; r++)
    {
      rc_bench_series_add (&result->parse_ms, time_parse (files));
      rc_bench_series_add (&result->relaxng_ms, time_parse_relaxng (files));
      rc_bench_series_add (&result->bytes_ms, time_bytes (files));
      rc_bench_series_add (&result->files_ms, time_files (gfiles));
    }

  rc_bench_kbgen_remove (files, dir);
}

static char *
format_load (const RcBenchSeries *series, guint n_drugs)
{
  g_autofree char *text = rc_bench_series_format (series, 2);

  return g_strdup_printf ("%s ms (%.0f µs/drug)", text,
                          rc_bench_series_median (series) * 1000 / n_drugs);
}

static void
report (SizeResult *results, guint n_results, gboolean judge)
{
  SizeResult *r500 = NULL, *r5000 = NULL;

  for (guint i = 0; i < n_results; i++)
    {
      SizeResult      *r = &results[i];
      g_autofree char *floor = format_load (&r->parse_ms, r->n_drugs);
      double           parse = rc_bench_series_median (&r->parse_ms);
      const struct
      {
        const char          *how;
        const RcBenchSeries *series;
      } paths[] = {
        { "in memory (load_bytes)", &r->bytes_ms },
        { "files (load_file)", &r->files_ms },
      };

      for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
        {
          g_autofree char *measure = g_strdup_printf (
              "%u drugs (%.1f MB), %s: load + validate + model vs raw xmlReadMemory", r->n_drugs,
              r->total_bytes / 1e6, paths[p].how);
          g_autofree char *value = format_load (paths[p].series, r->n_drugs);
          double           ratio = rc_bench_series_median (paths[p].series) / parse;

          rc_bench_print_row ("2 knowledge base", measure, value, floor, ratio, "≤ 2× parse",
                              rc_bench_verdict (ratio <= 2.0, judge));
        }
      {
        g_autofree char *measure = g_strdup_printf (
            "%u drugs: libxml2 alone, parse + RelaxNG validate (kb.rng) vs raw xmlReadMemory",
            r->n_drugs);
        g_autofree char *value = format_load (&r->relaxng_ms, r->n_drugs);

        rc_bench_print_row ("2 knowledge base", measure, value, floor,
                            rc_bench_series_median (&r->relaxng_ms) / parse, NULL, NULL);
      }
      if (r->peak_kib >= 0)
        {
          g_autofree char *measure = g_strdup_printf (
              "%u drugs: memory per drug, peak (VmHWM) and kept (VmRSS)", r->n_drugs);
          g_autofree char *value = g_strdup_printf ("%.0f KiB peak", r->peak_kib);
          g_autofree char *kept = g_strdup_printf ("%.0f KiB kept", r->kept_kib);

          rc_bench_print_row ("2 knowledge base", measure, value, kept, -1, NULL, NULL);
        }
      if (r->n_drugs == 500)
        r500 = r;
      if (r->n_drugs == 5000)
        r5000 = r;
    }

  if (r500 != NULL && r5000 != NULL)
    {
      const char          *hows[] = { "in memory", "files" };
      const RcBenchSeries *s500[] = { &r500->bytes_ms, &r500->files_ms };
      const RcBenchSeries *s5000[] = { &r5000->bytes_ms, &r5000->files_ms };

      for (guint p = 0; p < G_N_ELEMENTS (hows); p++)
        {
          double           per500 = rc_bench_series_median (s500[p]) * 1000 / 500;
          double           per5000 = rc_bench_series_median (s5000[p]) * 1000 / 5000;
          g_autofree char *measure =
              g_strdup_printf ("linearity, %s: time per drug at 5000 vs at 500", hows[p]);
          g_autofree char *value = g_strdup_printf ("%.0f µs/drug", per5000);
          g_autofree char *floor = g_strdup_printf ("%.0f µs/drug", per500);

          rc_bench_print_row ("2 knowledge base", measure, value, floor, per5000 / per500, "≤ 1.2×",
                              rc_bench_verdict (per5000 / per500 <= 1.2, judge));
        }
    }
}

int
main (int argc, char *argv[])
{
  gboolean         quick = FALSE;
  gboolean         no_judge = FALSE;
  int              runs_override = 0;
  g_autofree char *sizes_text = NULL;
  GOptionEntry     entries[] = {
        { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Tiny mode: small sizes, one or two runs", NULL },
        { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Comma-separated drug counts", "LIST" },
        { "runs", 0, 0, G_OPTION_ARG_INT, &runs_override, "Runs of every size", "N" },
        { "no-judge", 0, 0, G_OPTION_ARG_NONE, &no_judge, "Print no verdicts", NULL },
        { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- knowledge-base scaling");
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) sizes = NULL;
  g_autofree SizeResult *results = NULL;
  guint                  n;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  sizes = g_strsplit (sizes_text != NULL ? sizes_text
                      : quick            ? "5,50,500"
                                         : "5,50,500,5000",
                      ",", 0);
  n = g_strv_length (sizes);
  results = g_new0 (SizeResult, n);
  for (guint i = 0; i < n; i++)
    {
      guint64 n_drugs;
      guint   runs;

      if (!g_ascii_string_to_unsigned (sizes[i], 10, 1, 100000, &n_drugs, NULL))
        {
          g_printerr ("Not a drug count: %s\n", sizes[i]);
          return 2;
        }
      results[i].n_drugs = (guint) n_drugs;
      rc_bench_series_init (&results[i].parse_ms);
      rc_bench_series_init (&results[i].relaxng_ms);
      rc_bench_series_init (&results[i].bytes_ms);
      rc_bench_series_init (&results[i].files_ms);
      /* About the same total work for every size. */
      runs = quick ? (n_drugs <= 50 ? 2 : 1) : (guint) CLAMP (2000 / n_drugs, 5, 200);
      if (runs_override > 0)
        runs = (guint) runs_override;
      run_size (&results[i], runs);
    }

  report (results, n, !no_judge && !quick);

  for (guint i = 0; i < n; i++)
    {
      rc_bench_series_clear (&results[i].parse_ms);
      rc_bench_series_clear (&results[i].relaxng_ms);
      rc_bench_series_clear (&results[i].bytes_ms);
      rc_bench_series_clear (&results[i].files_ms);
    }
  return 0;
}
