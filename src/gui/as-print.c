/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing a document with GtkPrintOperation: the pages are those of
 * as-document.c, drawn in points on the full A4 sheet. */

#include <glib/gi18n.h>

#include "as-gui-util.h"
#include "as-print.h"

#define SCHEMA_ID AS_APP_ID

/* The last settings of the dialog, so that the next print starts from them. */
static GtkPrintSettings *last_settings;

/* ----------------------------------------------------------------- helpers */

static AsDocument *
new_document (AsDatabase              *db,
              const AsDocumentRequest *request,
              GError                 **error)
{
  g_autofree char *name = NULL;
  g_autofree char *logo = NULL;
  AsCompany company;

  as_print_read_company (&name, &logo);
  company = (AsCompany) { name, logo };
  return as_document_new (db, request, &company, error);
}

/* "repair-card-42", "technician-daily-2026-11-27": the file name offered by
 * "Print to File". */
static char *
make_basename (const AsDocumentRequest *request)
{
  const char *kind = as_document_kind_to_string (request->kind);

  if (request->date != NULL && request->id == 0)
    return g_strdup_printf ("%s-%s", kind, request->date);
  return g_strdup_printf ("%s-%" G_GINT64_FORMAT, kind, request->id);
}

/* ------------------------------------------------------- signal callbacks */

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   AsDocument        *document)
{
  int n_pages = as_document_get_n_pages (document, gtk_print_context_get_cairo_context (context),
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 AsDocument        *document)
{
  as_document_draw_page (document, gtk_print_context_get_cairo_context (context), page_nr,
                         gtk_print_context_get_width (context),
                         gtk_print_context_get_height (context));
}

/* ------------------------------------------------------------- operation */

static GtkPrintOperation *
new_operation (AsDocument              *document,
               const AsDocumentRequest *request)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPrintSettings) settings = NULL;
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *basename = make_basename (request);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_paper_size_free (a4);
  settings = last_settings != NULL ? gtk_print_settings_copy (last_settings)
                                   : gtk_print_settings_new ();
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");

  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_print_settings (operation, settings);
  /* The documents keep their own 15 mm margins on the whole sheet, in points. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, as_document_kind_get_title (request->kind));

  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), document);
  return operation;
}

/* ------------------------------------------------------------ public API */

/**
 * as_print_document:
 * @parent: (nullable): the window the dialog belongs to
 * @db: the database
 * @request: what to print
 *
 * Shows the print dialog for the document and prints it (or, with "Print
 * to File", writes a PDF). A document that cannot be made, or a failed
 * print, is reported in a message dialog.
 *
 * Returns: %TRUE when the document was printed, %FALSE when it was not
 *   (cancelled, or an error already shown)
 */
gboolean
as_print_document (GtkWindow               *parent,
                   AsDatabase              *db,
                   const AsDocumentRequest *request)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  document = new_document (db, request, &error);
  if (document == NULL)
    {
      as_gui_error_dialog (parent, _("The document could not be printed"), error);
      return FALSE;
    }
  /* Synchronous: the dialog runs its own loop, and @document outlives it. */
  operation = new_operation (document, request);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent,
                                    &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    as_gui_error_dialog (parent, _("The document could not be printed"), error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&last_settings, gtk_print_operation_get_print_settings (operation));
  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}

/**
 * as_print_document_export:
 * @pdf_path: the PDF file to write
 *
 * Writes the document through GtkPrintOperation's export action, without a
 * dialog: the same pages as the print dialog gives.
 *
 * Returns: %TRUE when written
 */
gboolean
as_print_document_export (AsDatabase              *db,
                          const AsDocumentRequest *request,
                          const char              *pdf_path,
                          GError                 **error)
{
  g_autoptr(AsDocument) document = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (request != NULL && pdf_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  document = new_document (db, request, error);
  if (document == NULL)
    return FALSE;
  operation = new_operation (document, request);
  gtk_print_operation_set_export_filename (operation, pdf_path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/**
 * as_print_read_company:
 * @name: (out) (transfer full): the company's name, "" when not set
 * @logo_path: (out) (transfer full) (nullable): its logo, %NULL when not set
 *
 * Reads who the documents are from in Preferences, without failing when the
 * settings schema is not installed (the command line run from anywhere).
 */
void
as_print_read_company (char **name,
                       char **logo_path)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *logo = NULL;

  g_return_if_fail (name != NULL && logo_path != NULL);

  *name = NULL;
  *logo_path = NULL;
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "company-name") ||
      !g_settings_schema_has_key (schema, "company-logo"))
    {
      *name = g_strdup ("");
      return;
    }
  settings = g_settings_new_full (schema, NULL, NULL);
  *name = g_settings_get_string (settings, "company-name");
  logo = g_settings_get_string (settings, "company-logo");
  if (*logo != '\0')
    *logo_path = g_steal_pointer (&logo);
}
