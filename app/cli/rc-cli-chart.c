/* rc-cli-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-chart-export.h"
#include "rc-chart.h"
#include "rc-cli-chart.h"

#define DEFAULT_WIDTH 1200
#define DEFAULT_HEIGHT 800

/* "1200x800" (an x, X or ×). */
static gboolean
parse_size (const char *size, int *width, int *height, GError **error)
{
  g_autofree char *normal = NULL;
  g_auto (GStrv) parts = NULL;
  guint64 w, h;

  if (size == NULL)
    {
      *width = DEFAULT_WIDTH;
      *height = DEFAULT_HEIGHT;
      return TRUE;
    }
  normal = g_strdup (size);
  g_strdelimit (normal, "X", 'x');
  {
    /* The multiplication sign is two bytes in UTF-8. */
    g_auto (GStrv) times = g_strsplit (normal, "×", -1);

    g_free (normal);
    normal = g_strjoinv ("x", times);
  }
  parts = g_strsplit (normal, "x", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 0, G_MAXINT, &w, NULL) ||
      !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 0, G_MAXINT, &h, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed after --size. */
                   _ ("invalid size “%s” (use WIDTHxHEIGHT, e.g. 1200x800)"), size);
      return FALSE;
    }
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

gboolean
rc_cli_check_chart_geometry (const char *size, int scale, GError **error)
{
  int width, height;

  return parse_size (size, &width, &height, error) &&
         rc_chart_export_check_size (width, height, scale == 0 ? 1 : scale, error);
}

static gboolean
check_drugs (RcKnowledgeBase *kb, const char *const *drug_ids, GError **error)
{
  if (drug_ids == NULL || drug_ids[0] == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("no drug given (use --drugs ID,…)"));
      return FALSE;
    }
  for (guint i = 0; drug_ids[i] != NULL; i++)
    if (rc_knowledge_base_lookup_drug (kb, drug_ids[i]) == NULL)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                     /* Translators: %s is a drug id the user typed. */
                     _ ("unknown drug “%s” (--list shows the drugs)"), drug_ids[i]);
        return FALSE;
      }
  return TRUE;
}

gboolean
rc_cli_export_chart (RcKnowledgeBase   *kb,
                     const char        *kind,
                     const char *const *drug_ids,
                     const char        *output,
                     const char        *size,
                     int                scale,
                     const char        *theme,
                     GError           **error)
{
  RcChartKind   chart_kind;
  RcChartTheme  chart_theme = RC_CHART_THEME_LIGHT;
  RcChartFormat format;
  int           width, height;
  g_autoptr (RcChart) chart = NULL;
  g_autoptr (RcChartStyle) style = NULL;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), FALSE);

  /* Every argument is checked before anything is drawn or written. */
  if (!rc_chart_kind_from_string (kind, &chart_kind))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed after --export-chart. */
                   _ ("unknown chart “%s” (use titration, side-effects or concentration)"),
                   kind != NULL ? kind : "");
      return FALSE;
    }
  if (!check_drugs (kb, drug_ids, error))
    return FALSE;
  if (output == NULL || *output == '\0')
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _ ("no output file given (use --output FILE)"));
      return FALSE;
    }
  if (!rc_chart_format_from_filename (output, &format))
    {
      g_autofree char *base = g_path_get_basename (output);
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
  if (!parse_size (size, &width, &height, error))
    return FALSE;
  if (scale == 0)
    scale = 1;
  if (!rc_chart_export_check_size (width, height, scale, error))
    return FALSE;
  if (theme != NULL && !rc_chart_theme_from_string (theme, &chart_theme))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed after --theme. */
                   _ ("unknown theme “%s” (use light, dark or print)"), theme);
      return FALSE;
    }

  chart = rc_chart_new (chart_kind, kb, drug_ids);
  style = rc_chart_style_new (chart_theme);
  return rc_chart_export_to_file (chart, style, output, width, height, scale, error);
}
