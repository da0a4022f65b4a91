/* test-study-progress.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rc-study-progress.h"

#define DAY ((gint64) 24 * 60 * 60)
#define NOW ((gint64) 1795251600) /* 2026-11-21 09:00 UTC */

static char *
make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("rc-progress-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GDir       *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_unlink (path);
      return;
    }
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

static GPtrArray *
list_dir (const char *path)
{
  GPtrArray  *names = g_ptr_array_new_with_free_func (g_free);
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (dir);
  return names;
}

static void
test_default_path (void)
{
  g_autofree char *path = rc_study_progress_get_default_path ();
  g_autofree char *expected =
      g_build_filename (g_get_user_data_dir (), "relaxant-compare", "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (rc_study_progress_get_path (progress), ==, expected);
}

static void
test_missing_file_is_empty (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_study_progress_load (progress, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 0);
  g_assert_null (rc_study_progress_get_moved_aside (progress));
  g_assert_null (rc_study_progress_lookup (progress, "max-daily:tizanidine:oral"));
  remove_tree (dir);
}

static void
test_round_trip (void)
{
  g_autofree char *dir = make_dir ();
  /* The folder does not exist yet: saving creates it. */
  g_autofree char *path = g_build_filename (dir, "relaxant-compare", "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (RcStudyProgress) again = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr (GPtrArray) names = NULL;
  const RcCardState *state;
  RcCardState        manual = { 4, NOW + 7 * DAY, 5, 2, NOW - 3 * DAY };

  g_assert_true (rc_study_progress_load (progress, &error));
  rc_study_progress_record_answer (progress, "max-daily:tizanidine:oral", TRUE, NOW);
  rc_study_progress_record_answer (progress, "max-daily:tizanidine:oral", TRUE, NOW + DAY);
  rc_study_progress_record_answer (progress, "myth:baclofen:indication-2", FALSE, NOW);
  rc_study_progress_set_state (progress, "beers:tizanidine", &manual);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 3);

  g_assert_true (rc_study_progress_save (progress, &error));
  g_assert_no_error (error);

  /* A key file with the marker and version, and no temporary file left. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "[progress]"));
  g_assert_nonnull (strstr (contents, "app=relaxant-compare"));
  g_assert_nonnull (strstr (contents, "version=1"));
  g_assert_nonnull (strstr (contents, "[max-daily:tizanidine:oral]"));
  g_assert_nonnull (strstr (contents, "due=2026-11-25T09:00:00Z"));
  names = list_dir (parent);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "progress.ini");

  g_assert_true (rc_study_progress_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (again), ==, 3);

  state = rc_study_progress_lookup (again, "max-daily:tizanidine:oral");
  g_assert_nonnull (state);
  g_assert_cmpuint (state->box, ==, 3);
  g_assert_cmpuint (state->right, ==, 2);
  g_assert_cmpuint (state->wrong, ==, 0);
  g_assert_cmpint (state->last, ==, NOW + DAY);
  g_assert_cmpint (state->due, ==, NOW + DAY + 3 * DAY);

  state = rc_study_progress_lookup (again, "myth:baclofen:indication-2");
  g_assert_cmpuint (state->box, ==, 1);
  g_assert_cmpuint (state->wrong, ==, 1);
  g_assert_cmpint (state->due, ==, NOW);

  state = rc_study_progress_lookup (again, "beers:tizanidine");
  g_assert_cmpuint (state->box, ==, manual.box);
  g_assert_cmpint (state->due, ==, manual.due);
  g_assert_cmpuint (state->right, ==, manual.right);
  g_assert_cmpuint (state->wrong, ==, manual.wrong);
  g_assert_cmpint (state->last, ==, manual.last);

  /* The table feeds the scheduler directly. */
  g_assert_true (g_hash_table_contains (rc_study_progress_get_states (again), "beers:tizanidine"));

  remove_tree (dir);
}

static void
test_reset (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (RcStudyProgress) again = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;

  rc_study_progress_record_answer (progress, "schedule:carisoprodol", TRUE, NOW);
  g_assert_true (rc_study_progress_save (progress, &error));
  rc_study_progress_reset (progress);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 0);
  g_assert_true (rc_study_progress_save (progress, &error));
  g_assert_no_error (error);

  g_assert_true (rc_study_progress_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (again), ==, 0);
  remove_tree (dir);
}

