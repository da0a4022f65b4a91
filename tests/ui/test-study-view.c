/* test-study-view.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Study tab in a real window: answering with the keyboard (keys go
 * through the widgets' own shortcut controllers, as a key press does),
 * flashcards, filters, the summary, resetting progress and a damaged
 * progress file. Saves screenshots (light and dark) into the build dir. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include <gtk/gtk.h>

#include "rc-fact-line.h"
#include "rc-knowledge-base.h"
#include "rc-leitner.h"
#include "rc-question-card.h"
#include "rc-search.h"
#include "rc-source-marker.h"
#include "rc-study-view.h"
#include "rc-test-util.h"

static RcKnowledgeBase *kb;
static char            *data_home; /* $XDG_DATA_HOME, a fresh directory */

/* ---- Helpers ---- */

/* Keyboard activation of a button clicks it when its press animation
 * ends, so the next card comes a moment after Enter: wait for it. */
typedef struct
{
  RcStudyView *view;
  const char  *old_id;
} NextWait;

static gboolean
moved_on (gpointer data)
{
  NextWait   *wait = data;
  RcQuestion *question = rc_study_view_get_current_question (wait->view);

  return question == NULL || g_strcmp0 (question->card_id, wait->old_id) != 0;
}

static void
wait_for_next_card (RcStudyView *view, const char *old_id)
{
  NextWait wait = { view, old_id };

  g_assert_true (rc_test_wait_for (moved_on, &wait));
  rc_test_flush ();
}

static char *
new_progress_path (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rc-study-view-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, "progress.ini", NULL);
}

static GtkWidget *
new_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 760);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  rc_test_wait_for_draw (window);

  return window;
}

static RcStudyView *
new_view (const char *progress_path, GtkWidget **window)
{
  GtkWidget *view =
      g_object_new (RC_TYPE_STUDY_VIEW, "progress-path", progress_path, "knowledge-base", kb, NULL);

  *window = new_window (view);
  return RC_STUDY_VIEW (view);
}

static RcQuestionCard *
card_of (RcStudyView *view)
{
  return RC_QUESTION_CARD (rc_test_find (GTK_WIDGET (view), NULL, RC_TYPE_QUESTION_CARD));
}

/* Puts the keyboard focus on the question, as the view does after each
 * card. */
static void
focus_question (RcStudyView *view)
{
  rc_question_card_focus_prompt (card_of (view));
  rc_test_flush ();
}

static gboolean
shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

static RcStudyProgress *
reload_progress (const char *path)
{
  g_autoptr (GError) error = NULL;
  RcStudyProgress *progress = rc_study_progress_new (path);

  g_assert_true (rc_study_progress_load (progress, &error));
  g_assert_no_error (error);
  return progress;
}

static void
set_dark (gboolean dark)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

