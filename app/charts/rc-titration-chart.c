/* rc-titration-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rc-chart-private.h"
#include "rc-format.h"
#include "rc-titration-chart.h"
#include "rc-titration-series.h"
#include "rc-titration.h"

/* One plot area: a drug's own panel, or the shared percent plot. */
typedef struct
{
  const RcTitrationSeries *series; /* NULL for the shared percent plot */
  RcChartAxis              y;
} Panel;

struct _RcTitrationChart
{
  RcChart parent_instance;

  RcTitrationMode mode;
  guint           n_days;

  /* Owned References */
  GPtrArray *series; /* of RcTitrationSeries*, one per drug */

  /* The last layout, for data_to_point(). */
  RcChartAxis x_axis;
  GArray     *panels; /* of Panel */
  gboolean    sparse; /* panels too short for labels inside */
};

G_DEFINE_FINAL_TYPE (RcTitrationChart, rc_titration_chart, RC_TYPE_CHART)

G_DEFINE_ENUM_TYPE (RcTitrationMode,
                    rc_titration_mode,
                    G_DEFINE_ENUM_VALUE (RC_TITRATION_MODE_SMALL_MULTIPLES, "small-multiples"),
                    G_DEFINE_ENUM_VALUE (RC_TITRATION_MODE_PERCENT_OF_MAX, "percent-of-max"))

