/* rc-side-effects-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rc-chart-private.h"
#include "rc-format.h"
#include "rc-side-effects-chart.h"

typedef enum
{
  CELL_VALUE,
  CELL_RANGE,
  CELL_NOT_REPORTED, /* listed without a figure */
  CELL_NOT_LISTED,   /* the drug's sources do not mention the effect */
} CellState;

/* One bar: a series (drug or dose arm) for one effect. */
typedef struct
{
  guint              series;
  CellState          state;
  double             min, max;
  const RcIncidence *incidence; /* NULL when not listed */
  gboolean           has_placebo;
  double             placebo;
  const RcIncidence *placebo_incidence;
  /* After layout */
  gboolean laid_out;
  double   x_zero, x_end, stub_end, y_top, y_bottom, placebo_x;
} Cell;

typedef struct
{
  char   *key;
  char   *label;
  RcDrug *drug; /* borrowed */
  guint   color_index;
  guint   variant;
  /* Drug-tab mode: the arm; NULL for the effects listed without figures. */
  const RcTrial    *trial;
  const RcTrialArm *arm;
} Series;

typedef struct
{
  char   *effect_id;
  char   *label;
  GArray *cells; /* of Cell */
  double  sort_value;
} Row;

struct _RcSideEffectsChart
{
  RcChart parent_instance;

  guint top_n;

  /* Owned References */
  GPtrArray *series;   /* of Series* */
  GPtrArray *rows;     /* of Row*, sorted */
  GPtrArray *shown;    /* of Row* (borrowed), after the last layout */
  guint      n_fitted; /* rows that fitted at the last layout, when fewer than asked */
};

G_DEFINE_FINAL_TYPE (RcSideEffectsChart, rc_side_effects_chart, RC_TYPE_CHART)

enum
{
  PROP_0,
  PROP_TOP_N,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
series_free (Series *series)
{
  g_free (series->key);
  g_free (series->label);
  g_free (series);
}

static void
row_free (Row *row)
{
  g_free (row->effect_id);
  g_free (row->label);
  g_array_unref (row->cells);
  g_free (row);
}

static gboolean
cell_has_figure (const Cell *cell)
{
  return cell->state == CELL_VALUE || cell->state == CELL_RANGE;
}

static gboolean
series_shown (RcSideEffectsChart *self, guint index)
{
  const Series *series = g_ptr_array_index (self->series, index);

  return rc_chart_get_series_visible (RC_CHART (self), series->key);
}

/* ---- Model ------------------------------------------------------------- */

static void
cell_from_incidence (Cell *cell, const RcIncidence *incidence)
{
  cell->incidence = incidence;
  if (incidence == NULL)
    cell->state = CELL_NOT_LISTED;
  else if (incidence->percent.kind == RC_VALUE_NOT_REPORTED)
    cell->state = CELL_NOT_REPORTED;
  else
    {
      cell->min = incidence->percent.min;
      cell->max = incidence->percent.max;
      cell->state = cell->min < cell->max ? CELL_RANGE : CELL_VALUE;
    }
}

/* The placebo arm's figure in the same trial, for the tick. */
static void
find_placebo (RcDrug *drug, Cell *cell)
{
  GPtrArray *incidences = rc_drug_get_incidences (drug);

  if (cell->incidence == NULL || cell->incidence->trial == NULL)
    return;
  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *other = g_ptr_array_index (incidences, i);

      if (other->trial == cell->incidence->trial && other->arm != NULL &&
          other->arm->kind == RC_ARM_PLACEBO &&
          g_str_equal (other->effect_id, cell->incidence->effect_id) &&
          other->percent.kind != RC_VALUE_NOT_REPORTED)
        {
          cell->has_placebo = TRUE;
          cell->placebo = other->percent.max;
          cell->placebo_incidence = other;
          return;
        }
    }
}

/* The figure a drug shows for an effect when compared: its primary dose
 * arm, in the first trial that reports the effect; else any dose arm; else
 * "listed without a figure" when it is listed. */
static const RcIncidence *
pick_incidence (RcDrug *drug, const char *effect_id)
{
  GPtrArray         *incidences = rc_drug_get_incidences (drug);
  const RcIncidence *any_arm = NULL;
  const RcIncidence *listed = NULL;

  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);

      if (!g_str_equal (inc->effect_id, effect_id))
        continue;
      if (inc->arm == NULL || inc->percent.kind == RC_VALUE_NOT_REPORTED)
        {
          if (listed == NULL && (inc->arm == NULL || inc->arm->kind == RC_ARM_DRUG))
            listed = inc;
          continue;
        }
      if (inc->arm->kind != RC_ARM_DRUG)
        continue;
      if (inc->arm->primary)
        return inc;
      if (any_arm == NULL)
        any_arm = inc;
    }
  return any_arm != NULL ? any_arm : listed;
}

