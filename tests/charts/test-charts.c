/* test-charts.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "rc-chart-scene.h"
#include "rc-chart-test-utils.h"
#include "rc-concentration-chart.h"
#include "rc-side-effects-chart.h"
#include "rc-titration-chart.h"

/* Anti-aliasing and blending leave some slack around exact colours. */
#define TOLERANCE 0.12

static RcKnowledgeBase *kb;

static void
drug_color (const RcChartStyle *style, const char *id, RcChartColor *out)
{
  g_autoptr (RcChart) chart = rc_chart_new (RC_CHART_KIND_TITRATION, kb, NULL);
  RcDrug *drug = rc_knowledge_base_lookup_drug (kb, id);

  rc_chart_style_drug_color (style, rc_chart_get_color_index (chart, drug), out);
}

static RcChart *
new_chart (RcChartKind kind, const char *const *ids)
{
  return rc_chart_new (kind, kb, ids);
}

/* The titration line sits at the labelled total: baclofen 15 mg/day on day 2,
 * 60 mg/day on day 11, and not the other way round. */
static void
check_baclofen_levels (RcTitrationChart *chart, cairo_surface_t *surface, const RcChartStyle *style)
{
  RcChartColor color;
  double       x, y;

  drug_color (style, "baclofen", &color);

  g_assert_true (rc_titration_chart_data_to_point (chart, "baclofen", 2, 15, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  g_assert_true (rc_titration_chart_data_to_point (chart, "baclofen", 2, 60, &x, &y));
  g_assert_false (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));

  g_assert_true (rc_titration_chart_data_to_point (chart, "baclofen", 11, 60, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  g_assert_true (rc_titration_chart_data_to_point (chart, "baclofen", 11, 15, &x, &y));
  g_assert_false (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));

  /* Days 4–6 at 30 mg/day. */
  g_assert_true (rc_titration_chart_data_to_point (chart, "baclofen", 5, 30, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
}

static void
test_titration_baclofen (void)
{
  const char *one[] = { "baclofen", NULL };
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);

  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr (RcChart) single = new_chart (RC_CHART_KIND_TITRATION, one);
      g_autoptr (RcChart) five = new_chart (RC_CHART_KIND_TITRATION, rc_test_drug_ids);
      cairo_surface_t *surface;

      surface = rc_test_render (single, style, 1000, 640, scale);
      check_baclofen_levels (RC_TITRATION_CHART (single), surface, style);
      cairo_surface_destroy (surface);

      /* Small multiples: baclofen has its own panel and scale. */
      surface = rc_test_render (five, style, 1000, 900, scale);
      check_baclofen_levels (RC_TITRATION_CHART (five), surface, style);
      cairo_surface_destroy (surface);
    }
}

/* The percent view puts 60 mg/day at 75% of baclofen's 80 mg/day. */
static void
test_titration_percent (void)
{
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_TITRATION, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autoptr (RcChart) reference = NULL;
  cairo_surface_t *surface;
  RcChartColor     color;
  double           x, y, x75, y75;

  rc_titration_chart_set_mode (RC_TITRATION_CHART (chart), RC_TITRATION_MODE_PERCENT_OF_MAX);
  surface = rc_test_render (chart, style, 1000, 640, 1);
  rc_test_save_png (surface, "compare-titration-percent.png");
  drug_color (style, "baclofen", &color);
  g_assert_true (
      rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "baclofen", 11, 60, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  /* The same point as 75 % of methocarbamol's 8 g: the y is shared. */
  g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "methocarbamol", 11,
                                                   6000, &x75, &y75));
  g_assert_cmpfloat_with_epsilon (y, y75, 1e-6);
  /* Carisoprodol has no labelled maximum: it is marked, and explained. */
  {
    g_autofree char *text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));

    g_assert_nonnull (strstr (text, "Carisoprodol*"));
    g_assert_nonnull (strstr (text, "no maximum daily dose"));
  }
  rc_test_assert_no_text_overlap (chart, "titration percent");
  cairo_surface_destroy (surface);
}

/* Tizanidine's label has a rule, not a calendar: only day 1 is drawn, and
 * the chart says so. */
