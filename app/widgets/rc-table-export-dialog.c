/* rc-table-export-dialog.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rc-table-export-dialog.h"

/* The formats a person saves; TSV is for the clipboard. */
static const struct
{
  RcTableFormat format;
  const char   *name; /* translated at use */
  const char   *extension;
  const char   *mime_type;
} formats[] = {
  /* Translators: file types in the table export dialog. */
  { RC_TABLE_FORMAT_CSV, N_ ("CSV (spreadsheet)"), "csv", "text/csv" },
  { RC_TABLE_FORMAT_MARKDOWN, N_ ("Markdown"), "md", "text/markdown" },
  { RC_TABLE_FORMAT_HTML, N_ ("HTML web page"), "html", "text/html" },
};

/* Other extensions that name the same formats. */
static const struct
{
  const char   *extension;
  RcTableFormat format;
} aliases[] = {
  { "csv", RC_TABLE_FORMAT_CSV },           { "md", RC_TABLE_FORMAT_MARKDOWN },
  { "markdown", RC_TABLE_FORMAT_MARKDOWN }, { "html", RC_TABLE_FORMAT_HTML },
  { "htm", RC_TABLE_FORMAT_HTML },
};

struct _RcTableExportDialog
{
  GObject parent_instance;

  /* Borrowed References */
  GtkWindow *parent; /* weak */

  /* Owned References */
  RcComparison         *comparison;
  GtkFileChooserNative *chooser;
  GtkFileFilter        *filters[G_N_ELEMENTS (formats)];
};

enum
{
  PROP_0,
  PROP_PARENT,
  PROP_COMPARISON,
  N_PROPS
};

enum
{
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RcTableExportDialog, rc_table_export_dialog, G_TYPE_OBJECT)

RcTableFormat
rc_table_export_dialog_format_for_file (GFile *file, RcTableFormat filter_format)
{
  g_autofree char *base = NULL;
  const char      *dot;

  g_return_val_if_fail (G_IS_FILE (file), filter_format);

  base = g_file_get_basename (file);
  dot = base != NULL ? strrchr (base, '.') : NULL;
  if (dot == NULL || dot == base)
    return filter_format;
  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (dot + 1, aliases[i].extension) == 0)
      return aliases[i].format;
  return filter_format;
}

static void
show_error (GtkWindow *parent, const char *message)
{
  GtkWidget *dialog = gtk_message_dialog_new (
      parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, GTK_MESSAGE_ERROR,
      GTK_BUTTONS_CLOSE, "%s", _ ("The table could not be exported"));

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", message);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static RcTableFormat
chosen_filter_format (RcTableExportDialog *self)
{
  /* Not a new reference. */
  GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (self->chooser));

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (filter == self->filters[i])
      return formats[i].format;
  return RC_TABLE_FORMAT_CSV;
}

static void
response_cb (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  /* The reference taken when the dialog was shown. */
  g_autoptr (RcTableExportDialog) self = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  gboolean written = FALSE;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    {
      RcTableFormat format =
          rc_table_export_dialog_format_for_file (file, chosen_filter_format (self));

      written = rc_table_export_to_file (self->comparison, format, file, &error);
      if (!written)
        show_error (self->parent, error->message);
    }
  g_signal_emit (self, signals[FINISHED], 0, file, written);
}

void
rc_table_export_dialog_present (RcTableExportDialog *self)
{
  GtkFileChooser *chooser;

  g_return_if_fail (RC_IS_TABLE_EXPORT_DIALOG (self));

  if (self->chooser != NULL && gtk_native_dialog_get_visible (GTK_NATIVE_DIALOG (self->chooser)))
    return;
  if (self->chooser == NULL)
    {
      self->chooser =
          gtk_file_chooser_native_new (_ ("Export Table"), self->parent,
                                       GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
      chooser = GTK_FILE_CHOOSER (self->chooser);
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
      /* Translators: the suggested file name of an exported table; keep ".csv". */
      gtk_file_chooser_set_current_name (chooser, _ ("muscle-relaxants-comparison.csv"));
      for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        {
          g_autofree char *pattern = g_strconcat ("*.", formats[i].extension, NULL);

          self->filters[i] = gtk_file_filter_new ();
          gtk_file_filter_set_name (self->filters[i], _ (formats[i].name));
          gtk_file_filter_add_pattern (self->filters[i], pattern);
          gtk_file_filter_add_mime_type (self->filters[i], formats[i].mime_type);
          gtk_file_chooser_add_filter (chooser, self->filters[i]);
        }
      gtk_file_chooser_set_filter (chooser, self->filters[0]);
      g_signal_connect (self->chooser, "response", G_CALLBACK (response_cb), self);
    }
  /* Alive until answered, whoever else lets go. */
  g_object_ref (self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

RcTableExportDialog *
rc_table_export_dialog_new (GtkWindow *parent, RcComparison *comparison)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RC_IS_COMPARISON (comparison), NULL);

  return g_object_new (RC_TYPE_TABLE_EXPORT_DIALOG, "parent", parent, "comparison", comparison,
                       NULL);
}

void
rc_table_export_dialog_show (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  g_autoptr (RcComparison) comparison = NULL;
  g_autoptr (RcTableExportDialog) dialog = NULL;
  g_autoptr (GError) error = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_KNOWLEDGE_BASE (kb));

  if (drug_ids == NULL || drug_ids[0] == NULL)
    {
      GListModel *drugs = rc_knowledge_base_get_drugs (kb);

      for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
        {
          g_autoptr (RcDrug) drug = g_list_model_get_item (drugs, i);

          /* The knowledge base keeps its drugs: the id outlives this call. */
          g_ptr_array_add (all, (gpointer) rc_drug_get_id (drug));
        }
      g_ptr_array_add (all, NULL);
      drug_ids = (const char *const *) all->pdata;
    }
  comparison = rc_comparison_new (kb, drug_ids, &error);
  if (comparison == NULL)
    {
      show_error (parent, error->message);
      return;
    }
  dialog = rc_table_export_dialog_new (parent, comparison);
  rc_table_export_dialog_present (dialog);
}

static void
rc_table_export_dialog_dispose (GObject *object)
{
  RcTableExportDialog *self = RC_TABLE_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    g_clear_object (&self->filters[i]);
  g_clear_object (&self->comparison);
  g_clear_weak_pointer (&self->parent);

  G_OBJECT_CLASS (rc_table_export_dialog_parent_class)->dispose (object);
}

static void
rc_table_export_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  RcTableExportDialog *self = RC_TABLE_EXPORT_DIALOG (object);

  switch (prop_id)
    {
      case PROP_PARENT:
        g_value_set_object (value, self->parent);
        break;
      case PROP_COMPARISON:
        g_value_set_object (value, self->comparison);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_table_export_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  RcTableExportDialog *self = RC_TABLE_EXPORT_DIALOG (object);

  switch (prop_id)
    {
      case PROP_PARENT:
        g_set_weak_pointer (&self->parent, g_value_get_object (value));
        break;
      case PROP_COMPARISON:
        self->comparison = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_table_export_dialog_class_init (RcTableExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rc_table_export_dialog_dispose;
  object_class->get_property = rc_table_export_dialog_get_property;
  object_class->set_property = rc_table_export_dialog_set_property;

  properties[PROP_PARENT] =
      g_param_spec_object ("parent", NULL, NULL, GTK_TYPE_WINDOW,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARISON] =
      g_param_spec_object ("comparison", NULL, NULL, RC_TYPE_COMPARISON,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_FILE, G_TYPE_BOOLEAN);
}

static void
rc_table_export_dialog_init (RcTableExportDialog *self)
{
}
