/* rc-slide-table.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-slide-table.h"

#include "rc-source-marker.h"

/* The slide lays its children out itself: a title across the top, then a
 * grid whose label column takes a fixed share of the width and whose drug
 * columns share the rest equally, each row as tall as its tallest cell.
 * That makes its height for a width exact, which is what fitting a slide
 * to a projector needs. Text may break inside a word, so no child ever
 * needs more width than it gets; fitting prefers a size at which drug
 * names and row labels do not. */

struct _RcSlideTable
{
  GtkWidget parent_instance;

  /* Borrowed References (children) */
  GtkWidget *title;
  GPtrArray *headers; /* the corner, then one per drug */
  GPtrArray *labels;  /* one per row */
  GPtrArray *cells;   /* RcSlideCell, row by row */

  /* Owned References */
  RcComparison *comparison;
  GArray       *rows; /* of guint: comparison row indices */
  GHashTable   *uncovered;

  guint    n_drugs;
  gboolean reveal;
  double   font_scale;
};

G_DEFINE_FINAL_TYPE (RcSlideTable, rc_slide_table, GTK_TYPE_WIDGET)

/* How much smaller the text gets at each step of fitting a slide. */
#define FIT_STEP 0.05

char *
rc_slide_table_dup_cell_key (const char *row_key, const char *drug_id)
{
  return g_strconcat (row_key, "\n", drug_id, NULL);
}

static void
scale_label (GtkWidget *label, double scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static GtkWidget *
new_label (const char *text, const char *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "wrap", TRUE, "wrap-mode",
                                   PANGO_WRAP_WORD_CHAR, "xalign", 0.0f, "yalign", 0.0f, NULL);

  gtk_widget_add_css_class (label, css_class);
  return label;
}

static RcSlideCell *
cell_at (RcSlideTable *self, guint row, guint column)
{
  return g_ptr_array_index (self->cells, row * self->n_drugs + column);
}

/* ---- Layout ------------------------------------------------------------ */

static int
width_of (GtkWidget *child, gboolean natural)
{
  int min, nat;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  return natural ? nat : min;
}

static int
height_for (GtkWidget *child, int width)
{
  int min, nat;

  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return MAX (min, nat);
}

static void
minimum_columns (RcSlideTable *self, int *label_min, int *column_min)
{
  *label_min = width_of (g_ptr_array_index (self->headers, 0), FALSE);
  for (guint i = 0; i < self->labels->len; i++)
    *label_min = MAX (*label_min, width_of (g_ptr_array_index (self->labels, i), FALSE));
  *column_min = 0;
  for (guint c = 1; c < self->headers->len; c++)
    *column_min = MAX (*column_min, width_of (g_ptr_array_index (self->headers, c), FALSE));
  for (guint i = 0; i < self->cells->len; i++)
    *column_min = MAX (*column_min, width_of (g_ptr_array_index (self->cells, i), FALSE));
}

static void
column_widths (RcSlideTable *self, int width, int *label_width, int *column_width)
{
  double share = self->n_drugs <= 2 ? 0.28 : self->n_drugs == 3 ? 0.22 : 0.18;
  int    label_min, column_min;

  minimum_columns (self, &label_min, &column_min);
  *label_width = MAX ((int) (width * share), label_min);
  *column_width = MAX ((width - *label_width) / (int) MAX (self->n_drugs, 1), column_min);
}

static void
place (GtkWidget *child, int x, int y, int width, int height, gboolean allocate)
{
  if (allocate)
    gtk_widget_size_allocate (child, &(GtkAllocation){ x, y, width, height }, -1);
}

/* Lays the slide out for a width; returns the height it takes. With
 * allocate, also gives every child its place. */
static int
layout (RcSlideTable *self, int width, gboolean allocate)
{
  int label_width, column_width;
  int y = 0;
  int h;

  column_widths (self, width, &label_width, &column_width);

  h = height_for (self->title, width);
  place (self->title, 0, y, width, h, allocate);
  y += h;

  /* The header row, then the body rows: each as tall as its tallest. */
  for (int r = -1; r < (int) self->rows->len; r++)
    {
      GtkWidget *first =
          r < 0 ? g_ptr_array_index (self->headers, 0) : g_ptr_array_index (self->labels, r);
      int row_height = height_for (first, label_width);

      for (guint c = 0; c < self->n_drugs; c++)
        {
          GtkWidget *child =
              r < 0 ? g_ptr_array_index (self->headers, c + 1) : GTK_WIDGET (cell_at (self, r, c));

          row_height = MAX (row_height, height_for (child, column_width));
        }
      place (first, 0, y, label_width, row_height, allocate);
      for (guint c = 0; c < self->n_drugs; c++)
        {
          GtkWidget *child =
              r < 0 ? g_ptr_array_index (self->headers, c + 1) : GTK_WIDGET (cell_at (self, r, c));

          place (child, label_width + c * column_width, y, column_width, row_height, allocate);
        }
      y += row_height;
    }

  return y;
}

