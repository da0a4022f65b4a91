/* rc-i18n-walk.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-i18n-walk.h"

#include <string.h>

#include "rc-chart-canvas.h"
#include "rc-chart-view.h"
#include "rc-i18n-test-util.h"

void
rc_visible_text_free (RcVisibleText *text)
{
  g_free (text->where);
  g_free (text->text);
  g_free (text);
}

GPtrArray *
rc_visible_texts_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) rc_visible_text_free);
}

static void
add_text (GPtrArray *texts, const char *where, const char *what, const char *text)
{
  RcVisibleText *visible;

  if (text == NULL || *text == '\0')
    return;
  visible = g_new0 (RcVisibleText, 1);
  visible->where = what != NULL ? g_strdup_printf ("%s (%s)", where, what) : g_strdup (where);
  visible->text = g_strdup (text);
  g_ptr_array_add (texts, visible);
}

/* The path of a widget by our own types only, which is short enough to
 * read and still says which part of the window it is. */
static char *
describe (GtkWidget *widget)
{
  g_autoptr (GString) path = g_string_new (G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      const char *name = G_OBJECT_TYPE_NAME (w);

      if (g_str_has_prefix (name, "Rc"))
        {
          g_string_prepend (path, " › ");
          g_string_prepend (path, name);
        }
    }
  return g_string_free (g_steal_pointer (&path), FALSE);
}

void
rc_i18n_collect_menu (GMenuModel *model, const char *where, GPtrArray *texts)
{
  int n = g_menu_model_get_n_items (model);

  for (int i = 0; i < n; i++)
    {
      g_autofree char *label = NULL;
      g_autoptr (GMenuLinkIter) links = NULL;
      const char *link_name;
      GMenuModel *linked;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        add_text (texts, where, "menu item", label);

      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_get_next (links, &link_name, &linked))
        {
          rc_i18n_collect_menu (linked, where, texts);
          g_object_unref (linked);
        }
    }
}

static void
collect_lines (GPtrArray *texts, const char *where, const char *what, const char *lines)
{
  g_auto (GStrv) split = NULL;

  if (lines == NULL)
    return;
  split = g_strsplit (lines, "\n", -1);
  for (guint i = 0; split[i] != NULL; i++)
    add_text (texts, where, what, split[i]);
}

/* A chart is pixels: what it says is checked in the model it draws. */
static void
collect_chart (RcChart *chart, const char *where, GPtrArray *texts)
{
  g_autofree char *title = rc_chart_dup_title (chart);
  g_autofree char *summary = rc_chart_dup_summary (chart);
  g_autoptr (RcChartTable) table = rc_chart_dup_table (chart);
  const RcChartScene *scene = rc_chart_get_scene (chart);

  add_text (texts, where, "chart title", title);
  add_text (texts, where, "chart summary", summary);
  for (guint i = 0; i < rc_chart_get_n_legend_entries (chart); i++)
    add_text (texts, where, "chart legend", rc_chart_get_legend_entry (chart, i)->label);
  for (guint i = 0; i < rc_chart_get_n_items (chart); i++)
    add_text (texts, where, "chart item", rc_chart_get_item (chart, i)->text);
  if (scene != NULL)
    {
      g_autofree char *drawn = rc_chart_scene_dup_text (scene);

      collect_lines (texts, where, "chart text", drawn);
    }
  if (table != NULL)
    {
      for (guint c = 0; table->columns[c] != NULL; c++)
        add_text (texts, where, "chart table header", table->columns[c]);
      for (guint r = 0; r < table->rows->len; r++)
        {
          char **cells = g_ptr_array_index (table->rows, r);

          for (guint c = 0; cells[c] != NULL; c++)
            add_text (texts, where, "chart table cell", cells[c]);
        }
    }
}

static void
collect_widget (GtkWidget *widget, GPtrArray *texts)
{
  g_autofree char *where = NULL;
  GObjectClass    *klass = G_OBJECT_GET_CLASS (widget);

  if (!gtk_widget_get_mapped (widget))
    return;

  where = describe (widget);

  if (GTK_IS_LABEL (widget))
    add_text (texts, where, NULL, gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_INSCRIPTION (widget))
    add_text (texts, where, NULL, gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  else if (GTK_IS_WINDOW (widget))
    add_text (texts, where, "title", gtk_window_get_title (GTK_WINDOW (widget)));

  add_text (texts, where, "tooltip", gtk_widget_get_tooltip_text (widget));

  if (g_object_class_find_property (klass, "placeholder-text") != NULL)
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      add_text (texts, where, "placeholder", placeholder);
    }

  if (GTK_IS_MENU_BUTTON (widget))
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));

      if (menu != NULL)
        rc_i18n_collect_menu (menu, where, texts);
    }

  if (RC_IS_CHART_CANVAS (widget) && rc_chart_canvas_get_chart (RC_CHART_CANVAS (widget)) != NULL)
    collect_chart (rc_chart_canvas_get_chart (RC_CHART_CANVAS (widget)), where, texts);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget (child, texts);
}

void
rc_i18n_collect_texts (GtkWidget *root, GPtrArray *texts)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  collect_widget (root, texts);
}

gboolean
rc_i18n_texts_contain (GPtrArray *texts, const char *text)
{
  g_autofree char *wanted = rc_i18n_plain_spaces (text);

  for (guint i = 0; i < texts->len; i++)
    {
      RcVisibleText   *visible = g_ptr_array_index (texts, i);
      g_autofree char *shown = rc_i18n_plain_spaces (visible->text);

      if (strstr (shown, wanted) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
after_paint_cb (GdkFrameClock *clock, guint *frames)
{
  (*frames)++;
}

void
rc_i18n_wait_for_frames (GtkWidget *widget)
{
  gint64         deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  GdkFrameClock *clock;
  guint          frames = 0;
  gulong         id;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (widget));

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &frames);
  /* Two frames, then the idle work they queued (pages built when first
   * shown, table rows added after the first frame), then two frames more
   * to lay that out; a few rounds at most. */
  for (guint round = 0; round < 4; round++)
    {
      gboolean idle_work = FALSE;

      frames = 0;
      while (frames < 2 && g_get_monotonic_time () < deadline)
        {
          gtk_widget_queue_draw (widget);
          g_main_context_iteration (NULL, TRUE);
        }
      g_assert_cmpuint (frames, >=, 2);
      while (g_main_context_iteration (NULL, FALSE))
        idle_work = TRUE;
      if (!idle_work)
        break;
    }
  g_signal_handler_disconnect (clock, id);
}

GtkStack *
rc_i18n_find_stack (GtkWidget *root, const char *page_name)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), page_name) != NULL)
    return GTK_STACK (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = rc_i18n_find_stack (child, page_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
rc_i18n_find_widget (GtkWidget *root, GType type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = rc_i18n_find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}
