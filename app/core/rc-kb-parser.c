/* rc-kb-parser.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rc-kb-parser.h"
#include "rc-drug-private.h"

/* ---- libxml2 helpers ---- */

gboolean
rc_xml_is (xmlNode *node, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *) node->name, name) == 0;
}

xmlNode *
rc_xml_next (xmlNode *node)
{
  if (node == NULL)
    return NULL;

  for (node = node->next; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

xmlNode *
rc_xml_first (xmlNode *parent)
{
  if (parent == NULL)
    return NULL;

  for (xmlNode *node = parent->children; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;

  return NULL;
}

xmlNode *
rc_xml_child (xmlNode *parent, const char *name)
{
  for (xmlNode *node = rc_xml_first (parent); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, name))
      return node;

  return NULL;
}

char *
rc_xml_get (xmlNode *node, const char *attribute)
{
  xmlAttr *attr;
  xmlChar *value;
  char    *copy;

  if (node == NULL)
    return NULL;

  /* The usual attribute holds one text node: copy it once instead of
   * twice (xmlGetNoNsProp, then g_strdup), a few hundred times a file. */
  attr = xmlHasNsProp (node, (const xmlChar *) attribute, NULL);
  if (attr == NULL)
    return NULL;
  if (attr->type == XML_ATTRIBUTE_NODE && attr->children != NULL && attr->children->next == NULL &&
      attr->children->type == XML_TEXT_NODE)
    return g_strdup ((const char *) attr->children->content);

  value = xmlGetNoNsProp (node, (const xmlChar *) attribute);
  copy = g_strdup ((const char *) value);
  xmlFree (value);

  return copy;
}

gboolean
rc_xml_has (xmlNode *node, const char *attribute)
{
  return node != NULL && xmlHasNsProp (node, (const xmlChar *) attribute, NULL) != NULL;
}

gboolean
rc_xml_get_double (xmlNode *node, const char *attribute, double *out)
{
  g_autofree char *value = rc_xml_get (node, attribute);
  char            *end = NULL;
  double           number;

  if (value == NULL)
    return FALSE;

  g_strstrip (value);
  number = g_ascii_strtod (value, &end);
  if (end == value || *end != '\0' || !isfinite (number))
    return FALSE;

  *out = number;
  return TRUE;
}

guint
rc_xml_get_uint (xmlNode *node, const char *attribute, guint fallback)
{
  g_autofree char *value = rc_xml_get (node, attribute);
  guint64          number;

  if (value == NULL)
    return fallback;

  g_strstrip (value);
  if (!g_ascii_string_to_unsigned (value[0] == '+' ? value + 1 : value, 10, 0, G_MAXUINT, &number,
                                   NULL))
    return fallback;

  return (guint) number;
}

char **
rc_xml_get_tokens (xmlNode *node, const char *attribute)
{
  g_autofree char *value = rc_xml_get (node, attribute);
  GPtrArray       *tokens = g_ptr_array_new ();

  /* One pass over the value: splitting it into a vector and copying the
   * non-empty pieces into a second one cost more than the rest of reading
   * a citation (tests/bench). */
  for (const char *p = value; p != NULL && *p != '\0';)
    {
      gsize length = strcspn (p, " \t\r\n");

      if (length > 0)
        g_ptr_array_add (tokens, g_strndup (p, length));
      p += length;
      p += strspn (p, " \t\r\n");
    }
  g_ptr_array_add (tokens, NULL);

  return (char **) g_ptr_array_free (tokens, FALSE);
}

char *
rc_xml_text (xmlNode *node)
{
  xmlChar *content;
  char    *text;

  if (node == NULL)
    return NULL;

  /* The usual element holds one text node: normalise it where it is
   * instead of copying it out first. */
  if (node->type == XML_ELEMENT_NODE && node->children != NULL && node->children->next == NULL &&
      node->children->type == XML_TEXT_NODE && node->children->content != NULL)
    return rc_kb_normalize_text ((const char *) node->children->content);

  content = xmlNodeGetContent (node);
  text = rc_kb_normalize_text ((const char *) content);
  xmlFree (content);

  return text;
}

int
rc_xml_line (xmlNode *node)
{
  long line = node != NULL ? xmlGetLineNo (node) : 0;

  return line > 0 && line < G_MAXINT ? (int) line : 0;
}

/* ---- Text ---- */

static gboolean
is_its_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char *
rc_kb_normalize_text (const char *text)
{
  char    *out;
  char    *end;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return NULL;

  /* The result is never longer than the text: written straight into one
   * buffer, where appending to a GString character by character was the
   * largest cost of building a drug (tests/bench). */
  out = end = g_malloc (strlen (text) + 1);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (is_its_space (*p))
        {
          pending_space = end > out;
          continue;
        }

      if (pending_space)
        *end++ = ' ';
      pending_space = FALSE;
      *end++ = *p;
    }
  *end = '\0';

  return out;
}

static char *
escape_msgid (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
          case '&':
            g_string_append (out, "&amp;");
            break;

          case '<':
            g_string_append (out, "&lt;");
            break;

          case '>':
            g_string_append (out, "&gt;");
            break;

          default:
            g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

static char *
unescape_msgstr (const char *text)
{
  static const struct
  {
    const char *entity;
    char        c;
  } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' },
  };
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0';)
    {
      gboolean replaced = FALSE;

      if (*p == '&')
        for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
          if (g_str_has_prefix (p, entities[i].entity))
            {
              g_string_append_c (out, entities[i].c);
              p += strlen (entities[i].entity);
              replaced = TRUE;
              break;
            }

      if (!replaced)
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

char *
rc_kb_translate (const char *text)
{
  g_autofree char *escaped = NULL;
  const char      *msgid;
  const char      *translated;

  if (text == NULL)
    return NULL;

  /* The empty msgid is the catalog header: never look it up. */
  if (*text == '\0')
    return g_strdup ("");

  /* Most texts have no &, < or >, and are their own msgid. */
  msgid = strpbrk (text, "&<>") != NULL ? (escaped = escape_msgid (text)) : text;
  translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  if (translated == msgid || g_strcmp0 (translated, msgid) == 0)
    return g_strdup (text);

  return unescape_msgstr (translated);
}

/* The translated text of an element, or NULL when there is no element. */
static char *
tr_text (xmlNode *node)
{
  g_autofree char *text = rc_xml_text (node);

  return text != NULL ? rc_kb_translate (text) : NULL;
}

static char *
tr_child (xmlNode *parent, const char *name)
{
  return tr_text (rc_xml_child (parent, name));
}

/* ---- Shared pieces ---- */

static int
get_enum (
    xmlNode *node, const char *attribute, const char *const *names, guint n_names, int fallback)
{
  g_autofree char *value = rc_xml_get (node, attribute);

  if (value == NULL)
    return fallback;

  g_strstrip (value);
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i], value))
      return (int) i;

  return fallback;
}

