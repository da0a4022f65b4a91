/* rc-problems-banner.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-problems-banner.h"

struct _RcProblemsBanner
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget *box;
  GtkLabel  *error_label;
  GtkLabel  *notice_label;
  GtkLabel  *message_label;
  GtkWidget *details_button;

  /* Owned References */
  RcKnowledgeBase *kb;
  char            *message;
  char            *summary;

  /* Borrowed References */
  GtkWindow *details_window; /* weak */
};

G_DEFINE_FINAL_TYPE (RcProblemsBanner, rc_problems_banner, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_MESSAGE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
count_problems (RcKnowledgeBase *kb, guint *n_notices, gboolean *all_replacements)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);

  *n_notices = 0;
  *all_replacements = TRUE;
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != RC_KB_PROBLEM_NOTICE)
        continue;
      (*n_notices)++;
      if (problem->code != RC_KB_ERROR_DUPLICATE)
        *all_replacements = FALSE;
    }
}

static void
update (RcProblemsBanner *self)
{
  guint            n_failed = 0, n_notices = 0;
  gboolean         all_replacements = TRUE;
  g_autofree char *error_text = NULL;
  g_autofree char *notice_text = NULL;

  if (self->kb != NULL)
    {
      n_failed = rc_knowledge_base_get_n_failed_files (self->kb);
      count_problems (self->kb, &n_notices, &all_replacements);
    }

  if (n_failed > 0)
    error_text = g_strdup_printf (
        /* Translators: %u is a number of files from the knowledge-base
         * folders (the drug data), shown in a banner at the top. */
        ngettext ("%u file could not be loaded. The rest of the knowledge base works normally.",
                  "%u files could not be loaded. The rest of the knowledge base works normally.",
                  n_failed),
        n_failed);

  if (n_notices > 0 && all_replacements)
    notice_text = g_strdup_printf (
        /* Translators: %u is a number of drugs. */
        ngettext ("%u drug was replaced by a file from a knowledge-base folder.",
                  "%u drugs were replaced by files from knowledge-base folders.", n_notices),
        n_notices);
  else if (n_notices > 0)
    notice_text = g_strdup_printf (
        /* Translators: %u is a number of notices about the drug data. */
        ngettext ("%u notice about the knowledge base.", "%u notices about the knowledge base.",
                  n_notices),
        n_notices);

  gtk_label_set_text (self->error_label, error_text != NULL ? error_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), error_text != NULL);
  gtk_label_set_text (self->notice_label, notice_text != NULL ? notice_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice_text != NULL);
  gtk_label_set_text (self->message_label, self->message != NULL ? self->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), self->message != NULL);
  /* Details lists knowledge-base problems; a message says all there is. */
  gtk_widget_set_visible (self->details_button, n_failed > 0 || n_notices > 0);

  g_free (self->summary);
  {
    const char *parts[4] = { NULL };
    guint       n = 0;

    if (error_text != NULL)
      parts[n++] = error_text;
    if (notice_text != NULL)
      parts[n++] = notice_text;
    if (self->message != NULL)
      parts[n++] = self->message;
    self->summary = g_strjoinv ("\n", (char **) parts);
  }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
  gtk_widget_set_visible (GTK_WIDGET (self), *self->summary != '\0');
}

static void
details_clicked_cb (RcProblemsBanner *self, GtkButton *button)
{
  rc_problems_banner_show_details (self);
}

static void
rc_problems_banner_dispose (GObject *object)
{
  RcProblemsBanner *self = RC_PROBLEMS_BANNER (object);
  GtkWidget        *child;

  if (self->details_window != NULL)
    gtk_window_destroy (self->details_window);
  g_clear_weak_pointer (&self->details_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_PROBLEMS_BANNER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_problems_banner_parent_class)->dispose (object);
}

static void
rc_problems_banner_finalize (GObject *object)
{
  RcProblemsBanner *self = RC_PROBLEMS_BANNER (object);

  g_free (self->summary);
  g_free (self->message);

  G_OBJECT_CLASS (rc_problems_banner_parent_class)->finalize (object);
}

