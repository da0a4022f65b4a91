/* rc-question-card-build.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The widgets of a study card: topic, question, options with their keys,
 * "Show Answer", and the feedback (right or wrong, the answer, the cited
 * explanation, "Go to …", and the buttons that go on). */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-question-card-private.h"

#include "rc-fact-line.h"
#include "rc-search.h"
#include "rc-section-heading.h"

static void
option_toggled_cb (GtkToggleButton *button, RcQuestionCard *self)
{
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "rc-option"));

  if (gtk_toggle_button_get_active (button))
    _rc_question_card_set_selected (self, index);
}

/* After an answer each option says what it was, in words and with an
 * icon, not only by colour. */
void
_rc_question_card_mark_options (RcQuestionCard *self)
{
  for (guint i = 0; i < self->option_buttons->len; i++)
    {
      GtkWidget       *button = g_ptr_array_index (self->option_buttons, i);
      GtkWidget       *icon = g_object_get_data (G_OBJECT (button), "rc-status-icon");
      GtkWidget       *status = g_object_get_data (G_OBJECT (button), "rc-status-label");
      gboolean         right = rc_question_is_correct (self->question, i);
      gboolean         chosen = (int) i == self->selected;
      const char      *text = NULL;
      g_autofree char *accessible = NULL;

      if (right)
        {
          /* Translators: shown next to the right option after answering. */
          text = _ ("Correct answer");
          gtk_image_set_from_icon_name (GTK_IMAGE (icon), "emblem-ok-symbolic");
          gtk_widget_add_css_class (button, "rc-option-correct");
        }
      else if (chosen)
        {
          /* Translators: shown next to the wrong option the person chose. */
          text = _ ("Your answer");
          gtk_image_set_from_icon_name (GTK_IMAGE (icon), "window-close-symbolic");
          gtk_widget_add_css_class (button, "rc-option-wrong");
        }

      gtk_widget_set_visible (icon, text != NULL);
      gtk_widget_set_visible (status, text != NULL);
      gtk_label_set_text (GTK_LABEL (status), text != NULL ? text : "");

      if (text != NULL)
        {
          /* Translators: the spoken name of an option after answering;
           * %1$u is its number, %2$s its text, %3$s "Correct answer" or
           * "Your answer". */
          accessible = g_strdup_printf (_ ("Option %1$u: %2$s (%3$s)"), i + 1,
                                        self->question->options[i], text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          accessible, -1);
        }
    }
}

void
_rc_question_card_show_result (RcQuestionCard *self)
{
  const char      *text;
  g_autofree char *description = NULL;

  if (self->correct)
    {
      text = _ ("Correct");
      gtk_image_set_from_icon_name (GTK_IMAGE (self->result_icon), "emblem-ok-symbolic");
      gtk_widget_remove_css_class (self->result_box, "rc-result-wrong");
      gtk_widget_add_css_class (self->result_box, "rc-result-right");
    }
  else
    {
      text = _ ("Incorrect");
      gtk_image_set_from_icon_name (GTK_IMAGE (self->result_icon), "window-close-symbolic");
      gtk_widget_remove_css_class (self->result_box, "rc-result-right");
      gtk_widget_add_css_class (self->result_box, "rc-result-wrong");
    }
  gtk_label_set_text (GTK_LABEL (self->result_label), text);

  /* The focus moves to "Next card", so a screen reader hears the result
   * there. */
  /* Translators: read out on the "Next card" button after an answer; %1$s
   * is "Correct" or "Incorrect", %2$s the right answer. */
  description = g_strdup_printf (_ ("%1$s. The answer: %2$s"), text,
                                 self->question->options[self->question->correct]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* Enter on a focused option answers with it. Capture phase: the button
 * would otherwise take Enter as a click, which only selects. */
static gboolean
option_enter_cb (GtkWidget *button, GVariant *args, gpointer user_data)
{
  RcQuestionCard *self = RC_QUESTION_CARD (user_data);

  if (self->answered || !gtk_widget_is_sensitive (button))
    return FALSE;

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  _rc_question_card_confirm (self);
  return TRUE;
}

static GtkWidget *
new_option_button (RcQuestionCard *self, guint index, GtkToggleButton *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *key =
      g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget          *text = gtk_label_new (self->question->options[index]);
  GtkWidget          *icon = gtk_image_new ();
  GtkWidget          *status = gtk_label_new (NULL);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char    *number = g_strdup_printf ("%u", index + 1);
  g_autofree char    *accessible = NULL;
  const guint         enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };

  gtk_label_set_text (GTK_LABEL (key), number);
  gtk_widget_add_css_class (key, "rc-keycap");
  gtk_widget_set_valign (key, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (key, index < MAX_KEYED_OPTIONS);
  gtk_box_append (GTK_BOX (content), key);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0f);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (content), text);

  gtk_widget_set_visible (icon, FALSE);
  gtk_widget_add_css_class (icon, "rc-option-status-icon");
  gtk_box_append (GTK_BOX (content), icon);
  gtk_widget_set_visible (status, FALSE);
  gtk_widget_add_css_class (status, "rc-option-status");
  gtk_box_append (GTK_BOX (content), status);

  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "rc-option");
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);

  /* Translators: the spoken name of an answer option; %1$u is its number
   * (also its key), %2$s its text. */
  accessible = g_strdup_printf (_ ("Option %1$u: %2$s"), index + 1, self->question->options[index]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  g_object_set_data (G_OBJECT (button), "rc-option", GINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "rc-status-icon", icon);
  g_object_set_data (G_OBJECT (button), "rc-status-label", status);
  g_signal_connect_object (button, "toggled", G_CALLBACK (option_toggled_cb), self, 0);

  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (enter_keys); i++)
    gtk_shortcut_controller_add_shortcut (
        GTK_SHORTCUT_CONTROLLER (shortcuts),
        gtk_shortcut_new (gtk_keyval_trigger_new (enter_keys[i], 0),
                          gtk_callback_action_new (option_enter_cb, self, NULL)));
  gtk_widget_add_controller (button, shortcuts);

  return button;
}

