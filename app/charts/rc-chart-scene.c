/* rc-chart-scene.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "rc-chart-scene.h"

typedef enum
{
  OP_FILL_RECT,
  OP_STROKE_RECT,
  OP_HATCH_RECT,
  OP_POLYLINE,
  OP_POLYGON,
  OP_MARKER,
  OP_TEXT,
} OpKind;

typedef struct
{
  OpKind        kind;
  RcChartColor  color;
  RcChartColor  outline;
  gboolean      has_outline;
  double        x, y, w, h; /* rect; marker centre and size in x, y, w; text origin */
  double        line_width;
  double        spacing; /* hatch spacing; text angle */
  double        dashes[4];
  guint         n_dashes;
  RcChartMarker marker;
  gboolean      fast_antialias;
  double       *points; /* owned, 2 × n_points */
  guint         n_points;
  PangoLayout  *layout; /* owned reference */
} Op;

struct _RcChartScene
{
  GArray *ops; /* of Op */
};

static void
op_clear (Op *op)
{
  g_clear_pointer (&op->points, g_free);
  g_clear_object (&op->layout);
}

RcChartScene *
rc_chart_scene_new (void)
{
  RcChartScene *scene = g_new0 (RcChartScene, 1);

  scene->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (scene->ops, (GDestroyNotify) op_clear);
  return scene;
}

void
rc_chart_scene_free (RcChartScene *scene)
{
  if (scene == NULL)
    return;
  g_array_unref (scene->ops);
  g_free (scene);
}

guint
rc_chart_scene_get_n_ops (const RcChartScene *scene)
{
  return scene->ops->len;
}

static Op *
append (RcChartScene *scene, OpKind kind, const RcChartColor *color)
{
  Op op = { 0 };

  op.kind = kind;
  if (color != NULL)
    op.color = *color;
  g_array_append_val (scene->ops, op);
  return &g_array_index (scene->ops, Op, scene->ops->len - 1);
}

void
rc_chart_scene_fill_rect (
    RcChartScene *scene, double x, double y, double w, double h, const RcChartColor *color)
{
  Op *op;

  if (w <= 0 || h <= 0)
    return;
  op = append (scene, OP_FILL_RECT, color);
  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
}

void
rc_chart_scene_stroke_rect (RcChartScene       *scene,
                            double              x,
                            double              y,
                            double              w,
                            double              h,
                            const RcChartColor *color,
                            double              line_width)
{
  Op *op = append (scene, OP_STROKE_RECT, color);

  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
  op->line_width = line_width;
}

void
rc_chart_scene_hatch_rect (RcChartScene       *scene,
                           double              x,
                           double              y,
                           double              w,
                           double              h,
                           const RcChartColor *color,
                           double              spacing,
                           double              line_width)
{
  Op *op;

  if (w <= 0 || h <= 0)
    return;
  op = append (scene, OP_HATCH_RECT, color);
  op->x = x;
  op->y = y;
  op->w = w;
  op->h = h;
  op->spacing = spacing > 1 ? spacing : 1;
  op->line_width = line_width;
}

static void
set_dashes (Op *op, const double *dashes, guint n_dashes)
{
  op->n_dashes = MIN (n_dashes, G_N_ELEMENTS (op->dashes));
  for (guint i = 0; i < op->n_dashes; i++)
    op->dashes[i] = dashes[i];
}

void
rc_chart_scene_polyline (RcChartScene       *scene,
                         const double       *xy,
                         guint               n_points,
                         const RcChartColor *color,
                         double              line_width,
                         const double       *dashes,
                         guint               n_dashes)
{
  Op *op;

  if (n_points < 2)
    return;
  op = append (scene, OP_POLYLINE, color);
  op->points = g_memdup2 (xy, sizeof (double) * 2 * n_points);
  op->n_points = n_points;
  op->line_width = line_width;
  set_dashes (op, dashes, n_dashes);
}

/* Douglas–Peucker with an explicit stack of spans: a point is kept when it
 * lies farther than tolerance from the chord between the kept points
 * around it. */
