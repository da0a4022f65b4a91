/* rc-chart-test-utils.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rc-chart.h"
#include "rc-knowledge-base.h"

G_BEGIN_DECLS

extern const char *const rc_test_drug_ids[]; /* the five, in the shipped order */

RcKnowledgeBase *rc_test_load_kb (void);

/* Lays out and draws a chart into a new image surface of width × height
 * at a device scale. */
cairo_surface_t *
rc_test_render (RcChart *chart, const RcChartStyle *style, int width, int height, int scale);

/* The colour at chart coordinates (x, y). */
void rc_test_pixel (cairo_surface_t *surface, double x, double y, RcChartColor *out);
/* The largest channel difference, 0..1. */
double rc_test_color_distance (const RcChartColor *a, const RcChartColor *b);
/* Whether any device pixel within radius device pixels of (x, y) is within
 * tolerance of colour. */
gboolean rc_test_find_color (cairo_surface_t    *surface,
                             double              x,
                             double              y,
                             int                 radius,
                             const RcChartColor *color,
                             double              tolerance);

/* Where test output goes (the build directory); the file name is joined. */
char *rc_test_output_path (const char *name);
void  rc_test_save_png (cairo_surface_t *surface, const char *name);

/* Fails when two texts of the chart's scene overlap. */
void rc_test_assert_no_text_overlap (RcChart *chart, const char *what);

G_END_DECLS
