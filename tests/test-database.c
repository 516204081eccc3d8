/* SPDX-License-Identifier: GPL-3.0-or-later */
/* AsDatabase: creation and migrations, refusal of files that are not ours
 * (left byte for byte as they were), transactions, the integrity check and
 * backups. */

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "as-database.h"
#include "as-schema.h"
#include "as-validate.h"
#include "test-util.h"

typedef struct
{
  char *dir;
  char *path;   /* dir/test.db, not created */
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = as_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  as_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static AsDatabase *
open_ok (const char *path)
{
  g_autoptr(GError) error = NULL;
  AsDatabase *db = as_database_open (path, &error);

  g_assert_no_error (error);
  g_assert_true (AS_IS_DATABASE (db));
  return db;
}

static char *
pragma_text (AsDatabase *db,
             const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Writes an AfterSales database with a few customers and closes it, so that
 * no -wal/-shm is left and the file is complete. */
static void
make_aftersales_file (const char *path,
                      guint       n_customers)
{
  g_autoptr(AsDatabase) db = open_ok (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (as_database_begin (db, &error));
  for (guint i = 0; i < n_customers; i++)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO customers (name, address) VALUES"
                                              " ('Customer %u', '%u Long Street, %s')", i, i,
                                              "a reasonably long address to fill pages");
      g_assert_true (as_database_exec (db, sql, &error));
    }
  g_assert_true (as_database_commit (db, &error));
  g_assert_no_error (error);
}

/* Opens @path expecting a refusal with @code; the file must be left exactly
 * as it was, with nothing created next to it. */
static void
assert_refused (const char *path,
                int         code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = NULL;
  AsTestFingerprint before;

  as_test_fingerprint (path, &before);
  /* mtime granularity: make a write visible even on coarse clocks */
  g_usleep (20000);
  db = as_database_open (path, &error);
  g_assert_null (db);
  g_assert_error (error, AS_DATABASE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_test_fail_printf ("message “%s” does not mention “%s”", error->message, fragment);
  as_test_assert_unchanged (path, &before);
  as_test_assert_no_sidecars (path);
  as_test_fingerprint_clear (&before);
}

/* ------------------------------------------------------------ creation */

static void
test_fresh_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autofree char *journal = pragma_text (db, "PRAGMA journal_mode");
  sqlite3 *raw;

  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
  g_assert_cmpint (as_database_query_int (db, "PRAGMA user_version", -1), ==, AS_SCHEMA_VERSION);
  g_assert_cmpint (as_database_query_int (db, "PRAGMA application_id", -1), ==, AS_APPLICATION_ID);
  g_assert_cmpstr (journal, ==, "wal");
  g_assert_cmpint (as_database_query_int (db, "PRAGMA foreign_keys", -1), ==, 1);
  g_assert_cmpint (as_database_query_int (db, "PRAGMA busy_timeout", -1), >, 0);
  g_assert_true (as_database_is_empty (db));
  g_assert_cmpint (as_database_get_actor (db), ==, 0);
  g_assert_true (g_path_is_absolute (as_database_get_path (db)));

  /* Every table of the schema is there. */
  for (const char *const *t = (const char *const[]) { "branches", "departments", "staff", "customers",
         "providers", "product_models", "model_parts", "units", "contracts", "contract_units",
         "repair_orders", "complaints", "returns", "warehouses", "spare_parts", "stock",
         "stock_movements", "tools", "surveys", "audit_log", "repair_fts", "customer_fts",
         "complaint_fts", NULL }; *t; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM sqlite_schema WHERE name = '%s'", *t);
      g_assert_cmpint (as_database_query_int (db, sql, 0), ==, 1);
    }
  g_clear_object (&db);

  /* Seen from outside with plain SQLite. */
  raw = as_test_sqlite_open (fixture->path);
  g_assert_cmpint (as_test_sqlite_int (raw, "PRAGMA user_version"), ==, AS_SCHEMA_VERSION);
  g_assert_cmpint (as_test_sqlite_int (raw, "PRAGMA application_id"), ==, AS_APPLICATION_ID);
  sqlite3_close (raw);
}

static void
test_reopen_keeps_data (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AsDatabase) db = NULL;

  make_aftersales_file (fixture->path, 3);
  as_test_assert_no_sidecars (fixture->path);
  db = open_ok (fixture->path);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM customers", -1), ==, 3);
  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
  g_assert_false (as_database_is_empty (db));
}