static void
remove_tree (const char *path)
{
  GDir       *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
remove_progress_dir (const char *progress_path)
{
  g_autofree char *dir = g_path_get_dirname (progress_path);

  remove_tree (dir);
}

/* The index of a wrong option. */
static guint
wrong_option (RcQuestion *question)
{
  return question->correct == 0 ? 1 : 0;
}

/* ---- Tests ---- */

static void
test_choice_correct_by_keyboard (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestionCard  *card = card_of (view);
  RcQuestion      *question = rc_study_view_get_current_question (view);
  g_autofree char *card_id = NULL;
  g_autoptr (RcStudyProgress) saved = NULL;
  const RcCardState *state;
  GtkWidget         *result;

  g_assert_nonnull (question);
  g_assert_cmpstr (rc_study_view_get_page (view), ==, "card");
  {
    g_autoptr (GPtrArray) labels = rc_test_find_all (GTK_WIDGET (view), NULL, GTK_TYPE_LABEL);
    gboolean said = FALSE;

    for (guint i = 0; i < labels->len; i++)
      said |= shown (g_ptr_array_index (labels, i)) &&
              g_str_equal (gtk_label_get_text (GTK_LABEL (g_ptr_array_index (labels, i))),
                           "Questions are generated from the knowledge base; each answer shows "
                           "its source.");
    g_assert_true (said);
  }
  g_assert_cmpuint (question->correct, <, 4); /* reachable with keys 1–4 */
  card_id = g_strdup (question->card_id);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  focus_question (view);
  /* Choosing does not answer yet: it selects, Enter checks. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_1 + question->correct));
  g_assert_cmpint (rc_question_card_get_selected (card), ==, question->correct);
  g_assert_false (rc_question_card_get_answered (card));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Return));
  g_assert_true (rc_question_card_get_answered (card));
  rc_test_wait_for_draw (window);

  /* Right, in words and with an icon. */
  result = rc_test_find (GTK_WIDGET (card), "rc-result", G_TYPE_NONE);
  g_assert_true (shown (result));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (rc_test_find (result, "rc-result-label", G_TYPE_NONE))), ==,
      "Correct");
  g_assert_cmpstr (
      gtk_image_get_icon_name (GTK_IMAGE (rc_test_find (result, NULL, GTK_TYPE_IMAGE))), ==,
      "emblem-ok-symbolic");
  g_assert_true (gtk_widget_has_css_class (result, "rc-result-right"));

  /* Saved at once, in the file the view was given. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  saved = reload_progress (path);
  state = rc_study_progress_lookup (saved, card_id);
  g_assert_nonnull (state);
  g_assert_cmpuint (state->right, ==, 1);
  g_assert_cmpuint (state->wrong, ==, 0);
  g_assert_cmpuint (state->box, ==, 2);

  /* Enter again goes on to another card, which gets the focus. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_Return));
  wait_for_next_card (view, card_id);
  g_assert_nonnull (rc_study_view_get_current_question (view));
  g_assert_cmpstr (rc_study_view_get_current_question (view)->card_id, !=, card_id);
  g_assert_false (rc_question_card_get_answered (card));
  g_assert_true (
      gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (card)));

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
test_choice_wrong_shows_answer_and_source (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestionCard  *card = card_of (view);
  RcQuestion      *question = rc_study_view_get_current_question (view);
  guint            wrong = wrong_option (question);
  g_autoptr (RcStudyProgress) saved = NULL;
  g_autoptr (GPtrArray) options = NULL;
  g_autofree char *expected_answer = NULL;
  g_autofree char *go_to = NULL;
  RcDrug          *drug = rc_knowledge_base_lookup_drug (kb, question->drug_id);
  GtkWidget       *result;
  GtkWidget       *answer;
  GtkWidget       *explanation;
  GtkWidget       *marker;
  GtkWidget       *go_button;
  GtkWidget       *status;

  g_assert_nonnull (drug);
  focus_question (view);
  g_assert_true (rc_test_press_key (window, GDK_KEY_1 + wrong));
  /* Enter on the focused option checks it. */
  g_assert_true (GTK_IS_TOGGLE_BUTTON (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Return));
  rc_test_wait_for_draw (window);
  g_assert_true (rc_question_card_get_answered (card));

  result = rc_test_find (GTK_WIDGET (card), "rc-result", G_TYPE_NONE);
  g_assert_true (shown (result));
  g_assert_cmpstr (
      gtk_label_get_text (GTK_LABEL (rc_test_find (result, "rc-result-label", G_TYPE_NONE))), ==,
      "Incorrect");
  g_assert_cmpstr (
      gtk_image_get_icon_name (GTK_IMAGE (rc_test_find (result, NULL, GTK_TYPE_IMAGE))), ==,
      "window-close-symbolic");

  /* The correct answer, in the feedback and on its option. */
  answer = rc_test_find (GTK_WIDGET (card), "rc-answer", G_TYPE_NONE);
  g_assert_true (shown (answer));
  expected_answer = g_strdup_printf ("Answer: %s", question->options[question->correct]);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (answer)), ==, expected_answer);
  options = rc_test_find_all (GTK_WIDGET (card), "rc-option", GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpuint (options->len, ==, question->n_options);
  status = rc_test_find (g_ptr_array_index (options, question->correct), "rc-option-status",
                         G_TYPE_NONE);
  g_assert_true (shown (status));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Correct answer");
  status = rc_test_find (g_ptr_array_index (options, wrong), "rc-option-status", G_TYPE_NONE);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==, "Your answer");

  /* The explanation with its sources: ids, and titles on hover. */
  explanation = rc_test_find (GTK_WIDGET (card), "rc-explanation", RC_TYPE_FACT_LINE);
  g_assert_true (shown (explanation));
  g_assert_cmpstr (rc_fact_line_get_text (RC_FACT_LINE (explanation)), ==, question->explanation);
  marker = rc_test_find (explanation, NULL, RC_TYPE_SOURCE_MARKER);
  g_assert_true (shown (marker));
  g_assert_true (g_strv_equal (rc_source_marker_get_sources (RC_SOURCE_MARKER (marker)),
                               (const char *const *) question->sources));
  {
    RcSource   *source = rc_drug_lookup_source (drug, question->sources[0]);
    const char *tooltip = gtk_widget_get_tooltip_markup (marker);

    g_assert_nonnull (source);
    g_assert_nonnull (tooltip);
    g_assert_nonnull (strstr (tooltip, question->sources[0]));
    g_test_message ("marker tooltip: %s", tooltip);
  }

  /* "Go to <section> of <drug>". */
  go_button = rc_test_find (GTK_WIDGET (card), "rc-go-to-section", GTK_TYPE_BUTTON);
  g_assert_true (shown (go_button));
  go_to = g_strdup_printf ("Go to %s of %s", rc_section_get_label (question->section_id),
                           rc_drug_get_name (drug));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (rc_test_find (go_button, NULL, GTK_TYPE_LABEL))),
                   ==, go_to);

  saved = reload_progress (path);
  g_assert_cmpuint (rc_study_progress_lookup (saved, question->card_id)->wrong, ==, 1);
  g_assert_cmpuint (rc_study_progress_lookup (saved, question->card_id)->right, ==, 0);

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