#define GET_ENUM(node, attribute, names, fallback) \
  get_enum ((node), (attribute), (names), G_N_ELEMENTS (names), (fallback))

static const char *const route_names[] = { "oral", "intrathecal", "intravenous", "intramuscular" };

static gboolean
is_true (xmlNode *node, const char *attribute)
{
  g_autofree char *value = rc_xml_get (node, attribute);

  return value != NULL && g_str_equal (g_strstrip (value), "true");
}

static char **
cite_sources (xmlNode *node)
{
  return rc_xml_get_tokens (node, "source");
}

static gboolean
cite_unverified (xmlNode *node)
{
  return is_true (node, "unverified");
}

/* A <…><ref name="cited-text"/></…> element: its own text and citation. */
static RcFact *
parse_fact (xmlNode *node)
{
  RcFact *fact;

  if (node == NULL)
    return NULL;

  fact = _rc_fact_new ();
  fact->text = tr_text (node);
  fact->sources = cite_sources (node);
  fact->unverified = cite_unverified (node);

  return fact;
}

/* A text child that cites through its parent (mechanism summary…). */
static RcFact *
parse_fact_cited_by (xmlNode *node, xmlNode *citing)
{
  RcFact *fact;

  if (node == NULL)
    return NULL;

  fact = _rc_fact_new ();
  fact->text = tr_text (node);
  fact->sources = cite_sources (citing);
  fact->unverified = cite_unverified (citing);

  return fact;
}

static void
parse_quantity (xmlNode *node, RcQuantity *q)
{
  g_autofree char *status = rc_xml_get (node, "status");
  double           value;

  q->sources = cite_sources (node);
  q->unverified = cite_unverified (node);
  q->approx = is_true (node, "approx");
  q->note = tr_child (node, "note");

  if (status != NULL && g_str_equal (g_strstrip (status), "not-reported"))
    {
      q->kind = RC_VALUE_NOT_REPORTED;
      return;
    }

  q->unit = rc_xml_get (node, "unit");
  if (q->unit != NULL)
    g_strstrip (q->unit);

  if (rc_xml_get_double (node, "value", &value))
    {
      q->kind = RC_VALUE_EXACT;
      q->min = q->max = value;
    }
  else if (rc_xml_get_double (node, "min", &q->min) && rc_xml_get_double (node, "max", &q->max))
    {
      q->kind = q->min == q->max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
    }
  else
    {
      /* Cannot happen after validation; never invent a number. */
      q->kind = RC_VALUE_NOT_REPORTED;
      g_clear_pointer (&q->unit, g_free);
    }
}

