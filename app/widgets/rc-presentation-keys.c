/* rc-presentation-keys.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-presentation-private.h"

/* How long the corner controls stay after the pointer last moved. */
#define CONTROLS_TIMEOUT_MS 3000

/* ---- Keys -------------------------------------------------------------- */

typedef struct
{
  guint       keyval;
  const char *action;
  int         target; /* the quiz-drug column, else -1 */
} KeyBinding;

static const KeyBinding key_bindings[] = {
  { GDK_KEY_Right, "presentation.next", -1 },
  { GDK_KEY_Page_Down, "presentation.next", -1 },
  { GDK_KEY_KP_Page_Down, "presentation.next", -1 },
  { GDK_KEY_Left, "presentation.previous", -1 },
  { GDK_KEY_Page_Up, "presentation.previous", -1 },
  { GDK_KEY_KP_Page_Up, "presentation.previous", -1 },
  { GDK_KEY_BackSpace, "presentation.previous", -1 },
  { GDK_KEY_space, "presentation.advance", -1 },
  { GDK_KEY_Home, "presentation.first", -1 },
  { GDK_KEY_End, "presentation.last", -1 },
  { GDK_KEY_plus, "presentation.zoom-in", -1 },
  { GDK_KEY_equal, "presentation.zoom-in", -1 },
  { GDK_KEY_KP_Add, "presentation.zoom-in", -1 },
  { GDK_KEY_minus, "presentation.zoom-out", -1 },
  { GDK_KEY_KP_Subtract, "presentation.zoom-out", -1 },
  { GDK_KEY_h, "presentation.high-contrast", -1 },
  { GDK_KEY_r, "presentation.reveal", -1 },
  { GDK_KEY_q, "presentation.quiz", -1 },
  { GDK_KEY_1, "presentation.quiz-drug", 0 },
  { GDK_KEY_2, "presentation.quiz-drug", 1 },
  { GDK_KEY_3, "presentation.quiz-drug", 2 },
  { GDK_KEY_4, "presentation.quiz-drug", 3 },
  { GDK_KEY_5, "presentation.quiz-drug", 4 },
  { GDK_KEY_KP_1, "presentation.quiz-drug", 0 },
  { GDK_KEY_KP_2, "presentation.quiz-drug", 1 },
  { GDK_KEY_KP_3, "presentation.quiz-drug", 2 },
  { GDK_KEY_KP_4, "presentation.quiz-drug", 3 },
  { GDK_KEY_KP_5, "presentation.quiz-drug", 4 },
  { GDK_KEY_question, "presentation.help", -1 },
  { GDK_KEY_F1, "presentation.help", -1 },
  { GDK_KEY_Escape, "presentation.close", -1 },
};

/* What the help overlay lists: the keys as people read them. */
static const struct
{
  const char *keys;
  const char *meaning;
} key_help[] = {
  { NC_ ("presentation keys", "→  or  Page Down"), N_ ("Next slide") },
  { NC_ ("presentation keys", "←  or  Page Up"), N_ ("Previous slide") },
  { NC_ ("presentation keys", "Space"), N_ ("Next; in reveal mode, first uncover the next row") },
  { NC_ ("presentation keys", "Home  or  End"), N_ ("First or last slide") },
  { NC_ ("presentation keys", "+  or  −"), N_ ("Larger or smaller text") },
  /* Translators: the letter key H, shown as the key's name. The key to
   * press is fixed in the code and does not change with the language:
   * keep “H”. */
  { NC_ ("presentation keys", "H"), N_ ("High contrast") },
  /* Translators: the letter key R, shown as the key's name. The key to
   * press is fixed in the code and does not change with the language:
   * keep “R”. */
  { NC_ ("presentation keys", "R"),
    N_ ("Reveal mode: values start covered; click a cell to uncover it") },
  /* Translators: the letter key Q, shown as the key's name. The key to
   * press is fixed in the code and does not change with the language:
   * keep “Q”. */
  { NC_ ("presentation keys", "Q"), N_ ("Quiz the room: hide one drug’s values") },
  /* Translators: the number keys 1 to 5. The keys are fixed in the code:
   * only the way a range is written may change. */
  { NC_ ("presentation keys", "1 – 5"), N_ ("Choose the drug to quiz") },
  /* Translators: the question-mark key, shown as the key's name. The key
   * to press is fixed in the code and does not change with the language:
   * keep “?”. */
  { NC_ ("presentation keys", "?"), N_ ("Show or hide these keys") },
  { NC_ ("presentation keys", "Esc"), N_ ("Leave the presentation") },
};

