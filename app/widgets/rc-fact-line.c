/* rc-fact-line.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-fact-line.h"

#include "rc-source-marker.h"

struct _RcFactLine
{
  GtkWidget parent_instance;

  /* Owned References */
  char *term;
  char *text;

  /* Children */
  GtkWidget *label;
  GtkWidget *marker;
  GtkWidget *pill;
};

enum
{
  PROP_0,
  PROP_DRUG,
  PROP_TERM,
  PROP_TEXT,
  PROP_SOURCES,
  PROP_UNVERIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcFactLine, rc_fact_line, GTK_TYPE_WIDGET)

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

GtkWidget *
rc_fact_line_new_unverified_pill (void)
{
  GtkWidget *pill;

  /* Translators: a tag on a fact that has not been checked against its
   * source yet. */
  pill = gtk_label_new (_ ("Unverified"));
  gtk_widget_add_css_class (pill, "rc-unverified-pill");
  gtk_widget_set_valign (pill, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (
      pill, _ ("Not yet checked against the cited source. Treat it with care and confirm it in the "
               "source before relying on it."));

  return pill;
}

static void
update_label (RcFactLine *self)
{
  if (self->term != NULL && *self->term != '\0')
    {
      /* The term and the text are separate translations of whole phrases;
       * this only sets the term in bold. */
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b> %s", self->term,
                                                         self->text != NULL ? self->text : "");

      gtk_label_set_markup (GTK_LABEL (self->label), markup);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (self->label), self->text != NULL ? self->text : "");
    }
}

/* Layout. A GtkBoxLayout asks a wrapping label how wide it must be for the
 * height it got, which wraps a two-line fact at half the width. Here the
 * label takes the width it wants, up to what the marker and pills leave,
 * and they follow it, as a citation follows its sentence. */

#define SPACING 6

static void
measure_others (RcFactLine *self, GtkOrientation orientation, int *minimum, int *natural)
{
  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_next_sibling (self->label); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min = 0;
      int child_nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += child_min + SPACING;
          *natural += child_nat + SPACING;
        }
      else
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
}

/* When the marker and pills would take more than a fifth of a line that
 * wraps anyway (a narrow window, a long citation), they go under the text
 * rather than squeeze it into a ribbon. */
static gboolean
is_stacked (RcFactLine *self, int width, int label_nat, int others_nat)
{
  return others_nat > 0 && label_nat + others_nat > width && others_nat * 5 > width;
}

static int
label_width_for (RcFactLine *self, int width, gboolean *stacked)
{
  int label_min = 0;
  int label_nat = 0;
  int others_min = 0;
  int others_nat = 0;

  gtk_widget_measure (self->label, GTK_ORIENTATION_HORIZONTAL, -1, &label_min, &label_nat, NULL,
                      NULL);
  measure_others (self, GTK_ORIENTATION_HORIZONTAL, &others_min, &others_nat);

  *stacked = is_stacked (self, width, label_nat, others_nat);
  if (*stacked)
    return CLAMP (width, label_min, MAX (label_min, label_nat));

  return CLAMP (width - others_nat, label_min, MAX (label_min, label_nat));
}

static void
rc_fact_line_measure (GtkWidget     *widget,
                      GtkOrientation orientation,
                      int            for_size,
                      int           *minimum,
                      int           *natural,
                      int           *minimum_baseline,
                      int           *natural_baseline)
{
  RcFactLine *self = RC_FACT_LINE (widget);
  int         label_min = 0;
  int         label_nat = 0;
  int         others_min = 0;
  int         others_nat = 0;

  measure_others (self, orientation, &others_min, &others_nat);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->label, orientation, -1, &label_min, &label_nat, NULL, NULL);
      /* Stacked, the line is as narrow as the wider of its two rows. */
      *minimum = MAX (label_min, others_nat - SPACING);
      *natural = label_nat + others_nat;
    }
  else
    {
      gboolean stacked = FALSE;
      int      label_width = for_size < 0 ? -1 : label_width_for (self, for_size, &stacked);

      gtk_widget_measure (self->label, orientation, label_width, &label_min, &label_nat, NULL,
                          NULL);
      if (stacked)
        {
          *minimum = label_min + others_min;
          *natural = label_nat + others_nat;
        }
      else
        {
          *minimum = MAX (label_min, others_min);
          *natural = MAX (label_nat, others_nat);
        }
    }
}

