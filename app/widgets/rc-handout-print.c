/* rc-handout-print.c
 *
 * Copyright 2026 The Relaxant Compare developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rc-handout-print.h"

#include "rc-comparison.h"
#include "rc-handout-export.h"

/* What the last print dialog chose, kept on the window that asked. */
#define SETTINGS_KEY "rc-handout-print-settings"
#define PAGE_SETUP_KEY "rc-handout-page-setup"

struct _RcHandoutPrint
{
  GtkPrintOperation parent_instance;

  /* Owned References */
  RcHandout *handout;
};

enum
{
  PROP_0,
  PROP_HANDOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RcHandoutPrint, rc_handout_print, GTK_TYPE_PRINT_OPERATION)

/* ---- The print operation -------------------------------------------- */

static void
rc_handout_print_begin_print (GtkPrintOperation *operation, GtkPrintContext *context)
{
  RcHandoutPrint *self = RC_HANDOUT_PRINT (operation);
  guint           n_pages;

  /* The whole sheet in points: the handout keeps its own margins, so the
   * printed pages are the PDF's pages. */
  n_pages = rc_handout_paginate (self->handout, gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context));
  if (n_pages == 0)
    {
      /* Paper too small for the table: print nothing rather than blanks. */
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
rc_handout_print_draw_page (GtkPrintOperation *operation, GtkPrintContext *context, int page_nr)
{
  RcHandoutPrint *self = RC_HANDOUT_PRINT (operation);

  if (page_nr >= 0 && (guint) page_nr < rc_handout_get_n_pages (self->handout))
    rc_handout_draw_page (self->handout, gtk_print_context_get_cairo_context (context), page_nr);
}

RcHandoutPrint *
rc_handout_print_new (RcHandout *handout)
{
  g_return_val_if_fail (RC_IS_HANDOUT (handout), NULL);

  return g_object_new (RC_TYPE_HANDOUT_PRINT, "handout", handout, NULL);
}

RcHandout *
rc_handout_print_get_handout (RcHandoutPrint *self)
{
  g_return_val_if_fail (RC_IS_HANDOUT_PRINT (self), NULL);

  return self->handout;
}

static void
rc_handout_print_constructed (GObject *object)
{
  RcHandoutPrint    *self = RC_HANDOUT_PRINT (object);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (object);
  g_autofree char   *title = NULL;

  G_OBJECT_CLASS (rc_handout_print_parent_class)->constructed (object);

  g_return_if_fail (self->handout != NULL);
  title = rc_handout_dup_title (self->handout);
  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
}

static void
rc_handout_print_dispose (GObject *object)
{
  RcHandoutPrint *self = RC_HANDOUT_PRINT (object);

  g_clear_object (&self->handout);

  G_OBJECT_CLASS (rc_handout_print_parent_class)->dispose (object);
}

static void
rc_handout_print_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  RcHandoutPrint *self = RC_HANDOUT_PRINT (object);

  switch (prop_id)
    {
      case PROP_HANDOUT:
        g_value_set_object (value, self->handout);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_handout_print_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RcHandoutPrint *self = RC_HANDOUT_PRINT (object);

  switch (prop_id)
    {
      case PROP_HANDOUT:
        self->handout = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rc_handout_print_class_init (RcHandoutPrintClass *klass)
{
  GObjectClass           *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = rc_handout_print_constructed;
  object_class->dispose = rc_handout_print_dispose;
  object_class->get_property = rc_handout_print_get_property;
  object_class->set_property = rc_handout_print_set_property;
  operation_class->begin_print = rc_handout_print_begin_print;
  operation_class->draw_page = rc_handout_print_draw_page;

  properties[PROP_HANDOUT] =
      g_param_spec_object ("handout", NULL, NULL, RC_TYPE_HANDOUT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rc_handout_print_init (RcHandoutPrint *self)
{
}

/* ---- The window's commands ------------------------------------------ */

static void
show_error (GtkWindow *parent, const char *primary, const char *secondary)
{
  GtkWidget *dialog =
      gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                              GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);

  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The handout of the chosen drugs, or of every drug when none is chosen. */
static RcHandout *
handout_for (RcKnowledgeBase *kb, const char *const *drug_ids, GError **error)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  g_autoptr (RcComparison) comparison = NULL;

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
  comparison = rc_comparison_new (kb, drug_ids, error);
  if (comparison == NULL)
    return NULL;
  return rc_handout_new (kb, comparison);
}

static void
print_done_cb (GtkPrintOperation *operation, GtkPrintOperationResult result, GtkWindow *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr (GError) error = NULL;

      gtk_print_operation_get_error (operation, &error);
      show_error (parent, _ ("The handout could not be printed"),
                  error != NULL ? error->message : "");
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY && parent != NULL)
    {
      g_object_set_data_full (G_OBJECT (parent), SETTINGS_KEY,
                              g_object_ref (gtk_print_operation_get_print_settings (operation)),
                              g_object_unref);
      g_object_set_data_full (G_OBJECT (parent), PAGE_SETUP_KEY,
                              g_object_ref (gtk_print_operation_get_default_page_setup (operation)),
                              g_object_unref);
    }
}

void
rc_handout_print_run (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  g_autoptr (RcHandout) handout = NULL;
  g_autoptr (RcHandoutPrint) operation = NULL;
  g_autoptr (GError) error = NULL;
  GtkPrintSettings *settings = NULL;
  GtkPageSetup     *page_setup = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_KNOWLEDGE_BASE (kb));

  handout = handout_for (kb, drug_ids, &error);
  if (handout == NULL)
    {
      show_error (parent, _ ("The handout could not be printed"), error->message);
      return;
    }

  operation = rc_handout_print_new (handout);
  if (parent != NULL)
    {
      settings = g_object_get_data (G_OBJECT (parent), SETTINGS_KEY);
      page_setup = g_object_get_data (G_OBJECT (parent), PAGE_SETUP_KEY);
    }
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);
  if (page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), page_setup);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), parent, 0);

  /* Asynchronous: "done" reports the outcome, errors included. */
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                               GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR &&
      error != NULL)
    show_error (parent, _ ("The handout could not be printed"), error->message);
}

