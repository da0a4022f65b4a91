/* rc-style-manager.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-style-manager.h"

#define PORTAL_BUS_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_OBJECT_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS "org.freedesktop.portal.Settings"
#define APPEARANCE_NS "org.freedesktop.appearance"
#define COLOR_SCHEME_KEY "color-scheme"

#define DESKTOP_SCHEMA "org.gnome.desktop.interface"

/* Values of org.freedesktop.appearance color-scheme. */
enum
{
  PORTAL_NO_PREFERENCE = 0,
  PORTAL_PREFER_DARK = 1,
  PORTAL_PREFER_LIGHT = 2,
};

struct _RcStyleManager
{
  GObject parent_instance;

  /* Owned References */
  GSettings       *settings;         /* or NULL */
  GSettings       *desktop_settings; /* org.gnome.desktop.interface, or NULL */
  GDBusConnection *bus;              /* or NULL */
  GCancellable    *cancellable;
  char            *color_scheme;

  guint    portal_signal_id;
  gboolean portal_answered; /* the portal is authoritative once it answered */
  gboolean system_prefers_dark;
  gboolean dark;
};

G_DEFINE_FINAL_TYPE (RcStyleManager, rc_style_manager, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SETTINGS,
  PROP_BUS,
  PROP_COLOR_SCHEME,
  PROP_DARK,
  PROP_SYSTEM_PREFERS_DARK,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
update (RcStyleManager *self)
{
  GtkSettings *gtk_settings;
  gboolean     dark;

  if (g_strcmp0 (self->color_scheme, "dark") == 0)
    dark = TRUE;
  else if (g_strcmp0 (self->color_scheme, "light") == 0)
    dark = FALSE;
  else
    dark = self->system_prefers_dark;

  /* No display (a command-line run): nothing to style. Setting the
   * property reloads the whole theme even when the value is the same, which
   * took about a sixth of the start-up time (tests/bench): only set it when
   * it changes. */
  gtk_settings = gtk_settings_get_default ();
  if (gtk_settings != NULL)
    {
      gboolean current = FALSE;

      g_object_get (gtk_settings, "gtk-application-prefer-dark-theme", &current, NULL);
      if (!current != !dark)
        g_object_set (gtk_settings, "gtk-application-prefer-dark-theme", dark, NULL);
    }

  if (dark != self->dark)
    {
      self->dark = dark;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DARK]);
    }
}

static void
set_system_prefers_dark (RcStyleManager *self, gboolean prefers_dark)
{
  if (prefers_dark != self->system_prefers_dark)
    {
      self->system_prefers_dark = prefers_dark;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYSTEM_PREFERS_DARK]);
    }
  update (self);
}

static void
desktop_color_scheme_changed_cb (RcStyleManager *self, const char *key, GSettings *settings)
{
  g_autofree char *value = NULL;

  if (self->portal_answered)
    return;
  value = g_settings_get_string (settings, COLOR_SCHEME_KEY);
  set_system_prefers_dark (self, g_strcmp0 (value, "prefer-dark") == 0);
}

/* The portal has answered "(v)" wrapping the value, and older portals wrap
 * it once more. */
static gboolean
portal_value_to_dark (GVariant *value, gboolean *dark)
{
  g_autoptr (GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);
      g_variant_unref (inner);
      inner = next;
    }
  if (!g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    return FALSE;

  *dark = g_variant_get_uint32 (inner) == PORTAL_PREFER_DARK;
  return TRUE;
}

static void
portal_setting_changed_cb (GDBusConnection *connection,
                           const char      *sender_name,
                           const char      *object_path,
                           const char      *interface_name,
                           const char      *signal_name,
                           GVariant        *parameters,
                           gpointer         user_data)
{
  g_autoptr (RcStyleManager) self = g_weak_ref_get (user_data);
  g_autoptr (GVariant) value = NULL;
  const char *ns, *key;
  gboolean    dark;

  /* A signal already queued when the manager went away. */
  if (self == NULL)
    return;
  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;
  g_variant_get (parameters, "(&s&sv)", &ns, &key, &value);
  if (!g_str_equal (ns, APPEARANCE_NS) || !g_str_equal (key, COLOR_SCHEME_KEY))
    return;
  if (!portal_value_to_dark (value, &dark))
    return;

  self->portal_answered = TRUE;
  set_system_prefers_dark (self, dark);
}

