/* rc-drug-page-sections.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-drug-page-private.h"

#include "rc-fact-line.h"
#include "rc-format.h"
#include "rc-severity-badge.h"
#include "rc-titration.h"

/* The first half of the monograph: identity, indications, dosing,
 * pharmacokinetics and adverse effects, plus the small pieces every
 * section uses. */

GtkWidget *
_rc_drug_page_new_text (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
_rc_drug_page_new_subheading (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role",
                                   GTK_ACCESSIBLE_ROLE_HEADING, "wrap", TRUE, "xalign", 0.0f, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (label, "rc-subheading");

  return label;
}

GtkWidget *
_rc_drug_page_new_pill (const char *text, const char *css_class, const char *tooltip)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_add_css_class (pill, "rc-pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (pill, css_class);
  gtk_widget_set_valign (pill, GTK_ALIGN_START);
  gtk_widget_set_halign (pill, GTK_ALIGN_START);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (pill, tooltip);

  return pill;
}

GtkWidget *
_rc_drug_page_new_empty_note (void)
{
  return _rc_drug_page_new_text (_ ("Nothing in the knowledge base for this section."),
                                 "dim-label");
}

char *
_rc_drug_page_term (const char *name)
{
  /* Translators: turns a name into a leading term, e.g. "Renal" -> "Renal:". */
  return g_strdup_printf (C_ ("term", "%s:"), name);
}

GtkWidget *
_rc_drug_page_new_fact (RcDrug *drug, const char *term, const RcFact *fact)
{
  if (fact == NULL || fact->text == NULL)
    return NULL;

  return rc_fact_line_new_for_fact (drug, term, fact);
}

GtkWidget *
_rc_drug_page_new_quantity (RcDrug *drug, const char *term, const RcQuantity *q)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;

  if (q == NULL)
    return NULL;

  value = rc_format_quantity (q, RC_FORMAT_LOCALE);
  if (q->note != NULL && *q->note != '\0')
    /* Translators: a value, then a note about it from the sources. */
    text = g_strdup_printf (C_ ("value with note", "%s (%s)"), value, q->note);
  else
    text = g_steal_pointer (&value);

  return rc_fact_line_new (drug, term, text, (const char *const *) q->sources, q->unverified);
}

static void
append (GtkBox *box, GtkWidget *widget)
{
  if (widget != NULL)
    gtk_box_append (box, widget);
}

static GtkWidget *
new_group (int spacing)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);

  gtk_widget_add_css_class (group, "rc-group");

  return group;
}

