/* test-hostile-files.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Hostile file systems: knowledge-base folders that are files, unreadable,
 * link loops, files that vanish, pipes and oversized files among the drugs;
 * export targets under a file, on a read-only or full disk, or past the
 * file-size limit. Each gives a message a person understands, the rest of
 * the knowledge base still loads, and a failed export leaves the existing
 * file byte for byte as it was, with no temporary file behind. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-comparison.h"
#include "rc-hostile-util.h"
#include "rc-table-export.h"

typedef struct
{
  char   *dir;
  GBytes *valid; /* a valid drug document (id "fixturine") */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = hostile_make_dir ();
  f->valid = hostile_source_bytes ("tests", "fuzz", "corpus", "kb", "valid-minimal.xml", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  hostile_remove_dir (f->dir);
  g_free (f->dir);
  g_bytes_unref (f->valid);
}

/* A knowledge-base folder with the valid drug in it. */
static char *
make_kb_dir (Fixture *f)
{
  g_autofree char *kb = g_build_filename (f->dir, "kb", NULL);
  g_autofree char *path = NULL;

  g_assert_cmpint (g_mkdir (kb, 0755), ==, 0);
  path = hostile_write (kb, "fixturine.xml", g_bytes_get_data (f->valid, NULL),
                        (gssize) g_bytes_get_size (f->valid));
  return g_steal_pointer (&kb);
}

/* Loads the built-in base plus dir; the problem about bad (a path) must
 * contain fragment, and the valid drug must have loaded all the same. */
static RcKnowledgeBase *
load_with_dir (const char *dir)
{
  RcKnowledgeBase  *kb = rc_knowledge_base_new ();
  const char *const dirs[] = { dir, NULL };
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, dirs, &error));
  g_assert_no_error (error);
  return kb;
}

static void
assert_problem_for (RcKnowledgeBase *kb, const char *file, const char *fragment)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char   *text = rc_kb_problem_to_string (problem);

      g_test_message ("problem: %s", text);
      if (g_str_equal (problem->file, file) && strstr (problem->message, fragment) != NULL)
        {
          g_assert_cmpint (problem->severity, ==, RC_KB_PROBLEM_ERROR);
          g_assert_cmpint (problem->code, ==, RC_KB_ERROR_IO);
          return;
        }
    }
  g_error ("no problem for %s saying “%s”", file, fragment);
}

static void
assert_rest_loaded (RcKnowledgeBase *kb)
{
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "baclofen"));
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "fixturine"));
}

/* ---- Knowledge-base folders ------------------------------------------ */

static void
test_kb_dir_is_a_file (Fixture *f, gconstpointer data)
{
  g_autofree char *path = hostile_write (f->dir, "not-a-folder", "x", -1);
  g_autoptr (RcKnowledgeBase) kb = load_with_dir (path);

  assert_problem_for (kb, path, "This is not a folder");
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 1);
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "baclofen"));
}

static void
test_kb_dir_unreadable (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *why = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  /* Root too: without its bypass capabilities, modes bind it. */
  if (!hostile_obey_permissions (&why))
    {
      g_test_skip (why);
      return;
    }
  g_assert_cmpint (g_chmod (kb_dir, 0), ==, 0);
  kb = load_with_dir (kb_dir);
  g_chmod (kb_dir, 0755);
  hostile_restore_permissions_bypass ();
  assert_problem_for (kb, kb_dir, "The folder cannot be read");
}

static void
test_kb_dir_link_loop (Fixture *f, gconstpointer data)
{
  g_autofree char *loop = g_build_filename (f->dir, "loop", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink ("loop", loop), ==, 0);
  kb = load_with_dir (loop);
  assert_problem_for (kb, loop, "The folder cannot be read");
  g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, "baclofen"));
}

