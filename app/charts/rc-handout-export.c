/* rc-handout-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "rc-handout-export.h"

static cairo_status_t
append_to_array (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
add_outline_entry (cairo_surface_t *surface, const char *label, int page)
{
  g_autofree char *link = NULL;

  if (page < 0)
    return;
  link = g_strdup_printf ("page=%d", page + 1);
  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, label, link, 0);
}

/* Bookmarks for the table's sections, the charts and the sources, so a
 * reader can jump in a long handout. */
static void
add_outline (RcHandout *handout, cairo_surface_t *surface)
{
  RcComparison *comparison = rc_handout_get_comparison (handout);
  const char   *section = NULL;

  for (guint r = 0; r < rc_comparison_get_n_rows (comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (comparison, r);

      if (g_strcmp0 (section, row->section_key) == 0)
        continue;
      section = row->section_key;
      add_outline_entry (surface, row->section_label, rc_handout_get_row_page (handout, r));
    }
  /* Translators: a bookmark in the handout PDF. */
  add_outline_entry (surface, _ ("Charts"), rc_handout_get_charts_page (handout));
  add_outline_entry (surface, _ ("Sources"), rc_handout_get_sources_page (handout));
}

GBytes *
rc_handout_export_to_bytes (RcHandout *handout,
                            double     page_width,
                            double     page_height,
                            GError   **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t   status;
  guint            n_pages;

  g_return_val_if_fail (RC_IS_HANDOUT (handout), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_pages = rc_handout_paginate (handout, page_width, page_height);
  if (n_pages == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %.0f×%.0f is a paper size in points. */
                   _ ("the handout does not fit on paper of %.0f×%.0f points"), page_width,
                   page_height);
      return NULL;
    }

  title = rc_handout_dup_title (handout);
  surface = cairo_pdf_surface_create_for_stream (append_to_array, bytes, page_width, page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  _ ("For learning only — not dosing advice."));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Relaxant Compare");

  for (guint p = 0; p < n_pages; p++)
    {
      cairo_t *cr = cairo_create (surface);

      rc_handout_draw_page (handout, cr, p);
      cairo_show_page (cr);
      cairo_destroy (cr);
    }
  add_outline (handout, surface);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is cairo's own (English) reason. */
                   _ ("the handout could not be drawn (%s)"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* Plain reasons before anything is drawn or written. */
static gboolean
check_target (GFile *file, GError **error)
{
  g_autoptr (GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *dir = parent != NULL ? g_file_get_path (parent) : NULL;

  if (path == NULL || dir == NULL)
    return TRUE; /* not local: GIO reports its own errors */

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: %s is a folder. */
                   _ ("the folder “%s” does not exist"), display);
      return FALSE;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _ ("it is a folder"));
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
  return TRUE;
}

gboolean
rc_handout_export_to_file (
    RcHandout *handout, double page_width, double page_height, GFile *file, GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  gconstpointer    data;
  gsize            length;

  g_return_val_if_fail (RC_IS_HANDOUT (handout), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target (file, error))
    return FALSE;

  bytes = rc_handout_export_to_bytes (handout, page_width, page_height, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);

  path = g_file_get_path (file);
  if (path != NULL)
    {
      GStatBuf st;
      int      mode = 0666;

      /* g_file_set_contents_full() writes a temporary file next to the
       * target and renames it over the target once everything is on disk;
       * on failure it removes the temporary file. An existing file keeps
       * its permissions. */
      if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
        mode = st.st_mode & 0777;
      return g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, mode,
                                       error);
    }

  /* Not a local path (a GVfs location): GIO's replace writes a temporary
   * file and swaps it in on close. */
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                  error);
}