static RcQuantity *
parse_quantity_new (xmlNode *node)
{
  RcQuantity *q;

  if (node == NULL)
    return NULL;

  q = _rc_quantity_new ();
  parse_quantity (node, q);
  return q;
}

/* ---- Identity ---- */

static void
parse_identity (RcDrug *self, xmlNode *identity)
{
  static const char *const schedules[] = { "none", "I", "II", "III", "IV", "V" };
  static const char *const releases[] = { "", "immediate", "extended" };
  xmlNode                 *node;

  self->klass = parse_fact (rc_xml_child (identity, "class"));

  if ((node = rc_xml_child (identity, "schedule")) != NULL)
    {
      self->schedule = g_new0 (RcScheduleInfo, 1);
      self->schedule->us = GET_ENUM (node, "us", schedules, RC_SCHEDULE_NONE);
      self->schedule->since = rc_xml_get (node, "since");
      self->schedule->note = tr_child (node, "note");
      self->schedule->sources = cite_sources (node);
      self->schedule->unverified = cite_unverified (node);
    }

  if ((node = rc_xml_child (identity, "approval")) != NULL)
    self->approval_year = (int) rc_xml_get_uint (node, "year", 0);

  if ((node = rc_xml_child (identity, "atc")) != NULL)
    {
      self->atc_code = rc_xml_get (node, "code");
      if (self->atc_code != NULL)
        g_strstrip (self->atc_code);
    }

  for (node = rc_xml_first (rc_xml_child (identity, "brands")); node != NULL;
       node = rc_xml_next (node))
    {
      RcBrand         *brand = g_new0 (RcBrand, 1);
      g_autofree char *status = rc_xml_get (node, "status");

      /* Brand names are names: not translated. */
      brand->name = rc_xml_text (node);
      brand->historical = g_strcmp0 (status, "historical") == 0;
      brand->form_id = rc_xml_get (node, "form");
      brand->sources = cite_sources (node);
      brand->unverified = cite_unverified (node);
      g_ptr_array_add (self->brands, brand);
    }

  for (node = rc_xml_first (rc_xml_child (identity, "forms")); node != NULL;
       node = rc_xml_next (node))
    {
      RcForm *form = g_new0 (RcForm, 1);

      form->id = rc_xml_get (node, "id");
      form->route = GET_ENUM (node, "route", route_names, RC_ROUTE_ORAL);
      form->release = GET_ENUM (node, "release", releases, RC_RELEASE_UNSPECIFIED);
      form->label = tr_child (node, "label");
      form->strengths = g_array_new (FALSE, TRUE, sizeof (RcStrength));
      for (xmlNode *s = rc_xml_first (node); s != NULL; s = rc_xml_next (s))
        {
          RcStrength strength = { 0 };

          if (!rc_xml_is (s, "strength") || !rc_xml_get_double (s, "value", &strength.value))
            continue;
          strength.unit = rc_xml_get (s, "unit");
          g_array_append_val (form->strengths, strength);
        }
      form->note = tr_child (node, "note");
      form->sources = cite_sources (node);
      form->unverified = cite_unverified (node);
      g_ptr_array_add (self->forms, form);
    }
}

static void
parse_indications (RcDrug *self, xmlNode *indications)
{
  static const char *const kinds[] = { "labelled", "limitation", "off-label", "not-established" };

  for (xmlNode *node = rc_xml_first (indications); node != NULL; node = rc_xml_next (node))
    {
      RcIndication *indication = g_new0 (RcIndication, 1);

      indication->kind = GET_ENUM (node, "kind", kinds, RC_INDICATION_LABELLED);
      indication->has_route = rc_xml_has (node, "route");
      indication->route = GET_ENUM (node, "route", route_names, RC_ROUTE_ORAL);
      indication->text = tr_child (node, "text");
      indication->evidence = tr_child (node, "evidence");
      indication->sources = cite_sources (node);
      indication->unverified = cite_unverified (node);
      g_ptr_array_add (self->indications, indication);
    }
}

/* ---- Dosing ---- */

