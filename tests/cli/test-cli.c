/* test-cli.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs the command line (through rc-cli-driver, and the real application
 * when its path is given as the first argument) and checks exit statuses,
 * standard output and standard error. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

static char *driver;
static char *app_binary;
static char *tmp_dir;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_argv (Run *run, const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = NULL;
  g_autofree char *line = g_strjoinv (" ", (char **) argv);

  g_test_message ("running: %s", line);
  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                            &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d; stderr: %s", run->status, run->err);
}

/* Runs the driver with the arguments, NULL-terminated. */
static void
run_driver (Run *run, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  va_list     args;
  const char *arg;

  g_ptr_array_add (argv, driver);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  run_argv (run, (const char *const *) argv->pdata);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static char *
source_path (const char *first, ...)
{
  va_list     args;
  GString    *path = g_string_new (g_getenv ("RC_SOURCE_DIR"));
  const char *part;

  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_string_append_c (path, G_DIR_SEPARATOR);
      g_string_append (path, part);
    }
  va_end (args);
  return g_string_free (path, FALSE);
}

static void
check_list (const Run *run)
{
  const char *ids[] = { "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol",
                        "carisoprodol" };
  g_auto (GStrv) lines = g_strsplit (run->out, "\n", -1);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (ids) + 1);
  g_assert_cmpstr (lines[G_N_ELEMENTS (ids)], ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_auto (GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_cmpstr (fields[0], ==, ids[i]);
      g_assert_true (g_ascii_toupper (fields[1][0]) == g_ascii_toupper (ids[i][0]));
      g_assert_cmpuint (strlen (fields[2]), >, 0);
    }
}

