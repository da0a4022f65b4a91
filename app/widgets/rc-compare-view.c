/* rc-compare-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-compare-view.h"

#include "rc-chart-view.h"
#include "rc-compare-table.h"
#include "rc-comparison.h"
#include "rc-table-export.h"

#define N_CHART_KINDS (RC_CHART_KIND_CONCENTRATION + 1)

struct _RcCompareView
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget *main_box;
  GtkWidget *drug_buttons;
  GtkWidget *only_differences_switch;
  GtkWidget *stack;
  GtkWidget *hint_label;
  GtkWidget *table;
  GtkWidget *charts_box;

  /* Borrowed References */
  GtkWidget *charts[N_CHART_KINDS]; /* children of charts_box's stack */

  /* Owned References */
  RcKnowledgeBase *kb;
  GListModel      *drugs; /* the knowledge base's, watched for changes */
  RcComparison    *comparison;
  char           **selected_drugs;

  gboolean only_differences;
  gboolean syncing_buttons;
};

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_SELECTED_DRUGS,
  PROP_ONLY_DIFFERENCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcCompareView, rc_compare_view, GTK_TYPE_WIDGET)

#define HINT_TEXT N_ ("Choose at least two drugs to compare them side by side.")

static void
sync_buttons (RcCompareView *self)
{
  self->syncing_buttons = TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (self->drug_buttons); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget  *button = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));
      const char *id = g_object_get_data (G_OBJECT (button), "rc-drug-id");
      gboolean    chosen = self->selected_drugs != NULL &&
                        g_strv_contains ((const char *const *) self->selected_drugs, id);

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), chosen);
    }
  self->syncing_buttons = FALSE;
}

static void
rebuild_table (RcCompareView *self)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (RcComparison) comparison = NULL;

  /* Ids the knowledge base no longer has (an overlay file removed since
   * the choice was saved) are skipped, not an error. */
  for (guint i = 0; self->kb != NULL && self->selected_drugs != NULL && self->selected_drugs[i];
       i++)
    {
      if (rc_knowledge_base_lookup_drug (self->kb, self->selected_drugs[i]) != NULL)
        g_ptr_array_add (ids, self->selected_drugs[i]);
    }
  g_ptr_array_add (ids, NULL);

  if (ids->len - 1 >= 2)
    comparison = rc_comparison_new (self->kb, (const char *const *) ids->pdata, &error);

  /* The model reports what went wrong in words a person understands. */
  gtk_label_set_text (GTK_LABEL (self->hint_label), error != NULL ? error->message : _ (HINT_TEXT));

  g_set_object (&self->comparison, comparison);
  rc_compare_table_set_comparison (RC_COMPARE_TABLE (self->table), comparison);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), comparison != NULL ? "table" : "hint");
  gtk_widget_set_visible (self->charts_box, comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.copy", comparison != NULL);
}

static void
drug_toggled_cb (GtkToggleButton *button, RcCompareView *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "rc-drug-id");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) selected = NULL;
  gboolean active = gtk_toggle_button_get_active (button);

  if (self->syncing_buttons)
    return;

  /* Keep the existing column order; a newly chosen drug goes last. */
  for (guint i = 0; self->selected_drugs != NULL && self->selected_drugs[i] != NULL; i++)
    {
      if (!g_str_equal (self->selected_drugs[i], id))
        g_strv_builder_add (builder, self->selected_drugs[i]);
    }
  if (active)
    g_strv_builder_add (builder, id);

  selected = g_strv_builder_end (builder);
  rc_compare_view_set_selected_drugs (self, (const char *const *) selected);
}

