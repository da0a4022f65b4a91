/* rc-drug-page.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-drug-page.h"
#include "rc-drug-page-private.h"

#include "rc-chart-view.h"
#include "rc-clamp.h"
#include "rc-search.h"
#include "rc-section-heading.h"
#include "rc-source-list.h"
#include "rc-source-marker.h"

typedef void (*SectionBuilder) (GtkBox *box, RcDrug *drug, RcKnowledgeBase *kb);

/* The sections in RC_SECTION_* order, with their template children. */
static const struct
{
  const char    *id;
  const char    *heading;
  const char    *content;
  SectionBuilder build; /* NULL for Sources, which the page builds itself */
} sections[] = {
  { RC_SECTION_GLANCE, "glance_heading", "glance_content", _rc_drug_page_build_glance },
  { RC_SECTION_INDICATIONS, "indications_heading", "indications_content",
    _rc_drug_page_build_indications },
  { RC_SECTION_DOSING, "dosing_heading", "dosing_content", _rc_drug_page_build_dosing },
  { RC_SECTION_PHARMACOKINETICS, "pharmacokinetics_heading", "pharmacokinetics_content",
    _rc_drug_page_build_pharmacokinetics },
  { RC_SECTION_ADVERSE_EFFECTS, "adverse_effects_heading", "adverse_effects_content",
    _rc_drug_page_build_adverse_effects },
  { RC_SECTION_BOXED_WARNING, "boxed_warning_heading", "boxed_warning_content",
    _rc_drug_page_build_boxed_warning },
  { RC_SECTION_SAFETY, "safety_heading", "safety_content", _rc_drug_page_build_safety },
  { RC_SECTION_INTERACTIONS, "interactions_heading", "interactions_content",
    _rc_drug_page_build_interactions },
  { RC_SECTION_POPULATIONS, "populations_heading", "populations_content",
    _rc_drug_page_build_populations },
  { RC_SECTION_OVERDOSE, "overdose_heading", "overdose_content", _rc_drug_page_build_overdose },
  { RC_SECTION_MYTHS, "myths_heading", "myths_content", _rc_drug_page_build_myths },
  { RC_SECTION_SOURCES, "sources_heading", "sources_content", NULL },
};

#define N_SECTIONS G_N_ELEMENTS (sections)

struct _RcDrugPage
{
  GtkWidget parent_instance;

  /* Template Widgets */
  GtkWidget *scrolled;
  GtkWidget *content;
  GtkWidget *status_label;
  GtkWidget *header_box;
  GtkWidget *title_label;
  GtkWidget *subtitle_label;
  GtkWidget *headings[N_SECTIONS];
  GtkWidget *contents[N_SECTIONS];
  GtkWidget *titration_chart_box;
  GtkWidget *side_effects_chart_box;
  GtkWidget *concentration_chart_box;

  /* Borrowed References */
  GtkWidget *source_list; /* child of the Sources content box */

  /* Owned References */
  char            *drug_id;
  RcKnowledgeBase *kb;
  RcDrug          *drug;
  GtkWidget       *pending_target; /* weak: scrolled to on the next frame */
  guint            pending_tick;
  guint            pending_frames;
  gboolean         dirty; /* content not built for the current drug yet */
};

enum
{
  PROP_0,
  PROP_DRUG_ID,
  PROP_KNOWLEDGE_BASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcDrugPage, rc_drug_page, GTK_TYPE_WIDGET)

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* The charts of a drug tab and the boxes the template keeps for them. */
static const struct
{
  const char *box;
  RcChartKind kind;
} charts[] = {
  { "titration", RC_CHART_KIND_TITRATION },
  { "side-effects", RC_CHART_KIND_SIDE_EFFECTS },
  { "concentration", RC_CHART_KIND_CONCENTRATION },
};

static void
build_charts (RcDrugPage *self)
{
  const char *ids[] = { self->drug_id, NULL };

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      GtkWidget *box = rc_drug_page_get_chart_box (self, charts[i].box);
      GtkWidget *view;

      clear_box (box);
      gtk_widget_set_visible (box, self->drug != NULL);
      if (self->drug == NULL)
        continue;

      view = rc_chart_view_new (charts[i].kind);
      g_object_set (view, "knowledge-base", self->kb, "drug-ids", ids, NULL);
      gtk_box_append (GTK_BOX (box), view);
    }
}

