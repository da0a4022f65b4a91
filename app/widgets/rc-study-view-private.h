/* rc-study-view-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-leitner.h"
#include "rc-question-card.h"
#include "rc-study-view.h"

G_BEGIN_DECLS

/* Shared by rc-study-view.c (the widget, its properties and filters) and
 * rc-study-view-session.c (the session: cards, progress, summary, and the
 * actions a person takes). */
struct _RcStudyView
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget *main_box;
  GtkWidget *banner_revealer;
  GtkWidget *banner_label;
  GtkWidget *filters_box;
  GtkWidget *drug_dropdown;
  GtkWidget *topic_dropdown;
  GtkWidget *choice_toggle;
  GtkWidget *flashcard_toggle;
  GtkWidget *status_label;
  GtkWidget *stack;
  GtkWidget *card;
  GtkWidget *summary_title;
  GtkWidget *score_label;
  GtkWidget *weak_heading;
  GtkWidget *weak_box;
  GtkWidget *empty_title;
  GtkWidget *empty_label;

  /* Owned References */
  RcKnowledgeBase *kb;
  GListModel      *drugs; /* the knowledge base's, watched for changes */
  RcStudyProgress *progress;
  GPtrArray       *questions; /* every generated card */
  GPtrArray       *queue;     /* this session's cards still to come, current first */
  GHashTable      *seen;      /* card ids answered in this session */
  RcStudySummary  *summary;
  GPtrArray       *drug_ids; /* drug dropdown position - 1 -> id */
  GtkWindow       *reset_dialog;
  char            *progress_path;
  char            *drug_filter;
  char            *topic_filter;
  char            *message;

  RcStudyMode mode;
  guint       queue_total; /* cards in the queue when it was made */
  gboolean    syncing;
};

/* rc-study-view-session.c */
void        _rc_study_view_class_init_session (GtkWidgetClass *widget_class);
void        _rc_study_view_ensure_progress (RcStudyView *self);
RcQuestion *_rc_study_view_current_question (RcStudyView *self);
void        _rc_study_view_show_current (RcStudyView *self);
void        _rc_study_view_fill_queue (RcStudyView *self, gboolean everything);
void        _rc_study_view_new_session (RcStudyView *self);
void        _rc_study_view_regenerate (RcStudyView *self);
void        _rc_study_view_next_card (RcStudyView *self, RcQuestionCard *card);

G_END_DECLS
