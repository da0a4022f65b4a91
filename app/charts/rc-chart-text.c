/* rc-chart-text.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "rc-chart-text.h"

#define DPI 96.0

PangoContext *
rc_chart_text_context_new (void)
{
  PangoFontMap         *map = pango_cairo_font_map_get_default ();
  PangoContext         *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: a label is as wide at scale 2 and in a PDF as it is
   * on screen, so a layout computed once fits everywhere. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, DPI);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

double
rc_chart_text_em (const RcChartStyle *style)
{
  double size = pango_font_description_get_size (style->font) / (double) PANGO_SCALE;

  if (pango_font_description_get_size_is_absolute (style->font))
    return size > 0 ? size : 13;
  return size > 0 ? size * DPI / 72.0 : 13;
}

PangoLayout *
rc_chart_text_layout (PangoContext       *context,
                      const RcChartStyle *style,
                      RcChartTextRole     role,
                      const char         *text,
                      double              wrap_width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr (PangoFontDescription) font = pango_font_description_copy (style->font);
  int    size = pango_font_description_get_size (style->font);
  double factor = 1;

  switch (role)
    {
      case RC_CHART_TEXT_TITLE:
        factor = 1.25;
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
        break;
      case RC_CHART_TEXT_STRONG:
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
        break;
      case RC_CHART_TEXT_SMALL:
        factor = 0.9;
        break;
      case RC_CHART_TEXT_SUBTITLE:
      case RC_CHART_TEXT_LABEL:
      default:
        break;
    }
  if (factor != 1)
    {
      if (pango_font_description_get_size_is_absolute (style->font))
        pango_font_description_set_absolute_size (font, size * factor);
      else
        pango_font_description_set_size (font, (int) (size * factor));
    }
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (wrap_width > 0)
    {
      PangoLayoutLine *first;

      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      /* Charts are laid out left to right and put a text where its left
       * edge goes. Pango swaps left and right alignment for a paragraph
       * that reads right to left (Hebrew, Arabic), which would move the
       * text to the far side of its box, away from its legend swatch. */
      first = pango_layout_get_line_readonly (layout, 0);
      if (first != NULL && first->resolved_dir == PANGO_DIRECTION_RTL &&
          pango_context_get_base_dir (context) != PANGO_DIRECTION_RTL)
        pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  return layout;
}

void
rc_chart_text_size (PangoLayout *layout, double *width, double *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (logical.x + logical.width) / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}

void
rc_chart_placer_init (RcChartPlacer *placer)
{
  placer->rects = g_array_new (FALSE, FALSE, sizeof (double) * 4);
}

void
rc_chart_placer_clear (RcChartPlacer *placer)
{
  g_clear_pointer (&placer->rects, g_array_unref);
}

gboolean
rc_chart_placer_is_free (const RcChartPlacer *placer, double x, double y, double w, double h)
{
  for (guint i = 0; i < placer->rects->len; i++)
    {
      const double *r = (const double *) (placer->rects->data + i * sizeof (double) * 4);

      if (x < r[0] + r[2] && r[0] < x + w && y < r[1] + r[3] && r[1] < y + h)
        return FALSE;
    }
  return TRUE;
}

void
rc_chart_placer_reserve (RcChartPlacer *placer, double x, double y, double w, double h)
{
  double r[4] = { x, y, w, h };

  g_array_append_vals (placer->rects, r, 1);
}

gboolean
rc_chart_placer_take (RcChartPlacer *placer, double x, double y, double w, double h)
{
  if (!rc_chart_placer_is_free (placer, x, y, w, h))
    return FALSE;
  rc_chart_placer_reserve (placer, x, y, w, h);
  return TRUE;
}