guint
rc_chart_polyline_simplify (double *xy, guint n_points, double tolerance)
{
  g_autofree gboolean *keep = NULL;
  g_autoptr (GArray) spans = NULL;
  double tol2 = tolerance * tolerance;
  guint  n_kept = 0;

  g_return_val_if_fail (xy != NULL || n_points == 0, 0);

  if (n_points < 3 || tolerance <= 0)
    return n_points;

  keep = g_new0 (gboolean, n_points);
  keep[0] = keep[n_points - 1] = TRUE;
  spans = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
  g_array_append_vals (spans, ((guint[]){ 0, n_points - 1 }), 1);
  while (spans->len > 0)
    {
      guint *span = &g_array_index (spans, guint, 2 * (spans->len - 1));
      guint  a = span[0], b = span[1], far = 0;
      double ax = xy[2 * a], ay = xy[2 * a + 1];
      double dx = xy[2 * b] - ax, dy = xy[2 * b + 1] - ay;
      double len2 = dx * dx + dy * dy;
      double worst = 0;

      g_array_set_size (spans, spans->len - 1);
      for (guint i = a + 1; i < b; i++)
        {
          double px = xy[2 * i] - ax, py = xy[2 * i + 1] - ay;
          double d2;

          /* The distance to the segment, not the infinite line, so that a
           * spike back along the chord is not lost. */
          if (len2 == 0)
            d2 = px * px + py * py;
          else
            {
              double t = CLAMP ((px * dx + py * dy) / len2, 0, 1);
              double ex = px - t * dx, ey = py - t * dy;

              d2 = ex * ex + ey * ey;
            }
          if (d2 > worst)
            {
              worst = d2;
              far = i;
            }
        }
      if (worst > tol2)
        {
          keep[far] = TRUE;
          g_array_append_vals (spans, ((guint[]){ a, far }), 1);
          g_array_append_vals (spans, ((guint[]){ far, b }), 1);
        }
    }

  for (guint i = 0; i < n_points; i++)
    if (keep[i])
      {
        xy[2 * n_kept] = xy[2 * i];
        xy[2 * n_kept + 1] = xy[2 * i + 1];
        n_kept++;
      }
  return n_kept;
}

void
rc_chart_scene_curve (RcChartScene       *scene,
                      const double       *xy,
                      guint               n_points,
                      const RcChartColor *color,
                      double              line_width)
{
  rc_chart_scene_polyline (scene, xy, n_points, color, line_width, NULL, 0);
  if (n_points >= 2)
    g_array_index (scene->ops, Op, scene->ops->len - 1).fast_antialias = TRUE;
}

void
rc_chart_scene_line (RcChartScene       *scene,
                     double              x0,
                     double              y0,
                     double              x1,
                     double              y1,
                     const RcChartColor *color,
                     double              line_width,
                     const double       *dashes,
                     guint               n_dashes)
{
  double xy[4] = { x0, y0, x1, y1 };

  rc_chart_scene_polyline (scene, xy, 2, color, line_width, dashes, n_dashes);
}

void
rc_chart_scene_fill_polygon (RcChartScene       *scene,
                             const double       *xy,
                             guint               n_points,
                             const RcChartColor *color)
{
  Op *op;

  if (n_points < 3)
    return;
  op = append (scene, OP_POLYGON, color);
  op->points = g_memdup2 (xy, sizeof (double) * 2 * n_points);
  op->n_points = n_points;
}

void
rc_chart_scene_marker (RcChartScene       *scene,
                       RcChartMarker       shape,
                       double              x,
                       double              y,
                       double              size,
                       const RcChartColor *fill,
                       const RcChartColor *outline)
{
  Op *op = append (scene, OP_MARKER, fill);

  op->marker = shape;
  op->x = x;
  op->y = y;
  op->w = size;
  if (outline != NULL)
    {
      op->outline = *outline;
      op->has_outline = TRUE;
    }
}

void
rc_chart_scene_text (RcChartScene       *scene,
                     PangoLayout        *layout,
                     double              x,
                     double              y,
                     double              angle,
                     const RcChartColor *color)
{
  Op *op;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  op = append (scene, OP_TEXT, color);
  op->layout = g_object_ref (layout);
  op->x = x;
  op->y = y;
  op->spacing = angle;
}

void
rc_chart_scene_text_with_halo (RcChartScene       *scene,
                               PangoLayout        *layout,
                               double              x,
                               double              y,
                               const RcChartColor *color,
                               const RcChartColor *halo)
{
  Op *op;

  rc_chart_scene_text (scene, layout, x, y, 0, color);
  op = &g_array_index (scene->ops, Op, scene->ops->len - 1);
  op->outline = *halo;
  op->has_outline = TRUE;
}

