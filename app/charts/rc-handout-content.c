/* rc-handout-content.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What goes on the handout's pages: the numbered sources, the text of the
 * title, the cells and the list of sources, the column widths and the
 * charts' sizes. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rc-handout-private.h"

#include "rc-side-effects-chart.h"
#include "rc-source.h"

/* ---- Sources -------------------------------------------------------- */

/* Numbers the sources by first citation in table order, as the table
 * exports do, so [n] means the same source in every format. */
void
_rc_handout_number_sources (RcHandout *self)
{
  for (guint r = 0; r < rc_comparison_get_n_rows (self->comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (self->comparison, r);

      for (guint c = 0; c < rc_comparison_get_n_drugs (self->comparison); c++)
        {
          const RcComparisonCell *cell = row->cells[c];
          RcDrug                 *drug = rc_comparison_get_drug (self->comparison, c);

          for (guint s = 0; cell->sources != NULL && cell->sources[s] != NULL; s++)
            {
              const char *id = cell->sources[s];
              RcSource   *source;

              if (g_hash_table_contains (self->source_nums, id))
                continue;
              g_ptr_array_add (self->source_ids, (gpointer) id);
              g_hash_table_insert (self->source_nums, (gpointer) id,
                                   GUINT_TO_POINTER (self->source_ids->len));
              source = rc_drug_lookup_source (drug, id);
              if (source != NULL)
                g_hash_table_insert (self->sources, (gpointer) id, source);
            }
        }
    }
}

static int
compare_uint (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* "[1, 2, 9–12]": the cell's source numbers, sorted, runs of three or more
 * as ranges; Pango markup, in which a range never breaks across lines. */
static char *
format_markers (RcHandout *self, char *const *sources)
{
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GString) list = g_string_new (NULL);
  /* Translators: the separator between source numbers, e.g. "[1, 4]". */
  g_autofree char *separator = g_markup_escape_text (C_ ("source numbers", ", "), -1);
  /* Translators: the source numbers of a table cell, e.g. "[1, 4]". */
  g_auto (GStrv) brackets = g_strsplit (C_ ("source numbers", "[%s]"), "%s", 2);
  g_autofree char *open = g_markup_escape_text (brackets[0] != NULL ? brackets[0] : "", -1);
  g_autofree char *close =
      g_markup_escape_text (brackets[0] != NULL && brackets[1] != NULL ? brackets[1] : "", -1);

  for (guint s = 0; sources != NULL && sources[s] != NULL; s++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->source_nums, sources[s]));

      if (n > 0)
        g_array_append_val (numbers, n);
    }
  if (numbers->len == 0)
    return NULL;
  g_array_sort (numbers, compare_uint);

  for (guint i = 0; i < numbers->len;)
    {
      guint first = g_array_index (numbers, guint, i);
      guint j = i;

      while (j + 1 < numbers->len && g_array_index (numbers, guint, j + 1) == first + (j + 1 - i))
        j++;
      if (list->len > 0)
        g_string_append (list, separator);
      if (j - i >= 2)
        {
          /* Translators: a run of source numbers, e.g. "9–12". */
          g_autofree char *range = g_markup_printf_escaped (C_ ("source numbers", "%u–%u"), first,
                                                            g_array_index (numbers, guint, j));

          g_string_append_printf (list, "<span allow_breaks=\"false\">%s</span>", range);
        }
      else if (j == i)
        g_string_append_printf (list, "%u", first);
      else
        g_string_append_printf (list, "%u%s%u", first, separator,
                                g_array_index (numbers, guint, j));
      i = j + 1;
    }
  return g_strconcat (open, list->str, close, NULL);
}

/* "Title. Publisher, 2023." and the first address, small. */
static char *
source_markup (RcHandout *self, const char *id)
{
  RcSource          *source = g_hash_table_lookup (self->sources, id);
  g_autofree char   *citation = NULL;
  g_autofree char   *escaped = NULL;
  const char        *publisher;
  const char *const *urls;
  int                year;

  if (source == NULL)
    return g_markup_escape_text (id, -1);

  publisher = rc_source_get_publisher (source);
  year = rc_source_get_year (source);
  if (publisher != NULL && year > 0)
    /* Translators: a source in the handout: title, publisher and year. */
    citation = g_strdup_printf (_ ("%s. %s, %d."), rc_source_get_title (source), publisher, year);
  else if (publisher != NULL)
    /* Translators: a source in the handout: title and publisher. */
    citation = g_strdup_printf (_ ("%s. %s."), rc_source_get_title (source), publisher);
  else if (year > 0)
    /* Translators: a source in the handout: title and year. */
    citation = g_strdup_printf (_ ("%s. %d."), rc_source_get_title (source), year);
  else
    /* Translators: a source in the handout: its title alone. */
    citation = g_strdup_printf (_ ("%s."), rc_source_get_title (source));

  escaped = g_markup_escape_text (citation, -1);
  urls = rc_source_get_urls (source);
  if (urls != NULL && urls[0] != NULL)
    {
      g_autofree char *url = g_markup_escape_text (urls[0], -1);

      return g_strdup_printf ("%s\n<span size=\"%d\" foreground=\"#555555\">%s</span>", escaped,
                              (int) (SMALL_SIZE * PANGO_SCALE), url);
    }
  return g_steal_pointer (&escaped);
}

