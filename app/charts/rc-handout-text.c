/* rc-handout-text.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "rc-handout-text.h"

#define FONT_FAMILY "Sans"

typedef struct
{
  double top; /* from the top of the layout */
  double bottom;
  double baseline;
  double x;
} Line;

struct _RcHandoutText
{
  PangoLayout *layout;
  GArray      *lines; /* of Line */
  double       width;
  double       height;
};

PangoContext *
rc_handout_text_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: widths do not depend on the output's resolution, so
   * a line that fits in the PDF fits on any printer. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static PangoLayout *
make_layout (PangoContext *context, const char *markup, double size, gboolean bold, double width)
{
  PangoLayout          *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      /* Words break between characters only when one alone is wider than
       * the column (an address, a long drug name in a narrow column). */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);
  return layout;
}

RcHandoutText *
rc_handout_text_new (
    PangoContext *context, const char *markup, double size, gboolean bold, double width)
{
  RcHandoutText   *text = g_new0 (RcHandoutText, 1);
  PangoLayoutIter *iter;
  PangoRectangle   logical;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  text->layout = make_layout (context, markup, size, bold, width);
  text->lines = g_array_new (FALSE, FALSE, sizeof (Line));

  iter = pango_layout_get_iter (text->layout);
  do
    {
      Line line;
      int  y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = y0 / (double) PANGO_SCALE;
      line.bottom = y1 / (double) PANGO_SCALE;
      line.baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      line.x = logical.x / (double) PANGO_SCALE;
      g_array_append_val (text->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (text->layout, NULL, &logical);
  text->width = (logical.x + logical.width) / (double) PANGO_SCALE;
  text->height = logical.height / (double) PANGO_SCALE;
  return text;
}

void
rc_handout_text_free (RcHandoutText *text)
{
  if (text == NULL)
    return;
  g_clear_object (&text->layout);
  g_clear_pointer (&text->lines, g_array_unref);
  g_free (text);
}

double
rc_handout_text_measure (PangoContext *context, const char *markup, double size, gboolean bold)
{
  g_autoptr (PangoLayout) layout = make_layout (context, markup, size, bold, 0);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (logical.x + logical.width) / (double) PANGO_SCALE;
}

double
rc_handout_text_get_width (RcHandoutText *text)
{
  return text->width;
}

double
rc_handout_text_get_height (RcHandoutText *text)
{
  return text->height;
}

guint
rc_handout_text_get_n_lines (RcHandoutText *text)
{
  return text->lines->len;
}

double
rc_handout_text_get_lines_height (RcHandoutText *text, guint first, guint end)
{
  end = MIN (end, text->lines->len);
  if (end <= first)
    return 0;
  return g_array_index (text->lines, Line, end - 1).bottom -
         g_array_index (text->lines, Line, first).top;
}

void
rc_handout_text_draw_lines (
    RcHandoutText *text, cairo_t *cr, double x, double y, guint first, guint end)
{
  double top;

  end = MIN (end, text->lines->len);
  if (end <= first)
    return;
  top = g_array_index (text->lines, Line, first).top;

  /* Line by line rather than clipped: a line on the next page must not be
   * in this page's text at all, or a PDF reader would find it twice. */
  for (guint i = first; i < end; i++)
    {
      const Line *line = &g_array_index (text->lines, Line, i);

      cairo_move_to (cr, x + line->x, y + line->baseline - top);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (text->layout, i));
    }
}

void
rc_handout_text_draw (RcHandoutText *text, cairo_t *cr, double x, double y)
{
  rc_handout_text_draw_lines (text, cr, x, y, 0, text->lines->len);
}
