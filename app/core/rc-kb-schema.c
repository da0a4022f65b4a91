/* rc-kb-schema.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "rc-kb-schema.h"

/* kb.rng is read as a plain XML document: each <element> pattern becomes a
 * flat model (its child elements in order, its attributes, its text type).
 * Every content model of kb.rng is a sequence of distinct names, so a
 * greedy walk over the children finds the first mistake exactly. */

#define MAX_DEPTH 32

typedef struct
{
  char    *name;
  xmlNode *def; /* the <element> pattern */
  gboolean required;
  gboolean many;
} Particle;

typedef struct
{
  char    *name;
  xmlNode *def; /* the <attribute> pattern */
  gboolean required;
} Attr;

typedef struct
{
  GPtrArray *children;      /* of Particle* */
  GPtrArray *attributes;    /* of Attr* */
  GPtrArray *choices;       /* of GPtrArray (branches) of GStrv (required names) */
  xmlNode   *text;          /* the <data>/<value>/<text> pattern of the content */
  int        text_required; /* -1 until first asked; the schema never changes */
} Model;

struct _RcKbSchema
{
  xmlDoc     *rng;
  GHashTable *defines; /* name -> <define> node, borrowed from rng */
  GHashTable *models;  /* <element> node -> Model* */
  Model      *start;
};

static void
particle_free (Particle *particle)
{
  g_free (particle->name);
  g_free (particle);
}

static void
attr_free (Attr *attr)
{
  g_free (attr->name);
  g_free (attr);
}

static Model *
model_new (void)
{
  Model *model = g_new0 (Model, 1);

  model->children = g_ptr_array_new_with_free_func ((GDestroyNotify) particle_free);
  model->attributes = g_ptr_array_new_with_free_func ((GDestroyNotify) attr_free);
  model->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  model->text_required = -1;

  return model;
}

static void
model_free (Model *model)
{
  if (model == NULL)
    return;

  g_ptr_array_unref (model->children);
  g_ptr_array_unref (model->attributes);
  g_ptr_array_unref (model->choices);
  g_free (model);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Model, model_free)

static gboolean
is_rng (xmlNode *node, const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *) node->name, name) == 0;
}

static char *
rng_attr (xmlNode *node, const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char    *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

static Particle *
model_find_child (Model *model, const char *name, guint *index)
{
  for (guint i = 0; i < model->children->len; i++)
    {
      Particle *particle = g_ptr_array_index (model->children, i);

      if (g_strcmp0 (particle->name, name) == 0)
        {
          if (index != NULL)
            *index = i;
          return particle;
        }
    }

  return NULL;
}

static Attr *
model_find_attr (Model *model, const char *name)
{
  for (guint i = 0; i < model->attributes->len; i++)
    {
      Attr *attr = g_ptr_array_index (model->attributes, i);

      if (g_strcmp0 (attr->name, name) == 0)
        return attr;
    }

  return NULL;
}

static void walk_pattern (RcKbSchema *self,
                          xmlNode    *pattern,
                          gboolean    required,
                          gboolean    many,
                          Model      *model,
                          guint       depth);

static void
walk_children (
    RcKbSchema *self, xmlNode *parent, gboolean required, gboolean many, Model *model, guint depth)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      walk_pattern (self, child, required, many, model, depth + 1);
}

