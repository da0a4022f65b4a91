/* rc-cli-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-cli-chart.h"

/* Replaced by the charts work; until then the command refuses cleanly. */
gboolean
rc_cli_export_chart (RcKnowledgeBase   *kb,
                     const char        *kind,
                     const char *const *drug_ids,
                     const char        *output,
                     const char        *size,
                     int                scale,
                     const char        *theme,
                     GError           **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
               _ ("Chart export is not available in this build"));
  return FALSE;
}
