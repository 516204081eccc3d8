/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo data generator: reproducible, proportional, consistent, and it
 * never touches a database that already holds records. */

#include <glib/gstdio.h>

#include "as-database.h"
#include "as-demo.h"
#include "as-demo-private.h"

#define N_REPAIRS 2000
#define SEED      42
#define NOW_TEXT  "2025-03-14 11:30:00"

static char *tmp_dir;
static AsDatabase *shared_db;   /* N_REPAIRS with SEED, made once */

static const char *const data_tables[] = {
  "branches", "departments", "staff", "providers", "product_models", "model_parts",
  "customers", "units", "contracts", "contract_units", "warehouses", "spare_parts", "stock",
  "stock_movements", "tools", "repair_orders", "surveys", "complaints", "returns",
};

static const char *const fts_tables[] = { "repair_fts", "customer_fts", "complaint_fts" };

/* ---------------------------------------------------------------- helpers */

static GDateTime *
fixed_now (void)
{
  return g_date_time_new_local (2025, 3, 14, 11, 30, 0);
}

static AsDatabase *
open_fresh (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  AsDatabase *db;

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  db = as_database_open (path, &error);
  g_assert_no_error (error);
  return db;
}

static AsDatabase *
generate (const char *name,
          guint       n_repairs,
          guint64     seed)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(GError) error = NULL;
  AsDatabase *db = open_fresh (name);

  g_assert_true (_as_demo_generate_at (db, n_repairs, seed, now, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

static AsDatabase *
get_shared_db (void)
{
  if (shared_db == NULL)
    shared_db = generate ("shared.db", N_REPAIRS, SEED);
  return shared_db;
}

static gint64
query (AsDatabase *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
assert_none (AsDatabase *db,
             const char *sql)
{
  gint64 n = query (db, sql);

  if (n != 0)
    g_test_message ("%s", sql);
  g_assert_cmpint (n, ==, 0);
}

static void
assert_some (AsDatabase *db,
             const char *sql)
{
  gint64 n = query (db, sql);

  if (n <= 0)
    g_test_message ("%s", sql);
  g_assert_cmpint (n, >, 0);
}

static gint64
count_rows (AsDatabase *db,
            const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);

  return query (db, sql);
}

/* SHA-256 of every row of a query, column by column, NULL told from ''. */
static char *
digest_query (AsDatabase *db,
              const char *sql)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      {
        const guchar *text = sqlite3_column_text (stmt, c);

        if (text == NULL)
          g_checksum_update (checksum, (const guchar *) "\1", 1);
        else
          g_checksum_update (checksum, text, sqlite3_column_bytes (stmt, c) + 1);
      }
  sqlite3_finalize (stmt);
  return g_strdup (g_checksum_get_string (checksum));
}

static char *
digest_table (AsDatabase *db,
              const char *table,
              gboolean    fts)
{
  g_autofree char *sql = fts ? g_strdup_printf ("SELECT rowid, * FROM %s ORDER BY rowid", table)
                             : g_strdup_printf ("SELECT * FROM %s ORDER BY 1, 2", table);

  return digest_query (db, sql);
}

static char *
digest_schema (AsDatabase *db)
{
  return digest_query (db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name");
}

/* ------------------------------------------------------------------ tests */

static void
test_reproducible (void)
{
  AsDatabase *first = get_shared_db ();
  g_autoptr(AsDatabase) second = generate ("second.db", N_REPAIRS, SEED);
  g_autoptr(AsDatabase) other = generate ("other-seed.db", N_REPAIRS, SEED + 1);

  for (guint i = 0; i < G_N_ELEMENTS (data_tables); i++)
    {
      g_autofree char *a = digest_table (first, data_tables[i], FALSE);
      g_autofree char *b = digest_table (second, data_tables[i], FALSE);

      g_test_message ("%s: %s", data_tables[i], a);
      g_assert_cmpstr (a, ==, b);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fts_tables); i++)
    {
      g_autofree char *a = digest_table (first, fts_tables[i], TRUE);
      g_autofree char *b = digest_table (second, fts_tables[i], TRUE);

      g_assert_cmpstr (a, ==, b);
    }

  /* Another seed makes other data. */
  {
    g_autofree char *a = digest_table (first, "repair_orders", FALSE);
    g_autofree char *c = digest_table (other, "repair_orders", FALSE);
    g_assert_cmpstr (a, !=, c);
  }
}

static void
test_proportions (void)
{
  AsDatabase *db = get_shared_db ();
  gint64 closed = query (db, "SELECT count(*) FROM repair_orders WHERE status = 'closed'");

  g_assert_cmpint (count_rows (db, "repair_orders"), ==, N_REPAIRS);
  g_assert_cmpint (count_rows (db, "customers"), ==, N_REPAIRS / 5);
  g_assert_cmpint (count_rows (db, "units"), ==, N_REPAIRS / 3);
  g_assert_cmpint (count_rows (db, "complaints"), ==, N_REPAIRS / 10);
  g_assert_cmpint (count_rows (db, "returns"), >=, N_REPAIRS / 100 * 3 / 4);
  g_assert_cmpint (count_rows (db, "returns"), <=, N_REPAIRS / 100);
  g_assert_cmpint (count_rows (db, "contracts"), >=, N_REPAIRS / 50 / 2);
  g_assert_cmpint (count_rows (db, "contracts"), <=, N_REPAIRS / 50);
  g_assert_cmpint (count_rows (db, "stock_movements"), >=, N_REPAIRS / 4);
  g_assert_cmpint (count_rows (db, "stock_movements"), <=, N_REPAIRS);
  g_assert_cmpint (count_rows (db, "staff"), >=, 20);
  g_assert_cmpint (count_rows (db, "staff"), <=, 40);
  g_assert_cmpint (count_rows (db, "spare_parts"), ==, 50);
  g_assert_cmpint (closed, >=, N_REPAIRS * 9 / 10);
  g_assert_cmpint (count_rows (db, "surveys"), >=, closed * 8 / 10);
  g_assert_cmpint (count_rows (db, "surveys"), <=, closed);
  g_assert_cmpint (count_rows (db, "branches"), >=, 4);
  g_assert_cmpint (count_rows (db, "warehouses"), ==, count_rows (db, "branches"));
  g_assert_cmpint (count_rows (db, "departments"), ==, 11);
  g_assert_cmpint (query (db, "SELECT count(*) FROM audit_log WHERE action = 'generate'"), ==, 1);
  g_assert_cmpint (count_rows (db, "audit_log"), ==, 1);
}

static void
check_references (AsDatabase *db)
{
  g_autoptr(GString) report = g_string_new (NULL);

  assert_none (db, "SELECT count(*) FROM pragma_foreign_key_check");
  g_assert_true (as_database_check (db, report));
  /* Repairs carry the customer's and the unit's own details. */
  assert_none (db, "SELECT count(*) FROM repair_orders r JOIN units u ON u.id = r.unit_id"
                   " WHERE u.customer_id <> r.customer_id OR u.model_id <> r.model_id"
                   " OR u.serial <> r.serial");
  assert_none (db, "SELECT count(*) FROM complaints c JOIN units u ON u.id = c.unit_id"
                   " WHERE u.customer_id <> c.customer_id");
  assert_none (db, "SELECT count(*) FROM returns r JOIN units u ON u.id = r.unit_id"
                   " WHERE u.customer_id <> r.customer_id");
}

static void
check_dates (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'closed'"
                   " AND (closed_at IS NULL OR closed_at < received_at)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status IN"
                   " ('received', 'dispatched', 'in_workshop') AND closed_at IS NOT NULL");
  assert_none (db, "SELECT count(*) FROM surveys s JOIN repair_orders r ON r.id = s.repair_id"
                   " WHERE r.status <> 'closed' OR s.surveyed_at < r.closed_at");
  assert_none (db, "SELECT count(*) FROM repair_orders r JOIN units u ON u.id = r.unit_id"
                   " WHERE u.sale_date >= substr(r.received_at, 1, 10)");
  assert_none (db, "SELECT count(*) FROM stock_movements m JOIN repair_orders r"
                   " ON r.id = m.repair_id WHERE m.at < r.received_at"
                   " OR m.at > coalesce(r.closed_at, m.at)");
  assert_none (db, "SELECT count(*) FROM complaints WHERE answered_at < received_at");
  /* Ids follow reception, and nothing lies in the future. */
  assert_none (db, "SELECT count(*) FROM repair_orders a JOIN repair_orders b"
                   " ON b.id = a.id + 1 WHERE b.received_at < a.received_at");
  g_assert_cmpint (query (db, "SELECT max(max(received_at), max(closed_at)) > '" NOW_TEXT "'"
                              " FROM repair_orders"), ==, 0);
  g_assert_cmpint (query (db, "SELECT max(surveyed_at) > '" NOW_TEXT "' FROM surveys"), ==, 0);
  g_assert_cmpint (query (db, "SELECT max(at) > '" NOW_TEXT "' FROM stock_movements"), ==, 0);
  g_assert_cmpint (query (db, "SELECT max(answered_at) > '" NOW_TEXT "' FROM complaints"), ==, 0);
  /* 18 months: from September 2023. */
  g_assert_cmpint (query (db, "SELECT min(received_at) >= '2023-09-14' FROM repair_orders"), ==, 1);
  g_assert_cmpint (query (db, "SELECT min(received_at) < '2023-10-01' FROM repair_orders"), ==, 1);
}