static void
rebuild (RcDrugPage *self)
{
  gboolean have_drug;

  for (guint i = 0; i < N_SECTIONS; i++)
    clear_box (self->contents[i]);
  self->source_list = NULL;
  g_clear_object (&self->drug);

  if (self->kb != NULL && self->drug_id != NULL)
    {
      RcDrug *drug = rc_knowledge_base_lookup_drug (self->kb, self->drug_id);

      if (drug != NULL)
        self->drug = g_object_ref (drug);
    }

  have_drug = self->drug != NULL;
  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_widget_set_visible (gtk_widget_get_parent (self->headings[i]), have_drug);
  gtk_widget_set_visible (self->header_box, have_drug);

  if (!have_drug)
    {
      if (self->kb != NULL && self->drug_id != NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is a drug id such as "baclofen". */
          message = g_strdup_printf (_ ("The knowledge base has no drug “%s”."), self->drug_id);
          gtk_label_set_text (GTK_LABEL (self->status_label), message);
          gtk_widget_set_visible (self->status_label, TRUE);
        }
      else
        {
          gtk_widget_set_visible (self->status_label, FALSE);
        }
      return;
    }

  gtk_widget_set_visible (self->status_label, FALSE);

  gtk_label_set_text (GTK_LABEL (self->title_label), rc_drug_get_name (self->drug));
  {
    const RcFact *klass = rc_drug_get_class (self->drug);

    gtk_label_set_text (GTK_LABEL (self->subtitle_label), klass != NULL ? klass->text : "");
    gtk_widget_set_visible (self->subtitle_label, klass != NULL && klass->text != NULL);
  }

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (sections[i].build != NULL)
        sections[i].build (GTK_BOX (self->contents[i]), self->drug, self->kb);
    }

  self->source_list = rc_source_list_new (self->drug, NULL);
  gtk_box_append (GTK_BOX (self->contents[N_SECTIONS - 1]), self->source_list);

  build_charts (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  rc_drug_get_name (self->drug), -1);
}

/* A window holds a page per drug, but only one is on screen: building a
 * monograph and its charts is the costly part of start-up, so a page builds
 * when it is first shown, or when someone asks for its content. */
static void
ensure_built (RcDrugPage *self)
{
  if (!self->dirty)
    return;

  self->dirty = FALSE;
  rebuild (self);
}

static void
queue_rebuild (RcDrugPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_built (self);
}

static void
rc_drug_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rc_drug_page_parent_class)->map (widget);

  ensure_built (RC_DRUG_PAGE (widget));
}

/* Puts the top of target at the top of the visible area. Returns FALSE when
 * the page has no layout yet. */
static gboolean
scroll_to_widget (RcDrugPage *self, GtkWidget *target)
{
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkWidget     *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (self->scrolled));
  GtkWidget     *scrolled_child = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  graphene_point_t point;

  if (gtk_widget_get_height (scrolled_child) <= 0 ||
      !gtk_widget_compute_point (target, scrolled_child, &GRAPHENE_POINT_INIT (0, 0), &point))
    return FALSE;

  /* A little space above the target keeps it from touching the edge. */
  gtk_adjustment_set_value (vadj, MAX (0.0, point.y - 12.0));

  return TRUE;
}

static gboolean
pending_scroll_cb (GtkWidget *widget, GdkFrameClock *frame_clock, gpointer user_data)
{
  RcDrugPage *self = RC_DRUG_PAGE (widget);

  if (self->pending_target == NULL)
    {
      self->pending_tick = 0;
      return G_SOURCE_REMOVE;
    }

  /* A tick runs before that frame's layout, so positions can still be the
   * previous frame's; scrolling on two successive frames settles it. */
  if (!scroll_to_widget (self, self->pending_target) || ++self->pending_frames < 2)
    return G_SOURCE_CONTINUE;

  g_clear_weak_pointer (&self->pending_target);
  self->pending_tick = 0;

  return G_SOURCE_REMOVE;
}

static void
go_to (RcDrugPage *self, GtkWidget *target, GtkWidget *scroll_target)
{
  /* Focus first: the viewport scrolls to the focus itself, and the explicit
   * scroll afterwards puts the target at the top rather than the bottom. */
  gtk_widget_grab_focus (target);

  /* Scroll now if the page has a layout, and once more on the next frame:
   * a page built or resized just before has not been allocated yet. */
  scroll_to_widget (self, scroll_target);
  g_set_weak_pointer (&self->pending_target, scroll_target);
  self->pending_frames = 0;
  if (self->pending_tick == 0)
    self->pending_tick =
        gtk_widget_add_tick_callback (GTK_WIDGET (self), pending_scroll_cb, NULL, NULL);
}

static void
show_source_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  RcDrugPage *self = RC_DRUG_PAGE (widget);
  const char *source_id = g_variant_get_string (parameter, NULL);
  GtkWidget  *entry;
  GtkWidget  *target;

  ensure_built (self);
  if (self->source_list == NULL)
    return;

  entry = rc_source_list_get_entry (RC_SOURCE_LIST (self->source_list), source_id);
  target = entry != NULL ? entry : self->headings[N_SECTIONS - 1];
  go_to (self, target, target);
}

static void
rc_drug_page_dispose (GObject *object)
{
  RcDrugPage *self = RC_DRUG_PAGE (object);

  if (self->pending_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->pending_tick);
      self->pending_tick = 0;
    }
  g_clear_weak_pointer (&self->pending_target);
  self->source_list = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), RC_TYPE_DRUG_PAGE);

  g_clear_object (&self->drug);
  g_clear_object (&self->kb);

  G_OBJECT_CLASS (rc_drug_page_parent_class)->dispose (object);
}

static void
rc_drug_page_finalize (GObject *object)
{
  RcDrugPage *self = RC_DRUG_PAGE (object);

  g_free (self->drug_id);

  G_OBJECT_CLASS (rc_drug_page_parent_class)->finalize (object);
}

