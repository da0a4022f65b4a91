/* rc-kb-rules.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "rc-kb-validator.h"
#include "rc-kb-parser.h"

/* The rules kb.rng cannot say: references resolve, ranges are ordered,
 * ids are unique, titration steps stay under the maximum daily dose. Each
 * problem carries the line of the element at fault. They run only on a
 * schema-valid document, so the structure is known. */

typedef struct
{
  const char *name;
  GPtrArray  *problems;
  GHashTable *effect_ids;
  GHashTable *agent_ids;
  GHashTable *source_ids; /* id -> line */
  GHashTable *form_ids;
  GHashTable *regimen_ids;
  guint       n_errors;
} Rules;

static void rule_error (Rules *rules, xmlNode *node, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
rule_error (Rules *rules, xmlNode *node, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list          args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  rc_kb_add_problem (rules->problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_RULE, rules->name,
                     rc_xml_line (node), 0, "%s", message);
  rules->n_errors++;
}

/* Remembers the id of node in seen; returns the line of an earlier
 * element with the same id, or 0 when the id is new. */
static int
remember_id (GHashTable *seen, xmlNode *node, const char *attribute)
{
  g_autofree char *id = rc_xml_get (node, attribute);
  gpointer         line;

  if (id == NULL)
    return 0;

  g_strstrip (id);
  if (g_hash_table_lookup_extended (seen, id, NULL, &line))
    return MAX (GPOINTER_TO_INT (line), 1);

  g_hash_table_insert (seen, g_steal_pointer (&id), GINT_TO_POINTER (rc_xml_line (node)));
  return 0;
}

static GHashTable *
new_id_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static char *
format_number (double value)
{
  return g_strdup_printf ("%g", value);
}

/* Mass units only; a daily maximum in other units is not compared. */
static gboolean
to_milligrams (double value, const char *unit, double *out)
{
  if (unit == NULL)
    return FALSE;

  if (g_str_equal (unit, "mg"))
    *out = value;
  else if (g_str_equal (unit, "g"))
    *out = value * 1000.0;
  else if (g_str_equal (unit, "mcg") || g_str_equal (unit, "µg") || g_str_equal (unit, "μg") ||
           g_str_equal (unit, "ug"))
    *out = value / 1000.0;
  else
    return FALSE;

  return TRUE;
}

/* ---- Checks on every element ---- */

/* The attributes the checks on every element read. Each element's
 * attribute list is read once into an ElementAttributes: looking each of
 * these up by name, on every element, parsing and copying the value each
 * time, cost more than the rest of the rules together (tests/bench). */
typedef enum
{
  ATTR_SOURCE,
  ATTR_SEEN_IN,
  ATTR_MIN,
  ATTR_MAX,
  ATTR_DOSE_MIN,
  ATTR_DOSE_MAX,
  ATTR_PERCENT_MIN,
  ATTR_PERCENT_MAX,
  ATTR_INCREMENT_MIN,
  ATTR_INCREMENT_MAX,
  ATTR_INTERVAL_MIN,
  ATTR_INTERVAL_MAX,
  ATTR_TIMES_PER_DAY,
  ATTR_TIMES_PER_DAY_MAX,
  ATTR_FROM_DAY,
  ATTR_TO_DAY,
  ATTR_TO_DAY_MIN,
  ATTR_VALUE,
  N_ATTRS
} Attribute;

static const char *const attribute_names[N_ATTRS] = {
  [ATTR_SOURCE] = "source",
  [ATTR_SEEN_IN] = "seen-in",
  [ATTR_MIN] = "min",
  [ATTR_MAX] = "max",
  [ATTR_DOSE_MIN] = "dose-min",
  [ATTR_DOSE_MAX] = "dose-max",
  [ATTR_PERCENT_MIN] = "percent-min",
  [ATTR_PERCENT_MAX] = "percent-max",
  [ATTR_INCREMENT_MIN] = "increment-min",
  [ATTR_INCREMENT_MAX] = "increment-max",
  [ATTR_INTERVAL_MIN] = "interval-min",
  [ATTR_INTERVAL_MAX] = "interval-max",
  [ATTR_TIMES_PER_DAY] = "times-per-day",
  [ATTR_TIMES_PER_DAY_MAX] = "times-per-day-max",
  [ATTR_FROM_DAY] = "from-day",
  [ATTR_TO_DAY] = "to-day",
  [ATTR_TO_DAY_MIN] = "to-day-min",
  [ATTR_VALUE] = "value",
};

typedef enum
{
  NUMBER_UNKNOWN,
  NUMBER_VALID,
  NUMBER_INVALID,
} NumberState;

typedef struct
{
  xmlNode    *node;
  gboolean    present[N_ATTRS];
  const char *values[N_ATTRS]; /* as rc_xml_get() would return them; NULL when absent */
  char       *to_free[N_ATTRS];
  NumberState number_states[N_ATTRS];
  double      numbers[N_ATTRS];
} ElementAttributes;

static void
element_attributes_init (ElementAttributes *attributes, xmlNode *node)
{
  memset (attributes, 0, sizeof *attributes);
  attributes->node = node;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;

      /* rc_xml_get() takes the first attribute of that name in no
       * namespace. */
      if (attr->ns != NULL || name == NULL)
        continue;

      for (guint i = 0; i < N_ATTRS; i++)
        {
          if (name[0] != attribute_names[i][0] || strcmp (name, attribute_names[i]) != 0)
            continue;
          if (attributes->present[i])
            break;
          attributes->present[i] = TRUE;

          /* The usual value is one text node, read in place; anything else
           * is read the way rc_xml_get() reads it. */
          if (attr->children != NULL && attr->children->next == NULL &&
              attr->children->type == XML_TEXT_NODE)
            attributes->values[i] = (const char *) attr->children->content;
          else
            attributes->values[i] = attributes->to_free[i] = rc_xml_get (node, name);
          break;
        }
    }
}