static Row *
lookup_row (GPtrArray *rows, GHashTable *by_id, RcKnowledgeBase *kb, const char *effect_id)
{
  Row *row = g_hash_table_lookup (by_id, effect_id);

  if (row == NULL)
    {
      RcEffect *effect = kb != NULL ? rc_knowledge_base_lookup_effect (kb, effect_id) : NULL;

      row = g_new0 (Row, 1);
      row->effect_id = g_strdup (effect_id);
      row->label = g_strdup (effect != NULL ? rc_effect_get_label (effect) : effect_id);
      row->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
      g_ptr_array_add (rows, row);
      g_hash_table_insert (by_id, row->effect_id, row);
    }
  return row;
}

static void
update_comparison (RcSideEffectsChart *self, GPtrArray *drugs, GHashTable *by_id)
{
  RcKnowledgeBase *kb = rc_chart_get_knowledge_base (RC_CHART (self));

  for (guint d = 0; d < drugs->len; d++)
    {
      RcDrug *drug = drugs->pdata[d];
      Series *series = g_new0 (Series, 1);

      series->key = g_strdup (rc_drug_get_id (drug));
      series->label = g_strdup (rc_drug_get_name (drug));
      series->drug = drug;
      series->color_index = rc_chart_get_color_index (RC_CHART (self), drug);
      g_ptr_array_add (self->series, series);
    }

  /* Rows: every effect any of the drugs lists. */
  for (guint d = 0; d < drugs->len; d++)
    {
      GPtrArray *incidences = rc_drug_get_incidences (drugs->pdata[d]);

      for (guint i = 0; i < incidences->len; i++)
        {
          const RcIncidence *inc = g_ptr_array_index (incidences, i);

          if (inc->arm != NULL && inc->arm->kind == RC_ARM_PLACEBO)
            continue;
          lookup_row (self->rows, by_id, kb, inc->effect_id);
        }
    }

  /* Every drug has a cell in every row, so a missing figure shows. */
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint d = 0; d < drugs->len; d++)
        {
          Cell cell = { 0 };

          cell.series = d;
          cell_from_incidence (&cell, pick_incidence (drugs->pdata[d], row->effect_id));
          find_placebo (drugs->pdata[d], &cell);
          g_array_append_val (row->cells, cell);
        }
    }
}

static void
update_single (RcSideEffectsChart *self, RcDrug *drug, GHashTable *by_id)
{
  RcKnowledgeBase *kb = rc_chart_get_knowledge_base (RC_CHART (self));
  GPtrArray       *incidences = rc_drug_get_incidences (drug);
  guint            color_index = rc_chart_get_color_index (RC_CHART (self), drug);
  g_autoptr (GHashTable) series_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) renamed = g_ptr_array_new ();

  /* One series per dose arm, in the order of the trials; effects listed
   * without figures share one more. */
  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);
      g_autofree char   *key = NULL;
      Series            *series;

      if (inc->arm != NULL && inc->arm->kind == RC_ARM_PLACEBO)
        continue;
      key = inc->arm != NULL ? g_strdup_printf ("%s/%s", inc->trial->id, inc->arm->id)
                             : g_strdup ("listed");
      if (g_hash_table_contains (series_by_key, key))
        continue;
      series = g_new0 (Series, 1);
      series->key = g_steal_pointer (&key);
      series->drug = drug;
      series->color_index = color_index;
      series->trial = inc->trial;
      series->arm = inc->arm;
      series->label =
          g_strdup (inc->arm != NULL ? inc->arm->label : _ ("Listed without a frequency"));
      g_hash_table_insert (series_by_key, series->key, GUINT_TO_POINTER (self->series->len + 1));
      g_ptr_array_add (self->series, series);
    }

  /* Arms with the same name in different trials are told apart by trial
   * (its description, without a final full stop). */
  for (guint s = 0; s < self->series->len; s++)
    {
      Series *series = g_ptr_array_index (self->series, s);
      guint   same = 0;

      series->variant = s;
      for (guint t = 0; t < self->series->len; t++)
        same +=
            g_str_equal (((Series *) g_ptr_array_index (self->series, t))->label, series->label);
      if (series->trial != NULL && same > 1)
        g_ptr_array_add (renamed, series);
    }
  for (guint s = 0; s < renamed->len; s++)
    {
      Series          *series = g_ptr_array_index (renamed, s);
      g_autofree char *trial = g_strdup (series->trial->description);
      gsize            len = strlen (trial);

      if (len > 0 && trial[len - 1] == '.')
        trial[len - 1] = '\0';
      g_free (series->label);
      /* Translators: a series name: a trial arm's label (a dose), then the trial's description. */
      series->label = g_strdup_printf (C_ ("arm and trial", "%s — %s"),
                                       series->arm != NULL ? series->arm->label : "", trial);
    }

  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);
      g_autofree char   *key = NULL;
      Row               *row;
      Cell               cell = { 0 };

      if (inc->arm != NULL && inc->arm->kind == RC_ARM_PLACEBO)
        continue;
      key = inc->arm != NULL ? g_strdup_printf ("%s/%s", inc->trial->id, inc->arm->id)
                             : g_strdup ("listed");
      row = lookup_row (self->rows, by_id, kb, inc->effect_id);
      cell.series = GPOINTER_TO_UINT (g_hash_table_lookup (series_by_key, key)) - 1;
      cell_from_incidence (&cell, inc);
      find_placebo (drug, &cell);
      g_array_append_val (row->cells, cell);
    }
}

