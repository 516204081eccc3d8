/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Returns and exchanges: the window rule (inside accepted; outside refused
 * without an override, accepted and recorded with one; the exchange window
 * apart from the return window), the decision and who may make it, and the
 * returns list in every order, filter and search. A refusal writes nothing. */

#include <locale.h>
#include <string.h>

#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-return-store.h"
#include "test-util.h"

typedef AsTestDb Fixture;

enum { RECEPTIONIST = 1, SUPERVISOR = 2, MANAGER = 3, INACTIVE_SUPERVISOR = 4 };
enum { UNIT_10_DAYS = 1, UNIT_20_DAYS = 2, UNIT_TODAY = 3, UNIT_7_DAYS = 4, UNIT_SPARE = 5 };

/* Model 1: 7 days to return, 15 to exchange. */
static const char data_set[] =
  "INSERT INTO branches (id, name) VALUES (1, 'Centro');"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Almacén', 'warehouse_transport');"
  "INSERT INTO staff (id, name, roles, branch_id, active) VALUES"
  "  (1, 'Rita Recepción', 1, 1, 1), (2, 'Sara Supervisora', 4, 1, 1),"
  "  (3, 'Gerardo Gerente', 8, 1, 1), (4, 'Iván Inactivo', 4, 1, 0);"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana Urbana');"
  "INSERT INTO product_models (id, code, name, return_days, exchange_days, return_conditions)"
  "  VALUES (1, 'WM-1', 'Lavadora', 7, 15, 'Embalaje original y ticket de compra.');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-10', 1, 1, date('now', 'localtime', '-10 days')),"
  "  (2, 'U-20', 1, 1, date('now', 'localtime', '-20 days')),"
  "  (3, 'U-TODAY', 1, 1, date('now', 'localtime')),"
  "  (4, 'U-7', 1, 1, date('now', 'localtime', '-7 days')),"
  "  (5, 'U-SPARE', 1, NULL, date('now', 'localtime', '-1 day'));";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  as_test_db_setup (fixture, data);
  g_assert_true (as_database_exec (fixture->db, data_set, &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, RECEPTIONIST);
}

static gint64
count_returns (Fixture *fixture)
{
  return as_database_query_int (fixture->db, "SELECT count(*) FROM returns", -1);
}

static gint64
register_request (Fixture     *fixture,
                  gint64       unit_id,
                  const char  *kind,
                  const char  *override_reason,
                  GError     **error)
{
  AsReturnRequest request = {
    .unit_id = unit_id, .kind = kind, .reason = "No funciona bien",
    .departments = AS_RETURN_DEPT_WAREHOUSE | AS_RETURN_DEPT_FINANCE,
    .department_id = 1, .responsible_id = SUPERVISOR, .override_reason = override_reason,
  };

  return as_return_store_register (fixture->db, &request, error);
}

/* ------------------------------------------------------------ the window */

static void
test_rules (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsReturnRules) rules = as_return_store_get_rules (fixture->db, UNIT_10_DAYS, NULL,
                                                              &error);

  g_assert_no_error (error);
  g_assert_cmpint (rules->days_since_sale, ==, 10);
  g_assert_cmpint (rules->return_days, ==, 7);
  g_assert_cmpint (rules->exchange_days, ==, 15);
  g_assert_cmpstr (rules->conditions, ==, "Embalaje original y ticket de compra.");
  g_assert_false (as_return_rules_in_window (rules, "return"));
  g_assert_true (as_return_rules_in_window (rules, "exchange"));

  g_assert_null (as_return_store_get_rules (fixture->db, 999, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
}

static void
test_inside_window (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) row = NULL;
  gint64 id = register_request (fixture, UNIT_TODAY, "return", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  /* The last day of the window still counts. */
  g_assert_cmpint (register_request (fixture, UNIT_7_DAYS, "return", NULL, &error), >, 0);
  g_assert_no_error (error);

  row = as_return_store_load (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_hash_table_lookup (row, "decision"), ==, "pending");
  g_assert_cmpstr (g_hash_table_lookup (row, "window_days"), ==, "7");
  g_assert_cmpstr (g_hash_table_lookup (row, "override_reason"), ==, "");
  g_assert_false (g_hash_table_contains (row, "override_by"));
  g_assert_cmpstr (g_hash_table_lookup (row, "registered_by_name"), ==, "Rita Recepción");
  g_assert_cmpstr (g_hash_table_lookup (row, "responsible_name"), ==, "Sara Supervisora");
  g_assert_cmpint (as_row_get_int (row, "departments"), ==,
                   AS_RETURN_DEPT_WAREHOUSE | AS_RETURN_DEPT_FINANCE);
  g_assert_cmpint (as_row_get_int (row, "customer_id"), ==, 1);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE table_name = 'returns' AND action = 'insert'",
                                          0), ==, 2);
}