static void
element_attributes_clear (ElementAttributes *attributes)
{
  for (guint i = 0; i < N_ATTRS; i++)
    g_free (attributes->to_free[i]);
}

/* The value as a number, exactly as rc_xml_get_double() reads it:
 * surrounding spaces stripped, then the whole rest a finite number. */
static gboolean
element_attributes_get_double (ElementAttributes *attributes, Attribute attribute, double *out)
{
  const char *value = attributes->values[attribute];

  if (attributes->number_states[attribute] == NUMBER_UNKNOWN)
    {
      char             buffer[64];
      g_autofree char *copy = NULL;
      char            *text;
      char            *end = NULL;
      double           number;
      gsize            length;

      attributes->number_states[attribute] = NUMBER_INVALID;
      if (value == NULL)
        return FALSE;

      length = strlen (value);
      if (length < sizeof buffer)
        text = memcpy (buffer, value, length + 1);
      else
        text = copy = g_strdup (value);

      g_strstrip (text);
      number = g_ascii_strtod (text, &end);
      if (end == text || *end != '\0' || !isfinite (number))
        return FALSE;

      attributes->numbers[attribute] = number;
      attributes->number_states[attribute] = NUMBER_VALID;
    }

  if (attributes->number_states[attribute] != NUMBER_VALID)
    return FALSE;

  *out = attributes->numbers[attribute];
  return TRUE;
}

static void
check_references (Rules *rules, xmlNode *node, const char *value)
{
  char             buffer[256];
  g_autofree char *copy = NULL;
  char            *tokens;
  gsize            length;

  if (value == NULL)
    return;

  /* The tokens of rc_xml_get_tokens(), split in place in a copy. */
  length = strlen (value);
  if (length < sizeof buffer)
    tokens = memcpy (buffer, value, length + 1);
  else
    tokens = copy = g_strdup (value);

  for (char *token = tokens; *token != '\0';)
    {
      gsize token_length = strcspn (token, " \t\r\n");
      char *next = token + token_length;

      if (*next != '\0')
        *next++ = '\0';

      if (token_length > 0 && !g_hash_table_contains (rules->source_ids, token))
        /* Translators: %s is a source id such as OZOBAX-PI; <sources> is the
         * XML element that lists the file's sources. */
        rule_error (rules, node, _ ("Source “%s” is not listed in this file’s <sources>"), token);

      token = next;
    }
}