static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const Row *ra = *(const Row **) a;
  const Row *rb = *(const Row **) b;

  if (ra->sort_value != rb->sort_value)
    return ra->sort_value > rb->sort_value ? -1 : 1;
  return g_utf8_collate (ra->label, rb->label);
}

static void
sort_rows (RcSideEffectsChart *self)
{
  /* Largest incidence among the shown series first; rows without any
   * figure go last, alphabetically. */
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      row->sort_value = -1;
      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell *cell = &g_array_index (row->cells, Cell, c);

          if (cell_has_figure (cell) && series_shown (self, cell->series))
            row->sort_value = MAX (row->sort_value, cell->max);
        }
    }
  g_ptr_array_sort (self->rows, compare_rows);
}

static void
rc_side_effects_chart_update (RcChart *chart)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  GPtrArray          *drugs = rc_chart_get_drugs (chart);
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

  g_ptr_array_set_size (self->shown, 0);
  self->n_fitted = 0;
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->series, 0);
  if (drugs->len == 1)
    update_single (self, drugs->pdata[0], by_id);
  else if (drugs->len > 1)
    update_comparison (self, drugs, by_id);
  sort_rows (self);
}

/* ---- Text -------------------------------------------------------------- */

static char *
format_percent (double min, double max)
{
  RcQuantity q = { 0 };

  q.kind = min == max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
  q.min = min;
  q.max = max;
  q.unit = (char *) "%";
  return rc_format_quantity (&q, RC_FORMAT_LOCALE);
}

static char *
format_cell_value (const Cell *cell)
{
  switch (cell->state)
    {
      case CELL_VALUE:
      case CELL_RANGE:
        return format_percent (cell->min, cell->max);
      case CELL_NOT_REPORTED:
        return g_strdup (_ ("Listed without a frequency"));
      case CELL_NOT_LISTED:
      default:
        return g_strdup (_ ("Not reported in its sources"));
    }
}

static char *
describe_cell (RcSideEffectsChart *self, const Row *row, const Cell *cell)
{
  const Series    *series = g_ptr_array_index (self->series, cell->series);
  GString         *s = g_string_new (NULL);
  g_autofree char *value = format_cell_value (cell);

  /* Translators: a tooltip's heading: %1$s is a drug or a trial's dose arm,
   * %2$s a side effect, e.g. "Baclofen: Drowsiness". */
  g_string_append_printf (s, C_ ("tooltip: series and effect", "%1$s: %2$s"), series->label,
                          row->label);
  g_string_append_c (s, '\n');
  if (cell->has_placebo)
    {
      g_autofree char *placebo = format_percent (cell->placebo, cell->placebo);

      /* Translators: a line of a tooltip: %1$s is how many patients had the
       * effect, e.g. "29%", %2$s how many had it on placebo in the same
       * trial, e.g. "10%". */
      g_string_append_printf (s, C_ ("tooltip", "%1$s (placebo %2$s)"), value, placebo);
    }
  else
    g_string_append (s, value);
  if (cell->incidence != NULL && cell->incidence->percent.unverified)
    g_string_append_printf (s, "\n%s",
                            _ ("Unverified: the sources could not confirm this figure."));
  if (cell->placebo_incidence != NULL && cell->placebo_incidence->percent.unverified)
    g_string_append_printf (s, "\n%s", _ ("The placebo figure is unverified."));
  if (cell->incidence != NULL && cell->incidence->arm != NULL)
    {
      const RcTrialArm *arm = cell->incidence->arm;

      g_string_append_c (s, '\n');
      if (arm->n > 0)
        /* Translators: a line of a tooltip: %1$s is a trial's dose arm, e.g.
         * "10 mg three times daily", %2$u its number of patients ("n" is
         * the usual symbol for it). */
        g_string_append_printf (s, _ ("Arm: %1$s (n = %2$u)"), arm->label, arm->n);
      else
        /* Translators: a line of a tooltip; %s is a trial's dose arm, e.g.
         * "10 mg three times daily". */
        g_string_append_printf (s, _ ("Arm: %s"), arm->label);
      g_string_append_printf (s, "\n%s", cell->incidence->trial->description);
    }
  if (cell->incidence != NULL)
    {
      char           **sources = cell->incidence->percent.sources;
      g_autofree char *text = NULL;

      if ((sources == NULL || sources[0] == NULL) && cell->incidence->trial != NULL)
        sources = cell->incidence->trial->sources;
      text = rc_chart_describe_sources (series->drug, sources);
      if (*text != '\0')
        g_string_append_printf (s, "\n%s", text);
    }
  return g_string_free (s, FALSE);
}

