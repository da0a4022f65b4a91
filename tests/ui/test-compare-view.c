/* test-compare-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "rc-chart-view.h"
#include "rc-test-util.h"
#include "rc-compare-table.h"
#include "rc-compare-view.h"
#include "rc-comparison.h"
#include "rc-knowledge-base.h"
#include "rc-source-list.h"
#include "rc-source-marker.h"
#include "rc-table-export.h"

static RcKnowledgeBase *kb;

/* ---- Helpers ---- */

static void
collect_by_class (GtkWidget *widget, const char *css_class, GPtrArray *out)
{
  /* Rows after the first screenful are added from the main loop. */
  if (RC_IS_COMPARE_TABLE (widget))
    rc_compare_table_ensure_complete (RC_COMPARE_TABLE (widget));
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_by_class (child, css_class, out);
}

static GPtrArray *
find_by_class (GtkWidget *widget, const char *css_class)
{
  GPtrArray *out = g_ptr_array_new ();

  collect_by_class (widget, css_class, out);

  return out;
}

/* The texts of the header row, left to right (drug columns only). */
static char *
header_names (GtkWidget *view)
{
  g_autoptr (GPtrArray) headers = find_by_class (view, "rc-compare-drug");
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; i < headers->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (headers, i);

      if (!gtk_widget_get_visible (label))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
names_of (const char *const *ids)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, ids[i])));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The drug cells (columns 1…) of a row. */
static GPtrArray *
row_cells (GtkWidget *view, const char *key)
{
  g_autoptr (GPtrArray) cells = find_by_class (view, "rc-compare-cell");
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (cell), "rc-row-key"), key) == 0 &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "rc-column")) > 0)
        g_ptr_array_add (out, cell);
    }

  return out;
}

static GtkWidget *
new_view (const char *const *selected)
{
  return g_object_new (RC_TYPE_COMPARE_VIEW, "knowledge-base", kb, "selected-drugs", selected,
                       NULL);
}

static GtkWidget *
find_toggle (GtkWidget *view, const char *drug_id)
{
  g_autoptr (GPtrArray) toggles = find_by_class (view, "rc-drug-toggle");

  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (toggle), "rc-drug-id"), drug_id) == 0)
        return toggle;
    }

  return NULL;
}

static GtkWidget *
find_child_of_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The stack that switches between the hint and the table (the view has
 * other stacks: Table/Charts, and the chart kinds). */
static GtkWidget *
find_hint_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "hint") != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_hint_stack (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* ---- Tests ---- */

static void
test_columns_follow_choice (void)
{
  const char *const  two[] = { "baclofen", "tizanidine", NULL };
  const char *const  three[] = { "carisoprodol", "baclofen", "tizanidine", NULL };
  GtkWidget         *view = g_object_ref_sink (new_view (two));
  g_autofree char   *names = NULL;
  g_autofree char   *expected = NULL;
  const char *const *selected;
  GtkWidget         *toggle;

  names = header_names (view);
  expected = names_of (two);
  g_assert_cmpstr (names, ==, expected);

  /* The property sets the order of the columns. */
  g_object_set (view, "selected-drugs", three, NULL);
  g_free (names);
  g_free (expected);
  names = header_names (view);
  expected = names_of (three);
  g_assert_cmpstr (names, ==, expected);

  /* The toggle buttons follow the property… */
  g_assert_true (
      gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_toggle (view, "carisoprodol"))));
  g_assert_false (
      gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_toggle (view, "methocarbamol"))));

  /* …and set it: a newly chosen drug goes last, an unchosen one leaves. */
  toggle = find_toggle (view, "methocarbamol");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
  selected = rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (view));
  g_assert_cmpuint (g_strv_length ((char **) selected), ==, 4);
  g_assert_cmpstr (selected[3], ==, "methocarbamol");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_toggle (view, "baclofen")), FALSE);
  selected = rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (view));
  {
    const char *const now[] = { "carisoprodol", "tizanidine", "methocarbamol", NULL };

    g_assert_true (g_strv_equal (selected, now));
    g_free (names);
    g_free (expected);
    names = header_names (view);
    expected = names_of (now);
    g_assert_cmpstr (names, ==, expected);
  }

  g_object_unref (view);
}

static void
assert_chart_drugs (GtkWidget *view, RcChartKind kind, const char *const *expected)
{
  GtkWidget         *chart = rc_compare_view_get_chart (RC_COMPARE_VIEW (view), kind);
  const char *const *ids;

  g_assert_true (RC_IS_CHART_VIEW (chart));
  g_assert_cmpint (rc_chart_view_get_kind (RC_CHART_VIEW (chart)), ==, kind);
  g_assert_true (rc_chart_view_get_knowledge_base (RC_CHART_VIEW (chart)) == kb);
  ids = rc_chart_view_get_drug_ids (RC_CHART_VIEW (chart));
  g_assert_nonnull (ids);
  g_assert_cmpstrv (ids, expected);
}

