/* rc-comparison.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rc-knowledge-base.h"
#include "rc-format.h"

G_BEGIN_DECLS

/* One cell: a drug's value for one row. */
typedef struct
{
  char    *text; /* translated, with units; "Not reported" when so */
  gboolean has_number;
  double   number; /* when the row is numeric (e.g. max_daily_dose_mg) */
  gboolean not_reported;
  gboolean unverified;
  char   **sources; /* source ids, NULL-terminated */
} RcComparisonCell;

typedef struct
{
  char              *key;           /* stable, e.g. "max_daily_dose_mg" */
  char              *section_key;   /* "identity", "dosing", … */
  char              *section_label; /* translated */
  char              *label;         /* translated */
  gboolean           differs;       /* cells are not all the same */
  RcComparisonCell **cells;         /* one per chosen drug, in order */
} RcComparisonRow;

#define RC_TYPE_COMPARISON (rc_comparison_get_type ())

G_DECLARE_FINAL_TYPE (RcComparison, rc_comparison, RC, COMPARISON, GObject)

/* Builds the side-by-side table for the chosen drugs (ids, in column
 * order). Unknown ids are an error (G_IO_ERROR_NOT_FOUND, naming the id). */
RcComparison *rc_comparison_new (RcKnowledgeBase *kb, const char *const *drug_ids, GError **error);

guint                  rc_comparison_get_n_drugs (RcComparison *self);
RcDrug                *rc_comparison_get_drug (RcComparison *self, guint column);
guint                  rc_comparison_get_n_rows (RcComparison *self);
const RcComparisonRow *rc_comparison_get_row (RcComparison *self, guint index);
const RcComparisonRow *rc_comparison_lookup_row (RcComparison *self, const char *key);

/* The same row with numbers written in the given style: RC_FORMAT_LOCALE is
 * what rc_comparison_get_row() returns; RC_FORMAT_C (C-locale numbers,
 * hyphens for ranges) is for CSV. Keys, labels, flags and sources are equal. */
const RcComparisonRow *
rc_comparison_get_row_in_style (RcComparison *self, guint index, RcFormatStyle style);

/* All row keys in order, for documentation and tests. */
const char *const *rc_comparison_get_row_keys (void);

G_END_DECLS