enum
{
  PROP_0,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const double limit_dashes[] = { 4, 3 };
static const double alternative_dashes[] = { 1, 1.5 };

static gboolean
percent_mode (RcTitrationChart *self)
{
  return self->mode == RC_TITRATION_MODE_PERCENT_OF_MAX && rc_chart_is_comparison (RC_CHART (self));
}

static gboolean
series_visible (RcTitrationChart *self, const RcTitrationSeries *series)
{
  return series->regimen != NULL && series->unit != NULL &&
         rc_chart_get_series_visible (RC_CHART (self), rc_drug_get_id (series->drug));
}

/* ---- Text -------------------------------------------------------------- */

static char *
format_days (const RcTitrationSeries *series, const RcTitrationSegment *seg)
{
  if (seg->from_day == seg->to_day)
    /* Translators: one day of a titration schedule. */
    return g_strdup_printf (_ ("Day %u"), seg->from_day);
  if (seg->step != NULL && seg->step->to_day == 0 && !series->rule_only)
    /* Translators: a dose that holds from this day on. */
    return g_strdup_printf (_ ("From day %u"), seg->from_day);
  /* Translators: a span of days of a titration schedule, e.g. "Days 4–6". */
  return g_strdup_printf (_ ("Days %u–%u"), seg->from_day, seg->to_day);
}

/* "5 mg × 3", "250–350 mg × 4", "2 mg × 1–3": a marker's short label. */
static char *
format_short_step (const RcTitrationStep *step)
{
  RcQuantity       dose = { 0 };
  g_autofree char *amount = NULL;
  g_autofree char *times = NULL;
  guint            times_max = MAX (step->times_per_day, step->times_per_day_max);

  dose.kind = step->dose_min == step->dose_max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
  dose.min = step->dose_min;
  dose.max = step->dose_max;
  dose.unit = step->unit;
  amount = rc_format_quantity (&dose, RC_FORMAT_LOCALE);
  if (times_max > step->times_per_day)
    /* Translators: a range of administrations per day, e.g. "2–3"; keep the
     * en dash unless your language writes ranges differently. */
    times = g_strdup_printf (C_ ("times range", "%u–%u"), step->times_per_day, times_max);
  else
    times = g_strdup_printf ("%u", step->times_per_day);
  /* Translators: dose per administration × administrations per day, a
   * short label on the chart, e.g. "5 mg × 3". */
  return g_strdup_printf (_ ("%s × %s"), amount, times);
}

static char *
format_max_label (const RcTitrationSeries *series, gboolean shorter)
{
  g_autofree char *daily = NULL;

  if (series->has_labelled_max)
    {
      daily = rc_format_daily (series->labelled_max, series->labelled_max, series->unit,
                               RC_FORMAT_LOCALE);
      /* Translators: label of the dashed line at the labelled maximum daily dose. */
      return g_strdup_printf (_ ("Maximum %s"), daily);
    }
  daily = rc_format_daily (series->reference_max, series->reference_max, series->unit,
                           RC_FORMAT_LOCALE);
  if (shorter)
    /* Translators: label of the dashed line when the label states no maximum
     * daily dose; the value is the highest labelled regimen. */
    return g_strdup_printf (_ ("Highest labelled %s"), daily);
  /* Translators: label of the dashed line when the label states no maximum
   * daily dose; the value is the highest labelled regimen. */
  return g_strdup_printf (_ ("No labelled maximum; highest labelled regimen %s"), daily);
}

static char *
describe_segment (const RcTitrationSeries *series, const RcTitrationSegment *seg)
{
  GString         *s = g_string_new (NULL);
  g_autofree char *days = format_days (series, seg);
  g_autofree char *step = rc_format_step (seg->step, RC_FORMAT_LOCALE);
  g_autofree char *daily =
      rc_format_daily (seg->daily_min, seg->daily_max, series->unit, RC_FORMAT_LOCALE);
  g_autofree char *sources = rc_chart_describe_sources (series->drug, seg->step->sources);

  /* Translators: a tooltip's heading: %1$s is a drug name, %2$s the days of
   * a titration step, e.g. "Baclofen: Days 4–6". */
  g_string_append_printf (s, C_ ("tooltip: drug and days", "%1$s: %2$s"),
                          rc_drug_get_name (series->drug), days);
  g_string_append_c (s, '\n');
  /* Translators: a dose and how often (e.g. "5 mg three times daily") and the
   * total per day (e.g. "15 mg/day"). */
  g_string_append_printf (s, _ ("%s = %s"), step, daily);
  if (seg->clamped)
    {
      g_string_append_c (s, '\n');
      g_string_append (s, _ ("Limited by the maximum daily dose."));
    }
  if (series->rule_only)
    {
      g_string_append_c (s, '\n');
      g_string_append (s, _ ("Labelled starting dose; the label gives no fixed schedule."));
    }
  if (seg->step->note != NULL)
    g_string_append_printf (s, "\n%s", seg->step->note);
  if (*sources != '\0')
    g_string_append_printf (s, "\n%s", sources);
  return g_string_free (s, FALSE);
}

static char *
describe_alternative (const RcTitrationSeries *series, const RcTitrationAlternative *alt)
{
  GString         *s = g_string_new (NULL);
  g_autofree char *step = rc_format_step (alt->step, RC_FORMAT_LOCALE);
  g_autofree char *daily =
      rc_format_daily (alt->daily_min, alt->daily_max, series->unit, RC_FORMAT_LOCALE);
  g_autofree char *sources = rc_chart_describe_sources (series->drug, alt->step->sources);

  /* Translators: tooltip of a conditional step: drug name, dose and total per
   * day, e.g. "Baclofen may increase to 20 mg four times daily (80 mg/day)". */
  g_string_append_printf (s, _ ("%s may increase to %s (%s)"), rc_drug_get_name (series->drug),
                          step, daily);
  if (alt->step->condition != NULL)
    g_string_append_printf (s, "\n%s", alt->step->condition);
  if (alt->step->note != NULL)
    g_string_append_printf (s, "\n%s", alt->step->note);
  if (*sources != '\0')
    g_string_append_printf (s, "\n%s", sources);
  return g_string_free (s, FALSE);
}

static char *
describe_max (const RcTitrationSeries *series)
{
  GString          *s = g_string_new (NULL);
  g_autofree char  *label = format_max_label (series, FALSE);
  const RcQuantity *max = series->regimen->max_daily;

  /* Translators: a tooltip: %1$s is a drug name, %2$s the line of its
   * maximum daily dose, e.g. "Baclofen, Maximum 80 mg/day". */
  g_string_append_printf (s, C_ ("tooltip: drug and maximum", "%1$s, %2$s"),
                          rc_drug_get_name (series->drug), label);
  if (max != NULL && max->note != NULL)
    g_string_append_printf (s, "\n%s", max->note);
  if (max != NULL)
    {
      g_autofree char *sources = rc_chart_describe_sources (series->drug, max->sources);

      if (*sources != '\0')
        g_string_append_printf (s, "\n%s", sources);
    }
  return g_string_free (s, FALSE);
}

static char *
describe_phase (const RcTitrationSeries *series, const RcPhase *phase)
{
  g_autofree char *sources = rc_chart_describe_sources (series->drug, phase->sources);
  g_autofree char *days = NULL;

  if (phase->to_day_min > 0 && phase->to_day_min < phase->to_day)
    /* Translators: when a phase ends, e.g. "ends between day 14 and day 21". */
    days = g_strdup_printf (_ ("ends between day %u and day %u"), phase->to_day_min, phase->to_day);
  else
    /* Translators: the days a phase covers. */
    days = g_strdup_printf (_ ("days %u–%u"), phase->from_day, phase->to_day);
  return g_strdup_printf ("%s, %s (%s)\n%s%s%s", rc_drug_get_name (series->drug), phase->label,
                          days, rc_phase_kind_to_string (phase->kind), *sources ? "\n" : "",
                          sources);
}

static char *
format_rule (const RcTitrationSeries *series)
{
  const RcTitrationRule *rule = series->regimen->rule;
  RcQuantity             inc = { 0 };
  g_autofree char       *increment = NULL;
  g_autofree char       *interval = NULL;

  inc.kind = rule->increment_min == rule->increment_max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
  inc.min = rule->increment_min;
  inc.max = rule->increment_max;
  inc.unit = rule->unit;
  increment = rc_format_quantity (&inc, RC_FORMAT_LOCALE);
  if (rule->interval_min == rule->interval_max)
    interval = g_strdup_printf ("%u", rule->interval_min);
  else
    /* Translators: a range of days, e.g. "1–4"; keep the en dash unless
     * your language writes ranges differently. */
    interval = g_strdup_printf (C_ ("day range", "%u–%u"), rule->interval_min, rule->interval_max);
  /* Translators: the note for a label that gives a titration rule, not a
   * calendar. %1$s is the drug, %2$s an amount such as "2–4 mg", %3$s a number
   * of days such as "1–4". */
  return g_strdup_printf (ngettext ("%1$s: no fixed schedule in the label; increase %2$s per dose "
                                    "every %3$s day. Only its labelled start and maximum are "
                                    "drawn.",
                                    "%1$s: no fixed schedule in the label; increase %2$s per dose "
                                    "every %3$s days. Only its labelled start and maximum are "
                                    "drawn.",
                                    rule->interval_max),
                          rc_drug_get_name (series->drug), increment, interval);
}

/* ---- Model ------------------------------------------------------------- */

static void
rc_titration_chart_update (RcChart *chart)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);
  GPtrArray        *drugs = rc_chart_get_drugs (chart);

  g_array_set_size (self->panels, 0);
  g_ptr_array_set_size (self->series, 0);
  self->n_days = 14;
  for (guint i = 0; i < drugs->len; i++)
    self->n_days = MAX (self->n_days, rc_titration_series_suggested_days (drugs->pdata[i]));
  for (guint i = 0; i < drugs->len; i++)
    {
      RcDrug *drug = drugs->pdata[i];

      g_ptr_array_add (
          self->series,
          rc_titration_series_new (drug, rc_chart_get_color_index (chart, drug), self->n_days));
    }
}

static char *
rc_titration_chart_dup_title (RcChart *chart)
{
  GPtrArray *drugs = rc_chart_get_drugs (chart);

  if (drugs->len == 1)
    /* Translators: chart title; %s is a drug name. */
    return g_strdup_printf (_ ("%s: dose titration"), rc_drug_get_name (drugs->pdata[0]));
  return g_strdup (_ ("Dose titration"));
}

static char *
rc_titration_chart_dup_subtitle (RcChart *chart)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);

  if (self->series->len == 1)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, 0);

      if (series->regimen != NULL)
        /* Translators: chart subtitle; %s is a regimen, e.g. "Oral baclofen, adults". */
        return g_strdup_printf (_ ("Total daily dose by day: %s"), series->regimen->label);
      return NULL;
    }
  if (percent_mode (self))
    return g_strdup (_ ("Total daily dose as a percentage of each drug’s maximum daily dose"));
  return g_strdup (_ ("Total daily dose by day; each drug has its own dose scale"));
}

