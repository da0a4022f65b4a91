/* rc-fuzz-targets.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rc-chart.h"
#include "rc-cli.h"
#include "rc-comparison.h"
#include "rc-format.h"
#include "rc-kb-validator.h"
#include "rc-knowledge-base.h"
#include "rc-search.h"
#include "rc-table-export.h"
#include "rc-titration.h"

#include "rc-fuzz-targets.h"

/* The name every fuzzed document is loaded under, so its drug can be told
 * from the built-in ones. */
#define FUZZ_NAME "fuzz.xml"

/* Days of a titration calendar walked per regimen: enough to pass every
 * step of the shipped files, bounded so a regimen that claims to last four
 * billion days cannot stall the fuzzer here (the chart target covers the
 * code that draws long calendars). */
#define MAX_WALKED_DAYS 400

/* Above this many pixels the command-line target writes SVG instead of PNG:
 * the size is still parsed and checked by the real code, but no fuzz input
 * makes a 200 MB image. */
#define MAX_FUZZ_PNG_PIXELS (4 * 1000 * 1000)

static char *scratch_dir;

/* ---- Set-up ---------------------------------------------------------- */

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir       *dir = g_dir_open (path, 0, NULL);
      const char *name;

      /* A directory the target made unreadable is made readable again. */
      if (dir == NULL && g_chmod (path, 0700) == 0)
        dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static void
empty_dir (const char *path)
{
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_dir_close (dir);
}

/* Regular files and other entries under path, recursively. */
static guint
count_entries (const char *path)
{
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint       n = 0;

  if (dir == NULL)
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      n += 1 + (g_file_test (child, G_FILE_TEST_IS_DIR) ? count_entries (child) : 0);
    }
  g_dir_close (dir);
  return n;
}

static void
remove_scratch_dir (void)
{
  if (scratch_dir != NULL)
    remove_tree (scratch_dir);
}

static void
ignore_print (const char *string)
{
}

static GBytes *
builtin_drug_bytes (const char *file_name)
{
  g_autofree char *path = g_build_path ("/", RC_KB_RESOURCE_PATH, "drugs", file_name, NULL);
  g_autoptr (GError) error = NULL;
  GBytes *bytes;

  rc_kb_validator_ensure_resources ();
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return bytes;
}

static void
write_file (const char *dir, const char *name, const void *data, gsize size)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, data, (gssize) size, &error);
  g_assert_no_error (error);
}

/* What the command-line target may read: a valid drug, a broken one, a
 * folder, a link loop, a dangling link, and a knowledge-base folder with a
 * replacement drug, a duplicate of it and a broken file. */
