/* rc-concentration-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rc-chart-private.h"
#include "rc-concentration-chart.h"
#include "rc-format.h"
#include "rc-titration.h"

typedef struct
{
  RcDrug         *drug; /* borrowed */
  guint           color_index;
  RcPkModelStatus status;
  RcPkParams      params;
  GArray         *doses;   /* of RcPkDose */
  GArray         *samples; /* of double, every dt hours from 0 */
  double          dt;
  double          top;
  GArray         *day_high; /* of double, per day */
  GArray         *day_low;
  guint           last_times; /* doses per day at the end */
  const char     *unit;       /* of the doses */
  double          accumulation;
} Series;

typedef struct
{
  const Series *series;
  RcChartAxis   y;
} Panel;

struct _RcConcentrationChart
{
  RcChart parent_instance;

  guint n_days;

  /* Owned References */
  GPtrArray *series; /* of Series* */

  RcChartAxis x_axis; /* in days */
  GArray     *panels; /* of Panel */
};

G_DEFINE_FINAL_TYPE (RcConcentrationChart, rc_concentration_chart, RC_TYPE_CHART)

static void
series_free (Series *series)
{
  g_clear_pointer (&series->doses, g_array_unref);
  g_clear_pointer (&series->samples, g_array_unref);
  g_clear_pointer (&series->day_high, g_array_unref);
  g_clear_pointer (&series->day_low, g_array_unref);
  g_free (series);
}

static gboolean
series_drawn (RcConcentrationChart *self, const Series *series)
{
  return series->status == RC_PK_MODEL_OK &&
         rc_chart_get_series_visible (RC_CHART (self), rc_drug_get_id (series->drug));
}

/* ---- Model ------------------------------------------------------------- */

static void
simulate (Series *series, guint n_days)
{
  double hours = n_days * 24.0;
  guint  n;

  /* Fine enough to catch every peak of the shortest Tmax. */
  series->dt = MIN (0.1, series->params.tmax_h / 8);
  n = (guint) ceil (hours / series->dt) + 1;
  series->samples = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  series->day_high = g_array_new (FALSE, TRUE, sizeof (double));
  series->day_low = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (series->day_high, n_days);
  g_array_set_size (series->day_low, n_days);
  for (guint d = 0; d < n_days; d++)
    g_array_index (series->day_low, double, d) = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    {
      double t = i * series->dt;
      double c = rc_pk_model_relative_concentration (
          &series->params, (const RcPkDose *) series->doses->data, series->doses->len, t);
      guint day = MIN ((guint) (t / 24), n_days - 1);

      g_array_append_val (series->samples, c);
      series->top = MAX (series->top, c);
      g_array_index (series->day_high, double, day) =
          MAX (g_array_index (series->day_high, double, day), c);
      /* The first hours of day 1 start from nothing; the day's low is taken
       * after the first dose has peaked. */
      if (day > 0 || t > series->params.tmax_h)
        g_array_index (series->day_low, double, day) =
            MIN (g_array_index (series->day_low, double, day), c);
    }
}

static guint
horizon_for (RcDrug *drug)
{
  const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);
  guint            maintenance = regimen != NULL ? rc_titration_maintenance_day (regimen) : 0;

  /* A few days past the last dose change, a week at least: long enough for
   * an 18-hour half-life to level off. */
  return CLAMP (maintenance + 3, 7, 14);
}