static void
test_empty_file_is_set_up (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(AsDatabase) db = NULL;

  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  db = open_ok (fixture->path);
  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
  g_assert_cmpint (as_database_query_int (db, "PRAGMA application_id", -1), ==, AS_APPLICATION_ID);
}

/* An SQLite file with no tables and no ids (as `sqlite3 x.db 'VACUUM'` leaves)
 * is a blank database and is set up. */
static void
test_blank_sqlite_is_set_up (Fixture       *fixture,
                             gconstpointer  data)
{
  sqlite3 *raw = as_test_sqlite_open (fixture->path);
  g_autoptr(AsDatabase) db = NULL;

  as_test_sqlite_exec (raw, "CREATE TABLE x (a); DROP TABLE x; VACUUM;");
  sqlite3_close (raw);
  db = open_ok (fixture->path);
  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
}

/* ":memory:" is SQLite's name for a private in-memory database; it must not
 * become a file called ":memory:" in the current directory. */
static void
test_memory (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *stray = g_build_filename (fixture->dir, ":memory:", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = NULL;

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  db = as_database_open (":memory:", &error);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('x')", &error));
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM customers", 0), ==, 1);
  if (g_file_test (stray, G_FILE_TEST_EXISTS))
    g_test_fail_printf ("as_database_open(\":memory:\") wrote a file named “:memory:” in the"
                        " current directory instead of opening an in-memory database");
}

/* ------------------------------------------------------------- upgrade */

/* Stands in for the program's as_fold() while a test builds an old schema. */
static void
fold_for_test (sqlite3_context *context,
               int              argc,
               sqlite3_value  **argv)
{
  g_autofree char *folded = g_utf8_strdown ((const char *) sqlite3_value_text (argv[0]), -1);

  sqlite3_result_text (context, folded, -1, SQLITE_TRANSIENT);
}

/* A file as the previous release left it: schema version 2, with a row in
 * every table that later versions alter. */
static void
make_version_2_file (const char *path)
{
  sqlite3 *raw = as_test_sqlite_open (path);

  sqlite3_create_function (raw, "as_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                           fold_for_test, NULL, NULL);
  for (int version = 1; version <= 2; version++)
    for (const char *const *part = _as_schema_get_migration (version); *part != NULL; part++)
      as_test_sqlite_exec (raw, *part);
  as_test_sqlite_exec (raw,
    "INSERT INTO branches (id, name) VALUES (1, 'Centre');"
    "INSERT INTO departments (id, name, kind) VALUES (1, 'Service', 'after_sales');"
    "INSERT INTO staff (id, name, roles, branch_id, department_id) VALUES (1, 'Ana', 6, 1, 1);"
    "INSERT INTO customers (id, name) VALUES (1, 'Núñez');"
    "INSERT INTO product_models (id, code, name) VALUES (1, 'W-1', 'Washer');"
    "INSERT INTO units (id, serial, model_id, customer_id, sale_date)"
    "  VALUES (1, 'W1-0001', 1, 1, '2026-01-10');"
    "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, fault, status, received_at,"
    "  technician_id, closed_at) VALUES (1, 1, 1, 1, 'Leaks', 'closed', '2026-02-01 09:00:00', 1,"
    "  '2026-02-02 12:00:00');"
    "INSERT INTO complaints (id, received_at, customer_id, unit_id, subject, received_by)"
    "  VALUES (1, '2026-02-03 10:00:00', 1, 1, 'Late visit', 1);"
    "INSERT INTO returns (id, unit_id, customer_id, reason, requested_at)"
    "  VALUES (1, 1, 1, 'Noisy', '2026-01-12');"
    "INSERT INTO warehouses (id, name, branch_id) VALUES (1, 'Central', 1);"
    "INSERT INTO spare_parts (id, part_no, name, model_id, unit_cost_cents) VALUES (1, 'P-1', 'Pump', 1, 1200);"
    "INSERT INTO stock (part_id, warehouse_id, quantity) VALUES (1, 1, 3);"
    "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity, balance, repair_id, at)"
    "  VALUES (1, 1, 'issue', -1, 3, 1, '2026-02-01 11:00:00');"
    "INSERT INTO tools (id, tag, description, holder_id) VALUES (1, 'T-1', 'Multimeter', 1);"
    "INSERT INTO surveys (repair_id, surveyed_at, attitude, skill, arrival, commitment)"
    "  VALUES (1, '2026-02-03', 4, 3, 4, 2);"
    "PRAGMA application_id = " G_STRINGIFY (AS_APPLICATION_ID) ";"
    "PRAGMA user_version = 2;");
  sqlite3_close (raw);
}

/* Opening a file of the previous release brings it to the current version
 * and keeps every row, with its keys consistent. */
static void
test_upgrade_from_version_2 (Fixture       *fixture,
                             gconstpointer  data)
{
  static const char *const tables[] = {
    "repair_orders", "complaints", "returns", "spare_parts", "stock", "stock_movements",
    "tools", "surveys",
  };
  g_autoptr(AsDatabase) db = NULL;
  g_autofree char *integrity = NULL;

  make_version_2_file (fixture->path);
  db = open_ok (fixture->path);
  g_assert_cmpint (as_database_get_schema_version (db), ==, AS_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);

      g_assert_cmpint (as_database_query_int (db, sql, -1), ==, 1);
    }
  integrity = pragma_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check", -1),
                   ==, 0);
}