static void
rc_titration_chart_collect_legend (RcChart *chart, GPtrArray *entries)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);
  gboolean          percent = percent_mode (self);
  gboolean          any_band = FALSE, any_alt = FALSE, any_phase = FALSE;

  for (guint i = 0; i < self->series->len; i++)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, i);
      g_autofree char         *label = NULL;
      RcChartLegendEntry      *entry;

      if (percent && series->has_reference && series->reference_derived)
        /* Translators: a legend entry; the asterisk refers to a note under the chart. */
        label = g_strdup_printf (_ ("%s*"), rc_drug_get_name (series->drug));
      else
        label = g_strdup (rc_drug_get_name (series->drug));
      entry = rc_chart_legend_entry_new (rc_drug_get_id (series->drug), label, RC_CHART_SWATCH_LINE,
                                         series->color_index, 0);
      /* Overlaid lines are told apart by dash too. */
      entry->dashed = percent;
      g_ptr_array_add (entries, entry);
      if (!series_visible (self, series))
        continue;
      for (guint j = 0; j < series->segments->len; j++)
        {
          const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, j);

          any_band |= seg->daily_min < seg->daily_max;
        }
      any_alt |= series->alternatives->len > 0;
      any_phase |= series->regimen->phases != NULL && series->regimen->phases->len > 0;
    }

  if (any_band)
    g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL, _ ("Labelled range"),
                                                         RC_CHART_SWATCH_BAND, 0, 0));
  if (any_alt)
    g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL, _ ("May increase to (conditional)"),
                                                         RC_CHART_SWATCH_ALTERNATIVE, 0, 0));
  g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL,
                                                       percent ? _ ("Maximum daily dose (100%)")
                                                               : _ ("Maximum daily dose"),
                                                       RC_CHART_SWATCH_LIMIT, 0, 0));
  if (any_phase && !percent)
    g_ptr_array_add (entries,
                     rc_chart_legend_entry_new (NULL, _ ("Phase (hatched where its end varies)"),
                                                RC_CHART_SWATCH_PHASE, 0, 0));
}

static void
rc_titration_chart_collect_notes (RcChart *chart, GPtrArray *notes)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);
  gboolean          percent = percent_mode (self);

  for (guint i = 0; i < self->series->len; i++)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, i);

      if (series->regimen == NULL || series->unit == NULL)
        {
          /* Translators: a note under the chart; %s is a drug name. */
          g_ptr_array_add (notes,
                           g_strdup_printf (_ ("%s: no dosing schedule in the knowledge base."),
                                            rc_drug_get_name (series->drug)));
          continue;
        }
      if (!series_visible (self, series))
        continue;
      if (series->rule_only)
        g_ptr_array_add (notes, format_rule (series));
      if (percent && !series->has_reference)
        /* Translators: a note under the chart; %s is a drug name. */
        g_ptr_array_add (notes, g_strdup_printf (_ ("%s: no maximum daily dose to compare with; "
                                                    "not drawn."),
                                                 rc_drug_get_name (series->drug)));
      else if (percent && series->reference_derived)
        {
          g_autofree char *daily = rc_format_daily (series->reference_max, series->reference_max,
                                                    series->unit, RC_FORMAT_LOCALE);

          /* Translators: a note under the chart; %1$s is a drug name, %2$s a
           * daily dose such as "1,400 mg/day". */
          g_ptr_array_add (notes, g_strdup_printf (_ ("*%1$s: the label gives no maximum daily "
                                                      "dose; 100%% is its highest labelled "
                                                      "regimen, %2$s."),
                                                   rc_drug_get_name (series->drug), daily));
        }
    }
}

/* ---- Layout ------------------------------------------------------------ */

static double
level (gboolean percent, const RcTitrationSeries *series, double daily)
{
  return percent ? rc_titration_series_percent (series, daily) : daily;
}

static void
series_line (RcChartBuild            *build,
             const RcTitrationSeries *series,
             const RcChartAxis       *x_axis,
             const RcChartAxis       *y_axis,
             gboolean                 percent,
             gboolean                 upper)
{
  g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  RcChartColor color;
  double       dashes[4];
  guint        n_dashes = 0;
  guint        prev_to = 0;

  rc_chart_style_drug_color (build->style, series->color_index, &color);
  /* Overlaid drugs need their dash to be told apart in grey print. */
  if (percent)
    n_dashes = rc_chart_style_drug_dash (series->color_index, dashes);

  for (guint i = 0; i < series->segments->len; i++)
    {
      const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, i);
      double v = level (percent, series, upper ? seg->daily_max : seg->daily_min);
      double y = rc_chart_style_align (build->style, rc_chart_axis_map (y_axis, v), 2.5);
      double pt[4] = { rc_chart_axis_map (x_axis, seg->from_day - 1), y,
                       rc_chart_axis_map (x_axis, seg->to_day), y };

      if (points->len > 0 && seg->from_day != prev_to + 1)
        {
          rc_chart_scene_polyline (build->scene, (double *) points->data, points->len / 2, &color,
                                   2.5, dashes, n_dashes);
          g_array_set_size (points, 0);
        }
      g_array_append_vals (points, pt, 4);
      prev_to = seg->to_day;
    }
  if (points->len > 0)
    rc_chart_scene_polyline (build->scene, (double *) points->data, points->len / 2, &color, 2.5,
                             dashes, n_dashes);
}

