/* rc-chart-canvas.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-chart-canvas.h"
#include "rc-side-effects-chart.h"
#include "rc-titration-chart.h"

struct _RcChartCanvas
{
  GtkWidget parent_instance;

  /* Owned References */
  RcChart       *chart;
  GskRenderNode *node;  /* the laid-out chart, replayed every frame */
  RcChartStyle  *style; /* what node was drawn with */

  guint    node_serial;      /* the chart's layout serial when node was drawn */
  gboolean accessible_stale; /* changed while unmapped: describe on map */
  int      focus_item;
  int      hover_item;
  gulong   changed_id;
};

G_DEFINE_FINAL_TYPE (RcChartCanvas, rc_chart_canvas, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHART,
  PROP_FOCUS_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
invalidate (RcChartCanvas *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (RcChartCanvas *self)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  /* The summary needs the chart's data; a chart on a hidden page (the
   * Compare tab's charts at start-up) is computed when it is shown, not
   * before the first frame (tests/bench). */
  self->accessible_stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->chart == NULL || self->accessible_stale)
    return;
  title = rc_chart_dup_title (self->chart);
  summary = rc_chart_dup_summary (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary, -1);
}

static void
chart_changed_cb (RcChartCanvas *self, RcChart *chart)
{
  /* Items are renumbered by the next layout; a point kept across it could
   * name something else. */
  self->hover_item = -1;
  if (self->focus_item >= 0)
    {
      self->focus_item = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_TEXT]);
    }
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
}

/* ---- Style from the theme ---------------------------------------------- */

static void
to_chart_color (const GdkRGBA *rgba, RcChartColor *out)
{
  out->red = rgba->red;
  out->green = rgba->green;
  out->blue = rgba->blue;
  out->alpha = rgba->alpha;
}

RcChartStyle *
rc_chart_canvas_dup_style (RcChartCanvas *self)
{
  GtkWidget       *widget = GTK_WIDGET (self);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA          fg, bg;
  RcChartColor     cfg, cbg;
  RcChartStyle    *style;
  gboolean         dark;

  g_return_val_if_fail (RC_IS_CHART_CANVAS (self), NULL);

  /* GTK 4.8 has no gtk_widget_get_color(); the style context is the way to
   * the theme's text colour and named window colour. */
  gtk_style_context_get_color (context, &fg);
  to_chart_color (&fg, &cfg);
  dark = !rc_chart_color_is_dark (&cfg);
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &bg) &&
      !gtk_style_context_lookup_color (context, "theme_bg_color", &bg))
    gdk_rgba_parse (&bg, dark ? "#242424" : "#ffffff");
  to_chart_color (&bg, &cbg);

  style = rc_chart_style_new (dark ? RC_CHART_THEME_DARK : RC_CHART_THEME_LIGHT);
  rc_chart_style_set_colors (style, &cfg, &cbg);
  rc_chart_style_set_font (
      style, pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
  rc_chart_style_set_scale (style, gtk_widget_get_scale_factor (widget));
  /* The window's own background shows through. */
  style->fill_background = FALSE;
  return style;
}

/* ---- Drawing ----------------------------------------------------------- */

