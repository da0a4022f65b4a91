/* rc-chart-export.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-chart.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CHART_FORMAT_PNG,
  RC_CHART_FORMAT_SVG,
  RC_CHART_FORMAT_PDF,
} RcChartFormat;

/* Limits of an exported chart, in chart units (CSS pixels; PDF points). */
#define RC_CHART_EXPORT_MIN_SIZE 200
#define RC_CHART_EXPORT_MAX_SIZE 8000
#define RC_CHART_EXPORT_MAX_SCALE 4

/* The format named by a file's extension (.png, .svg, .pdf; any case). */
gboolean rc_chart_format_from_filename (const char *filename, RcChartFormat *format);

/* Checks size and scale against the limits, with a message that says
 * what is allowed. */
gboolean rc_chart_export_check_size (int width, int height, int scale, GError **error);

/* Draws the chart into a PNG (at scale × the size, marked as such), an SVG
 * or a one-page PDF; vector formats ignore scale. The SVG and PDF carry the
 * chart's title and text summary as their title and description. */
GBytes *rc_chart_export_to_bytes (RcChart            *chart,
                                  const RcChartStyle *style,
                                  RcChartFormat       format,
                                  int                 width,
                                  int                 height,
                                  int                 scale,
                                  GError            **error) G_GNUC_WARN_UNUSED_RESULT;

/* Writes the chart to a file, the format taken from its extension.
 * Atomic: the bytes go to a temporary file in the same directory, which
 * then replaces the target; on any error nothing is left behind. */
gboolean rc_chart_export_to_file (RcChart            *chart,
                                  const RcChartStyle *style,
                                  const char         *filename,
                                  int                 width,
                                  int                 height,
                                  int                 scale,
                                  GError            **error);

G_END_DECLS
