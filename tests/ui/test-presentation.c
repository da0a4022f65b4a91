/* test-presentation.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>

#include "rc-chart-canvas.h"
#include "rc-compare-view.h"
#include "rc-comparison.h"
#include "rc-knowledge-base.h"
#include "rc-presentation.h"
#include "rc-slide-cell.h"
#include "rc-slide-chart.h"
#include "rc-slide-table.h"
#include "rc-test-util.h"

static RcKnowledgeBase *kb;

static const char *const all_drugs[] = { "baclofen",      "tizanidine",   "cyclobenzaprine",
                                         "methocarbamol", "carisoprodol", NULL };

/* ---- Helpers ---- */

/* Sends a key through the presentation's own shortcut controller: the
 * shortcut bound to keyval is found and its action run, as a key press
 * would. */
static void
press (RcPresentation *presentation, guint keyval)
{
  g_autoptr (GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, 0);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (presentation));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          g_strcmp0 (gtk_event_controller_get_name (controller), "rc-presentation-keys") != 0)
        continue;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==,
                       GTK_PHASE_CAPTURE);
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          found = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                GTK_WIDGET (presentation),
                                                gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_true (found);
}

static const char *
counter_text (RcPresentation *presentation)
{
  return gtk_label_get_text (GTK_LABEL (rc_presentation_get_counter (presentation)));
}

static void
assert_at (RcPresentation *presentation, guint index)
{
  g_autofree char *counter =
      g_strdup_printf ("%u / %u", index + 1, rc_presentation_get_n_slides (presentation));

  g_assert_cmpuint (rc_presentation_get_current_slide (presentation), ==, index);
  g_assert_cmpstr (counter_text (presentation), ==, counter);
}

static RcPresentation *
new_presentation (const char *const *ids)
{
  RcPresentation *presentation = rc_presentation_new (NULL, kb, ids);

  g_object_ref_sink (presentation);
  return presentation;
}

static void
destroy_presentation (RcPresentation *presentation)
{
  gtk_window_destroy (GTK_WINDOW (presentation));
  g_assert_finalize_object (presentation);
}

static GtkWidget *
find_by_class (GtkWidget *widget, const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
save_screenshot (GtkWidget *window, const char *name)
{
  int w = gtk_widget_get_width (window);
  int h = gtk_widget_get_height (window);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s (%d×%d)", path, w, h);
}

/* The number of rows of each section of a comparison, in order. */
static GArray *
section_sizes (RcComparison *comparison, GPtrArray *labels)
{
  GArray     *sizes = g_array_new (FALSE, TRUE, sizeof (guint));
  const char *last = NULL;

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      if (g_strcmp0 (last, row->section_key) != 0)
        {
          guint zero = 0;

          g_array_append_val (sizes, zero);
          g_ptr_array_add (labels, row->section_label);
          last = row->section_key;
        }
      g_array_index (sizes, guint, sizes->len - 1)++;
    }
  return sizes;
}

/* ---- Tests ---- */

/* One slide per section of the table (title, drug columns, the section's
 * rows), then the three charts in compare mode. */
static void
test_slides (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  g_autoptr (RcComparison) comparison = rc_comparison_new (kb, all_drugs, NULL);
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autoptr (GArray) sizes = section_sizes (comparison, labels);
  guint n = rc_presentation_get_n_slides (presentation);
  guint first_row = 0;

  g_assert_cmpuint (sizes->len, >=, 2);
  g_assert_cmpuint (n, ==, sizes->len + 3);
  for (guint s = 0; s < sizes->len; s++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, s);
      guint      n_rows = g_array_index (sizes, guint, s);

      g_assert_true (RC_IS_SLIDE_TABLE (slide));
      g_assert_cmpstr (rc_slide_table_get_title (RC_SLIDE_TABLE (slide)), ==,
                       g_ptr_array_index (labels, s));
      g_assert_cmpuint (rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)), ==, n_rows);
      for (guint r = 0; r < n_rows; r++)
        {
          const RcComparisonRow *row = rc_comparison_get_row (comparison, first_row + r);

          g_assert_cmpuint (rc_slide_table_get_row (RC_SLIDE_TABLE (slide), r), ==, first_row + r);
          for (guint c = 0; c < 5; c++)
            g_assert_cmpstr (
                rc_slide_cell_get_text (rc_slide_table_get_cell (RC_SLIDE_TABLE (slide), r, c)), ==,
                row->cells[c]->text);
        }
      first_row += n_rows;
    }

  for (guint k = 0; k < 3; k++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, sizes->len + k);
      RcChart   *chart;

      g_assert_true (RC_IS_SLIDE_CHART (slide));
      chart = rc_slide_chart_get_chart (RC_SLIDE_CHART (slide));
      g_assert_cmpint (rc_chart_get_kind (chart), ==, (int) k);
      g_assert_true (rc_chart_is_comparison (chart));
      g_assert_cmpuint (g_strv_length ((char **) rc_chart_get_drug_ids (chart)), ==, 5);
    }

  /* Only the differences: fewer rows, never an empty section. */
  rc_presentation_set_only_differences (presentation, TRUE);
  for (guint i = 0; i < rc_presentation_get_n_slides (presentation); i++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, i);

      if (!RC_IS_SLIDE_TABLE (slide))
        continue;
      g_assert_cmpuint (rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)), >, 0);
      for (guint r = 0; r < rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)); r++)
        g_assert_true (
            rc_comparison_get_row (comparison, rc_slide_table_get_row (RC_SLIDE_TABLE (slide), r))
                ->differs);
    }

  destroy_presentation (presentation);
}