static void
test_charts_follow_choice (void)
{
  const char *const three[] = { "baclofen", "tizanidine", "carisoprodol", NULL };
  const char *const two[] = { "methocarbamol", "cyclobenzaprine", NULL };
  const char *const one[] = { "baclofen", NULL };
  GtkWidget        *view = g_object_ref_sink (new_view (three));
  GtkWidget        *box = rc_compare_view_get_charts_box (RC_COMPARE_VIEW (view));

  /* Each kind of chart shows the chosen drugs, in column order. */
  for (RcChartKind kind = RC_CHART_KIND_TITRATION; kind <= RC_CHART_KIND_CONCENTRATION; kind++)
    assert_chart_drugs (view, kind, three);
  g_assert_true (gtk_widget_get_visible (box));

  g_object_set (view, "selected-drugs", two, NULL);
  for (RcChartKind kind = RC_CHART_KIND_TITRATION; kind <= RC_CHART_KIND_CONCENTRATION; kind++)
    assert_chart_drugs (view, kind, two);

  /* With fewer than two drugs there is nothing to compare: no charts page. */
  g_object_set (view, "selected-drugs", one, NULL);
  g_assert_false (gtk_widget_get_visible (box));

  g_object_unref (view);
}

static void
test_hint_below_two (void)
{
  const char *const one[] = { "baclofen", NULL };
  const char *const unknown[] = { "baclofen", "no-such-drug", NULL };
  const char *const two[] = { "baclofen", "tizanidine", NULL };
  GtkWidget        *view = g_object_ref_sink (new_view (one));
  GtkWidget        *stack = find_hint_stack (view);
  g_autoptr (GPtrArray) headers = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "hint");
  headers = find_by_class (view, "rc-compare-drug");
  g_assert_cmpuint (headers->len, ==, 0);

  /* An id the knowledge base does not have does not count. */
  g_object_set (view, "selected-drugs", unknown, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "hint");

  g_object_set (view, "selected-drugs", two, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "table");

  g_object_unref (view);
}

static void
assert_row_differs (GtkWidget *view, const char *key, gboolean differs)
{
  g_autoptr (GPtrArray) cells = row_cells (view, key);

  g_assert_cmpuint (cells->len, >=, 2);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);

      g_assert_cmpint (gtk_widget_has_css_class (cell, "rc-differs"), ==, differs);
      if (differs)
        {
          GtkWidget *label = gtk_widget_get_first_child (cell);

          g_assert_true (GTK_IS_LABEL (label));
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (label),
                                               GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                               "Differs between the chosen drugs");
        }
    }
}

static void
test_schedule_differs (void)
{
  const char *const with_soma[] = { "baclofen", "tizanidine", "carisoprodol", NULL };
  const char *const without[] = { "baclofen", "tizanidine", NULL };
  GtkWidget        *view = g_object_ref_sink (new_view (with_soma));

  assert_row_differs (view, "us_schedule", TRUE);
  g_object_set (view, "selected-drugs", without, NULL);
  assert_row_differs (view, "us_schedule", FALSE);

  g_object_unref (view);
}

static void
test_only_differences (void)
{
  /* Two drugs alike in some ways (neither is controlled, for one). */
  const char *const ids[] = { "baclofen", "tizanidine", NULL };
  GtkWidget        *view = g_object_ref_sink (new_view (ids));
  GtkWidget        *table = find_child_of_type (view, RC_TYPE_COMPARE_TABLE);
  GtkWidget        *toggle = find_child_of_type (view, GTK_TYPE_SWITCH);
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, NULL);
  guint n_equal = 0;

  g_assert_nonnull (comparison);
  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    n_equal += !rc_comparison_get_row (comparison, r)->differs;
  /* The test means something only if some rows agree. */
  g_assert_cmpuint (n_equal, >, 0);

  for (int pass = 0; pass < 2; pass++)
    {
      gboolean only = pass == 1;

      for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
        {
          const RcComparisonRow *row = rc_comparison_get_row (comparison, r);
          g_autoptr (GPtrArray) cells = row_cells (view, row->key);

          g_assert_cmpuint (cells->len, ==, 2);
          for (guint c = 0; c < cells->len; c++)
            g_assert_cmpint (gtk_widget_get_visible (g_ptr_array_index (cells, c)), ==,
                             row->differs || !only);
        }

      /* The switch is the property's, both ways. */
      g_assert_cmpint (gtk_switch_get_active (GTK_SWITCH (toggle)), ==, only);
      g_assert_cmpint (rc_compare_table_get_only_differences (RC_COMPARE_TABLE (table)), ==, only);
      if (pass == 0)
        gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
    }
  g_assert_true (rc_compare_view_get_only_differences (RC_COMPARE_VIEW (view)));

  rc_compare_view_set_only_differences (RC_COMPARE_VIEW (view), FALSE);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  g_object_unref (view);
}

