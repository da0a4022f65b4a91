/* rc-application-actions.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application-private.h"

/* The icon of the stable application id. */
#define RC_ICON_NAME "io.github.relaxantcompare.RelaxantCompare"

static void
quit_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GApplication *app = G_APPLICATION (user_data);
  GList        *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Closing (not destroying) lets each window save its state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (app);
}

/* Distinct sources across all drugs: drugs cite the same label under
 * different ids, so the first URL identifies a source. */
static guint
count_sources (RcKnowledgeBase *kb)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *drugs = rc_knowledge_base_get_drugs (kb);

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      GListModel *sources = rc_drug_get_sources (drug);

      for (guint j = 0; j < g_list_model_get_n_items (sources); j++)
        {
          g_autoptr (RcSource) source = g_list_model_get_item (sources, j);
          const char *const *urls = rc_source_get_urls (source);
          const char        *key =
              urls != NULL && urls[0] != NULL ? urls[0] : rc_source_get_title (source);

          g_hash_table_add (seen, g_strdup (key));
        }
    }

  return g_hash_table_size (seen);
}

static const char *
logo_icon_name (GtkWindow *parent)
{
  GdkDisplay *display =
      parent != NULL ? gtk_widget_get_display (GTK_WIDGET (parent)) : gdk_display_get_default ();
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (display);

  /* The Devel profile may have no icon of its own; the resources carry the
   * stable one (GtkApplication adds <resource base>/icons to the theme). */
  if (gtk_icon_theme_has_icon (theme, APP_ID))
    return APP_ID;
  if (gtk_icon_theme_has_icon (theme, RC_ICON_NAME))
    return RC_ICON_NAME;
  return "applications-science-symbolic";
}

static void
about_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcApplication   *self = RC_APPLICATION (user_data);
  GtkWindow       *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char      *kb_version = NULL;
  guint            n_sources = 0;
  g_autofree char *sources = NULL;
  g_autofree char *comments = NULL;
  const char      *authors[] = { _ ("The Relaxant Compare developers"), NULL };
  GtkWidget       *about;

  if (self->kb != NULL)
    {
      kb_version = rc_knowledge_base_get_version (self->kb);
      n_sources = count_sources (self->kb);
    }
  if (kb_version == NULL)
    kb_version = C_ ("knowledge-base version", "unknown");

  /* Only the middle paragraph has a number; the others do not change with it. */
  sources = g_strdup_printf (
      /* Translators: the About dialog. %1$s is the date the knowledge base
       * was last reviewed (as in 2026-01-31), %2$u the number of cited
       * labels and references; %2$u chooses the plural form. */
      ngettext ("Knowledge base version %1$s, built from %2$u cited source; each drug page "
                "lists the sources it uses.",
                "Knowledge base version %1$s, built from %2$u cited sources; each drug page "
                "lists the sources it uses.",
                n_sources),
      kb_version, n_sources);
  comments = g_strjoin ("\n\n",
                        /* Translators: the first paragraph of the About dialog. */
                        _ ("Learn how five skeletal muscle relaxants differ."), sources,
                        /* Translators: the last paragraph of the About dialog. */
                        _ ("This is a learning tool, not dosing advice. Check the current "
                           "product label and ask a clinician before any treatment decision."),
                        NULL);

  about = g_object_new (
      GTK_TYPE_ABOUT_DIALOG, "transient-for", parent, "modal", TRUE, "destroy-with-parent", TRUE,
      "program-name", _ ("Relaxant Compare"), "logo-icon-name", logo_icon_name (parent), "version",
      PACKAGE_VERSION, "comments", comments, "copyright",
      _ ("© 2026 The Relaxant Compare developers"), "authors", authors,
      /* Translators: put your name (and e-mail) here, one per line. */
      "translator-credits", _ ("translator-credits"), "license-type", GTK_LICENSE_CUSTOM, "license",
      /* Translators: the licence text of the About dialog. Keep the licence names and
       * identifiers (GNU General Public License, GPL-3.0-or-later, Creative Commons, CC-BY-4.0)
       * and the links as they are. */
      _ ("The program is free software: you can redistribute it and/or modify it "
         "under the terms of the GNU General Public License as published by the "
         "Free Software Foundation, either version 3 of the License, or (at your "
         "option) any later version (GPL-3.0-or-later).\n\n"
         "The knowledge base (the drug data and its texts) is licensed under the "
         "Creative Commons Attribution 4.0 International licence (CC-BY-4.0).\n\n"
         "Relaxant Compare comes with absolutely no warranty. It is a learning "
         "tool and gives no dosing advice.\n\n"
         "https://www.gnu.org/licenses/gpl-3.0.html\n"
         "https://creativecommons.org/licenses/by/4.0/"),
      "wrap-license", TRUE, NULL);

  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  /* GtkApplicationWindow provides win.show-help-overlay from
   * gtk/help-overlay.ui in the resources. */
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
help_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  RcApplication *self = RC_APPLICATION (user_data);
  GtkWindow     *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->help_window == NULL)
    {
      g_autoptr (GtkBuilder) builder =
          gtk_builder_new_from_resource (RESOURCE_BASE "/rc-help-window.ui");
      GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_window"));

      gtk_window_set_transient_for (window, parent);
      gtk_window_set_destroy_with_parent (window, TRUE);
      g_set_weak_pointer (&self->help_window, window);
    }

  gtk_window_present (self->help_window);
}

static const GActionEntry app_entries[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "shortcuts", shortcuts_activated },
  { "help", help_activated },
};

typedef struct
{
  const char *action;
  const char *accels[2];
} Accel;

static const Accel app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.previous-tab", { "<Control>Page_Up", NULL } },
  { "win.next-tab", { "<Control>Page_Down", NULL } },
  { "window.close", { "<Control>w", NULL } },
  /* Alt+1 is the Compare tab, Alt+2… the drugs in tab order. */
  { "win.show-tab(0)", { "<Alt>1", NULL } },
  { "win.show-tab(1)", { "<Alt>2", NULL } },
  { "win.show-tab(2)", { "<Alt>3", NULL } },
  { "win.show-tab(3)", { "<Alt>4", NULL } },
  { "win.show-tab(4)", { "<Alt>5", NULL } },
  { "win.show-tab(5)", { "<Alt>6", NULL } },
  { "win.show-tab(6)", { "<Alt>7", NULL } },
  { "win.show-tab(7)", { "<Alt>8", NULL } },
  { "win.show-tab(8)", { "<Alt>9", NULL } },
  /* app.shortcuts has Ctrl+? instead; one action per accelerator. */
  { "win.show-help-overlay", { NULL } },
};

void
_rc_application_add_actions (RcApplication *self)
{
  g_autoptr (GPropertyAction) color_scheme = NULL;

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries),
                                   self);

  /* A stateful string action ("follow", "light", "dark") for the menu's
   * radio items; the style manager keeps it in the settings. */
  color_scheme = g_property_action_new ("color-scheme", self->style_manager, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (color_scheme));

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);
}