static void
test_fewer_than_two (void)
{
  const char *const one[] = { "baclofen", NULL };
  RcPresentation   *presentation = new_presentation (one);

  g_assert_cmpuint (rc_presentation_get_n_slides (presentation), ==, 1);
  g_assert_true (GTK_IS_LABEL (rc_presentation_get_slide (presentation, 0)));
  assert_at (presentation, 0);
  press (presentation, GDK_KEY_Right);
  assert_at (presentation, 0);

  destroy_presentation (presentation);
}

static gboolean
is_fullscreen (gpointer window)
{
  return gtk_widget_get_mapped (window) && gtk_window_is_fullscreen (window);
}

static void
gone_cb (gpointer data, GObject *where_the_object_was)
{
  *(gboolean *) data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* F5's path: full screen on the parent's monitor, keys move, the counter
 * and the accessible label follow, Esc closes and the parent is as it
 * was, its focus included. */
static void
test_full_screen_keys_and_leave (void)
{
  const char *const three[] = { "tizanidine", "baclofen", "carisoprodol", NULL };
  GtkWidget        *parent = gtk_window_new ();
  GtkWidget        *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget        *view = rc_compare_view_new ();
  GtkWidget        *entry = gtk_entry_new ();
  RcPresentation   *presentation;
  GtkWidget        *header;
  GdkMonitor       *monitor;
  GdkRectangle      geometry;
  int               width, height, default_width, default_height;
  guint             n;
  gboolean          gone = FALSE;
  g_autofree char  *announce = NULL;

  rc_compare_view_set_knowledge_base (RC_COMPARE_VIEW (view), kb);
  rc_compare_view_set_selected_drugs (RC_COMPARE_VIEW (view), three);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_window_set_child (GTK_WINDOW (parent), box);
  gtk_window_set_default_size (GTK_WINDOW (parent), 900, 640);
  gtk_window_present (GTK_WINDOW (parent));
  rc_test_wait_for_draw (parent);
  gtk_widget_grab_focus (entry);
  width = gtk_widget_get_width (parent);
  height = gtk_widget_get_height (parent);
  gtk_window_get_default_size (GTK_WINDOW (parent), &default_width, &default_height);

  presentation = rc_presentation_new (GTK_WINDOW (parent), kb,
                                      rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (view)));
  g_object_weak_ref (G_OBJECT (presentation), gone_cb, &gone);
  rc_presentation_start (presentation);
  g_assert_true (rc_test_wait_for (is_fullscreen, presentation));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presentation)) == GTK_WINDOW (parent));
  /* No control has the focus: Enter presses nothing unseen. */
  g_assert_null (gtk_root_get_focus (GTK_ROOT (presentation)));

  /* Sized to the parent's monitor. */
  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (parent),
                                                gtk_native_get_surface (GTK_NATIVE (parent)));
  gdk_monitor_get_geometry (monitor, &geometry);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), ==, geometry.width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presentation)), ==, geometry.height);

  /* The drugs of the compare view, in its column order. */
  header = find_by_class (rc_presentation_get_slide (presentation, 0), "rc-slide-drug");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Tizanidine");
  header = gtk_widget_get_next_sibling (header);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Baclofen");

  n = rc_presentation_get_n_slides (presentation);
  g_assert_cmpuint (n, >=, 4);
  assert_at (presentation, 0);
  press (presentation, GDK_KEY_Right);
  assert_at (presentation, 1);
  announce = g_strdup_printf (
      "Slide 2 of %u: %s", n,
      rc_slide_table_get_title (RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 1))));
  gtk_test_accessible_assert_property (
      gtk_widget_get_parent (rc_presentation_get_slide (presentation, 1)),
      GTK_ACCESSIBLE_PROPERTY_LABEL, announce);
  press (presentation, GDK_KEY_Page_Down);
  assert_at (presentation, 2);
  press (presentation, GDK_KEY_Left);
  assert_at (presentation, 1);
  press (presentation, GDK_KEY_Page_Up);
  assert_at (presentation, 0);
  press (presentation, GDK_KEY_Left);
  assert_at (presentation, 0);
  press (presentation, GDK_KEY_End);
  assert_at (presentation, n - 1);
  g_assert_true (RC_IS_SLIDE_CHART (rc_presentation_get_slide (presentation, n - 1)));
  press (presentation, GDK_KEY_Right);
  assert_at (presentation, n - 1);
  press (presentation, GDK_KEY_Home);
  assert_at (presentation, 0);
  press (presentation, GDK_KEY_space);
  assert_at (presentation, 1);

  /* The visible slide is the current one. */
  g_assert_true (gtk_widget_get_mapped (rc_presentation_get_slide (presentation, 1)));
  g_assert_false (gtk_widget_get_mapped (rc_presentation_get_slide (presentation, 0)));

  /* The key list opens with "?"; Esc closes it first, then leaves. */
  press (presentation, GDK_KEY_question);
  g_assert_true (
      gtk_widget_get_visible (find_by_class (GTK_WIDGET (presentation), "rc-presentation-help")));
  press (presentation, GDK_KEY_Escape);
  g_assert_false (
      gtk_widget_get_visible (find_by_class (GTK_WIDGET (presentation), "rc-presentation-help")));
  g_assert_false (gone);
  press (presentation, GDK_KEY_Escape);
  g_assert_true (rc_test_wait_for (is_true, &gone));

  /* The parent as it was. */
  rc_test_wait_for_draw (parent);
  g_assert_true (gtk_widget_get_visible (parent));
  g_assert_cmpint (gtk_widget_get_width (parent), ==, width);
  g_assert_cmpint (gtk_widget_get_height (parent), ==, height);
  gtk_window_get_default_size (GTK_WINDOW (parent), &width, &height);
  g_assert_cmpint (width, ==, default_width);
  g_assert_cmpint (height, ==, default_height);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (parent)) == entry ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (parent)), entry));
  g_assert_cmpstrv (rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (view)), three);

  gtk_window_destroy (GTK_WINDOW (parent));
  rc_test_flush ();
}