/* ---- Text of the pages ---------------------------------------------- */

static char *
drug_list (RcComparison *comparison)
{
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint c = 0; c < rc_comparison_get_n_drugs (comparison); c++)
    {
      if (c > 0)
        g_string_append (names, C_ ("list separator", ", "));
      g_string_append (names, rc_drug_get_name (rc_comparison_get_drug (comparison, c)));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

char *
rc_handout_dup_title (RcHandout *self)
{
  g_autofree char *names = NULL;

  g_return_val_if_fail (RC_IS_HANDOUT (self), NULL);

  names = drug_list (self->comparison);
  /* Translators: the title of the printed handout; %s lists the drugs. */
  return g_strdup_printf (_ ("Skeletal muscle relaxants compared: %s"), names);
}

static char *
meta_markup (RcHandout *self)
{
  g_autoptr (GDateTime) now = NULL;
  GDateTime       *date = self->date;
  g_autofree char *day = NULL;
  g_autofree char *text = NULL;
  const char      *version = rc_knowledge_base_get_version (self->kb);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();
  /* Translators: the date printed on the handout, in the notation of
   * g_date_time_format() (like strftime): %-d is the day of the month
   * without a leading zero, %B the full name of the month (in your
   * language), %Y the year with four digits; %m would be the month as a
   * number (01–12). This English default gives "21 November 2026". Use the
   * order and punctuation of your language, e.g. "%-d. %B %Y" for
   * "21. November 2026" or "%B %-d, %Y" for "November 21, 2026". */
  day = g_date_time_format (date, C_ ("handout date", "%-d %B %Y"));
  if (day == NULL)
    day = g_date_time_format (date, "%x");

  if (version != NULL)
    /* Translators: under the handout's title: the date it was made, the
     * date the knowledge base was last reviewed (ISO 8601) and the
     * program's version. */
    text = g_strdup_printf (_ ("Prepared on %s · knowledge base reviewed %s · Relaxant Compare %s"),
                            day, version, PACKAGE_VERSION);
  else
    /* Translators: under the handout's title: the date it was made and the
     * program's version. */
    text = g_strdup_printf (_ ("Prepared on %s · Relaxant Compare %s"), day, PACKAGE_VERSION);
  return g_markup_escape_text (text, -1);
}

static char *
disclaimer_markup (void)
{
  g_autofree char *lead = g_markup_escape_text (_ ("For learning only — not dosing advice."), -1);
  g_autofree char *rest = g_markup_escape_text (
      _ ("The facts come from the cited product labels and references and may be out of date: "
         "check the current official prescribing information before any decision about "
         "treatment. Numbers in square brackets refer to the numbered sources at the end."),
      -1);

  return g_strdup_printf ("<b>%s</b> %s", lead, rest);
}

static char *
cell_markup (RcHandout *self, const RcComparisonCell *cell)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *text = g_markup_escape_text (cell->text != NULL ? cell->text : "", -1);
  g_autofree char *markers = format_markers (self, cell->sources);

  if (cell->not_reported)
    g_string_append_printf (out, "<i><span foreground=\"#555555\">%s</span></i>", text);
  else
    g_string_append (out, text);
  if (cell->unverified)
    {
      /* Translators: marks a fact the sources could not confirm. */
      g_autofree char *mark = g_markup_escape_text (_ ("(unverified)"), -1);

      g_string_append_printf (out, " <i>%s</i>", mark);
    }
  if (markers != NULL)
    g_string_append_printf (out, " <span size=\"%d\" foreground=\"#444444\">%s</span>",
                            (int) (SMALL_SIZE * PANGO_SCALE), markers);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* ---- Layout --------------------------------------------------------- */

void
_rc_handout_clear_layout (RcHandout *self)
{
  for (guint r = 0; self->rows != NULL && r < self->n_rows; r++)
    {
      Row *row = &self->rows[r];

      g_clear_pointer (&row->label, rc_handout_text_free);
      g_clear_pointer (&row->continued, rc_handout_text_free);
      g_clear_pointer (&row->section, rc_handout_text_free);
      for (guint c = 0; c < rc_comparison_get_n_drugs (self->comparison); c++)
        rc_handout_text_free (row->cells[c]);
      g_free (row->cells);
    }
  g_clear_pointer (&self->rows, g_free);
  self->n_rows = 0;

  for (guint c = 0; self->header != NULL && c < rc_comparison_get_n_drugs (self->comparison); c++)
    rc_handout_text_free (self->header[c]);
  g_clear_pointer (&self->header, g_free);

  for (guint s = 0; self->entries != NULL && s < self->source_ids->len; s++)
    {
      rc_handout_text_free (self->entries[s].number);
      rc_handout_text_free (self->entries[s].body);
    }
  g_clear_pointer (&self->entries, g_free);

  g_clear_pointer (&self->title, rc_handout_text_free);
  g_clear_pointer (&self->meta, rc_handout_text_free);
  g_clear_pointer (&self->disclaimer, rc_handout_text_free);
  g_clear_pointer (&self->sources_heading, rc_handout_text_free);
  g_clear_pointer (&self->column_x, g_free);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->chart_heights, g_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
}

/* The widest word of text (words of eight characters or more; shorter
 * ones fit any column), so a column can avoid breaking inside words.
 * Pango may break after a hyphen or a slash, so those end a word. */
static double
widest_word (PangoContext *context, const char *text, gboolean bold)
{
  g_auto (GStrv) words = g_strsplit_set (text != NULL ? text : "", " \n/-", -1);
  double widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *escaped = NULL;

      if (g_utf8_strlen (words[i], -1) < 8)
        continue;
      escaped = g_markup_escape_text (words[i], -1);
      widest = MAX (widest, rc_handout_text_measure (context, escaped, BODY_SIZE, bold));
    }
  return widest;
}