static void
draw_ring (GtkSnapshot *snapshot, RcChartCanvas *self, const RcChartItem *item, double width)
{
  double em = pango_font_description_get_size (self->style->font) / (double) PANGO_SCALE * 96 / 72;
  double r = MAX (em * 0.75, 6);
  cairo_t *cr = gtk_snapshot_append_cairo (
      snapshot, &GRAPHENE_RECT_INIT (item->anchor_x - r - width, item->anchor_y - r - width,
                                     2 * (r + width), 2 * (r + width)));

  /* A ring in the text colour with a halo, visible on any line or bar. */
  cairo_arc (cr, item->anchor_x, item->anchor_y, r, 0, 2 * G_PI);
  rc_chart_color_set_source (cr, &self->style->background, 0.9);
  cairo_set_line_width (cr, width + 2);
  cairo_stroke_preserve (cr);
  rc_chart_color_set_source (cr, &self->style->foreground, 1);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
rc_chart_canvas_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  RcChartCanvas *self = RC_CHART_CANVAS (widget);
  int            width = gtk_widget_get_width (widget);
  int            height = gtk_widget_get_height (widget);
  g_autoptr (RcChartStyle) style = NULL;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;

  style = rc_chart_canvas_dup_style (self);
  if (self->style == NULL || !rc_chart_style_equal (style, self->style))
    {
      g_clear_pointer (&self->style, rc_chart_style_free);
      self->style = g_steal_pointer (&style);
      g_clear_pointer (&self->node, gsk_render_node_unref);
    }

  /* Laying out is a no-op unless the data, size or style changed; drawing
   * is replaying a node kept from the last change. */
  rc_chart_layout (self->chart, self->style, width, height);
  if (self->node != NULL && self->node_serial != rc_chart_get_layout_serial (self->chart))
    g_clear_pointer (&self->node, gsk_render_node_unref);
  if (self->node == NULL)
    {
      self->node_serial = rc_chart_get_layout_serial (self->chart);
      GtkSnapshot *own = gtk_snapshot_new ();
      cairo_t     *cr = gtk_snapshot_append_cairo (own, &GRAPHENE_RECT_INIT (0, 0, width, height));

      rc_chart_draw (self->chart, cr);
      cairo_destroy (cr);
      self->node = gtk_snapshot_free_to_node (own);
    }
  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);

  if (self->hover_item >= 0 && self->hover_item < (int) rc_chart_get_n_items (self->chart) &&
      self->hover_item != self->focus_item)
    draw_ring (snapshot, self, rc_chart_get_item (self->chart, self->hover_item), 1.5);
  if (self->focus_item >= 0 && self->focus_item < (int) rc_chart_get_n_items (self->chart) &&
      gtk_widget_has_focus (widget))
    draw_ring (snapshot, self, rc_chart_get_item (self->chart, self->focus_item), 2.5);
}

static void
rc_chart_canvas_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rc_chart_canvas_parent_class)->css_changed (widget, change);
  invalidate (RC_CHART_CANVAS (widget));
}

/* How tall the chart likes to be: panels and rows need room to stay
 * readable; the page scrolls. */
static int
natural_height (RcChartCanvas *self)
{
  guint n = rc_chart_get_drugs (self->chart)->len;

  switch (rc_chart_get_kind (self->chart))
    {
      case RC_CHART_KIND_TITRATION:
        if (n > 1 && rc_titration_chart_get_mode (RC_TITRATION_CHART (self->chart)) ==
                         RC_TITRATION_MODE_SMALL_MULTIPLES)
          return 180 + 150 * n;
        return n > 1 ? 560 : 460;
      case RC_CHART_KIND_SIDE_EFFECTS:
        {
          guint rows = rc_side_effects_chart_get_top_n (RC_SIDE_EFFECTS_CHART (self->chart));

          if (rows == 0)
            rows = 24;
          return 220 + rows * (n > 1 ? n * 13 + 10 : 48);
        }
      case RC_CHART_KIND_CONCENTRATION:
      default:
        return n > 1 ? 170 + 130 * n : 420;
    }
}

