/* rc-slide-chart.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-slide-chart.h"

#include "rc-chart-canvas.h"

struct _RcSlideChart
{
  GtkWidget parent_instance;

  /* Children */
  GtkWidget *canvas;

  /* Owned References */
  RcChart *chart;
  char    *title;
  char    *quizzed; /* drug id or NULL */
};

G_DEFINE_FINAL_TYPE (RcSlideChart, rc_slide_chart, GTK_TYPE_WIDGET)

static void
rc_slide_chart_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  RcSlideChart *self = RC_SLIDE_CHART (widget);

  gtk_widget_measure (self->canvas, orientation, for_size, minimum, natural, NULL, NULL);
  /* A chart lays itself out for the room it gets: on a slide it takes the
   * slide, so it asks for no more than it needs to stay legible. */
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *natural = *minimum;
}

static void
rc_slide_chart_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  RcSlideChart *self = RC_SLIDE_CHART (widget);

  gtk_widget_size_allocate (self->canvas, &(GtkAllocation){ 0, 0, width, height }, -1);
}

static void
rc_slide_chart_dispose (GObject *object)
{
  RcSlideChart *self = RC_SLIDE_CHART (object);

  g_clear_pointer (&self->canvas, gtk_widget_unparent);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (rc_slide_chart_parent_class)->dispose (object);
}

static void
rc_slide_chart_finalize (GObject *object)
{
  RcSlideChart *self = RC_SLIDE_CHART (object);

  g_free (self->title);
  g_free (self->quizzed);

  G_OBJECT_CLASS (rc_slide_chart_parent_class)->finalize (object);
}

static void
rc_slide_chart_class_init (RcSlideChartClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_slide_chart_dispose;
  object_class->finalize = rc_slide_chart_finalize;
  widget_class->measure = rc_slide_chart_measure;
  widget_class->size_allocate = rc_slide_chart_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "rc-slide-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_slide_chart_init (RcSlideChart *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "rc-slide");
  self->canvas = rc_chart_canvas_new ();
  gtk_widget_set_parent (self->canvas, GTK_WIDGET (self));
}

GtkWidget *
rc_slide_chart_new (RcChartKind kind, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  RcSlideChart *self;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);

  self = g_object_new (RC_TYPE_SLIDE_CHART, NULL);
  self->chart = rc_chart_new (kind, kb, drug_ids);
  self->title = rc_chart_dup_title (self->chart);
  rc_chart_canvas_set_chart (RC_CHART_CANVAS (self->canvas), self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->title,
                                  -1);

  return GTK_WIDGET (self);
}

RcChart *
rc_slide_chart_get_chart (RcSlideChart *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_CHART (self), NULL);

  return self->chart;
}

const char *
rc_slide_chart_get_title (RcSlideChart *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_CHART (self), NULL);

  return self->title;
}

void
rc_slide_chart_set_quizzed_drug (RcSlideChart *self, const char *drug_id)
{
  g_return_if_fail (RC_IS_SLIDE_CHART (self));

  if (g_strcmp0 (self->quizzed, drug_id) == 0)
    return;
  if (self->quizzed != NULL)
    rc_chart_set_series_visible (self->chart, self->quizzed, TRUE);
  g_free (self->quizzed);
  self->quizzed = g_strdup (drug_id);
  if (self->quizzed != NULL)
    rc_chart_set_series_visible (self->chart, self->quizzed, FALSE);
}
