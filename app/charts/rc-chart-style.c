/* rc-chart-style.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-chart-style.h"

/* Okabe & Ito (2008). Yellow comes last: it is weak on white. */
static const RcChartColor palette[] = {
  { 0x00 / 255., 0x72 / 255., 0xB2 / 255., 1 }, /* blue */
  { 0xD5 / 255., 0x5E / 255., 0x00 / 255., 1 }, /* vermillion */
  { 0x00 / 255., 0x9E / 255., 0x73 / 255., 1 }, /* bluish green */
  { 0xCC / 255., 0x79 / 255., 0xA7 / 255., 1 }, /* reddish purple */
  { 0xE6 / 255., 0x9F / 255., 0x00 / 255., 1 }, /* orange */
  { 0x56 / 255., 0xB4 / 255., 0xE9 / 255., 1 }, /* sky blue */
  { 0xF0 / 255., 0xE4 / 255., 0x42 / 255., 1 }, /* yellow */
};

/* The blue is too dark to see on a dark background; this one keeps the
 * hue and reaches 4.5:1 against it. */
static const RcChartColor dark_blue_replacement = { 0x3D / 255., 0x9B / 255., 0xE0 / 255., 1 };

static void
set_rgb (RcChartColor *c, double r, double g, double b, double a)
{
  c->red = r;
  c->green = g;
  c->blue = b;
  c->alpha = a;
}

void
rc_chart_color_mix (const RcChartColor *a, const RcChartColor *b, double t, RcChartColor *out)
{
  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
  out->alpha = a->alpha + (b->alpha - a->alpha) * t;
}

gboolean
rc_chart_color_is_dark (const RcChartColor *color)
{
  double luma = 0.2126 * color->red + 0.7152 * color->green + 0.0722 * color->blue;

  return luma < 0.5;
}