static void
test_titration_tizanidine (void)
{
  const char *one[] = { "tizanidine", NULL };
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_TITRATION, one);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autofree char *text = NULL;
  g_autofree char *summary = NULL;
  cairo_surface_t *surface;
  RcChartColor     color;
  double           x, y;

  surface = rc_test_render (chart, style, 1000, 640, 1);
  drug_color (style, "tizanidine", &color);
  /* Day 1: the labelled start, 2–6 mg/day (2 mg up to three times). */
  g_assert_true (
      rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "tizanidine", 1, 6, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  /* Nothing invented after it: no line on day 5 anywhere from 2 to 36. */
  for (double level = 2; level <= 36; level += 1)
    {
      g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "tizanidine", 5,
                                                       level, &x, &y));
      g_assert_false (rc_test_find_color (surface, x, y, 0, &color, TOLERANCE));
    }
  text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));
  g_assert_nonnull (strstr (text, "no fixed schedule in the label"));
  g_assert_nonnull (strstr (text, "increase 2–4 mg per dose every 1–4 days"));
  g_assert_nonnull (strstr (text, "Maximum 36 mg/day"));
  summary = rc_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "36 mg/day"));
  cairo_surface_destroy (surface);
}

/* Carisoprodol's 250–350 mg four times a day is a band from 1,000 to 1,400
 * mg/day, and nothing is drawn after the 3-week limit. */
static void
test_titration_carisoprodol (void)
{
  const char *one[] = { "carisoprodol", NULL };
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_TITRATION, one);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  cairo_surface_t *surface;
  RcChartColor     color, mid;
  double           x, y;

  surface = rc_test_render (chart, style, 1000, 640, 1);
  drug_color (style, "carisoprodol", &color);
  g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "carisoprodol", 5,
                                                   1000, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "carisoprodol", 5,
                                                   1400, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  /* Inside the band: a tint of the colour, not the line itself. */
  g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "carisoprodol", 5,
                                                   1200, &x, &y));
  rc_test_pixel (surface, x, y, &mid);
  g_assert_cmpfloat (rc_test_color_distance (&mid, &color), >, TOLERANCE);
  g_assert_cmpfloat (rc_test_color_distance (&mid, &style->background), >, 0.05);
  /* Day 23 is past the 21-day limit. */
  g_assert_cmpuint (rc_titration_chart_get_n_days (RC_TITRATION_CHART (chart)), >, 23);
  g_assert_true (rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "carisoprodol", 23,
                                                   1000, &x, &y));
  g_assert_false (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));
  cairo_surface_destroy (surface);
}

/* Methocarbamol lists effects without figures: each is the hatched "n/r"
 * stub, with no bar of any length. Baclofen's 63% has its placebo tick and
 * its 5–15% is a range bar. */
