/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The daily reports of the maintenance service: what each technician did,
 * the supervisor's and the branch's day by service category and person, the
 * manager's sign-off and the day's repair register. A day's requests are
 * found from the day's repair_events rows, through their index on time. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-reports.h"
#include "as-types.h"
#include "as-validate.h"

static const char *const category_codes[AS_REPORTS_N_CATEGORIES] = {
  "free", "contract", "paid", "internal",
};

/* The requests handled on [?1, ?2), for one technician (?3) or branch (?4),
 * 0 for all, and with ?5 only those dispatched by the end of the day (a
 * technician's day starts with the dispatch); with the day's minutes and
 * steps. */
#define HANDLED_SQL \
  "SELECT r.id, r.received_at, c.name AS customer_name, r.address, m.name AS model_name," \
  " r.serial, r.fault, r.category, r.status, r.handling, r.labour_minutes AS total_minutes," \
  " r.work_done, r.technician_id, r.provider_id, s.name AS technician_name," \
  " p.name AS provider_name, r.dispatched_at, r.closed_at, r.escalated_at, r.arrived_at," \
  " r.arrival_deadline," \
  " (SELECT coalesce(sum(e.minutes), 0) FROM repair_events e" \
  "   WHERE e.repair_id = r.id AND e.at >= ?1 AND e.at < ?2) AS minutes," \
  " (SELECT group_concat(status, ',') FROM (SELECT e.status, min(e.at) AS first," \
  "   min(e.id) AS first_id" \
  "   FROM repair_events e WHERE e.repair_id = r.id AND e.at >= ?1 AND e.at < ?2" \
  "   GROUP BY e.status ORDER BY first, first_id)) AS steps" \
  " FROM repair_orders r" \
  " LEFT JOIN customers c ON c.id = r.customer_id" \
  " LEFT JOIN product_models m ON m.id = r.model_id" \
  " LEFT JOIN staff s ON s.id = r.technician_id" \
  " LEFT JOIN providers p ON p.id = r.provider_id" \
  " WHERE r.id IN (SELECT repair_id FROM repair_events WHERE at >= ?1 AND at < ?2)" \
  "   AND (?3 = 0 OR r.technician_id = ?3) AND (?4 = 0 OR r.branch_id = ?4)" \
  "   AND (?5 = 0 OR r.dispatched_at < ?2)" \
  " ORDER BY r.received_at, r.id"

/* ---------------------------------------------------------------- helpers */

/* Whether the timestamp @column of @row falls on @day ("YYYY-MM-DD"). */
static gboolean
on_day (GHashTable *row,
        const char *column,
        const char *day)
{
  const char *value = as_row_get (row, column);
  return value != NULL && strncmp (value, day, 10) == 0;
}

/* Checks @date and gives the day and the next one, both "YYYY-MM-DD". */
static gboolean
parse_day (const char  *date,
           char       **out_day,
           char       **out_next,
           GError     **error)
{
  g_autofree char *day = date ? as_validate_date (date) : NULL;
  g_autoptr(GDate) next = NULL;
  char buffer[16];

  if (day == NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("“%s” is not a date: write it as 2026-03-31."), date ? date : "");
      return FALSE;
    }
  /* as_validate_date() gave a real date in this exact form */
  next = g_date_new_dmy ((GDateDay) g_ascii_strtoll (day + 8, NULL, 10),
                         (GDateMonth) g_ascii_strtoll (day + 5, NULL, 10),
                         (GDateYear) g_ascii_strtoll (day, NULL, 10));
  g_date_add_days (next, 1);
  g_date_strftime (buffer, sizeof buffer, "%Y-%m-%d", next);
  *out_next = g_strdup (buffer);
  *out_day = g_steal_pointer (&day);
  return TRUE;
}

static int
category_index (const char *code)
{
  for (int i = 0; i < AS_REPORTS_N_CATEGORIES; i++)
    if (g_strcmp0 (category_codes[i], code) == 0)
      return i;
  return -1;
}

static void
totals_add (AsReportTotals *totals,
            GHashTable     *request)
{
  int minutes = (int) as_row_get_int (request, "minutes");
  int i = category_index (as_row_get (request, "category"));

  if (i >= 0)
    {
      totals->requests[i]++;
      totals->minutes[i] += minutes;
    }
  totals->total_requests++;
  totals->total_minutes += minutes;
}

/* The requests handled on the day, as rows. */
static GPtrArray *
query_handled (AsDatabase  *db,
               const char  *day,
               const char  *next,
               gint64       technician_id,
               gint64       branch_id,
               gboolean     dispatched,
               GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, HANDLED_SQL, error);
  GPtrArray *rows;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, next, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, technician_id);
  sqlite3_bind_int64 (stmt, 4, branch_id);
  sqlite3_bind_int (stmt, 5, dispatched);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, as_database_read_row (stmt));
  sqlite3_reset (stmt);
  return rows;
}

