/* test-chart-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "rc-chart-canvas.h"
#include "rc-chart-test-utils.h"
#include "rc-chart-view.h"
#include "rc-side-effects-chart.h"

static RcKnowledgeBase *kb;

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

static GtkEventController *
find_controller (GtkWidget *widget, GType type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* A window with the view, shown and drawn once. */
static GtkWidget *
show_view (RcChartKind kind, const char *const *ids, int width, int height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rc_chart_view_new (kind);

  g_object_set (view, "knowledge-base", kb, "drug-ids", ids, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (view);
  return view;
}

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  GtkNative *native = gtk_widget_get_native (widget);
  int        w = gtk_widget_get_width (widget);
  int        h = gtk_widget_get_height (widget);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = rc_test_output_path (name);

  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (native), node,
                                         &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
}

/* An image with the chart's title as its name and the summary (with the key
 * numbers) as its description. */
static void
test_accessible (void)
{
  const char      *ids[] = { "baclofen", NULL };
  GtkWidget       *view = show_view (RC_CHART_KIND_TITRATION, ids, 900, 700);
  GtkWidget       *canvas = find_descendant (view, RC_TYPE_CHART_CANVAS);
  RcChart         *chart = rc_chart_view_get_chart (RC_CHART_VIEW (view));
  g_autofree char *title = rc_chart_dup_title (chart);
  g_autofree char *summary = rc_chart_dup_summary (chart);

  g_assert_nonnull (canvas);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       title);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (canvas), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       summary);
  g_assert_nonnull (strstr (summary, "60 mg/day"));
  g_assert_nonnull (strstr (summary, "80 mg/day"));
  g_assert_true (gtk_widget_get_focusable (canvas));
  g_assert_cmpuint (rc_chart_get_n_items (chart), >, 0);
  save_screenshot (gtk_widget_get_parent (view), "widget-baclofen-titration.png");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* The arrow keys step through the points and the label below says what the
 * tooltip would. */
static void
test_keyboard (void)
{
  const char         *ids[] = { "baclofen", NULL };
  GtkWidget          *view = show_view (RC_CHART_KIND_TITRATION, ids, 900, 700);
  GtkWidget          *canvas = find_descendant (view, RC_TYPE_CHART_CANVAS);
  GtkEventController *keys = find_controller (canvas, GTK_TYPE_EVENT_CONTROLLER_KEY);
  RcChart            *chart = rc_chart_view_get_chart (RC_CHART_VIEW (view));
  gboolean            handled = FALSE;
  GtkWidget          *label;
  const char         *first;
  g_autofree char    *first_copy = NULL;

  g_assert_nonnull (keys);
  gtk_widget_grab_focus (canvas);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
  g_assert_true (handled);
  g_assert_cmpint (rc_chart_canvas_get_focus_item (RC_CHART_CANVAS (canvas)), ==, 0);
  first = rc_chart_canvas_get_focus_text (RC_CHART_CANVAS (canvas));
  g_assert_cmpstr (first, ==, rc_chart_get_item (chart, 0)->text);
  first_copy = g_strdup (first);

  /* The same text is shown in a label for keyboard users. */
  label = gtk_widget_get_last_child (gtk_widget_get_first_child (view));
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_true (gtk_widget_get_visible (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, first_copy);

  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
  g_assert_cmpint (rc_chart_canvas_get_focus_item (RC_CHART_CANVAS (canvas)), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), !=, first_copy);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_End, 0, 0, &handled);
  g_assert_cmpint (rc_chart_canvas_get_focus_item (RC_CHART_CANVAS (canvas)), ==,
                   (int) rc_chart_get_n_items (chart) - 1);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
  g_assert_cmpint (rc_chart_canvas_get_focus_item (RC_CHART_CANVAS (canvas)), ==, -1);
  g_assert_false (gtk_widget_get_visible (label));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* Clicking a legend entry hides the drug; clicking again shows it. */