static void
test_outside_window_refused (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (register_request (fixture, UNIT_10_DAYS, "return", NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "10 days"));
  g_assert_nonnull (strstr (error->message, "override"));
  g_clear_error (&error);
  /* A blank reason is no reason. */
  g_assert_cmpint (register_request (fixture, UNIT_10_DAYS, "return", "   ", &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count_returns (fixture), ==, 0);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log", 0), ==, 0);
}

static void
test_override_recorded (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) row = NULL;
  gint64 id = register_request (fixture, UNIT_10_DAYS, "return", "  Cliente preferente  ", &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  row = as_return_store_load (fixture->db, id, &error);
  g_assert_cmpstr (g_hash_table_lookup (row, "override_reason"), ==, "Cliente preferente");
  g_assert_cmpint (as_row_get_int (row, "override_by"), ==, RECEPTIONIST);
  g_assert_cmpstr (g_hash_table_lookup (row, "override_by_name"), ==, "Rita Recepción");
  g_assert_cmpint (as_row_get_int (row, "days_since_sale"), ==, 10);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT count(*) FROM audit_log"
                                          " WHERE details LIKE '%override: Cliente preferente%'",
                                          0), ==, 1);
}

static void
test_exchange_window_separate (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) row = NULL;
  /* Ten days: too late to return, still in time to exchange. */
  gint64 id = register_request (fixture, UNIT_10_DAYS, "exchange", NULL, &error);

  g_assert_no_error (error);
  row = as_return_store_load (fixture->db, id, &error);
  g_assert_cmpstr (g_hash_table_lookup (row, "window_days"), ==, "15");
  g_assert_false (g_hash_table_contains (row, "override_by"));

  /* Twenty days: too late for either. */
  g_assert_cmpint (register_request (fixture, UNIT_20_DAYS, "exchange", NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "exchange window"));
  g_assert_cmpint (count_returns (fixture), ==, 1);
}

