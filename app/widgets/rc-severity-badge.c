/* rc-severity-badge.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-severity-badge.h"

#include "rc-format.h"

struct _RcSeverityBadge
{
  GtkWidget parent_instance;

  RcBadgeLevel level;

  /* Children */
  GtkWidget *image;
  GtkWidget *label;
};

enum
{
  PROP_0,
  PROP_LEVEL,
  PROP_ICON_NAME,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (RcBadgeLevel,
                    rc_badge_level,
                    G_DEFINE_ENUM_VALUE (RC_BADGE_NEUTRAL, "neutral"),
                    G_DEFINE_ENUM_VALUE (RC_BADGE_GOOD, "good"),
                    G_DEFINE_ENUM_VALUE (RC_BADGE_NOTICE, "notice"),
                    G_DEFINE_ENUM_VALUE (RC_BADGE_WARNING, "warning"),
                    G_DEFINE_ENUM_VALUE (RC_BADGE_DANGER, "danger"))

G_DEFINE_FINAL_TYPE (RcSeverityBadge, rc_severity_badge, GTK_TYPE_WIDGET)

static const char *const level_classes[] = {
  "rc-level-neutral", "rc-level-good", "rc-level-notice", "rc-level-warning", "rc-level-danger",
};

static void
set_level (RcSeverityBadge *self, RcBadgeLevel level)
{
  if (self->level == level)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self), level_classes[self->level]);
  self->level = level;
  gtk_widget_add_css_class (GTK_WIDGET (self), level_classes[self->level]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

static void
set_icon_name (RcSeverityBadge *self, const char *icon_name)
{
  if (g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (self->image)), icon_name) == 0)
    return;

  gtk_image_set_from_icon_name (GTK_IMAGE (self->image), icon_name);
  gtk_widget_set_visible (self->image, icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

static void
set_text (RcSeverityBadge *self, const char *text)
{
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->label)), text) == 0)
    return;

  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

