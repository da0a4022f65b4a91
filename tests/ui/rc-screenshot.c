/* rc-screenshot.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saves PNG screenshots of the real window and its dialogs, rendered
 * in-process after a frame has been painted:
 *   rc-screenshot OUTDIR SET [APPLICATION OPTIONS…]
 * SET "main": the Compare tab, drug tabs and search results, light and
 * dark, plus the About, Help and shortcuts windows; SET "banner": the
 * problems banner and its Details window (use with --kb-dir). Files are
 * named STEP@SCALEx.png; the scale comes from GDK_SCALE. */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <locale.h>

#include "rc-compare-table.h"
#include "rc-window.h"

typedef struct
{
  const char *name;
  const char *color_scheme;
  const char *tab;    /* or NULL */
  const char *query;  /* opens the search with this text, or NULL */
  const char *action; /* "app.about"…, "details" or "menu": shoot what opens;
                       * "view:KIND" shows a Compare chart; "section:ID" a
                       * section of the tab's drug */
} Step;

static const Step main_steps[] = {
  { "compare-light", "light", "compare", NULL, NULL },
  { "baclofen-light", "light", "baclofen", NULL, NULL },
  { "search-light", "light", "compare", "CYP1A2", NULL },
  { "about-light", "light", NULL, NULL, "app.about" },
  { "help-light", "light", NULL, NULL, "app.help" },
  { "shortcuts-light", "light", NULL, NULL, "app.shortcuts" },
  { "menu-light", "light", NULL, NULL, "menu" },
  { "compare-dark", "dark", "compare", NULL, NULL },
  { "tizanidine-dark", "dark", "tizanidine", NULL, NULL },
  { "search-dark", "dark", "compare", "Soma", NULL },
  { "about-dark", "dark", NULL, NULL, "app.about" },
  { "menu-dark", "dark", NULL, NULL, "menu" },
  { "charts-titration-light", "light", "compare", NULL, "view:titration" },
  { "charts-side-effects-light", "light", "compare", NULL, "view:side-effects" },
  { "charts-concentration-dark", "dark", "compare", NULL, "view:concentration" },
  { "baclofen-dosing-light", "light", "baclofen", NULL, "section:dosing" },
  { "baclofen-adverse-dark", "dark", "baclofen", NULL, "section:adverse-effects" },
  { "study-light", "light", "study", NULL, NULL },
  { "interactions-light", "light", "interactions", NULL, NULL },
  { "populations-dark", "dark", "populations", NULL, NULL },
  { "compare-table-light", "light", "compare", NULL, "view:table" },
};

static const Step banner_steps[] = {
  { "banner-light", "light", "compare", NULL, NULL },
  { "details-light", "light", NULL, NULL, "details" },
  { "banner-dark", "dark", "compare", NULL, NULL },
};

typedef struct
{
  RcApplication *app;
  RcWindow      *window;
  const char    *out_dir;
  const Step    *steps;
  guint          n_steps;
  guint          step;
  GtkWidget     *target; /* what the step shoots */
  GdkFrameClock *clock;
  gulong         paint_id;
  guint          frames; /* painted since the step was set up */
  int            status;
} Shooter;

static void set_up_step (Shooter *shooter);

static gboolean
save_png (GtkWidget *widget, const char *path)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));

  /* Render at the device scale so HiDPI shots have every pixel. */
  gtk_snapshot_scale (snapshot, scale, scale);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width * scale, height * scale));
  return gdk_texture_save_to_png (texture, path);
}

/* Whether a comparison table under widget still has rows to add (they
 * come from the main loop after the first frame). */
static gboolean
table_filling (GtkWidget *widget)
{
  if (RC_IS_COMPARE_TABLE (widget))
    return !rc_compare_table_get_complete (RC_COMPARE_TABLE (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (table_filling (child))
      return TRUE;

  return FALSE;
}

static gboolean
step_ready (Shooter *shooter)
{
  const Step    *step = &shooter->steps[shooter->step];
  RcSearchPanel *panel = rc_window_get_search_panel (shooter->window);

  /* The search lists its results after a short delay. */
  if (step->query != NULL && rc_search_panel_get_n_hits (panel) == 0)
    return FALSE;
  /* The whole table, laid out: count frames from when it is. */
  if (table_filling (GTK_WIDGET (shooter->window)))
    {
      shooter->frames = 0;
      return FALSE;
    }
  /* Two frames: one for the new layout, one to settle. */
  return shooter->frames >= 2;
}

static void
finish_step (Shooter *shooter)
{
  const Step      *step = &shooter->steps[shooter->step];
  GtkWidget       *target = shooter->target;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  g_clear_signal_handler (&shooter->paint_id, shooter->clock);
  shooter->clock = NULL;

  file = g_strdup_printf ("%s@%dx.png", step->name, gtk_widget_get_scale_factor (target));
  path = g_build_filename (shooter->out_dir, file, NULL);
  if (save_png (target, path))
    g_print ("%s\n", path);
  else
    {
      g_printerr ("rc-screenshot: cannot save %s\n", path);
      shooter->status = 1;
    }

  if (GTK_IS_POPOVER (target))
    gtk_popover_popdown (GTK_POPOVER (target));
  else if (target != GTK_WIDGET (shooter->window))
    gtk_window_destroy (GTK_WINDOW (target));
  shooter->target = NULL;

  shooter->step++;
  if (shooter->step < shooter->n_steps)
    set_up_step (shooter);
  else
    gtk_window_destroy (GTK_WINDOW (shooter->window));
}

static void
after_paint_cb (GdkFrameClock *clock, Shooter *shooter)
{
  shooter->frames++;
  if (step_ready (shooter))
    {
      /* Not from inside the frame clock's own signal. */
      g_signal_handler_block (clock, shooter->paint_id);
      g_idle_add_once ((GSourceOnceFunc) finish_step, shooter);
    }
  else
    gtk_widget_queue_draw (shooter->target);
}

static void
watch_target (Shooter *shooter)
{
  shooter->clock = gtk_widget_get_frame_clock (shooter->target);
  shooter->paint_id =
      g_signal_connect (shooter->clock, "after-paint", G_CALLBACK (after_paint_cb), shooter);
  gtk_widget_queue_draw (shooter->target);
}

static void
target_realize_cb (GtkWidget *widget, Shooter *shooter)
{
  g_signal_handlers_disconnect_by_func (widget, target_realize_cb, shooter);
  watch_target (shooter);
}

static GtkWidget *
find_descendant (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The stack among widget's descendants that has a page called name. */
static GtkStack *
find_stack_with (GtkWidget *widget, const char *name)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), name) != NULL)
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_stack_with (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* "view:table", or "view:KIND" for the Compare tab's charts of a kind. */
static void
show_compare_view (Shooter *shooter, const char *view)
{
  GtkWidget *compare = rc_window_get_compare_view (shooter->window);
  GtkStack  *outer = find_stack_with (compare, "charts");

  if (g_str_equal (view, "table"))
    {
      gtk_stack_set_visible_child_name (outer, "table");
      return;
    }
  gtk_stack_set_visible_child_name (outer, "charts");
  gtk_stack_set_visible_child_name (find_stack_with (compare, view), view);
}

/* The newest visible toplevel other than the main window. */
static GtkWidget *
find_new_window (Shooter *shooter)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget  *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (window != GTK_WIDGET (shooter->window) && gtk_widget_get_visible (window))
        found = window;
    }
  return found;
}

