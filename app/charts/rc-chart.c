/* rc-chart.c
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
#include "rc-side-effects-chart.h"
#include "rc-titration-chart.h"

typedef struct
{
  /* Owned References */
  RcKnowledgeBase *kb;
  char           **drug_ids;
  GPtrArray       *drugs;  /* of RcDrug */
  GHashTable      *hidden; /* series key -> TRUE */
  PangoContext    *pango;

  /* The model is read lazily; the layout is kept until something changes.
   * The drugs are resolved apart from the model: widgets ask for them (a
   * series menu, a comparison or not) long before a hidden chart is drawn,
   * and computing the model that early was a tenth of the start-up
   * (tests/bench). */
  gboolean      drugs_valid;
  gboolean      model_valid;
  gboolean      layout_valid;
  guint         layout_serial;
  RcChartStyle *style;
  double        width;
  double        height;
  RcChartScene *scene;
  GArray       *items;  /* of RcChartItem */
  GPtrArray    *legend; /* of RcChartLegendEntry* */
} RcChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RcChart, rc_chart, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (RcChartKind,
                    rc_chart_kind,
                    G_DEFINE_ENUM_VALUE (RC_CHART_KIND_TITRATION, "titration"),
                    G_DEFINE_ENUM_VALUE (RC_CHART_KIND_SIDE_EFFECTS, "side-effects"),
                    G_DEFINE_ENUM_VALUE (RC_CHART_KIND_CONCENTRATION, "concentration"))

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_DRUG_IDS,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

gboolean
rc_chart_kind_from_string (const char *name, RcChartKind *kind)
{
  g_autoptr (GEnumClass) klass = g_type_class_ref (RC_TYPE_CHART_KIND);
  GEnumValue *value;

  if (name == NULL)
    return FALSE;
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;
  *kind = value->value;
  return TRUE;
}

const char *
rc_chart_kind_to_string (RcChartKind kind)
{
  switch (kind)
    {
      case RC_CHART_KIND_SIDE_EFFECTS:
        return "side-effects";
      case RC_CHART_KIND_CONCENTRATION:
        return "concentration";
      case RC_CHART_KIND_TITRATION:
      default:
        return "titration";
    }
}

static void
item_clear (RcChartItem *item)
{
  g_clear_pointer (&item->series_key, g_free);
  g_clear_pointer (&item->text, g_free);
}

static void
legend_entry_free (RcChartLegendEntry *entry)
{
  g_free (entry->key);
  g_free (entry->label);
  g_free (entry);
}

RcChartLegendEntry *
rc_chart_legend_entry_new (
    const char *key, const char *label, RcChartSwatch swatch, guint color_index, guint variant)
{
  RcChartLegendEntry *entry = g_new0 (RcChartLegendEntry, 1);

  entry->key = g_strdup (key);
  entry->label = g_strdup (label);
  entry->swatch = swatch;
  entry->color_index = color_index;
  entry->variant = variant;
  return entry;
}

