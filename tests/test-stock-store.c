/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The stock store: balances through every kind of movement (the running
 * balance of each movement and the stock table agree), the never-negative
 * rule (refused, database untouched), an issue to a repair and its charge
 * line in one transaction, returns that reduce the charge, transfers, the
 * catalogue with several models per part, and who may do what. */

#include <locale.h>
#include <string.h>

#include "as-dashboard.h"
#include "as-database.h"
#include "as-lists.h"
#include "as-record-list.h"
#include "as-repair-store.h"
#include "as-stock-store.h"
#include "test-util.h"

typedef struct
{
  char       *dir;
  AsDatabase *db;
} Fixture;

enum { KEEPER = 1, TECHNICIAN = 2, RECEPTIONIST = 3, SUPERVISOR = 4 };
enum { CENTRAL = 1, NORTH = 2 };
enum { MOTOR = 1, FILTER = 2 };

static const char data_set[] =
  "INSERT INTO branches (id, name, is_centre) VALUES (1, 'Centro', 1), (2, 'Norte', 0);"
  "INSERT INTO departments (id, name, kind) VALUES (1, 'Almacén', 'warehouse_transport');"
  "INSERT INTO staff (id, name, roles, branch_id, department_id, certificate, certificate_expiry)"
  "  VALUES (1, 'Alba Almacén', 0, 1, 1, '', NULL),"
  "  (2, 'Tomás Técnico', 2, 1, NULL, 'CT-1', date('now', 'localtime', '+1 year')),"
  "  (3, 'Rita Recepción', 1, 1, NULL, '', NULL),"
  "  (4, 'Sara Supervisora', 4, 1, NULL, '', NULL);"
  "INSERT INTO customers (id, name) VALUES (1, 'Ana Urbana');"
  "INSERT INTO product_models (id, code, name) VALUES (1, 'WM-1', 'Lavadora'),"
  "  (2, 'WM-2', 'Lavadora grande');"
  "INSERT INTO units (id, serial, model_id, customer_id, sale_date) VALUES"
  "  (1, 'U-OLD', 1, 1, date('now', 'localtime', '-4 years'));"
  "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Almacén central', 1),"
  "  (2, 'Almacén Norte', 2);"
  "INSERT INTO spare_parts (id, part_no, name, unit_cost_cents, list_price_cents, reorder_point,"
  "  reorder_qty) VALUES (1, 'WM-1-01', 'Motor', 10000, 15000, 2, 5),"
  "  (2, 'GEN-0001', 'Filtro', 500, 900, 10, 50);";

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsRepairRequest request = { .customer_id = 1, .serial = "U-OLD", .fault = "No centrifuga",
                              .channel = "phone" };

  fixture->dir = as_test_make_tmpdir ();
  fixture->db = as_test_db_open (fixture->dir, "stock.db", data_set);
  as_database_set_actor (fixture->db, RECEPTIONIST);
  g_assert_cmpint (as_repair_store_receive (fixture->db, &request, &error), ==, 1);
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

/* ------------------------------------------------------------- helpers */

static gint64
count (Fixture    *fixture,
       const char *sql)
{
  return as_database_query_int (fixture->db, sql, -1);
}

static char *
snapshot (Fixture *fixture)
{
  static const char *const tables[] = {
    "stock", "stock_movements", "repair_charges", "repair_events", "audit_log", "spare_parts",
    "part_consumption",
  };
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *line = as_test_table_checksum (as_database_get_handle (fixture->db),
                                                      tables[i], NULL);
      g_string_append_printf (all, "%s\n", line);
    }
  return g_string_free (all, FALSE);
}

/* The running balance of the last movement of every (part, warehouse) is
 * the stock row, and the sum of the movements is too. */
