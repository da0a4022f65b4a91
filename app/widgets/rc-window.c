/* rc-window.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-compare-view.h"
#include "rc-handout-print.h"
#include "rc-interaction-explorer.h"
#include "rc-populations-matrix.h"
#include "rc-presentation.h"
#include "rc-study-view.h"
#include "rc-table-export-dialog.h"
#include "rc-drug-page.h"
#include "rc-window.h"

struct _RcWindow
{
  GtkApplicationWindow parent_instance;

  /* Template Widgets */
  GtkSearchBar     *search_bar;
  RcSearchPanel    *search_panel;
  RcProblemsBanner *problems_banner;
  GtkNotebook      *notebook;
  GtkWidget        *compare_view;
  GtkWidget        *study_view;
  GtkWidget        *interaction_explorer;
  GtkWidget        *populations_matrix;

  /* Borrowed References */
  GtkWindow *presentation; /* weak: the running presentation, or NULL */

  /* Owned References */
  RcKnowledgeBase *kb;
  GSettings       *settings; /* or NULL */

  gboolean restoring; /* do not save what is being restored */
};

G_DEFINE_FINAL_TYPE (RcWindow, rc_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_SETTINGS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static char *
page_dup_id (RcWindow *self, GtkWidget *page)
{
  char *drug_id = NULL;

  if (page == NULL)
    return NULL;
  if (page == self->compare_view)
    return g_strdup (RC_WINDOW_TAB_COMPARE);
  if (page == self->study_view)
    return g_strdup (RC_WINDOW_TAB_STUDY);
  if (page == self->interaction_explorer)
    return g_strdup (RC_WINDOW_TAB_INTERACTIONS);
  if (page == self->populations_matrix)
    return g_strdup (RC_WINDOW_TAB_POPULATIONS);
  if (RC_IS_DRUG_PAGE (page))
    g_object_get (page, "drug-id", &drug_id, NULL);
  return drug_id;
}

static int
find_page (RcWindow *self, const char *tab_id)
{
  int n = gtk_notebook_get_n_pages (self->notebook);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *id = page_dup_id (self, gtk_notebook_get_nth_page (self->notebook, i));

      if (g_strcmp0 (id, tab_id) == 0)
        return i;
    }
  return -1;
}

/* The .ui file has the five built-in drugs, then the student views; drugs
 * from extra knowledge-base files get tabs right after the built-in drugs,
 * in knowledge-base order. */
static void
add_extra_drug_tabs (RcWindow *self)
{
  GListModel *drugs;
  guint       n;
  int         position = 0;

  for (int i = 0; i < gtk_notebook_get_n_pages (self->notebook); i++)
    {
      if (RC_IS_DRUG_PAGE (gtk_notebook_get_nth_page (self->notebook, i)))
        position = i + 1;
    }

  if (self->kb == NULL)
    return;

  drugs = rc_knowledge_base_get_drugs (self->kb);
  n = g_list_model_get_n_items (drugs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      const char *id = rc_drug_get_id (drug);
      GtkWidget  *page;

      if (find_page (self, id) >= 0)
        continue;

      page = g_object_new (RC_TYPE_DRUG_PAGE, "drug-id", id, "knowledge-base", self->kb, NULL);
      gtk_notebook_insert_page (self->notebook, page, gtk_label_new (rc_drug_get_name (drug)),
                                position++);
    }
}

