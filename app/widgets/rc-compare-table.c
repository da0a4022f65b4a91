/* rc-compare-table.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-compare-table.h"

#include "rc-fact-line.h"
#include "rc-source-marker.h"

/* Two grids: the header row in a scroller of its own above the body's
 * scroller, so the drug names stay in view. Each column's cells share a
 * GtkSizeGroup across both grids, so the columns line up, and the header
 * follows the body's horizontal scrolling.
 *
 * A full table is some 160 cells of five widgets each, and building and
 * measuring them all was half the work before the window's first frame
 * (tests/bench). So the rows that fill a screen are built at once and the
 * rest a few at a time from an idle callback, below the priority of
 * drawing: the first frame shows the top of the table, and the rest is
 * there a moment later. */

/* Rows built with the table (about a screenful), and per idle callback. */
#define FIRST_ROWS 10
#define ROWS_PER_IDLE 6

typedef struct
{
  GPtrArray *widgets; /* the row's cells, borrowed from the grid */
  gboolean   differs;
  guint      section; /* index into sections */
} TableRow;

typedef struct
{
  GtkWidget *header; /* borrowed */
  guint      first_row;
  guint      n_rows;
} TableSection;

struct _RcCompareTable
{
  GtkWidget parent_instance;

  /* Children */
  GtkWidget *header_scroller;
  GtkWidget *body_scroller;

  /* Borrowed References */
  GtkWidget *header_grid;
  GtkWidget *body_grid;
  GtkWidget *all_equal_label;

  /* Owned References */
  RcComparison *comparison;
  GArray       *rows;     /* of TableRow */
  GArray       *sections; /* of TableSection */
  GPtrArray    *size_groups;

  /* Filling: the next comparison row to build, where it goes, and the
   * section it continues. */
  guint       next_row;
  int         grid_row;
  const char *last_section; /* owned by the comparison */
  guint       fill_id;

  gboolean only_differences;
  gboolean complete;
};

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_ONLY_DIFFERENCES,
  PROP_COMPLETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcCompareTable, rc_compare_table, GTK_TYPE_WIDGET)

static void
table_row_clear (gpointer data)
{
  TableRow *row = data;

  g_clear_pointer (&row->widgets, g_ptr_array_unref);
}

static void
tag_cell (GtkWidget *cell, const char *key, guint column)
{
  g_object_set_data_full (G_OBJECT (cell), "rc-row-key", g_strdup (key), g_free);
  g_object_set_data (G_OBJECT (cell), "rc-column", GUINT_TO_POINTER (column));
}

static GtkWidget *
new_cell_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  /* A readable column: long text wraps at about this many characters. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  gtk_widget_set_valign (label, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "rc-compare-cell");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_header_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_tooltip_text (label, text);
  gtk_widget_add_css_class (label, "rc-compare-cell");
  gtk_widget_add_css_class (label, "rc-compare-header");

  return label;
}

static void
clear (RcCompareTable *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->header_grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->header_grid), child);
  while ((child = gtk_widget_get_first_child (self->body_grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->body_grid), child);

  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_array_set_size (self->rows, 0);
  g_array_set_size (self->sections, 0);
  g_ptr_array_set_size (self->size_groups, 0);
  self->all_equal_label = NULL;
  self->next_row = 0;
  self->grid_row = 0;
  self->last_section = NULL;
}

static void
apply_filter (RcCompareTable *self)
{
  guint n_shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    {
      TableRow *row = &g_array_index (self->rows, TableRow, i);
      gboolean  shown = row->differs || !self->only_differences;

      for (guint j = 0; j < row->widgets->len; j++)
        gtk_widget_set_visible (g_ptr_array_index (row->widgets, j), shown);
      n_shown += shown;
    }

  /* A section whose rows are all hidden hides its header too. */
  for (guint s = 0; s < self->sections->len; s++)
    {
      TableSection *section = &g_array_index (self->sections, TableSection, s);
      gboolean      any = FALSE;

      for (guint i = section->first_row; i < section->first_row + section->n_rows; i++)
        any |= g_array_index (self->rows, TableRow, i).differs || !self->only_differences;
      gtk_widget_set_visible (section->header, any);
    }

  if (self->all_equal_label != NULL)
    gtk_widget_set_visible (self->all_equal_label, self->rows->len > 0 && n_shown == 0);
}

