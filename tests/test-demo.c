/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The demo data generator: reproducible, proportional, consistent, and it
 * never touches a database that already holds records. Its repairs look as
 * the repair store would have recorded them: the columns of every step, the
 * events, the charge lines and invoice requests, deadlines on the calendar. */

#include <glib/gstdio.h>
#include <string.h>

#include "as-calendar.h"
#include "as-database.h"
#include "as-demo.h"
#include "as-demo-private.h"
#include "as-reports.h"
#include "as-settings.h"
#include "as-warranty.h"

#define N_REPAIRS 2000
#define SEED      42
#define NOW_TEXT  "2025-03-14 11:30:00"

static char *tmp_dir;
static AsDatabase *shared_db;   /* N_REPAIRS with SEED, made once */

static const char *const data_tables[] = {
  "branches", "departments", "staff", "providers", "product_models", "model_parts",
  "warranty_promotions", "customers", "units", "contracts", "contract_units", "warehouses",
  "spare_parts", "stock", "stock_movements", "tools", "repair_orders", "repair_events",
  "repair_charges", "invoice_requests", "surveys", "complaints", "returns", "daily_signoffs",
  "holidays",
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
  /* One attempt per 50 repairs, and the renewals. */
  g_assert_cmpint (count_rows (db, "contracts"), >=, N_REPAIRS / 50 / 2);
  g_assert_cmpint (count_rows (db, "contracts"), <=, N_REPAIRS / 50 * 3 / 2);
  g_assert_cmpint (count_rows (db, "stock_movements"), >=, N_REPAIRS / 5);
  g_assert_cmpint (count_rows (db, "stock_movements"), <=, N_REPAIRS);
  g_assert_cmpint (count_rows (db, "staff"), >=, 20);
  g_assert_cmpint (count_rows (db, "staff"), <=, 40);
  g_assert_cmpint (count_rows (db, "spare_parts"), ==, 50);
  g_assert_cmpint (closed, >=, N_REPAIRS * 9 / 10);
  g_assert_cmpint (count_rows (db, "surveys"), >=, closed * 8 / 10);
  g_assert_cmpint (count_rows (db, "surveys"), <=, closed);
  /* Six to ten steps a repair, two to four charge lines. */
  g_assert_cmpint (count_rows (db, "repair_events"), >=, N_REPAIRS * 6);
  g_assert_cmpint (count_rows (db, "repair_events"), <=, N_REPAIRS * 10);
  g_assert_cmpint (count_rows (db, "repair_charges"), >=, closed * 2);
  g_assert_cmpint (count_rows (db, "repair_charges"), <=, N_REPAIRS * 4);
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
                   " ('received', 'dispatched', 'in_workshop', 'ready') AND closed_at IS NOT NULL");
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

