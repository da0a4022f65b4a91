/* test-pseudo-locale.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Nothing visible escapes gettext. The test extracts the catalog template
 * from the sources as they are now, "translates" every message as
 * "⟦" + English + "⟧" (make-pseudo-catalog.sh), installs that as the
 * pseudo-language "xx" in a temporary locale tree and runs the real window
 * under LANGUAGE=xx, the way main.c binds the catalog (RC_LOCALEDIR). It
 * then visits every tab and view and fails, listing them, on visible texts
 * with letters outside the brackets: a string without _(), a .ui property
 * without translatable="yes", or a sentence glued together from pieces.
 *
 * Data that is untranslatable by design may stand outside the brackets:
 * numbers, units after numbers, and from the knowledge base brand names,
 * enzyme symbols, source ids, titles, publishers and URLs (whole, or cut
 * short in a search snippet). Besides, GTK's own texts (gtk_own_texts).
 * Nothing else. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "rc-chart-view.h"
#include "rc-compare-view.h"
#include "rc-drug-page.h"
#include "rc-i18n-test-util.h"
#include "rc-i18n-walk.h"
#include "rc-interaction-explorer.h"
#include "rc-question-card.h"
#include "rc-search-panel.h"
#include "rc-study-view.h"
#include "rc-test-util.h"
#include "rc-window.h"

#define PSEUDO_LANGUAGE "xx"
#define OPEN_MARK "⟦"
#define CLOSE_MARK "⟧"

static RcApplication *app;
static char          *locale_dir;

/* ---- What may stand outside the brackets ------------------------------ */

/* A unit may follow a number (or a range of numbers): "5 mg", "2–4 h",
 * "10 mg/5 mL", "40%". Units are symbols, which translations keep. */
#define NUMBER "[0-9]+(?:[.,][0-9]+)*"
#define UNIT "(?:mcg/mL|mg/mL|mg/kg|mg/day|mcg|µg|mg|mL|kg|g|h|min|%)"
#define QUANTITY NUMBER "(?:\\s*[-–]\\s*" NUMBER ")?\\s*" UNIT "(?![\\p{L}])"

static GPtrArray *data_texts; /* untranslatable knowledge-base data, longest first */
static GRegex    *quantity_regex;
static GRegex    *url_regex;
static GRegex    *letter_regex;
static GRegex    *space_regex;

static int
longer_first (gconstpointer a, gconstpointer b)
{
  return (int) strlen (*(const char **) b) - (int) strlen (*(const char **) a);
}

static void
add_data (GHashTable *set, const char *text)
{
  if (text != NULL && *text != '\0')
    g_hash_table_add (set, g_strdup (text));
}

static void
collect_data_texts (RcKnowledgeBase *kb)
{
  g_autoptr (GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel    *drugs = rc_knowledge_base_get_drugs (kb);
  GHashTableIter iter;
  gpointer       key;

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GPtrArray  *brands = rc_drug_get_brands (drug);
      GListModel *sources = rc_drug_get_sources (drug);
      char      **enzymes = rc_drug_get_pharmacokinetics (drug)->enzymes;

      for (guint b = 0; brands != NULL && b < brands->len; b++)
        add_data (set, ((RcBrand *) g_ptr_array_index (brands, b))->name);
      /* Enzyme symbols (CYP2D6) are the same in every language. */
      for (guint e = 0; enzymes != NULL && enzymes[e] != NULL; e++)
        add_data (set, enzymes[e]);
      for (guint s = 0; s < g_list_model_get_n_items (sources); s++)
        {
          g_autoptr (RcSource) source = g_list_model_get_item (sources, s);
          const char *const *urls = rc_source_get_urls (source);

          add_data (set, rc_source_get_id (source));
          add_data (set, rc_source_get_title (source));
          add_data (set, rc_source_get_publisher (source));
          for (guint u = 0; urls != NULL && urls[u] != NULL; u++)
            add_data (set, urls[u]);
        }
    }

  data_texts = g_ptr_array_new_with_free_func (g_free);
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (data_texts, key);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (data_texts, longer_first);
}

/* The text outside the brackets (nested brackets count: a translated
 * format string holding translated pieces). A closing bracket with no
 * opening one ends a text cut short at its start (a search snippet
 * "…end of a sentence⟧"): what came before it was inside. */
