/* rc-source-list.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-drug.h"

G_BEGIN_DECLS

#define RC_TYPE_SOURCE_LIST (rc_source_list_get_type ())

G_DECLARE_FINAL_TYPE (RcSourceList, rc_source_list, RC, SOURCE_LIST, GtkWidget)

/* A numbered list of a drug's sources: number, title, publisher and year,
 * and links that open in the browser. With source_ids it lists only those
 * (numbered as in the drug's full list); with NULL it lists them all. */
GtkWidget *rc_source_list_new (RcDrug *drug, const char *const *source_ids);

/* The focusable entry of one source, or NULL when it is not listed. */
GtkWidget *rc_source_list_get_entry (RcSourceList *self, const char *source_id);

G_END_DECLS