static void
prepare_cli_inputs (void)
{
  g_autofree char *in = g_build_filename (scratch_dir, "in", NULL);
  g_autofree char *kb = g_build_filename (in, "kb", NULL);
  g_autofree char *folder = g_build_filename (in, "folder", NULL);
  g_autofree char *out = g_build_filename (scratch_dir, "out", NULL);
  g_autofree char *loop = g_build_filename (in, "loop.xml", NULL);
  g_autofree char *dangling = g_build_filename (in, "dangling.xml", NULL);
  g_autoptr (GBytes) baclofen = builtin_drug_bytes ("baclofen.xml");
  gsize       size;
  const char *data = g_bytes_get_data (baclofen, &size);

  g_assert_cmpint (g_mkdir_with_parents (kb, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (out, 0700), ==, 0);
  write_file (in, "good.xml", data, size);
  write_file (in, "bad.xml", "<drug id=\"x\">", strlen ("<drug id=\"x\">"));
  write_file (kb, "a-baclofen.xml", data, size);
  write_file (kb, "b-baclofen.xml", data, size);
  write_file (kb, "c-broken.xml", "<drug", strlen ("<drug"));
  g_assert_cmpint (symlink ("loop.xml", loop), ==, 0);
  g_assert_cmpint (symlink ("missing.xml", dangling), ==, 0);
}

void
rc_fuzz_init (void)
{
  static gboolean done = FALSE;
  g_autoptr (GError) error = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *config_home = NULL;

  if (done)
    return;
  done = TRUE;

  /* A warning or a critical on bad input is a bug: it aborts, and the
   * fuzzer keeps the input. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  scratch_dir = g_dir_make_tmp ("rc-fuzz-XXXXXX", &error);
  g_assert_no_error (error);
  atexit (remove_scratch_dir);

  /* The user's own overlay folders and settings must not change what a
   * fuzz input does. Set before GLib caches the directories. */
  data_home = g_build_filename (scratch_dir, "xdg-data", NULL);
  config_home = g_build_filename (scratch_dir, "xdg-config", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);

  prepare_cli_inputs ();
}

const char *
rc_fuzz_get_scratch_dir (void)
{
  return scratch_dir;
}

/* ---- Checks shared by the targets ------------------------------------ */

static void
assert_text (const char *text)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

/* Every problem names its file and says something a person can read. */
static void
check_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char   *line = rc_kb_problem_to_string (problem);

      g_assert_nonnull (problem->file);
      assert_text (problem->message);
      g_assert_cmpuint (strlen (problem->message), >, 0);
      g_assert_cmpint (problem->line, >=, 0);
      g_assert_cmpint (problem->column, >=, 0);
      assert_text (line);
    }
}

static guint
count_errors (GPtrArray *problems, guint from)
{
  guint n = 0;

  for (guint i = from; i < problems->len; i++)
    if (((const RcKbProblem *) g_ptr_array_index (problems, i))->severity == RC_KB_PROBLEM_ERROR)
      n++;
  return n;
}

static void
check_quantity (const RcQuantity *q)
{
  if (q == NULL)
    return;
  for (int style = RC_FORMAT_LOCALE; style <= RC_FORMAT_C; style++)
    {
      g_autofree char *text = rc_format_quantity (q, style);
      assert_text (text);
    }
  g_assert_nonnull (q->sources);
}

static void
check_fact (const RcFact *fact)
{
  if (fact == NULL)
    return;
  /* A bare "none" (no duration limit) carries its sources but no text. */
  if (fact->text != NULL)
    assert_text (fact->text);
  g_assert_nonnull (fact->sources);
}

static void
walk_regimen (const RcRegimen *regimen)
{
  guint  days = rc_titration_suggested_days (regimen);
  guint  maintenance = rc_titration_maintenance_day (regimen);
  double max = 0;

  assert_text (regimen->id);
  /* The header promises at least two weeks, and the last step inside. */
  g_assert_cmpuint (days, >=, 14);
  g_assert_cmpuint (days, >=, MIN (maintenance, G_MAXUINT - 14));

  for (guint i = 0; i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      RcDoseOnDay            dose;

      for (int style = RC_FORMAT_LOCALE; style <= RC_FORMAT_C; style++)
        {
          g_autofree char *text = rc_format_step (step, style);
          assert_text (text);
        }
      /* The first and last day of each step, wherever they are. */
      rc_titration_dose_on_day (regimen, step->from_day, &dose);
      rc_titration_dose_on_day (regimen, step->to_day, &dose);
    }

  for (guint day = 1; day <= MIN (days, MAX_WALKED_DAYS); day++)
    {
      RcDoseOnDay dose;

      rc_titration_dose_on_day (regimen, day, &dose);
      if (dose.defined)
        {
          g_assert_true (dose.dose_min <= dose.dose_max);
          g_assert_true (dose.daily_min <= dose.daily_max);
        }
    }
  {
    RcDoseOnDay dose;
    rc_titration_dose_on_day (regimen, G_MAXUINT, &dose);
  }

  if (rc_titration_reference_max_daily (regimen, &max, NULL))
    g_assert_true (max >= 0);

  check_quantity (regimen->maintenance);
  check_quantity (regimen->max_daily);
  check_quantity (regimen->max_single);
  check_quantity (regimen->duration_limit);
  check_fact (regimen->duration_none);
  check_fact (regimen->taper);
  for (guint i = 0; regimen->notes != NULL && i < regimen->notes->len; i++)
    check_fact (g_ptr_array_index (regimen->notes, i));
}