static char *
rc_side_effects_chart_dup_title (RcChart *chart)
{
  GPtrArray *drugs = rc_chart_get_drugs (chart);

  if (drugs->len == 1)
    /* Translators: chart title; %s is a drug name. */
    return g_strdup_printf (_ ("%s: side effects"), rc_drug_get_name (drugs->pdata[0]));
  return g_strdup (_ ("Side effects"));
}

static char *
rc_side_effects_chart_dup_subtitle (RcChart *chart)
{
  if (rc_chart_is_comparison (chart))
    return g_strdup (_ ("Percentage of patients in the label’s trials, primary dose arm of each "
                        "drug; largest first"));
  return g_strdup (_ ("Percentage of patients in each dose arm of the label’s trials; largest "
                      "first"));
}

static void
rc_side_effects_chart_collect_legend (RcChart *chart, GPtrArray *entries)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  gboolean            any_range = FALSE, any_placebo = FALSE, any_nr = FALSE;

  for (guint s = 0; s < self->series->len; s++)
    {
      const Series *series = g_ptr_array_index (self->series, s);

      g_ptr_array_add (
          entries, rc_chart_legend_entry_new (series->key, series->label,
                                              series->arm != NULL || rc_chart_is_comparison (chart)
                                                  ? RC_CHART_SWATCH_BAR
                                                  : RC_CHART_SWATCH_NOT_REPORTED,
                                              series->color_index, series->variant));
    }
  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell *cell = &g_array_index (row->cells, Cell, c);

          any_range |= cell->state == CELL_RANGE;
          any_placebo |= cell->has_placebo;
          /* A drug's own "listed without a frequency" series is its own key. */
          any_nr |=
              !cell_has_figure (cell) &&
              (rc_chart_is_comparison (chart) ||
               ((const Series *) g_ptr_array_index (self->series, cell->series))->arm != NULL);
        }
    }
  if (any_range)
    g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL, _ ("Range across studies"),
                                                         RC_CHART_SWATCH_RANGE, 0, 0));
  if (any_placebo)
    g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL, _ ("Placebo in the same trial"),
                                                         RC_CHART_SWATCH_PLACEBO, 0, 0));
  if (any_nr)
    /* Translators: legend of the hatched stub; "n/r" is the abbreviation drawn on the chart. */
    g_ptr_array_add (entries, rc_chart_legend_entry_new (NULL, _ ("n/r: no figure reported"),
                                                         RC_CHART_SWATCH_NOT_REPORTED, 0, 0));
}

static void
rc_side_effects_chart_collect_notes (RcChart *chart, GPtrArray *notes)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  guint               n_rows = self->rows->len;
  guint               limit = self->top_n > 0 ? MIN (self->top_n, n_rows) : n_rows;

  if (n_rows == 0)
    return;
  /* What the last layout managed to fit, when that was less. */
  if (self->n_fitted > 0)
    limit = MIN (limit, self->n_fitted);
  if (((const Row *) g_ptr_array_index (self->rows, 0))->sort_value < 0)
    g_ptr_array_add (notes, g_strdup (_ ("The sources list these effects without any frequency: "
                                         "there is no figure to draw.")));
  if (limit < n_rows)
    /* Translators: a note under the chart; the table view lists every
     * effect. %1$u is the number of effects drawn, and it chooses the
     * plural form; %2$u is the number of effects in all. */
    g_ptr_array_add (notes, g_strdup_printf (ngettext ("Showing %1$u effect out of %2$u; “Show as "
                                                       "table” lists them all.",
                                                       "Showing %1$u effects out of %2$u; “Show "
                                                       "as table” lists them all.",
                                                       limit),
                                             limit, n_rows));
  g_ptr_array_add (notes, g_strdup (_ ("Trials differ in design, dose and length; compare "
                                       "with the placebo tick, not across drugs alone.")));
}

/* ---- Layout ------------------------------------------------------------ */

