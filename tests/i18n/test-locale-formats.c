/* test-locale-formats.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Numbers and text under real regional locales, which this machine need
 * not have: de_DE.UTF-8 and fr_FR.UTF-8 are compiled with localedef into a
 * private LOCPATH first. test-locale-formats APP_BINARY
 *  - people read "0,5–3 h" in German: the window (in this process, under
 *    LANG=de_DE.UTF-8, LANGUAGE=de) and the command line's Markdown;
 *  - CSV is for machines: under fr_FR.UTF-8 it still has C numbers (the
 *    same bytes as under C.UTF-8) while its text is French. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rc-drug-page.h"
#include "rc-i18n-test-util.h"
#include "rc-i18n-walk.h"
#include "rc-test-util.h"
#include "rc-window.h"

static const char    *app_binary;
static char          *tmp_dir;
static char          *locpath;
static char          *catalogs;
static GError        *locale_error; /* why the locales could not be made */
static RcApplication *app;

/* The French class of baclofen, from po/fr.po. */
#define FRENCH_BACLOFEN_CLASS                                                                   \
  "Analogue du GABA ; agoniste des récepteurs GABA-B agissant principalement au niveau de la " \
  "moelle épinière"

static gboolean
have_locales (void)
{
  if (locale_error != NULL)
    {
      g_test_fail_printf ("%s", locale_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Runs the application's command line under a locale and language. */
static char *
run_app (const char *locale, const char *language, const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  char            *out = NULL;
  const char      *env[] = { "LC_ALL",       locale,   "LANG",    locale,  "LANGUAGE", language,
                             "RC_LOCALEDIR", catalogs, "LOCPATH", locpath, NULL };

  g_ptr_array_add (argv, (char *) app_binary);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  if (!rc_i18n_run ((const char *const *) argv->pdata, env, &out, &err, &error))
    g_error ("%s failed under %s: %s\n%s", app_binary, locale, error->message, err);
  g_test_message ("ran %s under LC_ALL=%s LANGUAGE=%s", app_binary, locale, language);
  return out;
}

/* The CSV line of a row key (its cells follow the key). */
static char *
csv_line (const char *csv, const char *key)
{
  g_auto (GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s,", key);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        return g_strdup (g_strchomp (lines[i]));
    }
  return NULL;
}

static void
test_cli_csv_french (void)
{
  const char *const args[] = { "--export-table", "-", NULL };
  g_autofree char  *csv = NULL;
  g_autofree char  *csv_c = NULL;
  g_autofree char  *plain = NULL;
  g_autofree char  *max_daily = NULL;
  g_autofree char  *tmax = NULL;

  if (!have_locales ())
    return;

  csv = run_app ("fr_FR.UTF-8", "fr", args);
  plain = rc_i18n_plain_spaces (csv);
  /* Knowledge-base text in French… */
  g_assert_nonnull (strstr (plain, FRENCH_BACLOFEN_CLASS));
  g_assert_nonnull (strstr (plain, "Baclofène"));
  g_assert_null (strstr (plain, "GABA analogue"));

  /* …and numbers in C: no decimal comma, no digit grouping. */
  max_daily = csv_line (plain, "max_daily_dose_mg");
  g_assert_nonnull (max_daily);
  g_assert_nonnull (strstr (max_daily, ",80,36,30,8000,"));
  tmax = csv_line (plain, "tmax_h");
  g_assert_nonnull (tmax);
  g_assert_nonnull (strstr (tmax, "0.5-3 h"));
  g_assert_null (strstr (tmax, "0,5"));

  /* The locale's numbers change nothing in CSV. */
  csv_c = run_app ("C.UTF-8", "fr", args);
  g_assert_cmpstr (csv, ==, csv_c);
}

static void
test_cli_markdown_german (void)
{
  const char *const args[] = { "--export-table", "-", "--format", "markdown", NULL };
  g_autofree char  *md = NULL;
  g_autofree char  *plain = NULL;

  if (!have_locales ())
    return;

  md = run_app ("de_DE.UTF-8", "de", args);
  plain = rc_i18n_plain_spaces (md);
  /* Baclofen's Tmax and methocarbamol's maximum, for people. */
  g_assert_nonnull (strstr (plain, "0,5–3 h"));
  g_assert_nonnull (strstr (plain, "8.000"));
  g_assert_null (strstr (plain, "0.5–3 h"));
}

static void
test_window_german (void)
{
  RcWindow    *window;
  GtkNotebook *notebook;
  GtkWidget   *page;
  g_autoptr (GPtrArray) texts = rc_visible_texts_new ();

  if (!have_locales ())
    return;

  window = rc_window_new (app);
  notebook = rc_window_get_notebook (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (rc_window_show_tab (window, "baclofen"));
  page = gtk_notebook_get_nth_page (notebook, gtk_notebook_get_current_page (notebook));
  rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  rc_i18n_collect_texts (page, texts);

  /* Baclofen's Tmax on its page, with a decimal comma. */
  g_assert_true (rc_i18n_texts_contain (texts, "0,5–3 h"));
  g_assert_false (rc_i18n_texts_contain (texts, "0.5–3 h"));

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_flush ();
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  if (argc < 2 || argv[1][0] == '-')
    g_error ("usage: test-locale-formats APP_BINARY [GTEST OPTIONS]");
  app_binary = argv[1];
  argv[1] = argv[0];
  argc--;
  argv++;

  tmp_dir = g_dir_make_tmp ("rc-locales-XXXXXX", &error);
  if (tmp_dir == NULL)
    g_error ("%s", error->message);
  locpath = g_build_filename (tmp_dir, "locales", NULL);
  catalogs = rc_i18n_build_locale_dir ();
  if (rc_i18n_make_locale (locpath, "de_DE", &locale_error))
    rc_i18n_make_locale (locpath, "fr_FR", &locale_error);

  /* As main.c does, under a German locale. */
  g_setenv ("LOCPATH", locpath, TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("RC_LOCALEDIR", catalogs, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, catalogs);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rc_test_init (&argc, &argv);
  /* After GTK's own test set-up, which sets a locale of its own. */
  if (locale_error == NULL && setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    g_set_error (&locale_error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 "de_DE.UTF-8 was built into %s but setlocale() does not take it", locpath);
  g_set_application_name (_ ("Relaxant Compare"));

  app = rc_test_application_new ();

  g_test_add_func ("/i18n/locale-formats/cli-csv-french", test_cli_csv_french);
  g_test_add_func ("/i18n/locale-formats/cli-markdown-german", test_cli_markdown_german);
  g_test_add_func ("/i18n/locale-formats/window-german", test_window_german);

  status = g_test_run ();

  rc_test_destroy_toplevels ();
  g_clear_object (&app);
  rc_i18n_remove_tree (tmp_dir);
  return status;
}
