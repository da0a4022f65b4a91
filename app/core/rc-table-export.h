/* rc-table-export.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-comparison.h"

G_BEGIN_DECLS

typedef enum
{
  RC_TABLE_FORMAT_CSV,
  RC_TABLE_FORMAT_MARKDOWN,
  RC_TABLE_FORMAT_HTML,
  RC_TABLE_FORMAT_TSV, /* clipboard */
} RcTableFormat;

/* "csv", "markdown" (or "md"), "html", "tsv"; FALSE when unknown. */
gboolean rc_table_format_from_string (const char *name, RcTableFormat *format);

/* Renders the comparison. CSV is locale-independent (C numbers, RFC 4180
 * quoting, CRLF); the others follow the current locale for labels. */
char *rc_table_export_to_string (RcComparison *comparison, RcTableFormat format);

/* Appends one CSV field with RFC 4180 quoting: a field containing a comma,
 * a double quote, CR or LF is put in double quotes, with quotes doubled. */
void rc_table_export_append_csv_field (GString *out, const char *field);

/* Writes atomically: on any failure the target is left as it was. */
gboolean rc_table_export_to_file (RcComparison *comparison,
                                  RcTableFormat format,
                                  GFile        *file,
                                  GError      **error);

G_END_DECLS
