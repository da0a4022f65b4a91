/* rc-study-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-study-view-private.h"

#include "rc-clamp.h"
#include "rc-quiz.h"
#include "rc-section-heading.h"

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_PROGRESS_PATH,
  PROP_MODE,
  PROP_DRUG_FILTER,
  PROP_TOPIC_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RcStudyView, rc_study_view, GTK_TYPE_WIDGET)

/* g_set_str() is GLib 2.76; this is the same for 2.74. */
static gboolean
set_str (char **str_pointer, const char *new_str)
{
  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  g_free (*str_pointer);
  *str_pointer = g_strdup (new_str);

  return TRUE;
}

/* ---- The message above the cards ---- */

/* ---- Status line and pages ---- */

/* ---- Sessions ---- */

/* ---- Card signals ---- */

static void
card_navigate_cb (RcStudyView    *self,
                  const char     *drug_id,
                  const char     *section_id,
                  RcQuestionCard *card)
{
  gboolean handled = FALSE;

  g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, drug_id, section_id, &handled);
  if (!handled)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-section", "(ss)", drug_id, section_id);
}

/* ---- Filters ---- */

static void
sync_dropdowns (RcStudyView *self)
{
  const char *const *topics = rc_quiz_get_topics ();
  guint              drug_position = 0;
  guint              topic_position = 0;

  for (guint i = 0; self->drug_filter != NULL && self->drug_ids != NULL && i < self->drug_ids->len;
       i++)
    if (g_str_equal (g_ptr_array_index (self->drug_ids, i), self->drug_filter))
      drug_position = i + 1;
  for (guint i = 0; self->topic_filter != NULL && topics[i] != NULL; i++)
    if (g_str_equal (topics[i], self->topic_filter))
      topic_position = i + 1;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->drug_dropdown), drug_position);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->topic_dropdown), topic_position);
  self->syncing = FALSE;
}

static void
rebuild_drug_dropdown (RcStudyView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint n = self->drugs != NULL ? g_list_model_get_n_items (self->drugs) : 0;

  g_clear_pointer (&self->drug_ids, g_ptr_array_unref);
  self->drug_ids = g_ptr_array_new_with_free_func (g_free);

  /* Translators: the first entry of the drug filter in the Study tab. */
  gtk_string_list_append (names, _ ("All drugs"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (self->drugs, i);

      gtk_string_list_append (names, rc_drug_get_name (drug));
      g_ptr_array_add (self->drug_ids, g_strdup (rc_drug_get_id (drug)));
    }

  self->syncing = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->drug_dropdown), G_LIST_MODEL (names));
  self->syncing = FALSE;
  sync_dropdowns (self);
}

static void
build_topic_dropdown (RcStudyView *self)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  const char *const *topics = rc_quiz_get_topics ();

  /* Translators: the first entry of the topic filter in the Study tab. */
  gtk_string_list_append (names, _ ("All topics"));
  for (guint i = 0; topics[i] != NULL; i++)
    gtk_string_list_append (names, rc_quiz_topic_get_label (topics[i]));

  self->syncing = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->topic_dropdown), G_LIST_MODEL (names));
  self->syncing = FALSE;
}

static void
drug_selected_cb (RcStudyView *self, GParamSpec *pspec, GtkDropDown *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (self->syncing)
    return;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION || self->drug_ids == NULL ||
      position > self->drug_ids->len)
    rc_study_view_set_drug_filter (self, NULL);
  else
    rc_study_view_set_drug_filter (self, g_ptr_array_index (self->drug_ids, position - 1));
}

static void
topic_selected_cb (RcStudyView *self, GParamSpec *pspec, GtkDropDown *dropdown)
{
  const char *const *topics = rc_quiz_get_topics ();
  guint              position = gtk_drop_down_get_selected (dropdown);

  if (self->syncing)
    return;

  if (position == 0 || position == GTK_INVALID_LIST_POSITION ||
      position > g_strv_length ((char **) topics))
    rc_study_view_set_topic_filter (self, NULL);
  else
    rc_study_view_set_topic_filter (self, topics[position - 1]);
}