static void
walk_pk_values (GPtrArray *values)
{
  for (guint i = 0; values != NULL && i < values->len; i++)
    check_quantity (&((const RcPkValue *) g_ptr_array_index (values, i))->q);
}

/* What a drug page reads, formatted the way it formats it. */
static void
walk_drug (RcDrug *drug)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);
  GPtrArray                *regimens = rc_drug_get_regimens (drug);
  GPtrArray                *incidences = rc_drug_get_incidences (drug);
  GListModel               *sources = rc_drug_get_sources (drug);

  assert_text (rc_drug_get_id (drug));
  assert_text (rc_drug_get_name (drug));
  check_fact (rc_drug_get_class (drug));
  check_fact (rc_drug_get_mechanism_summary (drug));
  check_fact (rc_drug_get_mechanism_detail (drug));

  for (guint i = 0; regimens != NULL && i < regimens->len; i++)
    walk_regimen (g_ptr_array_index (regimens, i));

  if (pk != NULL)
    {
      walk_pk_values (pk->tmax);
      walk_pk_values (pk->half_life);
      walk_pk_values (pk->bioavailability);
      walk_pk_values (pk->protein_binding);
    }

  for (guint i = 0; incidences != NULL && i < incidences->len; i++)
    {
      const RcIncidence *incidence = g_ptr_array_index (incidences, i);

      assert_text (incidence->effect_id);
      check_quantity (&incidence->percent);
    }

  for (guint i = 0; sources != NULL && i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (RcSource) source = g_list_model_get_item (sources, i);
      g_assert_nonnull (source);
    }
}

static void
check_search (RcKnowledgeBase *kb, const char *query)
{
  g_autoptr (GPtrArray) hits = rc_search (kb, query);

  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      const RcSearchHit *hit = g_ptr_array_index (hits, i);

      g_assert_nonnull (hit->drug);
      g_assert_nonnull (rc_section_get_label (hit->section_id));
      assert_text (hit->snippet);
    }
}

/* The drug the fuzzed document defined, or NULL. */
static RcDrug *
find_fuzzed_drug (RcKnowledgeBase *kb)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      if (g_strcmp0 (rc_drug_get_file (drug), FUZZ_NAME) == 0)
        return drug; /* the store keeps it alive */
    }
  return NULL;
}

/* Loads the document into kb; whatever happens, the promise of
 * rc_knowledge_base_load_bytes() holds: FALSE comes with an error, TRUE
 * without one. */
static gboolean
load_document (RcKnowledgeBase *kb, const guint8 *data, gsize size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);
  guint      before = problems->len;
  guint      failed = rc_knowledge_base_get_n_failed_files (kb);
  gboolean   ok = rc_knowledge_base_load_bytes (kb, bytes, FUZZ_NAME);

  check_problems (problems);
  if (ok)
    {
      g_assert_cmpuint (count_errors (problems, before), ==, 0);
      g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, failed);
    }
  else
    {
      g_assert_cmpuint (count_errors (problems, before), >, 0);
      g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, failed + 1);
    }
  return ok;
}

static RcKnowledgeBase *
new_knowledge_base_with_builtins (void)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_errors (rc_knowledge_base_get_problems (kb), 0), ==, 0);
  return kb;
}

/* ---- (1) Loading ----------------------------------------------------- */