static void
rc_slide_table_measure (GtkWidget     *widget,
                        GtkOrientation orientation,
                        int            for_size,
                        int           *minimum,
                        int           *natural,
                        int           *minimum_baseline,
                        int           *natural_baseline)
{
  RcSlideTable *self = RC_SLIDE_TABLE (widget);
  int           label_min, column_min;

  minimum_columns (self, &label_min, &column_min);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (width_of (self->title, FALSE), label_min + (int) self->n_drugs * column_min);
      *natural = MAX (*minimum, width_of (self->title, TRUE));
    }
  else
    {
      int width = for_size >= 0 ? for_size : MAX (label_min + (int) self->n_drugs * column_min, 1);

      /* Only the title is needed: the presentation fits the rest by
       * shrinking the text or splitting the section, and a slide that
       * still does not fit is cut off rather than growing the window. */
      *minimum = height_for (self->title, width);
      *natural = MAX (*minimum, layout (self, width, FALSE));
    }
}

static GtkSizeRequestMode
rc_slide_table_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rc_slide_table_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  layout (RC_SLIDE_TABLE (widget), width, TRUE);
}

/* ---- Reveal and quiz --------------------------------------------------- */

static void
cell_covered_cb (RcSlideCell *cell, GParamSpec *pspec, RcSlideTable *self)
{
  const char *key = g_object_get_data (G_OBJECT (cell), "rc-cell-key");

  if (!rc_slide_cell_get_covered (cell))
    g_hash_table_add (self->uncovered, g_strdup (key));
}

static void
apply_reveal (RcSlideTable *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      RcSlideCell *cell = g_ptr_array_index (self->cells, i);
      const char  *key = g_object_get_data (G_OBJECT (cell), "rc-cell-key");

      rc_slide_cell_set_covered (cell,
                                 self->reveal && !g_hash_table_contains (self->uncovered, key));
    }
}

static gboolean
row_covered (RcSlideTable *self, guint row)
{
  for (guint c = 0; c < self->n_drugs; c++)
    {
      if (rc_slide_cell_get_covered (cell_at (self, row, c)))
        return TRUE;
    }
  return FALSE;
}

/* ---- Construction ------------------------------------------------------ */

