/* rc-search.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-format.h"
#include "rc-search.h"

/* How much a match in a field is worth. Names and brands come first so that
 * typing "Soma" or "baclofen" puts the drug itself at the top. */
enum
{
  WEIGHT_NAME = 1000,
  WEIGHT_BRAND = 900,
  WEIGHT_SECTION = 300, /* the query names a section heading */
  WEIGHT_CLASS = 200,
  WEIGHT_KEY = 120, /* drug id, ATC code: short, exact */
  WEIGHT_TITLE = 100,
  WEIGHT_TEXT = 50,
};

/* Characters of context kept on each side of a match in a snippet. */
#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER 70

typedef struct
{
  const char *section_id;
  const char *label;
} SectionInfo;

/* The monograph order; also the order of hits with equal scores. */
static const char *const section_order[] = {
  RC_SECTION_GLANCE,           RC_SECTION_INDICATIONS,     RC_SECTION_DOSING,
  RC_SECTION_PHARMACOKINETICS, RC_SECTION_ADVERSE_EFFECTS, RC_SECTION_BOXED_WARNING,
  RC_SECTION_SAFETY,           RC_SECTION_INTERACTIONS,    RC_SECTION_POPULATIONS,
  RC_SECTION_OVERDOSE,         RC_SECTION_MYTHS,           RC_SECTION_SOURCES,
};

const char *
rc_section_get_label (const char *section_id)
{
  if (section_id == NULL)
    return NULL;

  if (g_str_equal (section_id, RC_SECTION_GLANCE))
    return C_ ("section", "At a glance");
  if (g_str_equal (section_id, RC_SECTION_INDICATIONS))
    return C_ ("section", "Indications");
  if (g_str_equal (section_id, RC_SECTION_DOSING))
    return C_ ("section", "Dosing");
  if (g_str_equal (section_id, RC_SECTION_PHARMACOKINETICS))
    return C_ ("section", "Pharmacokinetics");
  if (g_str_equal (section_id, RC_SECTION_ADVERSE_EFFECTS))
    return C_ ("section", "Adverse effects");
  if (g_str_equal (section_id, RC_SECTION_BOXED_WARNING))
    return C_ ("section", "Boxed warning");
  if (g_str_equal (section_id, RC_SECTION_SAFETY))
    return C_ ("section", "Contraindications and warnings");
  if (g_str_equal (section_id, RC_SECTION_INTERACTIONS))
    return C_ ("section", "Interactions");
  if (g_str_equal (section_id, RC_SECTION_POPULATIONS))
    return C_ ("section", "Special populations");
  if (g_str_equal (section_id, RC_SECTION_OVERDOSE))
    return C_ ("section", "Overdose");
  if (g_str_equal (section_id, RC_SECTION_MYTHS))
    return C_ ("section", "Myths and corrections");
  if (g_str_equal (section_id, RC_SECTION_SOURCES))
    return C_ ("section", "Sources");

  return NULL;
}

static guint
section_rank (const char *section_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_order); i++)
    if (g_str_equal (section_order[i], section_id))
      return i;
  return G_N_ELEMENTS (section_order);
}

void
rc_search_hit_free (RcSearchHit *hit)
{
  if (hit == NULL)
    return;
  g_free (hit->section_id);
  g_free (hit->snippet);
  g_free (hit);
}

/* Folds one string for matching: compatibility decomposition, combining
 * marks dropped (so "é" matches "e"), then case folding. map_out, when not
 * NULL, receives for every byte of the result the byte offset in text of the
 * character it came from, plus one final entry for the end of text, so a
 * match can be cut out of the original. */