void
rc_fuzz_kb_load_one (const guint8 *data, gsize size)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  RcDrug *drug;

  rc_fuzz_init ();
  if (!load_document (kb, data, size))
    {
      g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 0);
      return;
    }

  drug = find_fuzzed_drug (kb);
  if (drug == NULL)
    return; /* a vocabulary */

  g_assert_cmpuint (g_list_model_get_n_items (rc_knowledge_base_get_drugs (kb)), ==, 1);
  g_assert_true (rc_knowledge_base_lookup_drug (kb, rc_drug_get_id (drug)) == drug);
  walk_drug (drug);
  check_search (kb, rc_drug_get_name (drug));
  check_search (kb, "mg");
}

/* ---- (2) Comparison and table export --------------------------------- */

/* RFC 4180: records end in CRLF; a field is bare (no comma, quote, CR or
 * LF) or quoted with quotes doubled. Every record has the same fields. */
static void
check_csv (const char *csv, guint n_records, guint n_fields)
{
  const char *p = csv;
  guint       records = 0;

  while (*p != '\0')
    {
      guint fields = 0;

      for (;;)
        {
          if (*p == '"')
            {
              for (p++;; p++)
                {
                  g_assert_true (*p != '\0'); /* an unterminated quote */
                  if (*p == '"' && p[1] == '"')
                    p++;
                  else if (*p == '"')
                    break;
                }
              p++;
            }
          else
            {
              while (*p != '\0' && *p != ',' && *p != '\r' && *p != '\n')
                {
                  g_assert_true (*p != '"');
                  p++;
                }
            }
          fields++;
          if (*p == ',')
            {
              p++;
              continue;
            }
          g_assert_true (p[0] == '\r' && p[1] == '\n');
          p += 2;
          break;
        }
      g_assert_cmpuint (fields, ==, n_fields);
      records++;
    }
  g_assert_cmpuint (records, ==, n_records);
}

static void
check_tsv (const char *tsv, guint n_lines, guint n_tabs)
{
  g_auto (GStrv) lines = g_strsplit (tsv, "\n", -1);
  guint n = g_strv_length (lines);

  /* The text ends in a newline, so the last piece is empty. */
  g_assert_cmpuint (n, ==, n_lines + 1);
  g_assert_cmpstr (lines[n - 1], ==, "");
  for (guint i = 0; i + 1 < n; i++)
    {
      guint tabs = 0;

      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          g_assert_true (*p != '\r');
          tabs += *p == '\t';
        }
      g_assert_cmpuint (tabs, ==, n_tabs);
    }
}

/* Every table line keeps its columns: the bars that are not escaped. */
static void
check_markdown (const char *markdown, guint n_rows, guint n_drugs)
{
  g_auto (GStrv) lines = g_strsplit (markdown, "\n", -1);
  guint table_lines = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint bars = 0;

      g_assert_true (strchr (lines[i], '\r') == NULL);
      if (lines[i][0] != '|')
        continue;
      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '|')
            bars++;
        }
      g_assert_cmpuint (bars, ==, n_drugs + 2);
      table_lines++;
    }
  g_assert_cmpuint (table_lines, >=, n_rows);
}

/* Occurrences of needle, by a plain scan: strstr() under ASan measures
 * the whole rest of the text on every call. */
static guint
count_occurrences (const char *text, const char *needle)
{
  gsize len = strlen (needle);
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == needle[0] && strncmp (p, needle, len) == 0)
      n++;
  return n;
}

/* Text from a file is escaped: it adds no cell, no element, and no link
 * other than to the web or to the page's own footnotes. */
static void
check_html (const char *html, guint n_rows, guint n_drugs)
{
  g_assert_cmpuint (count_occurrences (html, "<td"), ==, n_rows * n_drugs + 1);
  g_assert_cmpuint (count_occurrences (html, "<script"), ==, 0);
  for (const char *p = html; *p != '\0'; p++)
    {
      const char *target = p + strlen ("href=\"");

      if (*p != 'h' || strncmp (p, "href=\"", strlen ("href=\"")) != 0)
        continue;
      g_assert_true (g_str_has_prefix (target, "#source-") ||
                     g_str_has_prefix (target, "https://") || g_str_has_prefix (target, "http://"));
    }
}

