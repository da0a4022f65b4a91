/* rc-chart-style.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef enum
{
  RC_CHART_THEME_LIGHT,
  RC_CHART_THEME_DARK,
  RC_CHART_THEME_PRINT,
} RcChartTheme;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} RcChartColor;

typedef enum
{
  RC_CHART_MARKER_CIRCLE,
  RC_CHART_MARKER_SQUARE,
  RC_CHART_MARKER_TRIANGLE,
  RC_CHART_MARKER_DIAMOND,
  RC_CHART_MARKER_TRIANGLE_DOWN,
  RC_CHART_MARKER_CROSS,
  RC_CHART_MARKER_PLUS,
  RC_CHART_N_MARKERS,
} RcChartMarker;

/* Everything a chart needs to know about how to look. Charts never read a
 * widget, a setting or a global: the caller builds this. */
typedef struct
{
  RcChartTheme          theme;
  gboolean              fill_background; /* exports fill; the widget shows its own */
  RcChartColor          background;
  RcChartColor          foreground; /* text and axes */
  RcChartColor          muted;      /* secondary text */
  RcChartColor          grid;
  RcChartColor          shade; /* phase bands */
  PangoFontDescription *font;
  double                scale; /* device pixels per unit, for crisp lines */
} RcChartStyle;

RcChartStyle *rc_chart_style_new (RcChartTheme theme) G_GNUC_WARN_UNUSED_RESULT;
RcChartStyle *rc_chart_style_copy (const RcChartStyle *style) G_GNUC_WARN_UNUSED_RESULT;
void          rc_chart_style_free (RcChartStyle *style);
gboolean      rc_chart_style_equal (const RcChartStyle *a, const RcChartStyle *b);

/* Takes text colour, background and font from a theme (the widget's), and
 * derives the secondary colours from them. */
void rc_chart_style_set_colors (RcChartStyle       *style,
                                const RcChartColor *foreground,
                                const RcChartColor *background);
void rc_chart_style_set_font (RcChartStyle *style, const PangoFontDescription *font);
void rc_chart_style_set_scale (RcChartStyle *style, double scale);

/* A drug keeps one colour, marker and dash everywhere: pass its position
 * in the knowledge base's drug list. Okabe–Ito colours, safe for the
 * common colour-vision deficiencies. */
void          rc_chart_style_drug_color (const RcChartStyle *style, guint index, RcChartColor *out);
RcChartMarker rc_chart_style_drug_marker (guint index);
/* Fills dashes (at most 4 values, in units of line width) and returns how
 * many; 0 means a solid line. */
guint rc_chart_style_drug_dash (guint index, double *dashes);

/* Snaps a coordinate so that a line of the given width is crisp at the
 * style's scale (odd device widths sit on half pixels). */
double rc_chart_style_align (const RcChartStyle *style, double coord, double line_width);
/* One device pixel in chart units. */
double rc_chart_style_hairline (const RcChartStyle *style);

gboolean    rc_chart_theme_from_string (const char *name, RcChartTheme *theme);
const char *rc_chart_theme_to_string (RcChartTheme theme);

void rc_chart_color_mix (const RcChartColor *a, const RcChartColor *b, double t, RcChartColor *out);
void rc_chart_color_set_source (cairo_t *cr, const RcChartColor *color, double alpha);
gboolean rc_chart_color_is_dark (const RcChartColor *color);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcChartStyle, rc_chart_style_free)

G_END_DECLS
