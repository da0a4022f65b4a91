/* rc-knowledge-base.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-knowledge-base.h"
#include "rc-drug-private.h"
#include "rc-kb-parser.h"
#include "rc-kb-validator.h"

/* The five built-in drugs, in the order the application shows them. */
static const char *const builtin_order[] = {
  "baclofen", "tizanidine", "cyclobenzaprine", "methocarbamol", "carisoprodol",
};

/* Where each drug came from: the file, and the "group" it was loaded in
 * (the built-in base, one extra directory, or one direct load). A second
 * file with the same id replaces the drug when it comes from a later
 * group, and is refused when it comes from the same one. */
typedef struct
{
  char *file;
  guint group;
} Origin;

struct _RcKnowledgeBase
{
  GObject parent_instance;

  /* Owned References */
  GListStore *drugs;         /* of RcDrug, in display order */
  GHashTable *origins;       /* drug id -> Origin* */
  GListStore *effects;       /* of RcEffect */
  GHashTable *effects_by_id; /* id -> RcEffect, borrowed from effects */
  GListStore *agents;        /* of RcAgent */
  GHashTable *agents_by_id;  /* id -> RcAgent, borrowed from agents */
  GPtrArray  *problems;      /* of RcKbProblem* */
  char       *version;

  guint    n_failed;
  guint    last_group;
  guint    builtin_group; /* 0 until the built-in base is loaded */
  gboolean vocabularies_tried;
};

G_DEFINE_FINAL_TYPE (RcKnowledgeBase, rc_knowledge_base, G_TYPE_OBJECT)

static void
origin_free (Origin *origin)
{
  g_free (origin->file);
  g_free (origin);
}

static void
rc_knowledge_base_dispose (GObject *object)
{
  RcKnowledgeBase *self = RC_KNOWLEDGE_BASE (object);

  g_clear_pointer (&self->effects_by_id, g_hash_table_unref);
  g_clear_pointer (&self->agents_by_id, g_hash_table_unref);
  g_clear_object (&self->drugs);
  g_clear_object (&self->effects);
  g_clear_object (&self->agents);

  G_OBJECT_CLASS (rc_knowledge_base_parent_class)->dispose (object);
}

static void
rc_knowledge_base_finalize (GObject *object)
{
  RcKnowledgeBase *self = RC_KNOWLEDGE_BASE (object);

  g_clear_pointer (&self->origins, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->version, g_free);

  G_OBJECT_CLASS (rc_knowledge_base_parent_class)->finalize (object);
}

static void
rc_knowledge_base_class_init (RcKnowledgeBaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_knowledge_base_dispose;
  object_class->finalize = rc_knowledge_base_finalize;
}

static void
rc_knowledge_base_init (RcKnowledgeBase *self)
{
  self->drugs = g_list_store_new (RC_TYPE_DRUG);
  self->origins =
      g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) origin_free);
  self->effects = g_list_store_new (RC_TYPE_EFFECT);
  self->effects_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->agents = g_list_store_new (RC_TYPE_AGENT);
  self->agents_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);
}

RcKnowledgeBase *
rc_knowledge_base_new (void)
{
  return g_object_new (RC_TYPE_KNOWLEDGE_BASE, NULL);
}

/* ---- Drugs ---- */

static guint
builtin_rank (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_order); i++)
    if (g_strcmp0 (builtin_order[i], id) == 0)
      return i;

  return G_N_ELEMENTS (builtin_order);
}

static int
compare_drugs (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const char *id_a = rc_drug_get_id ((RcDrug *) a);
  const char *id_b = rc_drug_get_id ((RcDrug *) b);
  guint       rank_a = builtin_rank (id_a);
  guint       rank_b = builtin_rank (id_b);

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;

  return g_strcmp0 (id_a, id_b);
}

static gboolean
find_drug (RcKnowledgeBase *self, const char *id, guint *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->drugs));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (G_LIST_MODEL (self->drugs), i);

      if (g_strcmp0 (rc_drug_get_id (drug), id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
update_version (RcKnowledgeBase *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->drugs));

  g_clear_pointer (&self->version, g_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (G_LIST_MODEL (self->drugs), i);
      const char *reviewed = rc_drug_get_reviewed (drug);

      /* ISO dates sort as strings. */
      if (reviewed != NULL && g_strcmp0 (reviewed, self->version) > 0)
        {
          g_free (self->version);
          self->version = g_strdup (reviewed);
        }
    }
}

static void
raise_version (RcKnowledgeBase *self, RcDrug *drug)
{
  const char *reviewed = rc_drug_get_reviewed (drug);

  /* ISO dates sort as strings. */
  if (reviewed != NULL && g_strcmp0 (reviewed, self->version) > 0)
    {
      g_free (self->version);
      self->version = g_strdup (reviewed);
    }
}