static void
check_comparison (RcKnowledgeBase *kb, const char *const *ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, &error);
  guint n_rows, n_drugs;

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  n_rows = rc_comparison_get_n_rows (comparison);
  n_drugs = rc_comparison_get_n_drugs (comparison);
  g_assert_cmpuint (n_drugs, ==, g_strv_length ((char **) ids));

  for (guint r = 0; r < n_rows; r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);
      const RcComparisonRow *c_row = rc_comparison_get_row_in_style (comparison, r, RC_FORMAT_C);

      assert_text (row->key);
      assert_text (row->label);
      assert_text (row->section_label);
      g_assert_cmpstr (row->key, ==, c_row->key);
      g_assert_true (rc_comparison_lookup_row (comparison, row->key) != NULL);
      for (guint c = 0; c < n_drugs; c++)
        {
          assert_text (row->cells[c]->text);
          assert_text (c_row->cells[c]->text);
          g_assert_nonnull (row->cells[c]->sources);
        }
    }

  {
    g_autofree char *csv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_CSV);
    g_autofree char *tsv = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_TSV);
    g_autofree char *md = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_MARKDOWN);
    g_autofree char *html = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_HTML);

    assert_text (csv);
    assert_text (tsv);
    assert_text (md);
    assert_text (html);
    check_csv (csv, n_rows + 1, n_drugs + 2);
    check_tsv (tsv, n_rows + 1, n_drugs);
    check_markdown (md, n_rows, n_drugs);
    check_html (html, n_rows, n_drugs);
  }
}

void
rc_fuzz_table_export_one (const guint8 *data, gsize size)
{
  g_autoptr (RcKnowledgeBase) kb = NULL;
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  GListModel *drugs;
  RcDrug     *drug;

  rc_fuzz_init ();
  kb = new_knowledge_base_with_builtins ();
  load_document (kb, data, size);

  drugs = rc_knowledge_base_get_drugs (kb);
  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) item = g_list_model_get_item (drugs, i);
      g_ptr_array_add (all, (gpointer) rc_drug_get_id (item));
    }
  g_ptr_array_add (all, NULL);
  check_comparison (kb, (const char *const *) all->pdata);

  drug = find_fuzzed_drug (kb);
  if (drug != NULL)
    {
      const char *alone[] = { rc_drug_get_id (drug), NULL };
      check_comparison (kb, alone);
    }
}

/* ---- (3) The command line -------------------------------------------- */

/* value as a path under base: "", ".", ".." and empty components are
 * dropped, so nothing outside the scratch directory is ever touched; no
 * component at all names base itself (a folder). */
static char *
confine (const char *base, const char *value)
{
  g_auto (GStrv) parts = g_strsplit (value != NULL ? value : "", "/", -1);
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();

  g_ptr_array_add (kept, (gpointer) base);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0' && !g_str_equal (parts[i], ".") && !g_str_equal (parts[i], ".."))
      g_ptr_array_add (kept, parts[i]);
  g_ptr_array_add (kept, NULL);
  return g_build_filenamev ((char **) kept->pdata);
}

/* A lenient reading of "WxH" for the PNG cap only; the real parsing is the
 * code under test. */
static gboolean
looks_large (const char *size, gint32 scale)
{
  guint64 w = 1200, h = 800;
  double  s = scale > 1 ? scale : 1;

  if (size != NULL)
    {
      const char *p = size;

      w = 0;
      h = 0;
      while (*p != '\0' && !g_ascii_isdigit (*p))
        p++;
      while (g_ascii_isdigit (*p) && w < G_MAXUINT32)
        w = w * 10 + (guint64) (*p++ - '0');
      while (*p != '\0' && !g_ascii_isdigit (*p))
        p++;
      while (g_ascii_isdigit (*p) && h < G_MAXUINT32)
        h = h * 10 + (guint64) (*p++ - '0');
    }
  return (double) w * (double) h * s * s > MAX_FUZZ_PNG_PIXELS;
}