static char *
join_list (GPtrArray *items)
{
  g_autoptr (GString) text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      if (i > 0)
        /* Translators: separates the items of a short list, as in
         * "5 mg, 10 mg, 20 mg". */
        g_string_append (text, C_ ("list separator", ", "));
      g_string_append (text, g_ptr_array_index (items, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- At a glance ---- */

static GtkWidget *
build_schedule (RcDrug *drug)
{
  const RcScheduleInfo *schedule = rc_drug_get_schedule (drug);
  g_autoptr (GString) detail = g_string_new (NULL);
  GtkWidget *row;
  GtkWidget *line;

  if (schedule == NULL)
    return NULL;

  row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (row, "rc-schedule");
  if (schedule->us != RC_SCHEDULE_NONE)
    gtk_widget_add_css_class (row, "rc-controlled");

  if (schedule->since != NULL)
    /* Translators: %s is a date (as written in the sources). */
    g_string_append_printf (detail, _ ("Controlled since %s."), schedule->since);
  if (schedule->note != NULL)
    {
      if (detail->len > 0)
        g_string_append_c (detail, ' ');
      g_string_append (detail, schedule->note);
    }

  /* Term and badge on one line, the details under them: "Schedule IV" is
   * the first thing read, at any width. */
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* Translators: a term on a drug's page; US is the United States, whose federal law schedules
   * controlled substances. */
  gtk_box_append (GTK_BOX (line), gtk_label_new (_ ("US schedule:")));
  gtk_widget_add_css_class (gtk_widget_get_first_child (line), "rc-term");
  gtk_box_append (GTK_BOX (line), rc_severity_badge_new_for_schedule (schedule->us));
  gtk_box_append (GTK_BOX (row), line);
  gtk_box_append (GTK_BOX (row),
                  rc_fact_line_new (drug, NULL, detail->str,
                                    (const char *const *) schedule->sources, schedule->unverified));

  return row;
}

static GtkWidget *
build_brands (RcDrug *drug)
{
  GPtrArray *brands = rc_drug_get_brands (drug);
  GtkWidget *group;

  if (brands == NULL || brands->len == 0)
    return NULL;

  group = new_group (4);
  gtk_box_append (GTK_BOX (group), _rc_drug_page_new_text (_ ("Brands"), "rc-term"));
  for (guint i = 0; i < brands->len; i++)
    {
      const RcBrand *brand = g_ptr_array_index (brands, i);
      const RcForm  *form =
          brand->form_id != NULL ? rc_drug_lookup_form (drug, brand->form_id) : NULL;
      g_autofree char *text = NULL;
      GtkWidget       *line;

      if (form != NULL && form->label != NULL)
        /* Translators: a brand name, then the dosage form it is sold as. */
        text = g_strdup_printf (C_ ("brand with form", "%s (%s)"), brand->name, form->label);
      else
        text = g_strdup (brand->name);

      line = rc_fact_line_new (drug, NULL, text, (const char *const *) brand->sources,
                               brand->unverified);
      gtk_widget_add_css_class (line, "rc-indented");
      if (brand->historical)
        rc_fact_line_add_suffix (RC_FACT_LINE (line),
                                 _rc_drug_page_new_pill (C_ ("brand", "Historical"),
                                                         "rc-historical-pill",
                                                         _ ("No longer marketed under this name")));
      gtk_box_append (GTK_BOX (group), line);
    }

  return group;
}

static GtkWidget *
build_forms (RcDrug *drug)
{
  GPtrArray *forms = rc_drug_get_forms (drug);
  GtkWidget *group;

  if (forms == NULL || forms->len == 0)
    return NULL;

  group = new_group (4);
  gtk_box_append (GTK_BOX (group), _rc_drug_page_new_text (_ ("Forms and strengths"), "rc-term"));
  for (guint i = 0; i < forms->len; i++)
    {
      const RcForm *form = g_ptr_array_index (forms, i);
      g_autoptr (GPtrArray) strengths = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *term = NULL;
      g_autofree char *list = NULL;
      g_autofree char *text = NULL;
      GtkWidget       *line;

      for (guint j = 0; form->strengths != NULL && j < form->strengths->len; j++)
        {
          const RcStrength *strength = &g_array_index (form->strengths, RcStrength, j);
          RcQuantity        q = { .kind = RC_VALUE_EXACT,
                                  .min = strength->value,
                                  .max = strength->value,
                                  .unit = strength->unit };

          g_ptr_array_add (strengths, rc_format_quantity (&q, RC_FORMAT_LOCALE));
        }
      list = join_list (strengths);

      term = _rc_drug_page_term (form->label);
      if (strengths->len > 0)
        /* Translators: a route ("Oral"), then a list of strengths. */
        text = g_strdup_printf (C_ ("form", "%s · %s"), rc_route_to_string (form->route), list);
      else
        text = g_strdup (rc_route_to_string (form->route));

      line = rc_fact_line_new (drug, term, text, (const char *const *) form->sources,
                               form->unverified);
      gtk_widget_add_css_class (line, "rc-indented");
      gtk_box_append (GTK_BOX (group), line);
      if (form->note != NULL)
        {
          GtkWidget *note = _rc_drug_page_new_text (form->note, "dim-label");

          gtk_widget_add_css_class (note, "rc-indented");
          gtk_box_append (GTK_BOX (group), note);
        }
    }

  return group;
}

void
_rc_drug_page_build_glance (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  const RcFact *mechanism = rc_drug_get_mechanism_summary (drug);
  const RcFact *detail = rc_drug_get_mechanism_detail (drug);
  const char   *atc = rc_drug_get_atc_code (drug);
  const char   *reviewed = rc_drug_get_reviewed (drug);
  int           year = rc_drug_get_approval_year (drug);

  append (box, _rc_drug_page_new_fact (drug, _ ("Class:"), rc_drug_get_class (drug)));
  append (box, _rc_drug_page_new_fact (drug, _ ("Mechanism:"), mechanism));
  append (box, _rc_drug_page_new_fact (drug, NULL, detail));
  append (box, build_schedule (drug));
  append (box, build_brands (drug));
  append (box, build_forms (drug));

  if (year > 0)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);

      /* Translators: a term on a drug's page, followed by a year; US is the United States. */
      append (box, rc_fact_line_new (drug, _ ("First approved (US):"), text, NULL, FALSE));
    }
  if (atc != NULL)
    /* Translators: a term on a drug's page; ATC is the WHO's Anatomical Therapeutic Chemical
     * classification. */
    append (box, rc_fact_line_new (drug, _ ("ATC code:"), atc, NULL, FALSE));
  if (reviewed != NULL)
    {
      GtkWidget *line = rc_fact_line_new (drug, _ ("Entry reviewed:"), reviewed, NULL, FALSE);

      gtk_widget_add_css_class (line, "dim-label");
      append (box, line);
    }
}

/* ---- Indications ---- */

void
_rc_drug_page_build_indications (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  static const RcIndicationKind kinds[] = {
    RC_INDICATION_LABELLED,
    RC_INDICATION_LIMITATION,
    RC_INDICATION_OFF_LABEL,
    RC_INDICATION_NOT_ESTABLISHED,
  };
  GPtrArray *indications = rc_drug_get_indications (drug);

  if (indications == NULL || indications->len == 0)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GtkWidget *group = NULL;

      for (guint i = 0; i < indications->len; i++)
        {
          const RcIndication *indication = g_ptr_array_index (indications, i);
          g_autofree char    *term = NULL;
          GtkWidget          *line;

          if (indication->kind != kinds[k])
            continue;

          if (group == NULL)
            {
              group = new_group (6);
              gtk_widget_add_css_class (group, "rc-indication-group");
              gtk_box_append (GTK_BOX (group), _rc_drug_page_new_subheading (
                                                   rc_indication_kind_to_string (kinds[k])));
              gtk_box_append (box, group);
            }

          if (indication->has_route)
            term = _rc_drug_page_term (rc_route_to_string (indication->route));
          line =
              rc_fact_line_new (drug, term, indication->text,
                                (const char *const *) indication->sources, indication->unverified);
          gtk_box_append (GTK_BOX (group), line);

          if (indication->evidence != NULL)
            {
              g_autofree char *evidence = NULL;
              GtkWidget       *label;

              /* Translators: %s describes the evidence behind an indication. */
              evidence = g_strdup_printf (_ ("Evidence: %s"), indication->evidence);
              label = _rc_drug_page_new_text (evidence, "dim-label");
              gtk_widget_add_css_class (label, "rc-indented");
              gtk_box_append (GTK_BOX (group), label);
            }
        }
    }
}