typedef struct
{
  char *drug_id;
  char *section_id;
  guint count;
} Navigation;

static gboolean
navigate_cb (RcStudyView *view, const char *drug_id, const char *section_id, Navigation *nav)
{
  g_free (nav->drug_id);
  g_free (nav->section_id);
  nav->drug_id = g_strdup (drug_id);
  nav->section_id = g_strdup (section_id);
  nav->count++;
  return TRUE;
}

static void
test_go_to_section (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestion      *question = rc_study_view_get_current_question (view);
  Navigation       nav = { NULL, NULL, 0 };
  GtkWidget       *go_button;

  g_signal_connect (view, "navigate", G_CALLBACK (navigate_cb), &nav);
  focus_question (view);
  rc_test_press_key (window, GDK_KEY_1 + question->correct);
  rc_test_press_key (window, GDK_KEY_Return);

  go_button = rc_test_find (GTK_WIDGET (card_of (view)), "rc-go-to-section", GTK_TYPE_BUTTON);
  g_assert_nonnull (go_button);
  g_signal_emit_by_name (go_button, "clicked");
  rc_test_flush ();
  g_assert_cmpuint (nav.count, ==, 1);
  g_assert_cmpstr (nav.drug_id, ==, question->drug_id);
  g_assert_cmpstr (nav.section_id, ==, question->section_id);
  g_assert_nonnull (rc_section_get_label (nav.section_id));

  g_free (nav.drug_id);
  g_free (nav.section_id);
  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
show_section_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  char **target = user_data;

  g_free (*target);
  *target = g_variant_print (parameter, FALSE);
}

