/* test-populations-matrix.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The special-populations matrix in a real window: rows × drugs, badges
 * with icons, tooltips and popovers with the detail and its sources,
 * keyboard movement between cells and accessible names. Saves screenshots
 * (light and dark) into the build dir. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include "rc-fact-line.h"
#include "rc-format.h"
#include "rc-knowledge-base.h"
#include "rc-populations-matrix.h"
#include "rc-severity-badge.h"
#include "rc-source-marker.h"
#include "rc-test-util.h"

static RcKnowledgeBase *kb;

/* ---- Helpers ---- */

/* Focuses widget and presses a key there. */
static gboolean
press_key_on (GtkWidget *widget, guint keyval)
{
  g_assert_true (gtk_widget_grab_focus (widget));
  return rc_test_press_key (GTK_WIDGET (gtk_widget_get_root (widget)), keyval);
}

static gboolean
shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

static gboolean
has_popover (gpointer cell)
{
  GtkWidget *popover = rc_test_find (cell, NULL, GTK_TYPE_POPOVER);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

/* A button activated from the keyboard clicks when its press animation
 * ends: wait for the popover rather than expect it at once. */
static GtkWidget *
wait_for_popover (GtkWidget *cell)
{
  g_assert_true (rc_test_wait_for (has_popover, cell));
  return rc_test_find (cell, NULL, GTK_TYPE_POPOVER);
}

static RcPopulationsMatrix *
new_matrix (GtkWidget **window)
{
  GtkWidget *matrix = g_object_new (RC_TYPE_POPULATIONS_MATRIX, "knowledge-base", kb, NULL);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1200, 900);
  gtk_window_set_child (GTK_WINDOW (*window), matrix);
  gtk_window_present (GTK_WINDOW (*window));
  rc_test_wait_for_draw (*window);

  return RC_POPULATIONS_MATRIX (matrix);
}

static RcSeverityBadge *
cell_badge (GtkWidget *cell)
{
  return RC_SEVERITY_BADGE (rc_test_find (cell, NULL, RC_TYPE_SEVERITY_BADGE));
}

/* What a cell must say, worked out from the model. */
static void
expected_cell (RcDrug *drug, RcPopulation group, const char **verdict, const char **summary)
{
  const RcPopulationNote *note = rc_drug_get_population (drug, group);
  const RcBeersNote      *beers = group == RC_POPULATION_ELDERLY ? rc_drug_get_beers (drug) : NULL;

  if (beers != NULL)
    {
      *verdict = rc_beers_to_string (beers->recommendation);
      *summary = beers->summary;
    }
  else if (note != NULL)
    {
      *verdict = rc_verdict_to_string (note->verdict);
      *summary = note->summary;
    }
  else
    {
      *verdict = "Not in the sources";
      *summary = NULL;
    }
}

/* ---- Tests ---- */

