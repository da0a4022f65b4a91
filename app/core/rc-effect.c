/* rc-effect.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-effect.h"
#include "rc-drug-private.h"

struct _RcEffect
{
  GObject parent_instance;

  /* Owned References */
  char *id;
  char *label;
  char *system_id;
  char *system_label;
};

G_DEFINE_FINAL_TYPE (RcEffect, rc_effect, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_SYSTEM_ID,
  PROP_SYSTEM_LABEL,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
rc_effect_finalize (GObject *object)
{
  RcEffect *self = RC_EFFECT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->system_id, g_free);
  g_clear_pointer (&self->system_label, g_free);

  G_OBJECT_CLASS (rc_effect_parent_class)->finalize (object);
}

static void
rc_effect_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcEffect *self = RC_EFFECT (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_set_string (value, self->id);
        break;

      case PROP_LABEL:
        g_value_set_string (value, self->label);
        break;

      case PROP_SYSTEM_ID:
        g_value_set_string (value, self->system_id);
        break;

      case PROP_SYSTEM_LABEL:
        g_value_set_string (value, self->system_label);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_effect_class_init (RcEffectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_effect_finalize;
  object_class->get_property = rc_effect_get_property;

  properties[PROP_ID] = g_param_spec_string (
      "id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYSTEM_ID] =
      g_param_spec_string ("system-id", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYSTEM_LABEL] =
      g_param_spec_string ("system-label", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_effect_init (RcEffect *self)
{
}

RcEffect *
_rc_effect_new (const char *id, const char *label, const char *system_id, const char *system_label)
{
  RcEffect *self = g_object_new (RC_TYPE_EFFECT, NULL);

  self->id = g_strdup (id);
  self->label = g_strdup (label);
  self->system_id = g_strdup (system_id);
  self->system_label = g_strdup (system_label);

  return self;
}

const char *
rc_effect_get_id (RcEffect *self)
{
  g_return_val_if_fail (RC_IS_EFFECT (self), NULL);

  return self->id;
}

const char *
rc_effect_get_label (RcEffect *self)
{
  g_return_val_if_fail (RC_IS_EFFECT (self), NULL);

  return self->label;
}

const char *
rc_effect_get_system_id (RcEffect *self)
{
  g_return_val_if_fail (RC_IS_EFFECT (self), NULL);

  return self->system_id;
}

const char *
rc_effect_get_system_label (RcEffect *self)
{
  g_return_val_if_fail (RC_IS_EFFECT (self), NULL);

  return self->system_label;
}