static void
emit_changed (RcChart *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

void
rc_chart_invalidate (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_if_fail (RC_IS_CHART (self));

  priv->drugs_valid = FALSE;
  priv->model_valid = FALSE;
  priv->layout_valid = FALSE;
  emit_changed (self);
}

static void
resolve_drugs (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_ptr_array_set_size (priv->drugs, 0);
  if (priv->kb == NULL || priv->drug_ids == NULL)
    return;
  for (guint i = 0; priv->drug_ids[i] != NULL; i++)
    {
      RcDrug *drug = rc_knowledge_base_lookup_drug (priv->kb, priv->drug_ids[i]);

      /* Unknown ids are skipped here; the command line checks them first
       * and names the bad one. */
      if (drug != NULL)
        g_ptr_array_add (priv->drugs, g_object_ref (drug));
    }
}

static void
ensure_drugs (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  if (priv->drugs_valid)
    return;
  priv->drugs_valid = TRUE;
  resolve_drugs (self);
}

void
rc_chart_ensure_updated (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  if (priv->model_valid)
    return;
  priv->model_valid = TRUE;
  ensure_drugs (self);
  if (RC_CHART_GET_CLASS (self)->update != NULL)
    RC_CHART_GET_CLASS (self)->update (self);
}

static void
rc_chart_dispose (GObject *object)
{
  RcChart        *self = RC_CHART (object);
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_clear_object (&priv->kb);
  g_ptr_array_set_size (priv->drugs, 0);
  g_clear_object (&priv->pango);

  G_OBJECT_CLASS (rc_chart_parent_class)->dispose (object);
}

static void
rc_chart_finalize (GObject *object)
{
  RcChart        *self = RC_CHART (object);
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_strfreev (priv->drug_ids);
  g_ptr_array_unref (priv->drugs);
  g_hash_table_unref (priv->hidden);
  g_clear_pointer (&priv->style, rc_chart_style_free);
  g_clear_pointer (&priv->scene, rc_chart_scene_free);
  g_array_unref (priv->items);
  g_ptr_array_unref (priv->legend);

  G_OBJECT_CLASS (rc_chart_parent_class)->finalize (object);
}

static void
rc_chart_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcChart        *self = RC_CHART (object);
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, priv->kb);
        break;
      case PROP_DRUG_IDS:
        g_value_set_boxed (value, priv->drug_ids);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcChart *self = RC_CHART (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_chart_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_DRUG_IDS:
        rc_chart_set_drug_ids (self, g_value_get_boxed (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_class_init (RcChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_chart_dispose;
  object_class->finalize = rc_chart_finalize;
  object_class->get_property = rc_chart_get_property;
  object_class->set_property = rc_chart_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRUG_IDS] =
      g_param_spec_boxed ("drug-ids", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when the chart must be laid out and drawn again. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
}

static void
rc_chart_init (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  priv->drugs = g_ptr_array_new_with_free_func (g_object_unref);
  priv->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  priv->items = g_array_new (FALSE, TRUE, sizeof (RcChartItem));
  g_array_set_clear_func (priv->items, (GDestroyNotify) item_clear);
  priv->legend = g_ptr_array_new_with_free_func ((GDestroyNotify) legend_entry_free);
  priv->pango = rc_chart_text_context_new ();
}

RcChart *
rc_chart_new (RcChartKind kind, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  GType type;

  g_return_val_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb), NULL);

  switch (kind)
    {
      case RC_CHART_KIND_SIDE_EFFECTS:
        type = RC_TYPE_SIDE_EFFECTS_CHART;
        break;
      case RC_CHART_KIND_CONCENTRATION:
        type = RC_TYPE_CONCENTRATION_CHART;
        break;
      case RC_CHART_KIND_TITRATION:
      default:
        type = RC_TYPE_TITRATION_CHART;
        break;
    }
  return g_object_new (type, "knowledge-base", kb, "drug-ids", drug_ids, NULL);
}

RcChartKind
rc_chart_get_kind (RcChart *self)
{
  g_return_val_if_fail (RC_IS_CHART (self), RC_CHART_KIND_TITRATION);

  return RC_CHART_GET_CLASS (self)->kind;
}

RcKnowledgeBase *
rc_chart_get_knowledge_base (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  return priv->kb;
}

void
rc_chart_set_knowledge_base (RcChart *self, RcKnowledgeBase *kb)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_if_fail (RC_IS_CHART (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (g_set_object (&priv->kb, kb))
    {
      rc_chart_invalidate (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
    }
}

const char *const *
rc_chart_get_drug_ids (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  return (const char *const *) priv->drug_ids;
}

void
rc_chart_set_drug_ids (RcChart *self, const char *const *drug_ids)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_if_fail (RC_IS_CHART (self));

  if (priv->drug_ids != NULL && drug_ids != NULL &&
      g_strv_equal ((const char *const *) priv->drug_ids, drug_ids))
    return;
  if (priv->drug_ids == NULL && drug_ids == NULL)
    return;

  g_strfreev (priv->drug_ids);
  priv->drug_ids = g_strdupv ((char **) drug_ids);
  rc_chart_invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG_IDS]);
}

GPtrArray *
rc_chart_get_drugs (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  ensure_drugs (self);
  return priv->drugs;
}

gboolean
rc_chart_is_comparison (RcChart *self)
{
  return rc_chart_get_drugs (self)->len > 1;
}