static char *
lookup_name (AsDatabase *db,
             const char *sql,
             gint64      id)
{
  sqlite3_stmt *stmt = as_database_prepare (db, sql, NULL);
  char *name = NULL;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return name;
}

/* ----------------------------------------------------- technician daily */

static AsTechnicianDay *
technician_day_new (gint64      staff_id,
                    const char *name)
{
  AsTechnicianDay *day = g_new0 (AsTechnicianDay, 1);

  day->staff_id = staff_id;
  day->staff_name = g_strdup (name ? name : "");
  day->requests = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  return day;
}

static int
compare_technician_days (gconstpointer a,
                         gconstpointer b)
{
  const AsTechnicianDay *x = *(AsTechnicianDay **) a;
  const AsTechnicianDay *y = *(AsTechnicianDay **) b;
  int by_name = g_utf8_collate (x->staff_name, y->staff_name);

  return by_name != 0 ? by_name : (x->staff_id > y->staff_id) - (x->staff_id < y->staff_id);
}

/* --------------------------------------------------------- daily summary */

/* The person the request was dispatched to by the end of the day, if any. */
static AsPersonDay *
find_person (GPtrArray  *people,
             GHashTable *request,
             const char *next)
{
  gint64 staff_id = as_row_get_int (request, "technician_id");
  gint64 provider_id = staff_id ? 0 : as_row_get_int (request, "provider_id");
  const char *dispatched = as_row_get (request, "dispatched_at");
  AsPersonDay *person;

  if ((staff_id == 0 && provider_id == 0) || dispatched == NULL || strcmp (dispatched, next) >= 0)
    return NULL;
  for (guint i = 0; i < people->len; i++)
    {
      person = g_ptr_array_index (people, i);
      if (person->staff_id == staff_id && person->provider_id == provider_id)
        return person;
    }
  person = g_new0 (AsPersonDay, 1);
  person->staff_id = staff_id;
  person->provider_id = provider_id;
  person->name = g_strdup (as_row_get (request, staff_id ? "technician_name" : "provider_name"));
  if (person->name == NULL)
    person->name = g_strdup ("");
  g_ptr_array_add (people, person);
  return person;
}

static void
person_day_free (AsPersonDay *person)
{
  g_free (person->name);
  g_free (person);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const AsPersonDay *x = *(AsPersonDay **) a;
  const AsPersonDay *y = *(AsPersonDay **) b;

  return g_utf8_collate (x->name, y->name);
}

/* Counts one request of the day in the summary. */
static void
summary_add (AsDailySummary *summary,
             GHashTable     *request,
             const char     *next)
{
  const char *day = summary->date;
  const char *status = as_row_get (request, "status");
  const char *dispatched = as_row_get (request, "dispatched_at");
  const char *arrived = as_row_get (request, "arrived_at");
  const char *deadline = as_row_get (request, "arrival_deadline");
  AsPersonDay *person = find_person (summary->people, request, next);

  totals_add (&summary->totals, request);
  if (person != NULL)
    totals_add (&person->totals, request);
  if (on_day (request, "received_at", day))
    {
      summary->received++;
      if ((dispatched == NULL || strcmp (dispatched, next) >= 0) &&
          !(g_strcmp0 (status, "cancelled") == 0 && on_day (request, "closed_at", day)))
        summary->carried_over++;
    }
  if (on_day (request, "dispatched_at", day))
    summary->dispatched++;
  if (on_day (request, "closed_at", day))
    {
      if (g_strcmp0 (status, "closed") == 0)
        summary->closed++;
      else if (g_strcmp0 (status, "cancelled") == 0)
        summary->cancelled++;
    }
  if (on_day (request, "escalated_at", day))
    summary->escalated++;
  if (on_day (request, "arrived_at", day) && deadline != NULL && strcmp (arrived, deadline) > 0)
    summary->late_arrivals++;
}

/* Requests still waiting for dispatch at the end of the day [?1, ?2) and
 * past their arrival deadline: those waiting now, those dispatched later,
 * and those cancelled later without a dispatch; each part read through an
 * index (the dispatch board's, dispatched_at, closed_at). */
