/* rc-handout-draw.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Draws a laid-out page of the handout on any cairo_t in points. */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-handout-private.h"

static const RcChartColor ink = { 0.10, 0.10, 0.10, 1 };
static const RcChartColor muted = { 0.33, 0.33, 0.33, 1 };
static const RcChartColor rule = { 0.62, 0.62, 0.62, 1 };
static const RcChartColor header_fill = { 0.88, 0.88, 0.88, 1 };
static const RcChartColor section_fill = { 0.94, 0.94, 0.94, 1 };

/* ---- Drawing -------------------------------------------------------- */

static void
set_color (cairo_t *cr, const RcChartColor *color)
{
  rc_chart_color_set_source (cr, color, 1);
}

static void
hline (cairo_t *cr, double x0, double x1, double y)
{
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
}

static void
draw_title (RcHandout *self, cairo_t *cr, const Block *block)
{
  double x = RC_HANDOUT_MARGIN;
  double y = block->y;
  double box;

  set_color (cr, &ink);
  rc_handout_text_draw (self->title, cr, x, y);
  y += rc_handout_text_get_height (self->title) + 4;
  set_color (cr, &muted);
  rc_handout_text_draw (self->meta, cr, x, y);
  y += rc_handout_text_get_height (self->meta) + 8;

  /* The disclaimer in a box, so it is the first thing a reader sees. */
  box = rc_handout_text_get_height (self->disclaimer) + 12;
  cairo_rectangle (cr, x + 0.5, y + 0.5, self->content_width - 1, box - 1);
  set_color (cr, &section_fill);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  set_color (cr, &ink);
  cairo_stroke (cr);
  rc_handout_text_draw (self->disclaimer, cr, x + 6, y + 6);
}

static void
draw_column_rules (RcHandout *self, cairo_t *cr, double y0, double y1)
{
  guint n = rc_comparison_get_n_drugs (self->comparison);

  for (guint c = 0; c <= n + 1; c++)
    {
      cairo_move_to (cr, self->column_x[c], y0);
      cairo_line_to (cr, self->column_x[c], y1);
    }
  cairo_set_line_width (cr, RULE_WIDTH);
  set_color (cr, &rule);
  cairo_stroke (cr);
}

static void
draw_header (RcHandout *self, cairo_t *cr, const Block *block)
{
  guint  n = rc_comparison_get_n_drugs (self->comparison);
  double x0 = RC_HANDOUT_MARGIN;
  double x1 = RC_HANDOUT_MARGIN + self->content_width;

  cairo_rectangle (cr, x0, block->y, x1 - x0, block->height);
  set_color (cr, &header_fill);
  cairo_fill (cr);
  draw_column_rules (self, cr, block->y, block->y + block->height);
  hline (cr, x0, x1, block->y);
  hline (cr, x0, x1, block->y + block->height);
  cairo_set_line_width (cr, 0.8);
  set_color (cr, &ink);
  cairo_stroke (cr);

  for (guint c = 0; c < n; c++)
    rc_handout_text_draw (self->header[c], cr, self->column_x[c + 1] + PAD_X, block->y + PAD_Y);
}

static void
draw_section (RcHandout *self, cairo_t *cr, const Block *block)
{
  const Row *row = &self->rows[block->index];
  double     x0 = RC_HANDOUT_MARGIN;
  double     x1 = RC_HANDOUT_MARGIN + self->content_width;

  cairo_rectangle (cr, x0, block->y, x1 - x0, block->height);
  set_color (cr, &section_fill);
  cairo_fill (cr);
  hline (cr, x0, x1, block->y + block->height);
  cairo_set_line_width (cr, RULE_WIDTH);
  set_color (cr, &rule);
  cairo_stroke (cr);
  set_color (cr, &ink);
  rc_handout_text_draw (row->section, cr, x0 + PAD_X, block->y + PAD_Y + 1);
}

static void
draw_row (RcHandout *self, cairo_t *cr, const Block *block)
{
  const Row *row = &self->rows[block->index];
  guint      n = rc_comparison_get_n_drugs (self->comparison);
  double     y = block->y + PAD_Y;

  draw_column_rules (self, cr, block->y, block->y + block->height);
  hline (cr, RC_HANDOUT_MARGIN, RC_HANDOUT_MARGIN + self->content_width, block->y + block->height);
  cairo_set_line_width (cr, RULE_WIDTH);
  set_color (cr, &rule);
  cairo_stroke (cr);

  set_color (cr, &ink);
  rc_handout_text_draw (block->continued ? row->continued : row->label, cr,
                        self->column_x[0] + PAD_X, y);
  for (guint c = 0; c < n; c++)
    {
      RcHandoutText *text = row->cells[c];
      double         x = self->column_x[c + 1] + PAD_X;

      if (block->first_line == NULL)
        rc_handout_text_draw (text, cr, x, y);
      else
        rc_handout_text_draw_lines (text, cr, x, y, block->first_line[c], block->end_line[c]);
    }
}

