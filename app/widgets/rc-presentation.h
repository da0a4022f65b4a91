/* rc-presentation.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

#define RC_TYPE_PRESENTATION (rc_presentation_get_type ())

G_DECLARE_FINAL_TYPE (RcPresentation, rc_presentation, RC, PRESENTATION, GtkWindow)

/* Text scales a presentation offers (1 is the desktop's size). */
#define RC_PRESENTATION_MIN_TEXT_SCALE 1.0
#define RC_PRESENTATION_MAX_TEXT_SCALE 3.0
#define RC_PRESENTATION_DEFAULT_TEXT_SCALE 1.6

/* A full-screen presentation of a comparison for a lecture hall: one slide
 * per section of the comparison table (long sections are split, marked
 * "(continued)"), then the titration, side-effect and concentration charts.
 * Keys (listed on the slides by "?"): Right/Left/Page Down/Page Up move,
 * Space advances (in reveal mode it uncovers the next row first),
 * Home/End, +/− text size, H high contrast, R reveal mode, Q quiz the
 * room, 1–5 the drug to quiz, Esc leaves. The same are the actions
 * "presentation.next", ".previous", ".first", ".last", ".advance",
 * ".zoom-in", ".zoom-out", ".high-contrast", ".reveal", ".quiz",
 * ".quiz-drug" (i), ".help" and ".close".
 * Properties: "knowledge-base" and "drug-ids" (construct-only),
 * "only-differences", "text-scale", "high-contrast", "reveal", "quiz",
 * "quiz-column", "current-slide", "n-slides" (read-only). */
RcPresentation *
rc_presentation_new (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids);

/* Shows the presentation full screen on the monitor the parent window is
 * on. Leaving it (Esc) presents the parent again with its focus back where
 * it was. */
void rc_presentation_start (RcPresentation *self);

guint      rc_presentation_get_n_slides (RcPresentation *self);
guint      rc_presentation_get_current_slide (RcPresentation *self);
void       rc_presentation_set_current_slide (RcPresentation *self, guint index);
GtkWidget *rc_presentation_get_slide (RcPresentation *self, guint index);
/* The label that counts slides ("3 / 11"). */
GtkWidget *rc_presentation_get_counter (RcPresentation *self);

gboolean rc_presentation_get_only_differences (RcPresentation *self);
void     rc_presentation_set_only_differences (RcPresentation *self, gboolean only_differences);
double   rc_presentation_get_text_scale (RcPresentation *self);
void     rc_presentation_set_text_scale (RcPresentation *self, double text_scale);
gboolean rc_presentation_get_high_contrast (RcPresentation *self);
void     rc_presentation_set_high_contrast (RcPresentation *self, gboolean high_contrast);
gboolean rc_presentation_get_reveal (RcPresentation *self);
void     rc_presentation_set_reveal (RcPresentation *self, gboolean reveal);
gboolean rc_presentation_get_quiz (RcPresentation *self);
void     rc_presentation_set_quiz (RcPresentation *self, gboolean quiz);
guint    rc_presentation_get_quiz_column (RcPresentation *self);
void     rc_presentation_set_quiz_column (RcPresentation *self, guint column);

G_END_DECLS