void
rc_chart_scene_append (RcChartScene *scene, RcChartScene *src)
{
  /* The ops' pointers move with them; src is left empty without freeing. */
  g_array_append_vals (scene->ops, src->ops->data, src->ops->len);
  g_array_set_clear_func (src->ops, NULL);
  g_array_set_size (src->ops, 0);
  g_array_set_clear_func (src->ops, (GDestroyNotify) op_clear);
}

static void
marker_path (cairo_t *cr, RcChartMarker shape, double x, double y, double size)
{
  double r = size / 2;

  switch (shape)
    {
      case RC_CHART_MARKER_SQUARE:
        r *= 0.85;
        cairo_rectangle (cr, x - r, y - r, 2 * r, 2 * r);
        break;
      case RC_CHART_MARKER_TRIANGLE:
        r *= 1.15;
        cairo_move_to (cr, x, y - r);
        cairo_line_to (cr, x + r * 0.95, y + r * 0.7);
        cairo_line_to (cr, x - r * 0.95, y + r * 0.7);
        cairo_close_path (cr);
        break;
      case RC_CHART_MARKER_TRIANGLE_DOWN:
        r *= 1.15;
        cairo_move_to (cr, x, y + r);
        cairo_line_to (cr, x + r * 0.95, y - r * 0.7);
        cairo_line_to (cr, x - r * 0.95, y - r * 0.7);
        cairo_close_path (cr);
        break;
      case RC_CHART_MARKER_DIAMOND:
        r *= 1.2;
        cairo_move_to (cr, x, y - r);
        cairo_line_to (cr, x + r, y);
        cairo_line_to (cr, x, y + r);
        cairo_line_to (cr, x - r, y);
        cairo_close_path (cr);
        break;
      case RC_CHART_MARKER_CROSS:
      case RC_CHART_MARKER_PLUS:
        {
          /* Drawn as filled shapes so they read at the same weight. */
          double t = r * 0.38;
          double pts[] = { -t, -r, t,  -r, t,  -t, r,  -t, r,  t,  t,  t,
                           t,  r,  -t, r,  -t, t,  -r, t,  -r, -t, -t, -t };
          double angle = shape == RC_CHART_MARKER_CROSS ? G_PI / 4 : 0;

          for (guint i = 0; i < G_N_ELEMENTS (pts); i += 2)
            {
              double px = pts[i] * cos (angle) - pts[i + 1] * sin (angle);
              double py = pts[i] * sin (angle) + pts[i + 1] * cos (angle);

              if (i == 0)
                cairo_move_to (cr, x + px, y + py);
              else
                cairo_line_to (cr, x + px, y + py);
            }
          cairo_close_path (cr);
        }
        break;
      case RC_CHART_MARKER_CIRCLE:
      default:
        cairo_new_sub_path (cr);
        cairo_arc (cr, x, y, r, 0, 2 * G_PI);
        break;
    }
}

/* The halo around a label: its outline stroked this wide. */
#define HALO_WIDTH 3.0

/* SVG, PDF and PostScript keep shapes; everything else (image surfaces,
 * the screen's recording surfaces) ends up as pixels. */
static gboolean
draws_on_pixels (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
      case CAIRO_SURFACE_TYPE_PDF:
      case CAIRO_SURFACE_TYPE_PS:
      case CAIRO_SURFACE_TYPE_SVG:
      case CAIRO_SURFACE_TYPE_SCRIPT:
        return FALSE;
      default:
        return TRUE;
    }
}

/* On pixels the halo is the text itself in the halo colour, drawn around
 * its place in eight directions: the glyphs come from cairo's cache, where
 * stroking their outlines cost up to a millisecond a label and most of a
 * chart's frame (tests/bench). Files keep the exact stroked outline. */
static void
draw_halo_on_pixels (cairo_t *cr, const Op *op)
{
  rc_chart_color_set_source (cr, &op->outline, 1);
  for (guint i = 0; i < 8; i++)
    {
      double angle = i * G_PI / 4;

      cairo_move_to (cr, HALO_WIDTH / 2 * cos (angle), HALO_WIDTH / 2 * sin (angle));
      pango_cairo_show_layout (cr, op->layout);
    }
  rc_chart_color_set_source (cr, &op->color, 1);
}