/* Each status carries the columns its steps set, and none of the later ones. */
static void
check_steps (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE arrival_deadline IS NULL"
                   " OR arrival_deadline <= received_at OR dispatched_at < received_at"
                   " OR arrived_at < dispatched_at OR escalated_at < received_at"
                   " OR (escalated_at IS NULL) <> (escalation_reason = '')");
  assert_none (db, "SELECT count(*) FROM repair_orders r JOIN staff s ON s.id = r.dispatched_by"
                   " WHERE NOT s.roles & 4 OR s.branch_id IS NOT r.branch_id");
  assert_none (db, "SELECT count(*) FROM repair_orders r JOIN staff s ON s.id = r.inspected_by"
                   " WHERE NOT s.roles & 4");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'received' AND"
                   " (dispatched_at IS NOT NULL OR dispatched_by IS NOT NULL"
                   " OR technician_id IS NOT NULL OR provider_id IS NOT NULL OR assessment <> ''"
                   " OR arrived_at IS NOT NULL OR handling IS NOT NULL OR labour_minutes <> 0"
                   " OR closed_at IS NOT NULL)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status <> 'received'"
                   " AND status <> 'cancelled' AND (dispatched_at IS NULL OR assessment = ''"
                   " OR bring_tools = '' OR (technician_id IS NULL) = (provider_id IS NULL))");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'dispatched'"
                   " AND (handling IS NOT NULL OR goods_in_at IS NOT NULL"
                   " OR signed_by IS NOT NULL)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'in_workshop'"
                   " AND (handling IS NOT 'taken_back' OR goods_in_at < arrived_at"
                   " OR goods_in_at IS NULL OR inspected_at IS NOT NULL"
                   " OR goods_out_at IS NOT NULL)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'ready'"
                   " AND (handling IS NOT 'taken_back' OR inspected_at < goods_in_at"
                   " OR inspected_by IS NULL OR goods_out_at IS NOT NULL"
                   " OR signed_by IS NOT NULL)");
  /* Closed on site: the customer's signature, no goods receipt. */
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'closed'"
                   " AND handling IS NOT 'taken_back' AND (handling IS NOT 'on_site'"
                   " OR signed_by IS NULL OR signed_by = '' OR signed_at IS NOT closed_at"
                   " OR goods_in_at IS NOT NULL OR receipt_voided_at IS NOT NULL"
                   " OR arrived_at > closed_at OR labour_minutes <= 0 OR work_done = '')");
  /* Taken back: in, inspected, out, in that order; the goods receipt voided. */
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'closed'"
                   " AND handling = 'taken_back' AND (NOT (arrived_at <= goods_in_at"
                   " AND goods_in_at <= inspected_at AND inspected_at <= goods_out_at)"
                   " OR receipt_voided_at IS NOT goods_out_at OR goods_out_at IS NOT closed_at"
                   " OR signed_at IS NOT closed_at OR signed_by IS NULL OR inspected_by IS NULL)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE status = 'cancelled'"
                   " AND (closed_at IS NULL OR handling IS NOT NULL OR signed_by IS NOT NULL)");
  /* A paid repair's fee, quoted on the visit and accepted before the work. */
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE category = 'paid'"
                   " AND status IN ('in_workshop', 'ready', 'closed') AND (fee_quoted_cents IS NULL"
                   " OR fee_accepted_at IS NULL OR fee_accepted_at < arrived_at)");
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE category <> 'paid'"
                   " AND (fee_quoted_cents IS NOT NULL OR fee_accepted_at IS NOT NULL)");
  /* Mostly in time; about 60 % on site and 40 % taken back. */
  g_assert_cmpint (query (db, "SELECT 1000 * sum(arrived_at > arrival_deadline) / count(*)"
                              " FROM repair_orders WHERE arrived_at IS NOT NULL"), >=, 40);
  g_assert_cmpint (query (db, "SELECT 1000 * sum(arrived_at > arrival_deadline) / count(*)"
                              " FROM repair_orders WHERE arrived_at IS NOT NULL"), <=, 130);
  g_assert_cmpint (query (db, "SELECT 100 * sum(handling = 'taken_back') / count(*)"
                              " FROM repair_orders WHERE status = 'closed'"), >=, 30);
  g_assert_cmpint (query (db, "SELECT 100 * sum(handling = 'taken_back') / count(*)"
                              " FROM repair_orders WHERE status = 'closed'"), <=, 50);
  assert_some (db, "SELECT count(*) FROM repair_orders WHERE escalated_at IS NOT NULL");
  assert_some (db, "SELECT count(*) FROM repair_orders WHERE provider_id IS NOT NULL"
                   " AND status = 'closed'");
  /* Now and then a relative signs. */
  assert_some (db, "SELECT count(*) FROM repair_orders r JOIN customers c ON c.id = r.customer_id"
                   " WHERE r.signed_by <> c.name");
}