static void
rc_fact_line_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  RcFactLine *self = RC_FACT_LINE (widget);
  gboolean    rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean    stacked = FALSE;
  int         label_width = label_width_for (self, width, &stacked);
  int         label_height = height;
  int         x = label_width;
  int         y = 0;

  if (stacked)
    {
      gtk_widget_measure (self->label, GTK_ORIENTATION_VERTICAL, label_width, NULL, &label_height,
                          NULL, NULL);
      label_height = MIN (label_height, height);
      x = -SPACING;
      y = label_height;
    }

  gtk_widget_size_allocate (self->label,
                            &(GtkAllocation){ .x = rtl ? width - label_width : 0,
                                              .y = 0,
                                              .width = label_width,
                                              .height = label_height },
                            -1);

  for (GtkWidget *child = gtk_widget_get_next_sibling (self->label); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width = 0;
      int child_height = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL,
                          NULL);
      x += SPACING;
      gtk_widget_size_allocate (
          child,
          &(GtkAllocation){ .x = rtl ? width - x - child_width : x,
                            .y = y,
                            .width = child_width,
                            .height = MAX (0, MIN (child_height, height - y)) },
          -1);
      x += child_width;
    }
}

static GtkSizeRequestMode
rc_fact_line_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rc_fact_line_dispose (GObject *object)
{
  RcFactLine *self = RC_FACT_LINE (object);
  GtkWidget  *child;

  g_clear_pointer (&self->label, gtk_widget_unparent);
  g_clear_pointer (&self->marker, gtk_widget_unparent);
  g_clear_pointer (&self->pill, gtk_widget_unparent);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rc_fact_line_parent_class)->dispose (object);
}

static void
rc_fact_line_finalize (GObject *object)
{
  RcFactLine *self = RC_FACT_LINE (object);

  g_free (self->term);
  g_free (self->text);

  G_OBJECT_CLASS (rc_fact_line_parent_class)->finalize (object);
}

