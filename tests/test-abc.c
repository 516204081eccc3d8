/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ABC classification on a known data set: exact classes at the thresholds,
 * the 12-month window, returns netted off, editable thresholds, classes kept
 * up to date by the movements themselves, and the pure ranking rule. */

#include <locale.h>

#include "as-abc.h"
#include "as-database.h"
#include "as-repair-store.h"
#include "as-stock-store.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

enum { KEEPER = 1, RECEPTIONIST = 2, SUPERVISOR = 3, TECHNICIAN = 4 };

/* Seven parts at 1.00 each, so that a part's value is its quantity used. */
static const char data_set[] =
  "INSERT INTO branches (id, name, is_centre) VALUES (1, 'Centro', 1);"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Almacén', 'warehouse_transport');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id, certificate, certificate_expiry)"
  "  VALUES (1, 'Alba Almacén', 0, 1, 1, '', NULL), (2, 'Rita Recepción', 1, 1, NULL, '', NULL),"
  "  (3, 'Sara Supervisora', 4, 1, NULL, '', NULL),"
  "  (4, 'Tomás Técnico', 2, 1, NULL, 'CT-1', date('now', 'localtime', '+1 year'));"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-1', 1, 1, date('now', 'localtime', '-4 years'));"
  "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Almacén central', 1);"
  "INSERT INTO spare_parts (id, part_no, name, unit_cost_cents) VALUES"
  "  (1, 'P1', 'Uno', 100), (2, 'P2', 'Dos', 100), (3, 'P3', 'Tres', 100),"
  "  (4, 'P4', 'Cuatro', 100), (5, 'P5', 'Cinco', 100), (6, 'P6', 'Seis', 100),"
  "  (7, 'P7', 'Siete', 100);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = { .customer_id = 1, .serial = "U-1", .fault = "Ruido",
                              .channel = "phone" };

  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "abc.db", data_set);
  as_database_set_actor (fixture->db, RECEPTIONIST);
  g_assert_cmpint (as_repair_store_receive (fixture->db, &request, &error), ==, 1);
  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_repair_store_dispatch (fixture->db, 1, "", TECHNICIAN, 0, "", "", &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, KEEPER);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
use (Fixture *fixture,
     gint64   part,
     int      quantity)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (as_stock_store_receive (fixture->db, part, 1, quantity, NULL, &error), >, 0);
  g_assert_cmpint (as_stock_store_issue (fixture->db, part, 1, quantity, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
}

static char *
classes (Fixture *fixture)
{
  sqlite3_stmt *stmt = NULL;
  GString *all = g_string_new (NULL);

  sqlite3_prepare_v2 (as_database_get_handle (fixture->db),
                      "SELECT abc_class FROM spare_parts ORDER BY id", -1, &stmt, NULL);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append (all, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (all, FALSE);
}

/* Values 50, 30, 10, 5, 3, 2 and 0 of 100: the cumulative share above each
 * part is 0, 50, 80, 90, 95, 98, 100 %. */
static void
use_known_set (Fixture *fixture)
{
  static const int used[] = { 50, 30, 10, 5, 3, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (used); i++)
    use (fixture, i + 1, used[i]);
}

static void
test_known_set (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;

  use_known_set (fixture);
  /* The issues classified as they went: no explicit run needed. */
  result = classes (fixture);
  g_assert_cmpstr (result, ==, "AABBCCC");
  g_assert_cmpint (as_database_query_int (fixture->db, "SELECT consumption_cents FROM spare_parts"
                                          " WHERE id = 1", -1), ==, 5000);
  g_assert_true (as_abc_recompute (fixture->db, &error));
  g_assert_no_error (error);
  g_free (result);
  result = classes (fixture);
  g_assert_cmpstr (result, ==, "AABBCCC");
  g_assert_false (as_abc_is_stale (fixture->db));
}

static void
test_thresholds (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;
  AsAbcThresholds t = { 50, 40 };

  use_known_set (fixture);
  /* Only managers set them. */
  g_assert_false (as_abc_set_thresholds (fixture->db, &t, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_abc_set_thresholds (fixture->db, &t, &error));
  g_assert_no_error (error);
  /* Above: 0, 50 | 80 (< 90), 90 | 95, 98 */
  result = classes (fixture);
  g_assert_cmpstr (result, ==, "ABBCCCC");

  t = (AsAbcThresholds) { 90, 20 };
  g_assert_false (as_abc_set_thresholds (fixture->db, &t, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  t = (AsAbcThresholds) { 0, 20 };
  g_assert_false (as_abc_set_thresholds (fixture->db, &t, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  as_abc_get_thresholds (fixture->db, &t);
  g_assert_cmpint (t.a_percent, ==, 50);
  g_assert_cmpint (t.b_percent, ==, 40);
}

static void
test_window_and_returns (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *result = NULL;

  use_known_set (fixture);
  /* 1000 of P7 used 13 months ago do not count. */
  g_assert_true (as_database_exec (fixture->db,
                                   "INSERT INTO stock_movements (part_id, warehouse_id, kind,"
                                   " quantity, balance, at) VALUES (7, 1, 'issue', -1000, 0,"
                                   " datetime('now', 'localtime', '-13 months'))", &error));
  /* 40 of P1's 50 come back: 10, 30, 10, 5, 3, 2 of 60. */
  g_assert_cmpint (as_stock_store_return (fixture->db, 1, 1, 40, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (as_abc_recompute (fixture->db, &error));
  /* P2 leads (0 above); P1 and P3 tie at 10, P1 first by number:
   * above P1 30 (50 %), P3 40 (66.7 %), P4 50 (83.3 %), P5 55 (91.7 %), P6 58 (96.7 %). */
  result = classes (fixture);
  g_assert_cmpstr (result, ==, "AAABBCC");
}

static void
test_rule (void)
{
  static const gint64 values[] = { 90, 5, 3, 2, 0 };
  AsAbcThresholds t = { 80, 15 };
  char out[5];

  /* The first part is A even when it alone passes 80 %. */
  as_abc_classify (values, 5, &t, out);
  g_assert_cmpmem (out, 5, "ABCCC", 5);
  as_abc_classify (NULL, 0, &t, out);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/abc/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("known-set", test_known_set);
  ADD ("thresholds", test_thresholds);
  ADD ("window-and-returns", test_window_and_returns);
#undef ADD
  g_test_add_func ("/abc/rule", test_rule);
  return g_test_run ();
}