/* Shares total among columns in proportion to want, but no column below
 * its floor: columns that would be are set to it and the rest shared
 * again. When the floors alone exceed total, they shrink in proportion. */
static void
share_width (double total, const double *want, const double *floor_, double *out, guint n)
{
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  double               floors = 0;

  for (guint c = 0; c < n; c++)
    floors += floor_[c];
  if (floors >= total)
    {
      for (guint c = 0; c < n; c++)
        out[c] = total * floor_[c] / floors;
      return;
    }

  for (guint round = 0; round <= n; round++)
    {
      double   free_total = total;
      double   free_want = 0;
      gboolean changed = FALSE;

      for (guint c = 0; c < n; c++)
        {
          if (fixed[c])
            free_total -= floor_[c];
          else
            free_want += want[c];
        }
      for (guint c = 0; c < n; c++)
        out[c] = fixed[c] ? floor_[c] : free_total * want[c] / free_want;
      for (guint c = 0; c < n; c++)
        if (!fixed[c] && out[c] < floor_[c])
          {
            fixed[c] = TRUE;
            changed = TRUE;
          }
      if (!changed)
        return;
    }
}

/* Column widths follow the content: the property column takes what its
 * longest label needs, between an eighth and a fifth of the width; the
 * drug columns share the rest half equally, half by how much text each
 * holds, and each is at least as wide as its drug's name and, where the
 * page allows, its longest word. */
