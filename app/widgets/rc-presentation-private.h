/* rc-presentation-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-presentation.h"

#include "rc-comparison.h"

G_BEGIN_DECLS

/* The presentation is one class in three files: this one (properties,
 * actions, styles), -slides.c (building the slides and fitting them to the
 * screen) and -keys.c (the keys, the key list and the corner controls). */

struct _RcPresentation
{
  GtkWindow parent_instance;

  /* Template Widgets */
  GtkStack    *stack;
  GtkLabel    *counter_label;
  GtkRevealer *controls_revealer;
  GtkWidget   *controls;
  GtkLabel    *scale_label;
  GtkDropDown *quiz_drop_down;
  GtkWidget   *help_box;
  GtkGrid     *help_grid;

  /* Borrowed References */
  GtkWidget          *focus_before; /* weak: the parent's focus when started */
  GtkEventController *controls_motion;

  /* Owned References */
  RcKnowledgeBase *kb;
  char           **drug_ids;
  RcComparison    *comparison; /* NULL when fewer than two drugs */
  GPtrArray       *slides;     /* GtkWidget*, in order (the stack holds them) */
  GHashTable      *uncovered;  /* cells uncovered in reveal mode */
  GtkCssProvider  *scale_css;

  guint    current;
  double   text_scale;
  gboolean only_differences;
  gboolean high_contrast;
  gboolean reveal;
  gboolean quiz;
  guint    quiz_column;

  /* The size and scale the slides were last fitted for. */
  int      fit_width;
  int      fit_height;
  double   fit_scale;
  gboolean split;       /* some section is on more than one slide */
  gboolean fit_pending; /* slides were made that are still to be fitted */
  guint    fit_idle_id;

  guint  hide_controls_id;
  double pointer_x, pointer_y;
};

/* rc-presentation.c */
void _rc_presentation_notify_slides (RcPresentation *self,
                                     gboolean        n_slides_changed,
                                     gboolean        current_changed);

/* rc-presentation-slides.c */
void _rc_presentation_rebuild_slides (RcPresentation *self);
void _rc_presentation_show_current (RcPresentation *self);
void _rc_presentation_apply_modes (RcPresentation *self);
/* Fits the slides to the slide area again after the next frame's layout,
 * once new slides or a new style are in force. */
void _rc_presentation_refit (RcPresentation *self);
/* Called after each allocation: fits when the size or scale changed. */
void _rc_presentation_check_fit (RcPresentation *self);

/* rc-presentation-keys.c */
void _rc_presentation_init_keys (RcPresentation *self);
void _rc_presentation_show_controls (RcPresentation *self);
void _rc_presentation_update_scale_label (RcPresentation *self);

G_END_DECLS
