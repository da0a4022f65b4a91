/* rc-study-view-session.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The study session: which cards come and in what order, answers recorded
 * and saved, the summary and empty pages, the progress file's messages and
 * the actions "End Session", "Study Again", "Practise All Cards" and
 * "Reset Progress…". */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-study-view-private.h"

#include "rc-quiz.h"
#include "rc-section-heading.h"

/* A session is short enough to finish; "Study Again" starts the next. */
#define SESSION_SIZE 20

/* The reset dialog's destructive answer. */
#define RESPONSE_RESET 1

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static void
set_message (RcStudyView *self, const char *message)
{
  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);

  gtk_label_set_text (GTK_LABEL (self->banner_label), message != NULL ? message : "");
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->banner_revealer), message != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.dismiss-message", message != NULL);
}

static void
save_progress (RcStudyView *self)
{
  g_autoptr (GError) error = NULL;

  if (self->progress == NULL || rc_study_progress_save (self->progress, &error))
    return;

  /* Nothing is lost from this session, but it will not be there next
   * time: say so, with the reason. */
  set_message (self, error->message);
}

void
_rc_study_view_ensure_progress (RcStudyView *self)
{
  g_autoptr (GError) error = NULL;

  if (self->progress != NULL)
    return;

  self->progress = rc_study_progress_new (self->progress_path);
  /* A file set aside or unreadable still leaves an empty record that
   * works; the message says where the old file went. */
  if (!rc_study_progress_load (self->progress, &error))
    set_message (self, error->message);
}

RcQuestion *
_rc_study_view_current_question (RcStudyView *self)
{
  return self->queue != NULL && self->queue->len > 0 ? g_ptr_array_index (self->queue, 0) : NULL;
}

static void
update_status (RcStudyView *self)
{
  const char      *page = gtk_stack_get_visible_child_name (GTK_STACK (self->stack));
  guint            answered = rc_study_summary_get_n_answered (self->summary);
  g_autofree char *position = NULL;
  g_autofree char *score = NULL;
  g_autofree char *status = NULL;

  if (g_strcmp0 (page, "card") == 0 && self->queue != NULL)
    /* Translators: where a study session is; %1$u is the card on show,
     * %2$u the number of cards in the session. */
    position = g_strdup_printf (_ ("Card %1$u of %2$u"), self->queue_total - self->queue->len + 1,
                                self->queue_total);
  if (answered > 0)
    score = rc_study_summary_format_score (self->summary);

  if (position != NULL && score != NULL)
    /* Translators: the study status line; %1$s is "Card 3 of 20", %2$s a
     * score such as "2 of 3 correct". */
    status = g_strdup_printf (_ ("%1$s · %2$s"), position, score);
  else
    status = g_strdup (position != NULL ? position : score != NULL ? score : "");

  gtk_label_set_text (GTK_LABEL (self->status_label), status);
  gtk_widget_set_visible (self->status_label, *status != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.end-session",
                                 g_strcmp0 (page, "card") == 0);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
new_line (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);

  return label;
}

static void
show_summary (RcStudyView *self, gboolean ran_out)
{
  g_auto (GStrv) weakest = rc_study_summary_get_weakest_topics (self->summary);
  guint answered = rc_study_summary_get_n_answered (self->summary);

  rc_section_heading_set_label (RC_SECTION_HEADING (self->summary_title),
                                ran_out ? _ ("No more cards due — session summary")
                                        : _ ("Session summary"));

  if (answered > 0)
    {
      g_autofree char *score = rc_study_summary_format_score (self->summary);

      gtk_label_set_text (GTK_LABEL (self->score_label), score);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->score_label), _ ("No cards answered in this session."));

  clear_box (self->weak_box);
  for (guint i = 0; weakest != NULL && weakest[i] != NULL; i++)
    {
      const char      *label = rc_quiz_topic_get_label (weakest[i]);
      guint            right = 0;
      guint            wrong = 0;
      g_autofree char *line = NULL;

      rc_study_summary_get_topic (self->summary, weakest[i], &right, &wrong);
      line = g_strdup_printf (
          /* Translators: one weak topic in the session summary; %1$s is a
           * topic, %2$u the answers that were right, %3$u the answers in
           * all. The plural form is chosen by %2$u, the number the word
           * “right” describes. */
          ngettext ("%1$s: %2$u of %3$u right", "%1$s: %2$u of %3$u right", right),
          label != NULL ? label : weakest[i], right, right + wrong);
      gtk_box_append (GTK_BOX (self->weak_box), new_line (line));
    }
  if (answered > 0 && (weakest == NULL || weakest[0] == NULL))
    gtk_box_append (GTK_BOX (self->weak_box), new_line (_ ("No wrong answers in this session.")));
  gtk_widget_set_visible (self->weak_heading, answered > 0);
  gtk_widget_set_visible (self->weak_box, answered > 0);

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "summary");
  rc_question_card_set_question (RC_QUESTION_CARD (self->card), NULL);
  update_status (self);
}

