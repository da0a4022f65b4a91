/* rc-question-card-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-question-card.h"

G_BEGIN_DECLS

/* Shared by rc-question-card.c (state, actions, keys) and
 * rc-question-card-build.c (the widgets that show a card). */

/* Keys 1–4 choose; more options than that are still clickable. */
#define MAX_KEYED_OPTIONS 4

struct _RcQuestionCard
{
  GtkWidget parent_instance;

  /* Owned References */
  RcKnowledgeBase *kb;
  RcQuestion      *question;
  GPtrArray       *option_buttons; /* GtkToggleButton*, children of box */

  RcStudyMode mode;
  int         selected;
  gboolean    answered;
  gboolean    flipped;
  gboolean    correct;

  /* Children, rebuilt with each question */
  GtkWidget *box;
  GtkWidget *prompt;
  GtkWidget *options_box;
  GtkWidget *choice_buttons;
  GtkWidget *check_button;
  GtkWidget *show_button;
  GtkWidget *feedback;
  GtkWidget *result_box;
  GtkWidget *result_icon;
  GtkWidget *result_label;
  GtkWidget *answer_label;
  GtkWidget *next_button;
  GtkWidget *rate_box;
};

/* rc-question-card.c */
RcDrug *_rc_question_card_get_drug (RcQuestionCard *self);
void    _rc_question_card_update_actions (RcQuestionCard *self);
void    _rc_question_card_update_visibility (RcQuestionCard *self);
void    _rc_question_card_set_selected (RcQuestionCard *self, int selected);
void    _rc_question_card_confirm (RcQuestionCard *self);

/* rc-question-card-build.c */
void _rc_question_card_rebuild (RcQuestionCard *self);
void _rc_question_card_mark_options (RcQuestionCard *self);
void _rc_question_card_show_result (RcQuestionCard *self);

G_END_DECLS