static void
read_text_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  char  **out = user_data;
  GError *error = NULL;

  *out = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (void)
{
  const char *const  ids[] = { "tizanidine", "methocarbamol", NULL };
  GtkWidget         *window = gtk_window_new ();
  GtkWidget         *view = new_view (ids);
  GdkClipboard      *clipboard;
  GdkContentFormats *formats;
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, NULL);
  g_autofree char *expected = rc_table_export_to_string (comparison, RC_TABLE_FORMAT_TSV);
  g_autofree char *text = NULL;
  g_autoptr (GListModel) controllers = NULL;
  gboolean found_shortcut = FALSE;

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  clipboard = gtk_widget_get_clipboard (view);
  g_assert_true (gtk_widget_activate_action (view, "compare.copy", NULL));

  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/markdown"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (text, ==, expected);
  g_assert_nonnull (strchr (text, '\t'));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_nonnull (strstr (text, rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, ids[i]))));

  /* Ctrl+Shift+C is bound to the action. */
  controllers = gtk_widget_observe_controllers (view);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction  *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_c &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) ==
                  (GDK_CONTROL_MASK | GDK_SHIFT_MASK) &&
              GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                           "compare.copy"))
            found_shortcut = TRUE;
        }
    }
  g_assert_true (found_shortcut);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Outside a drug page a marker has no Sources section to go to: it shows
 * the cited sources, with their links, in a popover. */
static void
test_marker_popover (void)
{
  const char *const ids[] = { "baclofen", "tizanidine", NULL };
  GtkWidget        *window = gtk_window_new ();
  GtkWidget        *view = new_view (ids);
  g_autoptr (GPtrArray) cells = NULL;
  GtkWidget         *marker;
  GtkWidget         *popover = NULL;
  GtkWidget         *list;
  const char *const *sources;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  cells = row_cells (view, "class");
  g_assert_cmpuint (cells->len, ==, 2);
  marker = find_child_of_type (g_ptr_array_index (cells, 0), RC_TYPE_SOURCE_MARKER);
  g_assert_nonnull (marker);
  g_assert_true (gtk_widget_get_visible (marker));
  sources = rc_source_marker_get_sources (RC_SOURCE_MARKER (marker));
  g_assert_nonnull (sources);
  g_assert_nonnull (sources[0]);

  /* The cell's tooltip names the sources too. */
  g_assert_cmpstr (gtk_widget_get_tooltip_markup (g_ptr_array_index (cells, 0)), ==,
                   gtk_widget_get_tooltip_markup (marker));

  g_signal_emit_by_name (marker, "clicked");
  gtk_test_widget_wait_for_draw (window);

  for (GtkWidget *child = gtk_widget_get_first_child (marker); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  list = gtk_popover_get_child (GTK_POPOVER (popover));
  g_assert_true (RC_IS_SOURCE_LIST (list));
  for (guint i = 0; sources[i] != NULL; i++)
    g_assert_nonnull (rc_source_list_get_entry (RC_SOURCE_LIST (list), sources[i]));

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_accessibility (void)
{
  const char *const ids[] = { "baclofen", "carisoprodol", NULL };
  GtkWidget        *view = g_object_ref_sink (new_view (ids));
  GtkWidget        *table = find_child_of_type (view, RC_TYPE_COMPARE_TABLE);
  g_autoptr (GPtrArray) sections = find_by_class (view, "rc-compare-section");
  GtkWidget *toggle = find_toggle (view, "baclofen");

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Compare drugs");
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Comparison table");

  g_assert_cmpuint (sections->len, >, 0);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (g_ptr_array_index (sections, 0)),
                                   GTK_ACCESSIBLE_ROLE_HEADING);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_PRESSED, TRUE);

  g_object_unref (view);
}

static void
screenshot (
    const char *name, const char *const *ids, gboolean only_differences, gboolean dark, int width)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget   *window = gtk_window_new ();
  GtkWidget   *view = new_view (ids);

  g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
  rc_compare_view_set_only_differences (RC_COMPARE_VIEW (view), only_differences);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < 3; i++)
    {
      gtk_widget_queue_draw (window);
      gtk_test_widget_wait_for_draw (window);
    }
  rc_test_save_png (window, name);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