static void
test_side_effects_compare (void)
{
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_SIDE_EFFECTS, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  cairo_surface_t *surface;
  RcSideEffectsBar bar;
  RcChartColor     mcb, bac, c;
  double           unit;

  surface = rc_test_render (chart, style, 1100, 900, 1);
  rc_test_save_png (surface, "compare-side-effects-tall.png");
  drug_color (style, "methocarbamol", &mcb);
  drug_color (style, "baclofen", &bac);

  g_assert_true (rc_side_effects_chart_get_bar (RC_SIDE_EFFECTS_CHART (chart), "methocarbamol",
                                                "somnolence", &bar));
  g_assert_cmpint (bar.state, ==, RC_SIDE_EFFECTS_BAR_NOT_REPORTED);
  g_assert_cmpfloat (bar.x_end, ==, bar.x_zero);
  g_assert_cmpfloat (bar.stub_end, >, bar.x_zero);
  /* The stub is drawn (its outline has the drug's colour)… */
  g_assert_true (rc_test_find_color (surface, bar.x_zero + 1, bar.y_top + 1, 2, &mcb, TOLERANCE));
  /* …and no bar: nothing in the drug's colour beyond the stub. */
  for (double x = bar.stub_end + 2; x < bar.stub_end + 400; x += 1)
    {
      rc_test_pixel (surface, x, (bar.y_top + bar.y_bottom) / 2, &c);
      g_assert_cmpfloat (rc_test_color_distance (&c, &mcb), >, TOLERANCE);
    }
  {
    g_autofree char *text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));

    g_assert_nonnull (strstr (text, "n/r"));
  }

  g_assert_true (rc_side_effects_chart_get_bar (RC_SIDE_EFFECTS_CHART (chart), "baclofen",
                                                "somnolence", &bar));
  g_assert_cmpint (bar.state, ==, RC_SIDE_EFFECTS_BAR_VALUE);
  g_assert_cmpfloat (bar.max, ==, 63);
  g_assert_true (bar.has_placebo);
  g_assert_cmpfloat (bar.placebo, ==, 36);
  unit = (bar.x_end - bar.x_zero) / 63;
  rc_test_pixel (surface, bar.x_zero + 20 * unit, (bar.y_top + bar.y_bottom) / 2, &c);
  g_assert_cmpfloat (rc_test_color_distance (&c, &bac), <=, TOLERANCE);
  g_assert_true (rc_test_find_color (surface, bar.placebo_x, (bar.y_top + bar.y_bottom) / 2, 1,
                                     &style->foreground, TOLERANCE));
  g_assert_cmpfloat_with_epsilon (bar.placebo_x, bar.x_zero + 36 * unit, 1.5);

  g_assert_true (
      rc_side_effects_chart_get_bar (RC_SIDE_EFFECTS_CHART (chart), "baclofen", "dizziness", &bar));
  g_assert_cmpint (bar.state, ==, RC_SIDE_EFFECTS_BAR_RANGE);
  g_assert_cmpfloat (bar.min, ==, 5);
  g_assert_cmpfloat (bar.max, ==, 15);
  rc_test_pixel (surface, bar.x_zero + 2.5 * unit, (bar.y_top + bar.y_bottom) / 2, &c);
  g_assert_cmpfloat (rc_test_color_distance (&c, &bac), <=, TOLERANCE);
  rc_test_pixel (surface, bar.x_zero + 10 * unit, (bar.y_top + bar.y_bottom) / 2, &c);
  g_assert_cmpfloat (rc_test_color_distance (&c, &bac), >, TOLERANCE);
  g_assert_cmpfloat (rc_test_color_distance (&c, &style->background), >, 0.05);

  rc_test_assert_no_text_overlap (chart, "side effects compare");
  cairo_surface_destroy (surface);
}

/* A drug tab shows every dose arm: cyclobenzaprine's 10 mg arm reports 38%
 * somnolence against 10% on placebo. Rows are sorted by the largest figure. */
static void
test_side_effects_single (void)
{
  const char *one[] = { "cyclobenzaprine", NULL };
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_SIDE_EFFECTS, one);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_auto (GStrv) shown = NULL;
  RcSideEffectsBar bar;
  cairo_surface_t *surface;

  surface = rc_test_render (chart, style, 1000, 900, 1);
  g_assert_true (rc_side_effects_chart_get_bar (
      RC_SIDE_EFFECTS_CHART (chart), "ir-placebo-controlled/cbp-10", "somnolence", &bar));
  g_assert_cmpfloat (bar.max, ==, 38);
  g_assert_true (bar.has_placebo);
  g_assert_cmpfloat (bar.placebo, ==, 10);
  shown = rc_side_effects_chart_dup_shown_effects (RC_SIDE_EFFECTS_CHART (chart));
  g_assert_cmpuint (g_strv_length (shown), ==, 8);
  g_assert_cmpstr (shown[0], ==, "somnolence");
  g_assert_cmpstr (shown[1], ==, "dry-mouth");

  /* Showing all rows. */
  rc_side_effects_chart_set_top_n (RC_SIDE_EFFECTS_CHART (chart), 0);
  cairo_surface_destroy (surface);
  surface = rc_test_render (chart, style, 1000, 1400, 1);
  g_strfreev (shown);
  shown = rc_side_effects_chart_dup_shown_effects (RC_SIDE_EFFECTS_CHART (chart));
  g_assert_cmpuint (g_strv_length (shown), >, 8);
  cairo_surface_destroy (surface);
}

