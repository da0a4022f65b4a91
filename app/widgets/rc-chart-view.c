/* rc-chart-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-chart-canvas.h"
#include "rc-chart-export.h"
#include "rc-chart-view.h"
#include "rc-side-effects-chart.h"

/* Rows shown when "Show all effects" is turned off again. */
#define DEFAULT_TOP_N 8

struct _RcChartView
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget       *main_box;
  GtkWidget       *mode_box;
  GtkToggleButton *multiples_button;
  GtkToggleButton *percent_button;
  GtkToggleButton *all_rows_button;
  GtkWidget       *series_button;
  GtkWidget       *series_box;
  GtkToggleButton *table_button;
  GtkWidget       *export_button;
  GtkStack        *stack;
  RcChartCanvas   *canvas;
  GtkGrid         *table_grid;
  GtkLabel        *focus_label;

  /* Owned References */
  RcChart              *chart;
  GtkFileChooserNative *chooser;

  RcChartKind kind;
  guint       last_top_n; /* what "Show all effects" goes back to */
  gboolean    table_stale;
  gboolean    syncing; /* updating controls from the chart, not the user */
};

G_DEFINE_FINAL_TYPE (RcChartView, rc_chart_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_KIND,
  PROP_KNOWLEDGE_BASE,
  PROP_DRUG_IDS,
  PROP_TITRATION_MODE,
  PROP_TOP_N,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Table ------------------------------------------------------------- */

static void
rebuild_table (RcChartView *self)
{
  g_autoptr (RcChartTable) table = NULL;
  GtkWidget *child;

  self->table_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table_grid))) != NULL)
    gtk_grid_remove (self->table_grid, child);

  table = rc_chart_dup_table (self->chart);
  for (guint c = 0; table->columns[c] != NULL; c++)
    {
      GtkWidget *label = gtk_label_new (table->columns[c]);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->table_grid, label, c, 0, 1, 1);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          GtkWidget *label = gtk_label_new (cells[c]);

          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_yalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
          gtk_label_set_selectable (GTK_LABEL (label), TRUE);
          gtk_grid_attach (self->table_grid, label, c, r + 1, 1, 1);
        }
    }
}

/* ---- Controls ---------------------------------------------------------- */

static void
series_toggled_cb (GtkCheckButton *button, RcChartView *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "series-key");

  if (!self->syncing)
    rc_chart_set_series_visible (self->chart, key, gtk_check_button_get_active (button));
}

static void
rebuild_series_menu (RcChartView *self)
{
  GPtrArray *drugs = rc_chart_get_drugs (self->chart);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->series_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->series_box), child);
  for (guint i = 0; i < drugs->len; i++)
    {
      RcDrug    *drug = g_ptr_array_index (drugs, i);
      GtkWidget *button = gtk_check_button_new_with_label (rc_drug_get_name (drug));

      g_object_set_data_full (G_OBJECT (button), "series-key", g_strdup (rc_drug_get_id (drug)),
                              g_free);
      gtk_check_button_set_active (
          GTK_CHECK_BUTTON (button),
          rc_chart_get_series_visible (self->chart, rc_drug_get_id (drug)));
      g_signal_connect (button, "toggled", G_CALLBACK (series_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->series_box), button);
    }
}