static PangoLayout *
ellipsized_label (RcChartBuild *build, const char *text, double width)
{
  PangoLayout *layout =
      rc_chart_text_layout (build->pango, build->style, RC_CHART_TEXT_LABEL, text, 0);

  pango_layout_set_width (layout, (int) (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static guint
count_shown_cells (RcSideEffectsChart *self, const Row *row)
{
  guint n = 0;

  for (guint c = 0; c < row->cells->len; c++)
    n += series_shown (self, g_array_index (row->cells, Cell, c).series);
  return n;
}

/* The height the shown rows take with bars of a given thickness. */
static double
rows_height (RcSideEffectsChart *self, double thickness, double label_h, double row_gap)
{
  double total = 0;

  for (guint r = 0; r < self->shown->len; r++)
    total +=
        MAX (count_shown_cells (self, g_ptr_array_index (self->shown, r)) * thickness, label_h) +
        row_gap;
  return total;
}

static void
build_cell (RcSideEffectsChart *self,
            RcChartBuild       *build,
            const RcChartAxis  *x_axis,
            const Row          *row,
            Cell               *cell,
            double              top,
            double              thickness)
{
  const RcChartStyle *style = build->style;
  const Series       *series = g_ptr_array_index (self->series, cell->series);
  double              em = build->em;
  double              hair = rc_chart_style_hairline (style);
  double              pad = MIN (thickness * 0.12, 0.15 * em);
  double              y0 = top + pad;
  double              h = thickness - 2 * pad;
  double              x_zero = rc_chart_axis_map (x_axis, 0);
  double              right = x_axis->pixel_max;
  double              label_x;
  RcChartColor        color;
  g_autofree char    *label = NULL;

  rc_chart_series_color (style, series->color_index, series->variant, &color);
  cell->laid_out = TRUE;
  cell->x_zero = x_zero;
  cell->x_end = x_zero;
  cell->stub_end = x_zero;
  cell->y_top = y0;
  cell->y_bottom = y0 + h;

  switch (cell->state)
    {
      case CELL_VALUE:
        cell->x_end = rc_chart_axis_map (x_axis, cell->max);
        if (cell->max > 0)
          rc_chart_scene_fill_rect (build->scene, x_zero, y0, cell->x_end - x_zero, h, &color);
        else
          /* A reported 0% is a value, not a missing one: a thin mark. */
          rc_chart_scene_fill_rect (build->scene, x_zero, y0, 2 * hair, h, &color);
        label = format_percent (cell->min, cell->max);
        break;

      case CELL_RANGE:
        {
          RcChartColor light = color;
          double       x_min = rc_chart_axis_map (x_axis, cell->min);

          light.alpha *= 0.38;
          cell->x_end = rc_chart_axis_map (x_axis, cell->max);
          rc_chart_scene_fill_rect (build->scene, x_zero, y0, x_min - x_zero, h, &color);
          rc_chart_scene_fill_rect (build->scene, x_min, y0, cell->x_end - x_min, h, &light);
          rc_chart_scene_line (build->scene, cell->x_end - hair, y0, cell->x_end - hair, y0 + h,
                               &color, 2 * hair, NULL, 0);
          label = format_percent (cell->min, cell->max);
        }
        break;

      case CELL_NOT_REPORTED:
      case CELL_NOT_LISTED:
      default:
        {
          double stub = MIN (1.6 * em, (right - x_zero) * 0.2);
          double sx = rc_chart_style_align (style, x_zero, hair);

          /* Its own visible state: outlined in the drug's colour, hatched, and
           * labelled; the bar itself has no length. */
          rc_chart_scene_hatch_rect (build->scene, x_zero, y0, stub, h, &style->muted, 3, hair);
          rc_chart_scene_stroke_rect (build->scene, sx, rc_chart_style_align (style, y0, hair),
                                      stub - hair, MAX (h - hair, hair), &color, hair);
          cell->stub_end = x_zero + stub;
          /* Translators: short for "not reported", drawn next to the hatched stub. */
          label = g_strdup (C_ ("chart", "n/r"));
        }
        break;
    }

  if (cell->has_placebo)
    {
      double px = rc_chart_style_align (style, rc_chart_axis_map (x_axis, cell->placebo), 2);

      cell->placebo_x = px;
      rc_chart_scene_line (build->scene, px, y0 - pad, px, y0 + h + pad, &style->foreground, 2,
                           NULL, 0);
    }

  /* The value after the bar (or the placebo tick), when the bar is thick
   * enough to carry text. */
  label_x = MAX (cell->x_end, cell->stub_end) + 0.3 * em;
  if (cell->has_placebo)
    label_x = MAX (label_x, cell->placebo_x + 0.3 * em);
  /* A drug's own chart names each dose arm at its bar, since shades of one
   * colour are hard to tell apart; the value alone when that does not fit. */
  if (h >= 0.75 * em)
    {
      gboolean placed = FALSE;

      if (!rc_chart_is_comparison (RC_CHART (self)) && series->arm != NULL)
        {
          g_autofree char *both =
              /* Translators: a bar's label: its value and its dose arm, e.g. "29% · 5 mg three
               * times a day". */
              g_strdup_printf (C_ ("bar label", "%s · %s"), label, series->label);
          g_autoptr (PangoLayout) probe =
              rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_SMALL, both, 0);
          double both_w;

          /* Only where it fits whole after the bar, never over it. */
          rc_chart_text_size (probe, &both_w, NULL);
          if (label_x + both_w < build->width - 0.5 * em)
            placed =
                rc_chart_build_label (build, RC_CHART_TEXT_SMALL, both,
                                      cell_has_figure (cell) ? &style->foreground : &style->muted,
                                      label_x, y0 + h / 2, 0, 0.5, TRUE);
        }
      if (!placed)
        rc_chart_build_label (build, RC_CHART_TEXT_SMALL, label,
                              cell_has_figure (cell) ? &style->foreground : &style->muted, label_x,
                              y0 + h / 2, 0, 0.5, TRUE);
    }

  rc_chart_build_add_item (build, series->key, describe_cell (self, row, cell), x_zero, y0,
                           right - x_zero, h, MAX (cell->x_end, cell->stub_end), y0 + h / 2);
}

static void
rc_side_effects_chart_build_plot (
    RcChart *chart, RcChartBuild *build, double x, double y, double w, double h)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  const RcChartStyle *style = build->style;
  double              em = build->em;
  double              line_h = 1.25 * em;
  double              bottom_h = 2 * line_h + 0.4 * em;
  double              row_gap = 0.5 * em;
  double              plot_h = h - bottom_h;
  double              label_w = 0, left, right, thickness, top_value = 10, yy;
  double              label_h, used = 0;
  guint               limit, n_rows = 0;
  RcChartAxis         x_axis;

  g_ptr_array_set_size (self->shown, 0);
  for (guint r = 0; r < self->rows->len; r++)
    {
      Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        g_array_index (row->cells, Cell, c).laid_out = FALSE;
    }

  if (self->rows->len == 0)
    {
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL,
                            _ ("No side effects in the knowledge base."), &style->muted, x + w / 2,
                            y + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  /* Rows that fit: each at least one line of text high and 4 px per bar;
   * the rest are left to the note and the table. */
  {
    g_autoptr (PangoLayout) probe =
        rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_LABEL, "Ag", 0);

    rc_chart_text_size (probe, NULL, &label_h);
  }
  limit = self->top_n > 0 ? MIN (self->top_n, self->rows->len) : self->rows->len;
  for (guint r = 0; r < limit; r++)
    {
      Row  *row = g_ptr_array_index (self->rows, r);
      guint n = count_shown_cells (self, row);

      if (n == 0)
        continue;
      if (used + MAX (n * 4, label_h) + row_gap > plot_h)
        break;
      used += MAX (n * 4, label_h) + row_gap;
      n_rows++;
      g_ptr_array_add (self->shown, row);
      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell *cell = &g_array_index (row->cells, Cell, c);

          if (!series_shown (self, cell->series))
            continue;
          if (cell_has_figure (cell))
            top_value = MAX (top_value, cell->max);
          if (cell->has_placebo)
            top_value = MAX (top_value, cell->placebo);
        }
    }
  self->n_fitted = self->shown->len < limit ? self->shown->len : 0;
  if (n_rows == 0)
    {
      rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("All series are hidden."), &style->muted,
                            x + w / 2, y + h / 2, 0.5, 0.5, FALSE);
      return;
    }

  /* The thickest bars (up to 1.5 em) for which every row fits. */
  {
    double lo = 0, hi = 1.5 * em;

    for (guint i = 0; i < 40 && rows_height (self, hi, label_h, row_gap) > plot_h; i++)
      {
        double mid = (lo + hi) / 2;

        if (rows_height (self, mid, label_h, row_gap) > plot_h)
          hi = mid;
        else
          lo = mid;
        if (hi - lo < 0.01)
          hi = lo;
      }
    thickness = hi;
  }

  /* The effect labels take what they need, up to a third of the width. */
  for (guint r = 0; r < self->shown->len; r++)
    {
      const Row *row = g_ptr_array_index (self->shown, r);
      g_autoptr (PangoLayout) layout =
          rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_LABEL, row->label, 0);
      double tw;

      rc_chart_text_size (layout, &tw, NULL);
      label_w = MAX (label_w, tw);
    }
  label_w = MIN (label_w, w * 0.34);
  left = x + label_w + 0.8 * em;
  right = x + w - 3.2 * em; /* room for the last value label */

  /* Honest axis: from 0. */
  rc_chart_axis_init_nice (&x_axis, 0, top_value, rc_chart_max_ticks (right - left, 3 * em));
  rc_chart_axis_set_pixels (&x_axis, left, right);

  /* Row shading and names, then the grid, then the bars over it. */
  yy = y;
  for (guint r = 0; r < self->shown->len; r++)
    {
      const Row *row = g_ptr_array_index (self->shown, r);
      double     row_h = MAX (count_shown_cells (self, row) * thickness, label_h);
      g_autoptr (PangoLayout) layout = ellipsized_label (build, row->label, label_w);
      double th;

      if (r % 2 == 0)
        rc_chart_scene_fill_rect (build->scene, x, yy - row_gap / 2, w, row_h + row_gap,
                                  &style->shade);
      rc_chart_text_size (layout, NULL, &th);
      rc_chart_scene_text (build->scene, layout, x, yy + (row_h - th) / 2, 0, &style->foreground);
      rc_chart_placer_reserve (build->placer, x, yy + (row_h - th) / 2, label_w, th);
      yy += row_h + row_gap;
    }
  rc_chart_build_x_axis (build, &x_axis, yy - row_gap / 2, y - row_gap / 2, yy - row_gap / 2, TRUE);
  {
    double hair = rc_chart_style_hairline (style);
    double ax = rc_chart_style_align (style, left, hair);

    /* The 0% line is the bars' base. */
    rc_chart_scene_line (build->scene, ax, y - row_gap / 2, ax, yy - row_gap / 2, &style->muted,
                         hair, NULL, 0);
  }

  yy = y;
  for (guint r = 0; r < self->shown->len; r++)
    {
      Row   *row = g_ptr_array_index (self->shown, r);
      guint  n = count_shown_cells (self, row);
      double row_h = MAX (n * thickness, label_h);
      double by = yy + (row_h - n * thickness) / 2;
      guint  k = 0;

      for (guint c = 0; c < row->cells->len; c++)
        {
          Cell *cell = &g_array_index (row->cells, Cell, c);

          if (!series_shown (self, cell->series))
            continue;
          build_cell (self, build, &x_axis, row, cell, by + k * thickness, thickness);
          k++;
        }
      yy += row_h + row_gap;
    }

  /* Translators: the title of the chart's horizontal axis; “%” is a percent sign. */
  /* xgettext:no-c-format */
  rc_chart_build_label (build, RC_CHART_TEXT_LABEL, _ ("Incidence (% of patients)"),
                        &style->foreground, (left + right) / 2,
                        yy - row_gap / 2 + line_h + 0.3 * em, 0.5, 0, FALSE);
}

