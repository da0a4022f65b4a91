/* test-handout-cli.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* "--export-handout FILE.pdf [--drugs …] [--paper a4|letter]" through the
 * real option handling (rc-cli-driver), and the PDF it writes read back
 * with poppler's tools: pages, embedded fonts, the text a reader needs,
 * margins, the header row on every table page; and errors that leave
 * nothing behind. */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rc-handout-test-utils.h"
#include "rc-handout.h"

static char            *driver;
static char            *tmp_dir;
static RcKnowledgeBase *kb;

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

/* Runs the driver with the arguments, NULL-terminated. */
static void
run_driver (Run *run, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = NULL;
  g_autofree char *line = NULL;
  va_list          args;
  const char      *arg;

  g_ptr_array_add (argv, driver);
  va_start (args, run);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  line = g_strjoinv (" ", (char **) argv->pdata);
  g_test_message ("running: %s", line);
  proc =
      g_subprocess_newv ((const char *const *) argv->pdata,
                         G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  run->status = g_subprocess_get_exit_status (proc);
  g_test_message ("exit %d; stderr: %s", run->status, run->err);
}

static RcComparison *
comparison_for (const char *const *ids)
{
  g_autoptr (GError) error = NULL;
  RcComparison *comparison = rc_comparison_new (kb, ids, &error);

  g_assert_no_error (error);
  return comparison;
}

/* The drug names of the header row: on the first table page below the
 * title, one line in column order; on every later table page, at the top.
 * Returns the first and last table pages (1-based). */
static void
check_header_rows (const char    *pdf,
                   RcComparison  *comparison,
                   RcHandoutPaper paper,
                   guint         *first_out,
                   guint         *last_out)
{
  g_autoptr (RcHandout) handout = rc_handout_new (kb, comparison);
  g_autoptr (GPtrArray) words = rc_handout_test_pdf_words (pdf);
  guint  n_rows = rc_comparison_get_n_rows (comparison);
  double width, height;
  guint  first, last;

  /* The same layout as the command line's: same code, same fonts. */
  rc_handout_paper_get_size (paper, &width, &height);
  g_assert_cmpuint (rc_handout_paginate (handout, width, height), ==,
                    rc_handout_test_pdf_n_pages (pdf));
  first = rc_handout_get_row_page (handout, 0) + 1;
  last = rc_handout_get_row_page (handout, n_rows - 1) + 1;
  g_assert_cmpuint (last, >, first);
  *first_out = first;
  *last_out = last;

  for (guint page = first; page <= last; page++)
    {
      double y = -1, x = 0;

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
        {
          const char       *name = rc_drug_get_name (rc_comparison_get_drug (comparison, c));
          const RcTestWord *found = NULL;

          /* The first word that is the name and lies right of the previous
           * name on the same line. */
          for (guint i = 0; i < words->len && found == NULL; i++)
            {
              const RcTestWord *w = g_ptr_array_index (words, i);

              if (w->page == page && g_str_equal (w->text, name) && w->x_min > x &&
                  (y < 0 || ABS (w->y_min - y) < 1))
                found = w;
            }
          if (found == NULL)
            g_error ("%s: page %u has no header cell “%s”", pdf, page, name);
          if (page > first)
            g_assert_cmpfloat (found->y_min, <, RC_HANDOUT_MARGIN + 12);
          y = found->y_min;
          x = found->x_max;
        }
    }
}

/* Every source number 1…n is cited by some cell, and none beyond n. The
 * markers ("[3, 9–12]") are read from the words of the table pages in
 * the small type they are set in (cell text is larger), since a marker
 * that wraps is two words that pdftotext need not keep together; a range
 * never wraps. */
static void
check_markers (GPtrArray *words, guint first_page, guint last_page, guint n_sources)
{
  g_autoptr (GRegex) marker = g_regex_new ("^\\[?([0-9]+)(–([0-9]+))?[,\\]]?$", 0, 0, NULL);
  g_autofree gboolean *cited = g_new0 (gboolean, n_sources + 1);
  guint                n_fragments = 0;

  for (guint i = 0; i < words->len; i++)
    {
      const RcTestWord *w = g_ptr_array_index (words, i);
      g_autoptr (GMatchInfo) match = NULL;
      g_autofree char *lo_text = NULL;
      g_autofree char *hi_text = NULL;
      guint64          lo, hi;

      /* Markers are 7.5 pt (about 8.7 pt high), cells 9 pt (about 10.5);
       * the footer, also small, is below the content. */
      if (w->page < first_page || w->page > last_page || w->y_max - w->y_min > 9.6 ||
          w->y_min > w->page_height - RC_HANDOUT_MARGIN - 14 ||
          !g_regex_match (marker, w->text, 0, &match))
        continue;
      n_fragments++;
      lo_text = g_match_info_fetch (match, 1);
      hi_text = g_match_info_fetch (match, 3);
      lo = g_ascii_strtoull (lo_text, NULL, 10);
      hi = hi_text != NULL && *hi_text != '\0' ? g_ascii_strtoull (hi_text, NULL, 10) : lo;
      if (lo < 1 || hi > n_sources || hi < lo)
        g_error ("page %u: marker “%s” is not a source number (1–%u)", w->page, w->text, n_sources);
      for (guint64 n = lo; n <= hi; n++)
        cited[n] = TRUE;
    }
  g_test_message ("%u marker words on pages %u–%u", n_fragments, first_page, last_page);
  for (guint n = 1; n <= n_sources; n++)
    if (!cited[n])
      g_error ("source %u is listed but no cell cites it", n);
}

static void
check_handout (const char *pdf, const char *const *ids, RcHandoutPaper paper)
{
  g_autoptr (RcComparison) comparison = comparison_for (ids);
  g_autoptr (RcHandout) numbering = rc_handout_new (kb, comparison);
  g_autofree char *text = rc_handout_test_pdf_text (pdf, 0);
  g_auto (GStrv) fonts = rc_handout_test_pdf_fonts (pdf);
  guint n_pages = rc_handout_test_pdf_n_pages (pdf);
  g_autoptr (GPtrArray) words = NULL;
  guint       n_words, first, last;
  const char *section = NULL;

  g_test_message ("%s: %u pages", pdf, n_pages);
  g_assert_cmpuint (n_pages, >=, 2);

  /* Fonts are embedded, so it prints the same anywhere. */
  g_assert_cmpuint (g_strv_length (fonts), >, 0);
  for (guint i = 0; fonts[i] != NULL; i++)
    {
      g_auto (GStrv) fields = g_strsplit_set (fonts[i], " ", -1);
      g_autoptr (GPtrArray) nonempty = g_ptr_array_new ();

      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (nonempty, fields[f]);
      /* name type… encoding emb sub uni object ID: emb is 5th from the end. */
      g_assert_cmpuint (nonempty->len, >=, 7);
      if (!g_str_equal (g_ptr_array_index (nonempty, nonempty->len - 5), "yes"))
        g_error ("font not embedded: %s", fonts[i]);
    }

  for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
    g_assert_true (rc_handout_test_text_contains (
        text, rc_drug_get_name (rc_comparison_get_drug (comparison, c))));
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      if (g_strcmp0 (section, row->section_key) == 0)
        continue;
      section = row->section_key;
      if (!rc_handout_test_text_contains (text, row->section_label))
        g_error ("section “%s” is missing", row->section_label);
    }

  g_assert_true (rc_handout_test_text_contains (text, "Sources"));
  g_assert_true (rc_handout_test_text_contains (text, "For learning only — not dosing advice."));
  g_assert_true (rc_handout_test_text_contains (text, rc_knowledge_base_get_version (kb)));
  {
    g_autofree char *footer = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

    g_assert_true (rc_handout_test_text_contains (text, footer));
  }

  /* Every cited source, by its number and the first words of its title
   * (a title may wrap, and pdftotext joins the lines). */
  g_assert_cmpuint (rc_handout_get_n_sources (numbering), >, 0);
  for (guint s = 0; s < rc_handout_get_n_sources (numbering); s++)
    {
      const char *id = rc_handout_get_source_id (numbering, s);
      RcSource   *source = NULL;

      for (guint c = 0; c < rc_comparison_get_n_drugs (comparison) && source == NULL; c++)
        source = rc_drug_lookup_source (rc_comparison_get_drug (comparison, c), id);
      g_assert_nonnull (source);
      {
        g_autofree char *title = rc_handout_test_first_words (rc_source_get_title (source), 3);
        g_autofree char *entry = g_strdup_printf ("%u. %s", s + 1, title);

        if (!rc_handout_test_text_contains (text, entry))
          g_error ("source %u (“%s”) is missing", s + 1, title);
      }
    }
  n_words = rc_handout_test_assert_words_within (pdf, RC_HANDOUT_MARGIN, 1);
  g_assert_cmpuint (n_words, >, 500);
  check_header_rows (pdf, comparison, paper, &first, &last);
  words = rc_handout_test_pdf_words (pdf);
  check_markers (words, first, last, rc_handout_get_n_sources (numbering));
}