static void
rc_concentration_chart_update (RcChart *chart)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);
  GPtrArray            *drugs = rc_chart_get_drugs (chart);

  g_array_set_size (self->panels, 0);
  g_ptr_array_set_size (self->series, 0);
  self->n_days = 7;
  for (guint i = 0; i < drugs->len; i++)
    self->n_days = MAX (self->n_days, horizon_for (drugs->pdata[i]));

  for (guint i = 0; i < drugs->len; i++)
    {
      RcDrug          *drug = drugs->pdata[i];
      Series          *series = g_new0 (Series, 1);
      const RcRegimen *regimen = rc_drug_get_primary_regimen (drug);

      series->drug = drug;
      series->color_index = rc_chart_get_color_index (chart, drug);
      g_ptr_array_add (self->series, series);

      series->status = rc_pk_model_params_from_drug (drug, &series->params);
      if (series->status != RC_PK_MODEL_OK)
        continue;
      series->doses = rc_pk_model_schedule_from_regimen (regimen, self->n_days);
      if (series->doses->len == 0)
        {
          series->status = RC_PK_MODEL_NO_SCHEDULE;
          continue;
        }
      {
        RcDoseOnDay d;

        rc_titration_dose_on_day (regimen, 1, &d);
        series->unit = d.unit;
        rc_titration_dose_on_day (regimen, self->n_days, &d);
        series->last_times = MAX (MAX (d.times_per_day, d.times_per_day_max), 1);
      }
      series->accumulation =
          rc_pk_model_accumulation_ratio (&series->params, 24.0 / series->last_times);
      simulate (series, self->n_days);
    }
}

/* ---- Text -------------------------------------------------------------- */

static char *
format_hours (double hours)
{
  g_autofree char *number = rc_chart_format_number (hours);

  /* Translators: a duration in hours, e.g. "2.5 h". */
  return g_strdup_printf (_ ("%s h"), number);
}

static char *
format_times (double ratio)
{
  g_autofree char *number = rc_format_number (round (ratio * 10) / 10, RC_FORMAT_LOCALE);

  /* Translators: a multiple of the first dose's peak, e.g. "3.8×". */
  return g_strdup_printf (_ ("%s×"), number);
}

static char *
format_inputs (const Series *series)
{
  g_autofree char *half = format_hours (series->params.half_life_h);
  g_autofree char *tmax = format_hours (series->params.tmax_h);

  if (series->params.half_life_midpoint || series->params.tmax_midpoint)
    /* Translators: the model's inputs; %1$s a half-life, %2$s a time to peak. */
    return g_strdup_printf (_ ("half-life %1$s, Tmax %2$s (midpoints of ranges)"), half, tmax);
  /* Translators: the model's inputs; %1$s a half-life, %2$s a time to peak. Tmax is the time to
   * peak concentration: use the abbreviation usual in your language. */
  return g_strdup_printf (_ ("half-life %1$s, Tmax %2$s"), half, tmax);
}

typedef enum
{
  DOSES_STEADY,
  DOSES_RISE,
  DOSES_FALL,
} DoseChange;

/* Whether the doses rise or fall over the schedule (why a curve climbs
 * besides accumulation), with the first and last dose when they do. */
static DoseChange
dose_change (const Series *series, char **first_dose, char **last_dose)
{
  double     first = g_array_index (series->doses, RcPkDose, 0).amount;
  double     last = g_array_index (series->doses, RcPkDose, series->doses->len - 1).amount;
  RcQuantity q = { 0 };

  *first_dose = *last_dose = NULL;
  if (first == last)
    return DOSES_STEADY;
  q.kind = RC_VALUE_EXACT;
  q.unit = (char *) series->unit;
  q.min = q.max = first;
  *first_dose = rc_format_quantity (&q, RC_FORMAT_LOCALE);
  q.min = q.max = last;
  *last_dose = rc_format_quantity (&q, RC_FORMAT_LOCALE);
  return last > first ? DOSES_RISE : DOSES_FALL;
}