static char *
fold (const char *text, GArray **map_out)
{
  GString *out = g_string_sized_new (strlen (text));
  GArray  *map =
      map_out != NULL ? g_array_sized_new (FALSE, FALSE, sizeof (guint), out->allocated_len) : NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint  offset = (guint) (p - text);
      gsize  before = out->len;
      guchar c = (guchar) *p;

      if (c < 0x80)
        {
          /* The common case, without any allocation. */
          g_string_append_c (out, g_ascii_tolower ((char) c));
        }
      else
        {
          gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
          gsize    n;

          n = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE, decomposed,
                                         G_N_ELEMENTS (decomposed));
          for (gsize i = 0; i < n; i++)
            {
              char             buf[8];
              int              len;
              g_autofree char *folded = NULL;

              if (g_unichar_ismark (decomposed[i]))
                continue;
              len = g_unichar_to_utf8 (decomposed[i], buf);
              folded = g_utf8_casefold (buf, len);
              g_string_append (out, folded);
            }
        }

      if (map != NULL)
        for (gsize i = before; i < out->len; i++)
          g_array_append_val (map, offset);
    }

  if (map != NULL)
    {
      guint end = (guint) strlen (text);
      g_array_append_val (map, end);
      *map_out = map;
    }

  return g_string_free (out, FALSE);
}

