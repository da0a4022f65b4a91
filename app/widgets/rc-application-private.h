/* rc-application-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-application.h"

G_BEGIN_DECLS

struct _RcApplication
{
  GtkApplication parent_instance;

  /* Owned References */
  RcKnowledgeBase *kb;
  GSettings       *settings;        /* or NULL */
  char            *settings_notice; /* a damaged settings file set aside, or NULL */
  RcStyleManager  *style_manager;
  char           **kb_dirs; /* from --kb-dir, or NULL */

  /* Borrowed References */
  GtkWindow *help_window; /* weak */
};

/* rc-application-actions.c: the app.* actions and their accelerators. */
void _rc_application_add_actions (RcApplication *self);

G_END_DECLS