/* A panel's heading: whole sentences, so that translators can order them. */
static char *
format_heading (const Series *series, gboolean compare)
{
  g_autofree char *inputs = format_inputs (series);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char      *name = rc_drug_get_name (series->drug);
  const char      *axis = _ ("Relative concentration (1 = first dose’s peak)");

  switch (dose_change (series, &from, &to))
    {
      case DOSES_RISE:
        if (compare)
          /* Translators: a panel heading of the concentration chart: %1$s is
           * a drug name, %2$s the model's inputs ("half-life 18 h, Tmax
           * 2 h"), %3$s and %4$s the first and last dose, e.g. "5 mg" and
           * "20 mg". */
          return g_strdup_printf (_ ("%1$s: %2$s; doses rise from %3$s to %4$s"), name, inputs,
                                  from, to);
        /* Translators: the heading of the concentration chart: %1$s is the
         * vertical axis title, %2$s the model's inputs ("half-life 18 h,
         * Tmax 2 h"), %3$s and %4$s the first and last dose, e.g. "5 mg" and
         * "20 mg". */
        return g_strdup_printf (_ ("%1$s; %2$s; doses rise from %3$s to %4$s"), axis, inputs, from,
                                to);

      case DOSES_FALL:
        if (compare)
          /* Translators: a panel heading of the concentration chart: %1$s is
           * a drug name, %2$s the model's inputs ("half-life 18 h, Tmax
           * 2 h"), %3$s and %4$s the first and last dose, e.g. "1500 mg" and
           * "750 mg". */
          return g_strdup_printf (_ ("%1$s: %2$s; doses fall from %3$s to %4$s"), name, inputs,
                                  from, to);
        /* Translators: the heading of the concentration chart: %1$s is the
         * vertical axis title, %2$s the model's inputs ("half-life 18 h,
         * Tmax 2 h"), %3$s and %4$s the first and last dose, e.g. "1500 mg"
         * and "750 mg". */
        return g_strdup_printf (_ ("%1$s; %2$s; doses fall from %3$s to %4$s"), axis, inputs, from,
                                to);

      case DOSES_STEADY:
      default:
        if (compare)
          /* Translators: a panel heading of the concentration chart: %1$s is
           * a drug name, %2$s the model's inputs, e.g. "half-life 18 h, Tmax
           * 2 h". */
          return g_strdup_printf (C_ ("concentration panel", "%1$s: %2$s"), name, inputs);
        /* Translators: the heading of the concentration chart: %1$s is the
         * vertical axis title, %2$s the model's inputs, e.g. "half-life
         * 18 h, Tmax 2 h". */
        return g_strdup_printf (C_ ("concentration panel", "%1$s; %2$s"), axis, inputs);
    }
}

static const char *
status_reason (RcPkModelStatus status)
{
  switch (status)
    {
      case RC_PK_MODEL_NO_TMAX:
        /* Translators: why a drug is not modelled. Tmax is the time to peak concentration: use
         * the abbreviation usual in your language. */
        return _ ("no time to peak (Tmax)");
      case RC_PK_MODEL_NO_HALF_LIFE:
        return _ ("no half-life");
      case RC_PK_MODEL_NO_SCHEDULE:
        return _ ("no dosing schedule");
      case RC_PK_MODEL_OK:
      default:
        return "";
    }
}

static char *
assumptions (void)
{
  return g_strdup (
      /* Translators: a note under the concentration chart. Tmax is the time to peak
       * concentration; “ln 2” is the natural logarithm of 2. */
      _ ("Assumptions: one compartment; first-order absorption and elimination; "
         "elimination rate from the half-life (ln 2 ÷ half-life) and absorption rate "
         "solved from Tmax; the knowledge base’s primary Tmax and half-life, midpoints "
         "of ranges; the labelled doses (midpoint of a range) at even intervals over "
         "24 hours; every dose absorbed alike; no effect of food, age, kidneys or "
         "liver. Levels are relative to the first dose’s peak."));
}

static char *
describe_day (const Series *series, guint day)
{
  g_autofree char *high = format_times (g_array_index (series->day_high, double, day - 1));
  g_autofree char *low = format_times (g_array_index (series->day_low, double, day - 1));
  g_autofree char *inputs = format_inputs (series);
  g_autofree char *assume = assumptions ();
  g_autofree char *sources = NULL;
  GString         *s = g_string_new (NULL);

  /* Translators: tooltip; %1$s drug, %2$u day, %3$s and %4$s multiples
   * such as "3.8×". */
  g_string_append_printf (s, _ ("%1$s, day %2$u: highest %3$s, lowest %4$s the first dose’s peak"),
                          rc_drug_get_name (series->drug), day, high, low);
  g_string_append_printf (s, "\n%s\n%s\n%s", _ ("Illustrative model, not patient data."), inputs,
                          assume);
  {
    g_autofree char *a =
        rc_chart_describe_sources (series->drug, series->params.half_life_value->q.sources);
    g_autofree char *b =
        rc_chart_describe_sources (series->drug, series->params.tmax_value->q.sources);

    sources = g_strconcat (a, *a && *b ? "\n" : "", b, NULL);
  }
  if (*sources != '\0')
    g_string_append_printf (s, "\n%s", sources);
  return g_string_free (s, FALSE);
}