static void
mode_toggled_cb (RcStudyView *self, GtkToggleButton *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  rc_study_view_set_mode (self, button == GTK_TOGGLE_BUTTON (self->flashcard_toggle)
                                    ? RC_STUDY_MODE_FLASHCARD
                                    : RC_STUDY_MODE_CHOICE);
}

static void
drugs_changed_cb (GListModel *model, guint position, guint removed, guint added, RcStudyView *self)
{
  rebuild_drug_dropdown (self);
  _rc_study_view_regenerate (self);
  _rc_study_view_fill_queue (self, FALSE);
}

/* ---- Actions ---- */

/* ---- GtkWidget ---- */

/* Focusing the view puts the focus on the question, so the answer keys
 * work at once (the window can call this when the Study tab is shown). */
static gboolean
rc_study_view_grab_focus (GtkWidget *widget)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);
  const char  *page = rc_study_view_get_page (self);

  /* Focus may come before the view is first shown (the window restores
   * the Study tab): the content must be there to take it. */
  gtk_widget_set_visible (self->main_box, TRUE);

  if (g_strcmp0 (page, "card") == 0 &&
      rc_question_card_focus_prompt (RC_QUESTION_CARD (self->card)))
    return TRUE;
  if (g_strcmp0 (page, "summary") == 0)
    return gtk_widget_grab_focus (self->summary_title);
  if (g_strcmp0 (page, "empty") == 0)
    return gtk_widget_grab_focus (self->empty_title);

  return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
}

/* ---- GObject ---- */

static void
rc_study_view_dispose (GObject *object)
{
  RcStudyView *self = RC_STUDY_VIEW (object);

  if (self->drugs != NULL)
    g_signal_handlers_disconnect_by_func (self->drugs, drugs_changed_cb, self);
  g_clear_object (&self->drugs);
  g_clear_pointer (&self->reset_dialog, gtk_window_destroy);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_STUDY_VIEW);

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_object (&self->progress);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_study_view_parent_class)->dispose (object);
}

static void
rc_study_view_finalize (GObject *object)
{
  RcStudyView *self = RC_STUDY_VIEW (object);

  g_clear_pointer (&self->summary, rc_study_summary_free);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->drug_ids, g_ptr_array_unref);
  g_free (self->progress_path);
  g_free (self->drug_filter);
  g_free (self->topic_filter);
  g_free (self->message);

  G_OBJECT_CLASS (rc_study_view_parent_class)->finalize (object);
}

static void
rc_study_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcStudyView *self = RC_STUDY_VIEW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_PROGRESS_PATH:
        g_value_set_string (value, self->progress_path);
        break;
      case PROP_MODE:
        g_value_set_enum (value, self->mode);
        break;
      case PROP_DRUG_FILTER:
        g_value_set_string (value, self->drug_filter);
        break;
      case PROP_TOPIC_FILTER:
        g_value_set_string (value, self->topic_filter);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_study_view_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcStudyView *self = RC_STUDY_VIEW (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_study_view_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_PROGRESS_PATH:
        self->progress_path = g_value_dup_string (value);
        break;
      case PROP_MODE:
        rc_study_view_set_mode (self, g_value_get_enum (value));
        break;
      case PROP_DRUG_FILTER:
        rc_study_view_set_drug_filter (self, g_value_get_string (value));
        break;
      case PROP_TOPIC_FILTER:
        rc_study_view_set_topic_filter (self, g_value_get_string (value));
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
rc_study_view_map (GtkWidget *widget)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);

  gtk_widget_set_visible (self->main_box, TRUE);
  GTK_WIDGET_CLASS (rc_study_view_parent_class)->map (widget);
}

