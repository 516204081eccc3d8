/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The technical documentation library: documents and their custodians,
 * versions (the current one marked), distribution to the branches, loans,
 * and the protection of confidential documents, whose every access is logged. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-library-store.h"
#include "as-tool-sql-private.h"
#include "as-tool-store.h"
#include "as-validate.h"

#define LOANS_SHOWN 200

static const char *const document_kinds[] = {
  "manual", "maintenance_manual", "parts_manual", "price_list", "technical_letter",
  "specification", "reference_book", NULL
};

/* ---------------------------------------------------------------- helpers */

static GHashTable *
load_document (AsDatabase  *db,
               gint64       document_id,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *document = as_database_query_row (db, &local_error,
    "SELECT t.*, s.name AS custodian_name, m.code AS model_code,"
    " v.version AS current_version, v.id AS current_version_id,"
    " (SELECT count(*) FROM branches) AS n_branches,"
    " (SELECT count(*) FROM document_distribution d WHERE d.version_id = v.id)"
    "   AS current_branches"
    " FROM documents t"
    " LEFT JOIN staff s ON s.id = t.custodian_id"
    " LEFT JOIN product_models m ON m.id = t.model_id"
    " LEFT JOIN document_versions v ON v.document_id = t.id AND v.is_current = 1"
    " WHERE t.id = ?1", "i", document_id);

  if (document != NULL)
    return document;
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("The document chosen is not in the library."));
  return NULL;
}

static gboolean
is_confidential (GHashTable *document)
{
  return as_row_get_int (document, "confidential") == 1;
}

static gboolean
holds_roles (AsDatabase *db,
             gint64      staff_id,
             guint       roles)
{
  g_autoptr(GHashTable) person =
    as_database_query_row (db, NULL, "SELECT roles, active FROM staff WHERE id = ?1",
                           "i", staff_id);

  return person != NULL && as_row_get_int (person, "active") == 1 &&
         (as_row_get_int (person, "roles") & roles) != 0;
}

/* The acting person may see a confidential document: by role, or as its custodian. */
static gboolean
actor_may_access (AsDatabase *db,
                  GHashTable *document)
{
  gint64 actor = as_database_get_actor (db);

  if (!is_confidential (document))
    return TRUE;
  return holds_roles (db, actor, AS_CONFIDENTIAL_ROLES) ||
         (actor > 0 && as_row_get_int (document, "custodian_id") == actor);
}

/* @attempt: what a denied person tried (a code); @borrower_id: a loan's borrower, or 0. */
static gboolean
insert_access (AsDatabase  *db,
               gint64       document_id,
               const char  *action,
               const char  *attempt,
               gint64       borrower_id,
               GError     **error)
{
  g_autofree char *now = as_database_now ();

  if (!as_database_run (db, error,
                        "INSERT INTO document_access_log (document_id, staff_id, at, action,"
                        " attempt, borrower_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "irsssr",
                        document_id, as_database_get_actor (db), now, action, attempt,
                        borrower_id))
    return FALSE;
  as_database_notify_changed (db, "document_access_log");
  return TRUE;
}

/* A refused attempt on a confidential document is logged on its own, and
 * refused with @message. */
static gboolean
refuse_access (AsDatabase  *db,
               GHashTable  *document,
               const char  *attempt,
               gint64       borrower_id,
               const char  *message,
               GError     **error)
{
  gint64 id = as_row_get_int (document, "id");
  g_autofree char *details = g_strdup_printf ("refused: %s", attempt);

  if (as_database_begin (db, NULL))
    {
      if (insert_access (db, id, "denied", attempt, borrower_id, NULL))
        _as_tool_finish (db, "documents", id, "update", details, NULL);
      else
        as_database_rollback (db);
    }
  return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION, "%s", message);
}

static gboolean
require_keeper (AsDatabase  *db,
                GHashTable  *document,
                GError     **error)
{
  gint64 actor = as_database_get_actor (db);

  if (document != NULL && actor > 0 && as_row_get_int (document, "custodian_id") == actor)
    return TRUE;
  return _as_tool_require_actor (db, AS_LIBRARY_KEEPER_ROLES,
                                 _("Only the service department, a supervisor, a manager or the "
                                   "document's custodian keeps the library."), error);
}

/* A keeper who may also see the document, when it is confidential. */
static gboolean
require_keeper_access (AsDatabase  *db,
                       GHashTable  *document,
                       const char  *attempt,
                       GError     **error)
{
  /* The confidentiality first, so that every refused attempt on a secret is logged. */
  if (!actor_may_access (db, document))
    return refuse_access (db, document, attempt, 0,
                          _("This document is confidential: only a service supervisor, a branch "
                            "manager, the deputy general manager or its custodian may handle "
                            "it."), error);
  return require_keeper (db, document, error);
}

