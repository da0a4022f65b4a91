/* rc-bench-kbgen.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "rc-bench-kbgen.h"
#include "rc-kb-validator.h"
#include "rc-knowledge-base.h"

static const char *const shipped[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol",
};

void
rc_bench_kb_file_free (RcBenchKbFile *file)
{
  g_free (file->name);
  g_bytes_unref (file->bytes);
  g_free (file);
}

/* Replaces the first occurrence of from, after the start of marker, by to. */
static gboolean
replace_after (GString *text, const char *marker, const char *from, const char *to)
{
  const char *at = strstr (text->str, marker);
  const char *hit;
  gsize       pos;

  if (at == NULL || (hit = strstr (at, from)) == NULL)
    return FALSE;
  pos = hit - text->str;
  g_string_erase (text, pos, strlen (from));
  g_string_insert (text, pos, to);
  return TRUE;
}

static RcBenchKbFile *
clone_drug (const char *id, const char *source, gsize size, guint serial, GError **error)
{
  g_autoptr (GString) text = g_string_new_len (source, size);
  g_autofree char *new_id = g_strdup_printf ("%s-s%05u", id, serial);
  g_autofree char *old_attr = g_strdup_printf ("id=\"%s\"", id);
  g_autofree char *new_attr = g_strdup_printf ("id=\"%s\"", new_id);
  const char      *name_start;
  const char      *name_end;
  RcBenchKbFile   *file;

  /* The root's id: the first id attribute after "<drug ". */
  if (!replace_after (text, "<drug ", old_attr, new_attr))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no <drug id=\"%s\">", id, id);
      return NULL;
    }

  /* The drug's name gets the serial, so that the clones tell apart. */
  name_start = strstr (text->str, "<name>");
  name_end = name_start != NULL ? strstr (name_start, "</name>") : NULL;
  if (name_end == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s: no <name>", id);
      return NULL;
    }
  {
    g_autofree char *suffix = g_strdup_printf (" %05u", serial);

    g_string_insert (text, name_end - text->str, suffix);
  }

  file = g_new0 (RcBenchKbFile, 1);
  file->name = g_strdup_printf ("%s.xml", new_id);
  file->bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  return file;
}

GPtrArray *
rc_bench_kbgen_generate (guint n_drugs, GError **error)
{
  g_autoptr (GPtrArray) files =
      g_ptr_array_new_with_free_func ((GDestroyNotify) rc_bench_kb_file_free);
  GBytes  *sources[G_N_ELEMENTS (shipped)] = { NULL };
  gboolean ok = TRUE;

  rc_kb_validator_ensure_resources ();
  for (guint i = 0; i < G_N_ELEMENTS (shipped) && ok; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/drugs/%s.xml", RC_KB_RESOURCE_PATH, shipped[i]);

      sources[i] = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      ok = sources[i] != NULL;
    }

  for (guint n = 0; n < n_drugs && ok; n++)
    {
      guint          which = n % G_N_ELEMENTS (shipped);
      gsize          size;
      const char    *data = g_bytes_get_data (sources[which], &size);
      RcBenchKbFile *file = clone_drug (shipped[which], data, size, n + 1, error);

      if (file == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (files, file);
    }

  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    g_clear_pointer (&sources[i], g_bytes_unref);

  return ok ? g_steal_pointer (&files) : NULL;
}

gboolean
rc_bench_kbgen_write (GPtrArray *files, const char *dir, GError **error)
{
  for (guint i = 0; i < files->len; i++)
    {
      RcBenchKbFile   *file = g_ptr_array_index (files, i);
      g_autofree char *path = g_build_filename (dir, file->name, NULL);
      gsize            size;
      const char      *data = g_bytes_get_data (file->bytes, &size);

      if (!g_file_set_contents (path, data, (gssize) size, error))
        return FALSE;
    }
  return TRUE;
}

void
rc_bench_kbgen_remove (GPtrArray *files, const char *dir)
{
  for (guint i = 0; files != NULL && i < files->len; i++)
    {
      RcBenchKbFile   *file = g_ptr_array_index (files, i);
      g_autofree char *path = g_build_filename (dir, file->name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}