static gboolean
key_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  const KeyBinding *binding = user_data;
  GtkWidget        *focus = gtk_root_get_focus (GTK_ROOT (widget));

  /* Keys typed in a popup (the list of drugs to quiz) are the popup's:
   * Esc closes the list, not the presentation. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  return gtk_widget_activate_action_variant (
      widget, binding->action, binding->target >= 0 ? g_variant_new_int32 (binding->target) : NULL);
}

static void
add_shortcuts (RcPresentation *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* In the capture phase, so that Space and the arrows always drive the
   * slides, whichever control has the focus. */
  gtk_event_controller_set_name (controller, "rc-presentation-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (key_bindings); i++)
    {
      GtkShortcut *shortcut =
          gtk_shortcut_new (gtk_keyval_trigger_new (key_bindings[i].keyval, 0),
                            gtk_callback_action_new (key_cb, (gpointer) &key_bindings[i], NULL));

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
fill_help (RcPresentation *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (key_help); i++)
    {
      GtkWidget *keys = gtk_label_new (g_dpgettext2 (NULL, "presentation keys", key_help[i].keys));
      GtkWidget *meaning = gtk_label_new (_ (key_help[i].meaning));

      gtk_label_set_xalign (GTK_LABEL (keys), 0);
      gtk_label_set_xalign (GTK_LABEL (meaning), 0);
      gtk_label_set_wrap (GTK_LABEL (meaning), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (meaning), 40);
      gtk_widget_add_css_class (keys, "rc-presentation-key");
      gtk_grid_attach (self->help_grid, keys, 0, i, 1, 1);
      gtk_grid_attach (self->help_grid, meaning, 1, i, 1, 1);
    }
}

/* ---- Corner controls --------------------------------------------------- */

static gboolean
hide_controls_cb (gpointer user_data)
{
  RcPresentation *self = user_data;

  self->hide_controls_id = 0;
  /* Not while the pointer rests on them. */
  if (gtk_event_controller_motion_contains_pointer (
          GTK_EVENT_CONTROLLER_MOTION (self->controls_motion)))
    {
      self->hide_controls_id = g_timeout_add (CONTROLS_TIMEOUT_MS, hide_controls_cb, self);
      return G_SOURCE_REMOVE;
    }
  gtk_revealer_set_reveal_child (self->controls_revealer, FALSE);
  /* Enter must not press a control nobody sees. */
  if (gtk_root_get_focus (GTK_ROOT (self)) != NULL &&
      gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (self)), self->controls))
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  /* The pointer goes with them: nothing stray on the projected slide. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

void
_rc_presentation_show_controls (RcPresentation *self)
{
  gtk_revealer_set_reveal_child (self->controls_revealer, TRUE);
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_clear_handle_id (&self->hide_controls_id, g_source_remove);
  self->hide_controls_id = g_timeout_add (CONTROLS_TIMEOUT_MS, hide_controls_cb, self);
}

static void
pointer_motion_cb (GtkEventControllerMotion *motion, double x, double y, RcPresentation *self)
{
  /* Some servers repeat the position when a window maps or the cursor
   * changes; only a real move brings the controls back. */
  if (fabs (x - self->pointer_x) < 1 && fabs (y - self->pointer_y) < 1)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  _rc_presentation_show_controls (self);
}

void
_rc_presentation_update_scale_label (RcPresentation *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  int              percent = (int) lround (self->text_scale * 100);

  /* Translators: the text size of a presentation, as a percentage of the
   * normal size, e.g. "160%". */
  text = g_strdup_printf (_ ("%d%%"), percent);
  gtk_label_set_text (self->scale_label, text);
  /* Translators: the accessible name of the text size shown on a
   * presentation's controls, e.g. "Text size 160%". */
  name = g_strdup_printf (_ ("Text size %d%%"), percent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

/* ---- Setup ------------------------------------------------------------- */

void
_rc_presentation_init_keys (RcPresentation *self)
{
  GtkEventController *motion;

  add_shortcuts (self);
  fill_help (self);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (pointer_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  self->controls_motion = gtk_event_controller_motion_new ();
  gtk_widget_add_controller (self->controls, self->controls_motion);
  _rc_presentation_show_controls (self);
}
