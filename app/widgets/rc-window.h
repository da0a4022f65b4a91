/* rc-window.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-application.h"
#include "rc-problems-banner.h"
#include "rc-search-panel.h"

G_BEGIN_DECLS

#define RC_TYPE_WINDOW (rc_window_get_type ())

G_DECLARE_FINAL_TYPE (RcWindow, rc_window, RC, WINDOW, GtkApplicationWindow)

/* The id of the Compare tab; the other tabs are named by their drug id. */
#define RC_WINDOW_TAB_COMPARE "compare"
#define RC_WINDOW_TAB_STUDY "study"
#define RC_WINDOW_TAB_INTERACTIONS "interactions"
#define RC_WINDOW_TAB_POPULATIONS "populations"

/* The main window: a Compare tab, one tab per drug, search over all drugs
 * and the knowledge-base problems banner. Construct-only properties:
 * "knowledge-base" and "settings" (may be NULL: nothing is remembered).
 * Window actions: win.show-tab(i) (Alt+1…), win.previous-tab,
 * win.next-tab, win.search. */
RcWindow *rc_window_new (RcApplication *application);

RcKnowledgeBase *rc_window_get_knowledge_base (RcWindow *self);

/* Switches to a tab by id; FALSE when there is no such tab. */
gboolean rc_window_show_tab (RcWindow *self, const char *tab_id);
/* Switches to a drug's tab and scrolls to one of its RC_SECTION_*s. */
gboolean rc_window_show_section (RcWindow *self, const char *drug_id, const char *section_id);
/* The id of the tab at position (an RC_WINDOW_TAB_* id or a drug id), or
 * NULL when out of range. */
char *rc_window_dup_tab_id (RcWindow *self, int position) G_GNUC_WARN_UNUSED_RESULT;

/* Parts of the window, for tests and screenshots. */
GtkNotebook      *rc_window_get_notebook (RcWindow *self);
GtkSearchBar     *rc_window_get_search_bar (RcWindow *self);
RcSearchPanel    *rc_window_get_search_panel (RcWindow *self);
RcProblemsBanner *rc_window_get_problems_banner (RcWindow *self);
GtkWidget        *rc_window_get_compare_view (RcWindow *self);

G_END_DECLS