/* Reveal mode: every cell covered; Space uncovers exactly one more row,
 * then moves on; a click uncovers one cell. */
static void
test_reveal (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  RcSlideTable   *slide;
  RcSlideCell    *cell;
  GtkWidget      *placeholder;
  guint           n_rows;

  press (presentation, GDK_KEY_Right);
  slide = RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 1));
  n_rows = rc_slide_table_get_n_rows (slide);
  g_assert_cmpuint (n_rows, >=, 2);
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (slide), ==, n_rows);

  press (presentation, GDK_KEY_r);
  g_assert_true (rc_presentation_get_reveal (presentation));
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (slide), ==, 0);
  /* Every table slide, not just this one. */
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (
                        RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 0))),
                    ==, 0);

  for (guint r = 1; r <= n_rows; r++)
    {
      press (presentation, GDK_KEY_space);
      assert_at (presentation, 1);
      g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (slide), ==, r);
      for (guint c = 0; c < 5; c++)
        g_assert_cmpint (rc_slide_cell_get_covered (rc_slide_table_get_cell (slide, r - 1, c)), ==,
                         FALSE);
      if (r < n_rows)
        g_assert_true (rc_slide_cell_get_covered (rc_slide_table_get_cell (slide, r, 0)));
    }
  /* All uncovered: Space moves on. */
  press (presentation, GDK_KEY_space);
  assert_at (presentation, 2);

  /* A click on one covered cell uncovers that cell only. */
  slide = RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 2));
  cell = rc_slide_table_get_cell (slide, 0, 3);
  placeholder = find_by_class (GTK_WIDGET (cell), "rc-slide-placeholder");
  g_assert_nonnull (placeholder);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (placeholder), GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (placeholder),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_signal_emit_by_name (placeholder, "clicked");
  g_assert_false (rc_slide_cell_get_covered (cell));
  g_assert_true (rc_slide_cell_get_covered (rc_slide_table_get_cell (slide, 0, 2)));
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (slide), ==, 0);
  /* The covered value is hidden from screen readers too. */
  gtk_test_accessible_assert_state (
      GTK_ACCESSIBLE (
          find_by_class (GTK_WIDGET (rc_slide_table_get_cell (slide, 0, 2)), "rc-slide-value")),
      GTK_ACCESSIBLE_STATE_HIDDEN, TRUE);

  /* R off uncovers everything; on again covers everything again. */
  press (presentation, GDK_KEY_r);
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (slide), ==,
                    rc_slide_table_get_n_rows (slide));
  press (presentation, GDK_KEY_r);
  g_assert_true (rc_slide_cell_get_covered (cell));
  g_assert_cmpuint (rc_slide_table_get_n_uncovered_rows (
                        RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 1))),
                    ==, 0);

  destroy_presentation (presentation);
}