static void
rc_chart_canvas_measure (GtkWidget     *widget,
                         GtkOrientation orientation,
                         int            for_size,
                         int           *minimum,
                         int           *natural,
                         int           *minimum_baseline,
                         int           *natural_baseline)
{
  RcChartCanvas *self = RC_CHART_CANVAS (widget);

  /* The charts are laid out to stay legible down to 480 × 320. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 480;
      *natural = 760;
    }
  else
    {
      *minimum = 320;
      *natural = self->chart != NULL ? MAX (320, natural_height (self)) : 320;
    }
}

/* ---- Interaction ------------------------------------------------------- */

static void
set_hover (RcChartCanvas *self, int item)
{
  if (self->hover_item == item)
    return;
  self->hover_item = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, RcChartCanvas *self)
{
  if (self->chart == NULL)
    return;
  set_hover (self, rc_chart_hit_test (self->chart, x, y));
  gtk_widget_set_cursor_from_name (
      GTK_WIDGET (self), rc_chart_hit_test_legend (self->chart, x, y) != NULL ? "pointer" : NULL);
}

static void
leave_cb (GtkEventControllerMotion *controller, RcChartCanvas *self)
{
  set_hover (self, -1);
}

static void
released_cb (GtkGestureClick *gesture, int n_press, double x, double y, RcChartCanvas *self)
{
  const RcChartLegendEntry *entry;
  int                       item;

  if (self->chart == NULL)
    return;

  entry = rc_chart_hit_test_legend (self->chart, x, y);
  if (entry != NULL)
    {
      g_autofree char *key = g_strdup (entry->key);

      rc_chart_set_series_visible (self->chart, key,
                                   !rc_chart_get_series_visible (self->chart, key));
      return;
    }
  item = rc_chart_hit_test (self->chart, x, y);
  if (item >= 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self));
      rc_chart_canvas_set_focus_item (self, item);
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                RcChartCanvas         *self)
{
  int n, next;

  if (self->chart == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  n = rc_chart_get_n_items (self->chart);
  if (n == 0)
    return FALSE;

  switch (keyval)
    {
      case GDK_KEY_Right:
      case GDK_KEY_KP_Right:
        next = rc_chart_navigate (self->chart, self->focus_item, 1, 0);
        break;
      case GDK_KEY_Left:
      case GDK_KEY_KP_Left:
        next = rc_chart_navigate (self->chart, self->focus_item, -1, 0);
        break;
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        next = rc_chart_navigate (self->chart, self->focus_item, 0, 1);
        break;
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        next = rc_chart_navigate (self->chart, self->focus_item, 0, -1);
        break;
      case GDK_KEY_Home:
      case GDK_KEY_KP_Home:
        next = 0;
        break;
      case GDK_KEY_End:
      case GDK_KEY_KP_End:
        next = n - 1;
        break;
      case GDK_KEY_Escape:
        if (self->focus_item < 0)
          return FALSE;
        next = -1;
        break;
      default:
        return FALSE;
    }
  rc_chart_canvas_set_focus_item (self, next);
  return TRUE;
}

static gboolean
rc_chart_canvas_query_tooltip (
    GtkWidget *widget, int x, int y, gboolean keyboard_mode, GtkTooltip *tooltip)
{
  RcChartCanvas            *self = RC_CHART_CANVAS (widget);
  const RcChartLegendEntry *entry;
  const RcChartItem        *item;
  int                       index;

  if (self->chart == NULL)
    return FALSE;

  if (!keyboard_mode)
    {
      entry = rc_chart_hit_test_legend (self->chart, x, y);
      if (entry != NULL)
        {
          g_autofree char *text =
              entry->hidden
                  /* Translators: tooltip of a legend entry; %s is a drug or dose arm. */
                  ? g_strdup_printf (_ ("Show %s"), entry->label)
                  /* Translators: tooltip of a legend entry; %s is a drug or dose arm. */
                  : g_strdup_printf (_ ("Hide %s"), entry->label);

          gtk_tooltip_set_text (tooltip, text);
          gtk_tooltip_set_tip_area (
              tooltip, &(GdkRectangle){ entry->x, entry->y, entry->width, entry->height });
          return TRUE;
        }
    }

  index = keyboard_mode ? self->focus_item : rc_chart_hit_test (self->chart, x, y);
  if (index < 0 || index >= (int) rc_chart_get_n_items (self->chart))
    return FALSE;
  item = rc_chart_get_item (self->chart, index);
  gtk_tooltip_set_text (tooltip, item->text);
  /* A new tooltip as soon as the pointer reaches another item. */
  gtk_tooltip_set_tip_area (
      tooltip, &(GdkRectangle){ item->x, item->y, MAX (item->width, 1), MAX (item->height, 1) });
  return TRUE;
}

static void
focus_changed_cb (RcChartCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Properties -------------------------------------------------------- */

RcChart *
rc_chart_canvas_get_chart (RcChartCanvas *self)
{
  g_return_val_if_fail (RC_IS_CHART_CANVAS (self), NULL);

  return self->chart;
}

void
rc_chart_canvas_set_chart (RcChartCanvas *self, RcChart *chart)
{
  g_return_if_fail (RC_IS_CHART_CANVAS (self));
  g_return_if_fail (chart == NULL || RC_IS_CHART (chart));

  if (self->chart == chart)
    return;
  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    self->changed_id = g_signal_connect_object (chart, "changed", G_CALLBACK (chart_changed_cb),
                                                self, G_CONNECT_SWAPPED);
  self->focus_item = -1;
  self->hover_item = -1;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_TEXT]);
}