static void
sync_controls (RcChartView *self)
{
  gboolean compare = rc_chart_is_comparison (self->chart);

  self->syncing = TRUE;
  gtk_widget_set_visible (self->mode_box, self->kind == RC_CHART_KIND_TITRATION && compare);
  gtk_widget_set_visible (GTK_WIDGET (self->all_rows_button),
                          self->kind == RC_CHART_KIND_SIDE_EFFECTS);
  gtk_widget_set_visible (self->series_button, compare);
  if (self->kind == RC_CHART_KIND_TITRATION)
    {
      RcTitrationMode mode = rc_titration_chart_get_mode (RC_TITRATION_CHART (self->chart));

      gtk_toggle_button_set_active (
          mode == RC_TITRATION_MODE_PERCENT_OF_MAX ? self->percent_button : self->multiples_button,
          TRUE);
    }
  if (self->kind == RC_CHART_KIND_SIDE_EFFECTS)
    gtk_toggle_button_set_active (
        self->all_rows_button,
        rc_side_effects_chart_get_top_n (RC_SIDE_EFFECTS_CHART (self->chart)) == 0);
  for (GtkWidget *child = gtk_widget_get_first_child (self->series_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_check_button_set_active (
        GTK_CHECK_BUTTON (child),
        rc_chart_get_series_visible (self->chart,
                                     g_object_get_data (G_OBJECT (child), "series-key")));
  self->syncing = FALSE;
}

static void
chart_changed_cb (RcChartView *self)
{
  sync_controls (self);
  self->table_stale = TRUE;
  if (gtk_toggle_button_get_active (self->table_button))
    rebuild_table (self);
}

static void
mode_toggled_cb (RcChartView *self, GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;
  rc_chart_view_set_titration_mode (self, button == self->percent_button
                                              ? RC_TITRATION_MODE_PERCENT_OF_MAX
                                              : RC_TITRATION_MODE_SMALL_MULTIPLES);
}

static void
all_rows_toggled_cb (RcChartView *self, GtkToggleButton *button)
{
  if (self->syncing)
    return;
  rc_chart_view_set_top_n (self, gtk_toggle_button_get_active (button)
                                     ? 0
                                     : (self->last_top_n > 0 ? self->last_top_n : DEFAULT_TOP_N));
}

static void
table_toggled_cb (RcChartView *self, GtkToggleButton *button)
{
  gboolean show = gtk_toggle_button_get_active (button);

  if (show && self->table_stale)
    rebuild_table (self);
  gtk_stack_set_visible_child_name (self->stack, show ? "table" : "chart");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

static void
focus_text_cb (RcChartView *self)
{
  const char *text = rc_chart_canvas_get_focus_text (self->canvas);

  /* The keyboard user reads here what the pointer user gets as a tooltip. */
  gtk_label_set_text (self->focus_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->focus_label), text != NULL);
}

/* ---- Export ------------------------------------------------------------ */

static void
export_replaced_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
rc_chart_view_export_async (RcChartView        *self,
                            GFile              *file,
                            int                 scale,
                            GCancellable       *cancellable,
                            GAsyncReadyCallback callback,
                            gpointer            user_data)
{
  g_autoptr (GTask) task = NULL;
  g_autoptr (RcChartStyle) style = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  GError          *error = NULL;
  RcChartFormat    format;
  int              width = gtk_widget_get_width (GTK_WIDGET (self->canvas));
  int              height = gtk_widget_get_height (GTK_WIDGET (self->canvas));

  g_return_if_fail (RC_IS_CHART_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rc_chart_view_export_async);

  name = g_file_get_basename (file);
  if (!rc_chart_format_from_filename (name, &format))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _ ("Choose a file name ending in .png, .svg or .pdf."));
      return;
    }

  /* What is on screen, at least the smallest size the charts are made
   * for; files are light, like the pages they go into. */
  if (width < RC_CHART_EXPORT_MIN_SIZE || height < RC_CHART_EXPORT_MIN_SIZE)
    {
      width = 1200;
      height = 800;
    }
  width = CLAMP (MAX (width, 480), RC_CHART_EXPORT_MIN_SIZE, RC_CHART_EXPORT_MAX_SIZE);
  height = CLAMP (MAX (height, 320), RC_CHART_EXPORT_MIN_SIZE, RC_CHART_EXPORT_MAX_SIZE);
  style = rc_chart_style_new (RC_CHART_THEME_LIGHT);
  bytes = rc_chart_export_to_bytes (self->chart, style, format, width, height, scale, &error);
  /* The export laid the chart out for the file; the screen lays it out
   * again for itself. */
  gtk_widget_queue_draw (GTK_WIDGET (self->canvas));
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* GIO writes a temporary file next to the target and renames it. */
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                       cancellable, export_replaced_cb, g_steal_pointer (&task));
}