static void
check_order (Rules *rules, ElementAttributes *attributes, Attribute low_attr, Attribute high_attr)
{
  double low, high;

  if (!element_attributes_get_double (attributes, low_attr, &low) ||
      !element_attributes_get_double (attributes, high_attr, &high))
    return;

  if (low > high)
    /* Translators: two XML attributes with their values, as in
     * 'min="5" must not be greater than max="2"'. */
    rule_error (rules, attributes->node, _ ("%s=\"%s\" must not be greater than %s=\"%s\""),
                attribute_names[low_attr], attributes->values[low_attr], attribute_names[high_attr],
                attributes->values[high_attr]);
}

static gboolean
is_dose_quantity (xmlNode *node)
{
  return rc_xml_is (node->parent, "regimen") &&
         (rc_xml_is (node, "maintenance") || rc_xml_is (node, "max-daily") ||
          rc_xml_is (node, "max-single"));
}

static void
check_quantity_sign (Rules *rules, ElementAttributes *attributes)
{
  static const Attribute signed_attributes[] = { ATTR_VALUE, ATTR_MIN, ATTR_MAX };
  xmlNode               *node = attributes->node;

  if (rc_xml_is (node, "strength"))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (signed_attributes); i++)
    {
      Attribute   attribute = signed_attributes[i];
      const char *name = attribute_names[attribute];
      const char *text = attributes->values[attribute];
      double      value;

      if (!element_attributes_get_double (attributes, attribute, &value))
        continue;

      if (value <= 0 && is_dose_quantity (node))
        /* Translators: an XML attribute and its value, as in
         * 'Attribute value="0" must be greater than 0'. */
        rule_error (rules, node, _ ("Attribute %s=\"%s\" must be greater than 0"), name, text);
      else if (value < 0)
        /* Translators: an XML attribute and its value. */
        rule_error (rules, node, _ ("Attribute %s=\"%s\" must not be negative"), name, text);
    }
}

/* Whether rc_xml_text (node) is not empty: some character of the text of
 * node or of its descendants is not a space. Looked at in place instead of
 * building the text (tests/bench); -1 for a node this does not handle (an
 * entity reference), which the caller then reads the slow way. */
static int
has_text_in_place (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      switch (child->type)
        {
          case XML_TEXT_NODE:
          case XML_CDATA_SECTION_NODE:
            if (child->content != NULL &&
                child->content[strspn ((const char *) child->content, " \t\n\r")] != '\0')
              return 1;
            break;

          case XML_ELEMENT_NODE:
            {
              int found = has_text_in_place (child);

              if (found != 0)
                return found;
            }
            break;

          case XML_COMMENT_NODE:
          case XML_PI_NODE:
            break;

          default:
            return -1;
        }
    }

  return 0;
}

static gboolean
has_text (xmlNode *node)
{
  int found = has_text_in_place (node);

  if (found < 0)
    {
      g_autofree char *text = rc_xml_text (node);

      found = text != NULL && *text != '\0';
    }

  return found == 1;
}

/* pattern is the schema's pattern of node (rc_kb_validator_child_pattern),
 * carried down the walk instead of looked up from the root each time. */
