/* rc-source.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-source.h"
#include "rc-drug-private.h"

struct _RcSource
{
  GObject parent_instance;

  /* Owned References */
  char        *id;
  RcSourceKind kind;
  char        *title;
  char        *publisher;
  int          year;
  char       **urls;
};

G_DEFINE_FINAL_TYPE (RcSource, rc_source, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_YEAR,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
rc_source_finalize (GObject *object)
{
  RcSource *self = RC_SOURCE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->urls, g_strfreev);

  G_OBJECT_CLASS (rc_source_parent_class)->finalize (object);
}

static void
rc_source_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSource *self = RC_SOURCE (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_set_string (value, self->id);
        break;

      case PROP_KIND:
        g_value_set_int (value, self->kind);
        break;

      case PROP_TITLE:
        g_value_set_string (value, self->title);
        break;

      case PROP_PUBLISHER:
        g_value_set_string (value, self->publisher);
        break;

      case PROP_YEAR:
        g_value_set_int (value, self->year);
        break;

      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_source_class_init (RcSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_source_finalize;
  object_class->get_property = rc_source_get_property;

  properties[PROP_ID] = g_param_spec_string (
      "id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An RcSourceKind; the core has no enum GTypes. */
  properties[PROP_KIND] = g_param_spec_int (
      "kind", NULL, NULL, RC_SOURCE_LABEL, RC_SOURCE_ERROR_EXAMPLE, RC_SOURCE_LABEL,
      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
      g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHER] =
      g_param_spec_string ("publisher", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
      g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_source_init (RcSource *self)
{
}

RcSource *
_rc_source_new (const char        *id,
                RcSourceKind       kind,
                const char        *title,
                const char        *publisher,
                int                year,
                const char *const *urls)
{
  RcSource         *self = g_object_new (RC_TYPE_SOURCE, NULL);
  const char *const no_urls[] = { NULL };

  self->id = g_strdup (id);
  self->kind = kind;
  self->title = g_strdup (title);
  self->publisher = g_strdup (publisher);
  self->year = year;
  self->urls = g_strdupv ((char **) (urls != NULL ? urls : no_urls));

  return self;
}

const char *
rc_source_get_id (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), NULL);

  return self->id;
}

RcSourceKind
rc_source_get_kind (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), RC_SOURCE_LABEL);

  return self->kind;
}

const char *
rc_source_get_title (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
rc_source_get_publisher (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), NULL);

  return self->publisher;
}

int
rc_source_get_year (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), 0);

  return self->year;
}

const char *const *
rc_source_get_urls (RcSource *self)
{
  g_return_val_if_fail (RC_IS_SOURCE (self), NULL);

  return (const char *const *) self->urls;
}