static RcTitrationStep *
parse_step (xmlNode *node)
{
  RcTitrationStep *step = g_new0 (RcTitrationStep, 1);
  double           dose;

  step->from_day = rc_xml_get_uint (node, "from-day", 0);
  step->to_day = rc_xml_get_uint (node, "to-day", 0);
  if (rc_xml_get_double (node, "dose", &dose))
    {
      step->dose_min = step->dose_max = dose;
    }
  else
    {
      rc_xml_get_double (node, "dose-min", &step->dose_min);
      rc_xml_get_double (node, "dose-max", &step->dose_max);
    }
  step->unit = rc_xml_get (node, "unit");
  step->times_per_day = rc_xml_get_uint (node, "times-per-day", 1);
  step->times_per_day_max = rc_xml_get_uint (node, "times-per-day-max", step->times_per_day);
  step->approx = is_true (node, "approx");
  step->condition = tr_child (node, "condition");
  step->note = tr_child (node, "note");
  step->sources = cite_sources (node);
  step->unverified = cite_unverified (node);

  return step;
}

static int
compare_steps (gconstpointer a, gconstpointer b)
{
  const RcTitrationStep *sa = *(const RcTitrationStep *const *) a;
  const RcTitrationStep *sb = *(const RcTitrationStep *const *) b;
  /* Dated steps in calendar order; conditional steps (day 0) last. */
  guint da = sa->from_day > 0 ? sa->from_day : G_MAXUINT;
  guint db = sb->from_day > 0 ? sb->from_day : G_MAXUINT;

  return da < db ? -1 : da > db ? 1 : 0;
}

static RcTitrationRule *
parse_rule (xmlNode *node)
{
  RcTitrationRule *rule = g_new0 (RcTitrationRule, 1);

  rc_xml_get_double (node, "increment-min", &rule->increment_min);
  rc_xml_get_double (node, "increment-max", &rule->increment_max);
  rule->unit = rc_xml_get (node, "unit");
  rule->interval_min = rc_xml_get_uint (node, "interval-min", 0);
  rule->interval_max = rc_xml_get_uint (node, "interval-max", rule->interval_min);
  rule->text = tr_child (node, "text");
  rule->sources = cite_sources (node);
  rule->unverified = cite_unverified (node);

  return rule;
}

static RcPhase *
parse_phase (xmlNode *node)
{
  static const char *const kinds[] = { "initial", "titration", "maintenance", "duration-limit" };
  RcPhase                 *phase = g_new0 (RcPhase, 1);

  phase->kind = GET_ENUM (node, "kind", kinds, RC_PHASE_INITIAL);
  phase->from_day = rc_xml_get_uint (node, "from-day", 0);
  phase->to_day = rc_xml_get_uint (node, "to-day", 0);
  phase->to_day_min = rc_xml_get_uint (node, "to-day-min", phase->to_day);
  phase->label = tr_child (node, "label");
  phase->sources = cite_sources (node);
  phase->unverified = cite_unverified (node);

  return phase;
}

static RcRegimen *
parse_regimen (xmlNode *node)
{
  RcRegimen *regimen = _rc_regimen_new ();

  regimen->id = rc_xml_get (node, "id");
  regimen->route = GET_ENUM (node, "route", route_names, RC_ROUTE_ORAL);
  regimen->form_id = rc_xml_get (node, "form");
  regimen->primary = is_true (node, "primary");
  regimen->sources = cite_sources (node);
  regimen->unverified = cite_unverified (node);

  for (xmlNode *child = rc_xml_first (node); child != NULL; child = rc_xml_next (child))
    {
      if (rc_xml_is (child, "label"))
        {
          g_free (regimen->label);
          regimen->label = tr_text (child);
        }
      else if (rc_xml_is (child, "step"))
        {
          g_ptr_array_add (regimen->steps, parse_step (child));
        }
      else if (rc_xml_is (child, "rule") && regimen->rule == NULL)
        {
          regimen->rule = parse_rule (child);
        }
      else if (rc_xml_is (child, "phase"))
        {
          g_ptr_array_add (regimen->phases, parse_phase (child));
        }
      else if (rc_xml_is (child, "maintenance") && regimen->maintenance == NULL)
        {
          regimen->maintenance = parse_quantity_new (child);
        }
      else if (rc_xml_is (child, "max-daily") && regimen->max_daily == NULL)
        {
          regimen->max_daily = parse_quantity_new (child);
        }
      else if (rc_xml_is (child, "max-single") && regimen->max_single == NULL)
        {
          regimen->max_single = parse_quantity_new (child);
        }
      else if (rc_xml_is (child, "duration-limit") && regimen->duration_limit == NULL &&
               regimen->duration_none == NULL)
        {
          g_autofree char *status = rc_xml_get (child, "status");

          if (g_strcmp0 (status, "none") == 0)
            {
              /* The cited "no limit"; its text is the note, if any. */
              regimen->duration_none = _rc_fact_new ();
              regimen->duration_none->text = tr_child (child, "note");
              regimen->duration_none->sources = cite_sources (child);
              regimen->duration_none->unverified = cite_unverified (child);
            }
          else
            {
              regimen->duration_limit = parse_quantity_new (child);
            }
        }
      else if (rc_xml_is (child, "taper") && regimen->taper == NULL)
        {
          regimen->taper = parse_fact (child);
        }
      else if (rc_xml_is (child, "note"))
        {
          g_ptr_array_add (regimen->notes, parse_fact (child));
        }
    }

  g_ptr_array_sort (regimen->steps, compare_steps);

  /* The schema requires both; an empty "not reported" keeps the promise
   * that they are never NULL even if a caller skipped validation. */
  if (regimen->max_daily == NULL)
    regimen->max_daily = _rc_quantity_new ();
  if (regimen->max_single == NULL)
    regimen->max_single = _rc_quantity_new ();
  if (regimen->max_daily->sources == NULL)
    {
      regimen->max_daily->kind = RC_VALUE_NOT_REPORTED;
      regimen->max_daily->sources = g_new0 (char *, 1);
    }
  if (regimen->max_single->sources == NULL)
    {
      regimen->max_single->kind = RC_VALUE_NOT_REPORTED;
      regimen->max_single->sources = g_new0 (char *, 1);
    }

  return regimen;
}