static void
layout_columns (RcHandout *self)
{
  guint              n = rc_comparison_get_n_drugs (self->comparison);
  double             w = self->content_width;
  double             label_width = 0;
  double             label_word = 0;
  double             total_amount = 0;
  g_autofree double *amount = g_new0 (double, n);
  g_autofree double *want = g_new0 (double, n);
  g_autofree double *floor_ = g_new0 (double, n);
  g_autofree double *name_width = g_new0 (double, n);
  g_autofree double *width = g_new0 (double, n);
  double             property, property_min, rest, floors = 0, x;

  for (guint c = 0; c < n; c++)
    {
      const char      *name = rc_drug_get_name (rc_comparison_get_drug (self->comparison, c));
      g_autofree char *escaped = g_markup_escape_text (name, -1);

      name_width[c] = rc_handout_text_measure (self->context, escaped, BODY_SIZE, TRUE) + 2 * PAD_X;
    }
  for (guint r = 0; r < rc_comparison_get_n_rows (self->comparison); r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (self->comparison, r);
      g_autofree char       *label = g_markup_escape_text (row->label, -1);

      label_width =
          MAX (label_width, rc_handout_text_measure (self->context, label, BODY_SIZE, FALSE));
      label_word = MAX (label_word, widest_word (self->context, row->label, FALSE));
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *markup = cell_markup (self, row->cells[c]);

          amount[c] += rc_handout_text_measure (self->context, markup, BODY_SIZE, FALSE);
          floor_[c] = MAX (floor_[c], widest_word (self->context, row->cells[c]->text, FALSE));
        }
    }

  property = CLAMP (label_width + 2 * PAD_X, w * 0.12, w * (n > 0 ? 0.2 : 1.0));
  for (guint c = 0; c < n; c++)
    {
      /* A column's share grows with the square root of its text, so a
       * wordy column gets more room without starving the others. */
      amount[c] = sqrt (MAX (amount[c], 1));
      total_amount += amount[c];
      floor_[c] = MAX (floor_[c] + 2 * PAD_X, name_width[c]);
      floors += floor_[c];
    }
  /* Narrow paper: the property column gives way first, down to its own
   * longest word; then the long words of the cells break, but never a
   * drug's name in the header. */
  property_min = MIN (label_word + 2 * PAD_X, property);
  if (floors > w - property_min)
    {
      memcpy (floor_, name_width, n * sizeof (double));
      floors = 0;
      for (guint c = 0; c < n; c++)
        floors += floor_[c];
    }
  if (floors > w - property)
    property = MAX (property_min, w - floors);
  rest = w - property;
  for (guint c = 0; c < n; c++)
    want[c] = 0.5 / n + 0.5 * amount[c] / total_amount;
  share_width (rest, want, floor_, width, n);

  self->column_x = g_new0 (double, n + 2);
  self->column_x[0] = RC_HANDOUT_MARGIN;
  x = RC_HANDOUT_MARGIN + property;
  self->column_x[1] = x;
  for (guint c = 0; c < n; c++)
    {
      x += width[c];
      self->column_x[c + 2] = x;
    }
  /* No rounding drift past the margin. */
  self->column_x[n + 1] = RC_HANDOUT_MARGIN + w;
}

double
_rc_handout_column_text_width (RcHandout *self, guint column)
{
  /* Never 0 or less, which Pango takes as "do not wrap". */
  return MAX (self->column_x[column + 1] - self->column_x[column] - 2 * PAD_X, 1);
}

static void
layout_texts (RcHandout *self)
{
  guint            n = rc_comparison_get_n_drugs (self->comparison);
  g_autofree char *title = rc_handout_dup_title (self);
  g_autofree char *title_markup = g_markup_escape_text (title, -1);
  g_autofree char *meta = meta_markup (self);
  g_autofree char *disclaimer = disclaimer_markup ();
  g_autofree char *sources = g_markup_escape_text (_ ("Sources"), -1);
  const char      *section = NULL;
  double           w = self->content_width;

  self->title = rc_handout_text_new (self->context, title_markup, TITLE_SIZE, TRUE, w);
  self->meta = rc_handout_text_new (self->context, meta, BODY_SIZE, FALSE, w);
  self->disclaimer = rc_handout_text_new (self->context, disclaimer, BODY_SIZE, FALSE, w - 12);
  self->sources_heading = rc_handout_text_new (self->context, sources, HEADING_SIZE, TRUE, w);

  layout_columns (self);

  self->header = g_new0 (RcHandoutText *, n);
  self->header_height = 0;
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *name = g_markup_escape_text (
          rc_drug_get_name (rc_comparison_get_drug (self->comparison, c)), -1);

      self->header[c] = rc_handout_text_new (self->context, name, BODY_SIZE, TRUE,
                                             _rc_handout_column_text_width (self, c + 1));
      self->header_height = MAX (self->header_height, rc_handout_text_get_height (self->header[c]));
    }
  self->header_height += 2 * PAD_Y;

  self->n_rows = rc_comparison_get_n_rows (self->comparison);
  self->rows = g_new0 (Row, self->n_rows);
  for (guint r = 0; r < self->n_rows; r++)
    {
      const RcComparisonRow *row = rc_comparison_get_row (self->comparison, r);
      Row                   *out = &self->rows[r];
      g_autofree char       *label = g_markup_escape_text (row->label, -1);
      double                 height;

      if (g_strcmp0 (section, row->section_key) != 0)
        {
          g_autofree char *heading = g_markup_escape_text (row->section_label, -1);

          section = row->section_key;
          out->section =
              rc_handout_text_new (self->context, heading, HEADING_SIZE, TRUE, w - 2 * PAD_X);
        }
      out->label = rc_handout_text_new (self->context, label, BODY_SIZE, FALSE,
                                        _rc_handout_column_text_width (self, 0));
      height = rc_handout_text_get_height (out->label);
      out->cells = g_new0 (RcHandoutText *, n);
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *markup = cell_markup (self, row->cells[c]);

          out->cells[c] = rc_handout_text_new (self->context, markup, BODY_SIZE, FALSE,
                                               _rc_handout_column_text_width (self, c + 1));
          height = MAX (height, rc_handout_text_get_height (out->cells[c]));
        }
      out->height = height + 2 * PAD_Y;
    }

  self->entries = g_new0 (SourceEntry, self->source_ids->len);
  {
    g_autofree char *widest = g_strdup_printf ("%u.", MAX (self->source_ids->len, 1));

    self->number_width = rc_handout_text_measure (self->context, widest, BODY_SIZE, FALSE) + 4;
  }
  for (guint s = 0; s < self->source_ids->len; s++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", s + 1);
      g_autofree char *body = source_markup (self, g_ptr_array_index (self->source_ids, s));

      self->entries[s].number = rc_handout_text_new (self->context, number, BODY_SIZE, FALSE, 0);
      self->entries[s].body =
          rc_handout_text_new (self->context, body, BODY_SIZE, FALSE, w - self->number_width);
    }
}