/* Hiding a drug from the legend removes its bars and keeps its entry. */
static void
test_hide_series (void)
{
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_SIDE_EFFECTS, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  RcSideEffectsBar          bar;
  const RcChartLegendEntry *entry;
  cairo_surface_t          *surface;

  surface = rc_test_render (chart, style, 1000, 800, 1);
  entry = rc_chart_get_legend_entry (chart, 0);
  g_assert_cmpstr (entry->key, ==, "baclofen");
  g_assert_true (rc_chart_hit_test_legend (chart, entry->x + 2, entry->y + 2) == entry);
  rc_chart_set_series_visible (chart, "baclofen", FALSE);
  cairo_surface_destroy (surface);
  surface = rc_test_render (chart, style, 1000, 800, 1);
  g_assert_false (rc_side_effects_chart_get_bar (RC_SIDE_EFFECTS_CHART (chart), "baclofen",
                                                 "somnolence", &bar));
  g_assert_true (rc_side_effects_chart_get_bar (RC_SIDE_EFFECTS_CHART (chart), "tizanidine",
                                                "somnolence", &bar));
  entry = rc_chart_get_legend_entry (chart, 0);
  g_assert_cmpstr (entry->key, ==, "baclofen");
  g_assert_true (entry->hidden);
  cairo_surface_destroy (surface);
}

/* The model drawn: cyclobenzaprine (18 h) climbs, tizanidine (2 h) does not;
 * the curve is where the model says. */
static void
test_concentration (void)
{
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_CONCENTRATION, rc_test_drug_ids);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  RcConcentrationChart *cc = RC_CONCENTRATION_CHART (chart);
  cairo_surface_t      *surface;
  RcChartColor          color;
  double                level, peak_cbp = 0, peak_tiz = 0, x, y;
  g_autofree char      *text = NULL;
  g_autofree char      *summary = NULL;

  surface = rc_test_render (chart, style, 1000, 1000, 1);
  for (double t = 6 * 24; t < 7 * 24; t += 0.1)
    {
      g_assert_true (rc_concentration_chart_get_level (cc, "cyclobenzaprine", t, &level));
      peak_cbp = MAX (peak_cbp, level);
      g_assert_true (rc_concentration_chart_get_level (cc, "tizanidine", t, &level));
      peak_tiz = MAX (peak_tiz, level);
    }
  g_test_message ("day 7 peaks: cyclobenzaprine %.2f, tizanidine %.2f", peak_cbp, peak_tiz);
  g_assert_cmpfloat (peak_cbp, >, 2);
  g_assert_cmpfloat (peak_tiz, <, 1.2);

  drug_color (style, "cyclobenzaprine", &color);
  g_assert_true (rc_concentration_chart_get_level (cc, "cyclobenzaprine", 3 * 24 + 4.5, &level));
  g_assert_true (
      rc_concentration_chart_data_to_point (cc, "cyclobenzaprine", 3 * 24 + 4.5, level, &x, &y));
  g_assert_true (rc_test_find_color (surface, x, y, 2, &color, TOLERANCE));

  text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));
  g_assert_nonnull (strstr (text, "Illustrative model, not patient data"));
  summary = rc_chart_dup_summary (chart);
  g_assert_nonnull (strstr (summary, "Illustrative model, not patient data"));
  g_assert_nonnull (strstr (summary, "Assumptions"));
  g_assert_nonnull (strstr (summary, "midpoints of ranges"));
  rc_test_assert_no_text_overlap (chart, "concentration compare");
  cairo_surface_destroy (surface);
}