static void
build_phases (RcChartBuild            *build,
              const RcTitrationSeries *series,
              const RcChartAxis       *x_axis,
              const RcChartAxis       *y_axis)
{
  const RcChartStyle *style = build->style;
  double              top = y_axis->pixel_max;
  double              bottom = y_axis->pixel_min;
  double              hair = rc_chart_style_hairline (style);

  for (guint i = 0; series->regimen->phases != NULL && i < series->regimen->phases->len; i++)
    {
      const RcPhase *phase = g_ptr_array_index (series->regimen->phases, i);
      guint          firm_end =
          phase->to_day_min > 0 ? MIN (phase->to_day_min, phase->to_day) : phase->to_day;
      double x0, x1, xm, label_x;

      if (phase->kind == RC_PHASE_MAINTENANCE)
        continue;
      x0 = rc_chart_axis_map (x_axis, phase->from_day - 1);
      xm = rc_chart_axis_map (x_axis, firm_end);
      x1 = rc_chart_axis_map (x_axis, MIN (phase->to_day, x_axis->data_max));

      if (phase->kind == RC_PHASE_DURATION_LIMIT)
        {
          /* What matters is where use must stop: shade the span in which the
           * limit falls, and mark its last day. */
          double xe = rc_chart_style_align (style, x1, 1.5);

          rc_chart_scene_fill_rect (build->scene, xm, top, x1 - xm, bottom - top, &style->shade);
          rc_chart_scene_hatch_rect (build->scene, xm, top, x1 - xm, bottom - top, &style->grid, 6,
                                     hair);
          rc_chart_scene_line (build->scene, xe, top, xe, bottom, &style->muted, 1.5, NULL, 0);
          label_x = x1 - 0.3 * build->em;
          if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, phase->label, &style->muted,
                                     label_x, top + 0.2 * build->em, 1, 0, TRUE))
            rc_chart_build_label (build, RC_CHART_TEXT_SMALL, phase->label, &style->muted, x1,
                                  top + 0.2 * build->em, 0.5, 0, TRUE);
          rc_chart_build_add_item (build, rc_drug_get_id (series->drug),
                                   describe_phase (series, phase), xm, top, MAX (x1 - xm, 6),
                                   1.2 * build->em, x1, top + 0.6 * build->em);
          continue;
        }

      rc_chart_scene_fill_rect (build->scene, x0, top, xm - x0, bottom - top, &style->shade);
      if (x1 > xm)
        {
          rc_chart_scene_fill_rect (build->scene, xm, top, x1 - xm, bottom - top, &style->shade);
          rc_chart_scene_hatch_rect (build->scene, xm, top, x1 - xm, bottom - top, &style->grid, 6,
                                     hair);
        }
      rc_chart_build_label (build, RC_CHART_TEXT_SMALL, phase->label, &style->muted,
                            x0 + 0.3 * build->em, top + 0.2 * build->em, 0, 0, TRUE);
      rc_chart_build_add_item (build, rc_drug_get_id (series->drug), describe_phase (series, phase),
                               x0, top, MAX (x1 - x0, 6), 1.2 * build->em, x0 + 0.3 * build->em,
                               top + 0.6 * build->em);
    }
}

/* What lies under the lines: phases, the maximum, range bands. Drawn for
 * every drug before any line, so no band tints another drug's line. */
static void
build_series_background (RcTitrationChart        *self,
                         RcChartBuild            *build,
                         const RcTitrationSeries *series,
                         const RcChartAxis       *y_axis,
                         gboolean                 percent)
{
  const RcChartStyle *style = build->style;
  const RcChartAxis  *x_axis = &self->x_axis;
  const char         *key = rc_drug_get_id (series->drug);
  double              em = build->em;
  RcChartColor        color, band;
  double              x_left = x_axis->pixel_min;
  double              x_right = x_axis->pixel_max;

  rc_chart_style_drug_color (style, series->color_index, &color);
  band = color;
  band.alpha = 0.22;

  if (!percent)
    build_phases (build, series, x_axis, y_axis);

  /* The maximum: labelled, or (marked as such) the highest labelled total. */
  if (!percent && (series->has_labelled_max || series->has_reference))
    {
      double max = series->has_labelled_max ? series->labelled_max : series->reference_max;
      double y = rc_chart_style_align (style, rc_chart_axis_map (y_axis, max), 1.5);
      g_autofree char *label = format_max_label (series, FALSE);

      rc_chart_scene_line (build->scene, x_left, y, x_right, y, &style->foreground, 1.5,
                           limit_dashes, 2);
      if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground,
                                 x_right - 0.3 * em, y - 0.15 * em, 1, 1, TRUE))
        {
          g_autofree char *shorter = format_max_label (series, TRUE);

          rc_chart_build_label (build, RC_CHART_TEXT_SMALL, shorter, &style->foreground,
                                x_right - 0.3 * em, y - 0.15 * em, 1, 1, TRUE);
        }
      rc_chart_build_add_item (build, key, describe_max (series), x_left, y - 0.5 * em,
                               x_right - x_left, em, x_right - 0.3 * em, y);
    }

  /* Ranges as bands, never as a guessed line. */
  for (guint i = 0; i < series->segments->len; i++)
    {
      const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, i);
      double                    x0, x1, y0, y1;

      if (!(seg->daily_min < seg->daily_max))
        continue;
      x0 = rc_chart_axis_map (x_axis, seg->from_day - 1);
      x1 = rc_chart_axis_map (x_axis, seg->to_day);
      y0 = rc_chart_axis_map (y_axis, level (percent, series, seg->daily_max));
      y1 = rc_chart_axis_map (y_axis, level (percent, series, seg->daily_min));
      rc_chart_scene_fill_rect (build->scene, x0, y0, x1 - x0, y1 - y0, &band);
    }
}