static gboolean
add_drug (RcKnowledgeBase *self, xmlDoc *doc, const char *name, guint group)
{
  g_autoptr (RcDrug) drug = rc_kb_parser_build_drug (doc, name);
  const char *id = rc_drug_get_id (drug);
  Origin     *origin = g_hash_table_lookup (self->origins, id);
  Origin     *new_origin;
  guint       position;

  if (origin != NULL && origin->group == group)
    {
      rc_kb_add_problem (self->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_DUPLICATE, name,
                         rc_xml_line (xmlDocGetRootElement (doc)), 0,
                         /* Translators: the first %s is a drug id, the second a file name. */
                         _ ("The drug “%s” is already defined by %s in the same folder; this file "
                            "is ignored"),
                         id, origin->file);
      self->n_failed++;
      return FALSE;
    }

  if (origin != NULL)
    rc_kb_add_problem (self->problems, RC_KB_PROBLEM_NOTICE, RC_KB_ERROR_DUPLICATE, name,
                       rc_xml_line (xmlDocGetRootElement (doc)), 0,
                       /* Translators: the first %s is a drug id, the second a file name. */
                       _ ("This file replaces the drug “%s” loaded from %s"), id, origin->file);

  /* Only a drug loaded before (it has an origin) can be in the list: a
   * new one skips the search, which made loading quadratic in the number
   * of drugs (tests/bench). */
  if (origin != NULL && find_drug (self, id, &position))
    g_list_store_splice (self->drugs, position, 1, (gpointer *) &drug, 1);
  else
    g_list_store_insert_sorted (self->drugs, drug, compare_drugs, NULL);

  new_origin = g_new0 (Origin, 1);
  new_origin->file = g_strdup (name);
  new_origin->group = group;
  g_hash_table_replace (self->origins, g_strdup (id), new_origin);

  /* A replaced drug may have held the newest date: count again. A new one
   * can only raise it. */
  if (origin != NULL)
    update_version (self);
  else
    raise_version (self, drug);
  return TRUE;
}

/* ---- Vocabularies ---- */

static void
set_effects (RcKnowledgeBase *self, GPtrArray *effects)
{
  g_hash_table_remove_all (self->effects_by_id);
  g_list_store_splice (self->effects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->effects)),
                       effects->pdata, effects->len);
  for (guint i = 0; i < effects->len; i++)
    {
      RcEffect *effect = g_ptr_array_index (effects, i);

      g_hash_table_insert (self->effects_by_id, (char *) rc_effect_get_id (effect), effect);
    }
}

static void
set_agents (RcKnowledgeBase *self, GPtrArray *agents)
{
  g_hash_table_remove_all (self->agents_by_id);
  g_list_store_splice (self->agents, 0, g_list_model_get_n_items (G_LIST_MODEL (self->agents)),
                       agents->pdata, agents->len);
  for (guint i = 0; i < agents->len; i++)
    {
      RcAgent *agent = g_ptr_array_index (agents, i);

      g_hash_table_insert (self->agents_by_id, (char *) rc_agent_get_id (agent), agent);
    }
}

/* ---- Loading ---- */

static gboolean load_bytes_in_group (
    RcKnowledgeBase *self, GBytes *bytes, const char *name, guint group, gboolean drugs_only);