typedef struct
{
  char *title;
  char *shelf;
} CheckedDocument;

static void
checked_document_clear (CheckedDocument *checked)
{
  g_free (checked->title);
  g_free (checked->shelf);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckedDocument, checked_document_clear)

static gboolean
check_document (AsDatabase            *db,
                const AsDocumentInfo  *info,
                CheckedDocument       *out,
                GError               **error)
{
  g_autoptr(GHashTable) model = NULL;

  out->title = as_validate_strip (info->title);
  out->shelf = as_validate_strip (info->shelf);
  if (*out->title == '\0')
    return AS_REFUSE (error, _("Enter the document's title."));
  if (info->kind == NULL || !g_strv_contains (document_kinds, info->kind))
    return AS_REFUSE (error, _("Choose the kind of document."));
  if (info->custodian_id <= 0)
    return AS_REFUSE (error, _("Every document has a custodian: choose who keeps it."));
  if (!_as_tool_check_person (db, info->custodian_id, NULL, error))
    return FALSE;
  if (info->model_id == 0)
    return TRUE;
  model = as_database_query_row (db, error, "SELECT id FROM product_models WHERE id = ?1", "i",
                                 info->model_id);
  if (model == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("Choose an existing product "
                                                         "model."));
  return TRUE;
}

static gboolean
check_version (AsDatabase   *db,
               gint64        document_id,
               const char   *version,
               const char   *released_text,
               char        **released,
               GError      **error)
{
  g_autoptr(GHashTable) other = NULL;

  if (as_validate_is_blank (version))
    return AS_REFUSE (error,
                      _("Enter the version or edition, such as “2.1” or “2026”."));
  if (!_as_tool_store_check_date (released_text, released, _("the release"), error))
    return FALSE;
  other = as_database_query_row (db, error,
                                 "SELECT id FROM document_versions WHERE document_id = ?1"
                                 " AND version = ?2", "is", document_id, version);
  if (other != NULL)
    return AS_REFUSE (error, _("Version %s of this document is already recorded."), version);
  return error == NULL || *error == NULL;
}

static gint64
insert_version (AsDatabase  *db,
                gint64       document_id,
                const char  *version,
                const char  *released,
                const char  *notes,
                GError     **error)
{
  g_autofree char *now = as_database_now ();

  /* The previous current version steps down first: one current per document. */
  if (!as_database_run (db, error, "UPDATE document_versions SET is_current = 0"
                        " WHERE document_id = ?1 AND is_current = 1", "i", document_id) ||
      !as_database_run (db, error,
                        "INSERT INTO document_versions (document_id, version, released_on, notes,"
                        " is_current, recorded_by, recorded_at)"
                        " VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)",
                        "isssrs", document_id, version, released, notes ? notes : "",
                        as_database_get_actor (db), now))
    return 0;
  as_database_notify_changed (db, "document_versions");
  return as_database_last_insert_id (db);
}

/* ------------------------------------------------------------- reading */

/* Returns: (transfer none) (array zero-terminated=1): the kinds of document */
const char *const *
as_library_document_kinds (void)
{
  return document_kinds;
}

gboolean
as_library_store_may_open (AsDatabase *db,
                           gint64      document_id)
{
  g_autoptr(GHashTable) document = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  document = load_document (db, document_id, NULL);
  return document != NULL && actor_may_access (db, document);
}

/**
 * as_library_store_open:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set (%AS_DATABASE_ERROR_PERMISSION for a confidential one the acting
 *   person may not see)
 */
GHashTable *
as_library_store_open (AsDatabase  *db,
                       gint64       document_id,
                       GError     **error)
{
  g_autoptr(GHashTable) document = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if ((document = load_document (db, document_id, error)) == NULL)
    return NULL;
  if (!is_confidential (document))
    return g_steal_pointer (&document);
  if (!actor_may_access (db, document))
    {
      refuse_access (db, document, "opened", 0,
                     _("This document is confidential: only a service supervisor, a branch "
                       "manager, the deputy general manager or its custodian may open it."),
                     error);
      return NULL;
    }
  if (!as_database_begin (db, error))
    return NULL;
  if (!insert_access (db, document_id, "opened", NULL, 0, error) ||
      !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return NULL;
    }
  return g_steal_pointer (&document);
}