static char *
outside_marks (const char *text)
{
  GString *outside = g_string_new (NULL);
  gsize    segment_start = 0; /* where the text since the last bracket began */
  int      depth = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (g_str_has_prefix (p, OPEN_MARK))
        {
          depth++;
          g_string_append_c (outside, ' ');
          segment_start = outside->len;
        }
      else if (g_str_has_prefix (p, CLOSE_MARK))
        {
          if (depth == 0)
            g_string_truncate (outside, segment_start);
          depth = MAX (depth - 1, 0);
          g_string_append_c (outside, ' ');
          segment_start = outside->len;
        }
      else if (depth == 0)
        g_string_append_len (outside, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (outside, FALSE);
}

/* A piece of knowledge-base data cut short ("…Labeling Changes: Zanaflex")
 * in a search snippet. */
static gboolean
is_data_excerpt (const char *outside)
{
  g_autofree char *piece = g_strdup (outside);
  char            *start = g_strstrip (piece);
  gsize            len;

  if (g_str_has_prefix (start, "…"))
    start += strlen ("…");
  len = strlen (start);
  if (len >= strlen ("…") && g_str_has_suffix (start, "…"))
    start[len - strlen ("…")] = '\0';
  if (strlen (start) < 8)
    return FALSE;
  for (guint i = 0; i < data_texts->len; i++)
    {
      if (strstr (g_ptr_array_index (data_texts, i), start) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Texts that GTK shows and translates itself (its gtk40 catalog), which
 * the pseudo-language does not cover. */
static const char *const gtk_own_texts[] = {
  "Clear entry", /* GtkSearchEntry's clear icon */
};

static gboolean
is_gtk_own_text (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (gtk_own_texts); i++)
    {
      if (g_str_equal (text, gtk_own_texts[i]))
        return TRUE;
    }
  return FALSE;
}

static void
blank_all (GString *text, const char *needle)
{
  gsize len = strlen (needle);
  char *found;

  while ((found = strstr (text->str, needle)) != NULL)
    {
      gsize at = (gsize) (found - text->str);

      g_string_erase (text, (gssize) at, (gssize) len);
      g_string_insert_c (text, (gssize) at, ' ');
    }
}

/* What of text escaped translation, or NULL when nothing did. */
static char *
escaped_part (const char *text)
{
  g_autofree char *outside = outside_marks (text);
  g_autoptr (GString) rest = NULL;
  g_autofree char *no_urls = NULL;
  g_autofree char *no_quantities = NULL;

  if (!g_regex_match (letter_regex, outside, 0, NULL) || is_gtk_own_text (text) ||
      is_data_excerpt (outside))
    return NULL;

  no_urls = g_regex_replace_literal (url_regex, outside, -1, 0, " ", 0, NULL);
  rest = g_string_new (no_urls);
  for (guint i = 0; i < data_texts->len; i++)
    blank_all (rest, g_ptr_array_index (data_texts, i));
  no_quantities = g_regex_replace_literal (quantity_regex, rest->str, -1, 0, " ", 0, NULL);

  if (!g_regex_match (letter_regex, no_quantities, 0, NULL))
    return NULL;
  return g_strstrip (g_regex_replace_literal (space_regex, no_quantities, -1, 0, " ", 0, NULL));
}

/* ---- The checks --------------------------------------------------------- */

/* Offenders, "where: text", once each. */
static GHashTable *offenders;
static guint       n_menu_items; /* menu labels checked, so menus are not missed */

static void
check_texts (const char *step, GPtrArray *texts)
{
  guint n_checked = 0;

  for (guint i = 0; i < texts->len; i++)
    {
      RcVisibleText   *visible = g_ptr_array_index (texts, i);
      g_autofree char *escaped = escaped_part (visible->text);

      n_checked++;
      if (strstr (visible->where, "(menu item)") != NULL)
        n_menu_items++;
      if (escaped != NULL)
        {
          char *line = g_strdup_printf ("%s: %s: “%s” (outside the brackets: “%s”)", step,
                                        visible->where, visible->text, escaped);

          g_hash_table_add (offenders, line);
        }
    }
  g_test_message ("%s: %u texts", step, n_checked);
}

static void
check_window (RcWindow *window, const char *step)
{
  g_autoptr (GPtrArray) texts = rc_visible_texts_new ();

  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  rc_i18n_collect_texts (GTK_WIDGET (window), texts);
  /* A step that sees nothing checks nothing. */
  g_assert_cmpuint (texts->len, >, 10);
  check_texts (step, texts);
}

typedef enum
{
  CHART_OTHER_MODE, /* the other titration view, every side-effect row */
  CHART_TABLE,      /* "Show as table" */
} ChartChange;

/* Changes every chart view under root; returns how many there are. */
static guint
change_charts (GtkWidget *root, ChartChange change)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (RC_IS_CHART_VIEW (child))
        {
          RcChartView *view = RC_CHART_VIEW (child);

          if (change == CHART_TABLE)
            rc_chart_view_set_show_table (view, TRUE);
          else
            {
              rc_chart_view_set_titration_mode (view, rc_chart_view_get_titration_mode (view) ==
                                                              RC_TITRATION_MODE_PERCENT_OF_MAX
                                                          ? RC_TITRATION_MODE_SMALL_MULTIPLES
                                                          : RC_TITRATION_MODE_PERCENT_OF_MAX);
              rc_chart_view_set_top_n (view, 0);
            }
          n++;
        }
      else
        n += change_charts (child, change);
    }
  return n;
}

static void
report_offenders (void)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer       line;

  g_hash_table_iter_init (&iter, offenders);
  while (g_hash_table_iter_next (&iter, &line, NULL))
    g_ptr_array_add (lines, line);
  g_ptr_array_sort (lines, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < lines->len; i++)
    g_test_message ("not translated: %s", (char *) g_ptr_array_index (lines, i));
  if (lines->len > 0)
    g_test_fail_printf ("%u visible texts escape gettext (listed above)", lines->len);
}