static void
test_register_validation (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsReturnRequest request = { .unit_id = UNIT_TODAY, .kind = "return", .reason = "  " };

  g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  request.reason = "Roto";
  request.kind = "swap";
  g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  request.kind = "return";
  request.unit_id = 999;
  g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_error (&error);
  request.unit_id = UNIT_TODAY;
  request.requested_at = "2020-01-01";     /* before the sale */
  g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  {
    /* A time of day that is not one is refused, not stored. */
    g_autofree char *today = as_database_today ();
    g_autofree char *bad_time = g_strconcat (today, " 99:99:99", NULL);
    g_autofree char *no_time = g_strconcat (today, " whenever", NULL);

    request.requested_at = bad_time;
    g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
    request.requested_at = no_time;
    g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
    g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
    g_clear_error (&error);
  }
  request.requested_at = NULL;
  request.responsible_id = 999;
  g_assert_cmpint (as_return_store_register (fixture->db, &request, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count_returns (fixture), ==, 0);
}

/* ---------------------------------------------------------- the decision */

static void
test_decision_roles (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = register_request (fixture, UNIT_TODAY, "return", NULL, &error);
  g_autofree char *before = NULL;

  g_assert_no_error (error);
  before = as_test_table_checksum (as_database_get_handle (fixture->db), "returns", NULL);
  g_assert_false (as_return_store_may_decide (fixture->db));
  g_assert_false (as_return_store_decide (fixture->db, id, "accepted", 34900, 0, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);

  /* An inactive supervisor is no supervisor. */
  as_database_set_actor (fixture->db, INACTIVE_SUPERVISOR);
  g_assert_false (as_return_store_decide (fixture->db, id, "accepted", 34900, 0, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  {
    g_autofree char *after = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                     "returns", NULL);
    g_assert_cmpstr (before, ==, after);
  }

  as_database_set_actor (fixture->db, MANAGER);
  g_assert_true (as_return_store_may_decide (fixture->db));
  g_assert_true (as_return_store_decide (fixture->db, id, "accepted", 34900, 0, "OK", &error));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT decided_by FROM returns", 0), ==,
                   MANAGER);
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT refund_cents FROM returns", 0), ==,
                   34900);
  /* Decided once. */
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_false (as_return_store_decide (fixture->db, id, "rejected", 0, 0, "No", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
}

static void
test_decision_rules (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ret = register_request (fixture, UNIT_TODAY, "return", NULL, &error);
  gint64 exchange = register_request (fixture, UNIT_10_DAYS, "exchange", NULL, &error);
  gint64 other = register_request (fixture, UNIT_7_DAYS, "exchange", NULL, &error);
  g_autoptr(GHashTable) row = NULL;

  g_assert_no_error (error);
  as_database_set_actor (fixture->db, SUPERVISOR);
  /* A return accepted needs its refund; a rejection its reason. */
  g_assert_false (as_return_store_decide (fixture->db, ret, "accepted", 0, 0, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_return_store_decide (fixture->db, ret, "rejected", 0, 0, " ", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_return_store_decide (fixture->db, ret, "maybe", 0, 0, "x", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_return_store_decide (fixture->db, ret, "rejected", 0, 0, "Usado", &error));
  g_assert_no_error (error);

  /* An exchange accepted needs another unit, not given in exchange before. */
  g_assert_false (as_return_store_decide (fixture->db, exchange, "accepted", 0, 0, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (as_return_store_decide (fixture->db, exchange, "accepted", 0, UNIT_10_DAYS, NULL,
                                          &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (as_return_store_decide (fixture->db, exchange, "accepted", 0, UNIT_SPARE, NULL,
                                         &error));
  g_assert_no_error (error);
  g_assert_false (as_return_store_decide (fixture->db, other, "accepted", 0, UNIT_SPARE, NULL,
                                          &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);

  row = as_return_store_load (fixture->db, exchange, NULL);
  g_assert_cmpstr (g_hash_table_lookup (row, "decision"), ==, "accepted");
  g_assert_cmpstr (g_hash_table_lookup (row, "replacement_serial"), ==, "U-SPARE");
  g_assert_cmpstr (g_hash_table_lookup (row, "decided_by_name"), ==, "Sara Supervisora");
}

static void
test_departments_text (void)
{
  g_autofree char *none = as_return_departments_to_string (0);
  g_autofree char *some = as_return_departments_to_string (AS_RETURN_DEPT_WAREHOUSE |
                                                           AS_RETURN_DEPT_PRODUCTION);

  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (some, ==, "Warehouse, Production");
}

/* --------------------------------------------------------------- the list */

static void
test_list (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsRecordList) list = NULL;
  const AsListSpec *spec = &as_returns_list;

  register_request (fixture, UNIT_TODAY, "return", NULL, &error);
  register_request (fixture, UNIT_20_DAYS, "return", "Excepción", &error);
  register_request (fixture, UNIT_10_DAYS, "exchange", NULL, &error);
  g_assert_no_error (error);

  list = as_record_list_new (fixture->db, spec);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  for (guint i = 0; i < spec->n_columns; i++)
    if (spec->columns[i].sort_expr != NULL)
      {
        g_assert_true (as_record_list_set_sort (list, spec->columns[i].key, TRUE));
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
      }
  g_assert_true (as_record_list_set_filter (list, "override"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (as_record_list_set_filter (list, "exchanges"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_true (as_record_list_set_filter (list, "pending"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  as_record_list_set_search (list, "U-20");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/return-store/" path, Fixture, NULL, fixture_setup, func, as_test_db_teardown)
  ADD ("rules", test_rules);
  ADD ("inside-window", test_inside_window);
  ADD ("outside-window-refused", test_outside_window_refused);
  ADD ("override-recorded", test_override_recorded);
  ADD ("exchange-window-separate", test_exchange_window_separate);
  ADD ("register-validation", test_register_validation);
  ADD ("decision-roles", test_decision_roles);
  ADD ("decision-rules", test_decision_rules);
  ADD ("list", test_list);
  g_test_add_func ("/return-store/departments-text", test_departments_text);
  return g_test_run ();
}
