/* rc-interaction-explorer.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-interaction-explorer.h"

#include "rc-clamp.h"
#include "rc-fact-line.h"
#include "rc-interaction-query.h"
#include "rc-search.h"
#include "rc-severity-badge.h"

struct _RcInteractionExplorer
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget *main_box;
  GtkWidget *search_entry;
  GtkWidget *agent_list;
  GtkWidget *results_box;

  /* Owned References */
  RcKnowledgeBase *kb;
  char           **selected_agents;
  GPtrArray       *result_order; /* drug ids (owned), as shown */

  gboolean syncing;
};

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_SELECTED_AGENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RcInteractionExplorer, rc_interaction_explorer, GTK_TYPE_WIDGET)

/* ---- The agents list ---- */

static const char *
agent_kind_label (RcAgentKind kind)
{
  switch (kind)
    {
      case RC_AGENT_CLASS:
        /* Translators: an entry in the co-medication list is a drug class. */
        return C_ ("agent kind", "Class");
      case RC_AGENT_SUBSTANCE:
        /* Translators: an entry in the co-medication list is a substance
         * such as alcohol. */
        return C_ ("agent kind", "Substance");
      case RC_AGENT_DRUG:
      default:
        /* Translators: an entry in the co-medication list is one drug. */
        return C_ ("agent kind", "Drug");
    }
}

static gboolean
is_selected (RcInteractionExplorer *self, const char *agent_id)
{
  return self->selected_agents != NULL &&
         g_strv_contains ((const char *const *) self->selected_agents, agent_id);
}

static void
sync_checks (RcInteractionExplorer *self)
{
  self->syncing = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (self->agent_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "rc-check");

      if (check != NULL)
        gtk_check_button_set_active (
            GTK_CHECK_BUTTON (check),
            is_selected (self, g_object_get_data (G_OBJECT (row), "rc-agent-id")));
    }
  self->syncing = FALSE;
}

static void
check_toggled_cb (GtkCheckButton *check, RcInteractionExplorer *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "rc-agent-id");
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) selected = NULL;

  if (self->syncing)
    return;

  /* Pick order is kept: a newly ticked agent goes last. */
  for (guint i = 0; self->selected_agents != NULL && self->selected_agents[i] != NULL; i++)
    if (!g_str_equal (self->selected_agents[i], id))
      g_strv_builder_add (builder, self->selected_agents[i]);
  if (gtk_check_button_get_active (check))
    g_strv_builder_add (builder, id);

  selected = g_strv_builder_end (builder);
  rc_interaction_explorer_set_selected_agents (self, (const char *const *) selected);
}

/* Case- and accent-insensitive: "cipro" finds "Ciprofloxacin", "rifamp"
 * finds "Rifampicin (rifampin)". */
static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : text, -1);
  g_autoptr (GString) out = g_string_new (NULL);

  /* Drop combining marks, keep the base letters. */
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
filter_row (GtkListBoxRow *row, gpointer user_data)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (user_data);
  const char            *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char            *key = g_object_get_data (G_OBJECT (row), "rc-search-key");
  g_autofree char       *folded = NULL;

  if (query == NULL || *query == '\0' || key == NULL)
    return TRUE;

  folded = fold (query);
  return strstr (key, g_strstrip (folded)) != NULL;
}

static void
search_changed_cb (RcInteractionExplorer *self, GtkSearchEntry *entry)
{
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->agent_list));
}

/* Enter in the filter ticks (or unticks) the first agent still listed:
 * "cipro", Enter. */
static void
search_activate_cb (RcInteractionExplorer *self, GtkSearchEntry *entry)
{
  for (GtkWidget *row = gtk_widget_get_first_child (self->agent_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (row), "rc-check");

      if (check != NULL && gtk_widget_get_child_visible (row))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                       !gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
          return;
        }
    }
}

