/* test-hostile-cli.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile input on the command line, run as a person runs it: the CLI
 * driver (argv[1]) and, when given, the real application (argv[2]). Every
 * case checks the exit status, the words on standard error or output, that
 * no secret leaks, and that nothing partial is written. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-hostile-util.h"

static GPtrArray *programs; /* paths of the programs under test */

typedef struct
{
  char *dir;
  char *valid; /* path of a valid drug document (id "fixturine") */
} Fixture;

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
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr (GBytes) valid =
      hostile_source_bytes ("tests", "fuzz", "corpus", "kb", "valid-minimal.xml", NULL);

  f->dir = hostile_make_dir ();
  f->valid = hostile_write (f->dir, "valid.xml", g_bytes_get_data (valid, NULL),
                            (gssize) g_bytes_get_size (valid));
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  hostile_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->valid);
}

static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit;

  /* In the child, before exec: a write past 100 bytes fails (EFBIG)
   * instead of killing the program. */
  signal (SIGXFSZ, SIG_IGN);
  getrlimit (RLIMIT_FSIZE, &limit);
  limit.rlim_cur = 100;
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs program with args (NULL-terminated); with limit, under a file-size
 * limit of 100 bytes. */
static void
run_full (Run *run, const char *program, gboolean limit, const char *const *args)
{
  g_autoptr (GSubprocessLauncher) launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GSubprocess) proc = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *line = NULL;

  g_ptr_array_add (argv, (gpointer) program);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  line = g_strjoinv (" ", (char **) argv->pdata);
  g_test_message ("running: %s%s", line, limit ? " (file size limit 100 bytes)" : "");

  if (limit)
    g_subprocess_launcher_set_child_setup (launcher, limit_file_size, NULL, NULL);
  proc = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  /* Exited, not killed by a signal: a crash is never an answer. */
  g_assert_true (g_subprocess_get_if_exited (proc));
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", run->status, run->out, run->err);
}

#define run(r, program, ...) run_full ((r), (program), FALSE, (const char *[]){ __VA_ARGS__, NULL })
#define run_limited(r, program, ...) \
  run_full ((r), (program), TRUE, (const char *[]){ __VA_ARGS__, NULL })

static void
assert_contains (const char *text, const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” is not in:\n%s", fragment, text);
}

/* ---- --validate ---------------------------------------------------- */

static void
check_validate_refused (Fixture *f, const char *name, const char *contents, const char *fragment)
{
  g_autofree char *path = hostile_write (f->dir, name, contents, -1);

  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };
      g_autofree char *summary = NULL;

      run (&r, g_ptr_array_index (programs, p), "--validate", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.out, path);
      assert_contains (r.out, fragment);
      assert_contains (r.err, "problems in 1 of 1 file");
    }
}

static void
test_validate_xxe (Fixture *f, gconstpointer data)
{
  g_autofree char *secret = g_strdup_printf ("rc-secret-%08x", g_random_int ());
  g_autofree char *secret_path = hostile_write (f->dir, "secret.txt", secret, -1);
  g_autofree char *text =
      g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                       "<!DOCTYPE drug [ <!ENTITY s SYSTEM \"file://%s\"> ]>\n"
                       "<drug id=\"x\" reviewed=\"2026-01-01\"><name>&s;</name></drug>\n",
                       secret_path);
  g_autofree char *path = hostile_write (f->dir, "xxe.xml", text, -1);

  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--validate", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.out, ":2: The file has a DOCTYPE declaration, which is not allowed");
      g_assert_null (strstr (r.out, secret));
      g_assert_null (strstr (r.err, secret));
    }
}

static void
test_validate_billion_laughs (Fixture *f, gconstpointer data)
{
  check_validate_refused (f, "lol.xml",
                          "<?xml version=\"1.0\"?>\n<!DOCTYPE drug [\n <!ENTITY a \"aaaaaaaaaa\">\n"
                          " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                          " <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                          " <!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                          " <!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n"
                          " <!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">\n"
                          " <!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">\n"
                          " <!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">\n"
                          " <!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">\n]>\n<drug>&i;</drug>\n",
                          "DOCTYPE declaration, which is not allowed");
}

static void
test_validate_utf16 (Fixture *f, gconstpointer data)
{
  g_autofree char *path = NULL;
  gsize            len = 0;
  g_autofree char *utf16 =
      g_convert ("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<drug/>\n", -1,
                 "UTF-16LE", "UTF-8", NULL, &len, NULL);

  g_assert_nonnull (utf16);
  path = hostile_write (f->dir, "utf16.xml", utf16, (gssize) len);
  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--validate", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.out, "save it as UTF-8");
    }
}

static void
test_validate_oversized (Fixture *f, gconstpointer data)
{
  g_autofree char *path = hostile_write_sparse (f->dir, "huge.xml", 200 * 1024 * 1024);

  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--validate", path);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.out, "The file is too large (209.7");
    }
}