guint
rc_chart_get_color_index (RcChart *self, RcDrug *drug)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);
  GListModel     *list;
  guint           n;

  g_return_val_if_fail (RC_IS_CHART (self), 0);

  if (priv->kb == NULL)
    return 0;
  list = rc_knowledge_base_get_drugs (priv->kb);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) other = g_list_model_get_item (list, i);

      if (other == drug)
        return i;
    }
  return 0;
}

void
rc_chart_set_series_visible (RcChart *self, const char *key, gboolean visible)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);
  gboolean        was_visible;

  g_return_if_fail (RC_IS_CHART (self));
  g_return_if_fail (key != NULL);

  was_visible = !g_hash_table_contains (priv->hidden, key);
  if (was_visible == !!visible)
    return;
  if (visible)
    g_hash_table_remove (priv->hidden, key);
  else
    g_hash_table_add (priv->hidden, g_strdup (key));
  rc_chart_invalidate (self);
}

gboolean
rc_chart_get_series_visible (RcChart *self, const char *key)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), TRUE);

  return key == NULL || !g_hash_table_contains (priv->hidden, key);
}

void
rc_chart_series_color (const RcChartStyle *style,
                       guint               color_index,
                       guint               variant,
                       RcChartColor       *out)
{
  /* Lighter shades of the one drug colour; they stay distinguishable from
   * the other drugs because the hue is kept. */
  static const double mix[] = { 0, 0.42, 0.66, 0.22, 0.54, 0.78, 0.12, 0.32 };
  RcChartColor        base;
  RcChartColor bg = style->theme == RC_CHART_THEME_DARK ? style->foreground : style->background;

  /* Towards the background on light themes and towards the text on dark
   * ones: the shades then gain contrast rather than lose it. */
  rc_chart_style_drug_color (style, color_index, &base);
  bg.alpha = 1;
  rc_chart_color_mix (&base, &bg, mix[variant % G_N_ELEMENTS (mix)], out);
}

/* ---- Layout ------------------------------------------------------------ */

void
rc_chart_build_add_item (RcChartBuild *build,
                         const char   *series_key,
                         char         *text,
                         double        x,
                         double        y,
                         double        w,
                         double        h,
                         double        anchor_x,
                         double        anchor_y)
{
  RcChartItem item = { 0 };

  item.series_key = g_strdup (series_key);
  item.text = text;
  item.x = x;
  item.y = y;
  item.width = w;
  item.height = h;
  item.anchor_x = anchor_x;
  item.anchor_y = anchor_y;
  g_array_append_val (build->items, item);
}

gboolean
rc_chart_build_label (RcChartBuild       *build,
                      RcChartTextRole     role,
                      const char         *text,
                      const RcChartColor *color,
                      double              x,
                      double              y,
                      double              align_x,
                      double              align_y,
                      gboolean            avoid_overlap)
{
  g_autoptr (PangoLayout) layout = rc_chart_text_layout (build->pango, build->style, role, text, 0);
  double w, h;
  double left, top;

  if (avoid_overlap && build->no_plot_labels)
    return FALSE;
  rc_chart_text_size (layout, &w, &h);
  left = x - w * align_x;
  top = y - h * align_y;
  /* Labels stay inside the chart. */
  left = CLAMP (left, 1, MAX (1, build->width - w - 1));
  top = CLAMP (top, 1, MAX (1, build->height - h - 1));
  if (avoid_overlap && !rc_chart_placer_is_free (build->placer, left, top, w, h))
    return FALSE;
  rc_chart_placer_reserve (build->placer, left, top, w, h);
  {
    RcChartColor halo = build->style->background;

    halo.alpha = 0.85;
    rc_chart_scene_text_with_halo (build->labels, layout, left, top, color, &halo);
  }
  return TRUE;
}

char *
rc_chart_format_number (double value)
{
  return rc_format_number (value, RC_FORMAT_LOCALE);
}

static char *
tick_label (double value, const char *unit_suffix)
{
  g_autofree char *number = rc_chart_format_number (value);

  if (g_strcmp0 (unit_suffix, "%") == 0)
    /* Translators: an axis tick in percent, e.g. "40%". */
    return g_strdup_printf (_ ("%s%%"), number);
  if (unit_suffix != NULL)
    return g_strconcat (number, unit_suffix, NULL);
  return g_steal_pointer (&number);
}

