/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The documentation library: documents with a custodian, versions with the
 * current one marked, distribution to every branch in one command, loans
 * with due dates and the overdue ones flagged; confidential documents opened
 * and lent only to the roles allowed, every access and refusal logged. */

#include <locale.h>

#include "as-library-store.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "test-tool-fixture.h"

static gint64
add_document (Fixture    *fixture,
              const char *title,
              const char *kind,
              gboolean    confidential)
{
  g_autoptr(GError) error = NULL;
  AsDocumentInfo info = { title, kind, 1, SERVICE, confidential, "Estante 3" };
  gint64 id;

  if (confidential)
    as_database_set_actor (fixture->db, SUPERVISOR);
  id = as_library_store_add_document (fixture->db, &info, "1.0", "2025-01-15", &error);
  as_database_set_actor (fixture->db, SERVICE);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
access_rows (Fixture    *fixture,
             const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM document_access_log"
                                          " WHERE action = '%s'", action);
  return tool_count (fixture, sql);
}

static void
test_versions_and_distribution (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GHashTable) document = NULL;
  gint64 id = add_document (fixture, "Manual de mantenimiento WM-1", "maintenance_manual", FALSE);
  gint64 v2;

  /* One command sends the version to every branch; again, it has nowhere to go. */
  document = as_library_store_open (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (document, "current_version"), ==, "1.0");
  g_assert_cmpint (as_library_store_distribute (fixture->db,
                                                as_row_get_int (document, "current_version_id"),
                                                0, &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpint (as_library_store_distribute (fixture->db,
                                                as_row_get_int (document, "current_version_id"),
                                                0, &error), ==, -1);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* A new release becomes the current version; the old one stays on record. */
  v2 = as_library_store_add_version (fixture->db, id, "2.0", NULL, "Nuevo programa", &error);
  g_assert_no_error (error);
  g_assert_cmpint (as_library_store_add_version (fixture->db, id, "2.0", NULL, NULL, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  versions = as_library_store_list_versions (fixture->db, id);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (versions, 0), "version"), ==, "2.0");
  g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (versions, 0), "is_current"), ==, "1");
  g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (versions, 1), "is_current"), ==, "0");
  g_assert_cmpstr (g_hash_table_lookup (g_ptr_array_index (versions, 1), "branches"), ==, "3");

  /* The new manual has not reached the branches yet: the list says so. */
  {
    g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_documents_list);
    g_autoptr(AsRecord) row = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_cmpint (as_record_get_flags (row) & AS_RECORD_FLAG_ATTENTION, !=, 0);
    g_assert_cmpint (as_library_store_distribute (fixture->db, v2, 2, &error), ==, 1);
    g_assert_cmpint (as_library_store_distribute (fixture->db, v2, 0, &error), ==, 2);
    as_record_list_reload (list);
    g_clear_object (&row);
    row = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpint (as_record_get_flags (row) & AS_RECORD_FLAG_ATTENTION, ==, 0);
  }
}

static void
test_document_rules (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDocumentInfo no_custodian = { "Lista de precios 2026", "price_list", 0, 0, FALSE, NULL };
  AsDocumentInfo bad_kind = { "Carta técnica 12", "poster", 0, SERVICE, FALSE, NULL };
  AsDocumentInfo secret = { "Esquemas WM-1", "specification", 0, TECHNICIAN, TRUE, NULL };

  g_assert_cmpint (as_library_store_add_document (fixture->db, &no_custodian, "2026", NULL, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_library_store_add_document (fixture->db, &bad_kind, "1", NULL, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  no_custodian.custodian_id = SERVICE;
  g_assert_cmpint (as_library_store_add_document (fixture->db, &no_custodian, " ", NULL, &error),
                   ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  /* The service department does not file a confidential document for somebody else. */
  g_assert_cmpint (as_library_store_add_document (fixture->db, &secret, "1", NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM documents"), ==, 0);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_confidential_access (Fixture       *fixture,
                          gconstpointer  data)
{
  static const gint64 allowed[] = { SUPERVISOR, MANAGER, DEPUTY_GM, SERVICE /* custodian */ };
  static const gint64 refused[] = { TECHNICIAN, FINANCE, RECEPTIONIST, PURCHASING };
  g_autoptr(GError) error = NULL;
  gint64 id = add_document (fixture, "Esquemas internos WM-1", "specification", TRUE);
  gint64 open = add_document (fixture, "Catálogo de piezas", "parts_manual", FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GHashTable) document = NULL;

      as_database_set_actor (fixture->db, refused[i]);
      g_assert_false (as_library_store_may_open (fixture->db, id));
      document = as_library_store_open (fixture->db, id, &error);
      g_assert_null (document);
      g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
      g_clear_error (&error);
    }
  /* Every refusal is logged, with who and when. */
  g_assert_cmpint (access_rows (fixture, "denied"), ==, G_N_ELEMENTS (refused));
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM document_access_log"
                                        " WHERE staff_id = 5 AND at IS NOT NULL"), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GHashTable) document = NULL;

      as_database_set_actor (fixture->db, allowed[i]);
      document = as_library_store_open (fixture->db, id, &error);
      g_assert_no_error (error);
      g_assert_nonnull (document);
    }
  g_assert_cmpint (access_rows (fixture, "opened"), ==, G_N_ELEMENTS (allowed));

  /* Documents that are not confidential are open to all, and not logged. */
  as_database_set_actor (fixture->db, TECHNICIAN);
  {
    g_autoptr(GHashTable) document = as_library_store_open (fixture->db, open, &error);

    g_assert_no_error (error);
    g_assert_nonnull (document);
  }
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM document_access_log"
                                        " WHERE document_id = 2"), ==, 0);
}