static void
build_series (RcTitrationChart        *self,
              RcChartBuild            *build,
              const RcTitrationSeries *series,
              const RcChartAxis       *y_axis,
              gboolean                 percent)
{
  const RcChartStyle *style = build->style;
  const RcChartAxis  *x_axis = &self->x_axis;
  const char         *key = rc_drug_get_id (series->drug);
  double              em = build->em;
  RcChartColor        color;

  rc_chart_style_drug_color (style, series->color_index, &color);

  /* Conditional levels: dotted, in the drug's colour. */
  for (guint i = 0; i < series->alternatives->len; i++)
    {
      const RcTitrationAlternative *alt =
          &g_array_index (series->alternatives, RcTitrationAlternative, i);
      double x0 = rc_chart_axis_map (x_axis, alt->from_day - 1);
      double x1 = rc_chart_axis_map (x_axis, alt->to_day);
      double y = rc_chart_style_align (
          style, rc_chart_axis_map (y_axis, level (percent, series, alt->daily_max)), 2);
      g_autofree char *daily =
          rc_format_daily (alt->daily_min, alt->daily_max, series->unit, RC_FORMAT_LOCALE);
      /* Translators: label of a conditional dose level, e.g. "may increase to 80 mg/day". */
      g_autofree char *label = g_strdup_printf (_ ("may increase to %s"), daily);

      rc_chart_scene_line (build->scene, x0, y, x1, y, &color, 2, alternative_dashes, 2);
      if (alt->daily_min < alt->daily_max)
        {
          double y2 = rc_chart_axis_map (y_axis, level (percent, series, alt->daily_min));

          rc_chart_scene_line (build->scene, x0, y2, x1, y2, &color, 2, alternative_dashes, 2);
        }
      if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &color, x0 + 0.3 * em,
                                 y - 0.15 * em, 0, 1, TRUE))
        rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &color, x0 + 0.3 * em,
                              y + 0.15 * em, 0, 0, TRUE);
      rc_chart_build_add_item (build, key, describe_alternative (series, alt), x0, y - 0.5 * em,
                               x1 - x0, em, x0 + 0.3 * em, y);
    }

  /* The step lines, then markers with "dose × times" labels. */
  series_line (build, series, x_axis, y_axis, percent, TRUE);
  series_line (build, series, x_axis, y_axis, percent, FALSE);
  for (guint i = 0; i < series->segments->len; i++)
    {
      const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, i);
      double                    x0 = rc_chart_axis_map (x_axis, seg->from_day - 1);
      double                    x1 = rc_chart_axis_map (x_axis, seg->to_day);
      double           y_hi = rc_chart_axis_map (y_axis, level (percent, series, seg->daily_max));
      double           y_lo = rc_chart_axis_map (y_axis, level (percent, series, seg->daily_min));
      double           mx = rc_chart_axis_map (x_axis, seg->from_day - 0.5);
      g_autofree char *label = format_short_step (seg->step);

      rc_chart_scene_marker (build->scene, rc_chart_style_drug_marker (series->color_index), mx,
                             y_hi, 0.75 * em, &color, &style->background);
      rc_chart_placer_reserve (build->placer, mx - 0.4 * em, y_hi - 0.4 * em, 0.8 * em, 0.8 * em);
      /* The overlay stays lines and markers; its details are in the
       * tooltips and the table. */
      if (!percent && !rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground,
                                             mx - 0.2 * em, y_hi - 0.45 * em, 0, 1, TRUE))
        rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground, mx + 0.5 * em,
                              y_lo + 0.3 * em, 0, 0, TRUE);
      rc_chart_build_add_item (build, key, describe_segment (series, seg), x0, y_hi - 0.6 * em,
                               MAX (x1 - x0, em), y_lo - y_hi + 1.2 * em, mx, y_hi);
    }

  /* Say on the plot why nothing follows the first day (the overlay has
   * other drugs there; its note says it). */
  if (series->rule_only && !percent && series->segments->len > 0)
    {
      const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, 0);
      double                    x = rc_chart_axis_map (x_axis, seg->to_day) + 0.8 * em;
      double y = rc_chart_axis_map (y_axis, level (percent, series, seg->daily_max));

      const char *note = _ ("Labelled start only: the label gives a rule, not a calendar");

      if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, note, &style->muted, x, y, 0, 0.5,
                                 TRUE))
        rc_chart_build_label (build, RC_CHART_TEXT_SMALL, note, &style->muted, x,
                              (y_axis->pixel_min + y_axis->pixel_max) / 2, 0, 0.5, TRUE);
    }

  /* The day maintenance is reached, when there is a titration. */
  if (!series->rule_only && series->maintenance_day > 1 && !build->no_plot_labels && !percent)
    {
      RcDoseOnDay      d;
      double           x, y;
      g_autofree char *daily = NULL;
      g_autofree char *label = NULL;

      rc_titration_dose_on_day (series->regimen, series->maintenance_day, &d);
      if (d.defined)
        {
          x = rc_chart_style_align (style, rc_chart_axis_map (x_axis, series->maintenance_day - 1),
                                    1);
          y = rc_chart_axis_map (y_axis, level (percent, series, d.daily_max));
          daily = rc_format_daily (d.daily_min, d.daily_max, series->unit, RC_FORMAT_LOCALE);
          /* Translators: a label at the day the last dated dose starts. */
          label = g_strdup_printf (_ ("Maintenance from day %u"), series->maintenance_day);
          rc_chart_scene_line (build->scene, x, y - 0.5 * em, x, y - 1.6 * em, &style->foreground,
                               1, NULL, 0);
          if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground,
                                     x - 0.3 * em, y - 1.1 * em, 1, 0.5, TRUE))
            rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground,
                                  x + 0.3 * em, y - 1.1 * em, 0, 1, TRUE);
          rc_chart_build_add_item (
              build, key,
              /* Translators: tooltip; %1$s drug, %2$u day, %3$s daily dose. */
              g_strdup_printf (_ ("%1$s reaches its maintenance dose on day %2$u: %3$s"),
                               rc_drug_get_name (series->drug), series->maintenance_day, daily),
              x - 0.5 * em, y - 1.8 * em, em, 1.3 * em, x, y - 1.6 * em);
        }
    }
}

static void
build_x_axis_title (RcChartBuild *build, double left, double right, double y)
{
  rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("Days from start"),
                        &build->style->foreground, (left + right) / 2, y, 0.5, 0, FALSE);
}

