/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "as-database.h"

G_BEGIN_DECLS

/* The printed documents of the maintenance service, drawn with Cairo on A4:
 * the same drawing serves the print dialog (GtkPrintOperation) and PDF files
 * written from the command line without a display. */
typedef enum
{
  AS_DOCUMENT_REPAIR_CARD,          /* id: repair */
  AS_DOCUMENT_SERVICE_CERTIFICATE,  /* id: repair */
  AS_DOCUMENT_GOODS_RECEIPT,        /* id: repair taken to the workshop */
  AS_DOCUMENT_EXPIRY_NOTICE,        /* id: maintenance contract */
  AS_DOCUMENT_TECHNICIAN_DAILY,     /* date, staff_id (0: every technician) */
  AS_DOCUMENT_SUPERVISOR_DAILY,     /* date */
  AS_DOCUMENT_BRANCH_DAILY,         /* date, branch_id */
  AS_DOCUMENT_DAY_REGISTER,         /* date: the repair register entries of the day */
  AS_DOCUMENT_TECHNICIAN_REVIEW,    /* date: a day of the month reviewed */
  AS_DOCUMENT_DEPARTMENT_REVIEW,    /* date: a day of the month reviewed */
} AsDocumentKind;

typedef struct
{
  AsDocumentKind  kind;
  gint64          id;
  const char     *date;             /* "YYYY-MM-DD" for the daily reports */
  gint64          staff_id;
  gint64          branch_id;
} AsDocumentRequest;

/* Who the documents are from, from Preferences. */
typedef struct
{
  const char *name;
  const char *logo_path;            /* PNG file, or NULL */
} AsCompany;

typedef struct _AsDocument AsDocument;

gboolean    as_document_kind_from_string (const char              *text,
                                          AsDocumentKind          *kind);
const char *as_document_kind_to_string   (AsDocumentKind           kind);
const char *as_document_kind_get_title   (AsDocumentKind           kind);

/* Reads what the document shows. A missing record, or a document that does
 * not apply (a goods receipt for a repair done on site), is refused with a
 * clear message. */
AsDocument *as_document_new              (AsDatabase              *db,
                                          const AsDocumentRequest *request,
                                          const AsCompany         *company,
                                          GError                 **error);
int         as_document_get_n_pages      (AsDocument              *self,
                                          cairo_t                 *cr,
                                          double                   width,
                                          double                   height);
void        as_document_draw_page        (AsDocument              *self,
                                          cairo_t                 *cr,
                                          int                      page,
                                          double                   width,
                                          double                   height);
/* Written under a temporary name and renamed: no half-written file is
 * ever left under @path. */
gboolean    as_document_write_pdf        (AsDocument              *self,
                                          const char              *path,
                                          GError                 **error);
void        as_document_free             (AsDocument              *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsDocument, as_document_free)

G_END_DECLS