static gint64
next_due (RcStudyView *self, GPtrArray *questions)
{
  GHashTable *states = rc_study_progress_get_states (self->progress);
  gint64      next = 0;

  for (guint i = 0; i < questions->len; i++)
    {
      RcQuestion        *question = g_ptr_array_index (questions, i);
      const RcCardState *state = g_hash_table_lookup (states, question->card_id);

      if (state != NULL && (next == 0 || state->due < next))
        next = state->due;
    }

  return next;
}

static void
show_empty (RcStudyView *self, GPtrArray *filtered)
{
  g_autofree char *text = NULL;
  gint64           due = filtered->len > 0 ? next_due (self, filtered) : 0;

  if (filtered->len == 0)
    text = g_strdup (_ ("The knowledge base has no cards for this choice of drug and topic."));
  else if (due > 0)
    {
      g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (due);
      g_autofree char *when = g_date_time_format (time, "%x");

      text = g_strdup_printf (
          /* Translators: %1$u is the number of study cards for the chosen
           * drug and topic, all of them scheduled for later; it chooses the
           * plural form. %2$s is the date the next (or only) card is due. */
          ngettext ("This choice has %1$u card, scheduled for later; it is due on %2$s.",
                    "This choice has %1$u cards, all scheduled for later; the next is due on "
                    "%2$s.",
                    filtered->len),
          filtered->len, when);
    }
  else
    text = g_strdup (_ ("All cards of this choice were answered in this session."));

  gtk_label_set_text (GTK_LABEL (self->empty_label), text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "study.practise-all", filtered->len > 0);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  rc_question_card_set_question (RC_QUESTION_CARD (self->card), NULL);
  update_status (self);
}

/* Shows the head of the queue, or what comes when it has run out. */
void
_rc_study_view_show_current (RcStudyView *self)
{
  RcQuestion *question = _rc_study_view_current_question (self);

  if (question == NULL)
    {
      if (rc_study_summary_get_n_answered (self->summary) > 0)
        show_summary (self, TRUE);
      else
        {
          g_autoptr (GPtrArray) filtered = NULL;

          if (self->questions != NULL)
            filtered = rc_quiz_filter (self->questions, self->drug_filter, self->topic_filter);
          else
            filtered = g_ptr_array_new ();
          show_empty (self, filtered);
        }
      return;
    }

  rc_question_card_set_question (RC_QUESTION_CARD (self->card), question);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "card");
  update_status (self);
}

/* Makes the queue from the due cards that match the filters, weakest
 * first; cards answered in this session do not come back in it. With
 * everything, cards not yet due come too (still weakest first). */
void
_rc_study_view_fill_queue (RcStudyView *self, gboolean everything)
{
  g_autoptr (GPtrArray) filtered = NULL;
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GPtrArray) next = NULL;
  gint64 now = now_seconds ();

  g_clear_pointer (&self->queue, g_ptr_array_unref);
  self->queue_total = 0;
  if (self->questions == NULL)
    {
      _rc_study_view_show_current (self);
      return;
    }

  _rc_study_view_ensure_progress (self);
  filtered = rc_quiz_filter (self->questions, self->drug_filter, self->topic_filter);
  fresh = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_question_unref);
  for (guint i = 0; i < filtered->len; i++)
    {
      RcQuestion *question = g_ptr_array_index (filtered, i);

      if (!g_hash_table_contains (self->seen, question->card_id))
        g_ptr_array_add (fresh, rc_question_ref (question));
    }

  /* "Practise all" orders as if every card were due: "now" far in the
   * future, so the weakest still come first. */
  next = rc_leitner_next_cards (fresh, rc_study_progress_get_states (self->progress),
                                everything ? G_MAXINT32 * (gint64) 1000 : now, SESSION_SIZE);
  self->queue = g_steal_pointer (&next);
  self->queue_total = self->queue->len;
  _rc_study_view_show_current (self);
}

