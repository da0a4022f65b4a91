/* rc-presentation.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rc-presentation-private.h"

#include "rc-slide-table.h"

/* What + and − change the text scale by. */
#define TEXT_SCALE_STEP 0.2

G_DEFINE_FINAL_TYPE (RcPresentation, rc_presentation, GTK_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_DRUG_IDS,
  PROP_ONLY_DIFFERENCES,
  PROP_TEXT_SCALE,
  PROP_HIGH_CONTRAST,
  PROP_REVEAL,
  PROP_QUIZ,
  PROP_QUIZ_COLUMN,
  PROP_CURRENT_SLIDE,
  PROP_N_SLIDES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_rc_presentation_notify_slides (RcPresentation *self,
                                gboolean        n_slides_changed,
                                gboolean        current_changed)
{
  if (n_slides_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SLIDES]);
  if (current_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_SLIDE]);
}

/* ---- Styles ------------------------------------------------------------ */

static gboolean
theme_is_dark (RcPresentation *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA          bg;

  if (!gtk_style_context_lookup_color (context, "window_bg_color", &bg) &&
      !gtk_style_context_lookup_color (context, "theme_bg_color", &bg))
    return FALSE;
  return 0.2126 * bg.red + 0.7152 * bg.green + 0.0722 * bg.blue < 0.5;
}

static void
apply_contrast (RcPresentation *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean   dark = theme_is_dark (self);

  /* Black on white, or white on black in a dark theme: the charts take
   * their background from the theme, so the two must agree. */
  if (self->high_contrast)
    gtk_widget_add_css_class (widget, "rc-high-contrast");
  else
    gtk_widget_remove_css_class (widget, "rc-high-contrast");
  if (self->high_contrast && dark)
    gtk_widget_add_css_class (widget, "rc-hc-dark");
  else
    gtk_widget_remove_css_class (widget, "rc-hc-dark");
  if (self->high_contrast && !dark)
    gtk_widget_add_css_class (widget, "rc-hc-light");
  else
    gtk_widget_remove_css_class (widget, "rc-hc-light");
  _rc_presentation_refit (self);
}

static void
apply_text_scale (RcPresentation *self)
{
  g_autofree char *css = NULL;

  /* A font size on the window: every slide's text, spacing in em and the
   * charts' type (they draw with their widget's font) follow it. */
  css = g_strdup_printf ("window { font-size: %d%%; }", (int) lround (self->text_scale * 100));
  gtk_css_provider_load_from_data (self->scale_css, css, -1);
  _rc_presentation_update_scale_label (self);
}

/* ---- Actions ----------------------------------------------------------- */

static void
step (RcPresentation *self, int delta)
{
  int target = (int) self->current + delta;

  if (self->slides->len == 0)
    return;
  rc_presentation_set_current_slide (self, CLAMP (target, 0, (int) self->slides->len - 1));
}

static void
next_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  step (RC_PRESENTATION (widget), 1);
}

static void
previous_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  step (RC_PRESENTATION (widget), -1);
}

static void
first_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  rc_presentation_set_current_slide (RC_PRESENTATION (widget), 0);
}

static void
last_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);

  if (self->slides->len > 0)
    rc_presentation_set_current_slide (self, self->slides->len - 1);
}

static void
advance_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);
  GtkWidget      *slide =
      self->current < self->slides->len ? g_ptr_array_index (self->slides, self->current) : NULL;

  /* In reveal mode Space uncovers the slide row by row before moving on. */
  if (self->reveal && slide != NULL && RC_IS_SLIDE_TABLE (slide) &&
      rc_slide_table_uncover_next_row (RC_SLIDE_TABLE (slide)))
    return;
  step (self, 1);
}

static void
zoom_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);
  double delta = g_str_equal (name, "presentation.zoom-in") ? TEXT_SCALE_STEP : -TEXT_SCALE_STEP;

  rc_presentation_set_text_scale (self, self->text_scale + delta);
  _rc_presentation_show_controls (self);
}

static void
quiz_drug_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);
  int             column = g_variant_get_int32 (parameter);

  if (self->comparison == NULL || column < 0 ||
      (guint) column >= rc_comparison_get_n_drugs (self->comparison))
    return;
  rc_presentation_set_quiz_column (self, column);
  rc_presentation_set_quiz (self, TRUE);
  _rc_presentation_show_controls (self);
}

static void
help_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);

  gtk_widget_set_visible (self->help_box, !gtk_widget_get_visible (self->help_box));
}

