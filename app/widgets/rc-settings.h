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

G_END_DECLS