/* A drug without a Tmax is listed as "not enough data", never drawn. */
static void
test_concentration_not_enough_data (void)
{
  g_autoptr (RcKnowledgeBase) own = rc_knowledge_base_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path =
      g_build_filename (g_getenv ("RC_SOURCE_DIR"), "data", "drugs", "carisoprodol.xml", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *no_tmax = NULL;
  char            *renamed = NULL;
  g_autoptr (GRegex) tmax = g_regex_new ("<tmax [^>]*>", 0, 0, NULL);
  g_autoptr (GRegex) id = g_regex_new ("<drug id=\"carisoprodol\"", 0, 0, NULL);
  const char *ids[] = { "carisoprodol", "testdrug", NULL };
  g_autoptr (RcChart) chart = NULL;
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface;
  double           x, y;

  /* A copy of carisoprodol whose Tmax is "not reported". */
  g_assert_true (rc_knowledge_base_load_default (own, NULL, &error));
  g_assert_true (g_file_get_contents (path, &xml, NULL, &error));
  no_tmax = g_regex_replace_literal (
      tmax, xml, -1, 0, "<tmax source=\"SOMA-OLD\" primary=\"true\" status=\"not-reported\">", 0,
      &error);
  g_assert_no_error (error);
  renamed = g_regex_replace_literal (id, no_tmax, -1, 0, "<drug id=\"testdrug\"", 0, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (renamed, strlen (renamed));
  g_assert_true (rc_knowledge_base_load_bytes (own, bytes, "testdrug.xml"));
  g_assert_nonnull (rc_knowledge_base_lookup_drug (own, "testdrug"));

  chart = rc_chart_new (RC_CHART_KIND_CONCENTRATION, own, ids);
  surface = rc_test_render (chart, style, 900, 700, 1);
  g_assert_cmpint (rc_concentration_chart_get_status (RC_CONCENTRATION_CHART (chart), "testdrug"),
                   ==, RC_PK_MODEL_NO_TMAX);
  g_assert_cmpint (
      rc_concentration_chart_get_status (RC_CONCENTRATION_CHART (chart), "carisoprodol"), ==,
      RC_PK_MODEL_OK);
  g_assert_false (rc_concentration_chart_data_to_point (RC_CONCENTRATION_CHART (chart), "testdrug",
                                                        1, 1, &x, &y));
  text = rc_chart_scene_dup_text (rc_chart_get_scene (chart));
  g_assert_nonnull (strstr (text, "not enough data (no time to peak (Tmax))"));
  cairo_surface_destroy (surface);
}

/* Dark theme: dark background, light text; print: white. */
static void
test_themes (void)
{
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_TITRATION, rc_test_drug_ids);
  RcChartTheme themes[] = { RC_CHART_THEME_LIGHT, RC_CHART_THEME_DARK, RC_CHART_THEME_PRINT };

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    {
      g_autoptr (RcChartStyle) style = rc_chart_style_new (themes[i]);
      cairo_surface_t *surface = rc_test_render (chart, style, 800, 600, 1);
      RcChartColor     corner;
      double           luma;

      rc_test_pixel (surface, 2, 2, &corner);
      luma = 0.2126 * corner.red + 0.7152 * corner.green + 0.0722 * corner.blue;
      if (themes[i] == RC_CHART_THEME_DARK)
        g_assert_cmpfloat (luma, <, 0.2);
      else
        g_assert_cmpfloat (luma, >, 0.9);
      g_assert_true (rc_chart_color_is_dark (&style->foreground) ==
                     (themes[i] != RC_CHART_THEME_DARK));
      cairo_surface_destroy (surface);
    }
}

/* The text summary carries the key numbers. */
static void
test_summaries (void)
{
  const char *one[] = { "baclofen", NULL };
  g_autoptr (RcChart) titration = new_chart (RC_CHART_KIND_TITRATION, one);
  g_autoptr (RcChart) effects = new_chart (RC_CHART_KIND_SIDE_EFFECTS, rc_test_drug_ids);
  g_autofree char *t = rc_chart_dup_summary (titration);
  g_autofree char *e = rc_chart_dup_summary (effects);
  g_autoptr (RcChartTable) table = rc_chart_dup_table (titration);

  g_test_message ("%s", t);
  g_assert_nonnull (strstr (t, "Baclofen starts at 15 mg/day and reaches 60 mg/day on day 10."));
  g_assert_nonnull (strstr (t, "Maximum 80 mg/day."));
  g_assert_nonnull (strstr (t, "80 mg/day"));
  g_assert_nonnull (strstr (e, "63%"));
  g_assert_nonnull (strstr (e, "placebo 36%"));
  g_assert_nonnull (strstr (e, "Methocarbamol not reported"));

  /* The table has the same numbers, one row per step. */
  g_assert_cmpuint (rc_chart_table_get_n_columns (table), ==, 5);
  g_assert_cmpuint (table->rows->len, >=, 5);
  g_assert_cmpstr (((char **) table->rows->pdata[0])[3], ==, "15 mg/day");
  g_assert_cmpstr (((char **) table->rows->pdata[3])[1], ==, "From day 10");
  g_assert_cmpstr (((char **) table->rows->pdata[3])[3], ==, "60 mg/day");
}

/* Hover and the keyboard find the same items. */
static void
test_items (void)
{
  const char *one[] = { "baclofen", NULL };
  g_autoptr (RcChart) chart = new_chart (RC_CHART_KIND_TITRATION, one);
  g_autoptr (RcChartStyle) style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  cairo_surface_t   *surface = rc_test_render (chart, style, 1000, 640, 1);
  double             x, y;
  int                hit, next;
  const RcChartItem *item;

  g_assert_true (
      rc_titration_chart_data_to_point (RC_TITRATION_CHART (chart), "baclofen", 5, 30, &x, &y));
  hit = rc_chart_hit_test (chart, x, y);
  g_assert_cmpint (hit, >=, 0);
  item = rc_chart_get_item (chart, hit);
  g_test_message ("%s", item->text);
  g_assert_nonnull (strstr (item->text, "Baclofen: Days 4–6"));
  g_assert_nonnull (strstr (item->text, "10 mg three times daily = 30 mg/day"));
  g_assert_nonnull (strstr (item->text, "OZOBAX-PI"));
  next = rc_chart_navigate (chart, hit, 1, 0);
  g_assert_cmpint (next, ==, hit + 1);
  g_assert_cmpint (rc_chart_navigate (chart, -1, 1, 0), ==, 0);
  g_assert_cmpint (rc_chart_hit_test (chart, -10, -10), ==, -1);
  cairo_surface_destroy (surface);
}

/* Every chart for every drug and for the five, in every theme, at 1× and
 * 2×: it draws, it has items, its labels do not overlap. The PNGs are kept
 * in the build directory for people to look at. */
static void
test_render_all (void)
{
  const RcChartKind kinds[] = { RC_CHART_KIND_TITRATION, RC_CHART_KIND_SIDE_EFFECTS,
                                RC_CHART_KIND_CONCENTRATION };
  const struct
  {
    RcChartTheme theme;
    int          scale;
    int          width, height;
    const char  *name;
  } looks[] = {
    { RC_CHART_THEME_LIGHT, 1, 960, 640, "light" },
    { RC_CHART_THEME_DARK, 1, 960, 640, "dark" },
    { RC_CHART_THEME_PRINT, 1, 960, 640, "print" },
    { RC_CHART_THEME_LIGHT, 2, 960, 640, "light@2x" },
    { RC_CHART_THEME_LIGHT, 1, 480, 320, "small" },
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint d = 0; d <= 5; d++)
      for (guint l = 0; l < G_N_ELEMENTS (looks); l++)
        {
          const char        *one[] = { rc_test_drug_ids[d < 5 ? d : 0], NULL };
          const char *const *ids = d < 5 ? one : rc_test_drug_ids;
          g_autoptr (RcChart) chart = new_chart (kinds[k], ids);
          g_autoptr (RcChartStyle) style = rc_chart_style_new (looks[l].theme);
          int              height = looks[l].height;
          cairo_surface_t *surface;
          g_autofree char *stem = rc_chart_dup_file_stem (chart);
          g_autofree char *name = g_strdup_printf ("%s-%s.png", stem, looks[l].name);

          /* Five panels need more height than one, except when testing the
           * smallest size. */
          if (d == 5 && kinds[k] != RC_CHART_KIND_SIDE_EFFECTS && looks[l].width > 480)
            height = 900;
          surface = rc_test_render (chart, style, looks[l].width, height, looks[l].scale);
          g_test_message ("%s: %u drawing operations, %u items", name,
                          rc_chart_scene_get_n_ops (rc_chart_get_scene (chart)),
                          rc_chart_get_n_items (chart));
          g_assert_cmpuint (rc_chart_scene_get_n_ops (rc_chart_get_scene (chart)), >, 20);
          if (looks[l].width > 480)
            g_assert_cmpuint (rc_chart_get_n_items (chart), >, 0);
          rc_test_assert_no_text_overlap (chart, name);
          rc_test_save_png (surface, name);
          cairo_surface_destroy (surface);
        }
}

/* Distance from (px, py) to the segment (ax, ay)–(bx, by). */
static double
segment_distance (double px, double py, double ax, double ay, double bx, double by)
{
  double dx = bx - ax, dy = by - ay;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / len2, 0, 1) : 0;

  return hypot (px - ax - t * dx, py - ay - t * dy);
}