/* ---- Dosing ---- */

static GtkWidget *
table_cell (const char *text, const char *css_class)
{
  GtkWidget *label = _rc_drug_page_new_text (text, css_class);

  gtk_widget_add_css_class (label, "rc-table-cell");
  gtk_widget_set_valign (label, GTK_ALIGN_START);

  return label;
}

static char *
format_days (const RcTitrationStep *step)
{
  if (step->to_day == 0)
    /* Translators: the days of a titration step that holds on, e.g. "7 onwards". */
    return g_strdup_printf (_ ("%u onwards"), step->from_day);
  if (step->to_day == step->from_day)
    return g_strdup_printf ("%u", step->from_day);

  /* Translators: a range of days, e.g. "1–3". */
  return g_strdup_printf (C_ ("day range", "%u–%u"), step->from_day, step->to_day);
}

static char *
format_times (guint times, guint times_max)
{
  if (times_max > times)
    /* Translators: a range of administrations per day, e.g. "2–3". */
    return g_strdup_printf (C_ ("times range", "%u–%u"), times, times_max);

  return g_strdup_printf ("%u", times);
}

static GtkWidget *
build_titration_table (RcDrug *drug, const RcRegimen *regimen)
{
  const char *headers[] = {
    C_ ("titration table", "Days"),
    C_ ("titration table", "Dose"),
    C_ ("titration table", "Times a day"),
    C_ ("titration table", "Daily total"),
  };
  GtkWidget *grid;
  int        row = 1;

  grid = gtk_grid_new ();
  gtk_widget_add_css_class (grid, "rc-table");
  gtk_widget_add_css_class (grid, "rc-titration-table");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 0);
  gtk_widget_set_halign (grid, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Titration schedule"), -1);

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    gtk_grid_attach (GTK_GRID (grid), table_cell (headers[c], "rc-table-header"), c, 0, 1, 1);

  for (guint i = 0; i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      RcQuantity dose = { .kind = step->dose_max > step->dose_min ? RC_VALUE_RANGE : RC_VALUE_EXACT,
                          .min = step->dose_min,
                          .max = step->dose_max,
                          .unit = step->unit,
                          .approx = step->approx };
      RcDoseOnDay      on_day = { 0 };
      g_autofree char *days = NULL;
      g_autofree char *dose_text = NULL;
      g_autofree char *times = NULL;
      g_autofree char *daily = NULL;
      GtkWidget       *last;

      if (step->from_day == 0)
        continue;

      rc_titration_dose_on_day (regimen, step->from_day, &on_day);
      days = format_days (step);
      dose_text = rc_format_quantity (&dose, RC_FORMAT_LOCALE);
      times = format_times (step->times_per_day, step->times_per_day_max);
      if (on_day.defined)
        daily = rc_format_daily (on_day.daily_min, on_day.daily_max, on_day.unit, RC_FORMAT_LOCALE);

      gtk_grid_attach (GTK_GRID (grid), table_cell (days, "numeric"), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), table_cell (dose_text, NULL), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), table_cell (times, "numeric"), 2, row, 1, 1);

      last = rc_fact_line_new (drug, NULL, daily != NULL ? daily : "",
                               (const char *const *) step->sources, step->unverified);
      gtk_widget_add_css_class (last, "rc-table-cell");
      if (on_day.clamped)
        rc_fact_line_add_suffix (
            RC_FACT_LINE (last),
            /* Translators: a small tag on a daily total of the titration
             * table: the labelled maximum daily dose limits (caps) this total. */
            _rc_drug_page_new_pill (C_ ("daily total", "Capped"), "rc-capped-pill",
                                    _ ("The labelled maximum daily dose limits this total")));
      gtk_grid_attach (GTK_GRID (grid), last, 3, row, 1, 1);
      row++;
    }

  /* Only the header: no dated steps. */
  if (row == 1)
    {
      g_object_ref_sink (grid);
      g_object_unref (grid);
      return NULL;
    }

  return grid;
}