/* Collapses runs of white space (the XML is indented) into single spaces. */
static char *
collapse_space (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Moves back at most n characters, then forward to the start of a word so
 * the snippet does not begin mid-word. */
static const char *
snippet_start (const char *text, const char *match)
{
  const char *p = match;

  for (guint i = 0; i < SNIPPET_BEFORE && p > text; i++)
    p = g_utf8_prev_char (p);
  if (p == text)
    return p;
  while (p < match && !g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static const char *
snippet_end (const char *match_end)
{
  const char *p = match_end;
  const char *last_space = NULL;

  for (guint i = 0; i < SNIPPET_AFTER && *p != '\0'; i++)
    {
      if (g_unichar_isspace (g_utf8_get_char (p)))
        last_space = p;
      p = g_utf8_next_char (p);
    }
  if (*p == '\0' || last_space == NULL)
    return p;
  return last_space;
}

static char *
make_snippet (const char *text, gsize start, gsize end)
{
  const char      *from = snippet_start (text, text + start);
  const char      *to = snippet_end (text + end);
  g_autofree char *middle = g_strndup (from, (gsize) (to - from));
  g_autofree char *collapsed = collapse_space (middle);

  /* An ellipsis on each side that was cut. */
  return g_strconcat (from > text ? "…" : "", collapsed, *to != '\0' ? "…" : "", NULL);
}

typedef struct
{
  RcKnowledgeBase *kb;
  const char      *query; /* folded */
  gsize            query_len;
  RcDrug          *drug;
  GHashTable      *by_section;    /* section id -> RcSearchHit*, for the current drug */
  GHashTable      *n_matches;     /* section id -> count of matching fields */
  GHashTable      *snippet_ranks; /* section id -> snippet rank + 1 */
} Search;

static gboolean
is_word_start (const char *folded, gsize pos)
{
  gunichar c;

  if (pos == 0)
    return TRUE;
  c = g_utf8_get_char (g_utf8_prev_char (folded + pos));
  return !g_unichar_isalnum (c);
}

/* Looks for the query in one field. A section's score is that of its best
 * field; its snippet comes from the field with the highest snippet_rank,
 * so that a sentence is shown rather than a bare key such as an enzyme
 * name that scored higher. */
static void
consider_full (
    Search *s, const char *section_id, const char *text, guint weight, guint snippet_rank)
{
  g_autoptr (GArray) map = NULL;
  g_autofree char *folded = NULL;
  const char      *found;
  gsize            pos, end_pos, start, end;
  guint            score, count, rank;
  RcSearchHit     *hit;

  if (text == NULL || *text == '\0')
    return;

  folded = fold (text, &map);
  found = strstr (folded, s->query);
  if (found == NULL)
    return;

  count = GPOINTER_TO_UINT (g_hash_table_lookup (s->n_matches, section_id)) + 1;
  g_hash_table_insert (s->n_matches, (gpointer) section_id, GUINT_TO_POINTER (count));

  pos = (gsize) (found - folded);
  score = weight;
  if (is_word_start (folded, pos))
    score += 10;
  if (pos == 0 && folded[s->query_len] == '\0')
    score += 20; /* the whole field */

  hit = g_hash_table_lookup (s->by_section, section_id);
  if (hit == NULL)
    {
      hit = g_new0 (RcSearchHit, 1);
      hit->drug = s->drug;
      hit->section_id = g_strdup (section_id);
      g_hash_table_insert (s->by_section, (gpointer) section_id, hit);
    }
  else
    {
      /* Ranks are stored + 1 so that 0 means "no snippet yet". */
      rank = GPOINTER_TO_UINT (g_hash_table_lookup (s->snippet_ranks, section_id));
      hit->score = MAX (hit->score, score);
      if (rank > snippet_rank)
        return;
    }
  if (hit->score < score)
    hit->score = score;

  g_hash_table_insert (s->snippet_ranks, (gpointer) section_id,
                       GUINT_TO_POINTER (snippet_rank + 1));

  start = g_array_index (map, guint, pos);
  end_pos = pos + s->query_len;
  end = g_array_index (map, guint, end_pos);
  if (end <= start)
    end = (gsize) (g_utf8_next_char (text + start) - text);

  g_free (hit->snippet);
  hit->snippet = make_snippet (text, start, end);
}

static void
consider (Search *s, const char *section_id, const char *text, guint weight)
{
  consider_full (s, section_id, text, weight, weight);
}

/* A short key (an id, a code, an enzyme): it ranks the section, but any
 * sentence that matches makes a better snippet. */
static void
consider_key (Search *s, const char *section_id, const char *text, guint weight)
{
  consider_full (s, section_id, text, weight, 1);
}

static void
consider_fact (Search *s, const char *section_id, const RcFact *fact, guint weight)
{
  if (fact != NULL)
    consider (s, section_id, fact->text, weight);
}

static void
consider_facts (Search *s, const char *section_id, GPtrArray *facts)
{
  if (facts == NULL)
    return;
  for (guint i = 0; i < facts->len; i++)
    consider_fact (s, section_id, g_ptr_array_index (facts, i), WEIGHT_TEXT);
}

static void
consider_quantity (Search *s, const char *section_id, const RcQuantity *q)
{
  if (q != NULL)
    consider (s, section_id, q->note, WEIGHT_TEXT);
}

static void
search_glance (Search *s)
{
  RcDrug               *drug = s->drug;
  const RcScheduleInfo *schedule = rc_drug_get_schedule (drug);
  GPtrArray            *brands = rc_drug_get_brands (drug);
  GPtrArray            *forms = rc_drug_get_forms (drug);

  consider (s, RC_SECTION_GLANCE, rc_drug_get_name (drug), WEIGHT_NAME);
  consider_key (s, RC_SECTION_GLANCE, rc_drug_get_id (drug), WEIGHT_KEY);
  for (guint i = 0; brands != NULL && i < brands->len; i++)
    {
      const RcBrand *brand = g_ptr_array_index (brands, i);
      consider (s, RC_SECTION_GLANCE, brand->name, WEIGHT_BRAND);
    }
  consider_fact (s, RC_SECTION_GLANCE, rc_drug_get_class (drug), WEIGHT_CLASS);
  consider_key (s, RC_SECTION_GLANCE, rc_drug_get_atc_code (drug), WEIGHT_KEY);
  if (schedule != NULL)
    {
      consider (s, RC_SECTION_GLANCE, rc_schedule_to_string (schedule->us), WEIGHT_TEXT);
      consider (s, RC_SECTION_GLANCE, schedule->note, WEIGHT_TEXT);
    }
  for (guint i = 0; forms != NULL && i < forms->len; i++)
    {
      const RcForm *form = g_ptr_array_index (forms, i);
      consider (s, RC_SECTION_GLANCE, form->label, WEIGHT_TEXT);
      consider (s, RC_SECTION_GLANCE, form->note, WEIGHT_TEXT);
    }
  consider_fact (s, RC_SECTION_GLANCE, rc_drug_get_mechanism_summary (drug), WEIGHT_TEXT);
  consider_fact (s, RC_SECTION_GLANCE, rc_drug_get_mechanism_detail (drug), WEIGHT_TEXT);
}

static void
search_indications (Search *s)
{
  GPtrArray *indications = rc_drug_get_indications (s->drug);

  for (guint i = 0; indications != NULL && i < indications->len; i++)
    {
      const RcIndication *ind = g_ptr_array_index (indications, i);
      consider (s, RC_SECTION_INDICATIONS, ind->text, WEIGHT_TEXT);
      consider (s, RC_SECTION_INDICATIONS, ind->evidence, WEIGHT_TEXT);
    }
}

static void
search_dosing (Search *s)
{
  GPtrArray *regimens = rc_drug_get_regimens (s->drug);

  for (guint i = 0; regimens != NULL && i < regimens->len; i++)
    {
      const RcRegimen *reg = g_ptr_array_index (regimens, i);

      consider (s, RC_SECTION_DOSING, reg->label, WEIGHT_TITLE);
      for (guint j = 0; reg->steps != NULL && j < reg->steps->len; j++)
        {
          const RcTitrationStep *step = g_ptr_array_index (reg->steps, j);
          consider (s, RC_SECTION_DOSING, step->condition, WEIGHT_TEXT);
          consider (s, RC_SECTION_DOSING, step->note, WEIGHT_TEXT);
        }
      if (reg->rule != NULL)
        consider (s, RC_SECTION_DOSING, reg->rule->text, WEIGHT_TEXT);
      for (guint j = 0; reg->phases != NULL && j < reg->phases->len; j++)
        {
          const RcPhase *phase = g_ptr_array_index (reg->phases, j);
          consider (s, RC_SECTION_DOSING, phase->label, WEIGHT_TEXT);
        }
      consider_quantity (s, RC_SECTION_DOSING, reg->maintenance);
      consider_quantity (s, RC_SECTION_DOSING, reg->max_daily);
      consider_quantity (s, RC_SECTION_DOSING, reg->max_single);
      consider_quantity (s, RC_SECTION_DOSING, reg->duration_limit);
      consider_fact (s, RC_SECTION_DOSING, reg->duration_none, WEIGHT_TEXT);
      consider_fact (s, RC_SECTION_DOSING, reg->taper, WEIGHT_TEXT);
      consider_facts (s, RC_SECTION_DOSING, reg->notes);
    }
}

static void
consider_pk_values (Search *s, GPtrArray *values)
{
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      const RcPkValue *value = g_ptr_array_index (values, i);
      consider_quantity (s, RC_SECTION_PHARMACOKINETICS, &value->q);
    }
}

static void
search_pharmacokinetics (Search *s)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (s->drug);

  if (pk == NULL)
    return;
  consider_pk_values (s, pk->tmax);
  consider_pk_values (s, pk->half_life);
  consider_pk_values (s, pk->bioavailability);
  consider_pk_values (s, pk->protein_binding);
  consider_fact (s, RC_SECTION_PHARMACOKINETICS, pk->metabolism, WEIGHT_TEXT);
  for (guint i = 0; pk->enzymes != NULL && pk->enzymes[i] != NULL; i++)
    consider_key (s, RC_SECTION_PHARMACOKINETICS, pk->enzymes[i], WEIGHT_TITLE);
  consider_fact (s, RC_SECTION_PHARMACOKINETICS, pk->excretion, WEIGHT_TEXT);
  consider_facts (s, RC_SECTION_PHARMACOKINETICS, pk->notes);
}

static void
search_adverse_effects (Search *s)
{
  GPtrArray *trials = rc_drug_get_trials (s->drug);
  GPtrArray *incidences = rc_drug_get_incidences (s->drug);

  for (guint i = 0; trials != NULL && i < trials->len; i++)
    {
      const RcTrial *trial = g_ptr_array_index (trials, i);
      consider (s, RC_SECTION_ADVERSE_EFFECTS, trial->description, WEIGHT_TEXT);
    }
  for (guint i = 0; incidences != NULL && i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);
      RcEffect          *effect = rc_knowledge_base_lookup_effect (s->kb, inc->effect_id);

      if (effect != NULL)
        consider (s, RC_SECTION_ADVERSE_EFFECTS, rc_effect_get_label (effect), WEIGHT_TITLE);
    }
  consider_facts (s, RC_SECTION_ADVERSE_EFFECTS, rc_drug_get_adverse_notes (s->drug));
}

