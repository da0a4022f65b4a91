/* rc-handout-private.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rc-handout.h"

#include <pango/pango.h>

#include "rc-chart.h"
#include "rc-handout-text.h"

G_BEGIN_DECLS

/* Sizes in points. The body is 9 pt: five drug columns on A4 still hold
 * about twenty characters a line. */
#define BODY_SIZE 9.0
#define SMALL_SIZE 7.5
#define HEADING_SIZE 11.0
#define TITLE_SIZE 16.0
#define PAD_X 3.0
#define PAD_Y 2.5
#define GAP 10.0
#define FOOTER_HEIGHT 16.0
#define RULE_WIDTH 0.4
/* A split row leaves at least this much of itself on a page. */
#define MIN_PIECE 40.0
/* Chart units are CSS pixels (96 per inch); the page is in points. */
#define CHART_SCALE 0.75

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADER,
  BLOCK_SECTION,
  BLOCK_ROW,
  BLOCK_CHART,
  BLOCK_SOURCES_HEADING,
  BLOCK_SOURCE,
} BlockKind;

typedef struct
{
  BlockKind kind;
  guint     index; /* row, chart or source */
  double    y;
  double    height;
  gboolean  continued;  /* a piece of a row after a page break */
  guint    *first_line; /* per drug, for row pieces; NULL: every line */
  guint    *end_line;
} Block;

typedef struct
{
  RcHandoutText  *label;
  RcHandoutText  *continued; /* the label and "(continued)"; made when needed */
  RcHandoutText **cells;     /* one per drug */
  RcHandoutText  *section;   /* the section heading that starts here, or NULL */
  double          height;    /* the whole row with its padding */
} Row;

typedef struct
{
  RcHandoutText *number;
  RcHandoutText *body;
} SourceEntry;

struct _RcHandout
{
  GObject parent_instance;

  /* Owned References */
  RcKnowledgeBase *kb;
  RcComparison    *comparison;
  GDateTime       *date;
  gboolean         include_charts;

  /* The source numbering, fixed by the comparison. */
  GPtrArray  *source_ids;  /* of char*, borrowed from the comparison */
  GHashTable *source_nums; /* id -> number */
  GHashTable *sources;     /* id -> RcSource*, borrowed */

  /* The last pagination. */
  PangoContext   *context;
  double          page_width;
  double          page_height;
  double          content_width;
  double         *column_x; /* n_drugs + 2 edges */
  RcHandoutText  *title;
  RcHandoutText  *meta;
  RcHandoutText  *disclaimer;
  RcHandoutText **header; /* one per drug */
  double          header_height;
  Row            *rows;
  guint           n_rows;
  GPtrArray      *charts;        /* of RcChart* */
  GArray         *chart_heights; /* of double, points */
  RcChartStyle   *chart_style;
  RcHandoutText  *sources_heading;
  SourceEntry    *entries;
  double          number_width;
  GPtrArray      *pages; /* of GArray of Block */
};

/* Numbers the comparison's sources by first citation (rc-handout-content.c). */
void _rc_handout_number_sources (RcHandout *self);
/* Measures every text for the page size set in self and sizes the columns
 * and the charts (a chart is never taller than max_chart_height). */
void _rc_handout_layout (RcHandout *self, double max_chart_height);
/* Drops the texts, charts and pages of the last pagination. */
void           _rc_handout_clear_layout (RcHandout *self);
double         _rc_handout_column_text_width (RcHandout *self, guint column);
RcHandoutText *_rc_handout_continued_label (RcHandout *self, guint row);

G_END_DECLS