/* Escape empties the filter. */
static void
search_stop_cb (RcInteractionExplorer *self, GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
rebuild_agents (RcInteractionExplorer *self)
{
  GListModel *agents = self->kb != NULL ? rc_knowledge_base_get_agents (self->kb) : NULL;
  guint       n = agents != NULL ? g_list_model_get_n_items (agents) : 0;
  GtkWidget  *child;

  while ((child = gtk_widget_get_first_child (self->agent_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->agent_list), child);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcAgent) agent = g_list_model_get_item (agents, i);
      GtkWidget       *row = gtk_list_box_row_new ();
      GtkWidget       *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget       *check = gtk_check_button_new_with_label (rc_agent_get_label (agent));
      GtkWidget       *kind = gtk_label_new (agent_kind_label (rc_agent_get_kind (agent)));
      g_autofree char *key = NULL;
      g_autofree char *both = NULL;

      gtk_widget_set_hexpand (check, TRUE);
      gtk_box_append (GTK_BOX (box), check);
      gtk_widget_add_css_class (kind, "dim-label");
      gtk_widget_add_css_class (kind, "caption");
      gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), kind);

      /* The check box takes the focus and says "checked"; the row does not
       * need a stop of its own. */
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_widget_set_focusable (row, FALSE);
      gtk_widget_add_css_class (row, "rc-agent-row");

      /* Translators: the spoken name of a co-medication check box; %1$s is
       * a drug, class or substance, %2$s its kind ("Class"). */
      both = g_strdup_printf (C_ ("agent check box", "%1$s (%2$s)"), rc_agent_get_label (agent),
                              agent_kind_label (rc_agent_get_kind (agent)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, both,
                                      -1);

      key = g_strdup_printf ("%s %s", rc_agent_get_label (agent), rc_agent_get_id (agent));
      g_object_set_data_full (G_OBJECT (row), "rc-search-key", fold (key), g_free);
      g_object_set_data_full (G_OBJECT (row), "rc-agent-id", g_strdup (rc_agent_get_id (agent)),
                              g_free);
      g_object_set_data_full (G_OBJECT (check), "rc-agent-id", g_strdup (rc_agent_get_id (agent)),
                              g_free);
      g_object_set_data (G_OBJECT (row), "rc-check", check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);

      gtk_list_box_append (GTK_LIST_BOX (self->agent_list), row);
    }

  sync_checks (self);
}

/* ---- Results ---- */

static const char *
agent_label (RcInteractionExplorer *self, const char *id)
{
  RcAgent *agent = rc_knowledge_base_lookup_agent (self->kb, id);

  return agent != NULL ? rc_agent_get_label (agent) : id;
}

/* The label of the agent through which an interaction concerns a pick:
 * NULL when it names the pick itself, else the first class or member it
 * names that the pick expands to. */
static const char *
match_via (RcInteractionExplorer *self, const RcInteraction *interaction, const char *picked)
{
  g_auto (GStrv) expanded = NULL;

  if (g_strv_contains ((const char *const *) interaction->agents, picked))
    return NULL;

  expanded = rc_interaction_query_expand (self->kb, picked);
  for (guint i = 0; interaction->agents[i] != NULL; i++)
    if (g_strv_contains ((const char *const *) expanded, interaction->agents[i]))
      return agent_label (self, interaction->agents[i]);

  return NULL;
}

static GtkWidget *
new_text (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_match (RcInteractionExplorer *self, RcInteractionMatch *match, guint n_selected)
{
  const RcInteraction *interaction = match->interaction;
  GtkWidget           *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget           *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget           *badge = rc_severity_badge_new_for_severity (interaction->severity);
  GtkWidget           *agent;

  gtk_widget_add_css_class (row, "rc-explorer-match");
  gtk_widget_set_size_request (badge, 140, -1);
  gtk_box_append (GTK_BOX (row), badge);

  gtk_widget_set_hexpand (column, TRUE);
  agent = new_text (interaction->agent, "rc-explorer-agent");
  gtk_box_append (GTK_BOX (column), agent);
  gtk_box_append (GTK_BOX (column), rc_fact_line_new (match->drug, NULL, interaction->effect,
                                                      (const char *const *) interaction->sources,
                                                      interaction->unverified));
  if (interaction->mechanism != NULL)
    {
      g_autofree char *mechanism = NULL;

      /* Translators: %s explains how an interaction comes about. */
      mechanism = g_strdup_printf (_ ("Mechanism: %s"), interaction->mechanism);
      gtk_box_append (GTK_BOX (column), new_text (mechanism, "dim-label"));
    }

  /* Which pick it answers, when that is not obvious: several picks, or a
   * match through a class. */
  if (n_selected > 1 || !match->direct)
    {
      g_autoptr (GString) lines = g_string_new (NULL);

      for (guint i = 0; match->selected != NULL && match->selected[i] != NULL; i++)
        {
          const char      *via = match_via (self, interaction, match->selected[i]);
          g_autofree char *line = NULL;

          if (via == NULL)
            /* Translators: under an interaction; %s is a co-medication the
             * person picked, named by the label itself. */
            line = g_strdup_printf (_ ("Matches %s"), agent_label (self, match->selected[i]));
          else
            /* Translators: under an interaction; %1$s is a co-medication
             * the person picked, %2$s the class (or member) the label
             * names instead, e.g. "Matches Ciprofloxacin through “CYP1A2
             * inhibitors”". */
            line = g_strdup_printf (_ ("Matches %1$s through “%2$s”"),
                                    agent_label (self, match->selected[i]), via);
          if (lines->len > 0)
            g_string_append_c (lines, '\n');
          g_string_append (lines, line);
        }
      gtk_box_append (GTK_BOX (column), new_text (lines->str, "rc-explorer-why"));
    }
  gtk_box_append (GTK_BOX (row), column);

  return row;
}

static GtkWidget *
new_drug_group (RcInteractionExplorer *self, RcDrug *drug, GPtrArray *matches, guint n_selected)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name =
      g_object_new (GTK_TYPE_LABEL, "label", rc_drug_get_name (drug), "xalign", 0.0f, "wrap", TRUE,
                    "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  GtkWidget       *button;
  g_autofree char *go_to = NULL;
  guint            n = 0;

  gtk_widget_add_css_class (group, "rc-explorer-drug");
  g_object_set_data_full (G_OBJECT (group), "rc-drug-id", g_strdup (rc_drug_get_id (drug)), g_free);

  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "rc-explorer-drug-name");
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (header), name);

  /* Translators: a button in the interaction explorer; %1$s is the section
   * heading "Interactions", %2$s a drug name. */
  go_to = g_strdup_printf (_ ("Go to %1$s of %2$s"), rc_section_get_label (RC_SECTION_INTERACTIONS),
                           rc_drug_get_name (drug));
  button = gtk_button_new_with_label (go_to);
  gtk_button_set_has_frame (GTK_BUTTON (button), FALSE);
  gtk_widget_add_css_class (button, "rc-go-to-section");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "explorer.go-to");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", rc_drug_get_id (drug));
  gtk_box_append (GTK_BOX (header), button);
  gtk_box_append (GTK_BOX (group), header);

  for (guint i = 0; i < matches->len; i++)
    {
      RcInteractionMatch *match = g_ptr_array_index (matches, i);

      if (match->drug != drug)
        continue;
      gtk_box_append (GTK_BOX (group), new_match (self, match, n_selected));
      n++;
    }

  /* Silence in the sources is not safety: say only what is known. */
  if (n == 0)
    {
      GtkWidget *none = new_text (_ ("No interaction listed in the sources"), "rc-explorer-none");

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (group), none);
    }

  return group;
}