static void
rc_titration_chart_build_plot (
    RcChart *chart, RcChartBuild *build, double x, double y, double w, double h)
{
  RcTitrationChart   *self = RC_TITRATION_CHART (chart);
  const RcChartStyle *style = build->style;
  gboolean            percent = percent_mode (self);
  gboolean            compare = self->series->len > 1;
  g_autoptr (GPtrArray) shown = g_ptr_array_new ();
  double              em = build->em;
  double              line_h = 1.25 * em;
  double              bottom_h = 2 * line_h + 0.4 * em; /* tick labels and the axis title */
  double              header_h = line_h + 0.7 * em;
  double              gap = 0.7 * em;
  double              label_w = 0, name_w = 0, left, right, panel_h;
  guint               n_panels;
  static const double day_steps[] = { 1, 2, 7, 14, 28, 56 };

  g_array_set_size (self->panels, 0);
  self->sparse = FALSE;
  for (guint i = 0; i < self->series->len; i++)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, i);

      if (series_visible (self, series) && (!percent || series->has_reference))
        g_ptr_array_add (shown, (gpointer) series);
    }
  if (shown->len == 0)
    {
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL,
                            self->series->len > 0 ? _ ("All drugs are hidden.")
                                                  : _ ("No drug chosen."),
                            &style->muted, x + w / 2, y + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  n_panels = percent ? 1 : shown->len;
  panel_h = (h - bottom_h - n_panels * header_h - (n_panels - 1) * gap) / n_panels;
  if (n_panels > 1 && panel_h < 4.5 * em)
    {
      /* Short panels: names in a column on the left, the scale reduced to 0
       * and the maximum, and no labels inside (tooltips, the table and the
       * summary keep every number). */
      self->sparse = TRUE;
      build->no_plot_labels = TRUE;
      header_h = 0;
      gap = 0.5 * em;
      panel_h = (h - bottom_h - (n_panels - 1) * gap) / n_panels;
      for (guint i = 0; i < shown->len; i++)
        {
          g_autoptr (PangoLayout) layout = rc_chart_text_layout (
              build->pango, style, RC_CHART_TEXT_STRONG,
              rc_drug_get_name (((RcTitrationSeries *) shown->pdata[i])->drug), 0);
          double nw;

          rc_chart_text_size (layout, &nw, NULL);
          name_w = MAX (name_w, nw + 0.6 * em);
        }
    }
  if (panel_h < 1.5 * em)
    {
      /* Too small to be honest about: say so rather than squash. */
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("Too small to show; enlarge the chart."),
                            &style->muted, x + w / 2, y + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  /* One y axis per panel; their labels share a column so panels align. */
  for (guint i = 0; i < n_panels; i++)
    {
      Panel  panel = { 0 };
      double top = 0;

      if (percent)
        {
          for (guint j = 0; j < shown->len; j++)
            top = MAX (top, rc_titration_series_percent (
                                shown->pdata[j], ((RcTitrationSeries *) shown->pdata[j])->top));
          top = MAX (top, 100);
        }
      else
        {
          panel.series = shown->pdata[i];
          top = panel.series->top;
        }
      top = top > 0 ? top : 1;
      if (self->sparse)
        {
          double named = panel.series->has_labelled_max ? panel.series->labelled_max
                         : panel.series->has_reference  ? panel.series->reference_max
                                                        : top;

          rc_chart_axis_init_exact (&panel.y, 0, top * 1.15, 1);
          rc_chart_axis_set_two_ticks (&panel.y, named);
        }
      else
        /* Head room above the highest level for its label. */
        rc_chart_axis_init_nice (&panel.y, 0, top / (1 - MIN (1.3 * em / panel_h, 0.6)),
                                 rc_chart_max_ticks (panel_h, 1.6 * em));
      label_w = MAX (label_w, rc_chart_y_axis_label_width (build, &panel.y, percent ? "%" : NULL));
      g_array_append_val (self->panels, panel);
    }

  left = x + name_w + label_w + 0.8 * em;
  right = x + w - 0.4 * em;
  rc_chart_axis_init_exact (&self->x_axis, 0, self->n_days, 10);
  rc_chart_axis_set_tick_step (
      &self->x_axis, rc_chart_axis_pick_step (&self->x_axis, day_steps, G_N_ELEMENTS (day_steps),
                                              rc_chart_max_ticks (right - left, 2.6 * em)));
  rc_chart_axis_set_pixels (&self->x_axis, left, right);

  /* Headings first, so that no label of one panel takes the place of the
   * next panel's heading. */
  for (guint i = 0; i < n_panels; i++)
    {
      Panel           *panel = &g_array_index (self->panels, Panel, i);
      double           ptop = y + i * (header_h + panel_h + gap) + header_h;
      g_autofree char *header = NULL;

      rc_chart_axis_set_pixels (&panel->y, ptop + panel_h, ptop);
      if (self->sparse)
        {
          rc_chart_build_label (build, RC_CHART_TEXT_STRONG, rc_drug_get_name (panel->series->drug),
                                &style->foreground, x, ptop + panel_h / 2, 0, 0.5, FALSE);
          continue;
        }
      if (percent)
        header = g_strdup (_ ("Percent of maximum daily dose"));
      else if (compare)
        /* Translators: a panel heading: drug name and the unit of its scale,
         * e.g. "Baclofen (mg/day)". */
        header = g_strdup_printf (_ ("%s (%s/day)"), rc_drug_get_name (panel->series->drug),
                                  rc_format_unit (panel->series->unit));
      else
        header =
            /* Translators: the y axis title; %s is a unit such as "mg". */
            g_strdup_printf (_ ("Total daily dose (%s/day)"), rc_format_unit (panel->series->unit));
      rc_chart_build_label (build, compare && !percent ? RC_CHART_TEXT_STRONG : RC_CHART_TEXT_LABEL,
                            header, &style->foreground, x, ptop - 0.7 * em, 0, 1, FALSE);
    }

  for (guint i = 0; i < n_panels; i++)
    {
      Panel *panel = &g_array_index (self->panels, Panel, i);
      double ptop = panel->y.pixel_max;
      double pbottom = panel->y.pixel_min;

      rc_chart_build_x_axis (build, &self->x_axis, pbottom, ptop, pbottom, i == n_panels - 1);
      rc_chart_build_y_axis (build, &panel->y, left, left, right, percent ? "%" : NULL);

      if (percent)
        {
          double ly = rc_chart_style_align (style, rc_chart_axis_map (&panel->y, 100), 1.5);

          rc_chart_scene_line (build->scene, left, ly, right, ly, &style->foreground, 1.5,
                               limit_dashes, 2);
          rc_chart_build_label (build, RC_CHART_TEXT_SMALL, _ ("Maximum daily dose"),
                                &style->foreground, right - 0.3 * em, ly - 0.15 * em, 1, 1, TRUE);
          for (guint j = 0; j < shown->len; j++)
            build_series_background (self, build, shown->pdata[j], &panel->y, TRUE);
          for (guint j = 0; j < shown->len; j++)
            build_series (self, build, shown->pdata[j], &panel->y, TRUE);
        }
      else
        {
          build_series_background (self, build, panel->series, &panel->y, FALSE);
          build_series (self, build, panel->series, &panel->y, FALSE);
        }
    }
  build_x_axis_title (build, left, right, y + h - line_h);
}

/* ---- Summary and table ------------------------------------------------- */

static void
append_series_summary (GString *s, const RcTitrationSeries *series)
{
  const char      *name = rc_drug_get_name (series->drug);
  g_autofree char *max = NULL;

  if (series->regimen == NULL || series->unit == NULL || series->segments->len == 0)
    {
      /* Translators: accessible summary; %s is a drug name. */
      g_string_append_printf (s, _ ("%s: no dosing schedule in the knowledge base."), name);
      return;
    }

  if (series->has_labelled_max)
    max = rc_format_daily (series->labelled_max, series->labelled_max, series->unit,
                           RC_FORMAT_LOCALE);

  if (series->rule_only)
    {
      const RcTitrationSegment *first = &g_array_index (series->segments, RcTitrationSegment, 0);
      g_autofree char          *step = rc_format_step (first->step, RC_FORMAT_LOCALE);
      g_autofree char          *daily =
          rc_format_daily (first->daily_min, first->daily_max, series->unit, RC_FORMAT_LOCALE);
      g_autofree char *rule = format_rule (series);

      /* Translators: accessible summary; %1$s drug, %2$s dose and frequency,
       * %3$s daily total. */
      g_string_append_printf (s, _ ("%1$s starts at %2$s (%3$s)."), name, step, daily);
      g_string_append_c (s, ' ');
      g_string_append (s, rule);
    }
  else if (series->segments->len > 1)
    {
      const RcTitrationSegment *first = &g_array_index (series->segments, RcTitrationSegment, 0);
      RcDoseOnDay               d;
      g_autofree char          *start =
          rc_format_daily (first->daily_min, first->daily_max, series->unit, RC_FORMAT_LOCALE);
      g_autofree char *reached = NULL;
      guint            day = MAX (series->maintenance_day, 1);

      rc_titration_dose_on_day (series->regimen, day, &d);
      reached = rc_format_daily (d.daily_min, d.daily_max, series->unit, RC_FORMAT_LOCALE);
      /* Translators: accessible summary, e.g. "Baclofen starts at 15 mg/day and
       * reaches 60 mg/day on day 10." */
      g_string_append_printf (s, _ ("%1$s starts at %2$s and reaches %3$s on day %4$u."), name,
                              start, reached, day);
    }
  else
    {
      const RcTitrationSegment *first = &g_array_index (series->segments, RcTitrationSegment, 0);
      g_autofree char          *step = rc_format_step (first->step, RC_FORMAT_LOCALE);
      g_autofree char          *daily =
          rc_format_daily (first->daily_min, first->daily_max, series->unit, RC_FORMAT_LOCALE);

      /* Translators: accessible summary for a dose that does not change;
       * %1$s drug, %2$s dose and frequency, %3$s daily total. */
      g_string_append_printf (s, _ ("%1$s: %2$s (%3$s) from day 1, without titration."), name, step,
                              daily);
    }

  for (guint i = 0; i < series->alternatives->len; i++)
    {
      const RcTitrationAlternative *alt =
          &g_array_index (series->alternatives, RcTitrationAlternative, i);
      g_autofree char *daily =
          rc_format_daily (alt->daily_min, alt->daily_max, series->unit, RC_FORMAT_LOCALE);

      g_string_append_c (s, ' ');
      /* Translators: accessible summary; %s is a daily dose. */
      g_string_append_printf (s, _ ("It may increase to %s."), daily);
    }

  g_string_append_c (s, ' ');
  if (max != NULL)
    /* Translators: accessible summary; %s is a daily dose such as "80 mg/day". */
    g_string_append_printf (s, _ ("Maximum %s."), max);
  else if (series->has_reference)
    {
      g_autofree char *label = format_max_label (series, FALSE);

      g_string_append_printf (s, "%s.", label);
    }

  if (series->limit != NULL)
    g_string_append_printf (s, " %s.", series->limit->label);
}

static char *
rc_titration_chart_dup_summary (RcChart *chart)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);
  GString          *s = g_string_new (NULL);

  g_autofree char *y_title = NULL;

  if (percent_mode (self))
    y_title = g_strdup (_ ("Percent of maximum daily dose"));
  else if (self->series->len == 1 && ((RcTitrationSeries *) self->series->pdata[0])->unit != NULL)
    y_title =
        g_strdup_printf (_ ("Total daily dose (%s/day)"),
                         rc_format_unit (((RcTitrationSeries *) self->series->pdata[0])->unit));
  else
    y_title = g_strdup (_ ("Total daily dose, each drug on its own scale"));
  g_string_append_printf (s,
                          /* Translators: the start of a chart's text summary; %1$s and %2$s are
                           * the axis titles drawn on the chart. */
                          _ ("Dose titration chart. Horizontal axis: %1$s. Vertical axis: %2$s."),
                          _ ("Days from start"), y_title);
  for (guint i = 0; i < self->series->len; i++)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, i);

      if (!rc_chart_get_series_visible (chart, rc_drug_get_id (series->drug)))
        continue;
      g_string_append_c (s, ' ');
      append_series_summary (s, series);
    }
  return g_string_free (s, FALSE);
}

