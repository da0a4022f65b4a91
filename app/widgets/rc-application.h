/* rc-application.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-knowledge-base.h"
#include "rc-style-manager.h"

G_BEGIN_DECLS

#define RC_TYPE_APPLICATION (rc_application_get_type ())

G_DECLARE_FINAL_TYPE (RcApplication, rc_application, RC, APPLICATION, GtkApplication)

RcApplication *rc_application_new (void);

/* Read-only property "knowledge-base": loaded once at startup (the built-in
 * base, the standard overlay folders, then every --kb-dir). NULL before
 * startup. */
RcKnowledgeBase *rc_application_get_knowledge_base (RcApplication *self);

/* The application's settings, or NULL when no settings schema could be
 * loaded at all (see rc_settings_new()). */
GSettings *rc_application_get_settings (RcApplication *self);

/* What the user should know about their settings file (it was damaged and
 * has been set aside), or NULL; see rc_settings_set_aside_damaged(). */
const char *rc_application_get_settings_notice (RcApplication *self);

RcStyleManager *rc_application_get_style_manager (RcApplication *self);

G_END_DECLS