static void
check_stock (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM stock_movements WHERE balance < 0");
  assert_none (db, "SELECT count(*) FROM stock WHERE quantity < 0");
  /* Each balance is the running sum of the signed quantities. */
  assert_none (db, "SELECT count(*) FROM (SELECT balance, sum(quantity) OVER"
                   " (PARTITION BY part_id, warehouse_id ORDER BY at, id) AS running"
                   " FROM stock_movements) WHERE balance <> running");
  /* The stock on hand is the last movement's balance. */
  assert_none (db, "SELECT count(*) FROM stock s WHERE quantity IS NOT"
                   " (SELECT balance FROM stock_movements m WHERE m.part_id = s.part_id"
                   " AND m.warehouse_id = s.warehouse_id ORDER BY at DESC, id DESC LIMIT 1)");
  assert_none (db, "SELECT count(*) FROM stock_movements WHERE kind = 'issue'"
                   " AND (repair_id IS NULL OR quantity >= 0)");
  assert_none (db, "SELECT count(*) FROM stock_movements WHERE kind = 'receipt'"
                   " AND quantity <= 0");
}

static void
test_references (void)
{
  check_references (get_shared_db ());
}

static void
test_dates (void)
{
  check_dates (get_shared_db ());
}

static void
test_stock (void)
{
  check_stock (get_shared_db ());
}