static char *
rc_concentration_chart_dup_title (RcChart *chart)
{
  GPtrArray *drugs = rc_chart_get_drugs (chart);

  if (drugs->len == 1)
    /* Translators: chart title; %s is a drug name. */
    return g_strdup_printf (_ ("%s: plasma concentration over days"),
                            rc_drug_get_name (drugs->pdata[0]));
  return g_strdup (_ ("Plasma concentration over days"));
}

static char *
rc_concentration_chart_dup_subtitle (RcChart *chart)
{
  return g_strdup (_ ("Illustrative model, not patient data"));
}

static void
rc_concentration_chart_collect_legend (RcChart *chart, GPtrArray *entries)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);

  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (series->status != RC_PK_MODEL_OK)
        continue;
      g_ptr_array_add (entries, rc_chart_legend_entry_new (
                                    rc_drug_get_id (series->drug), rc_drug_get_name (series->drug),
                                    RC_CHART_SWATCH_LINE, series->color_index, 0));
    }
}

static void
rc_concentration_chart_collect_notes (RcChart *chart, GPtrArray *notes)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);

  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (series->status != RC_PK_MODEL_OK)
        /* Translators: a note under the chart; %1$s drug, %2$s what is missing. */
        g_ptr_array_add (notes, g_strdup_printf (_ ("%1$s: not enough data (%2$s); not modelled."),
                                                 rc_drug_get_name (series->drug),
                                                 status_reason (series->status)));
    }
  /* Translators: a note under the concentration chart. Tmax is the time to peak concentration;
   * “1 =” explains the scale of the vertical axis. */
  g_ptr_array_add (notes, g_strdup (_ ("One-compartment model from each drug’s Tmax and half-life "
                                       "(midpoints of ranges) and labelled doses at even "
                                       "intervals; 1 = the first dose’s peak.")));
}

/* ---- Layout ------------------------------------------------------------ */

/* How far, in device pixels, the drawn curve may stray from a sample:
 * cairo's own tolerance when it turns curves into lines. */
#define CURVE_TOLERANCE 0.1

/* The curve as a polyline through its own samples: within each device pixel
 * column only the first, lowest, highest and last sample are kept (so a
 * fortnight of doses in a narrow chart costs no more than its width and
 * loses no peak), then every sample that lies within CURVE_TOLERANCE of the
 * line between its kept neighbours is dropped. A curve of about 3,000
 * samples, one or two a pixel, stroked point by point was most of the
 * chart's frame (tests/bench); the rise and fall after a dose is smooth
 * and a handful of straight pieces draw it the same. */