static void
rc_drug_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcDrugPage *self = RC_DRUG_PAGE (object);

  switch (prop_id)
    {
      case PROP_DRUG_ID:
        g_value_set_string (value, self->drug_id);
        break;
      case PROP_KNOWLEDGE_BASE:
        g_value_set_object (value, self->kb);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_drug_page_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  RcDrugPage *self = RC_DRUG_PAGE (object);

  switch (prop_id)
    {
      case PROP_DRUG_ID:
        rc_drug_page_set_drug_id (self, g_value_get_string (value));
        break;
      case PROP_KNOWLEDGE_BASE:
        rc_drug_page_set_knowledge_base (self, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_drug_page_class_init (RcDrugPageClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_drug_page_dispose;
  object_class->finalize = rc_drug_page_finalize;
  object_class->get_property = rc_drug_page_get_property;
  object_class->set_property = rc_drug_page_set_property;
  widget_class->map = rc_drug_page_map;

  properties[PROP_DRUG_ID] =
      g_param_spec_string ("drug-id", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KNOWLEDGE_BASE] =
      g_param_spec_object ("knowledge-base", NULL, NULL, RC_TYPE_KNOWLEDGE_BASE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RC_TYPE_CLAMP);
  g_type_ensure (RC_TYPE_SECTION_HEADING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/rc-drug-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, scrolled);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, content);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, header_box);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, titration_chart_box);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, side_effects_chart_box);
  gtk_widget_class_bind_template_child (widget_class, RcDrugPage, concentration_chart_box);
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, sections[i].heading, FALSE,
                                                 G_STRUCT_OFFSET (RcDrugPage, headings) +
                                                     i * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, sections[i].content, FALSE,
                                                 G_STRUCT_OFFSET (RcDrugPage, contents) +
                                                     i * sizeof (GtkWidget *));
    }

  gtk_widget_class_install_action (widget_class, RC_SOURCE_MARKER_ACTION, "s", show_source_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-drug-page");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rc_drug_page_init (RcDrugPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      const char *label = rc_section_get_label (sections[i].id);

      rc_section_heading_set_label (RC_SECTION_HEADING (self->headings[i]),
                                    label != NULL ? label : sections[i].id);
      gtk_widget_set_visible (gtk_widget_get_parent (self->headings[i]), FALSE);
    }
  gtk_widget_set_visible (self->header_box, FALSE);
}

GtkWidget *
rc_drug_page_new (void)
{
  return g_object_new (RC_TYPE_DRUG_PAGE, NULL);
}

const char *
rc_drug_page_get_drug_id (RcDrugPage *self)
{
  g_return_val_if_fail (RC_IS_DRUG_PAGE (self), NULL);

  return self->drug_id;
}

void
rc_drug_page_set_drug_id (RcDrugPage *self, const char *drug_id)
{
  g_return_if_fail (RC_IS_DRUG_PAGE (self));

  if (g_strcmp0 (self->drug_id, drug_id) == 0)
    return;

  g_free (self->drug_id);
  self->drug_id = g_strdup (drug_id);

  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG_ID]);
}

RcKnowledgeBase *
rc_drug_page_get_knowledge_base (RcDrugPage *self)
{
  g_return_val_if_fail (RC_IS_DRUG_PAGE (self), NULL);

  return self->kb;
}

void
rc_drug_page_set_knowledge_base (RcDrugPage *self, RcKnowledgeBase *kb)
{
  g_return_if_fail (RC_IS_DRUG_PAGE (self));
  g_return_if_fail (kb == NULL || RC_IS_KNOWLEDGE_BASE (kb));

  if (!g_set_object (&self->kb, kb))
    return;

  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KNOWLEDGE_BASE]);
}

gboolean
rc_drug_page_show_section (RcDrugPage *self, const char *section_id)
{
  g_return_val_if_fail (RC_IS_DRUG_PAGE (self), FALSE);
  g_return_val_if_fail (section_id != NULL, FALSE);

  ensure_built (self);
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (g_str_equal (sections[i].id, section_id))
        {
          /* The first section starts under the drug's name: show that too. */
          go_to (self, self->headings[i],
                 i == 0 ? gtk_widget_get_parent (self->content) : self->headings[i]);
          return TRUE;
        }
    }

  return FALSE;
}

void
rc_drug_page_ensure_built (RcDrugPage *self)
{
  g_return_if_fail (RC_IS_DRUG_PAGE (self));

  ensure_built (self);
}

GtkWidget *
rc_drug_page_get_chart_box (RcDrugPage *self, const char *chart)
{
  g_return_val_if_fail (RC_IS_DRUG_PAGE (self), NULL);
  g_return_val_if_fail (chart != NULL, NULL);

  /* No ensure_built () here: building the charts asks for their boxes. */
  if (g_str_equal (chart, "titration"))
    return self->titration_chart_box;
  if (g_str_equal (chart, "side-effects"))
    return self->side_effects_chart_box;
  if (g_str_equal (chart, "concentration"))
    return self->concentration_chart_box;

  return NULL;
}