static guint
export_and_check (const char *paper_name, RcHandoutPaper paper, const char *const *ids)
{
  g_auto (Run) run = { 0 };
  g_autofree char *drugs = g_strjoinv (",", (char **) ids);
  g_autofree char *name = g_strdup_printf ("handout-%u-%s.pdf", g_strv_length ((char **) ids),
                                           paper_name != NULL ? paper_name : "default");
  g_autofree char *pdf = rc_handout_test_output_path (name);

  g_unlink (pdf);
  if (paper_name != NULL)
    run_driver (&run, "--export-handout", pdf, "--drugs", drugs, "--paper", paper_name, NULL);
  else
    run_driver (&run, "--export-handout", pdf, "--drugs", drugs, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  check_handout (pdf, ids, paper);
  return rc_handout_test_pdf_n_pages (pdf);
}

static void
test_five_and_two (gconstpointer data)
{
  const char    *paper_name = data;
  RcHandoutPaper paper = RC_HANDOUT_PAPER_A4;
  const char    *five[] = { "baclofen",      "tizanidine",   "cyclobenzaprine",
                            "methocarbamol", "carisoprodol", NULL };
  const char    *two[] = { "methocarbamol", "baclofen", NULL };
  guint          n_five, n_two;

  if (paper_name != NULL)
    g_assert_true (rc_handout_paper_from_string (paper_name, &paper));
  n_five = export_and_check (paper_name, paper, five);
  n_two = export_and_check (paper_name, paper, two);
  g_test_message ("%s: five drugs %u pages, two drugs %u pages",
                  paper_name != NULL ? paper_name : "default (A4)", n_five, n_two);
  g_assert_cmpuint (n_two, <, n_five);
}

static void
assert_dir_empty (const char *dir)
{
  g_autoptr (GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  if ((name = g_dir_read_name (listing)) != NULL)
    g_error ("%s was left behind", name);
}

/* Each mistake: a message on stderr naming it, the exit status, and no
 * file, temporary or not; an existing file is left as it was. */
static void
test_errors (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "errors", NULL);
  g_autofree char *pdf = g_build_filename (dir, "h.pdf", NULL);
  g_autofree char *keep = g_build_filename (tmp_dir, "keep.pdf", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "h.pdf", NULL);
  g_autofree char *not_pdf = g_build_filename (dir, "h.png", NULL);
  g_autofree char *contents = NULL;
  struct
  {
    const char *args[7];
    int         status;
    const char *mentions;
  } cases[] = {
    { { "--export-handout", pdf, "--paper", "legal", NULL }, 2, "legal" },
    { { "--export-handout", pdf, "--drugs", "baclofen,aspirin", NULL }, 2, "aspirin" },
    { { "--export-handout", pdf, "--drugs", " , ", NULL }, 2, "--drugs" },
    { { "--export-handout", not_pdf, NULL }, 2, ".pdf" },
    { { "--export-handout", dir, NULL }, 2, ".pdf" },
    { { "--export-handout", missing, NULL }, 1, "does not exist" },
    { { "--export-handout", pdf, "--export-table", "-", NULL }, 2, "cannot be combined" },
    { { "--paper", "a4", NULL }, 2, "--paper" },
    { { "--export-handout", keep, "--paper", "tabloid", NULL }, 2, "tabloid" },
    { { "--export-handout", keep, "--drugs", "nosuchdrug", NULL }, 2, "nosuchdrug" },
  };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (keep, "keep", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Run) run = { 0 };
      g_autoptr (GPtrArray) argv = g_ptr_array_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (GSubprocess) proc = NULL;

      g_ptr_array_add (argv, driver);
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (argv, (gpointer) cases[i].args[a]);
      g_ptr_array_add (argv, NULL);
      proc = g_subprocess_newv ((const char *const *) argv->pdata,
                                G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                                &error);
      g_assert_no_error (error);
      g_subprocess_communicate_utf8 (proc, NULL, NULL, &run.out, &run.err, &error);
      g_assert_no_error (error);
      run.status = g_subprocess_get_exit_status (proc);
      g_test_message ("case %u: exit %d; stderr: %s", i, run.status, run.err);

      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "relaxant-compare: "));
      g_assert_nonnull (strstr (run.err, cases[i].mentions));
      assert_dir_empty (dir);
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }

  g_assert_true (g_file_get_contents (keep, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep");
  g_unlink (keep);
  g_rmdir (dir);
}

/* A PDF written over an existing file replaces it whole. */
static void
test_replaces (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *pdf = g_build_filename (tmp_dir, "replace.pdf", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  run_driver (&run, "--export-handout", pdf, "--drugs", "tizanidine", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_cmpuint (rc_handout_test_pdf_n_pages (pdf), >=, 1);
  g_unlink (pdf);
}

/* A knowledge-base file from elsewhere with a cell and a source title far
 * longer than a page: both break across pages, with "(continued)", and
 * nothing is drawn past the margins or lost. */
static void
test_long_texts (void)
{
  g_auto (Run) run = { 0 };
  g_autofree char *dir = g_build_filename (tmp_dir, "long", NULL);
  g_autofree char *drug = g_build_filename (dir, "longtext.xml", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "long.pdf", NULL);
  g_autofree char *source =
      g_build_filename (g_getenv ("RC_SOURCE_DIR"), "data", "drugs", "carisoprodol.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GString) edited = NULL;
  g_autoptr (GString) long_class = g_string_new (NULL);
  g_autoptr (GString) long_title = g_string_new ("Longtitle");
  const char *old_class = "Centrally acting skeletal muscle relaxant; a carbamate related to "
                          "meprobamate</class>";
  const char *old_title = "DailyMed: SOMA (carisoprodol) tablet (Meda PLR label, Rebel "
                          "Distributors)</title>";

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (long_class, "word%u ", i);
  g_string_append (long_class, "lastclassword</class>");
  for (guint i = 0; i < 900; i++)
    g_string_append_printf (long_title, " title%u", i);
  g_string_append (long_title, " lasttitleword</title>");

  g_assert_true (g_file_get_contents (source, &xml, NULL, NULL));
  edited = g_string_new (xml);
  g_assert_cmpuint (g_string_replace (edited, "id=\"carisoprodol\"", "id=\"longtext\"", 1), ==, 1);
  g_assert_cmpuint (
      g_string_replace (edited, "<name>Carisoprodol</name>", "<name>Longtext</name>", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, old_class, long_class->str, 1), ==, 1);
  g_assert_cmpuint (g_string_replace (edited, old_title, long_title->str, 1), ==, 1);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (drug, edited->str, -1, NULL));

  run_driver (&run, "--kb-dir", dir, "--export-handout", pdf, "--drugs", "baclofen,longtext", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "warning"));

  rc_handout_test_assert_words_within (pdf, RC_HANDOUT_MARGIN, 1);
  text = rc_handout_test_pdf_text (pdf, 0);
  g_assert_true (rc_handout_test_text_contains (text, "(continued)"));
  g_assert_true (rc_handout_test_text_contains (text, "word399 lastclassword"));
  g_assert_true (rc_handout_test_text_contains (text, "title899 lasttitleword"));
  g_assert_true (rc_handout_test_text_contains (text, "Longtitle title0 title1"));

  g_unlink (pdf);
  g_unlink (drug);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  rc_handout_test_init (&argc, &argv);

  driver = g_test_build_filename (G_TEST_BUILT, "cli", "rc-cli-driver", NULL);
  tmp_dir = g_dir_make_tmp ("rc-handout-cli-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  kb = rc_handout_test_load_kb ();

  g_test_add_data_func ("/handout-cli/a4", "a4", test_five_and_two);
  g_test_add_data_func ("/handout-cli/letter", "letter", test_five_and_two);
  g_test_add_data_func ("/handout-cli/default-paper", NULL, test_five_and_two);
  g_test_add_func ("/handout-cli/errors", test_errors);
  g_test_add_func ("/handout-cli/replaces", test_replaces);
  g_test_add_func ("/handout-cli/long-texts", test_long_texts);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_free (driver);
  g_object_unref (kb);
  return status;
}