static guint
count_quizzed (RcPresentation *presentation, int *column)
{
  guint n = 0;

  *column = -1;
  for (guint i = 0; i < rc_presentation_get_n_slides (presentation); i++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, i);

      if (!RC_IS_SLIDE_TABLE (slide))
        continue;
      for (guint r = 0; r < rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)); r++)
        {
          for (guint c = 0; c < 5; c++)
            {
              if (!rc_slide_cell_get_quizzed (
                      rc_slide_table_get_cell (RC_SLIDE_TABLE (slide), r, c)))
                continue;
              g_assert_true (*column < 0 || *column == (int) c);
              *column = c;
              n++;
            }
        }
    }
  return n;
}

/* Quiz the room: one drug's cells show "?" on every table slide (its
 * header stays) and its series leaves the charts; 1–5 pick the drug. */
static void
test_quiz (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  guint           n = rc_presentation_get_n_slides (presentation);
  RcChart        *chart =
      rc_slide_chart_get_chart (RC_SLIDE_CHART (rc_presentation_get_slide (presentation, n - 1)));
  GtkWidget *header;
  guint      n_rows = 0;
  int        column;

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, i);

      if (RC_IS_SLIDE_TABLE (slide))
        n_rows += rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide));
    }

  g_assert_cmpuint (count_quizzed (presentation, &column), ==, 0);
  press (presentation, GDK_KEY_q);
  g_assert_true (rc_presentation_get_quiz (presentation));
  g_assert_cmpuint (count_quizzed (presentation, &column), ==, n_rows);
  g_assert_cmpint (column, ==, 0);
  g_assert_false (rc_chart_get_series_visible (chart, "baclofen"));
  g_assert_true (rc_chart_get_series_visible (chart, "tizanidine"));

  press (presentation, GDK_KEY_3);
  g_assert_cmpuint (rc_presentation_get_quiz_column (presentation), ==, 2);
  g_assert_cmpuint (count_quizzed (presentation, &column), ==, n_rows);
  g_assert_cmpint (column, ==, 2);
  g_assert_true (rc_chart_get_series_visible (chart, "baclofen"));
  g_assert_false (rc_chart_get_series_visible (chart, "cyclobenzaprine"));

  /* The hidden drug's header stays, its cells say "?". */
  header = find_by_class (rc_presentation_get_slide (presentation, 0), "rc-slide-drug");
  g_assert_nonnull (header);
  header = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (header));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Cyclobenzaprine");
  g_assert_true (gtk_widget_get_visible (header));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (
                       GTK_STACK (gtk_widget_get_first_child (GTK_WIDGET (rc_slide_table_get_cell (
                           RC_SLIDE_TABLE (rc_presentation_get_slide (presentation, 0)), 0, 2))))),
                   ==, "quiz");

  /* A number beyond the chosen drugs does nothing. */
  press (presentation, GDK_KEY_5);
  g_assert_cmpuint (rc_presentation_get_quiz_column (presentation), ==, 4);
  press (presentation, GDK_KEY_q);
  g_assert_false (rc_presentation_get_quiz (presentation));
  g_assert_cmpuint (count_quizzed (presentation, &column), ==, 0);
  g_assert_true (rc_chart_get_series_visible (chart, "carisoprodol"));

  destroy_presentation (presentation);
}

