/* test-handout-dialogs.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's print and export commands, run for real under Xvfb: the
 * print operation's pages are the PDF export's pages; "Export Table…" and
 * "Export Handout as PDF…" write what the file chooser was told, in the
 * format its name or filter says, and show a dialog when they cannot. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "rc-handout-export.h"
#include "rc-handout-print.h"
#include "rc-handout-test-utils.h"
#include "rc-table-export-dialog.h"

static const char *const two[] = { "tizanidine", "carisoprodol", NULL };

static RcKnowledgeBase *kb;
static char            *tmp_dir;
static gboolean         have_display;

#define SKIP_WITHOUT_DISPLAY()                                                     \
  G_STMT_START                                                                     \
  {                                                                                \
    if (!have_display)                                                             \
      {                                                                            \
        g_test_skip ("no display: the suite runs under Xvfb (build-aux/test.sh)"); \
        return;                                                                    \
      }                                                                            \
  }                                                                                \
  G_STMT_END

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  GType      type;
  GtkWindow *parent;
} Wanted;

/* A shown toplevel of a type over parent, or NULL. (GTK's own file
 * chooser may leave a dialog of its own behind when it is closed while
 * still loading a folder; those have no parent.) */
static GtkWindow *
find_toplevel (GType type, GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == parent)
        return window;
    }
  return NULL;
}

/* How many shown windows are transient for parent. */
static guint
count_dialogs_over (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint       count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (window)) &&
          gtk_window_get_transient_for (window) == parent)
        count++;
    }
  return count;
}

static gboolean
toplevel_shown (gpointer data)
{
  Wanted *wanted = data;

  return find_toplevel (wanted->type, wanted->parent) != NULL;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_REGULAR);
}

/* Iterates the main loop until condition holds or a generous deadline
 * passes (a guard against hangs, not a timing check). */
static gboolean
wait_until (GSourceFunc condition, gpointer data)
{
  gboolean expired = FALSE;
  guint    id = g_timeout_add_seconds (30, timeout_cb, &expired);

  while (!condition (data) && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  return condition (data);
}

static gboolean
flag_set (gpointer data)
{
  return *(gboolean *) data;
}

/* The toplevel of a type over parent once it is shown. */
static GtkWindow *
wait_for_toplevel (GType type, GtkWindow *parent)
{
  Wanted wanted = { type, parent };

  wait_until (toplevel_shown, &wanted);
  return find_toplevel (type, parent);
}

static void
destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  flush ();
}

static RcComparison *
comparison_new (void)
{
  g_autoptr (GError) error = NULL;
  RcComparison *comparison = rc_comparison_new (kb, two, &error);

  g_assert_no_error (error);
  return comparison;
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* ---- Format by name or filter --------------------------------------- */

static void
test_format_for_file (void)
{
  struct
  {
    const char   *name;
    RcTableFormat filter;
    RcTableFormat expected;
  } cases[] = {
    { "t.csv", RC_TABLE_FORMAT_HTML, RC_TABLE_FORMAT_CSV },
    { "t.MD", RC_TABLE_FORMAT_CSV, RC_TABLE_FORMAT_MARKDOWN },
    { "t.markdown", RC_TABLE_FORMAT_CSV, RC_TABLE_FORMAT_MARKDOWN },
    { "t.htm", RC_TABLE_FORMAT_CSV, RC_TABLE_FORMAT_HTML },
    { "t.html", RC_TABLE_FORMAT_MARKDOWN, RC_TABLE_FORMAT_HTML },
    { "table", RC_TABLE_FORMAT_HTML, RC_TABLE_FORMAT_HTML },
    { "notes.txt", RC_TABLE_FORMAT_MARKDOWN, RC_TABLE_FORMAT_MARKDOWN },
    { ".csv", RC_TABLE_FORMAT_HTML, RC_TABLE_FORMAT_HTML },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, cases[i].name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);

      g_assert_cmpint (rc_table_export_dialog_format_for_file (file, cases[i].filter), ==,
                       cases[i].expected);
    }
}