static void
test_legend_click (void)
{
  GtkWidget  *view = show_view (RC_CHART_KIND_SIDE_EFFECTS, rc_test_drug_ids, 1000, 900);
  GtkWidget  *canvas = find_descendant (view, RC_TYPE_CHART_CANVAS);
  RcChart    *chart = rc_chart_view_get_chart (RC_CHART_VIEW (view));
  GtkGesture *click = GTK_GESTURE (find_controller (canvas, GTK_TYPE_GESTURE_CLICK));
  const RcChartLegendEntry *entry = NULL;
  double                    x, y;

  for (guint i = 0; i < rc_chart_get_n_legend_entries (chart); i++)
    if (g_strcmp0 (rc_chart_get_legend_entry (chart, i)->key, "tizanidine") == 0)
      entry = rc_chart_get_legend_entry (chart, i);
  g_assert_nonnull (entry);
  x = entry->x + 4;
  y = entry->y + entry->height / 2;
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_false (rc_chart_get_series_visible (chart, "tizanidine"));
  gtk_test_widget_wait_for_draw (canvas);
  g_signal_emit_by_name (click, "released", 1, x, y);
  g_assert_true (rc_chart_get_series_visible (chart, "tizanidine"));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* "Show as table" shows the same numbers. */
static void
test_table (void)
{
  const char *ids[] = { "baclofen", NULL };
  GtkWidget  *view = show_view (RC_CHART_KIND_TITRATION, ids, 900, 700);
  GtkWidget  *grid;
  g_autoptr (RcChartTable) table =
      rc_chart_dup_table (rc_chart_view_get_chart (RC_CHART_VIEW (view)));
  guint    n = 0;
  gboolean found_60 = FALSE;

  rc_chart_view_set_show_table (RC_CHART_VIEW (view), TRUE);
  g_assert_true (rc_chart_view_get_show_table (RC_CHART_VIEW (view)));
  grid = find_descendant (view, GTK_TYPE_GRID);
  g_assert_true (gtk_widget_get_mapped (grid));
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      n++;
      found_60 |= g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), "60 mg/day") == 0;
    }
  g_assert_cmpuint (n, ==, (table->rows->len + 1) * rc_chart_table_get_n_columns (table));
  g_assert_true (found_60);
  gtk_test_widget_wait_for_draw (view);
  save_screenshot (gtk_widget_get_parent (view), "widget-baclofen-table.png");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* The compare view's options reach the chart. */
static void
test_options (void)
{
  GtkWidget *view = show_view (RC_CHART_KIND_TITRATION, rc_test_drug_ids, 1000, 1000);
  RcChart   *chart = rc_chart_view_get_chart (RC_CHART_VIEW (view));

  g_object_set (view, "titration-mode", RC_TITRATION_MODE_PERCENT_OF_MAX, NULL);
  g_assert_cmpint (rc_titration_chart_get_mode (RC_TITRATION_CHART (chart)), ==,
                   RC_TITRATION_MODE_PERCENT_OF_MAX);
  gtk_test_widget_wait_for_draw (view);
  save_screenshot (gtk_widget_get_parent (view), "widget-compare-titration-percent.png");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));

  view = show_view (RC_CHART_KIND_SIDE_EFFECTS, rc_test_drug_ids, 1000, 900);
  chart = rc_chart_view_get_chart (RC_CHART_VIEW (view));
  g_object_set (view, "top-n", 0, NULL);
  g_assert_cmpuint (rc_side_effects_chart_get_top_n (RC_SIDE_EFFECTS_CHART (chart)), ==, 0);
  /* Other kinds ignore the titration mode (one binding serves all). */
  g_object_set (view, "titration-mode", RC_TITRATION_MODE_PERCENT_OF_MAX, NULL);
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

/* The view's options bind to the settings keys as they are ("titration-view"
 * is a string naming the mode, "side-effects-top" an integer). */
