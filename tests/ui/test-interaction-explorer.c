/* test-interaction-explorer.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The interaction explorer in a real window: the disclaimer, picking
 * co-medications, the per-relaxant results worst first, "nothing listed"
 * (never "safe"), the search filter and accessible names. Saves
 * screenshots (light and dark) into the build dir. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include "rc-fact-line.h"
#include "rc-interaction-explorer.h"
#include "rc-knowledge-base.h"
#include "rc-severity-badge.h"
#include "rc-source-marker.h"
#include "rc-test-util.h"

static RcKnowledgeBase *kb;

/* ---- Helpers ---- */

static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  g_autoptr (GPtrArray) labels = rc_test_find_all (widget, NULL, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (labels, i))), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

static gboolean
shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

static RcInteractionExplorer *
new_explorer (GtkWidget **window)
{
  GtkWidget *explorer = g_object_new (RC_TYPE_INTERACTION_EXPLORER, "knowledge-base", kb, NULL);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1100, 800);
  gtk_window_set_child (GTK_WINDOW (*window), explorer);
  gtk_window_present (GTK_WINDOW (*window));
  rc_test_wait_for_draw (*window);

  return RC_INTERACTION_EXPLORER (explorer);
}

static GtkWidget *
find_check (RcInteractionExplorer *explorer, const char *agent_id)
{
  g_autoptr (GPtrArray) checks =
      rc_test_find_all (GTK_WIDGET (explorer), NULL, GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (checks, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (check), "rc-agent-id"), agent_id) == 0)
        return check;
    }

  return NULL;
}

static GtkWidget *
find_group (RcInteractionExplorer *explorer, const char *drug_id)
{
  g_autoptr (GPtrArray) groups =
      rc_test_find_all (GTK_WIDGET (explorer), "rc-explorer-drug", G_TYPE_NONE);

  for (guint i = 0; i < groups->len; i++)
    {
      GtkWidget *group = g_ptr_array_index (groups, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (group), "rc-drug-id"), drug_id) == 0)
        return group;
    }

  return NULL;
}

/* The badges of a drug's result group, top to bottom. */
static GPtrArray *
group_badges (RcInteractionExplorer *explorer, const char *drug_id)
{
  GtkWidget *group = find_group (explorer, drug_id);

  g_assert_nonnull (group);
  return rc_test_find_all (group, NULL, RC_TYPE_SEVERITY_BADGE);
}

static void
tick (RcInteractionExplorer *explorer, const char *agent_id, gboolean active)
{
  GtkWidget *check = find_check (explorer, agent_id);

  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  rc_test_flush ();
}

/* ---- Tests ---- */

static void
test_disclaimer (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  GtkWidget             *disclaimer =
      find_label (GTK_WIDGET (explorer),
                  "Curated teaching content from the labels — not a clinical interaction checker.");

  g_assert_true (shown (disclaimer));

  /* Nothing picked: a hint, no results. */
  g_assert_null (rc_test_find (GTK_WIDGET (explorer), "rc-explorer-drug", G_TYPE_NONE));
  g_assert_true (shown (rc_test_find (GTK_WIDGET (explorer), "rc-explorer-hint", G_TYPE_NONE)));

  rc_test_destroy_toplevels ();
}

static void
test_agents_list (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  GListModel            *agents = rc_knowledge_base_get_agents (kb);
  g_autoptr (GPtrArray) checks =
      rc_test_find_all (GTK_WIDGET (explorer), NULL, GTK_TYPE_CHECK_BUTTON);
  const char *const wanted[] = { "alcohol",
                                 "opioids",
                                 "benzodiazepines",
                                 "cns-depressants",
                                 "fluvoxamine",
                                 "ciprofloxacin",
                                 "cyp1a2-inhibitors",
                                 "oral-contraceptives",
                                 "maois",
                                 "ssris",
                                 "snris",
                                 "tramadol",
                                 "serotonergic-drugs",
                                 "antihypertensives",
                                 "cyp2c19-inhibitors",
                                 "cyp2c19-inducers" };

  /* Every agent of the vocabulary is there, as a check box. */
  g_assert_cmpuint (checks->len, ==, g_list_model_get_n_items (agents));
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    g_assert_nonnull (find_check (explorer, wanted[i]));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_check (explorer, "ciprofloxacin")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Ciprofloxacin (Drug)");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_check (explorer, "maois")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "MAO inhibitors (Class)");

  rc_test_destroy_toplevels ();
}