static void
restore_state (RcWindow *self)
{
  g_autofree char *last_tab = NULL;
  int              width, height;

  if (self->settings == NULL)
    return;

  self->restoring = TRUE;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_tab = g_settings_get_string (self->settings, "last-tab");
  if (!rc_window_show_tab (self, last_tab))
    gtk_notebook_set_current_page (self->notebook, 0);

  g_settings_bind (self->settings, "compare-drugs", self->compare_view, "selected-drugs",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "only-differences", self->compare_view, "only-differences",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (
      self->settings, "titration-view",
      rc_compare_view_get_chart (RC_COMPARE_VIEW (self->compare_view), RC_CHART_KIND_TITRATION),
      "titration-mode", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (
      self->settings, "side-effects-top",
      rc_compare_view_get_chart (RC_COMPARE_VIEW (self->compare_view), RC_CHART_KIND_SIDE_EFFECTS),
      "top-n", G_SETTINGS_BIND_DEFAULT);

  self->restoring = FALSE;
}

static void
save_window_state (RcWindow *self)
{
  gboolean maximized;
  int      width, height;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  /* A maximized size is the screen's; keep the one to return to. */
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static void
notebook_page_changed_cb (RcWindow *self, GParamSpec *pspec, GtkNotebook *notebook)
{
  int              page = gtk_notebook_get_current_page (notebook);
  g_autofree char *id = NULL;

  /* The study view answers to single keys (1–4, Space), which would start
   * a search if the focus stayed outside it. */
  if (page >= 0 && gtk_notebook_get_nth_page (notebook, page) == self->study_view)
    gtk_widget_grab_focus (self->study_view);

  if (self->settings == NULL || self->restoring)
    return;

  id = rc_window_dup_tab_id (self, page);
  if (id != NULL)
    g_settings_set_string (self->settings, "last-tab", id);
}

static void
search_hit_activated_cb (RcWindow      *self,
                         const char    *drug_id,
                         const char    *section_id,
                         RcSearchPanel *panel)
{
  /* Close the search first, so the section gets the focus and the page
   * its full height. */
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  rc_window_show_section (self, drug_id, section_id);
}

static void
show_tab_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow *self = RC_WINDOW (user_data);
  int       position = g_variant_get_int32 (parameter);

  if (position >= 0 && position < gtk_notebook_get_n_pages (self->notebook))
    gtk_notebook_set_current_page (self->notebook, position);
}

static void
step_tab (RcWindow *self, int step)
{
  int n = gtk_notebook_get_n_pages (self->notebook);
  int current = gtk_notebook_get_current_page (self->notebook);

  if (n > 0)
    gtk_notebook_set_current_page (self->notebook, (current + step + n) % n);
}

static void
previous_tab_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  step_tab (RC_WINDOW (user_data), -1);
}

static void
next_tab_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  step_tab (RC_WINDOW (user_data), 1);
}

/* Ctrl+F opens the search, moves the focus back to it when it is open
 * elsewhere, and closes it from the entry. */
static void
search_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow  *self = RC_WINDOW (user_data);
  GtkWidget *entry = GTK_WIDGET (rc_search_panel_get_entry (self->search_panel));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  else if (focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)))
    gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  else
    gtk_widget_grab_focus (entry);
}

/* The drugs of the Compare tab, in its column order: what the handout and
 * the table export are about. */
static const char *const *
chosen_drugs (RcWindow *self)
{
  return rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (self->compare_view));
}

static void
print_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow *self = RC_WINDOW (user_data);

  rc_handout_print_run (GTK_WINDOW (self), self->kb, chosen_drugs (self));
}

static void
export_handout_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow *self = RC_WINDOW (user_data);

  rc_handout_print_export_pdf (GTK_WINDOW (self), self->kb, chosen_drugs (self));
}

static void
export_table_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow *self = RC_WINDOW (user_data);

  rc_table_export_dialog_show (GTK_WINDOW (self), self->kb, chosen_drugs (self));
}

/* Student views ask for a drug's section: (ss) drug id, section id. */
static void
show_section_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  const char *drug_id, *section_id;

  g_variant_get (parameter, "(&s&s)", &drug_id, &section_id);
  rc_window_show_section (RC_WINDOW (user_data), drug_id, section_id);
}

/* F5: the chosen drugs full screen, on the monitor this window is on. A
 * second F5 brings the running presentation back rather than opening
 * another. */
static void
present_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcWindow      *self = RC_WINDOW (user_data);
  RcCompareView *view = RC_COMPARE_VIEW (self->compare_view);

  if (self->presentation != NULL)
    {
      gtk_window_present (self->presentation);
      return;
    }

  self->presentation = GTK_WINDOW (
      rc_presentation_new (GTK_WINDOW (self), self->kb, rc_compare_view_get_selected_drugs (view)));
  g_object_add_weak_pointer (G_OBJECT (self->presentation), (gpointer *) &self->presentation);
  rc_presentation_set_only_differences (RC_PRESENTATION (self->presentation),
                                        rc_compare_view_get_only_differences (view));
  rc_presentation_start (RC_PRESENTATION (self->presentation));
}

/* A comparison needs two drugs. */
static void
update_present_action (RcWindow *self)
{
  const char *const *drugs =
      rc_compare_view_get_selected_drugs (RC_COMPARE_VIEW (self->compare_view));
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "present");

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action),
                               drugs != NULL && g_strv_length ((char **) drugs) >= 2);
}

static const GActionEntry win_entries[] = {
  { "show-tab", show_tab_activated, "i" },
  { "previous-tab", previous_tab_activated },
  { "next-tab", next_tab_activated },
  { "search", search_activated },
  { "present", present_activated },
  { "print", print_activated },
  { "export-handout", export_handout_activated },
  { "export-table", export_table_activated },
  { "show-section", show_section_activated, "(ss)" },
};

static gboolean
rc_window_close_request (GtkWindow *window)
{
  save_window_state (RC_WINDOW (window));

  return GTK_WINDOW_CLASS (rc_window_parent_class)->close_request (window);
}