static void
merge_choice (
    RcKbSchema *self, xmlNode *choice, gboolean required, gboolean many, Model *model, guint depth)
{
  g_autoptr (GPtrArray) branches = g_ptr_array_new_with_free_func ((GDestroyNotify) model_free);
  g_autoptr (GPtrArray) alternatives = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  guint n_with_attributes = 0;

  for (xmlNode *child = choice->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        Model *branch = model_new ();

        walk_pattern (self, child, TRUE, FALSE, branch, depth + 1);
        g_ptr_array_add (branches, branch);
      }

  for (guint b = 0; b < branches->len; b++)
    {
      Model *branch = g_ptr_array_index (branches, b);
      g_autoptr (GStrvBuilder) names = g_strv_builder_new ();

      for (guint i = 0; i < branch->children->len; i++)
        {
          Particle *particle = g_ptr_array_index (branch->children, i);
          gboolean  in_all = TRUE;

          if (model_find_child (model, particle->name, NULL) != NULL)
            continue;

          for (guint o = 0; o < branches->len; o++)
            {
              Particle *other =
                  model_find_child (g_ptr_array_index (branches, o), particle->name, NULL);

              if (other == NULL || !other->required)
                in_all = FALSE;
            }

          {
            Particle *copy = g_new0 (Particle, 1);

            copy->name = g_strdup (particle->name);
            copy->def = particle->def;
            copy->required = required && in_all;
            copy->many = many || particle->many;
            g_ptr_array_add (model->children, copy);
          }
        }

      for (guint i = 0; i < branch->attributes->len; i++)
        {
          Attr    *attr = g_ptr_array_index (branch->attributes, i);
          gboolean in_all = TRUE;

          if (attr->required)
            g_strv_builder_add (names, attr->name);

          if (model_find_attr (model, attr->name) != NULL)
            continue;

          for (guint o = 0; o < branches->len; o++)
            {
              Attr *other = model_find_attr (g_ptr_array_index (branches, o), attr->name);

              if (other == NULL || !other->required)
                in_all = FALSE;
            }

          {
            Attr *copy = g_new0 (Attr, 1);

            copy->name = g_strdup (attr->name);
            copy->def = attr->def;
            copy->required = required && in_all;
            g_ptr_array_add (model->attributes, copy);
          }
        }

      if (branch->attributes->len > 0)
        n_with_attributes++;
      g_ptr_array_add (alternatives, g_strv_builder_end (names));

      if (model->text == NULL)
        model->text = branch->text;
    }

  /* A required choice between sets of attributes (dose, or dose-min and
   * dose-max) is remembered to explain which set is missing. */
  if (required && n_with_attributes >= 2)
    g_ptr_array_add (model->choices, g_steal_pointer (&alternatives));
}

static void
walk_pattern (
    RcKbSchema *self, xmlNode *pattern, gboolean required, gboolean many, Model *model, guint depth)
{
  const char *kind = (const char *) pattern->name;

  if (depth > MAX_DEPTH)
    return;

  if (g_str_equal (kind, "element"))
    {
      Particle *particle = g_new0 (Particle, 1);

      particle->name = rng_attr (pattern, "name");
      particle->def = pattern;
      particle->required = required;
      particle->many = many;
      g_ptr_array_add (model->children, particle);
    }
  else if (g_str_equal (kind, "attribute"))
    {
      Attr *attr = g_new0 (Attr, 1);

      attr->name = rng_attr (pattern, "name");
      attr->def = pattern;
      attr->required = required;
      g_ptr_array_add (model->attributes, attr);
    }
  else if (g_str_equal (kind, "data") || g_str_equal (kind, "value") || g_str_equal (kind, "text"))
    {
      if (model->text == NULL)
        model->text = pattern;
    }
  else if (g_str_equal (kind, "group") || g_str_equal (kind, "interleave") ||
           g_str_equal (kind, "mixed"))
    {
      walk_children (self, pattern, required, many, model, depth);
    }
  else if (g_str_equal (kind, "optional"))
    {
      walk_children (self, pattern, FALSE, many, model, depth);
    }
  else if (g_str_equal (kind, "zeroOrMore"))
    {
      walk_children (self, pattern, FALSE, TRUE, model, depth);
    }
  else if (g_str_equal (kind, "oneOrMore"))
    {
      walk_children (self, pattern, required, TRUE, model, depth);
    }
  else if (g_str_equal (kind, "ref"))
    {
      g_autofree char *name = rng_attr (pattern, "name");
      xmlNode         *define = name != NULL ? g_hash_table_lookup (self->defines, name) : NULL;

      if (define != NULL)
        walk_children (self, define, required, many, model, depth);
    }
  else if (g_str_equal (kind, "choice"))
    {
      merge_choice (self, pattern, required, many, model, depth);
    }
}

static Model *
model_for_def (RcKbSchema *self, xmlNode *def)
{
  Model *model = g_hash_table_lookup (self->models, def);

  if (model == NULL)
    {
      model = model_new ();
      walk_children (self, def, TRUE, FALSE, model, 0);
      g_hash_table_insert (self->models, def, model);
    }

  return model;
}

/* The <element> pattern a document element matches, found by walking down
 * from the root; NULL when an ancestor is not in the schema. */