static void
consider_warnings (Search *s, const char *section_id, GPtrArray *warnings)
{
  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const RcWarning *warning = g_ptr_array_index (warnings, i);
      consider (s, section_id, warning->title, WEIGHT_TITLE);
      consider (s, section_id, warning->text, WEIGHT_TEXT);
    }
}

/* An interaction names agents of the shared vocabulary; their labels, and
 * those of the classes they belong to, are searched too, so "CYP1A2" finds
 * an interaction listed under fluvoxamine. */
static void
consider_agent (Search *s, const char *agent_id, GHashTable *seen)
{
  RcAgent           *agent;
  const char *const *member_of;

  if (!g_hash_table_add (seen, (gpointer) agent_id))
    return;
  agent = rc_knowledge_base_lookup_agent (s->kb, agent_id);
  if (agent == NULL)
    return;
  /* Below the interaction's own words, for the score and the snippet. */
  consider_full (s, RC_SECTION_INTERACTIONS, rc_agent_get_label (agent), WEIGHT_TITLE - 10, 2);
  member_of = rc_agent_get_member_of (agent);
  for (guint i = 0; member_of != NULL && member_of[i] != NULL; i++)
    consider_agent (s, member_of[i], seen);
}

static void
search_interactions (Search *s)
{
  GPtrArray *interactions = rc_drug_get_interactions (s->drug);

  for (guint i = 0; interactions != NULL && i < interactions->len; i++)
    {
      const RcInteraction *ia = g_ptr_array_index (interactions, i);
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      consider (s, RC_SECTION_INTERACTIONS, ia->agent, WEIGHT_TITLE);
      consider (s, RC_SECTION_INTERACTIONS, ia->effect, WEIGHT_TEXT);
      consider (s, RC_SECTION_INTERACTIONS, ia->mechanism, WEIGHT_TEXT);
      for (guint j = 0; ia->agents != NULL && ia->agents[j] != NULL; j++)
        consider_agent (s, ia->agents[j], seen);
    }
}

