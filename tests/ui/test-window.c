/* test-window.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window: its tabs, actions, search, settings and accessibility. */

#include "config.h"

#include <string.h>

#include "rc-compare-view.h"
#include "rc-drug-page.h"
#include "rc-presentation.h"
#include "rc-settings.h"
#include "rc-test-util.h"
#include "rc-window.h"

static RcApplication *app;

static const char *const tab_ids[] = {
  RC_WINDOW_TAB_COMPARE,     "baclofen",     "tizanidine",        "cyclobenzaprine",
  "methocarbamol",           "carisoprodol", RC_WINDOW_TAB_STUDY, RC_WINDOW_TAB_INTERACTIONS,
  RC_WINDOW_TAB_POPULATIONS,
};

static const char *const tab_labels[] = {
  "Compare",      "Baclofen", "Tizanidine",   "Cyclobenzaprine", "Methocarbamol",
  "Carisoprodol", "Study",    "Interactions", "Populations",
};

static RcWindow *
open_window (void)
{
  RcWindow *window = rc_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
close_window (RcWindow *window)
{
  /* Closing (not destroying) is what a person does; it saves state. */
  gtk_window_close (GTK_WINDOW (window));
  rc_test_flush ();
}

static int
current_page (RcWindow *window)
{
  return gtk_notebook_get_current_page (rc_window_get_notebook (window));
}

static void
test_tabs (void)
{
  RcWindow        *window = open_window ();
  GtkNotebook     *notebook = rc_window_get_notebook (window);
  RcKnowledgeBase *kb = rc_window_get_knowledge_base (window);

  g_assert_true (kb == rc_application_get_knowledge_base (app));
  g_assert_cmpint (gtk_notebook_get_n_pages (notebook), ==, G_N_ELEMENTS (tab_ids));

  for (guint i = 0; i < G_N_ELEMENTS (tab_ids); i++)
    {
      GtkWidget       *page = gtk_notebook_get_nth_page (notebook, (int) i);
      g_autofree char *id = rc_window_dup_tab_id (window, (int) i);

      g_assert_cmpstr (id, ==, tab_ids[i]);
      g_assert_cmpstr (gtk_notebook_get_tab_label_text (notebook, page), ==, tab_labels[i]);

      if (i == 0)
        {
          g_assert_true (RC_IS_COMPARE_VIEW (page));
          g_assert_true (page == rc_window_get_compare_view (window));
          g_assert_true (rc_compare_view_get_knowledge_base (RC_COMPARE_VIEW (page)) == kb);
        }
      else if (i >= 6)
        {
          /* The student views, after the drugs, with the knowledge base. */
          RcKnowledgeBase *view_kb = NULL;

          g_object_get (page, "knowledge-base", &view_kb, NULL);
          g_assert_true (view_kb == kb);
          g_clear_object (&view_kb);
        }
      else
        {
          /* Each drug tab shows its drug, which the knowledge base has. */
          g_assert_true (RC_IS_DRUG_PAGE (page));
          g_assert_cmpstr (rc_drug_page_get_drug_id (RC_DRUG_PAGE (page)), ==, tab_ids[i]);
          g_assert_true (rc_drug_page_get_knowledge_base (RC_DRUG_PAGE (page)) == kb);
          g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, tab_ids[i]));
        }
    }
  g_assert_null (rc_window_dup_tab_id (window, (int) G_N_ELEMENTS (tab_ids)));

  /* No loading problems with the built-in knowledge base alone. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (rc_window_get_problems_banner (window))));

  close_window (window);
}

static void
test_show_tab_action (void)
{
  RcWindow     *window = open_window ();
  GActionGroup *actions = G_ACTION_GROUP (window);

  for (int i = (int) G_N_ELEMENTS (tab_ids) - 1; i >= 0; i--)
    {
      g_action_group_activate_action (actions, "show-tab", g_variant_new_int32 (i));
      g_assert_cmpint (current_page (window), ==, i);
    }

  /* Out of range: nothing happens. */
  g_action_group_activate_action (actions, "show-tab", g_variant_new_int32 (3));
  g_action_group_activate_action (actions, "show-tab", g_variant_new_int32 (42));
  g_assert_cmpint (current_page (window), ==, 3);

  g_action_group_activate_action (actions, "next-tab", NULL);
  g_assert_cmpint (current_page (window), ==, 4);
  g_action_group_activate_action (actions, "show-tab", g_variant_new_int32 (0));
  g_action_group_activate_action (actions, "previous-tab", NULL);
  g_assert_cmpint (current_page (window), ==, (int) G_N_ELEMENTS (tab_ids) - 1);
  g_action_group_activate_action (actions, "next-tab", NULL);
  g_assert_cmpint (current_page (window), ==, 0);

  g_assert_true (rc_window_show_tab (window, "methocarbamol"));
  g_assert_cmpint (current_page (window), ==, 4);
  g_assert_false (rc_window_show_tab (window, "no-such-drug"));
  g_assert_cmpint (current_page (window), ==, 4);

  close_window (window);
}

