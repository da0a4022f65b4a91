/* rc-test-util.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "rc-test-util.h"

void
rc_test_init (int *argc, char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (argc, argv, NULL);
}

RcApplication *
rc_test_application_new (void)
{
  g_autoptr (GError) error = NULL;
  RcApplication *app = rc_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rc_application_get_knowledge_base (app));
  return app;
}

gboolean
rc_test_wait_for (RcTestCondition condition, gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  return TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

void
rc_test_wait_for_draw (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean       painted = FALSE;
  gulong         id;

  g_assert_true (rc_test_wait_for ((RcTestCondition) gtk_widget_get_mapped, widget));
  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (rc_test_wait_for (is_true, &painted));
  g_signal_handler_disconnect (clock, id);
}

void
rc_test_flush (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
rc_test_destroy_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr (GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }
  rc_test_flush ();
}

static void
collect (GtkWidget *widget, const char *css_class, GType type, GPtrArray *out)
{
  if ((css_class == NULL || gtk_widget_has_css_class (widget, css_class)) &&
      (type == G_TYPE_NONE || G_TYPE_CHECK_INSTANCE_TYPE (widget, type)))
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, css_class, type, out);
}

GtkWidget *
rc_test_find (GtkWidget *widget, const char *css_class, GType type)
{
  g_autoptr (GPtrArray) found = g_ptr_array_new ();

  collect (widget, css_class, type, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

GPtrArray *
rc_test_find_all (GtkWidget *widget, const char *css_class, GType type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, css_class, type, found);
  return found;
}

/* Runs the shortcuts of one widget's controllers of one phase that a
 * press of keyval would trigger; TRUE when one handled it. */
static gboolean
run_shortcuts (GtkWidget *widget, GtkPropagationPhase phase, GtkShortcutTrigger *trigger)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

/* A key press without a keyboard: from the focus widget, the way GTK
 * propagates a key event — capture phase from the window down, then
 * bubble phase back up — through every shortcut controller on the way.
 * Returns TRUE when a shortcut handled it. */
gboolean
rc_test_press_key (GtkWidget *window, guint keyval)
{
  g_autoptr (GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, 0);
  g_autoptr (GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gboolean   handled = FALSE;

  for (GtkWidget *w = focus != NULL ? focus : window; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);

  for (guint i = chain->len; !handled && i > 0; i--)
    {
      GtkWidget *w = g_ptr_array_index (chain, i - 1);

      handled = gtk_widget_is_sensitive (w) && run_shortcuts (w, GTK_PHASE_CAPTURE, trigger);
    }
  for (guint i = 0; !handled && i < chain->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (chain, i);

      handled = gtk_widget_is_sensitive (w) && run_shortcuts (w, GTK_PHASE_BUBBLE, trigger);
    }

  rc_test_flush ();
  return handled;
}

void
rc_test_save_png (GtkWidget *window, const char *name)
{
  int width;
  int height;
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "screenshots", NULL);
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  /* The paintable takes its picture when made: after a frame. */
  rc_test_wait_for_draw (window);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

RcKnowledgeBase *
rc_test_load_knowledge_base (void)
{
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;

  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    g_error ("cannot load the built-in knowledge base: %s", error->message);
  return g_steal_pointer (&kb);
}

void
rc_test_load_style (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}