/* Every step an event, in time order, the status it left, the minutes worked. */
static void
check_events (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE NOT EXISTS (SELECT 1"
                   " FROM repair_events e WHERE e.repair_id = r.id AND e.status = 'received'"
                   " AND e.at = r.received_at AND e.note = r.fault"
                   " AND e.staff_id = r.received_by)");
  assert_none (db, "SELECT count(*) FROM repair_events a JOIN repair_events b ON b.id = a.id + 1"
                   " AND b.repair_id = a.repair_id WHERE b.at < a.at");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE r.status IS NOT"
                   " (SELECT e.status FROM repair_events e WHERE e.repair_id = r.id"
                   " ORDER BY e.at DESC, e.id DESC LIMIT 1)");
  assert_none (db, "SELECT count(*) FROM (SELECT status, lag (status) OVER"
                   " (PARTITION BY repair_id ORDER BY at, id) AS before FROM repair_events)"
                   " WHERE before <> status AND before || '>' || status NOT IN"
                   " ('received>dispatched', 'received>cancelled', 'dispatched>closed',"
                   " 'dispatched>in_workshop', 'dispatched>cancelled', 'in_workshop>ready',"
                   " 'ready>closed')");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE r.labour_minutes <>"
                   " (SELECT coalesce (sum (minutes), 0) FROM repair_events e"
                   " WHERE e.repair_id = r.id)");
  assert_none (db, "SELECT count(*) FROM repair_events WHERE minutes > 0"
                   " AND status NOT IN ('dispatched', 'in_workshop') OR staff_id IS NULL");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE dispatched_at IS NOT"
                   " (SELECT min (at) FROM repair_events e WHERE e.repair_id = r.id"
                   " AND e.status = 'dispatched')");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE status IN ('closed', 'cancelled')"
                   " AND closed_at IS NOT (SELECT max (at) FROM repair_events e"
                   " WHERE e.repair_id = r.id)");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE status = 'ready'"
                   " AND inspected_at IS NOT (SELECT max (at) FROM repair_events e"
                   " WHERE e.repair_id = r.id AND e.status = 'ready')");
  g_assert_cmpint (query (db, "SELECT max (at) > '" NOW_TEXT "' FROM repair_events"), ==, 0);
}

/* Lines from the fee schedule and the model's parts, in the categories the
 * warranty gives; one invoice request for each closed repair with paid lines. */
static void
check_charges (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM repair_charges c JOIN repair_orders r"
                   " ON r.id = c.repair_id WHERE c.kind <> 'part' AND c.category <> r.category");
  assert_none (db, "SELECT count(*) FROM repair_charges c JOIN repair_orders r"
                   " ON r.id = c.repair_id WHERE c.kind = 'part' AND c.category <> r.category"
                   " AND NOT (r.category = 'free' AND c.category = 'paid')");
  assert_none (db, "SELECT count(*) FROM repair_charges c JOIN repair_orders r"
                   " ON r.id = c.repair_id LEFT JOIN model_parts p ON p.id = c.model_part_id"
                   " WHERE c.kind = 'part' AND (p.model_id IS NOT r.model_id"
                   " OR c.description <> p.name)");
  assert_none (db, "SELECT count(*) FROM repair_charges WHERE kind = 'call_out' AND"
                   " unit_price_cents <>"
                   " (SELECT value FROM settings WHERE key = 'fee.call_out_cents')"
                   " OR kind = 'transport' AND unit_price_cents <>"
                   " (SELECT value FROM settings WHERE key = 'fee.transport_cents')");
  assert_none (db, "SELECT count(*) FROM repair_charges c JOIN repair_orders r"
                   " ON r.id = c.repair_id WHERE c.kind = 'labour' AND r.status = 'closed'"
                   " AND c.unit_price_cents <> (r.labour_minutes * (SELECT value FROM settings"
                   " WHERE key = 'fee.labour_per_hour_cents') + 30) / 60");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE status = 'closed' AND"
                   " ((SELECT count(*) FROM repair_charges c WHERE c.repair_id = r.id"
                   " AND c.kind IN ('labour', 'call_out')) <> 2 OR (handling = 'taken_back') <>"
                   " EXISTS (SELECT 1 FROM repair_charges c WHERE c.repair_id = r.id"
                   " AND c.kind = 'transport'))");
  assert_some (db, "SELECT count(*) FROM repair_charges c JOIN repair_orders r"
                   " ON r.id = c.repair_id WHERE c.kind = 'part' AND r.category = 'free'"
                   " AND c.category = 'paid'");
  /* Invoice requests: closed repairs, their paid lines, small sums on the spot. */
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE status = 'closed'"
                   " AND (category = 'paid' OR EXISTS (SELECT 1 FROM repair_charges c"
                   " WHERE c.repair_id = r.id AND c.category = 'paid'))"
                   " AND (SELECT count(*) FROM invoice_requests i WHERE i.repair_id = r.id) <> 1");
  assert_none (db, "SELECT count(*) FROM invoice_requests i JOIN repair_orders r"
                   " ON r.id = i.repair_id WHERE r.status <> 'closed'"
                   " OR i.created_at <> r.closed_at"
                   " OR i.total_cents <> (SELECT sum (quantity * unit_price_cents)"
                   " FROM repair_charges c WHERE c.repair_id = r.id AND c.category = 'paid')"
                   " OR i.settlement <> CASE WHEN i.total_cents <= 6000 THEN 'on_the_spot'"
                   " ELSE 'invoice' END");
  assert_none (db, "SELECT count(*) FROM repair_orders r WHERE category = 'paid'"
                   " AND status = 'closed' AND fee_quoted_cents <> (SELECT sum (quantity"
                   " * unit_price_cents) FROM repair_charges c WHERE c.repair_id = r.id)");
  assert_some (db, "SELECT count(*) FROM invoice_requests WHERE settlement = 'on_the_spot'");
  assert_some (db, "SELECT count(*) FROM invoice_requests WHERE settlement = 'invoice'");
}

