/* test-chart-export.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "rc-chart-export.h"
#include "rc-chart-test-utils.h"
#include "rc-cli-chart.h"

static RcKnowledgeBase *kb;

/* A fresh, empty directory in the build tree. */
static char *
make_dir (const char *name)
{
  g_autofree char *path = rc_test_output_path (name);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) dir = g_file_new_for_path (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr (GDir) d = g_dir_open (path, 0, NULL);
      const char *entry;

      while ((entry = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, entry, NULL);
          g_assert_cmpint (g_remove (child), ==, 0);
        }
    }
  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
  return g_steal_pointer (&path);
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* The SVG names every drug and the axes (in its title and description, as
 * cairo writes text as outlines) and is well-formed enough to start right. */
static void
test_svg (void)
{
  g_autoptr (RcChart) chart = rc_chart_new (RC_CHART_KIND_TITRATION, kb, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) bytes =
      rc_chart_export_to_bytes (chart, style, RC_CHART_FORMAT_SVG, 1200, 900, 1, &error);
  g_autofree char *text = NULL;
  const char *names[] = { "Baclofen",     "Tizanidine",      "Cyclobenzaprine",  "Methocarbamol",
                          "Carisoprodol", "Days from start", "Total daily dose", NULL };

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, "<title>Dose titration</title>"));
  g_assert_nonnull (strstr (text, "<desc>"));
  for (guint i = 0; names[i] != NULL; i++)
    if (strstr (text, names[i]) == NULL)
      {
        g_test_message ("the SVG does not contain “%s”", names[i]);
        g_test_fail ();
      }
  g_assert_nonnull (strstr (text, "</svg>"));
}

/* The PDF is one page. */
static void
test_pdf (void)
{
  const RcChartKind kinds[] = { RC_CHART_KIND_TITRATION, RC_CHART_KIND_SIDE_EFFECTS,
                                RC_CHART_KIND_CONCENTRATION };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr (RcChart) chart = rc_chart_new (kinds[k], kb, rc_test_drug_ids);
      g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_PRINT);
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes =
          rc_chart_export_to_bytes (chart, style, RC_CHART_FORMAT_PDF, 842, 595, 1, &error);
      gsize       size;
      const char *data;
      guint       pages = 0;

      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &size);
      g_assert_cmpuint (size, >, 1000);
      g_assert_true (memcmp (data, "%PDF-", 5) == 0);
      for (const char *p = data; p + 11 < data + size; p++)
        {
          p = memchr (p, '/', data + size - p - 11);
          if (p == NULL)
            break;
          /* "/Type /Page" but not "/Type /Pages". */
          if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
            pages++;
        }
      g_assert_cmpuint (pages, ==, 1);
    }
}