static void
rc_problems_banner_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcProblemsBanner *self = RC_PROBLEMS_BANNER (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_MESSAGE:
        g_value_set_string (value, self->message);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_problems_banner_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RcProblemsBanner *self = RC_PROBLEMS_BANNER (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        rc_problems_banner_set_knowledge_base (self, g_value_get_object (value));
        break;
      case PROP_MESSAGE:
        rc_problems_banner_set_message (self, g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_problems_banner_class_init (RcProblemsBannerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_problems_banner_dispose;
  object_class->finalize = rc_problems_banner_finalize;
  object_class->get_property = rc_problems_banner_get_property;
  object_class->set_property = rc_problems_banner_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MESSAGE] =
      g_param_spec_string ("message", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/rc-problems-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, RcProblemsBanner, box);
  gtk_widget_class_bind_template_child (widget_class, RcProblemsBanner, error_label);
  gtk_widget_class_bind_template_child (widget_class, RcProblemsBanner, notice_label);
  gtk_widget_class_bind_template_child (widget_class, RcProblemsBanner, message_label);
  gtk_widget_class_bind_template_child (widget_class, RcProblemsBanner, details_button);
  gtk_widget_class_bind_template_callback (widget_class, details_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-problems-banner");
  /* Loading problems are news the reader should hear about. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
rc_problems_banner_init (RcProblemsBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->summary = g_strdup ("");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Knowledge-base problems"), -1);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
rc_problems_banner_new (void)
{
  return g_object_new (RC_TYPE_PROBLEMS_BANNER, NULL);
}

RcKnowledgeBase *
rc_problems_banner_get_knowledge_base (RcProblemsBanner *self)
{
  g_return_val_if_fail (RC_IS_PROBLEMS_BANNER (self), NULL);

  return self->kb;
}

void
rc_problems_banner_set_knowledge_base (RcProblemsBanner *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_PROBLEMS_BANNER (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

const char *
rc_problems_banner_get_message (RcProblemsBanner *self)
{
  g_return_val_if_fail (RC_IS_PROBLEMS_BANNER (self), NULL);

  return self->message;
}

void
rc_problems_banner_set_message (RcProblemsBanner *self, const char *message)
{
  g_return_if_fail (RC_IS_PROBLEMS_BANNER (self));

  if (g_strcmp0 (self->message, message) == 0)
    return;

  g_free (self->message);
  self->message = g_strdup (message);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}

const char *
rc_problems_banner_get_summary (RcProblemsBanner *self)
{
  g_return_val_if_fail (RC_IS_PROBLEMS_BANNER (self), NULL);

  return self->summary;
}

static void
append_problems (GString            *out,
                 GPtrArray          *problems,
                 RcKbProblemSeverity severity,
                 const char         *heading)
{
  gboolean first = TRUE;

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char   *line = NULL;

      if (problem->severity != severity)
        continue;
      if (first)
        {
          if (out->len > 0)
            g_string_append_c (out, '\n');
          g_string_append_printf (out, "%s\n", heading);
          first = FALSE;
        }
      line = rc_kb_problem_to_string (problem);
      g_string_append_printf (out, "%s\n", line);
    }
}

char *
rc_problems_banner_dup_details (RcProblemsBanner *self)
{
  GString   *out;
  GPtrArray *problems;

  g_return_val_if_fail (RC_IS_PROBLEMS_BANNER (self), NULL);

  out = g_string_new (NULL);
  problems = self->kb != NULL ? rc_knowledge_base_get_problems (self->kb) : NULL;
  if (problems != NULL)
    {
      /* Translators: heading above the list of knowledge-base errors. */
      append_problems (out, problems, RC_KB_PROBLEM_ERROR, _ ("Not loaded:"));
      /* Translators: heading above the list of knowledge-base notices,
       * such as a drug replaced by a file. */
      append_problems (out, problems, RC_KB_PROBLEM_NOTICE, _ ("Notices:"));
    }

  return g_string_free (out, FALSE);
}

GtkWindow *
rc_problems_banner_show_details (RcProblemsBanner *self)
{
  g_autoptr (GtkBuilder) builder = NULL;
  g_autofree char *details = NULL;
  GtkTextView     *text_view;
  GtkWindow       *window;
  GtkRoot         *root;

  g_return_val_if_fail (RC_IS_PROBLEMS_BANNER (self), NULL);

  if (self->details_window != NULL)
    {
      gtk_window_present (self->details_window);
      return self->details_window;
    }

  builder = gtk_builder_new_from_resource (RESOURCE_BASE "/rc-problems-dialog.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "dialog"));
  text_view = GTK_TEXT_VIEW (gtk_builder_get_object (builder, "text_view"));

  details = rc_problems_banner_dup_details (self);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (text_view), details, -1);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));

  g_set_weak_pointer (&self->details_window, window);
  gtk_window_present (window);
  return window;
}
