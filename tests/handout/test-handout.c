/* test-handout.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The handout's layout: paper sizes, source numbering, pagination, every
 * mark on every page inside the margins, rows split across pages with
 * nothing lost, and the options. No display needed. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rc-handout-export.h"
#include "rc-handout-test-utils.h"
#include "rc-handout.h"

static const char *const five[] = { "baclofen",      "tizanidine",   "cyclobenzaprine",
                                    "methocarbamol", "carisoprodol", NULL };
static const char *const two[] = { "baclofen", "tizanidine", NULL };

static RcKnowledgeBase *kb;

static RcHandout *
handout_new (const char *const *ids)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, &error);

  g_assert_no_error (error);
  return rc_handout_new (kb, comparison);
}

/* Writes the handout's PDF into the build directory and returns its path. */
static char *
write_pdf (RcHandout *handout, double width, double height, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = NULL;
  char *path = rc_handout_test_output_path (name);

  file = g_file_new_for_path (path);
  g_assert_true (rc_handout_export_to_file (handout, width, height, file, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_paper (void)
{
  RcHandoutPaper paper = RC_HANDOUT_PAPER_LETTER;
  double         width, height;

  g_assert_true (rc_handout_paper_from_string ("a4", &paper));
  g_assert_cmpint (paper, ==, RC_HANDOUT_PAPER_A4);
  g_assert_true (rc_handout_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, RC_HANDOUT_PAPER_LETTER);
  g_assert_false (rc_handout_paper_from_string ("legal", &paper));
  g_assert_false (rc_handout_paper_from_string ("", NULL));
  g_assert_false (rc_handout_paper_from_string (NULL, NULL));

  rc_handout_paper_get_size (RC_HANDOUT_PAPER_A4, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  rc_handout_paper_get_size (RC_HANDOUT_PAPER_LETTER, &width, &height);
  g_assert_cmpfloat (width, ==, 612);
  g_assert_cmpfloat (height, ==, 792);
  g_assert_cmpfloat_with_epsilon (RC_HANDOUT_MARGIN, 42.52, 0.01);
}

/* The sources are numbered by first citation, reading the table row by row,
 * and every cited source has exactly one number. */
static void
test_source_numbers (void)
{
  g_autoptr (RcHandout) handout = handout_new (five);
  RcComparison *comparison = rc_handout_get_comparison (handout);
  g_autoptr (GPtrArray) expected = g_ptr_array_new ();

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        for (guint s = 0; row->cells[c]->sources[s] != NULL; s++)
          if (!g_ptr_array_find_with_equal_func (expected, row->cells[c]->sources[s], g_str_equal,
                                                 NULL))
            g_ptr_array_add (expected, row->cells[c]->sources[s]);
    }
  g_assert_cmpuint (expected->len, >, 20);
  g_assert_cmpuint (rc_handout_get_n_sources (handout), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (rc_handout_get_source_id (handout, i), ==, g_ptr_array_index (expected, i));
}

static void
check_order (RcHandout *handout, guint n_pages)
{
  RcComparison *comparison = rc_handout_get_comparison (handout);
  int           last = 0;

  /* Rows in order, each on a page; then the charts; then the sources. */
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      int page = rc_handout_get_row_page (handout, r);

      g_assert_cmpint (page, >=, last);
      g_assert_cmpint (page, <, (int) n_pages);
      last = page;
    }
  if (rc_handout_get_include_charts (handout))
    {
      g_assert_cmpint (rc_handout_get_charts_page (handout), >=, last);
      last = rc_handout_get_charts_page (handout);
    }
  else
    g_assert_cmpint (rc_handout_get_charts_page (handout), ==, -1);
  g_assert_cmpint (rc_handout_get_sources_page (handout), >=, last);
  g_assert_cmpint (rc_handout_get_sources_page (handout), <, (int) n_pages);
}

/* Draws every page into a recording surface: whatever is drawn (text,
 * rules, charts) must lie within the page less its margins. */
static void
check_ink_within_margins (RcHandout *handout, double width, double height)
{
  guint n_pages = rc_handout_get_n_pages (handout);

  g_assert_cmpuint (n_pages, >, 0);
  for (guint p = 0; p < n_pages; p++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t         *cr = cairo_create (surface);
      double           x, y, w, h;

      rc_handout_draw_page (handout, cr, p);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);

      /* The extents are whole units rounded outwards: one more of slack. */
      g_test_message ("page %u of %u: ink %.1f,%.1f %.1f×%.1f", p + 1, n_pages, x, y, w, h);
      g_assert_cmpfloat (w, >, 0);
      g_assert_cmpfloat (x, >=, RC_HANDOUT_MARGIN - 2);
      g_assert_cmpfloat (y, >=, RC_HANDOUT_MARGIN - 2);
      g_assert_cmpfloat (x + w, <=, width - RC_HANDOUT_MARGIN + 2);
      g_assert_cmpfloat (y + h, <=, height - RC_HANDOUT_MARGIN + 2);
    }
}

static void
test_paginate (gconstpointer data)
{
  RcHandoutPaper paper = GPOINTER_TO_INT (data);
  g_autoptr (RcHandout) handout = handout_new (five);
  g_autoptr (RcHandout) small = handout_new (two);
  double width, height;
  guint  n_five, n_two;

  rc_handout_paper_get_size (paper, &width, &height);
  g_assert_cmpuint (rc_handout_get_n_pages (handout), ==, 0);
  n_five = rc_handout_paginate (handout, width, height);
  n_two = rc_handout_paginate (small, width, height);
  g_test_message ("five drugs: %u pages; two: %u", n_five, n_two);

  g_assert_cmpuint (n_five, >=, 2);
  g_assert_cmpuint (rc_handout_get_n_pages (handout), ==, n_five);
  g_assert_cmpuint (n_two, <, n_five);
  check_order (handout, n_five);
  check_order (small, n_two);
  check_ink_within_margins (handout, width, height);
  check_ink_within_margins (small, width, height);

  /* The same size again gives the same pages. */
  g_assert_cmpuint (rc_handout_paginate (handout, width, height), ==, n_five);
}

/* On paper too short for the tallest rows, rows break between lines, the
 * later pieces say "(continued)", and no word of any cell is lost. */
static void
test_split_rows (void)
{
  g_autoptr (RcHandout) handout = handout_new (five);
  RcComparison    *comparison = rc_handout_get_comparison (handout);
  const double     width = 595.28, height = 330;
  g_autofree char *pdf = write_pdf (handout, width, height, "handout-split.pdf");
  g_autofree char *text = rc_handout_test_pdf_text (pdf, 0);
  guint            n_pages = rc_handout_test_pdf_n_pages (pdf);
  gboolean         spans = FALSE;
  const char      *section = NULL;

  g_test_message ("%s: %u pages", pdf, n_pages);
  g_assert_cmpuint (n_pages, ==, rc_handout_get_n_pages (handout));
  g_assert_true (rc_handout_test_text_contains (text, "(continued)"));
  check_ink_within_margins (handout, width, height);
  rc_handout_test_assert_words_within (pdf, RC_HANDOUT_MARGIN, 1);

  for (guint r = 0; r + 1 < rc_comparison_get_n_rows (comparison); r++)
    if (rc_handout_get_row_page (handout, r + 1) - rc_handout_get_row_page (handout, r) >= 2)
      spans = TRUE;
  g_assert_true (spans);

  /* A section's heading is on the page where its first row starts. */
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);
      g_autofree char       *page_text = NULL;

      if (g_strcmp0 (section, row->section_key) == 0)
        continue;
      section = row->section_key;
      page_text = rc_handout_test_pdf_text (pdf, rc_handout_get_row_page (handout, r) + 1);
      if (!rc_handout_test_text_contains (page_text, row->section_label))
        g_error ("the heading “%s” is not on the page of its first row", row->section_label);
    }

  /* Every word of every cell is somewhere in the text. Only plain words
   * (letters, four to nine of them) are compared: Pango may break after a
   * dash or slash, or inside a word too long for its column. */
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          g_auto (GStrv) words = g_strsplit_set (row->cells[c]->text, " \n", -1);

          for (guint w = 0; words[w] != NULL; w++)
            {
              char    *word = g_strstrip (g_strdelimit (words[w], ",.;:()", ' '));
              glong    length = g_utf8_strlen (word, -1);
              gboolean plain = length >= 4 && length <= 9;

              for (const char *p = word; plain && *p != '\0'; p = g_utf8_next_char (p))
                plain = g_unichar_isalpha (g_utf8_get_char (p));
              if (plain && !rc_handout_test_text_contains (text, word))
                g_error ("“%s” of row %s, drug %u, is missing", word, row->key, c);
            }
        }
    }
}

