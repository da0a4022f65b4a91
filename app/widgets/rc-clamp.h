/* rc-clamp.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_CLAMP (rc_clamp_get_type ())

G_DECLARE_FINAL_TYPE (RcClamp, rc_clamp, RC, CLAMP, GtkWidget)

/* A single-child container that gives its child at most "maximum-size"
 * logical pixels of width and centres it, so long text keeps a readable line
 * length on wide windows and still shrinks on narrow ones. */
GtkWidget *rc_clamp_new (void);

GtkWidget *rc_clamp_get_child (RcClamp *self);
void       rc_clamp_set_child (RcClamp *self, GtkWidget *child);
int        rc_clamp_get_maximum_size (RcClamp *self);
void       rc_clamp_set_maximum_size (RcClamp *self, int maximum_size);

G_END_DECLS