static void
test_link_loop_in_dir (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *loop = g_build_filename (kb_dir, "loop.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink ("loop.xml", loop), ==, 0);
  kb = load_with_dir (kb_dir);
  assert_problem_for (kb, loop, "symbolic link");
  assert_rest_loaded (kb);
}

/* A file listed in the folder but gone when it is read: a dangling link is
 * exactly that, every time. */
static void
test_vanished_file (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *gone = g_build_filename (kb_dir, "gone.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink ("deleted-meanwhile.xml", gone), ==, 0);
  kb = load_with_dir (kb_dir);
  assert_problem_for (kb, gone, "leads nowhere");
  assert_rest_loaded (kb);
}

static void
test_vanished_file_direct (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "gone.xml", NULL);
  gboolean         loaded = TRUE;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  kb = hostile_load_file (path, &loaded);
  g_assert_false (loaded);
  hostile_assert_single_error (kb, RC_KB_ERROR_IO, "The file does not exist");
}

/* A named pipe would block a reader forever: it must never be opened. */
static void
test_fifo_in_dir (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *fifo = g_build_filename (kb_dir, "pipe.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  kb = load_with_dir (kb_dir);
  assert_problem_for (kb, fifo, "not a regular file");
  assert_rest_loaded (kb);
}

static void
test_folder_named_xml (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *folder = g_build_filename (kb_dir, "folder.xml", NULL);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  kb = load_with_dir (kb_dir);
  assert_problem_for (kb, folder, "This is a folder, not a file");
  assert_rest_loaded (kb);
}

static void
test_oversized_in_dir (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *huge = hostile_write_sparse (kb_dir, "huge.xml", 200 * 1024 * 1024);
  g_autoptr (RcKnowledgeBase) kb = load_with_dir (kb_dir);

  assert_problem_for (kb, huge, "The file is too large");
  assert_rest_loaded (kb);
}

static void
test_unreadable_file (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *locked = NULL;
  g_autofree char *why = NULL;
  g_autoptr (RcKnowledgeBase) kb = NULL;

  if (!hostile_obey_permissions (&why))
    {
      g_test_skip (why);
      return;
    }
  locked = hostile_write (kb_dir, "locked.xml", "<drug/>", -1);
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  kb = load_with_dir (kb_dir);
  hostile_restore_permissions_bypass ();
  assert_problem_for (kb, locked, "permission denied");
  assert_rest_loaded (kb);
}

/* All of it at once: only the good file loads, each bad one is counted. */
static void
test_everything_bad_at_once (Fixture *f, gconstpointer data)
{
  g_autofree char *kb_dir = make_kb_dir (f);
  g_autofree char *loop = g_build_filename (kb_dir, "a-loop.xml", NULL);
  g_autofree char *gone = g_build_filename (kb_dir, "b-gone.xml", NULL);
  g_autofree char *fifo = g_build_filename (kb_dir, "c-pipe.xml", NULL);
  g_autofree char *folder = g_build_filename (kb_dir, "d-folder.xml", NULL);
  g_autofree char *huge = hostile_write_sparse (kb_dir, "e-huge.xml", 200 * 1024 * 1024);
  g_autofree char *empty = hostile_write (kb_dir, "f-empty.xml", "", 0);
  g_autofree char *hidden = hostile_write (kb_dir, ".hidden.xml", "<", -1);
  g_autofree char *other = hostile_write (kb_dir, "notes.txt", "<", -1);
  g_autoptr (RcKnowledgeBase) kb = NULL;

  g_assert_cmpint (symlink ("a-loop.xml", loop), ==, 0);
  g_assert_cmpint (symlink ("nowhere.xml", gone), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  kb = load_with_dir (kb_dir);
  assert_rest_loaded (kb);
  /* Hidden files and other extensions are not knowledge-base files. */
  g_assert_cmpuint (rc_knowledge_base_get_n_failed_files (kb), ==, 6);
  g_assert_cmpuint (hostile_count_errors_for (kb, hidden), ==, 0);
  g_assert_cmpuint (hostile_count_errors_for (kb, other), ==, 0);
  g_assert_cmpuint (hostile_count_errors_for (kb, empty), ==, 1);
}

/* ---- Exports ----------------------------------------------------------- */

static RcComparison *
make_comparison (RcKnowledgeBase **kb_out)
{
  g_autoptr (GError) error = NULL;
  const char   *ids[] = { "baclofen", "tizanidine", NULL };
  RcComparison *comparison;

  *kb_out = rc_knowledge_base_new ();
  g_assert_true (rc_knowledge_base_load_default (*kb_out, NULL, &error));
  comparison = rc_comparison_new (*kb_out, ids, &error);
  g_assert_no_error (error);
  return comparison;
}

static gboolean
export_csv (const char *path, GError **error)
{
  g_autoptr (RcKnowledgeBase) kb = NULL;
  g_autoptr (RcComparison) comparison = make_comparison (&kb);
  g_autoptr (GFile) file = g_file_new_for_path (path);

  return rc_table_export_to_file (comparison, RC_TABLE_FORMAT_CSV, file, error);
}

static void
test_export_parent_is_file (Fixture *f, gconstpointer data)
{
  g_autofree char *file = hostile_write (f->dir, "report.txt", "keep", -1);
  g_autofree char *target = g_build_filename (file, "table.csv", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *listing = NULL;

  g_assert_false (export_csv (target, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "is not a folder"));
  g_assert_nonnull (strstr (error->message, "report.txt"));
  listing = hostile_list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "report.txt");
}

static void
test_export_target_is_folder (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;

  g_assert_false (export_csv (f->dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "is a folder"));
}

static void
test_export_missing_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *target = g_build_filename (f->dir, "nowhere", "table.csv", NULL);
  g_autoptr (GError) error = NULL;

  g_assert_false (export_csv (target, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
}

/* The existing file is the same, byte for byte, and nothing else is in the
 * folder (no temporary file). */
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

static const char existing[] = "key,label,Baclofen\r\nthe,old,export\r\n";

static void
test_export_read_only_fs (Fixture *f, gconstpointer data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *target = g_build_filename (mnt, "table.csv", NULL);
  g_autofree char *why = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  /* A tmpfs with the old export in it, then made read-only. */
  if (!hostile_mount_tmpfs (mnt, 1024 * 1024, FALSE, &why))
    {
      g_test_skip (why);
      return;
    }
  g_free (hostile_write (mnt, "table.csv", existing, -1));
  g_assert_cmpint (mount (NULL, mnt, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  g_assert_false (export_csv (target, &error));
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (error->message);
  g_assert_nonnull (strstr (error->message, "Read-only file system"));
  assert_untouched (mnt, target, existing, "table.csv");
  hostile_unmount (mnt);
}

static void
test_export_full_disk (Fixture *f, gconstpointer data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "full", NULL);
  g_autofree char *target = g_build_filename (mnt, "table.csv", NULL);
  g_autofree char *filler = g_build_filename (mnt, "filler", NULL);
  g_autofree char *why = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!hostile_mount_tmpfs (mnt, 1024 * 1024, FALSE, &why))
    {
      g_test_skip (why);
      return;
    }
  g_free (hostile_write (mnt, "table.csv", existing, -1));
  hostile_fill_disk (mnt);

  g_assert_false (export_csv (target, &error));
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, "No space left on device"));
  assert_untouched (mnt, target, existing, "filler table.csv");
  hostile_unmount (mnt);
}

/* A write that fails half way, with no special file system: the file-size
 * limit (setrlimit) stops it after 100 bytes. */
static void
test_export_file_size_limit (Fixture *f, gconstpointer data)
{
  g_autofree char *target = hostile_write (f->dir, "table.csv", existing, -1);
  g_autoptr (GError) error = NULL;
  struct rlimit old, low;
  void (*old_handler) (int);
  gboolean ok;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  low = old;
  low.rlim_cur = 100;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &low), ==, 0);
  ok = export_csv (target, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (ok);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, "File too large"));
  assert_untouched (f->dir, target, existing, "table.csv");
}