static void
check_element (Rules *rules, xmlNode *node, xmlNode *pattern, guint depth)
{
  static const Attribute pairs[][2] = {
    { ATTR_MIN, ATTR_MAX },
    { ATTR_DOSE_MIN, ATTR_DOSE_MAX },
    { ATTR_PERCENT_MIN, ATTR_PERCENT_MAX },
    { ATTR_INCREMENT_MIN, ATTR_INCREMENT_MAX },
    { ATTR_INTERVAL_MIN, ATTR_INTERVAL_MAX },
    { ATTR_TIMES_PER_DAY, ATTR_TIMES_PER_DAY_MAX },
    { ATTR_FROM_DAY, ATTR_TO_DAY },
    { ATTR_TO_DAY_MIN, ATTR_TO_DAY },
    { ATTR_FROM_DAY, ATTR_TO_DAY_MIN },
  };

  /* These only look at attributes: an element with none (most of a
   * file's text) skips them all. */
  if (node->properties != NULL)
    {
      ElementAttributes attributes;

      element_attributes_init (&attributes, node);

      check_references (rules, node, attributes.values[ATTR_SOURCE]);
      check_references (rules, node, attributes.values[ATTR_SEEN_IN]);

      for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
        check_order (rules, &attributes, pairs[i][0], pairs[i][1]);

      check_quantity_sign (rules, &attributes);

      element_attributes_clear (&attributes);
    }

  if (rc_kb_validator_pattern_wants_text (pattern) && !has_text (node))
    /* Translators: %s is an XML element name. */
    rule_error (rules, node, _ ("<%s> must contain text"), (const char *) node->name);

  /* As deep as the schema lookup goes (it gives up below 256 levels). */
  for (xmlNode *child = rc_xml_first (node); child != NULL; child = rc_xml_next (child))
    check_element (rules, child,
                   pattern != NULL && depth < 256 ? rc_kb_validator_child_pattern (pattern, child)
                                                  : NULL,
                   depth + 1);
}

/* Every element from the root down. */
static void
check_elements (Rules *rules, xmlNode *root)
{
  check_element (rules, root, rc_kb_validator_child_pattern (NULL, root), 0);
}

/* ---- Drug documents ---- */

static void
collect_sources (Rules *rules, xmlNode *root)
{
  for (xmlNode *node = rc_xml_first (rc_xml_child (root, "sources")); node != NULL;
       node = rc_xml_next (node))
    {
      int first = remember_id (rules->source_ids, node, "id");

      if (first > 0)
        {
          g_autofree char *id = rc_xml_get (node, "id");

          /* Translators: %s is an id, %d the line of its first use. */
          rule_error (rules, node, _ ("Two sources have the id “%s” (the first is on line %d)"), id,
                      first);
        }
    }
}

static void
check_form_reference (Rules *rules, xmlNode *node)
{
  g_autofree char *form = rc_xml_get (node, "form");

  if (form != NULL && !g_hash_table_contains (rules->form_ids, g_strstrip (form)))
    /* Translators: %s is a form id; <forms> is an XML element. */
    rule_error (rules, node, _ ("Form “%s” is not one of the forms in <forms>"), form);
}

static void
check_regimen_reference (Rules *rules, xmlNode *node)
{
  g_autofree char *regimen = rc_xml_get (node, "regimen");

  if (regimen != NULL && !g_hash_table_contains (rules->regimen_ids, g_strstrip (regimen)))
    /* Translators: %s is a regimen id; <dosing> is an XML element. */
    rule_error (rules, node, _ ("Regimen “%s” is not one of the regimens in <dosing>"), regimen);
}

static void
check_identity (Rules *rules, xmlNode *identity)
{
  xmlNode *forms = rc_xml_child (identity, "forms");

  for (xmlNode *form = rc_xml_first (forms); form != NULL; form = rc_xml_next (form))
    {
      int first = remember_id (rules->form_ids, form, "id");

      if (first > 0)
        {
          g_autofree char *id = rc_xml_get (form, "id");

          /* Translators: %s is an id, %d the line of its first use. */
          rule_error (rules, form, _ ("Two forms have the id “%s” (the first is on line %d)"), id,
                      first);
        }
    }

  for (xmlNode *brand = rc_xml_first (rc_xml_child (identity, "brands")); brand != NULL;
       brand = rc_xml_next (brand))
    check_form_reference (rules, brand);
}