static GtkWidget *
build_cell (RcCompareTable *self, const RcComparisonRow *row, guint column)
{
  const RcComparisonCell *cell = row->cells[column];
  RcDrug                 *drug = rc_comparison_get_drug (self->comparison, column);
  GtkWidget              *box;
  GtkWidget              *label;
  GtkWidget              *footer;
  GtkWidget              *marker;

  /* Text on top, its marker and pills underneath: in a narrow column a
   * marker beside the text would squeeze it into a ribbon. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_add_css_class (box, "rc-compare-cell");

  /* The label keeps valign FILL (its yalign 0 puts the text on top): GTK
   * 4.8 asks a wrapped label that does not fill for its width at a given
   * height on every allocation, a search through some ten layouts of its
   * text, which was most of the first layout of the window (tests/bench). */
  label = new_cell_label (cell->text, NULL);
  gtk_widget_remove_css_class (label, "rc-compare-cell");
  gtk_box_append (GTK_BOX (box), label);

  footer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  marker = rc_source_marker_new (drug, (const char *const *) cell->sources);
  gtk_box_append (GTK_BOX (footer), marker);
  if (cell->unverified)
    gtk_box_append (GTK_BOX (footer), rc_fact_line_new_unverified_pill ());
  gtk_widget_set_visible (footer, gtk_widget_get_visible (marker) || cell->unverified);
  gtk_box_append (GTK_BOX (box), footer);

  if (cell->not_reported)
    gtk_widget_add_css_class (box, "rc-not-reported");

  if (row->differs)
    {
      gtk_widget_add_css_class (box, "rc-differs");
      /* Colour alone says nothing to a screen reader. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _ ("Differs between the chosen drugs"), -1);
    }

  /* The whole cell explains its sources on hover, not just the marker.
   * On the cell, not on its label: GTK turns a tooltip into the accessible
   * description, and the label's must stay "Differs…". */
  if (gtk_widget_get_visible (marker))
    gtk_widget_set_tooltip_markup (box, gtk_widget_get_tooltip_markup (marker));

  return box;
}

/* Builds the comparison's rows from next_row on, up to limit of them; the
 * last call adds the note shown when every row is hidden. */
static void
add_rows (RcCompareTable *self, guint limit)
{
  guint n_drugs = rc_comparison_get_n_drugs (self->comparison);
  guint n_rows = rc_comparison_get_n_rows (self->comparison);

  for (guint built = 0; self->next_row < n_rows && built < limit; self->next_row++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (self->comparison, self->next_row);
      TableRow               table_row = { 0 };
      GtkWidget             *label;

      if (row == NULL)
        continue;
      built++;

      if (g_strcmp0 (self->last_section, row->section_key) != 0)
        {
          TableSection section = { .first_row = self->rows->len };

          section.header =
              g_object_new (GTK_TYPE_LABEL, "label", row->section_label, "accessible-role",
                            GTK_ACCESSIBLE_ROLE_HEADING, "xalign", 0.0f, "wrap", TRUE, NULL);
          gtk_accessible_update_property (GTK_ACCESSIBLE (section.header),
                                          GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
          gtk_widget_add_css_class (section.header, "rc-compare-section");
          tag_cell (section.header, row->section_key, 0);
          gtk_grid_attach (GTK_GRID (self->body_grid), section.header, 0, self->grid_row++,
                           n_drugs + 1, 1);
          g_array_append_val (self->sections, section);
          self->last_section = row->section_key;
        }

      table_row.widgets = g_ptr_array_new ();
      table_row.differs = row->differs;
      table_row.section = self->sections->len - 1;

      label = new_cell_label (row->label, "rc-compare-row-label");
      /* Room for a few words before a row label wraps. */
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      if (row->differs)
        gtk_widget_add_css_class (label, "rc-differs-row");
      tag_cell (label, row->key, 0);
      gtk_grid_attach (GTK_GRID (self->body_grid), label, 0, self->grid_row, 1, 1);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 0), label);
      g_ptr_array_add (table_row.widgets, label);

      for (guint c = 0; c < n_drugs; c++)
        {
          GtkWidget *cell = build_cell (self, row, c);

          tag_cell (cell, row->key, c + 1);
          gtk_grid_attach (GTK_GRID (self->body_grid), cell, c + 1, self->grid_row, 1, 1);
          gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 1), cell);
          g_ptr_array_add (table_row.widgets, cell);
        }

      g_array_index (self->sections, TableSection, table_row.section).n_rows++;
      g_array_append_val (self->rows, table_row);
      self->grid_row++;
    }

  if (self->next_row >= n_rows)
    {
      self->all_equal_label =
          new_cell_label (_ ("The chosen drugs agree on every row."), "dim-label");
      gtk_widget_add_css_class (self->all_equal_label, "rc-compare-all-equal");
      gtk_grid_attach (GTK_GRID (self->body_grid), self->all_equal_label, 0, self->grid_row,
                       n_drugs + 1, 1);
    }

  apply_filter (self);

  if (self->next_row >= n_rows && !self->complete)
    {
      self->complete = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
    }
}

