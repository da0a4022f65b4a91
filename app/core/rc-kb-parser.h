/* rc-kb-parser.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

#include "rc-drug.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

/* Builds the model from a document that rc-kb-validator.c accepted
 * (well-formed, schema-valid, rules checked). Every human-readable text is
 * translated on the way (rc_kb_translate). */
RcDrug    *rc_kb_parser_build_drug (xmlDoc *doc, const char *file) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray *rc_kb_parser_build_effects (xmlDoc *doc) G_GNUC_WARN_UNUSED_RESULT; /* of RcEffect */
GPtrArray *rc_kb_parser_build_agents (xmlDoc *doc) G_GNUC_WARN_UNUSED_RESULT;  /* of RcAgent */

/* Whitespace-normalises text exactly as xgettext does for ITS rules (trim,
 * then each run of spaces, tabs and newlines becomes one space). */
char *rc_kb_normalize_text (const char *text) G_GNUC_WARN_UNUSED_RESULT;

/* Looks a normalised knowledge-base text up in the gettext catalog. The
 * catalog holds it the way xgettext extracted it, with &, < and > written
 * as entities; the result has them back as characters. */
char *rc_kb_translate (const char *text) G_GNUC_WARN_UNUSED_RESULT;

/* Small libxml2 helpers shared by the parser and the validator. */
gboolean rc_xml_is (xmlNode *node, const char *name);
xmlNode *rc_xml_first (xmlNode *parent);                    /* first element child */
xmlNode *rc_xml_next (xmlNode *node);                       /* next element sibling */
xmlNode *rc_xml_child (xmlNode *parent, const char *name);  /* first child named name */
char    *rc_xml_get (xmlNode *node, const char *attribute); /* copy, or NULL */
gboolean rc_xml_has (xmlNode *node, const char *attribute);
gboolean rc_xml_get_double (xmlNode *node, const char *attribute, double *out);
guint    rc_xml_get_uint (xmlNode *node, const char *attribute, guint fallback);
char   **rc_xml_get_tokens (xmlNode *node, const char *attribute); /* never NULL */
char    *rc_xml_text (xmlNode *node);                              /* normalised, untranslated */
int      rc_xml_line (xmlNode *node);

G_END_DECLS