static int
count_open_late (AsDatabase *db,
                 const char *next,
                 gint64      branch_id)
{
  sqlite3_stmt *stmt = as_database_prepare (db,
    "SELECT (SELECT count(*) FROM repair_orders WHERE status = 'received'"
    "         AND arrival_deadline < ?1 AND received_at < ?1 AND (?2 = 0 OR branch_id = ?2))"
    "     + (SELECT count(*) FROM repair_orders WHERE dispatched_at >= ?1"
    "         AND arrival_deadline < ?1 AND received_at < ?1 AND (?2 = 0 OR branch_id = ?2))"
    "     + (SELECT count(*) FROM repair_orders WHERE closed_at >= ?1 AND status = 'cancelled'"
    "         AND dispatched_at IS NULL AND arrival_deadline < ?1 AND received_at < ?1"
    "         AND (?2 = 0 OR branch_id = ?2))", NULL);
  int n = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, next, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, branch_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return n;
}

static AsDailySummary *
build_summary (AsDatabase  *db,
               gint64       branch_id,
               const char  *date,
               GError     **error)
{
  g_autofree char *day = NULL, *next = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  AsDailySummary *summary;

  if (!parse_day (date, &day, &next, error) ||
      (requests = query_handled (db, day, next, 0, branch_id, FALSE, error)) == NULL)
    return NULL;

  summary = g_new0 (AsDailySummary, 1);
  summary->date = g_steal_pointer (&day);
  summary->branch_id = branch_id;
  summary->people = g_ptr_array_new_with_free_func ((GDestroyNotify) person_day_free);
  for (guint i = 0; i < requests->len; i++)
    summary_add (summary, g_ptr_array_index (requests, i), next);
  g_ptr_array_sort (summary->people, compare_people);
  summary->open_late = count_open_late (db, next, branch_id);
  return summary;
}

static void
load_signoff (AsDatabase     *db,
              AsDailySummary *summary)
{
  sqlite3_stmt *stmt = as_database_prepare (db,
    "SELECT d.signed_by, s.name, d.signed_at FROM daily_signoffs d"
    " LEFT JOIN staff s ON s.id = d.signed_by WHERE d.branch_id = ?1 AND d.date = ?2", NULL);

  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, summary->branch_id);
  sqlite3_bind_text (stmt, 2, summary->date, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      summary->signed_by = sqlite3_column_int64 (stmt, 0);
      summary->signed_by_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      summary->signed_at = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
}

/* ------------------------------------------------------------- public API */

const char *
as_reports_category_code (guint index)
{
  g_return_val_if_fail (index < AS_REPORTS_N_CATEGORIES, NULL);
  return category_codes[index];
}

GPtrArray *
as_reports_technician_daily (AsDatabase  *db,
                             const char  *date,
                             gint64       staff_id,
                             GError     **error)
{
  g_autofree char *day = NULL, *next = NULL, *name = NULL;
  g_autoptr(GPtrArray) requests = NULL;
  GPtrArray *days;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!parse_day (date, &day, &next, error))
    return NULL;
  if (staff_id != 0 &&
      (name = lookup_name (db, "SELECT name FROM staff WHERE id = ?1", staff_id)) == NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no staff member number %lld."), (long long) staff_id);
      return NULL;
    }
  if ((requests = query_handled (db, day, next, staff_id, 0, TRUE, error)) == NULL)
    return NULL;

  days = g_ptr_array_new_with_free_func ((GDestroyNotify) as_technician_day_free);
  if (staff_id != 0)
    g_ptr_array_add (days, technician_day_new (staff_id, name));
  for (guint i = 0; i < requests->len; i++)
    {
      GHashTable *request = g_ptr_array_index (requests, i);
      gint64 technician = as_row_get_int (request, "technician_id");
      AsTechnicianDay *found = NULL;

      if (technician == 0)
        continue;
      for (guint d = 0; found == NULL && d < days->len; d++)
        if (((AsTechnicianDay *) g_ptr_array_index (days, d))->staff_id == technician)
          found = g_ptr_array_index (days, d);
      if (found == NULL)
        {
          found = technician_day_new (technician, as_row_get (request, "technician_name"));
          g_ptr_array_add (days, found);
        }
      totals_add (&found->totals, request);
      g_ptr_array_add (found->requests, g_hash_table_ref (request));
    }
  g_ptr_array_sort (days, compare_technician_days);
  return days;
}

AsDailySummary *
as_reports_supervisor_daily (AsDatabase  *db,
                             const char  *date,
                             GError     **error)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return build_summary (db, 0, date, error);
}

AsDailySummary *
as_reports_branch_daily (AsDatabase  *db,
                         gint64       branch_id,
                         const char  *date,
                         GError     **error)
{
  g_autofree char *name = NULL;
  AsDailySummary *summary;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  name = lookup_name (db, "SELECT name FROM branches WHERE id = ?1", branch_id);
  if (branch_id <= 0 || name == NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_NOT_FOUND,
                   _("There is no branch number %lld."), (long long) branch_id);
      return NULL;
    }
  summary = build_summary (db, branch_id, date, error);
  if (summary == NULL)
    return NULL;
  summary->branch_name = g_steal_pointer (&name);
  load_signoff (db, summary);
  return summary;
}

