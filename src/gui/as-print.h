/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "as-database.h"
#include "as-document.h"

G_BEGIN_DECLS

/* Printing the documents through the GTK print dialog (a printer, or a PDF
 * file with "Print to File"), A4 by default, with the company's name and
 * logo from Preferences. Errors are shown to the person in a message dialog. */
gboolean as_print_document        (GtkWindow               *parent,
                                   AsDatabase              *db,
                                   const AsDocumentRequest *request);
/* The same drawing through GtkPrintOperation's export, without a dialog. */
gboolean as_print_document_export (AsDatabase              *db,
                                   const AsDocumentRequest *request,
                                   const char              *pdf_path,
                                   GError                 **error);
/* The company-name and company-logo settings, or an empty name and no logo
 * when the schema is not installed. Free both with g_free(). */
void     as_print_read_company    (char                   **name,
                                   char                   **logo_path);

G_END_DECLS
