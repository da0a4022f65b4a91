/* rc-question-card.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-question-card-private.h"

#include "rc-search.h"

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_QUESTION,
  PROP_MODE,
  PROP_SELECTED,
  PROP_ANSWERED,
  PROP_FLIPPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_ANSWERED,
  SIGNAL_CONTINUE,
  SIGNAL_NAVIGATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_ENUM_TYPE (RcStudyMode,
                    rc_study_mode,
                    G_DEFINE_ENUM_VALUE (RC_STUDY_MODE_CHOICE, "choice"),
                    G_DEFINE_ENUM_VALUE (RC_STUDY_MODE_FLASHCARD, "flashcard"))

G_DEFINE_FINAL_TYPE (RcQuestionCard, rc_question_card, GTK_TYPE_WIDGET)

RcDrug *
_rc_question_card_get_drug (RcQuestionCard *self)
{
  if (self->kb == NULL || self->question == NULL || self->question->drug_id == NULL)
    return NULL;

  return rc_knowledge_base_lookup_drug (self->kb, self->question->drug_id);
}

static gboolean
is_choice (RcQuestionCard *self)
{
  return self->mode == RC_STUDY_MODE_CHOICE;
}

/* Actions are enabled only when they mean something, so that a key they
 * do not use (an arrow key while choosing) still moves the focus. */
void
_rc_question_card_update_actions (RcQuestionCard *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   have = self->question != NULL;
  gboolean   choice = have && is_choice (self);
  gboolean   flashcard = have && !is_choice (self);

  gtk_widget_action_set_enabled (widget, "card.choose", choice && !self->answered);
  gtk_widget_action_set_enabled (widget, "card.confirm",
                                 choice && (self->answered || self->selected >= 0));
  gtk_widget_action_set_enabled (widget, "card.flip", flashcard && !self->flipped);
  gtk_widget_action_set_enabled (widget, "card.knew",
                                 flashcard && self->flipped && !self->answered);
  gtk_widget_action_set_enabled (widget, "card.didnt-know",
                                 flashcard && self->flipped && !self->answered);
  gtk_widget_action_set_enabled (widget, "card.continue", have && self->answered);
  gtk_widget_action_set_enabled (widget, "card.go-to-section",
                                 have && _rc_question_card_get_drug (self) != NULL &&
                                     rc_section_get_label (self->question->section_id) != NULL);
}

/* What each part shows follows from the state alone. */
void
_rc_question_card_update_visibility (RcQuestionCard *self)
{
  gboolean choice = is_choice (self);
  gboolean revealed = choice ? self->answered : self->flipped;

  if (self->box == NULL)
    return;

  gtk_widget_set_visible (self->options_box, choice);
  gtk_widget_set_visible (self->choice_buttons, choice && !self->answered);
  gtk_widget_set_sensitive (self->check_button, self->selected >= 0);
  gtk_widget_set_visible (self->show_button, !choice && !self->flipped);
  gtk_widget_set_visible (self->feedback, revealed);
  gtk_widget_set_visible (self->result_box, choice && self->answered);
  gtk_widget_set_visible (self->next_button, choice && self->answered);
  gtk_widget_set_visible (self->rate_box, !choice && self->flipped && !self->answered);

  for (guint i = 0; self->option_buttons != NULL && i < self->option_buttons->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->option_buttons, i), !self->answered);

  _rc_question_card_update_actions (self);
}

