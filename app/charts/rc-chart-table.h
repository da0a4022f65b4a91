/* rc-chart-table.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The numbers of a chart as text in rows and columns, for the "Show as
 * table" view and for people who cannot see the chart. */
typedef struct
{
  char     **columns; /* translated headers */
  GPtrArray *rows;    /* of char ** (NULL-terminated, one cell per column) */
} RcChartTable;

RcChartTable *rc_chart_table_new (const char *const *columns) G_GNUC_WARN_UNUSED_RESULT;
void          rc_chart_table_free (RcChartTable *table);
guint         rc_chart_table_get_n_columns (const RcChartTable *table);
/* Both take ownership of the cells, one per column; missing trailing cells
 * are empty. */
void rc_chart_table_add_row (RcChartTable *table, ...) G_GNUC_NULL_TERMINATED;
void rc_chart_table_add_rowv (RcChartTable *table, char **cells);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcChartTable, rc_chart_table_free)

G_END_DECLS
