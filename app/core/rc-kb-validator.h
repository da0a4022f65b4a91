/* rc-kb-validator.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

#include "rc-kb-error.h"

G_BEGIN_DECLS

/* The three kinds of knowledge-base document, by root element. */
typedef enum
{
  RC_KB_DOCUMENT_UNKNOWN,
  RC_KB_DOCUMENT_DRUG,
  RC_KB_DOCUMENT_EFFECTS,
  RC_KB_DOCUMENT_AGENTS,
} RcKbDocumentKind;

/* Registers the built-in knowledge base (rc_kb_get_resource()) with
 * g_resources_register() once per process. */
void rc_kb_validator_ensure_resources (void);

/* Appends a problem; format is a translated printf format. */
void rc_kb_add_problem (GPtrArray          *problems,
                        RcKbProblemSeverity severity,
                        RcKbError           code,
                        const char         *file,
                        int                 line,
                        int                 column,
                        const char         *format,
                        ...) G_GNUC_PRINTF (7, 8);

/* Reads a file with GIO: only a regular file of at most
 * RC_KB_MAX_FILE_SIZE bytes. NULL, with a problem, otherwise. */
GBytes *rc_kb_validator_read_file (GFile *file, const char *name, GPtrArray *problems);

/* Checks size and encoding, then parses with libxml2 safely: no network, no
 * entity substitution, no DTD loading, and any DOCTYPE is refused. */
xmlDoc *rc_kb_validator_parse (GBytes *bytes, const char *name, GPtrArray *problems);

/* Validates against the built-in kb.rng, explaining failures in plain
 * words. */
gboolean rc_kb_validator_check_schema (xmlDoc *doc, const char *name, GPtrArray *problems);

/* The rules the schema cannot say (references resolve, min <= max, ids are
 * unique…). effect_ids and agent_ids are sets of the vocabularies' ids
 * (NULL to skip those checks). Only call on a schema-valid document. */
gboolean rc_kb_validator_check_rules (xmlDoc     *doc,
                                      const char *name,
                                      GHashTable *effect_ids,
                                      GHashTable *agent_ids,
                                      GPtrArray  *problems);

/* All of the above on bytes: the document, or NULL with problems. */
xmlDoc *rc_kb_validator_load (GBytes     *bytes,
                              const char *name,
                              GHashTable *effect_ids,
                              GHashTable *agent_ids,
                              GPtrArray  *problems);

RcKbDocumentKind rc_kb_validator_document_kind (xmlDoc *doc);

/* TRUE when the schema wants non-empty text in element (for the rules). */
gboolean rc_kb_validator_wants_text (xmlNode *element);

/* The same, for the rules' walk from the root down: the schema pattern of
 * element, whose parent matches parent_pattern (NULL for the root), and
 * whether that pattern wants non-empty text. */
xmlNode *rc_kb_validator_child_pattern (xmlNode *parent_pattern, xmlNode *element);
gboolean rc_kb_validator_pattern_wants_text (xmlNode *pattern);

G_END_DECLS