static void
rc_study_view_class_init (RcStudyViewClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_study_view_dispose;
  object_class->finalize = rc_study_view_finalize;
  object_class->get_property = rc_study_view_get_property;
  object_class->set_property = rc_study_view_set_property;

  widget_class->map = rc_study_view_map;

  widget_class->grab_focus = rc_study_view_grab_focus;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS_PATH] =
      g_param_spec_string ("progress-path", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
      g_param_spec_enum ("mode", NULL, NULL, RC_TYPE_STUDY_MODE, RC_STUDY_MODE_CHOICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRUG_FILTER] =
      g_param_spec_string ("drug-filter", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC_FILTER] =
      g_param_spec_string ("topic-filter", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_NAVIGATE] = g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, g_signal_accumulator_true_handled, NULL, NULL,
                                           G_TYPE_BOOLEAN, 2, G_TYPE_STRING, G_TYPE_STRING);

  g_type_ensure (RC_TYPE_CLAMP);
  g_type_ensure (RC_TYPE_QUESTION_CARD);
  g_type_ensure (RC_TYPE_SECTION_HEADING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-study-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, main_box);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, filters_box);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, drug_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, choice_toggle);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, flashcard_toggle);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, status_label);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, stack);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, card);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, summary_title);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, score_label);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, weak_heading);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, weak_box);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, empty_title);
  gtk_widget_class_bind_template_child (widget_class, RcStudyView, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_navigate_cb);

  _rc_study_view_class_init_session (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-study-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_study_view_init (RcStudyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->main_box, FALSE);

  /* The flow box wraps the controls on narrow windows; its own children
   * need no tab stops. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->filters_box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->summary = rc_study_summary_new ();

  build_topic_dropdown (self);
  rebuild_drug_dropdown (self);
  g_signal_connect_object (self->drug_dropdown, "notify::selected", G_CALLBACK (drug_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->topic_dropdown, "notify::selected", G_CALLBACK (topic_selected_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.dismiss-message", FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Study"),
                                  -1);
  _rc_study_view_show_current (self);
}

GtkWidget *
rc_study_view_new (void)
{
  return g_object_new (RC_TYPE_STUDY_VIEW, NULL);
}

RcKnowledgeBase *
rc_study_view_get_knowledge_base (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->kb;
}

void
rc_study_view_set_knowledge_base (RcStudyView *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_STUDY_VIEW (self));
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
      _rc_study_view_ensure_progress (self);
    }

  rebuild_drug_dropdown (self);
  _rc_study_view_regenerate (self);
  _rc_study_view_new_session (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

const char *
rc_study_view_get_progress_path (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->progress != NULL ? rc_study_progress_get_path (self->progress) : self->progress_path;
}

RcStudyMode
rc_study_view_get_mode (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), RC_STUDY_MODE_CHOICE);

  return self->mode;
}

void
rc_study_view_set_mode (RcStudyView *self, RcStudyMode mode)
{
  gboolean answered;

  g_return_if_fail (RC_IS_STUDY_VIEW (self));

  if (self->mode == mode)
    return;

  self->mode = mode;
  answered = rc_question_card_get_answered (RC_QUESTION_CARD (self->card));

  self->syncing = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (mode == RC_STUDY_MODE_FLASHCARD
                                                       ? self->flashcard_toggle
                                                       : self->choice_toggle),
                                TRUE);
  self->syncing = FALSE;

  rc_question_card_set_mode (RC_QUESTION_CARD (self->card), mode);
  /* A card answered already is recorded: go on rather than ask again. */
  if (answered)
    _rc_study_view_next_card (self, RC_QUESTION_CARD (self->card));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

const char *
rc_study_view_get_drug_filter (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->drug_filter;
}

void
rc_study_view_set_drug_filter (RcStudyView *self, const char *drug_id)
{
  g_return_if_fail (RC_IS_STUDY_VIEW (self));

  if (!set_str (&self->drug_filter, drug_id))
    return;

  sync_dropdowns (self);
  _rc_study_view_fill_queue (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG_FILTER]);
}

const char *
rc_study_view_get_topic_filter (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->topic_filter;
}

void
rc_study_view_set_topic_filter (RcStudyView *self, const char *topic_id)
{
  g_return_if_fail (RC_IS_STUDY_VIEW (self));

  if (!set_str (&self->topic_filter, topic_id))
    return;

  sync_dropdowns (self);
  _rc_study_view_fill_queue (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC_FILTER]);
}

RcStudyProgress *
rc_study_view_get_progress (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->progress;
}

RcQuestion *
rc_study_view_get_current_question (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return g_strcmp0 (rc_study_view_get_page (self), "card") == 0
             ? _rc_study_view_current_question (self)
             : NULL;
}

GPtrArray *
rc_study_view_get_remaining (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->queue;
}

const char *
rc_study_view_get_message (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return self->message;
}

const char *
rc_study_view_get_page (RcStudyView *self)
{
  g_return_val_if_fail (RC_IS_STUDY_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
}
