/* test-hostile-progress.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The study progress file under attack: binary junk, a huge file, a folder,
 * a pipe or a link loop where the file should be, numbers past any limit,
 * and saving to a full disk. A file that cannot be used is moved aside
 * intact and reported, the record starts empty and works; a file that
 * cannot even be moved is never overwritten; a failed save keeps the old
 * file as it was. (tests/study covers the ordinary corrupt files.) */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rc-hostile-util.h"
#include "rc-study-progress.h"

#define NOW ((gint64) 1767225600) /* 2026-01-01 */

static const char valid_file[] = "[progress]\n"
                                 "app=relaxant-compare\n"
                                 "version=1\n"
                                 "\n"
                                 "[enzyme:tizanidine]\n"
                                 "box=2\n"
                                 "due=2026-01-03T00:00:00Z\n"
                                 "right=1\n"
                                 "wrong=0\n";

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = hostile_make_dir ();
  f->path = g_build_filename (f->dir, "progress.ini", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  hostile_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Loads, expects the file moved aside with the reason in the message, and
 * returns the record (empty, usable) and where the file went. */
static RcStudyProgress *
load_expect_set_aside (const char *path, const char *reason, char **moved)
{
  RcStudyProgress *progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;

  g_assert_false (rc_study_progress_load (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_CORRUPT);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, reason));
  g_assert_nonnull (rc_study_progress_get_moved_aside (progress));
  g_assert_nonnull (strstr (error->message, rc_study_progress_get_moved_aside (progress)));
  g_assert_true (g_str_has_prefix (rc_study_progress_get_moved_aside (progress), path));
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 0);
  /* The old name is free for the new record. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK));
  *moved = g_strdup (rc_study_progress_get_moved_aside (progress));
  return progress;
}

/* The record works after all: an answer is saved and read back. */
static void
assert_usable (RcStudyProgress *progress, const char *path)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcStudyProgress) again = rc_study_progress_new (path);

  rc_study_progress_record_answer (progress, "enzyme:baclofen", TRUE, NOW);
  g_assert_true (rc_study_progress_save (progress, &error));
  g_assert_no_error (error);
  g_assert_true (rc_study_progress_load (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (rc_study_progress_lookup (again, "enzyme:baclofen"));
}

static void
test_binary_junk (Fixture *f, gconstpointer data)
{
  static const char junk[] =
      "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe[progress]\napp=relaxant-compare";
  g_autofree char *moved = NULL;
  g_autofree char *kept = NULL;
  gsize            len = 0;
  g_autoptr (RcStudyProgress) progress = NULL;

  g_assert_true (g_file_set_contents (f->path, junk, sizeof junk, NULL));
  progress = load_expect_set_aside (f->path, "it is not a settings file", &moved);
  /* Moved, not rewritten: every byte, NULs included. */
  g_assert_true (g_file_get_contents (moved, &kept, &len, NULL));
  g_assert_cmpmem (kept, len, junk, sizeof junk);
  assert_usable (progress, f->path);
}

static void
test_huge_file (Fixture *f, gconstpointer data)
{
  g_autofree char *moved = NULL;
  g_autofree char *sparse = hostile_write_sparse (f->dir, "progress.ini", 64 * 1024 * 1024);
  g_autoptr (RcStudyProgress) progress = NULL;
  GStatBuf st;

  progress = load_expect_set_aside (f->path, "it is far too large", &moved);
  g_assert_cmpint (g_stat (moved, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 64 * 1024 * 1024);
  assert_usable (progress, f->path);
}

static void
test_folder_at_path (Fixture *f, gconstpointer data)
{
  g_autofree char *moved = NULL;
  g_autoptr (RcStudyProgress) progress = NULL;

  g_assert_cmpint (g_mkdir (f->path, 0755), ==, 0);
  g_free (hostile_write (f->path, "inside.txt", "mine", -1));
  progress = load_expect_set_aside (f->path, "it is not a regular file", &moved);
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_DIR));
  assert_usable (progress, f->path);
}