void
_rc_question_card_set_selected (RcQuestionCard *self, int selected)
{
  if (self->selected == selected)
    return;

  self->selected = selected;
  _rc_question_card_update_visibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

void
_rc_question_card_confirm (RcQuestionCard *self)
{
  if (self->question == NULL || !is_choice (self))
    return;

  if (self->answered)
    {
      g_signal_emit (self, signals[SIGNAL_CONTINUE], 0);
      return;
    }
  if (self->selected < 0)
    return;

  self->answered = TRUE;
  self->correct = rc_question_is_correct (self->question, self->selected);
  _rc_question_card_mark_options (self);
  _rc_question_card_show_result (self);
  _rc_question_card_update_visibility (self);
  gtk_widget_grab_focus (self->next_button);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
  g_signal_emit (self, signals[SIGNAL_ANSWERED], 0, self->correct);
}

static void
rate (RcQuestionCard *self, gboolean knew)
{
  if (self->question == NULL || is_choice (self) || !self->flipped || self->answered)
    return;

  self->answered = TRUE;
  self->correct = knew;
  _rc_question_card_update_visibility (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
  g_signal_emit (self, signals[SIGNAL_ANSWERED], 0, knew);
  /* The answer and its source were on show since the card was turned:
   * a flashcard goes straight on to the next one. */
  g_signal_emit (self, signals[SIGNAL_CONTINUE], 0);
}

static void
reset_state (RcQuestionCard *self)
{
  gboolean was_answered = self->answered;
  gboolean was_flipped = self->flipped;
  int      was_selected = self->selected;

  self->selected = -1;
  self->answered = FALSE;
  self->flipped = FALSE;
  self->correct = FALSE;

  if (was_selected != -1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  if (was_answered)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED]);
  if (was_flipped)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLIPPED]);
}

/* ---- Actions ---- */

static void
choose_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcQuestionCard *self = RC_QUESTION_CARD (widget);
  int             index = g_variant_get_int32 (parameter);
  GtkWidget      *button;

  if (self->question == NULL || !is_choice (self) || self->answered || index < 0 ||
      (guint) index >= self->option_buttons->len)
    return;

  button = g_ptr_array_index (self->option_buttons, index);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  /* The focus follows the choice, so Enter there checks it. */
  gtk_widget_grab_focus (button);
}

static void
confirm_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  _rc_question_card_confirm (RC_QUESTION_CARD (widget));
}

static void
flip_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcQuestionCard *self = RC_QUESTION_CARD (widget);

  if (self->question == NULL || is_choice (self) || self->flipped)
    return;

  self->flipped = TRUE;
  _rc_question_card_update_visibility (self);
  /* The "Show answer" button has gone; the question keeps the focus, so
   * K and D work at once and Space cannot rate the card by accident. */
  gtk_widget_grab_focus (self->prompt);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLIPPED]);
}

static void
knew_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  rate (RC_QUESTION_CARD (widget), TRUE);
}

static void
didnt_know_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  rate (RC_QUESTION_CARD (widget), FALSE);
}

static void
continue_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcQuestionCard *self = RC_QUESTION_CARD (widget);

  if (self->answered)
    g_signal_emit (self, signals[SIGNAL_CONTINUE], 0);
}

static void
go_to_section_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcQuestionCard *self = RC_QUESTION_CARD (widget);

  if (self->question == NULL || _rc_question_card_get_drug (self) == NULL)
    return;

  g_signal_emit (self, signals[SIGNAL_NAVIGATE], 0, self->question->drug_id,
                 self->question->section_id);
}

/* ---- GObject ---- */

static void
rc_question_card_dispose (GObject *object)
{
  RcQuestionCard *self = RC_QUESTION_CARD (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->option_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->question, rc_question_unref);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_question_card_parent_class)->dispose (object);
}