guint
rc_chart_max_ticks (double length, double label_size)
{
  double n = floor (length / MAX (label_size, 1));

  return (guint) CLAMP (n, 1, 10);
}

double
rc_chart_y_axis_label_width (RcChartBuild *build, const RcChartAxis *axis, const char *unit_suffix)
{
  double widest = 0;

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      g_autofree char *text = tick_label (rc_chart_axis_tick (axis, i), unit_suffix);
      g_autoptr (PangoLayout) layout =
          rc_chart_text_layout (build->pango, build->style, RC_CHART_TEXT_SMALL, text, 0);
      double w;

      rc_chart_text_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

void
rc_chart_build_y_axis (RcChartBuild      *build,
                       const RcChartAxis *axis,
                       double             x,
                       double             grid_x0,
                       double             grid_x1,
                       const char        *unit_suffix)
{
  const RcChartStyle *style = build->style;
  double              hair = rc_chart_style_hairline (style);
  double              ax = rc_chart_style_align (style, x, hair);

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double           value = rc_chart_axis_tick (axis, i);
      double           y = rc_chart_style_align (style, rc_chart_axis_map (axis, value), hair);
      g_autofree char *text = tick_label (value, unit_suffix);
      g_autoptr (PangoLayout) layout =
          rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_SMALL, text, 0);
      double w, h;

      if (grid_x1 > grid_x0)
        rc_chart_scene_line (build->scene, grid_x0, y, grid_x1, y, &style->grid, hair, NULL, 0);
      rc_chart_scene_line (build->scene, ax - 0.3 * build->em, y, ax, y, &style->muted, hair, NULL,
                           0);
      double ty;

      rc_chart_text_size (layout, &w, &h);
      ty = y - h / 2;
      rc_chart_scene_text (build->scene, layout, x - 0.4 * build->em - w, ty, 0, &style->muted);
      rc_chart_placer_reserve (build->placer, x - 0.4 * build->em - w, ty, w, h);
    }
  rc_chart_scene_line (build->scene, ax, axis->pixel_min, ax, axis->pixel_max, &style->muted, hair,
                       NULL, 0);
}

void
rc_chart_build_x_axis (RcChartBuild      *build,
                       const RcChartAxis *axis,
                       double             y,
                       double             grid_y0,
                       double             grid_y1,
                       gboolean           labels)
{
  const RcChartStyle *style = build->style;
  double              hair = rc_chart_style_hairline (style);
  double              ay = rc_chart_style_align (style, y, hair);

  for (guint i = 0; i < axis->n_ticks; i++)
    {
      double value = rc_chart_axis_tick (axis, i);
      double x = rc_chart_style_align (style, rc_chart_axis_map (axis, value), hair);

      if (grid_y1 > grid_y0)
        rc_chart_scene_line (build->scene, x, grid_y0, x, grid_y1, &style->grid, hair, NULL, 0);
      rc_chart_scene_line (build->scene, x, ay, x, ay + 0.3 * build->em, &style->muted, hair, NULL,
                           0);
      if (labels)
        {
          g_autofree char *text = rc_chart_format_number (value);
          g_autoptr (PangoLayout) layout =
              rc_chart_text_layout (build->pango, style, RC_CHART_TEXT_SMALL, text, 0);
          double w;

          double h;

          rc_chart_text_size (layout, &w, &h);
          rc_chart_scene_text (build->scene, layout, x - w / 2, y + 0.35 * build->em, 0,
                               &style->muted);
          rc_chart_placer_reserve (build->placer, x - w / 2, y + 0.35 * build->em, w, h);
        }
    }
  rc_chart_scene_line (build->scene, axis->pixel_min, ay, axis->pixel_max, ay, &style->muted, hair,
                       NULL, 0);
}

char *
rc_chart_describe_sources (RcDrug *drug, char **sources)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    {
      RcSource *source = rc_drug_lookup_source (drug, sources[i]);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      if (source != NULL)
        /* Translators: a source id and the source's title, in a tooltip. */
        g_string_append_printf (s, C_ ("source", "%s: %s"), sources[i],
                                rc_source_get_title (source));
      else
        g_string_append (s, sources[i]);
    }
  return g_string_free (s, FALSE);
}

