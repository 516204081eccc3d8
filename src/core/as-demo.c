/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data driver: entry point, calendar, transaction, progress, indexes, free text, audit. */

#include <glib/gi18n.h>

#include "as-demo-private.h"

/* ---------------------------------------------------------------- tables */

static const struct { const char *name, *insert; } tables[N_TABLES] = {
  { "branches", "INSERT INTO branches (id, name, address, phone, is_centre) VALUES (?,?,?,?,?)" },
  { "departments", "INSERT INTO departments (id, name, kind) VALUES (?,?,?)" },
  { "staff", "INSERT INTO staff (id, name, roles, branch_id, department_id, phone, email,"
             " certificate, certificate_expiry, active) VALUES (?,?,?,?,?,?,?,?,?,?)" },
  { "providers", "INSERT INTO providers (id, name, contact, phone, email, contract_end)"
                 " VALUES (?,?,?,?,?,?)" },
  { "product_models", "INSERT INTO product_models (id, code, name, service_life_months,"
                      " return_days, exchange_days, return_conditions) VALUES (?,?,?,?,?,?,?)" },
  { "model_parts",
    "INSERT INTO model_parts (id, model_id, name, warranty_months) VALUES (?,?,?,?)" },
  { "customers", "INSERT INTO customers (id, name, address, phone, email, zone, key_customer,"
                 " name_key) VALUES (?1,?2,?3,?4,?5,?6,?7, as_fold (?2))" },
  { "units", "INSERT INTO units (id, serial, model_id, customer_id, sale_date, retailer)"
             " VALUES (?,?,?,?,?,?)" },
  { "contracts", "INSERT INTO contracts (id, customer_id, start_date, end_date, fee_cents, status)"
                 " VALUES (?,?,?,?,?,?)" },
  { "contract_units", "INSERT INTO contract_units (contract_id, unit_id) VALUES (?,?)" },
  { "warehouses", "INSERT INTO warehouses (id, name, branch_id) VALUES (?,?,?)" },
  { "spare_parts", "INSERT INTO spare_parts (id, part_no, name, model_id, unit_cost_cents,"
                   " list_price_cents, supplier, reorder_point, reorder_qty)"
                   " VALUES (?,?,?,?,?,?,?,?,?)" },
  { "tools", "INSERT INTO tools (id, tag, description, value_cents, purchase_date, condition,"
             " holder_id) VALUES (?,?,?,?,?,?,?)" },
  { "repair_orders", "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, serial,"
                     " address, phone, fault, channel, zone, category, status, received_by,"
                     " received_at, technician_id, provider_id, branch_id, promised_date,"
                     " closed_at, labour_minutes)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "surveys", "INSERT INTO surveys (id, repair_id, surveyed_at, attitude, skill, arrival,"
               " commitment, comments) VALUES (?,?,?,?,?,?,?,?)" },
  { "stock_movements", "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity,"
                       " balance, repair_id, reason, staff_id, at) VALUES (?,?,?,?,?,?,?,?,?)" },
  { "stock", "INSERT INTO stock (part_id, warehouse_id, quantity, location) VALUES (?,?,?,?)" },
  { "complaints", "INSERT INTO complaints (id, received_at, channel, kind, customer_id, unit_id,"
                  " subject, description, received_by, urgent, department_id, handler_id, status,"
                  " due_at, answered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "returns", "INSERT INTO returns (id, unit_id, customer_id, kind, reason, decision,"
               " requested_at, department_id, refund_cents) VALUES (?,?,?,?,?,?,?,?,?)" },
};

/* -------------------------------------------------------------- calendar */

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static gint32
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
_as_demo_civil_from_days (gint32  z,
                          int    *y,
                          int    *m,
                          int    *d)
{
  int era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

/* 0 is Sunday; 1970-01-01 was a Thursday. */
static int
weekday (gint32 day)
{
  return (day % 7 + 11) % 7;
}

gint32
_as_demo_add_months (gint32 day,
                     int    months)
{
  int y, m, d, index, last;

  _as_demo_civil_from_days (day, &y, &m, &d);
  index = y * 12 + (m - 1) + months;
  y = index / 12;
  m = index % 12 + 1;
  last = days_from_civil (m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) - days_from_civil (y, m, 1);
  return days_from_civil (y, m, MIN (d, last));
}

/* National holidays on fixed dates: the department is closed. */
static gboolean
is_holiday (gint32 day)
{
  static const guint16 holidays[] = { 101, 106, 501, 815, 1012, 1101, 1206, 1208, 1225 };
  int y, m, d;

  _as_demo_civil_from_days (day, &y, &m, &d);
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (holidays[i] == m * 100 + d)
      return TRUE;
  return FALSE;
}

static void
put_number (char *out,
            int   value,
            int   width)
{
  for (int i = width - 1; i >= 0; i--, value /= 10)
    out[i] = (char) ('0' + value % 10);
}

/* "YYYY-MM-DD" into @out, 11 bytes. */
void
_as_demo_format_date (gint32  day,
                      char   *out)
{
  int y, m, d;

  _as_demo_civil_from_days (day, &y, &m, &d);
  put_number (out, y, 4);
  out[4] = '-';
  put_number (out + 5, m, 2);
  out[7] = '-';
  put_number (out + 8, d, 2);
  out[10] = '\0';
}

/* "YYYY-MM-DD HH:MM:SS" into @out, 20 bytes. */
void
_as_demo_format_moment (gint64  moment,
                        char   *out)
{
  int seconds = (int) (moment % DAY);

  _as_demo_format_date (day_of (moment), out);
  out[10] = ' ';
  put_number (out + 11, seconds / HOUR, 2);
  out[13] = ':';
  put_number (out + 14, seconds / 60 % 60, 2);
  out[16] = ':';
  put_number (out + 17, seconds % 60, 2);
  out[19] = '\0';
}

/* -------------------------------------------------------- working hours */

/* The department opens 9:00–14:00 and 16:00–20:00 on weekdays and
 * 10:00–14:00 on Saturdays; times are drawn within those hours. */
static guint
open_seconds (gint32 day)
{
  int wd = weekday (day);

  if (wd == 0 || is_holiday (day))
    return 0;
  return wd == 6 ? 4 * HOUR : 9 * HOUR;
}

gint32
_as_demo_next_open_day (gint32 day)
{
  while (open_seconds (day) == 0)
    day++;
  return day;
}

static guint
clock_of_open_second (gint32 day,
                      guint  offset)
{
  if (weekday (day) == 6)
    return 10 * HOUR + offset;
  return offset < 5 * HOUR ? 9 * HOUR + offset : 16 * HOUR + offset - 5 * HOUR;
}

static guint
open_seconds_before (gint32 day,
                     guint  clock)
{
  guint total = open_seconds (day), offset;

  if (total == 0)
    return 0;
  if (weekday (day) == 6)
    offset = clock > 10 * HOUR ? clock - 10 * HOUR : 0;
  else if (clock < 14 * HOUR)
    offset = clock > 9 * HOUR ? clock - 9 * HOUR : 0;
  else
    offset = clock > 16 * HOUR ? 5 * HOUR + clock - 16 * HOUR : 5 * HOUR;
  return MIN (offset, total);
}

/* A moment during opening hours some days after @from: @min_days to
 * @max_days later, and on the same day at least an hour after @from. */
gint64
_as_demo_later_open_moment (Generator *gen,
                            gint64     from,
                            int        min_days,
                            int        max_days)
{
  gint32 first = day_of (from);
  gint32 day = first + rng_between (gen, min_days, max_days);

  for (;; day++)
    {
      guint total = open_seconds (day);
      guint earliest = day == first ? open_seconds_before (day, (guint) (from % DAY)) + HOUR : 0;

      if (total > earliest)
        return (gint64) day * DAY +
               clock_of_open_second (day, earliest + rng_below (gen, total - earliest));
    }
}

/* Busier in summer (air conditioning, fridges) and slowly growing. */
static double
day_activity (Generator *gen,
              gint32     day)
{
  guint seconds = day == gen->today ? open_seconds_before (day, (guint) (gen->now % DAY))
                                    : open_seconds (day);
  int y, m, d;
  double season, growth;

  _as_demo_civil_from_days (day, &y, &m, &d);
  season = m >= 6 && m <= 8 ? 1.35 : m == 12 || m == 1 ? 1.1 : 1.0;
  growth = 0.85 + 0.3 * (day - gen->first_day) / (double) gen->n_days;
  return seconds / (9.0 * HOUR) * season * growth;
}

static void
build_activity (Generator *gen)
{
  gen->n_days = (guint) (gen->today - gen->first_day + 1);
  gen->activity = g_new (double, gen->n_days + 1);
  gen->activity[0] = 0;
  for (guint i = 0; i < gen->n_days; i++)
    gen->activity[i + 1] = gen->activity[i] + day_activity (gen, gen->first_day + (gint32) i);
}

/* The moment of event @i of @n spread over the 18 months: each event falls at a
 * random point of its own slice of the total activity, so the events come out
 * in order, during opening hours, and busy days get more of them. */
gint64
_as_demo_spread_moment (Generator *gen,
                        guint      i,
                        guint      n)
{
  double total = gen->activity[gen->n_days];
  double slot = (i + rng_double (gen)) / n;     /* not inside MIN (): it evaluates twice */
  double target = MIN (slot, 1.0 - 1e-12) * total;
  guint low = 1, high = gen->n_days;
  gint32 day;
  double within;

  while (low < high)            /* the first day whose cumulative activity passes target */
    {
      guint mid = (low + high) / 2;
      if (gen->activity[mid] > target)
        high = mid;
      else
        low = mid + 1;
    }
  day = gen->first_day + (gint32) low - 1;
  within = (target - gen->activity[low - 1]) / (gen->activity[low] - gen->activity[low - 1]);
  if (day == gen->today)
    within *= open_seconds_before (day, (guint) (gen->now % DAY)) / (double) open_seconds (day);
  return (gint64) day * DAY + clock_of_open_second (day, (guint) (within * open_seconds (day)));
}

/* ------------------------------------------------------------ statements */

void
_as_demo_set_failure (Generator  *gen,
                      GError    **error)
{
  if (g_cancellable_set_error_if_cancelled (gen->cancellable, error))
    return;
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL,
               _("Could not generate the demo data: %s"), sqlite3_errmsg (gen->handle));
}

static gboolean
exec (Generator   *gen,
      const char  *sql,
      GError     **error)
{
  if (sqlite3_exec (gen->handle, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------- progress and cancel */

static void
report_progress (Generator *gen,
                 double     fraction)
{
  int percent = (int) (fraction * 100);

  if (gen->progress == NULL || percent <= gen->last_percent)
    return;
  gen->last_percent = percent;
  gen->progress (fraction, gen->progress_data);
}

static void
enter_phase (Generator *gen,
             double     start,
             double     end)
{
  gen->phase_start = start;
  gen->phase_span = end - start;
  report_progress (gen, start);
}

/* Called every so many rows: reports progress within the phase and stops on cancel. */
gboolean
_as_demo_tick (Generator  *gen,
               guint       done,
               guint       total,
               GError    **error)
{
  report_progress (gen, gen->phase_start + gen->phase_span * done / MAX (total, 1));
  return !g_cancellable_set_error_if_cancelled (gen->cancellable, error);
}

/* Interrupts long statements (index builds, free-text fills) on cancel. */
static int
on_sqlite_progress_cb (void *data)
{
  Generator *gen = data;

  return g_cancellable_is_cancelled (gen->cancellable);
}

/* --------------------------------------------------------------- schema */

static gboolean
prepare_statements (Generator  *gen,
                    GError    **error)
{
  for (int t = 0; t < N_TABLES; t++)
    if (sqlite3_prepare_v3 (gen->handle, tables[t].insert, -1, SQLITE_PREPARE_PERSISTENT,
                            &gen->stmts[t], NULL) != SQLITE_OK)
      {
        _as_demo_set_failure (gen, error);
        return FALSE;
      }
  return TRUE;
}

static gboolean
check_empty (Generator  *gen,
             GError    **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT EXISTS (");

  for (int t = 0; t < N_TABLES; t++)
    g_string_append_printf (sql, "%sSELECT 1 FROM %s", t ? " UNION ALL " : "", tables[t].name);
  g_string_append (sql, ")");
  if (!as_database_is_empty (gen->db) || as_database_query_int (gen->db, sql->str, 1) != 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("Demo data can only be generated into an empty database, "
                     "and this one already holds records."));
      return FALSE;
    }
  return TRUE;
}

/* Indexes and triggers are dropped for the bulk insert and recreated from their
 * own SQL afterwards: building an index once is far faster than keeping it up
 * to date row by row, and the free-text indexes are filled in one pass. */
static gboolean
drop_secondary_objects (Generator  *gen,
                        GError    **error)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (sqlite3_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->handle,
                          "SELECT type, name, sql FROM sqlite_schema"
                          " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
                          " AND tbl_name <> 'audit_log' ORDER BY type = 'trigger', rowid",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);
      const char *keyword = g_str_equal (type, "index") ? "INDEX" : "TRIGGER";

      g_ptr_array_add (drops, sqlite3_mprintf ("DROP %s \"%w\"", keyword,
                                               sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (gen->saved_schema, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < drops->len; i++)
    if (!exec (gen, g_ptr_array_index (drops, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
recreate_secondary_objects (Generator  *gen,
                            GError    **error)
{
  for (guint i = 0; i < gen->saved_schema->len; i++)
    {
      if (!exec (gen, g_ptr_array_index (gen->saved_schema, i), error) ||
          !_as_demo_tick (gen, i + 1, gen->saved_schema->len, error))
        return FALSE;
    }
  return TRUE;
}

/* The same rows the insert triggers would have written. */
static gboolean
fill_free_text (Generator  *gen,
                GError    **error)
{
  static const char *const fills[] = {
    "INSERT INTO customer_fts (rowid, name, address, phone, email)"
    " SELECT id, name, address, phone, email FROM customers ORDER BY id",
    "INSERT INTO complaint_fts (rowid, subject, description)"
    " SELECT id, subject, description FROM complaints ORDER BY id",
    "INSERT INTO repair_fts (rowid, customer, serial, fault)"
    " SELECT r.id, c.name, r.serial, r.fault FROM repair_orders r"
    " LEFT JOIN customers c ON c.id = r.customer_id ORDER BY r.id",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fills); i++)
    if (!exec (gen, fills[i], error) || !_as_demo_tick (gen, i + 1, G_N_ELEMENTS (fills), error))
      return FALSE;
  return TRUE;
}

/* ----------------------------------------------------------------- driver */

static gboolean
record_generation (Generator  *gen,
                   GError    **error)
{
  g_autoptr(GString) details = g_string_new (NULL);

  g_string_printf (details, "seed=%" G_GUINT64_FORMAT, gen->seed);
  for (int t = 0; t < N_TABLES; t++)
    {
      g_string_append_printf (details, " %s=%u", tables[t].name, gen->counts[t]);
      as_database_notify_changed (gen->db, tables[t].name);
    }
  return as_database_audit (gen->db, "repair_orders", 0, "generate", details->str, error);
}

static gboolean
create_organisation (Generator  *gen,
                     GError    **error)
{
  return _as_demo_create_branches (gen, error) &&
         _as_demo_create_departments (gen, error) &&
         _as_demo_create_staff (gen, error) &&
         _as_demo_create_providers (gen, error) &&
         _as_demo_create_models (gen, error) &&
         _as_demo_create_warehouses (gen, error) &&
         _as_demo_create_spares (gen, error) &&
         _as_demo_create_tools (gen, error);
}

/* Speed comes from one transaction, reused bulk statements, and indexes,
 * triggers and free-text indexes built once at the end instead of row by row.
 * Progress fractions follow the measured share of each phase for a million
 * repairs: 1.6 s reference data, customers and units; 10 s repairs; 3 s stock,
 * complaints and returns; 8.5 s indexes; 8.5 s free text; 3 s commit. */
static gboolean
generate_all (Generator  *gen,
              GError    **error)
{
  enter_phase (gen, 0.0, 0.01);
  if (!check_empty (gen, error) ||
      !drop_secondary_objects (gen, error) ||
      !prepare_statements (gen, error) ||
      !create_organisation (gen, error))
    return FALSE;
  enter_phase (gen, 0.01, 0.02);
  if (!_as_demo_create_customers (gen, error))
    return FALSE;
  enter_phase (gen, 0.02, 0.05);
  if (!_as_demo_create_units (gen, error) || !_as_demo_create_contracts (gen, error))
    return FALSE;
  enter_phase (gen, 0.05, 0.34);
  if (!_as_demo_create_repairs (gen, error))
    return FALSE;
  enter_phase (gen, 0.34, 0.40);
  if (!_as_demo_create_stock_movements (gen, error))
    return FALSE;
  enter_phase (gen, 0.40, 0.43);
  if (!_as_demo_create_complaints (gen, error) || !_as_demo_create_returns (gen, error))
    return FALSE;
  enter_phase (gen, 0.43, 0.67);
  if (!recreate_secondary_objects (gen, error))
    return FALSE;
  enter_phase (gen, 0.67, 0.92);
  return fill_free_text (gen, error) && record_generation (gen, error);
}

static Generator *
generator_new (AsDatabase     *db,
               guint           n_repairs,
               guint64         seed,
               GDateTime      *now,
               AsDemoProgress  progress,
               gpointer        user_data,
               GCancellable   *cancellable)
{
  Generator *gen = g_new0 (Generator, 1);

  gen->db = db;
  gen->handle = as_database_get_handle (db);
  gen->cancellable = cancellable;
  gen->progress = progress;
  gen->progress_data = user_data;
  gen->last_percent = -1;
  gen->rng = gen->seed = seed;
  gen->n_repairs = n_repairs;
  gen->today = days_from_civil (g_date_time_get_year (now), g_date_time_get_month (now),
                                g_date_time_get_day_of_month (now));
  gen->now = (gint64) gen->today * DAY + g_date_time_get_hour (now) * HOUR +
             g_date_time_get_minute (now) * 60 + g_date_time_get_second (now);
  gen->first_day = _as_demo_add_months (gen->today, -18);
  build_activity (gen);

  gen->saved_schema = g_ptr_array_new_with_free_func (g_free);
  gen->strings = g_string_chunk_new (1 << 20);
  gen->people = g_array_new (FALSE, FALSE, sizeof (Person));
  for (guint b = 0; b < MAX_BRANCHES; b++)
    {
      gen->receptionists[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
      gen->technicians[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
    }
  gen->hotline = g_array_new (FALSE, FALSE, sizeof (guint32));
  gen->service_staff = g_array_new (FALSE, FALSE, sizeof (guint32));
  gen->staff_mails = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen->models = g_array_new (FALSE, FALSE, sizeof (Model));
  gen->customers = g_array_sized_new (FALSE, FALSE, sizeof (Customer), MAX (n_repairs / 5, 20));
  gen->units = g_array_sized_new (FALSE, FALSE, sizeof (Unit), MAX (n_repairs / 3, 30));
  gen->spares = g_array_new (FALSE, FALSE, sizeof (Spare));
  gen->consumables = g_array_new (FALSE, FALSE, sizeof (guint));
  gen->movements = g_array_sized_new (FALSE, FALSE, sizeof (Movement), n_repairs / 2 + 16);
  return gen;
}

static void
generator_free (Generator *gen)
{
  for (int t = 0; t < N_TABLES; t++)
    sqlite3_finalize (gen->stmts[t]);
  for (guint b = 0; b < MAX_BRANCHES; b++)
    {
      g_array_unref (gen->receptionists[b]);
      g_array_unref (gen->technicians[b]);
    }
  g_ptr_array_unref (gen->saved_schema);
  g_string_chunk_free (gen->strings);
  g_array_unref (gen->people);
  g_array_unref (gen->hotline);
  g_array_unref (gen->service_staff);
  g_hash_table_unref (gen->staff_mails);
  g_array_unref (gen->models);
  g_array_unref (gen->customers);
  g_array_unref (gen->units);
  g_array_unref (gen->spares);
  g_array_unref (gen->consumables);
  g_array_unref (gen->movements);
  g_free (gen->customer_units);
  g_free (gen->customer_first_unit);
  g_free (gen->balance);
  g_free (gen->last_movement);
  g_free (gen->activity);
  g_free (gen);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Generator, generator_free)

/* Connection settings changed for the bulk insert and put back afterwards. */
typedef struct
{
  gint64 cache_size;
  gint64 threads;
} Settings;

static void
apply_bulk_settings (Generator *gen,
                     Settings  *saved)
{
  saved->cache_size = as_database_query_int (gen->db, "PRAGMA cache_size", -2000);
  saved->threads = as_database_query_int (gen->db, "PRAGMA threads", 0);
  /* 256 MiB of page cache keep the index builds in memory (more bought nothing
   * for a million repairs); the sorter may use the second core. Foreign keys
   * stay on: turning them off saved only 6 %. */
  sqlite3_exec (gen->handle, "PRAGMA cache_size = -262144; PRAGMA threads = 2", NULL, NULL, NULL);
  sqlite3_progress_handler (gen->handle, 100000, on_sqlite_progress_cb, gen);
}

static void
restore_settings (Generator      *gen,
                  const Settings *saved)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT ";"
                                          " PRAGMA threads = %" G_GINT64_FORMAT,
                                          saved->cache_size, saved->threads);

  sqlite3_progress_handler (gen->handle, 0, NULL, NULL);
  sqlite3_exec (gen->handle, sql, NULL, NULL, NULL);
}

/* ------------------------------------------------------------- public API */

/**
 * _as_demo_generate_at:
 * @now: the reference moment; the data covers the 18 months before it
 *
 * as_demo_generate() with a fixed "now", so that tests get the same output
 * every day.
 */
gboolean
_as_demo_generate_at (AsDatabase      *db,
                      guint            n_repairs,
                      guint64          seed,
                      GDateTime       *now,
                      AsDemoProgress   progress,
                      gpointer         user_data,
                      GCancellable    *cancellable,
                      GError         **error)
{
  g_autoptr(Generator) gen = NULL;
  Settings saved;
  gboolean ok;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  gen = generator_new (db, n_repairs, seed, now, progress, user_data, cancellable);
  apply_bulk_settings (gen, &saved);
  ok = as_database_begin (db, error) && generate_all (gen, error) && as_database_commit (db, error);
  if (!ok)
    as_database_rollback (db);
  restore_settings (gen, &saved);
  if (!ok)
    return FALSE;

  /* The whole data set passed through the write-ahead log: give the space back. */
  sqlite3_exec (gen->handle, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
  report_progress (gen, 1.0);
  return TRUE;
}

/**
 * as_demo_generate:
 * @db: an empty database: no staff, customers or other records
 * @n_repairs: how many repair orders to make; everything else is in proportion
 * @seed: the same seed (on the same day) gives the same data
 * @progress: (nullable) (scope call): called from this thread, at most ~100 times
 * @cancellable: (nullable): stops the generation and rolls everything back
 *
 * Fills @db with a realistic after-sales department over the 18 months before
 * today, in Spanish: branches, departments, staff, providers, product models
 * and their parts, customers and their units, maintenance contracts, repair
 * orders, surveys, complaints, returns, warehouses, spare parts, stock
 * movements and tools. One transaction: either all of it is written, or none.
 * One audit row with action "generate" records what was made.
 *
 * Meant for a worker thread with its own connection: it takes seconds for
 * hundreds of thousands of repairs.
 *
 * Returns: %TRUE on success; %FALSE with @error set, %G_IO_ERROR_CANCELLED
 *   when cancelled, %AS_DATABASE_ERROR_INVALID when @db is not empty
 */
gboolean
as_demo_generate (AsDatabase      *db,
                  guint            n_repairs,
                  guint64          seed,
                  AsDemoProgress   progress,
                  gpointer         user_data,
                  GCancellable    *cancellable,
                  GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return _as_demo_generate_at (db, n_repairs, seed, now, progress, user_data, cancellable, error);
}