static xmlNode *
lookup_def (RcKbSchema *self, xmlNode *node, guint depth)
{
  Model    *parent_model;
  Particle *particle;

  if (node == NULL || node->type != XML_ELEMENT_NODE || depth > 256)
    return NULL;

  if (node->parent == NULL || node->parent->type != XML_ELEMENT_NODE)
    {
      parent_model = self->start;
    }
  else
    {
      xmlNode *parent_def = lookup_def (self, node->parent, depth + 1);

      if (parent_def == NULL)
        return NULL;
      parent_model = model_for_def (self, parent_def);
    }

  particle = model_find_child (parent_model, (const char *) node->name, NULL);
  return particle != NULL ? particle->def : NULL;
}

static Model *
lookup_model (RcKbSchema *self, xmlNode *node)
{
  xmlNode *def = lookup_def (self, node, 0);

  return def != NULL ? model_for_def (self, def) : NULL;
}

RcKbSchema *
rc_kb_schema_new (xmlDoc *rng)
{
  RcKbSchema *self = g_new0 (RcKbSchema, 1);
  xmlNode    *grammar = xmlDocGetRootElement (rng);

  self->rng = rng;
  self->defines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->models = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) model_free);
  self->start = model_new ();

  if (grammar == NULL)
    return self;

  for (xmlNode *child = grammar->children; child != NULL; child = child->next)
    if (is_rng (child, "define"))
      {
        char *name = rng_attr (child, "name");

        if (name != NULL)
          g_hash_table_replace (self->defines, name, child);
      }

  for (xmlNode *child = grammar->children; child != NULL; child = child->next)
    if (is_rng (child, "start"))
      walk_children (self, child, TRUE, FALSE, self->start, 0);

  return self;
}

void
rc_kb_schema_free (RcKbSchema *self)
{
  if (self == NULL)
    return;

  model_free (self->start);
  g_hash_table_unref (self->models);
  g_hash_table_unref (self->defines);
  xmlFreeDoc (self->rng);
  g_free (self);
}

/* ---- Children ---- */

static const char *
element_name (xmlNode *node)
{
  return (const char *) node->name;
}

char *
rc_kb_schema_explain_children (RcKbSchema *self, xmlNode *element, xmlNode **where)
{
  g_autoptr (GPtrArray) children = g_ptr_array_new ();
  Model *model;
  guint  j = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (where != NULL, NULL);

  *where = element;
  model = lookup_model (self, element);
  if (model == NULL)
    return NULL;

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      g_ptr_array_add (children, child);

  for (guint p = 0; p < model->children->len; p++)
    {
      Particle *particle = g_ptr_array_index (model->children, p);
      guint     count = 0;

      while (j < children->len &&
             g_str_equal (element_name (g_ptr_array_index (children, j)), particle->name) &&
             (count == 0 || particle->many))
        {
          j++;
          count++;
        }

      if (count == 0 && particle->required)
        {
          xmlNode *next = j < children->len ? g_ptr_array_index (children, j) : NULL;

          /* An unknown element where a required one should be is more
           * likely a misspelling of it than a second mistake. */
          if (next != NULL && model_find_child (model, element_name (next), NULL) == NULL)
            {
              *where = next;
              /* Translators: the two %s are XML element names. */
              return g_strdup_printf (_ ("Element <%s> is not allowed here, inside <%s>"),
                                      element_name (next), element_name (element));
            }

          if (next != NULL)
            {
              *where = next;
              /* Translators: all three %s are XML element names; the first
               * is the parent, the second the missing child, the third the
               * element found where the missing one was expected. */
              return g_strdup_printf (_ ("<%s> is missing the required element <%s> (expected "
                                         "before <%s>)"),
                                      element_name (element), particle->name, element_name (next));
            }

          if (children->len > 0)
            {
              xmlNode *last = g_ptr_array_index (children, children->len - 1);

              *where = last;
              /* Translators: all three %s are XML element names; the first
               * is the parent, the second the missing child, the third the
               * last element before the place where it was expected. */
              return g_strdup_printf (_ ("<%s> is missing the required element <%s> (expected "
                                         "after <%s>)"),
                                      element_name (element), particle->name, element_name (last));
            }

          /* Translators: the two %s are XML element names: the parent, then
           * the missing child. */
          return g_strdup_printf (_ ("<%s> is missing the required element <%s>"),
                                  element_name (element), particle->name);
        }

      if (count > 0 && !particle->many && j < children->len &&
          g_str_equal (element_name (g_ptr_array_index (children, j)), particle->name))
        {
          *where = g_ptr_array_index (children, j);
          /* Translators: the two %s are XML element names: the parent, then
           * the child that appears twice. */
          return g_strdup_printf (_ ("<%s> may contain only one <%s>"), element_name (element),
                                  particle->name);
        }
    }

  if (j < children->len)
    {
      xmlNode *extra = g_ptr_array_index (children, j);
      guint    index = 0;

      *where = extra;
      if (model_find_child (model, element_name (extra), &index) == NULL)
        /* Translators: the two %s are XML element names. */
        return g_strdup_printf (_ ("Element <%s> is not allowed here, inside <%s>"),
                                element_name (extra), element_name (element));

      if (j > 0)
        {
          xmlNode *previous = g_ptr_array_index (children, j - 1);

          /* Translators: the three %s are XML element names: the element in
           * the wrong place, the one it must precede, and their parent. */
          return g_strdup_printf (_ ("Element <%s> must come before <%s> inside <%s>"),
                                  element_name (extra), element_name (previous),
                                  element_name (element));
        }

      /* Translators: the two %s are XML element names. */
      return g_strdup_printf (_ ("Element <%s> is not in its expected place inside <%s>"),
                              element_name (extra), element_name (element));
    }

  if (children->len > 0 && model->children->len == 0 && model->text != NULL)
    {
      *where = g_ptr_array_index (children, 0);
      /* Translators: %s is an XML element name. */
      return g_strdup_printf (_ ("<%s> must contain only text, not other elements"),
                              element_name (element));
    }

  return NULL;
}

