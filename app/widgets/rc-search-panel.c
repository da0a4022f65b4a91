/* rc-search-panel.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-search-panel.h"

struct _RcSearchPanel
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkSearchEntry *entry;
  GtkLabel       *status_label;
  GtkWidget      *results_scroller;
  GtkListBox     *results;

  /* Owned References */
  RcKnowledgeBase *kb;
  GPtrArray       *hits; /* of RcSearchHit*, or NULL */
};

G_DEFINE_FINAL_TYPE (RcSearchPanel, rc_search_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  N_PROPS,
};

enum
{
  HIT_ACTIVATED,
  N_SIGNALS,
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static GtkWidget *
create_row (const RcSearchHit *hit)
{
  const char      *drug_name = rc_drug_get_name (hit->drug);
  const char      *section = rc_section_get_label (hit->section_id);
  g_autofree char *title = NULL;
  GtkWidget       *row, *box, *title_label, *snippet_label;

  if (section == NULL)
    section = hit->section_id;

  /* Translators: a search result: a drug's name, then the heading of the
   * section of its page where the text was found. */
  title = g_strdup_printf (C_ ("search result", "%s — %s"), drug_name, section);

  title_label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_widget_add_css_class (title_label, "heading");

  snippet_label = gtk_label_new (hit->snippet);
  gtk_label_set_xalign (GTK_LABEL (snippet_label), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet_label), PANGO_WRAP_WORD_CHAR);
  /* A wrapping label asks for the height of its narrowest width; a sensible
   * minimum width keeps rows from growing empty space. */
  gtk_label_set_width_chars (GTK_LABEL (snippet_label), 40);
  gtk_label_set_max_width_chars (GTK_LABEL (snippet_label), 60);
  gtk_label_set_yalign (GTK_LABEL (snippet_label), 0);
  gtk_widget_add_css_class (snippet_label, "dim-label");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), snippet_label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hit->snippet, -1);
  return row;
}

static void
clear_results (RcSearchPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results))) != NULL)
    gtk_list_box_remove (self->results, child);
  g_clear_pointer (&self->hits, g_ptr_array_unref);
}

static void
run_search (RcSearchPanel *self)
{
  const char      *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (query));
  g_autofree char *status = NULL;
  guint            n;

  clear_results (self);

  if (self->kb == NULL || *stripped == '\0')
    {
      gtk_widget_set_visible (self->results_scroller, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
      return;
    }

  self->hits = rc_search (self->kb, stripped);
  n = self->hits->len;
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->results, create_row (g_ptr_array_index (self->hits, i)));

  if (n == 0)
    /* Translators: %s is what the user searched for. */
    status = g_strdup_printf (_ ("No results for “%s”"), stripped);
  else
    /* Translators: %u is the number of search results. */
    status = g_strdup_printf (ngettext ("%u result", "%u results", n), n);
  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), TRUE);
  gtk_widget_set_visible (self->results_scroller, n > 0);

  /* The first hit is what Enter opens; show it as selected. */
  if (n > 0)
    gtk_list_box_select_row (self->results, gtk_list_box_get_row_at_index (self->results, 0));
}

static void
activate_hit (RcSearchPanel *self, guint position)
{
  const RcSearchHit *hit;
  g_autofree char   *drug_id = NULL;
  g_autofree char   *section_id = NULL;

  if (self->hits == NULL || position >= self->hits->len)
    return;

  /* Copies: a handler may close the search, which clears the hits. */
  hit = g_ptr_array_index (self->hits, position);
  drug_id = g_strdup (rc_drug_get_id (hit->drug));
  section_id = g_strdup (hit->section_id);
  g_signal_emit (self, signals[HIT_ACTIVATED], 0, drug_id, section_id);
}

static void
search_changed_cb (RcSearchPanel *self, GtkSearchEntry *entry)
{
  run_search (self);
}

static void
entry_activate_cb (RcSearchPanel *self, GtkSearchEntry *entry)
{
  /* Enter may come before the delayed search-changed: search now. */
  run_search (self);
  activate_hit (self, 0);
}

static void
row_activated_cb (RcSearchPanel *self, GtkListBoxRow *row, GtkListBox *list)
{
  activate_hit (self, (guint) gtk_list_box_row_get_index (row));
}

/* Down in the entry moves into the results, Up on the first result back. */
static gboolean
entry_key_pressed_cb (RcSearchPanel         *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  first = gtk_list_box_get_row_at_index (self->results, 0);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (first));
  return TRUE;
}

static gboolean
results_keynav_failed_cb (RcSearchPanel *self, GtkDirectionType direction, GtkWidget *list)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  return TRUE;
}

/* Escape in the results closes the search like Escape in the entry. */
static gboolean
stop_search (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  GtkWidget *bar = gtk_widget_get_ancestor (widget, GTK_TYPE_SEARCH_BAR);

  if (bar == NULL)
    return FALSE;
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (bar), FALSE);
  return TRUE;
}

static void
rc_search_panel_dispose (GObject *object)
{
  RcSearchPanel *self = RC_SEARCH_PANEL (object);
  GtkWidget     *child;

  g_clear_pointer (&self->hits, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_SEARCH_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_search_panel_parent_class)->dispose (object);
}

static void
rc_search_panel_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSearchPanel *self = RC_SEARCH_PANEL (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_search_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcSearchPanel *self = RC_SEARCH_PANEL (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_search_panel_set_knowledge_base (self, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_search_panel_class_init (RcSearchPanelClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_search_panel_dispose;
  object_class->get_property = rc_search_panel_get_property;
  object_class->set_property = rc_search_panel_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RcSearchPanel::hit-activated:
   * @drug_id: the drug of the hit
   * @section_id: an RC_SECTION_* id
   */
  signals[HIT_ACTIVATED] =
      g_signal_new ("hit-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RcSearchPanel, entry);
  gtk_widget_class_bind_template_child (widget_class, RcSearchPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, RcSearchPanel, results_scroller);
  gtk_widget_class_bind_template_child (widget_class, RcSearchPanel, results);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_keynav_failed_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, stop_search, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-search-panel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
}

static void
rc_search_panel_init (RcSearchPanel *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Search all drugs"), -1);
}

GtkWidget *
rc_search_panel_new (void)
{
  return g_object_new (RC_TYPE_SEARCH_PANEL, NULL);
}

RcKnowledgeBase *
rc_search_panel_get_knowledge_base (RcSearchPanel *self)
{
  g_return_val_if_fail (RC_IS_SEARCH_PANEL (self), NULL);

  return self->kb;
}

void
rc_search_panel_set_knowledge_base (RcSearchPanel *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_SEARCH_PANEL (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  run_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

GtkEditable *
rc_search_panel_get_entry (RcSearchPanel *self)
{
  g_return_val_if_fail (RC_IS_SEARCH_PANEL (self), NULL);

  return GTK_EDITABLE (self->entry);
}

GtkListBox *
rc_search_panel_get_results (RcSearchPanel *self)
{
  g_return_val_if_fail (RC_IS_SEARCH_PANEL (self), NULL);

  return self->results;
}

guint
rc_search_panel_get_n_hits (RcSearchPanel *self)
{
  g_return_val_if_fail (RC_IS_SEARCH_PANEL (self), 0);

  return self->hits != NULL ? self->hits->len : 0;
}

const RcSearchHit *
rc_search_panel_get_hit (RcSearchPanel *self, guint position)
{
  g_return_val_if_fail (RC_IS_SEARCH_PANEL (self), NULL);

  if (self->hits == NULL || position >= self->hits->len)
    return NULL;
  return g_ptr_array_index (self->hits, position);
}