static void
assert_books_agree (Fixture *fixture)
{
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM stock k WHERE k.quantity !="
                          " (SELECT m.balance FROM stock_movements m WHERE m.part_id = k.part_id"
                          "  AND m.warehouse_id = k.warehouse_id ORDER BY m.id DESC LIMIT 1)"
                          " OR k.quantity != (SELECT sum(m.quantity) FROM stock_movements m"
                          "  WHERE m.part_id = k.part_id AND m.warehouse_id = k.warehouse_id)"),
                   ==, 0);
  /* Each movement's balance is the previous one plus its quantity. */
  g_assert_cmpint (count (fixture,
                          "SELECT count(*) FROM stock_movements m WHERE m.balance != m.quantity +"
                          " coalesce((SELECT p.balance FROM stock_movements p"
                          "  WHERE p.part_id = m.part_id AND p.warehouse_id = m.warehouse_id"
                          "  AND p.id < m.id ORDER BY p.id DESC LIMIT 1), 0)"), ==, 0);
}

static void
dispatch_repair (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  as_database_set_actor (fixture->db, SUPERVISOR);
  g_assert_true (as_repair_store_dispatch (fixture->db, 1, "Motor", TECHNICIAN, 0, "", "", &error));
  g_assert_no_error (error);
  as_database_set_actor (fixture->db, KEEPER);
}

/* --------------------------------------------------------------- tests */

static void
test_every_movement (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 10, "Albarán 77", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, CENTRAL), ==, 10);

  g_assert_cmpint (as_stock_store_transfer (db, MOTOR, CENTRAL, NORTH, 4, "", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, CENTRAL), ==, 6);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, NORTH), ==, 4);

  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, NORTH, -1, "Recuento", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, NORTH), ==, 3);

  dispatch_repair (fixture);
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, NORTH, 2, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, NORTH), ==, 1);
  g_assert_cmpint (as_stock_store_return (db, MOTOR, NORTH, 1, 1, "No hizo falta", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, NORTH), ==, 2);

  g_assert_cmpint (count (fixture, "SELECT count(*) FROM stock_movements"), ==, 6);
  g_assert_cmpint (count (fixture, "SELECT group_concat(kind || ':' || quantity || '=' || balance,"
                                   " ' ') = 'receipt:10=10 transfer-out:-4=6 transfer-in:4=4"
                                   " adjustment:-1=3 issue:-2=1 return:1=2'"
                                   " FROM (SELECT * FROM stock_movements ORDER BY id)"), ==, 1);
  /* Who and when, on every movement. */
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM stock_movements WHERE staff_id = 1"
                                   " AND at LIKE '____-__-__ __:__:__'"), ==, 6);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM audit_log"
                                   " WHERE table_name = 'stock_movements'"), ==, 6);
  assert_books_agree (fixture);
}