/* Unhandled, "navigate" falls back to the window's "win.show-section". */
static void
test_go_to_section_action (void)
{
  g_autofree char *path = new_progress_path ();
  g_autoptr (GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr (GSimpleAction) action = g_simple_action_new ("show-section", G_VARIANT_TYPE ("(ss)"));
  g_autofree char *target = NULL;
  g_autofree char *expected = NULL;
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestion      *question = rc_study_view_get_current_question (view);

  g_signal_connect (action, "activate", G_CALLBACK (show_section_cb), &target);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));

  focus_question (view);
  rc_test_press_key (window, GDK_KEY_1 + question->correct);
  rc_test_press_key (window, GDK_KEY_Return);
  g_assert_true (
      gtk_widget_activate_action (GTK_WIDGET (card_of (view)), "card.go-to-section", NULL));
  expected = g_strdup_printf ("('%s', '%s')", question->drug_id, question->section_id);
  g_assert_cmpstr (target, ==, expected);

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
test_flashcard (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestionCard  *card = card_of (view);
  RcQuestion      *question;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autoptr (RcStudyProgress) saved = NULL;
  GtkWidget *answer;

  rc_study_view_set_mode (view, RC_STUDY_MODE_FLASHCARD);
  question = rc_study_view_get_current_question (view);
  first_id = g_strdup (question->card_id);
  rc_test_wait_for_draw (window);
  focus_question (view);

  /* The front: no options, no answer yet; K does nothing before turning. */
  answer = rc_test_find (GTK_WIDGET (card), "rc-answer", G_TYPE_NONE);
  g_assert_false (shown (answer));
  g_assert_false (shown (rc_test_find (GTK_WIDGET (card), "rc-option", G_TYPE_NONE)));
  g_assert_false (rc_test_press_key (window, GDK_KEY_k));
  g_assert_false (rc_question_card_get_answered (card));

  /* Space turns it: the answer, the explanation and its source. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_space));
  rc_test_wait_for_draw (window);
  g_assert_true (rc_question_card_get_flipped (card));
  g_assert_true (shown (answer));
  g_assert_nonnull (
      strstr (gtk_label_get_text (GTK_LABEL (answer)), question->options[question->correct]));
  g_assert_true (shown (rc_test_find (GTK_WIDGET (card), NULL, RC_TYPE_SOURCE_MARKER)));

  /* K: knew it; saved; the next card comes. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_k));
  question = rc_study_view_get_current_question (view);
  g_assert_nonnull (question);
  g_assert_cmpstr (question->card_id, !=, first_id);
  g_assert_false (rc_question_card_get_flipped (card));
  second_id = g_strdup (question->card_id);

  /* Space, then Left: didn't know. */
  g_assert_true (rc_test_press_key (window, GDK_KEY_space));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Left));

  saved = reload_progress (path);
  g_assert_cmpuint (rc_study_progress_lookup (saved, first_id)->right, ==, 1);
  g_assert_cmpuint (rc_study_progress_lookup (saved, second_id)->wrong, ==, 1);

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static guint
due_count (const char *drug_id, const char *topic_id)
{
  g_autoptr (GPtrArray) all = rc_quiz_generate_all (kb, 1);
  g_autoptr (GPtrArray) filtered = rc_quiz_filter (all, drug_id, topic_id);

  return rc_leitner_count_due (filtered, NULL, g_get_real_time () / G_USEC_PER_SEC);
}