static int
compare_numbers (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* "1, 4, 9": the numbers of a value's sources in the drug's list, in
 * order, each once. */
static char *
dup_source_numbers (RcDrug *drug, const RcComparisonCell *cell)
{
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; cell->sources != NULL && cell->sources[i] != NULL; i++)
    {
      guint number = rc_source_marker_lookup_number (drug, cell->sources[i]);

      if (number > 0)
        g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_numbers);
  for (guint i = 0; i < numbers->len; i++)
    {
      if (i > 0 && g_array_index (numbers, guint, i) == g_array_index (numbers, guint, i - 1))
        continue;
      if (text->len > 0)
        /* Translators: separates source numbers on a slide, "[1, 4]". */
        g_string_append (text, C_ ("slide sources", ", "));
      g_string_append_printf (text, "%u", g_array_index (numbers, guint, i));
    }
  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
add_child (RcSlideTable *self, GtkWidget *child)
{
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}

static void
build (RcSlideTable *self, const char *title)
{
  GtkWidget *corner;

  self->title = g_object_new (GTK_TYPE_LABEL, "label", title, "wrap", TRUE, "xalign", 0.0f,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);
  gtk_widget_add_css_class (self->title, "rc-slide-title");
  add_child (self, self->title);

  corner = new_label ("", "rc-slide-header");
  gtk_accessible_update_state (GTK_ACCESSIBLE (corner), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  g_ptr_array_add (self->headers, corner);
  add_child (self, corner);
  for (guint c = 0; c < self->n_drugs; c++)
    {
      RcDrug    *drug = rc_comparison_get_drug (self->comparison, c);
      GtkWidget *header = new_label (rc_drug_get_name (drug), "rc-slide-header");

      gtk_widget_add_css_class (header, "rc-slide-drug");
      g_ptr_array_add (self->headers, header);
      add_child (self, header);
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      const RcComparisonRow *row =
          rc_comparison_get_row (self->comparison, g_array_index (self->rows, guint, r));
      GtkWidget *label = new_label (row->label, "rc-slide-row-label");

      g_ptr_array_add (self->labels, label);
      add_child (self, label);
      for (guint c = 0; c < self->n_drugs; c++)
        {
          RcDrug          *drug = rc_comparison_get_drug (self->comparison, c);
          g_autofree char *sources = dup_source_numbers (drug, row->cells[c]);
          g_autofree char *what = NULL;
          GtkWidget       *cell;

          /* Translators: what a covered cell on a slide stands for: %1$s is
           * a drug name, %2$s a row of the comparison table, e.g.
           * "Baclofen, Half-life". */
          what = g_strdup_printf (C_ ("slide cell", "%1$s, %2$s"), rc_drug_get_name (drug),
                                  row->label);
          cell = rc_slide_cell_new (row->cells[c]->text, sources, what, row->differs);
          g_object_set_data_full (G_OBJECT (cell), "rc-cell-key",
                                  rc_slide_table_dup_cell_key (row->key, rc_drug_get_id (drug)),
                                  g_free);
          g_signal_connect_object (cell, "notify::covered", G_CALLBACK (cell_covered_cb), self, 0);
          g_ptr_array_add (self->cells, cell);
          add_child (self, cell);
        }
    }
}

static void
rc_slide_table_dispose (GObject *object)
{
  RcSlideTable *self = RC_SLIDE_TABLE (object);
  GtkWidget    *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->title = NULL;
  g_ptr_array_set_size (self->headers, 0);
  g_ptr_array_set_size (self->labels, 0);
  g_ptr_array_set_size (self->cells, 0);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->uncovered, g_hash_table_unref);

  G_OBJECT_CLASS (rc_slide_table_parent_class)->dispose (object);
}

static void
rc_slide_table_finalize (GObject *object)
{
  RcSlideTable *self = RC_SLIDE_TABLE (object);

  g_ptr_array_unref (self->headers);
  g_ptr_array_unref (self->labels);
  g_ptr_array_unref (self->cells);
  g_array_unref (self->rows);

  G_OBJECT_CLASS (rc_slide_table_parent_class)->finalize (object);
}

static void
rc_slide_table_class_init (RcSlideTableClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_slide_table_dispose;
  object_class->finalize = rc_slide_table_finalize;
  widget_class->get_request_mode = rc_slide_table_get_request_mode;
  widget_class->measure = rc_slide_table_measure;
  widget_class->size_allocate = rc_slide_table_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "rc-slide-table");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_slide_table_init (RcSlideTable *self)
{
  self->headers = g_ptr_array_new ();
  self->labels = g_ptr_array_new ();
  self->cells = g_ptr_array_new ();
  self->rows = g_array_new (FALSE, FALSE, sizeof (guint));
  self->font_scale = 1.0;

  gtk_widget_add_css_class (GTK_WIDGET (self), "rc-slide");
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
rc_slide_table_new (RcComparison *comparison,
                    const char   *title,
                    const guint  *rows,
                    guint         n_rows,
                    GHashTable   *uncovered)
{
  RcSlideTable *self;

  g_return_val_if_fail (RC_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (rows != NULL || n_rows == 0, NULL);
  g_return_val_if_fail (uncovered != NULL, NULL);

  self = g_object_new (RC_TYPE_SLIDE_TABLE, NULL);
  self->comparison = g_object_ref (comparison);
  self->uncovered = g_hash_table_ref (uncovered);
  self->n_drugs = rc_comparison_get_n_drugs (comparison);
  g_array_append_vals (self->rows, rows, n_rows);
  build (self, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  return GTK_WIDGET (self);
}

/* ---- Public API -------------------------------------------------------- */

const char *
rc_slide_table_get_title (RcSlideTable *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->title));
}

guint
rc_slide_table_get_n_rows (RcSlideTable *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), 0);

  return self->rows->len;
}

guint
rc_slide_table_get_row (RcSlideTable *self, guint i)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), 0);
  g_return_val_if_fail (i < self->rows->len, 0);

  return g_array_index (self->rows, guint, i);
}

