/* rc-cli-chart.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* --export-chart KIND --drugs ID,… --output FILE [--size WxH] [--scale N]
 * [--theme light|dark|print]. kind is "titration", "side-effects" or
 * "concentration"; the format comes from the file's extension (.png, .svg,
 * .pdf). size may be NULL (default 1200x800), scale 0 (default 1), theme
 * NULL (light). Writes atomically; on error nothing is written and error
 * says what was wrong in plain words. */
gboolean rc_cli_export_chart (RcKnowledgeBase   *kb,
                              const char        *kind,
                              const char *const *drug_ids,
                              const char        *output,
                              const char        *size,
                              int                scale,
                              const char        *theme,
                              GError           **error);

/* Checks --size and --scale as rc_cli_export_chart () will read them (size
 * NULL and scale 0 mean the defaults), so a bad value is a usage error
 * before anything is drawn. */
gboolean rc_cli_check_chart_geometry (const char *size, int scale, GError **error);

G_END_DECLS
