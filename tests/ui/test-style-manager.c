/* test-style-manager.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Light and dark: the desktop's preference from a settings portal (a fake
 * one on a private bus), the GNOME setting when there is no portal, and the
 * user's choice over both. */

#include "config.h"

#include <locale.h>

#include "rc-style-manager.h"

#define PORTAL_NAME "org.freedesktop.portal.Desktop"
#define PORTAL_PATH "/org/freedesktop/portal/desktop"
#define PORTAL_IFACE "org.freedesktop.portal.Settings"

static const char portal_xml[] = "<node>"
                                 "  <interface name='" PORTAL_IFACE "'>"
                                 "    <method name='Read'>"
                                 "      <arg type='s' name='namespace' direction='in'/>"
                                 "      <arg type='s' name='key' direction='in'/>"
                                 "      <arg type='v' name='value' direction='out'/>"
                                 "    </method>"
                                 "    <signal name='SettingChanged'>"
                                 "      <arg type='s' name='namespace'/>"
                                 "      <arg type='s' name='key'/>"
                                 "      <arg type='v' name='value'/>"
                                 "    </signal>"
                                 "  </interface>"
                                 "</node>";

static GDBusConnection *bus;
static guint            portal_value; /* what the fake portal answers */
static gboolean         double_wrap;  /* answer like an old portal: v(v(u)) */
static guint            n_reads;

static void
portal_method_call (GDBusConnection       *connection,
                    const char            *sender,
                    const char            *object_path,
                    const char            *interface_name,
                    const char            *method_name,
                    GVariant              *parameters,
                    GDBusMethodInvocation *invocation,
                    gpointer               user_data)
{
  const char *ns, *key;
  GVariant   *value;

  g_variant_get (parameters, "(&s&s)", &ns, &key);
  n_reads++;
  if (!g_str_equal (ns, "org.freedesktop.appearance") || !g_str_equal (key, "color-scheme"))
    {
      g_dbus_method_invocation_return_dbus_error (
          invocation, "org.freedesktop.portal.Error.NotFound", "Requested setting not found");
      return;
    }

  value = g_variant_new_uint32 (portal_value);
  if (double_wrap)
    value = g_variant_new_variant (value);
  g_dbus_method_invocation_return_value (invocation, g_variant_new ("(v)", value));
}

static const GDBusInterfaceVTable portal_vtable = { portal_method_call };

static void
emit_setting_changed (guint value)
{
  g_autoptr (GError) error = NULL;

  g_dbus_connection_emit_signal (bus, NULL, PORTAL_PATH, PORTAL_IFACE, "SettingChanged",
                                 g_variant_new ("(ssv)", "org.freedesktop.appearance",
                                                "color-scheme", g_variant_new_uint32 (value)),
                                 &error);
  g_assert_no_error (error);
}

static gboolean
prefers_dark (void)
{
  gboolean dark;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark;
}

typedef struct
{
  RcStyleManager *manager;
  gboolean        dark;
} DarkWait;

static gboolean
dark_is (gpointer data)
{
  DarkWait *wait = data;

  g_main_context_iteration (NULL, FALSE);
  return rc_style_manager_get_dark (wait->manager) == wait->dark;
}

static void
wait_for_dark (RcStyleManager *manager, gboolean dark)
{
  DarkWait wait = { manager, dark };
  gint64   deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* A deadline against hangs, not a timing check. */
  while (!dark_is (&wait))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (1000);
    }
  g_assert_cmpint (prefers_dark (), ==, dark);
}

static void
wait_for_system_dark (RcStyleManager *manager, gboolean dark)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  /* A deadline against hangs, not a timing check. */
  while (rc_style_manager_get_system_prefers_dark (manager) != dark)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