/* ---- Summary and table ------------------------------------------------- */

static char *
rc_side_effects_chart_dup_summary (RcChart *chart)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  GString            *s = g_string_new (NULL);
  guint limit = self->top_n > 0 ? MIN (self->top_n, self->rows->len) : self->rows->len;

  g_string_append_printf (s,
                          /* Translators: the start of a chart's text summary; %s is the axis
                           * title drawn on the chart. */
                          _ ("Side-effect chart. Horizontal axis: %s. One row per effect, "
                             "largest first."),
                          /* xgettext:no-c-format */
                          _ ("Incidence (% of patients)"));
  for (guint r = 0; r < limit; r++)
    {
      const Row       *row = g_ptr_array_index (self->rows, r);
      GString         *items = g_string_new (NULL);
      g_autofree char *list = NULL;

      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell      *cell = &g_array_index (row->cells, Cell, c);
          const Series    *series = g_ptr_array_index (self->series, cell->series);
          g_autofree char *value = NULL;

          if (!series_shown (self, cell->series))
            continue;
          if (cell_has_figure (cell))
            value = format_percent (cell->min, cell->max);
          else
            value = g_strdup (_ ("not reported"));
          if (items->len > 0)
            /* Translators: between the items of a list in running text,
             * e.g. "Baclofen 63%, Tizanidine 48%". */
            g_string_append (items, C_ ("list separator", ", "));
          if (cell->has_placebo)
            {
              g_autofree char *placebo = format_percent (cell->placebo, cell->placebo);

              /* Translators: an item of a chart's text summary: %1$s is a
               * drug or a trial's dose arm, %2$s how many patients had the
               * effect, e.g. "29%", %3$s how many had it on placebo in the
               * same trial. */
              g_string_append_printf (items, C_ ("summary", "%1$s %2$s (placebo %3$s)"),
                                      series->label, value, placebo);
            }
          else
            /* Translators: an item of a chart's text summary: %1$s is a drug
             * or a trial's dose arm, %2$s how many patients had the effect,
             * e.g. "29%", or "not reported". */
            g_string_append_printf (items, C_ ("summary", "%1$s %2$s"), series->label, value);
        }
      list = g_string_free (items, FALSE);
      g_string_append_c (s, ' ');
      /* Translators: a sentence of a chart's text summary: %1$s is a side
       * effect, %2$s a list of drugs or dose arms with how many patients had
       * it, e.g. "Drowsiness: Baclofen 63% (placebo 36%), Tizanidine 48%." */
      g_string_append_printf (s, C_ ("summary", "%1$s: %2$s."), row->label, list);
    }
  return g_string_free (s, FALSE);
}

