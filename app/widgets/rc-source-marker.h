/* rc-source-marker.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-drug.h"

G_BEGIN_DECLS

#define RC_TYPE_SOURCE_MARKER (rc_source_marker_get_type ())

G_DECLARE_FINAL_TYPE (RcSourceMarker, rc_source_marker, RC, SOURCE_MARKER, GtkButton)

/* The action a marker activates with the first cited source id ("s"). A drug
 * page installs it and scrolls to that entry of its Sources section; where no
 * ancestor provides it, the marker shows the sources in a popover instead. */
#define RC_SOURCE_MARKER_ACTION "drug-page.show-source"

/* A small flat button after a fact that names its sources: the label shows
 * their numbers in the drug's source list, the tooltip their titles.
 * Properties: "drug" (RcDrug*, the one whose source list is used) and
 * "sources" (GStrv of source ids). */
GtkWidget *rc_source_marker_new (RcDrug *drug, const char *const *sources);

RcDrug            *rc_source_marker_get_drug (RcSourceMarker *self);
void               rc_source_marker_set_drug (RcSourceMarker *self, RcDrug *drug);
const char *const *rc_source_marker_get_sources (RcSourceMarker *self);
void               rc_source_marker_set_sources (RcSourceMarker *self, const char *const *sources);

/* 1-based position of a source in the drug's list, or 0 when not there. */
guint rc_source_marker_lookup_number (RcDrug *drug, const char *source_id);

G_END_DECLS
