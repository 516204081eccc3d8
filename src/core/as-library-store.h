/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"
#include "as-types.h"

G_BEGIN_DECLS

/* The technical documentation library (D1–D4): manuals, parts manuals,
 * price lists, technical letters, specifications and reference books, each
 * with a custodian; its versions, the current one marked (new releases are
 * tracked); the branches each version was sent to (maintenance manuals go to
 * every branch); loans with due dates.
 *
 * Confidential documents are listed for everyone but opened, lent and
 * returned only by a service supervisor, a branch manager or the deputy
 * general manager (AS_CONFIDENTIAL_ROLES), or by the document's custodian;
 * they are lent only to a person holding one of those roles. Every opening,
 * loan and return of a confidential document, and every refused attempt, is
 * written to document_access_log with who and when; managers
 * (AS_ACCESS_LOG_ROLES) read that log. A refused attempt writes its log row
 * and nothing else. */

#define AS_CONFIDENTIAL_ROLES \
  (AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER | AS_ROLE_DEPUTY_GM)
#define AS_ACCESS_LOG_ROLES \
  (AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER | AS_ROLE_DEPUTY_GM)
/* Who keeps the library: adds documents, versions, distributes and lends. */
#define AS_LIBRARY_KEEPER_ROLES \
  (AS_ROLE_SERVICE_DEPT | AS_ROLE_SUPERVISOR | AS_ROLE_BRANCH_MANAGER | AS_ROLE_DEPUTY_GM)

typedef struct
{
  const char *title;
  const char *kind;           /* "manual", "maintenance_manual", "parts_manual",
                                 "price_list", "technical_letter",
                                 "specification", "reference_book" */
  gint64      model_id;       /* 0: none */
  gint64      custodian_id;
  gboolean    confidential;
  const char *shelf;
} AsDocumentInfo;

const char *const *as_library_document_kinds (void);

/* Whether the acting person may open @document_id (no log written). */
gboolean    as_library_store_may_open      (AsDatabase            *db,
                                            gint64                 document_id);
/* Opens a document for its detail: every column as text, plus
 * custodian_name, model_code, current_version, current_version_id,
 * n_branches (all branches) and current_branches (those the current version
 * was sent to). A confidential one is checked and its opening logged. */
GHashTable *as_library_store_open          (AsDatabase            *db,
                                            gint64                 document_id,
                                            GError               **error);
/* The document opened before, read again after a change (the page's own
 * refresh): the same check, no new log row. */
GHashTable *as_library_store_reload        (AsDatabase            *db,
                                            gint64                 document_id,
                                            GError               **error);
/* Versions, newest first: id, version, released_on, notes, is_current,
 * branches (how many it went to), branch_names (comma-separated). */
GPtrArray  *as_library_store_list_versions (AsDatabase            *db,
                                            gint64                 document_id);
/* Loans, latest first: id, borrower_name, lent_on, due_on, returned_on,
 * overdue (1 when out past its due date). */
GPtrArray  *as_library_store_list_loans    (AsDatabase            *db,
                                            gint64                 document_id);

gint64      as_library_store_add_document  (AsDatabase            *db,
                                            const AsDocumentInfo  *info,
                                            const char            *version,
                                            const char            *released_on,
                                            GError               **error);
gboolean    as_library_store_update_document (AsDatabase          *db,
                                              gint64               document_id,
                                              const AsDocumentInfo *info,
                                              GError             **error);
/* A new release: becomes the current version. */
gint64      as_library_store_add_version   (AsDatabase            *db,
                                            gint64                 document_id,
                                            const char            *version,
                                            const char            *released_on,
                                            const char            *notes,
                                            GError               **error);
/* Sends @version_id to @branch_id, or to every branch that has not had it
 * when @branch_id is 0. Returns: the number of branches it went to, or -1
 * with @error set. */
int         as_library_store_distribute    (AsDatabase            *db,
                                            gint64                 version_id,
                                            gint64                 branch_id,
                                            GError               **error);
/* Lends the document (its current version) from today until @due_on. */
gint64      as_library_store_lend          (AsDatabase            *db,
                                            gint64                 document_id,
                                            gint64                 borrower_id,
                                            const char            *due_on,
                                            GError               **error);
gboolean    as_library_store_return        (AsDatabase            *db,
                                            gint64                 loan_id,
                                            const char            *returned_on,
                                            GError               **error);

G_END_DECLS