typedef struct
{
  RcDrug    *drug;
  guint      position;
  gboolean   has;
  RcSeverity worst;
} DrugOrder;

static int
compare_drug_order (gconstpointer a, gconstpointer b)
{
  const DrugOrder *da = a;
  const DrugOrder *db = b;

  if (da->has != db->has)
    return da->has ? -1 : 1;
  if (da->has && da->worst != db->worst)
    return (int) da->worst - (int) db->worst; /* the enum runs worst first */
  return (int) da->position - (int) db->position;
}

static void
rebuild_results (RcInteractionExplorer *self)
{
  guint n_selected = self->selected_agents != NULL ? g_strv_length (self->selected_agents) : 0;
  GListModel *drugs = self->kb != NULL ? rc_knowledge_base_get_drugs (self->kb) : NULL;
  guint       n_drugs = drugs != NULL ? g_list_model_get_n_items (drugs) : 0;
  g_autoptr (GPtrArray) matches = NULL;
  g_autoptr (GArray) order = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->results_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->results_box), child);
  g_ptr_array_set_size (self->result_order, 0);

  if (self->kb == NULL || n_selected == 0)
    {
      gtk_box_append (
          GTK_BOX (self->results_box),
          new_text (_ ("Tick one or more co-medications or classes to see what the sources list "
                       "for each muscle relaxant, worst first."),
                    "rc-explorer-hint"));
      return;
    }

  matches = rc_interaction_query (self->kb, (const char *const *) self->selected_agents);

  /* Relaxants in order of their worst listed interaction; those with
   * nothing listed come last, in knowledge-base order. */
  order = g_array_sized_new (FALSE, TRUE, sizeof (DrugOrder), n_drugs);
  for (guint i = 0; i < n_drugs; i++)
    {
      DrugOrder entry = { .drug = g_list_model_get_item (drugs, i), .position = i };

      entry.has = rc_interaction_query_worst_for_drug (matches, entry.drug, &entry.worst);
      g_array_append_val (order, entry);
    }
  g_array_sort (order, compare_drug_order);

  for (guint i = 0; i < order->len; i++)
    {
      DrugOrder *entry = &g_array_index (order, DrugOrder, i);

      gtk_box_append (GTK_BOX (self->results_box),
                      new_drug_group (self, entry->drug, matches, n_selected));
      g_ptr_array_add (self->result_order, g_strdup (rc_drug_get_id (entry->drug)));
      g_object_unref (entry->drug);
    }
}

/* ---- Actions ---- */

static void
clear_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  rc_interaction_explorer_set_selected_agents (RC_INTERACTION_EXPLORER (widget), NULL);
}

