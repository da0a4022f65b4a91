/* rc-study-progress.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "rc-study-progress.h"

#include "rc-move-aside.h"

#define HEADER_GROUP "progress"
#define APP_MARKER "relaxant-compare"
#define MAX_CARD_ID 256
#define MAX_COUNT 1000000

struct _RcStudyProgress
{
  GObject parent_instance;

  char       *path;
  GHashTable *states; /* card id (owned) -> RcCardState* (owned) */
  char       *moved_aside;
  /* Set when a file that is there could not be read or moved aside:
   * saving would destroy it. */
  gboolean blocked;
};

G_DEFINE_FINAL_TYPE (RcStudyProgress, rc_study_progress, G_TYPE_OBJECT)

G_DEFINE_QUARK (rc - study - progress - error - quark, rc_study_progress_error)

enum
{
  PROP_0,
  PROP_PATH,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
rc_study_progress_finalize (GObject *object)
{
  RcStudyProgress *self = RC_STUDY_PROGRESS (object);

  g_free (self->path);
  g_free (self->moved_aside);
  g_hash_table_unref (self->states);

  G_OBJECT_CLASS (rc_study_progress_parent_class)->finalize (object);
}

static void
rc_study_progress_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcStudyProgress *self = RC_STUDY_PROGRESS (object);

  switch (prop_id)
    {
      case PROP_PATH:
        g_value_set_string (value, self->path);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_study_progress_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RcStudyProgress *self = RC_STUDY_PROGRESS (object);

  switch (prop_id)
    {
      case PROP_PATH:
        g_free (self->path);
        self->path = g_value_dup_string (value);
        if (self->path == NULL)
          self->path = rc_study_progress_get_default_path ();
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_study_progress_class_init (RcStudyProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rc_study_progress_finalize;
  object_class->get_property = rc_study_progress_get_property;
  object_class->set_property = rc_study_progress_set_property;

  properties[PROP_PATH] =
      g_param_spec_string ("path", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_study_progress_init (RcStudyProgress *self)
{
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

char *
rc_study_progress_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "relaxant-compare", "progress.ini", NULL);
}

RcStudyProgress *
rc_study_progress_new (const char *path)
{
  return g_object_new (RC_TYPE_STUDY_PROGRESS, "path", path, NULL);
}

const char *
rc_study_progress_get_path (RcStudyProgress *self)
{
  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), NULL);

  return self->path;
}

const char *
rc_study_progress_get_moved_aside (RcStudyProgress *self)
{
  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), NULL);

  return self->moved_aside;
}

/* ---- Reading ------------------------------------------------------------ */

/* Card ids are "template:drug[:field]" made of knowledge-base ids; this
 * only keeps out what a key file group name cannot hold. */
static gboolean
valid_card_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > MAX_CARD_ID || strchr (id, ':') == NULL || !g_utf8_validate (id, -1, NULL))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (*p == '[' || *p == ']' || *p == ' ' || g_ascii_iscntrl (*p))
      return FALSE;
  return TRUE;
}