static void
rc_fact_line_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcFactLine *self = RC_FACT_LINE (object);

  switch (prop_id)
    {
      case PROP_DRUG:
        g_value_set_object (value, rc_source_marker_get_drug (RC_SOURCE_MARKER (self->marker)));
        break;
      case PROP_TERM:
        g_value_set_string (value, self->term);
        break;
      case PROP_TEXT:
        g_value_set_string (value, self->text);
        break;
      case PROP_SOURCES:
        g_value_set_boxed (value, rc_source_marker_get_sources (RC_SOURCE_MARKER (self->marker)));
        break;
      case PROP_UNVERIFIED:
        g_value_set_boolean (value, rc_fact_line_get_unverified (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_fact_line_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcFactLine *self = RC_FACT_LINE (object);

  switch (prop_id)
    {
      case PROP_DRUG:
        rc_source_marker_set_drug (RC_SOURCE_MARKER (self->marker), g_value_get_object (value));
        g_object_notify_by_pspec (object, pspec);
        break;
      case PROP_TERM:
        rc_fact_line_set_term (self, g_value_get_string (value));
        break;
      case PROP_TEXT:
        rc_fact_line_set_text (self, g_value_get_string (value));
        break;
      case PROP_SOURCES:
        rc_source_marker_set_sources (RC_SOURCE_MARKER (self->marker), g_value_get_boxed (value));
        g_object_notify_by_pspec (object, pspec);
        break;
      case PROP_UNVERIFIED:
        rc_fact_line_set_unverified (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_fact_line_class_init (RcFactLineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_fact_line_dispose;
  object_class->finalize = rc_fact_line_finalize;
  object_class->get_property = rc_fact_line_get_property;
  object_class->set_property = rc_fact_line_set_property;

  properties[PROP_DRUG] =
      g_param_spec_object ("drug", NULL, NULL, RC_TYPE_DRUG,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TERM] =
      g_param_spec_string ("term", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
      g_param_spec_string ("text", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
      g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNVERIFIED] =
      g_param_spec_boolean ("unverified", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = rc_fact_line_measure;
  widget_class->size_allocate = rc_fact_line_size_allocate;
  widget_class->get_request_mode = rc_fact_line_get_request_mode;

  gtk_widget_class_set_css_name (widget_class, "rc-fact-line");
}

static void
rc_fact_line_init (RcFactLine *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (self->label), TRUE);
  /* Text stays selectable with the mouse, but Tab moves between headings,
   * markers and links instead of stopping on every paragraph. can-focus
   * too: a selectable label's focus handler reports success even when it
   * may not take the focus, which would trap Tab on the previous stop. */
  gtk_widget_set_focusable (self->label, FALSE);
  gtk_widget_set_can_focus (self->label, FALSE);
  /* Not expanding: the marker then follows short text directly, like a
   * citation, and sits at the right edge only when the text wraps. */
  gtk_widget_set_valign (self->label, GTK_ALIGN_START);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  self->marker = rc_source_marker_new (NULL, NULL);
  gtk_widget_set_parent (self->marker, GTK_WIDGET (self));

  self->pill = rc_fact_line_new_unverified_pill ();
  gtk_widget_set_visible (self->pill, FALSE);
  gtk_widget_set_parent (self->pill, GTK_WIDGET (self));
}

GtkWidget *
rc_fact_line_new (RcDrug            *drug,
                  const char        *term,
                  const char        *text,
                  const char *const *sources,
                  gboolean           unverified)
{
  return g_object_new (RC_TYPE_FACT_LINE, "drug", drug, "term", term, "text", text, "sources",
                       sources, "unverified", unverified, NULL);
}

GtkWidget *
rc_fact_line_new_for_fact (RcDrug *drug, const char *term, const RcFact *fact)
{
  g_return_val_if_fail (fact != NULL, NULL);

  return rc_fact_line_new (drug, term, fact->text, (const char *const *) fact->sources,
                           fact->unverified);
}

const char *
rc_fact_line_get_text (RcFactLine *self)
{
  g_return_val_if_fail (RC_IS_FACT_LINE (self), NULL);

  return self->text;
}

void
rc_fact_line_set_text (RcFactLine *self, const char *text)
{
  g_return_if_fail (RC_IS_FACT_LINE (self));

  if (set_str (&self->text, text))
    {
      update_label (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
    }
}

const char *
rc_fact_line_get_term (RcFactLine *self)
{
  g_return_val_if_fail (RC_IS_FACT_LINE (self), NULL);

  return self->term;
}

void
rc_fact_line_set_term (RcFactLine *self, const char *term)
{
  g_return_if_fail (RC_IS_FACT_LINE (self));

  if (set_str (&self->term, term))
    {
      update_label (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM]);
    }
}

gboolean
rc_fact_line_get_unverified (RcFactLine *self)
{
  g_return_val_if_fail (RC_IS_FACT_LINE (self), FALSE);

  return gtk_widget_get_visible (self->pill);
}

void
rc_fact_line_set_unverified (RcFactLine *self, gboolean unverified)
{
  g_return_if_fail (RC_IS_FACT_LINE (self));

  unverified = !!unverified;
  if (unverified == gtk_widget_get_visible (self->pill))
    return;

  gtk_widget_set_visible (self->pill, unverified);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNVERIFIED]);
}

GtkWidget *
rc_fact_line_get_label (RcFactLine *self)
{
  g_return_val_if_fail (RC_IS_FACT_LINE (self), NULL);

  return self->label;
}

void
rc_fact_line_add_suffix (RcFactLine *self, GtkWidget *widget)
{
  g_return_if_fail (RC_IS_FACT_LINE (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_set_valign (widget, GTK_ALIGN_START);
  gtk_widget_insert_before (widget, GTK_WIDGET (self), NULL);
}