/* ------------------------------------------------------------- refusal */

static void
test_refuse_newer (Fixture       *fixture,
                   gconstpointer  data)
{
  sqlite3 *raw;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", AS_SCHEMA_VERSION + 1);

  make_aftersales_file (fixture->path, 5);
  raw = as_test_sqlite_open (fixture->path);
  as_test_sqlite_exec (raw, sql);
  sqlite3_close (raw);
  as_test_assert_no_sidecars (fixture->path);

  assert_refused (fixture->path, AS_DATABASE_ERROR_TOO_NEW, "newer");
}

/* Another program's database, in rollback-journal and in WAL mode. */
static void
test_refuse_foreign (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *journal_modes[] = { "DELETE", "WAL" };

  for (guint i = 0; i < G_N_ELEMENTS (journal_modes); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/places-%s.sqlite", fixture->dir, journal_modes[i]);
      g_autofree char *mode = g_strdup_printf ("PRAGMA journal_mode = %s", journal_modes[i]);
      sqlite3 *raw = as_test_sqlite_open (path);

      as_test_sqlite_exec (raw, mode);
      as_test_sqlite_exec (raw, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
                                "INSERT INTO moz_places (url) VALUES ('https://example.org/');");
      sqlite3_close (raw);
      as_test_assert_no_sidecars (path);
      assert_refused (path, AS_DATABASE_ERROR_NOT_AFTERSALES, "another program");
    }
}

/* A database of another program that happens to use user_version too. */
static void
test_refuse_foreign_versioned (Fixture       *fixture,
                               gconstpointer  data)
{
  sqlite3 *raw = as_test_sqlite_open (fixture->path);

  as_test_sqlite_exec (raw, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                            "PRAGMA user_version = 1;");
  sqlite3_close (raw);
  assert_refused (fixture->path, AS_DATABASE_ERROR_NOT_AFTERSALES, NULL);
}

