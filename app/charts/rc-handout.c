/* rc-handout.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rc-handout-private.h"

enum
{
  PROP_0,
  PROP_KNOWLEDGE_BASE,
  PROP_COMPARISON,
  PROP_DATE,
  PROP_INCLUDE_CHARTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcHandout, rc_handout, G_TYPE_OBJECT)

/* ---- Paper ---------------------------------------------------------- */

gboolean
rc_handout_paper_from_string (const char *name, RcHandoutPaper *paper)
{
  RcHandoutPaper found;

  if (name == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (name, "a4") == 0)
    found = RC_HANDOUT_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    found = RC_HANDOUT_PAPER_LETTER;
  else
    return FALSE;
  if (paper != NULL)
    *paper = found;
  return TRUE;
}

void
rc_handout_paper_get_size (RcHandoutPaper paper, double *width, double *height)
{
  double w, h;

  if (paper == RC_HANDOUT_PAPER_LETTER)
    {
      w = 8.5 * 72;
      h = 11 * 72;
    }
  else
    {
      w = 210 / 25.4 * 72;
      h = 297 / 25.4 * 72;
    }
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->first_line, g_free);
  g_clear_pointer (&block->end_line, g_free);
}

static GArray *
page_new (void)
{
  GArray *page = g_array_new (FALSE, TRUE, sizeof (Block));

  g_array_set_clear_func (page, block_clear);
  return page;
}

/* ---- Pagination ----------------------------------------------------- */

typedef struct
{
  RcHandout *self;
  GArray    *page;
  double     y;
  double     top;
  double     bottom;
} Cursor;

static void
cursor_new_page (Cursor *cursor)
{
  cursor->page = page_new ();
  g_ptr_array_add (cursor->self->pages, cursor->page);
  cursor->y = cursor->top;
}

static double
cursor_remaining (const Cursor *cursor)
{
  return cursor->bottom - cursor->y;
}

static Block *
cursor_place (Cursor *cursor, BlockKind kind, guint index, double height)
{
  Block block = { 0 };

  block.kind = kind;
  block.index = index;
  block.y = cursor->y;
  block.height = height;
  g_array_append_val (cursor->page, block);
  cursor->y += height;
  return &g_array_index (cursor->page, Block, cursor->page->len - 1);
}

static void
cursor_table_page (Cursor *cursor)
{
  cursor_new_page (cursor);
  cursor_place (cursor, BLOCK_HEADER, 0, cursor->self->header_height);
}

static double
section_height (const Row *row)
{
  return row->section != NULL ? rc_handout_text_get_height (row->section) + 2 * PAD_Y + 2 : 0;
}

/* Places a row taller than a page in pieces: each cell breaks between its
 * own lines, and every piece after the first says "(continued)". */
static void
place_split_row (Cursor *cursor, guint r, gboolean after_heading)
{
  RcHandout        *self = cursor->self;
  Row              *row = &self->rows[r];
  guint             n = rc_comparison_get_n_drugs (self->comparison);
  g_autofree guint *next = g_new0 (guint, n);
  gboolean          continued = FALSE;

  for (;;)
    {
      RcHandoutText *label = continued ? _rc_handout_continued_label (self, r) : row->label;
      double         avail = cursor_remaining (cursor) - 2 * PAD_Y;
      double         used = rc_handout_text_get_height (label);
      gboolean       done = TRUE;
      gboolean       progress = FALSE;
      guint         *first = g_new0 (guint, n);
      guint         *end = g_new0 (guint, n);
      Block         *block;

      for (guint c = 0; c < n; c++)
        {
          RcHandoutText *text = row->cells[c];
          guint          n_lines = rc_handout_text_get_n_lines (text);
          guint          e = next[c];

          while (e < n_lines && rc_handout_text_get_lines_height (text, next[c], e + 1) <= avail)
            e++;
          first[c] = next[c];
          end[c] = e;
          if (e > next[c])
            progress = TRUE;
          if (e < n_lines)
            done = FALSE;
          used = MAX (used, rc_handout_text_get_lines_height (text, next[c], e));
        }

      /* Too little of the row fits here: start afresh, unless its section
       * heading is just above (a heading keeps its first row's company). */
      if (!progress || (!done && used < MIN_PIECE && !after_heading &&
                        cursor->y > cursor->top + self->header_height))
        {
          g_free (first);
          g_free (end);
          if (!progress && cursor->y <= cursor->top + self->header_height)
            return; /* nothing fits even on an empty page */
          cursor_table_page (cursor);
          continue;
        }

      block = cursor_place (cursor, BLOCK_ROW, r, used + 2 * PAD_Y);
      block->continued = continued;
      block->first_line = first;
      block->end_line = end;
      memcpy (next, end, n * sizeof (guint));
      if (done)
        return;
      cursor_table_page (cursor);
      continued = TRUE;
    }
}

