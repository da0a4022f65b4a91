/* rc-source-marker.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-source-marker.h"

#include "rc-format.h"
#include "rc-source-list.h"

struct _RcSourceMarker
{
  GtkButton parent_instance;

  /* Owned References */
  RcDrug    *drug;
  char     **sources;
  GtkWidget *popover;
};

enum
{
  PROP_0,
  PROP_DRUG,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcSourceMarker, rc_source_marker, GTK_TYPE_BUTTON)

guint
rc_source_marker_lookup_number (RcDrug *drug, const char *source_id)
{
  GListModel *list;
  guint       n;

  if (drug == NULL || source_id == NULL)
    return 0;

  list = rc_drug_get_sources (drug);
  n = list != NULL ? g_list_model_get_n_items (list) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (RcSource) source = g_list_model_get_item (list, i);

      if (g_strcmp0 (rc_source_get_id (source), source_id) == 0)
        return i + 1;
    }

  return 0;
}

typedef struct
{
  const char *id;
  guint       number; /* 0 when the drug does not list the source */
} Citation;

/* "[1, 2, 7]" reads better than the order the data happens to cite them in;
 * unnumbered ids go last. */
static int
compare_citations (gconstpointer a, gconstpointer b)
{
  const Citation *x = a, *y = b;
  guint           nx = x->number > 0 ? x->number : G_MAXUINT;
  guint           ny = y->number > 0 ? y->number : G_MAXUINT;

  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

static void
update_contents (RcSourceMarker *self)
{
  g_autoptr (GString) label = g_string_new (NULL);
  g_autoptr (GString) tooltip = g_string_new (NULL);
  g_autoptr (GString) titles = g_string_new (NULL);
  g_autofree char *ids = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *bracketed = NULL;
  guint            n_sources = self->sources != NULL ? g_strv_length (self->sources) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self), n_sources > 0);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  g_autoptr (GArray) citations = g_array_sized_new (FALSE, FALSE, sizeof (Citation), n_sources);

  for (guint i = 0; i < n_sources; i++)
    {
      Citation citation = { self->sources[i],
                            rc_source_marker_lookup_number (self->drug, self->sources[i]) };

      g_array_append_val (citations, citation);
    }
  g_array_sort (citations, compare_citations);

  for (guint i = 0; i < n_sources; i++)
    {
      const char      *id = g_array_index (citations, Citation, i).id;
      guint            number = g_array_index (citations, Citation, i).number;
      RcSource        *source = self->drug != NULL ? rc_drug_lookup_source (self->drug, id) : NULL;
      const char      *title = source != NULL ? rc_source_get_title (source) : NULL;
      g_autofree char *line = NULL;

      if (i > 0)
        {
          /* Translators: the separator between source numbers in a citation
           * marker such as "[1, 4]". */
          g_string_append (label, C_ ("citation separator", ", "));
          g_string_append_c (tooltip, '\n');
          g_string_append_c (titles, '\n');
        }

      if (number > 0)
        g_string_append_printf (label, "%u", number);
      else
        g_string_append (label, id);

      /* Titles come from the data: escape them before they meet markup. */
      if (number > 0 && title != NULL)
        line = g_markup_printf_escaped ("<b>[%u]</b> %s <small>(%s)</small>", number, title, id);
      else
        line = g_markup_escape_text (id, -1);
      g_string_append (tooltip, line);
      g_string_append (titles, title != NULL ? title : id);
    }

  /* Translators: a citation marker after a fact; %s is a list of source
   * numbers such as "1, 4". */
  bracketed = g_strdup_printf (C_ ("citation", "[%s]"), label->str);
  gtk_button_set_label (GTK_BUTTON (self), bracketed);
  gtk_widget_set_tooltip_markup (GTK_WIDGET (self), n_sources > 0 ? tooltip->str : NULL);

  ids = n_sources > 0 ? rc_format_sources ((const char *const *) self->sources) : g_strdup ("");
  /* Translators: the spoken name of a citation marker; %s lists source ids. */
  accessible = g_strdup_printf (_ ("Sources: %s"), ids != NULL ? ids : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, titles->str, -1);
}