/* The acting staff member, when an active manager of @branch_id. */
static gboolean
check_branch_manager (AsDatabase  *db,
                      gint64       branch_id,
                      const char  *branch_name,
                      GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db,
    "SELECT roles, active, branch_id, name FROM staff WHERE id = ?1", error);
  gboolean manager = FALSE, of_branch = FALSE;
  g_autofree char *name = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, as_database_get_actor (db));
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      manager = (sqlite3_column_int64 (stmt, 0) & AS_ROLE_BRANCH_MANAGER) != 0 &&
                sqlite3_column_int (stmt, 1) == 1;
      of_branch = sqlite3_column_int64 (stmt, 2) == branch_id;
      name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
    }
  sqlite3_reset (stmt);
  if (!manager)
    g_set_error_literal (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION,
                         _("Only the branch manager signs the branch daily report."));
  else if (!of_branch)
    g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_PERMISSION,
                 _("%s is not the manager of %s: only that branch's manager signs its daily "
                   "report."), name, branch_name);
  return manager && of_branch;
}

static gboolean
insert_signoff (AsDatabase  *db,
                gint64       branch_id,
                const char  *day,
                GError     **error)
{
  g_autofree char *at = as_database_now ();
  g_autofree char *details = g_strdup_printf ("daily report of %s signed", day);

  return as_database_run (db, error,
                          "INSERT INTO daily_signoffs (branch_id, date, signed_by, signed_at)"
                          " VALUES (?1, ?2, ?3, ?4)", "isis",
                          branch_id, day, as_database_get_actor (db), at) &&
         as_database_audit (db, "daily_signoffs", branch_id, "insert", details, error);
}

gboolean
as_reports_sign_branch_daily (AsDatabase  *db,
                              gint64       branch_id,
                              const char  *date,
                              GError     **error)
{
  g_autoptr(AsDailySummary) summary = NULL;
  g_autofree char *today = as_database_today ();

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((summary = as_reports_branch_daily (db, branch_id, date, error)) == NULL ||
      !check_branch_manager (db, branch_id, summary->branch_name, error))
    return FALSE;
  if (strcmp (summary->date, today) > 0)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The daily report of %s cannot be signed before the day."), summary->date);
      return FALSE;
    }
  if (summary->signed_at != NULL)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("The daily report of %s for %s was already signed by %s on %s."),
                   summary->branch_name, summary->date,
                   summary->signed_by_name ? summary->signed_by_name : "?", summary->signed_at);
      return FALSE;
    }

  if (!as_database_begin (db, error))
    return FALSE;
  if (!insert_signoff (db, branch_id, summary->date, error) || !as_database_commit (db, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
as_reports_day_register (AsDatabase  *db,
                         const char  *date,
                         GError     **error)
{
  g_autofree char *day = NULL, *next = NULL;
  sqlite3_stmt *stmt;
  GPtrArray *rows;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!parse_day (date, &day, &next, error))
    return NULL;
  stmt = as_database_prepare (db,
    "SELECT r.id, r.received_at, c.name AS customer_name, r.address, r.phone,"
    " m.code AS model_code, m.name AS model_name, r.serial, r.fault, r.channel, r.zone,"
    " r.category, r.status, rb.name AS receiver_name, s.name AS technician_name,"
    " p.name AS provider_name, r.arrival_deadline, r.closed_at"
    " FROM repair_orders r"
    " LEFT JOIN customers c ON c.id = r.customer_id"
    " LEFT JOIN product_models m ON m.id = r.model_id"
    " LEFT JOIN staff rb ON rb.id = r.received_by"
    " LEFT JOIN staff s ON s.id = r.technician_id"
    " LEFT JOIN providers p ON p.id = r.provider_id"
    " WHERE r.received_at >= ?1 AND r.received_at < ?2 ORDER BY r.received_at, r.id", error);
  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, next, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (rows, as_database_read_row (stmt));
  sqlite3_reset (stmt);
  return rows;
}

void
as_technician_day_free (AsTechnicianDay *day)
{
  if (day == NULL)
    return;
  g_free (day->staff_name);
  g_clear_pointer (&day->requests, g_ptr_array_unref);
  g_free (day);
}

void
as_daily_summary_free (AsDailySummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->date);
  g_free (summary->branch_name);
  g_clear_pointer (&summary->people, g_ptr_array_unref);
  g_free (summary->signed_by_name);
  g_free (summary->signed_at);
  g_free (summary);
}