static void
set_up_step (Shooter *shooter)
{
  const Step   *step = &shooter->steps[shooter->step];
  GtkSearchBar *bar = rc_window_get_search_bar (shooter->window);

  g_action_group_activate_action (G_ACTION_GROUP (shooter->app), "color-scheme",
                                  g_variant_new_string (step->color_scheme));
  if (step->tab != NULL)
    rc_window_show_tab (shooter->window, step->tab);
  gtk_search_bar_set_search_mode (bar, step->query != NULL);
  if (step->query != NULL)
    gtk_editable_set_text (rc_search_panel_get_entry (rc_window_get_search_panel (shooter->window)),
                           step->query);

  shooter->target = GTK_WIDGET (shooter->window);
  if (step->action != NULL && g_str_equal (step->action, "menu"))
    {
      GtkWidget *button = find_descendant (gtk_window_get_titlebar (GTK_WINDOW (shooter->window)),
                                           GTK_TYPE_MENU_BUTTON);

      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      shooter->target = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    }
  else if (step->action != NULL && g_str_has_prefix (step->action, "view:"))
    show_compare_view (shooter, step->action + strlen ("view:"));
  else if (step->action != NULL && g_str_has_prefix (step->action, "section:"))
    rc_window_show_section (shooter->window, step->tab, step->action + strlen ("section:"));
  else if (step->action != NULL && g_str_equal (step->action, "details"))
    shooter->target = GTK_WIDGET (
        rc_problems_banner_show_details (rc_window_get_problems_banner (shooter->window)));
  else if (step->action != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (shooter->window), step->action, NULL);
      shooter->target = find_new_window (shooter);
    }
  if (shooter->target == NULL)
    {
      g_printerr ("rc-screenshot: %s opened no window\n", step->action);
      shooter->status = 1;
      shooter->target = GTK_WIDGET (shooter->window);
    }

  shooter->frames = 0;
  if (gtk_widget_get_realized (shooter->target))
    watch_target (shooter);
  else
    g_signal_connect (shooter->target, "realize", G_CALLBACK (target_realize_cb), shooter);
}

static void
window_map_cb (GtkWidget *widget, Shooter *shooter)
{
  g_signal_handlers_disconnect_by_func (widget, window_map_cb, shooter);
  set_up_step (shooter);
}

static void
activate_cb (GApplication *app, Shooter *shooter)
{
  /* No revealer or tab animations half-way through a shot. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  shooter->window = rc_window_new (RC_APPLICATION (app));
  /* A fixed size, whatever the settings say, so shots compare. */
  gtk_window_set_default_size (GTK_WINDOW (shooter->window), 1100, 760);
  g_signal_connect (shooter->window, "map", G_CALLBACK (window_map_cb), shooter);
  gtk_window_present (GTK_WINDOW (shooter->window));
}

int
main (int argc, char *argv[])
{
  g_autoptr (RcApplication) app = NULL;
  Shooter shooter = { 0 };
  int     status;

  setlocale (LC_ALL, "");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 3 || (g_strcmp0 (argv[2], "main") != 0 && g_strcmp0 (argv[2], "banner") != 0))
    {
      g_printerr ("usage: %s OUTDIR main|banner [APPLICATION OPTIONS…]\n", argv[0]);
      return 2;
    }

  shooter.out_dir = argv[1];
  if (g_str_equal (argv[2], "main"))
    {
      shooter.steps = main_steps;
      shooter.n_steps = G_N_ELEMENTS (main_steps);
    }
  else
    {
      shooter.steps = banner_steps;
      shooter.n_steps = G_N_ELEMENTS (banner_steps);
    }
  g_mkdir_with_parents (shooter.out_dir, 0755);

  app = rc_application_new ();
  shooter.app = app;
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), &shooter);

  /* The application sees argv[0] and the options after SET. */
  argv[2] = argv[0];
  status = g_application_run (G_APPLICATION (app), argc - 2, argv + 2);
  return status != 0 ? status : shooter.status;
}