static void
rebuild_buttons (RcCompareView *self)
{
  GtkWidget *child;
  guint      n;

  while ((child = gtk_widget_get_first_child (self->drug_buttons)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->drug_buttons), child);

  n = self->drugs != NULL ? g_list_model_get_n_items (self->drugs) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (self->drugs, i);
      GtkWidget *button = gtk_toggle_button_new ();
      GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *check = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

      /* A tick as well as the pressed look: chosen is not told by colour
       * alone. */
      gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (content), check);
      gtk_box_append (GTK_BOX (content), gtk_label_new (rc_drug_get_name (drug)));
      gtk_button_set_child (GTK_BUTTON (button), content);
      g_object_bind_property (button, "active", check, "visible", G_BINDING_SYNC_CREATE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      rc_drug_get_name (drug), -1);

      g_object_set_data_full (G_OBJECT (button), "rc-drug-id", g_strdup (rc_drug_get_id (drug)),
                              g_free);
      gtk_widget_add_css_class (button, "rc-drug-toggle");
      g_signal_connect_object (button, "toggled", G_CALLBACK (drug_toggled_cb), self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (self->drug_buttons), button);

      /* The flow box wraps each button in a child that would take focus
       * too; one stop per drug is enough. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }

  sync_buttons (self);
}

static void
drugs_changed_cb (
    GListModel *model, guint position, guint removed, guint added, RcCompareView *self)
{
  rebuild_buttons (self);
  rebuild_table (self);
}

static void
copy_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcCompareView      *self = RC_COMPARE_VIEW (widget);
  GdkContentProvider *providers[3];
  g_autoptr (GdkContentProvider) content = NULL;
  g_autofree char *tsv = NULL;
  char            *html;
  char            *markdown;

  if (self->comparison == NULL)
    return;

  /* Spreadsheets take the tab-separated text, word processors the HTML,
   * and notes apps the Markdown: each target picks what it understands. */
  tsv = rc_table_export_to_string (self->comparison, RC_TABLE_FORMAT_TSV);
  html = rc_table_export_to_string (self->comparison, RC_TABLE_FORMAT_HTML);
  markdown = rc_table_export_to_string (self->comparison, RC_TABLE_FORMAT_MARKDOWN);

  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, tsv != NULL ? tsv : "");
  providers[1] = gdk_content_provider_new_for_bytes (
      "text/html", g_bytes_new_take (html, html != NULL ? strlen (html) : 0));
  providers[2] = gdk_content_provider_new_for_bytes (
      "text/markdown", g_bytes_new_take (markdown, markdown != NULL ? strlen (markdown) : 0));
  content = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), content);
}

static void
rc_compare_view_dispose (GObject *object)
{
  RcCompareView *self = RC_COMPARE_VIEW (object);

  if (self->drugs != NULL)
    g_signal_handlers_disconnect_by_func (self->drugs, drugs_changed_cb, self);
  g_clear_object (&self->drugs);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_COMPARE_VIEW);

  g_clear_object (&self->comparison);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_compare_view_parent_class)->dispose (object);
}

static void
rc_compare_view_finalize (GObject *object)
{
  RcCompareView *self = RC_COMPARE_VIEW (object);

  g_strfreev (self->selected_drugs);

  G_OBJECT_CLASS (rc_compare_view_parent_class)->finalize (object);
}