static void
test_never_negative (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 3, NULL, &error), >, 0);
  dispatch_repair (fixture);
  before = snapshot (fixture);

  g_assert_cmpint (as_stock_store_issue (db, MOTOR, CENTRAL, 4, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cannot go below zero"));
  g_assert_nonnull (strstr (error->message, "WM-1-01"));
  g_clear_error (&error);

  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, CENTRAL, -4, "Rotura", &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (as_stock_store_transfer (db, MOTOR, CENTRAL, NORTH, 5, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing in the other warehouse, nothing to issue from it. */
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, NORTH, 1, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, CENTRAL), ==, 3);

  /* Exactly down to zero is allowed. */
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, CENTRAL, 3, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, CENTRAL), ==, 0);
  assert_books_agree (fixture);
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture), *after = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 0, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_stock_store_receive (db, MOTOR, 99, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_stock_store_receive (db, 99, CENTRAL, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, CENTRAL, 2, "  ", &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (as_stock_store_transfer (db, MOTOR, CENTRAL, CENTRAL, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);
}

static void
test_issue_adds_charge (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 5, NULL, &error), >, 0);
  dispatch_repair (fixture);
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, CENTRAL, 2, 1, "paid", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM repair_charges WHERE repair_id = 1"
                                   " AND kind = 'part' AND quantity = 2 AND category = 'paid'"
                                   " AND unit_price_cents = 15000"
                                   " AND description = 'WM-1-01 Motor'"), ==, 1);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM stock_movements m JOIN repair_charges c"
                                   " ON c.id = m.charge_id WHERE m.repair_id = 1"), ==, 1);

  /* A repair that does not exist, or is finished: neither the stock nor the charges move. */
  before = snapshot (fixture);
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, CENTRAL, 1, 42, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (as_database_exec (db, "UPDATE repair_orders SET status = 'closed'", NULL));
  g_free (before);
  before = snapshot (fixture);
  g_assert_cmpint (as_stock_store_issue (db, MOTOR, CENTRAL, 1, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  after = snapshot (fixture);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (as_stock_store_get_quantity (db, MOTOR, CENTRAL), ==, 3);
}

static void
test_return_reduces_charge (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = fixture->db;

  g_assert_cmpint (as_stock_store_receive (db, FILTER, CENTRAL, 20, NULL, &error), >, 0);
  dispatch_repair (fixture);
  g_assert_cmpint (as_stock_store_issue (db, FILTER, CENTRAL, 3, 1, NULL, &error), >, 0);
  g_assert_cmpint (as_stock_store_issue (db, FILTER, CENTRAL, 2, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_stock_store_get_issued (db, FILTER, 1), ==, 5);

  /* More than went out is refused. */
  g_assert_cmpint (as_stock_store_return (db, FILTER, CENTRAL, 6, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* 3 back: the line of 2 goes, the line of 3 becomes 2. */
  g_assert_cmpint (as_stock_store_return (db, FILTER, CENTRAL, 3, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT sum(quantity) FROM repair_charges WHERE kind = 'part'"),
                   ==, 2);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM repair_charges"), ==, 1);
  g_assert_cmpint (as_stock_store_get_issued (db, FILTER, 1), ==, 2);
  g_assert_cmpint (as_stock_store_get_quantity (db, FILTER, CENTRAL), ==, 18);
  assert_books_agree (fixture);
}

static void
test_roles (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = fixture->db;

  as_database_set_actor (db, RECEPTIONIST);
  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 1, NULL, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (db, TECHNICIAN);
  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, CENTRAL, 1, "Recuento", &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
  g_clear_error (&error);
  as_database_set_actor (db, SUPERVISOR);
  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, CENTRAL, 1, "Recuento", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count (fixture, "SELECT count(*) FROM stock_movements"), ==, 1);
}

static void
test_catalogue (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) part = NULL;
  g_autoptr(GArray) models = NULL;
  const gint64 fits[] = { 2, 1 };
  AsSparePart spec = { " WM-X-09 ", "Junta", 120, 300, "Recambios SA", 4, 10, fits, 2 };
  AsDatabase *db = fixture->db;
  gint64 id;

  id = as_stock_store_save_part (db, 0, &spec, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  part = as_stock_store_load_part (db, id, &error);
  g_assert_cmpstr (g_hash_table_lookup (part, "part_no"), ==, "WM-X-09");
  g_assert_cmpstr (g_hash_table_lookup (part, "models"), ==, "WM-1, WM-2");
  models = as_stock_store_list_part_models (db, id);
  g_assert_cmpint (models->len, ==, 2);

  spec.part_no = "wm-1-01";
  g_assert_cmpint (as_stock_store_save_part (db, id, &spec, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);
  spec.part_no = "WM-X-09";
  spec.unit_cost_cents = -1;
  g_assert_cmpint (as_stock_store_save_part (db, id, &spec, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  as_database_set_actor (db, TECHNICIAN);
  spec.unit_cost_cents = 100;
  g_assert_cmpint (as_stock_store_save_part (db, id, &spec, &error), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
}

/* The "to reorder" view and the Dashboard's figure count the same parts:
 * the stock of every warehouse together at or below the reorder point. */
static void
test_reorder_view (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsRecordList) list = as_record_list_new (fixture->db, &as_stock_list);
  AsDatabase *db = fixture->db;

  g_assert_true (as_record_list_set_filter (list, "reorder"));
  /* Nothing in stock: both parts are at or below their reorder points (2 and 10). */
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (as_dashboard_count (db, AS_FIGURE_PARTS_TO_REORDER), ==, 2);
  /* 2 in one warehouse and 1 in another: 3 is above the motor's 2. */
  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 2, NULL, &error), >, 0);
  g_assert_cmpint (as_stock_store_receive (db, MOTOR, NORTH, 1, NULL, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_assert_cmpint (as_dashboard_count (db, AS_FIGURE_PARTS_TO_REORDER), ==, 1);
  /* Exactly at the reorder point is to reorder. */
  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, NORTH, -1, "Rotura", &error), >, 0);
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpint (as_dashboard_count (db, AS_FIGURE_PARTS_TO_REORDER), ==, 2);
}

/* Statements the connection holds, prepared or cached. */
static guint
count_statements (AsDatabase *db)
{
  guint n = 0;

  for (sqlite3_stmt *stmt = sqlite3_next_stmt (as_database_get_handle (db), NULL);
       stmt != NULL; stmt = sqlite3_next_stmt (as_database_get_handle (db), stmt))
    n++;
  return n;
}

/* Movements of @part_id as its detail list shows them, with a filter. */
static guint
count_part_movements (AsDatabase *db,
                      gint64      part_id,
                      const char *filter)
{
  AsListSpec *spec = as_stock_store_new_part_movements (part_id);
  g_autoptr(AsRecordList) list = as_record_list_new (db, spec);
  guint n;

  g_assert_true (as_record_list_set_filter (list, filter));
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AsRecord) movement = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_assert_nonnull (movement);
    }
  g_clear_object (&list);
  as_stock_store_free_spec (spec);
  return n;
}

static gboolean
count_row (sqlite3_stmt  *row,
           gpointer       user_data,
           GError       **error)
{
  (*(guint *) user_data)++;
  return TRUE;
}

/* A part's movement list holds that part's movements only, and the part is
 * bound to the query rather than written into it: looking at one part after
 * another reuses the same statements instead of caching new ones. */
static void
test_part_movements (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = fixture->db;
  guint statements;

  g_assert_cmpint (as_stock_store_receive (db, MOTOR, CENTRAL, 10, "", &error), >, 0);
  g_assert_cmpint (as_stock_store_adjust (db, MOTOR, CENTRAL, -1, "Recuento", &error), >, 0);
  g_assert_cmpint (as_stock_store_receive (db, FILTER, CENTRAL, 50, "", &error), >, 0);
  g_assert_no_error (error);

  g_assert_cmpuint (count_part_movements (db, MOTOR, NULL), ==, 2);
  g_assert_cmpuint (count_part_movements (db, MOTOR, "adjustments"), ==, 1);
  g_assert_cmpuint (count_part_movements (db, FILTER, NULL), ==, 1);
  g_assert_cmpuint (count_part_movements (db, FILTER, "adjustments"), ==, 0);
  statements = count_statements (db);
  for (gint64 part = 3; part < 13; part++)
    g_assert_cmpuint (count_part_movements (db, part, "adjustments"), ==, 0);
  g_assert_cmpuint (count_statements (db), ==, statements);

  /* Exported as shown: the query binds the part too, and outlives the list
   * and its spec (the detail pane may move on while a worker reads it). */
  {
    AsListSpec *spec = as_stock_store_new_part_movements (MOTOR);
    AsRecordList *list = as_record_list_new (db, spec);
    g_autoptr(AsRecordListQuery) query = as_record_list_dup_query (list);
    guint rows = 0;

    g_object_unref (list);
    as_stock_store_free_spec (spec);
    g_assert_true (as_record_list_query_run (query, db, count_row, &rows, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (rows, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/stock-store/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("every-movement", test_every_movement);
  ADD ("never-negative", test_never_negative);
  ADD ("bad-input", test_bad_input);
  ADD ("issue-adds-charge", test_issue_adds_charge);
  ADD ("return-reduces-charge", test_return_reduces_charge);
  ADD ("roles", test_roles);
  ADD ("catalogue", test_catalogue);
  ADD ("reorder-view", test_reorder_view);
  ADD ("part-movements", test_part_movements);
#undef ADD
  return g_test_run ();
}