/* ---- Printing is the PDF -------------------------------------------- */

static void
print_done_cb (GtkPrintOperation *operation, GtkPrintOperationResult result, gpointer data)
{
  *(GtkPrintOperationResult *) data = result;
}

/* The print operation, exporting to a file, gives the same pages as the
 * PDF export on the same paper: same count, same text. */
static void
test_print_is_pdf (void)
{
  g_autoptr (RcComparison) comparison = comparison_new ();
  g_autoptr (RcHandout) handout = rc_handout_new (kb, comparison);
  g_autoptr (GDateTime) date = g_date_time_new_local (2026, 11, 21, 9, 0, 0);
  g_autoptr (RcHandoutPrint) operation = NULL;
  g_autoptr (GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) pdf_file = NULL;
  g_autofree char        *printed = rc_handout_test_output_path ("handout-printed.pdf");
  g_autofree char        *exported = rc_handout_test_output_path ("handout-exported.pdf");
  g_autofree char        *printed_text = NULL;
  g_autofree char        *exported_text = NULL;
  GtkPrintOperationResult done = GTK_PRINT_OPERATION_RESULT_ERROR;
  GtkPrintOperationResult result;
  guint                   n_pages;

  SKIP_WITHOUT_DISPLAY ();
  rc_handout_set_date (handout, date);
  g_unlink (printed);
  operation = rc_handout_print_new (handout);
  g_assert_true (rc_handout_print_get_handout (operation) == handout);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), page_setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), printed);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), FALSE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), &done);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_cmpint (done, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  pdf_file = g_file_new_for_path (exported);
  g_assert_true (rc_handout_export_to_file (handout, gtk_paper_size_get_width (a4, GTK_UNIT_POINTS),
                                            gtk_paper_size_get_height (a4, GTK_UNIT_POINTS),
                                            pdf_file, &error));
  g_assert_no_error (error);

  n_pages = rc_handout_test_pdf_n_pages (exported);
  g_test_message ("printed %u pages, exported %u", rc_handout_test_pdf_n_pages (printed), n_pages);
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (rc_handout_test_pdf_n_pages (printed), ==, n_pages);
  printed_text = rc_handout_test_pdf_text (printed, 0);
  exported_text = rc_handout_test_pdf_text (exported, 0);
  g_assert_cmpstr (printed_text, ==, exported_text);
  rc_handout_test_assert_words_within (printed, RC_HANDOUT_MARGIN, 1);
}

/* ---- Export Table… -------------------------------------------------- */

typedef struct
{
  gboolean finished;
  gboolean written;
  GFile   *file;
} Finished;

static void
finished_cb (RcTableExportDialog *dialog, GFile *file, gboolean written, Finished *out)
{
  out->finished = TRUE;
  out->written = written;
  g_set_object (&out->file, file);
}

typedef struct
{
  GtkWindow *chooser;
  char      *path;
} Chosen;

static gboolean
chosen_is (gpointer data)
{
  Chosen *chosen = data;
  g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chosen->chooser));

  return file != NULL && g_strcmp0 (g_file_peek_path (file), chosen->path) == 0;
}

/* The chooser loads a folder in the background: its answer names the file
 * in the new folder only once that is done. */
static gboolean
wait_for_chosen (GtkWindow *chooser, const char *folder, const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  Chosen           chosen = { chooser, path };

  return wait_until (chosen_is, &chosen);
}

/* Types a whole path into the chooser's name field, as a person may: the
 * folder it names is where the file goes, whatever folder is shown. */
static void
type_name (GtkWindow *chooser, const char *folder, const char *name)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), path);
}

/* Opens "Export Table…" over a window, answers its file chooser with a
 * folder, a name and a filter (by index; -1 leaves it), and waits. */
