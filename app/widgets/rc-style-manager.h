/* rc-style-manager.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RC_TYPE_STYLE_MANAGER (rc_style_manager_get_type ())

G_DECLARE_FINAL_TYPE (RcStyleManager, rc_style_manager, RC, STYLE_MANAGER, GObject)

/* Decides between the light and the dark style. "color-scheme" is the
 * user's choice ("follow", "light" or "dark"; bound to the settings key of
 * the same name when settings are given). "follow" uses the desktop's
 * preference: the freedesktop settings portal (org.freedesktop.appearance
 * color-scheme), else org.gnome.desktop.interface color-scheme, else light.
 * The result is the read-only "dark" property, applied to GtkSettings
 * gtk-application-prefer-dark-theme. The portal is asked asynchronously:
 * start-up never waits for D-Bus. */
RcStyleManager *rc_style_manager_new (GSettings *settings, GDBusConnection *bus);

const char *rc_style_manager_get_color_scheme (RcStyleManager *self);
void        rc_style_manager_set_color_scheme (RcStyleManager *self, const char *color_scheme);
gboolean    rc_style_manager_get_dark (RcStyleManager *self);
/* What the desktop prefers, whatever the user chose. */
gboolean rc_style_manager_get_system_prefers_dark (RcStyleManager *self);

G_END_DECLS
