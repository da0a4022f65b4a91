/* test-fuzz-regressions.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Replays the fuzz corpus and every input the fuzzers ever broke the code
 * with, through the harnesses' own bodies (tests/fuzz/rc-fuzz-targets.c),
 * in every build: no clang or libFuzzer needed. Knowledge-base documents
 * (tests/fuzz/{corpus,regressions}/kb) go through loading, the table
 * exports and the charts; command lines (…/cli) through the options.
 * Each regression input runs in its own subprocess, so one that still
 * crashes or hangs is reported by name and the others still run. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-fuzz-targets.h"
#include "rc-hostile-util.h"

typedef void (*TargetFunc) (const guint8 *data, gsize size);

typedef struct
{
  const char *name;
  TargetFunc  func;
  gboolean    cli;
} Target;

static const Target targets[] = {
  { "kb-load", rc_fuzz_kb_load_one, FALSE },
  { "table-export", rc_fuzz_table_export_one, FALSE },
  { "charts", rc_fuzz_charts_one, FALSE },
  { "cli", rc_fuzz_cli_one, TRUE },
};

typedef struct
{
  const Target *target;
  char         *path;
} Case;

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
case_free (Case *c)
{
  g_free (c->path);
  g_free (c);
}

static GPtrArray *
list_inputs (const char *kind, const char *set)
{
  g_autofree char *dir = hostile_source_path ("tests", "fuzz", set, kind, NULL);
  GPtrArray       *paths = g_ptr_array_new_with_free_func (g_free);
  GDir            *d = g_dir_open (dir, 0, NULL);
  const char      *name;

  if (d == NULL)
    return paths;
  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] != '.' && !g_str_has_prefix (name, "README"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_dir_close (d);
  g_ptr_array_sort (paths, compare_paths);
  return paths;
}

static void
run_file (const Target *target, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  gsize            len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  target->func ((const guint8 *) data, len);
}

/* The corpus passes as a whole, in this process. */
static void
test_corpus (gconstpointer user_data)
{
  const Target *target = user_data;
  g_autoptr (GPtrArray) paths = list_inputs (target->cli ? "cli" : "kb", "corpus");

  g_assert_cmpuint (paths->len, >, 0);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *base = g_path_get_basename (g_ptr_array_index (paths, i));

      g_test_message ("%s", base);
      run_file (target, g_ptr_array_index (paths, i));
    }
}

/* The shipped knowledge base is a corpus too. */
static void
test_shipped (gconstpointer user_data)
{
  const Target            *target = user_data;
  static const char *const files[] = { "drugs/baclofen.xml",
                                       "drugs/tizanidine.xml",
                                       "drugs/cyclobenzaprine.xml",
                                       "drugs/methocarbamol.xml",
                                       "drugs/carisoprodol.xml",
                                       "effects.xml",
                                       "agents.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = hostile_source_path ("data", files[i], NULL);

      g_test_message ("%s", files[i]);
      run_file (target, path);
    }
}

static void
test_regression (gconstpointer user_data)
{
  const Case      *c = user_data;
  g_autofree char *tmp = NULL;
  g_autofree char *old_tmp = NULL;

  if (g_test_subprocess ())
    {
      run_file (c->target, c->path);
      return;
    }
  /* The child's scratch files go to a folder removed here, even when the
   * child aborts. Each input takes well under a second; the limit only
   * turns a hang into a failure naming the input. */
  tmp = hostile_make_dir ();
  old_tmp = g_strdup (g_getenv ("TMPDIR"));
  g_setenv ("TMPDIR", tmp, TRUE);
  g_test_trap_subprocess (NULL, 120 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  if (old_tmp != NULL)
    g_setenv ("TMPDIR", old_tmp, TRUE);
  else
    g_unsetenv ("TMPDIR");
  hostile_remove_dir (tmp);
  /* Failing marks this case and goes on to the next input. */
  if (!g_test_trap_has_passed ())
    g_test_fail_printf ("%s still fails (see its stderr above)", c->path);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) case_free);

  g_test_init (&argc, &argv, NULL);
  rc_fuzz_init ();

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      const Target    *target = &targets[t];
      g_autofree char *corpus = g_strdup_printf ("/hostile/fuzz-corpus/%s", target->name);
      g_autoptr (GPtrArray) regressions = list_inputs (target->cli ? "cli" : "kb", "regressions");

      g_test_add_data_func (corpus, target, test_corpus);
      if (!target->cli)
        {
          g_autofree char *shipped = g_strdup_printf ("/hostile/fuzz-shipped/%s", target->name);
          g_test_add_data_func (shipped, target, test_shipped);
        }
      for (guint i = 0; i < regressions->len; i++)
        {
          Case            *c = g_new0 (Case, 1);
          g_autofree char *base = g_path_get_basename (g_ptr_array_index (regressions, i));
          g_autofree char *path =
              g_strdup_printf ("/hostile/fuzz-regression/%s/%s", target->name, base);

          c->target = target;
          c->path = g_strdup (g_ptr_array_index (regressions, i));
          g_ptr_array_add (cases, c);
          g_test_add_data_func (path, c, test_regression);
        }
    }

  return g_test_run ();
}