/* Writes contents (length bytes) as the progress file, loads it and checks
 * that it was moved aside intact, reported, and that a fresh record
 * works and is saved next to the kept file. */
static void
check_set_aside (const char *contents, gssize length, const char *what)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (RcStudyProgress) again = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GRegex) pattern = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_contents = NULL;
  g_autofree char *base = NULL;
  gsize            kept_length;
  const char      *moved;

  {
    g_autofree char *escaped = g_strescape (what, NULL);

    g_test_message ("corrupt file: %s", escaped);
  }
  if (length < 0)
    length = (gssize) strlen (contents);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  g_assert_false (rc_study_progress_load (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_CORRUPT);
  g_assert_cmpuint (rc_study_progress_get_n_cards (progress), ==, 0);

  /* Moved aside under a dated name, byte for byte, and named in the
   * message for the user. */
  moved = rc_study_progress_get_moved_aside (progress);
  g_assert_nonnull (moved);
  kept = g_strdup (moved);
  base = g_path_get_basename (kept);
  pattern = g_regex_new ("^progress\\.ini\\.corrupt-[0-9]{8}-[0-9]{6}(-[0-9]+)?$", 0, 0, NULL);
  g_assert_true (g_regex_match (pattern, base, 0, NULL));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (kept, &kept_contents, &kept_length, NULL));
  g_assert_cmpmem (kept_contents, kept_length, contents, length);
  g_assert_nonnull (strstr (error->message, kept));
  g_test_message ("message: %s", error->message);

  /* A fresh record works and does not touch the kept file. */
  rc_study_progress_record_answer (progress, "enzyme:tizanidine", TRUE, NOW);
  g_clear_error (&error);
  g_assert_true (rc_study_progress_save (progress, &error));
  g_assert_no_error (error);
  g_assert_true (rc_study_progress_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rc_study_progress_get_n_cards (again), ==, 1);
  g_assert_nonnull (rc_study_progress_lookup (again, "enzyme:tizanidine"));
  g_clear_pointer (&kept_contents, g_free);
  g_assert_true (g_file_get_contents (kept, &kept_contents, &kept_length, NULL));
  g_assert_cmpmem (kept_contents, kept_length, contents, length);

  remove_tree (dir);
}

static void
test_corrupt_garbage (void)
{
  static const char garbage[] = { '\x7f', 'E',    'L',    'F', '\0', '\xff', '\xfe', '[',
                                  '\n',   '\x01', '\x80', 'x', '=',  '\xc3', '\x28', '\n' };

  check_set_aside (garbage, sizeof garbage, "binary garbage");
  check_set_aside ("this is not a key file\n", -1, "plain text");
  check_set_aside ("", -1, "empty file");
}

static void
test_corrupt_foreign (void)
{
  check_set_aside ("[Desktop Entry]\nName=Something else\nExec=true\n", -1, "a desktop file");
  check_set_aside ("[progress]\napp=another-app\nversion=1\n", -1, "another app's marker");
  check_set_aside ("[progress]\nversion=1\n", -1, "no marker");
}

static void
test_corrupt_version (void)
{
  check_set_aside ("[progress]\napp=relaxant-compare\nversion=2\n\n[beers:tizanidine]\nbox=2\n"
                   "due=2026-11-22T09:00:00Z\nright=1\nwrong=0\n",
                   -1, "a newer version");
  check_set_aside ("[progress]\napp=relaxant-compare\n", -1, "no version");
}

