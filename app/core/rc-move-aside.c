/* rc-move-aside.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-move-aside.h"

char *
rc_move_aside (const char *path, GError **error)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autoptr (GFile) source = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = g_file_new_for_path (path);
  for (guint n = 1; n < 100; n++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autofree char *target_path = NULL;
      g_autoptr (GFile) target = NULL;

      if (n == 1)
        target_path = g_strdup_printf ("%s.corrupt-%s", path, stamp);
      else
        target_path = g_strdup_printf ("%s.corrupt-%s-%u", path, stamp, n);
      target = g_file_new_for_path (target_path);

      /* Without G_FILE_COPY_OVERWRITE an existing target is an error, so
       * an earlier damaged file is never replaced. */
      if (g_file_move (source, target, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL, NULL, NULL,
                       &local_error))
        return g_steal_pointer (&target_path);
      if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       /* Translators: why a damaged file (study progress or
                        * settings) could not be renamed: a hundred earlier
                        * copies exist. */
                       _ ("Too many earlier copies of damaged files"));
  return NULL;
}