static gboolean
fill_cb (gpointer user_data)
{
  RcCompareTable *self = RC_COMPARE_TABLE (user_data);

  add_rows (self, ROWS_PER_IDLE);
  if (!self->complete)
    return G_SOURCE_CONTINUE;

  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
build (RcCompareTable *self)
{
  guint      n_drugs;
  GtkWidget *corner;
  gboolean   was_complete = self->complete;

  clear (self);
  self->complete = FALSE;
  if (self->comparison == NULL)
    {
      if (was_complete)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
      return;
    }

  n_drugs = rc_comparison_get_n_drugs (self->comparison);

  /* One group for the label column, one for every drug column: the drugs
   * get equal widths, whatever the length of their texts. */
  g_ptr_array_add (self->size_groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
  g_ptr_array_add (self->size_groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));

  /* Header row: the drug names, on one line each, so the row keeps one
   * height whatever the width. */
  corner = new_header_label (C_ ("compare table", "Property"));
  gtk_grid_attach (GTK_GRID (self->header_grid), corner, 0, 0, 1, 1);
  gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 0), corner);
  for (guint c = 0; c < n_drugs; c++)
    {
      RcDrug    *drug = rc_comparison_get_drug (self->comparison, c);
      GtkWidget *label = new_header_label (rc_drug_get_name (drug));

      gtk_widget_add_css_class (label, "rc-compare-drug");
      tag_cell (label, "header", c + 1);
      gtk_grid_attach (GTK_GRID (self->header_grid), label, c + 1, 0, 1, 1);
      gtk_size_group_add_widget (g_ptr_array_index (self->size_groups, 1), label);
    }

  add_rows (self, FIRST_ROWS);
  if (!self->complete)
    /* Below GDK_PRIORITY_REDRAW: a due frame is drawn before more rows. */
    self->fill_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fill_cb, self, NULL);
  if (was_complete && !self->complete)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETE]);
}

static void
body_hadjustment_changed_cb (GtkAdjustment *body, RcCompareTable *self)
{
  GtkAdjustment *header =
      gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->header_scroller));

  gtk_adjustment_set_value (header, gtk_adjustment_get_value (body));
}

static void
rc_compare_table_dispose (GObject *object)
{
  RcCompareTable *self = RC_COMPARE_TABLE (object);

  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_pointer (&self->header_scroller, gtk_widget_unparent);
  g_clear_pointer (&self->body_scroller, gtk_widget_unparent);
  self->header_grid = NULL;
  self->body_grid = NULL;
  self->all_equal_label = NULL;
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (rc_compare_table_parent_class)->dispose (object);
}

static void
rc_compare_table_finalize (GObject *object)
{
  RcCompareTable *self = RC_COMPARE_TABLE (object);

  g_array_unref (self->rows);
  g_array_unref (self->sections);
  g_ptr_array_unref (self->size_groups);

  G_OBJECT_CLASS (rc_compare_table_parent_class)->finalize (object);
}