static gboolean
load_builtin_vocabulary (RcKnowledgeBase *self, const char *file_name, GError **error)
{
  g_autofree char *path = g_build_path ("/", RC_KB_RESOURCE_PATH, file_name, NULL);
  g_autofree char *uri = g_strconcat ("resource://", path, NULL);
  g_autoptr (GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return FALSE;

  load_bytes_in_group (self, bytes, uri, 0, FALSE);
  return TRUE;
}

/* The vocabularies are needed to check drug files; a knowledge base used
 * without rc_knowledge_base_load_default() gets the built-in ones. */
static gboolean
ensure_vocabularies (RcKnowledgeBase *self, GError **error)
{
  if (self->vocabularies_tried)
    return TRUE;

  self->vocabularies_tried = TRUE;
  rc_kb_validator_ensure_resources ();

  return load_builtin_vocabulary (self, "effects.xml", error) &&
         load_builtin_vocabulary (self, "agents.xml", error);
}

static GHashTable *
vocabulary_or_null (GHashTable *ids)
{
  /* Without a vocabulary (it failed to load) there is nothing to check
   * against; its own problem has been reported. */
  return g_hash_table_size (ids) > 0 ? ids : NULL;
}

static gboolean
load_bytes_in_group (
    RcKnowledgeBase *self, GBytes *bytes, const char *name, guint group, gboolean drugs_only)
{
  g_autoptr (xmlDoc) doc = NULL;
  g_autoptr (GPtrArray) effects = NULL;
  g_autoptr (GPtrArray) agents = NULL;

  doc = rc_kb_validator_load (bytes, name, vocabulary_or_null (self->effects_by_id),
                              vocabulary_or_null (self->agents_by_id), self->problems);
  if (doc == NULL)
    {
      self->n_failed++;
      return FALSE;
    }

  switch (rc_kb_validator_document_kind (doc))
    {
      case RC_KB_DOCUMENT_DRUG:
        return add_drug (self, doc, name, group);

      case RC_KB_DOCUMENT_EFFECTS:
      case RC_KB_DOCUMENT_AGENTS:
        if (drugs_only)
          {
            rc_kb_add_problem (self->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_SCHEMA, name,
                               rc_xml_line (xmlDocGetRootElement (doc)), 0,
                               _ ("Only drug files (<drug>) can be added from a folder; the shared "
                                  "vocabularies are built in"));
            self->n_failed++;
            return FALSE;
          }

        if (rc_kb_validator_document_kind (doc) == RC_KB_DOCUMENT_EFFECTS)
          {
            effects = rc_kb_parser_build_effects (doc);
            set_effects (self, effects);
          }
        else
          {
            agents = rc_kb_parser_build_agents (doc);
            set_agents (self, agents);
          }
        return TRUE;

      case RC_KB_DOCUMENT_UNKNOWN:
      default:
        self->n_failed++;
        return FALSE;
    }
}

static const char *
file_name_for_messages (GFile *file, char **to_free)
{
  const char *path = g_file_peek_path (file);

  if (path != NULL)
    return path;

  *to_free = g_file_get_uri (file);
  return *to_free;
}

static gboolean
load_file_in_group (RcKnowledgeBase *self, GFile *file, guint group, gboolean drugs_only)
{
  g_autofree char *uri = NULL;
  const char      *name = file_name_for_messages (file, &uri);
  g_autoptr (GBytes) bytes = rc_kb_validator_read_file (file, name, self->problems);

  if (bytes == NULL)
    {
      self->n_failed++;
      return FALSE;
    }

  return load_bytes_in_group (self, bytes, name, group, drugs_only);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static void
load_directory (RcKnowledgeBase *self, const char *path, guint group)
{
  g_autoptr (GFile) dir = g_file_new_for_path (path);
  g_autoptr (GFileEnumerator) enumerator = NULL;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GError) error = NULL;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, &error);
  if (enumerator == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
        rc_kb_add_problem (self->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_IO, path, 0, 0,
                           _ ("This is not a folder, so no drug files can be read from it"));
      else
        rc_kb_add_problem (self->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_IO, path, 0, 0,
                           /* Translators: %s is the system's explanation of the error. */
                           _ ("The folder cannot be read: %s"), error->message);
      self->n_failed++;
      return;
    }

  for (;;)
    {
      GFileInfo  *info = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &error))
        {
          rc_kb_add_problem (self->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_IO, path, 0, 0,
                             /* Translators: %s is the system's explanation of the error. */
                             _ ("The folder cannot be read: %s"), error->message);
          self->n_failed++;
          break;
        }
      if (info == NULL)
        break;

      /* Hidden files are editor backups and locks, not drugs. */
      name = g_file_info_get_name (info);
      if (name != NULL && name[0] != '.' && g_str_has_suffix (name, ".xml"))
        g_ptr_array_add (names, g_strdup (name));
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr (GFile) file = g_file_get_child (dir, g_ptr_array_index (names, i));

      load_file_in_group (self, file, group, TRUE);
    }
}