static void
test_list (void)
{
  g_auto (Run) run = { 0 };

  run_driver (&run, "--list", NULL);
  check_list (&run);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_list_app (void)
{
  g_auto (Run) run = { 0 };
  const char *argv[] = { app_binary, "--list", NULL };

  if (app_binary == NULL)
    {
      g_test_skip ("the application binary is not built");
      return;
    }
  run_argv (&run, argv);
  check_list (&run);
}

static void
test_version (void)
{
  g_auto (Run) run = { 0 };

  run_driver (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "relaxant-compare " PACKAGE_VERSION "\n");
}

/* A bad extra knowledge-base file is a warning; the built-in drugs load. */
static void
test_list_with_bad_kb_dir (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *dir = tmp_path ("bad-kb");
  g_autofree char *file = g_build_filename (dir, "broken.xml", NULL);

  g_assert_no_errno (g_mkdir_with_parents (dir, 0700));
  g_assert_true (g_file_set_contents (file, "<drug id=\"broken\"><name>Broken</name>\n", -1, NULL));
  run_driver (&run, "--kb-dir", dir, "--list", NULL);
  check_list (&run);
  g_assert_true (g_str_has_prefix (run.err, "relaxant-compare: warning: "));
  g_assert_nonnull (strstr (run.err, "broken.xml"));
  g_unlink (file);
  g_rmdir (dir);
}

static void
test_validate_good (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *good = source_path ("data", "drugs", "baclofen.xml", NULL);
  g_autofree char *good2 = source_path ("data", "drugs", "carisoprodol.xml", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: valid\n%s: valid\n", good, good2);

  run_driver (&run, "--validate", good, good2, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

/* Writes a copy of baclofen's file with a schema error (a missing <name>)
 * and a rule error (an effect id that is not in the vocabulary). */
static char *
write_bad_file (void)
{
  g_autofree char *good = source_path ("data", "drugs", "baclofen.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *bad = tmp_path ("bad.xml");
  g_auto (GStrv) parts = NULL;
  g_autofree char *joined = NULL;

  g_assert_true (g_file_get_contents (good, &xml, NULL, NULL));
  parts = g_strsplit (xml, "<name>Baclofen</name>", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  joined = g_strjoinv ("", parts);
  g_assert_true (g_file_set_contents (bad, joined, -1, NULL));
  return g_steal_pointer (&bad);
}

static void
test_validate_bad (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *good = source_path ("data", "drugs", "tizanidine.xml", NULL);
  g_autofree char *bad = write_bad_file ();
  g_autofree char *malformed = tmp_path ("malformed.xml");
  g_autofree char *bad_re = g_regex_escape_string (bad, -1);
  g_autofree char *malformed_re = g_regex_escape_string (malformed, -1);
  g_autofree char *pattern = g_strdup_printf ("^%s:[0-9]+(:[0-9]+)?: .+$", bad_re);
  g_autofree char *pattern2 = g_strdup_printf ("^%s:[0-9]+(:[0-9]+)?: .+$", malformed_re);
  g_autofree char *valid_line = g_strdup_printf ("%s: valid", good);
  g_auto (GStrv) lines = NULL;
  guint n_bad = 0, n_malformed = 0;

  g_assert_true (g_file_set_contents (
      malformed, "<?xml version=\"1.0\"?>\n<drug id=\"x\">\n  &\n</drug>\n", -1, NULL));
  run_driver (&run, "--validate", good, bad, malformed, NULL);
  g_assert_cmpint (run.status, ==, 1);

  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, valid_line);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      if (g_regex_match_simple (pattern, lines[i], 0, 0))
        n_bad++;
      else if (g_regex_match_simple (pattern2, lines[i], 0, 0))
        n_malformed++;
      else
        g_error ("unexpected output line: %s", lines[i]);
    }
  g_assert_cmpuint (n_bad, >=, 1);
  g_assert_cmpuint (n_malformed, >=, 1);
  /* The malformed file's problem is on line 3, where the bare "&" is. */
  {
    g_autofree char *at_line_3 = g_strdup_printf ("%s:3:", malformed);
    g_assert_nonnull (strstr (run.out, at_line_3));
  }
  g_assert_nonnull (strstr (run.err, "2 of 3"));
  g_unlink (bad);
  g_unlink (malformed);
}

static void
test_validate_missing_file (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *missing = tmp_path ("does-not-exist.xml");

  run_driver (&run, "--validate", missing, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, missing));
}

static void
test_export_csv_stdout (void)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) to_file = { 0 };
  g_autofree char *path = tmp_path ("all.csv");
  g_autofree char *contents = NULL;

  run_driver (&run, "--export-table", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (
      run.out, "key,label,Baclofen,Tizanidine,Cyclobenzaprine,Methocarbamol,Carisoprodol\r\n"));
  g_assert_true (g_str_has_suffix (run.out, "\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\nmax_daily_dose_mg,"));

  /* The file has exactly what standard output had. */
  run_driver (&to_file, "--export-table", path, "--format", "csv", NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, run.out);
  g_unlink (path);
}

static void
test_export_markdown (void)
{
  g_auto (Run) run = { 0 };

  run_driver (&run, "--export-table", "-", "--format", "markdown", "--drugs",
              "tizanidine, baclofen", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "# Comparison: Tizanidine, Baclofen\n"));
  g_assert_nonnull (strstr (run.out, "\n## Sources\n"));
  g_assert_null (strstr (run.out, "Carisoprodol"));
}

static void
test_export_html_file (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *path = tmp_path ("table.html");
  g_autofree char *contents = NULL;

  run_driver (&run, "--export-table", path, "--format", "html", "--drugs", "carisoprodol", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, "Carisoprodol"));
  g_unlink (path);
}