static void
assert_accel (const char *action, const char *accel)
{
  g_auto (GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), action);

  g_assert_true (g_strv_contains ((const char *const *) accels, accel));
}

static void
test_accels (void)
{
  g_auto (GStrv) overlay = NULL;

  assert_accel ("win.show-tab(0)", "<Alt>1");
  assert_accel ("win.show-tab(5)", "<Alt>6");
  assert_accel ("win.previous-tab", "<Control>Page_Up");
  assert_accel ("win.next-tab", "<Control>Page_Down");
  assert_accel ("win.search", "<Control>f");
  assert_accel ("window.close", "<Control>w");
  assert_accel ("app.quit", "<Control>q");
  assert_accel ("app.shortcuts", "<Control>question");
  assert_accel ("app.help", "F1");
  assert_accel ("win.present", "F5");
  assert_accel ("win.print", "<Control>p");
  {
    RcWindow *window = open_window ();

    /* The educator's commands of the primary menu. */
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-handout"));
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-table"));
    g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "print"));
    close_window (window);
  }

  /* One action per accelerator: Ctrl+? belongs to app.shortcuts. */
  overlay = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_cmpuint (g_strv_length (overlay), ==, 0);
}

static GtkWindow *
find_presentation (guint *n_found)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* borrowed */
  GtkWindow  *found = NULL;

  *n_found = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (RC_IS_PRESENTATION (window))
        {
          found = window;
          (*n_found)++;
        }
    }
  return found;
}

static gboolean
presentation_gone (gpointer data)
{
  guint n;

  find_presentation (&n);
  return n == 0;
}