static RcChartTable *
rc_titration_chart_dup_table (RcChart *chart)
{
  RcTitrationChart *self = RC_TITRATION_CHART (chart);
  const char       *columns[] = { _ ("Drug"),
                                  /* Translators: a column of the titration table: the
                                   * days a dose is taken on, e.g. "Days 4–6". */
                                  C_ ("titration table", "Days"),
                                  /* Translators: a column of the titration table: one
                                   * dose and how often, e.g. "5 mg three times daily". */
                                  C_ ("titration table", "Dose"), _ ("Total per day"), _ ("Sources"),
                                  NULL };
  RcChartTable     *table = rc_chart_table_new (columns);

  for (guint i = 0; i < self->series->len; i++)
    {
      const RcTitrationSeries *series = g_ptr_array_index (self->series, i);
      const char              *name = rc_drug_get_name (series->drug);

      if (series->regimen == NULL || series->unit == NULL)
        continue;
      for (guint j = 0; j < series->segments->len; j++)
        {
          const RcTitrationSegment *seg = &g_array_index (series->segments, RcTitrationSegment, j);

          rc_chart_table_add_row (
              table, g_strdup (name), format_days (series, seg),
              rc_format_step (seg->step, RC_FORMAT_LOCALE),
              rc_format_daily (seg->daily_min, seg->daily_max, series->unit, RC_FORMAT_LOCALE),
              rc_format_sources ((const char *const *) seg->step->sources), NULL);
        }
      if (series->rule_only)
        rc_chart_table_add_row (
            table, g_strdup (name), g_strdup (_ ("No fixed schedule")),
            g_strdup (series->regimen->rule->text), g_strdup (""),
            rc_format_sources ((const char *const *) series->regimen->rule->sources), NULL);
      for (guint j = 0; j < series->alternatives->len; j++)
        {
          const RcTitrationAlternative *alt =
              &g_array_index (series->alternatives, RcTitrationAlternative, j);

          rc_chart_table_add_row (
              table, g_strdup (name),
              alt->step->condition != NULL
                  /* Translators: table cell for a conditional step; %s is its condition. */
                  ? g_strdup_printf (_ ("Conditional: %s"), alt->step->condition)
                  /* Translators: a cell of the titration table, in the Days
                   * column: a step the label allows only under a condition
                   * that it does not spell out. */
                  : g_strdup (C_ ("titration step", "Conditional")),
              rc_format_step (alt->step, RC_FORMAT_LOCALE),
              rc_format_daily (alt->daily_min, alt->daily_max, series->unit, RC_FORMAT_LOCALE),
              rc_format_sources ((const char *const *) alt->step->sources), NULL);
        }
      if (series->has_labelled_max || series->has_reference)
        {
          const RcQuantity *max = series->regimen->max_daily;
          double v = series->has_labelled_max ? series->labelled_max : series->reference_max;

          rc_chart_table_add_row (
              table, g_strdup (name),
              /* Translators: a cell of the titration table, in the Days
               * column: the row of the labelled maximum daily dose. */
              g_strdup (series->has_labelled_max ? C_ ("maximum daily dose", "Maximum")
                                                 : _ ("No labelled maximum; highest regimen")),
              g_strdup (""), rc_format_daily (v, v, series->unit, RC_FORMAT_LOCALE),
              max != NULL ? rc_format_sources ((const char *const *) max->sources) : g_strdup (""),
              NULL);
        }
    }
  return table;
}