static void
draw_swatch (
    RcChartBuild *build, const RcChartLegendEntry *entry, double x, double y, double w, double h)
{
  const RcChartStyle *style = build->style;
  RcChartColor        color;
  double              cy = y + h / 2;
  double              hair = rc_chart_style_hairline (style);
  double              dashes[4];
  guint               n_dashes;

  if (entry->key != NULL)
    rc_chart_series_color (style, entry->color_index, entry->variant, &color);
  else
    color = style->muted;
  if (entry->hidden)
    color.alpha *= 0.3;

  switch (entry->swatch)
    {
      case RC_CHART_SWATCH_LINE:
        n_dashes = entry->dashed ? rc_chart_style_drug_dash (entry->color_index, dashes) : 0;
        rc_chart_scene_line (build->scene, x, cy, x + w, cy, &color, 2, dashes, n_dashes);
        rc_chart_scene_marker (build->scene, rc_chart_style_drug_marker (entry->color_index),
                               x + w / 2, cy, 0.6 * build->em, &color, NULL);
        break;
      case RC_CHART_SWATCH_BAR:
        rc_chart_scene_fill_rect (build->scene, x, y + h * 0.2, w, h * 0.6, &color);
        break;
      case RC_CHART_SWATCH_RANGE:
        {
          RcChartColor light = color;

          light.alpha *= 0.4;
          rc_chart_scene_fill_rect (build->scene, x, y + h * 0.2, w * 0.4, h * 0.6, &color);
          rc_chart_scene_fill_rect (build->scene, x + w * 0.4, y + h * 0.2, w * 0.6, h * 0.6,
                                    &light);
          rc_chart_scene_line (build->scene, x + w - hair, y + h * 0.1, x + w - hair, y + h * 0.9,
                               &color, 2 * hair, NULL, 0);
        }
        break;
      case RC_CHART_SWATCH_BAND:
        {
          RcChartColor light = color;

          light.alpha *= 0.3;
          rc_chart_scene_fill_rect (build->scene, x, y + h * 0.15, w, h * 0.7, &light);
          rc_chart_scene_line (build->scene, x, y + h * 0.15, x + w, y + h * 0.15, &color, 1.5,
                               NULL, 0);
          rc_chart_scene_line (build->scene, x, y + h * 0.85, x + w, y + h * 0.85, &color, 1.5,
                               NULL, 0);
        }
        break;
      case RC_CHART_SWATCH_LIMIT:
        dashes[0] = 4;
        dashes[1] = 3;
        rc_chart_scene_line (build->scene, x, cy, x + w, cy, &style->foreground, 1.5, dashes, 2);
        break;
      case RC_CHART_SWATCH_ALTERNATIVE:
        dashes[0] = 1;
        dashes[1] = 1.5;
        rc_chart_scene_line (build->scene, x, cy, x + w, cy, &style->muted, 2, dashes, 2);
        break;
      case RC_CHART_SWATCH_PHASE:
        rc_chart_scene_fill_rect (build->scene, x, y, w, h, &style->shade);
        rc_chart_scene_hatch_rect (build->scene, x + w / 2, y, w / 2, h, &style->grid, 4, hair);
        break;
      case RC_CHART_SWATCH_PLACEBO:
        rc_chart_scene_fill_rect (build->scene, x, y + h * 0.3, w, h * 0.4, &style->grid);
        rc_chart_scene_line (build->scene, x + w * 0.6, y, x + w * 0.6, y + h, &style->foreground,
                             2, NULL, 0);
        break;
      case RC_CHART_SWATCH_NOT_REPORTED:
        rc_chart_scene_hatch_rect (build->scene, x, y + h * 0.2, w * 0.5, h * 0.6, &style->muted, 3,
                                   hair);
        rc_chart_scene_stroke_rect (build->scene, x + hair / 2, y + h * 0.2, w * 0.5, h * 0.6,
                                    &style->muted, hair);
        break;
      default:
        break;
    }
}