static void
parse_dosing (RcDrug *self, xmlNode *dosing)
{
  for (xmlNode *node = rc_xml_first (dosing); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "regimen"))
      g_ptr_array_add (self->regimens, parse_regimen (node));
}

/* ---- Pharmacokinetics ---- */

static int
compare_pk_values (gconstpointer a, gconstpointer b)
{
  const RcPkValue *va = *(const RcPkValue *const *) a;
  const RcPkValue *vb = *(const RcPkValue *const *) b;

  /* Primary first; the sort is stable, so the rest keep file order. */
  return (int) vb->primary - (int) va->primary;
}

static void
parse_pharmacokinetics (RcDrug *self, xmlNode *pk_node)
{
  static const char *const kinds[] = { "", "effective", "terminal", "plasma", "apparent" };
  RcPharmacokinetics      *pk = g_new0 (RcPharmacokinetics, 1);

  pk->tmax = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_pk_value_free);
  pk->half_life = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_pk_value_free);
  pk->bioavailability = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_pk_value_free);
  pk->protein_binding = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_pk_value_free);
  pk->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) _rc_fact_free);

  for (xmlNode *node = rc_xml_first (pk_node); node != NULL; node = rc_xml_next (node))
    {
      GPtrArray *target = NULL;

      if (rc_xml_is (node, "tmax"))
        target = pk->tmax;
      else if (rc_xml_is (node, "half-life"))
        target = pk->half_life;
      else if (rc_xml_is (node, "bioavailability"))
        target = pk->bioavailability;
      else if (rc_xml_is (node, "protein-binding"))
        target = pk->protein_binding;

      if (target != NULL)
        {
          RcPkValue *value = g_new0 (RcPkValue, 1);

          value->kind = GET_ENUM (node, "kind", kinds, RC_PK_KIND_UNSPECIFIED);
          value->regimen_id = rc_xml_get (node, "regimen");
          value->primary = is_true (node, "primary");
          parse_quantity (node, &value->q);
          g_ptr_array_add (target, value);
        }
      else if (rc_xml_is (node, "metabolism") && pk->metabolism == NULL)
        {
          pk->metabolism = parse_fact (node);
          pk->enzymes = rc_xml_get_tokens (node, "enzymes");
        }
      else if (rc_xml_is (node, "excretion") && pk->excretion == NULL)
        {
          pk->excretion = parse_fact (node);
        }
      else if (rc_xml_is (node, "note"))
        {
          g_ptr_array_add (pk->notes, parse_fact (node));
        }
    }

  if (pk->enzymes == NULL)
    pk->enzymes = g_new0 (char *, 1);

  g_ptr_array_sort (pk->tmax, compare_pk_values);
  g_ptr_array_sort (pk->half_life, compare_pk_values);
  g_ptr_array_sort (pk->bioavailability, compare_pk_values);
  g_ptr_array_sort (pk->protein_binding, compare_pk_values);

  self->pk = pk;
}

/* ---- Adverse effects ---- */

