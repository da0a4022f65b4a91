/* test-drug-page.c
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
#include "rc-drug-page.h"
#include "rc-fact-line.h"
#include "rc-format.h"
#include "rc-knowledge-base.h"
#include "rc-search.h"
#include "rc-section-heading.h"
#include "rc-severity-badge.h"
#include "rc-source-list.h"
#include "rc-source-marker.h"

static RcKnowledgeBase *kb;

/* ---- Helpers ---- */

static void
collect_texts (GtkWidget *widget, GString *out)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, out);
}

static char *
widget_text (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  collect_texts (widget, out);

  return g_string_free (out, FALSE);
}

static GtkWidget *
find_label (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_by_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_visible (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_css_class (GtkWidget *widget, const char *css_class)
{
  guint n = gtk_widget_has_css_class (widget, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_css_class (child, css_class);

  return n;
}

/* The heading of a section, found by its text as the user sees it. */
static GtkWidget *
find_heading (GtkWidget *widget, const char *text)
{
  if (RC_IS_SECTION_HEADING (widget) &&
      g_strcmp0 (rc_section_heading_get_label (RC_SECTION_HEADING (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_heading (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
section_heading (GtkWidget *page, const char *section_id)
{
  GtkWidget *heading = find_heading (page, rc_section_get_label (section_id));

  g_assert_nonnull (heading);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       rc_section_get_label (section_id));

  return heading;
}

/* Everything a section shows: its heading's parent box. */
static GtkWidget *
section_box (GtkWidget *page, const char *section_id)
{
  return gtk_widget_get_parent (section_heading (page, section_id));
}

static GtkWidget *
new_page (const char *drug_id)
{
  GtkWidget *page =
      g_object_new (RC_TYPE_DRUG_PAGE, "drug-id", drug_id, "knowledge-base", kb, NULL);

  /* Pages build when first shown; these tests read pages that are not. */
  rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
  return page;
}

static GtkWidget *
new_window_with_page (const char *drug_id, GtkWidget **page_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = new_page (drug_id);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  *page_out = page;
  return window;
}

static void
wait_frames (GtkWidget *widget, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_widget_queue_draw (widget);
      gtk_test_widget_wait_for_draw (widget);
    }
}

/* ---- Tests ---- */

static void
test_every_drug_shows_identity_and_max_dose (void)
{
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);
  guint       n = g_list_model_get_n_items (drugs);

  g_assert_cmpuint (n, >=, 5);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GtkWidget       *page = g_object_ref_sink (new_page (rc_drug_get_id (drug)));
      const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
      g_autofree char *text = widget_text (page);
      g_autofree char *max_daily = NULL;

      g_test_message ("drug %s", rc_drug_get_id (drug));
      g_assert_nonnull (strstr (text, rc_drug_get_name (drug)));
      g_assert_nonnull (strstr (text, rc_drug_get_class (drug)->text));

      g_assert_nonnull (regimen);
      g_assert_nonnull (regimen->max_daily);
      max_daily = rc_format_quantity (regimen->max_daily, RC_FORMAT_LOCALE);
      g_assert_nonnull (strstr (text, max_daily));

      /* Every section is there, in the documented order. */
      {
        static const char *const order[] = {
          RC_SECTION_GLANCE,           RC_SECTION_INDICATIONS,     RC_SECTION_DOSING,
          RC_SECTION_PHARMACOKINETICS, RC_SECTION_ADVERSE_EFFECTS, RC_SECTION_BOXED_WARNING,
          RC_SECTION_SAFETY,           RC_SECTION_INTERACTIONS,    RC_SECTION_POPULATIONS,
          RC_SECTION_OVERDOSE,         RC_SECTION_MYTHS,           RC_SECTION_SOURCES,
        };
        const char *previous = text;

        for (guint s = 0; s < G_N_ELEMENTS (order); s++)
          {
            const char *at = strstr (previous, rc_section_get_label (order[s]));

            g_assert_nonnull (at);
            previous = at;
          }
      }

      g_object_unref (page);
    }
}

static void
test_boxed_warning (void)
{
  GtkWidget       *baclofen = g_object_ref_sink (new_page ("baclofen"));
  GtkWidget       *methocarbamol = g_object_ref_sink (new_page ("methocarbamol"));
  GtkWidget       *box = section_box (baclofen, RC_SECTION_BOXED_WARNING);
  g_autofree char *text = widget_text (box);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *none_text = NULL;
  GtkWidget       *frame;

  /* Baclofen's boxed warning is the intrathecal one, in its own box. */
  g_assert_nonnull (strstr (lower, "intrathecal"));
  g_assert_cmpuint (count_css_class (box, "rc-boxed-warning"), ==, 1);
  g_assert_null (strstr (text, "No boxed warning"));

  /* Its frame is a named note for screen readers. */
  frame = gtk_widget_get_first_child (gtk_widget_get_last_child (box));
  g_assert_true (gtk_widget_has_css_class (frame, "rc-boxed-warning"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (frame), GTK_ACCESSIBLE_ROLE_NOTE);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (frame), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Boxed warning");

  /* Methocarbamol has none, and says so. */
  box = section_box (methocarbamol, RC_SECTION_BOXED_WARNING);
  none_text = widget_text (box);
  g_assert_nonnull (strstr (none_text, "No boxed warning"));
  g_assert_cmpuint (count_css_class (box, "rc-boxed-warning"), ==, 0);

  g_object_unref (baclofen);
  g_object_unref (methocarbamol);
}

static void
test_not_reported_is_not_zero (void)
{
  GtkWidget       *page = g_object_ref_sink (new_page ("methocarbamol"));
  GtkWidget       *box = section_box (page, RC_SECTION_ADVERSE_EFFECTS);
  g_autofree char *text = widget_text (box);
  RcQuantity       none = { .kind = RC_VALUE_NOT_REPORTED };
  g_autofree char *not_reported = rc_format_quantity (&none, RC_FORMAT_LOCALE);

  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, not_reported));
  g_assert_null (strchr (text, '%'));
  g_assert_cmpuint (count_css_class (box, "rc-not-reported"), >, 0);

  g_object_unref (page);
}

typedef struct
{
  GtkWidget *window;
  GtkWidget *scrolled;
  GtkWidget *heading;
} ShownSection;

/* The heading has the focus and sits in the upper half of the visible area:
 * where show_section () puts it once the scroll has settled. */
static gboolean
section_is_shown (gpointer data)
{
  ShownSection    *shown = data;
  graphene_point_t point;

  /* Keep frames coming while waiting. */
  gtk_widget_queue_draw (shown->window);
  return gtk_root_get_focus (GTK_ROOT (shown->window)) == shown->heading &&
         gtk_widget_compute_point (shown->heading, shown->scrolled, &GRAPHENE_POINT_INIT (0, 0),
                                   &point) &&
         point.y >= 0.0 && point.y < gtk_widget_get_height (shown->scrolled) / 2.0;
}

/* Waits (frame by frame, with a generous deadline) for the section to be
 * shown, so a slow machine gets the frames it needs. */
static void
wait_for_section (GtkWidget *window, GtkWidget *scrolled, GtkWidget *heading)
{
  ShownSection shown = { window, scrolled, heading };

  wait_frames (window, 3);
  if (!rc_test_wait_for (section_is_shown, &shown))
    g_test_message ("the section never came into view");
}

static void
test_show_section_moves_focus (void)
{
  GtkWidget       *page = NULL;
  GtkWidget       *window = new_window_with_page ("baclofen", &page);
  GtkWidget       *heading = section_heading (page, RC_SECTION_BOXED_WARNING);
  GtkWidget       *scrolled = find_by_type (page, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment   *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0.0);
  g_assert_true (rc_drug_page_show_section (RC_DRUG_PAGE (page), RC_SECTION_BOXED_WARNING));
  wait_for_section (window, scrolled, heading);

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == heading);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0.0);

  /* The heading is in view, near the top. */
  g_assert_true (gtk_widget_compute_point (heading, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point));
  g_assert_cmpfloat (point.y, >=, 0.0);
  g_assert_cmpfloat (point.y, <, gtk_widget_get_height (scrolled) / 2.0);

  /* Back to the top. */
  g_assert_true (rc_drug_page_show_section (RC_DRUG_PAGE (page), RC_SECTION_GLANCE));
  wait_for_section (window, scrolled, section_heading (page, RC_SECTION_GLANCE));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 section_heading (page, RC_SECTION_GLANCE));

  /* The glance section shows the drug's name above it too. */
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), ==, 0.0);

  /* Tab goes from the heading to the first citation marker, not through
   * every paragraph. */
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  g_assert_true (RC_IS_SOURCE_MARKER (gtk_root_get_focus (GTK_ROOT (window))));

  g_assert_false (rc_drug_page_show_section (RC_DRUG_PAGE (page), "no-such-section"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab visits the page's stops once each and then leaves it: no stop keeps
 * the focus, and no stop is skipped over into a loop. */
static void
test_tab_leaves_page (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = new_page ("baclofen");
  GtkWidget *after = gtk_button_new_with_label ("After");
  GtkWidget *previous = NULL;
  guint      n_stops = 0;
  gboolean   left = FALSE;

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), after);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  gtk_widget_grab_focus (section_heading (page, RC_SECTION_GLANCE));
  for (guint i = 0; i < 2000 && !left; i++)
    {
      GtkWidget *focus;

      gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      if (focus == previous)
        {
          for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
            g_test_message ("  in %s %s", G_OBJECT_TYPE_NAME (w),
                            GTK_IS_BUTTON (w) ? gtk_button_get_label (GTK_BUTTON (w)) : "");
          g_error ("Tab does not leave a %s after %u stops", G_OBJECT_TYPE_NAME (focus), n_stops);
        }
      previous = focus;
      left = focus == after;
      n_stops++;
    }
  g_test_message ("%u focus stops", n_stops);
  g_assert_true (left);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_source_marker_goes_to_sources (void)
{
  GtkWidget         *page = NULL;
  GtkWidget         *window = new_window_with_page ("baclofen", &page);
  GtkWidget         *marker = find_by_type (page, RC_TYPE_SOURCE_MARKER);
  const char *const *sources;
  g_autofree char   *ids = NULL;
  g_autofree char   *label = NULL;
  GtkWidget         *focus;
  RcDrug            *drug = rc_knowledge_base_lookup_drug (kb, "baclofen");
  RcSource          *source;

  g_assert_nonnull (marker);
  sources = rc_source_marker_get_sources (RC_SOURCE_MARKER (marker));
  g_assert_nonnull (sources);
  g_assert_nonnull (sources[0]);
  source = rc_drug_lookup_source (drug, sources[0]);
  g_assert_nonnull (source);

  /* A button named after its sources, with their titles in the tooltip. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_ROLE_BUTTON);
  ids = rc_format_sources (sources);
  label = g_strdup_printf ("Sources: %s", ids);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (marker), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       label);
  g_assert_true (gtk_widget_get_focusable (marker));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (marker), rc_source_get_title (source)));

  /* Activating it lands on that source's entry in the Sources section. */
  g_signal_emit_by_name (marker, "clicked");
  wait_for_section (window, find_by_type (page, GTK_TYPE_SCROLLED_WINDOW),
                    rc_source_list_get_entry (
                        RC_SOURCE_LIST (find_by_type (page, RC_TYPE_SOURCE_LIST)), sources[0]));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_has_css_class (focus, "rc-source-entry"));
  g_assert_true (gtk_widget_is_ancestor (focus, section_box (page, RC_SECTION_SOURCES)));
  g_assert_nonnull (find_label (focus, rc_source_get_title (source)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_unverified_is_marked (void)
{
  GtkWidget *line = g_object_ref_sink (rc_fact_line_new (NULL, NULL, "A fact", NULL, TRUE));
  GtkWidget *pill = find_label (line, "Unverified");

  g_assert_nonnull (pill);
  g_assert_true (gtk_widget_get_visible (pill));
  g_assert_nonnull (gtk_widget_get_tooltip_text (pill));

  rc_fact_line_set_unverified (RC_FACT_LINE (line), FALSE);
  g_assert_false (gtk_widget_get_visible (pill));

  g_object_unref (line);
}

static void
test_accessibility (void)
{
  GtkWidget *page = g_object_ref_sink (new_page ("carisoprodol"));
  GtkWidget *heading = section_heading (page, RC_SECTION_DOSING);
  GtkWidget *badge;
  GtkWidget *schedule_box;

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2);
  g_assert_true (gtk_widget_get_focusable (heading));

  /* Carisoprodol is controlled: its schedule badge stands out and says so
   * in words, not only in colour. */
  schedule_box = section_box (page, RC_SECTION_GLANCE);
  g_assert_cmpuint (count_css_class (schedule_box, "rc-controlled"), ==, 1);
  badge = find_by_type (schedule_box, RC_TYPE_SEVERITY_BADGE);
  g_assert_nonnull (badge);
  g_assert_cmpint (rc_severity_badge_get_level (RC_SEVERITY_BADGE (badge)), ==, RC_BADGE_WARNING);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (
      GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
      rc_schedule_to_string (
          rc_drug_get_schedule (rc_knowledge_base_lookup_drug (kb, "carisoprodol"))->us));

  /* Interaction badges carry their severity as text. */
  badge = find_by_type (section_box (page, RC_SECTION_INTERACTIONS), RC_TYPE_SEVERITY_BADGE);
  g_assert_nonnull (badge);
  g_assert_cmpstr (rc_severity_badge_get_text (RC_SEVERITY_BADGE (badge)), !=, "");

  g_object_unref (page);
}

static void
test_chart_boxes (void)
{
  GtkWidget *page = g_object_ref_sink (new_page ("tizanidine"));
  struct
  {
    const char *chart;
    const char *section;
    RcChartKind kind;
  } boxes[] = {
    { "titration", RC_SECTION_DOSING, RC_CHART_KIND_TITRATION },
    { "side-effects", RC_SECTION_ADVERSE_EFFECTS, RC_CHART_KIND_SIDE_EFFECTS },
    { "concentration", RC_SECTION_PHARMACOKINETICS, RC_CHART_KIND_CONCENTRATION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (boxes); i++)
    {
      GtkWidget         *box = rc_drug_page_get_chart_box (RC_DRUG_PAGE (page), boxes[i].chart);
      GtkWidget         *section = section_box (page, boxes[i].section);
      GtkWidget         *view;
      const char *const *ids;

      g_assert_true (GTK_IS_BOX (box));
      /* The page puts the drug's chart of that kind there, and only it. */
      g_assert_true (gtk_widget_get_visible (box));
      view = gtk_widget_get_first_child (box);
      g_assert_true (RC_IS_CHART_VIEW (view));
      g_assert_null (gtk_widget_get_next_sibling (view));
      g_assert_cmpint (rc_chart_view_get_kind (RC_CHART_VIEW (view)), ==, boxes[i].kind);
      ids = rc_chart_view_get_drug_ids (RC_CHART_VIEW (view));
      g_assert_nonnull (ids);
      g_assert_cmpstr (ids[0], ==, rc_drug_page_get_drug_id (RC_DRUG_PAGE (page)));
      g_assert_null (ids[1]);
      /* At the end of its section. */
      g_assert_true (gtk_widget_get_parent (box) == section);
      g_assert_true (gtk_widget_get_last_child (section) == box);
    }
  g_assert_null (rc_drug_page_get_chart_box (RC_DRUG_PAGE (page), "pie"));

  g_object_unref (page);
}

static void
test_duration_limit (void)
{
  GtkWidget       *baclofen = g_object_ref_sink (new_page ("baclofen"));
  GtkWidget       *cyclobenzaprine = g_object_ref_sink (new_page ("cyclobenzaprine"));
  g_autofree char *none = widget_text (baclofen);
  g_autofree char *limited = widget_text (cyclobenzaprine);

  /* A label without a limit says so in words, not only through its note. */
  g_assert_nonnull (strstr (none, "Duration limit:"));
  g_assert_nonnull (strstr (none, "None stated. Used long term."));
  /* One with a limit shows it as a range of days or weeks. */
  g_assert_nonnull (strstr (limited, "Duration limit:"));
  g_assert_null (strstr (limited, "None stated. "));

  g_object_unref (baclofen);
  g_object_unref (cyclobenzaprine);
}

static void
test_rebuild_on_drug_change (void)
{
  GtkWidget       *page = g_object_ref_sink (new_page ("baclofen"));
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *missing = NULL;

  RcDrug     *tizanidine;
  const char *baclofen = rc_drug_get_name (rc_knowledge_base_lookup_drug (kb, "baclofen"));

  before = widget_text (page);
  g_assert_nonnull (strstr (before, baclofen));

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       baclofen);

  g_object_set (page, "drug-id", "tizanidine", NULL);
  rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
  after = widget_text (page);
  tizanidine = rc_knowledge_base_lookup_drug (kb, "tizanidine");
  g_assert_nonnull (strstr (after, rc_drug_get_name (tizanidine)));
  g_assert_nonnull (strstr (after, rc_drug_get_class (tizanidine)->text));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       rc_drug_get_name (tizanidine));

  /* An unknown id shows a message instead of an empty page. */
  g_object_set (page, "drug-id", "no-such-drug", NULL);
  rc_drug_page_ensure_built (RC_DRUG_PAGE (page));
  missing = widget_text (page);
  g_assert_nonnull (strstr (missing, "no-such-drug"));
  g_assert_null (strstr (missing, rc_section_get_label (RC_SECTION_DOSING)));

  g_object_unref (page);
}

static void
screenshots_for (const char *drug_id, gboolean dark)
{
  static const char *const sections[] = {
    RC_SECTION_GLANCE,          RC_SECTION_DOSING,        RC_SECTION_PHARMACOKINETICS,
    RC_SECTION_ADVERSE_EFFECTS, RC_SECTION_BOXED_WARNING, RC_SECTION_INTERACTIONS,
    RC_SECTION_POPULATIONS,     RC_SECTION_MYTHS,         RC_SECTION_SOURCES,
  };
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget   *page = NULL;
  GtkWidget   *window;

  g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
  window = new_window_with_page (drug_id, &page);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *name = NULL;

      g_assert_true (rc_drug_page_show_section (RC_DRUG_PAGE (page), sections[i]));
      wait_frames (window, 3);
      name = g_strdup_printf ("drug-page-%s-%s-%s", drug_id, sections[i], dark ? "dark" : "light");
      rc_test_save_png (window, name);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

/* The smallest window the design supports. */
static void
narrow_screenshot (const char *drug_id)
{
  GtkWidget       *window = gtk_window_new ();
  GtkWidget       *page = new_page (drug_id);
  g_autofree char *name = g_strdup_printf ("drug-page-%s-narrow-light", drug_id);

  gtk_window_set_default_size (GTK_WINDOW (window), 480, 900);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 3);
  rc_test_save_png (window, name);

  g_assert_true (rc_drug_page_show_section (RC_DRUG_PAGE (page), RC_SECTION_DOSING));
  wait_frames (window, 3);
  g_free (name);
  name = g_strdup_printf ("drug-page-%s-narrow-dosing-light", drug_id);
  rc_test_save_png (window, name);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshots (void)
{
  screenshots_for ("baclofen", FALSE);
  screenshots_for ("baclofen", TRUE);
  screenshots_for ("tizanidine", FALSE);
  screenshots_for ("tizanidine", TRUE);
  narrow_screenshot ("carisoprodol");
}

int
main (int argc, char **argv)
{
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);

  kb = rc_test_load_knowledge_base ();
  rc_test_load_style ();

  g_test_add_func ("/drug-page/identity-and-max-dose", test_every_drug_shows_identity_and_max_dose);
  g_test_add_func ("/drug-page/boxed-warning", test_boxed_warning);
  g_test_add_func ("/drug-page/not-reported", test_not_reported_is_not_zero);
  g_test_add_func ("/drug-page/show-section", test_show_section_moves_focus);
  g_test_add_func ("/drug-page/tab-leaves-page", test_tab_leaves_page);
  g_test_add_func ("/drug-page/source-marker", test_source_marker_goes_to_sources);
  g_test_add_func ("/drug-page/unverified", test_unverified_is_marked);
  g_test_add_func ("/drug-page/accessibility", test_accessibility);
  g_test_add_func ("/drug-page/chart-boxes", test_chart_boxes);
  g_test_add_func ("/drug-page/duration-limit", test_duration_limit);
  g_test_add_func ("/drug-page/rebuild", test_rebuild_on_drug_change);
  g_test_add_func ("/drug-page/screenshots", test_screenshots);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