static RcChartTable *
rc_side_effects_chart_dup_table (RcChart *chart)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (chart);
  const char         *columns[] = { _ ("Effect"),
                            rc_chart_is_comparison (chart) ? _ ("Drug") : _ ("Dose arm"),
                                    _ ("Incidence"),
                                    _ ("Placebo"),
                                    _ ("Trial"),
                                    _ ("Sources"),
                                    NULL };
  RcChartTable       *table = rc_chart_table_new (columns);

  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell   *cell = &g_array_index (row->cells, Cell, c);
          const Series *series = g_ptr_array_index (self->series, cell->series);
          char         *trial = NULL;
          char         *sources = NULL;

          if (cell->incidence != NULL && cell->incidence->trial != NULL)
            {
              const RcTrialArm *arm = cell->incidence->arm;

              /* Translators: a trial arm's label (a dose), then the trial's description. */
              trial = g_strdup_printf (C_ ("arm and trial", "%s — %s"), arm->label,
                                       cell->incidence->trial->description);
            }
          if (cell->incidence != NULL)
            sources = rc_format_sources ((const char *const *) cell->incidence->percent.sources);
          rc_chart_table_add_row (
              table, g_strdup (row->label), g_strdup (series->label), format_cell_value (cell),
              cell->has_placebo ? format_percent (cell->placebo, cell->placebo) : g_strdup ("—"),
              trial != NULL ? trial : g_strdup (""), sources != NULL ? sources : g_strdup (""),
              NULL);
        }
    }
  return table;
}