/* Busier shelves and more of everything: what only shows at volume. */
static void
test_larger (void)
{
  g_autoptr(AsDatabase) db = generate ("larger.db", 30000, 7);

  g_assert_cmpint (count_rows (db, "repair_orders"), ==, 30000);
  check_references (db);
  check_dates (db);
  check_stock (db);
}

static void
test_realism (void)
{
  AsDatabase *db = get_shared_db ();

  /* Hotline staff are not in the after-sales department. */
  assert_none (db, "SELECT count(*) FROM staff s JOIN departments d ON d.id = s.department_id"
                   " WHERE s.roles & 256 AND d.kind = 'after_sales'");
  assert_some (db, "SELECT count(*) FROM staff WHERE roles & 256");
  g_assert_cmpint (query (db, "SELECT count(*) FROM staff WHERE roles & 128"), ==, 1);
  /* Some technicians' certificates have expired; they get no repairs after that. */
  assert_some (db, "SELECT count(*) FROM staff WHERE roles & 2 AND active"
                   " AND certificate_expiry < '2025-03-14'");
  assert_none (db, "SELECT count(*) FROM repair_orders r JOIN staff s ON s.id = r.technician_id"
                   " WHERE s.certificate_expiry < substr(r.received_at, 1, 10)");
  assert_some (db, "SELECT count(*) FROM contracts WHERE status = 'active'"
                   " AND end_date BETWEEN '2025-03-14' AND '2025-04-13'");
  g_assert_cmpint (query (db, "SELECT count(DISTINCT category) FROM repair_orders"), ==, 4);
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE category NOT IN"
                   " ('free', 'contract', 'paid', 'internal') OR status NOT IN ('received',"
                   " 'dispatched', 'in_workshop', 'closed', 'cancelled')");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE category = 'contract'"
                   " AND unit_id NOT IN (SELECT unit_id FROM contract_units)");
  assert_some (db, "SELECT count(*) FROM repair_orders WHERE provider_id IS NOT NULL");
  assert_some (db, "SELECT count(*) FROM complaints WHERE urgent");
  g_assert_cmpint (query (db, "SELECT count(DISTINCT kind) FROM complaints"), ==, 4);
  assert_some (db, "SELECT count(*) FROM customers WHERE key_customer");
  assert_none (db, "SELECT count(*) FROM customers WHERE phone NOT LIKE '+34 ___ ___ ___'");
  assert_none (db, "SELECT count(*) FROM surveys"
                   " WHERE min(attitude, skill, arrival, commitment) < 1"
                   " OR max(attitude, skill, arrival, commitment) > 4");
  g_assert_cmpint (query (db, "SELECT count(DISTINCT warranty_months) FROM model_parts"), >=, 4);
  g_assert_cmpint (query (db, "SELECT count(*) FROM product_models WHERE code = 'LV-7000'"), ==, 1);
}