static char *
format_phase_days (const RcPhase *phase)
{
  if (phase->to_day == 0)
    /* Translators: a phase that starts on a day and holds on. */
    return g_strdup_printf (_ ("from day %u"), phase->from_day);
  if (phase->to_day_min != 0 && phase->to_day_min < phase->to_day)
    /* Translators: a phase whose end is a range, e.g. "days 1 to 3–5". */
    return g_strdup_printf (_ ("days %u to %u–%u"), phase->from_day, phase->to_day_min,
                            phase->to_day);
  if (phase->to_day == phase->from_day)
    /* Translators: a phase of one day. */
    return g_strdup_printf (_ ("day %u"), phase->from_day);

  /* Translators: a phase over a range of days, e.g. "days 1–3". */
  return g_strdup_printf (_ ("days %u–%u"), phase->from_day, phase->to_day);
}

static void
build_regimen (GtkBox *box, RcDrug *drug, const RcRegimen *regimen, gboolean several)
{
  const RcForm *form =
      regimen->form_id != NULL ? rc_drug_lookup_form (drug, regimen->form_id) : NULL;
  g_autofree char *route = NULL;
  GtkWidget       *group;
  GtkWidget       *heading_row;
  GtkWidget       *table;
  gboolean         started = FALSE;

  group = new_group (8);
  gtk_widget_add_css_class (group, "rc-regimen");
  gtk_box_append (box, group);

  heading_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (heading_row), _rc_drug_page_new_subheading (regimen->label));
  if (several && regimen->primary)
    gtk_box_append (GTK_BOX (heading_row),
                    _rc_drug_page_new_pill (_ ("Main regimen"), "rc-primary-pill",
                                            _ ("Used for single-number comparisons and charts")));
  gtk_box_append (GTK_BOX (group), heading_row);

  if (form != NULL && form->label != NULL)
    /* Translators: a route ("Oral"), then a dosage form ("Tablet"). */
    route = g_strdup_printf (C_ ("route and form", "%s · %s"), rc_route_to_string (regimen->route),
                             form->label);
  else
    route = g_strdup (rc_route_to_string (regimen->route));
  append (GTK_BOX (group),
          rc_fact_line_new (drug, _ ("Route:"), route, (const char *const *) regimen->sources,
                            regimen->unverified));

  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len && !started; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      g_autofree char       *text = NULL;

      if (step->from_day == 0)
        continue;

      text = rc_format_step (step, RC_FORMAT_LOCALE);
      append (GTK_BOX (group),
              /* Translators: the label before the starting dose of a
               * regimen, e.g. "Start: 5 mg three times daily". */
              rc_fact_line_new (drug, C_ ("starting dose", "Start:"), text,
                                (const char *const *) step->sources, step->unverified));
      started = TRUE;
    }

  table = regimen->steps != NULL ? build_titration_table (drug, regimen) : NULL;
  append (GTK_BOX (group), table);

  /* Notes on dated steps go under the table: inside it they would widen
   * every column they span. */
  for (guint i = 0; table != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      g_autofree char       *days = NULL;
      g_autofree char       *text = NULL;

      if (step->from_day == 0 || step->note == NULL)
        continue;

      days = format_days (step);
      /* Translators: the days of a titration step (e.g. "1–3"), then a note. */
      text = g_strdup_printf (C_ ("step note", "Days %s: %s"), days, step->note);
      append (GTK_BOX (group), _rc_drug_page_new_text (text, "dim-label"));
    }

  for (guint i = 0; regimen->steps != NULL && i < regimen->steps->len; i++)
    {
      const RcTitrationStep *step = g_ptr_array_index (regimen->steps, i);
      g_autofree char       *dose = NULL;
      g_autofree char       *text = NULL;

      if (step->from_day != 0)
        continue;

      dose = rc_format_step (step, RC_FORMAT_LOCALE);
      if (step->condition != NULL)
        /* Translators: a dose step, then the condition under which it applies. */
        text = g_strdup_printf (C_ ("conditional step", "%s — %s"), dose, step->condition);
      else
        text = g_steal_pointer (&dose);
      append (GTK_BOX (group),
              rc_fact_line_new (drug, _ ("If needed:"), text, (const char *const *) step->sources,
                                step->unverified));
      if (step->note != NULL)
        append (GTK_BOX (group), _rc_drug_page_new_text (step->note, "dim-label"));
    }

  if (regimen->rule != NULL && regimen->rule->text != NULL)
    append (GTK_BOX (group), rc_fact_line_new (drug, _ ("Titration rule:"), regimen->rule->text,
                                               (const char *const *) regimen->rule->sources,
                                               regimen->rule->unverified));

  for (guint i = 0; regimen->phases != NULL && i < regimen->phases->len; i++)
    {
      const RcPhase   *phase = g_ptr_array_index (regimen->phases, i);
      g_autofree char *days = format_phase_days (phase);
      g_autofree char *text = NULL;

      /* "Phase:" keeps a phase apart from the regimen's own limits below,
       * which can share its kind's name ("Duration limit"). */
      if (phase->label != NULL)
        /* Translators: a phase's kind ("Titration"), its description, then its days. */
        text = g_strdup_printf (C_ ("phase", "%s: %s (%s)"), rc_phase_kind_to_string (phase->kind),
                                phase->label, days);
      else
        text =
            /* Translators: a phase's kind ("Titration"), then its days. */
            g_strdup_printf (C_ ("phase", "%s (%s)"), rc_phase_kind_to_string (phase->kind), days);
      append (GTK_BOX (group),
              rc_fact_line_new (drug, _ ("Phase:"), text, (const char *const *) phase->sources,
                                phase->unverified));
    }

  append (GTK_BOX (group),
          _rc_drug_page_new_quantity (drug, _ ("Maintenance (daily):"), regimen->maintenance));
  append (GTK_BOX (group),
          _rc_drug_page_new_quantity (drug, _ ("Maximum daily dose:"), regimen->max_daily));
  append (GTK_BOX (group),
          _rc_drug_page_new_quantity (drug, _ ("Maximum single dose:"), regimen->max_single));
  if (regimen->duration_limit != NULL)
    append (GTK_BOX (group),
            _rc_drug_page_new_quantity (drug, _ ("Duration limit:"), regimen->duration_limit));
  else if (regimen->duration_none != NULL)
    {
      const RcFact    *none = regimen->duration_none;
      g_autofree char *text = NULL;

      /* Say plainly that there is no limit before the note explains it. */
      if (none->text != NULL)
        /* Translators: the label sets no limit on how long the drug is
         * taken; %s is the note that explains it. */
        text = g_strdup_printf (_ ("None stated. %s"), none->text);
      else
        /* Translators: the label sets no limit on how long the drug may be
         * taken. Not the same as "Not stated" (the sources say nothing on
         * this point), "Not reported" (the label gives no figure) or "None
         * listed" (there are no entries). */
        text = g_strdup (_ ("None stated"));
      append (GTK_BOX (group),
              rc_fact_line_new (drug, _ ("Duration limit:"), text,
                                (const char *const *) none->sources, none->unverified));
    }
  append (GTK_BOX (group), _rc_drug_page_new_fact (drug, _ ("Stopping:"), regimen->taper));

  for (guint i = 0; regimen->notes != NULL && i < regimen->notes->len; i++)
    append (GTK_BOX (group),
            _rc_drug_page_new_fact (drug, _ ("Note:"), g_ptr_array_index (regimen->notes, i)));
}