static void
test_filter_by_drug (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  GtkWidget       *drug_dropdown = NULL;
  GListModel      *names;
  GPtrArray       *remaining;
  guint            all = rc_study_view_get_remaining (view)->len;
  guint            tizanidine_due = due_count ("tizanidine", NULL);
  g_autoptr (GPtrArray) dropdowns = rc_test_find_all (GTK_WIDGET (view), NULL, GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (tizanidine_due, >, 0);
  g_assert_cmpuint (tizanidine_due, <, due_count (NULL, NULL));
  g_assert_cmpuint (all, ==, MIN (20, due_count (NULL, NULL)));

  /* The drug dropdown: "All drugs" and the loaded drugs by name. */
  g_assert_cmpuint (dropdowns->len, ==, 2);
  drug_dropdown = g_ptr_array_index (dropdowns, 0);
  names = gtk_drop_down_get_model (GTK_DROP_DOWN (drug_dropdown));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 6);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 2), ==, "Tizanidine");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drug_dropdown), 2);
  rc_test_flush ();
  g_assert_cmpstr (rc_study_view_get_drug_filter (view), ==, "tizanidine");

  remaining = rc_study_view_get_remaining (view);
  g_assert_cmpuint (remaining->len, ==, MIN (20, tizanidine_due));
  for (guint i = 0; i < remaining->len; i++)
    g_assert_cmpstr (((RcQuestion *) g_ptr_array_index (remaining, i))->drug_id, ==, "tizanidine");
  g_assert_cmpstr (rc_study_view_get_current_question (view)->drug_id, ==, "tizanidine");

  /* And a topic on top: both filters hold. */
  rc_study_view_set_topic_filter (view, "safety");
  remaining = rc_study_view_get_remaining (view);
  g_assert_cmpuint (remaining->len, ==, MIN (20, due_count ("tizanidine", "safety")));
  for (guint i = 0; i < remaining->len; i++)
    {
      RcQuestion *q = g_ptr_array_index (remaining, i);

      g_assert_cmpstr (q->drug_id, ==, "tizanidine");
      g_assert_cmpstr (q->topic_id, ==, "safety");
    }

  /* Back to all drugs through the property: the dropdown follows. */
  rc_study_view_set_drug_filter (view, NULL);
  rc_study_view_set_topic_filter (view, NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (drug_dropdown)), ==, 0);
  g_assert_cmpuint (rc_study_view_get_remaining (view)->len, ==, all);

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static GtkWidget *
find_reset_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }

  return NULL;
}

static void
answer_current (RcStudyView *view, GtkWidget *window, gboolean right)
{
  RcQuestion *question = rc_study_view_get_current_question (view);

  g_assert_nonnull (question);
  focus_question (view);
  g_assert_true (rc_test_press_key (
      window, GDK_KEY_1 + (right ? question->correct : wrong_option (question))));
  g_assert_true (rc_test_press_key (window, GDK_KEY_Return));
}

