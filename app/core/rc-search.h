/* rc-search.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-knowledge-base.h"

G_BEGIN_DECLS

/* Section ids of a drug's monograph. The drug page shows its sections in
 * this order and search results point at them. */
#define RC_SECTION_GLANCE "glance"
#define RC_SECTION_INDICATIONS "indications"
#define RC_SECTION_DOSING "dosing"
#define RC_SECTION_PHARMACOKINETICS "pharmacokinetics"
#define RC_SECTION_ADVERSE_EFFECTS "adverse-effects"
#define RC_SECTION_BOXED_WARNING "boxed-warning"
#define RC_SECTION_SAFETY "safety"
#define RC_SECTION_INTERACTIONS "interactions"
#define RC_SECTION_POPULATIONS "populations"
#define RC_SECTION_OVERDOSE "overdose"
#define RC_SECTION_MYTHS "myths"
#define RC_SECTION_SOURCES "sources"

/* The translated heading of a section id, or NULL for an unknown id. */
const char *rc_section_get_label (const char *section_id);

typedef struct
{
  RcDrug *drug; /* borrowed from the knowledge base */
  char   *section_id;
  char   *snippet; /* the matching text, shortened around the match */
  guint   score;   /* higher is better */
} RcSearchHit;

void rc_search_hit_free (RcSearchHit *hit);

/* Case- and accent-insensitive search over every loaded drug's text
 * (names, brands, class, mechanism, indications, dosing, pharmacokinetics
 * incl. enzymes, effects, warnings, interactions incl. agent labels,
 * populations, overdose, myths). Best hits first; at most one hit per
 * drug and section. */
GPtrArray *rc_search (RcKnowledgeBase *kb, const char *query); /* of RcSearchHit* */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RcSearchHit, rc_search_hit_free)

G_END_DECLS