static void
ensure_popover (RcSourceMarker *self)
{
  GtkWidget *list;

  if (self->popover != NULL)
    {
      gtk_widget_unparent (self->popover);
      self->popover = NULL;
    }

  list = rc_source_list_new (self->drug, (const char *const *) self->sources);
  gtk_widget_set_size_request (list, 280, -1);

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), list);
  gtk_widget_add_css_class (self->popover, "rc-source-popover");
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

static void
rc_source_marker_clicked (GtkButton *button)
{
  RcSourceMarker *self = RC_SOURCE_MARKER (button);

  if (self->sources == NULL || self->sources[0] == NULL)
    return;

  /* Inside a drug page the Sources section is on the same page: go there.
   * Elsewhere (the Compare table) show the sources right here. */
  if (gtk_widget_activate_action (GTK_WIDGET (self), RC_SOURCE_MARKER_ACTION, "s",
                                  self->sources[0]))
    return;

  ensure_popover (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
rc_source_marker_dispose (GObject *object)
{
  RcSourceMarker *self = RC_SOURCE_MARKER (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_object (&self->drug);

  G_OBJECT_CLASS (rc_source_marker_parent_class)->dispose (object);
}

static void
rc_source_marker_finalize (GObject *object)
{
  RcSourceMarker *self = RC_SOURCE_MARKER (object);

  g_strfreev (self->sources);

  G_OBJECT_CLASS (rc_source_marker_parent_class)->finalize (object);
}

static void
rc_source_marker_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcSourceMarker *self = RC_SOURCE_MARKER (object);

  switch (prop_id)
    {
      case PROP_DRUG:
        g_value_set_object (value, self->drug);
        break;
      case PROP_SOURCES:
        g_value_set_boxed (value, self->sources);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_source_marker_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcSourceMarker *self = RC_SOURCE_MARKER (object);

  switch (prop_id)
    {
      case PROP_DRUG:
        rc_source_marker_set_drug (self, g_value_get_object (value));
        break;
      case PROP_SOURCES:
        rc_source_marker_set_sources (self, g_value_get_boxed (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_source_marker_class_init (RcSourceMarkerClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = rc_source_marker_dispose;
  object_class->finalize = rc_source_marker_finalize;
  object_class->get_property = rc_source_marker_get_property;
  object_class->set_property = rc_source_marker_set_property;

  button_class->clicked = rc_source_marker_clicked;

  properties[PROP_DRUG] =
      g_param_spec_object ("drug", NULL, NULL, RC_TYPE_DRUG,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
      g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
rc_source_marker_init (RcSourceMarker *self)
{
  gtk_button_set_has_frame (GTK_BUTTON (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "rc-source-marker");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
rc_source_marker_new (RcDrug *drug, const char *const *sources)
{
  return g_object_new (RC_TYPE_SOURCE_MARKER, "drug", drug, "sources", sources, NULL);
}

RcDrug *
rc_source_marker_get_drug (RcSourceMarker *self)
{
  g_return_val_if_fail (RC_IS_SOURCE_MARKER (self), NULL);

  return self->drug;
}

void
rc_source_marker_set_drug (RcSourceMarker *self, RcDrug *drug)
{
  g_return_if_fail (RC_IS_SOURCE_MARKER (self));
  g_return_if_fail (drug == NULL || RC_IS_DRUG (drug));

  if (!g_set_object (&self->drug, drug))
    return;

  update_contents (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG]);
}

const char *const *
rc_source_marker_get_sources (RcSourceMarker *self)
{
  g_return_val_if_fail (RC_IS_SOURCE_MARKER (self), NULL);

  return (const char *const *) self->sources;
}

void
rc_source_marker_set_sources (RcSourceMarker *self, const char *const *sources)
{
  g_return_if_fail (RC_IS_SOURCE_MARKER (self));

  if (self->sources != NULL && sources != NULL &&
      g_strv_equal ((const char *const *) self->sources, sources))
    return;
  if (self->sources == NULL && sources == NULL)
    return;

  g_strfreev (self->sources);
  self->sources = g_strdupv ((char **) sources);

  update_contents (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCES]);
}
