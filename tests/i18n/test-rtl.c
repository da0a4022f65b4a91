/* test-rtl.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window in a right-to-left language. A pseudo-translation whose every
 * message starts with a right-to-left mark (make-pseudo-catalog.sh --rtl)
 * is installed as Hebrew ("he"), so GTK takes the direction from its own
 * Hebrew catalog ("default:RTL"), as it would for a real translation. The
 * test checks that the window mirrors and that chart texts stay inside
 * their charts without overlapping, and saves screenshots to look at:
 * the PNG files in <builddir>/tests/i18n/rtl/. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-chart-view.h"
#include "rc-compare-view.h"
#include "rc-drug-page.h"
#include "rc-i18n-test-util.h"
#include "rc-i18n-walk.h"
#include "rc-search.h"
#include "rc-test-util.h"
#include "rc-window.h"

#define RTL_LANGUAGE "he"

static RcApplication *app;
static char          *tmp_dir;
static char          *shot_dir;

static void
save_png (GtkWidget *widget, const char *name)
{
  int          width = gtk_widget_get_width (widget);
  int          height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (shot_dir, file, NULL);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

static double
x_in (GtkWidget *widget, GtkWidget *ancestor)
{
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, ancestor, &GRAPHENE_POINT_INIT (0, 0), &point));
  return point.x;
}

/* Chart texts stay within the chart and clear of each other. */
static void
assert_chart_texts_fit (GtkWidget *view_widget, const char *what)
{
  RcChart   *chart = rc_chart_view_get_chart (RC_CHART_VIEW (view_widget));
  GtkWidget *canvas = rc_i18n_find_widget (view_widget, g_type_from_name ("RcChartCanvas"));
  g_autoptr (GArray) boxes = NULL;
  double width, height;

  g_assert_nonnull (chart);
  g_assert_nonnull (canvas);
  width = gtk_widget_get_width (canvas);
  height = gtk_widget_get_height (canvas);
  boxes = rc_chart_scene_dup_text_boxes (rc_chart_get_scene (chart));
  g_assert_cmpuint (boxes->len, >, 3);

  for (guint i = 0; i < boxes->len; i++)
    {
      const double *a = &g_array_index (boxes, double, 4 * i);

      /* One pixel of tolerance for antialiased edges. */
      if (a[0] < -1 || a[1] < -1 || a[0] + a[2] > width + 1 || a[1] + a[3] > height + 1)
        g_test_fail_printf ("%s: a text (%.0f,%.0f %.0f×%.0f) leaves the %.0f×%.0f chart", what,
                            a[0], a[1], a[2], a[3], width, height);
      for (guint j = i + 1; j < boxes->len; j++)
        {
          const double *b = &g_array_index (boxes, double, 4 * j);

          if (a[0] + 1 < b[0] + b[2] && b[0] + 1 < a[0] + a[2] && a[1] + 1 < b[1] + b[3] &&
              b[1] + 1 < a[1] + a[3])
            g_test_fail_printf ("%s: two texts overlap (%.0f,%.0f and %.0f,%.0f)", what, a[0], a[1],
                                b[0], b[1]);
        }
    }
}