static RcTrialArm *
find_arm (RcTrial *trial, const char *arm_id)
{
  for (guint i = 0; i < trial->arms->len; i++)
    {
      RcTrialArm *arm = g_ptr_array_index (trial->arms, i);

      if (g_strcmp0 (arm->id, arm_id) == 0)
        return arm;
    }

  return NULL;
}

static void
parse_incidence_value (RcIncidence *incidence, xmlNode *node)
{
  RcQuantity      *q = &incidence->percent;
  g_autofree char *status = rc_xml_get (node, "status");
  double           value;

  q->sources = cite_sources (node);
  q->unverified = cite_unverified (node);

  if (rc_xml_get_double (node, "percent", &value))
    {
      q->kind = RC_VALUE_EXACT;
      q->min = q->max = value;
      q->unit = g_strdup ("%");
    }
  else if (rc_xml_get_double (node, "percent-min", &q->min) &&
           rc_xml_get_double (node, "percent-max", &q->max))
    {
      q->kind = q->min == q->max ? RC_VALUE_EXACT : RC_VALUE_RANGE;
      q->unit = g_strdup ("%");
    }
  else
    {
      q->kind = RC_VALUE_NOT_REPORTED;
    }
}

static void
parse_trial (RcDrug *self, xmlNode *node)
{
  static const char *const arm_kinds[] = { "drug", "placebo" };
  RcTrial                 *trial = _rc_trial_new ();

  trial->id = rc_xml_get (node, "id");
  trial->description = tr_child (node, "description");
  trial->sources = cite_sources (node);
  trial->unverified = cite_unverified (node);
  g_ptr_array_add (self->trials, trial);

  for (xmlNode *child = rc_xml_first (node); child != NULL; child = rc_xml_next (child))
    if (rc_xml_is (child, "arm"))
      {
        RcTrialArm *arm = g_new0 (RcTrialArm, 1);

        arm->id = rc_xml_get (child, "id");
        arm->kind = GET_ENUM (child, "kind", arm_kinds, RC_ARM_DRUG);
        arm->regimen_id = rc_xml_get (child, "regimen");
        arm->n = rc_xml_get_uint (child, "n", 0);
        arm->primary = is_true (child, "primary");
        arm->label = tr_child (child, "label");
        g_ptr_array_add (trial->arms, arm);
      }

  for (xmlNode *child = rc_xml_first (node); child != NULL; child = rc_xml_next (child))
    {
      g_autofree char *effect_id = NULL;

      if (!rc_xml_is (child, "incidence"))
        continue;

      effect_id = rc_xml_get (child, "effect");
      for (xmlNode *v = rc_xml_first (child); v != NULL; v = rc_xml_next (v))
        {
          RcIncidence     *incidence;
          g_autofree char *arm_id = NULL;

          if (!rc_xml_is (v, "value"))
            continue;

          incidence = g_new0 (RcIncidence, 1);
          arm_id = rc_xml_get (v, "arm");
          incidence->effect_id = g_strdup (effect_id);
          incidence->trial = trial;
          incidence->arm = find_arm (trial, arm_id);
          parse_incidence_value (incidence, v);
          g_ptr_array_add (self->incidences, incidence);
        }
    }
}

static void
parse_adverse_effects (RcDrug *self, xmlNode *adverse)
{
  for (xmlNode *node = rc_xml_first (adverse); node != NULL; node = rc_xml_next (node))
    {
      if (rc_xml_is (node, "trial"))
        {
          parse_trial (self, node);
        }
      else if (rc_xml_is (node, "reported"))
        {
          RcIncidence *incidence = g_new0 (RcIncidence, 1);

          incidence->effect_id = rc_xml_get (node, "effect");
          incidence->percent.kind = RC_VALUE_NOT_REPORTED;
          incidence->percent.sources = cite_sources (node);
          incidence->percent.unverified = cite_unverified (node);
          g_ptr_array_add (self->incidences, incidence);
        }
      else if (rc_xml_is (node, "note"))
        {
          g_ptr_array_add (self->adverse_notes, parse_fact (node));
        }
    }
}

/* ---- Safety, interactions, populations ---- */

static RcWarning *
parse_warning (xmlNode *node, gboolean titled)
{
  RcWarning *warning = g_new0 (RcWarning, 1);

  if (titled)
    {
      warning->title = tr_child (node, "title");
      warning->text = tr_child (node, "text");
    }
  else
    {
      warning->text = tr_text (node);
    }
  warning->has_route = rc_xml_has (node, "route");
  warning->route = GET_ENUM (node, "route", route_names, RC_ROUTE_ORAL);
  warning->kind = rc_xml_get (node, "kind");
  warning->sources = cite_sources (node);
  warning->unverified = cite_unverified (node);

  return warning;
}