static void
test_refuse_text_file (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *text = "Name;Phone\nJosé García;600 000 000\n";

  g_assert_true (g_file_set_contents (fixture->path, text, -1, NULL));
  assert_refused (fixture->path, AS_DATABASE_ERROR_NOT_AFTERSALES, "not a database");

  /* Long enough to hold a whole header. */
  {
    g_autofree char *long_text = g_strnfill (8192, 'x');
    g_assert_true (g_file_set_contents (fixture->path, long_text, -1, NULL));
    assert_refused (fixture->path, AS_DATABASE_ERROR_NOT_AFTERSALES, NULL);
  }
}

static void
test_refuse_truncated (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint page_size;

  make_aftersales_file (fixture->path, 400);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  page_size = ((guint8) contents[16] << 8) | (guint8) contents[17];
  g_assert_cmpuint (length, >, 8 * page_size);

  /* Cut in the middle, and cut down to the first page. */
  g_assert_true (g_file_set_contents (fixture->path, contents, length / 2, NULL));
  assert_refused (fixture->path, AS_DATABASE_ERROR_CORRUPT, "damaged");

  g_assert_true (g_file_set_contents (fixture->path, contents, page_size, NULL));
  assert_refused (fixture->path, AS_DATABASE_ERROR_CORRUPT, NULL);
}

static void
test_refuse_directory (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsDatabase) db = as_database_open (fixture->dir, &error);

  g_assert_null (db);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN);
}

/* -------------------------------------------------------- transactions */

static void
on_changed_cb (AsDatabase *db,
               const char *table,
               GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (table));
}

static void
test_transactions (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = as_database_get_handle (db);

  g_signal_connect (db, "changed", G_CALLBACK (on_changed_cb), seen);

  /* A nested begin joins the outer transaction: the inner commit keeps it open. */
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Outer')", &error));
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Inner')", &error));
  as_database_notify_changed (db, "customers");
  g_assert_true (as_database_commit (db, &error));
  g_assert_false (sqlite3_get_autocommit (handle));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (as_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_true (sqlite3_get_autocommit (handle));
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM customers", -1), ==, 2);
  /* The change is announced once, after the outer commit. */
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "customers");

  /* A rollback, even from inside a nested begin, leaves nothing and announces nothing. */
  g_ptr_array_set_size (seen, 0);
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Gone 1')", &error));
  g_assert_true (as_database_audit (db, "customers", 99, "insert", "Gone 1", &error));
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db, "INSERT INTO customers (name) VALUES ('Gone 2')", &error));
  as_database_rollback (db);
  g_assert_true (sqlite3_get_autocommit (handle));
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM customers", -1), ==, 2);
  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM audit_log", -1), ==, 0);
  g_assert_cmpuint (seen->len, ==, 0);

  /* The next transaction starts cleanly and is not haunted by the rolled-back one. */
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_exec (db, "INSERT INTO branches (name) VALUES ('North')", &error));
  as_database_notify_changed (db, "branches");
  g_assert_true (as_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "branches");

  /* A change outside a transaction is announced at once. */
  g_ptr_array_set_size (seen, 0);
  as_database_notify_changed (db, "tools");
  g_assert_cmpuint (seen->len, ==, 1);

  /* A failed statement inside a transaction can be rolled back. */
  g_assert_true (as_database_begin (db, &error));
  g_assert_false (as_database_exec (db, "INSERT INTO nowhere VALUES (1)", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL);
  as_database_rollback (db);
  g_assert_true (sqlite3_get_autocommit (handle));
}

/* A second connection (another window or program) waits for the writer
 * instead of failing at once: busy_timeout is in effect. */
static void
test_two_connections (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AsDatabase) first = open_ok (fixture->path);
  g_autoptr(AsDatabase) second = open_ok (fixture->path);
  g_autoptr(GError) error = NULL;

  g_assert_true (as_database_begin (first, &error));
  g_assert_true (as_database_exec (first, "INSERT INTO customers (name) VALUES ('A')", &error));
  /* The reader sees the committed state while the writer is busy (WAL). */
  g_assert_cmpint (as_database_query_int (second, "SELECT count(*) FROM customers", -1), ==, 0);
  g_assert_true (as_database_commit (first, &error));
  g_assert_cmpint (as_database_query_int (second, "SELECT count(*) FROM customers", -1), ==, 1);
}