static void
close_action (GtkWidget *widget, const char *name, GVariant *parameter)
{
  RcPresentation *self = RC_PRESENTATION (widget);

  /* Esc closes the key list first, then the presentation. */
  if (gtk_widget_get_visible (self->help_box))
    gtk_widget_set_visible (self->help_box, FALSE);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* ---- GObject ----------------------------------------------------------- */

static void
rc_presentation_show (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rc_presentation_parent_class)->show (widget);

  /* No control starts with the focus: the keys drive the slides. */
  gtk_window_set_focus (GTK_WINDOW (widget), NULL);
}

static void
rc_presentation_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  GTK_WIDGET_CLASS (rc_presentation_parent_class)->size_allocate (widget, width, height, baseline);
  _rc_presentation_check_fit (RC_PRESENTATION (widget));
}

static gboolean
rc_presentation_close_request (GtkWindow *window)
{
  RcPresentation *self = RC_PRESENTATION (window);
  GtkWindow      *parent = gtk_window_get_transient_for (window);

  /* Back to the main window as it was: it was never touched, but it gets
   * the keyboard focus back where the lecturer left it. */
  if (parent != NULL && gtk_widget_get_visible (GTK_WIDGET (parent)))
    {
      gtk_window_present (parent);
      if (self->focus_before != NULL &&
          gtk_widget_get_root (self->focus_before) == GTK_ROOT (parent))
        gtk_widget_grab_focus (self->focus_before);
    }

  return GTK_WINDOW_CLASS (rc_presentation_parent_class)->close_request (window);
}

static void
settings_changed_cb (RcPresentation *self)
{
  apply_contrast (self);
}

static void
rc_presentation_constructed (GObject *object)
{
  RcPresentation *self = RC_PRESENTATION (object);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr (GStrvBuilder) known = g_strv_builder_new ();
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (rc_presentation_parent_class)->constructed (object);

  /* Like the compare view, skip ids the knowledge base no longer has (an
   * overlay file removed since the choice was saved). */
  for (guint i = 0; self->kb != NULL && self->drug_ids != NULL && self->drug_ids[i] != NULL; i++)
    {
      if (rc_knowledge_base_lookup_drug (self->kb, self->drug_ids[i]) != NULL)
        g_strv_builder_add (known, self->drug_ids[i]);
    }
  g_strfreev (self->drug_ids);
  self->drug_ids = g_strv_builder_end (known);

  if (g_strv_length (self->drug_ids) >= 2)
    {
      self->comparison = rc_comparison_new (self->kb, (const char *const *) self->drug_ids, &error);
      if (self->comparison == NULL)
        g_debug ("No comparison to present: %s", error->message);
    }
  for (guint c = 0; self->comparison != NULL && c < rc_comparison_get_n_drugs (self->comparison);
       c++)
    gtk_string_list_append (names, rc_drug_get_name (rc_comparison_get_drug (self->comparison, c)));
  gtk_drop_down_set_model (self->quiz_drop_down, G_LIST_MODEL (names));
  g_object_bind_property (self, "quiz-column", self->quiz_drop_down, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  _rc_presentation_rebuild_slides (self);
}

static void
rc_presentation_dispose (GObject *object)
{
  RcPresentation *self = RC_PRESENTATION (object);

  g_clear_handle_id (&self->fit_idle_id, g_source_remove);
  g_clear_handle_id (&self->hide_controls_id, g_source_remove);
  g_clear_weak_pointer (&self->focus_before);
  g_signal_handlers_disconnect_by_data (gtk_widget_get_settings (GTK_WIDGET (self)), self);
  if (self->scale_css != NULL)
    gtk_style_context_remove_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                       GTK_STYLE_PROVIDER (self->scale_css));
  g_clear_object (&self->scale_css);

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_PRESENTATION);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_object (&self->comparison);
  g_clear_object (&self->kb);
  g_clear_pointer (&self->uncovered, g_hash_table_unref);

  G_OBJECT_CLASS (rc_presentation_parent_class)->dispose (object);
}

static void
rc_presentation_finalize (GObject *object)
{
  RcPresentation *self = RC_PRESENTATION (object);

  g_strfreev (self->drug_ids);

  G_OBJECT_CLASS (rc_presentation_parent_class)->finalize (object);
}