static double
font_px (GtkWidget *widget)
{
  const PangoFontDescription *font =
      pango_context_get_font_description (gtk_widget_get_pango_context (widget));

  return pango_font_description_get_size (font) / (double) PANGO_SCALE;
}

static double
chart_font_px (GtkWidget *canvas)
{
  g_autoptr (RcChartStyle) style = rc_chart_canvas_dup_style (RC_CHART_CANVAS (canvas));

  return pango_font_description_get_size (style->font) / (double) PANGO_SCALE;
}

static gboolean
controls_hidden (gpointer revealer)
{
  return !gtk_revealer_get_reveal_child (revealer);
}

/* +/− change the text scale through CSS (the type really grows); H turns
 * high contrast on; the corner controls are labelled. */
static void
test_scale_and_contrast (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  GtkWidget      *controls = find_by_class (GTK_WIDGET (presentation), "rc-presentation-controls");
  GtkWidget      *counter = rc_presentation_get_counter (presentation);
  GtkWidget      *slide = rc_presentation_get_slide (presentation, 0);
  GtkWidget      *cell = GTK_WIDGET (rc_slide_table_get_cell (RC_SLIDE_TABLE (slide), 0, 0));
  GtkWidget      *text =
      gtk_widget_get_first_child (find_by_class (cell, "rc-slide-value")); /* the value's label */
  GtkWidget *chart_canvas = gtk_widget_get_first_child (
      rc_presentation_get_slide (presentation, rc_presentation_get_n_slides (presentation) - 1));
  GtkWidget *revealer;
  double     base_px, base_chart_px, px;

  g_assert_cmpfloat (rc_presentation_get_text_scale (presentation), >=, 1.6);

  gtk_window_set_default_size (GTK_WINDOW (presentation), 1280, 720);
  gtk_window_present (GTK_WINDOW (presentation));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  base_px = font_px (text);
  base_chart_px = chart_font_px (chart_canvas);

  press (presentation, GDK_KEY_plus);
  g_assert_cmpfloat_with_epsilon (rc_presentation_get_text_scale (presentation), 1.8, 1e-9);
  press (presentation, GDK_KEY_minus);
  press (presentation, GDK_KEY_minus);
  g_assert_cmpfloat_with_epsilon (rc_presentation_get_text_scale (presentation), 1.4, 1e-9);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_widget_get_next_sibling (
                                gtk_widget_get_first_child (controls)))),
                            "140"));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  px = font_px (text);
  g_test_message ("value text: %.2f px at 160%%, %.2f px at 140%%", base_px, px);
  g_assert_cmpfloat (fabs (px / base_px - 1.4 / 1.6), <, 0.02);
  /* The charts draw with the same, scaled font. */
  px = chart_font_px (chart_canvas);
  g_test_message ("chart text: %.2f px at 160%%, %.2f px at 140%%", base_chart_px, px);
  g_assert_cmpfloat (fabs (px / base_chart_px - 1.4 / 1.6), <, 0.02);
  for (int i = 0; i < 20; i++)
    press (presentation, GDK_KEY_minus);
  g_assert_cmpfloat (rc_presentation_get_text_scale (presentation), ==, 1.0);

  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-high-contrast"));
  press (presentation, GDK_KEY_h);
  g_assert_true (rc_presentation_get_high_contrast (presentation));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-high-contrast"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-hc-light") !=
                 gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-hc-dark"));
  press (presentation, GDK_KEY_h);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-high-contrast"));

  /* The corner controls leave after a while and come back with a key
   * that changes what they show. */
  revealer = gtk_widget_get_parent (controls);
  g_assert_true (GTK_IS_REVEALER (revealer));
  g_assert_true (rc_test_wait_for (controls_hidden, revealer));
  press (presentation, GDK_KEY_plus);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* Every control says what it is. */
  for (GtkWidget *child = gtk_widget_get_first_child (controls); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) != NULL)
        continue;
      g_assert_true (
          gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  g_assert_nonnull (counter);

  destroy_presentation (presentation);
}