/* ----------------------------------------------------------- the audit */

static void
test_audit_row (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autoptr(GError) error = NULL;
  sqlite3 *raw;

  g_assert_true (as_database_exec (db, "INSERT INTO staff (id, name, roles) VALUES (7, 'Ana', 4)", &error));
  as_database_set_actor (db, 7);
  g_assert_cmpint (as_database_get_actor (db), ==, 7);
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_audit (db, "customers", 12, "update", "phone: “” → “600”", &error));
  g_assert_true (as_database_commit (db, &error));
  as_database_set_actor (db, 0);
  g_assert_true (as_database_begin (db, &error));
  g_assert_true (as_database_audit (db, "repair_orders", 0, "generate", NULL, &error));
  g_assert_true (as_database_commit (db, &error));
  g_assert_no_error (error);

  raw = as_database_get_handle (db);
  g_assert_cmpint (as_test_sqlite_int (raw, "SELECT count(*) FROM audit_log WHERE actor_id = 7"
                                            " AND table_name = 'customers' AND row_id = 12"
                                            " AND action = 'update' AND details = 'phone: “” → “600”'"
                                            " AND at LIKE '2___-__-__ __:__:__'"), ==, 1);
  g_assert_cmpint (as_test_sqlite_int (raw, "SELECT count(*) FROM audit_log WHERE actor_id IS NULL"
                                            " AND row_id IS NULL AND action = 'generate'"), ==, 1);

  /* An action outside the allowed set is refused by the schema. */
  g_assert_true (as_database_begin (db, &error));
  g_assert_false (as_database_audit (db, "customers", 1, "rename", "", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  as_database_rollback (db);
}

/* ----------------------------------------------------- check and backup */

static void
test_check (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(GString) report = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  make_aftersales_file (fixture->path, 10);
  db = open_ok (fixture->path);
  g_assert_true (as_database_check (db, report));
  g_assert_nonnull (strstr (report->str, "Integrity check: ok"));
  g_assert_nonnull (strstr (report->str, "Foreign key check: ok"));

  /* A dangling reference slipped in with the checks off is reported. */
  g_assert_true (as_database_exec (db, "PRAGMA foreign_keys = OFF;"
                                       "INSERT INTO units (serial, model_id, sale_date)"
                                       " VALUES ('X1', 4242, '2025-01-01');"
                                       "PRAGMA foreign_keys = ON;", &error));
  g_string_truncate (report, 0);
  g_assert_false (as_database_check (db, report));
  g_assert_nonnull (strstr (report->str, "units"));
  g_assert_nonnull (strstr (report->str, "Foreign key check: FAILED"));
}

static void
test_backup (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(AsDatabase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *partial = g_strconcat (target, ".partial", NULL);
  g_autofree char *before_sum = NULL;
  g_autofree char *copy_sum = NULL;
  g_autoptr(GString) report = g_string_new (NULL);

  make_aftersales_file (fixture->path, 50);
  db = open_ok (fixture->path);
  /* A write still in the WAL must be in the copy. */
  g_assert_true (as_database_exec (db, "INSERT INTO branches (name) VALUES ('Centre')", &error));

  g_assert_true (as_database_backup (db, target, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  as_test_assert_no_sidecars (target);

  copy = open_ok (target);
  g_assert_cmpint (as_database_query_int (copy, "SELECT count(*) FROM customers", -1), ==, 50);
  g_assert_cmpint (as_database_query_int (copy, "SELECT count(*) FROM branches", -1), ==, 1);
  g_assert_true (as_database_check (copy, report));
  g_clear_object (&copy);

  before_sum = as_test_table_checksum (as_database_get_handle (db), "customers", NULL);
  {
    sqlite3 *raw = as_test_sqlite_open (target);
    copy_sum = as_test_table_checksum (raw, "customers", NULL);
    sqlite3_close (raw);
  }
  g_assert_cmpstr (copy_sum, ==, before_sum);

  /* A second backup over the first replaces it. */
  g_assert_true (as_database_exec (db, "INSERT INTO branches (name) VALUES ('South')", &error));
  g_assert_true (as_database_backup (db, target, &error));
  copy = open_ok (target);
  g_assert_cmpint (as_database_query_int (copy, "SELECT count(*) FROM branches", -1), ==, 2);
}

static void
test_backup_onto_itself (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(AsDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dotted = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *cwd = g_get_current_dir ();

  make_aftersales_file (fixture->path, 20);
  db = open_ok (fixture->path);

  g_assert_false (as_database_backup (db, fixture->path, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  /* The same file spelt differently. */
  dotted = g_strdup_printf ("%s/./test.db", fixture->dir);
  g_assert_false (as_database_backup (db, dotted, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  relative = g_strdup ("test.db");
  g_assert_false (as_database_backup (db, relative, &error));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);

  g_assert_cmpint (as_database_query_int (db, "SELECT count(*) FROM customers", -1), ==, 20);
}

static void
test_backup_bad_target (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->dir, "no", "such", "dir", "copy.db", NULL);

  g_assert_false (as_database_backup (db, target, &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_OPEN);
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

/* Values bound from a type string: 'r' 0 and 's' NULL are stored as NULL, a
 * reused statement forgets the values of its last run, and a limit stops the
 * rows read. */
static void
test_statements (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) first = NULL, third = NULL;
  g_autoptr(GPtrArray) one = NULL, all = NULL;
  const char *insert = "INSERT INTO t (n, ref, s) VALUES (?1, ?2, ?3)";

  g_assert_true (as_database_exec (db, "CREATE TEMP TABLE t (id INTEGER PRIMARY KEY, n INTEGER,"
                                       " ref INTEGER, s TEXT)", &error));
  g_assert_true (as_database_run (db, &error, insert, "irs", (gint64) 0, (gint64) 0, NULL));
  g_assert_true (as_database_run (db, &error, insert, "irs", (gint64) 5, (gint64) 7, "x"));
  g_assert_true (as_database_run (db, &error, insert, "iis", (gint64) 6, (gint64) 0, NULL));
  g_assert_no_error (error);
  g_assert_cmpint (as_database_last_insert_id (db), ==, 3);

  first = as_database_query_row (db, &error, "SELECT * FROM t WHERE id = ?1", "i", (gint64) 1);
  g_assert_nonnull (first);
  g_assert_cmpstr (as_row_get (first, "n"), ==, "0");
  g_assert_null (as_row_get (first, "ref"));
  g_assert_null (as_row_get (first, "s"));
  third = as_database_query_row (db, &error, "SELECT * FROM t WHERE id = ?1", "i", (gint64) 3);
  g_assert_cmpstr (as_row_get (third, "ref"), ==, "0");
  g_assert_null (as_row_get (third, "s"));
  g_assert_null (as_row_get (NULL, "s"));
  g_assert_null (as_database_query_row (db, &error, "SELECT * FROM t WHERE id = ?1", "i",
                                        (gint64) 9));
  g_assert_no_error (error);

  one = as_database_query_rows (db, &error, 1, "SELECT * FROM t WHERE n >= ?1 ORDER BY id", "i",
                                (gint64) 0);
  all = as_database_query_rows (db, &error, 0, "SELECT * FROM t WHERE n >= ?1 ORDER BY id", "i",
                                (gint64) 0);
  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpstr (as_row_get (g_ptr_array_index (all, 1), "s"), ==, "x");
}

/* A chosen reference passes when it is none or exists; otherwise the refusal
 * given, as invalid input. */
static void
test_check_reference (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AsDatabase) db = open_ok (fixture->path);
  g_autoptr(GError) error = NULL;
  const char *sql = "SELECT id FROM staff WHERE id = ?1";

  g_assert_true (as_database_exec (db, "INSERT INTO staff (id, name, roles) VALUES (7, 'Ana', 4)",
                                   &error));
  g_assert_true (as_database_check_reference (db, sql, 0, "none", &error));
  g_assert_true (as_database_check_reference (db, sql, 7, "none", &error));
  g_assert_no_error (error);
  g_assert_false (as_database_check_reference (db, sql, 8, "Choose an existing person.", &error));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Choose an existing person.");
  g_clear_error (&error);

  g_assert_false (AS_REFUSE (&error, "Repair %d is closed.", 12));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Repair 12 is closed.");
  g_clear_error (&error);
  g_assert_false (as_database_refuse (&error, AS_DATABASE_ERROR_PERMISSION, "%s", "No."));
  g_assert_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION);
}

/* The text helpers every store uses on what a person typed, and the stored
 * form of now and today. */
static void
test_text_helpers (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *stripped = as_validate_strip ("  Calle Mayor 3 \t");
  g_autofree char *empty = as_validate_strip (NULL);
  g_autofree char *today = as_database_today ();
  g_autofree char *now = as_database_now ();
  g_autofree char *checked = as_validate_date (today);
  g_autoptr(GDateTime) moment = as_validate_timestamp ("2026-02-28 23:59:59");
  g_autoptr(GDateTime) stored = as_validate_timestamp (now);

  g_assert_cmpstr (stripped, ==, "Calle Mayor 3");
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (as_validate_is_blank (NULL));
  g_assert_true (as_validate_is_blank (" \t\n"));
  g_assert_false (as_validate_is_blank ("  x"));

  g_assert_nonnull (moment);
  g_assert_cmpint (g_date_time_get_day_of_month (moment), ==, 28);
  g_assert_cmpint (g_date_time_get_second (moment), ==, 59);
  g_assert_null (as_validate_timestamp ("2026-02-29 10:00:00"));
  g_assert_null (as_validate_timestamp ("2026-03-01 24:00:00"));
  g_assert_null (as_validate_timestamp ("2026-03-01 10:00"));
  g_assert_null (as_validate_timestamp ("2026-03-01 10:00:00x"));
  g_assert_null (as_validate_timestamp (NULL));
  /* Only the stored form: signs and spaces inside would compare wrongly as text. */
  g_assert_null (as_validate_timestamp ("2026-+3-01 10:00:00"));
  g_assert_null (as_validate_timestamp ("2026-03-01 +1:00:00"));
  g_assert_null (as_validate_timestamp (" 202-03-01 10:00:00"));

  g_assert_cmpstr (checked, ==, today);
  g_assert_cmpint (strlen (now), ==, 19);
  g_assert_nonnull (stored);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/database/open/fresh-file", test_fresh_file);
  ADD ("/database/open/reopen", test_reopen_keeps_data);
  ADD ("/database/open/empty-file", test_empty_file_is_set_up);
  ADD ("/database/open/blank-sqlite", test_blank_sqlite_is_set_up);
  ADD ("/database/open/memory", test_memory);
  ADD ("/database/upgrade/from-version-2", test_upgrade_from_version_2);
  ADD ("/database/refuse/newer", test_refuse_newer);
  ADD ("/database/refuse/foreign", test_refuse_foreign);
  ADD ("/database/refuse/foreign-versioned", test_refuse_foreign_versioned);
  ADD ("/database/refuse/text-file", test_refuse_text_file);
  ADD ("/database/refuse/truncated", test_refuse_truncated);
  ADD ("/database/refuse/directory", test_refuse_directory);
  ADD ("/database/transactions", test_transactions);
  ADD ("/database/two-connections", test_two_connections);
  ADD ("/database/audit-row", test_audit_row);
  ADD ("/database/statements", test_statements);
  ADD ("/database/check-reference", test_check_reference);
  ADD ("/database/text-helpers", test_text_helpers);
  ADD ("/database/check", test_check);
  ADD ("/database/backup/copy", test_backup);
  ADD ("/database/backup/onto-itself", test_backup_onto_itself);
  ADD ("/database/backup/bad-target", test_backup_bad_target);
#undef ADD

  return g_test_run ();
}