static void
test_shape (void)
{
  GtkWidget           *window;
  RcPopulationsMatrix *matrix = new_matrix (&window);
  GListModel          *drugs = rc_knowledge_base_get_drugs (kb);
  g_autoptr (GPtrArray) cells =
      rc_test_find_all (GTK_WIDGET (matrix), "rc-matrix-cell", G_TYPE_NONE);
  g_autoptr (GPtrArray) rows =
      rc_test_find_all (GTK_WIDGET (matrix), "rc-matrix-row-header", G_TYPE_NONE);
  g_autoptr (GPtrArray) columns =
      rc_test_find_all (GTK_WIDGET (matrix), "rc-matrix-column-header", G_TYPE_NONE);
  const char *const row_names[] = {
    "Renal impairment", "Hepatic impairment", "Older adults (Beers 2023)",
    "Pregnancy",        "Breastfeeding",      "Children"
  };

  g_assert_cmpuint (g_list_model_get_n_items (drugs), ==, 5);
  g_assert_cmpuint (rows->len, ==, 6);
  g_assert_cmpuint (columns->len, ==, 5);
  g_assert_cmpuint (cells->len, ==, 6 * 5);

  for (guint i = 0; i < rows->len; i++)
    {
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (rows, i))), ==,
                       row_names[i]);
      g_assert_cmpstr (rc_populations_matrix_get_row_label (i), ==, row_names[i]);
    }
  for (guint i = 0; i < columns->len; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (columns, i))), ==,
                       rc_drug_get_name (drug));
    }

  /* Every cell: a badge with an icon and words, and the summary. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      for (RcPopulation group = 0; group < RC_N_POPULATIONS; group++)
        {
          GtkWidget *cell = rc_populations_matrix_get_cell (matrix, rc_drug_get_id (drug), group);
          RcSeverityBadge *badge;
          const char      *verdict;
          const char      *summary;

          g_assert_nonnull (cell);
          g_assert_true (shown (cell));
          g_assert_true (gtk_widget_get_focusable (cell));
          badge = cell_badge (cell);
          expected_cell (drug, group, &verdict, &summary);
          g_assert_cmpstr (rc_severity_badge_get_text (badge), ==, verdict);
          g_assert_true (shown (rc_test_find (GTK_WIDGET (badge), NULL, GTK_TYPE_IMAGE)));
          g_assert_nonnull (gtk_widget_get_tooltip_markup (cell));
        }
    }

  rc_test_destroy_toplevels ();
}

static void
test_beers_carisoprodol (void)
{
  GtkWidget           *window;
  RcPopulationsMatrix *matrix = new_matrix (&window);
  GtkWidget *cell = rc_populations_matrix_get_cell (matrix, "carisoprodol", RC_POPULATION_ELDERLY);
  RcSeverityBadge *badge = cell_badge (cell);
  GtkWidget       *icon = rc_test_find (GTK_WIDGET (badge), NULL, GTK_TYPE_IMAGE);

  g_assert_cmpstr (rc_severity_badge_get_text (badge), ==, "Avoid");
  g_assert_cmpint (rc_severity_badge_get_level (badge), ==, RC_BADGE_DANGER);
  g_assert_true (shown (icon));
  g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (icon)), ==, "dialog-error-symbolic");

  /* Tizanidine is exempt: a different word and a different icon. */
  badge = cell_badge (rc_populations_matrix_get_cell (matrix, "tizanidine", RC_POPULATION_ELDERLY));
  g_assert_cmpstr (rc_severity_badge_get_text (badge), ==, "Exempt");
  g_assert_cmpint (rc_severity_badge_get_level (badge), !=, RC_BADGE_DANGER);

  rc_test_destroy_toplevels ();
}

static void
test_accessible_names (void)
{
  GtkWidget           *window;
  RcPopulationsMatrix *matrix = new_matrix (&window);
  GListModel          *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      for (RcPopulation group = 0; group < RC_N_POPULATIONS; group++)
        {
          GtkWidget  *cell = rc_populations_matrix_get_cell (matrix, rc_drug_get_id (drug), group);
          const char *verdict;
          const char *summary;
          g_autofree char *expected = NULL;

          expected_cell (drug, group, &verdict, &summary);
          if (summary != NULL && g_ascii_strcasecmp (summary, verdict) != 0)
            expected =
                g_strdup_printf ("%s, %s: %s — %s", rc_drug_get_name (drug),
                                 rc_populations_matrix_get_row_label (group), verdict, summary);
          else
            expected = g_strdup_printf ("%s, %s: %s", rc_drug_get_name (drug),
                                        rc_populations_matrix_get_row_label (group), verdict);
          gtk_test_accessible_assert_role (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_ROLE_BUTTON);
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                               expected);
        }
    }

  gtk_test_accessible_assert_property (
      GTK_ACCESSIBLE (rc_populations_matrix_get_cell (matrix, "tizanidine", RC_POPULATION_RENAL)),
      GTK_ACCESSIBLE_PROPERTY_LABEL,
      "Tizanidine, Renal impairment: Adjust the dose — CrCl < 25 mL/min: lower doses");

  rc_test_destroy_toplevels ();
}

