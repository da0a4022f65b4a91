/* rc-chart-test-utils.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "rc-chart-test-utils.h"

const char *const rc_test_drug_ids[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol", NULL,
};

RcKnowledgeBase *
rc_test_load_kb (void)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;

  g_assert_true (rc_knowledge_base_load_default (kb, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; rc_test_drug_ids[i] != NULL; i++)
    g_assert_nonnull (rc_knowledge_base_lookup_drug (kb, rc_test_drug_ids[i]));
  return kb;
}

cairo_surface_t *
rc_test_render (RcChart *chart, const RcChartStyle *style, int width, int height, int scale)
{
  cairo_surface_t *surface =
      cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  g_autoptr (RcChartStyle) own = rc_chart_style_copy (style);
  cairo_t *cr;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_set_device_scale (surface, scale, scale);
  rc_chart_style_set_scale (own, scale);
  own->fill_background = TRUE;
  rc_chart_layout (chart, own, width, height);
  cr = cairo_create (surface);
  rc_chart_draw (chart, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
device_pixel (cairo_surface_t *surface, int px, int py, RcChartColor *out)
{
  int           stride = cairo_image_surface_get_stride (surface);
  int           w = cairo_image_surface_get_width (surface);
  int           h = cairo_image_surface_get_height (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  guint32       v;
  double        a;

  px = CLAMP (px, 0, w - 1);
  py = CLAMP (py, 0, h - 1);
  v = *(const guint32 *) (data + py * stride + px * 4);
  a = ((v >> 24) & 0xff) / 255.0;
  /* Premultiplied ARGB. */
  out->alpha = a;
  out->red = a > 0 ? ((v >> 16) & 0xff) / 255.0 / a : 0;
  out->green = a > 0 ? ((v >> 8) & 0xff) / 255.0 / a : 0;
  out->blue = a > 0 ? (v & 0xff) / 255.0 / a : 0;
}

void
rc_test_pixel (cairo_surface_t *surface, double x, double y, RcChartColor *out)
{
  double sx, sy;

  cairo_surface_get_device_scale (surface, &sx, &sy);
  device_pixel (surface, (int) floor (x * sx), (int) floor (y * sy), out);
}

double
rc_test_color_distance (const RcChartColor *a, const RcChartColor *b)
{
  return MAX (MAX (fabs (a->red - b->red), fabs (a->green - b->green)), fabs (a->blue - b->blue));
}

gboolean
rc_test_find_color (cairo_surface_t    *surface,
                    double              x,
                    double              y,
                    int                 radius,
                    const RcChartColor *color,
                    double              tolerance)
{
  double sx, sy;
  int    cx, cy;

  cairo_surface_get_device_scale (surface, &sx, &sy);
  cx = (int) floor (x * sx);
  cy = (int) floor (y * sy);
  for (int dy = -radius; dy <= radius; dy++)
    for (int dx = -radius; dx <= radius; dx++)
      {
        RcChartColor c;

        device_pixel (surface, cx + dx, cy + dy, &c);
        if (rc_test_color_distance (&c, color) <= tolerance)
          return TRUE;
      }
  return FALSE;
}

char *
rc_test_output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_test_get_dir (G_TEST_BUILT), "charts-output", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

void
rc_test_save_png (cairo_surface_t *surface, const char *name)
{
  g_autofree char *path = rc_test_output_path (name);

  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);
}

void
rc_test_assert_no_text_overlap (RcChart *chart, const char *what)
{
  g_autoptr (GArray) boxes = rc_chart_scene_dup_text_boxes (rc_chart_get_scene (chart));
  g_autofree char *text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; i < boxes->len; i++)
    for (guint j = i + 1; j < boxes->len; j++)
      {
        const double *a = (const double *) (boxes->data + i * sizeof (double) * 4);
        const double *b = (const double *) (boxes->data + j * sizeof (double) * 4);

        /* One pixel of tolerance for antialiased edges. */
        if (a[0] + 1 < b[0] + b[2] && b[0] + 1 < a[0] + a[2] && a[1] + 1 < b[1] + b[3] &&
            b[1] + 1 < a[1] + a[3])
          {
            g_test_message ("%s: “%s” (%.0f,%.0f %.0f×%.0f) overlaps “%s” (%.0f,%.0f %.0f×%.0f)",
                            what, i < g_strv_length (lines) ? lines[i] : "?", a[0], a[1], a[2],
                            a[3], j < g_strv_length (lines) ? lines[j] : "?", b[0], b[1], b[2],
                            b[3]);
            g_test_fail ();
          }
      }
}