/* Holidays, working hours and daily sign-offs on the database's calendar. */
static void
check_calendar (AsDatabase *db)
{
  assert_some (db, "SELECT count(*) FROM holidays WHERE name = 'Natividad del Señor'");
  assert_none (db, "SELECT count(*) FROM repair_orders"
                   " WHERE substr (received_at, 1, 10) IN (SELECT date FROM holidays)");
  assert_none (db, "SELECT count(*) FROM repair_orders r LEFT JOIN working_hours w"
                   " ON w.weekday = (CAST (strftime ('%w', r.received_at) AS INTEGER) + 6) % 7 + 1"
                   " WHERE w.weekday IS NULL OR CAST (strftime ('%H', r.received_at) AS INTEGER)"
                   " * 60 + CAST (strftime ('%M', r.received_at) AS INTEGER)"
                   " NOT BETWEEN w.start_minute AND w.end_minute - 1");
  assert_none (db, "SELECT count(*) FROM daily_signoffs d JOIN staff s ON s.id = d.signed_by"
                   " WHERE NOT s.roles & 8 OR s.branch_id <> d.branch_id OR d.date >= '2025-03-14'"
                   " OR d.signed_at < d.date OR d.signed_at > '" NOW_TEXT "'"
                   " OR d.date IN (SELECT date FROM holidays) OR strftime ('%w', d.date) = '0'");
  g_assert_cmpint (query (db, "SELECT count(DISTINCT branch_id) FROM daily_signoffs"), ==,
                   count_rows (db, "branches"));
}

/* The deadline of a sample of repairs, counted again by the calendar. */
static void
check_deadlines (AsDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AsCalendar) calendar = as_calendar_load (db, &error);
  sqlite3_stmt *stmt = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db),
                                       "SELECT received_at, zone, arrival_deadline"
                                       " FROM repair_orders WHERE id % 7 = 3",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean urban = g_str_equal ((const char *) sqlite3_column_text (stmt, 1), "urban");
      gint64 hours = as_settings_get_int (db, urban ? AS_SETTING_URBAN_HOURS
                                                    : AS_SETTING_SUBURBAN_HOURS, 0);
      const char *received_at = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(GDateTime) received = as_datetime_parse (received_at);
      g_autoptr(GDateTime) due = as_calendar_add_working_hours (calendar, received, (double) hours);
      g_autofree char *expected = as_datetime_format (due);

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, expected);
      checked++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (checked, >, 0);
}

/* Reception's proposal and each part line's category, as the warranty check
 * gives them today for recent repairs (contracts that have since expired
 * would no longer count). */