/* ---- Public ------------------------------------------------------------ */

guint
rc_side_effects_chart_get_top_n (RcSideEffectsChart *self)
{
  g_return_val_if_fail (RC_IS_SIDE_EFFECTS_CHART (self), 0);

  return self->top_n;
}

void
rc_side_effects_chart_set_top_n (RcSideEffectsChart *self, guint top_n)
{
  g_return_if_fail (RC_IS_SIDE_EFFECTS_CHART (self));

  if (self->top_n == top_n)
    return;
  self->top_n = top_n;
  rc_chart_invalidate (RC_CHART (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOP_N]);
}

gboolean
rc_side_effects_chart_get_bar (RcSideEffectsChart *self,
                               const char         *series_key,
                               const char         *effect_id,
                               RcSideEffectsBar   *out)
{
  g_return_val_if_fail (RC_IS_SIDE_EFFECTS_CHART (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  for (guint r = 0; r < self->shown->len; r++)
    {
      const Row *row = g_ptr_array_index (self->shown, r);

      if (!g_str_equal (row->effect_id, effect_id))
        continue;
      for (guint c = 0; c < row->cells->len; c++)
        {
          const Cell   *cell = &g_array_index (row->cells, Cell, c);
          const Series *series = g_ptr_array_index (self->series, cell->series);

          if (!cell->laid_out || !g_str_equal (series->key, series_key))
            continue;
          out->state = cell->state == CELL_VALUE   ? RC_SIDE_EFFECTS_BAR_VALUE
                       : cell->state == CELL_RANGE ? RC_SIDE_EFFECTS_BAR_RANGE
                                                   : RC_SIDE_EFFECTS_BAR_NOT_REPORTED;
          out->min = cell->min;
          out->max = cell->max;
          out->x_zero = cell->x_zero;
          out->x_end = cell->x_end;
          out->stub_end = cell->stub_end;
          out->y_top = cell->y_top;
          out->y_bottom = cell->y_bottom;
          out->has_placebo = cell->has_placebo;
          out->placebo = cell->placebo;
          out->placebo_x = cell->placebo_x;
          return TRUE;
        }
    }
  return FALSE;
}

GStrv
rc_side_effects_chart_dup_shown_effects (RcSideEffectsChart *self)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  GStrv         result;

  for (guint r = 0; r < self->shown->len; r++)
    g_strv_builder_add (builder, ((const Row *) g_ptr_array_index (self->shown, r))->effect_id);
  result = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return result;
}

static void
rc_side_effects_chart_finalize (GObject *object)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (object);

  g_ptr_array_unref (self->shown);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->series);

  G_OBJECT_CLASS (rc_side_effects_chart_parent_class)->finalize (object);
}

static void
rc_side_effects_chart_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (object);

  switch (prop_id)
    {
      case PROP_TOP_N:
        g_value_set_uint (value, self->top_n);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_side_effects_chart_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RcSideEffectsChart *self = RC_SIDE_EFFECTS_CHART (object);

  switch (prop_id)
    {
      case PROP_TOP_N:
        rc_side_effects_chart_set_top_n (self, g_value_get_uint (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_side_effects_chart_class_init (RcSideEffectsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  RcChartClass *chart_class = RC_CHART_CLASS (klass);

  object_class->finalize = rc_side_effects_chart_finalize;
  object_class->get_property = rc_side_effects_chart_get_property;
  object_class->set_property = rc_side_effects_chart_set_property;

  chart_class->kind = RC_CHART_KIND_SIDE_EFFECTS;
  chart_class->update = rc_side_effects_chart_update;
  chart_class->dup_title = rc_side_effects_chart_dup_title;
  chart_class->dup_subtitle = rc_side_effects_chart_dup_subtitle;
  chart_class->collect_legend = rc_side_effects_chart_collect_legend;
  chart_class->collect_notes = rc_side_effects_chart_collect_notes;
  chart_class->build_plot = rc_side_effects_chart_build_plot;
  chart_class->dup_summary = rc_side_effects_chart_dup_summary;
  chart_class->dup_table = rc_side_effects_chart_dup_table;

  properties[PROP_TOP_N] =
      g_param_spec_uint ("top-n", NULL, NULL, 0, G_MAXUINT, 8,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_side_effects_chart_init (RcSideEffectsChart *self)
{
  self->top_n = 8;
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  self->shown = g_ptr_array_new ();
}