static void
check_steps_against_max_daily (Rules *rules, xmlNode *regimen)
{
  xmlNode         *max_daily = rc_xml_child (regimen, "max-daily");
  g_autofree char *limit_unit = rc_xml_get (max_daily, "unit");
  double           limit, limit_mg;

  if (!rc_xml_get_double (max_daily, "value", &limit) &&
      !rc_xml_get_double (max_daily, "max", &limit))
    return;
  /* A maximum of zero or less is reported by itself; comparing every step
   * with it would only repeat that. */
  if (!to_milligrams (limit, limit_unit, &limit_mg) || limit_mg <= 0)
    return;

  for (xmlNode *step = rc_xml_first (regimen); step != NULL; step = rc_xml_next (step))
    {
      g_autofree char *unit = NULL;
      double           dose, total_mg;
      guint            times;

      /* Conditional steps are not on the calendar and not checked. */
      if (!rc_xml_is (step, "step") || !rc_xml_has (step, "from-day"))
        continue;

      if (!rc_xml_get_double (step, "dose", &dose) && !rc_xml_get_double (step, "dose-max", &dose))
        continue;

      times =
          rc_xml_get_uint (step, "times-per-day-max", rc_xml_get_uint (step, "times-per-day", 1));
      unit = rc_xml_get (step, "unit");
      if (!to_milligrams (dose * times, unit, &total_mg))
        continue;

      /* A relative margin absorbs rounding in unit conversion. */
      if (total_mg > limit_mg * (1 + 1e-9))
        {
          g_autofree char *dose_text = format_number (dose);
          g_autofree char *total_text = format_number (dose * times);
          g_autofree char *limit_text = format_number (limit);

          rule_error (rules, step,
                      /* Translators: a daily total with its unit, then the dose with its unit
                       * and the number of times a day, then the maximum daily dose with its
                       * unit, as in "This step gives up to 90 mg a day (30 mg × 3), more than
                       * the maximum daily dose of 80 mg". */
                      _ ("This step gives up to %s %s a day (%s %s × %u), more than the "
                         "maximum daily dose of %s %s"),
                      total_text, unit, dose_text, unit, times, limit_text, limit_unit);
        }
    }
}

static void
check_dosing (Rules *rules, xmlNode *dosing)
{
  xmlNode *primary = NULL;

  for (xmlNode *regimen = rc_xml_first (dosing); regimen != NULL; regimen = rc_xml_next (regimen))
    {
      int first = remember_id (rules->regimen_ids, regimen, "id");

      if (first > 0)
        {
          g_autofree char *id = rc_xml_get (regimen, "id");

          /* Translators: %s is an id, %d the line of its first use. */
          rule_error (rules, regimen, _ ("Two regimens have the id “%s” (the first is on line %d)"),
                      id, first);
        }

      check_form_reference (rules, regimen);
      check_steps_against_max_daily (rules, regimen);

      if (rc_xml_has (regimen, "primary"))
        {
          if (primary != NULL)
            {
              g_autofree char *id = rc_xml_get (primary, "id");

              rule_error (rules, regimen,
                          /* Translators: %s is a regimen id, %d a line number. */
                          _ ("Only one regimen can be primary, and “%s” (line %d) already is"), id,
                          rc_xml_line (primary));
            }
          else
            {
              primary = regimen;
            }
        }
    }
}

static void
check_pharmacokinetics (Rules *rules, xmlNode *pk)
{
  for (xmlNode *node = rc_xml_first (pk); node != NULL; node = rc_xml_next (node))
    check_regimen_reference (rules, node);
}

static void
check_effect_id (Rules *rules, xmlNode *node)
{
  g_autofree char *effect = rc_xml_get (node, "effect");

  if (rules->effect_ids != NULL && effect != NULL &&
      !g_hash_table_contains (rules->effect_ids, g_strstrip (effect)))
    rule_error (rules, node,
                /* Translators: %s is an effect id such as "somnolence". */
                _ ("Effect “%s” is not in the shared effects vocabulary (effects.xml)"), effect);
}

