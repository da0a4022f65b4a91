/* rc-interaction-query.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rc-interaction-query.h"

void
rc_interaction_match_free (RcInteractionMatch *match)
{
  if (match == NULL)
    return;

  g_clear_object (&match->drug);
  g_strfreev (match->selected);
  g_free (match);
}

/* Adds agent_id and every class it belongs to, following member-of
 * transitively; set doubles as the visited set, so a cycle in a broken
 * vocabulary ends the walk instead of looping. */
static void
add_ancestors (RcKnowledgeBase *kb, const char *agent_id, GHashTable *set)
{
  RcAgent           *agent;
  const char *const *parents;

  if (!g_hash_table_add (set, g_strdup (agent_id)))
    return;

  agent = rc_knowledge_base_lookup_agent (kb, agent_id);
  if (agent == NULL)
    return;

  parents = rc_agent_get_member_of (agent);
  for (guint i = 0; parents != NULL && parents[i] != NULL; i++)
    add_ancestors (kb, parents[i], set);
}

static gboolean
is_ancestor (RcKnowledgeBase *kb, const char *agent_id, const char *ancestor_id)
{
  g_autoptr (GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  add_ancestors (kb, agent_id, set);
  return g_hash_table_contains (set, ancestor_id);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char **
rc_interaction_query_expand (RcKnowledgeBase *kb, const char *agent_id)
{
  g_autoptr (GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel    *agents;
  GHashTableIter iter;
  gpointer       key;
  GPtrArray     *ids;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (agent_id != NULL, NULL);

  add_ancestors (kb, agent_id, set);

  /* Members: every agent whose chain of classes reaches agent_id. Siblings
   * (other members of the same class) are deliberately not included. */
  agents = rc_knowledge_base_get_agents (kb);
  for (guint i = 0; agents != NULL && i < g_list_model_get_n_items (agents); i++)
    {
      g_autoptr (RcAgent) agent = g_list_model_get_item (agents, i);
      const char *id = rc_agent_get_id (agent);

      if (!g_hash_table_contains (set, id) && is_ancestor (kb, id, agent_id))
        g_hash_table_add (set, g_strdup (id));
    }

  ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      /* The set gives up its key to the array. */
      g_hash_table_iter_steal (&iter);
      g_ptr_array_add (ids, key);
    }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (ids, FALSE);
}

gboolean
rc_interaction_query_matches (const RcInteraction *interaction, const char *const *expanded)
{
  g_return_val_if_fail (interaction != NULL, FALSE);

  for (guint i = 0; interaction->agents != NULL && interaction->agents[i] != NULL; i++)
    if (expanded != NULL && g_strv_contains (expanded, interaction->agents[i]))
      return TRUE;

  return FALSE;
}

static int
compare_matches (gconstpointer a, gconstpointer b)
{
  const RcInteractionMatch *x = *(const RcInteractionMatch *const *) a;
  const RcInteractionMatch *y = *(const RcInteractionMatch *const *) b;

  /* The enum runs from the worst (contraindicated) to the mildest. */
  if (x->interaction->severity != y->interaction->severity)
    return x->interaction->severity < y->interaction->severity ? -1 : 1;
  if (x->drug_index != y->drug_index)
    return x->drug_index < y->drug_index ? -1 : 1;
  if (x->direct != y->direct)
    return x->direct ? -1 : 1;
  if (x->interaction_index != y->interaction_index)
    return x->interaction_index < y->interaction_index ? -1 : 1;
  return 0;
}

GPtrArray *
rc_interaction_query (RcKnowledgeBase *kb, const char *const *agent_ids)
{
  g_autoptr (GPtrArray) expansions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray  *matches;
  GListModel *drugs;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);

  matches = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_interaction_match_free);
  if (agent_ids == NULL || agent_ids[0] == NULL)
    return matches;

  for (guint i = 0; agent_ids[i] != NULL; i++)
    g_ptr_array_add (expansions, rc_interaction_query_expand (kb, agent_ids[i]));

  drugs = rc_knowledge_base_get_drugs (kb);
  for (guint d = 0; d < g_list_model_get_n_items (drugs); d++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, d);
      GPtrArray *interactions = rc_drug_get_interactions (drug);

      for (guint k = 0; interactions != NULL && k < interactions->len; k++)
        {
          const RcInteraction *interaction = g_ptr_array_index (interactions, k);
          g_autoptr (GStrvBuilder) selected = g_strv_builder_new ();
          gboolean            any = FALSE;
          gboolean            direct = FALSE;
          RcInteractionMatch *match;

          for (guint i = 0; agent_ids[i] != NULL; i++)
            {
              /* Picking a relaxant that is also an agent (baclofen) does not
               * list the drug as interacting with itself. */
              if (g_str_equal (agent_ids[i], rc_drug_get_id (drug)))
                continue;
              if (!rc_interaction_query_matches (interaction, g_ptr_array_index (expansions, i)))
                continue;
              any = TRUE;
              g_strv_builder_add (selected, agent_ids[i]);
              if (interaction->agents != NULL &&
                  g_strv_contains ((const char *const *) interaction->agents, agent_ids[i]))
                direct = TRUE;
            }
          if (!any)
            continue;

          match = g_new0 (RcInteractionMatch, 1);
          match->drug = g_object_ref (drug);
          match->drug_index = d;
          match->interaction = interaction;
          match->interaction_index = k;
          match->selected = g_strv_builder_end (selected);
          match->direct = direct;
          g_ptr_array_add (matches, match);
        }
    }

  g_ptr_array_sort (matches, compare_matches);
  return matches;
}

gboolean
rc_interaction_query_worst_for_drug (GPtrArray *matches, RcDrug *drug, RcSeverity *severity)
{
  gboolean   found = FALSE;
  RcSeverity worst = RC_SEVERITY_MONITOR;

  g_return_val_if_fail (matches != NULL, FALSE);
  g_return_val_if_fail (RC_IS_DRUG (drug), FALSE);

  for (guint i = 0; i < matches->len; i++)
    {
      const RcInteractionMatch *match = g_ptr_array_index (matches, i);

      if (match->drug != drug)
        continue;
      if (!found || match->interaction->severity < worst)
        worst = match->interaction->severity;
      found = TRUE;
    }

  if (found && severity != NULL)
    *severity = worst;
  return found;
}