static void
export_table (const char *folder, const char *name, int filter, int response, Finished *out)
{
  GtkWidget *window = gtk_window_new ();
  g_autoptr (RcComparison) comparison = comparison_new ();
  g_autoptr (RcTableExportDialog) dialog = NULL;
  g_autoptr (GFile) dir = g_file_new_for_path (folder);
  GListModel *filters;
  g_autoptr (GError) error = NULL;
  GtkWindow *chooser;

  gtk_window_present (GTK_WINDOW (window));
  dialog = rc_table_export_dialog_new (GTK_WINDOW (window), comparison);
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), out);
  rc_table_export_dialog_present (dialog);
  /* The dialog keeps itself alive until it is answered. */
  g_clear_object (&dialog);

  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Table");

  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  if (filter >= 0)
    {
      g_autoptr (GtkFileFilter) chosen = g_list_model_get_item (filters, filter);

      gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), chosen);
    }
  type_name (chooser, folder, name);
  g_assert_true (wait_for_chosen (chooser, folder, name));
  gtk_dialog_response (GTK_DIALOG (chooser), response);
  g_assert_true (wait_until (flag_set, &out->finished));
  g_object_unref (filters);
}

/* GTK's own file chooser loads libcloudproviders, which leaks a couple of
 * blocks that LeakSanitizer can only attribute to GLib (its fast unwinder
 * stops there), and suppressing GLib would hide our own leaks. So the
 * sanitizer run (build-aux/sanitize.sh sets RC_SANITIZER_RUN) skips the
 * tests that drive the real chooser; the normal and valgrind runs keep them. */
static gboolean
skip_real_chooser (void)
{
  if (g_getenv ("RC_SANITIZER_RUN") == NULL)
    return FALSE;
  g_test_skip ("drives GTK's file chooser, whose libcloudproviders leak LSan cannot attribute");
  return TRUE;
}

static void
test_export_table (void)
{
  struct
  {
    const char *name;
    int         filter;
    const char *starts_with;
  } cases[] = {
    /* The default filter and name suffix: CSV. */
    { "table.csv", -1, "key,label," },
    /* The name's extension wins over the filter. */
    { "table.md", 2, "# Comparison: " },
    /* No extension: the chosen filter decides. */
    { "table-as-html", 2, "<!DOCTYPE html>" },
  };

  if (skip_real_chooser ())
    return;

  SKIP_WITHOUT_DISPLAY ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Finished         out = { 0 };
      g_autofree char *path = g_build_filename (tmp_dir, cases[i].name, NULL);
      g_autofree char *contents = NULL;

      export_table (tmp_dir, cases[i].name, cases[i].filter, GTK_RESPONSE_ACCEPT, &out);
      g_assert_true (out.written);
      g_assert_nonnull (out.file);
      g_assert_true (g_file_peek_path (out.file) != NULL);
      g_assert_cmpstr (g_file_peek_path (out.file), ==, path);
      contents = read_text (path);
      g_test_message ("%s: %.40s", cases[i].name, contents);
      g_assert_true (g_str_has_prefix (contents, cases[i].starts_with));
      g_assert_nonnull (strstr (contents, "Tizanidine"));
      g_assert_nonnull (strstr (contents, "Carisoprodol"));
      g_clear_object (&out.file);
      g_unlink (path);
      destroy_toplevels ();
    }
}

static void
test_export_table_cancel (void)
{
  Finished         out = { 0 };
  g_autofree char *path = g_build_filename (tmp_dir, "cancelled.csv", NULL);

  if (skip_real_chooser ())
    return;

  SKIP_WITHOUT_DISPLAY ();
  export_table (tmp_dir, "cancelled.csv", -1, GTK_RESPONSE_CANCEL, &out);
  g_assert_false (out.written);
  g_assert_null (out.file);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  destroy_toplevels ();
}