static void
search_populations (Search *s)
{
  const RcBeersNote *beers = rc_drug_get_beers (s->drug);

  for (int group = 0; group < RC_N_POPULATIONS; group++)
    {
      const RcPopulationNote *note = rc_drug_get_population (s->drug, (RcPopulation) group);

      if (note == NULL)
        continue;
      consider (s, RC_SECTION_POPULATIONS, rc_population_to_string (note->group), WEIGHT_TITLE);
      consider (s, RC_SECTION_POPULATIONS, note->summary, WEIGHT_TEXT);
      consider (s, RC_SECTION_POPULATIONS, note->detail, WEIGHT_TEXT);
    }
  if (beers != NULL)
    {
      consider (s, RC_SECTION_POPULATIONS, beers->summary, WEIGHT_TEXT);
      consider (s, RC_SECTION_POPULATIONS, beers->detail, WEIGHT_TEXT);
    }
}

static void
search_myths (Search *s)
{
  GPtrArray *myths = rc_drug_get_myths (s->drug);

  for (guint i = 0; myths != NULL && i < myths->len; i++)
    {
      const RcMyth *myth = g_ptr_array_index (myths, i);
      consider (s, RC_SECTION_MYTHS, myth->claim, WEIGHT_TEXT);
      consider (s, RC_SECTION_MYTHS, myth->correction, WEIGHT_TEXT);
    }
}

static void
search_sources (Search *s)
{
  GListModel *sources = rc_drug_get_sources (s->drug);
  guint       n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcSource) source = g_list_model_get_item (sources, i);
      consider (s, RC_SECTION_SOURCES, rc_source_get_title (source), WEIGHT_TEXT);
      consider (s, RC_SECTION_SOURCES, rc_source_get_publisher (source), WEIGHT_TEXT);
    }
}

