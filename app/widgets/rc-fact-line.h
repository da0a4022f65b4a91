/* rc-fact-line.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-drug.h"

G_BEGIN_DECLS

#define RC_TYPE_FACT_LINE (rc_fact_line_get_type ())

G_DECLARE_FINAL_TYPE (RcFactLine, rc_fact_line, RC, FACT_LINE, GtkWidget)

/* One cited statement: wrapping, selectable text, optionally led by a bold
 * term ("Maximum daily dose:"), then its source marker and, when the fact
 * is not verified, an "Unverified" pill.
 * Properties: "drug", "term", "text", "sources" (GStrv), "unverified". */
GtkWidget *rc_fact_line_new (RcDrug            *drug,
                             const char        *term,
                             const char        *text,
                             const char *const *sources,
                             gboolean           unverified);

/* Shorthand for an RcFact. */
GtkWidget *rc_fact_line_new_for_fact (RcDrug *drug, const char *term, const RcFact *fact);

const char *rc_fact_line_get_text (RcFactLine *self);
void        rc_fact_line_set_text (RcFactLine *self, const char *text);
const char *rc_fact_line_get_term (RcFactLine *self);
void        rc_fact_line_set_term (RcFactLine *self, const char *term);
gboolean    rc_fact_line_get_unverified (RcFactLine *self);
void        rc_fact_line_set_unverified (RcFactLine *self, gboolean unverified);

/* The label showing the text, e.g. to set an accessible description. */
GtkWidget *rc_fact_line_get_label (RcFactLine *self);

/* Appends a widget (a pill, a badge) after the marker. */
void rc_fact_line_add_suffix (RcFactLine *self, GtkWidget *widget);

/* A small "Unverified" pill with a tooltip saying what that means; used by
 * fact lines and by table cells. */
GtkWidget *rc_fact_line_new_unverified_pill (void);

G_END_DECLS