/**
 * as_library_store_reload:
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error set
 */
GHashTable *
as_library_store_reload (AsDatabase  *db,
                         gint64       document_id,
                         GError     **error)
{
  g_autoptr(GHashTable) document = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if ((document = load_document (db, document_id, error)) == NULL)
    return NULL;
  if (!actor_may_access (db, document))
    {
      as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                          _("This document is confidential: only a service supervisor, a branch "
                            "manager, the deputy general manager or its custodian may open it."));
      return NULL;
    }
  return g_steal_pointer (&document);
}

/**
 * as_library_store_list_versions:
 *
 * Returns: (transfer full): the versions, newest first
 */
GPtrArray *
as_library_store_list_versions (AsDatabase *db,
                                gint64      document_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, 0,
                                 "SELECT v.id, v.version, v.released_on, v.notes, v.is_current,"
                                 " (SELECT count(*) FROM document_distribution d"
                                 "  WHERE d.version_id = v.id) AS branches,"
                                 " (SELECT group_concat(b.name, ', ') FROM document_distribution d"
                                 "  JOIN branches b ON b.id = d.branch_id"
                                 "  WHERE d.version_id = v.id) AS branch_names"
                                 " FROM document_versions v WHERE v.document_id = ?1"
                                 " ORDER BY v.is_current DESC, v.released_on DESC, v.id DESC",
                                 "i", document_id);
}

/**
 * as_library_store_list_loans:
 *
 * Returns: (transfer full): the latest loans of the document
 */
GPtrArray *
as_library_store_list_loans (AsDatabase *db,
                             gint64      document_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  return as_database_query_rows (db, NULL, LOANS_SHOWN,
                                 "SELECT l.id, s.name AS borrower_name, l.lent_on, l.due_on,"
                                 " l.returned_on, (l.returned_on IS NULL"
                                 "  AND l.due_on < date('now', 'localtime')) AS overdue"
                                 " FROM document_loans l LEFT JOIN staff s ON s.id = l.borrower_id"
                                 " WHERE l.document_id = ?1 ORDER BY l.lent_on DESC, l.id DESC",
                                 "i", document_id);
}

/* ---------------------------------------------------------------- writes */

/**
 * as_library_store_add_document:
 * @version: its first version or edition
 * @released_on: (nullable): the day that version was released; %NULL for today
 *
 * Returns: the new document's id, or 0 with @error set
 */
gint64
as_library_store_add_document (AsDatabase            *db,
                               const AsDocumentInfo  *info,
                               const char            *version,
                               const char            *released_on,
                               GError               **error)
{
  g_auto(CheckedDocument) checked = { 0 };
  g_autofree char *released = NULL;
  g_autofree char *clean_version = as_validate_strip (version);
  g_autofree char *now = as_database_now ();
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (info != NULL, 0);

  if (!require_keeper (db, NULL, error) || !check_document (db, info, &checked, error) ||
      !check_version (db, 0, clean_version, released_on, &released, error))
    return 0;
  if (info->confidential && !holds_roles (db, as_database_get_actor (db), AS_CONFIDENTIAL_ROLES) &&
      info->custodian_id != as_database_get_actor (db))
    return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION,
                               _("Only a supervisor, a manager or the custodian files a "
                                 "confidential document."));
  if (!as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO documents (title, kind, model_id, custodian_id, confidential,"
                        " shelf, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", "ssriiss",
                        checked.title, info->kind, info->model_id, info->custodian_id,
                        (gint64) (info->confidential ? 1 : 0), checked.shelf, now))
    return _as_tool_fail (db);
  id = as_database_last_insert_id (db);
  details = g_strdup_printf ("added “%s” version %s", checked.title, clean_version);
  if (insert_version (db, id, clean_version, released, NULL, error) == 0 ||
      !_as_tool_finish (db, "documents", id, "insert", details, error))
    return _as_tool_fail (db);
  return id;
}