RcSlideCell *
rc_slide_table_get_cell (RcSlideTable *self, guint row, guint column)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < self->n_drugs, NULL);

  return cell_at (self, row, column);
}

void
rc_slide_table_set_reveal (RcSlideTable *self, gboolean reveal)
{
  g_return_if_fail (RC_IS_SLIDE_TABLE (self));

  self->reveal = !!reveal;
  apply_reveal (self);
}

gboolean
rc_slide_table_uncover_next_row (RcSlideTable *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), FALSE);

  for (guint r = 0; r < self->rows->len; r++)
    {
      if (!row_covered (self, r))
        continue;
      for (guint c = 0; c < self->n_drugs; c++)
        rc_slide_cell_set_covered (cell_at (self, r, c), FALSE);
      return TRUE;
    }
  return FALSE;
}

guint
rc_slide_table_get_n_uncovered_rows (RcSlideTable *self)
{
  guint n = 0;

  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), 0);

  for (guint r = 0; r < self->rows->len; r++)
    n += !row_covered (self, r);
  return n;
}

void
rc_slide_table_set_quiz_column (RcSlideTable *self, int column)
{
  g_return_if_fail (RC_IS_SLIDE_TABLE (self));

  for (guint r = 0; r < self->rows->len; r++)
    {
      for (guint c = 0; c < self->n_drugs; c++)
        rc_slide_cell_set_quizzed (cell_at (self, r, c), (int) c == column);
    }
}

static void
scale_labels (GPtrArray *labels, guint from, double scale)
{
  for (guint i = from; i < labels->len; i++)
    scale_label (g_ptr_array_index (labels, i), scale);
}

static void
set_font_scale (RcSlideTable *self, double scale)
{
  self->font_scale = scale;
  scale_label (self->title, scale);
  scale_labels (self->headers, 0, scale);
  scale_labels (self->labels, 0, scale);
  for (guint i = 0; i < self->cells->len; i++)
    rc_slide_cell_set_font_scale (g_ptr_array_index (self->cells, i), scale);
}

/* Whether the longest word of each label fits a width: measured with
 * breaks only between words, then put back to breaking anywhere. */
static gboolean
words_fit (GPtrArray *labels, guint from, int width)
{
  gboolean fit = TRUE;

  for (guint i = from; i < labels->len && fit; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      fit = width_of (label, FALSE) <= width;
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  return fit;
}

/* Drug names and row labels get smaller than the rest before one of
 * their words has to break: "Cyclobenza-prine" reads badly. */
static void
shrink_to_words (GPtrArray *labels, guint from, int width, double scale, double min_scale)
{
  for (;;)
    {
      scale_labels (labels, from, scale);
      if (scale <= min_scale + 1e-6 || words_fit (labels, from, width))
        return;
      scale = MAX (scale - FIT_STEP, min_scale);
    }
}

/* The width inside the slide's margin, border and padding. */
static int
content_width (RcSlideTable *self, int width)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GtkBorder        margin, border, padding;

  gtk_style_context_get_margin (context, &margin);
  gtk_style_context_get_border (context, &border);
  gtk_style_context_get_padding (context, &padding);
  return width - margin.left - margin.right - border.left - border.right - padding.left -
         padding.right - gtk_widget_get_margin_start (GTK_WIDGET (self)) -
         gtk_widget_get_margin_end (GTK_WIDGET (self));
}

static gboolean
fits (RcSlideTable *self, int width, int height)
{
  int min, nat;

  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  return nat <= height;
}

gboolean
rc_slide_table_fit (RcSlideTable *self, int width, int height, double min_scale)
{
  gboolean fit = FALSE;
  double   scale = 1.0;
  int      label_width, column_width;

  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  min_scale = CLAMP (min_scale, 0.1, 1.0);
  for (;;)
    {
      set_font_scale (self, scale);
      fit = fits (self, width, height);
      if (fit || scale <= min_scale + 1e-6)
        break;
      scale = MAX (scale - FIT_STEP, min_scale);
    }

  /* Smaller labels only ever make rows shorter: the fit stays. */
  column_widths (self, content_width (self, width), &label_width, &column_width);
  shrink_to_words (self->headers, 1, column_width, scale, min_scale);
  shrink_to_words (self->labels, 0, label_width, scale, min_scale);
  return fit;
}

double
rc_slide_table_get_font_scale (RcSlideTable *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_TABLE (self), 1.0);

  return self->font_scale;
}