static void
assert_escapes (const char *text, const char *expected)
{
  g_autofree char *escaped = escaped_part (text);

  g_assert_cmpstr (escaped, ==, expected);
}

/* The rule itself, on texts made up for the purpose. */
static void
test_checker (void)
{
  assert_escapes ("⟦Compare⟧", NULL);
  assert_escapes ("⟦⟦Schedule IV⟧ (since 2012-01-11)⟧", NULL);
  assert_escapes ("⟦Enzymes:⟧ CYP2D6⟦, ⟧CYP1A2", NULL);
  assert_escapes ("5 mg ⟦three times daily⟧ (2–4 h, 40%, 10 mg/5 mL)", NULL);
  assert_escapes ("…in the liver, mainly by CYP1A2.⟧", NULL);
  assert_escapes ("Zanaflex [1, 2] https://example.org/label", NULL);
  assert_escapes ("Compare", "Compare");
  assert_escapes ("⟦Class⟧: centrally acting", ": centrally acting");
  assert_escapes ("⟦Maximum⟧ 36 mg per day", "per day");
  assert_escapes ("2 tablets ⟦daily⟧", "2 tablets");
}

/* The Compare tab shows one chart at a time, in a stack of its own: each
 * in turn. A drug page shows all of its charts at once. */
static void
check_each_chart (RcWindow *window, GtkWidget *page, const char *tab, const char *what)
{
  static const char *const kinds[] = { "titration", "side-effects", "concentration" };
  GtkStack                *charts = rc_i18n_find_stack (page, "side-effects");

  if (charts == NULL)
    {
      g_autofree char *step = g_strdup_printf ("%s/%s", tab, what);

      check_window (window, step);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *step = g_strdup_printf ("%s/%s/%s", tab, what, kinds[i]);

      gtk_stack_set_visible_child_name (charts, kinds[i]);
      check_window (window, step);
    }
}

static gboolean
has_hits (gpointer data)
{
  return rc_search_panel_get_n_hits (RC_SEARCH_PANEL (data)) > 0;
}

/* The search bar with results (snippets of knowledge-base text). */
static void
check_search (RcWindow *window, const char *query)
{
  RcSearchPanel   *panel = rc_window_get_search_panel (window);
  g_autofree char *step = g_strdup_printf ("search “%s”", query);

  gtk_search_bar_set_search_mode (rc_window_get_search_bar (window), TRUE);
  gtk_editable_set_text (rc_search_panel_get_entry (panel), query);
  g_assert_true (rc_test_wait_for (has_hits, panel));
  check_window (window, step);
  gtk_editable_set_text (rc_search_panel_get_entry (panel), "");
  gtk_search_bar_set_search_mode (rc_window_get_search_bar (window), FALSE);
}

/* A card answered (the feedback), then a flash card turned over. */
static void
check_study (RcWindow *window, GtkWidget *page)
{
  GtkWidget *card = rc_i18n_find_widget (page, RC_TYPE_QUESTION_CARD);

  g_assert_nonnull (card);
  g_assert_true (gtk_widget_activate_action (card, "card.choose", "i", 0));
  g_assert_true (gtk_widget_activate_action (card, "card.confirm", NULL));
  check_window (window, "study/answered");

  rc_study_view_set_mode (RC_STUDY_VIEW (page), RC_STUDY_MODE_FLASHCARD);
  card = rc_i18n_find_widget (page, RC_TYPE_QUESTION_CARD);
  g_assert_true (gtk_widget_activate_action (card, "card.flip", NULL));
  check_window (window, "study/flashcard");
}