static void
check_warranty (AsDatabase *db)
{
  sqlite3_stmt *stmt = NULL;
  guint checked = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (as_database_get_handle (db),
                                       "SELECT r.serial, substr (r.received_at, 1, 10), r.category,"
                                       " (SELECT group_concat (c.model_part_id || ':'"
                                       " || c.category)"
                                       " FROM repair_charges c WHERE c.repair_id = r.id"
                                       " AND c.kind = 'part') FROM repair_orders r"
                                       " WHERE r.unit_id IS NOT NULL AND r.category <> 'internal'"
                                       " AND r.received_at >= '2025-01-14' AND r.unit_id NOT IN"
                                       " (SELECT unit_id FROM contract_units u JOIN contracts t"
                                       " ON t.id = u.contract_id WHERE t.status = 'expired')",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AsWarrantyReport) report =
        as_warranty_check (db, (const char *) sqlite3_column_text (stmt, 0),
                           (const char *) sqlite3_column_text (stmt, 1), &error);
      const char *parts = (const char *) sqlite3_column_text (stmt, 3);

      g_assert_no_error (error);
      g_assert_cmpstr (report->proposed_category, ==, (const char *) sqlite3_column_text (stmt, 2));
      if (parts != NULL)
        {
          g_autofree char *expected = NULL;
          char *colon = strchr (parts, ':');

          g_assert_nonnull (colon);
          expected = g_strdup_printf ("%.*s:%s", (int) (colon - parts), parts,
                                      as_warranty_category_for (report,
                                                                g_ascii_strtoll (parts, NULL, 10)));
          g_assert_cmpstr (parts, ==, expected);
        }
      checked++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (checked, >, 20);
}

/* Expiry notices a month ahead; renewals are new contracts for the same
 * units from the day after; promotions of some models. */
static void
check_contracts (AsDatabase *db)
{
  assert_none (db, "SELECT count(*) FROM contracts WHERE notice_sent_at > '" NOW_TEXT "'"
                   " OR notice_sent_at < date (end_date, '-40 days') OR notice_sent_at > end_date"
                   " OR renewal IS NOT NULL AND notice_sent_at IS NULL"
                   " OR (renewal IS 'renewed') <> (renewed_by_id IS NOT NULL)"
                   " OR (renewal IS 'refused') <> (renewal_note <> '')");
  assert_none (db, "SELECT count(*) FROM contracts o JOIN contracts n ON n.id = o.renewed_by_id"
                   " WHERE n.customer_id <> o.customer_id"
                   " OR n.start_date <> date (o.end_date, '+1 day') OR n.renewal IS NOT NULL"
                   " OR (SELECT group_concat (unit_id) FROM (SELECT unit_id FROM contract_units"
                   " WHERE contract_id = o.id ORDER BY 1)) IS NOT (SELECT group_concat (unit_id)"
                   " FROM (SELECT unit_id FROM contract_units WHERE contract_id = n.id"
                   " ORDER BY 1))");
  assert_some (db, "SELECT count(*) FROM contracts WHERE status = 'active' AND renewal IS NULL"
                   " AND notice_sent_at IS NOT NULL"
                   " AND end_date <= date ('2025-03-14', '+30 days')");
  assert_some (db, "SELECT count(*) FROM contracts WHERE renewal = 'renewed'");
  assert_some (db, "SELECT count(*) FROM contracts WHERE renewal = 'refused'");
  g_assert_cmpint (query (db, "SELECT count(DISTINCT model_id) FROM warranty_promotions"), >=, 3);
  assert_none (db, "SELECT count(*) FROM warranty_promotions WHERE sold_to < sold_from"
                   " OR extra_months <= 0 OR name = ''");
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

static void
test_steps (void)
{
  check_steps (get_shared_db ());
}

static void
test_events (void)
{
  check_events (get_shared_db ());
}

static void
test_charges (void)
{
  check_charges (get_shared_db ());
}

static void
test_calendar (void)
{
  check_calendar (get_shared_db ());
}

static void
test_deadlines (void)
{
  check_deadlines (get_shared_db ());
}

static void
test_warranty (void)
{
  check_warranty (get_shared_db ());
}

static void
test_contracts (void)
{
  check_contracts (get_shared_db ());
}

/* The daily reports find a recent day's work: a Thursday before "now". */
static void
test_reports (void)
{
  AsDatabase *db = get_shared_db ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) days = as_reports_technician_daily (db, "2025-03-13", 0, &error);
  g_autoptr(AsDailySummary) summary = NULL;
  g_autoptr(AsDailySummary) branch = NULL;
  guint requests = 0;
  int minutes = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (days->len, >, 0);
  for (guint i = 0; i < days->len; i++)
    {
      AsTechnicianDay *day = g_ptr_array_index (days, i);

      requests += day->requests->len;
      minutes += day->totals.total_minutes;
    }
  g_assert_cmpuint (requests, >, 0);
  g_assert_cmpint (minutes, >, 0);

  summary = as_reports_supervisor_daily (db, "2025-03-13", &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary->received, >, 0);
  g_assert_cmpint (summary->closed, >, 0);
  g_assert_cmpint (summary->totals.total_minutes, >, 0);
  g_assert_cmpuint (summary->people->len, >, 0);

  /* The branch report shows the manager's sign-off (a few days go unsigned). */
  branch = as_reports_branch_daily (db, 1, "2025-03-12", &error);
  g_assert_no_error (error);
  g_assert_cmpint (branch->signed_by, ==,
                   query (db, "SELECT coalesce (max (signed_by), 0) FROM daily_signoffs"
                              " WHERE branch_id = 1 AND date = '2025-03-12'"));
  g_assert_cmpint (query (db, "SELECT count(*) FROM daily_signoffs WHERE date >= '2025-03-01'"),
                   >, count_rows (db, "branches") * 8);
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
  check_steps (db);
  check_events (db);
  check_charges (db);
  check_calendar (db);
  /* At this volume every status has open repairs at the reference moment. */
  g_assert_cmpint (query (db, "SELECT count(DISTINCT status) FROM repair_orders"), ==, 6);
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
                   " 'dispatched', 'in_workshop', 'ready', 'closed', 'cancelled')");
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