/* The curves are thinned before drawing: what is dropped must lie within
 * the tolerance of what is kept, ends and peaks stay, and a straight run
 * becomes its two ends. */
static void
test_polyline_simplify (void)
{
  enum
  {
    N = 2000
  };
  g_autofree double *original = g_new (double, 2 * N);
  g_autofree double *xy = g_new (double, 2 * N);
  double             line[] = { 0, 0, 1, 1, 2, 2, 3, 3, 4, 4 };
  guint              n, peak = 0;

  g_assert_cmpuint (rc_chart_polyline_simplify (line, 5, 0.1), ==, 2);
  g_assert_cmpfloat (line[2], ==, 4.0);
  g_assert_cmpfloat (line[3], ==, 4.0);

  /* A dosing curve's shape: sharp rises and slow decays, with a highest
   * point that must survive. */
  for (guint i = 0; i < N; i++)
    {
      double t = i / 100.0;
      double phase = fmod (t, 2.0);

      original[2 * i] = i * 0.5;
      original[2 * i + 1] = (phase < 0.2 ? phase / 0.2 : exp (-(phase - 0.2))) * (50 + t);
      if (original[2 * i + 1] > original[2 * peak + 1])
        peak = i;
    }
  memcpy (xy, original, sizeof (double) * 2 * N);
  n = rc_chart_polyline_simplify (xy, N, 0.1);
  g_test_message ("%u of %u points kept", n, (guint) N);
  g_assert_cmpuint (n, <, N / 2);
  g_assert_cmpfloat (xy[0], ==, original[0]);
  g_assert_cmpfloat (xy[2 * (n - 1)], ==, original[2 * (N - 1)]);

  for (guint i = 0, k = 0; i < N; i++)
    {
      double best = G_MAXDOUBLE;

      /* The kept points are a subsequence: find the segment spanning i. */
      while (k + 1 < n && xy[2 * (k + 1)] < original[2 * i])
        k++;
      for (guint j = k; j < MIN (k + 2, n - 1); j++)
        best = MIN (best, segment_distance (original[2 * i], original[2 * i + 1], xy[2 * j],
                                            xy[2 * j + 1], xy[2 * j + 2], xy[2 * j + 3]));
      g_assert_cmpfloat (best, <=, 0.1 + 1e-9);
      if (i == peak)
        {
          gboolean kept = FALSE;

          for (guint j = 0; j < n; j++)
            kept |= xy[2 * j] == original[2 * i] && xy[2 * j + 1] == original[2 * i + 1];
          g_assert_true (kept);
        }
    }
}

int
main (int argc, char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  kb = rc_test_load_kb ();

  g_test_add_func ("/charts/titration/baclofen", test_titration_baclofen);
  g_test_add_func ("/charts/titration/percent", test_titration_percent);
  g_test_add_func ("/charts/titration/tizanidine", test_titration_tizanidine);
  g_test_add_func ("/charts/titration/carisoprodol", test_titration_carisoprodol);
  g_test_add_func ("/charts/side-effects/compare", test_side_effects_compare);
  g_test_add_func ("/charts/side-effects/single", test_side_effects_single);
  g_test_add_func ("/charts/side-effects/hide-series", test_hide_series);
  g_test_add_func ("/charts/concentration/model", test_concentration);
  g_test_add_func ("/charts/concentration/not-enough-data", test_concentration_not_enough_data);
  g_test_add_func ("/charts/themes", test_themes);
  g_test_add_func ("/charts/summaries", test_summaries);
  g_test_add_func ("/charts/items", test_items);
  g_test_add_func ("/charts/render-all", test_render_all);
  g_test_add_func ("/charts/polyline-simplify", test_polyline_simplify);

  status = g_test_run ();
  g_object_unref (kb);
  return status;
}