/* ---- Values ---- */

static char *
shorten (const char *value)
{
  /* Long values make unreadable messages; the line number finds them. */
  if (g_utf8_strlen (value, -1) <= 40)
    return g_strdup (value);

  {
    g_autofree char *head = g_utf8_substring (value, 0, 37);

    return g_strconcat (head, "…", NULL);
  }
}

static gboolean
match (const char *pattern, const char *value)
{
  return g_regex_match_simple (pattern, value, 0, 0);
}

static gboolean
is_decimal (const char *value)
{
  return match ("^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\s*$", value);
}

static gboolean
is_name_char (gunichar c, gboolean first, gboolean colon)
{
  if (g_unichar_isalpha (c) || c == '_')
    return TRUE;
  if (c == ':')
    return colon;
  if (first)
    return FALSE;
  return g_unichar_isdigit (c) || c == '-' || c == '.' || g_unichar_ismark (c);
}

/* NCName: a letter or '_' first, no colon. NMTOKEN: any name characters. */
static gboolean
is_name (const char *value, gboolean ncname)
{
  gboolean first = TRUE;

  if (*value == '\0')
    return FALSE;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_name_char (g_utf8_get_char (p), ncname && first, !ncname))
        return FALSE;
      first = FALSE;
    }

  return TRUE;
}

static gboolean
is_name_list (const char *value)
{
  g_auto (GStrv) tokens = g_strsplit_set (value, " \t\r\n", -1);
  guint n = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      if (*tokens[i] == '\0')
        continue;
      if (!is_name (tokens[i], FALSE))
        return FALSE;
      n++;
    }

  return n > 0;
}

static gboolean
is_date (const char *value)
{
  g_autoptr (GMatchInfo) info = NULL;
  g_autoptr (GRegex) regex = g_regex_new (
      "^\\s*(-?[0-9]{4,})-([0-9]{2})-([0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?\\s*$", 0, 0, NULL);
  int year, month, day;

  if (!g_regex_match (regex, value, 0, &info))
    return FALSE;

  {
    g_autofree char *y = g_match_info_fetch (info, 1);
    g_autofree char *m = g_match_info_fetch (info, 2);
    g_autofree char *d = g_match_info_fetch (info, 3);

    year = atoi (y);
    month = atoi (m);
    day = atoi (d);
  }

  if (year <= 0 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1)
    return FALSE;

  return day <= g_date_get_days_in_month (month, year);
}

static char *
param (xmlNode *data, const char *name)
{
  for (xmlNode *child = data->children; child != NULL; child = child->next)
    if (is_rng (child, "param"))
      {
        g_autofree char *param_name = rng_attr (child, "name");

        if (g_strcmp0 (param_name, name) == 0)
          {
            xmlChar *content = xmlNodeGetContent (child);
            char    *copy = g_strdup ((const char *) content);

            xmlFree (content);
            return g_strstrip (copy);
          }
      }

  return NULL;
}