void
_rc_drug_page_build_dosing (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *regimens = rc_drug_get_regimens (drug);

  if (regimens == NULL || regimens->len == 0)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  for (guint i = 0; i < regimens->len; i++)
    build_regimen (box, drug, g_ptr_array_index (regimens, i), regimens->len > 1);
}

/* ---- Pharmacokinetics ---- */

static char *
format_pk_value (RcDrug *drug, const RcPkValue *value)
{
  g_autofree char *quantity = rc_format_quantity (&value->q, RC_FORMAT_LOCALE);
  const char      *kind = rc_pk_kind_to_string (value->kind);
  const RcRegimen *regimen =
      value->regimen_id != NULL ? rc_drug_lookup_regimen (drug, value->regimen_id) : NULL;
  g_autofree char *text = NULL;

  if (kind != NULL && *kind != '\0')
    /* Translators: a value, then its kind, e.g. "2–4 h (terminal)". */
    text = g_strdup_printf (C_ ("value with kind", "%s (%s)"), quantity, kind);
  else
    text = g_steal_pointer (&quantity);

  if (regimen != NULL && regimen->label != NULL)
    {
      g_autofree char *with_regimen = NULL;

      /* Translators: a value, then the regimen it was measured with. */
      with_regimen = g_strdup_printf (C_ ("value with regimen", "%s, %s"), text, regimen->label);
      g_free (text);
      text = g_steal_pointer (&with_regimen);
    }

  if (value->q.note != NULL && *value->q.note != '\0')
    {
      g_autofree char *with_note = NULL;

      with_note = g_strdup_printf (C_ ("value with note", "%s (%s)"), text, value->q.note);
      g_free (text);
      text = g_steal_pointer (&with_note);
    }

  return g_steal_pointer (&text);
}

