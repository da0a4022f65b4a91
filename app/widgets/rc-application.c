/* rc-application.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-application-private.h"
#include "rc-cli.h"
#include "rc-first-frame.h"
#include "rc-settings.h"
#include "rc-window.h"

G_DEFINE_FINAL_TYPE (RcApplication, rc_application, GTK_TYPE_APPLICATION)

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

RcApplication *
rc_application_new (void)
{
  return g_object_new (RC_TYPE_APPLICATION, "application-id", APP_ID, "flags",
                       G_APPLICATION_DEFAULT_FLAGS, NULL);
}

/* Command-line commands run here, before any display is opened: GTK is
 * only initialised in startup, which a command never reaches. */
static int
rc_application_handle_local_options (GApplication *app, GVariantDict *options)
{
  RcApplication *self = RC_APPLICATION (app);
  g_auto (GStrv) kb_dirs = NULL;
  int status;

  status = rc_cli_handle_local_options (options, &kb_dirs);
  if (status >= 0)
    return status;

  g_strfreev (self->kb_dirs);
  g_free (self->settings_notice);
  self->kb_dirs = g_steal_pointer (&kb_dirs);
  return -1;
}

static void
load_knowledge_base (RcApplication *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_auto (GStrv) default_dirs = rc_knowledge_base_get_default_dirs ();
  g_auto (GStrv) dirs = NULL;
  g_autoptr (GError) error = NULL;

  g_strv_builder_addv (builder, (const char **) default_dirs);
  if (self->kb_dirs != NULL)
    g_strv_builder_addv (builder, (const char **) self->kb_dirs);
  dirs = g_strv_builder_end (builder);

  self->kb = rc_knowledge_base_new ();
  /* Problems in extra files are kept in the knowledge base and shown in the
   * window; only a broken build fails here. */
  if (!rc_knowledge_base_load_default (self->kb, (const char *const *) dirs, &error))
    g_warning ("Cannot load the built-in knowledge base: %s", error->message);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

static void
load_style (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
rc_application_startup (GApplication *app)
{
  RcApplication *self = RC_APPLICATION (app);

  G_APPLICATION_CLASS (rc_application_parent_class)->startup (app);

  load_knowledge_base (self);
  self->settings = rc_settings_new ();
  self->settings_notice = rc_settings_set_aside_damaged (self->settings);
  self->style_manager =
      rc_style_manager_new (self->settings, g_application_get_dbus_connection (app));
  load_style ();
  gtk_window_set_default_icon_name (APP_ID);
  _rc_application_add_actions (self);
}

static void
rc_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (rc_window_new (RC_APPLICATION (app)));
      /* Inert unless the benchmark suite asks (tests/bench). */
      rc_first_frame_watch (window);
    }
  gtk_window_present (window);
}

static void
rc_application_constructed (GObject *object)
{
  G_OBJECT_CLASS (rc_application_parent_class)->constructed (object);

  /* GApplication derives the resource path from the application id, and
   * the Devel profile has another id; resources keep one path, so say
   * where they are (this also finds gtk/help-overlay.ui). */
  g_application_set_resource_base_path (G_APPLICATION (object), RESOURCE_BASE);
}

static void
rc_application_dispose (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_clear_weak_pointer (&self->help_window);
  g_clear_object (&self->style_manager);
  g_clear_object (&self->settings);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_application_parent_class)->dispose (object);
}

static void
rc_application_finalize (GObject *object)
{
  RcApplication *self = RC_APPLICATION (object);

  g_strfreev (self->kb_dirs);
  g_free (self->settings_notice);

  G_OBJECT_CLASS (rc_application_parent_class)->finalize (object);
}

static void
rc_application_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcApplication *self = RC_APPLICATION (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_application_class_init (RcApplicationClass *klass)
{
  GObjectClass      *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->constructed = rc_application_constructed;
  object_class->dispose = rc_application_dispose;
  object_class->finalize = rc_application_finalize;
  object_class->get_property = rc_application_get_property;

  app_class->handle_local_options = rc_application_handle_local_options;
  app_class->startup = rc_application_startup;
  app_class->activate = rc_application_activate;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_application_init (RcApplication *self)
{
  rc_cli_add_main_option_entries (G_APPLICATION (self));
}

RcKnowledgeBase *
rc_application_get_knowledge_base (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->kb;
}

GSettings *
rc_application_get_settings (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->settings;
}

const char *
rc_application_get_settings_notice (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->settings_notice;
}

RcStyleManager *
rc_application_get_style_manager (RcApplication *self)
{
  g_return_val_if_fail (RC_IS_APPLICATION (self), NULL);

  return self->style_manager;
}