static double
chart_height (RcHandout *self, RcChart *chart, double max_height)
{
  guint  n = rc_comparison_get_n_drugs (self->comparison);
  double units;

  /* Enough room per drug (a titration panel, a bar per effect) that the
   * labels stay legible; a chart never takes more than a page. */
  if (rc_chart_get_kind (chart) == RC_CHART_KIND_SIDE_EFFECTS)
    {
      guint top_n = rc_side_effects_chart_get_top_n (RC_SIDE_EFFECTS_CHART (chart));

      units = 170 + MAX (top_n, 4) * (14.0 * n + 18);
    }
  else
    units = 200 + 170.0 * n;
  /* Two drugs or one: both charts share a page, each on half of it. */
  if (n <= 2)
    max_height = (max_height - GAP) / 2;
  return MIN (MAX (units, 360) * CHART_SCALE, max_height);
}

static void
layout_charts (RcHandout *self, double max_height)
{
  static const RcChartKind kinds[] = { RC_CHART_KIND_TITRATION, RC_CHART_KIND_SIDE_EFFECTS };
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  self->charts = g_ptr_array_new_with_free_func (g_object_unref);
  self->chart_heights = g_array_new (FALSE, FALSE, sizeof (double));
  if (!self->include_charts || rc_comparison_get_n_drugs (self->comparison) == 0)
    return;

  for (guint c = 0; c < rc_comparison_get_n_drugs (self->comparison); c++)
    g_ptr_array_add (ids, (gpointer) rc_drug_get_id (rc_comparison_get_drug (self->comparison, c)));
  g_ptr_array_add (ids, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      RcChart *chart = rc_chart_new (kinds[k], self->kb, (const char *const *) ids->pdata);
      double   height = chart_height (self, chart, max_height);

      g_ptr_array_add (self->charts, chart);
      g_array_append_val (self->chart_heights, height);
    }
}

void
_rc_handout_layout (RcHandout *self, double max_chart_height)
{
  layout_texts (self);
  layout_charts (self, max_chart_height);
}

RcHandoutText *
_rc_handout_continued_label (RcHandout *self, guint r)
{
  Row *row = &self->rows[r];

  if (row->continued == NULL)
    {
      const RcComparisonRow *crow = rc_comparison_get_row (self->comparison, r);
      g_autofree char       *label = g_markup_escape_text (crow->label, -1);
      /* Translators: under a table row's label when the row goes on from
       * the previous page. */
      g_autofree char *marker = g_markup_escape_text (_ ("(continued)"), -1);
      g_autofree char *markup =
          g_strdup_printf ("%s\n<i><span foreground=\"#555555\">%s</span></i>", label, marker);

      row->continued = rc_handout_text_new (self->context, markup, BODY_SIZE, FALSE,
                                            _rc_handout_column_text_width (self, 0));
    }
  return row->continued;
}