static void
test_search_filter (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  GtkWidget             *entry = rc_test_find (GTK_WIDGET (explorer), NULL, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget             *cipro_row;
  GtkWidget             *alcohol_row;

  cipro_row =
      gtk_widget_get_ancestor (find_check (explorer, "ciprofloxacin"), GTK_TYPE_LIST_BOX_ROW);
  alcohol_row = gtk_widget_get_ancestor (find_check (explorer, "alcohol"), GTK_TYPE_LIST_BOX_ROW);
  g_assert_true (gtk_widget_get_child_visible (alcohol_row));

  /* Case- and accent-insensitive. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "CIPRO");
  g_signal_emit_by_name (entry, "search-changed");
  rc_test_flush ();
  g_assert_true (gtk_widget_get_child_visible (cipro_row));
  g_assert_false (gtk_widget_get_child_visible (alcohol_row));

  /* Enter in the filter ticks the first agent listed. */
  g_signal_emit_by_name (entry, "activate");
  rc_test_flush ();
  g_assert_true (
      gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (explorer, "ciprofloxacin"))));

  /* A ticked agent stays ticked while hidden by the filter. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "alc");
  g_signal_emit_by_name (entry, "search-changed");
  rc_test_flush ();
  g_assert_true (gtk_widget_get_child_visible (alcohol_row));
  g_assert_false (gtk_widget_get_child_visible (cipro_row));
  g_assert_true (g_strv_equal (rc_interaction_explorer_get_selected_agents (explorer),
                               (const char *const[]){ "ciprofloxacin", NULL }));

  /* Escape empties the filter. */
  g_signal_emit_by_name (entry, "stop-search");
  rc_test_flush ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (gtk_widget_get_child_visible (cipro_row));

  rc_test_destroy_toplevels ();
}

static void
test_ciprofloxacin (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  g_auto (GStrv) order = NULL;
  g_autoptr (GPtrArray) badges = NULL;
  g_autoptr (GPtrArray) matches = NULL;
  RcSeverityBadge *first;
  GtkWidget       *group;
  GtkWidget       *marker;

  tick (explorer, "ciprofloxacin", TRUE);
  rc_test_wait_for_draw (window);
  g_assert_true (g_strv_equal (rc_interaction_explorer_get_selected_agents (explorer),
                               (const char *const[]){ "ciprofloxacin", NULL }));

  /* Every relaxant has a group; tizanidine, contraindicated, comes first. */
  order = rc_interaction_explorer_dup_result_order (explorer);
  g_assert_cmpuint (g_strv_length (order), ==, 5);
  g_assert_cmpstr (order[0], ==, "tizanidine");

  badges = group_badges (explorer, "tizanidine");
  g_assert_cmpuint (badges->len, >=, 1);
  first = g_ptr_array_index (badges, 0);
  g_assert_cmpstr (rc_severity_badge_get_text (first), ==, "Contraindicated");
  g_assert_cmpint (rc_severity_badge_get_level (first), ==, RC_BADGE_DANGER);
  /* Colour and an icon and the word. */
  g_assert_true (shown (rc_test_find (GTK_WIDGET (first), NULL, GTK_TYPE_IMAGE)));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (first), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Contraindicated");

  /* Worst first within the drug, with effect, mechanism and sources. */
  for (guint i = 1; i < badges->len; i++)
    g_assert_cmpint (rc_severity_badge_get_level (g_ptr_array_index (badges, i - 1)), >=,
                     rc_severity_badge_get_level (g_ptr_array_index (badges, i)));
  group = find_group (explorer, "tizanidine");
  matches = rc_test_find_all (group, "rc-explorer-match", G_TYPE_NONE);
  g_assert_cmpuint (matches->len, ==, badges->len);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (rc_test_find (
                                g_ptr_array_index (matches, 0), "rc-explorer-agent", G_TYPE_NONE))),
                            "iprofloxacin"));
  g_assert_nonnull (rc_test_find (g_ptr_array_index (matches, 0), NULL, RC_TYPE_FACT_LINE));
  marker = rc_test_find (g_ptr_array_index (matches, 0), NULL, RC_TYPE_SOURCE_MARKER);
  g_assert_true (shown (marker));
  g_assert_nonnull (gtk_widget_get_tooltip_markup (marker));

  /* A direct match needs no note; one through a class says which. */
  g_assert_null (rc_test_find (g_ptr_array_index (matches, 0), "rc-explorer-why", G_TYPE_NONE));
  {
    g_autoptr (GPtrArray) whys = rc_test_find_all (group, "rc-explorer-why", G_TYPE_NONE);
    gboolean through_class = FALSE;

    for (guint i = 0; i < whys->len; i++)
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (whys, i))),
                     "Matches Ciprofloxacin through “CYP1A2 inhibitors”") == 0)
        through_class = TRUE;
    g_assert_true (through_class);
  }

  /* Drugs with nothing listed say exactly that, never "safe". */
  for (guint i = 1; order[i] != NULL; i++)
    {
      GtkWidget *other = find_group (explorer, order[i]);
      GtkWidget *none = rc_test_find (other, "rc-explorer-none", G_TYPE_NONE);
      g_autoptr (GPtrArray) labels = NULL;

      if (rc_test_find (other, "rc-explorer-match", G_TYPE_NONE) != NULL)
        continue;

      g_assert_true (shown (none));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (none)), ==,
                       "No interaction listed in the sources");
      labels = rc_test_find_all (other, NULL, GTK_TYPE_LABEL);
      for (guint j = 0; j < labels->len; j++)
        {
          g_autofree char *lower =
              g_utf8_strdown (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (labels, j))), -1);

          g_assert_null (strstr (lower, "safe"));
        }
    }

  rc_test_destroy_toplevels ();
}