test_portal (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (portal_xml, &error);
  g_autoptr (RcStyleManager) manager = NULL;
  guint registration, owner;

  g_assert_no_error (error);
  registration = g_dbus_connection_register_object (bus, PORTAL_PATH, info->interfaces[0],
                                                    &portal_vtable, NULL, NULL, &error);
  g_assert_no_error (error);
  owner = g_bus_own_name_on_connection (bus, PORTAL_NAME, G_BUS_NAME_OWNER_FLAGS_NONE, NULL, NULL,
                                        NULL, NULL);

  /* The portal prefers dark: following the system is dark. */
  portal_value = 1;
  n_reads = 0;
  manager = rc_style_manager_new (NULL, bus);
  g_assert_cmpstr (rc_style_manager_get_color_scheme (manager), ==, "follow");
  wait_for_dark (manager, TRUE);
  g_assert_true (rc_style_manager_get_system_prefers_dark (manager));
  g_assert_cmpuint (n_reads, ==, 1);

  /* The desktop switches to light while the application runs. */
  emit_setting_changed (2);
  wait_for_dark (manager, FALSE);
  g_assert_false (rc_style_manager_get_system_prefers_dark (manager));

  /* The user's choice wins over the desktop's. */
  rc_style_manager_set_color_scheme (manager, "dark");
  g_assert_true (rc_style_manager_get_dark (manager));
  g_assert_true (prefers_dark ());
  emit_setting_changed (2);
  wait_for_dark (manager, TRUE);
  rc_style_manager_set_color_scheme (manager, "light");
  g_assert_false (prefers_dark ());
  emit_setting_changed (1);
  /* The forced light scheme makes "dark" FALSE at once, so wait for the
   * signal itself to arrive before looking at the desktop's preference. */
  wait_for_system_dark (manager, TRUE);
  g_assert_false (rc_style_manager_get_dark (manager));

  /* Back to following: dark again, as the desktop now says. */
  rc_style_manager_set_color_scheme (manager, "follow");
  g_assert_true (prefers_dark ());
  g_clear_object (&manager);

  /* An old portal wraps the value twice; "no preference" is light. */
  double_wrap = TRUE;
  portal_value = 0;
  manager = rc_style_manager_new (NULL, bus);
  wait_for_dark (manager, FALSE);
  g_clear_object (&manager);
  portal_value = 1;
  manager = rc_style_manager_new (NULL, bus);
  wait_for_dark (manager, TRUE);
  g_clear_object (&manager);
  double_wrap = FALSE;

  g_bus_unown_name (owner);
  g_dbus_connection_unregister_object (bus, registration);
}

static void
test_no_portal (void)
{
  g_autoptr (RcStyleManager) manager = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings) desktop = NULL;

  /* Nobody owns the portal name on this bus now: the GNOME setting (in
   * memory here) decides, or light when that schema is not installed. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "color-scheme"))
    {
      g_test_message ("no org.gnome.desktop.interface color-scheme: light");
      manager = rc_style_manager_new (NULL, bus);
      g_assert_false (rc_style_manager_get_dark (manager));
      return;
    }

  desktop = g_settings_new_full (schema, NULL, NULL);
  g_settings_set_string (desktop, "color-scheme", "prefer-dark");
  manager = rc_style_manager_new (NULL, bus);
  g_assert_true (rc_style_manager_get_dark (manager));
  g_assert_true (prefers_dark ());

  g_settings_set_string (desktop, "color-scheme", "default");
  g_assert_false (rc_style_manager_get_dark (manager));

  /* The failed portal call must not undo the fallback once it returns. */
  g_settings_set_string (desktop, "color-scheme", "prefer-dark");
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (rc_style_manager_get_dark (manager));
  g_settings_reset (desktop, "color-scheme");
}

static void
test_settings_key (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettings) settings = NULL;
  g_autoptr (RcStyleManager) manager = NULL;
  g_autofree char *stored = NULL;

  schema =
      g_settings_schema_source_lookup (source, "io.github.relaxantcompare.RelaxantCompare", TRUE);
  g_assert_nonnull (schema);
  settings = g_settings_new_full (schema, NULL, NULL);

  /* The choice lives in the settings key, both ways. */
  g_settings_set_string (settings, "color-scheme", "dark");
  manager = rc_style_manager_new (settings, NULL);
  g_assert_cmpstr (rc_style_manager_get_color_scheme (manager), ==, "dark");
  g_assert_true (prefers_dark ());

  rc_style_manager_set_color_scheme (manager, "light");
  stored = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (stored, ==, "light");
  g_assert_false (prefers_dark ());

  /* Nonsense means the default. */
  rc_style_manager_set_color_scheme (manager, "purple");
  g_assert_cmpstr (rc_style_manager_get_color_scheme (manager), ==, "follow");
  g_settings_reset (settings, "color-scheme");
}

int
main (int argc, char *argv[])
{
  g_autoptr (GTestDBus) test_bus = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  /* This test asks a portal on purpose (the suite sets RC_NO_PORTAL), on a
   * private bus of its own. */
  g_unsetenv ("RC_NO_PORTAL");
  setlocale (LC_ALL, "C.UTF-8");
  gtk_test_init (&argc, &argv, NULL);

  test_bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (test_bus);
  /* A connection of our own, not the shared session singleton: tearing the
   * test bus down waits for that singleton to be finalized, which stalled
   * under a loaded sanitizer run. */
  bus = g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (test_bus),
                                                G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                    G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                NULL, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/style-manager/portal", test_portal);
  g_test_add_func ("/style-manager/no-portal", test_no_portal);
  g_test_add_func ("/style-manager/settings-key", test_settings_key);
  status = g_test_run ();

  g_dbus_connection_close_sync (bus, NULL, NULL);
  g_clear_object (&bus);
  g_test_dbus_down (test_bus);
  return status;
}