static void
test_window_mirrors (void)
{
  RcWindow    *window = rc_window_new (app);
  GtkNotebook *notebook = rc_window_get_notebook (window);
  GtkWidget   *compare = rc_window_get_compare_view (window);
  GtkWidget   *tab0, *tab1, *drug_page, *chart;
  GtkStack    *views;

  gtk_window_present (GTK_WINDOW (window));
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);

  /* The first tab is the rightmost. */
  tab0 = gtk_notebook_get_tab_label (notebook, gtk_notebook_get_nth_page (notebook, 0));
  tab1 = gtk_notebook_get_tab_label (notebook, gtk_notebook_get_nth_page (notebook, 1));
  g_assert_cmpfloat (x_in (tab0, GTK_WIDGET (window)), >, x_in (tab1, GTK_WIDGET (window)));

  /* Compare: the table, then the charts. */
  rc_compare_view_set_selected_drugs (
      RC_COMPARE_VIEW (compare),
      (const char *const[]){ "baclofen", "tizanidine", "carisoprodol", NULL });
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), "compare-table");

  views = rc_i18n_find_stack (compare, "charts");
  g_assert_nonnull (views);
  gtk_stack_set_visible_child_name (views, "charts");
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), "compare-charts");
  for (RcChartKind kind = RC_CHART_KIND_TITRATION; kind <= RC_CHART_KIND_CONCENTRATION; kind++)
    {
      GtkWidget       *view = rc_compare_view_get_chart (RC_COMPARE_VIEW (compare), kind);
      g_autofree char *name = g_strdup_printf ("compare-chart-%s", rc_chart_kind_to_string (kind));

      /* One chart at a time, in a stack. */
      gtk_stack_set_visible_child (GTK_STACK (gtk_widget_get_parent (view)), view);
      rc_i18n_wait_for_frames (GTK_WIDGET (window));
      g_assert_true (gtk_widget_get_mapped (view));
      assert_chart_texts_fit (view, name);
      save_png (view, name);
    }

  /* A drug page: its top, then its dosing chart. */
  g_assert_true (rc_window_show_tab (window, "baclofen"));
  drug_page = gtk_notebook_get_nth_page (notebook, gtk_notebook_get_current_page (notebook));
  rc_drug_page_ensure_built (RC_DRUG_PAGE (drug_page));
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), "baclofen");

  g_assert_true (rc_window_show_section (window, "baclofen", RC_SECTION_DOSING));
  rc_i18n_wait_for_frames (GTK_WIDGET (window));
  save_png (GTK_WIDGET (window), "baclofen-dosing");
  chart = rc_i18n_find_widget (rc_drug_page_get_chart_box (RC_DRUG_PAGE (drug_page), "titration"),
                               RC_TYPE_CHART_VIEW);
  g_assert_nonnull (chart);
  assert_chart_texts_fit (chart, "baclofen titration chart");
  save_png (chart, "baclofen-chart-titration");

  gtk_window_destroy (GTK_WINDOW (window));
  rc_test_flush ();
}

static void
make_catalog (void)
{
  const char      *src = g_getenv ("RC_SOURCE_DIR");
  g_autofree char *script = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;

  if (src == NULL)
    g_error ("RC_SOURCE_DIR must be set (meson test sets it)");
  script = g_build_filename (src, "tests", "i18n", "make-pseudo-catalog.sh", NULL);
  if (!rc_i18n_run ((const char *const[]){ script, "--rtl", src, tmp_dir, RTL_LANGUAGE, NULL },
                    NULL, &out, &err, &error))
    g_error ("make-pseudo-catalog.sh failed: %s\n%s%s", error->message, out, err);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_home = NULL;
  const char      *build = g_getenv ("G_TEST_BUILDDIR");
  int              status;

  tmp_dir = g_dir_make_tmp ("rc-rtl-XXXXXX", &error);
  if (tmp_dir == NULL)
    g_error ("%s", error->message);
  make_catalog ();
  shot_dir = g_build_filename (build != NULL ? build : ".", "i18n", "rtl", NULL);
  g_mkdir_with_parents (shot_dir, 0755);

  /* As main.c does (RC_LOCALEDIR), before anything is translated. */
  data_home = g_build_filename (tmp_dir, "data-home", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("LANGUAGE", RTL_LANGUAGE, TRUE);
  g_setenv ("RC_LOCALEDIR", tmp_dir, TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, tmp_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  rc_test_init (&argc, &argv);
  g_set_application_name (_ ("Relaxant Compare"));

  /* GTK reads the direction from its own catalog; without its Hebrew
   * translation installed, ask for it. */
  if (gtk_widget_get_default_direction () != GTK_TEXT_DIR_RTL)
    {
      g_test_message ("GTK's Hebrew catalog is missing: forcing right to left");
      gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
    }

  /* Screenshots of the state reached, not of a crossfade on the way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  app = rc_test_application_new ();
  g_test_add_func ("/i18n/rtl/window-mirrors", test_window_mirrors);

  status = g_test_run ();
  rc_test_destroy_toplevels ();
  g_clear_object (&app);
  rc_i18n_remove_tree (tmp_dir);
  return status;
}