gboolean
rc_knowledge_base_load_default (RcKnowledgeBase   *self,
                                const char *const *extra_dirs,
                                GError           **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) children = NULL;
  gboolean complete = TRUE;
  guint    builtin_group;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_vocabularies (self, &local_error))
    {
      g_set_error (error, RC_KB_ERROR, RC_KB_ERROR_IO,
                   /* Translators: %s is the system's explanation of the error. */
                   _ ("The built-in knowledge base cannot be read: %s"), local_error->message);
      return FALSE;
    }

  /* The shipped drugs in their order, then any other built-in file. */
  for (guint i = 0; i < G_N_ELEMENTS (builtin_order); i++)
    g_ptr_array_add (files, g_strconcat (builtin_order[i], ".xml", NULL));

  children = g_resources_enumerate_children (RC_KB_RESOURCE_PATH "/drugs/",
                                             G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (children != NULL)
    {
      g_autoptr (GPtrArray) others = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; children[i] != NULL; i++)
        if (!g_ptr_array_find_with_equal_func (files, children[i], g_str_equal, NULL))
          g_ptr_array_add (others, g_strdup (children[i]));
      g_ptr_array_sort (others, compare_names);
      g_ptr_array_extend_and_steal (files, g_steal_pointer (&others));
    }

  builtin_group = ++self->last_group;
  self->builtin_group = builtin_group;
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path =
          g_build_path ("/", RC_KB_RESOURCE_PATH, "drugs", g_ptr_array_index (files, i), NULL);
      g_autofree char *uri = g_strconcat ("resource://", path, NULL);
      g_autoptr (GBytes) bytes = NULL;
      g_autoptr (GError) lookup_error = NULL;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &lookup_error);
      if (bytes == NULL)
        {
          if (complete)
            g_set_error (error, RC_KB_ERROR, RC_KB_ERROR_IO,
                         /* Translators: %s is the system's explanation of the error. */
                         _ ("The built-in knowledge base cannot be read: %s"),
                         lookup_error->message);
          complete = FALSE;
          continue;
        }

      load_bytes_in_group (self, bytes, uri, builtin_group, TRUE);
    }

  for (guint i = 0; extra_dirs != NULL && extra_dirs[i] != NULL; i++)
    load_directory (self, extra_dirs[i], ++self->last_group);

  return complete;
}

char **
rc_knowledge_base_get_default_dirs (void)
{
  char **dirs = g_new0 (char *, 3);

  dirs[0] = g_build_filename (PKGDATADIR, "drugs", NULL);
  dirs[1] = g_build_filename (g_get_user_data_dir (), "relaxant-compare", "drugs", NULL);

  return dirs;
}

gboolean
rc_knowledge_base_load_bytes (RcKnowledgeBase *self, GBytes *bytes, const char *name)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  ensure_vocabularies (self, NULL);
  return load_bytes_in_group (self, bytes, name, ++self->last_group, FALSE);
}

gboolean
rc_knowledge_base_load_file (RcKnowledgeBase *self, GFile *file)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  ensure_vocabularies (self, NULL);
  return load_file_in_group (self, file, ++self->last_group, FALSE);
}

gboolean
rc_knowledge_base_validate_file (RcKnowledgeBase *self, GFile *file, GPtrArray *problems)
{
  g_autofree char *uri = NULL;
  const char      *name;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (xmlDoc) doc = NULL;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  ensure_vocabularies (self, NULL);

  name = file_name_for_messages (file, &uri);
  bytes = rc_kb_validator_read_file (file, name, problems);
  if (bytes == NULL)
    return FALSE;

  doc = rc_kb_validator_load (bytes, name, vocabulary_or_null (self->effects_by_id),
                              vocabulary_or_null (self->agents_by_id), problems);
  return doc != NULL;
}

GListModel *
rc_knowledge_base_get_drugs (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return G_LIST_MODEL (self->drugs);
}

RcDrug *
rc_knowledge_base_lookup_drug (RcKnowledgeBase *self, const char *id)
{
  guint position;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  if (id == NULL || !find_drug (self, id, &position))
    return NULL;

  {
    RcDrug *drug = g_list_model_get_item (G_LIST_MODEL (self->drugs), position);

    /* The store keeps the drug alive: hand it out borrowed. */
    g_object_unref (drug);
    return drug;
  }
}

gboolean
rc_knowledge_base_is_builtin_drug (RcKnowledgeBase *self, const char *id)
{
  Origin *origin;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), FALSE);

  /* The drug loaded now under this id, not the id alone: a drug replaced
   * from an overlay directory is no longer the built-in one. */
  origin = id != NULL ? g_hash_table_lookup (self->origins, id) : NULL;
  return origin != NULL && self->builtin_group != 0 && origin->group == self->builtin_group;
}

GListModel *
rc_knowledge_base_get_effects (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return G_LIST_MODEL (self->effects);
}

RcEffect *
rc_knowledge_base_lookup_effect (RcKnowledgeBase *self, const char *id)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->effects_by_id, id) : NULL;
}

GListModel *
rc_knowledge_base_get_agents (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return G_LIST_MODEL (self->agents);
}

RcAgent *
rc_knowledge_base_lookup_agent (RcKnowledgeBase *self, const char *id)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->agents_by_id, id) : NULL;
}

GPtrArray *
rc_knowledge_base_get_problems (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return self->problems;
}

guint
rc_knowledge_base_get_n_failed_files (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), 0);

  return self->n_failed;
}

const char *
rc_knowledge_base_get_version (RcKnowledgeBase *self)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (self), NULL);

  return self->version;
}