typedef struct
{
  int         status;
  const char *out_dir;
  char       *export_table; /* the confined path, or "-" */
  char       *output;
  gboolean    has_command;
} CliRun;

static GVariantDict *
decode_cli_input (const guint8 *data, gsize size, CliRun *run)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_auto (GStrv) lines = g_strsplit (text, "\n", 64);
  g_autofree char *in_dir = g_build_filename (scratch_dir, "in", NULL);
  g_autoptr (GPtrArray) validate = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) remaining = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) kb_dirs = g_ptr_array_new_with_free_func (g_free);
  GVariantDict            *dict = g_variant_dict_new (NULL);
  static const char *const strings[] = {
    "drugs", "format", "export-chart", "size", "theme", NULL,
  };
  g_autofree char *size_option = NULL;
  gint32           scale = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char       *line = lines[i];
      char       *value = strchr (line, '=');
      gsize       len = strlen (line);
      const char *key = line;

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      if (value != NULL)
        *value++ = '\0';

      if (g_str_equal (key, "list") || g_str_equal (key, "version"))
        g_variant_dict_insert_value (dict, key, g_variant_new_boolean (TRUE));
      else if (g_str_equal (key, "validate"))
        g_ptr_array_add (validate, confine (in_dir, value));
      else if (g_str_equal (key, "remaining"))
        g_ptr_array_add (remaining, confine (in_dir, value));
      else if (g_str_equal (key, "kb-dir"))
        g_ptr_array_add (kb_dirs, confine (in_dir, value));
      else if (g_str_equal (key, "export-table"))
        {
          g_free (run->export_table);
          run->export_table =
              g_strcmp0 (value, "-") == 0 ? g_strdup ("-") : confine (run->out_dir, value);
        }
      else if (g_str_equal (key, "output"))
        {
          g_free (run->output);
          run->output = confine (run->out_dir, value);
        }
      else if (g_str_equal (key, "scale"))
        {
          /* GOption hands over any int it could parse. */
          scale = (gint32) g_ascii_strtoll (value != NULL ? value : "", NULL, 10);
          g_variant_dict_insert_value (dict, "scale", g_variant_new_int32 (scale));
        }
      else if (g_strv_contains (strings, key))
        {
          /* GOption converts string options to UTF-8 before GApplication
           * sees them. */
          g_autofree char *valid = g_utf8_make_valid (value != NULL ? value : "", -1);

          g_variant_dict_insert_value (dict, key, g_variant_new_string (valid));
          if (g_str_equal (key, "size"))
            {
              g_free (size_option);
              size_option = g_strdup (valid);
            }
        }
    }

  if (run->output != NULL && g_str_has_suffix (run->output, ".png") &&
      looks_large (size_option, scale))
    {
      /* ".png" -> ".svg" */
      memcpy (run->output + strlen (run->output) - 3, "svg", 3);
    }
  if (run->export_table != NULL)
    g_variant_dict_insert_value (dict, "export-table",
                                 g_variant_new_bytestring (run->export_table));
  if (run->output != NULL)
    g_variant_dict_insert_value (dict, "output", g_variant_new_bytestring (run->output));
  if (validate->len > 0)
    {
      g_ptr_array_add (validate, NULL);
      g_variant_dict_insert_value (
          dict, "validate",
          g_variant_new_bytestring_array ((const char *const *) validate->pdata, -1));
    }
  if (remaining->len > 0)
    {
      g_ptr_array_add (remaining, NULL);
      g_variant_dict_insert_value (
          dict, G_OPTION_REMAINING,
          g_variant_new_bytestring_array ((const char *const *) remaining->pdata, -1));
    }
  if (kb_dirs->len > 0)
    {
      g_ptr_array_add (kb_dirs, NULL);
      g_variant_dict_insert_value (
          dict, "kb-dir",
          g_variant_new_bytestring_array ((const char *const *) kb_dirs->pdata, -1));
    }

  run->has_command = g_variant_dict_contains (dict, "version") ||
                     g_variant_dict_contains (dict, "list") ||
                     g_variant_dict_contains (dict, "validate") || run->export_table != NULL ||
                     g_variant_dict_contains (dict, "export-chart");
  return dict;
}

