/* rc-slide-cell.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-slide-cell.h"

struct _RcSlideCell
{
  GtkWidget parent_instance;

  /* Children */
  GtkWidget *stack;

  /* Borrowed References */
  GtkWidget *value_box;
  GtkWidget *text_label;
  GtkWidget *sources_label; /* or NULL */
  GtkWidget *placeholder;
  GtkWidget *quiz_label;

  char    *text;
  gboolean covered;
  gboolean quizzed;
};

enum
{
  PROP_0,
  PROP_COVERED,
  PROP_QUIZZED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcSlideCell, rc_slide_cell, GTK_TYPE_WIDGET)

static void
scale_label (GtkWidget *label, double scale)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static void
update_face (RcSlideCell *self)
{
  const char *face = self->quizzed ? "quiz" : self->covered ? "covered" : "value";

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), face);
  /* What the room must not see yet, a screen reader must not read out. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->value_box), GTK_ACCESSIBLE_STATE_HIDDEN,
                               self->quizzed || self->covered, -1);
}

static void
placeholder_clicked_cb (RcSlideCell *self)
{
  rc_slide_cell_set_covered (self, FALSE);
}

static void
rc_slide_cell_dispose (GObject *object)
{
  RcSlideCell *self = RC_SLIDE_CELL (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);

  G_OBJECT_CLASS (rc_slide_cell_parent_class)->dispose (object);
}

static void
rc_slide_cell_finalize (GObject *object)
{
  RcSlideCell *self = RC_SLIDE_CELL (object);

  g_free (self->text);

  G_OBJECT_CLASS (rc_slide_cell_parent_class)->finalize (object);
}

static void
rc_slide_cell_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSlideCell *self = RC_SLIDE_CELL (object);

  switch (prop_id)
    {
      case PROP_COVERED:
        g_value_set_boolean (value, self->covered);
        break;
      case PROP_QUIZZED:
        g_value_set_boolean (value, self->quizzed);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_slide_cell_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcSlideCell *self = RC_SLIDE_CELL (object);

  switch (prop_id)
    {
      case PROP_COVERED:
        rc_slide_cell_set_covered (self, g_value_get_boolean (value));
        break;
      case PROP_QUIZZED:
        rc_slide_cell_set_quizzed (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_slide_cell_class_init (RcSlideCellClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_slide_cell_dispose;
  object_class->finalize = rc_slide_cell_finalize;
  object_class->get_property = rc_slide_cell_get_property;
  object_class->set_property = rc_slide_cell_set_property;

  properties[PROP_COVERED] =
      g_param_spec_boolean ("covered", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUIZZED] =
      g_param_spec_boolean ("quizzed", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "rc-slide-cell");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rc_slide_cell_init (RcSlideCell *self)
{
  /* Homogeneous in both directions: every face takes the value's size. */
  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));
}

GtkWidget *
rc_slide_cell_new (const char *text, const char *sources, const char *what, gboolean differs)
{
  RcSlideCell     *self = g_object_new (RC_TYPE_SLIDE_CELL, NULL);
  g_autofree char *covered_name = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  self->text = g_strdup (text);

  self->value_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->value_box, "rc-slide-value");
  self->text_label = g_object_new (GTK_TYPE_LABEL, "label", text, "wrap", TRUE, "wrap-mode",
                                   PANGO_WRAP_WORD_CHAR, "xalign", 0.0f, "yalign", 0.0f, NULL);
  gtk_box_append (GTK_BOX (self->value_box), self->text_label);
  if (sources != NULL && *sources != '\0')
    {
      g_autofree char *numbers = NULL;

      /* Translators: the sources of a value on a slide, e.g. "[1, 4]":
       * the numbers in that drug's source list. */
      numbers = g_strdup_printf (C_ ("slide sources", "[%s]"), sources);
      self->sources_label =
          g_object_new (GTK_TYPE_LABEL, "label", numbers, "wrap", TRUE, "xalign", 0.0f, NULL);
      gtk_widget_add_css_class (self->sources_label, "rc-slide-sources");
      gtk_box_append (GTK_BOX (self->value_box), self->sources_label);
    }
  if (differs)
    {
      gtk_widget_add_css_class (self->value_box, "rc-differs");
      /* The emphasis is a shape and a tint; a screen reader hears it. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_label),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _ ("Differs between the chosen drugs"), -1);
    }
  gtk_stack_add_named (GTK_STACK (self->stack), self->value_box, "value");

  /* The placeholder is a button, so a click (or the keyboard) uncovers
   * just this cell while the lecturer asks the room. */
  self->placeholder = gtk_button_new ();
  gtk_widget_add_css_class (self->placeholder, "flat");
  gtk_widget_add_css_class (self->placeholder, "rc-slide-placeholder");
  gtk_widget_set_focus_on_click (self->placeholder, FALSE);
  gtk_widget_set_tooltip_text (self->placeholder, _ ("Click to uncover"));
  /* Translators: the accessible name of a covered cell on a slide; %s
   * names the drug and the row, e.g. "Baclofen, Half-life". */
  covered_name = g_strdup_printf (_ ("Covered: %s"), what != NULL ? what : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->placeholder), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  covered_name, -1);
  g_signal_connect_swapped (self->placeholder, "clicked", G_CALLBACK (placeholder_clicked_cb),
                            self);
  gtk_stack_add_named (GTK_STACK (self->stack), self->placeholder, "covered");

  /* Translators: shown instead of a value while the room guesses it. */
  self->quiz_label = gtk_label_new (C_ ("quiz cell", "?"));
  gtk_widget_add_css_class (self->quiz_label, "rc-slide-quiz");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->quiz_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Hidden for the quiz"), -1);
  gtk_stack_add_named (GTK_STACK (self->stack), self->quiz_label, "quiz");

  update_face (self);
  return GTK_WIDGET (self);
}

gboolean
rc_slide_cell_get_covered (RcSlideCell *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_CELL (self), FALSE);

  return self->covered;
}

void
rc_slide_cell_set_covered (RcSlideCell *self, gboolean covered)
{
  g_return_if_fail (RC_IS_SLIDE_CELL (self));

  covered = !!covered;
  if (self->covered == covered)
    return;
  self->covered = covered;
  update_face (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COVERED]);
}

gboolean
rc_slide_cell_get_quizzed (RcSlideCell *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_CELL (self), FALSE);

  return self->quizzed;
}

void
rc_slide_cell_set_quizzed (RcSlideCell *self, gboolean quizzed)
{
  g_return_if_fail (RC_IS_SLIDE_CELL (self));

  quizzed = !!quizzed;
  if (self->quizzed == quizzed)
    return;
  self->quizzed = quizzed;
  update_face (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIZZED]);
}

const char *
rc_slide_cell_get_text (RcSlideCell *self)
{
  g_return_val_if_fail (RC_IS_SLIDE_CELL (self), NULL);

  return self->text;
}

void
rc_slide_cell_set_font_scale (RcSlideCell *self, double scale)
{
  g_return_if_fail (RC_IS_SLIDE_CELL (self));

  scale_label (self->text_label, scale);
  if (self->sources_label != NULL)
    scale_label (self->sources_label, scale);
  scale_label (self->quiz_label, scale);
}
