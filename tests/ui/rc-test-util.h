/* rc-test-util.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-application.h"

G_BEGIN_DECLS

/* gtk_test_init() with a fixed locale. */
void rc_test_init (int *argc, char ***argv);

/* An application registered (so started: knowledge base loaded) without
 * owning a bus name, so tests may run side by side. */
RcApplication *rc_test_application_new (void);

typedef gboolean (*RcTestCondition) (gpointer data);

/* Runs the main loop until condition is TRUE; FALSE if it never became so
 * (a generous deadline against hangs, not a timing check). */
gboolean rc_test_wait_for (RcTestCondition condition, gpointer data);

/* Runs the main loop until the window has drawn a frame. */
void rc_test_wait_for_draw (GtkWidget *widget);

/* Runs pending main-loop work. */
void rc_test_flush (void);

/* Destroys every toplevel window. */
void rc_test_destroy_toplevels (void);

/* The widgets under root (root included) with a CSS class and of a type;
 * NULL / G_TYPE_NONE match any. */
GPtrArray *rc_test_find_all (GtkWidget *root, const char *css_class, GType type);
GtkWidget *rc_test_find (GtkWidget *root, const char *css_class, GType type);

/* A key press without a keyboard, through the shortcut controllers of the
 * focus chain as GTK propagates it; TRUE when a shortcut handled it. */
gboolean rc_test_press_key (GtkWidget *window, guint keyval);

/* Saves what widget (a window or popover) shows, after a frame, as
 * <test build dir>/screenshots/NAME.png. */
void rc_test_save_png (GtkWidget *widget, const char *name);

/* The built-in knowledge base, loaded; aborts the test program if it
 * cannot be loaded. */
RcKnowledgeBase *rc_test_load_knowledge_base (void);

/* The application's style sheet, for widgets tested outside RcApplication. */
void rc_test_load_style (void);

G_END_DECLS