/* A comparison that cannot be made (a drug the knowledge base lacks): an
 * error dialog over the window instead of the file chooser or the print
 * dialog. */
static void
test_errors (void)
{
  const char *const unknown[] = { "baclofen", "nosuchdrug", NULL };

  SKIP_WITHOUT_DISPLAY ();
  destroy_toplevels ();
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget       *window = gtk_window_new ();
      GtkWindow       *message;
      g_autofree char *primary = NULL;
      g_autofree char *secondary = NULL;

      gtk_window_present (GTK_WINDOW (window));
      if (i == 0)
        rc_table_export_dialog_show (GTK_WINDOW (window), kb, unknown);
      else
        rc_handout_print_run (GTK_WINDOW (window), kb, unknown);
      message = wait_for_toplevel (GTK_TYPE_MESSAGE_DIALOG, GTK_WINDOW (window));
      g_assert_nonnull (message);
      g_assert_true (gtk_window_get_modal (message));
      g_object_get (message, "text", &primary, "secondary-text", &secondary, NULL);
      g_test_message ("%s: %s", primary, secondary);
      g_assert_cmpstr (primary, ==,
                       i == 0 ? "The table could not be exported"
                              : "The handout could not be printed");
      g_assert_nonnull (strstr (secondary, "nosuchdrug"));
      /* Nothing else over the window: no file chooser, no print dialog. */
      flush ();
      g_assert_cmpuint (count_dialogs_over (GTK_WINDOW (window)), ==, 1);
      destroy_toplevels ();
    }
}

/* ---- Export Handout as PDF… ----------------------------------------- */

static void
test_export_handout (void)
{
  GtkWidget       *window;
  g_autofree char *path = g_build_filename (tmp_dir, "handout.pdf", NULL);
  g_autoptr (GFile) dir = g_file_new_for_path (tmp_dir);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GtkWindow       *chooser;
  double           width, height;

  if (skip_real_chooser ())
    return;

  SKIP_WITHOUT_DISPLAY ();
  window = gtk_window_new ();
  gtk_window_present (GTK_WINDOW (window));
  rc_handout_print_export_pdf (GTK_WINDOW (window), kb, two);
  chooser = wait_for_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, GTK_WINDOW (window));
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Handout as PDF");
  type_name (chooser, tmp_dir, "handout.pdf");
  g_assert_true (wait_for_chosen (chooser, tmp_dir, "handout.pdf"));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);

  /* The chooser checks the name, then the PDF is written on the locale's
   * paper (in C, whatever GTK takes as default: A4 or Letter). */
  g_assert_true (wait_until (file_exists, path));
  rc_handout_print_get_paper_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpfloat (width, >, 500);
  g_assert_cmpfloat (height, >, width);
  g_assert_cmpuint (rc_handout_test_pdf_n_pages (path), >=, 2);
  text = rc_handout_test_pdf_text (path, 0);
  g_assert_true (rc_handout_test_text_contains (
      text, "Skeletal muscle relaxants compared: Tizanidine, Carisoprodol"));
  rc_handout_test_assert_words_within (path, RC_HANDOUT_MARGIN, 1);
  g_unlink (path);
  destroy_toplevels ();
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  rc_handout_test_init (&argc, &argv);
  have_display = gtk_init_check ();
  kb = rc_handout_test_load_kb ();
  tmp_dir = g_dir_make_tmp ("rc-handout-ui-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/handout-dialogs/format-for-file", test_format_for_file);
  g_test_add_func ("/handout-dialogs/print-is-pdf", test_print_is_pdf);
  g_test_add_func ("/handout-dialogs/export-table", test_export_table);
  g_test_add_func ("/handout-dialogs/export-table-cancel", test_export_table_cancel);
  g_test_add_func ("/handout-dialogs/errors", test_errors);
  g_test_add_func ("/handout-dialogs/export-handout", test_export_handout);

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_object_unref (kb);
  return status;
}