/* Lays out the legend in rows under the title; returns its height. */
static double
build_legend (RcChart *self, RcChartBuild *build, double x0, double y0, double width)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);
  double          em = build->em;
  double          swatch_w = 1.8 * em;
  double          gap = 0.4 * em;
  double          spacing = 1.1 * em;
  double          x = x0;
  double          y = y0;
  double          row_h = 0;

  for (guint i = 0; i < priv->legend->len; i++)
    {
      RcChartLegendEntry *entry = g_ptr_array_index (priv->legend, i);
      g_autoptr (PangoLayout) layout = rc_chart_text_layout (
          build->pango, build->style, RC_CHART_TEXT_SMALL, entry->label, width - swatch_w - gap);
      double tw, th, w;

      entry->hidden = entry->key != NULL && !rc_chart_get_series_visible (self, entry->key);
      rc_chart_text_size (layout, &tw, &th);
      w = swatch_w + gap + tw;
      if (x > x0 && x + w > x0 + width)
        {
          x = x0;
          y += row_h + 0.3 * em;
          row_h = 0;
        }
      draw_swatch (build, entry, x, y + (th - 0.9 * em) / 2, swatch_w, 0.9 * em);
      rc_chart_scene_text (build->scene, layout, x + swatch_w + gap, y, 0,
                           entry->hidden ? &build->style->muted : &build->style->foreground);
      entry->x = x;
      entry->y = y;
      entry->width = w;
      entry->height = th;
      rc_chart_placer_reserve (build->placer, x, y, w, th);
      x += w + spacing;
      row_h = MAX (row_h, th);
    }
  return priv->legend->len > 0 ? y + row_h - y0 : 0;
}

/* One layout pass; returns the notes it drew. */
static GPtrArray *
layout_once (RcChart *self)
{
  RcChartPrivate  *priv = rc_chart_get_instance_private (self);
  RcChartClass    *klass = RC_CHART_GET_CLASS (self);
  RcChartBuild     build = { 0 };
  RcChartPlacer    placer;
  GPtrArray       *notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr (RcChartScene) labels = rc_chart_scene_new ();
  double margin, y, notes_h = 0, plot_y;

  const RcChartStyle *style = priv->style;
  double              width = priv->width;
  double              height = priv->height;

  g_clear_pointer (&priv->scene, rc_chart_scene_free);
  priv->scene = rc_chart_scene_new ();
  g_array_set_size (priv->items, 0);
  g_ptr_array_set_size (priv->legend, 0);
  rc_chart_placer_init (&placer);

  build.style = priv->style;
  build.pango = priv->pango;
  build.scene = priv->scene;
  build.labels = labels;
  build.placer = &placer;
  /* Small charts keep the data and drop what words can say elsewhere: the
   * key to the symbols (the summary and table remain). */
  build.compact = height < 440 || width < 560;
  build.items = priv->items;
  build.em = rc_chart_text_em (priv->style);
  build.width = width;
  build.height = height;

  margin = round (0.9 * build.em);
  if (style->fill_background)
    rc_chart_scene_fill_rect (priv->scene, 0, 0, width, height, &style->background);

  /* Title and subtitle. */
  title = klass->dup_title (self);
  {
    g_autoptr (PangoLayout) layout =
        rc_chart_text_layout (build.pango, style, RC_CHART_TEXT_TITLE, title, width - 2 * margin);
    double h;

    rc_chart_text_size (layout, NULL, &h);
    rc_chart_scene_text (priv->scene, layout, margin, margin, 0, &style->foreground);
    y = margin + h + 0.2 * build.em;
  }
  subtitle = klass->dup_subtitle != NULL ? klass->dup_subtitle (self) : NULL;
  if (subtitle != NULL)
    {
      g_autoptr (PangoLayout) layout = rc_chart_text_layout (
          build.pango, style, RC_CHART_TEXT_LABEL, subtitle, width - 2 * margin);
      double h;

      rc_chart_text_size (layout, NULL, &h);
      rc_chart_scene_text (priv->scene, layout, margin, y, 0, &style->foreground);
      y += h + 0.2 * build.em;
    }

  /* Legend. */
  if (klass->collect_legend != NULL)
    klass->collect_legend (self, priv->legend);
  for (guint i = priv->legend->len; build.compact && i > 0; i--)
    if (((RcChartLegendEntry *) g_ptr_array_index (priv->legend, i - 1))->key == NULL)
      g_ptr_array_remove_index (priv->legend, i - 1);
  if (priv->legend->len > 0)
    y += 0.3 * build.em +
         build_legend (self, &build, margin, y + 0.3 * build.em, width - 2 * margin);
  y += 0.6 * build.em;

  /* Notes, bottom up. */
  if (klass->collect_notes != NULL)
    klass->collect_notes (self, notes);
  {
    g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
    double ny;

    for (guint i = 0; i < notes->len; i++)
      {
        PangoLayout *layout =
            rc_chart_text_layout (build.pango, style, RC_CHART_TEXT_SMALL,
                                  g_ptr_array_index (notes, i), width - 2 * margin);
        double h;

        rc_chart_text_size (layout, NULL, &h);
        notes_h += h + (i > 0 ? 0.15 * build.em : 0);
        g_ptr_array_add (layouts, layout);
      }
    ny = height - margin - notes_h;
    for (guint i = 0; i < layouts->len; i++)
      {
        PangoLayout *layout = g_ptr_array_index (layouts, i);
        double       h;

        rc_chart_text_size (layout, NULL, &h);
        rc_chart_scene_text (priv->scene, layout, margin, ny, 0, &style->muted);
        rc_chart_placer_reserve (&placer, margin, ny, width - 2 * margin, h);
        ny += h + 0.15 * build.em;
      }
  }

  plot_y = y;
  {
    double plot_h = height - margin - notes_h - (notes_h > 0 ? 0.6 * build.em : 0) - plot_y;

    if (plot_h > 0 && width > 2 * margin)
      klass->build_plot (self, &build, margin, plot_y, width - 2 * margin, plot_h);
  }
  rc_chart_scene_append (priv->scene, labels);

  rc_chart_placer_clear (&placer);
  return notes;
}

