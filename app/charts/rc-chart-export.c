/* rc-chart-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "rc-chart-export.h"

/* Image memory is the real limit: 50 megapixels is 200 MB of pixels. */
#define MAX_PIXELS (50.0 * 1000 * 1000)

gboolean
rc_chart_format_from_filename (const char *filename, RcChartFormat *format)
{
  g_autofree char *base = NULL;
  const char      *dot;

  if (filename == NULL)
    return FALSE;
  base = g_path_get_basename (filename);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".png") == 0)
    *format = RC_CHART_FORMAT_PNG;
  else if (g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = RC_CHART_FORMAT_SVG;
  else if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = RC_CHART_FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

gboolean
rc_chart_export_check_size (int width, int height, int scale, GError **error)
{
  if (width < RC_CHART_EXPORT_MIN_SIZE || width > RC_CHART_EXPORT_MAX_SIZE ||
      height < RC_CHART_EXPORT_MIN_SIZE || height > RC_CHART_EXPORT_MAX_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %d×%d is the size asked for; the limits follow. */
                   _ ("size %d×%d is out of range (width and height from %d to %d)"), width, height,
                   RC_CHART_EXPORT_MIN_SIZE, RC_CHART_EXPORT_MAX_SIZE);
      return FALSE;
    }
  if (scale < 1 || scale > RC_CHART_EXPORT_MAX_SCALE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: the first %d is the scale asked for, the second the largest
                    * scale allowed. */
                   _ ("scale %d is out of range (use 1 to %d)"), scale, RC_CHART_EXPORT_MAX_SCALE);
      return FALSE;
    }
  if ((double) width * scale * height * scale > MAX_PIXELS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %d×%d are the chart's width and height in pixels, the last %d
                    * its scale factor. */
                   _ ("size %d×%d at scale %d is too large for an image (at most 50 million "
                      "pixels)"),
                   width, height, scale);
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
append_to_array (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_surface (cairo_surface_t *surface, GError **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               /* Translators: %s is cairo's own (English) reason. */
               _ ("the chart could not be drawn (%s)"), cairo_status_to_string (status));
  return FALSE;
}

static void
draw (RcChart *chart, const RcChartStyle *style, cairo_surface_t *surface, int width, int height)
{
  cairo_t *cr = cairo_create (surface);

  rc_chart_layout (chart, style, width, height);
  rc_chart_draw (chart, cr);
  cairo_destroy (cr);
}

/* cairo's SVG writer turns text into glyph outlines; the title and summary
 * go in as <title> and <desc> so the file stays readable by people and
 * search. */
static GByteArray *
add_svg_text_alternative (GByteArray *svg, const char *title, const char *summary)
{
  const char      *data = (const char *) svg->data;
  const char      *root = g_strstr_len (data, svg->len, "<svg");
  const char      *end;
  g_autofree char *t = g_markup_escape_text (title, -1);
  g_autofree char *d = g_markup_escape_text (summary, -1);
  g_autofree char *insert = g_strdup_printf ("\n<title>%s</title>\n<desc>%s</desc>", t, d);
  GByteArray      *out;
  gsize            offset;

  if (root == NULL)
    return svg;
  end = memchr (root, '>', svg->len - (root - data));
  if (end == NULL)
    return svg;
  offset = end - data + 1;
  out = g_byte_array_sized_new (svg->len + strlen (insert));
  g_byte_array_append (out, svg->data, offset);
  g_byte_array_append (out, (const guint8 *) insert, strlen (insert));
  g_byte_array_append (out, svg->data + offset, svg->len - offset);
  g_byte_array_unref (svg);
  return out;
}

GBytes *
rc_chart_export_to_bytes (RcChart            *chart,
                          const RcChartStyle *style,
                          RcChartFormat       format,
                          int                 width,
                          int                 height,
                          int                 scale,
                          GError            **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autoptr (RcChartStyle) own = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  cairo_surface_t *surface = NULL;
  gboolean         ok;

  g_return_val_if_fail (RC_IS_CHART (chart), NULL);
  g_return_val_if_fail (style != NULL, NULL);

  if (format != RC_CHART_FORMAT_PNG)
    scale = 1;
  if (!rc_chart_export_check_size (width, height, scale, error))
    return NULL;

  own = rc_chart_style_copy (style);
  own->fill_background = TRUE;
  rc_chart_style_set_scale (own, scale);
  title = rc_chart_dup_title (chart);
  summary = rc_chart_dup_summary (chart);

  switch (format)
    {
      case RC_CHART_FORMAT_PNG:
        surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
        if (!check_surface (surface, error))
          break;
        cairo_surface_set_device_scale (surface, scale, scale);
        draw (chart, own, surface, width, height);
        ok = check_surface (surface, error) &&
             cairo_surface_write_to_png_stream (surface, append_to_array, bytes) ==
                 CAIRO_STATUS_SUCCESS;
        cairo_surface_destroy (surface);
        if (!ok)
          {
            if (error != NULL && *error == NULL)
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _ ("the image could not be encoded"));
            return NULL;
          }
        return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));

      case RC_CHART_FORMAT_SVG:
        surface = cairo_svg_surface_create_for_stream (append_to_array, bytes, width, height);
        cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
        break;

      case RC_CHART_FORMAT_PDF:
      default:
        surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes, width, height);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, summary);
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Relaxant Compare");
        break;
    }

  if (surface == NULL || !check_surface (surface, error))
    {
      g_clear_pointer (&surface, cairo_surface_destroy);
      return NULL;
    }
  draw (chart, own, surface, width, height);
  cairo_surface_finish (surface);
  ok = check_surface (surface, error);
  cairo_surface_destroy (surface);
  if (!ok)
    return NULL;

  if (format == RC_CHART_FORMAT_SVG)
    bytes = add_svg_text_alternative (g_steal_pointer (&bytes), title, summary);
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

gboolean
rc_chart_export_to_file (RcChart            *chart,
                         const RcChartStyle *style,
                         const char         *filename,
                         int                 width,
                         int                 height,
                         int                 scale,
                         GError            **error)
{
  RcChartFormat format;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autoptr (GError) local_error = NULL;

  g_return_val_if_fail (RC_IS_CHART (chart), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  if (!rc_chart_format_from_filename (filename, &format))
    {
      g_autofree char *base = g_path_get_basename (filename);
      const char      *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     /* Translators: %s is a file extension such as ".jpg". */
                     _ ("unknown file type “%s” (use .png, .svg or .pdf)"), dot);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                     _ ("the file name has no extension (use .png, .svg or .pdf)"));
      return FALSE;
    }

  /* Plain reasons before anything is drawn or written. */
  dir = g_path_get_dirname (filename);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s is a folder. */
                   _ ("the folder “%s” does not exist"), display);
      return FALSE;
    }
  if (g_file_test (filename, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _ ("it is a folder"));
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   /* Translators: %s is a folder. */
                   _ ("no permission to write in the folder “%s”"), display);
      return FALSE;
    }

  bytes = rc_chart_export_to_bytes (chart, style, format, width, height, scale, error);
  if (bytes == NULL)
    return FALSE;

  if (!g_file_set_contents_full (filename, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                           local_error->message);
      return FALSE;
    }
  return TRUE;
}
