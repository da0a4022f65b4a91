/* rc-source-list.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-source-list.h"

#include "rc-source-marker.h"

struct _RcSourceList
{
  GtkWidget parent_instance;

  /* Owned References */
  GHashTable *entries; /* source id -> entry widget (borrowed children) */
};

G_DEFINE_FINAL_TYPE (RcSourceList, rc_source_list, GTK_TYPE_WIDGET)

static gboolean
activate_link_cb (GtkLabel *label, const char *uri, gpointer user_data)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (label));

  /* Open with the desktop's browser (through the portal when sandboxed). */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);

  return TRUE;
}

static char *
describe_origin (RcSource *source)
{
  const char *publisher = rc_source_get_publisher (source);
  int         year = rc_source_get_year (source);

  if (publisher != NULL && year > 0)
    /* Translators: where a source comes from: publisher, then year. */
    return g_strdup_printf (C_ ("source origin", "%s, %d"), publisher, year);
  if (publisher != NULL)
    return g_strdup (publisher);
  if (year > 0)
    return g_strdup_printf ("%d", year);

  return NULL;
}

static GtkWidget *
new_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Selectable labels take keyboard focus; a list of forty would make
   * the page tedious to Tab through, so only the links do. */
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
build_entry (RcSourceList *self, RcDrug *drug, RcSource *source)
{
  const char *const *urls = rc_source_get_urls (source);
  guint              number = rc_source_marker_lookup_number (drug, rc_source_get_id (source));
  g_autofree char   *number_text = NULL;
  g_autofree char   *origin = describe_origin (source);
  g_autofree char   *accessible = NULL;
  GtkWidget         *entry;
  GtkWidget         *column;
  GtkWidget         *label;

  entry = g_object_new (GTK_TYPE_BOX, "orientation", GTK_ORIENTATION_HORIZONTAL, "spacing", 12,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM, NULL);
  gtk_widget_add_css_class (entry, "rc-source-entry");
  /* Markers scroll to and focus the entry, so it must take focus. */
  gtk_widget_set_focusable (entry, TRUE);

  /* Translators: the number of a source in the numbered list, e.g. "[3]". */
  number_text = g_strdup_printf (C_ ("source number", "[%u]"), number);
  label = gtk_label_new (number_text);
  gtk_widget_add_css_class (label, "rc-source-number");
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_yalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (entry), label);

  column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (entry), column);

  gtk_box_append (GTK_BOX (column), new_label (rc_source_get_title (source), "rc-source-title"));
  if (origin != NULL)
    gtk_box_append (GTK_BOX (column), new_label (origin, "dim-label"));
  if (rc_source_get_kind (source) == RC_SOURCE_ERROR_EXAMPLE)
    {
      label =
          new_label (_ ("Cited as an example of an error, not as evidence"), "rc-error-example");
      gtk_box_append (GTK_BOX (column), label);
    }
  label = new_label (rc_source_get_id (source), "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (column), label);

  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<a href=\"%s\">%s</a>", urls[i], urls[i]);

      label = gtk_label_new (NULL);
      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_set_focusable (label, TRUE);
      gtk_widget_add_css_class (label, "rc-source-link");
      g_signal_connect (label, "activate-link", G_CALLBACK (activate_link_cb), NULL);
      gtk_box_append (GTK_BOX (column), label);
    }

  /* Translators: the spoken name of a source entry: number, then title. */
  accessible = g_strdup_printf (_ ("Source %u: %s"), number, rc_source_get_title (source));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  g_hash_table_replace (self->entries, g_strdup (rc_source_get_id (source)), entry);

  return entry;
}

static void
rc_source_list_dispose (GObject *object)
{
  RcSourceList *self = RC_SOURCE_LIST (object);
  GtkWidget    *child;

  g_hash_table_remove_all (self->entries);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rc_source_list_parent_class)->dispose (object);
}

static void
rc_source_list_finalize (GObject *object)
{
  RcSourceList *self = RC_SOURCE_LIST (object);

  g_hash_table_unref (self->entries);

  G_OBJECT_CLASS (rc_source_list_parent_class)->finalize (object);
}

static void
rc_source_list_class_init (RcSourceListClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rc_source_list_dispose;
  object_class->finalize = rc_source_list_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "rc-source-list");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rc_source_list_init (RcSourceList *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
rc_source_list_new (RcDrug *drug, const char *const *source_ids)
{
  RcSourceList *self;

  g_return_val_if_fail (RC_IS_DRUG (drug), NULL);

  self = g_object_new (RC_TYPE_SOURCE_LIST, NULL);

  if (source_ids != NULL)
    {
      for (guint i = 0; source_ids[i] != NULL; i++)
        {
          RcSource *source = rc_drug_lookup_source (drug, source_ids[i]);

          if (source != NULL && !g_hash_table_contains (self->entries, source_ids[i]))
            gtk_widget_set_parent (build_entry (self, drug, source), GTK_WIDGET (self));
        }
    }
  else
    {
      GListModel *sources = rc_drug_get_sources (drug);
      guint       n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (RcSource) source = g_list_model_get_item (sources, i);

          gtk_widget_set_parent (build_entry (self, drug, source), GTK_WIDGET (self));
        }
    }

  return GTK_WIDGET (self);
}

GtkWidget *
rc_source_list_get_entry (RcSourceList *self, const char *source_id)
{
  g_return_val_if_fail (RC_IS_SOURCE_LIST (self), NULL);

  return source_id != NULL ? g_hash_table_lookup (self->entries, source_id) : NULL;
}
