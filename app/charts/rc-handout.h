/* rc-handout.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "rc-comparison.h"
#include "rc-knowledge-base.h"

G_BEGIN_DECLS

typedef enum
{
  RC_HANDOUT_PAPER_A4,
  RC_HANDOUT_PAPER_LETTER,
} RcHandoutPaper;

/* "a4" or "letter" (any case); FALSE when unknown. */
gboolean rc_handout_paper_from_string (const char *name, RcHandoutPaper *paper);
/* The paper's size in points (1/72 inch), portrait. */
void rc_handout_paper_get_size (RcHandoutPaper paper, double *width, double *height);

/* The margin on every side, in points (15 mm). */
#define RC_HANDOUT_MARGIN (15.0 / 25.4 * 72.0)

#define RC_TYPE_HANDOUT (rc_handout_get_type ())

G_DECLARE_FINAL_TYPE (RcHandout, rc_handout, RC, HANDOUT, GObject)

/* The printed handout of a comparison: a title with the date and the
 * knowledge-base version, the disclaimer, the comparison table (its header
 * row repeated on every page), the titration and side-effect charts and a
 * numbered list of every source the table cites. Cairo and Pango only: the
 * PDF export, the command line and printing draw the same pages.
 *
 * Construct-only properties: "knowledge-base", "comparison". Options:
 * "date" (GDateTime printed on the title; NULL means now) and
 * "include-charts" (default TRUE). Changing an option drops the pages:
 * call rc_handout_paginate() again. */
RcHandout *rc_handout_new (RcKnowledgeBase *kb, RcComparison *comparison) G_GNUC_WARN_UNUSED_RESULT;

RcKnowledgeBase *rc_handout_get_knowledge_base (RcHandout *self);
RcComparison    *rc_handout_get_comparison (RcHandout *self);
GDateTime       *rc_handout_get_date (RcHandout *self);
void             rc_handout_set_date (RcHandout *self, GDateTime *date);
gboolean         rc_handout_get_include_charts (RcHandout *self);
void             rc_handout_set_include_charts (RcHandout *self, gboolean include_charts);

/* "Skeletal muscle relaxants compared: Baclofen, Tizanidine", translated. */
char *rc_handout_dup_title (RcHandout *self) G_GNUC_WARN_UNUSED_RESULT;

/* Lays the handout out on pages of the given size (points; the cairo_t
 * given to rc_handout_draw_page() must draw in points with the origin at
 * the paper's corner) and returns the number of pages: 0 on paper too
 * small for the margins and a table (under about 7 × 8 cm). */
guint rc_handout_paginate (RcHandout *self, double page_width, double page_height);
/* 0 until rc_handout_paginate() was called. */
guint rc_handout_get_n_pages (RcHandout *self);
/* Draws one page (0-based) of the last pagination. */
void rc_handout_draw_page (RcHandout *self, cairo_t *cr, guint page);

/* The numbered sources, in first-citation order: the number printed in
 * the table is index + 1. The ids of the knowledge base. */
guint       rc_handout_get_n_sources (RcHandout *self);
const char *rc_handout_get_source_id (RcHandout *self, guint index);

/* The first page (0-based) of a comparison row, of the charts and of the
 * list of sources after the last pagination; -1 when not on any page. */
int rc_handout_get_row_page (RcHandout *self, guint row);
int rc_handout_get_charts_page (RcHandout *self);
int rc_handout_get_sources_page (RcHandout *self);

G_END_DECLS
