/* rc-source.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-types.h"

G_BEGIN_DECLS

typedef enum
{
  RC_SOURCE_LABEL,
  RC_SOURCE_LABEL_COPY,
  RC_SOURCE_REGULATORY,
  RC_SOURCE_AUTHORITATIVE,
  RC_SOURCE_STUDY,
  RC_SOURCE_SECONDARY,
  RC_SOURCE_ERROR_EXAMPLE,
} RcSourceKind;

#define RC_TYPE_SOURCE (rc_source_get_type ())

G_DECLARE_FINAL_TYPE (RcSource, rc_source, RC, SOURCE, GObject)

/* Read-only properties: "id", "kind", "title", "publisher", "year". */
const char        *rc_source_get_id (RcSource *self);
RcSourceKind       rc_source_get_kind (RcSource *self);
const char        *rc_source_get_title (RcSource *self);
const char        *rc_source_get_publisher (RcSource *self); /* or NULL */
int                rc_source_get_year (RcSource *self);      /* 0 if not given */
const char *const *rc_source_get_urls (RcSource *self);      /* at least one */

G_END_DECLS
