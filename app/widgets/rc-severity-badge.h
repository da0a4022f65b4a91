/* rc-severity-badge.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-types.h"

G_BEGIN_DECLS

/* How serious a badge looks. The level picks the colour; the icon and the
 * text carry the same meaning, so colour is never the only cue. */
typedef enum
{
  RC_BADGE_NEUTRAL,
  RC_BADGE_GOOD,
  RC_BADGE_NOTICE,
  RC_BADGE_WARNING,
  RC_BADGE_DANGER,
} RcBadgeLevel;

#define RC_TYPE_BADGE_LEVEL (rc_badge_level_get_type ())
GType rc_badge_level_get_type (void) G_GNUC_CONST;

#define RC_TYPE_SEVERITY_BADGE (rc_severity_badge_get_type ())

G_DECLARE_FINAL_TYPE (RcSeverityBadge, rc_severity_badge, RC, SEVERITY_BADGE, GtkWidget)

/* A pill with an icon and a text. Properties: "level", "icon-name", "text". */
GtkWidget *rc_severity_badge_new (RcBadgeLevel level, const char *icon_name, const char *text);

/* Badges for the model's enums, with texts from rc-format. */
GtkWidget *rc_severity_badge_new_for_severity (RcSeverity severity);
GtkWidget *rc_severity_badge_new_for_verdict (RcVerdict verdict);
GtkWidget *rc_severity_badge_new_for_beers (RcBeers recommendation);
GtkWidget *rc_severity_badge_new_for_schedule (RcSchedule schedule);

RcBadgeLevel rc_severity_badge_get_level (RcSeverityBadge *self);
const char  *rc_severity_badge_get_text (RcSeverityBadge *self);

G_END_DECLS