static void
test_settings_binding (void)
{
  g_autoptr (GSettings) settings = g_settings_new ("io.github.relaxantcompare.RelaxantCompare");
  GtkWidget       *titration = g_object_ref_sink (rc_chart_view_new (RC_CHART_KIND_TITRATION));
  GtkWidget       *effects = g_object_ref_sink (rc_chart_view_new (RC_CHART_KIND_SIDE_EFFECTS));
  g_autofree char *mode = NULL;

  g_settings_bind (settings, "titration-view", titration, "titration-mode",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "side-effects-top", effects, "top-n", G_SETTINGS_BIND_DEFAULT);
  g_settings_set_string (settings, "titration-view", "percent-of-max");
  g_assert_cmpint (rc_chart_view_get_titration_mode (RC_CHART_VIEW (titration)), ==,
                   RC_TITRATION_MODE_PERCENT_OF_MAX);
  rc_chart_view_set_titration_mode (RC_CHART_VIEW (titration), RC_TITRATION_MODE_SMALL_MULTIPLES);
  mode = g_settings_get_string (settings, "titration-view");
  g_assert_cmpstr (mode, ==, "small-multiples");
  g_settings_set_int (settings, "side-effects-top", 0);
  g_assert_cmpuint (rc_chart_view_get_top_n (RC_CHART_VIEW (effects)), ==, 0);
  rc_chart_view_set_top_n (RC_CHART_VIEW (effects), 5);
  g_assert_cmpint (g_settings_get_int (settings, "side-effects-top"), ==, 5);
  g_settings_unbind (titration, "titration-mode");
  g_settings_unbind (effects, "top-n");
  g_object_unref (titration);
  g_object_unref (effects);
}

/* The dark theme reaches the chart. */
static void
test_dark (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget   *view;
  GtkWidget   *canvas;
  g_autoptr (RcChartStyle) style = NULL;

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  view = show_view (RC_CHART_KIND_CONCENTRATION, rc_test_drug_ids, 1000, 900);
  canvas = find_descendant (view, RC_TYPE_CHART_CANVAS);
  style = rc_chart_canvas_dup_style (RC_CHART_CANVAS (canvas));
  g_assert_cmpint (style->theme, ==, RC_CHART_THEME_DARK);
  g_assert_true (rc_chart_color_is_dark (&style->background));
  save_screenshot (gtk_widget_get_parent (view), "widget-compare-concentration-dark.png");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError  *error;
} ExportResult;

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ExportResult *r = user_data;

  r->ok = rc_chart_view_export_finish (RC_CHART_VIEW (source), result, &r->error);
  r->done = TRUE;
}

static ExportResult export(GtkWidget *view, GFile *file, int scale)
{
  ExportResult r = { FALSE, FALSE, NULL };

  rc_chart_view_export_async (RC_CHART_VIEW (view), file, scale, NULL, export_done_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  return r;
}

/* Export writes the file (a 2× PNG has twice the pixels); a name without a
 * known extension writes nothing. */
static void
test_export (void)
{
  const char      *ids[] = { "cyclobenzaprine", NULL };
  GtkWidget       *view = show_view (RC_CHART_KIND_CONCENTRATION, ids, 800, 600);
  GtkWidget       *canvas = find_descendant (view, RC_TYPE_CHART_CANVAS);
  g_autofree char *png = rc_test_output_path ("widget-export.png");
  g_autofree char *bad = rc_test_output_path ("widget-export.jpg");
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad);
  ExportResult ok, refused;
  g_autoptr (GdkTexture) texture = NULL;

  g_file_delete (bad_file, NULL, NULL);
  ok = export(view, png_file, 2);
  g_assert_no_error (ok.error);
  g_assert_true (ok.ok);
  texture = gdk_texture_new_from_file (png_file, NULL);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (canvas));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * gtk_widget_get_height (canvas));

  refused = export(view, bad_file, 1);
  g_assert_false (refused.ok);
  g_assert_error (refused.error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&refused.error);
  g_assert_false (g_file_query_exists (bad_file, NULL));
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (view)));
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);
  kb = rc_test_load_kb ();

  g_test_add_func ("/chart-view/accessible", test_accessible);
  g_test_add_func ("/chart-view/keyboard", test_keyboard);
  g_test_add_func ("/chart-view/legend-click", test_legend_click);
  g_test_add_func ("/chart-view/table", test_table);
  g_test_add_func ("/chart-view/options", test_options);
  g_test_add_func ("/chart-view/settings-binding", test_settings_binding);
  g_test_add_func ("/chart-view/dark", test_dark);
  g_test_add_func ("/chart-view/export", test_export);

  status = g_test_run ();
  g_object_unref (kb);
  return status;
}