/* ---- Public ------------------------------------------------------------ */

RcTitrationMode
rc_titration_chart_get_mode (RcTitrationChart *self)
{
  g_return_val_if_fail (RC_IS_TITRATION_CHART (self), RC_TITRATION_MODE_SMALL_MULTIPLES);

  return self->mode;
}

void
rc_titration_chart_set_mode (RcTitrationChart *self, RcTitrationMode mode)
{
  g_return_if_fail (RC_IS_TITRATION_CHART (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  rc_chart_invalidate (RC_CHART (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

guint
rc_titration_chart_get_n_days (RcTitrationChart *self)
{
  g_return_val_if_fail (RC_IS_TITRATION_CHART (self), 0);

  rc_chart_ensure_updated (RC_CHART (self));
  return self->n_days;
}

gboolean
rc_titration_chart_data_to_point (
    RcTitrationChart *self, const char *drug_id, guint day, double daily, double *x, double *y)
{
  g_return_val_if_fail (RC_IS_TITRATION_CHART (self), FALSE);

  for (guint i = 0; i < self->panels->len; i++)
    {
      const Panel *panel = &g_array_index (self->panels, Panel, i);

      for (guint j = 0; j < self->series->len; j++)
        {
          const RcTitrationSeries *series = g_ptr_array_index (self->series, j);

          if (!g_str_equal (rc_drug_get_id (series->drug), drug_id))
            continue;
          if (panel->series != NULL && panel->series != series)
            continue;
          *x = rc_chart_axis_map (&self->x_axis, day - 0.5);
          *y = rc_chart_axis_map (&panel->y, panel->series == NULL
                                                 ? rc_titration_series_percent (series, daily)
                                                 : daily);
          return TRUE;
        }
    }
  return FALSE;
}

static void
rc_titration_chart_finalize (GObject *object)
{
  RcTitrationChart *self = RC_TITRATION_CHART (object);

  g_ptr_array_unref (self->series);
  g_array_unref (self->panels);

  G_OBJECT_CLASS (rc_titration_chart_parent_class)->finalize (object);
}

static void
rc_titration_chart_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcTitrationChart *self = RC_TITRATION_CHART (object);

  switch (prop_id)
    {
      case PROP_MODE:
        g_value_set_enum (value, self->mode);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_titration_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RcTitrationChart *self = RC_TITRATION_CHART (object);

  switch (prop_id)
    {
      case PROP_MODE:
        rc_titration_chart_set_mode (self, g_value_get_enum (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_titration_chart_class_init (RcTitrationChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RcChartClass *chart_class = RC_CHART_CLASS (klass);

  object_class->finalize = rc_titration_chart_finalize;
  object_class->get_property = rc_titration_chart_get_property;
  object_class->set_property = rc_titration_chart_set_property;

  chart_class->kind = RC_CHART_KIND_TITRATION;
  chart_class->update = rc_titration_chart_update;
  chart_class->dup_title = rc_titration_chart_dup_title;
  chart_class->dup_subtitle = rc_titration_chart_dup_subtitle;
  chart_class->collect_legend = rc_titration_chart_collect_legend;
  chart_class->collect_notes = rc_titration_chart_collect_notes;
  chart_class->build_plot = rc_titration_chart_build_plot;
  chart_class->dup_summary = rc_titration_chart_dup_summary;
  chart_class->dup_table = rc_titration_chart_dup_table;

  properties[PROP_MODE] = g_param_spec_enum (
      "mode", NULL, NULL, RC_TYPE_TITRATION_MODE, RC_TITRATION_MODE_SMALL_MULTIPLES,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_titration_chart_init (RcTitrationChart *self)
{
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_titration_series_free);
  self->panels = g_array_new (FALSE, TRUE, sizeof (Panel));
  self->n_days = 14;
}