static void
test_corrupt_values (void)
{
  const char *const header = "[progress]\napp=relaxant-compare\nversion=1\n\n";
  const char *const cards[] = {
    "[beers:tizanidine]\nbox=9\ndue=2026-11-22T09:00:00Z\nright=1\nwrong=0\n",
    "[beers:tizanidine]\nbox=0\ndue=2026-11-22T09:00:00Z\nright=1\nwrong=0\n",
    "[beers:tizanidine]\nbox=2\ndue=yesterday\nright=1\nwrong=0\n",
    "[beers:tizanidine]\nbox=2\ndue=2026-11-22T09:00:00Z\nright=-1\nwrong=0\n",
    "[beers:tizanidine]\nbox=2\ndue=2026-11-22T09:00:00Z\nright=1\n",
    "[beers:tizanidine]\nbox=two\ndue=2026-11-22T09:00:00Z\nright=1\nwrong=0\n",
    "[beers:tizanidine]\nbox=2\ndue=2026-11-22T09:00:00Z\nright=1\nwrong=0\nlast=never\n",
    "[not a card]\nbox=2\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *contents = g_strconcat (header, cards[i], NULL);

      check_set_aside (contents, -1, cards[i]);
    }
}

/* Two bad files in the same second each keep their own copy. */
static void
test_corrupt_twice (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autoptr (GPtrArray) names = NULL;
  guint loads = 0;

  /* Loop until two loads fall in the same second, or at most a few times:
   * the check needs no particular timing. */
  do
    {
      g_assert_true (g_file_set_contents (path, "garbage one", -1, NULL));
      g_assert_false (rc_study_progress_load (progress, NULL));
      g_free (first);
      first = g_strdup (rc_study_progress_get_moved_aside (progress));
      g_assert_true (g_file_set_contents (path, "garbage two", -1, NULL));
      g_assert_false (rc_study_progress_load (progress, &error));
      g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_CORRUPT);
      g_clear_error (&error);
      loads += 2;
    }
  while (!g_str_has_prefix (rc_study_progress_get_moved_aside (progress), first) && loads < 10);

  g_assert_cmpstr (rc_study_progress_get_moved_aside (progress), !=, first);
  names = list_dir (dir);
  /* Every load kept its file: nothing was overwritten. */
  g_assert_cmpuint (names->len, ==, loads);
  remove_tree (dir);
}

/* A path that cannot be read or moved (its "folder" is a file): the record
 * starts empty, and saving refuses rather than overwriting anything. */
static void
test_blocked (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *path = g_build_filename (file, "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (file, "keep me", -1, NULL));
  g_assert_false (rc_study_progress_load (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  g_clear_error (&error);

  rc_study_progress_record_answer (progress, "enzyme:tizanidine", TRUE, NOW);
  g_assert_false (rc_study_progress_save (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED);
  g_assert_true (g_file_get_contents (file, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
  remove_tree (dir);
}

/* Writing where no folder can be made fails with a message. */
static void
test_save_failure (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *path = g_build_filename (file, "sub", "progress.ini", NULL);
  g_autoptr (RcStudyProgress) progress = rc_study_progress_new (path);
  g_autoptr (GError) error = NULL;

  g_assert_true (g_file_set_contents (file, "x", -1, NULL));
  rc_study_progress_record_answer (progress, "enzyme:tizanidine", TRUE, NOW);
  g_assert_false (rc_study_progress_save (progress, &error));
  g_assert_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_FAILED);
  remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/study/progress/default-path", test_default_path);
  g_test_add_func ("/study/progress/missing-file-is-empty", test_missing_file_is_empty);
  g_test_add_func ("/study/progress/round-trip", test_round_trip);
  g_test_add_func ("/study/progress/reset", test_reset);
  g_test_add_func ("/study/progress/corrupt/garbage", test_corrupt_garbage);
  g_test_add_func ("/study/progress/corrupt/foreign", test_corrupt_foreign);
  g_test_add_func ("/study/progress/corrupt/version", test_corrupt_version);
  g_test_add_func ("/study/progress/corrupt/values", test_corrupt_values);
  g_test_add_func ("/study/progress/corrupt/twice", test_corrupt_twice);
  g_test_add_func ("/study/progress/blocked", test_blocked);
  g_test_add_func ("/study/progress/save-failure", test_save_failure);

  return g_test_run ();
}