/* The query may name a section ("interactions", "overdose"): then every
 * drug's section is a hit, below name and brand matches. */
static void
search_section_labels (Search *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_order); i++)
    consider_full (s, section_order[i], rc_section_get_label (section_order[i]), WEIGHT_SECTION, 0);
}

typedef struct
{
  RcKnowledgeBase *kb;
  GHashTable      *drug_rank; /* RcDrug* -> load position + 1 */
} SortData;

static int
compare_hits (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const RcSearchHit *ha = *(RcSearchHit *const *) a;
  const RcSearchHit *hb = *(RcSearchHit *const *) b;
  SortData          *data = user_data;
  guint              ra, rb;

  if (ha->score != hb->score)
    return ha->score > hb->score ? -1 : 1;

  ra = GPOINTER_TO_UINT (g_hash_table_lookup (data->drug_rank, ha->drug));
  rb = GPOINTER_TO_UINT (g_hash_table_lookup (data->drug_rank, hb->drug));
  if (ra != rb)
    return ra < rb ? -1 : 1;

  ra = section_rank (ha->section_id);
  rb = section_rank (hb->section_id);
  return ra < rb ? -1 : (ra > rb ? 1 : 0);
}

GPtrArray *
rc_search (RcKnowledgeBase *kb, const char *query)
{
  g_autoptr (GPtrArray) hits = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *folded = NULL;
  g_autoptr (GHashTable) drug_rank = NULL;
  GListModel *drugs;
  guint       n_drugs;
  SortData    sort_data;

  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);

  hits = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_search_hit_free);
  if (query == NULL)
    return g_steal_pointer (&hits);

  trimmed = g_strstrip (g_strdup (query));
  folded = fold (trimmed, NULL);
  if (*folded == '\0')
    return g_steal_pointer (&hits);

  drugs = rc_knowledge_base_get_drugs (kb);
  n_drugs = g_list_model_get_n_items (drugs);
  drug_rank = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_drugs; i++)
    {
      g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);
      g_autoptr (GHashTable) by_section = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GHashTable) n_matches = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GHashTable) snippet_ranks = g_hash_table_new (g_str_hash, g_str_equal);
      Search s = { kb, folded, strlen (folded), drug, by_section, n_matches, snippet_ranks };
      GHashTableIter iter;
      gpointer       key, value;

      g_hash_table_insert (drug_rank, drug, GUINT_TO_POINTER (i + 1));

      search_glance (&s);
      search_indications (&s);
      search_dosing (&s);
      search_pharmacokinetics (&s);
      search_adverse_effects (&s);
      consider_warnings (&s, RC_SECTION_BOXED_WARNING, rc_drug_get_boxed_warnings (drug));
      consider_warnings (&s, RC_SECTION_SAFETY, rc_drug_get_contraindications (drug));
      consider_warnings (&s, RC_SECTION_SAFETY, rc_drug_get_warnings (drug));
      search_interactions (&s);
      search_populations (&s);
      consider_facts (&s, RC_SECTION_OVERDOSE, rc_drug_get_overdose (drug));
      search_myths (&s);
      search_sources (&s);
      search_section_labels (&s);

      /* A section that matches in several places ranks above one that
       * mentions the query once (tizanidine's CYP1A2 interactions above
       * the enzyme named in its pharmacokinetics), but never above a name
       * or brand. */
      g_hash_table_iter_init (&iter, by_section);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          RcSearchHit *hit = value;
          guint        count = GPOINTER_TO_UINT (g_hash_table_lookup (n_matches, key));

          hit->score += 4 * (MIN (count, 11) - 1);
          g_ptr_array_add (hits, hit);
        }
    }

  sort_data.kb = kb;
  sort_data.drug_rank = drug_rank;
  g_ptr_array_sort_with_data (hits, compare_hits, &sort_data);

  return g_steal_pointer (&hits);
}
