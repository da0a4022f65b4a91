/* rc-bench-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One chart frame: each chart of the five drugs, laid out once, then drawn
 * into a 1920×1080 image surface frame after frame (what the widget does on
 * every frame of a resize-free redraw, and an export once), at scale 1 and
 * 2. The floor fills the surface and draws the chart's own labels (the
 * PangoLayouts of its scene, at the same places and angles) with
 * PangoCairo: what any chart with these texts has to draw. The time to lay
 * the chart out again (a new size) is reported too. */

#include "config.h"

#include <pango/pangocairo.h>

#include "rc-bench-util.h"
#include "rc-chart.h"

#define WIDTH 1920
#define HEIGHT 1080

typedef struct
{
  PangoLayout *layout;
  double       x, y, angle;
} Label;

static void
label_clear (Label *label)
{
  g_clear_object (&label->layout);
}

static void
collect_label (PangoLayout *layout, double x, double y, double angle, gpointer user_data)
{
  GArray *labels = user_data;
  Label   label = { g_object_ref (layout), x, y, angle };

  g_array_append_val (labels, label);
}

static void
draw_floor (cairo_t *cr, const RcChartStyle *style, GArray *labels)
{
  rc_chart_color_set_source (cr, &style->background, 1);
  cairo_paint (cr);
  rc_chart_color_set_source (cr, &style->foreground, 1);
  for (guint i = 0; i < labels->len; i++)
    {
      const Label *label = &g_array_index (labels, Label, i);

      cairo_save (cr);
      cairo_translate (cr, label->x, label->y);
      if (label->angle != 0)
        cairo_rotate (cr, label->angle);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, label->layout);
      cairo_restore (cr);
    }
}

/* Median milliseconds of one frame, each frame on a fresh cairo_t. */
static void
time_frames (cairo_surface_t    *surface,
             RcChart            *chart,
             const RcChartStyle *style,
             GArray             *labels,
             guint               warmup,
             guint               frames,
             RcBenchSeries      *out)
{
  for (guint i = 0; i < warmup + frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64   t0 = rc_bench_now_ns ();

      if (chart != NULL)
        rc_chart_draw (chart, cr);
      else
        draw_floor (cr, style, labels);
      cairo_surface_flush (surface);
      if (i >= warmup)
        rc_bench_series_add (out, (double) (rc_bench_now_ns () - t0) / 1e6);
      cairo_destroy (cr);
    }
}