/* A database whose calendar and fee schedule were set before: the repairs
 * follow them, and its own holidays are kept. */
static void
test_own_calendar (void)
{
  static const char *const keys[] = {
    AS_SETTING_URBAN_HOURS, AS_SETTING_SUBURBAN_HOURS, AS_SETTING_LABOUR_PER_HOUR,
    AS_SETTING_CALL_OUT, AS_SETTING_TRANSPORT,
  };
  static const gint64 values[] = { 4, 5, 4200, 3000, 1800 };
  g_autoptr(GDateTime) now = fixed_now ();
  g_autoptr(AsDatabase) db = open_fresh ("own-calendar.db");
  g_autoptr(AsCalendar) calendar = as_calendar_new ();
  g_autoptr(GError) error = NULL;

  for (int weekday = 1; weekday <= 5; weekday++)
    as_calendar_set_day (calendar, weekday, 7 * 60 + 30, 15 * 60);
  as_calendar_set_day (calendar, 6, 0, 0);
  as_calendar_add_holiday (calendar, "2024-10-07", "Fiesta local");
  g_assert_true (as_calendar_save (calendar, db, &error));
  g_assert_true (as_settings_set_ints (db, keys, values, G_N_ELEMENTS (keys), &error));
  g_assert_true (_as_demo_generate_at (db, 3000, SEED, now, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (count_rows (db, "holidays"), ==, 1);
  assert_none (db, "SELECT count(*) FROM repair_orders WHERE substr (received_at, 1, 10)"
                   " = '2024-10-07' OR strftime ('%w', received_at) IN ('0', '6')"
                   " OR substr (received_at, 12, 5) NOT BETWEEN '07:30' AND '14:59'");
  assert_none (db, "SELECT count(*) FROM daily_signoffs WHERE date = '2024-10-07'"
                   " OR strftime ('%w', date) IN ('0', '6')");
  assert_none (db, "SELECT count(*) FROM repair_charges WHERE kind = 'call_out'"
                   " AND unit_price_cents <> 3000"
                   " OR kind = 'transport' AND unit_price_cents <> 1800");
  check_deadlines (db);
  check_steps (db);
  check_charges (db);
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
  g_test_add_func ("/demo/steps", test_steps);
  g_test_add_func ("/demo/events", test_events);
  g_test_add_func ("/demo/charges", test_charges);
  g_test_add_func ("/demo/calendar", test_calendar);
  g_test_add_func ("/demo/deadlines", test_deadlines);
  g_test_add_func ("/demo/warranty", test_warranty);
  g_test_add_func ("/demo/contracts", test_contracts);
  g_test_add_func ("/demo/reports", test_reports);
  g_test_add_func ("/demo/larger", test_larger);
  g_test_add_func ("/demo/realism", test_realism);
  g_test_add_func ("/demo/schema-kept", test_schema_kept);
  g_test_add_func ("/demo/free-text", test_free_text);
  g_test_add_func ("/demo/own-calendar", test_own_calendar);
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