/* Runs the command with standard output (the data of --list and
 * "--export-table -") and the messages on standard error thrown away. */
static int
run_quietly (GVariantDict *dict, char ***kb_dirs)
{
  GPrintFunc old_printerr = g_set_printerr_handler (ignore_print);
  int        saved = dup (STDOUT_FILENO);
  int        null = open ("/dev/null", O_WRONLY | O_CLOEXEC);
  int        status;

  g_assert_cmpint (saved, >=, 0);
  g_assert_cmpint (null, >=, 0);
  fflush (stdout);
  g_assert_cmpint (dup2 (null, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (null);

  status = rc_cli_handle_local_options (dict, kb_dirs);

  fflush (stdout);
  g_assert_cmpint (dup2 (saved, STDOUT_FILENO), ==, STDOUT_FILENO);
  close (saved);
  g_set_printerr_handler (old_printerr);
  return status;
}

void
rc_fuzz_cli_one (const guint8 *data, gsize size)
{
  g_autofree char *out_dir = NULL;
  g_autoptr (GVariantDict) dict = NULL;
  g_auto (GStrv) kb_dirs = NULL;
  CliRun run = { 0 };
  guint  written;

  rc_fuzz_init ();
  out_dir = g_build_filename (scratch_dir, "out", NULL);
  run.out_dir = out_dir;
  dict = decode_cli_input (data, size, &run);

  run.status = run_quietly (dict, &kb_dirs);

  /* -1: no command, the window would open; else an exit status. */
  g_assert_cmpint (run.status, >=, -1);
  g_assert_cmpint (run.status, <=, 2);
  if (!run.has_command)
    g_assert_cmpint (run.status, !=, 0);

  /* Exports are atomic: a failed command leaves nothing behind, a
   * successful one exactly the file it names (no temporary files). */
  written = count_entries (out_dir);
  if (g_variant_dict_contains (dict, "version"))
    {
      /* --version wins over everything else, as in GNU programs. */
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpuint (written, ==, 0);
    }
  else if (run.status != 0)
    g_assert_cmpuint (written, ==, 0);
  else if (run.export_table != NULL && !g_str_equal (run.export_table, "-"))
    {
      g_assert_cmpuint (written, ==, 1);
      g_assert_true (g_file_test (run.export_table, G_FILE_TEST_IS_REGULAR));
    }
  else if (g_variant_dict_contains (dict, "export-chart"))
    {
      g_assert_cmpuint (written, ==, 1);
      g_assert_true (g_file_test (run.output, G_FILE_TEST_IS_REGULAR));
    }
  else
    g_assert_cmpuint (written, ==, 0);

  empty_dir (out_dir);
  g_free (run.export_table);
  g_free (run.output);
}

/* ---- (4) Charts ------------------------------------------------------ */

#define CHART_WIDTH 480
#define CHART_HEIGHT 320

/* A regimen longer than a century is not a regimen. The titration chart
 * does work in proportion to its days (a dose look-up per day, a tick every
 * 56 days at most), so a calendar of billions of days freezes it for
 * minutes and then exhausts memory: checked before the chart is made, so
 * such an input fails at once (tests/fuzz/regressions/kb/titration-*). */
#define MAX_CHART_DAYS (100 * 366)

static void
check_chart (RcChart *chart, const RcChartStyle *style)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *stem = NULL;
  g_autoptr (RcChartTable) table = NULL;
  cairo_surface_t *surface;
  cairo_t         *cr;
  guint            n_items;
  int              item = -1;

  rc_chart_layout (chart, style, CHART_WIDTH, CHART_HEIGHT);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, CHART_WIDTH, CHART_HEIGHT);
  cr = cairo_create (surface);
  rc_chart_draw (chart, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  title = rc_chart_dup_title (chart);
  summary = rc_chart_dup_summary (chart);
  stem = rc_chart_dup_file_stem (chart);
  assert_text (title);
  assert_text (summary);
  assert_text (stem);
  g_assert_null (strchr (stem, '/'));

  table = rc_chart_dup_table (chart);
  if (table != NULL)
    {
      guint n_columns = rc_chart_table_get_n_columns (table);

      for (guint r = 0; r < table->rows->len; r++)
        {
          char **cells = g_ptr_array_index (table->rows, r);

          g_assert_cmpuint (g_strv_length (cells), <=, n_columns);
          for (guint c = 0; cells[c] != NULL; c++)
            assert_text (cells[c]);
        }
    }

  n_items = rc_chart_get_n_items (chart);
  for (guint i = 0; i < n_items; i++)
    {
      const RcChartItem *it = rc_chart_get_item (chart, i);
      int hit = rc_chart_hit_test (chart, it->x + it->width / 2, it->y + it->height / 2);

      assert_text (it->text);
      g_assert_cmpint (hit, >=, -1);
      g_assert_cmpint (hit, <, (int) n_items);
    }
  /* Keyboard walk: along the series, then across. */
  for (guint step = 0; step < MIN (n_items, 64) + 1; step++)
    {
      item = rc_chart_navigate (chart, item, 1, 0);
      g_assert_cmpint (item, >=, -1);
      g_assert_cmpint (item, <, (int) n_items);
    }
  item = rc_chart_navigate (chart, item, 0, 1);
  g_assert_cmpint (item, <, (int) n_items);

  for (guint i = 0; i < rc_chart_get_n_legend_entries (chart); i++)
    {
      const RcChartLegendEntry *entry = rc_chart_get_legend_entry (chart, i);

      g_autofree char *key = NULL;

      assert_text (entry->label);
      if (entry->key == NULL)
        continue;
      /* Hiding and showing a series lays the chart out again, which
       * replaces the legend entries: keep the key. */
      key = g_strdup (entry->key);
      rc_chart_set_series_visible (chart, key, FALSE);
      rc_chart_layout (chart, style, CHART_WIDTH, CHART_HEIGHT);
      g_assert_false (rc_chart_get_series_visible (chart, key));
      rc_chart_set_series_visible (chart, key, TRUE);
    }
}

void
rc_fuzz_charts_one (const guint8 *data, gsize size)
{
  static const RcChartKind kinds[] = {
    RC_CHART_KIND_TITRATION,
    RC_CHART_KIND_SIDE_EFFECTS,
    RC_CHART_KIND_CONCENTRATION,
  };
  g_autoptr (RcKnowledgeBase) kb = NULL;
  g_autoptr (RcChartStyle) style = NULL;
  GPtrArray *regimens;
  RcDrug    *drug;

  rc_fuzz_init ();
  kb = new_knowledge_base_with_builtins ();
  if (!load_document (kb, data, size) || (drug = find_fuzzed_drug (kb)) == NULL)
    return;

  regimens = rc_drug_get_regimens (drug);
  for (guint i = 0; regimens != NULL && i < regimens->len; i++)
    g_assert_cmpuint (rc_titration_suggested_days (g_ptr_array_index (regimens, i)), <=,
                      MAX_CHART_DAYS);

  style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const char *alone[] = { rc_drug_get_id (drug), NULL };
      const char *pair[] = { rc_drug_get_id (drug), "tizanidine", NULL };
      g_autoptr (RcChart) single = rc_chart_new (kinds[k], kb, alone);
      g_autoptr (RcChart) compared = rc_chart_new (kinds[k], kb, pair);

      check_chart (single, style);
      check_chart (compared, style);
    }
}