static void
test_present_action (void)
{
  RcWindow         *window = open_window ();
  GActionGroup     *actions = G_ACTION_GROUP (window);
  RcCompareView    *compare = RC_COMPARE_VIEW (rc_window_get_compare_view (window));
  const char *const one[] = { "baclofen", NULL };
  const char *const two[] = { "baclofen", "tizanidine", NULL };
  GtkWindow        *presentation;
  guint             n;

  /* A presentation needs two drugs to compare. */
  rc_compare_view_set_selected_drugs (compare, one);
  g_assert_false (g_action_group_get_action_enabled (actions, "present"));
  rc_compare_view_set_selected_drugs (compare, two);
  g_assert_true (g_action_group_get_action_enabled (actions, "present"));

  /* F5 opens one presentation of the chosen drugs; again brings it back. */
  g_action_group_activate_action (actions, "present", NULL);
  rc_test_flush ();
  presentation = find_presentation (&n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (gtk_window_get_transient_for (presentation) == GTK_WINDOW (window));
  g_assert_cmpuint (rc_presentation_get_n_slides (RC_PRESENTATION (presentation)), >, 3);
  g_action_group_activate_action (actions, "present", NULL);
  rc_test_flush ();
  g_assert_true (find_presentation (&n) == presentation);
  g_assert_cmpuint (n, ==, 1);

  gtk_window_close (presentation);
  g_assert_true (rc_test_wait_for (presentation_gone, NULL));

  close_window (window);
}

static void
test_show_section_action (void)
{
  RcWindow *window = open_window ();

  /* The student views send people to a drug's section this way. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-section",
                                  g_variant_new ("(ss)", "tizanidine", "interactions"));
  g_assert_cmpint (current_page (window), ==, 2);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-section",
                                  g_variant_new ("(ss)", "carisoprodol", "populations"));
  g_assert_cmpint (current_page (window), ==, 5);

  close_window (window);
}

typedef struct
{
  RcSearchPanel *panel;
  const char    *query;
} SearchWait;

static gboolean
search_done (gpointer data)
{
  SearchWait        *wait = data;
  const RcSearchHit *first = rc_search_panel_get_hit (wait->panel, 0);
  GtkListBox        *list = rc_search_panel_get_results (wait->panel);

  /* The list shows the hits of this query (search-changed is delayed). */
  return first != NULL && gtk_list_box_get_row_at_index (list, 0) != NULL &&
         g_strcmp0 (gtk_editable_get_text (rc_search_panel_get_entry (wait->panel)), wait->query) ==
             0 &&
         rc_search_panel_get_n_hits (wait->panel) > 0;
}

static void
type_query (RcWindow *window, const char *query)
{
  RcSearchPanel *panel = rc_window_get_search_panel (window);
  SearchWait     wait = { panel, query };

  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));
  gtk_editable_set_text (rc_search_panel_get_entry (panel), query);
  g_assert_true (rc_test_wait_for (search_done, &wait));
}

static int
find_hit (RcSearchPanel *panel, const char *drug_id, const char *section_id)
{
  for (guint i = 0; i < rc_search_panel_get_n_hits (panel); i++)
    {
      const RcSearchHit *hit = rc_search_panel_get_hit (panel, i);

      if (g_str_equal (rc_drug_get_id (hit->drug), drug_id) &&
          g_str_equal (hit->section_id, section_id))
        return (int) i;
    }
  return -1;
}

static void
test_search (void)
{
  RcWindow      *window = open_window ();
  RcSearchPanel *panel = rc_window_get_search_panel (window);
  GtkListBox    *list = rc_search_panel_get_results (panel);
  GtkListBoxRow *row;
  int            position;

  g_assert_false (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));

  /* "CYP1A2" finds tizanidine's interactions and cyclobenzaprine's
   * metabolism; clicking a result opens its drug's tab. */
  type_query (window, "CYP1A2");
  g_assert_cmpint (find_hit (panel, "cyclobenzaprine", RC_SECTION_PHARMACOKINETICS), >=, 0);
  position = find_hit (panel, "tizanidine", RC_SECTION_INTERACTIONS);
  g_assert_cmpint (position, >=, 0);

  row = gtk_list_box_get_row_at_index (list, position);
  g_assert_nonnull (row);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Tizanidine — Interactions");
  g_signal_emit_by_name (list, "row-activated", row);
  rc_test_flush ();
  g_assert_cmpint (current_page (window), ==, 2);
  g_assert_false (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));

  /* "Soma" finds carisoprodol first, and Enter opens it. */
  type_query (window, "Soma");
  g_assert_cmpstr (rc_drug_get_id (rc_search_panel_get_hit (panel, 0)->drug), ==, "carisoprodol");
  g_signal_emit_by_name (rc_search_panel_get_entry (panel), "activate");
  rc_test_flush ();
  g_assert_cmpint (current_page (window), ==, 5);
  g_assert_false (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));

  /* Ctrl+F again from elsewhere reopens the search with an empty entry. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));
  g_assert_cmpstr (gtk_editable_get_text (rc_search_panel_get_entry (panel)), ==, "");

  close_window (window);
}

static void
test_no_results (void)
{
  RcWindow      *window = open_window ();
  RcSearchPanel *panel = rc_window_get_search_panel (window);
  int            page = current_page (window);

  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  gtk_editable_set_text (rc_search_panel_get_entry (panel), "zzzqqqxxx");
  g_signal_emit_by_name (rc_search_panel_get_entry (panel), "activate");
  rc_test_flush ();
  g_assert_cmpuint (rc_search_panel_get_n_hits (panel), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (rc_search_panel_get_results (panel), 0));
  /* Nothing to open: the tab stays. */
  g_assert_cmpint (current_page (window), ==, page);
  g_assert_true (gtk_search_bar_get_search_mode (rc_window_get_search_bar (window)));

  close_window (window);
}