static gboolean
same_notes (GPtrArray *a, GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (a->pdata[i], b->pdata[i]))
      return FALSE;
  return TRUE;
}

void
rc_chart_layout (RcChart *self, const RcChartStyle *style, double width, double height)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);
  RcChartClass   *klass = RC_CHART_GET_CLASS (self);

  g_return_if_fail (RC_IS_CHART (self));
  g_return_if_fail (style != NULL);

  rc_chart_ensure_updated (self);
  if (priv->layout_valid && priv->width == width && priv->height == height &&
      rc_chart_style_equal (priv->style, style))
    return;

  g_clear_pointer (&priv->style, rc_chart_style_free);
  priv->style = rc_chart_style_copy (style);
  priv->width = width;
  priv->height = height;
  priv->layout_valid = TRUE;
  priv->layout_serial++;

  /* A plot can change what its notes say (how many rows fitted); the notes'
   * height changes the plot. Lay out again until they agree (twice, as a
   * rule). */
  for (guint pass = 0; pass < 3; pass++)
    {
      g_autoptr (GPtrArray) drawn = layout_once (self);
      g_autoptr (GPtrArray) now = g_ptr_array_new_with_free_func (g_free);

      if (klass->collect_notes != NULL)
        klass->collect_notes (self, now);
      if (same_notes (drawn, now))
        break;
    }
}

void
rc_chart_draw (RcChart *self, cairo_t *cr)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_if_fail (RC_IS_CHART (self));

  if (priv->scene != NULL)
    rc_chart_scene_draw (priv->scene, cr);
}

guint
rc_chart_get_layout_serial (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), 0);

  return priv->layout_serial;
}

const RcChartScene *
rc_chart_get_scene (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  return priv->scene;
}

guint
rc_chart_get_n_items (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), 0);

  return priv->items->len;
}

const RcChartItem *
rc_chart_get_item (RcChart *self, guint index)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);
  g_return_val_if_fail (index < priv->items->len, NULL);

  return &g_array_index (priv->items, RcChartItem, index);
}

