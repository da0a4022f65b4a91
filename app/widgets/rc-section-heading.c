/* rc-section-heading.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-section-heading.h"

struct _RcSectionHeading
{
  GtkWidget parent_instance;

  /* Children */
  GtkWidget *label;

  int level;
};

enum
{
  PROP_0,
  PROP_LABEL,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcSectionHeading, rc_section_heading, GTK_TYPE_WIDGET)

static void
rc_section_heading_dispose (GObject *object)
{
  RcSectionHeading *self = RC_SECTION_HEADING (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rc_section_heading_parent_class)->dispose (object);
}

static void
rc_section_heading_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSectionHeading *self = RC_SECTION_HEADING (object);

  switch (prop_id)
    {
      case PROP_LABEL:
        g_value_set_string (value, rc_section_heading_get_label (self));
        break;
      case PROP_LEVEL:
        g_value_set_int (value, self->level);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_section_heading_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RcSectionHeading *self = RC_SECTION_HEADING (object);

  switch (prop_id)
    {
      case PROP_LABEL:
        rc_section_heading_set_label (self, g_value_get_string (value));
        break;
      case PROP_LEVEL:
        rc_section_heading_set_level (self, g_value_get_int (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_section_heading_class_init (RcSectionHeadingClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_section_heading_dispose;
  object_class->get_property = rc_section_heading_get_property;
  object_class->set_property = rc_section_heading_set_property;

  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
      g_param_spec_int ("level", NULL, NULL, 1, 6, 2,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-section-heading");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_HEADING);
}

static void
rc_section_heading_init (RcSectionHeading *self)
{
  self->level = 2;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  self->label = g_object_new (GTK_TYPE_LABEL, "wrap", TRUE, "xalign", 0.0f, "accessible-role",
                              GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
}

GtkWidget *
rc_section_heading_new (const char *label, int level)
{
  return g_object_new (RC_TYPE_SECTION_HEADING, "label", label, "level", level, NULL);
}

const char *
rc_section_heading_get_label (RcSectionHeading *self)
{
  g_return_val_if_fail (RC_IS_SECTION_HEADING (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->label));
}

void
rc_section_heading_set_label (RcSectionHeading *self, const char *label)
{
  g_return_if_fail (RC_IS_SECTION_HEADING (self));

  if (g_strcmp0 (label, gtk_label_get_label (GTK_LABEL (self->label))) == 0)
    return;

  gtk_label_set_label (GTK_LABEL (self->label), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

int
rc_section_heading_get_level (RcSectionHeading *self)
{
  g_return_val_if_fail (RC_IS_SECTION_HEADING (self), 0);

  return self->level;
}

void
rc_section_heading_set_level (RcSectionHeading *self, int level)
{
  g_return_if_fail (RC_IS_SECTION_HEADING (self));
  g_return_if_fail (level >= 1 && level <= 6);

  if (self->level == level)
    return;

  self->level = level;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LEVEL, level, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}
