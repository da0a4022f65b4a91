/* rc-table-export-dialog.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-comparison.h"
#include "rc-table-export.h"

G_BEGIN_DECLS

#define RC_TYPE_TABLE_EXPORT_DIALOG (rc_table_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RcTableExportDialog, rc_table_export_dialog, RC, TABLE_EXPORT_DIALOG, GObject)

/* "Export Table…": a save dialog with CSV, Markdown and HTML filters that
 * writes the comparison with rc_table_export_to_file() (atomically). The
 * format is the file's extension (.csv, .md, .markdown, .html, .htm) when
 * it has one of those, else the chosen filter's; the name is kept as typed,
 * and the chooser itself asks before replacing a file. A failure is shown
 * in a dialog over the parent. The object keeps itself alive while its
 * dialog is open. Construct-only properties: "parent", "comparison".
 * Signal "finished" (GFile *file or NULL when cancelled, gboolean written)
 * follows the answer. */
RcTableExportDialog *
rc_table_export_dialog_new (GtkWindow *parent, RcComparison *comparison) G_GNUC_WARN_UNUSED_RESULT;
void rc_table_export_dialog_present (RcTableExportDialog *self);

/* The window's win.export-table: the table of drug_ids (NULL or empty:
 * every drug). */
void
rc_table_export_dialog_show (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids);

/* The format a file is written in: its extension's, else filter_format. */
RcTableFormat rc_table_export_dialog_format_for_file (GFile *file, RcTableFormat filter_format);

G_END_DECLS