static gboolean
navigate_cb (RcInteractionExplorer *explorer,
             const char            *drug_id,
             const char            *section_id,
             char                 **where)
{
  g_free (*where);
  *where = g_strdup_printf ("%s %s", drug_id, section_id);
  return TRUE;
}

static void
test_maois (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  g_auto (GStrv) order = NULL;
  g_autoptr (GPtrArray) badges = NULL;

  rc_interaction_explorer_set_selected_agents (explorer, (const char *const[]){ "maois", NULL });
  rc_test_flush ();
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (explorer, "maois"))));

  order = rc_interaction_explorer_dup_result_order (explorer);
  g_assert_cmpstr (order[0], ==, "cyclobenzaprine");
  badges = group_badges (explorer, "cyclobenzaprine");
  g_assert_cmpuint (badges->len, >=, 1);
  g_assert_cmpstr (rc_severity_badge_get_text (g_ptr_array_index (badges, 0)), ==,
                   "Contraindicated");

  /* "Go to Interactions of Cyclobenzaprine" asks to navigate there. */
  {
    GtkWidget *button = rc_test_find (find_group (explorer, "cyclobenzaprine"), "rc-go-to-section",
                                      GTK_TYPE_BUTTON);
    char      *where = NULL;

    g_signal_connect (explorer, "navigate", G_CALLBACK (navigate_cb), &where);
    g_assert_nonnull (button);
    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==,
                     "Go to Interactions of Cyclobenzaprine");
    g_signal_emit_by_name (button, "clicked");
    g_assert_cmpstr (where, ==, "cyclobenzaprine interactions");
    g_free (where);
    g_signal_handlers_disconnect_by_func (explorer, navigate_cb, &where);
  }

  /* Clearing empties the results. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (explorer), "explorer.clear", NULL));
  rc_test_flush ();
  g_assert_null (rc_interaction_explorer_get_selected_agents (explorer));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_check (explorer, "maois"))));
  g_assert_null (rc_test_find (GTK_WIDGET (explorer), "rc-explorer-drug", G_TYPE_NONE));

  rc_test_destroy_toplevels ();
}

static void
test_several (void)
{
  GtkWidget             *window;
  RcInteractionExplorer *explorer = new_explorer (&window);
  g_auto (GStrv) order = NULL;

  /* Pick order is kept; each match says which pick it answers. */
  tick (explorer, "alcohol", TRUE);
  tick (explorer, "ciprofloxacin", TRUE);
  g_assert_true (g_strv_equal (rc_interaction_explorer_get_selected_agents (explorer),
                               (const char *const[]){ "alcohol", "ciprofloxacin", NULL }));
  order = rc_interaction_explorer_dup_result_order (explorer);
  g_assert_cmpstr (order[0], ==, "tizanidine");
  g_assert_nonnull (rc_test_find (GTK_WIDGET (explorer), "rc-explorer-why", G_TYPE_NONE));

  tick (explorer, "alcohol", FALSE);
  g_assert_true (g_strv_equal (rc_interaction_explorer_get_selected_agents (explorer),
                               (const char *const[]){ "ciprofloxacin", NULL }));

  rc_test_destroy_toplevels ();
}

static void
test_screenshots (void)
{
  for (guint dark = 0; dark <= 1; dark++)
    {
      GtkWidget             *window;
      RcInteractionExplorer *explorer;
      g_autofree char       *name = NULL;

      g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
      explorer = new_explorer (&window);
      tick (explorer, "ciprofloxacin", TRUE);
      tick (explorer, "alcohol", TRUE);
      name = g_strdup_printf ("explorer-%s", dark ? "dark" : "light");
      rc_test_save_png (window, name);
      rc_test_destroy_toplevels ();
    }
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int argc, char *argv[])
{
  int status;

  rc_test_init (&argc, &argv);

  kb = rc_test_load_knowledge_base ();

  rc_test_load_style ();

  g_test_add_func ("/interaction-explorer/disclaimer", test_disclaimer);
  g_test_add_func ("/interaction-explorer/agents-list", test_agents_list);
  g_test_add_func ("/interaction-explorer/search-filter", test_search_filter);
  g_test_add_func ("/interaction-explorer/ciprofloxacin", test_ciprofloxacin);
  g_test_add_func ("/interaction-explorer/maois", test_maois);
  g_test_add_func ("/interaction-explorer/several", test_several);
  g_test_add_func ("/interaction-explorer/screenshots", test_screenshots);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