static void
test_reset_asks_first (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  GtkWidget       *dialog;
  GtkWidget       *reset_button;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *secondary = NULL;
  g_autoptr (RcStudyProgress) saved = NULL;

  answer_current (view, window, TRUE);
  g_assert_cmpuint (rc_study_progress_get_n_cards (rc_study_view_get_progress (view)), ==, 1);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* It asks first. */
  g_assert_null (find_reset_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "study.reset", NULL));
  rc_test_flush ();
  dialog = find_reset_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_object_get (dialog, "text", &text, "secondary-text", &secondary, NULL);
  g_assert_cmpstr (text, ==, "Reset all study progress?");
  g_assert_cmpstr (secondary, ==, "This cannot be undone.");
  reset_button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), 1);
  g_assert_nonnull (reset_button);
  g_assert_true (gtk_widget_has_css_class (reset_button, "destructive-action"));
  g_assert_nonnull (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL));
  rc_test_wait_for_draw (dialog);
  rc_test_save_png (dialog, "study-reset-dialog-light");

  /* Cancel keeps everything, in memory and on disk. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  rc_test_flush ();
  g_assert_null (find_reset_dialog ());
  g_assert_cmpuint (rc_study_progress_get_n_cards (rc_study_view_get_progress (view)), ==, 1);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  /* Reset forgets it, in memory and on disk. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "study.reset", NULL));
  rc_test_flush ();
  dialog = find_reset_dialog ();
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), 1);
  rc_test_flush ();
  g_assert_null (find_reset_dialog ());
  g_assert_cmpuint (rc_study_progress_get_n_cards (rc_study_view_get_progress (view)), ==, 0);
  saved = reload_progress (path);
  g_assert_cmpuint (rc_study_progress_get_n_cards (saved), ==, 0);
  g_assert_cmpstr (rc_study_view_get_page (view), ==, "card");

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
test_corrupt_file (void)
{
  g_autofree char *path = new_progress_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  GtkWidget       *window;
  RcStudyView     *view;
  const char      *message;
  const char      *moved;
  GtkWidget       *revealer;
  GtkWidget       *label;
  g_autoptr (RcStudyProgress) saved = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (
      g_file_set_contents (path, "[progress]\napp=something-else\n\x01\x02 not ours", -1, NULL));
  view = new_view (path, &window);

  /* The view says what happened and where the old file is. */
  message = rc_study_view_get_message (view);
  g_assert_nonnull (message);
  g_test_message ("message: %s", message);
  moved = rc_study_progress_get_moved_aside (rc_study_view_get_progress (view));
  g_assert_nonnull (moved);
  g_assert_nonnull (strstr (message, moved));
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (moved, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "something-else"));

  revealer = rc_test_find (GTK_WIDGET (view), NULL, GTK_TYPE_REVEALER);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  label = rc_test_find (revealer, NULL, GTK_TYPE_LABEL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, message);
  rc_test_save_png (window, "study-corrupt-light");

  /* And it still works: an answer makes a new, valid file. */
  answer_current (view, window, TRUE);
  saved = reload_progress (path);
  g_assert_cmpuint (rc_study_progress_get_n_cards (saved), ==, 1);

  /* Dismissed, the message goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "study.dismiss-message", NULL));
  g_assert_null (rc_study_view_get_message (view));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  rc_test_destroy_toplevels ();
  remove_tree (dir);
}

static void
test_default_path (void)
{
  g_autofree char *expected =
      g_build_filename (data_home, "relaxant-compare", "progress.ini", NULL);
  GtkWidget   *window;
  RcStudyView *view = new_view (NULL, &window);

  g_assert_cmpstr (rc_study_view_get_progress_path (view), ==, expected);
  answer_current (view, window, FALSE);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  rc_test_destroy_toplevels ();
}

static void
test_summary (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestion      *wrong_question;
  GtkWidget       *score;
  g_autoptr (GPtrArray) labels = NULL;
  gboolean    topic_listed = FALSE;
  const char *topic_label;

  answer_current (view, window, TRUE);
  {
    g_autofree char *first_id = g_strdup (rc_study_view_get_current_question (view)->card_id);

    g_assert_true (rc_test_press_key (window, GDK_KEY_Return));
    wait_for_next_card (view, first_id);
  }
  wrong_question = rc_question_ref (rc_study_view_get_current_question (view));
  answer_current (view, window, FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "study.end-session", NULL));
  rc_test_wait_for_draw (window);
  g_assert_cmpstr (rc_study_view_get_page (view), ==, "summary");
  g_assert_null (rc_study_view_get_current_question (view));

  score = rc_test_find (GTK_WIDGET (view), "rc-study-score", GTK_TYPE_LABEL);
  g_assert_true (shown (score));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (score)), ==, "1 of 2 correct");

  /* The topic of the wrong answer is among the weakest. */
  topic_label = rc_quiz_topic_get_label (wrong_question->topic_id);
  labels = rc_test_find_all (GTK_WIDGET (view), NULL, GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget  *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (GTK_LABEL (label));

      if (shown (label) && g_str_has_prefix (text, topic_label) && strstr (text, "right") != NULL)
        topic_listed = TRUE;
    }
  g_assert_true (topic_listed);
  rc_test_save_png (window, "study-summary-light");

  /* "Study Again" starts a new session. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "study.new-session", NULL));
  g_assert_cmpstr (rc_study_view_get_page (view), ==, "card");

  rc_question_unref (wrong_question);
  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
test_accessible (void)
{
  g_autofree char *path = new_progress_path ();
  GtkWidget       *window;
  RcStudyView     *view = new_view (path, &window);
  RcQuestion      *question = rc_study_view_get_current_question (view);
  g_autoptr (GPtrArray) options = rc_test_find_all (GTK_WIDGET (view), "rc-option", G_TYPE_NONE);
  g_autofree char *first = g_strdup_printf ("Option 1: %s", question->options[0]);
  GtkWidget *prompt = rc_test_find (GTK_WIDGET (card_of (view)), "rc-question-prompt", G_TYPE_NONE);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (prompt), GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (prompt), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       question->prompt);
  g_assert_true (gtk_widget_get_focusable (prompt));
  /* Focusing the view focuses the question (for the keys). */
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == prompt);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (options, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, first);

  rc_test_destroy_toplevels ();
  remove_progress_dir (path);
}