static void
test_screenshots (void)
{
  const char *const all[] = { "baclofen",      "tizanidine",   "cyclobenzaprine",
                              "methocarbamol", "carisoprodol", NULL };
  const char *const one[] = { "baclofen", NULL };

  screenshot ("compare-view-light", all, FALSE, FALSE, 1280);
  screenshot ("compare-view-dark", all, FALSE, TRUE, 1280);
  screenshot ("compare-view-differences-light", all, TRUE, FALSE, 1280);
  screenshot ("compare-view-narrow-dark", all, FALSE, TRUE, 480);
  screenshot ("compare-view-hint-light", one, FALSE, FALSE, 900);
}

/* Counts the row-label cells under widget, without completing any table. */
static guint
count_row_labels (GtkWidget *widget)
{
  guint n = gtk_widget_has_css_class (widget, "rc-compare-row-label");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_row_labels (child);

  return n;
}

static gboolean
table_is_complete (gpointer table)
{
  return rc_compare_table_get_complete (RC_COMPARE_TABLE (table));
}

static void
notify_count_cb (GObject *object, GParamSpec *pspec, guint *count)
{
  (*count)++;
}

/* The first screenful of rows comes with the table; the main loop adds the
 * rest, which follow the "only differences" filter set in between. */
static void
test_rows_fill_in (void)
{
  const char *const ids[] = { "baclofen",      "tizanidine",   "cyclobenzaprine",
                              "methocarbamol", "carisoprodol", NULL };
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, ids, NULL);
  GtkWidget *table = g_object_ref_sink (rc_compare_table_new ());
  guint      n_rows = rc_comparison_get_n_rows (comparison);
  guint      n_notify = 0;

  g_signal_connect (table, "notify::complete", G_CALLBACK (notify_count_cb), &n_notify);
  rc_compare_table_set_comparison (RC_COMPARE_TABLE (table), comparison);
  g_assert_cmpuint (n_rows, >, 20);
  g_assert_false (rc_compare_table_get_complete (RC_COMPARE_TABLE (table)));
  g_assert_cmpuint (count_row_labels (table), >, 0);
  g_assert_cmpuint (count_row_labels (table), <, n_rows);

  rc_compare_table_set_only_differences (RC_COMPARE_TABLE (table), TRUE);
  g_assert_true (rc_test_wait_for (table_is_complete, table));
  g_assert_cmpuint (n_notify, ==, 1);
  g_assert_cmpuint (count_row_labels (table), ==, n_rows);

  /* Every row, early or late, shows exactly when it differs. */
  {
    g_autoptr (GPtrArray) labels = find_by_class (table, "rc-compare-row-label");

    g_assert_cmpuint (labels->len, ==, n_rows);
    for (guint i = 0; i < labels->len; i++)
      {
        GtkWidget             *label = g_ptr_array_index (labels, i);
        const RcComparisonRow *row = rc_comparison_get_row (comparison, i);

        g_assert_cmpstr (g_object_get_data (G_OBJECT (label), "rc-row-key"), ==, row->key);
        g_assert_cmpint (gtk_widget_get_visible (label), ==, row->differs);
      }
  }

  /* A new comparison starts over. */
  rc_compare_table_set_comparison (RC_COMPARE_TABLE (table), NULL);
  g_assert_cmpuint (n_notify, ==, 2);
  g_assert_false (rc_compare_table_get_complete (RC_COMPARE_TABLE (table)));
  g_assert_cmpuint (count_row_labels (table), ==, 0);

  g_object_unref (table);
}

int
main (int argc, char **argv)
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);

  kb = rc_test_load_knowledge_base ();
  rc_test_load_style ();

  g_test_add_func ("/compare-view/columns", test_columns_follow_choice);
  g_test_add_func ("/compare-view/hint", test_hint_below_two);
  g_test_add_func ("/compare-view/charts", test_charts_follow_choice);
  g_test_add_func ("/compare-view/schedule-differs", test_schedule_differs);
  g_test_add_func ("/compare-view/only-differences", test_only_differences);
  g_test_add_func ("/compare-view/rows-fill-in", test_rows_fill_in);
  g_test_add_func ("/compare-view/copy", test_copy);
  g_test_add_func ("/compare-view/marker-popover", test_marker_popover);
  g_test_add_func ("/compare-view/accessibility", test_accessibility);
  g_test_add_func ("/compare-view/screenshots", test_screenshots);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
