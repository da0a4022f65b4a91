/* rc-knowledge-base.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rc-types.h"
#include "rc-drug.h"
#include "rc-effect.h"
#include "rc-agent.h"
#include "rc-kb-error.h"

G_BEGIN_DECLS

#define RC_TYPE_KNOWLEDGE_BASE (rc_knowledge_base_get_type ())

G_DECLARE_FINAL_TYPE (RcKnowledgeBase, rc_knowledge_base, RC, KNOWLEDGE_BASE, GObject)

/* The resource path of the built-in knowledge base. */
#define RC_KB_RESOURCE_PATH "/io/github/relaxantcompare/RelaxantCompare/kb"

/* Largest knowledge-base file the loader reads; larger ones are refused
 * before parsing. */
#define RC_KB_MAX_FILE_SIZE (4 * 1024 * 1024)

RcKnowledgeBase *rc_knowledge_base_new (void);

/* Loads the built-in knowledge base (GResource), then every *.xml in each of
 * extra_dirs in order (NULL-terminated, may be NULL; a missing directory is
 * skipped silently, an unreadable one is a problem). A later file whose drug
 * id already exists replaces the earlier drug, and that replacement is
 * recorded as a problem of severity RC_KB_PROBLEM_NOTICE.
 * Returns FALSE only when the built-in base itself cannot be read. */
gboolean rc_knowledge_base_load_default (RcKnowledgeBase   *self,
                                         const char *const *extra_dirs,
                                         GError           **error);

/* The standard overlay directories: the installed data dir, then
 * $XDG_DATA_HOME/relaxant-compare/drugs. Free with g_strfreev(). */
char **rc_knowledge_base_get_default_dirs (void);

/* Loads one drug file (or vocabulary) from bytes; name is used in messages
 * (a path or URI). On failure returns FALSE and appends problems. */
gboolean rc_knowledge_base_load_bytes (RcKnowledgeBase *self, GBytes *bytes, const char *name);
gboolean rc_knowledge_base_load_file (RcKnowledgeBase *self, GFile *file);

/* Validates a file against the schema and the rules without adding it.
 * Vocabularies already loaded are used for cross-checks. Problems are
 * appended to problems (of RcKbProblem*). */
gboolean rc_knowledge_base_validate_file (RcKnowledgeBase *self, GFile *file, GPtrArray *problems);

/* Drugs in load order: the built-in five first, in the shipped order
 * (baclofen, tizanidine, cyclobenzaprine, methocarbamol, carisoprodol),
 * then extra drugs sorted by id. */
GListModel *rc_knowledge_base_get_drugs (RcKnowledgeBase *self); /* of RcDrug */
RcDrug     *rc_knowledge_base_lookup_drug (RcKnowledgeBase *self, const char *id);
gboolean    rc_knowledge_base_is_builtin_drug (RcKnowledgeBase *self, const char *id);

GListModel *rc_knowledge_base_get_effects (RcKnowledgeBase *self); /* of RcEffect */
RcEffect   *rc_knowledge_base_lookup_effect (RcKnowledgeBase *self, const char *id);
GListModel *rc_knowledge_base_get_agents (RcKnowledgeBase *self); /* of RcAgent */
RcAgent    *rc_knowledge_base_lookup_agent (RcKnowledgeBase *self, const char *id);

/* Problems from every load so far, in order (of RcKbProblem*). */
GPtrArray *rc_knowledge_base_get_problems (RcKnowledgeBase *self);
/* Number of files that failed to load (notices do not count). */
guint rc_knowledge_base_get_n_failed_files (RcKnowledgeBase *self);

/* The newest "reviewed" date across loaded drugs (ISO), for About/handouts. */
const char *rc_knowledge_base_get_version (RcKnowledgeBase *self);

G_END_DECLS