/* A 2× PNG has twice the pixels. */
static void
test_png_scale (void)
{
  g_autoptr (RcChart) chart = rc_chart_new (RC_CHART_KIND_SIDE_EFFECTS, kb, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autofree char *dir = make_dir ("export-png");
  g_autofree char *path = g_build_filename (dir, "effects.png", NULL);
  g_autoptr (GError) error = NULL;
  cairo_surface_t *png;

  g_assert_true (rc_chart_export_to_file (chart, style, path, 600, 400, 2, &error));
  g_assert_no_error (error);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 800);
  cairo_surface_destroy (png);
  /* Only the file itself: the temporary file was renamed. */
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* Replacing a file is atomic: the old one is replaced whole. */
static void
test_replace (void)
{
  g_autoptr (RcChart) chart = rc_chart_new (RC_CHART_KIND_TITRATION, kb, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autofree char *dir = make_dir ("export-replace");
  g_autofree char *path = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr (GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (rc_chart_export_to_file (chart, style, path, 800, 600, 1, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_cmpuint (count_entries (dir), ==, 1);
}

/* Every bad argument is a plain message, and nothing is written. */
static void
test_cli_errors (void)
{
  g_autofree char *dir = make_dir ("export-errors");
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);
  g_autofree char *jpg = g_build_filename (dir, "out.jpg", NULL);
  g_autofree char *bare = g_build_filename (dir, "out", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.png", NULL);
  const char      *good[] = { "baclofen", NULL };
  const char      *bad[] = { "baclofen", "aspirin", NULL };
  const char      *none[] = { NULL };
  const struct
  {
    const char        *kind;
    const char *const *drugs;
    const char        *output;
    const char        *size;
    int                scale;
    const char        *theme;
    const char        *expect;
  } cases[] = {
    { "pie", good, png, NULL, 0, NULL, "unknown chart “pie”" },
    { "titration", bad, png, NULL, 0, NULL, "unknown drug “aspirin”" },
    { "titration", none, png, NULL, 0, NULL, "no drug given" },
    { "titration", good, jpg, NULL, 0, NULL, "unknown file type “.jpg”" },
    { "titration", good, bare, NULL, 0, NULL, "no extension" },
    { "titration", good, png, "12x800", 0, NULL, "out of range" },
    { "titration", good, png, "9000x800", 0, NULL, "out of range" },
    { "titration", good, png, "big", 0, NULL, "invalid size “big”" },
    { "titration", good, png, "800x600x2", 0, NULL, "invalid size" },
    { "titration", good, png, NULL, 5, NULL, "scale 5 is out of range" },
    { "titration", good, png, "8000x8000", 4, NULL, "too large" },
    { "titration", good, png, NULL, 0, "sepia", "unknown theme “sepia”" },
    { "titration", good, missing, NULL, 0, NULL, "does not exist" },
    { "titration", good, dir, NULL, 0, NULL, "no extension" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = rc_cli_export_chart (kb, cases[i].kind, cases[i].drugs, cases[i].output,
                                         cases[i].size, cases[i].scale, cases[i].theme, &error);

      g_assert_false (ok);
      g_assert_nonnull (error);
      g_test_message ("case %u: %s", i, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].expect));
      g_assert_cmpuint (count_entries (dir), ==, 0);
    }

  /* A folder named like a file is refused too. */
  {
    g_autofree char *folder = g_build_filename (dir, "folder.png", NULL);
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
    g_assert_false (rc_cli_export_chart (kb, "titration", good, folder, NULL, 0, NULL, &error));
    g_assert_nonnull (strstr (error->message, "folder"));
    g_assert_cmpuint (count_entries (dir), ==, 1);
    g_assert_cmpint (g_rmdir (folder), ==, 0);
  }

  /* And the good case writes exactly one file. */
  {
    g_autoptr (GError) error = NULL;

    g_assert_true (rc_cli_export_chart (kb, "concentration", rc_test_drug_ids, png, "900x700", 1,
                                        "dark", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_entries (dir), ==, 1);
  }
}

/* Every format and theme from the command line. */
static void
test_cli_formats (void)
{
  g_autofree char *dir = make_dir ("export-cli");
  const char      *files[] = { "t.png", "t.svg", "t.pdf", "T.PNG", NULL };
  const char      *themes[] = { "light", "dark", "print", NULL };

  for (guint f = 0; files[f] != NULL; f++)
    for (guint t = 0; themes[t] != NULL; t++)
      {
        g_autofree char *path = g_build_filename (dir, files[f], NULL);
        g_autoptr (GError) error = NULL;

        g_assert_true (rc_cli_export_chart (kb, "side-effects", rc_test_drug_ids, path, "800x600",
                                            2, themes[t], &error));
        g_assert_no_error (error);
        g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      }
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  kb = rc_test_load_kb ();

  g_test_add_func ("/chart-export/svg", test_svg);
  g_test_add_func ("/chart-export/pdf", test_pdf);
  g_test_add_func ("/chart-export/png-scale", test_png_scale);
  g_test_add_func ("/chart-export/replace", test_replace);
  g_test_add_func ("/chart-export/cli-errors", test_cli_errors);
  g_test_add_func ("/chart-export/cli-formats", test_cli_formats);

  status = g_test_run ();
  g_object_unref (kb);
  return status;
}
