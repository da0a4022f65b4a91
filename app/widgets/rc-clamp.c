/* rc-clamp.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-clamp.h"

struct _RcClamp
{
  GtkWidget parent_instance;

  /* Owned References */
  GtkWidget *child;

  int maximum_size;
};

enum
{
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rc_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RcClamp,
                               rc_clamp,
                               GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, rc_clamp_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

/* The width the child gets out of the width offered to the clamp: never
 * more than maximum_size, never less than what the child needs. */
static int
child_width_for (RcClamp *self, int width)
{
  int child_min = 0;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);

  return MAX (child_min, MIN (width, self->maximum_size));
}

static void
rc_clamp_measure (GtkWidget     *widget,
                  GtkOrientation orientation,
                  int            for_size,
                  int           *minimum,
                  int           *natural,
                  int           *minimum_baseline,
                  int           *natural_baseline)
{
  RcClamp *self = RC_CLAMP (widget);
  int      child_min = 0;
  int      child_nat = 0;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    {
      *minimum = *natural = 0;
      return;
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum = child_min;
      *natural = MAX (child_min, MIN (child_nat, self->maximum_size));
    }
  else
    {
      int child_for_size = for_size < 0 ? -1 : child_width_for (self, for_size);

      gtk_widget_measure (self->child, orientation, child_for_size, &child_min, &child_nat, NULL,
                          NULL);
      *minimum = child_min;
      *natural = child_nat;
    }
}

static void
rc_clamp_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  RcClamp *self = RC_CLAMP (widget);
  int      child_width;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  child_width = child_width_for (self, width);
  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation){ .x = MAX (0, (width - child_width) / 2),
                                              .width = child_width,
                                              .height = height },
                            baseline);
}

static GtkSizeRequestMode
rc_clamp_get_request_mode (GtkWidget *widget)
{
  RcClamp *self = RC_CLAMP (widget);

  return self->child != NULL ? gtk_widget_get_request_mode (self->child)
                             : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
rc_clamp_dispose (GObject *object)
{
  RcClamp *self = RC_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (rc_clamp_parent_class)->dispose (object);
}

static void
rc_clamp_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcClamp *self = RC_CLAMP (object);

  switch (prop_id)
    {
      case PROP_CHILD:
        g_value_set_object (value, self->child);
        break;
      case PROP_MAXIMUM_SIZE:
        g_value_set_int (value, self->maximum_size);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_clamp_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcClamp *self = RC_CLAMP (object);

  switch (prop_id)
    {
      case PROP_CHILD:
        rc_clamp_set_child (self, g_value_get_object (value));
        break;
      case PROP_MAXIMUM_SIZE:
        rc_clamp_set_maximum_size (self, g_value_get_int (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_clamp_class_init (RcClampClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_clamp_dispose;
  object_class->get_property = rc_clamp_get_property;
  object_class->set_property = rc_clamp_set_property;

  widget_class->measure = rc_clamp_measure;
  widget_class->size_allocate = rc_clamp_size_allocate;
  widget_class->get_request_mode = rc_clamp_get_request_mode;

  properties[PROP_CHILD] =
      g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_SIZE] =
      g_param_spec_int ("maximum-size", NULL, NULL, 0, G_MAXINT, 840,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "rc-clamp");
}

static void
rc_clamp_init (RcClamp *self)
{
  self->maximum_size = 840;
}

static void
rc_clamp_buildable_add_child (GtkBuildable *buildable,
                              GtkBuilder   *builder,
                              GObject      *child,
                              const char   *type)
{
  if (GTK_IS_WIDGET (child))
    rc_clamp_set_child (RC_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
rc_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = rc_clamp_buildable_add_child;
}

GtkWidget *
rc_clamp_new (void)
{
  return g_object_new (RC_TYPE_CLAMP, NULL);
}

GtkWidget *
rc_clamp_get_child (RcClamp *self)
{
  g_return_val_if_fail (RC_IS_CLAMP (self), NULL);

  return self->child;
}

void
rc_clamp_set_child (RcClamp *self, GtkWidget *child)
{
  g_return_if_fail (RC_IS_CLAMP (self));
  g_return_if_fail (child == NULL || gtk_widget_get_parent (child) == NULL);

  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
rc_clamp_get_maximum_size (RcClamp *self)
{
  g_return_val_if_fail (RC_IS_CLAMP (self), 0);

  return self->maximum_size;
}

void
rc_clamp_set_maximum_size (RcClamp *self, int maximum_size)
{
  g_return_if_fail (RC_IS_CLAMP (self));

  if (self->maximum_size == maximum_size)
    return;

  self->maximum_size = maximum_size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_SIZE]);
}