static void
test_unknown_drug (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *path = tmp_path ("unknown-drug.csv");

  run_driver (&run, "--export-table", path, "--drugs", "baclofen,aspirin", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_true (g_str_has_prefix (run.err, "relaxant-compare: "));
  g_assert_nonnull (strstr (run.err, "aspirin"));
  /* It lists the known ids. */
  g_assert_nonnull (
      strstr (run.err, "baclofen, tizanidine, cyclobenzaprine, methocarbamol, carisoprodol"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_unknown_format (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *path = tmp_path ("unknown-format.out");

  run_driver (&run, "--export-table", path, "--format", "xlsx", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_true (g_str_has_prefix (run.err, "relaxant-compare: "));
  g_assert_nonnull (strstr (run.err, "xlsx"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable_path (void)
{
  g_auto (Run) missing_parent = { 0 };
  g_auto (Run) file_parent = { 0 };
  g_autofree char *plain = tmp_path ("plain-file");
  g_autofree char *under_missing = g_build_filename (tmp_dir, "no-such-dir", "t.csv", NULL);
  g_autofree char *under_file = g_build_filename (plain, "t.csv", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (plain, "keep", -1, NULL));
  run_driver (&missing_parent, "--export-table", under_missing, NULL);
  g_assert_cmpint (missing_parent.status, ==, 1);
  g_assert_true (g_str_has_prefix (missing_parent.err, "relaxant-compare: cannot write "));
  g_assert_nonnull (strstr (missing_parent.err, under_missing));
  g_assert_false (g_file_test (under_missing, G_FILE_TEST_EXISTS));

  run_driver (&file_parent, "--export-table", under_file, NULL);
  g_assert_cmpint (file_parent.status, ==, 1);
  g_assert_true (g_str_has_prefix (file_parent.err, "relaxant-compare: "));
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep");
  g_unlink (plain);
}

static void
test_usage_errors (void)
{
  struct
  {
    const char *args[6];
    const char *mentions;
  } cases[] = {
    { { "--drugs", "baclofen", NULL }, "--drugs" },
    { { "--format", "csv", NULL }, "--format" },
    { { "--output", "x.png", NULL }, "--output" },
    { { "--list", "--export-table", "-", NULL }, "cannot be combined" },
    { { "--export-chart", "titration", "--drugs", "baclofen", NULL }, "--output" },
    { { "--export-chart", "pie", "--output", "x.png", NULL }, "pie" },
    { { "--export-chart", "titration", "--output", "x.png", "--theme", NULL }, NULL },
    { { "--export-chart", "titration", "--output", "x.png", "--size", "big" }, "big" },
    { { "stray-argument", NULL }, "stray-argument" },
    { { "--export-table", "-", "--drugs", " , ", NULL }, "--drugs" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      g_autoptr (GPtrArray) argv = g_ptr_array_new ();

      g_ptr_array_add (argv, driver);
      for (guint a = 0; a < G_N_ELEMENTS (cases[i].args) && cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[a]);
      g_ptr_array_add (argv, NULL);
      run_argv (&run, (const char *const *) argv->pdata);

      /* Option parsing errors come from GApplication itself (status 1);
       * the others are ours (2). Either way: a message and no output. */
      g_assert_cmpint (run.status, !=, 0);
      g_assert_cmpint (run.status, !=, 3);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpuint (strlen (run.err), >, 0);
      if (cases[i].mentions != NULL)
        {
          g_assert_cmpint (run.status, ==, 2);
          g_assert_true (g_str_has_prefix (run.err, "relaxant-compare: "));
          g_assert_nonnull (strstr (run.err, cases[i].mentions));
        }
    }
}

static void
test_no_command (void)
{
  g_auto (Run) run = { 0 };

  /* No command: the driver reports that the GUI would start. */
  run_driver (&run, NULL);
  g_assert_cmpint (run.status, ==, 3);
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  driver = g_test_build_filename (G_TEST_BUILT, "cli", "rc-cli-driver", NULL);
  if (argc > 1)
    app_binary = g_strdup (argv[1]);
  tmp_dir = g_dir_make_tmp ("rc-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/cli/list", test_list);
  g_test_add_func ("/cli/list/app", test_list_app);
  g_test_add_func ("/cli/list/bad-kb-dir", test_list_with_bad_kb_dir);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/cli/validate/missing-file", test_validate_missing_file);
  g_test_add_func ("/cli/export-table/csv-stdout", test_export_csv_stdout);
  g_test_add_func ("/cli/export-table/markdown", test_export_markdown);
  g_test_add_func ("/cli/export-table/html-file", test_export_html_file);
  g_test_add_func ("/cli/export-table/unknown-drug", test_unknown_drug);
  g_test_add_func ("/cli/export-table/unknown-format", test_unknown_format);
  g_test_add_func ("/cli/export-table/unwritable-path", test_unwritable_path);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/no-command", test_no_command);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_free (driver);
  g_free (app_binary);
  return status;
}
