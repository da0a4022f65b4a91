/* rc-settings.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include <errno.h>
#include <glib/gi18n.h>

#include "rc-settings.h"

#include "rc-move-aside.h"

/* The compiled schema bundled in the UI resources (see resources/). */
#define BUNDLED_SCHEMA_RESOURCE RESOURCE_BASE "/schemas/gschemas.compiled"

static const char in_memory_key[] = "rc-settings-in-memory";

/* Writes the bundled compiled schema into dir and looks the schema up
 * there. */
static GSettingsSchema *
load_schema_from_dir (const char *dir, GBytes *bytes)
{
  g_autoptr (GSettingsSchemaSource) source = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "gschemas.compiled", NULL);
  gconstpointer    data;
  gsize            size;

  data = g_bytes_get_data (bytes, &size);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_debug ("Cannot create %s: %s", dir, g_strerror (errno));
      return NULL;
    }
  if (!g_file_set_contents_full (path, data, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT, 0600,
                                 &error))
    {
      g_debug ("Cannot write the bundled settings schema: %s", error->message);
      return NULL;
    }

  source = g_settings_schema_source_new_from_directory (dir, NULL, TRUE, &error);
  if (source == NULL)
    {
      g_debug ("Cannot load the bundled settings schema: %s", error->message);
      return NULL;
    }

  return g_settings_schema_source_lookup (source, RC_SETTINGS_SCHEMA_ID, FALSE);
}

/* Loads the copy of the compiled schema bundled in the resources. GSettings
 * only reads schemas from a directory, so the bytes are written to a private
 * runtime directory first (or, failing that, a fresh temporary one). */
static GSettingsSchema *
load_bundled_schema (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *runtime_dir = NULL;
  g_autofree char *tmp_dir = NULL;
  GSettingsSchema *schema;

  bytes = g_resources_lookup_data (BUNDLED_SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      g_debug ("No bundled settings schema: %s", error->message);
      return NULL;
    }

  runtime_dir = g_build_filename (g_get_user_runtime_dir (), APP_ID, "schemas", NULL);
  schema = load_schema_from_dir (runtime_dir, bytes);
  if (schema != NULL)
    return schema;

  tmp_dir = g_dir_make_tmp ("relaxant-compare-XXXXXX", &error);
  if (tmp_dir == NULL)
    {
      g_debug ("Cannot create a temporary directory: %s", error->message);
      return NULL;
    }
  return load_schema_from_dir (tmp_dir, bytes);
}

GSettings *
rc_settings_new (void)
{
  GSettingsSchemaSource *default_source = g_settings_schema_source_get_default ();
  g_autoptr (GSettingsSchema) schema = NULL;
  g_autoptr (GSettingsBackend) backend = NULL;
  GSettings *settings;

  if (default_source != NULL)
    schema = g_settings_schema_source_lookup (default_source, RC_SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL)
    return g_settings_new_full (schema, NULL, NULL);

  /* Running uninstalled without the schema directory: fine for trying the
   * application out, so no warning; settings last for this run only. */
  g_debug ("Settings schema %s is not installed; keeping settings in memory",
           RC_SETTINGS_SCHEMA_ID);
  schema = load_bundled_schema ();
  if (schema == NULL)
    {
      /* Nowhere to put the schema: the caller runs without settings. */
      g_debug ("No settings schema available; settings are not kept");
      return NULL;
    }

  backend = g_memory_settings_backend_new ();
  settings = g_settings_new_full (schema, backend, NULL);
  g_object_set_data (G_OBJECT (settings), in_memory_key, GINT_TO_POINTER (TRUE));
  return settings;
}

gboolean
rc_settings_is_in_memory (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);

  return g_object_get_data (G_OBJECT (settings), in_memory_key) != NULL;
}

/* The file of GLib's key-file backend, which a session without dconf and a
 * Flatpak sandbox use; NULL for any other backend. */
static char *
keyfile_backend_path (GSettings *settings)
{
  g_autoptr (GSettingsBackend) backend = NULL;
  GParamSpec *pspec;
  char       *path = NULL;

  g_object_get (settings, "backend", &backend, NULL);
  if (backend == NULL || !g_str_equal (G_OBJECT_TYPE_NAME (backend), "GKeyfileSettingsBackend"))
    return NULL;

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (backend), "filename");
  if (pspec != NULL && (pspec->flags & G_PARAM_READABLE) != 0)
    g_object_get (backend, "filename", &path, NULL);
  if (path == NULL)
    path = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  return path;
}

char *
rc_settings_set_aside_damaged (GSettings *settings)
{
  g_autofree char *path = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *display = NULL;
  g_autoptr (GKeyFile) keyfile = g_key_file_new ();
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings == NULL || rc_settings_is_in_memory (settings))
    return NULL;
  path = keyfile_backend_path (settings);
  if (path == NULL || g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, &error))
    return NULL;
  /* A missing or unreadable file is not damage (and one that cannot be
   * read cannot be moved either). */
  if (error->domain == G_FILE_ERROR)
    return NULL;

  /* GIO has read it as empty, and its next write would replace it: keep
   * the damaged file beside it, for whoever wants it back. */
  g_clear_error (&error);
  aside = rc_move_aside (path, &error);
  if (aside == NULL)
    {
      g_warning ("Cannot set the damaged settings file %s aside: %s", path, error->message);
      return NULL;
    }

  display = g_filename_display_name (aside);
  /* Translators: %s is the path of the damaged settings file, kept under a
   * new name. */
  return g_strdup_printf (_ ("The settings file could not be read, so the settings are back to "
                             "their defaults. The damaged file was kept as “%s”."),
                          display);
}
