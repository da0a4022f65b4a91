/* rc-agent.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-agent.h"
#include "rc-drug-private.h"

struct _RcAgent
{
  GObject parent_instance;

  /* Owned References */
  char       *id;
  char       *label;
  RcAgentKind kind;
  char      **member_of;
};

G_DEFINE_FINAL_TYPE (RcAgent, rc_agent, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_KIND,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
rc_agent_finalize (GObject *object)
{
  RcAgent *self = RC_AGENT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->member_of, g_strfreev);

  G_OBJECT_CLASS (rc_agent_parent_class)->finalize (object);
}

static void
rc_agent_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcAgent *self = RC_AGENT (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_set_string (value, self->id);
        break;

      case PROP_LABEL:
        g_value_set_string (value, self->label);
        break;

      case PROP_KIND:
        g_value_set_int (value, self->kind);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_agent_class_init (RcAgentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_agent_finalize;
  object_class->get_property = rc_agent_get_property;

  properties[PROP_ID] = g_param_spec_string (
      "id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An RcAgentKind; the core has no enum GTypes. */
  properties[PROP_KIND] =
      g_param_spec_int ("kind", NULL, NULL, RC_AGENT_DRUG, RC_AGENT_SUBSTANCE, RC_AGENT_DRUG,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_agent_init (RcAgent *self)
{
}

RcAgent *
_rc_agent_new (const char *id, const char *label, RcAgentKind kind, const char *const *member_of)
{
  RcAgent          *self = g_object_new (RC_TYPE_AGENT, NULL);
  const char *const none[] = { NULL };

  self->id = g_strdup (id);
  self->label = g_strdup (label);
  self->kind = kind;
  self->member_of = g_strdupv ((char **) (member_of != NULL ? member_of : none));

  return self;
}

const char *
rc_agent_get_id (RcAgent *self)
{
  g_return_val_if_fail (RC_IS_AGENT (self), NULL);

  return self->id;
}

const char *
rc_agent_get_label (RcAgent *self)
{
  g_return_val_if_fail (RC_IS_AGENT (self), NULL);

  return self->label;
}

RcAgentKind
rc_agent_get_kind (RcAgent *self)
{
  g_return_val_if_fail (RC_IS_AGENT (self), RC_AGENT_DRUG);

  return self->kind;
}

const char *const *
rc_agent_get_member_of (RcAgent *self)
{
  g_return_val_if_fail (RC_IS_AGENT (self), NULL);

  return (const char *const *) self->member_of;
}