static void
test_keyboard (void)
{
  GtkWidget           *window;
  RcPopulationsMatrix *matrix = new_matrix (&window);
  GtkWidget *first = rc_populations_matrix_get_cell (matrix, "baclofen", RC_POPULATION_RENAL);

  g_assert_true (gtk_widget_grab_focus (first));

  /* Arrow keys move between cells by row and column; at the edge they
   * go on to the window. Tab moves too. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_Right));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "tizanidine", RC_POPULATION_RENAL));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Down));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "tizanidine", RC_POPULATION_HEPATIC));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Left));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "baclofen", RC_POPULATION_HEPATIC));
  for (guint i = 0; i < 4; i++)
    g_assert_true (rc_test_press_key (window, GDK_KEY_Down));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "baclofen", RC_POPULATION_PAEDIATRIC));
  for (guint i = 0; i < 4; i++)
    g_assert_true (rc_test_press_key (window, GDK_KEY_Right));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "carisoprodol", RC_POPULATION_PAEDIATRIC));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Up));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 rc_populations_matrix_get_cell (matrix, "carisoprodol", RC_POPULATION_LACTATION));
  g_assert_true (gtk_widget_grab_focus (
      rc_populations_matrix_get_cell (matrix, "baclofen", RC_POPULATION_HEPATIC)));
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (
      gtk_widget_has_css_class (gtk_root_get_focus (GTK_ROOT (window)), "rc-matrix-cell"));

  rc_test_destroy_toplevels ();
}

static void
test_popover (void)
{
  GtkWidget           *window;
  RcPopulationsMatrix *matrix = new_matrix (&window);
  GtkWidget *cell = rc_populations_matrix_get_cell (matrix, "tizanidine", RC_POPULATION_RENAL);
  RcDrug    *drug = rc_knowledge_base_lookup_drug (kb, "tizanidine");
  const RcPopulationNote *note = rc_drug_get_population (drug, RC_POPULATION_RENAL);
  const char             *tooltip = gtk_widget_get_tooltip_markup (cell);
  GtkWidget              *popover;
  GtkWidget              *marker;
  g_autoptr (GPtrArray) lines = NULL;
  gboolean has_detail = FALSE;

  /* The tooltip has the detail and names the sources. */
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "clearance falls by more than half"));
  g_assert_nonnull (strstr (tooltip, "[")); /* numbered source titles */

  /* Enter (activate) opens the popover with the detail and markers. */
  g_assert_true (press_key_on (cell, GDK_KEY_Return));
  popover = wait_for_popover (cell);
  rc_test_wait_for_draw (popover);
  g_assert_true (shown (popover));

  lines = rc_test_find_all (popover, NULL, RC_TYPE_FACT_LINE);
  for (guint i = 0; i < lines->len; i++)
    if (g_strcmp0 (rc_fact_line_get_text (g_ptr_array_index (lines, i)), note->detail) == 0)
      {
        has_detail = TRUE;
        marker = rc_test_find (g_ptr_array_index (lines, i), NULL, RC_TYPE_SOURCE_MARKER);
        g_assert_true (shown (marker));
        g_assert_true (g_strv_equal (rc_source_marker_get_sources (RC_SOURCE_MARKER (marker)),
                                     (const char *const *) note->sources));
      }
  g_assert_true (has_detail);
  rc_test_save_png (popover, "matrix-popover-light");

  gtk_popover_popdown (GTK_POPOVER (popover));
  rc_test_flush ();
  g_assert_false (gtk_widget_get_visible (popover));

  /* The older adults' cell gives the Beers entry and the population note. */
  cell = rc_populations_matrix_get_cell (matrix, "carisoprodol", RC_POPULATION_ELDERLY);
  g_signal_emit_by_name (cell, "clicked");
  popover = wait_for_popover (cell);
  rc_test_wait_for_draw (popover);
  {
    g_autoptr (GPtrArray) badges = rc_test_find_all (popover, NULL, RC_TYPE_SEVERITY_BADGE);

    g_assert_cmpuint (badges->len, ==, 2);
    g_assert_cmpstr (rc_severity_badge_get_text (g_ptr_array_index (badges, 0)), ==, "Avoid");
  }
  rc_test_save_png (popover, "matrix-popover-beers-light");

  rc_test_destroy_toplevels ();
}

static void
test_screenshots (void)
{
  for (guint dark = 0; dark <= 1; dark++)
    {
      GtkWidget       *window;
      g_autofree char *name = g_strdup_printf ("matrix-%s", dark ? "dark" : "light");

      g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
      new_matrix (&window);
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

  g_test_add_func ("/populations-matrix/shape", test_shape);
  g_test_add_func ("/populations-matrix/beers-carisoprodol", test_beers_carisoprodol);
  g_test_add_func ("/populations-matrix/accessible-names", test_accessible_names);
  g_test_add_func ("/populations-matrix/keyboard", test_keyboard);
  g_test_add_func ("/populations-matrix/popover", test_popover);
  g_test_add_func ("/populations-matrix/screenshots", test_screenshots);

  status = g_test_run ();
  g_clear_object (&kb);
  return status;
}