static void
count_notify_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

static void
test_options (void)
{
  g_autoptr (RcHandout) handout = handout_new (two);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 3, 5, 12, 0, 0);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  guint            notified = 0;
  guint            with_charts, without;
  double           width, height;

  rc_handout_paper_get_size (RC_HANDOUT_PAPER_A4, &width, &height);
  g_assert_true (rc_handout_get_include_charts (handout));
  g_assert_null (rc_handout_get_date (handout));
  with_charts = rc_handout_paginate (handout, width, height);

  g_signal_connect (handout, "notify", G_CALLBACK (count_notify_cb), &notified);
  rc_handout_set_include_charts (handout, FALSE);
  rc_handout_set_include_charts (handout, FALSE);
  g_assert_cmpuint (notified, ==, 1);
  /* An option drops the pages: they are laid out again. */
  g_assert_cmpuint (rc_handout_get_n_pages (handout), ==, 0);
  without = rc_handout_paginate (handout, width, height);
  g_assert_cmpuint (without, <, with_charts);
  g_assert_cmpint (rc_handout_get_charts_page (handout), ==, -1);

  rc_handout_set_date (handout, date);
  rc_handout_set_date (handout, date);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (rc_handout_get_date (handout) == date);

  title = rc_handout_dup_title (handout);
  g_assert_cmpstr (title, ==, "Skeletal muscle relaxants compared: Baclofen, Tizanidine");
  pdf = write_pdf (handout, width, height, "handout-options.pdf");
  text = rc_handout_test_pdf_text (pdf, 0);
  g_assert_true (rc_handout_test_text_contains (text, title));
  g_assert_true (rc_handout_test_text_contains (text, "Prepared on 5 March 2026"));
  g_assert_true (rc_handout_test_text_contains (text, rc_knowledge_base_get_version (kb)));
  g_assert_true (rc_handout_test_text_contains (text, "For learning only — not dosing advice."));
  g_assert_true (rc_handout_test_text_contains (text, "Page 1 of"));
  /* Without charts there is no chart title. */
  g_assert_false (rc_handout_test_text_contains (text, "Dose titration"));
}

