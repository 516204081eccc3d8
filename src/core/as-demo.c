/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo data driver: entry point, calendar, transaction, progress, indexes, free text, audit. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-demo-private.h"
#include "as-settings.h"

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
  { "warranty_promotions", "INSERT INTO warranty_promotions (id, model_id, name, sold_from,"
                           " sold_to, extra_months) VALUES (?,?,?,?,?,?)" },
  { "customers", "INSERT INTO customers (id, name, address, phone, email, zone, key_customer,"
                 " name_key) VALUES (?1,?2,?3,?4,?5,?6,?7, as_fold (?2))" },
  { "units", "INSERT INTO units (id, serial, model_id, customer_id, sale_date, retailer)"
             " VALUES (?,?,?,?,?,?)" },
  { "contracts", "INSERT INTO contracts (id, customer_id, start_date, end_date, fee_cents, status,"
                 " notice_sent_at, renewal, renewal_note, renewed_by_id)"
                 " VALUES (?,?,?,?,?,?,?,?,?,?)" },
  { "contract_units", "INSERT INTO contract_units (contract_id, unit_id) VALUES (?,?)" },
  { "warehouses", "INSERT INTO warehouses (id, name, branch_id) VALUES (?,?,?)" },
  { "spare_parts", "INSERT INTO spare_parts (id, part_no, name, model_id, unit_cost_cents,"
                   " list_price_cents, supplier, reorder_point, reorder_qty)"
                   " VALUES (?,?,?,?,?,?,?,?,?)" },
  { "tools", "INSERT INTO tools (id, tag, description, value_cents, purchase_date, condition,"
             " holder_id, held_since, purchase_request_id) VALUES (?,?,?,?,?,?,?,?,?)" },
  { "repair_orders", "INSERT INTO repair_orders (id, customer_id, unit_id, model_id, serial,"
                     " address, phone, fault, channel, zone, category, status, received_by,"
                     " received_at, technician_id, provider_id, branch_id, promised_date,"
                     " closed_at, labour_minutes, arrival_deadline, assessment, dispatched_at,"
                     " dispatched_by, bring_tools, bring_parts, arrived_at, handling, goods_in_at,"
                     " goods_out_at, receipt_voided_at, work_done, inspected_by, inspected_at,"
                     " inspection_notes, signed_by, signed_at, fee_quoted_cents, fee_accepted_at,"
                     " escalated_at, escalation_reason)"
                     " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                     "?,?,?,?,?,?,?)" },
  { "repair_events", "INSERT INTO repair_events (repair_id, at, staff_id, status, note, minutes)"
                     " VALUES (?,?,?,?,?,?)" },
  { "repair_charges", "INSERT INTO repair_charges (repair_id, kind, description, category,"
                      " quantity, unit_price_cents, model_part_id) VALUES (?,?,?,?,?,?,?)" },
  { "invoice_requests", "INSERT INTO invoice_requests (id, repair_id, created_at, total_cents,"
                        " settlement) VALUES (?,?,?,?,?)" },
  { "surveys", "INSERT INTO surveys (id, repair_id, surveyed_at, attitude, skill, arrival,"
               " commitment, comments, suggestion, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?)" },
  { "stock_movements", "INSERT INTO stock_movements (part_id, warehouse_id, kind, quantity,"
                       " balance, repair_id, reason, staff_id, at) VALUES (?,?,?,?,?,?,?,?,?)" },
  { "stock", "INSERT INTO stock (part_id, warehouse_id, quantity, location) VALUES (?,?,?,?)" },
  { "complaints", "INSERT INTO complaints (id, received_at, channel, kind, customer_id, unit_id,"
                  " subject, description, received_by, urgent, department_id, handler_id, status,"
                  " due_at, answered_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "returns", "INSERT INTO returns (id, unit_id, customer_id, kind, reason, decision,"
               " requested_at, department_id, refund_cents, registered_by, window_days,"
               " days_since_sale, override_reason, override_by, departments, responsible_id,"
               " replacement_unit_id, decided_by, decided_at, decision_note)"
               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" },
  { "daily_signoffs", "INSERT INTO daily_signoffs (branch_id, date, signed_by, signed_at)"
                      " VALUES (?,?,?,?)" },
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

/* ISO: 1 is Monday, 7 Sunday; 1970-01-01 was a Thursday. */
static int
iso_weekday (gint32 day)
{
  return (day % 7 + 10) % 7 + 1;
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

/* Everything happens during the working hours of the database's calendar
 * (as_calendar_load()): one opening window per weekday, none on holidays. */
static inline guint8
day_flags (Generator *gen,
           gint32     day)
{
  guint i = (guint) (day - gen->calendar_first);

  return i < gen->n_calendar_days ? gen->day_flags[i] : 0;
}

static guint
open_seconds (Generator *gen,
              gint32     day)
{
  int wd = iso_weekday (day);

  if (gen->close_minute[wd] <= gen->open_minute[wd] || (day_flags (gen, day) & DAY_HOLIDAY))
    return 0;
  return (guint) (gen->close_minute[wd] - gen->open_minute[wd]) * 60;
}

gint32
_as_demo_next_open_day (Generator *gen,
                        gint32     day)
{
  while (open_seconds (gen, day) == 0)
    day++;
  return day;
}

/* The opening and closing moments of @day; FALSE on a day off. */
gboolean
_as_demo_open_window (Generator *gen,
                      gint32     day,
                      gint64    *open,
                      gint64    *close)
{
  guint total = open_seconds (gen, day);

  *open = (gint64) day * DAY + gen->open_minute[iso_weekday (day)] * 60;
  *close = *open + total;
  return total > 0;
}

static guint
clock_of_open_second (Generator *gen,
                      gint32     day,
                      guint      offset)
{
  return (guint) gen->open_minute[iso_weekday (day)] * 60 + offset;
}

static guint
open_seconds_before (Generator *gen,
                     gint32     day,
                     guint      clock)
{
  guint total = open_seconds (gen, day), open = (guint) gen->open_minute[iso_weekday (day)] * 60;

  return clock > open ? MIN (clock - open, total) : 0;
}

/* The moment @seconds of working time after @from, counted as the calendar
 * counts: from the next working second, a result at closing time staying
 * there. Sets @irregular when a day on the way has a change of the clocks
 * within its working hours. */
static gint64
add_working_time (Generator *gen,
                  gint64     from,
                  gint64     seconds,
                  gboolean  *irregular)
{
  gint32 first = day_of (from);

  for (gint32 day = first; day < first + 3660; day++)
    {
      gint64 open, close, start;

      if (!_as_demo_open_window (gen, day, &open, &close) || (start = MAX (open, from)) >= close)
        continue;
      *irregular |= (day_flags (gen, day) & DAY_IRREGULAR) != 0;
      if (seconds <= close - start)
        return start + seconds;
      seconds -= close - start;
    }
  return NEVER;
}

gint64
_as_demo_add_working_time (Generator *gen,
                           gint64     from,
                           gint64     seconds)
{
  gboolean irregular = FALSE;

  return add_working_time (gen, from, seconds, &irregular);
}

/* The calendar's own answer, for the days the clocks change in working hours. */
static gint64
calendar_deadline (Generator *gen,
                   gint64     received,
                   gint64     hours)
{
  int y, m, d, seconds = (int) (received % DAY);
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) local = NULL;

  _as_demo_civil_from_days (day_of (received), &y, &m, &d);
  start = g_date_time_new_local (y, m, d, seconds / HOUR, seconds / 60 % 60, seconds % 60);
  due = as_calendar_add_working_hours (gen->calendar, start, (double) hours);
  if (due == NULL)
    return NEVER;
  local = g_date_time_to_local (due);
  return (gint64) days_from_civil (g_date_time_get_year (local), g_date_time_get_month (local),
                                   g_date_time_get_day_of_month (local)) * DAY +
         g_date_time_get_hour (local) * HOUR + g_date_time_get_minute (local) * 60 +
         g_date_time_get_second (local);
}

/* What as_repair_store_receive() writes: the settings' working hours for the
 * zone added on the calendar. Counted here on the same windows (the calendar
 * itself costs microseconds a call), and by the calendar where the clocks
 * change in working hours. */
gint64
_as_demo_arrival_deadline (Generator *gen,
                           gint64     received,
                           gboolean   suburban)
{
  gint64 hours = gen->sla_hours[suburban ? 1 : 0];
  gboolean irregular = FALSE;
  gint64 due;

  if (hours <= 0)
    return received;
  due = add_working_time (gen, received, hours * HOUR, &irregular);
  return irregular ? calendar_deadline (gen, received, hours) : due;
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
      guint total = open_seconds (gen, day);
      guint earliest = day == first ? open_seconds_before (gen, day, (guint) (from % DAY)) + HOUR
                                    : 0;

      if (total > earliest)
        return (gint64) day * DAY +
               clock_of_open_second (gen, day, earliest + rng_below (gen, total - earliest));
    }
}

/* Busier in summer (air conditioning, fridges) and slowly growing. */
static double
day_activity (Generator *gen,
              gint32     day)
{
  guint seconds = day == gen->today ? open_seconds_before (gen, day, (guint) (gen->now % DAY))
                                    : open_seconds (gen, day);
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
    within *= open_seconds_before (gen, day, (guint) (gen->now % DAY)) /
              (double) open_seconds (gen, day);
  return (gint64) day * DAY +
         clock_of_open_second (gen, day, (guint) (within * open_seconds (gen, day)));
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

/* ------------------------------------------- the database's calendar */

static const struct { guint16 month_day; const char *name; } national_holidays[] = {
  { 101, "Año Nuevo" }, { 106, "Epifanía del Señor" }, { 501, "Fiesta del Trabajo" },
  { 815, "Asunción de la Virgen" }, { 1012, "Fiesta Nacional de España" },
  { 1101, "Todos los Santos" }, { 1206, "Día de la Constitución Española" },
  { 1208, "Inmaculada Concepción" }, { 1225, "Natividad del Señor" },
};

/* A calendar without holidays gets the national ones of the years covered
 * and the next; holidays someone has already entered are kept as they are. */
static gboolean
seed_holidays (Generator  *gen,
               GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int first_year, last_year, m, d, rc = SQLITE_DONE;

  if (as_database_query_int (gen->db, "SELECT count(*) FROM holidays", 1) != 0)
    return TRUE;
  _as_demo_civil_from_days (gen->first_day, &first_year, &m, &d);
  _as_demo_civil_from_days (gen->today, &last_year, &m, &d);
  if (sqlite3_prepare_v2 (gen->handle, "INSERT INTO holidays (date, name) VALUES (?, ?)", -1,
                          &stmt, NULL) != SQLITE_OK)
    {
      _as_demo_set_failure (gen, error);
      return FALSE;
    }
  for (int y = first_year; y <= last_year + 1 && rc == SQLITE_DONE; y++)
    for (guint i = 0; i < G_N_ELEMENTS (national_holidays) && rc == SQLITE_DONE; i++)
      {
        char date[11];

        _as_demo_format_date (days_from_civil (y, national_holidays[i].month_day / 100,
                                               national_holidays[i].month_day % 100), date);
        sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text (stmt, 2, national_holidays[i].name, -1, SQLITE_STATIC);
        rc = sqlite3_step (stmt);
        sqlite3_reset (stmt);
      }
  if (rc != SQLITE_DONE)
    _as_demo_set_failure (gen, error);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE;
}

static void
mark_holidays (Generator *gen)
{
  g_autoptr(GPtrArray) holidays = as_calendar_list_holidays (gen->calendar);

  for (guint i = 0; i < holidays->len; i++)
    {
      const char *date = ((char **) g_ptr_array_index (holidays, i))[0];
      int y, m, d;
      guint index;

      if (sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
        continue;
      index = (guint) (days_from_civil (y, m, d) - gen->calendar_first);
      if (index < gen->n_calendar_days)
        gen->day_flags[index] |= DAY_HOLIDAY;
    }
}

/* Days whose working hours hold a change of the local clocks, or begin or
 * end at a time that does not exist that day: their deadlines are left to
 * the calendar itself. */
static void
mark_irregular_days (Generator *gen)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  for (guint i = 0; i < gen->n_calendar_days; i++)
    {
      gint32 day = gen->calendar_first + (gint32) i;
      gint64 open, close, a, b;
      int ia, ib;

      if (!_as_demo_open_window (gen, day, &open, &close))
        continue;
      a = open;
      b = close;
      ia = g_time_zone_adjust_time (tz, G_TIME_TYPE_STANDARD, &a);
      ib = g_time_zone_adjust_time (tz, G_TIME_TYPE_STANDARD, &b);
      if (a != open || b != close ||
          g_time_zone_get_offset (tz, ia) != g_time_zone_get_offset (tz, ib))
        gen->day_flags[i] |= DAY_IRREGULAR;
    }
}

/* The calendar and the settings as the program reads them. A calendar with
 * no working day at all (the program refuses to save one) is taken as the
 * default one. The days covered reach back to the oldest sales. */
static gboolean
load_calendar (Generator  *gen,
               GError    **error)
{
  gboolean any = FALSE;

  if (!seed_holidays (gen, error) || (gen->calendar = as_calendar_load (gen->db, error)) == NULL)
    return FALSE;
  for (int wd = 1; wd <= 7; wd++)
    any |= as_calendar_get_day (gen->calendar, wd, NULL, NULL);
  if (!any)
    {
      as_calendar_free (gen->calendar);
      gen->calendar = as_calendar_new ();
    }
  for (int wd = 1; wd <= 7; wd++)
    as_calendar_get_day (gen->calendar, wd, &gen->open_minute[wd], &gen->close_minute[wd]);

  gen->calendar_first = _as_demo_add_months (gen->first_day, -66);
  gen->n_calendar_days = (guint) (gen->today + 3 * 366 - gen->calendar_first);
  gen->day_flags = g_new0 (guint8, gen->n_calendar_days);
  mark_holidays (gen);
  mark_irregular_days (gen);

  gen->sla_hours[0] = as_settings_get_int (gen->db, AS_SETTING_URBAN_HOURS, 6);
  gen->sla_hours[1] = as_settings_get_int (gen->db, AS_SETTING_SUBURBAN_HOURS, 7);
  gen->labour_per_hour_cents = as_settings_get_int (gen->db, AS_SETTING_LABOUR_PER_HOUR, 0);
  gen->call_out_cents = as_settings_get_int (gen->db, AS_SETTING_CALL_OUT, 0);
  gen->transport_cents = as_settings_get_int (gen->db, AS_SETTING_TRANSPORT, 0);
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
 * to date row by row, and the free-text indexes are filled in one pass.
 * Partial indexes stay: they take few of the rows, or rows in time order, and
 * keeping them costs less than the scan of a table that building one takes. */
static gboolean
drop_secondary_objects (Generator  *gen,
                        GError    **error)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (sqlite3_free);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (gen->handle,
                          "SELECT type, name, sql FROM sqlite_schema"
                          " WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
                          " AND tbl_name <> 'audit_log'"
                          " AND NOT (type = 'index' AND sql LIKE '% WHERE %')"
                          " ORDER BY type = 'trigger', tbl_name, rowid",
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
         _as_demo_create_promotions (gen, error) &&
         _as_demo_create_warehouses (gen, error) &&
         _as_demo_create_spares (gen, error) &&
         _as_demo_create_tools (gen, error);
}

/* Speed comes from one transaction, reused bulk statements, and indexes,
 * triggers and free-text indexes built once at the end instead of row by row.
 * Progress fractions follow the measured share of each phase for a million
 * repairs (some 66 s in all): 1.5 s reference data, customers, units and
 * contracts; 18 s repairs with their 8 million steps and 3 million charge
 * lines; 1 s stock, complaints, returns and sign-offs; 25 s indexes; 10 s
 * free text; 11 s commit. */
static gboolean
generate_all (Generator  *gen,
              GError    **error)
{
  enter_phase (gen, 0.0, 0.01);
  if (!check_empty (gen, error) ||
      !drop_secondary_objects (gen, error) ||
      !prepare_statements (gen, error) ||
      !load_calendar (gen, error))
    return FALSE;
  build_activity (gen);
  if (!create_organisation (gen, error) || !_as_demo_create_customers (gen, error))
    return FALSE;
  enter_phase (gen, 0.01, 0.02);
  if (!_as_demo_create_units (gen, error) || !_as_demo_create_contracts (gen, error))
    return FALSE;
  enter_phase (gen, 0.02, 0.30);
  if (!_as_demo_create_repairs (gen, error))
    return FALSE;
  enter_phase (gen, 0.30, 0.31);
  if (!_as_demo_create_stock_movements (gen, error))
    return FALSE;
  enter_phase (gen, 0.31, 0.32);
  if (!_as_demo_create_complaints (gen, error) || !_as_demo_create_returns (gen, error) ||
      !_as_demo_create_care (gen, error) ||
      !_as_demo_create_signoffs (gen, error))
    return FALSE;
  enter_phase (gen, 0.32, 0.70);
  if (!recreate_secondary_objects (gen, error))
    return FALSE;
  enter_phase (gen, 0.70, 0.85);
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

  gen->saved_schema = g_ptr_array_new_with_free_func (g_free);
  gen->strings = g_string_chunk_new (1 << 20);
  gen->people = g_array_new (FALSE, FALSE, sizeof (Person));
  for (guint b = 0; b < MAX_BRANCHES; b++)
    {
      gen->receptionists[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
      gen->technicians[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
      gen->supervisors[b] = g_array_new (FALSE, FALSE, sizeof (guint32));
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
      g_array_unref (gen->supervisors[b]);
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
  g_clear_pointer (&gen->loans, g_array_unref);
  g_free (gen->customer_units);
  g_free (gen->customer_first_unit);
  g_free (gen->balance);
  g_free (gen->last_movement);
  g_free (gen->activity);
  g_free (gen->day_flags);
  g_clear_pointer (&gen->calendar, as_calendar_free);
  g_free (gen);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Generator, generator_free)

/* Connection settings changed for the bulk insert and put back afterwards. */
typedef struct
{
  gint64 cache_size;
  gint64 threads;
  gint64 foreign_keys;
  gint64 ignore_checks;
} Settings;

static void
apply_bulk_settings (Generator *gen,
                     Settings  *saved)
{
  saved->cache_size = as_database_query_int (gen->db, "PRAGMA cache_size", -2000);
  saved->threads = as_database_query_int (gen->db, "PRAGMA threads", 0);
  saved->foreign_keys = as_database_query_int (gen->db, "PRAGMA foreign_keys", 1);
  saved->ignore_checks = as_database_query_int (gen->db, "PRAGMA ignore_check_constraints", 0);
  /* 512 MiB of page cache: the indexes and free-text indexes are built from
   * tables read again and again, and a million repairs make 2.7 GB (this cut
   * a tenth of the time; twice as much bought little more). The sorter may
   * use the second core. Foreign keys and CHECK constraints are not checked
   * row by row: the generator writes only references to rows it has written
   * and codes from its own tables, test-demo checks every one of them in the
   * result (foreign_key_check, integrity_check), and checking them as they
   * were written cost two thirds of the time of the repairs (a CHECK (x IN
   * (…)) builds a table for every row). Foreign keys can only be switched
   * outside a transaction. */
  sqlite3_exec (gen->handle, "PRAGMA cache_size = -524288; PRAGMA threads = 2;"
                " PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON",
                NULL, NULL, NULL);
  sqlite3_progress_handler (gen->handle, 100000, on_sqlite_progress_cb, gen);
}

static void
restore_settings (Generator      *gen,
                  const Settings *saved)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT ";"
                                          " PRAGMA threads = %" G_GINT64_FORMAT ";"
                                          " PRAGMA foreign_keys = %" G_GINT64_FORMAT ";"
                                          " PRAGMA ignore_check_constraints = %" G_GINT64_FORMAT,
                                          saved->cache_size, saved->threads, saved->foreign_keys,
                                          saved->ignore_checks);

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
 * and their parts, warranty promotions, customers and their units,
 * maintenance contracts with their expiry notices and renewals, repair orders
 * with every step the repair store records (events, charge lines, invoice
 * requests), surveys, complaints, returns, warehouses, spare parts, stock
 * movements, tools and the branch managers' daily sign-offs. Times follow the
 * database's working calendar (a calendar without holidays gets the national
 * ones) and charges its fee schedule. One transaction: either all of it is
 * written, or none. One audit row with action "generate" records what was made.
 *
 * Meant for a worker thread with its own connection: it takes seconds for
 * hundreds of thousands of repairs, about a minute for a million, and up to
 * 512 MiB of page cache on the way.
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
  /* The data ends at the start of today, not at this second, so that the
   * same seed gives the same data all day long. */
  g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                      g_date_time_get_month (now),
                                                      g_date_time_get_day_of_month (now),
                                                      0, 0, 0);

  return _as_demo_generate_at (db, n_repairs, seed, today, progress, user_data, cancellable,
                               error);
}