static gboolean
all_fit (gpointer data)
{
  RcPresentation *presentation = data;
  GtkWidget      *stack = gtk_widget_get_parent (rc_presentation_get_slide (presentation, 0));
  int             width = gtk_widget_get_width (stack);
  int             height = gtk_widget_get_height (stack);

  if (width <= 0)
    return FALSE;
  for (guint i = 0; i < rc_presentation_get_n_slides (presentation); i++)
    {
      int min, nat;

      gtk_widget_measure (rc_presentation_get_slide (presentation, i), GTK_ORIENTATION_VERTICAL,
                          width, &min, &nat, NULL, NULL);
      if (nat > height)
        return FALSE;
    }
  return TRUE;
}

static guint expected_slides;

static gboolean
fit_in_n_slides (gpointer data)
{
  return rc_presentation_get_n_slides (data) == expected_slides && all_fit (data);
}

/* Every child of the visible slide lies inside the slide area, and every
 * label's text inside the label. */
static void
assert_not_clipped (GtkWidget *area, GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child))
        continue;
      g_assert_true (gtk_widget_compute_bounds (child, area, &bounds));
      g_assert_cmpfloat (bounds.origin.y, >=, -0.5);
      g_assert_cmpfloat (bounds.origin.x, >=, -0.5);
      g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                         gtk_widget_get_height (area) + 0.5);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                         gtk_widget_get_width (area) + 0.5);
      /* The text as laid out for the label's width fits its height. */
      if (GTK_IS_LABEL (child))
        {
          int text_width, text_height;

          pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (child)), &text_width,
                                       &text_height);
          if (text_height > gtk_widget_get_height (child))
            g_test_message ("label “%s” is %d×%d, its text %d×%d",
                            gtk_label_get_text (GTK_LABEL (child)), gtk_widget_get_width (child),
                            gtk_widget_get_height (child), text_width, text_height);
          g_assert_cmpint (text_height, <=, gtk_widget_get_height (child));
          g_assert_cmpint (text_width, <=, gtk_widget_get_width (child));
        }
      assert_not_clipped (area, child);
    }
}

/* At a projector's 1280×720 nothing is cut off: sections shrink their text
 * (never below the desktop size) or continue on a second slide. */
static void
test_fits_720 (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  GtkWidget      *stack;
  gboolean        continued = FALSE;
  guint           n;

  gtk_window_set_default_size (GTK_WINDOW (presentation), 1280, 720);
  gtk_window_present (GTK_WINDOW (presentation));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (rc_test_wait_for (all_fit, presentation));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (presentation)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (presentation)), ==, 1280);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (presentation)), ==, 720);

  n = rc_presentation_get_n_slides (presentation);
  stack = gtk_widget_get_parent (rc_presentation_get_slide (presentation, 0));
  g_test_message ("%u slides at 1280×720, slide area %d×%d", n, gtk_widget_get_width (stack),
                  gtk_widget_get_height (stack));
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, i);

      rc_presentation_set_current_slide (presentation, i);
      rc_test_wait_for_draw (GTK_WIDGET (presentation));
      g_assert_true (gtk_widget_get_mapped (slide));
      assert_not_clipped (stack, slide);
      if (RC_IS_SLIDE_TABLE (slide))
        {
          double scale = rc_slide_table_get_font_scale (RC_SLIDE_TABLE (slide));

          g_test_message ("%u: %s, %u rows, text at %.0f%%", i + 1,
                          rc_slide_table_get_title (RC_SLIDE_TABLE (slide)),
                          rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)),
                          scale * rc_presentation_get_text_scale (presentation) * 100);
          g_assert_cmpfloat (scale * rc_presentation_get_text_scale (presentation), >=, 1.0 - 1e-9);
          continued |=
              g_str_has_suffix (rc_slide_table_get_title (RC_SLIDE_TABLE (slide)), "(continued)");
        }
    }
  /* 8 sections and 3 charts, and something long enough to continue. */
  g_assert_cmpuint (n, >, 11);
  g_assert_true (continued);

  /* Larger text: still nothing cut off, more slides. */
  rc_presentation_set_text_scale (presentation, 2.4);
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (rc_test_wait_for (all_fit, presentation));
  g_assert_cmpuint (rc_presentation_get_n_slides (presentation), >, n);
  /* And back: the split sections join again. */
  expected_slides = n;
  rc_presentation_set_text_scale (presentation, RC_PRESENTATION_DEFAULT_TEXT_SCALE);
  g_assert_true (rc_test_wait_for (fit_in_n_slides, presentation));

  destroy_presentation (presentation);
}

