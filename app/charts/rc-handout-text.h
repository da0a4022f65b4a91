/* rc-handout-text.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* A paragraph of the handout: Pango markup wrapped at a width, with its
 * lines measured so that a page break can fall between any two of them. */
typedef struct _RcHandoutText RcHandoutText;

/* A text context in points (72 dpi) with unhinted metrics, so that what is
 * measured is what the PDF, the printer and the preview show. */
PangoContext *rc_handout_text_context_new (void) G_GNUC_WARN_UNUSED_RESULT;

/* markup in the handout's font at size points; width <= 0: one line. */
RcHandoutText *rc_handout_text_new (PangoContext *context,
                                    const char   *markup,
                                    double        size,
                                    gboolean      bold,
                                    double        width) G_GNUC_WARN_UNUSED_RESULT;
void           rc_handout_text_free (RcHandoutText *text);

/* The width of markup on one line. */
double
rc_handout_text_measure (PangoContext *context, const char *markup, double size, gboolean bold);

double rc_handout_text_get_width (RcHandoutText *text);
double rc_handout_text_get_height (RcHandoutText *text);
guint  rc_handout_text_get_n_lines (RcHandoutText *text);
/* The height of lines first to end - 1, from the top of the first to the
 * bottom of the last; 0 when end <= first. */
double rc_handout_text_get_lines_height (RcHandoutText *text, guint first, guint end);

/* Draws the whole text, or lines first to end - 1 with the top of the
 * first at y, in the cairo_t's current colour. */
void rc_handout_text_draw (RcHandoutText *text, cairo_t *cr, double x, double y);
void rc_handout_text_draw_lines (
    RcHandoutText *text, cairo_t *cr, double x, double y, guint first, guint end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcHandoutText, rc_handout_text_free)

G_END_DECLS