static void
reset_settings (GSettings *settings)
{
  const char *keys[] = { "window-width",  "window-height",    "window-maximized", "last-tab",
                         "compare-drugs", "only-differences", "color-scheme" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

static void
test_settings_round_trip (void)
{
  GSettings         *settings = rc_application_get_settings (app);
  const char *const  chosen[] = { "tizanidine", "baclofen", NULL };
  const char *const *selected;
  RcWindow          *window;
  g_auto (GStrv) stored = NULL;
  g_autofree char *last_tab = NULL;
  int              width, height;

  g_assert_nonnull (settings);
  reset_settings (settings);

  window = open_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);
  g_assert_true (rc_window_show_tab (window, "cyclobenzaprine"));
  rc_compare_view_set_selected_drugs (RC_COMPARE_VIEW (rc_window_get_compare_view (window)),
                                      chosen);
  rc_compare_view_set_only_differences (RC_COMPARE_VIEW (rc_window_get_compare_view (window)),
                                        TRUE);
  close_window (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  last_tab = g_settings_get_string (settings, "last-tab");
  g_assert_cmpstr (last_tab, ==, "cyclobenzaprine");
  stored = g_settings_get_strv (settings, "compare-drugs");
  g_assert_cmpstrv (stored, chosen);
  g_assert_true (g_settings_get_boolean (settings, "only-differences"));

  /* A new window comes back as the last one was left. */
  window = rc_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  g_assert_cmpint (current_page (window), ==, 3);
  selected =
      rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (rc_window_get_compare_view (window)));
  g_assert_cmpstrv (selected, chosen);
  g_assert_true (
      rc_compare_view_get_only_differences (RC_COMPARE_VIEW (rc_window_get_compare_view (window))));
  gtk_window_destroy (GTK_WINDOW (window));

  reset_settings (settings);
}

static gboolean
prefers_dark (void)
{
  gboolean dark;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

static void
test_color_scheme (void)
{
  GSettings      *settings = rc_application_get_settings (app);
  RcStyleManager *style = rc_application_get_style_manager (app);
  GActionGroup   *actions = G_ACTION_GROUP (app);
  g_autoptr (GVariant) state = NULL;
  g_autofree char *stored = NULL;

  g_action_group_activate_action (actions, "color-scheme", g_variant_new_string ("dark"));
  g_assert_true (prefers_dark ());
  g_assert_true (rc_style_manager_get_dark (style));
  stored = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (stored, ==, "dark");
  state = g_action_group_get_action_state (actions, "color-scheme");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "dark");

  g_action_group_activate_action (actions, "color-scheme", g_variant_new_string ("light"));
  g_assert_false (prefers_dark ());
  g_assert_false (rc_style_manager_get_dark (style));

  /* The settings key drives it too (another window, dconf). */
  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_true (prefers_dark ());

  g_action_group_activate_action (actions, "color-scheme", g_variant_new_string ("follow"));
  g_assert_cmpint (prefers_dark (), ==, rc_style_manager_get_system_prefers_dark (style));

  g_settings_reset (settings, "color-scheme");
}

static gboolean
has_toplevel_of_type (gpointer data)
{
  GType       type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_about (void)
{
  RcWindow        *window = open_window ();
  RcKnowledgeBase *kb = rc_window_get_knowledge_base (window);
  GtkAboutDialog  *about;
  const char      *comments, *license;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (rc_test_wait_for (has_toplevel_of_type, GSIZE_TO_POINTER (GTK_TYPE_ABOUT_DIALOG)));
  about = GTK_ABOUT_DIALOG (find_toplevel (GTK_TYPE_ABOUT_DIALOG));

  g_assert_cmpstr (gtk_about_dialog_get_version (about), ==, PACKAGE_VERSION);
  comments = gtk_about_dialog_get_comments (about);
  g_test_message ("About: %s", comments);
  g_assert_nonnull (rc_knowledge_base_get_version (kb));
  g_assert_nonnull (strstr (comments, rc_knowledge_base_get_version (kb)));
  g_assert_nonnull (strstr (comments, "not dosing advice"));
  g_assert_nonnull (strstr (comments, "each drug page lists"));
  license = gtk_about_dialog_get_license (about);
  g_assert_nonnull (strstr (license, "GPL-3.0-or-later"));
  g_assert_nonnull (strstr (license, "CC-BY-4.0"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (about));
  close_window (window);
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

static gboolean
help_window_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), "Relaxant Compare Help") == 0 &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          *(GtkWindow **) data = window;
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_help_and_shortcuts (void)
{
  RcWindow  *window = open_window ();
  GtkWindow *help = NULL;
  GtkWindow *shortcuts;

  /* F1: the offline help, over the main window. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_true (rc_test_wait_for (help_window_shown, &help));
  g_assert_true (gtk_window_get_transient_for (help) == GTK_WINDOW (window));
  g_assert_nonnull (find_descendant (GTK_WIDGET (help), GTK_TYPE_LABEL));
  gtk_window_close (help);
  rc_test_flush ();

  /* Ctrl+?: the shortcuts window from gtk/help-overlay.ui. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (
      rc_test_wait_for (has_toplevel_of_type, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW)));
  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (shortcuts == GTK_WINDOW (gtk_application_window_get_help_overlay (
                                  GTK_APPLICATION_WINDOW (window))));
  gtk_window_close (shortcuts);
  rc_test_flush ();

  close_window (window);
}

static char *
describe (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_string_append_printf (out, "%s%s", out->len > 0 ? " < " : "", G_OBJECT_TYPE_NAME (w));
  return g_string_free (out, FALSE);
}

/* Presses Tab until the focus comes back where it started, as a person
 * would; fails on a widget that keeps the focus (a keyboard trap). */
static GPtrArray *
focus_chain (RcWindow *window, GtkDirectionType direction)
{
  GPtrArray *chain = g_ptr_array_new ();
  GtkWidget *previous = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (GTK_WIDGET (window), direction);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == NULL)
        continue;
      if (focus == previous)
        {
          g_autofree char *path = describe (focus);
          g_test_message ("Tab does not leave %s", path);
          g_assert_not_reached ();
        }
      if (chain->len > 0 && focus == g_ptr_array_index (chain, 0))
        return chain;
      g_ptr_array_add (chain, focus);
      previous = focus;
    }
  g_assert_not_reached ();
}

static gboolean
chain_reaches (GPtrArray *chain, GtkWidget *widget)
{
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (chain, i);
      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        return TRUE;
    }
  return FALSE;
}