static void
test_confidential_loans (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 14);
  g_autofree char *due = g_date_time_format (later, "%Y-%m-%d");
  gint64 id = add_document (fixture, "Esquemas internos WM-1", "specification", TRUE);
  gint64 loan;

  /* Lent only to the roles allowed; the refusal is logged, nothing else written. */
  g_assert_cmpint (as_library_store_lend (fixture->db, id, TECHNICIAN, due, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_cmpint (access_rows (fixture, "denied"), ==, 1);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM document_access_log"
                                        " WHERE attempt = 'loaned' AND borrower_id = 5"), ==, 1);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM document_loans"), ==, 0);

  /* The custodian lends it to a branch manager; lending and return are logged. */
  loan = as_library_store_lend (fixture->db, id, MANAGER, due, &error);
  g_assert_no_error (error);
  g_assert_cmpint (loan, >, 0);
  g_assert_cmpint (access_rows (fixture, "loaned"), ==, 1);
  g_assert_cmpint (tool_count (fixture, "SELECT count(*) FROM document_access_log"
                                        " WHERE action = 'loaned' AND staff_id = 2"
                                        " AND borrower_id = 8"), ==, 1);
  /* Out once at a time. */
  g_assert_cmpint (as_library_store_lend (fixture->db, id, SUPERVISOR, due, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_library_store_return (fixture->db, loan, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (access_rows (fixture, "returned"), ==, 1);
  g_assert_false (as_library_store_return (fixture->db, loan, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* A technician may not even return a confidential document. */
  loan = as_library_store_lend (fixture->db, id, DEPUTY_GM, due, &error);
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, TECHNICIAN);
  g_assert_false (as_library_store_return (fixture->db, loan, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_assert_cmpint (access_rows (fixture, "denied"), ==, 2);
}

static void
test_overdue_loans (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsRecordList) list = NULL;
  gint64 overdue_id, on_time_id = 0;

  add_document (fixture, "Catálogo de piezas", "parts_manual", FALSE);
  add_document (fixture, "Manual del usuario", "manual", FALSE);
  /* A due date in the past is refused at the desk. */
  g_assert_cmpint (as_library_store_lend (fixture->db, 1, TECHNICIAN, "2020-01-01", &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_database_exec (fixture->db,
    "INSERT INTO document_loans (id, document_id, borrower_id, lent_on, due_on) VALUES"
    "  (1, 1, 5, date('now', 'localtime', '-30 days'), date('now', 'localtime', '-1 day')),"
    "  (2, 2, 6, date('now', 'localtime', '-3 days'), date('now', 'localtime'));", &error));
  g_assert_no_error (error);

  list = as_record_list_new (fixture->db, &as_document_loans_list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_true (as_record_list_set_filter (list, "overdue"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  {
    g_autoptr(AsRecord) row = g_list_model_get_item (G_LIST_MODEL (list), 0);

    overdue_id = as_record_get_id (row);
    g_assert_cmpint (overdue_id, ==, 1);
    g_assert_cmpint (as_record_get_flags (row) & AS_RECORD_FLAG_ATTENTION, !=, 0);
  }
  g_assert_true (as_record_list_set_filter (list, NULL));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(AsRecord) row = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (as_record_get_id (row) != 2)
        continue;
      on_time_id = as_record_get_id (row);
      /* Due today is not overdue yet. */
      g_assert_cmpint (as_record_get_flags (row) & AS_RECORD_FLAG_ATTENTION, ==, 0);
    }
  g_assert_cmpint (on_time_id, ==, 2);

  /* Returned, it no longer stands out. */
  g_assert_true (as_library_store_return (fixture->db, overdue_id, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (as_record_list_set_filter (list, "overdue"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, tool_fixture_setup, func, as_test_db_teardown)
  ADD ("/library-store/versions-and-distribution", test_versions_and_distribution);
  ADD ("/library-store/document-rules", test_document_rules);
  ADD ("/library-store/confidential-access", test_confidential_access);
  ADD ("/library-store/confidential-loans", test_confidential_loans);
  ADD ("/library-store/overdue-loans", test_overdue_loans);
#undef ADD

  return g_test_run ();
}