/* Checks an attribute value against a <data> pattern; NULL when it fits. */
static char *
check_data (xmlNode *data, const char *value, const char *attr)
{
  g_autofree char *type = rng_attr (data, "type");
  g_autofree char *shown = shorten (value);

  if (g_strcmp0 (type, "decimal") == 0)
    {
      g_autofree char *min_exclusive = param (data, "minExclusive");
      g_autofree char *min_inclusive = param (data, "minInclusive");
      g_autofree char *max_inclusive = param (data, "maxInclusive");
      double           number;

      if (!is_decimal (value))
        /* Translators: an XML attribute and its value, as in
         * 'Attribute dose="abc" is not a valid number'. The file writes
         * numbers with a dot, whatever the language. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" is not a valid number (write it like 12 "
                                   "or 2.5)"),
                                attr, shown);

      number = g_ascii_strtod (value, NULL);
      if (min_exclusive != NULL && number <= g_ascii_strtod (min_exclusive, NULL))
        /* Translators: an XML attribute, its value and the limit, as in
         * 'Attribute dose="-5" must be greater than 0'. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" must be greater than %s"), attr, shown,
                                min_exclusive);
      if ((min_inclusive != NULL && number < g_ascii_strtod (min_inclusive, NULL)) ||
          (max_inclusive != NULL && number > g_ascii_strtod (max_inclusive, NULL)))
        /* Translators: an XML attribute, its value and the limits, as in
         * 'Attribute percent="200" must be between 0 and 100'. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" must be between %s and %s"), attr, shown,
                                min_inclusive != NULL ? min_inclusive : "-∞",
                                max_inclusive != NULL ? max_inclusive : "∞");
      return NULL;
    }

  if (g_strcmp0 (type, "positiveInteger") == 0)
    {
      if (!match ("^\\s*\\+?[0-9]+\\s*$", value) || g_ascii_strtoull (value, NULL, 10) == 0)
        /* Translators: an XML attribute and its value, as in
         * 'Attribute n="lots" must be a whole number greater than 0'. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" must be a whole number greater than 0"),
                                attr, shown);
      return NULL;
    }

  if (g_strcmp0 (type, "date") == 0)
    {
      if (!is_date (value))
        /* Translators: an XML attribute and its value; YYYY-MM-DD shows
         * the expected form of a date and should stay as it is. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" is not a valid date (write it as "
                                   "YYYY-MM-DD)"),
                                attr, shown);
      return NULL;
    }

  if (g_strcmp0 (type, "gYear") == 0)
    {
      if (!match ("^\\s*-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?\\s*$", value))
        /* Translators: an XML attribute and its value; YYYY shows the
         * expected form of a year. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" is not a valid year (write it as YYYY)"),
                                attr, shown);
      return NULL;
    }

  if (g_strcmp0 (type, "NCName") == 0 || g_strcmp0 (type, "NMTOKEN") == 0)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (value));

      if (!is_name (stripped, g_strcmp0 (type, "NCName") == 0))
        /* Translators: an XML attribute and its value. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" is not a valid identifier (use letters, "
                                   "digits, “-”, “_” and “.”, starting with a letter)"),
                                attr, shown);
      return NULL;
    }

  if (g_strcmp0 (type, "NMTOKENS") == 0)
    {
      if (!is_name_list (value))
        /* Translators: an XML attribute and its value. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" must be one or more identifiers separated "
                                   "by spaces"),
                                attr, shown);
      return NULL;
    }

  if (g_strcmp0 (type, "string") == 0 || g_strcmp0 (type, "token") == 0)
    {
      g_autofree char *min_length = param (data, "minLength");
      g_autofree char *max_length = param (data, "maxLength");
      g_autofree char *pattern = param (data, "pattern");
      glong            length = g_utf8_strlen (value, -1);

      if (min_length != NULL && length < atol (min_length))
        /* Translators: %s is the name of an XML attribute. */
        return g_strdup_printf (_ ("Attribute %s must not be empty"), attr);
      if (max_length != NULL && length > atol (max_length))
        /* Translators: an XML attribute, its value, and a number of
         * characters. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" is too long (at most %s characters)"), attr,
                                shown, max_length);
      if (pattern != NULL)
        {
          g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", pattern);
          g_autofree char *stripped = g_strstrip (g_strdup (value));

          if (!match (anchored, stripped))
            /* Translators: an XML attribute, its value, and the regular
             * expression the value must match. */
            return g_strdup_printf (_ ("Attribute %s=\"%s\" does not have the expected form (%s)"),
                                    attr, shown, pattern);
        }
      return NULL;
    }

  return NULL;
}