/* A button with an icon and a label, like the header bar's. */
static GtkWidget *
new_button (const char *icon_name, const char *label, const char *action_name)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  if (icon_name != NULL)
    gtk_box_append (GTK_BOX (content),
                    g_object_new (GTK_TYPE_IMAGE, "icon-name", icon_name, "accessible-role",
                                  GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL));
  gtk_box_append (GTK_BOX (content), gtk_label_new_with_mnemonic (label));
  gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return button;
}

static GtkWidget *
new_hint (const char *text)
{
  GtkWidget *hint = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0f);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");

  return hint;
}

static void
build_options (RcQuestionCard *self)
{
  GtkToggleButton *group = NULL;
  guint            keyed = MIN (self->question->n_options, MAX_KEYED_OPTIONS);
  g_autofree char *hint = NULL;

  self->options_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->options_box, "rc-options");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->options_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the accessible name of the list of a
                                   * quiz question's answer options (the choices to pick
                                   * from), not of settings. */
                                  C_ ("quiz", "Options"), -1);
  self->option_buttons = g_ptr_array_new ();
  for (guint i = 0; i < self->question->n_options; i++)
    {
      GtkWidget *button = new_option_button (self, i, group);

      if (group == NULL)
        group = GTK_TOGGLE_BUTTON (button);
      g_ptr_array_add (self->option_buttons, button);
      gtk_box_append (GTK_BOX (self->options_box), button);
    }
  gtk_box_append (GTK_BOX (self->box), self->options_box);

  self->choice_buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->check_button = new_button ("object-select-symbolic", _ ("_Check Answer"), "card.confirm");
  gtk_widget_set_halign (self->check_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->check_button, "suggested-action");
  gtk_box_append (GTK_BOX (self->choice_buttons), self->check_button);
  hint = g_strdup_printf (
      /* Translators: %u is the number of options (2 to 4): keys 1 to that
       * number pick an option. */
      _ ("Keys 1 to %u choose an option; Enter checks it."), keyed);
  gtk_box_append (GTK_BOX (self->choice_buttons), new_hint (hint));
  gtk_box_append (GTK_BOX (self->box), self->choice_buttons);
}