static void
portal_read_cb (GObject *object, GAsyncResult *result, gpointer user_data)
{
  RcStyleManager *self;
  g_autoptr (GVariant) reply = NULL;
  g_autoptr (GVariant) value = NULL;
  g_autoptr (GError) error = NULL;
  gboolean dark;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = user_data;
  if (reply == NULL)
    {
      /* No portal (a bare X session, a test bus): the fallback stays. */
      g_debug ("Settings portal unavailable: %s", error->message);
      return;
    }

  g_variant_get (reply, "(v)", &value);
  if (!portal_value_to_dark (value, &dark))
    return;

  self->portal_answered = TRUE;
  set_system_prefers_dark (self, dark);
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

static void
watch_portal (RcStyleManager *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  self->portal_signal_id = g_dbus_connection_signal_subscribe (
      self->bus, PORTAL_BUS_NAME, PORTAL_SETTINGS, "SettingChanged", PORTAL_OBJECT_PATH,
      APPEARANCE_NS, G_DBUS_SIGNAL_FLAGS_NONE, portal_setting_changed_cb, ref, weak_ref_free);

  /* Read (not ReadOne) works with every portal version. The call holds no
   * reference: dispose cancels it instead. */
  g_dbus_connection_call (self->bus, PORTAL_BUS_NAME, PORTAL_OBJECT_PATH, PORTAL_SETTINGS, "Read",
                          g_variant_new ("(ss)", APPEARANCE_NS, COLOR_SCHEME_KEY),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, -1, self->cancellable,
                          portal_read_cb, self);
}

static void
watch_desktop_settings (RcStyleManager *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, DESKTOP_SCHEMA, TRUE);
  /* color-scheme appeared in GNOME 42; older schemas lack it. */
  if (schema == NULL || !g_settings_schema_has_key (schema, COLOR_SCHEME_KEY))
    return;

  self->desktop_settings = g_settings_new_full (schema, NULL, NULL);
  g_signal_connect_object (self->desktop_settings, "changed::" COLOR_SCHEME_KEY,
                           G_CALLBACK (desktop_color_scheme_changed_cb), self, G_CONNECT_SWAPPED);
  desktop_color_scheme_changed_cb (self, COLOR_SCHEME_KEY, self->desktop_settings);
}

/* Tests run on a private session bus where no portal may be asked: they set
 * RC_NO_PORTAL (GTK 4.8 has no GDK_DEBUG switch for this). */
static gboolean
portals_disabled (void)
{
  const char *value = g_getenv ("RC_NO_PORTAL");

  return value != NULL && *value != '\0' && !g_str_equal (value, "0");
}

static void
rc_style_manager_constructed (GObject *object)
{
  RcStyleManager *self = RC_STYLE_MANAGER (object);

  G_OBJECT_CLASS (rc_style_manager_parent_class)->constructed (object);

  if (self->settings != NULL)
    g_settings_bind (self->settings, COLOR_SCHEME_KEY, self, "color-scheme",
                     G_SETTINGS_BIND_DEFAULT);

  watch_desktop_settings (self);
  if (self->bus != NULL && !portals_disabled ())
    watch_portal (self);

  update (self);
}

static void
rc_style_manager_dispose (GObject *object)
{
  RcStyleManager *self = RC_STYLE_MANAGER (object);

  g_cancellable_cancel (self->cancellable);
  if (self->portal_signal_id != 0)
    {
      g_dbus_connection_signal_unsubscribe (self->bus, self->portal_signal_id);
      self->portal_signal_id = 0;
    }
  if (self->settings != NULL)
    g_settings_unbind (self, "color-scheme");

  g_clear_object (&self->settings);
  g_clear_object (&self->desktop_settings);
  g_clear_object (&self->bus);

  G_OBJECT_CLASS (rc_style_manager_parent_class)->dispose (object);
}