void
rc_chart_color_set_source (cairo_t *cr, const RcChartColor *color, double alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
derive_colors (RcChartStyle *style)
{
  RcChartColor fg = style->foreground;
  RcChartColor bg = style->background;

  /* Secondary colours are blends of text and background, so they follow
   * any theme, including high contrast. */
  fg.alpha = 1;
  bg.alpha = 1;
  rc_chart_color_mix (&bg, &fg, 0.72, &style->muted);
  rc_chart_color_mix (&bg, &fg, 0.16, &style->grid);
  rc_chart_color_mix (&bg, &fg, 0.09, &style->shade);
}

RcChartStyle *
rc_chart_style_new (RcChartTheme theme)
{
  RcChartStyle *style = g_new0 (RcChartStyle, 1);

  style->theme = theme;
  style->fill_background = TRUE;
  style->scale = 1;
  style->font = pango_font_description_from_string ("Sans 10");

  if (theme == RC_CHART_THEME_DARK)
    {
      /* Adwaita's dark window colours. */
      set_rgb (&style->background, 0x24 / 255., 0x24 / 255., 0x24 / 255., 1);
      set_rgb (&style->foreground, 1, 1, 1, 1);
    }
  else if (theme == RC_CHART_THEME_PRINT)
    {
      /* Paper: white, and black text for the sharpest toner. */
      set_rgb (&style->background, 1, 1, 1, 1);
      set_rgb (&style->foreground, 0, 0, 0, 1);
    }
  else
    {
      set_rgb (&style->background, 1, 1, 1, 1);
      set_rgb (&style->foreground, 0x1e / 255., 0x1e / 255., 0x1e / 255., 1);
    }
  derive_colors (style);
  return style;
}

RcChartStyle *
rc_chart_style_copy (const RcChartStyle *style)
{
  RcChartStyle *copy;

  g_return_val_if_fail (style != NULL, NULL);

  copy = g_memdup2 (style, sizeof *style);
  copy->font = pango_font_description_copy (style->font);
  return copy;
}

void
rc_chart_style_free (RcChartStyle *style)
{
  if (style == NULL)
    return;
  g_clear_pointer (&style->font, pango_font_description_free);
  g_free (style);
}

static gboolean
color_equal (const RcChartColor *a, const RcChartColor *b)
{
  return memcmp (a, b, sizeof *a) == 0;
}

gboolean
rc_chart_style_equal (const RcChartStyle *a, const RcChartStyle *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return a->theme == b->theme && a->fill_background == b->fill_background &&
         color_equal (&a->background, &b->background) &&
         color_equal (&a->foreground, &b->foreground) && a->scale == b->scale &&
         pango_font_description_equal (a->font, b->font);
}

void
rc_chart_style_set_colors (RcChartStyle       *style,
                           const RcChartColor *foreground,
                           const RcChartColor *background)
{
  g_return_if_fail (style != NULL);

  style->foreground = *foreground;
  style->background = *background;
  if (style->theme != RC_CHART_THEME_PRINT)
    style->theme = rc_chart_color_is_dark (background) ? RC_CHART_THEME_DARK : RC_CHART_THEME_LIGHT;
  derive_colors (style);
}

void
rc_chart_style_set_font (RcChartStyle *style, const PangoFontDescription *font)
{
  g_return_if_fail (style != NULL);
  g_return_if_fail (font != NULL);

  pango_font_description_free (style->font);
  style->font = pango_font_description_copy (font);
  /* A font without a size would make every label zero-sized. */
  if (pango_font_description_get_size (style->font) <= 0)
    pango_font_description_set_size (style->font, 10 * PANGO_SCALE);
}

void
rc_chart_style_set_scale (RcChartStyle *style, double scale)
{
  g_return_if_fail (style != NULL);

  style->scale = scale >= 1 ? scale : 1;
}

void
rc_chart_style_drug_color (const RcChartStyle *style, guint index, RcChartColor *out)
{
  index %= G_N_ELEMENTS (palette);
  if (index == 0 && style != NULL && style->theme == RC_CHART_THEME_DARK)
    *out = dark_blue_replacement;
  else
    *out = palette[index];
}

RcChartMarker
rc_chart_style_drug_marker (guint index)
{
  static const RcChartMarker markers[] = {
    RC_CHART_MARKER_CIRCLE,  RC_CHART_MARKER_SQUARE,        RC_CHART_MARKER_TRIANGLE,
    RC_CHART_MARKER_DIAMOND, RC_CHART_MARKER_TRIANGLE_DOWN, RC_CHART_MARKER_CROSS,
    RC_CHART_MARKER_PLUS,
  };

  return markers[index % G_N_ELEMENTS (markers)];
}

guint
rc_chart_style_drug_dash (guint index, double *dashes)
{
  switch (index % 5)
    {
      case 0:
        return 0;
      case 1:
        dashes[0] = 6;
        dashes[1] = 2;
        return 2;
      case 2:
        dashes[0] = 1.5;
        dashes[1] = 1.5;
        return 2;
      case 3:
        dashes[0] = 6;
        dashes[1] = 2;
        dashes[2] = 1.5;
        dashes[3] = 2;
        return 4;
      default:
        dashes[0] = 3;
        dashes[1] = 2;
        return 2;
    }
}

double
rc_chart_style_align (const RcChartStyle *style, double coord, double line_width)
{
  double scale = style != NULL ? style->scale : 1;
  long   device_width = lround (line_width * scale);

  if (device_width % 2 == 1)
    return (floor (coord * scale) + 0.5) / scale;
  return round (coord * scale) / scale;
}

double
rc_chart_style_hairline (const RcChartStyle *style)
{
  return 1 / (style != NULL ? style->scale : 1);
}

gboolean
rc_chart_theme_from_string (const char *name, RcChartTheme *theme)
{
  if (g_strcmp0 (name, "light") == 0)
    *theme = RC_CHART_THEME_LIGHT;
  else if (g_strcmp0 (name, "dark") == 0)
    *theme = RC_CHART_THEME_DARK;
  else if (g_strcmp0 (name, "print") == 0)
    *theme = RC_CHART_THEME_PRINT;
  else
    return FALSE;
  return TRUE;
}

const char *
rc_chart_theme_to_string (RcChartTheme theme)
{
  switch (theme)
    {
      case RC_CHART_THEME_DARK:
        return "dark";
      case RC_CHART_THEME_PRINT:
        return "print";
      case RC_CHART_THEME_LIGHT:
      default:
        return "light";
    }
}
