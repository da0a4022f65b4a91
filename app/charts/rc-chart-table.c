/* rc-chart-table.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>

#include "rc-chart-table.h"

RcChartTable *
rc_chart_table_new (const char *const *columns)
{
  RcChartTable *table = g_new0 (RcChartTable, 1);

  table->columns = g_strdupv ((char **) columns);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
rc_chart_table_free (RcChartTable *table)
{
  if (table == NULL)
    return;
  g_strfreev (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

guint
rc_chart_table_get_n_columns (const RcChartTable *table)
{
  return g_strv_length (table->columns);
}

void
rc_chart_table_add_rowv (RcChartTable *table, char **cells)
{
  guint  n = rc_chart_table_get_n_columns (table);
  char **row = g_new0 (char *, n + 1);
  guint  given = cells != NULL ? g_strv_length (cells) : 0;

  /* Missing cells are empty, extra ones dropped: a row always matches the
   * header. */
  for (guint i = 0; i < n; i++)
    row[i] = i < given ? g_steal_pointer (&cells[i]) : g_strdup ("");
  for (guint i = n; i < given; i++)
    g_free (cells[i]);
  g_free (cells);
  g_ptr_array_add (table->rows, row);
}

void
rc_chart_table_add_row (RcChartTable *table, ...)
{
  GPtrArray *cells = g_ptr_array_new ();
  va_list    args;
  char      *cell;

  va_start (args, table);
  while ((cell = va_arg (args, char *)) != NULL)
    g_ptr_array_add (cells, cell);
  va_end (args);
  g_ptr_array_add (cells, NULL);
  rc_chart_table_add_rowv (table, (char **) g_ptr_array_free (cells, FALSE));
}