static void
rc_severity_badge_dispose (GObject *object)
{
  RcSeverityBadge *self = RC_SEVERITY_BADGE (object);

  g_clear_pointer (&self->image, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (rc_severity_badge_parent_class)->dispose (object);
}

static void
rc_severity_badge_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSeverityBadge *self = RC_SEVERITY_BADGE (object);

  switch (prop_id)
    {
      case PROP_LEVEL:
        g_value_set_enum (value, self->level);
        break;
      case PROP_ICON_NAME:
        g_value_set_string (value, gtk_image_get_icon_name (GTK_IMAGE (self->image)));
        break;
      case PROP_TEXT:
        g_value_set_string (value, gtk_label_get_text (GTK_LABEL (self->label)));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_severity_badge_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RcSeverityBadge *self = RC_SEVERITY_BADGE (object);

  switch (prop_id)
    {
      case PROP_LEVEL:
        set_level (self, g_value_get_enum (value));
        break;
      case PROP_ICON_NAME:
        set_icon_name (self, g_value_get_string (value));
        break;
      case PROP_TEXT:
        set_text (self, g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_severity_badge_class_init (RcSeverityBadgeClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_severity_badge_dispose;
  object_class->get_property = rc_severity_badge_get_property;
  object_class->set_property = rc_severity_badge_set_property;

  properties[PROP_LEVEL] =
      g_param_spec_enum ("level", NULL, NULL, RC_TYPE_BADGE_LEVEL, RC_BADGE_NEUTRAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
      g_param_spec_string ("icon-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
      g_param_spec_string ("text", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-badge");
  /* Like an icon with a caption: one thing with one name for a screen
   * reader, whatever colour it is drawn in. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rc_severity_badge_init (RcSeverityBadge *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self), "rc-severity-badge");
  gtk_widget_add_css_class (GTK_WIDGET (self), level_classes[self->level]);

  self->image = g_object_new (GTK_TYPE_IMAGE, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              "visible", FALSE, NULL);
  gtk_widget_set_parent (self->image, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0f);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
}

GtkWidget *
rc_severity_badge_new (RcBadgeLevel level, const char *icon_name, const char *text)
{
  return g_object_new (RC_TYPE_SEVERITY_BADGE, "level", level, "icon-name", icon_name, "text", text,
                       NULL);
}

GtkWidget *
rc_severity_badge_new_for_severity (RcSeverity severity)
{
  RcBadgeLevel level = RC_BADGE_NOTICE;
  const char  *icon = "dialog-information-symbolic";

  /* Each severity gets its own icon as well as colour. */
  switch (severity)
    {
      case RC_SEVERITY_CONTRAINDICATED:
        level = RC_BADGE_DANGER;
        icon = "action-unavailable-symbolic";
        break;
      case RC_SEVERITY_AVOID:
        level = RC_BADGE_DANGER;
        icon = "dialog-error-symbolic";
        break;
      case RC_SEVERITY_CAUTION:
        level = RC_BADGE_WARNING;
        icon = "dialog-warning-symbolic";
        break;
      case RC_SEVERITY_MONITOR:
      default:
        break;
    }

  return rc_severity_badge_new (level, icon, rc_severity_to_string (severity));
}

GtkWidget *
rc_severity_badge_new_for_verdict (RcVerdict verdict)
{
  RcBadgeLevel level = RC_BADGE_NEUTRAL;
  const char  *icon = "dialog-question-symbolic";

  switch (verdict)
    {
      case RC_VERDICT_CONTRAINDICATED:
        level = RC_BADGE_DANGER;
        icon = "action-unavailable-symbolic";
        break;
      case RC_VERDICT_AVOID:
        level = RC_BADGE_DANGER;
        icon = "dialog-error-symbolic";
        break;
      case RC_VERDICT_CAUTION:
      case RC_VERDICT_ADJUST:
        level = RC_BADGE_WARNING;
        icon = "dialog-warning-symbolic";
        break;
      case RC_VERDICT_COMPATIBLE:
        level = RC_BADGE_GOOD;
        icon = "emblem-ok-symbolic";
        break;
      case RC_VERDICT_NOT_ESTABLISHED:
      case RC_VERDICT_NOT_STUDIED:
      case RC_VERDICT_LIMITED_DATA:
      default:
        break;
    }

  return rc_severity_badge_new (level, icon, rc_verdict_to_string (verdict));
}

GtkWidget *
rc_severity_badge_new_for_beers (RcBeers recommendation)
{
  RcBadgeLevel level = RC_BADGE_NEUTRAL;
  const char  *icon = "dialog-information-symbolic";

  switch (recommendation)
    {
      case RC_BEERS_AVOID:
        level = RC_BADGE_DANGER;
        icon = "dialog-error-symbolic";
        break;
      case RC_BEERS_AVOID_IF:
        level = RC_BADGE_WARNING;
        icon = "dialog-warning-symbolic";
        break;
      case RC_BEERS_EXEMPT:
      case RC_BEERS_NOT_LISTED:
      default:
        break;
    }

  return rc_severity_badge_new (level, icon, rc_beers_to_string (recommendation));
}

GtkWidget *
rc_severity_badge_new_for_schedule (RcSchedule schedule)
{
  /* A controlled substance must stand out on the page. */
  if (schedule != RC_SCHEDULE_NONE)
    return rc_severity_badge_new (RC_BADGE_WARNING, "dialog-warning-symbolic",
                                  rc_schedule_to_string (schedule));

  return rc_severity_badge_new (RC_BADGE_NEUTRAL, NULL, rc_schedule_to_string (schedule));
}

RcBadgeLevel
rc_severity_badge_get_level (RcSeverityBadge *self)
{
  g_return_val_if_fail (RC_IS_SEVERITY_BADGE (self), RC_BADGE_NEUTRAL);

  return self->level;
}

const char *
rc_severity_badge_get_text (RcSeverityBadge *self)
{
  g_return_val_if_fail (RC_IS_SEVERITY_BADGE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->label));
}