static void
build_pk_parameter (GtkBox *box, RcDrug *drug, const char *term, GPtrArray *values)
{
  g_autoptr (GPtrArray) texts = NULL;
  gboolean   differ = FALSE;
  GtkWidget *group;
  GtkWidget *head;

  if (values == NULL || values->len == 0)
    return;

  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < values->len; i++)
    {
      g_ptr_array_add (texts, format_pk_value (drug, g_ptr_array_index (values, i)));
      if (i > 0 && g_strcmp0 (g_ptr_array_index (texts, i), g_ptr_array_index (texts, 0)) != 0)
        differ = TRUE;
    }

  if (values->len == 1)
    {
      const RcPkValue *value = g_ptr_array_index (values, 0);

      append (box, rc_fact_line_new (drug, term, g_ptr_array_index (texts, 0),
                                     (const char *const *) value->q.sources, value->q.unverified));
      return;
    }

  /* Several values: each with its own source, so a conflict between
   * sources is visible rather than averaged away. */
  group = new_group (4);
  head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (head), _rc_drug_page_new_text (term, "rc-term"));
  if (differ)
    gtk_box_append (GTK_BOX (head),
                    _rc_drug_page_new_pill (_ ("Sources differ"), "rc-conflict-pill",
                                            _ ("The sources report different values; each is "
                                               "listed with its source")));
  gtk_box_append (GTK_BOX (group), head);

  for (guint i = 0; i < values->len; i++)
    {
      const RcPkValue *value = g_ptr_array_index (values, i);
      GtkWidget       *line =
          rc_fact_line_new (drug, NULL, g_ptr_array_index (texts, i),
                            (const char *const *) value->q.sources, value->q.unverified);

      gtk_widget_add_css_class (line, "rc-indented");
      gtk_box_append (GTK_BOX (group), line);
    }
  gtk_box_append (box, group);
}

