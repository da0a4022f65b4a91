/* test-locale-window.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The real window under a shipped catalog: test-locale-window LANG runs it
 * under LANGUAGE=LANG (LANG=C.UTF-8, no locale needs installing) with the
 * catalogs the build compiled, the way build-aux/run.sh does (RC_LOCALEDIR),
 * and checks what the window shows against the table below. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rc-drug-page.h"
#include "rc-i18n-test-util.h"
#include "rc-i18n-walk.h"
#include "rc-test-util.h"
#include "rc-window.h"

typedef enum
{
  SHOWN_AS_TAB_LABEL, /* the tab's label is exactly the text */
  SHOWN_ON_PAGE,      /* a text on the tab's page is or contains it */
} Shown;

typedef struct
{
  const char *language;
  const char *tab; /* an RC_WINDOW_TAB_* id or a drug id */
  Shown       shown;
  const char *text;
  const char *english; /* what must not show instead, or NULL */
} Expectation;

/* What each shipped language must show. Knowledge-base text (drug names
 * from the drug files in data/drugs/, which also name the drug tabs of the .ui file
 * through the same msgids; class sentences) and interface text (the tab
 * labels of ui/rc-window.ui). Add rows as translations land; a language
 * in po/LINGUAS with no row here fails. */
static const Expectation expectations[] = {
  /* German */
  { "de", "tizanidine", SHOWN_AS_TAB_LABEL, "Tizanidin", "Tizanidine" },
  { "de", "cyclobenzaprine", SHOWN_AS_TAB_LABEL, "Cyclobenzaprin", "Cyclobenzaprine" },
  { "de", "baclofen", SHOWN_ON_PAGE,
    "GABA-Analogon; GABA-B-Rezeptor-Agonist mit Hauptwirkort im Rückenmark",
    "GABA analogue; GABA-B receptor agonist acting mainly at the spinal cord" },
  { "de", "compare", SHOWN_ON_PAGE, "Cyclobenzaprin", NULL },
  { "de", "compare", SHOWN_AS_TAB_LABEL, "Vergleich", "Compare" },
  /* Spanish */
  { "es", "tizanidine", SHOWN_AS_TAB_LABEL, "Tizanidina", "Tizanidine" },
  { "es", "baclofen", SHOWN_AS_TAB_LABEL, "Baclofeno", "Baclofen" },
  { "es", "tizanidine", SHOWN_ON_PAGE,
    "Agonista adrenérgico alfa-2 central; una imidazolina relacionada con la clonidina",
    "Central alpha-2 adrenergic agonist; an imidazoline related to clonidine" },
  { "es", "compare", SHOWN_ON_PAGE, "Ciclobenzaprina", NULL },
  { "es", "compare", SHOWN_AS_TAB_LABEL, "Comparar", "Compare" },
  /* French */
  { "fr", "baclofen", SHOWN_AS_TAB_LABEL, "Baclofène", "Baclofen" },
  { "fr", "methocarbamol", SHOWN_AS_TAB_LABEL, "Méthocarbamol", "Methocarbamol" },
  { "fr", "baclofen", SHOWN_ON_PAGE,
    "Analogue du GABA ; agoniste des récepteurs GABA-B agissant principalement au niveau de "
    "la moelle épinière",
    "GABA analogue; GABA-B receptor agonist acting mainly at the spinal cord" },
  { "fr", "compare", SHOWN_ON_PAGE, "Méthocarbamol", NULL },
  { "fr", "compare", SHOWN_AS_TAB_LABEL, "Comparer", "Compare" },
};

static const char    *language;
static RcApplication *app;

static int
find_tab (RcWindow *window, const char *tab_id)
{
  GtkNotebook *notebook = rc_window_get_notebook (window);

  for (int i = 0; i < gtk_notebook_get_n_pages (notebook); i++)
    {
      g_autofree char *id = rc_window_dup_tab_id (window, i);

      if (g_strcmp0 (id, tab_id) == 0)
        return i;
    }
  return -1;
}

static void
check_expectation (RcWindow *window, const Expectation *e)
{
  GtkNotebook *notebook = rc_window_get_notebook (window);
  int          position = find_tab (window, e->tab);
  GtkWidget   *page;

  g_test_message ("%s: tab %s shows “%s”", e->language, e->tab, e->text);
  g_assert_cmpint (position, >=, 0);
  page = gtk_notebook_get_nth_page (notebook, position);

  if (e->shown == SHOWN_AS_TAB_LABEL)
    {
      g_autofree char *shown =
          rc_i18n_plain_spaces (gtk_notebook_get_tab_label_text (notebook, page));
      g_autofree char *wanted = rc_i18n_plain_spaces (e->text);

      g_assert_cmpstr (shown, ==, wanted);
    }
  else
    {
      g_autoptr (GPtrArray) texts = rc_visible_texts_new ();

      gtk_notebook_set_current_page (notebook, position);
      if (RC_IS_DRUG_PAGE (page))
        rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
      rc_i18n_wait_for_frames (GTK_WIDGET (window));
      rc_i18n_collect_texts (page, texts);
      if (!rc_i18n_texts_contain (texts, e->text))
        g_test_fail_printf ("tab %s does not show “%s”", e->tab, e->text);
      if (e->english != NULL && rc_i18n_texts_contain (texts, e->english))
        g_test_fail_printf ("tab %s shows the English “%s”", e->tab, e->english);
    }
}

static void
test_expectations (void)
{
  RcWindow *window = rc_window_new (app);
  guint     n = 0;

  gtk_window_present (GTK_WINDOW (window));
  rc_i18n_wait_for_frames (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      if (g_str_equal (expectations[i].language, language))
        {
          check_expectation (window, &expectations[i]);
          n++;
        }
    }
  /* A language with nothing to check would pass without looking. */
  if (n == 0)
    g_test_fail_printf ("no expectations for “%s”: add rows to the table", language);

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_flush ();
}

/* The catalog is the one that was asked for, not a fallback to English. */
static void
test_catalog_is_bound (void)
{
  const char      *header = g_dgettext (GETTEXT_PACKAGE, "");
  g_autofree char *line = g_strdup_printf ("Language: %s\n", language);

  g_assert_nonnull (strstr (header, line));
}

int
main (int argc, char *argv[])
{
  g_autofree char *locale_dir = NULL;
  int              status;

  /* The language comes first, before anything is translated. */
  if (argc < 2 || argv[1][0] == '-')
    g_error ("usage: test-locale-window LANG [GTEST OPTIONS]");
  language = argv[1];
  argv[1] = argv[0];
  argc--;
  argv++;

  /* As main.c does, with build-aux/run.sh's RC_LOCALEDIR. */
  locale_dir = rc_i18n_build_locale_dir ();
  g_setenv ("LANGUAGE", language, TRUE);
  g_setenv ("RC_LOCALEDIR", locale_dir, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rc_test_init (&argc, &argv);
  g_set_application_name (_ ("Relaxant Compare"));

  app = rc_test_application_new ();

  g_test_add_func ("/i18n/locale-window/catalog-is-bound", test_catalog_is_bound);
  g_test_add_func ("/i18n/locale-window/expectations", test_expectations);

  status = g_test_run ();
  rc_test_destroy_toplevels ();
  g_clear_object (&app);
  return status;
}