gboolean
rc_chart_view_export_finish (RcChartView *self, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
show_error (RcChartView *self, const char *message)
{
  GtkRoot   *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog =
      gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                              GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_ERROR,
                              GTK_BUTTONS_CLOSE, "%s", _ ("The chart could not be exported"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  RcChartView *self = RC_CHART_VIEW (source);
  g_autoptr (GError) error = NULL;

  if (!rc_chart_view_export_finish (self, result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, error->message);
}

static void
chooser_response_cb (GtkNativeDialog *dialog, int response, RcChartView *self)
{
  g_autoptr (GFile) file = NULL;
  const char *scale;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      scale = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "scale");
      /* The chooser has already asked before replacing an existing file. */
      if (file != NULL)
        rc_chart_view_export_async (self, file, g_strcmp0 (scale, "2") == 0 ? 2 : 1, NULL,
                                    export_done_cb, NULL);
    }
  g_clear_object (&self->chooser);
}

static void
add_filter (GtkFileChooser *chooser, const char *name, const char *pattern, const char *mime)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
export_clicked_cb (RcChartView *self)
{
  GtkRoot         *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooser  *chooser;
  g_autofree char *stem = rc_chart_dup_file_stem (self->chart);
  g_autofree char *name = g_strconcat (stem, ".png", NULL);
  const char      *scale_ids[] = { "1", "2", NULL };
  /* Translators: image scales for PNG export: the size shown, and twice it. */
  const char *scale_labels[] = { C_ ("image scale", "1×"), C_ ("image scale", "2×"), NULL };

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (
      _ ("Export Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
      GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (chooser, name);
  /* Translators: file type names in the export dialog. */
  add_filter (chooser, _ ("PNG image"), "*.png", "image/png");
  add_filter (chooser, _ ("SVG image"), "*.svg", "image/svg+xml");
  add_filter (chooser, _ ("PDF document"), "*.pdf", "application/pdf");
  /* Translators: an option of the export dialog; applies to PNG images. */
  gtk_file_chooser_add_choice (chooser, "scale", _ ("PNG scale"), scale_ids, scale_labels);
  gtk_file_chooser_set_choice (chooser, "scale", "1");
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ---- Properties -------------------------------------------------------- */

GtkWidget *
rc_chart_view_new (RcChartKind kind)
{
  return g_object_new (RC_TYPE_CHART_VIEW, "kind", kind, NULL);
}

RcChartKind
rc_chart_view_get_kind (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), RC_CHART_KIND_TITRATION);

  return self->kind;
}

RcChart *
rc_chart_view_get_chart (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

RcKnowledgeBase *
rc_chart_view_get_knowledge_base (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), NULL);

  return rc_chart_get_knowledge_base (self->chart);
}

void
rc_chart_view_set_knowledge_base (RcChartView *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_CHART_VIEW (self));

  if (rc_chart_get_knowledge_base (self->chart) == kb)
    return;
  rc_chart_set_knowledge_base (self->chart, kb);
  rebuild_series_menu (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

const char *const *
rc_chart_view_get_drug_ids (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), NULL);

  return rc_chart_get_drug_ids (self->chart);
}

void
rc_chart_view_set_drug_ids (RcChartView *self, const char *const *drug_ids)
{
  const char *const *old;

  g_return_if_fail (RC_IS_CHART_VIEW (self));

  old = rc_chart_get_drug_ids (self->chart);
  if (old == NULL && drug_ids == NULL)
    return;
  if (old != NULL && drug_ids != NULL && g_strv_equal (old, drug_ids))
    return;
  rc_chart_set_drug_ids (self->chart, drug_ids);
  rebuild_series_menu (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG_IDS]);
}

RcTitrationMode
rc_chart_view_get_titration_mode (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), RC_TITRATION_MODE_SMALL_MULTIPLES);

  if (!RC_IS_TITRATION_CHART (self->chart))
    return RC_TITRATION_MODE_SMALL_MULTIPLES;
  return rc_titration_chart_get_mode (RC_TITRATION_CHART (self->chart));
}

void
rc_chart_view_set_titration_mode (RcChartView *self, RcTitrationMode mode)
{
  g_return_if_fail (RC_IS_CHART_VIEW (self));

  /* Other kinds ignore it, so one settings binding can serve every view. */
  if (!RC_IS_TITRATION_CHART (self->chart) || rc_chart_view_get_titration_mode (self) == mode)
    return;
  rc_titration_chart_set_mode (RC_TITRATION_CHART (self->chart), mode);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITRATION_MODE]);
}

guint
rc_chart_view_get_top_n (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), 0);

  if (!RC_IS_SIDE_EFFECTS_CHART (self->chart))
    return DEFAULT_TOP_N;
  return rc_side_effects_chart_get_top_n (RC_SIDE_EFFECTS_CHART (self->chart));
}

