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
