/* rc-drug-page-safety.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-drug-page-private.h"

#include "rc-fact-line.h"
#include "rc-format.h"
#include "rc-severity-badge.h"
#include "rc-source-marker.h"

/* The second half of the monograph: boxed warning, contraindications and
 * warnings, interactions, special populations, overdose and myths. */

static void
append (GtkBox *box, GtkWidget *widget)
{
  if (widget != NULL)
    gtk_box_append (box, widget);
}

/* ---- Boxed warning ---- */

void
_rc_drug_page_build_boxed_warning (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *warnings = rc_drug_get_boxed_warnings (drug);

  if (warnings == NULL || warnings->len == 0)
    {
      GtkWidget *none = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

      gtk_widget_add_css_class (none, "rc-no-boxed-warning");
      gtk_box_append (GTK_BOX (none),
                      g_object_new (GTK_TYPE_IMAGE, "icon-name", "emblem-ok-symbolic",
                                    "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL));
      gtk_box_append (GTK_BOX (none), _rc_drug_page_new_text (_ ("No boxed warning"), NULL));
      gtk_box_append (box, none);
      return;
    }

  for (guint i = 0; i < warnings->len; i++)
    {
      const RcWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget       *frame;
      GtkWidget       *column;
      GtkWidget       *icon;
      GtkWidget       *line;

      /* A bordered, tinted box with an icon, and a name for screen readers:
       * the boxed warning must not look like any other paragraph. */
      frame = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12,
                            "accessible-role", GTK_ACCESSIBLE_ROLE_NOTE, NULL);
      gtk_widget_add_css_class (frame, "rc-boxed-warning");
      gtk_accessible_update_property (GTK_ACCESSIBLE (frame), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _ ("Boxed warning"), -1);

      icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic", "icon-size",
                           GTK_ICON_SIZE_LARGE, "valign", GTK_ALIGN_START, "accessible-role",
                           GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
      gtk_widget_add_css_class (icon, "rc-boxed-warning-icon");
      gtk_box_append (GTK_BOX (frame), icon);

      column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_set_hexpand (column, TRUE);
      gtk_box_append (GTK_BOX (frame), column);

      gtk_box_append (
          GTK_BOX (column),
          _rc_drug_page_new_text (warning->title != NULL ? warning->title : _ ("Boxed warning"),
                                  "rc-boxed-warning-title"));
      if (warning->has_route)
        {
          g_autofree char *route = NULL;

          /* Translators: %s is a route such as "Intrathecal". */
          route = g_strdup_printf (_ ("Applies to: %s"), rc_route_to_string (warning->route));
          gtk_box_append (GTK_BOX (column), _rc_drug_page_new_text (route, "rc-term"));
        }
      line = rc_fact_line_new (drug, NULL, warning->text, (const char *const *) warning->sources,
                               warning->unverified);
      gtk_box_append (GTK_BOX (column), line);
      gtk_box_append (box, frame);
    }
}

/* ---- Contraindications and warnings ---- */

static GtkWidget *
warning_line (RcDrug *drug, const RcWarning *warning)
{
  g_autofree char *term = NULL;
  GtkWidget       *line;

  if (warning->title != NULL)
    term = _rc_drug_page_term (warning->title);
  line = rc_fact_line_new (drug, term, warning->text, (const char *const *) warning->sources,
                           warning->unverified);
  if (warning->has_route)
    rc_fact_line_add_suffix (
        RC_FACT_LINE (line),
        _rc_drug_page_new_pill (rc_route_to_string (warning->route), "rc-route-pill", NULL));

  return line;
}

static void
build_warning_list (GtkBox *box, RcDrug *drug, const char *heading, GPtrArray *warnings)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

  gtk_box_append (GTK_BOX (group), _rc_drug_page_new_subheading (heading));
  if (warnings == NULL || warnings->len == 0)
    gtk_box_append (GTK_BOX (group), _rc_drug_page_new_empty_note ());
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    gtk_box_append (GTK_BOX (group), warning_line (drug, g_ptr_array_index (warnings, i)));
  gtk_box_append (box, group);
}

void
_rc_drug_page_build_safety (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  build_warning_list (box, drug, _ ("Contraindications"), rc_drug_get_contraindications (drug));
  build_warning_list (box, drug, _ ("Warnings and precautions"), rc_drug_get_warnings (drug));
}

/* ---- Interactions ---- */

static int
compare_severity (gconstpointer a, gconstpointer b)
{
  const RcInteraction *ia = *(const RcInteraction *const *) a;
  const RcInteraction *ib = *(const RcInteraction *const *) b;

  /* The enum runs from the worst (contraindicated) down. */
  return (int) ia->severity - (int) ib->severity;
}