static void
parse_interactions (RcDrug *self, xmlNode *interactions)
{
  static const char *const severities[] = { "contraindicated", "avoid", "caution", "monitor" };

  for (xmlNode *node = rc_xml_first (interactions); node != NULL; node = rc_xml_next (node))
    {
      RcInteraction *interaction = g_new0 (RcInteraction, 1);

      interaction->agents = rc_xml_get_tokens (node, "agents");
      interaction->severity = GET_ENUM (node, "severity", severities, RC_SEVERITY_CAUTION);
      interaction->agent = tr_child (node, "agent");
      interaction->effect = tr_child (node, "effect");
      interaction->mechanism = tr_child (node, "mechanism");
      interaction->sources = cite_sources (node);
      interaction->unverified = cite_unverified (node);
      g_ptr_array_add (self->interactions, interaction);
    }
}

static void
parse_populations (RcDrug *self, xmlNode *populations)
{
  static const char *const groups[] = { "renal",     "hepatic",   "elderly",
                                        "pregnancy", "lactation", "paediatric" };
  static const char *const verdicts[] = { "contraindicated", "avoid",           "caution",
                                          "adjust",          "not-established", "not-studied",
                                          "limited-data",    "compatible" };
  static const char *const beers[] = { "avoid", "avoid-if", "exempt", "not-listed" };

  G_STATIC_ASSERT (G_N_ELEMENTS (groups) == RC_N_POPULATIONS);

  for (xmlNode *node = rc_xml_first (populations); node != NULL; node = rc_xml_next (node))
    {
      if (rc_xml_is (node, "population"))
        {
          int               group = GET_ENUM (node, "group", groups, -1);
          RcPopulationNote *note;

          /* The rules refuse a second note for a group; keep the first. */
          if (group < 0 || self->populations[group] != NULL)
            continue;

          note = g_new0 (RcPopulationNote, 1);
          note->group = group;
          note->verdict = GET_ENUM (node, "verdict", verdicts, RC_VERDICT_CAUTION);
          note->summary = tr_child (node, "summary");
          note->detail = tr_child (node, "detail");
          note->sources = cite_sources (node);
          note->unverified = cite_unverified (node);
          self->populations[group] = note;
        }
      else if (rc_xml_is (node, "beers-2023") && self->beers == NULL)
        {
          RcBeersNote *note = g_new0 (RcBeersNote, 1);

          note->recommendation = GET_ENUM (node, "recommendation", beers, RC_BEERS_NOT_LISTED);
          note->summary = tr_child (node, "summary");
          note->detail = tr_child (node, "detail");
          note->sources = cite_sources (node);
          note->unverified = cite_unverified (node);
          self->beers = note;
        }
    }
}

static void
parse_myths (RcDrug *self, xmlNode *myths)
{
  for (xmlNode *node = rc_xml_first (myths); node != NULL; node = rc_xml_next (node))
    {
      RcMyth *myth = g_new0 (RcMyth, 1);

      myth->topic = rc_xml_get (node, "topic");
      myth->seen_in = rc_xml_get_tokens (node, "seen-in");
      myth->claim = tr_child (node, "claim");
      myth->correction = tr_child (node, "correction");
      myth->sources = cite_sources (node);
      myth->unverified = cite_unverified (node);
      g_ptr_array_add (self->myths, myth);
    }
}

static void
parse_sources (RcDrug *self, xmlNode *sources)
{
  static const char *const kinds[] = { "label", "label-copy", "regulatory",   "authoritative",
                                       "study", "secondary",  "error-example" };

  for (xmlNode *node = rc_xml_first (sources); node != NULL; node = rc_xml_next (node))
    {
      g_autoptr (GStrvBuilder) urls = g_strv_builder_new ();
      g_auto (GStrv) url_list = NULL;
      g_autofree char *id = rc_xml_get (node, "id");
      /* Titles and publishers are names of documents: not translated. */
      g_autofree char *title = rc_xml_text (rc_xml_child (node, "title"));
      g_autofree char *publisher = rc_xml_text (rc_xml_child (node, "publisher"));
      g_autoptr (RcSource) source = NULL;

      for (xmlNode *child = rc_xml_first (node); child != NULL; child = rc_xml_next (child))
        if (rc_xml_is (child, "url"))
          {
            g_autofree char *url = rc_xml_text (child);

            g_strv_builder_add (urls, url);
          }
      url_list = g_strv_builder_end (urls);

      if (id != NULL)
        g_strstrip (id);
      source =
          _rc_source_new (id, GET_ENUM (node, "kind", kinds, RC_SOURCE_SECONDARY), title, publisher,
                          (int) rc_xml_get_uint (node, "year", 0), (const char *const *) url_list);
      _rc_drug_add_source (self, source);
    }
}

