/* rc-bench-bare-window.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The floor of the start-up benchmark: the least a GTK 4 application does
 * to show a window. Like the application it is a GtkApplication (so it
 * registers on the session bus) whose window has a header bar, the same
 * default size and the same first-frame hook; it has no content. The
 * header bar is also what makes its first frame visible to the external
 * launcher, which waits for a window that is not one colour. */

#include "config.h"

#include <gtk/gtk.h>

#include "rc-first-frame.h"

static void
activate_cb (GtkApplication *app)
{
  GtkWidget *window = gtk_application_window_new (app);

  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  rc_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (GtkApplication) app = gtk_application_new ("io.github.relaxantcompare.BenchBareWindow",
                                                        G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