/* The indexes and triggers dropped for the bulk insert are all back. */
static void
test_schema_kept (void)
{
  g_autoptr(AsDatabase) fresh = open_fresh ("fresh.db");
  g_autofree char *expected = digest_schema (fresh);
  g_autofree char *actual = digest_schema (get_shared_db ());

  g_assert_cmpstr (actual, ==, expected);
}

static void
test_free_text (void)
{
  AsDatabase *db = get_shared_db ();

  assert_some (db, "SELECT count(*) FROM repair_fts WHERE repair_fts MATCH 'centrifugar'");
  assert_some (db, "SELECT count(*) FROM repair_fts WHERE repair_fts MATCH 'enfria'");
  assert_some (db, "SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'embalaje'");
  assert_some (db, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'garcia'");
  /* The restored triggers keep the index in step with new rows. */
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Zoilo Trigger')",
                                   NULL));
  g_assert_cmpint (query (db, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'zoilo'"),
                   ==, 1);
  g_assert_true (as_database_exec (db, "DELETE FROM customers WHERE name = 'Zoilo Trigger'", NULL));
}

static void
test_refuses_non_empty (void)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(AsDatabase) db = open_fresh ("one-customer.db");
  g_autoptr(GError) error = NULL;

  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Cliente real')",
                                   NULL));
  g_assert_false (_as_demo_generate_at (db, 10, SEED, now, NULL, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count_rows (db, "customers"), ==, 1);
  g_assert_cmpint (count_rows (db, "repair_orders"), ==, 0);
  g_clear_error (&error);

  g_assert_false (_as_demo_generate_at (get_shared_db (), 10, SEED, now, NULL, NULL, NULL, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpint (count_rows (get_shared_db (), "repair_orders"), ==, N_REPAIRS);
}

static void
test_small_sizes (void)
{
  static const guint sizes[] = { 0, 1, 50 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("small-%u.db", sizes[i]);
      g_autoptr(AsDatabase) db = generate (name, sizes[i], SEED);

      g_assert_cmpint (count_rows (db, "repair_orders"), ==, sizes[i]);
      g_assert_cmpint (count_rows (db, "customers"), ==, 20);
      g_assert_cmpint (count_rows (db, "units"), ==, 30);
      g_assert_cmpint (count_rows (db, "staff"), >=, 20);
      g_assert_cmpint (count_rows (db, "complaints"), >, 0);
      g_assert_cmpint (count_rows (db, "contracts"), >, 0);
      g_assert_cmpint (count_rows (db, "stock"), >, 0);
      assert_none (db, "SELECT count(*) FROM pragma_foreign_key_check");
    }
}

typedef struct
{
  GCancellable *cancellable;
  double        cancel_after;
  double        last;
  guint         calls;
  gboolean      in_order;
} ProgressLog;

static void
on_progress (double   fraction,
             gpointer data)
{
  ProgressLog *log = data;

  log->in_order = log->in_order && fraction >= log->last && fraction <= 1.0;
  log->last = fraction;
  log->calls++;
  if (log->cancellable && fraction > log->cancel_after)
    g_cancellable_cancel (log->cancellable);
}

static void
test_progress (void)
{
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(AsDatabase) db = open_fresh ("progress.db");
  g_autoptr(GError) error = NULL;
  ProgressLog log = { NULL, 0, 0, 0, TRUE };

  g_assert_true (_as_demo_generate_at (db, 5000, SEED, now, on_progress, &log, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (log.in_order);
  g_assert_cmpfloat (log.last, ==, 1.0);
  g_assert_cmpuint (log.calls, >=, 10);
  g_assert_cmpuint (log.calls, <=, 101);
}

/* Cancelled while making repairs, while rebuilding the indexes and while
 * filling the free-text indexes: everything is rolled back. */
static void
test_cancel (void)
{
  static const double points[] = { 0.2, 0.5, 0.8 };
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(AsDatabase) fresh = open_fresh ("fresh-for-cancel.db");
  g_autofree char *schema_before = digest_schema (fresh);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_autoptr(AsDatabase) db = open_fresh ("cancel.db");
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *schema_after = NULL;
      ProgressLog log = { cancellable, points[i], 0, 0, TRUE };

      g_assert_false (_as_demo_generate_at (db, 20000, SEED, now, on_progress, &log, cancellable,
                                            &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (as_database_is_empty (db));
      g_assert_cmpint (count_rows (db, "repair_orders"), ==, 0);
      g_assert_cmpint (count_rows (db, "repair_fts"), ==, 0);
      schema_after = digest_schema (db);
      g_assert_cmpstr (schema_after, ==, schema_before);

      /* Nothing is left behind that would stop a second attempt. */
      g_clear_error (&error);
      g_assert_true (_as_demo_generate_at (db, 100, SEED, now, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

/* --------------------------------------------------------------- fixture */

static void
remove_tmp_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("aftersales-demo-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/demo/reproducible", test_reproducible);
  g_test_add_func ("/demo/proportions", test_proportions);
  g_test_add_func ("/demo/references", test_references);
  g_test_add_func ("/demo/dates", test_dates);
  g_test_add_func ("/demo/stock", test_stock);
  g_test_add_func ("/demo/larger", test_larger);
  g_test_add_func ("/demo/realism", test_realism);
  g_test_add_func ("/demo/schema-kept", test_schema_kept);
  g_test_add_func ("/demo/free-text", test_free_text);
  g_test_add_func ("/demo/refuses-non-empty", test_refuses_non_empty);
  g_test_add_func ("/demo/small-sizes", test_small_sizes);
  g_test_add_func ("/demo/progress", test_progress);
  g_test_add_func ("/demo/cancel", test_cancel);

  status = g_test_run ();
  g_clear_object (&shared_db);
  remove_tmp_dir ();
  g_free (tmp_dir);
  return status;
}