static void
paginate_table (Cursor *cursor)
{
  RcHandout *self = cursor->self;
  double     page_room = cursor->bottom - cursor->top - self->header_height;

  if (self->n_rows == 0)
    return;
  if (cursor_remaining (cursor) < self->header_height + MIN_PIECE)
    cursor_new_page (cursor);
  cursor_place (cursor, BLOCK_HEADER, 0, self->header_height);

  for (guint r = 0; r < self->n_rows; r++)
    {
      Row   *row = &self->rows[r];
      double heading = section_height (row);
      /* A row that must be split anyway needs room for a fair piece. */
      double first_part =
          row->height <= page_room - heading ? row->height : MIN_PIECE + 2 * PAD_Y + BODY_SIZE;

      /* A heading stays with (the start of) its first row. */
      if (heading > 0)
        {
          if (cursor_remaining (cursor) < heading + first_part &&
              cursor->y > cursor->top + self->header_height)
            cursor_table_page (cursor);
          cursor_place (cursor, BLOCK_SECTION, r, heading);
        }

      if (row->height <= cursor_remaining (cursor))
        cursor_place (cursor, BLOCK_ROW, r, row->height);
      else if (row->height <= page_room)
        {
          cursor_table_page (cursor);
          cursor_place (cursor, BLOCK_ROW, r, row->height);
        }
      else
        place_split_row (cursor, r, heading > 0);
    }
}

/* Places one source of the list; an entry longer than a page (a knowledge
 * base may hold any title) breaks between its lines. */
static void
place_source (Cursor *cursor, guint s)
{
  RcHandoutText *body = cursor->self->entries[s].body;
  guint          n_lines = rc_handout_text_get_n_lines (body);
  double         height = rc_handout_text_get_height (body) + 3;
  guint          line = 0;

  if (height > cursor_remaining (cursor) && height <= cursor->bottom - cursor->top)
    cursor_new_page (cursor);
  if (height <= cursor_remaining (cursor))
    {
      cursor_place (cursor, BLOCK_SOURCE, s, height);
      return;
    }

  while (line < n_lines)
    {
      guint  end = line;
      Block *block;

      while (end < n_lines && rc_handout_text_get_lines_height (body, line, end + 1) + 3 <=
                                  cursor_remaining (cursor))
        end++;
      if (end == line && cursor->y > cursor->top)
        {
          cursor_new_page (cursor);
          continue;
        }
      /* A line taller than a page cannot be: draw it anyway, once. */
      end = MAX (end, line + 1);
      block = cursor_place (cursor, BLOCK_SOURCE, s,
                            rc_handout_text_get_lines_height (body, line, end) + 3);
      block->first_line = g_new (guint, 1);
      block->end_line = g_new (guint, 1);
      block->first_line[0] = line;
      block->end_line[0] = end;
      line = end;
      if (line < n_lines)
        cursor_new_page (cursor);
    }
}