/* A pipe would block a reader forever: it is moved aside unopened. */
static void
test_fifo_at_path (Fixture *f, gconstpointer data)
{
  g_autofree char *moved = NULL;
  g_autoptr (RcStudyProgress) progress = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (f->path, 0644), ==, 0);
  progress = load_expect_set_aside (f->path, "it is not a regular file", &moved);
  g_assert_cmpint (g_lstat (moved, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  assert_usable (progress, f->path);
}

/* A link loop cannot be read, and is left alone: nothing is saved over it. */
static void
test_link_loop_at_path (Fixture *f, gconstpointer data)
{
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (f->path);
  g_autoptr (GError) error = NULL;
  g_autofree char *target = NULL;

  g_assert_cmpint (symlink ("progress.ini", f->path), ==, 0);
  g_assert_false (rc_study_progress_load (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, f->path));
  g_clear_error (&error);

  rc_study_progress_record_answer (progress, "enzyme:baclofen", TRUE, NOW);
  g_assert_false (rc_study_progress_save (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  target = g_file_read_link (f->path, NULL);
  g_assert_cmpstr (target, ==, "progress.ini");
}

/* A link to nothing is a missing file: an empty record that saves. */
static void
test_dangling_link_at_path (Fixture *f, gconstpointer data)
{
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (f->path);
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (symlink ("gone.ini", f->path), ==, 0);
  g_assert_true (rc_study_progress_load (progress, &error));
  g_assert_no_error (error);
  assert_usable (progress, f->path);
}

static void
test_numbers_past_limits (Fixture *f, gconstpointer data)
{
  static const char *const values[][2] = {
    { "box=2", "box=18446744073709551617" },
    { "right=1", "right=99999999999999999999" },
    { "wrong=0", "wrong=-1" },
    { "due=2026-01-03T00:00:00Z", "due=99999-01-01T00:00:00Z" },
    { "due=2026-01-03T00:00:00Z", "due=2026-02-30T00:00:00Z" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autoptr (GString) text = g_string_new (valid_file);
      g_autofree char *moved = NULL;
      g_autoptr (RcStudyProgress) progress = NULL;

      g_test_message ("%s", values[i][1]);
      g_assert_cmpuint (g_string_replace (text, values[i][0], values[i][1], 1), ==, 1);
      g_assert_true (g_file_set_contents (f->path, text->str, (gssize) text->len, NULL));
      progress = load_expect_set_aside (f->path, "card “enzyme:tizanidine” has an invalid", &moved);
    }
}

/* Many cards, each valid: all of them load (no quadratic stall, no
 * limit below the documented file size). */
static void
test_many_cards (Fixture *f, gconstpointer data)
{
  g_autoptr (GString) text = g_string_new ("[progress]\napp=relaxant-compare\nversion=1\n");
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (f->path);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text,
                            "[enzyme:card-%u]\nbox=1\ndue=2026-01-03T00:00:00Z\nright=0\n"
                            "wrong=0\n",
                            i);
  g_assert_cmpuint (text->len, <, RC_STUDY_PROGRESS_MAX_SIZE);
  g_assert_true (g_file_set_contents (f->path, text->str, (gssize) text->len, NULL));
  g_assert_true (rc_study_progress_load (progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 20000);
}

/* ---- Saving ------------------------------------------------------------ */

static RcStudyProgress *
loaded_record (const char *path)
{
  RcStudyProgress *progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_study_progress_load (progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 1);
  /* Enough answers that the new file is bigger than the old one. */
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *id = g_strdup_printf ("enzyme:card-%u", i);
      rc_study_progress_record_answer (progress, id, TRUE, NOW);
    }
  return progress;
}

static void
assert_kept (const char *dir, const char *path, const char *listing)
{
  g_autofree char *now = NULL;
  g_autofree char *names = hostile_list_dir (dir);

  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, valid_file);
  g_assert_cmpstr (names, ==, listing);
}

static void
test_save_full_disk (Fixture *f, gconstpointer data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "full", NULL);
  g_autofree char *path = g_build_filename (mnt, "progress.ini", NULL);
  g_autofree char *why = NULL;
  g_autoptr (RcStudyProgress) progress = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!hostile_mount_tmpfs (mnt, 1024 * 1024, FALSE, &why))
    {
      g_test_skip (why);
      return;
    }
  g_assert_true (g_file_set_contents (path, valid_file, -1, NULL));
  progress = loaded_record (path);
  hostile_fill_disk (mnt);

  g_assert_false (rc_study_progress_save (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_FAILED);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, "No space left on device"));
  assert_kept (mnt, path, "filler progress.ini");
  hostile_unmount (mnt);
}

static void
test_save_file_size_limit (Fixture *f, gconstpointer data)
{
  g_autoptr (RcStudyProgress) progress = NULL;
  g_autoptr (GError) error = NULL;
  struct rlimit old, low;
  void (*old_handler) (int);
  gboolean ok;

  g_assert_true (g_file_set_contents (f->path, valid_file, -1, NULL));
  progress = loaded_record (f->path);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  low = old;
  low.rlim_cur = 200;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &low), ==, 0);
  ok = rc_study_progress_save (progress, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_false (ok);
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_FAILED);
  g_test_message ("message: %s", error->message);
  assert_kept (f->dir, f->path, "progress.ini");
}

/* A corrupt file on a read-only disk can be neither read nor moved: the
 * record is blocked and never written over it. */
static void
test_corrupt_on_read_only_disk (Fixture *f, gconstpointer data)
{
  g_autofree char *mnt = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (mnt, "progress.ini", NULL);
  g_autofree char *why = NULL;
  g_autofree char *kept = NULL;
  g_autoptr (RcStudyProgress) progress = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (mnt, 0755), ==, 0);
  if (!hostile_mount_tmpfs (mnt, 1024 * 1024, FALSE, &why))
    {
      g_test_skip (why);
      return;
    }
  g_assert_true (g_file_set_contents (path, "junk", -1, NULL));
  g_assert_cmpint (mount (NULL, mnt, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  progress = rc_study_progress_new (path);
  g_assert_false (rc_study_progress_load (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  g_test_message ("message: %s", error->message);
  g_assert_nonnull (strstr (error->message, "could not be moved aside"));
  g_clear_error (&error);

  rc_study_progress_record_answer (progress, "enzyme:baclofen", TRUE, NOW);
  g_assert_false (rc_study_progress_save (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "junk");
  hostile_unmount (mnt);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/hostile/progress/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("binary-junk", test_binary_junk);
  ADD ("huge-file", test_huge_file);
  ADD ("folder-at-path", test_folder_at_path);
  ADD ("fifo-at-path", test_fifo_at_path);
  ADD ("link-loop-at-path", test_link_loop_at_path);
  ADD ("dangling-link-at-path", test_dangling_link_at_path);
  ADD ("numbers-past-limits", test_numbers_past_limits);
  ADD ("many-cards", test_many_cards);
  ADD ("save-full-disk", test_save_full_disk);
  ADD ("save-file-size-limit", test_save_file_size_limit);
  ADD ("corrupt-on-read-only-disk", test_corrupt_on_read_only_disk);
#undef ADD

  return g_test_run ();
}
