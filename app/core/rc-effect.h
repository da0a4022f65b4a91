/* rc-effect.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-types.h"

G_BEGIN_DECLS

#define RC_TYPE_EFFECT (rc_effect_get_type ())

G_DECLARE_FINAL_TYPE (RcEffect, rc_effect, RC, EFFECT, GObject)

/* An adverse effect of the shared vocabulary (data/effects.xml).
 * Read-only properties: "id", "label" (translated), "system-id",
 * "system-label" (translated body system). */
const char *rc_effect_get_id (RcEffect *self);
const char *rc_effect_get_label (RcEffect *self);
const char *rc_effect_get_system_id (RcEffect *self);
const char *rc_effect_get_system_label (RcEffect *self);

G_END_DECLS