int
main (int argc, char *argv[])
{
  int              frames = 200;
  int              warmup = 20;
  gboolean         quick = FALSE;
  gboolean         no_judge = FALSE;
  g_autofree char *save_dir = NULL;
  GOptionEntry     entries[] = {
        { "frames", 0, 0, G_OPTION_ARG_INT, &frames, "Timed frames per chart", "N" },
        { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Frames drawn first and not timed", "N" },
        { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Tiny mode: a few frames", NULL },
        { "no-judge", 0, 0, G_OPTION_ARG_NONE, &no_judge, "Print no verdicts", NULL },
        { "save", 0, 0, G_OPTION_ARG_FILENAME, &save_dir, "Write each frame and floor as PNG here",
          "DIR" },
        { NULL },
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- chart frame benchmark");
  g_autoptr (GError) error = NULL;
  g_autoptr (RcKnowledgeBase) kb = rc_knowledge_base_new ();
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  GListModel *drugs;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (quick)
    {
      frames = 3;
      warmup = 1;
    }

  if (!rc_knowledge_base_load_default (kb, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  drugs = rc_knowledge_base_get_drugs (kb);
  for (guint i = 0; i < g_list_model_get_n_items (drugs) && ids->len < 5; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

      g_ptr_array_add (ids, (gpointer) rc_drug_get_id (drug));
    }
  g_ptr_array_add (ids, NULL);

  for (RcChartKind kind = RC_CHART_KIND_TITRATION; kind <= RC_CHART_KIND_CONCENTRATION; kind++)
    for (int scale = 1; scale <= 2; scale++)
      {
        g_autoptr (RcChart) chart = rc_chart_new (kind, kb, (const char *const *) ids->pdata);
        g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
        g_autoptr (GArray) labels = g_array_new (FALSE, FALSE, sizeof (Label));
        cairo_surface_t *surface =
            cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);
        RcBenchSeries    chart_ms, floor_ms, layout_ms;
        g_autofree char *measure = NULL;
        g_autofree char *value = NULL;
        g_autofree char *floor = NULL;
        g_autofree char *layout = NULL;
        double           ratio;

        rc_bench_series_init (&chart_ms);
        rc_bench_series_init (&floor_ms);
        rc_bench_series_init (&layout_ms);
        cairo_surface_set_device_scale (surface, scale, scale);
        style->fill_background = TRUE;
        rc_chart_style_set_scale (style, scale);

        /* Laying out again: alternate between two widths so that every call
         * is a new layout. */
        for (int i = 0; i < MAX (2, frames / 10); i++)
          {
            gint64 t0 = rc_bench_now_ns ();

            rc_chart_layout (chart, style, WIDTH - (i % 2), HEIGHT);
            rc_bench_series_add (&layout_ms, (double) (rc_bench_now_ns () - t0) / 1e6);
          }
        rc_chart_layout (chart, style, WIDTH, HEIGHT);
        rc_chart_scene_foreach_text (rc_chart_get_scene (chart), collect_label, labels);
        g_array_set_clear_func (labels, (GDestroyNotify) label_clear);

        /* Chart and floor take turns in blocks, so drifts fall on both. */
        for (int block = 0; block < 4; block++)
          {
            time_frames (surface, chart, style, labels, block == 0 ? warmup : 0,
                         MAX (1, frames / 4), &chart_ms);
            time_frames (surface, NULL, style, labels, block == 0 ? warmup : 0, MAX (1, frames / 4),
                         &floor_ms);
          }

        if (save_dir != NULL)
          {
            g_autofree char *chart_png =
                g_strdup_printf ("%s/%s-%dx.png", save_dir, rc_chart_kind_to_string (kind), scale);
            g_autofree char *floor_png = g_strdup_printf ("%s/%s-%dx-floor.png", save_dir,
                                                          rc_chart_kind_to_string (kind), scale);
            cairo_t         *cr = cairo_create (surface);

            rc_chart_draw (chart, cr);
            cairo_surface_write_to_png (surface, chart_png);
            draw_floor (cr, style, labels);
            cairo_surface_write_to_png (surface, floor_png);
            cairo_destroy (cr);
          }

        measure =
            g_strdup_printf ("%s, 5 drugs, %d×%d at scale %d (%u labels): one frame",
                             rc_chart_kind_to_string (kind), WIDTH, HEIGHT, scale, labels->len);
        value = rc_bench_series_format (&chart_ms, 2);
        floor = rc_bench_series_format (&floor_ms, 2);
        ratio = rc_bench_series_median (&chart_ms) / rc_bench_series_median (&floor_ms);
        {
          g_autofree char *v = g_strdup_printf ("%s ms", value);
          g_autofree char *f = g_strdup_printf ("%s ms", floor);

          rc_bench_print_row ("3 chart frame", measure, v, f, ratio, "≤ 2× floor",
                              rc_bench_verdict (ratio <= 2.0, !no_judge && !quick));
        }
        g_free (measure);
        measure = g_strdup_printf ("%s at scale %d: layout again (new size)",
                                   rc_chart_kind_to_string (kind), scale);
        layout = rc_bench_series_format (&layout_ms, 2);
        {
          g_autofree char *v = g_strdup_printf ("%s ms", layout);

          rc_bench_print_row ("3 chart frame", measure, v, NULL, -1, NULL, NULL);
        }

        cairo_surface_destroy (surface);
        rc_bench_series_clear (&chart_ms);
        rc_bench_series_clear (&floor_ms);
        rc_bench_series_clear (&layout_ms);
      }

  return 0;
}