static void
rc_question_card_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcQuestionCard *self = RC_QUESTION_CARD (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_QUESTION:
        g_value_set_boxed (value, self->question);
        break;
      case PROP_MODE:
        g_value_set_enum (value, self->mode);
        break;
      case PROP_SELECTED:
        g_value_set_int (value, self->selected);
        break;
      case PROP_ANSWERED:
        g_value_set_boolean (value, self->answered);
        break;
      case PROP_FLIPPED:
        g_value_set_boolean (value, self->flipped);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_question_card_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcQuestionCard *self = RC_QUESTION_CARD (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_question_card_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_QUESTION:
        rc_question_card_set_question (self, g_value_get_boxed (value));
        break;
      case PROP_MODE:
        rc_question_card_set_mode (self, g_value_get_enum (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_question_card_class_init (RcQuestionCardClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const guint     enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  object_class->dispose = rc_question_card_dispose;
  object_class->get_property = rc_question_card_get_property;
  object_class->set_property = rc_question_card_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
      g_param_spec_boxed ("question", NULL, NULL, RC_TYPE_QUESTION,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
      g_param_spec_enum ("mode", NULL, NULL, RC_TYPE_STUDY_MODE, RC_STUDY_MODE_CHOICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] = g_param_spec_int ("selected", NULL, NULL, -1, G_MAXINT, -1,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANSWERED] = g_param_spec_boolean ("answered", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FLIPPED] = g_param_spec_boolean ("flipped", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[SIGNAL_CONTINUE] = g_signal_new ("continue", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_NAVIGATE] =
      g_signal_new ("navigate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "card.choose", "i", choose_action);
  gtk_widget_class_install_action (widget_class, "card.confirm", NULL, confirm_action);
  gtk_widget_class_install_action (widget_class, "card.flip", NULL, flip_action);
  gtk_widget_class_install_action (widget_class, "card.knew", NULL, knew_action);
  gtk_widget_class_install_action (widget_class, "card.didnt-know", NULL, didnt_know_action);
  gtk_widget_class_install_action (widget_class, "card.continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "card.go-to-section", NULL, go_to_section_action);

  for (int i = 0; i < MAX_KEYED_OPTIONS; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "card.choose", "i", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "card.choose", "i",
                                           i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, enter_keys[i], 0, "card.confirm", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "card.flip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "card.flip", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, 0, "card.knew", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "card.knew", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "card.didnt-know", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "card.didnt-know", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-question-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_question_card_init (RcQuestionCard *self)
{
  self->selected = -1;
  _rc_question_card_update_actions (self);
}

GtkWidget *
rc_question_card_new (void)
{
  return g_object_new (RC_TYPE_QUESTION_CARD, NULL);
}

RcKnowledgeBase *
rc_question_card_get_knowledge_base (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), NULL);

  return self->kb;
}

void
rc_question_card_set_knowledge_base (RcQuestionCard *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_QUESTION_CARD (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  /* The drug (source titles, "Go to …") comes from the knowledge base. */
  if (self->question != NULL)
    {
      reset_state (self);
      _rc_question_card_rebuild (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

RcQuestion *
rc_question_card_get_question (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), NULL);

  return self->question;
}

void
rc_question_card_set_question (RcQuestionCard *self, RcQuestion *question)
{
  g_return_if_fail (RC_IS_QUESTION_CARD (self));

  if (self->question == question)
    return;

  if (question != NULL)
    rc_question_ref (question);
  g_clear_pointer (&self->question, rc_question_unref);
  self->question = question;

  reset_state (self);
  _rc_question_card_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
}

RcStudyMode
rc_question_card_get_mode (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), RC_STUDY_MODE_CHOICE);

  return self->mode;
}

void
rc_question_card_set_mode (RcQuestionCard *self, RcStudyMode mode)
{
  g_return_if_fail (RC_IS_QUESTION_CARD (self));

  if (self->mode == mode)
    return;

  self->mode = mode;
  /* The card starts over in the other form (the view moves on from a card
   * that was already answered, so it is never recorded twice). */
  reset_state (self);
  _rc_question_card_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

int
rc_question_card_get_selected (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), -1);

  return self->selected;
}

gboolean
rc_question_card_get_answered (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), FALSE);

  return self->answered;
}

gboolean
rc_question_card_get_flipped (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), FALSE);

  return self->flipped;
}

gboolean
rc_question_card_focus_prompt (RcQuestionCard *self)
{
  g_return_val_if_fail (RC_IS_QUESTION_CARD (self), FALSE);

  return self->prompt != NULL && gtk_widget_grab_focus (self->prompt);
}