/* Every co-medication and class chosen: every result group shows. */
static void
check_interactions (RcWindow *window, GtkWidget *page)
{
  GListModel *agents = rc_knowledge_base_get_agents (rc_window_get_knowledge_base (window));
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) ids = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (agents); i++)
    {
      g_autoptr (RcAgent) agent = g_list_model_get_item (agents, i);

      g_strv_builder_add (builder, rc_agent_get_id (agent));
    }
  ids = g_strv_builder_end (builder);
  rc_interaction_explorer_set_selected_agents (RC_INTERACTION_EXPLORER (page),
                                               (const char *const *) ids);
  check_window (window, "interactions/all-agents");
}

static void
test_every_tab (void)
{
  RcWindow    *window = rc_window_new (app);
  GtkNotebook *notebook = rc_window_get_notebook (window);
  int          n_pages = gtk_notebook_get_n_pages (notebook);

  offenders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_window_present (GTK_WINDOW (window));

  for (int i = 0; i < n_pages; i++)
    {
      GtkWidget       *page = gtk_notebook_get_nth_page (notebook, i);
      g_autofree char *id = rc_window_dup_tab_id (window, i);
      GtkStack        *views;

      gtk_notebook_set_current_page (notebook, i);
      if (RC_IS_DRUG_PAGE (page))
        rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
      check_window (window, id);

      /* The Compare tab's second view: the charts. */
      views = rc_i18n_find_stack (page, "charts");
      if (views != NULL)
        {
          gtk_stack_set_visible_child_name (views, "charts");
          check_each_chart (window, page, id, "charts");
        }

      /* The charts' other views, then as tables ("Show as table"). */
      if (change_charts (page, CHART_OTHER_MODE) > 0)
        {
          check_each_chart (window, page, id, "chart-modes");
          change_charts (page, CHART_TABLE);
          check_each_chart (window, page, id, "chart-tables");
        }

      if (RC_IS_STUDY_VIEW (page))
        check_study (window, page);
      else if (RC_IS_INTERACTION_EXPLORER (page))
        check_interactions (window, page);
    }

  check_search (window, "CYP1A2");
  check_search (window, "Soma");

  /* The primary menu and the chart views' menus were seen. */
  g_assert_cmpuint (n_menu_items, >, 5);
  report_offenders ();
  g_clear_pointer (&offenders, g_hash_table_unref);
  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_flush ();
}

/* ---- Set-up ------------------------------------------------------------- */

static void
make_catalog (void)
{
  /* Before g_test_init(): the source tree comes from the environment that
   * meson test sets. */
  const char      *src = g_getenv ("RC_SOURCE_DIR");
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;

  if (src == NULL)
    g_error ("RC_SOURCE_DIR must be set (meson test sets it)");
  script = g_build_filename (src, "tests", "i18n", "make-pseudo-catalog.sh", NULL);
  if (!rc_i18n_run ((const char *const[]){ script, src, locale_dir, PSEUDO_LANGUAGE, NULL }, NULL,
                    &out, &err, &error))
    g_error ("make-pseudo-catalog.sh failed: %s\n%s%s", error->message, out, err);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  locale_dir = g_dir_make_tmp ("rc-pseudo-XXXXXX", &error);
  if (locale_dir == NULL)
    g_error ("%s", error->message);
  make_catalog ();

  /* As main.c does (RC_LOCALEDIR), before anything is translated. */
  g_setenv ("LANGUAGE", PSEUDO_LANGUAGE, TRUE);
  g_setenv ("RC_LOCALEDIR", locale_dir, TRUE);
  /* Answering a card saves study progress: not where other tests look. */
  {
    g_autofree char *data_home = g_build_filename (locale_dir, "data-home", NULL);

    g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  }
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rc_test_init (&argc, &argv);
  g_set_application_name (_ ("Relaxant Compare"));

  quantity_regex = g_regex_new (QUANTITY, G_REGEX_OPTIMIZE, 0, NULL);
  url_regex = g_regex_new ("https?://\\S+", 0, 0, NULL);
  letter_regex = g_regex_new ("\\p{L}", 0, 0, NULL);
  space_regex = g_regex_new ("\\s+", 0, 0, NULL);

  app = rc_test_application_new ();
  collect_data_texts (rc_application_get_knowledge_base (app));

  g_test_add_func ("/i18n/pseudo-locale/checker", test_checker);
  g_test_add_func ("/i18n/pseudo-locale/every-tab", test_every_tab);

  status = g_test_run ();

  rc_test_destroy_toplevels ();
  g_clear_object (&app);
  rc_i18n_remove_tree (locale_dir);
  g_free (locale_dir);
  return status;
}
