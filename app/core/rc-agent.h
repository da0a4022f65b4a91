/* rc-agent.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-types.h"

G_BEGIN_DECLS

#define RC_TYPE_AGENT (rc_agent_get_type ())

G_DECLARE_FINAL_TYPE (RcAgent, rc_agent, RC, AGENT, GObject)

typedef enum
{
  RC_AGENT_DRUG,
  RC_AGENT_CLASS,
  RC_AGENT_SUBSTANCE,
} RcAgentKind;

/* An interacting drug, class or substance of the shared vocabulary
 * (data/agents.xml). Read-only properties: "id", "label", "kind". */
const char *rc_agent_get_id (RcAgent *self);
const char *rc_agent_get_label (RcAgent *self);
RcAgentKind rc_agent_get_kind (RcAgent *self);
/* Ids of the broader classes it belongs to (NULL-terminated, maybe empty). */
const char *const *rc_agent_get_member_of (RcAgent *self);

G_END_DECLS