static void
build_curve (RcChartBuild      *build,
             const Series      *series,
             const RcChartAxis *x_axis,
             const RcChartAxis *y_axis)
{
  g_autoptr (GArray) points = g_array_new (FALSE, FALSE, sizeof (double));
  double        column = rc_chart_style_hairline (build->style);
  guint         n = series->samples->len;
  const double *c = (const double *) series->samples->data;
  guint         i = 0, n_points;
  gint64        last_kept = -1;
  RcChartColor  color;

  rc_chart_style_drug_color (build->style, series->color_index, &color);
  while (i < n)
    {
      guint  first = i, lo = i, hi = i, kept[4];
      double col = floor (rc_chart_axis_map (x_axis, i * series->dt / 24) / column);

      for (i++; i < n && floor (rc_chart_axis_map (x_axis, i * series->dt / 24) / column) == col;
           i++)
        {
          if (c[i] < c[lo])
            lo = i;
          if (c[i] > c[hi])
            hi = i;
        }
      /* In the order of time, each sample once. */
      kept[0] = first;
      kept[1] = MIN (lo, hi);
      kept[2] = MAX (lo, hi);
      kept[3] = i - 1;
      for (guint k = 0; k < 4; k++)
        {
          double xy[2];

          if ((gint64) kept[k] <= last_kept)
            continue;
          xy[0] = rc_chart_axis_map (x_axis, kept[k] * series->dt / 24);
          xy[1] = rc_chart_axis_map (y_axis, c[kept[k]]);
          g_array_append_vals (points, xy, 2);
          last_kept = kept[k];
        }
    }
  n_points = rc_chart_polyline_simplify ((double *) points->data, points->len / 2,
                                         CURVE_TOLERANCE * column);
  rc_chart_scene_curve (build->scene, (double *) points->data, n_points, &color, 1.5);
}

static void
build_panel (
    RcConcentrationChart *self, RcChartBuild *build, const Panel *panel, double left, double right)
{
  const Series       *series = panel->series;
  const RcChartStyle *style = build->style;
  const char         *key = rc_drug_get_id (series->drug);
  double              em = build->em;
  RcChartColor        color;
  guint               last_day = self->n_days;

  rc_chart_style_drug_color (style, series->color_index, &color);
  build_curve (build, series, &self->x_axis, &panel->y);

  /* One item per day at its highest level, for hover and the keyboard. */
  for (guint day = 1; day <= self->n_days; day++)
    {
      double high = g_array_index (series->day_high, double, day - 1);
      double x0 = rc_chart_axis_map (&self->x_axis, day - 1);
      double x1 = rc_chart_axis_map (&self->x_axis, day);
      double top = panel->y.pixel_max;
      double bottom = panel->y.pixel_min;
      double hy = rc_chart_axis_map (&panel->y, high);
      double hx = x0;

      /* Where in the day the highest level is. */
      for (guint i = (guint) ((day - 1) * 24 / series->dt);
           i < series->samples->len && i * series->dt < day * 24; i++)
        if (g_array_index (series->samples, double, i) >= high)
          {
            hx = rc_chart_axis_map (&self->x_axis, i * series->dt / 24);
            break;
          }
      rc_chart_build_add_item (build, key, describe_day (series, day), x0, top, x1 - x0,
                               bottom - top, hx, hy);
    }

  /* The last day's peak, labelled with how far it has risen. */
  {
    double           high = g_array_index (series->day_high, double, last_day - 1);
    double           y = rc_chart_axis_map (&panel->y, high);
    double           x = right;
    g_autofree char *times = format_times (high);
    /* Translators: a label at the end of a curve; %s is a multiple such as "3.8×". */
    g_autofree char *label = g_strdup_printf (_ ("peaks %s"), times);

    rc_chart_scene_marker (build->scene, rc_chart_style_drug_marker (series->color_index), x, y,
                           0.7 * em, &color, &style->background);
    rc_chart_placer_reserve (build->placer, x - 0.4 * em, y - 0.4 * em, 0.8 * em, 0.8 * em);
    if (!rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground, x - 0.5 * em,
                               y - 0.4 * em, 1, 1, TRUE))
      rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label, &style->foreground, x - 0.5 * em,
                            y + 0.4 * em, 1, 0, TRUE);
  }
}