static void
test_screenshots (void)
{
  for (guint dark = 0; dark <= 1; dark++)
    {
      g_autofree char *path = new_progress_path ();
      GtkWidget       *window;
      RcStudyView     *view;
      RcQuestion      *question;
      const char      *suffix = dark ? "dark" : "light";
      g_autofree char *name = NULL;

      set_dark (dark);
      view = new_view (path, &window);
      focus_question (view);
      question = rc_study_view_get_current_question (view);
      name = g_strdup_printf ("study-question-%s", suffix);
      rc_test_press_key (window, GDK_KEY_1 + wrong_option (question));
      rc_test_save_png (window, name);

      rc_test_press_key (window, GDK_KEY_Return);
      g_free (name);
      name = g_strdup_printf ("study-wrong-%s", suffix);
      rc_test_save_png (window, name);

      rc_test_press_key (window, GDK_KEY_Return);
      wait_for_next_card (view, question->card_id);
      question = rc_study_view_get_current_question (view);
      rc_test_press_key (window, GDK_KEY_1 + question->correct);
      rc_test_press_key (window, GDK_KEY_Return);
      g_free (name);
      name = g_strdup_printf ("study-right-%s", suffix);
      rc_test_save_png (window, name);

      rc_test_press_key (window, GDK_KEY_Return);
      wait_for_next_card (view, question->card_id);
      rc_study_view_set_mode (view, RC_STUDY_MODE_FLASHCARD);
      focus_question (view);
      rc_test_press_key (window, GDK_KEY_space);
      g_free (name);
      name = g_strdup_printf ("study-flashcard-%s", suffix);
      rc_test_save_png (window, name);

      rc_test_destroy_toplevels ();
      remove_progress_dir (path);
    }
  set_dark (FALSE);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  /* Before anything asks GLib for the user data dir. */
  data_home = g_dir_make_tmp ("rc-study-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  rc_test_init (&argc, &argv);

  kb = rc_test_load_knowledge_base ();

  rc_test_load_style ();

  g_test_add_func ("/study-view/choice/correct-by-keyboard", test_choice_correct_by_keyboard);
  g_test_add_func ("/study-view/choice/wrong-shows-answer-and-source",
                   test_choice_wrong_shows_answer_and_source);
  g_test_add_func ("/study-view/go-to-section", test_go_to_section);
  g_test_add_func ("/study-view/go-to-section-action", test_go_to_section_action);
  g_test_add_func ("/study-view/flashcard", test_flashcard);
  g_test_add_func ("/study-view/filter-by-drug", test_filter_by_drug);
  g_test_add_func ("/study-view/reset-asks-first", test_reset_asks_first);
  g_test_add_func ("/study-view/corrupt-file", test_corrupt_file);
  g_test_add_func ("/study-view/default-path", test_default_path);
  g_test_add_func ("/study-view/summary", test_summary);
  g_test_add_func ("/study-view/accessible", test_accessible);
  g_test_add_func ("/study-view/screenshots", test_screenshots);

  status = g_test_run ();

  g_clear_object (&kb);
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