void
rc_chart_view_set_top_n (RcChartView *self, guint top_n)
{
  g_return_if_fail (RC_IS_CHART_VIEW (self));

  if (!RC_IS_SIDE_EFFECTS_CHART (self->chart) || rc_chart_view_get_top_n (self) == top_n)
    return;
  if (top_n > 0)
    self->last_top_n = top_n;
  rc_side_effects_chart_set_top_n (RC_SIDE_EFFECTS_CHART (self->chart), top_n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOP_N]);
}

gboolean
rc_chart_view_get_show_table (RcChartView *self)
{
  g_return_val_if_fail (RC_IS_CHART_VIEW (self), FALSE);

  return gtk_toggle_button_get_active (self->table_button);
}

void
rc_chart_view_set_show_table (RcChartView *self, gboolean show_table)
{
  g_return_if_fail (RC_IS_CHART_VIEW (self));

  /* The button's handler notifies. */
  gtk_toggle_button_set_active (self->table_button, show_table);
}

static void
rc_chart_view_constructed (GObject *object)
{
  RcChartView *self = RC_CHART_VIEW (object);

  G_OBJECT_CLASS (rc_chart_view_parent_class)->constructed (object);

  /* The kind is known only now (construct-only), so the chart is made here
   * and the knowledge base and drugs are set on it afterwards. */
  if (self->chart == NULL)
    self->chart = rc_chart_new (self->kind, NULL, NULL);
  g_signal_connect_object (self->chart, "changed", G_CALLBACK (chart_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rc_chart_canvas_set_chart (self->canvas, self->chart);
  sync_controls (self);
}

static void
rc_chart_view_dispose (GObject *object)
{
  RcChartView *self = RC_CHART_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_CHART_VIEW);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (rc_chart_view_parent_class)->dispose (object);
}

static void
rc_chart_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcChartView *self = RC_CHART_VIEW (object);

  switch (prop_id)
    {
      case PROP_KIND:
        g_value_set_enum (value, self->kind);
        break;
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, rc_chart_view_get_knowledge_base (self));
        break;
      case PROP_DRUG_IDS:
        g_value_set_boxed (value, rc_chart_view_get_drug_ids (self));
        break;
      case PROP_TITRATION_MODE:
        g_value_set_enum (value, rc_chart_view_get_titration_mode (self));
        break;
      case PROP_TOP_N:
        g_value_set_uint (value, rc_chart_view_get_top_n (self));
        break;
      case PROP_SHOW_TABLE:
        g_value_set_boolean (value, rc_chart_view_get_show_table (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcChartView *self = RC_CHART_VIEW (object);

  switch (prop_id)
    {
      case PROP_KIND:
        self->kind = g_value_get_enum (value);
        break;
      case PROP_KNOWLEDGE_BASE:
        rc_chart_view_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_DRUG_IDS:
        rc_chart_view_set_drug_ids (self, g_value_get_boxed (value));
        break;
      case PROP_TITRATION_MODE:
        rc_chart_view_set_titration_mode (self, g_value_get_enum (value));
        break;
      case PROP_TOP_N:
        rc_chart_view_set_top_n (self, g_value_get_uint (value));
        break;
      case PROP_SHOW_TABLE:
        rc_chart_view_set_show_table (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_view_class_init (RcChartViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rc_chart_view_constructed;
  object_class->dispose = rc_chart_view_dispose;
  object_class->get_property = rc_chart_view_get_property;
  object_class->set_property = rc_chart_view_set_property;

  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, RC_TYPE_CHART_KIND, RC_CHART_KIND_TITRATION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRUG_IDS] =
      g_param_spec_boxed ("drug-ids", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITRATION_MODE] = g_param_spec_enum (
      "titration-mode", NULL, NULL, RC_TYPE_TITRATION_MODE, RC_TITRATION_MODE_SMALL_MULTIPLES,
      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOP_N] =
      g_param_spec_uint ("top-n", NULL, NULL, 0, G_MAXUINT, DEFAULT_TOP_N,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TABLE] =
      g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_CHART_CANVAS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-chart-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RcChartView, main_box);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, mode_box);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, multiples_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, percent_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, all_rows_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, series_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, series_box);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, table_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, export_button);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, stack);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, canvas);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, table_grid);
  gtk_widget_class_bind_template_child (widget_class, RcChartView, focus_label);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_rows_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_text_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-chart-view");
}

static void
rc_chart_view_init (RcChartView *self)
{
  self->last_top_n = DEFAULT_TOP_N;
  self->table_stale = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}