void
_rc_drug_page_build_interactions (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *interactions = rc_drug_get_interactions (drug);
  g_autoptr (GPtrArray) sorted = NULL;
  GtkWidget *grid;

  if (interactions == NULL || interactions->len == 0)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  /* Worst first; g_ptr_array_sort() is stable, so the file's order holds
   * within one severity. Not g_ptr_array_copy(): the copy would keep the
   * drug's free function and free its interactions. */
  sorted = g_ptr_array_sized_new (interactions->len);
  for (guint i = 0; i < interactions->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (interactions, i));
  g_ptr_array_sort (sorted, compare_severity);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "rc-interactions");
  gtk_box_append (box, grid);

  for (guint i = 0; i < sorted->len; i++)
    {
      const RcInteraction *interaction = g_ptr_array_index (sorted, i);
      GtkWidget           *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget           *badge = rc_severity_badge_new_for_severity (interaction->severity);

      gtk_grid_attach (GTK_GRID (grid), badge, 0, i, 1, 1);

      gtk_widget_set_hexpand (column, TRUE);
      gtk_box_append (GTK_BOX (column),
                      rc_fact_line_new (drug, NULL, interaction->agent, NULL, FALSE));
      gtk_widget_add_css_class (gtk_widget_get_last_child (column), "rc-interaction-agent");
      gtk_box_append (GTK_BOX (column),
                      rc_fact_line_new (drug, NULL, interaction->effect,
                                        (const char *const *) interaction->sources,
                                        interaction->unverified));
      if (interaction->mechanism != NULL)
        {
          g_autofree char *mechanism = NULL;

          /* Translators: %s explains how an interaction comes about. */
          mechanism = g_strdup_printf (_ ("Mechanism: %s"), interaction->mechanism);
          gtk_box_append (GTK_BOX (column), _rc_drug_page_new_text (mechanism, "dim-label"));
        }
      gtk_grid_attach (GTK_GRID (grid), column, 1, i, 1, 1);
    }
}

/* ---- Special populations ---- */

static void
build_verdict (GtkBox     *group,
               RcDrug     *drug,
               GtkWidget  *badge,
               const char *summary,
               const char *detail,
               char      **sources,
               gboolean    unverified)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_append (GTK_BOX (row), badge);
  if (summary != NULL)
    {
      GtkWidget *line =
          rc_fact_line_new (drug, NULL, summary, (const char *const *) sources, unverified);

      gtk_widget_set_hexpand (line, TRUE);
      gtk_box_append (GTK_BOX (row), line);
    }
  gtk_box_append (group, row);

  if (detail != NULL)
    append (group, _rc_drug_page_new_text (detail, "rc-population-detail"));
}

void
_rc_drug_page_build_populations (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  for (RcPopulation p = 0; p < RC_N_POPULATIONS; p++)
    {
      const RcPopulationNote *note = rc_drug_get_population (drug, p);
      GtkWidget              *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (group, "rc-population");
      gtk_box_append (GTK_BOX (group), _rc_drug_page_new_subheading (rc_population_to_string (p)));

      if (note != NULL)
        build_verdict (GTK_BOX (group), drug, rc_severity_badge_new_for_verdict (note->verdict),
                       note->summary, note->detail, note->sources, note->unverified);
      else
        gtk_box_append (GTK_BOX (group),
                        _rc_drug_page_new_text (_ ("Nothing in the knowledge base for this group."),
                                                "dim-label"));

      if (p == RC_POPULATION_ELDERLY)
        {
          const RcBeersNote *beers = rc_drug_get_beers (drug);

          if (beers != NULL)
            {
              gtk_box_append (
                  GTK_BOX (group),
                  /* Translators: the American Geriatrics Society's list of drugs to
                   * avoid in older adults, 2023 edition. */
                  _rc_drug_page_new_text (_ ("AGS Beers Criteria (2023 update)"), "rc-term"));
              build_verdict (GTK_BOX (group), drug,
                             rc_severity_badge_new_for_beers (beers->recommendation),
                             beers->summary, beers->detail, beers->sources, beers->unverified);
            }
        }

      gtk_box_append (box, group);
    }
}

/* ---- Overdose ---- */

void
_rc_drug_page_build_overdose (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *facts = rc_drug_get_overdose (drug);

  if (facts == NULL || facts->len == 0)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  for (guint i = 0; i < facts->len; i++)
    append (box, _rc_drug_page_new_fact (drug, NULL, g_ptr_array_index (facts, i)));
}

/* ---- Myths and corrections ---- */

void
_rc_drug_page_build_myths (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *myths = rc_drug_get_myths (drug);

  if (myths == NULL || myths->len == 0)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  for (guint i = 0; i < myths->len; i++)
    {
      const RcMyth *myth = g_ptr_array_index (myths, i);
      GtkWidget    *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget    *claim;

      /* The topic is an id for tools, not a title for people. */
      gtk_widget_add_css_class (card, "rc-myth");

      gtk_box_append (GTK_BOX (card),
                      _rc_drug_page_new_text (C_ ("myth", "Claim"), "rc-myth-claim-label"));
      claim = _rc_drug_page_new_text (myth->claim, "rc-myth-claim");
      gtk_box_append (GTK_BOX (card), claim);

      if (myth->seen_in != NULL && myth->seen_in[0] != NULL)
        {
          GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

          gtk_box_append (GTK_BOX (row),
                          _rc_drug_page_new_text (
                              /* Translators: a myth card: the label before the sources
                               * in which the mistaken claim was seen. */
                              C_ ("myth", "Seen in:"), "dim-label"));
          gtk_box_append (GTK_BOX (row),
                          rc_source_marker_new (drug, (const char *const *) myth->seen_in));
          gtk_box_append (GTK_BOX (card), row);
        }

      gtk_box_append (GTK_BOX (card), _rc_drug_page_new_text (C_ ("myth", "What the sources say"),
                                                              "rc-myth-correction-label"));
      gtk_box_append (GTK_BOX (card),
                      rc_fact_line_new (drug, NULL, myth->correction,
                                        (const char *const *) myth->sources, myth->unverified));
      gtk_box_append (box, card);
    }
}
