/* rc-chart.h
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "rc-chart-scene.h"
#include "rc-chart-style.h"
#include "rc-chart-table.h"
#include "rc-knowledge-base.h"

G_BEGIN_DECLS

typedef enum
{
  RC_CHART_KIND_TITRATION,
  RC_CHART_KIND_SIDE_EFFECTS,
  RC_CHART_KIND_CONCENTRATION,
} RcChartKind;

#define RC_TYPE_CHART_KIND (rc_chart_kind_get_type ())
GType rc_chart_kind_get_type (void) G_GNUC_CONST;

/* "titration", "side-effects", "concentration". */
gboolean    rc_chart_kind_from_string (const char *name, RcChartKind *kind);
const char *rc_chart_kind_to_string (RcChartKind kind);

/* Something on the chart a person can point at or step to with the
 * keyboard: a dose step, a bar, a day's peak. text is what the tooltip
 * says (value, unit, dose arm, sources). */
typedef struct
{
  char  *series_key;
  char  *text;
  double x, y, width, height; /* where the pointer finds it */
  double anchor_x, anchor_y;  /* where a focus mark or popover points */
} RcChartItem;

typedef enum
{
  RC_CHART_SWATCH_LINE,         /* a drug's line with its marker and dash */
  RC_CHART_SWATCH_BAR,          /* a bar in a series colour */
  RC_CHART_SWATCH_RANGE,        /* a range bar */
  RC_CHART_SWATCH_BAND,         /* a band between two levels */
  RC_CHART_SWATCH_LIMIT,        /* a maximum, dashed */
  RC_CHART_SWATCH_ALTERNATIVE,  /* a conditional level, dotted */
  RC_CHART_SWATCH_PHASE,        /* a shaded phase */
  RC_CHART_SWATCH_PLACEBO,      /* the placebo tick */
  RC_CHART_SWATCH_NOT_REPORTED, /* the hatched "n/r" stub */
} RcChartSwatch;

typedef struct
{
  char         *key; /* series key (a drug id, an arm); NULL for a key to symbols */
  char         *label;
  RcChartSwatch swatch;
  guint         color_index; /* the drug's place in the knowledge base */
  guint         variant;     /* 0, or which of a drug's arms */
  gboolean      dashed;      /* a line swatch in the drug's dash pattern */
  gboolean      hidden;
  double        x, y, width, height; /* after layout */
} RcChartLegendEntry;

#define RC_TYPE_CHART (rc_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (RcChart, rc_chart, RC, CHART, GObject)

/* The chart kinds' hooks; RcChartBuild is in rc-chart-private.h. */
typedef struct _RcChartBuild RcChartBuild;

struct _RcChartClass
{
  GObjectClass parent_class;

  RcChartKind kind;

  /* Reads the knowledge base for the current drugs and options. */
  void (*update) (RcChart *self);
  char *(*dup_title) (RcChart *self);
  /* A line under the title, or NULL. */
  char *(*dup_subtitle) (RcChart *self);
  /* Appends RcChartLegendEntry* (the base frees them). */
  void (*collect_legend) (RcChart *self, GPtrArray *entries);
  /* Appends notes (char*) drawn under the plot. */
  void (*collect_notes) (RcChart *self, GPtrArray *notes);
  /* Lays out the plot in the rectangle the title, legend and notes left. */
  void (*build_plot) (RcChart *self, RcChartBuild *build, double x, double y, double w, double h);
  char *(*dup_summary) (RcChart *self);
  RcChartTable *(*dup_table) (RcChart *self);
};

/* A chart of the knowledge base for a set of drugs: one drug gives the
 * drug-tab view, several the comparison. It keeps its laid-out scene until
 * the data, the size or the style changes; "changed" says it must be laid
 * out and drawn again. Properties: "knowledge-base", "drug-ids". */
RcChart *rc_chart_new (RcChartKind        kind,
                       RcKnowledgeBase   *kb,
                       const char *const *drug_ids) G_GNUC_WARN_UNUSED_RESULT;

RcChartKind        rc_chart_get_kind (RcChart *self);
RcKnowledgeBase   *rc_chart_get_knowledge_base (RcChart *self);
void               rc_chart_set_knowledge_base (RcChart *self, RcKnowledgeBase *kb);
const char *const *rc_chart_get_drug_ids (RcChart *self);
void               rc_chart_set_drug_ids (RcChart *self, const char *const *drug_ids);

/* The drugs found in the knowledge base, in the order asked (RcDrug*). */
GPtrArray *rc_chart_get_drugs (RcChart *self);
gboolean   rc_chart_is_comparison (RcChart *self);
/* A drug's place in the knowledge base's list, which picks its colour. */
guint rc_chart_get_color_index (RcChart *self, RcDrug *drug);

/* Hiding a series (clicking its legend entry) keeps its legend entry. */
void     rc_chart_set_series_visible (RcChart *self, const char *key, gboolean visible);
gboolean rc_chart_get_series_visible (RcChart *self, const char *key);

/* Lays the chart out for a size and style; nothing happens when neither
 * nor the data changed since the last call. */
void rc_chart_layout (RcChart *self, const RcChartStyle *style, double width, double height);
void rc_chart_draw (RcChart *self, cairo_t *cr);
/* Grows by one each time the chart is laid out anew, so that a cache of
 * its drawing knows when to renew itself. */
guint               rc_chart_get_layout_serial (RcChart *self);
const RcChartScene *rc_chart_get_scene (RcChart *self);

guint              rc_chart_get_n_items (RcChart *self);
const RcChartItem *rc_chart_get_item (RcChart *self, guint index);
/* The item under (x, y), or -1. */
int rc_chart_hit_test (RcChart *self, double x, double y);
/* The next item for the arrow keys: dx = ±1 moves along a series, dy = ±1
 * to the nearest item of the next series. from -1 gives the first item. */
int rc_chart_navigate (RcChart *self, int from, int dx, int dy);

guint                     rc_chart_get_n_legend_entries (RcChart *self);
const RcChartLegendEntry *rc_chart_get_legend_entry (RcChart *self, guint index);
/* The toggleable legend entry at (x, y), or NULL. */
const RcChartLegendEntry *rc_chart_hit_test_legend (RcChart *self, double x, double y);

char *rc_chart_dup_title (RcChart *self) G_GNUC_WARN_UNUSED_RESULT;
/* A text summary of what the chart shows, for screen readers and the
 * description of exported files. */
char         *rc_chart_dup_summary (RcChart *self) G_GNUC_WARN_UNUSED_RESULT;
RcChartTable *rc_chart_dup_table (RcChart *self) G_GNUC_WARN_UNUSED_RESULT;
/* A file name stem such as "baclofen-titration". */
char *rc_chart_dup_file_stem (RcChart *self) G_GNUC_WARN_UNUSED_RESULT;

/* The colour of a series: variant 0 is the drug colour, higher ones are
 * lighter shades of it for a drug's other dose arms. */
void rc_chart_series_color (const RcChartStyle *style,
                            guint               color_index,
                            guint               variant,
                            RcChartColor       *out);

G_END_DECLS