static void
test_validate_deep (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("<drug>");

  for (guint i = 0; i < 10000; i++)
    g_string_append (text, "<a>");
  check_validate_refused (f, "deep.xml", text->str, "nested more than 256 levels deep");
}

static void
test_validate_mixed (Fixture *f, gconstpointer data)
{
  g_autofree char *loop = g_build_filename (f->dir, "loop.xml", NULL);

  g_assert_cmpint (symlink ("loop.xml", loop), ==, 0);
  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--validate", f->valid, loop, f->dir);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.out, "valid.xml: valid");
      assert_contains (r.out, "symbolic link");
      assert_contains (r.out, "This is a folder, not a file");
      assert_contains (r.err, "problems in 2 of 3 files");
    }
}

/* ---- --kb-dir -------------------------------------------------------- */

/* A folder of hostile files next to a good one: each bad file is a
 * warning, the good drug is there, the export works. */
static void
test_kb_dir_hostile (Fixture *f, gconstpointer data)
{
  g_autofree char *kb = g_build_filename (f->dir, "kb", NULL);
  g_autofree char *out = g_build_filename (f->dir, "table.csv", NULL);
  g_autofree char *pipe = g_build_filename (kb, "pipe.xml", NULL);
  g_autofree char *loop = g_build_filename (kb, "loop.xml", NULL);
  g_autofree char *good = NULL;
  g_autofree char *huge = NULL;
  g_autofree char *xxe = NULL;
  g_autofree char *contents = NULL;

  g_assert_cmpint (g_mkdir (kb, 0755), ==, 0);
  g_assert_true (g_file_get_contents (f->valid, &contents, NULL, NULL));
  good = hostile_write (kb, "fixturine.xml", contents, -1);
  huge = hostile_write_sparse (kb, "huge.xml", 200 * 1024 * 1024);
  xxe = hostile_write (
      kb, "xxe.xml", "<!DOCTYPE drug [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><drug>&x;</drug>",
      -1);
  g_assert_cmpint (mkfifo (pipe, 0644), ==, 0);
  g_assert_cmpint (symlink ("loop.xml", loop), ==, 0);

  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };
      g_autofree char *table = NULL;

      run (&r, g_ptr_array_index (programs, p), "--kb-dir", kb, "--export-table", out, "--drugs",
           "fixturine,baclofen");
      g_assert_cmpint (r.status, ==, 0);
      assert_contains (r.err, "warning: ");
      assert_contains (r.err, "The file is too large");
      assert_contains (r.err, "DOCTYPE declaration");
      assert_contains (r.err, "not a regular file");
      assert_contains (r.err, "symbolic link");
      g_assert_null (strstr (r.err, "root:"));
      g_assert_true (g_file_get_contents (out, &table, NULL, NULL));
      g_assert_true (g_str_has_prefix (table, "key,label,Fixturine,Baclofen\r\n"));
      g_unlink (out);
    }
}

/* ---- Exports --------------------------------------------------------- */

static const char existing[] = "key,label,Baclofen\r\nthe,old,export\r\n";

static void
assert_untouched (const char *dir, const char *path, const char *contents, const char *listing)
{
  g_autofree char *now = NULL;
  g_autofree char *names = hostile_list_dir (dir);
  gsize            len = 0;

  g_assert_true (g_file_get_contents (path, &now, &len, NULL));
  g_assert_cmpmem (now, len, contents, strlen (contents));
  g_assert_cmpstr (names, ==, listing);
}

static void
test_export_under_file (Fixture *f, gconstpointer data)
{
  g_autofree char *file = hostile_write (f->dir, "report.txt", "keep", -1);
  g_autofree char *target = g_build_filename (file, "table.csv", NULL);
  g_autofree char *chart = g_build_filename (file, "chart.png", NULL);

  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };
      g_auto (Run) c = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--export-table", target);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.err, "relaxant-compare: cannot write “");
      assert_contains (r.err, "report.txt” is not a folder");

      run (&c, g_ptr_array_index (programs, p), "--export-chart", "titration", "--drugs",
           "baclofen", "--output", chart);
      g_assert_cmpint (c.status, ==, 1);
      assert_contains (c.err, "relaxant-compare: cannot write “");
      assert_untouched (f->dir, file, "keep", "report.txt valid.xml");
    }
}

/* The table and the chart are far larger than 100 bytes: the write fails
 * half way, and the old file must survive it. */
static void
test_export_file_size_limit (Fixture *f, gconstpointer data)
{
  g_autofree char *sub = g_build_filename (f->dir, "out", NULL);
  g_autofree char *table = NULL;
  g_autofree char *chart = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  table = hostile_write (sub, "table.csv", existing, -1);
  chart = hostile_write (sub, "chart.png", existing, -1);
  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };
      g_auto (Run) c = { 0 };

      run_limited (&r, g_ptr_array_index (programs, p), "--export-table", table, "--format",
                   "html");
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.err, "cannot write “");
      assert_contains (r.err, "File too large");

      run_limited (&c, g_ptr_array_index (programs, p), "--export-chart", "side-effects", "--drugs",
                   "baclofen,tizanidine", "--output", chart);
      g_assert_cmpint (c.status, ==, 1);
      assert_contains (c.err, "cannot write “");

      assert_untouched (sub, table, existing, "chart.png table.csv");
      assert_untouched (sub, chart, existing, "chart.png table.csv");
    }
}