static void
rc_presentation_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcPresentation *self = RC_PRESENTATION (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_DRUG_IDS:
        g_value_set_boxed (value, self->drug_ids);
        break;
      case PROP_ONLY_DIFFERENCES:
        g_value_set_boolean (value, self->only_differences);
        break;
      case PROP_TEXT_SCALE:
        g_value_set_double (value, self->text_scale);
        break;
      case PROP_HIGH_CONTRAST:
        g_value_set_boolean (value, self->high_contrast);
        break;
      case PROP_REVEAL:
        g_value_set_boolean (value, self->reveal);
        break;
      case PROP_QUIZ:
        g_value_set_boolean (value, self->quiz);
        break;
      case PROP_QUIZ_COLUMN:
        g_value_set_uint (value, self->quiz_column);
        break;
      case PROP_CURRENT_SLIDE:
        g_value_set_uint (value, self->current);
        break;
      case PROP_N_SLIDES:
        g_value_set_uint (value, rc_presentation_get_n_slides (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_presentation_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcPresentation *self = RC_PRESENTATION (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_set_object (&self->kb, g_value_get_object (value));
        break;
      case PROP_DRUG_IDS:
        g_strfreev (self->drug_ids);
        self->drug_ids = g_value_dup_boxed (value);
        break;
      case PROP_ONLY_DIFFERENCES:
        rc_presentation_set_only_differences (self, g_value_get_boolean (value));
        break;
      case PROP_TEXT_SCALE:
        rc_presentation_set_text_scale (self, g_value_get_double (value));
        break;
      case PROP_HIGH_CONTRAST:
        rc_presentation_set_high_contrast (self, g_value_get_boolean (value));
        break;
      case PROP_REVEAL:
        rc_presentation_set_reveal (self, g_value_get_boolean (value));
        break;
      case PROP_QUIZ:
        rc_presentation_set_quiz (self, g_value_get_boolean (value));
        break;
      case PROP_QUIZ_COLUMN:
        rc_presentation_set_quiz_column (self, g_value_get_uint (value));
        break;
      case PROP_CURRENT_SLIDE:
        rc_presentation_set_current_slide (self, g_value_get_uint (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_presentation_class_init (RcPresentationClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = rc_presentation_constructed;
  object_class->dispose = rc_presentation_dispose;
  object_class->finalize = rc_presentation_finalize;
  object_class->get_property = rc_presentation_get_property;
  object_class->set_property = rc_presentation_set_property;
  widget_class->show = rc_presentation_show;
  widget_class->size_allocate = rc_presentation_size_allocate;
  window_class->close_request = rc_presentation_close_request;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DRUG_IDS] =
      g_param_spec_boxed ("drug-ids", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ONLY_DIFFERENCES] =
      g_param_spec_boolean ("only-differences", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
      g_param_spec_double ("text-scale", NULL, NULL, RC_PRESENTATION_MIN_TEXT_SCALE,
                           RC_PRESENTATION_MAX_TEXT_SCALE, RC_PRESENTATION_DEFAULT_TEXT_SCALE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
      g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVEAL] =
      g_param_spec_boolean ("reveal", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUIZ] =
      g_param_spec_boolean ("quiz", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUIZ_COLUMN] =
      g_param_spec_uint ("quiz-column", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_SLIDE] =
      g_param_spec_uint ("current-slide", NULL, NULL, 0, G_MAXUINT, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SLIDES] = g_param_spec_uint ("n-slides", NULL, NULL, 0, G_MAXUINT, 0,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "presentation.advance", NULL, advance_action);
  gtk_widget_class_install_action (widget_class, "presentation.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "presentation.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "presentation.quiz-drug", "i", quiz_drug_action);
  gtk_widget_class_install_action (widget_class, "presentation.help", NULL, help_action);
  gtk_widget_class_install_action (widget_class, "presentation.close", NULL, close_action);
  gtk_widget_class_install_property_action (widget_class, "presentation.high-contrast",
                                            "high-contrast");
  gtk_widget_class_install_property_action (widget_class, "presentation.reveal", "reveal");
  gtk_widget_class_install_property_action (widget_class, "presentation.quiz", "quiz");

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, stack);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, counter_label);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, controls_revealer);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, controls);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, scale_label);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, quiz_drop_down);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, help_box);
  gtk_widget_class_bind_template_child (widget_class, RcPresentation, help_grid);
}

static void
rc_presentation_init (RcPresentation *self)
{
  GtkSettings *settings;

  self->text_scale = RC_PRESENTATION_DEFAULT_TEXT_SCALE;
  self->slides = g_ptr_array_new ();
  self->uncovered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pointer_x = self->pointer_y = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scale_css = gtk_css_provider_new ();
  /* On the window alone: the font size is inherited by everything in it
   * and nothing else in the application changes. */
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->scale_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  apply_text_scale (self);

  _rc_presentation_init_keys (self);

  settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_signal_connect_swapped (settings, "notify::gtk-application-prefer-dark-theme",
                            G_CALLBACK (settings_changed_cb), self);
  g_signal_connect_swapped (settings, "notify::gtk-theme-name", G_CALLBACK (settings_changed_cb),
                            self);
}