static void
rc_concentration_chart_build_plot (
    RcChart *chart, RcChartBuild *build, double x, double y, double w, double h)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);
  const RcChartStyle   *style = build->style;
  gboolean              compare = self->series->len > 1;
  double                em = build->em;
  double                line_h = 1.25 * em;
  double                bottom_h = 2 * line_h + 0.4 * em;
  double                header_h = line_h + 0.7 * em;
  double                gap = 0.6 * em;
  double                top = 1, label_w, left, right, panel_h, room, name_w = 0;
  gboolean              inline_headers = FALSE;
  guint                 n_panels = 0;
  RcChartAxis           y_axis;
  static const double   day_steps[] = { 1, 2, 7, 14 };

  g_array_set_size (self->panels, 0);
  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (!series_drawn (self, series))
        continue;
      n_panels++;
      top = MAX (top, series->top);
    }
  if (n_panels == 0)
    {
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL,
                            self->series->len == 0 ? _ ("No drug chosen.")
                                                   : _ ("Nothing to model: see the notes below."),
                            &style->muted, x + w / 2, y + h / 2, 0.5, 0.5, FALSE);
      return;
    }
  panel_h = (h - bottom_h - n_panels * header_h - (n_panels - 1) * gap) / n_panels;
  if (n_panels > 1 && panel_h < 4.5 * em)
    {
      /* Short panels: names in a column on the left, two ticks, no labels
       * inside (tooltips, the table and the summary keep every number). */
      inline_headers = TRUE;
      build->no_plot_labels = TRUE;
      header_h = 0;
      gap = 0.5 * em;
      panel_h = (h - bottom_h - (n_panels - 1) * gap) / n_panels;
      for (guint i = 0; i < self->series->len; i++)
        {
          const Series *series = g_ptr_array_index (self->series, i);
          g_autoptr (PangoLayout) layout = NULL;
          double nw;

          if (!series_drawn (self, series))
            continue;
          layout = rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_STRONG,
                                         rc_drug_get_name (series->drug), 0);
          rc_chart_text_size (layout, &nw, NULL);
          name_w = MAX (name_w, nw + 0.6 * em);
        }
    }
  if (panel_h < 1.5 * em)
    {
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("Too small to show; enlarge the chart."),
                            &style->muted, x + w / 2, y + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  /* One scale for every panel: accumulation is compared by height. Head room
   * keeps the peak labels (and inline headings) off the curves. */
  room = 1.3 * em;
  if (inline_headers)
    {
      /* A round number under the highest peak names the scale, clear of the
       * panel's top (and of the 0 of the panel above). */
      static const double nice[] = { 1, 2, 5 };
      double              magnitude = pow (10, floor (log10 (top)));
      double              named = magnitude;

      for (guint i = 0; i < G_N_ELEMENTS (nice); i++)
        if (nice[i] * magnitude <= top)
          named = nice[i] * magnitude;
      rc_chart_axis_init_exact (&y_axis, 0, top * 1.25, 1);
      rc_chart_axis_set_two_ticks (&y_axis, named);
    }
  else
    rc_chart_axis_init_nice (&y_axis, 0, top / (1 - MIN (room / panel_h, 0.6)),
                             rc_chart_max_ticks (panel_h, 1.6 * em));
  label_w = rc_chart_y_axis_label_width (build, &y_axis, NULL);
  left = x + name_w + label_w + 0.8 * em;
  right = x + w - 0.6 * em;
  rc_chart_axis_init_exact (&self->x_axis, 0, self->n_days, 10);
  rc_chart_axis_set_tick_step (
      &self->x_axis, rc_chart_axis_pick_step (&self->x_axis, day_steps, G_N_ELEMENTS (day_steps),
                                              rc_chart_max_ticks (right - left, 2.6 * em)));
  rc_chart_axis_set_pixels (&self->x_axis, left, right);

  /* Headings first, so that no label of one panel takes the place of the
   * next panel's heading. */
  for (guint i = 0, k = 0; i < self->series->len; i++)
    {
      const Series    *series = g_ptr_array_index (self->series, i);
      Panel            panel = { series, y_axis };
      double           ptop;
      g_autofree char *header = NULL;

      if (!series_drawn (self, series))
        continue;
      ptop = y + k * (header_h + panel_h + gap) + header_h;
      rc_chart_axis_set_pixels (&panel.y, ptop + panel_h, ptop);
      g_array_append_val (self->panels, panel);
      k++;

      if (inline_headers)
        header = g_strdup (rc_drug_get_name (series->drug));
      else
        header = format_heading (series, compare);
      if (inline_headers)
        rc_chart_build_label (build, RC_CHART_TEXT_STRONG, header, &style->foreground, x,
                              ptop + panel_h / 2, 0, 0.5, FALSE);
      else
        rc_chart_build_label (build, compare ? RC_CHART_TEXT_STRONG : RC_CHART_TEXT_LABEL, header,
                              &style->foreground, x, ptop - 0.7 * em, 0, 1, FALSE);
    }

  for (guint k = 0; k < self->panels->len; k++)
    {
      const Panel *panel = &g_array_index (self->panels, Panel, k);

      rc_chart_build_x_axis (build, &self->x_axis, panel->y.pixel_min, panel->y.pixel_max,
                             panel->y.pixel_min, k == self->panels->len - 1);
      rc_chart_build_y_axis (build, &panel->y, left, left, right, NULL);
      build_panel (self, build, panel, left, right);
    }
  rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("Days from the first dose"),
                        &style->foreground, (left + right) / 2, y + h - line_h, 0.5, 0, FALSE);
}