static void
rc_style_manager_finalize (GObject *object)
{
  RcStyleManager *self = RC_STYLE_MANAGER (object);

  g_clear_object (&self->cancellable);
  g_free (self->color_scheme);

  G_OBJECT_CLASS (rc_style_manager_parent_class)->finalize (object);
}

static void
rc_style_manager_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcStyleManager *self = RC_STYLE_MANAGER (object);

  switch (prop_id)
    {
      case PROP_SETTINGS:
        g_value_set_object (value, self->settings);
        break;
      case PROP_BUS:
        g_value_set_object (value, self->bus);
        break;
      case PROP_COLOR_SCHEME:
        g_value_set_string (value, self->color_scheme);
        break;
      case PROP_DARK:
        g_value_set_boolean (value, self->dark);
        break;
      case PROP_SYSTEM_PREFERS_DARK:
        g_value_set_boolean (value, self->system_prefers_dark);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_style_manager_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcStyleManager *self = RC_STYLE_MANAGER (object);

  switch (prop_id)
    {
      case PROP_SETTINGS:
        self->settings = g_value_dup_object (value);
        break;
      case PROP_BUS:
        self->bus = g_value_dup_object (value);
        break;
      case PROP_COLOR_SCHEME:
        rc_style_manager_set_color_scheme (self, g_value_get_string (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_style_manager_class_init (RcStyleManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rc_style_manager_constructed;
  object_class->dispose = rc_style_manager_dispose;
  object_class->finalize = rc_style_manager_finalize;
  object_class->get_property = rc_style_manager_get_property;
  object_class->set_property = rc_style_manager_set_property;

  properties[PROP_SETTINGS] =
      g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUS] =
      g_param_spec_object ("bus", NULL, NULL, G_TYPE_DBUS_CONNECTION,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_SCHEME] =
      g_param_spec_string ("color-scheme", NULL, NULL, "follow",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DARK] =
      g_param_spec_boolean ("dark", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYSTEM_PREFERS_DARK] = g_param_spec_boolean (
      "system-prefers-dark", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_style_manager_init (RcStyleManager *self)
{
  self->cancellable = g_cancellable_new ();
  self->color_scheme = g_strdup ("follow");
}

RcStyleManager *
rc_style_manager_new (GSettings *settings, GDBusConnection *bus)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (bus == NULL || G_IS_DBUS_CONNECTION (bus), NULL);

  return g_object_new (RC_TYPE_STYLE_MANAGER, "settings", settings, "bus", bus, NULL);
}

const char *
rc_style_manager_get_color_scheme (RcStyleManager *self)
{
  g_return_val_if_fail (RC_IS_STYLE_MANAGER (self), NULL);

  return self->color_scheme;
}

void
rc_style_manager_set_color_scheme (RcStyleManager *self, const char *color_scheme)
{
  g_return_if_fail (RC_IS_STYLE_MANAGER (self));

  /* Anything unknown means the default. */
  if (g_strcmp0 (color_scheme, "light") != 0 && g_strcmp0 (color_scheme, "dark") != 0)
    color_scheme = "follow";

  if (g_strcmp0 (self->color_scheme, color_scheme) == 0)
    return;

  g_free (self->color_scheme);
  self->color_scheme = g_strdup (color_scheme);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_SCHEME]);
  update (self);
}

gboolean
rc_style_manager_get_dark (RcStyleManager *self)
{
  g_return_val_if_fail (RC_IS_STYLE_MANAGER (self), FALSE);

  return self->dark;
}

gboolean
rc_style_manager_get_system_prefers_dark (RcStyleManager *self)
{
  g_return_val_if_fail (RC_IS_STYLE_MANAGER (self), FALSE);

  return self->system_prefers_dark;
}
