/* rc-handout-print.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "rc-handout.h"

G_BEGIN_DECLS

#define RC_TYPE_HANDOUT_PRINT (rc_handout_print_get_type ())

G_DECLARE_FINAL_TYPE (RcHandoutPrint, rc_handout_print, RC, HANDOUT_PRINT, GtkPrintOperation)

/* Prints a handout: begin-print lays it out on the chosen paper (the whole
 * sheet, in points, with the handout's own margins) and draw-page draws the
 * same pages as the PDF export. Construct-only property: "handout". */
RcHandoutPrint *rc_handout_print_new (RcHandout *handout) G_GNUC_WARN_UNUSED_RESULT;
RcHandout      *rc_handout_print_get_handout (RcHandoutPrint *self);

/* The window's "Print…" (win.print): the print dialog, then the handout of
 * drug_ids (NULL or empty: every drug). Print settings and page setup are
 * remembered on parent for the next time; errors are shown in a dialog. */
void rc_handout_print_run (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids);

/* The window's "Export Handout as PDF…" (win.export-handout): a save
 * dialog, then the PDF, on the paper last chosen for printing from parent
 * or else the locale's default paper. Errors are shown in a dialog. */
void
rc_handout_print_export_pdf (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids);

/* The paper size, in points, that rc_handout_print_export_pdf() uses. */
void rc_handout_print_get_paper_size (GtkWindow *parent, double *width, double *height);

G_END_DECLS
