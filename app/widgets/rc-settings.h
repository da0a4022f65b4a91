/* rc-settings.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The GSettings schema of the application, whatever the build profile. */
#define RC_SETTINGS_SCHEMA_ID "io.github.relaxantcompare.RelaxantCompare"

/* The application's settings. When the schema is not installed (an
 * uninstalled run without GSETTINGS_SCHEMA_DIR), the copy compiled into the
 * binary is used with an in-memory backend: settings then work for the
 * session but are not saved. Returns NULL only when even that copy cannot be
 * loaded (no writable runtime or temporary directory); callers then run
 * with defaults and remember nothing. Never aborts. */
GSettings *rc_settings_new (void) G_GNUC_WARN_UNUSED_RESULT;

/* Whether settings are only kept in memory (the fallback above). */
gboolean rc_settings_is_in_memory (GSettings *settings);

/* When the settings live in GLib's key file (no dconf: some sessions, a
 * Flatpak sandbox) and that file cannot be parsed, GIO silently reads it as
 * empty and its next write replaces it. This moves the damaged file aside
 * (FILE.corrupt-DATE-TIME, as rc_move_aside() names it) and returns a message for the user; NULL
 * when there was nothing to do. */
char *rc_settings_set_aside_damaged (GSettings *settings) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
