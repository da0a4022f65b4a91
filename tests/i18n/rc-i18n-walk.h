/* rc-i18n-walk.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One text a person can see (or hear: a chart's summary), and where. */
typedef struct
{
  char *where; /* "RcCompareView › GtkLabel" and the like */
  char *text;
} RcVisibleText;

void rc_visible_text_free (RcVisibleText *text);

/* An array that frees its RcVisibleText*s. */
GPtrArray *rc_visible_texts_new (void);

/* Appends an RcVisibleText* for every text that the mapped widgets under
 * root show: label and inscription texts, tooltips, entry placeholders,
 * window titles, the labels of menu buttons' menus, and for charts their
 * title, summary, legend, every text drawn and the "show as table" cells.
 * Unmapped widgets (other tabs, hidden stack pages, closed popovers) are
 * not visited. */
void rc_i18n_collect_texts (GtkWidget *root, GPtrArray *texts);

/* Appends the "label" attribute of every item of a menu, its sections and
 * submenus. */
void rc_i18n_collect_menu (GMenuModel *model, const char *where, GPtrArray *texts);

/* Whether one of the texts is or contains text; any space separator
 * (no-break, narrow no-break) matches a plain space. */
gboolean rc_i18n_texts_contain (GPtrArray *texts, const char *text);

/* Runs the main loop until the widget has drawn two frames, so that pages
 * built when first shown are built and laid out. */
void rc_i18n_wait_for_frames (GtkWidget *widget);

/* The first GtkStack under root that has a page of that name, or NULL. */
GtkStack *rc_i18n_find_stack (GtkWidget *root, const char *page_name);

/* The first descendant (or root) of that type, or NULL. */
GtkWidget *rc_i18n_find_widget (GtkWidget *root, GType type);

G_END_DECLS