void
_rc_drug_page_build_pharmacokinetics (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  const RcPharmacokinetics *pk = rc_drug_get_pharmacokinetics (drug);

  if (pk == NULL)
    {
      append (box, _rc_drug_page_new_empty_note ());
      return;
    }

  /* Translators: a term on a drug's page; Tmax is the time to peak concentration: use the
   * abbreviation usual in your language. */
  build_pk_parameter (box, drug, _ ("Time to peak (Tmax):"), pk->tmax);
  build_pk_parameter (box, drug, _ ("Half-life:"), pk->half_life);
  build_pk_parameter (box, drug, _ ("Bioavailability:"), pk->bioavailability);
  build_pk_parameter (box, drug, _ ("Protein binding:"), pk->protein_binding);
  append (box, _rc_drug_page_new_fact (drug, _ ("Metabolism:"), pk->metabolism));

  if (pk->enzymes != NULL && pk->enzymes[0] != NULL)
    {
      g_autoptr (GPtrArray) enzymes = g_ptr_array_new ();
      g_autofree char *list = NULL;

      for (guint i = 0; pk->enzymes[i] != NULL; i++)
        g_ptr_array_add (enzymes, pk->enzymes[i]);
      list = join_list (enzymes);
      append (box, rc_fact_line_new (drug, _ ("Enzymes:"), list, NULL, FALSE));
    }

  append (box, _rc_drug_page_new_fact (drug, _ ("Excretion:"), pk->excretion));
  for (guint i = 0; pk->notes != NULL && i < pk->notes->len; i++)
    append (box, _rc_drug_page_new_fact (drug, _ ("Note:"), g_ptr_array_index (pk->notes, i)));
}

/* ---- Adverse effects ---- */

static const char *
effect_label (RcKnowledgeBase *kb, const char *effect_id)
{
  RcEffect *effect = kb != NULL ? rc_knowledge_base_lookup_effect (kb, effect_id) : NULL;

  return effect != NULL ? rc_effect_get_label (effect) : effect_id;
}

static char *
format_arm (const RcTrialArm *arm)
{
  if (arm->n > 0)
    /* Translators: a trial arm and its number of patients, e.g. "Placebo (n = 120)". */
    return g_strdup_printf (_ ("%s (n = %u)"), arm->label, arm->n);

  return g_strdup (arm->label);
}