static void
draw_chart (RcHandout *self, cairo_t *cr, const Block *block)
{
  RcChart *chart = g_ptr_array_index (self->charts, block->index);

  cairo_save (cr);
  cairo_translate (cr, RC_HANDOUT_MARGIN, block->y);
  cairo_scale (cr, CHART_SCALE, CHART_SCALE);
  rc_chart_layout (chart, self->chart_style, self->content_width / CHART_SCALE,
                   block->height / CHART_SCALE);
  rc_chart_draw (chart, cr);
  cairo_restore (cr);
}

static void
draw_source (RcHandout *self, cairo_t *cr, const Block *block)
{
  const SourceEntry *entry = &self->entries[block->index];
  double             number_x =
      RC_HANDOUT_MARGIN + self->number_width - 4 - rc_handout_text_get_width (entry->number);

  double x = RC_HANDOUT_MARGIN + self->number_width;

  set_color (cr, &ink);
  if (block->first_line == NULL)
    {
      rc_handout_text_draw (entry->number, cr, number_x, block->y);
      rc_handout_text_draw (entry->body, cr, x, block->y);
      return;
    }
  if (block->first_line[0] == 0)
    rc_handout_text_draw (entry->number, cr, number_x, block->y);
  rc_handout_text_draw_lines (entry->body, cr, x, block->y, block->first_line[0],
                              block->end_line[0]);
}

static void
draw_footer (RcHandout *self, cairo_t *cr, guint page)
{
  double x0 = RC_HANDOUT_MARGIN;
  double x1 = RC_HANDOUT_MARGIN + self->content_width;
  double top = self->page_height - RC_HANDOUT_MARGIN - FOOTER_HEIGHT + 4;
  /* Translators: the page number in the handout's footer. */
  g_autofree char *number = g_strdup_printf (_ ("Page %u of %u"), page + 1, self->pages->len);
  g_autofree char *number_markup = g_markup_escape_text (number, -1);
  g_autofree char *note = g_markup_escape_text (
      /* Translators: the left side of the handout's footer. */
      _ ("Relaxant Compare — for learning only, not dosing advice"), -1);
  RcHandoutText *right = rc_handout_text_new (self->context, number_markup, SMALL_SIZE, FALSE, 0);
  RcHandoutText *left =
      rc_handout_text_new (self->context, note, SMALL_SIZE, FALSE,
                           self->content_width - rc_handout_text_get_width (right) - 12);

  hline (cr, x0, x1, top);
  cairo_set_line_width (cr, RULE_WIDTH);
  set_color (cr, &rule);
  cairo_stroke (cr);
  set_color (cr, &muted);
  rc_handout_text_draw_lines (left, cr, x0, top + 2, 0, 1);
  rc_handout_text_draw (right, cr, x1 - rc_handout_text_get_width (right), top + 2);
  rc_handout_text_free (left);
  rc_handout_text_free (right);
}

void
rc_handout_draw_page (RcHandout *self, cairo_t *cr, guint page)
{
  GArray *blocks;

  g_return_if_fail (RC_IS_HANDOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->pages != NULL && page < self->pages->len);

  blocks = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  for (guint b = 0; b < blocks->len; b++)
    {
      const Block *block = &g_array_index (blocks, Block, b);

      cairo_save (cr);
      switch (block->kind)
        {
          case BLOCK_TITLE:
            draw_title (self, cr, block);
            break;
          case BLOCK_HEADER:
            draw_header (self, cr, block);
            break;
          case BLOCK_SECTION:
            draw_section (self, cr, block);
            break;
          case BLOCK_ROW:
            draw_row (self, cr, block);
            break;
          case BLOCK_CHART:
            draw_chart (self, cr, block);
            break;
          case BLOCK_SOURCES_HEADING:
            set_color (cr, &ink);
            rc_handout_text_draw (self->sources_heading, cr, RC_HANDOUT_MARGIN, block->y);
            break;
          case BLOCK_SOURCE:
            draw_source (self, cr, block);
            break;
          default:
            g_assert_not_reached ();
        }
      cairo_restore (cr);
    }
  draw_footer (self, cr, page);
  cairo_restore (cr);
}
