/* rc-hostile-util.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/syscall.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/mount.h>
#include <unistd.h>

#include "rc-hostile-util.h"

static char *
build_source_path (const char *first, va_list args)
{
  const char *root = g_getenv ("RC_SOURCE_DIR");
  GString    *path;

  g_assert_nonnull (root);
  path = g_string_new (root);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    {
      g_string_append_c (path, G_DIR_SEPARATOR);
      g_string_append (path, part);
    }
  return g_string_free (path, FALSE);
}

char *
hostile_source_path (const char *first, ...)
{
  va_list args;
  char   *path;

  va_start (args, first);
  path = build_source_path (first, args);
  va_end (args);
  return path;
}

GBytes *
hostile_source_bytes (const char *first, ...)
{
  va_list          args;
  g_autofree char *path = NULL;
  g_autoptr (GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  va_start (args, first);
  path = build_source_path (first, args);
  va_end (args);
  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

char *
hostile_make_dir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("rc-hostile-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      GDir       *dir;
      const char *name;

      /* A test that made a folder unreadable or unwritable gets it back. */
      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
      if (dir != NULL)
        g_dir_close (dir);
      if (g_rmdir (path) != 0 && errno == EBUSY)
        {
          hostile_unmount (path);
          g_rmdir (path);
        }
    }
  else
    {
      g_unlink (path);
    }
}

void
hostile_remove_dir (const char *path)
{
  if (path != NULL)
    remove_tree (path);
}

char *
hostile_write (const char *dir, const char *name, const void *data, gssize len)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

char *
hostile_write_sparse (const char *dir, const char *name, goffset size)
{
  char *path = g_build_filename (dir, name, NULL);
  int   fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  return path;
}

RcKnowledgeBase *
hostile_load_file (const char *path, gboolean *loaded)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GFile) file = g_file_new_for_path (path);
  gboolean ok = rc_knowledge_base_load_file (kb, file);

  if (loaded != NULL)
    *loaded = ok;
  return kb;
}

RcKnowledgeBase *
hostile_load_bytes (const char *data, gsize len, gboolean *loaded)
{
  RcKnowledgeBase *kb = rc_knowledge_base_new ();
  g_autoptr (GBytes) bytes = g_bytes_new (data, len);
  gboolean ok = rc_knowledge_base_load_bytes (kb, bytes, "hostile.xml");

  if (loaded != NULL)
    *loaded = ok;
  return kb;
}

const RcKbProblem *
hostile_assert_single_error (RcKnowledgeBase *kb, RcKbError code, const char *fragment)
{
  GPtrArray         *problems = rc_knowledge_base_get_problems (kb);
  const RcKbProblem *found = NULL;

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char   *text = rc_kb_problem_to_string (problem);

      g_test_message ("problem: %s", text);
      if (problem->severity != RC_KB_PROBLEM_ERROR)
        continue;
      g_assert_null (found);
      found = problem;
    }
  g_assert_nonnull (found);
  if ((int) code >= 0)
    g_assert_cmpint (found->code, ==, code);
  if (strstr (found->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", found->message, fragment);
  return found;
}

guint
hostile_count_errors_for (RcKnowledgeBase *kb, const char *file)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);
  guint      n = 0;

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == RC_KB_PROBLEM_ERROR && g_str_equal (problem->file, file))
        n++;
    }
  return n;
}

gboolean
hostile_problems_contain (RcKnowledgeBase *kb, const char *needle)
{
  GPtrArray *problems = rc_knowledge_base_get_problems (kb);

  for (guint i = 0; i < problems->len; i++)
    {
      const RcKbProblem *problem = g_ptr_array_index (problems, i);

      if (strstr (problem->message, needle) != NULL || strstr (problem->file, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
hostile_mount_tmpfs (const char *dir, gsize size, gboolean read_only, char **why)
{
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0755", size);

  if (mount ("tmpfs", dir, "tmpfs", read_only ? MS_RDONLY : 0, options) == 0)
    return TRUE;
  *why = g_strdup_printf ("cannot mount a tmpfs here (%s): needs root with CAP_SYS_ADMIN",
                          g_strerror (errno));
  return FALSE;
}

void
hostile_unmount (const char *dir)
{
  umount2 (dir, MNT_DETACH);
}

void
hostile_fill_disk (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "filler", NULL);
  int              fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  char             block[4096];

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'f', sizeof block);
  /* Blocks, then single bytes, until nothing more fits. */
  while (write (fd, block, sizeof block) == (gssize) sizeof block)
    ;
  while (write (fd, block, 1) == 1)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
hostile_list_dir (const char *dir)
{
  GDir       *d = g_dir_open (dir, 0, NULL);
  GPtrArray  *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  char       *joined;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (" ", (char **) names->pdata);
  g_ptr_array_unref (names);
  return joined;
}

/* capget/capset without libcap: version 3 uses two 32-bit words. */
static gboolean
set_dac_bypass (gboolean on)
{
  struct __user_cap_header_struct header = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct   data[2] = { { 0 } };
  const guint32                   bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);

  if (syscall (SYS_capget, &header, data) != 0)
    return FALSE;
  if (on)
    data[0].effective |= bits & data[0].permitted;
  else
    data[0].effective &= ~bits;
  return syscall (SYS_capset, &header, data) == 0;
}

gboolean
hostile_obey_permissions (char **why)
{
  if (set_dac_bypass (FALSE))
    return TRUE;
  *why = g_strdup_printf ("cannot drop the permission-bypass capabilities: %s", g_strerror (errno));
  return FALSE;
}

void
hostile_restore_permissions_bypass (void)
{
  set_dac_bypass (TRUE);
}