static GtkWidget *
build_trial_table (RcDrug *drug, RcKnowledgeBase *kb, GPtrArray *incidences, const RcTrial *trial)
{
  g_autoptr (GPtrArray) effects = g_ptr_array_new (); /* effect ids, first-seen order */
  guint      n_arms = trial != NULL ? trial->arms->len : 1;
  GtkWidget *grid;

  for (guint i = 0; i < incidences->len; i++)
    {
      const RcIncidence *inc = g_ptr_array_index (incidences, i);

      if (inc->trial == trial &&
          !g_ptr_array_find_with_equal_func (effects, inc->effect_id, g_str_equal, NULL))
        g_ptr_array_add (effects, inc->effect_id);
    }
  if (effects->len == 0)
    return NULL;

  grid = gtk_grid_new ();
  gtk_widget_add_css_class (grid, "rc-table");
  gtk_widget_add_css_class (grid, "rc-adverse-table");
  gtk_widget_set_halign (grid, GTK_ALIGN_START);

  gtk_grid_attach (GTK_GRID (grid),
                   table_cell (C_ ("adverse effects table", "Effect"), "rc-table-header"), 0, 0, 1,
                   1);
  for (guint a = 0; a < n_arms; a++)
    {
      g_autofree char *header = NULL;
      GtkWidget       *cell;

      if (trial != NULL)
        header = format_arm (g_ptr_array_index (trial->arms, a));
      else
        header = g_strdup (C_ ("adverse effects table", "Incidence"));
      cell = table_cell (header, "rc-table-header");
      if (trial != NULL &&
          ((RcTrialArm *) g_ptr_array_index (trial->arms, a))->kind == RC_ARM_PLACEBO)
        gtk_widget_add_css_class (cell, "rc-placebo");
      gtk_grid_attach (GTK_GRID (grid), cell, a + 1, 0, 1, 1);
    }

  for (guint e = 0; e < effects->len; e++)
    {
      const char *effect_id = g_ptr_array_index (effects, e);

      gtk_grid_attach (GTK_GRID (grid), table_cell (effect_label (kb, effect_id), NULL), 0, e + 1,
                       1, 1);

      for (guint a = 0; a < n_arms; a++)
        {
          const RcTrialArm  *arm = trial != NULL ? g_ptr_array_index (trial->arms, a) : NULL;
          const RcIncidence *found = NULL;
          g_autofree char   *text = NULL;
          GtkWidget         *cell;

          for (guint i = 0; i < incidences->len && found == NULL; i++)
            {
              const RcIncidence *inc = g_ptr_array_index (incidences, i);

              if (inc->trial == trial && inc->arm == arm && g_str_equal (inc->effect_id, effect_id))
                found = inc;
            }

          if (found != NULL)
            {
              gboolean own_sources =
                  found->percent.sources != NULL && found->percent.sources[0] != NULL &&
                  (trial == NULL || !g_strv_equal ((const char *const *) found->percent.sources,
                                                   (const char *const *) trial->sources));

              text = rc_format_quantity (&found->percent, RC_FORMAT_LOCALE);
              /* The trial's sources are cited once above the table; a cell
               * only carries a marker when it cites something else. */
              cell = rc_fact_line_new (drug, NULL, text,
                                       own_sources ? (const char *const *) found->percent.sources
                                                   : NULL,
                                       found->percent.unverified);
            }
          else
            {
              /* No figure for this arm: say so, never show a zero. */
              RcQuantity none = { .kind = RC_VALUE_NOT_REPORTED };

              text = rc_format_quantity (&none, RC_FORMAT_LOCALE);
              cell = rc_fact_line_new (drug, NULL, text, NULL, FALSE);
            }
          gtk_widget_add_css_class (cell, "rc-table-cell");
          if (found == NULL || found->percent.kind == RC_VALUE_NOT_REPORTED)
            gtk_widget_add_css_class (cell, "rc-not-reported");
          gtk_grid_attach (GTK_GRID (grid), cell, a + 1, e + 1, 1, 1);
        }
    }

  return grid;
}

static void
append_table (GtkBox *box, GtkWidget *table)
{
  /* Cells wrap, so a table fits any width without its own scroller (a
   * scroller would ask for the height of the narrowest layout). */
  if (table != NULL)
    gtk_box_append (box, table);
}

void
_rc_drug_page_build_adverse_effects (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb)
{
  GPtrArray *trials = rc_drug_get_trials (drug);
  GPtrArray *incidences = rc_drug_get_incidences (drug);
  GPtrArray *notes = rc_drug_get_adverse_notes (drug);
  gboolean   any = FALSE;

  for (guint t = 0; trials != NULL && incidences != NULL && t < trials->len; t++)
    {
      const RcTrial *trial = g_ptr_array_index (trials, t);
      GtkWidget     *group = new_group (8);

      gtk_box_append (box, group);
      append (GTK_BOX (group),
              rc_fact_line_new (drug, _ ("Trial:"), trial->description,
                                (const char *const *) trial->sources, trial->unverified));
      append_table (GTK_BOX (group), build_trial_table (drug, kb, incidences, trial));
      any = TRUE;
    }

  if (incidences != NULL)
    {
      GtkWidget *table = build_trial_table (drug, kb, incidences, NULL);

      if (table != NULL)
        {
          GtkWidget *group = new_group (8);

          gtk_box_append (box, group);
          gtk_box_append (GTK_BOX (group),
                          _rc_drug_page_new_subheading (_ ("Reported without incidence figures")));
          append_table (GTK_BOX (group), table);
          any = TRUE;
        }
    }

  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      append (box, _rc_drug_page_new_fact (drug, NULL, g_ptr_array_index (notes, i)));
      any = TRUE;
    }

  if (!any)
    append (box, _rc_drug_page_new_empty_note ());
}
