/* test-kb-banner.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application started with --kb-dir holding a broken file, an extra
 * drug and a replacement for a built-in drug: the banner names the broken
 * file with its line, the extra drug gets a tab after the five, and the
 * built-in drugs keep working. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-drug-page.h"
#include "rc-test-util.h"
#include "rc-window.h"

/* Malformed on line 5 (a bare ampersand). */
static const char broken_xml[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<drug id=\"broken\" reviewed=\"2026-01-01\">\n"
                                 "  <name>Broken</name>\n"
                                 "  <identity>\n"
                                 "    <class source=\"X\">Fish & chips</class>\n"
                                 "  </identity>\n"
                                 "</drug>\n";
#define BROKEN_LINE 5

static char    *kb_dir;
static gboolean checked;

/* A valid drug file: the shipped baclofen file with another id and name. */
static void
write_renamed_drug (const char *id, const char *name, const char *file_name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *source =
      g_test_build_filename (G_TEST_DIST, "..", "data", "drugs", "baclofen.xml", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (kb_dir, file_name, NULL);
  g_autoptr (GString) text = NULL;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  {
    g_autofree char *new_id = g_strdup_printf ("<drug id=\"%s\"", id);
    g_autofree char *new_name = g_strdup_printf ("<name>%s</name>", name);

    g_assert_cmpuint (g_string_replace (text, "<drug id=\"baclofen\"", new_id, 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, "<name>Baclofen</name>", new_name, 1), ==, 1);
  }
  g_file_set_contents (path, text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
}

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
check_window (RcWindow *window)
{
  RcProblemsBanner *banner = rc_window_get_problems_banner (window);
  GtkNotebook      *notebook = rc_window_get_notebook (window);
  RcKnowledgeBase  *kb = rc_window_get_knowledge_base (window);
  const char *const builtin[] = { "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol",
                                  "carisoprodol" };
  g_autofree char  *details = NULL;
  g_autofree char  *expected = NULL;
  g_autofree char  *extra_id = NULL;
  g_autofree char  *shown = NULL;
  GtkWindow        *dialog;
  GtkTextView      *text_view;
  GtkTextIter       start, end;

  /* The banner: one file failed; a drug was replaced. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_test_message ("banner: %s", rc_problems_banner_get_summary (banner));
  g_assert_nonnull (strstr (rc_problems_banner_get_summary (banner), "1 file could not be loaded"));
  g_assert_nonnull (strstr (rc_problems_banner_get_summary (banner), "1 drug was replaced"));

  /* Details: FILE:LINE:COLUMN: message, with the known line. */
  details = rc_problems_banner_dup_details (banner);
  g_test_message ("details:\n%s", details);
  expected = g_strdup_printf ("broken.xml:%d:", BROKEN_LINE);
  g_assert_nonnull (strstr (details, expected));

  dialog = rc_problems_banner_show_details (banner);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  text_view = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  g_assert_nonnull (text_view);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (text_view), &start, &end);
  shown = gtk_text_iter_get_text (&start, &end);
  g_assert_nonnull (strstr (shown, expected));
  gtk_window_destroy (dialog);

  /* The five built-in drugs still have their tabs, in order, then the
   * extra drug, then the three student views. */
  g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    {
      g_autofree char *id = rc_window_dup_tab_id (window, (int) i + 1);

      g_assert_cmpstr (id, ==, builtin[i]);
      g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, builtin[i]));
      g_assert_true (rc_window_show_tab (window, builtin[i]));
    }
  extra_id = rc_window_dup_tab_id (window, 6);
  g_assert_cmpstr (extra_id, ==, "extradrug");
  g_assert_cmpstr (
      gtk_notebook_get_tab_label_text (notebook, gtk_notebook_get_nth_page (notebook, 6)), ==,
      "Extradrug");
  g_assert_true (RC_IS_DRUG_PAGE (gtk_notebook_get_nth_page (notebook, 6)));
  g_assert_null (rc_knowledge_base_lookup_drug (kb, "broken"));

  /* Alt+7 reaches the extra tab. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-tab", g_variant_new_int32 (6));
  g_assert_cmpint (gtk_notebook_get_current_page (notebook), ==, 6);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (banner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Knowledge-base problems");

  checked = TRUE;
}

static void
activate_cb (GApplication *app, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (RC_IS_WINDOW (window));
  check_window (RC_WINDOW (window));
  gtk_window_close (window);
}

static void
test_bad_kb_dir (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (RcApplication) app = rc_application_new ();
  g_autofree char *broken_path = g_build_filename (kb_dir, "broken.xml", NULL);
  char            *args[] = { (char *) "relaxant-compare", (char *) "--kb-dir", kb_dir, NULL };
  int              status;

  g_file_set_contents (broken_path, broken_xml, -1, &error);
  g_assert_no_error (error);
  write_renamed_drug ("extradrug", "Extradrug", "extradrug.xml");
  write_renamed_drug ("baclofen", "Baclofen", "baclofen-replacement.xml");

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), NULL);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (args) - 1, args);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (checked);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  rc_test_init (&argc, &argv);

  kb_dir = g_dir_make_tmp ("rc-test-kb-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/kb-banner/bad-kb-dir", test_bad_kb_dir);
  status = g_test_run ();

  /* Remove the temporary files. */
  {
    g_autoptr (GDir) dir = g_dir_open (kb_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (kb_dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (kb_dir);
  }
  g_free (kb_dir);
  return status;
}
