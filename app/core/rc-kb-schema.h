/* rc-kb-schema.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* A reading of kb.rng that says, in plain words, what is wrong with one
 * element of a document the RelaxNG validator rejected. libxml2 only says
 * "Did not expect element identity there" when <name> is missing; this
 * knows that <drug> needs <name> first. It is a helper for messages, not a
 * validator: libxml2's verdict stands, this only explains it. */
typedef struct _RcKbSchema RcKbSchema;

/* Takes ownership of rng (the parsed kb.rng). */
RcKbSchema *rc_kb_schema_new (xmlDoc *rng);
void        rc_kb_schema_free (RcKbSchema *self);

/* What is wrong with the child elements of element, or NULL when nothing
 * is. *where receives the element the message is about (for its line). */
char *rc_kb_schema_explain_children (RcKbSchema *self, xmlNode *element, xmlNode **where);

/* What is wrong with the attributes of element, or NULL. */
char *rc_kb_schema_explain_attributes (RcKbSchema *self, xmlNode *element);

/* What is wrong with the text of element, or NULL. */
char *rc_kb_schema_explain_text (RcKbSchema *self, xmlNode *element);

/* TRUE when the schema wants text in element (a non-empty string). */
gboolean rc_kb_schema_wants_text (RcKbSchema *self, xmlNode *element);

/* For a walk from the root of a document down: the <element> pattern of
 * kb.rng that a child named name of an element matching parent_pattern
 * matches (parent_pattern NULL: the root element), or NULL when the
 * schema has none. Looking every element up from the root instead costs
 * its depth each time (tests/bench). */
xmlNode *rc_kb_schema_child_pattern (RcKbSchema *self, xmlNode *parent_pattern, const char *name);

/* TRUE when the schema wants non-empty text in an element matching
 * pattern (NULL: an element the schema does not know). */
gboolean rc_kb_schema_pattern_wants_text (RcKbSchema *self, xmlNode *pattern);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcKbSchema, rc_kb_schema_free)

G_END_DECLS