static guint
find_slide (RcPresentation *presentation, const char *title)
{
  for (guint i = 0; i < rc_presentation_get_n_slides (presentation); i++)
    {
      GtkWidget *slide = rc_presentation_get_slide (presentation, i);

      if ((RC_IS_SLIDE_TABLE (slide) &&
           g_str_equal (rc_slide_table_get_title (RC_SLIDE_TABLE (slide)), title)) ||
          (RC_IS_SLIDE_CHART (slide) &&
           g_str_has_prefix (rc_slide_chart_get_title (RC_SLIDE_CHART (slide)), title)))
        return i;
    }
  g_assert_not_reached ();
}

static void
show_and_save (RcPresentation *presentation, guint slide, const char *name)
{
  rc_presentation_set_current_slide (presentation, slide);
  g_assert_true (rc_test_wait_for (all_fit, presentation));
  for (int i = 0; i < 3; i++)
    rc_test_wait_for_draw (GTK_WIDGET (presentation));
  save_screenshot (GTK_WIDGET (presentation), name);
}

/* Pictures at 1280×720 to look at (in the build directory). */
static void
test_screenshots (void)
{
  RcPresentation *presentation = new_presentation (all_drugs);
  guint           pk;

  gtk_window_set_default_size (GTK_WINDOW (presentation), 1280, 720);
  gtk_window_present (GTK_WINDOW (presentation));
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (rc_test_wait_for (all_fit, presentation));

  show_and_save (presentation, 0, "presentation-table.png");

  pk = find_slide (presentation, "Pharmacokinetics");
  press (presentation, GDK_KEY_r);
  rc_presentation_set_current_slide (presentation, pk);
  press (presentation, GDK_KEY_space);
  press (presentation, GDK_KEY_space);
  show_and_save (presentation, pk, "presentation-reveal.png");
  press (presentation, GDK_KEY_r);

  press (presentation, GDK_KEY_4);
  show_and_save (presentation, 1, "presentation-quiz.png");
  press (presentation, GDK_KEY_q);

  show_and_save (presentation, rc_presentation_get_n_slides (presentation) - 3,
                 "presentation-chart-titration.png");
  show_and_save (presentation, rc_presentation_get_n_slides (presentation) - 2,
                 "presentation-chart-side-effects.png");
  show_and_save (presentation, rc_presentation_get_n_slides (presentation) - 1,
                 "presentation-chart-concentration.png");

  press (presentation, GDK_KEY_h);
  show_and_save (presentation, 0, "presentation-high-contrast.png");
  show_and_save (presentation, rc_presentation_get_n_slides (presentation) - 2,
                 "presentation-high-contrast-chart.png");
  press (presentation, GDK_KEY_question);
  show_and_save (presentation, 2, "presentation-keys.png");
  press (presentation, GDK_KEY_Escape);

  /* In the dark style high contrast is white on black. */
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  rc_test_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (presentation), "rc-hc-dark"));
  show_and_save (presentation, 0, "presentation-high-contrast-dark.png");
  press (presentation, GDK_KEY_h);
  show_and_save (presentation, rc_presentation_get_n_slides (presentation) - 3,
                 "presentation-dark-chart.png");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);

  destroy_presentation (presentation);
}

int
main (int argc, char **argv)
{
  int ret;

  rc_test_init (&argc, &argv);

  kb = rc_test_load_knowledge_base ();
  rc_test_load_style ();

  g_test_add_func ("/presentation/slides", test_slides);
  g_test_add_func ("/presentation/fewer-than-two", test_fewer_than_two);
  g_test_add_func ("/presentation/full-screen-keys-and-leave", test_full_screen_keys_and_leave);
  g_test_add_func ("/presentation/reveal", test_reveal);
  g_test_add_func ("/presentation/quiz", test_quiz);
  g_test_add_func ("/presentation/scale-and-contrast", test_scale_and_contrast);
  g_test_add_func ("/presentation/fits-720", test_fits_720);
  g_test_add_func ("/presentation/screenshots", test_screenshots);

  ret = g_test_run ();
  g_clear_object (&kb);

  return ret;
}