/* ---- Summary and table ------------------------------------------------- */

static char *
rc_concentration_chart_dup_summary (RcChart *chart)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);
  GString              *s = g_string_new (NULL);
  g_autofree char      *assume = assumptions ();

  g_string_append_printf (s,
                          /* Translators: the start of a chart's text summary; %1$s and %2$s are
                           * the axis titles drawn on the chart. */
                          _ ("Illustrative model, not patient data. Plasma concentration chart. "
                             "Horizontal axis: %1$s. Vertical axis: %2$s."),
                          _ ("Days from the first dose"),
                          _ ("Relative concentration (1 = first dose’s peak)"));
  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (!rc_chart_get_series_visible (chart, rc_drug_get_id (series->drug)))
        continue;
      g_string_append_c (s, ' ');
      if (series->status != RC_PK_MODEL_OK)
        {
          g_string_append_printf (s, _ ("%1$s: not enough data (%2$s); not modelled."),
                                  rc_drug_get_name (series->drug), status_reason (series->status));
          continue;
        }
      {
        g_autofree char *inputs = format_inputs (series);
        g_autofree char *high =
            format_times (g_array_index (series->day_high, double, self->n_days - 1));
        g_autofree char *ratio = format_times (series->accumulation);
        g_autofree char *interval = rc_chart_format_number (24.0 / series->last_times);

        g_string_append_printf (s,
                                /* Translators: accessible summary; %1$s drug, %2$s model inputs,
                                 * %3$u a day, %4$s a multiple such as "3.8×", %5$s hours between
                                 * doses, %6$s the accumulation ratio. */
                                _ ("%1$s (%2$s): on day %3$u the highest level is %4$s the "
                                   "first dose’s peak; a fixed dose every %5$s hours "
                                   "accumulates to %6$s."),
                                rc_drug_get_name (series->drug), inputs, self->n_days, high,
                                interval, ratio);
      }
    }
  g_string_append_printf (s, " %s", assume);
  return g_string_free (s, FALSE);
}

static RcChartTable *
rc_concentration_chart_dup_table (RcChart *chart)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (chart);
  const char           *columns[] = { _ ("Drug"),
                                      /* Translators: a column of the concentration table:
                                       * the day counted from the first dose (1, 2, 3…). */
                                      C_ ("concentration table", "Day"), _ ("Highest level"),
                                      _ ("Lowest level"), _ ("Model inputs"), NULL };
  RcChartTable         *table = rc_chart_table_new (columns);

  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (series->status != RC_PK_MODEL_OK)
        {
          rc_chart_table_add_row (
              table, g_strdup (rc_drug_get_name (series->drug)), g_strdup ("—"), g_strdup ("—"),
              g_strdup ("—"),
              /* Translators: table cell; %s is what is missing. */
              g_strdup_printf (_ ("Not enough data: %s"), status_reason (series->status)), NULL);
          continue;
        }
      for (guint day = 1; day <= self->n_days; day++)
        rc_chart_table_add_row (table, g_strdup (rc_drug_get_name (series->drug)),
                                g_strdup_printf ("%u", day),
                                format_times (g_array_index (series->day_high, double, day - 1)),
                                format_times (g_array_index (series->day_low, double, day - 1)),
                                day == 1 ? format_inputs (series) : g_strdup (""), NULL);
    }
  return table;
}