static gboolean
read_count (GKeyFile   *keys,
            const char *group,
            const char *key,
            guint64     min,
            guint64     max,
            guint64    *out,
            char      **problem)
{
  g_autofree char *text = g_key_file_get_value (keys, group, key, NULL);

  if (text == NULL)
    {
      /* Translators: a problem in the study progress file; %1$s is a card
       * id, %2$s a key name. */
      *problem = g_strdup_printf (_ ("card “%1$s” has no “%2$s”"), group, key);
      return FALSE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, min, max, out, NULL))
    {
      /* Translators: a problem in the study progress file; %1$s is a card
       * id, %2$s a key name. */
      *problem = g_strdup_printf (_ ("card “%1$s” has an invalid “%2$s”"), group, key);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_time (GKeyFile   *keys,
           const char *group,
           const char *key,
           gboolean    optional,
           gint64     *out,
           char      **problem)
{
  g_autofree char *text = g_key_file_get_value (keys, group, key, NULL);
  g_autoptr (GDateTime) time = NULL;

  if (text == NULL && optional)
    {
      *out = 0;
      return TRUE;
    }
  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    {
      /* Translators: a problem in the study progress file; %1$s is a card
       * id, %2$s a key name. */
      *problem = g_strdup_printf (_ ("card “%1$s” has an invalid “%2$s”"), group, key);
      return FALSE;
    }
  *out = g_date_time_to_unix (time);
  return TRUE;
}

/* Parses contents into states; on failure returns FALSE with a short
 * description of what is wrong in problem. */
static gboolean
parse (const char *contents, gsize length, GHashTable *states, char **problem)
{
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) groups = NULL;
  g_autofree char *marker = NULL;
  g_autofree char *version = NULL;

  if (!g_utf8_validate (contents, length, NULL) ||
      !g_key_file_load_from_data (keys, contents, length, G_KEY_FILE_NONE, &error))
    {
      /* Translators: why the study progress file cannot be used; it goes in
       * the parentheses of "… could not be read (%2$s)". */
      *problem = g_strdup (_ ("it is not a settings file"));
      return FALSE;
    }

  marker = g_key_file_get_value (keys, HEADER_GROUP, "app", NULL);
  if (g_strcmp0 (marker, APP_MARKER) != 0)
    {
      /* Translators: why the study progress file cannot be used; it goes in
       * the parentheses of "… could not be read (%2$s)". */
      *problem = g_strdup (_ ("it was not written by Relaxant Compare"));
      return FALSE;
    }

  version = g_key_file_get_value (keys, HEADER_GROUP, "version", NULL);
  if (g_strcmp0 (version, G_STRINGIFY (RC_STUDY_PROGRESS_VERSION)) != 0)
    {
      /* Translators: a problem in the study progress file; %s is a version
       * number as written in the file. */
      *problem = g_strdup_printf (_ ("it has an unsupported version (%s)"),
                                  version != NULL ? version : "?");
      return FALSE;
    }

  groups = g_key_file_get_groups (keys, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      RcCardState state = { 0 };
      guint64     box, right, wrong;

      if (g_str_equal (group, HEADER_GROUP))
        continue;
      if (!valid_card_id (group))
        {
          /* Translators: a problem in the study progress file; %s is a group name. */
          *problem = g_strdup_printf (_ ("“%s” is not a card"), group);
          return FALSE;
        }
      if (!read_count (keys, group, "box", 1, RC_LEITNER_N_BOXES, &box, problem) ||
          !read_count (keys, group, "right", 0, MAX_COUNT, &right, problem) ||
          !read_count (keys, group, "wrong", 0, MAX_COUNT, &wrong, problem) ||
          !read_time (keys, group, "due", FALSE, &state.due, problem) ||
          !read_time (keys, group, "last", TRUE, &state.last, problem))
        return FALSE;

      state.box = (guint) box;
      state.right = (guint) right;
      state.wrong = (guint) wrong;
      g_hash_table_replace (states, g_strdup (group), g_memdup2 (&state, sizeof state));
    }

  return TRUE;
}

static gboolean
set_aside (RcStudyProgress *self, const char *problem, GError **error)
{
  g_autoptr (GError) move_error = NULL;
  g_autofree char *target = rc_move_aside (self->path, &move_error);

  if (target == NULL)
    {
      self->blocked = TRUE;
      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED,
                   /* Translators: %1$s is a file, %2$s why it cannot be read,
                    * %3$s why it could not be renamed. */
                   _ ("Your study progress in %1$s cannot be read (%2$s) and could not be moved "
                      "aside (%3$s). Progress will not be saved until the file is moved or "
                      "removed."),
                   self->path, problem, move_error->message);
      return FALSE;
    }

  g_free (self->moved_aside);
  self->moved_aside = g_steal_pointer (&target);
  g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_CORRUPT,
               /* Translators: %1$s is a file, %2$s why it cannot be read, %3$s
                * the new name of the file. */
               _ ("Your study progress in %1$s could not be read (%2$s). The file was kept as "
                  "%3$s and a new record was started."),
               self->path, problem, self->moved_aside);
  return FALSE;
}

gboolean
rc_study_progress_load (RcStudyProgress *self, GError **error)
{
  g_autoptr (GHashTable) states = NULL;
  g_autoptr (GError) read_error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *problem = NULL;
  GStatBuf         st;
  gsize            length = 0;

  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), FALSE);

  g_hash_table_remove_all (self->states);
  g_clear_pointer (&self->moved_aside, g_free);
  self->blocked = FALSE;

  if (g_stat (self->path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;
      self->blocked = TRUE;
      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED,
                   /* Translators: %1$s is a file, %2$s a system error message. */
                   _ ("Your study progress in %1$s cannot be read: %2$s"), self->path,
                   g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    /* Translators: why the study progress file cannot be used; it goes in
     * the parentheses of "… could not be read (%2$s)". */
    return set_aside (self, _ ("it is not a regular file"), error);
  if (st.st_size > RC_STUDY_PROGRESS_MAX_SIZE)
    /* Translators: why the study progress file cannot be used; it goes in
     * the parentheses of "… could not be read (%2$s)". */
    return set_aside (self, _ ("it is far too large"), error);

  if (!g_file_get_contents (self->path, &contents, &length, &read_error))
    {
      self->blocked = TRUE;
      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED,
                   /* Translators: %1$s is a file, %2$s a system error message. */
                   _ ("Your study progress in %1$s cannot be read: %2$s"), self->path,
                   read_error->message);
      return FALSE;
    }

  states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!parse (contents, length, states, &problem))
    return set_aside (self, problem, error);

  g_hash_table_unref (self->states);
  self->states = g_steal_pointer (&states);
  return TRUE;
}