void
_rc_study_view_new_session (RcStudyView *self)
{
  g_clear_pointer (&self->summary, rc_study_summary_free);
  self->summary = rc_study_summary_new ();
  g_hash_table_remove_all (self->seen);
  _rc_study_view_fill_queue (self, FALSE);
}

void
_rc_study_view_regenerate (RcStudyView *self)
{
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  /* A new shuffle of the options each time the app starts; progress is
   * kept by card id, which does not depend on it. */
  if (self->kb != NULL)
    self->questions = rc_quiz_generate_all (self->kb, g_random_int ());
}

static void
card_answered_cb (RcStudyView *self, gboolean correct, RcQuestionCard *card)
{
  RcQuestion *question = rc_question_card_get_question (card);

  if (question == NULL)
    return;

  _rc_study_view_ensure_progress (self);
  rc_study_progress_record_answer (self->progress, question->card_id, correct, now_seconds ());
  /* Saved after every answer, atomically: quitting loses nothing. */
  save_progress (self);

  rc_study_summary_add (self->summary, question->topic_id, correct);
  g_hash_table_add (self->seen, g_strdup (question->card_id));
  update_status (self);
}

void
_rc_study_view_next_card (RcStudyView *self, RcQuestionCard *card)
{
  if (self->queue != NULL && self->queue->len > 0)
    g_ptr_array_remove_index (self->queue, 0);

  _rc_study_view_show_current (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
end_session_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);

  show_summary (self, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
new_session_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);

  _rc_study_view_new_session (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
practise_all_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);

  g_hash_table_remove_all (self->seen);
  _rc_study_view_fill_queue (self, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
dismiss_message_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  set_message (RC_STUDY_VIEW (widget), NULL);
}

static void
reset_response_cb (GtkDialog *dialog, int response, RcStudyView *self)
{
  g_clear_pointer (&self->reset_dialog, gtk_window_destroy);

  if (response != RESPONSE_RESET)
    return;

  _rc_study_view_ensure_progress (self);
  rc_study_progress_reset (self->progress);
  save_progress (self);
  _rc_study_view_new_session (self);
}

/* The dialog also goes when its window does. */
static void
reset_destroyed_cb (RcStudyView *self)
{
  self->reset_dialog = NULL;
}

static void
reset_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcStudyView *self = RC_STUDY_VIEW (widget);
  GtkRoot     *root = gtk_widget_get_root (widget);
  GtkWidget   *dialog;
  GtkWidget   *button;

  if (self->reset_dialog != NULL)
    {
      gtk_window_present (self->reset_dialog);
      return;
    }

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_WARNING, GTK_BUTTONS_NONE, "%s",
                                   _ ("Reset all study progress?"));
  self->reset_dialog = GTK_WINDOW (dialog);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("This cannot be undone."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Reset"), RESPONSE_RESET);
  gtk_widget_add_css_class (button, "destructive-action");
  /* Enter keeps the progress: only a deliberate choice destroys it. */
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reset_response_cb), self, 0);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (reset_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (self->reset_dialog);
}

void
_rc_study_view_class_init_session (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, card_answered_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "card_continue_cb",
                                                G_CALLBACK (_rc_study_view_next_card));

  gtk_widget_class_install_action (widget_class, "study.end-session", NULL, end_session_action);
  gtk_widget_class_install_action (widget_class, "study.new-session", NULL, new_session_action);
  gtk_widget_class_install_action (widget_class, "study.practise-all", NULL, practise_all_action);
  gtk_widget_class_install_action (widget_class, "study.reset", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "study.dismiss-message", NULL,
                                   dismiss_message_action);
}