static void
go_to_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (widget);
  const char            *drug_id = g_variant_get_string (parameter, NULL);
  gboolean               handled = FALSE;

  g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, drug_id, RC_SECTION_INTERACTIONS, &handled);
  if (!handled)
    gtk_widget_activate_action (widget, "win.show-section", "(ss)", drug_id,
                                RC_SECTION_INTERACTIONS);
}

/* ---- GObject ---- */

static void
rc_interaction_explorer_dispose (GObject *object)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_INTERACTION_EXPLORER);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_interaction_explorer_parent_class)->dispose (object);
}

static void
rc_interaction_explorer_finalize (GObject *object)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (object);

  g_strfreev (self->selected_agents);
  g_ptr_array_unref (self->result_order);

  G_OBJECT_CLASS (rc_interaction_explorer_parent_class)->finalize (object);
}

static void
rc_interaction_explorer_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_SELECTED_AGENTS:
        g_value_set_boxed (value, self->selected_agents);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_interaction_explorer_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_interaction_explorer_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_SELECTED_AGENTS:
        rc_interaction_explorer_set_selected_agents (self, g_value_get_boxed (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The content is only measured once the view is first shown: GtkNotebook
 * measures every page, hidden or not, and the hidden student views were a
 * third of the window's first layout (tests/bench). Until then the view
 * measures as empty; its widgets exist and are filled as before. */
static void
rc_interaction_explorer_map (GtkWidget *widget)
{
  RcInteractionExplorer *self = RC_INTERACTION_EXPLORER (widget);

  gtk_widget_set_visible (self->main_box, TRUE);
  GTK_WIDGET_CLASS (rc_interaction_explorer_parent_class)->map (widget);
}

static void
rc_interaction_explorer_class_init (RcInteractionExplorerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_interaction_explorer_dispose;
  object_class->finalize = rc_interaction_explorer_finalize;
  object_class->get_property = rc_interaction_explorer_get_property;
  object_class->set_property = rc_interaction_explorer_set_property;

  widget_class->map = rc_interaction_explorer_map;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_AGENTS] =
      g_param_spec_boxed ("selected-agents", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_NAVIGATE] = g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, g_signal_accumulator_true_handled, NULL, NULL,
                                           G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (RC_TYPE_CLAMP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rc-interaction-explorer.ui");
  gtk_widget_class_bind_template_child (widget_class, RcInteractionExplorer, main_box);
  gtk_widget_class_bind_template_child (widget_class, RcInteractionExplorer, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RcInteractionExplorer, agent_list);
  gtk_widget_class_bind_template_child (widget_class, RcInteractionExplorer, results_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  gtk_widget_class_install_action (widget_class, "explorer.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "explorer.go-to", "s", go_to_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-interaction-explorer");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_interaction_explorer_init (RcInteractionExplorer *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->main_box, FALSE);

  self->result_order = g_ptr_array_new_with_free_func (g_free);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->agent_list), filter_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Interaction explorer"), -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "explorer.clear", FALSE);

  rebuild_results (self);
}

GtkWidget *
rc_interaction_explorer_new (void)
{
  return g_object_new (RC_TYPE_INTERACTION_EXPLORER, NULL);
}

RcKnowledgeBase *
rc_interaction_explorer_get_knowledge_base (RcInteractionExplorer *self)
{
  g_return_val_if_fail (RC_IS_INTERACTION_EXPLORER (self), NULL);

  return self->kb;
}

void
rc_interaction_explorer_set_knowledge_base (RcInteractionExplorer *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_INTERACTION_EXPLORER (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  rebuild_agents (self);
  rebuild_results (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

const char *const *
rc_interaction_explorer_get_selected_agents (RcInteractionExplorer *self)
{
  g_return_val_if_fail (RC_IS_INTERACTION_EXPLORER (self), NULL);

  return (const char *const *) self->selected_agents;
}

void
rc_interaction_explorer_set_selected_agents (RcInteractionExplorer *self,
                                             const char *const     *agent_ids)
{
  g_return_if_fail (RC_IS_INTERACTION_EXPLORER (self));

  /* An empty list and NULL are the same choice: nothing. */
  if (agent_ids != NULL && agent_ids[0] == NULL)
    agent_ids = NULL;
  if (self->selected_agents == NULL && agent_ids == NULL)
    return;
  if (self->selected_agents != NULL && agent_ids != NULL &&
      g_strv_equal ((const char *const *) self->selected_agents, agent_ids))
    return;

  g_strfreev (self->selected_agents);
  self->selected_agents = g_strdupv ((char **) agent_ids);

  sync_checks (self);
  rebuild_results (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "explorer.clear",
                                 self->selected_agents != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_AGENTS]);
}

char **
rc_interaction_explorer_dup_result_order (RcInteractionExplorer *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (RC_IS_INTERACTION_EXPLORER (self), NULL);

  for (guint i = 0; i < self->result_order->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->result_order, i));

  return g_strv_builder_end (builder);
}