static void
collect_values (
    RcKbSchema *self, xmlNode *pattern, GPtrArray *values, GPtrArray *datas, guint depth)
{
  if (depth > MAX_DEPTH)
    return;

  if (is_rng (pattern, "value"))
    {
      xmlChar *content = xmlNodeGetContent (pattern);

      g_ptr_array_add (values, g_strstrip (g_strdup ((const char *) content)));
      xmlFree (content);
    }
  else if (is_rng (pattern, "data"))
    {
      g_ptr_array_add (datas, pattern);
    }
  else if (is_rng (pattern, "choice"))
    {
      for (xmlNode *child = pattern->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          collect_values (self, child, values, datas, depth + 1);
    }
  else if (is_rng (pattern, "ref"))
    {
      g_autofree char *name = rng_attr (pattern, "name");
      xmlNode         *define = name != NULL ? g_hash_table_lookup (self->defines, name) : NULL;

      if (define != NULL)
        for (xmlNode *child = define->children; child != NULL; child = child->next)
          if (child->type == XML_ELEMENT_NODE)
            collect_values (self, child, values, datas, depth + 1);
    }
}

static char *
check_attribute (RcKbSchema *self, Attr *attr, const char *value)
{
  g_autoptr (GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) datas = g_ptr_array_new ();
  g_autofree char *first_problem = NULL;

  for (xmlNode *child = attr->def->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      collect_values (self, child, values, datas, 0);

  {
    g_autofree char *stripped = g_strstrip (g_strdup (value));

    for (guint i = 0; i < values->len; i++)
      if (g_str_equal (g_ptr_array_index (values, i), stripped))
        return NULL;
  }

  for (guint i = 0; i < datas->len; i++)
    {
      char *problem = check_data (g_ptr_array_index (datas, i), value, attr->name);

      if (problem == NULL)
        return NULL;
      if (first_problem == NULL)
        first_problem = problem;
      else
        g_free (problem);
    }

  if (first_problem != NULL)
    return g_steal_pointer (&first_problem);

  if (values->len > 0)
    {
      g_autofree char *shown = shorten (value);
      g_autoptr (GString) list = g_string_new (NULL);

      for (guint i = 0; i < values->len; i++)
        g_string_append_printf (list, "%s“%s”", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (values, i));

      if (values->len == 1)
        /* Translators: an XML attribute, its value, and the only value it
         * may have, as in 'Attribute primary="yes" can only be “true”'. */
        return g_strdup_printf (_ ("Attribute %s=\"%s\" can only be %s"), attr->name, shown,
                                list->str);
      /* Translators: an XML attribute, its value, and the list of values it
       * may have, as in 'Attribute us="VI" must be one of “none”, “I”…'. */
      return g_strdup_printf (_ ("Attribute %s=\"%s\" must be one of %s"), attr->name, shown,
                              list->str);
    }

  return NULL;
}

static gboolean
alternative_satisfied (xmlNode *element, GStrv required)
{
  for (guint i = 0; required[i] != NULL; i++)
    if (!xmlHasProp (element, (const xmlChar *) required[i]))
      return FALSE;

  return TRUE;
}

char *
rc_kb_schema_explain_attributes (RcKbSchema *self, xmlNode *element)
{
  Model *model;

  g_return_val_if_fail (self != NULL, NULL);

  model = lookup_model (self, element);
  if (model == NULL)
    return NULL;

  for (xmlAttr *prop = element->properties; prop != NULL; prop = prop->next)
    if (model_find_attr (model, (const char *) prop->name) == NULL)
      /* Translators: an XML attribute name, then an XML element name. */
      return g_strdup_printf (_ ("Attribute %s is not allowed on <%s>"), (const char *) prop->name,
                              element_name (element));

  for (xmlAttr *prop = element->properties; prop != NULL; prop = prop->next)
    {
      Attr    *attr = model_find_attr (model, (const char *) prop->name);
      xmlChar *value = xmlNodeGetContent ((xmlNode *) prop);
      char    *problem = check_attribute (self, attr, value != NULL ? (const char *) value : "");

      xmlFree (value);
      if (problem != NULL)
        return problem;
    }

  for (guint i = 0; i < model->attributes->len; i++)
    {
      Attr *attr = g_ptr_array_index (model->attributes, i);

      if (attr->required && !xmlHasProp (element, (const xmlChar *) attr->name))
        /* Translators: an XML element name, then an XML attribute name. */
        return g_strdup_printf (_ ("<%s> is missing the required attribute %s"),
                                element_name (element), attr->name);
    }

  for (guint c = 0; c < model->choices->len; c++)
    {
      GPtrArray *alternatives = g_ptr_array_index (model->choices, c);
      gboolean   satisfied = FALSE;

      for (guint a = 0; a < alternatives->len && !satisfied; a++)
        satisfied = alternative_satisfied (element, g_ptr_array_index (alternatives, a));

      if (!satisfied)
        {
          g_autoptr (GString) list = g_string_new (NULL);

          for (guint a = 0; a < alternatives->len; a++)
            {
              g_autofree char *names = g_strjoinv (", ", g_ptr_array_index (alternatives, a));

              g_string_append_printf (list, "%s{%s}", a > 0 ? "; " : "", names);
            }

          /* Translators: an XML element name, then sets of XML attribute
           * names such as "{dose}; {dose-min, dose-max}". */
          return g_strdup_printf (_ ("<%s> needs one of these sets of attributes: %s"),
                                  element_name (element), list->str);
        }
    }

  return NULL;
}

static gboolean
text_is_required (xmlNode *text)
{
  g_autofree char *type = NULL;
  g_autofree char *min_length = NULL;

  if (!is_rng (text, "data"))
    return FALSE;

  type = rng_attr (text, "type");
  min_length = param (text, "minLength");
  return g_strcmp0 (type, "string") == 0 && min_length != NULL && atol (min_length) > 0;
}

xmlNode *
rc_kb_schema_child_pattern (RcKbSchema *self, xmlNode *parent_pattern, const char *name)
{
  Model    *parent_model;
  Particle *particle;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* The same step as lookup_def(), one level at a time. */
  parent_model = parent_pattern != NULL ? model_for_def (self, parent_pattern) : self->start;
  particle = model_find_child (parent_model, name, NULL);
  return particle != NULL ? particle->def : NULL;
}

gboolean
rc_kb_schema_wants_text (RcKbSchema *self, xmlNode *element)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return rc_kb_schema_pattern_wants_text (self, lookup_def (self, element, 0));
}

gboolean
rc_kb_schema_pattern_wants_text (RcKbSchema *self, xmlNode *pattern)
{
  Model *model;
  int    required;

  g_return_val_if_fail (self != NULL, FALSE);

  model = pattern != NULL ? model_for_def (self, pattern) : NULL;
  if (model == NULL || model->text == NULL)
    return FALSE;

  /* Asked for every element of every file: reading the pattern each time
   * was a tenth of loading a drug (tests/bench). The schema is shared by
   * every thread, hence the atomic access. */
  required = g_atomic_int_get (&model->text_required);
  if (required < 0)
    {
      required = text_is_required (model->text) ? 1 : 0;
      g_atomic_int_set (&model->text_required, required);
    }
  return required == 1;
}

char *
rc_kb_schema_explain_text (RcKbSchema *self, xmlNode *element)
{
  Model *model;

  g_return_val_if_fail (self != NULL, NULL);

  model = lookup_model (self, element);
  if (model == NULL)
    return NULL;

  if (model->text == NULL)
    {
      for (xmlNode *child = element->children; child != NULL; child = child->next)
        if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
            !xmlIsBlankNode (child))
          /* Translators: %s is an XML element name. */
          return g_strdup_printf (_ ("<%s> must not contain text, only elements"),
                                  element_name (element));
      return NULL;
    }

  for (xmlNode *child = element->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && model->children->len == 0)
      /* Translators: %s is an XML element name. */
      return g_strdup_printf (_ ("<%s> must contain only text, not other elements"),
                              element_name (element));

  if (text_is_required (model->text))
    {
      xmlChar *content = xmlNodeGetContent (element);
      gboolean empty = content == NULL || *content == '\0';

      xmlFree (content);
      if (empty)
        /* Translators: %s is an XML element name. */
        return g_strdup_printf (_ ("<%s> must not be empty"), element_name (element));
    }

  return NULL;
}
