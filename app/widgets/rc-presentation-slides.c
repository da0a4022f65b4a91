/* rc-presentation-slides.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-presentation-private.h"

#include "rc-slide-chart.h"
#include "rc-slide-table.h"

/* A section of several rows is split rather than set smaller than this
 * share of the chosen text size. */
#define SPLIT_SCALE 0.7

/* Fits the slides again once new slides or a new style are in force:
 * after the next frame's layout (see _rc_presentation_check_fit ()). */
void
_rc_presentation_refit (RcPresentation *self)
{
  self->fit_pending = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self->stack));
}

static const char *
slide_title (GtkWidget *slide)
{
  if (RC_IS_SLIDE_TABLE (slide))
    return rc_slide_table_get_title (RC_SLIDE_TABLE (slide));
  if (RC_IS_SLIDE_CHART (slide))
    return rc_slide_chart_get_title (RC_SLIDE_CHART (slide));
  return gtk_label_get_text (GTK_LABEL (slide));
}

static void
update_counter (RcPresentation *self)
{
  g_autofree char *counter = NULL;
  g_autofree char *announce = NULL;
  guint            n = self->slides->len;

  /* Translators: the slide counter of a presentation, e.g. "3 / 11". */
  counter = g_strdup_printf (C_ ("slide counter", "%u / %u"), self->current + 1, n);
  gtk_label_set_text (self->counter_label, counter);

  announce =
      /* Translators: what a screen reader says on a new slide: its number, the number of slides
       * and its title, e.g. "Slide 3 of 11: Dosing". */
      g_strdup_printf (_ ("Slide %u of %u: %s"), self->current + 1, n,
                       n > 0 ? slide_title (g_ptr_array_index (self->slides, self->current)) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stack), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  announce, -1);
}

void
_rc_presentation_show_current (RcPresentation *self)
{
  if (self->slides->len == 0)
    return;
  self->current = MIN (self->current, self->slides->len - 1);
  gtk_stack_set_visible_child (self->stack, g_ptr_array_index (self->slides, self->current));
  update_counter (self);
}

static void
apply_modes (RcPresentation *self, GtkWidget *slide)
{
  gboolean quizzing = self->quiz && self->comparison != NULL &&
                      self->quiz_column < rc_comparison_get_n_drugs (self->comparison);

  if (RC_IS_SLIDE_TABLE (slide))
    {
      rc_slide_table_set_reveal (RC_SLIDE_TABLE (slide), self->reveal);
      rc_slide_table_set_quiz_column (RC_SLIDE_TABLE (slide),
                                      quizzing ? (int) self->quiz_column : -1);
    }
  else if (RC_IS_SLIDE_CHART (slide))
    {
      rc_slide_chart_set_quizzed_drug (
          RC_SLIDE_CHART (slide),
          quizzing ? rc_drug_get_id (rc_comparison_get_drug (self->comparison, self->quiz_column))
                   : NULL);
    }
}

void
_rc_presentation_apply_modes (RcPresentation *self)
{
  for (guint i = 0; i < self->slides->len; i++)
    apply_modes (self, g_ptr_array_index (self->slides, i));
}

static void
insert_slide (RcPresentation *self, guint index, GtkWidget *slide)
{
  gtk_stack_add_child (self->stack, slide);
  g_ptr_array_insert (self->slides, index, slide);
  apply_modes (self, slide);
}

static void
remove_slide (RcPresentation *self, guint index)
{
  GtkWidget *slide = g_ptr_array_steal_index (self->slides, index);

  gtk_stack_remove (self->stack, slide);
}

static GtkWidget *
new_table_slide (RcPresentation *self, GArray *rows, gboolean continued)
{
  const RcComparisonRow *first =
      rc_comparison_get_row (self->comparison, g_array_index (rows, guint, 0));
  g_autofree char *title = NULL;

  /* Translators: the title of the second (or later) slide of a section of
   * the comparison table that did not fit on one, e.g. "Dosing
   * (continued)". */
  title = continued ? g_strdup_printf (_ ("%s (continued)"), first->section_label)
                    : g_strdup (first->section_label);
  return rc_slide_table_new (self->comparison, title, (const guint *) rows->data, rows->len,
                             self->uncovered);
}

/* Which comparison row (or, for a chart, which chart) a slide starts
 * with: the place to come back to when the slides are rebuilt. */
static int
slide_anchor (GtkWidget *slide)
{
  if (RC_IS_SLIDE_TABLE (slide) && rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)) > 0)
    return rc_slide_table_get_row (RC_SLIDE_TABLE (slide), 0);
  if (RC_IS_SLIDE_CHART (slide))
    return -1 - (int) rc_chart_get_kind (rc_slide_chart_get_chart (RC_SLIDE_CHART (slide)));
  return G_MININT;
}

static gboolean
slide_shows (GtkWidget *slide, int anchor)
{
  if (RC_IS_SLIDE_TABLE (slide))
    {
      for (guint i = 0; i < rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide)); i++)
        {
          if ((int) rc_slide_table_get_row (RC_SLIDE_TABLE (slide), i) == anchor)
            return TRUE;
        }
      return FALSE;
    }
  return slide_anchor (slide) == anchor;
}

