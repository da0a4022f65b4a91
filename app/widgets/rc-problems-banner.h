/* rc-problems-banner.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_PROBLEMS_BANNER (rc_problems_banner_get_type ())

G_DECLARE_FINAL_TYPE (RcProblemsBanner, rc_problems_banner, RC, PROBLEMS_BANNER, GtkWidget)

/* A banner that says when knowledge-base files could not be loaded ("N
 * files could not be loaded") or replaced built-in drugs, with a Details
 * button listing every problem as FILE:LINE:COLUMN: message. It hides
 * itself when there is nothing to say. Property: "knowledge-base". */
GtkWidget *rc_problems_banner_new (void);

RcKnowledgeBase *rc_problems_banner_get_knowledge_base (RcProblemsBanner *self);
void rc_problems_banner_set_knowledge_base (RcProblemsBanner *self, RcKnowledgeBase *kb);

/* Property "message": one more thing to tell the user at the same place,
 * such as a damaged settings file set aside; NULL for none. */
const char *rc_problems_banner_get_message (RcProblemsBanner *self);
void        rc_problems_banner_set_message (RcProblemsBanner *self, const char *message);

/* The summary shown, for tests; "" when hidden. */
const char *rc_problems_banner_get_summary (RcProblemsBanner *self);
/* Every problem, one per line, as shown by Details. */
char *rc_problems_banner_dup_details (RcProblemsBanner *self) G_GNUC_WARN_UNUSED_RESULT;
/* Opens the Details window (what the button does); returns it. */
GtkWindow *rc_problems_banner_show_details (RcProblemsBanner *self);

G_END_DECLS