const char *
rc_chart_canvas_get_focus_text (RcChartCanvas *self)
{
  g_return_val_if_fail (RC_IS_CHART_CANVAS (self), NULL);

  if (self->chart == NULL || self->focus_item < 0 ||
      self->focus_item >= (int) rc_chart_get_n_items (self->chart))
    return NULL;
  return rc_chart_get_item (self->chart, self->focus_item)->text;
}

int
rc_chart_canvas_get_focus_item (RcChartCanvas *self)
{
  g_return_val_if_fail (RC_IS_CHART_CANVAS (self), -1);

  return self->focus_item;
}

void
rc_chart_canvas_set_focus_item (RcChartCanvas *self, int item)
{
  g_return_if_fail (RC_IS_CHART_CANVAS (self));

  if (self->chart == NULL || item >= (int) rc_chart_get_n_items (self->chart))
    item = -1;
  if (self->focus_item == item)
    return;
  self->focus_item = item;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_TEXT]);
}

GtkWidget *
rc_chart_canvas_new (void)
{
  return g_object_new (RC_TYPE_CHART_CANVAS, NULL);
}

static void
rc_chart_canvas_dispose (GObject *object)
{
  RcChartCanvas *self = RC_CHART_CANVAS (object);

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_clear_object (&self->chart);
  g_clear_pointer (&self->node, gsk_render_node_unref);

  G_OBJECT_CLASS (rc_chart_canvas_parent_class)->dispose (object);
}

static void
rc_chart_canvas_finalize (GObject *object)
{
  RcChartCanvas *self = RC_CHART_CANVAS (object);

  g_clear_pointer (&self->style, rc_chart_style_free);

  G_OBJECT_CLASS (rc_chart_canvas_parent_class)->finalize (object);
}

static void
rc_chart_canvas_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcChartCanvas *self = RC_CHART_CANVAS (object);

  switch (prop_id)
    {
      case PROP_CHART:
        g_value_set_object (value, self->chart);
        break;
      case PROP_FOCUS_TEXT:
        g_value_set_string (value, rc_chart_canvas_get_focus_text (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_canvas_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RcChartCanvas *self = RC_CHART_CANVAS (object);

  switch (prop_id)
    {
      case PROP_CHART:
        rc_chart_canvas_set_chart (self, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_chart_canvas_map (GtkWidget *widget)
{
  RcChartCanvas *self = RC_CHART_CANVAS (widget);

  GTK_WIDGET_CLASS (rc_chart_canvas_parent_class)->map (widget);

  if (self->accessible_stale)
    update_accessible (self);
}

static void
rc_chart_canvas_class_init (RcChartCanvasClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_chart_canvas_dispose;
  object_class->finalize = rc_chart_canvas_finalize;
  object_class->get_property = rc_chart_canvas_get_property;
  object_class->set_property = rc_chart_canvas_set_property;

  widget_class->map = rc_chart_canvas_map;
  widget_class->snapshot = rc_chart_canvas_snapshot;
  widget_class->measure = rc_chart_canvas_measure;
  widget_class->css_changed = rc_chart_canvas_css_changed;
  widget_class->query_tooltip = rc_chart_canvas_query_tooltip;

  properties[PROP_CHART] =
      g_param_spec_object ("chart", NULL, NULL, RC_TYPE_CHART,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_TEXT] =
      g_param_spec_string ("focus-text", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "rc-chart-canvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rc_chart_canvas_init (RcChartCanvas *self)
{
  GtkWidget          *widget = GTK_WIDGET (self);
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture         *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->focus_item = -1;
  self->hover_item = -1;
  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_has_tooltip (widget, TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (widget, keys);

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (widget, focus);
}