/* The lines of a hatch are x + y = op->x + op->y + k × spacing. On an image
 * surface, where the device pixel grid is known, one period of them drawn
 * into a tile and repeated gives the same pixels as stroking every line
 * (the same rasteriser at the same phase, shifted by whole pixels) at a
 * fraction of the cost: antialiasing long diagonal lines was two thirds of
 * the titration chart's frame (tests/bench). FALSE when the grid is not
 * known or the period is not a whole number of pixels. */
static gboolean
draw_hatch_tiled (const Op *op, cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_t *tile;
  cairo_pattern_t *pattern;
  cairo_matrix_t   ctm, to_device;
  cairo_t         *tile_cr;
  double           sx, sy, ox, oy, scale, period, phase;
  int              n;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_get_matrix (cr, &ctm);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  scale = ctm.xx * sx;
  period = op->spacing * scale;
  n = (int) round (period);
  if (ctm.xy != 0 || ctm.yx != 0 || ctm.yy * sy != scale || scale <= 0 || n < 2 || n > 512 ||
      fabs (period - n) > 1e-6)
    return FALSE;

  /* User space to device pixels, where the tile lives. */
  cairo_matrix_init (&to_device, scale, 0, 0, scale, ctm.x0 * sx + ox, ctm.y0 * sy + oy);
  phase = fmod (scale * (op->x + op->y) + to_device.x0 + to_device.y0, n);
  if (phase < 0)
    phase += n;

  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, n, n);
  tile_cr = cairo_create (tile);
  cairo_set_antialias (tile_cr, cairo_get_antialias (cr));
  rc_chart_color_set_source (tile_cr, &op->color, 1);
  cairo_set_line_width (tile_cr, op->line_width * scale);
  for (int k = -2; k <= 2; k++)
    {
      double c = phase + k * n;

      cairo_move_to (tile_cr, c + n, -n);
      cairo_line_to (tile_cr, c - 2 * n, 2 * n);
    }
  cairo_stroke (tile_cr);
  cairo_destroy (tile_cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_pattern_set_matrix (pattern, &to_device);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, op->x, op->y, op->w, op->h);
  cairo_fill (cr);
  cairo_pattern_destroy (pattern);
  cairo_surface_destroy (tile);
  return TRUE;
}

