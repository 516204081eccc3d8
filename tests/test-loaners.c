/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loaner units: lent for an open repair, one customer at a time; the repair
 * cannot be closed (on return of the goods, on site) or cancelled while its
 * loaner is out, and can once it is back; overdue loans are counted on the
 * Dashboard and marked in the list. */

#include <locale.h>
#include <string.h>

#include "as-dashboard.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-loaner-store.h"
#include "as-record-list.h"
#include "as-repair-store.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

enum { RECEPTIONIST = 1, SUPERVISOR = 2, TECHNICIAN = 3 };

static const char data_set[] =
  "INSERT INTO branches (id, name, is_centre) VALUES (1, 'Centro', 1);"
  "INSERT INTO staff (id, name, roles, branch_id, certificate, certificate_expiry) VALUES"
  "  (1, 'Rita Recepción', 1, 1, '', NULL), (2, 'Sara Supervisora', 4, 1, '', NULL),"
  "  (3, 'Tomás Técnico', 2, 1, 'CT-1', date('now', 'localtime', '+1 year'));"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana'), (2, 'Blas');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'TV-1', 'Televisor');"
  "INSERT INTO model_parts (model_id, name, warranty_months) VALUES (1, 'Panel', 24);"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-1', 1, 1, date('now', 'localtime', '-2 months')),"
  "  (2, 'U-2', 1, 2, date('now', 'localtime', '-2 months'));"
  "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Almacén central', 1);";

static gint64
receive_and_dispatch (AsDatabase *db,
                      gint64      customer,
                      const char *serial)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = { .customer_id = customer, .serial = serial, .fault = "No enciende",
                              .channel = "phone" };
  gint64 id;

  as_database_set_actor (db, RECEPTIONIST);
  id = as_repair_store_receive (db, &request, &error);
  g_assert_no_error (error);
  as_database_set_actor (db, SUPERVISOR);
  g_assert_true (as_repair_store_dispatch (db, id, "", TECHNICIAN, 0, "", "", &error));
  g_assert_no_error (error);
  as_database_set_actor (db, RECEPTIONIST);
  return id;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsLoanerUnit unit = { "PR-001", "Televisor de préstamo", 1, "L-1", 1, "good" };

  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "loaners.db", data_set);
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_cmpint (as_loaner_store_save_unit (fixture->db, 0, &unit, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_cmpint (receive_and_dispatch (fixture->db, 1, "U-1"), ==, 1);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
due_in (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) due = g_date_time_add_days (now, days);

  return g_date_time_format (due, "%Y-%m-%d");
}

static void
test_repair_waits_for_loaner (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = due_in (7);
  AsDatabase *db = fixture->db;
  gint64 loan;

  g_assert_true (as_repair_store_take_back (db, 1, &error));
  g_assert_no_error (error);
  loan = as_loaner_store_lend (db, 1, 1, due, "Con mando", &error);
  g_assert_no_error (error);
  g_assert_cmpint (loan, >, 0);
  g_assert_cmpint (as_loaner_store_find_open_loan (db, 1, NULL), ==, loan);

  as_database_set_actor (db, SUPERVISOR);
  g_assert_true (as_repair_store_inspect (db, 1, "Bien", &error));
  as_database_set_actor (db, RECEPTIONIST);
  g_assert_false (as_repair_store_return_goods (db, 1, "Ana", AS_SETTLEMENT_INVOICE, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "PR-001"));
  g_clear_error (&error);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM repair_orders"
                                          " WHERE status = 'ready'", -1), ==, 1);

  g_assert_true (as_loaner_store_return (db, loan, "worn", "Rayado", &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_loaner_store_find_open_loan (db, 1, NULL), ==, 0);
  g_assert_true (as_repair_store_return_goods (db, 1, "Ana", AS_SETTLEMENT_INVOICE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM loaner_units"
                                          " WHERE condition = 'worn'", -1), ==, 1);
  /* A returned loan is not returned twice. */
  g_assert_false (as_loaner_store_return (db, loan, "good", NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_on_site_and_cancel (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = due_in (3);
  AsDatabase *db = fixture->db;
  gint64 loan = as_loaner_store_lend (db, 1, 1, due, NULL, &error);

  g_assert_no_error (error);
  g_assert_false (as_repair_store_close_on_site (db, 1, "Ana", AS_SETTLEMENT_INVOICE, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_repair_store_cancel (db, 1, "Ya no", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_loaner_store_return (db, loan, "good", NULL, &error));
  g_assert_true (as_repair_store_cancel (db, 1, "Ya no", &error));
  g_assert_no_error (error);
}

static void
test_one_at_a_time (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = due_in (3), *past = due_in (-1);
  AsDatabase *db = fixture->db;
  gint64 second = receive_and_dispatch (db, 2, "U-2");
  gint64 before = as_database_query_int (db, "SELECT count(*) FROM audit_log", -1);

  g_assert_cmpint (as_loaner_store_lend (db, 1, 1, past, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_loaner_store_lend (db, 1, 1, "2026-02-30", NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  /* A sign where a digit belongs is not a date, though it sorts after today. */
  g_assert_cmpint (as_loaner_store_lend (db, 1, 1, "2999-+1-01", NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_loaner_store_lend (db, 1, 1, due, NULL, &error), >, 0);
  g_assert_cmpint (as_loaner_store_lend (db, 1, second, due, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM loaner_loans", -1), ==, 1);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM audit_log", -1), ==,
                   before + 1);
}

static void
test_overdue (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = due_in (0);
  g_autoptr(AsRecordList) list = NULL;
  g_autoptr(AsRecord) record = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_loaner_store_lend (db, 1, 1, due, NULL, &error), >, 0);
  g_assert_no_error (error);
  /* Due today is not overdue yet. */
  g_assert_cmpint (as_dashboard_count (db, AS_FIGURE_OVERDUE_LOANERS), ==, 0);
  g_assert_true (as_database_exec (db, "UPDATE loaner_loans SET due_date ="
                                       " date('now', 'localtime', '-1 day')", NULL));
  g_assert_cmpint (as_dashboard_count (db, AS_FIGURE_OVERDUE_LOANERS), ==, 1);

  list = as_record_list_new (db, &as_loans_list);
  g_assert_true (as_record_list_set_filter (list, "overdue"));
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  record = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (as_record_get_flags (record) & AS_RECORD_FLAG_ATTENTION);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/loaners/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("repair-waits-for-loaner", test_repair_waits_for_loaner);
  ADD ("on-site-and-cancel", test_on_site_and_cancel);
  ADD ("one-at-a-time", test_one_at_a_time);
  ADD ("overdue", test_overdue);
#undef ADD
  return g_test_run ();
}