static void
rc_window_constructed (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  G_OBJECT_CLASS (rc_window_parent_class)->constructed (object);

  add_extra_drug_tabs (self);
  restore_state (self);
}

static void
rc_window_dispose (GObject *object)
{
  RcWindow *self = RC_WINDOW (object);

  if (self->presentation != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->presentation), (gpointer *) &self->presentation);
  self->presentation = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_window_parent_class)->dispose (object);
}

static void
rc_window_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_SETTINGS:
        g_value_set_object (value, self->settings);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_window_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcWindow *self = RC_WINDOW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        /* Construct-only; the notification reaches the template bindings
         * once construction is over. */
        if (g_set_object (&self->kb, g_value_get_object (value)))
          g_object_notify_by_pspec (object, pspec);
        break;
      case PROP_SETTINGS:
        g_set_object (&self->settings, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_window_class_init (RcWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rc_window_constructed;
  object_class->dispose = rc_window_dispose;
  object_class->get_property = rc_window_get_property;
  object_class->set_property = rc_window_set_property;
  window_class->close_request = rc_window_close_request;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
      g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_COMPARE_VIEW);
  g_type_ensure (RC_TYPE_DRUG_PAGE);
  g_type_ensure (RC_TYPE_INTERACTION_EXPLORER);
  g_type_ensure (RC_TYPE_POPULATIONS_MATRIX);
  g_type_ensure (RC_TYPE_STUDY_VIEW);
  g_type_ensure (RC_TYPE_PROBLEMS_BANNER);
  g_type_ensure (RC_TYPE_SEARCH_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RcWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, search_panel);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, problems_banner);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, notebook);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, compare_view);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, study_view);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, interaction_explorer);
  gtk_widget_class_bind_template_child (widget_class, RcWindow, populations_matrix);
  gtk_widget_class_bind_template_callback (widget_class, notebook_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_hit_activated_cb);
}

static void
rc_window_init (RcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries, G_N_ELEMENTS (win_entries),
                                   self);

  g_signal_connect_object (self->compare_view, "notify::selected-drugs",
                           G_CALLBACK (update_present_action), self, G_CONNECT_SWAPPED);
  update_present_action (self);

  gtk_search_bar_connect_entry (self->search_bar, rc_search_panel_get_entry (self->search_panel));
  /* Typing anywhere in the window starts a search. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  if (g_str_equal (PROFILE, "development"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

RcWindow *
rc_window_new (RcApplication *application)
{
  RcWindow *self;

  g_return_val_if_fail (RC_IS_APPLICATION (application), NULL);

  self = g_object_new (RC_TYPE_WINDOW, "application", application, "knowledge-base",
                       rc_application_get_knowledge_base (application), "settings",
                       rc_application_get_settings (application), NULL);
  rc_problems_banner_set_message (self->problems_banner,
                                  rc_application_get_settings_notice (application));
  return self;
}

RcKnowledgeBase *
rc_window_get_knowledge_base (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->kb;
}

gboolean
rc_window_show_tab (RcWindow *self, const char *tab_id)
{
  int position;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);

  position = tab_id != NULL ? find_page (self, tab_id) : -1;
  if (position < 0)
    return FALSE;

  gtk_notebook_set_current_page (self->notebook, position);
  return TRUE;
}

gboolean
rc_window_show_section (RcWindow *self, const char *drug_id, const char *section_id)
{
  GtkWidget *page;
  int        position;

  g_return_val_if_fail (RC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (drug_id != NULL, FALSE);

  position = find_page (self, drug_id);
  if (position < 0)
    return FALSE;

  gtk_notebook_set_current_page (self->notebook, position);
  page = gtk_notebook_get_nth_page (self->notebook, position);
  if (section_id == NULL || !RC_IS_DRUG_PAGE (page))
    return TRUE;
  return rc_drug_page_show_section (RC_DRUG_PAGE (page), section_id);
}

char *
rc_window_dup_tab_id (RcWindow *self, int position)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  if (position < 0 || position >= gtk_notebook_get_n_pages (self->notebook))
    return NULL;
  return page_dup_id (self, gtk_notebook_get_nth_page (self->notebook, position));
}

GtkNotebook *
rc_window_get_notebook (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->notebook;
}

GtkSearchBar *
rc_window_get_search_bar (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->search_bar;
}

RcSearchPanel *
rc_window_get_search_panel (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->search_panel;
}

RcProblemsBanner *
rc_window_get_problems_banner (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->problems_banner;
}

GtkWidget *
rc_window_get_compare_view (RcWindow *self)
{
  g_return_val_if_fail (RC_IS_WINDOW (self), NULL);

  return self->compare_view;
}