static void
rc_compare_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcCompareView *self = RC_COMPARE_VIEW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_SELECTED_DRUGS:
        g_value_set_boxed (value, self->selected_drugs);
        break;
      case PROP_ONLY_DIFFERENCES:
        g_value_set_boolean (value, self->only_differences);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_compare_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcCompareView *self = RC_COMPARE_VIEW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_compare_view_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_SELECTED_DRUGS:
        rc_compare_view_set_selected_drugs (self, g_value_get_boxed (value));
        break;
      case PROP_ONLY_DIFFERENCES:
        rc_compare_view_set_only_differences (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_compare_view_class_init (RcCompareViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_compare_view_dispose;
  object_class->finalize = rc_compare_view_finalize;
  object_class->get_property = rc_compare_view_get_property;
  object_class->set_property = rc_compare_view_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_DRUGS] =
      g_param_spec_boxed ("selected-drugs", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLY_DIFFERENCES] =
      g_param_spec_boolean ("only-differences", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_COMPARE_TABLE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, main_box);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, drug_buttons);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, only_differences_switch);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, table);
  gtk_widget_class_bind_template_child (widget_class, RcCompareView, charts_box);

  gtk_widget_class_install_action (widget_class, "compare.copy", NULL, copy_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "compare.copy", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-compare-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The charts of the chosen drugs, one kind at a time, on the view's
 * Charts page. */
static void
build_charts (RcCompareView *self)
{
  static const struct
  {
    RcChartKind kind;
    const char *name;
    const char *title;
  } kinds[] = {
    { RC_CHART_KIND_TITRATION, "titration", N_ ("Titration") },
    { RC_CHART_KIND_SIDE_EFFECTS, "side-effects", N_ ("Side effects") },
    { RC_CHART_KIND_CONCENTRATION, "concentration", N_ ("Concentration") },
  };
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *switcher = gtk_stack_switcher_new ();
  GtkWidget *scrolled;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *view = rc_chart_view_new (kinds[i].kind);

      g_object_bind_property (self, "knowledge-base", view, "knowledge-base",
                              G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "selected-drugs", view, "drug-ids", G_BINDING_SYNC_CREATE);
      gtk_stack_add_titled (GTK_STACK (stack), view, kinds[i].name, _ (kinds[i].title));
      self->charts[kinds[i].kind] = view;
    }

  /* Five small multiples can be taller than the window: scroll them. */
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), stack);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (stack));
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->charts_box), switcher);
  gtk_box_append (GTK_BOX (self->charts_box), scrolled);
}

static void
rc_compare_view_init (RcCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_charts (self);

  g_object_bind_property (self, "only-differences", self->only_differences_switch, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "only-differences", self->table, "only-differences",
                          G_BINDING_SYNC_CREATE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Compare drugs"), -1);

  rebuild_table (self);
}

GtkWidget *
rc_compare_view_new (void)
{
  return g_object_new (RC_TYPE_COMPARE_VIEW, NULL);
}

RcKnowledgeBase *
rc_compare_view_get_knowledge_base (RcCompareView *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_VIEW (self), NULL);

  return self->kb;
}

void
rc_compare_view_set_knowledge_base (RcCompareView *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_COMPARE_VIEW (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  if (self->drugs != NULL)
    g_signal_handlers_disconnect_by_func (self->drugs, drugs_changed_cb, self);
  g_clear_object (&self->drugs);
  if (kb != NULL)
    {
      self->drugs = g_object_ref (rc_knowledge_base_get_drugs (kb));
      g_signal_connect (self->drugs, "items-changed", G_CALLBACK (drugs_changed_cb), self);
    }

  rebuild_buttons (self);
  rebuild_table (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

const char *const *
rc_compare_view_get_selected_drugs (RcCompareView *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_VIEW (self), NULL);

  return (const char *const *) self->selected_drugs;
}

void
rc_compare_view_set_selected_drugs (RcCompareView *self, const char *const *selected_drugs)
{
  g_return_if_fail (RC_IS_COMPARE_VIEW (self));

  if (self->selected_drugs == NULL && selected_drugs == NULL)
    return;
  if (self->selected_drugs != NULL && selected_drugs != NULL &&
      g_strv_equal ((const char *const *) self->selected_drugs, selected_drugs))
    return;

  g_strfreev (self->selected_drugs);
  self->selected_drugs = g_strdupv ((char **) selected_drugs);

  sync_buttons (self);
  rebuild_table (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DRUGS]);
}

gboolean
rc_compare_view_get_only_differences (RcCompareView *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_VIEW (self), FALSE);

  return self->only_differences;
}

void
rc_compare_view_set_only_differences (RcCompareView *self, gboolean only_differences)
{
  g_return_if_fail (RC_IS_COMPARE_VIEW (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;

  self->only_differences = only_differences;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

GtkWidget *
rc_compare_view_get_chart (RcCompareView *self, RcChartKind kind)
{
  g_return_val_if_fail (RC_IS_COMPARE_VIEW (self), NULL);
  g_return_val_if_fail (kind < N_CHART_KINDS, NULL);

  return self->charts[kind];
}

GtkWidget *
rc_compare_view_get_charts_box (RcCompareView *self)
{
  g_return_val_if_fail (RC_IS_COMPARE_VIEW (self), NULL);

  return self->charts_box;
}