static void
draw_op (const Op *op, cairo_t *cr)
{
  switch (op->kind)
    {
      case OP_FILL_RECT:
        rc_chart_color_set_source (cr, &op->color, 1);
        cairo_rectangle (cr, op->x, op->y, op->w, op->h);
        cairo_fill (cr);
        break;

      case OP_STROKE_RECT:
        rc_chart_color_set_source (cr, &op->color, 1);
        cairo_set_line_width (cr, op->line_width);
        cairo_rectangle (cr, op->x, op->y, op->w, op->h);
        cairo_stroke (cr);
        break;

      case OP_HATCH_RECT:
        if (draws_on_pixels (cr) && draw_hatch_tiled (op, cr))
          break;
        cairo_save (cr);
        cairo_rectangle (cr, op->x, op->y, op->w, op->h);
        cairo_clip (cr);
        rc_chart_color_set_source (cr, &op->color, 1);
        cairo_set_line_width (cr, op->line_width);
        for (double d = -op->h; d < op->w; d += op->spacing)
          {
            cairo_move_to (cr, op->x + d, op->y + op->h);
            cairo_line_to (cr, op->x + d + op->h, op->y);
          }
        cairo_stroke (cr);
        cairo_restore (cr);
        break;

      case OP_POLYLINE:
        {
          cairo_antialias_t antialias = cairo_get_antialias (cr);
          double            dashes[4];

          rc_chart_color_set_source (cr, &op->color, 1);
          cairo_set_line_width (cr, op->line_width);
          for (guint i = 0; i < op->n_dashes; i++)
            dashes[i] = op->dashes[i] * op->line_width;
          cairo_set_dash (cr, dashes, op->n_dashes, 0);
          if (op->fast_antialias)
            cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
          cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
          cairo_set_line_cap (cr, op->n_dashes > 0 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_SQUARE);
          cairo_move_to (cr, op->points[0], op->points[1]);
          for (guint i = 1; i < op->n_points; i++)
            cairo_line_to (cr, op->points[2 * i], op->points[2 * i + 1]);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          cairo_set_antialias (cr, antialias);
        }
        break;

      case OP_POLYGON:
        rc_chart_color_set_source (cr, &op->color, 1);
        cairo_move_to (cr, op->points[0], op->points[1]);
        for (guint i = 1; i < op->n_points; i++)
          cairo_line_to (cr, op->points[2 * i], op->points[2 * i + 1]);
        cairo_close_path (cr);
        cairo_fill (cr);
        break;

      case OP_MARKER:
        marker_path (cr, op->marker, op->x, op->y, op->w);
        rc_chart_color_set_source (cr, &op->color, 1);
        if (op->has_outline)
          {
            cairo_fill_preserve (cr);
            rc_chart_color_set_source (cr, &op->outline, 1);
            cairo_set_line_width (cr, MAX (1, op->w / 8));
            cairo_stroke (cr);
          }
        else
          cairo_fill (cr);
        break;

      case OP_TEXT:
        cairo_save (cr);
        rc_chart_color_set_source (cr, &op->color, 1);
        cairo_translate (cr, op->x, op->y);
        if (op->spacing != 0)
          cairo_rotate (cr, op->spacing);
        if (op->has_outline && draws_on_pixels (cr))
          draw_halo_on_pixels (cr, op);
        else if (op->has_outline)
          {
            cairo_move_to (cr, 0, 0);
            pango_cairo_layout_path (cr, op->layout);
            rc_chart_color_set_source (cr, &op->outline, 1);
            cairo_set_line_width (cr, HALO_WIDTH);
            cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
            cairo_stroke (cr);
            rc_chart_color_set_source (cr, &op->color, 1);
          }
        cairo_move_to (cr, 0, 0);
        pango_cairo_show_layout (cr, op->layout);
        cairo_restore (cr);
        break;

      default:
        g_assert_not_reached ();
    }
}

void
rc_chart_scene_draw (const RcChartScene *scene, cairo_t *cr)
{
  g_return_if_fail (scene != NULL);

  cairo_save (cr);
  for (guint i = 0; i < scene->ops->len; i++)
    draw_op (&g_array_index (scene->ops, Op, i), cr);
  cairo_restore (cr);
}

char *
rc_chart_scene_dup_text (const RcChartScene *scene)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < scene->ops->len; i++)
    {
      const Op *op = &g_array_index (scene->ops, Op, i);

      if (op->kind != OP_TEXT)
        continue;
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, pango_layout_get_text (op->layout));
    }
  return g_string_free (s, FALSE);
}

void
rc_chart_scene_foreach_text (const RcChartScene  *scene,
                             RcChartSceneTextFunc func,
                             gpointer             user_data)
{
  g_return_if_fail (scene != NULL);
  g_return_if_fail (func != NULL);

  for (guint i = 0; i < scene->ops->len; i++)
    {
      const Op *op = &g_array_index (scene->ops, Op, i);

      if (op->kind == OP_TEXT)
        func (op->layout, op->x, op->y, op->spacing, user_data);
    }
}

GArray *
rc_chart_scene_dup_text_boxes (const RcChartScene *scene)
{
  GArray *boxes = g_array_new (FALSE, FALSE, sizeof (double) * 4);

  for (guint i = 0; i < scene->ops->len; i++)
    {
      const Op      *op = &g_array_index (scene->ops, Op, i);
      PangoRectangle ink;
      double         box[4];

      if (op->kind != OP_TEXT)
        continue;
      /* Ink, not logical, extents: line spacing may touch, glyphs may not. */
      pango_layout_get_pixel_extents (op->layout, &ink, NULL);
      box[0] = op->x + ink.x;
      box[1] = op->y + ink.y;
      box[2] = ink.width;
      box[3] = ink.height;
      if (op->spacing != 0)
        {
          /* Only quarter turns are used. */
          box[0] = op->x + ink.y;
          box[1] = op->y - ink.x - ink.width;
          box[2] = ink.height;
          box[3] = ink.width;
        }
      g_array_append_vals (boxes, box, 1);
    }
  return boxes;
}