static void
check_trial (Rules *rules, GHashTable *trial_ids, xmlNode *trial)
{
  g_autoptr (GHashTable) arms = new_id_table ();
  g_autoptr (GHashTable) effects = new_id_table ();
  g_autofree char *trial_id = rc_xml_get (trial, "id");
  int              first = remember_id (trial_ids, trial, "id");

  if (first > 0)
    /* Translators: %s is an id, %d the line of its first use. */
    rule_error (rules, trial, _ ("Two trials have the id “%s” (the first is on line %d)"), trial_id,
                first);

  for (xmlNode *arm = rc_xml_first (trial); arm != NULL; arm = rc_xml_next (arm))
    {
      if (!rc_xml_is (arm, "arm"))
        continue;

      first = remember_id (arms, arm, "id");
      if (first > 0)
        {
          g_autofree char *id = rc_xml_get (arm, "id");

          rule_error (rules, arm,
                      /* Translators: a trial id, an arm id, and the line of the first arm with
                       * that id. */
                      _ ("Two arms of trial “%s” have the id “%s” (the first is on "
                         "line %d)"),
                      trial_id, id, first);
        }
      check_regimen_reference (rules, arm);
    }

  for (xmlNode *incidence = rc_xml_first (trial); incidence != NULL;
       incidence = rc_xml_next (incidence))
    {
      if (!rc_xml_is (incidence, "incidence"))
        continue;

      check_effect_id (rules, incidence);
      first = remember_id (effects, incidence, "effect");
      if (first > 0)
        {
          g_autofree char *effect = rc_xml_get (incidence, "effect");

          rule_error (rules, incidence,
                      /* Translators: a trial id, an effect id, and a line number. */
                      _ ("Trial “%s” lists the effect “%s” twice (the first is on line %d)"),
                      trial_id, effect, first);
        }

      for (xmlNode *value = rc_xml_first (incidence); value != NULL; value = rc_xml_next (value))
        {
          g_autofree char *arm = rc_xml_get (value, "arm");

          if (arm != NULL && !g_hash_table_contains (arms, g_strstrip (arm)))
            /* Translators: an arm id, then a trial id. */
            rule_error (rules, value, _ ("Arm “%s” is not an arm of trial “%s”"), arm, trial_id);
        }
    }
}

static void
check_adverse_effects (Rules *rules, xmlNode *adverse)
{
  g_autoptr (GHashTable) trial_ids = new_id_table ();

  for (xmlNode *node = rc_xml_first (adverse); node != NULL; node = rc_xml_next (node))
    {
      if (rc_xml_is (node, "trial"))
        check_trial (rules, trial_ids, node);
      else if (rc_xml_is (node, "reported"))
        check_effect_id (rules, node);
    }
}

static void
check_interactions (Rules *rules, xmlNode *interactions)
{
  for (xmlNode *node = rc_xml_first (interactions); node != NULL; node = rc_xml_next (node))
    {
      g_auto (GStrv) agents = rc_xml_get_tokens (node, "agents");

      if (rules->agent_ids == NULL)
        continue;

      for (guint i = 0; agents[i] != NULL; i++)
        if (!g_hash_table_contains (rules->agent_ids, agents[i]))
          rule_error (rules, node,
                      /* Translators: %s is an agent id such as "ciprofloxacin". */
                      _ ("Agent “%s” is not in the shared agents vocabulary "
                         "(agents.xml)"),
                      agents[i]);
    }
}

static void
check_populations (Rules *rules, xmlNode *populations)
{
  g_autoptr (GHashTable) groups = new_id_table ();

  for (xmlNode *node = rc_xml_first (populations); node != NULL; node = rc_xml_next (node))
    {
      int first;

      if (!rc_xml_is (node, "population"))
        continue;

      first = remember_id (groups, node, "group");
      if (first > 0)
        {
          g_autofree char *group = rc_xml_get (node, "group");

          /* Translators: a population group id such as "renal", then a line
           * number. */
          rule_error (rules, node, _ ("The group “%s” already has a <population> on line %d"),
                      group, first);
        }
    }
}

static void
check_drug (Rules *rules, xmlNode *root)
{
  collect_sources (rules, root);

  /* Forms and regimens first: other sections refer to them. */
  check_identity (rules, rc_xml_child (root, "identity"));
  check_dosing (rules, rc_xml_child (root, "dosing"));
  check_pharmacokinetics (rules, rc_xml_child (root, "pharmacokinetics"));
  check_adverse_effects (rules, rc_xml_child (root, "adverse-effects"));
  check_interactions (rules, rc_xml_child (root, "interactions"));
  check_populations (rules, rc_xml_child (root, "populations"));

  check_elements (rules, root);
}

/* ---- Vocabularies ---- */