/* ---- Public ------------------------------------------------------------ */

guint
rc_concentration_chart_get_n_days (RcConcentrationChart *self)
{
  g_return_val_if_fail (RC_IS_CONCENTRATION_CHART (self), 0);

  rc_chart_ensure_updated (RC_CHART (self));
  return self->n_days;
}

static const Series *
find_series (RcConcentrationChart *self, const char *drug_id)
{
  rc_chart_ensure_updated (RC_CHART (self));
  for (guint i = 0; i < self->series->len; i++)
    {
      const Series *series = g_ptr_array_index (self->series, i);

      if (g_str_equal (rc_drug_get_id (series->drug), drug_id))
        return series;
    }
  return NULL;
}

RcPkModelStatus
rc_concentration_chart_get_status (RcConcentrationChart *self, const char *drug_id)
{
  const Series *series;

  g_return_val_if_fail (RC_IS_CONCENTRATION_CHART (self), RC_PK_MODEL_NO_TMAX);

  series = find_series (self, drug_id);
  return series != NULL ? series->status : RC_PK_MODEL_NO_SCHEDULE;
}

gboolean
rc_concentration_chart_get_level (RcConcentrationChart *self,
                                  const char           *drug_id,
                                  double                hours,
                                  double               *relative)
{
  const Series *series;

  g_return_val_if_fail (RC_IS_CONCENTRATION_CHART (self), FALSE);

  series = find_series (self, drug_id);
  if (series == NULL || series->status != RC_PK_MODEL_OK)
    return FALSE;
  *relative = rc_pk_model_relative_concentration (
      &series->params, (const RcPkDose *) series->doses->data, series->doses->len, hours);
  return TRUE;
}

gboolean
rc_concentration_chart_data_to_point (RcConcentrationChart *self,
                                      const char           *drug_id,
                                      double                hours,
                                      double                relative,
                                      double               *x,
                                      double               *y)
{
  g_return_val_if_fail (RC_IS_CONCENTRATION_CHART (self), FALSE);

  for (guint i = 0; i < self->panels->len; i++)
    {
      const Panel *panel = &g_array_index (self->panels, Panel, i);

      if (!g_str_equal (rc_drug_get_id (panel->series->drug), drug_id))
        continue;
      *x = rc_chart_axis_map (&self->x_axis, hours / 24);
      *y = rc_chart_axis_map (&panel->y, relative);
      return TRUE;
    }
  return FALSE;
}

static void
rc_concentration_chart_finalize (GObject *object)
{
  RcConcentrationChart *self = RC_CONCENTRATION_CHART (object);

  g_ptr_array_unref (self->series);
  g_array_unref (self->panels);

  G_OBJECT_CLASS (rc_concentration_chart_parent_class)->finalize (object);
}

static void
rc_concentration_chart_class_init (RcConcentrationChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RcChartClass *chart_class = RC_CHART_CLASS (klass);

  object_class->finalize = rc_concentration_chart_finalize;

  chart_class->kind = RC_CHART_KIND_CONCENTRATION;
  chart_class->update = rc_concentration_chart_update;
  chart_class->dup_title = rc_concentration_chart_dup_title;
  chart_class->dup_subtitle = rc_concentration_chart_dup_subtitle;
  chart_class->collect_legend = rc_concentration_chart_collect_legend;
  chart_class->collect_notes = rc_concentration_chart_collect_notes;
  chart_class->build_plot = rc_concentration_chart_build_plot;
  chart_class->dup_summary = rc_concentration_chart_dup_summary;
  chart_class->dup_table = rc_concentration_chart_dup_table;
}

static void
rc_concentration_chart_init (RcConcentrationChart *self)
{
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->panels = g_array_new (FALSE, TRUE, sizeof (Panel));
  self->n_days = 7;
}
