/* rc-section-heading.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_SECTION_HEADING (rc_section_heading_get_type ())

G_DECLARE_FINAL_TYPE (RcSectionHeading, rc_section_heading, RC, SECTION_HEADING, GtkWidget)

/* A section heading that takes keyboard focus (a GtkLabel only does when it
 * is selectable), so "go to section" can put the focus on it and Tab moves
 * from heading to heading. Accessible role "heading".
 * Properties: "label" (string), "level" (1–6). */
GtkWidget  *rc_section_heading_new (const char *label, int level);
const char *rc_section_heading_get_label (RcSectionHeading *self);
void        rc_section_heading_set_label (RcSectionHeading *self, const char *label);
int         rc_section_heading_get_level (RcSectionHeading *self);
void        rc_section_heading_set_level (RcSectionHeading *self, int level);

G_END_DECLS