void
_rc_presentation_rebuild_slides (RcPresentation *self)
{
  static const RcChartKind charts[] = {
    RC_CHART_KIND_TITRATION,
    RC_CHART_KIND_SIDE_EFFECTS,
    RC_CHART_KIND_CONCENTRATION,
  };
  int   anchor = G_MININT;
  guint n_rows;

  if (self->current < self->slides->len)
    anchor = slide_anchor (g_ptr_array_index (self->slides, self->current));
  while (self->slides->len > 0)
    remove_slide (self, self->slides->len - 1);
  self->split = FALSE;

  if (self->comparison == NULL)
    {
      GtkWidget *hint =
          gtk_label_new (_ ("Choose at least two drugs to compare them side by side."));

      gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
      gtk_widget_add_css_class (hint, "rc-slide-title");
      insert_slide (self, 0, hint);
      self->current = 0;
      _rc_presentation_show_current (self);
      return;
    }

  /* One slide per section, in the table's order. */
  n_rows = rc_comparison_get_n_rows (self->comparison);
  for (guint r = 0; r < n_rows;)
    {
      const RcComparisonRow *row = rc_comparison_get_row (self->comparison, r);
      g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));

      for (; r < n_rows; r++)
        {
          const RcComparisonRow *next = rc_comparison_get_row (self->comparison, r);

          if (g_strcmp0 (next->section_key, row->section_key) != 0)
            break;
          if (next->differs || !self->only_differences)
            g_array_append_val (rows, r);
        }
      if (rows->len > 0)
        insert_slide (self, self->slides->len, new_table_slide (self, rows, FALSE));
    }

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    insert_slide (self, self->slides->len,
                  rc_slide_chart_new (charts[i], self->kb, (const char *const *) self->drug_ids));

  self->current = 0;
  for (guint i = 0; i < self->slides->len; i++)
    {
      if (slide_shows (g_ptr_array_index (self->slides, i), anchor))
        self->current = i;
    }
  _rc_presentation_show_current (self);
  _rc_presentation_refit (self);
  _rc_presentation_notify_slides (self, TRUE, FALSE);
}

/* ---- Fitting to the screen --------------------------------------------- */

/* Splits a table slide in two halves; the second is "(continued)". */
static void
split_slide (RcPresentation *self, guint index)
{
  RcSlideTable *slide = g_ptr_array_index (self->slides, index);
  guint         n = rc_slide_table_get_n_rows (slide);
  guint         half = (n + 1) / 2;
  g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) second = g_array_new (FALSE, FALSE, sizeof (guint));
  const RcComparisonRow *row0 =
      rc_comparison_get_row (self->comparison, rc_slide_table_get_row (slide, 0));
  gboolean continued = g_strcmp0 (rc_slide_table_get_title (slide), row0->section_label) != 0;
  gboolean was_current = self->current == index;

  for (guint i = 0; i < n; i++)
    {
      guint row = rc_slide_table_get_row (slide, i);

      g_array_append_val (i < half ? first : second, row);
    }

  remove_slide (self, index);
  insert_slide (self, index, new_table_slide (self, first, continued));
  insert_slide (self, index + 1, new_table_slide (self, second, TRUE));
  if (self->current > index)
    self->current++;
  if (was_current)
    gtk_stack_set_visible_child (self->stack, g_ptr_array_index (self->slides, index));
  self->split = TRUE;
}

static gboolean
fit_idle_cb (gpointer user_data)
{
  RcPresentation *self = user_data;
  int             width = gtk_widget_get_width (GTK_WIDGET (self->stack));
  int             height = gtk_widget_get_height (GTK_WIDGET (self->stack));
  guint           n_before = self->slides->len;
  guint           current_before = self->current;
  gboolean        new_size =
      width != self->fit_width || height != self->fit_height || self->text_scale != self->fit_scale;

  self->fit_idle_id = 0;
  if (width <= 0 || height <= 0)
    return G_SOURCE_REMOVE;

  /* A section split for a smaller screen or larger text may fit on one
   * slide again. New slides have no styles until the next frame, so they
   * are measured in the next pass. */
  self->fit_pending = FALSE;
  if (new_size && self->split)
    {
      _rc_presentation_rebuild_slides (self);
      self->fit_pending = TRUE;
    }
  else
    {
      self->fit_width = width;
      self->fit_height = height;
      self->fit_scale = self->text_scale;

      /* Shrink the text of a section that does not fit, a little before
       * splitting it, down to the desktop's own size for a single row. */
      for (guint i = 0; i < self->slides->len; i++)
        {
          GtkWidget *slide = g_ptr_array_index (self->slides, i);
          guint      n_rows;
          double     floor_scale = 1.0 / self->text_scale;

          if (!RC_IS_SLIDE_TABLE (slide))
            continue;
          n_rows = rc_slide_table_get_n_rows (RC_SLIDE_TABLE (slide));
          if (!rc_slide_table_fit (RC_SLIDE_TABLE (slide), width, height,
                                   n_rows > 1 ? MAX (SPLIT_SCALE, floor_scale) : floor_scale) &&
              n_rows > 1)
            {
              split_slide (self, i++);
              self->fit_pending = TRUE;
            }
        }
    }

  _rc_presentation_show_current (self);
  if (self->fit_pending)
    gtk_widget_queue_resize (GTK_WIDGET (self->stack));
  _rc_presentation_notify_slides (self, self->slides->len != n_before,
                                  self->current != current_before);
  return G_SOURCE_REMOVE;
}

void
_rc_presentation_check_fit (RcPresentation *self)
{
  /* Fitting measures text in the styles of this frame, so it waits for
   * the frame to end. */
  if (self->fit_idle_id == 0 &&
      (self->fit_pending || gtk_widget_get_width (GTK_WIDGET (self->stack)) != self->fit_width ||
       gtk_widget_get_height (GTK_WIDGET (self->stack)) != self->fit_height ||
       self->text_scale != self->fit_scale))
    self->fit_idle_id = g_idle_add (fit_idle_cb, self);
}