static void
test_export_full_disk (Fixture *f, gconstpointer data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "full", NULL);
  g_autofree char *table = NULL;
  g_autofree char *why = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!hostile_mount_tmpfs (mnt, 1024 * 1024, FALSE, &why))
    {
      g_test_skip (why);
      return;
    }
  table = hostile_write (mnt, "table.csv", existing, -1);
  hostile_fill_disk (mnt);
  for (guint p = 0; p < programs->len; p++)
    {
      g_auto (Run) r = { 0 };

      run (&r, g_ptr_array_index (programs, p), "--export-table", table);
      g_assert_cmpint (r.status, ==, 1);
      assert_contains (r.err, "No space left on device");
      assert_untouched (mnt, table, existing, "filler table.csv");
    }
  hostile_unmount (mnt);
}

/* ---- Options --------------------------------------------------------- */

static void
test_bad_sizes (Fixture *f, gconstpointer data)
{
  static const char *const sizes[] = {
    "0x0",        "99999999999999999999x1",
    "1200x",      "x800",
    "-5x10",      "1e3x800",
    "1200x800x2", "100x100",
    "9000x9000",  "",
  };
  g_autofree char *chart = g_build_filename (f->dir, "chart.png", NULL);

  for (guint p = 0; p < programs->len; p++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_auto (Run) r = { 0 };

        run (&r, g_ptr_array_index (programs, p), "--export-chart", "titration", "--drugs",
             "baclofen", "--output", chart, "--size", sizes[i]);
        /* A usage error (2), whether the text is malformed or the numbers
         * are out of range. */
        g_assert_cmpint (r.status, ==, 2);
        assert_contains (r.err, "size");
        g_assert_false (g_file_test (chart, G_FILE_TEST_EXISTS));
      }
}

/* The spellings the help promises all work: x, X, the multiplication sign,
 * with spaces around the numbers. */
static void
test_size_spellings (Fixture *f, gconstpointer data)
{
  static const char *const sizes[] = { "640x480", "640X480",
                                       "640\xC3\x97"
                                       "480",
                                       " 640 x 480 " };
  g_autofree char         *chart = g_build_filename (f->dir, "chart.svg", NULL);

  for (guint p = 0; p < programs->len; p++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_auto (Run) r = { 0 };
        g_autofree char *text = NULL;

        g_remove (chart);
        run (&r, g_ptr_array_index (programs, p), "--export-chart", "titration", "--drugs",
             "baclofen", "--output", chart, "--size", sizes[i]);
        g_assert_cmpint (r.status, ==, 0);
        g_assert_true (g_file_get_contents (chart, &text, NULL, NULL));
        assert_contains (text, "width=\"640");
        assert_contains (text, "height=\"480");
      }
}

static void
test_bad_drug_lists (Fixture *f, gconstpointer data)
{
  static const char *const lists[] = { "", ",,, ,", "baclofen,../../etc/passwd", "\xE2\x80\x8B" };
  g_autofree char         *table = g_build_filename (f->dir, "table.csv", NULL);

  for (guint p = 0; p < programs->len; p++)
    for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
      {
        g_auto (Run) r = { 0 };

        run (&r, g_ptr_array_index (programs, p), "--export-table", table, "--drugs", lists[i]);
        g_assert_cmpint (r.status, ==, 2);
        assert_contains (r.err, "relaxant-compare: ");
        assert_contains (r.err, "--help");
        g_assert_false (g_file_test (table, G_FILE_TEST_EXISTS));
      }
}

int
main (int argc, char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  programs = g_ptr_array_new ();
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (programs, argv[i]);
  g_assert_cmpuint (programs->len, >, 0);

#define ADD(path, func) \
  g_test_add ("/hostile/cli/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("validate-xxe", test_validate_xxe);
  ADD ("validate-billion-laughs", test_validate_billion_laughs);
  ADD ("validate-utf16", test_validate_utf16);
  ADD ("validate-oversized", test_validate_oversized);
  ADD ("validate-deep", test_validate_deep);
  ADD ("validate-mixed", test_validate_mixed);
  ADD ("kb-dir-hostile", test_kb_dir_hostile);
  ADD ("export-under-file", test_export_under_file);
  ADD ("export-file-size-limit", test_export_file_size_limit);
  ADD ("export-full-disk", test_export_full_disk);
  ADD ("bad-sizes", test_bad_sizes);
  ADD ("size-spellings", test_size_spellings);
  ADD ("bad-drug-lists", test_bad_drug_lists);
#undef ADD

  status = g_test_run ();
  g_ptr_array_unref (programs);
  return status;
}