/* ---- Public API -------------------------------------------------------- */

RcPresentation *
rc_presentation_new (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);

  return g_object_new (RC_TYPE_PRESENTATION, "transient-for", parent, "destroy-with-parent", TRUE,
                       "knowledge-base", kb, "drug-ids", drug_ids, NULL);
}

void
rc_presentation_start (RcPresentation *self)
{
  GtkWindow  *parent;
  GdkMonitor *monitor = NULL;

  g_return_if_fail (RC_IS_PRESENTATION (self));

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));

      monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
      g_set_weak_pointer (&self->focus_before, gtk_root_get_focus (GTK_ROOT (parent)));
    }

  if (monitor != NULL)
    {
      GdkRectangle geometry;

      /* The monitor's size from the start: with no window manager to
       * resize it, a full-screen window would keep its default size. */
      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
    }
  else
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  gtk_window_present (GTK_WINDOW (self));
}

guint
rc_presentation_get_n_slides (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), 0);

  return self->slides->len;
}

guint
rc_presentation_get_current_slide (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), 0);

  return self->current;
}

void
rc_presentation_set_current_slide (RcPresentation *self, guint index)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  if (self->slides->len == 0)
    return;
  index = MIN (index, self->slides->len - 1);
  if (self->current == index)
    return;
  self->current = index;
  _rc_presentation_show_current (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_SLIDE]);
}

GtkWidget *
rc_presentation_get_slide (RcPresentation *self, guint index)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (index < self->slides->len, NULL);

  return g_ptr_array_index (self->slides, index);
}

GtkWidget *
rc_presentation_get_counter (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), NULL);

  return GTK_WIDGET (self->counter_label);
}

gboolean
rc_presentation_get_only_differences (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), FALSE);

  return self->only_differences;
}

void
rc_presentation_set_only_differences (RcPresentation *self, gboolean only_differences)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;
  self->only_differences = only_differences;
  /* Before construction is over there are no slides yet to rebuild. */
  if (self->slides->len > 0)
    _rc_presentation_rebuild_slides (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

double
rc_presentation_get_text_scale (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), RC_PRESENTATION_DEFAULT_TEXT_SCALE);

  return self->text_scale;
}

void
rc_presentation_set_text_scale (RcPresentation *self, double text_scale)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  /* Whole tenths, so that repeated steps land on round percentages. */
  text_scale =
      round (CLAMP (text_scale, RC_PRESENTATION_MIN_TEXT_SCALE, RC_PRESENTATION_MAX_TEXT_SCALE) *
             10) /
      10;
  if (self->text_scale == text_scale)
    return;
  self->text_scale = text_scale;
  apply_text_scale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

gboolean
rc_presentation_get_high_contrast (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), FALSE);

  return self->high_contrast;
}

void
rc_presentation_set_high_contrast (RcPresentation *self, gboolean high_contrast)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  high_contrast = !!high_contrast;
  if (self->high_contrast == high_contrast)
    return;
  self->high_contrast = high_contrast;
  apply_contrast (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

gboolean
rc_presentation_get_reveal (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), FALSE);

  return self->reveal;
}

void
rc_presentation_set_reveal (RcPresentation *self, gboolean reveal)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  reveal = !!reveal;
  if (self->reveal == reveal)
    return;
  self->reveal = reveal;
  /* Turning reveal mode on covers everything again. */
  if (reveal)
    g_hash_table_remove_all (self->uncovered);
  _rc_presentation_apply_modes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEAL]);
}

gboolean
rc_presentation_get_quiz (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), FALSE);

  return self->quiz;
}

void
rc_presentation_set_quiz (RcPresentation *self, gboolean quiz)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  quiz = !!quiz;
  if (self->quiz == quiz)
    return;
  self->quiz = quiz;
  _rc_presentation_apply_modes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIZ]);
}

guint
rc_presentation_get_quiz_column (RcPresentation *self)
{
  g_return_val_if_fail (RC_IS_PRESENTATION (self), 0);

  return self->quiz_column;
}

void
rc_presentation_set_quiz_column (RcPresentation *self, guint column)
{
  g_return_if_fail (RC_IS_PRESENTATION (self));

  /* GtkDropDown says G_MAXUINT (GTK_INVALID_LIST_POSITION) while it has
   * no model yet. */
  if (column == GTK_INVALID_LIST_POSITION || self->quiz_column == column)
    return;
  self->quiz_column = column;
  _rc_presentation_apply_modes (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIZ_COLUMN]);
}