RcDrug *
rc_kb_parser_build_drug (xmlDoc *doc, const char *file)
{
  xmlNode         *root = xmlDocGetRootElement (doc);
  g_autofree char *id = NULL;
  RcDrug          *self;

  g_return_val_if_fail (rc_xml_is (root, "drug"), NULL);

  id = rc_xml_get (root, "id");
  self = _rc_drug_new (id != NULL ? g_strstrip (id) : "", file);
  self->reviewed = rc_xml_get (root, "reviewed");

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    {
      if (rc_xml_is (node, "name") && self->name == NULL)
        self->name = tr_text (node);
      else if (rc_xml_is (node, "identity"))
        parse_identity (self, node);
      else if (rc_xml_is (node, "mechanism"))
        {
          self->mechanism_summary = parse_fact_cited_by (rc_xml_child (node, "summary"), node);
          self->mechanism_detail = parse_fact_cited_by (rc_xml_child (node, "detail"), node);
        }
      else if (rc_xml_is (node, "indications"))
        parse_indications (self, node);
      else if (rc_xml_is (node, "dosing"))
        parse_dosing (self, node);
      else if (rc_xml_is (node, "pharmacokinetics") && self->pk == NULL)
        parse_pharmacokinetics (self, node);
      else if (rc_xml_is (node, "adverse-effects"))
        parse_adverse_effects (self, node);
      else if (rc_xml_is (node, "boxed-warnings"))
        {
          for (xmlNode *w = rc_xml_first (node); w != NULL; w = rc_xml_next (w))
            g_ptr_array_add (self->boxed_warnings, parse_warning (w, TRUE));
        }
      else if (rc_xml_is (node, "contraindications"))
        {
          for (xmlNode *w = rc_xml_first (node); w != NULL; w = rc_xml_next (w))
            g_ptr_array_add (self->contraindications, parse_warning (w, FALSE));
        }
      else if (rc_xml_is (node, "warnings"))
        {
          for (xmlNode *w = rc_xml_first (node); w != NULL; w = rc_xml_next (w))
            g_ptr_array_add (self->warnings, parse_warning (w, TRUE));
        }
      else if (rc_xml_is (node, "interactions"))
        parse_interactions (self, node);
      else if (rc_xml_is (node, "populations"))
        parse_populations (self, node);
      else if (rc_xml_is (node, "overdose"))
        {
          for (xmlNode *t = rc_xml_first (node); t != NULL; t = rc_xml_next (t))
            g_ptr_array_add (self->overdose, parse_fact (t));
        }
      else if (rc_xml_is (node, "myths"))
        parse_myths (self, node);
      else if (rc_xml_is (node, "sources"))
        parse_sources (self, node);
    }

  if (self->name == NULL)
    self->name = g_strdup (self->id);

  return self;
}

/* ---- Vocabularies ---- */

GPtrArray *
rc_kb_parser_build_effects (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr (GHashTable) systems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GPtrArray *effects = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (rc_xml_is (root, "effects"), effects);

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "system"))
      {
        char *id = rc_xml_get (node, "id");

        if (id != NULL && !g_hash_table_contains (systems, id))
          g_hash_table_insert (systems, id, tr_child (node, "label"));
        else
          g_free (id);
      }

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "effect"))
      {
        g_autofree char *id = rc_xml_get (node, "id");
        g_autofree char *system = rc_xml_get (node, "system");
        g_autofree char *label = tr_child (node, "label");

        g_ptr_array_add (
            effects,
            _rc_effect_new (id, label, system,
                            system != NULL ? g_hash_table_lookup (systems, system) : NULL));
      }

  return effects;
}

GPtrArray *
rc_kb_parser_build_agents (xmlDoc *doc)
{
  static const char *const kinds[] = { "drug", "class", "substance" };
  xmlNode                 *root = xmlDocGetRootElement (doc);
  GPtrArray               *agents = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (rc_xml_is (root, "agents"), agents);

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "agent"))
      {
        g_autofree char *id = rc_xml_get (node, "id");
        g_autofree char *label = tr_child (node, "label");
        g_auto (GStrv) member_of = rc_xml_get_tokens (node, "member-of");

        g_ptr_array_add (agents,
                         _rc_agent_new (id, label, GET_ENUM (node, "kind", kinds, RC_AGENT_DRUG),
                                        (const char *const *) member_of));
      }

  return agents;
}