static void
build_feedback (RcQuestionCard *self)
{
  RcDrug          *drug = _rc_question_card_get_drug (self);
  const char      *section = rc_section_get_label (self->question->section_id);
  GtkWidget       *explanation;
  GtkWidget       *rate_hint;
  GtkWidget       *buttons;
  GtkWidget       *button;
  g_autofree char *answer = NULL;

  self->feedback = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  gtk_widget_add_css_class (self->feedback, "rc-feedback");

  self->result_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (self->result_box, "rc-result");
  self->result_icon = g_object_new (GTK_TYPE_IMAGE, "accessible-role",
                                    GTK_ACCESSIBLE_ROLE_PRESENTATION, "pixel-size", 20, NULL);
  gtk_box_append (GTK_BOX (self->result_box), self->result_icon);
  self->result_label = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->result_label, "rc-result-label");
  gtk_box_append (GTK_BOX (self->result_box), self->result_label);
  gtk_box_append (GTK_BOX (self->feedback), self->result_box);

  /* Translators: the right answer of a study card, after answering or
   * turning it; %s is the answer. */
  answer = g_markup_printf_escaped (_ ("<b>Answer:</b> %s"),
                                    self->question->options[self->question->correct]);
  self->answer_label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (self->answer_label), answer);
  gtk_label_set_wrap (GTK_LABEL (self->answer_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->answer_label), 0.0f);
  gtk_widget_add_css_class (self->answer_label, "rc-answer");
  gtk_box_append (GTK_BOX (self->feedback), self->answer_label);

  /* The explanation is the cited fact: its marker names the sources and
   * shows their titles on hover. */
  explanation = rc_fact_line_new (drug, NULL, self->question->explanation,
                                  (const char *const *) self->question->sources, FALSE);
  gtk_widget_add_css_class (explanation, "rc-explanation");
  gtk_box_append (GTK_BOX (self->feedback), explanation);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (self->feedback), buttons);

  if (drug != NULL && section != NULL)
    {
      g_autofree char *label = NULL;

      /* Translators: a button after a study card's answer; %1$s is a
       * section heading ("Dosing"), %2$s a drug name. */
      label = g_strdup_printf (_ ("Go to %1$s of %2$s"), section, rc_drug_get_name (drug));
      button = new_button ("go-jump-symbolic", label, "card.go-to-section");
      gtk_widget_add_css_class (button, "rc-go-to-section");
      gtk_box_append (GTK_BOX (buttons), button);
    }

  self->next_button = new_button ("go-next-symbolic", _ ("_Next Card"), "card.continue");
  gtk_widget_add_css_class (self->next_button, "suggested-action");
  gtk_widget_set_hexpand (self->next_button, TRUE);
  gtk_widget_set_halign (self->next_button, GTK_ALIGN_END);
  gtk_widget_set_tooltip_text (self->next_button, _ ("Next card (Enter)"));
  gtk_box_append (GTK_BOX (buttons), self->next_button);

  self->rate_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_set_homogeneous (GTK_BOX (buttons), TRUE);
  button = new_button ("go-previous-symbolic", _ ("_Didn’t Know"), "card.didnt-know");
  /* Translators: a tooltip. D is the letter key to press, bound in the code
   * whatever the language: keep “D” as it is. “Left” is the Left arrow key. */
  gtk_widget_set_tooltip_text (button, _ ("Didn’t know it (D or Left)"));
  gtk_box_append (GTK_BOX (buttons), button);
  button = new_button ("go-next-symbolic", _ ("_Knew It"), "card.knew");
  /* Translators: a tooltip. K is the letter key to press, bound in the code
   * whatever the language: keep “K” as it is. “Right” is the Right arrow
   * key. */
  gtk_widget_set_tooltip_text (button, _ ("Knew it (K or Right)"));
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (self->rate_box), buttons);
  /* Translators: K and D are the letter keys to press, bound in the code
   * whatever the language: keep “K” and “D” as they are. “Right” and
   * “Left” are the arrow keys. */
  rate_hint = new_hint (_ ("Did you know the answer? Keys: K or Right for “knew it”, D or Left "
                           "for “didn’t know”."));
  gtk_box_append (GTK_BOX (self->rate_box), rate_hint);
  gtk_box_append (GTK_BOX (self->feedback), self->rate_box);

  gtk_box_append (GTK_BOX (self->box), self->feedback);
}

void
_rc_question_card_rebuild (RcQuestionCard *self)
{
  const char *topic;
  GtkWidget  *meta;
  GtkWidget  *front;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->option_buttons, g_ptr_array_unref);
  self->prompt = self->options_box = self->choice_buttons = self->check_button = NULL;
  self->show_button = self->feedback = self->result_box = self->result_icon = NULL;
  self->result_label = self->answer_label = self->next_button = self->rate_box = NULL;

  if (self->question == NULL)
    {
      _rc_question_card_update_actions (self);
      return;
    }

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  gtk_widget_set_valign (self->box, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->box, "rc-question-card-content");

  /* Only the topic: the drug would give away "which of these drugs…". */
  topic = rc_quiz_topic_get_label (self->question->topic_id);
  meta = gtk_label_new (topic != NULL ? topic : "");
  gtk_label_set_xalign (GTK_LABEL (meta), 0.0f);
  gtk_widget_add_css_class (meta, "rc-question-topic");
  gtk_widget_add_css_class (meta, "caption-heading");
  gtk_box_append (GTK_BOX (self->box), meta);

  self->prompt = rc_section_heading_new (self->question->prompt, 2);
  gtk_widget_add_css_class (self->prompt, "rc-question-prompt");
  gtk_box_append (GTK_BOX (self->box), self->prompt);

  build_options (self);

  front = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->show_button = new_button ("view-reveal-symbolic", _ ("_Show Answer"), "card.flip");
  gtk_widget_set_halign (self->show_button, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->show_button, "suggested-action");
  gtk_box_append (GTK_BOX (front), self->show_button);
  gtk_box_append (GTK_BOX (front),
                  new_hint (_ ("Recall the answer, then press Space to turn the card.")));
  g_object_bind_property (self->show_button, "visible", front, "visible", G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (self->box), front);

  build_feedback (self);

  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->question->prompt, -1);
  _rc_question_card_update_visibility (self);
}