static void
check_effects (Rules *rules, xmlNode *root)
{
  g_autoptr (GHashTable) systems = new_id_table ();
  g_autoptr (GHashTable) effects = new_id_table ();

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "system"))
      {
        int first = remember_id (systems, node, "id");

        if (first > 0)
          {
            g_autofree char *id = rc_xml_get (node, "id");

            rule_error (rules, node,
                        /* Translators: %s is an id, %d the line of its first use. */
                        _ ("Two body systems have the id “%s” (the first is on line %d)"), id,
                        first);
          }
      }

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    if (rc_xml_is (node, "effect"))
      {
        g_autofree char *system = rc_xml_get (node, "system");
        int              first = remember_id (effects, node, "id");

        if (first > 0)
          {
            g_autofree char *id = rc_xml_get (node, "id");

            /* Translators: %s is an id, %d the line of its first use. */
            rule_error (rules, node, _ ("Two effects have the id “%s” (the first is on line %d)"),
                        id, first);
          }

        if (system != NULL && !g_hash_table_contains (systems, g_strstrip (system)))
          /* Translators: %s is a body-system id such as "nervous". */
          rule_error (rules, node, _ ("Body system “%s” is not defined in this file"), system);
      }

  check_elements (rules, root);
}

static void
check_agents (Rules *rules, xmlNode *root)
{
  g_autoptr (GHashTable) agents = new_id_table ();

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    {
      int first = remember_id (agents, node, "id");

      if (first > 0)
        {
          g_autofree char *id = rc_xml_get (node, "id");

          /* Translators: %s is an id, %d the line of its first use. */
          rule_error (rules, node, _ ("Two agents have the id “%s” (the first is on line %d)"), id,
                      first);
        }
    }

  for (xmlNode *node = rc_xml_first (root); node != NULL; node = rc_xml_next (node))
    {
      g_auto (GStrv) classes = rc_xml_get_tokens (node, "member-of");

      for (guint i = 0; classes[i] != NULL; i++)
        if (!g_hash_table_contains (agents, classes[i]))
          /* Translators: %s is an agent id. */
          rule_error (rules, node, _ ("Agent “%s” is not defined in this file"), classes[i]);
    }

  check_elements (rules, root);
}

static int
compare_lines (gconstpointer a, gconstpointer b)
{
  const RcKbProblem *pa = *(const RcKbProblem *const *) a;
  const RcKbProblem *pb = *(const RcKbProblem *const *) b;

  return (pa->line > pb->line) - (pa->line < pb->line);
}

gboolean
rc_kb_validator_check_rules (xmlDoc     *doc,
                             const char *name,
                             GHashTable *effect_ids,
                             GHashTable *agent_ids,
                             GPtrArray  *problems)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  Rules    rules = { 0 };

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  rules.name = name;
  rules.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) rc_kb_problem_free);
  rules.effect_ids = effect_ids;
  rules.agent_ids = agent_ids;
  rules.source_ids = new_id_table ();
  rules.form_ids = new_id_table ();
  rules.regimen_ids = new_id_table ();

  switch (rc_kb_validator_document_kind (doc))
    {
      case RC_KB_DOCUMENT_DRUG:
        check_drug (&rules, root);
        break;

      case RC_KB_DOCUMENT_EFFECTS:
        check_effects (&rules, root);
        break;

      case RC_KB_DOCUMENT_AGENTS:
        check_agents (&rules, root);
        break;

      case RC_KB_DOCUMENT_UNKNOWN:
      default:
        rc_kb_add_problem (rules.problems, RC_KB_PROBLEM_ERROR, RC_KB_ERROR_SCHEMA, name,
                           rc_xml_line (root), 0, _ ("This is not a knowledge-base document"));
        rules.n_errors++;
        break;
    }

  /* In the order of the file, which is how people fix them. */
  g_ptr_array_sort (rules.problems, compare_lines);
  g_ptr_array_extend_and_steal (problems, rules.problems);

  g_hash_table_unref (rules.source_ids);
  g_hash_table_unref (rules.form_ids);
  g_hash_table_unref (rules.regimen_ids);

  return rules.n_errors == 0;
}