static void
test_export_read_only_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *target = hostile_write (f->dir, "table.csv", existing, -1);
  g_autoptr (GError) error = NULL;
  g_autofree char *why = NULL;

  if (!hostile_obey_permissions (&why))
    {
      g_test_skip (why);
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_assert_false (export_csv (target, &error));
  g_chmod (f->dir, 0755);
  hostile_restore_permissions_bypass ();
  g_assert_nonnull (strstr (error->message, "ermission denied"));
  assert_untouched (f->dir, target, existing, "table.csv");
}

/* An export that works replaces the old file, keeps its permissions and
 * leaves nothing else behind (the control for the tests above). */
static void
test_export_replaces (Fixture *f, gconstpointer data)
{
  g_autofree char *target = hostile_write (f->dir, "table.csv", existing, -1);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *names = NULL;
  GStatBuf         st;

  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_true (export_csv (target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "key,label,Baclofen,Tizanidine\r\n"));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
  names = hostile_list_dir (f->dir);
  g_assert_cmpstr (names, ==, "table.csv");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hostile/files/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("kb-dir-is-a-file", test_kb_dir_is_a_file);
  ADD ("kb-dir-unreadable", test_kb_dir_unreadable);
  ADD ("kb-dir-link-loop", test_kb_dir_link_loop);
  ADD ("link-loop-in-dir", test_link_loop_in_dir);
  ADD ("vanished-file", test_vanished_file);
  ADD ("vanished-file-direct", test_vanished_file_direct);
  ADD ("fifo-in-dir", test_fifo_in_dir);
  ADD ("folder-named-xml", test_folder_named_xml);
  ADD ("oversized-in-dir", test_oversized_in_dir);
  ADD ("unreadable-file", test_unreadable_file);
  ADD ("everything-bad-at-once", test_everything_bad_at_once);
  ADD ("export-parent-is-file", test_export_parent_is_file);
  ADD ("export-target-is-folder", test_export_target_is_folder);
  ADD ("export-missing-folder", test_export_missing_folder);
  ADD ("export-read-only-fs", test_export_read_only_fs);
  ADD ("export-full-disk", test_export_full_disk);
  ADD ("export-file-size-limit", test_export_file_size_limit);
  ADD ("export-read-only-folder", test_export_read_only_folder);
  ADD ("export-replaces", test_export_replaces);
#undef ADD

  return g_test_run ();
}