static void
rc_compare_table_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcCompareTable *self = RC_COMPARE_TABLE (object);

  switch (prop_id)
    {
      case PROP_COMPARISON:
        g_value_set_object (value, self->comparison);
        break;
      case PROP_ONLY_DIFFERENCES:
        g_value_set_boolean (value, self->only_differences);
        break;
      case PROP_COMPLETE:
        g_value_set_boolean (value, self->complete);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_compare_table_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcCompareTable *self = RC_COMPARE_TABLE (object);

  switch (prop_id)
    {
      case PROP_COMPARISON:
        rc_compare_table_set_comparison (self, g_value_get_object (value));
        break;
      case PROP_ONLY_DIFFERENCES:
        rc_compare_table_set_only_differences (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_compare_table_class_init (RcCompareTableClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_compare_table_dispose;
  object_class->finalize = rc_compare_table_finalize;
  object_class->get_property = rc_compare_table_get_property;
  object_class->set_property = rc_compare_table_set_property;

  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RC_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLY_DIFFERENCES] =
      g_param_spec_boolean ("only-differences", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPLETE] =
      g_param_spec_boolean ("complete", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-compare-table");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
new_grid (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_widget_set_hexpand (grid, TRUE);
  gtk_widget_set_valign (grid, GTK_ALIGN_START);
  gtk_widget_add_css_class (grid, "rc-compare-grid");

  return grid;
}

static void
rc_compare_table_init (RcCompareTable *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkAdjustment    *body_hadj;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->rows = g_array_new (FALSE, TRUE, sizeof (TableRow));
  g_array_set_clear_func (self->rows, table_row_clear);
  self->sections = g_array_new (FALSE, TRUE, sizeof (TableSection));
  self->size_groups = g_ptr_array_new_with_free_func (g_object_unref);

  /* The header scrolls sideways only as the body does ("external"): it has
   * no scrollbar of its own. */
  self->header_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->header_scroller), GTK_POLICY_EXTERNAL,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->header_scroller),
                                                    TRUE);
  gtk_widget_add_css_class (self->header_scroller, "rc-compare-header-row");
  self->header_grid = new_grid ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->header_scroller), self->header_grid);
  gtk_widget_set_parent (self->header_scroller, GTK_WIDGET (self));

  self->body_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->body_scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (self->body_scroller, TRUE);
  self->body_grid = new_grid ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->body_scroller), self->body_grid);
  gtk_widget_set_parent (self->body_scroller, GTK_WIDGET (self));

  body_hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->body_scroller));
  g_signal_connect_object (body_hadj, "value-changed", G_CALLBACK (body_hadjustment_changed_cb),
                           self, 0);
  g_signal_connect_object (body_hadj, "changed", G_CALLBACK (body_hadjustment_changed_cb), self, 0);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Comparison table"), -1);
}

GtkWidget *
rc_compare_table_new (void)
{
  return g_object_new (RC_TYPE_COMPARE_TABLE, NULL);
}

RcComparison *
rc_compare_table_get_comparison (RcCompareTable *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_TABLE (self), NULL);

  return self->comparison;
}

void
rc_compare_table_set_comparison (RcCompareTable *self, RcComparison *comparison)
{
  g_return_if_fail (RC_IS_COMPARE_TABLE (self));
  g_return_if_fail (comparison == NULL || RC_IS_COMPARISON (comparison));

  if (!g_set_object (&self->comparison, comparison))
    return;

  build (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

gboolean
rc_compare_table_get_only_differences (RcCompareTable *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_TABLE (self), FALSE);

  return self->only_differences;
}

void
rc_compare_table_set_only_differences (RcCompareTable *self, gboolean only_differences)
{
  g_return_if_fail (RC_IS_COMPARE_TABLE (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;

  self->only_differences = only_differences;
  apply_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

gboolean
rc_compare_table_get_complete (RcCompareTable *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_TABLE (self), FALSE);

  return self->complete;
}

void
rc_compare_table_ensure_complete (RcCompareTable *self)
{
  g_return_if_fail (RC_IS_COMPARE_TABLE (self));

  if (self->comparison == NULL || self->complete)
    return;

  g_clear_handle_id (&self->fill_id, g_source_remove);
  add_rows (self, G_MAXUINT);
}