/* ---- Writing ------------------------------------------------------------ */

static char *
format_time (gint64 unix_time)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return time != NULL ? g_date_time_format_iso8601 (time) : NULL;
}

static int
compare_ids (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

gboolean
rc_study_progress_save (RcStudyProgress *self, GError **error)
{
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  GHashTableIter   iter;
  gpointer         key;
  gsize            length;

  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), FALSE);

  if (self->blocked)
    {
      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_BLOCKED,
                   /* Translators: %s is a file. */
                   _ ("Study progress was not saved: %s could not be read and would be "
                      "overwritten."),
                   self->path);
      return FALSE;
    }

  g_key_file_set_value (keys, HEADER_GROUP, "app", APP_MARKER);
  g_key_file_set_integer (keys, HEADER_GROUP, "version", RC_STUDY_PROGRESS_VERSION);

  /* Sorted, so that the file changes only where the progress did. */
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, key);
  g_ptr_array_sort (ids, compare_ids);

  for (guint i = 0; i < ids->len; i++)
    {
      const char        *id = g_ptr_array_index (ids, i);
      const RcCardState *state = g_hash_table_lookup (self->states, id);
      g_autofree char   *due = format_time (state->due);
      g_autofree char   *last = state->last != 0 ? format_time (state->last) : NULL;

      g_key_file_set_uint64 (keys, id, "box", state->box);
      g_key_file_set_value (keys, id, "due", due != NULL ? due : "1970-01-01T00:00:00Z");
      g_key_file_set_uint64 (keys, id, "right", state->right);
      g_key_file_set_uint64 (keys, id, "wrong", state->wrong);
      if (last != NULL)
        g_key_file_set_value (keys, id, "last", last);
    }

  data = g_key_file_to_data (keys, &length, NULL);
  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_FAILED,
                   /* Translators: %1$s is a folder, %2$s a system error message. */
                   _ ("Could not create %1$s: %2$s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  if (!g_file_set_contents_full (self->path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &local_error))
    {
      g_set_error (error, RC_STUDY_PROGRESS_ERROR, RC_STUDY_PROGRESS_ERROR_FAILED,
                   /* Translators: %1$s is a file, %2$s a system error message. */
                   _ ("Could not save study progress to %1$s: %2$s"), self->path,
                   local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* ---- The record --------------------------------------------------------- */

const RcCardState *
rc_study_progress_lookup (RcStudyProgress *self, const char *card_id)
{
  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), NULL);
  g_return_val_if_fail (card_id != NULL, NULL);

  return g_hash_table_lookup (self->states, card_id);
}

void
rc_study_progress_set_state (RcStudyProgress *self, const char *card_id, const RcCardState *state)
{
  g_return_if_fail (RC_IS_STUDY_PROGRESS (self));
  g_return_if_fail (card_id != NULL && valid_card_id (card_id));
  g_return_if_fail (state != NULL);

  g_hash_table_replace (self->states, g_strdup (card_id), g_memdup2 (state, sizeof *state));
}

const RcCardState *
rc_study_progress_record_answer (RcStudyProgress *self,
                                 const char      *card_id,
                                 gboolean         correct,
                                 gint64           now)
{
  RcCardState *state;

  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), NULL);
  g_return_val_if_fail (card_id != NULL && valid_card_id (card_id), NULL);

  state = g_hash_table_lookup (self->states, card_id);
  if (state == NULL)
    {
      state = g_new0 (RcCardState, 1);
      rc_leitner_state_init (state, now);
      g_hash_table_insert (self->states, g_strdup (card_id), state);
    }
  rc_leitner_answer (state, correct, now);
  return state;
}

GHashTable *
rc_study_progress_get_states (RcStudyProgress *self)
{
  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), NULL);

  return self->states;
}

guint
rc_study_progress_get_n_cards (RcStudyProgress *self)
{
  g_return_val_if_fail (RC_IS_STUDY_PROGRESS (self), 0);

  return g_hash_table_size (self->states);
}

void
rc_study_progress_reset (RcStudyProgress *self)
{
  g_return_if_fail (RC_IS_STUDY_PROGRESS (self));

  g_hash_table_remove_all (self->states);
}