/* "Sources", kept with the start of the first entry, then the entries. */
static void
paginate_sources (Cursor *cursor)
{
  RcHandout *self = cursor->self;
  double     heading, first;

  if (self->source_ids->len == 0)
    return;
  heading = rc_handout_text_get_height (self->sources_heading) + 6;
  first = rc_handout_text_get_lines_height (self->entries[0].body, 0, 2) + 3;
  if (cursor_remaining (cursor) < GAP + heading + first)
    cursor_new_page (cursor);
  else
    cursor->y += GAP;
  cursor_place (cursor, BLOCK_SOURCES_HEADING, 0, heading);
  for (guint s = 0; s < self->source_ids->len; s++)
    place_source (cursor, s);
}

guint
rc_handout_paginate (RcHandout *self, double page_width, double page_height)
{
  Cursor cursor = { 0 };
  double title_height;

  g_return_val_if_fail (RC_IS_HANDOUT (self), 0);

  _rc_handout_clear_layout (self);
  /* Paper a person may choose in a print dialog, but too small for any
   * table: no pages. */
  if (page_width < 2 * RC_HANDOUT_MARGIN + 100 ||
      page_height < 2 * RC_HANDOUT_MARGIN + FOOTER_HEIGHT + 100)
    return 0;
  self->page_width = page_width;
  self->page_height = page_height;
  self->content_width = page_width - 2 * RC_HANDOUT_MARGIN;
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  cursor.self = self;
  cursor.top = RC_HANDOUT_MARGIN;
  cursor.bottom = page_height - RC_HANDOUT_MARGIN - FOOTER_HEIGHT;

  _rc_handout_layout (self, cursor.bottom - cursor.top);

  cursor_new_page (&cursor);
  title_height = rc_handout_text_get_height (self->title) + 4 +
                 rc_handout_text_get_height (self->meta) + 8 +
                 rc_handout_text_get_height (self->disclaimer) + 12 + GAP;
  cursor_place (&cursor, BLOCK_TITLE, 0, title_height);

  paginate_table (&cursor);

  for (guint k = 0; k < self->charts->len; k++)
    {
      double height = g_array_index (self->chart_heights, double, k);

      /* A chart gives up a quarter of its height rather than leave most
       * of a page empty: it lays itself out for any size. */
      if (cursor_remaining (&cursor) < GAP + height * 0.75)
        cursor_new_page (&cursor);
      else
        {
          cursor.y += GAP;
          height = MIN (height, cursor_remaining (&cursor));
        }
      cursor_place (&cursor, BLOCK_CHART, k, height);
    }

  paginate_sources (&cursor);
  return self->pages->len;
}

guint
rc_handout_get_n_pages (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), 0);

  return self->pages != NULL ? self->pages->len : 0;
}

static int
first_page_of (RcHandout *self, BlockKind kind, int index)
{
  for (guint p = 0; self->pages != NULL && p < self->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (self->pages, p);

      for (guint b = 0; b < page->len; b++)
        {
          const Block *block = &g_array_index (page, Block, b);

          if (block->kind == kind && (index < 0 || block->index == (guint) index))
            return p;
        }
    }
  return -1;
}

int
rc_handout_get_row_page (RcHandout *self, guint row)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), -1);

  return first_page_of (self, BLOCK_ROW, row);
}

int
rc_handout_get_charts_page (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), -1);

  return first_page_of (self, BLOCK_CHART, -1);
}

int
rc_handout_get_sources_page (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), -1);

  return first_page_of (self, BLOCK_SOURCES_HEADING, -1);
}

guint
rc_handout_get_n_sources (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), 0);

  return self->source_ids->len;
}

const char *
rc_handout_get_source_id (RcHandout *self, guint index)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (index < self->source_ids->len, NULL);

  return g_ptr_array_index (self->source_ids, index);
}

/* ---- Object --------------------------------------------------------- */

