/* rc-chart-scene.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

#include "rc-chart-style.h"

G_BEGIN_DECLS

/* A chart laid out once, as a list of drawing operations in chart
 * coordinates. Drawing it is a replay: the screen does it every frame and
 * exports do it once, with identical output. */
typedef struct _RcChartScene RcChartScene;

RcChartScene *rc_chart_scene_new (void) G_GNUC_WARN_UNUSED_RESULT;
void          rc_chart_scene_free (RcChartScene *scene);
guint         rc_chart_scene_get_n_ops (const RcChartScene *scene);

void rc_chart_scene_fill_rect (
    RcChartScene *scene, double x, double y, double w, double h, const RcChartColor *color);
void rc_chart_scene_stroke_rect (RcChartScene       *scene,
                                 double              x,
                                 double              y,
                                 double              w,
                                 double              h,
                                 const RcChartColor *color,
                                 double              line_width);
/* Diagonal lines inside a rectangle, for "not reported" and similar. */
void rc_chart_scene_hatch_rect (RcChartScene       *scene,
                                double              x,
                                double              y,
                                double              w,
                                double              h,
                                const RcChartColor *color,
                                double              spacing,
                                double              line_width);
/* dashes are in units of line width; n_dashes 0 is solid. */
void rc_chart_scene_polyline (RcChartScene       *scene,
                              const double       *xy,
                              guint               n_points,
                              const RcChartColor *color,
                              double              line_width,
                              const double       *dashes,
                              guint               n_dashes);
/* Drops, in place, the points of a polyline that lie within tolerance
 * (in the points' units) of the line through the points kept around them,
 * keeping the first and the last; returns how many points are left. */
guint rc_chart_polyline_simplify (double *xy, guint n_points, double tolerance);

/* A solid polyline of many short pieces, such as a modelled curve. Where it
 * ends up as pixels it is antialiased with cairo's fast rasteriser (4 × 4
 * samples a pixel instead of its finer default): the same to the eye on a
 * line a pixel or two wide, and about half the cost of stroking it. */
void rc_chart_scene_curve (RcChartScene       *scene,
                           const double       *xy,
                           guint               n_points,
                           const RcChartColor *color,
                           double              line_width);

void rc_chart_scene_line (RcChartScene       *scene,
                          double              x0,
                          double              y0,
                          double              x1,
                          double              y1,
                          const RcChartColor *color,
                          double              line_width,
                          const double       *dashes,
                          guint               n_dashes);
void rc_chart_scene_fill_polygon (RcChartScene       *scene,
                                  const double       *xy,
                                  guint               n_points,
                                  const RcChartColor *color);
/* A marker centred on (x, y); outline may be NULL. */
void rc_chart_scene_marker (RcChartScene       *scene,
                            RcChartMarker       shape,
                            double              x,
                            double              y,
                            double              size,
                            const RcChartColor *fill,
                            const RcChartColor *outline);
/* Text with its top-left corner at (x, y), turned by angle radians about
 * that corner. The scene keeps a reference on the layout. */
void rc_chart_scene_text (RcChartScene       *scene,
                          PangoLayout        *layout,
                          double              x,
                          double              y,
                          double              angle,
                          const RcChartColor *color);

/* The same, with a halo in the given colour around the glyphs so that the
 * text stays legible where it crosses lines. */
void rc_chart_scene_text_with_halo (RcChartScene       *scene,
                                    PangoLayout        *layout,
                                    double              x,
                                    double              y,
                                    const RcChartColor *color,
                                    const RcChartColor *halo);

/* Moves every operation of src to the end of scene (a layer on top). */
void rc_chart_scene_append (RcChartScene *scene, RcChartScene *src);

void rc_chart_scene_draw (const RcChartScene *scene, cairo_t *cr);

/* Every text the scene draws, joined with newlines (for tests and for the
 * text alternatives of exported files). */
char *rc_chart_scene_dup_text (const RcChartScene *scene);

/* Calls func for every text the scene draws, in drawing order, with its
 * layout and where it goes (top-left corner, angle in radians): the labels
 * of the chart as laid out, for the chart benchmark's floor (tests/bench). */
typedef void (*RcChartSceneTextFunc) (
    PangoLayout *layout, double x, double y, double angle, gpointer user_data);
void rc_chart_scene_foreach_text (const RcChartScene  *scene,
                                  RcChartSceneTextFunc func,
                                  gpointer             user_data);

/* The boxes of the texts the scene draws (x, y, width, height, as four
 * doubles each), for checking that no two labels overlap. */
GArray *rc_chart_scene_dup_text_boxes (const RcChartScene *scene);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcChartScene, rc_chart_scene_free)

G_END_DECLS