int
rc_chart_hit_test (RcChart *self, double x, double y)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);
  int             best = -1;
  double          best_d = G_MAXDOUBLE;

  g_return_val_if_fail (RC_IS_CHART (self), -1);

  for (guint i = 0; i < priv->items->len; i++)
    {
      const RcChartItem *item = &g_array_index (priv->items, RcChartItem, i);
      double             d;

      if (x < item->x || x > item->x + item->width || y < item->y || y > item->y + item->height)
        continue;
      d = hypot (x - item->anchor_x, y - item->anchor_y);
      if (d < best_d)
        {
          best = i;
          best_d = d;
        }
    }
  return best;
}

int
rc_chart_navigate (RcChart *self, int from, int dx, int dy)
{
  RcChartPrivate    *priv = rc_chart_get_instance_private (self);
  const RcChartItem *current;
  int                n;

  g_return_val_if_fail (RC_IS_CHART (self), -1);

  n = priv->items->len;
  if (n == 0)
    return -1;
  if (from < 0 || from >= n)
    return 0;

  current = &g_array_index (priv->items, RcChartItem, from);
  if (dx != 0)
    {
      int next = from + (dx > 0 ? 1 : -1);

      if (next < 0 || next >= n)
        return from;
      return next;
    }
  if (dy != 0)
    {
      /* Items come grouped by series: find the neighbouring group and the
       * item in it closest along x. */
      int    i = from;
      int    best = from;
      double best_d = G_MAXDOUBLE;
      char  *group = NULL;

      while (i >= 0 && i < n &&
             g_strcmp0 (g_array_index (priv->items, RcChartItem, i).series_key,
                        current->series_key) == 0)
        i += dy > 0 ? 1 : -1;
      if (i < 0 || i >= n)
        return from;
      group = g_array_index (priv->items, RcChartItem, i).series_key;
      for (; i >= 0 && i<n; i += dy> 0 ? 1 : -1)
        {
          const RcChartItem *item = &g_array_index (priv->items, RcChartItem, i);
          double             d;

          if (g_strcmp0 (item->series_key, group) != 0)
            break;
          d = fabs (item->anchor_x - current->anchor_x) +
              0.01 * fabs (item->anchor_y - current->anchor_y);
          if (d < best_d)
            {
              best = i;
              best_d = d;
            }
        }
      return best;
    }
  return from;
}

guint
rc_chart_get_n_legend_entries (RcChart *self)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), 0);

  return priv->legend->len;
}

const RcChartLegendEntry *
rc_chart_get_legend_entry (RcChart *self, guint index)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);
  g_return_val_if_fail (index < priv->legend->len, NULL);

  return g_ptr_array_index (priv->legend, index);
}

const RcChartLegendEntry *
rc_chart_hit_test_legend (RcChart *self, double x, double y)
{
  RcChartPrivate *priv = rc_chart_get_instance_private (self);

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  for (guint i = 0; i < priv->legend->len; i++)
    {
      const RcChartLegendEntry *entry = g_ptr_array_index (priv->legend, i);

      if (entry->key != NULL && x >= entry->x && x <= entry->x + entry->width && y >= entry->y &&
          y <= entry->y + entry->height)
        return entry;
    }
  return NULL;
}

char *
rc_chart_dup_title (RcChart *self)
{
  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  rc_chart_ensure_updated (self);
  return RC_CHART_GET_CLASS (self)->dup_title (self);
}

char *
rc_chart_dup_summary (RcChart *self)
{
  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  rc_chart_ensure_updated (self);
  return RC_CHART_GET_CLASS (self)->dup_summary (self);
}

RcChartTable *
rc_chart_dup_table (RcChart *self)
{
  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  rc_chart_ensure_updated (self);
  return RC_CHART_GET_CLASS (self)->dup_table (self);
}

char *
rc_chart_dup_file_stem (RcChart *self)
{
  GPtrArray *drugs;

  g_return_val_if_fail (RC_IS_CHART (self), NULL);

  drugs = rc_chart_get_drugs (self);
  if (drugs->len == 1)
    return g_strdup_printf ("%s-%s", rc_drug_get_id (g_ptr_array_index (drugs, 0)),
                            rc_chart_kind_to_string (rc_chart_get_kind (self)));
  return g_strdup_printf ("compare-%s", rc_chart_kind_to_string (rc_chart_get_kind (self)));
}