void
rc_handout_print_get_paper_size (GtkWindow *parent, double *width, double *height)
{
  GtkPageSetup *page_setup = NULL;
  GtkPaperSize *paper;

  if (parent != NULL)
    page_setup = g_object_get_data (G_OBJECT (parent), PAGE_SETUP_KEY);
  if (page_setup != NULL)
    {
      /* As the printer would get it, landscape included. */
      *width = gtk_page_setup_get_paper_width (page_setup, GTK_UNIT_POINTS);
      *height = gtk_page_setup_get_paper_height (page_setup, GTK_UNIT_POINTS);
      return;
    }
  /* The locale's paper: Letter in the US, A4 in most other places. */
  paper = gtk_paper_size_new (NULL);
  *width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  *height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
  gtk_paper_size_free (paper);
}

/* ---- Export as PDF -------------------------------------------------- */

typedef struct
{
  GtkWindow            *parent; /* weak */
  RcKnowledgeBase      *kb;
  char                **drug_ids;
  GtkFileChooserNative *chooser;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_clear_weak_pointer (&request->parent);
  g_clear_object (&request->kb);
  g_clear_pointer (&request->drug_ids, g_strfreev);
  g_clear_object (&request->chooser);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ExportRequest, export_request_free)

static void
export_response_cb (GtkNativeDialog *dialog, int response, gpointer user_data)
{
  g_autoptr (ExportRequest) request = user_data;
  g_autoptr (GFile) file = NULL;
  g_autoptr (RcHandout) handout = NULL;
  g_autoptr (GError) error = NULL;
  double width, height;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file == NULL)
    return;

  /* The chooser has already asked before replacing an existing file; the
   * name is kept as typed. */
  rc_handout_print_get_paper_size (request->parent, &width, &height);
  handout = handout_for (request->kb, (const char *const *) request->drug_ids, &error);
  if (handout == NULL || !rc_handout_export_to_file (handout, width, height, file, &error))
    show_error (request->parent, _ ("The handout could not be exported"), error->message);
}

void
rc_handout_print_export_pdf (GtkWindow *parent, RcKnowledgeBase *kb, const char *const *drug_ids)
{
  ExportRequest  *request;
  GtkFileChooser *chooser;
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (RC_IS_KNOWLEDGE_BASE (kb));

  request = g_new0 (ExportRequest, 1);
  g_set_weak_pointer (&request->parent, parent);
  request->kb = g_object_ref (kb);
  request->drug_ids = g_strdupv ((char **) drug_ids);
  request->chooser =
      gtk_file_chooser_native_new (_ ("Export Handout as PDF"), parent,
                                   GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"), _ ("_Cancel"));
  chooser = GTK_FILE_CHOOSER (request->chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->chooser), TRUE);
  /* Translators: the suggested file name of the handout; keep ".pdf". */
  gtk_file_chooser_set_current_name (chooser, _ ("muscle-relaxants-handout.pdf"));
  /* Translators: a file type in the export dialog. */
  gtk_file_filter_set_name (filter, _ ("PDF document"));
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (chooser, filter);

  g_signal_connect (request->chooser, "response", G_CALLBACK (export_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (request->chooser));
}