gboolean
as_library_store_update_document (AsDatabase            *db,
                                  gint64                 document_id,
                                  const AsDocumentInfo  *info,
                                  GError               **error)
{
  g_autoptr(GHashTable) document = NULL;
  g_auto(CheckedDocument) checked = { 0 };
  g_autofree char *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  if ((document = load_document (db, document_id, error)) == NULL ||
      !require_keeper_access (db, document, "edited", error) ||
      !check_document (db, info, &checked, error) || !as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("title “%s” → “%s”; confidential %s → %d",
                             as_row_get (document, "title"), checked.title,
                             as_row_get (document, "confidential"), info->confidential ? 1 : 0);
  if (!as_database_run (db, error,
                        "UPDATE documents SET title = ?2, kind = ?3, model_id = ?4,"
                        " custodian_id = ?5, confidential = ?6, shelf = ?7 WHERE id = ?1",
                        "issriis", document_id, checked.title, info->kind, info->model_id,
                        info->custodian_id, (gint64) (info->confidential ? 1 : 0), checked.shelf))
    return _as_tool_fail (db);
  return _as_tool_finish (db, "documents", document_id, "update", details, error);
}

/**
 * as_library_store_add_version:
 *
 * Records a new release of the document, which becomes its current version.
 *
 * Returns: the version's id, or 0 with @error set
 */
gint64
as_library_store_add_version (AsDatabase  *db,
                              gint64       document_id,
                              const char  *version,
                              const char  *released_on,
                              const char  *notes,
                              GError     **error)
{
  g_autoptr(GHashTable) document = NULL;
  g_autofree char *clean_version = as_validate_strip (version);
  g_autofree char *clean_notes = as_validate_strip (notes);
  g_autofree char *released = NULL;
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if ((document = load_document (db, document_id, error)) == NULL ||
      !require_keeper_access (db, document, "released", error) ||
      !check_version (db, document_id, clean_version, released_on, &released, error) ||
      !as_database_begin (db, error))
    return 0;
  details = g_strdup_printf ("version %s released %s", clean_version, released);
  if ((id = insert_version (db, document_id, clean_version, released, clean_notes, error)) == 0 ||
      !_as_tool_finish (db, "documents", document_id, "update", details, error))
    return _as_tool_fail (db);
  return id;
}

static int
insert_distribution (AsDatabase  *db,
                     gint64       version_id,
                     gint64       branch_id,
                     GError     **error)
{
  g_autofree char *today = as_database_today ();

  if (!as_database_run (db, error,
                        "INSERT OR IGNORE INTO document_distribution (version_id, branch_id,"
                        " sent_on, sent_by) SELECT ?1, b.id, ?3, ?4 FROM branches b"
                        " WHERE ?2 = 0 OR b.id = ?2", "iisr",
                        version_id, branch_id, today, as_database_get_actor (db)))
    return -1;
  as_database_notify_changed (db, "document_distribution");
  return sqlite3_changes (as_database_get_handle (db));
}

/**
 * as_library_store_distribute:
 * @branch_id: the branch, or 0 for every branch that has not had it
 *
 * Returns: the number of branches the version went to, or -1 with @error set
 */
int
as_library_store_distribute (AsDatabase  *db,
                             gint64       version_id,
                             gint64       branch_id,
                             GError     **error)
{
  g_autoptr(GHashTable) version = NULL;
  g_autoptr(GHashTable) document = NULL;
  g_autofree char *details = NULL;
  int sent;

  g_return_val_if_fail (AS_IS_DATABASE (db), -1);

  version = as_database_query_row (db, error, "SELECT document_id, version FROM document_versions"
                                   " WHERE id = ?1", "i", version_id);
  if (version == NULL)
    return error && *error ? -1 : (AS_REFUSE (error, _("Choose a version to distribute.")),
                                   -1);
  if ((document = load_document (db, as_row_get_int (version, "document_id"), error)) == NULL ||
      !require_keeper_access (db, document, "distributed", error) ||
      !as_database_begin (db, error))
    return -1;
  sent = insert_distribution (db, version_id, branch_id, error);
  if (sent < 0)
    {
      as_database_rollback (db);
      return -1;
    }
  if (sent == 0)
    {
      as_database_rollback (db);
      AS_REFUSE (error, branch_id == 0
                        ? _("Version %s has already been sent to every branch.")
                        : _("Version %s has already been sent to that branch, or the "
                            "branch does not exist."), as_row_get (version, "version"));
      return -1;
    }
  details = g_strdup_printf ("version %s sent to %d branches", as_row_get (version, "version"),
                             sent);
  if (!_as_tool_finish (db, "documents", as_row_get_int (document, "id"), "update", details,
                        error))
    return -1;
  return sent;
}

static gboolean
check_loan (AsDatabase  *db,
            GHashTable  *document,
            gint64       borrower_id,
            const char  *due_text,
            char       **due,
            GError     **error)
{
  g_autofree char *today = as_database_today ();
  g_autoptr(GHashTable) out = NULL;

  out = as_database_query_row (db, error,
                               "SELECT s.name, l.due_on FROM document_loans l"
                               " LEFT JOIN staff s ON s.id = l.borrower_id"
                               " WHERE l.document_id = ?1 AND l.returned_on IS NULL", "i",
                               as_row_get_int (document, "id"));
  if (out != NULL)
    return AS_REFUSE (error, _("“%s” is lent to %s until %s: it must be returned first."),
                      as_row_get (document, "title"), as_row_get (out, "name"),
                      as_row_get (out, "due_on"));
  if (!_as_tool_check_person (db, borrower_id, NULL, error))
    return FALSE;
  if (as_validate_is_blank (due_text) || (*due = as_validate_date (due_text)) == NULL)
    return AS_REFUSE (error, _("Enter the date the document is due back, such as "
                               "2026-03-31."));
  if (strcmp (*due, today) < 0)
    return AS_REFUSE (error, _("The due date cannot be in the past."));
  return TRUE;
}

/**
 * as_library_store_lend:
 * @due_on: the day it is due back
 *
 * Returns: the loan's id, or 0 with @error set
 */
gint64
as_library_store_lend (AsDatabase  *db,
                       gint64       document_id,
                       gint64       borrower_id,
                       const char  *due_on,
                       GError     **error)
{
  g_autoptr(GHashTable) document = NULL;
  g_autofree char *due = NULL;
  g_autofree char *today = as_database_today ();
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if ((document = load_document (db, document_id, error)) == NULL ||
      !require_keeper_access (db, document, "loaned", error) ||
      !check_loan (db, document, borrower_id, due_on, &due, error))
    return 0;
  if (is_confidential (document) && !holds_roles (db, borrower_id, AS_CONFIDENTIAL_ROLES))
    return refuse_access (db, document, "loaned", borrower_id,
                          _("This document is confidential: it is lent only to a service "
                            "supervisor, a branch manager or the deputy general manager."), error);
  if (!as_database_begin (db, error))
    return 0;
  if (!as_database_run (db, error,
                        "INSERT INTO document_loans (document_id, version_id, borrower_id,"
                        " lent_on, due_on, lent_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "irissr",
                        document_id, as_row_get_int (document, "current_version_id"), borrower_id,
                        today, due, as_database_get_actor (db)))
    return _as_tool_fail (db);
  id = as_database_last_insert_id (db);
  as_database_notify_changed (db, "document_loans");
  details = g_strdup_printf ("lent to staff %" G_GINT64_FORMAT " until %s", borrower_id, due);
  if ((is_confidential (document) &&
       !insert_access (db, document_id, "loaned", NULL, borrower_id, error)) ||
      !_as_tool_finish (db, "documents", document_id, "update", details, error))
    return _as_tool_fail (db);
  return id;
}

gboolean
as_library_store_return (AsDatabase  *db,
                         gint64       loan_id,
                         const char  *returned_text,
                         GError     **error)
{
  g_autoptr(GHashTable) loan = NULL;
  g_autoptr(GHashTable) document = NULL;
  g_autofree char *date = NULL;
  g_autofree char *details = NULL;
  gint64 document_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  loan = as_database_query_row (db, error, "SELECT * FROM document_loans WHERE id = ?1", "i",
                                loan_id);
  if (loan == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("Choose a loan."));
  document_id = as_row_get_int (loan, "document_id");
  if ((document = load_document (db, document_id, error)) == NULL ||
      !require_keeper_access (db, document, "returned", error) ||
      !_as_tool_store_check_date (returned_text, &date, _("the return"), error))
    return FALSE;
  if (as_row_get (loan, "returned_on") != NULL)
    return AS_REFUSE (error, _("This loan was returned on %s."),
                      as_row_get (loan, "returned_on"));
  if (strcmp (date, as_row_get (loan, "lent_on")) < 0)
    return AS_REFUSE (error, _("The return cannot be before the loan (%s)."),
                      as_row_get (loan, "lent_on"));
  if (!as_database_begin (db, error))
    return FALSE;
  details = g_strdup_printf ("loan %" G_GINT64_FORMAT " returned on %s", loan_id, date);
  if (!as_database_run (db, error, "UPDATE document_loans SET returned_on = ?2, returned_to = ?3"
                        " WHERE id = ?1", "isr", loan_id, date, as_database_get_actor (db)) ||
      (is_confidential (document) &&
       !insert_access (db, document_id, "returned", NULL, as_row_get_int (loan, "borrower_id"),
                       error)))
    return _as_tool_fail (db);
  as_database_notify_changed (db, "document_loans");
  return _as_tool_finish (db, "documents", document_id, "update", details, error);
}