static gboolean
chain_reaches_focus (RcWindow *window, GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_accessibility (void)
{
  RcWindow      *window = open_window ();
  RcSearchPanel *panel = rc_window_get_search_panel (window);
  GtkWidget     *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget     *search_button, *menu_button;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (panel), GTK_ACCESSIBLE_ROLE_SEARCH);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Search all drugs");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (rc_window_get_problems_banner (window)),
                                   GTK_ACCESSIBLE_ROLE_ALERT);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (rc_window_get_problems_banner (window)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Knowledge-base problems");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (rc_search_panel_get_results (panel)),
                                   GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (rc_search_panel_get_results (panel)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search results");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (rc_search_panel_get_entry (panel)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search all drugs");

  /* The icon-only header buttons have names. */
  search_button = find_descendant (titlebar, GTK_TYPE_TOGGLE_BUTTON);
  g_assert_nonnull (search_button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (search_button),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search all drugs");
  menu_button = find_descendant (titlebar, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Main menu");

  close_window (window);
}

static void
test_keyboard (void)
{
  RcWindow      *window = open_window ();
  RcSearchPanel *panel = rc_window_get_search_panel (window);
  GtkWidget     *titlebar = gtk_window_get_titlebar (GTK_WINDOW (window));
  GtkWidget     *search_button = find_descendant (titlebar, GTK_TYPE_TOGGLE_BUTTON);
  GtkWidget     *menu_button = find_descendant (titlebar, GTK_TYPE_MENU_BUTTON);
  g_autoptr (GPtrArray) chain = NULL;

  /* The keyboard alone goes round the whole window from every tab: the
   * header, the tabs and, once open, the search entry. */
  for (guint i = 0; i < G_N_ELEMENTS (tab_ids); i++)
    {
      g_action_group_activate_action (G_ACTION_GROUP (window), "show-tab",
                                      g_variant_new_int32 ((int) i));
      gtk_widget_grab_focus (GTK_WIDGET (rc_window_get_notebook (window)));
      chain = focus_chain (window, GTK_DIR_TAB_FORWARD);
      g_test_message ("tab %s: %u focus stops", tab_ids[i], chain->len);
      g_assert_true (chain_reaches (chain, search_button));
      g_assert_true (chain_reaches (chain, menu_button));
      g_assert_true (chain_reaches (chain, GTK_WIDGET (rc_window_get_notebook (window))));
      g_clear_pointer (&chain, g_ptr_array_unref);
    }

  /* Ctrl+F puts the focus in the search entry; from the tabs, Shift+Tab
   * goes back up to it. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "search", NULL);
  g_assert_true (rc_test_wait_for ((RcTestCondition) gtk_widget_get_mapped, panel));
  g_assert_true (chain_reaches_focus (window, GTK_WIDGET (rc_search_panel_get_entry (panel))));
  gtk_widget_grab_focus (GTK_WIDGET (rc_window_get_notebook (window)));
  chain = focus_chain (window, GTK_DIR_TAB_BACKWARD);
  g_assert_true (chain_reaches (chain, GTK_WIDGET (rc_search_panel_get_entry (panel))));

  close_window (window);
}

int
main (int argc, char *argv[])
{
  int status;

  rc_test_init (&argc, &argv);
  app = rc_test_application_new ();

  g_test_add_func ("/window/tabs", test_tabs);
  g_test_add_func ("/window/show-tab-action", test_show_tab_action);
  g_test_add_func ("/window/accels", test_accels);
  g_test_add_func ("/window/present-action", test_present_action);
  g_test_add_func ("/window/show-section-action", test_show_section_action);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/no-results", test_no_results);
  g_test_add_func ("/window/settings-round-trip", test_settings_round_trip);
  g_test_add_func ("/window/color-scheme", test_color_scheme);
  g_test_add_func ("/window/about", test_about);
  g_test_add_func ("/window/help-and-shortcuts", test_help_and_shortcuts);
  g_test_add_func ("/window/accessibility", test_accessibility);
  g_test_add_func ("/window/keyboard", test_keyboard);

  status = g_test_run ();

  rc_test_destroy_toplevels ();
  g_clear_object (&app);
  return status;
}