RcHandout *
rc_handout_new (RcKnowledgeBase *kb, RcComparison *comparison)
{
  g_return_val_if_fail (RC_IS_KNOWLEDGE_BASE (kb), NULL);
  g_return_val_if_fail (RC_IS_COMPARISON (comparison), NULL);

  return g_object_new (RC_TYPE_HANDOUT, "knowledge-base", kb, "comparison", comparison, NULL);
}

RcKnowledgeBase *
rc_handout_get_knowledge_base (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), NULL);

  return self->kb;
}

RcComparison *
rc_handout_get_comparison (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), NULL);

  return self->comparison;
}

GDateTime *
rc_handout_get_date (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), NULL);

  return self->date;
}

void
rc_handout_set_date (RcHandout *self, GDateTime *date)
{
  g_return_if_fail (RC_IS_HANDOUT (self));

  if (self->date == date ||
      (self->date != NULL && date != NULL && g_date_time_equal (self->date, date)))
    return;
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = date != NULL ? g_date_time_ref (date) : NULL;
  _rc_handout_clear_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
rc_handout_get_include_charts (RcHandout *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT (self), FALSE);

  return self->include_charts;
}

void
rc_handout_set_include_charts (RcHandout *self, gboolean include_charts)
{
  g_return_if_fail (RC_IS_HANDOUT (self));

  include_charts = !!include_charts;
  if (self->include_charts == include_charts)
    return;
  self->include_charts = include_charts;
  _rc_handout_clear_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_CHARTS]);
}

static void
rc_handout_constructed (GObject *object)
{
  RcHandout *self = RC_HANDOUT (object);

  G_OBJECT_CLASS (rc_handout_parent_class)->constructed (object);

  g_return_if_fail (self->kb != NULL && self->comparison != NULL);
  _rc_handout_number_sources (self);
}

static void
rc_handout_dispose (GObject *object)
{
  RcHandout *self = RC_HANDOUT (object);

  if (self->comparison != NULL)
    _rc_handout_clear_layout (self);
  g_clear_object (&self->kb);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (rc_handout_parent_class)->dispose (object);
}

static void
rc_handout_finalize (GObject *object)
{
  RcHandout *self = RC_HANDOUT (object);

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->source_ids, g_ptr_array_unref);
  g_clear_pointer (&self->source_nums, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->chart_style, rc_chart_style_free);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (rc_handout_parent_class)->finalize (object);
}

static void
rc_handout_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcHandout *self = RC_HANDOUT (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      case PROP_COMPARISON:
        g_value_set_object (value, self->comparison);
        break;
      case PROP_DATE:
        g_value_set_boxed (value, self->date);
        break;
      case PROP_INCLUDE_CHARTS:
        g_value_set_boolean (value, self->include_charts);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_handout_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcHandout *self = RC_HANDOUT (object);

  switch (prop_id)
    {
      case PROP_KNOWLEDGE_BASE:
        self->kb = g_value_dup_object (value);
        break;
      case PROP_COMPARISON:
        self->comparison = g_value_dup_object (value);
        break;
      case PROP_DATE:
        rc_handout_set_date (self, g_value_get_boxed (value));
        break;
      case PROP_INCLUDE_CHARTS:
        rc_handout_set_include_charts (self, g_value_get_boolean (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_handout_class_init (RcHandoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = rc_handout_constructed;
  object_class->dispose = rc_handout_dispose;
  object_class->finalize = rc_handout_finalize;
  object_class->get_property = rc_handout_get_property;
  object_class->set_property = rc_handout_set_property;

  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RC_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
      g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INCLUDE_CHARTS] =
      g_param_spec_boolean ("include-charts", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_handout_init (RcHandout *self)
{
  self->include_charts = TRUE;
  self->source_ids = g_ptr_array_new ();
  self->source_nums = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_hash_table_new (g_str_hash, g_str_equal);
  self->context = rc_handout_text_context_new ();
  self->chart_style = rc_chart_style_new (RC_CHART_THEME_PRINT);
  /* White paper needs no fill, and a printer should not lay one down. */
  self->chart_style->fill_background = FALSE;
}