static void
test_bytes_are_pdf (void)
{
  g_autoptr (RcHandout) handout = handout_new (two);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes = rc_handout_export_to_bytes (handout, 612, 792, &error);
  gsize       size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
}

/* A target in a missing folder, or a folder itself: a plain error and
 * nothing written. */
static void
test_export_errors (void)
{
  g_autoptr (RcHandout) handout = handout_new (two);
  g_autofree char *dir = g_dir_make_tmp ("rc-handout-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "h.pdf", NULL);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr (GFile) folder = g_file_new_for_path (dir);
  g_autoptr (GError) error = NULL;
  g_autoptr (GDir) listing = NULL;

  g_assert_false (rc_handout_export_to_file (handout, 612, 792, missing_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "does not exist"));
  g_clear_error (&error);

  g_assert_false (rc_handout_export_to_file (handout, 612, 792, folder, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);

  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  rc_handout_test_init (&argc, &argv);
  kb = rc_handout_test_load_kb ();

  g_test_add_func ("/handout/paper", test_paper);
  g_test_add_func ("/handout/source-numbers", test_source_numbers);
  g_test_add_data_func ("/handout/paginate/a4", GINT_TO_POINTER (RC_HANDOUT_PAPER_A4),
                        test_paginate);
  g_test_add_data_func ("/handout/paginate/letter", GINT_TO_POINTER (RC_HANDOUT_PAPER_LETTER),
                        test_paginate);
  g_test_add_func ("/handout/split-rows", test_split_rows);
  g_test_add_func ("/handout/options", test_options);
  g_test_add_func ("/handout/bytes-are-pdf", test_bytes_are_pdf);
  g_test_add_func ("/handout/export-errors", test_export_errors);

  status = g_test_run ();
  g_object_unref (kb);
  return status;
}
