/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The monthly performance reviews. Each figure is one grouped query over
 * the month, read through an index on its date (surveys_at,
 * repair_orders_closed, repair_orders_arrived, repair_events_at,
 * complaints_month, returns_requested), so that a month of a million-repair
 * database is read in a fraction of a second. */

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "as-labels.h"
#include "as-review.h"
#include "as-types.h"

/* ---------------------------------------------------------------- helpers */

static gboolean
parse_month (const char *month,
             int        *year,
             int        *number)
{
  int day = 1, consumed = 0;
  size_t length = month != NULL ? strlen (month) : 0;

  if (length == 7)
    {
      if (sscanf (month, "%4d-%2d%n", year, number, &consumed) != 2 || consumed != 7)
        return FALSE;
    }
  else if (length == 10)
    {
      if (sscanf (month, "%4d-%2d-%2d%n", year, number, &day, &consumed) != 3 || consumed != 10)
        return FALSE;
    }
  else
    return FALSE;
  return month[4] == '-' && *year >= 1 && *year <= 9999 && *number >= 1 && *number <= 12 &&
         g_date_valid_dmy (day, *number, *year);
}

static gboolean
refuse_month (const char  *month,
              GError     **error)
{
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
               _("“%s” is not a month: write it as 2026-11."), month ? month : "");
  return FALSE;
}

/* Prepares @sql with the month's first day as ?1 and the next month's as ?2. */
static sqlite3_stmt *
prepare_month (AsDatabase  *db,
               const char  *sql,
               const char  *first,
               const char  *next,
               GError     **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, sql, error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, first, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, next, -1, SQLITE_TRANSIENT);
  return stmt;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  return g_strdup (text != NULL ? text : "");
}

/* ------------------------------------------------------------ technicians */

typedef struct
{
  GHashTable *by_id;    /* staff id → AsTechnicianReview */
  const char *first;
  const char *next;
} TechnicianTable;

static AsTechnicianReview *
lookup_technician (TechnicianTable *table,
                   gint64           staff_id)
{
  AsTechnicianReview *review = g_hash_table_lookup (table->by_id, &staff_id);

  if (review == NULL)
    {
      review = g_new0 (AsTechnicianReview, 1);
      review->staff_id = staff_id;
      g_hash_table_insert (table->by_id, &review->staff_id, review);
    }
  return review;
}

typedef void (*TechnicianRowFunc) (AsTechnicianReview *review,
                                   sqlite3_stmt       *stmt);

/* Runs a query grouped by staff id (column 0) and hands each row to @func. */
static gboolean
collect_technicians (AsDatabase         *db,
                     TechnicianTable    *table,
                     const char         *sql,
                     TechnicianRowFunc   func,
                     GError            **error)
{
  sqlite3_stmt *stmt = prepare_month (db, sql, table->first, table->next, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (lookup_technician (table, sqlite3_column_int64 (stmt, 0)), stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL, _("Database error: %s"),
                   sqlite3_errmsg (as_database_get_handle (db)));
      return FALSE;
    }
  return TRUE;
}

static void
read_surveys (AsTechnicianReview *review,
              sqlite3_stmt       *stmt)
{
  double sum = 0;

  review->n_surveys = (guint) sqlite3_column_int64 (stmt, 1);
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    {
      review->averages[c] = sqlite3_column_double (stmt, 2 + c);
      sum += review->averages[c];
    }
  review->overall = review->n_surveys > 0 ? sum / AS_SURVEY_N_CRITERIA : 0;
  for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
    for (int l = 0; l < AS_SURVEY_N_LEVELS; l++)
      review->ratings[c][l] = (guint) sqlite3_column_int64 (stmt, 6 + c * AS_SURVEY_N_LEVELS + l);
}

static void
read_repairs_done (AsTechnicianReview *review,
                   sqlite3_stmt       *stmt)
{
  review->repairs_done = (guint) sqlite3_column_int64 (stmt, 1);
}

static void
read_arrivals (AsTechnicianReview *review,
               sqlite3_stmt       *stmt)
{
  review->arrivals = (guint) sqlite3_column_int64 (stmt, 1);
  review->arrivals_on_time = (guint) sqlite3_column_int64 (stmt, 2);
}

static void
read_minutes (AsTechnicianReview *review,
              sqlite3_stmt       *stmt)
{
  review->minutes_worked = sqlite3_column_int64 (stmt, 1);
}

static void
read_complaints (AsTechnicianReview *review,
                 sqlite3_stmt       *stmt)
{
  review->complaints = (guint) sqlite3_column_int64 (stmt, 1);
}

static void
read_returns (AsTechnicianReview *review,
              sqlite3_stmt       *stmt)
{
  review->returns = (guint) sqlite3_column_int64 (stmt, 1);
}

static const struct
{
  const char        *sql;
  TechnicianRowFunc  func;
} technician_figures[] = {
  /* Ratings of the surveys taken in the month, by the repair's technician. */
  { "SELECT r.technician_id, count(*), avg(s.attitude), avg(s.skill), avg(s.arrival),"
    " avg(s.commitment),"
    " sum(s.attitude = 1), sum(s.attitude = 2), sum(s.attitude = 3), sum(s.attitude = 4),"
    " sum(s.skill = 1), sum(s.skill = 2), sum(s.skill = 3), sum(s.skill = 4),"
    " sum(s.arrival = 1), sum(s.arrival = 2), sum(s.arrival = 3), sum(s.arrival = 4),"
    " sum(s.commitment = 1), sum(s.commitment = 2), sum(s.commitment = 3),"
    " sum(s.commitment = 4)"
    " FROM surveys s JOIN repair_orders r ON r.id = s.repair_id"
    " WHERE s.surveyed_at >= ?1 AND s.surveyed_at < ?2 AND r.technician_id IS NOT NULL"
    " GROUP BY r.technician_id", read_surveys },
  { "SELECT technician_id, count(*) FROM repair_orders"
    " WHERE closed_at >= ?1 AND closed_at < ?2 AND status = 'closed'"
    " AND technician_id IS NOT NULL GROUP BY technician_id", read_repairs_done },
  /* The arrival deadline of 6 or 7 working hours (M11), kept or not. */
  { "SELECT technician_id, count(*), sum(arrived_at <= arrival_deadline) FROM repair_orders"
    " WHERE arrived_at >= ?1 AND arrived_at < ?2 AND arrival_deadline IS NOT NULL"
    " AND technician_id IS NOT NULL GROUP BY technician_id", read_arrivals },
  /* The work sessions of the month on the technician's repairs. */
  { "SELECT r.technician_id, sum(e.minutes) FROM repair_events e"
    " JOIN repair_orders r ON r.id = e.repair_id"
    " WHERE e.at >= ?1 AND e.at < ?2 AND e.minutes > 0 AND r.technician_id IS NOT NULL"
    " GROUP BY r.technician_id", read_minutes },
  { "SELECT responsible_staff_id, count(*) FROM complaints"
    " WHERE received_at >= ?1 AND received_at < ?2 AND responsible_staff_id IS NOT NULL"
    " AND kind = 'complaint' GROUP BY responsible_staff_id", read_complaints },
  { "SELECT responsible_id, count(*) FROM returns"
    " WHERE requested_at >= ?1 AND requested_at < ?2 AND responsible_id IS NOT NULL"
    " GROUP BY responsible_id", read_returns },
};

/* Every active technician has a row, even in a month without work. */
static gboolean
add_active_technicians (AsDatabase       *db,
                        TechnicianTable  *table,
                        GError          **error)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT id FROM staff WHERE active = 1"
                                                " AND roles & ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, AS_ROLE_TECHNICIAN);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    lookup_technician (table, sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
  return TRUE;
}

static void
name_technician (AsDatabase         *db,
                 AsTechnicianReview *review)
{
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT s.name, b.name FROM staff s"
                                                " LEFT JOIN branches b ON b.id = s.branch_id"
                                                " WHERE s.id = ?1", NULL);

  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, review->staff_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          review->name = column_text (stmt, 0);
          review->branch_name = column_text (stmt, 1);
        }
      sqlite3_reset (stmt);
    }
  if (review->name == NULL)
    review->name = g_strdup_printf (_("Staff member %lld"), (long long) review->staff_id);
  if (review->branch_name == NULL)
    review->branch_name = g_strdup ("");
}

static int
compare_technicians (gconstpointer a,
                     gconstpointer b)
{
  const AsTechnicianReview *x = *(AsTechnicianReview **) a;
  const AsTechnicianReview *y = *(AsTechnicianReview **) b;
  int order = g_utf8_collate (x->name, y->name);

  return order != 0 ? order : (x->staff_id > y->staff_id) - (x->staff_id < y->staff_id);
}

/* ------------------------------------------------------------ departments */

static AsDepartmentReview *
lookup_department (GHashTable *by_id,
                   gint64      department_id)
{
  AsDepartmentReview *review = g_hash_table_lookup (by_id, &department_id);

  if (review == NULL)
    {
      review = g_new0 (AsDepartmentReview, 1);
      review->department_id = department_id;
      g_hash_table_insert (by_id, &review->department_id, review);
    }
  return review;
}

static gboolean
collect_department_complaints (AsDatabase  *db,
                               GHashTable  *by_id,
                               const char  *first,
                               const char  *next,
                               GError     **error)
{
  /* A complaint counts against the department named responsible, or, until
   * one is named, the department it was routed to (by its subject, C3). */
  sqlite3_stmt *stmt = prepare_month (db,
    "SELECT coalesce(responsible_department_id, department_id, 0), count(*), sum(serious),"
    " sum(status IN ('open', 'in_progress')) FROM complaints"
    " WHERE received_at >= ?1 AND received_at < ?2 AND kind = 'complaint'"
    " GROUP BY 1", first, next, error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      AsDepartmentReview *review = lookup_department (by_id, sqlite3_column_int64 (stmt, 0));

      review->complaints = (guint) sqlite3_column_int64 (stmt, 1);
      review->complaints_serious = (guint) sqlite3_column_int64 (stmt, 2);
      review->complaints_open = (guint) sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
collect_department_returns (AsDatabase  *db,
                            GHashTable  *by_id,
                            const char  *first,
                            const char  *next,
                            GError     **error)
{
  sqlite3_stmt *stmt = prepare_month (db,
    "SELECT coalesce(department_id, 0), sum(kind = 'return'), sum(kind = 'exchange'),"
    " sum(refund_cents) FROM returns WHERE requested_at >= ?1 AND requested_at < ?2"
    " GROUP BY 1", first, next, error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      AsDepartmentReview *review = lookup_department (by_id, sqlite3_column_int64 (stmt, 0));

      review->returns = (guint) sqlite3_column_int64 (stmt, 1);
      review->exchanges = (guint) sqlite3_column_int64 (stmt, 2);
      review->refund_cents = sqlite3_column_int64 (stmt, 3);
    }
  sqlite3_reset (stmt);
  return TRUE;
}

/* What is attributed to no department, or to one deleted since: the rows
 * left in @by_id once every department has taken its own. */
static AsDepartmentReview *
sum_unattributed (GHashTable *by_id)
{
  AsDepartmentReview *none = g_new0 (AsDepartmentReview, 1);
  GHashTableIter iter;
  gpointer value;

  none->name = g_strdup (_("Not attributed"));
  none->kind = g_strdup ("");
  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const AsDepartmentReview *left = value;

      none->complaints += left->complaints;
      none->complaints_serious += left->complaints_serious;
      none->complaints_open += left->complaints_open;
      none->returns += left->returns;
      none->exchanges += left->exchanges;
      none->refund_cents += left->refund_cents;
    }
  return none;
}

/* Every department in name order, each with its figures (or none). */
static GPtrArray *
list_departments (AsDatabase  *db,
                  GHashTable  *by_id,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt = as_database_prepare (db, "SELECT id, name, kind FROM departments"
                                                " ORDER BY name", error);
  AsDepartmentReview *none;

  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) as_department_review_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      AsDepartmentReview *review = g_hash_table_lookup (by_id, &id);

      if (review != NULL)
        g_hash_table_steal (by_id, &id);
      else
        review = g_new0 (AsDepartmentReview, 1);
      review->department_id = id;
      review->name = column_text (stmt, 1);
      review->kind = column_text (stmt, 2);
      g_ptr_array_add (rows, review);
    }
  sqlite3_reset (stmt);
  none = sum_unattributed (by_id);
  if (none->complaints + none->returns + none->exchanges > 0)
    g_ptr_array_add (rows, none);
  else
    as_department_review_free (none);
  return g_steal_pointer (&rows);
}

/* ------------------------------------------------------------- public API */

/**
 * as_review_month_range:
 * @first_day: (out) (transfer full): "YYYY-MM-01"
 * @next_first_day: (out) (transfer full): the first day of the next month
 */
gboolean
as_review_month_range (const char  *month,
                       char       **first_day,
                       char       **next_first_day)
{
  int year, number;

  g_return_val_if_fail (first_day != NULL && next_first_day != NULL, FALSE);

  if (!parse_month (month, &year, &number))
    return FALSE;
  *first_day = g_strdup_printf ("%04d-%02d-01", year, number);
  *next_first_day = number == 12 ? g_strdup_printf ("%04d-01-01", year + 1)
                                 : g_strdup_printf ("%04d-%02d-01", year, number + 1);
  return TRUE;
}

/**
 * as_review_format_month:
 *
 * Returns: (transfer full): "November 2026", or @month itself when it is not one
 */
char *
as_review_format_month (const char *month)
{
  int year, number;

  if (!parse_month (month, &year, &number))
    return g_strdup (month != NULL ? month : "");
  return as_format_month (year, number);
}

/**
 * as_review_technicians:
 * @month: "YYYY-MM", or a day of the month
 *
 * Returns: (transfer full) (element-type AsTechnicianReview) (nullable): one
 *   row per technician, by name; %NULL with @error set for a bad month
 */
GPtrArray *
as_review_technicians (AsDatabase  *db,
                       const char  *month,
                       GError     **error)
{
  g_autofree char *first = NULL, *next = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  TechnicianTable table;
  GPtrArray *rows;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!as_review_month_range (month, &first, &next))
    return refuse_month (month, error), NULL;
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                 (GDestroyNotify) as_technician_review_free);
  table = (TechnicianTable) { by_id, first, next };
  for (guint i = 0; i < G_N_ELEMENTS (technician_figures); i++)
    if (!collect_technicians (db, &table, technician_figures[i].sql, technician_figures[i].func,
                              error))
      return NULL;
  if (!add_active_technicians (db, &table, error))
    return NULL;

  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) as_technician_review_free);
  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_hash_table_iter_steal (&iter);
      name_technician (db, value);
      g_ptr_array_add (rows, value);
    }
  g_ptr_array_sort (rows, compare_technicians);
  return rows;
}

/**
 * as_technician_review_total:
 * @rows: (element-type AsTechnicianReview): as_review_technicians()'s rows
 *
 * Returns: (transfer full): a row named "All technicians" with the sums
 */
AsTechnicianReview *
as_technician_review_total (GPtrArray *rows)
{
  AsTechnicianReview *total = g_new0 (AsTechnicianReview, 1);
  double sums[AS_SURVEY_N_CRITERIA] = { 0 };

  g_return_val_if_fail (rows != NULL, total);

  total->name = g_strdup (_("All technicians"));
  total->branch_name = g_strdup ("");
  for (guint i = 0; i < rows->len; i++)
    {
      const AsTechnicianReview *row = g_ptr_array_index (rows, i);

      total->n_surveys += row->n_surveys;
      for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
        {
          sums[c] += row->averages[c] * row->n_surveys;
          for (int l = 0; l < AS_SURVEY_N_LEVELS; l++)
            total->ratings[c][l] += row->ratings[c][l];
        }
      total->repairs_done += row->repairs_done;
      total->arrivals += row->arrivals;
      total->arrivals_on_time += row->arrivals_on_time;
      total->minutes_worked += row->minutes_worked;
      total->complaints += row->complaints;
      total->returns += row->returns;
    }
  for (int c = 0; c < AS_SURVEY_N_CRITERIA && total->n_surveys > 0; c++)
    {
      total->averages[c] = sums[c] / total->n_surveys;
      total->overall += total->averages[c] / AS_SURVEY_N_CRITERIA;
    }
  return total;
}

double
as_technician_review_on_time_percent (const AsTechnicianReview *review)
{
  g_return_val_if_fail (review != NULL, -1);

  if (review->arrivals == 0)
    return -1;
  return 100.0 * review->arrivals_on_time / review->arrivals;
}

void
as_technician_review_free (AsTechnicianReview *review)
{
  if (review == NULL)
    return;
  g_free (review->name);
  g_free (review->branch_name);
  g_free (review);
}

/**
 * as_review_rating_counts:
 * @staff_id: a technician, or 0 for every survey of the month
 *
 * Returns: %FALSE with @error set for a bad month
 */
gboolean
as_review_rating_counts (AsDatabase  *db,
                         const char  *month,
                         gint64       staff_id,
                         guint        counts[AS_SURVEY_N_CRITERIA][AS_SURVEY_N_LEVELS],
                         GError     **error)
{
  g_autofree char *first = NULL, *next = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  memset (counts, 0, sizeof (guint) * AS_SURVEY_N_CRITERIA * AS_SURVEY_N_LEVELS);
  if (!as_review_month_range (month, &first, &next))
    return refuse_month (month, error);
  stmt = prepare_month (db,
    "SELECT sum(s.attitude = 1), sum(s.attitude = 2), sum(s.attitude = 3), sum(s.attitude = 4),"
    " sum(s.skill = 1), sum(s.skill = 2), sum(s.skill = 3), sum(s.skill = 4),"
    " sum(s.arrival = 1), sum(s.arrival = 2), sum(s.arrival = 3), sum(s.arrival = 4),"
    " sum(s.commitment = 1), sum(s.commitment = 2), sum(s.commitment = 3),"
    " sum(s.commitment = 4)"
    " FROM surveys s JOIN repair_orders r ON r.id = s.repair_id"
    " WHERE s.surveyed_at >= ?1 AND s.surveyed_at < ?2"
    " AND r.technician_id = coalesce(nullif(?3, 0), r.technician_id)", first, next, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 3, staff_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < AS_SURVEY_N_CRITERIA; c++)
      for (int l = 0; l < AS_SURVEY_N_LEVELS; l++)
        counts[c][l] = (guint) sqlite3_column_int64 (stmt, c * AS_SURVEY_N_LEVELS + l);
  sqlite3_reset (stmt);
  return TRUE;
}

/**
 * as_review_departments:
 * @month: "YYYY-MM", or a day of the month
 *
 * Returns: (transfer full) (element-type AsDepartmentReview) (nullable): one
 *   row per department; %NULL with @error set for a bad month
 */
GPtrArray *
as_review_departments (AsDatabase  *db,
                       const char  *month,
                       GError     **error)
{
  g_autofree char *first = NULL, *next = NULL;
  g_autoptr(GHashTable) by_id = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!as_review_month_range (month, &first, &next))
    return refuse_month (month, error), NULL;
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                 (GDestroyNotify) as_department_review_free);
  if (!collect_department_complaints (db, by_id, first, next, error) ||
      !collect_department_returns (db, by_id, first, next, error))
    return NULL;
  return list_departments (db, by_id, error);
}

/**
 * as_department_review_total:
 *
 * Returns: (transfer full): a row named "All departments" with the sums
 */
AsDepartmentReview *
as_department_review_total (GPtrArray *rows)
{
  AsDepartmentReview *total = g_new0 (AsDepartmentReview, 1);

  g_return_val_if_fail (rows != NULL, total);

  total->name = g_strdup (_("All departments"));
  total->kind = g_strdup ("");
  for (guint i = 0; i < rows->len; i++)
    {
      const AsDepartmentReview *row = g_ptr_array_index (rows, i);

      total->complaints += row->complaints;
      total->complaints_serious += row->complaints_serious;
      total->complaints_open += row->complaints_open;
      total->returns += row->returns;
      total->exchanges += row->exchanges;
      total->refund_cents += row->refund_cents;
    }
  return total;
}

void
as_department_review_free (AsDepartmentReview *review)
{
  if (review == NULL)
    return;
  g_free (review->name);
  g_free (review->kind);
  g_free (review);
}

/**
 * as_review_staff_attributions:
 *
 * Returns: (transfer full) (element-type AsStaffAttribution) (nullable): the
 *   staff members with complaints or returns attributed in the month, most
 *   first; %NULL with @error set for a bad month
 */
GPtrArray *
as_review_staff_attributions (AsDatabase  *db,
                              const char  *month,
                              GError     **error)
{
  g_autofree char *first = NULL, *next = NULL;
  GPtrArray *rows;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!as_review_month_range (month, &first, &next))
    return refuse_month (month, error), NULL;
  stmt = prepare_month (db,
    "SELECT a.staff_id, s.name, d.name, sum(a.complaints), sum(a.returns) FROM ("
    "  SELECT responsible_staff_id AS staff_id, count(*) AS complaints, 0 AS returns"
    "  FROM complaints WHERE received_at >= ?1 AND received_at < ?2"
    "  AND responsible_staff_id IS NOT NULL AND kind = 'complaint' GROUP BY 1"
    "  UNION ALL"
    "  SELECT responsible_id, 0, count(*) FROM returns"
    "  WHERE requested_at >= ?1 AND requested_at < ?2 AND responsible_id IS NOT NULL GROUP BY 1)"
    " a LEFT JOIN staff s ON s.id = a.staff_id LEFT JOIN departments d ON d.id = s.department_id"
    " GROUP BY a.staff_id ORDER BY sum(a.complaints) + sum(a.returns) DESC, s.name",
    first, next, error);
  if (stmt == NULL)
    return NULL;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) as_staff_attribution_free);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      AsStaffAttribution *row = g_new0 (AsStaffAttribution, 1);

      row->staff_id = sqlite3_column_int64 (stmt, 0);
      row->name = column_text (stmt, 1);
      row->department_name = column_text (stmt, 2);
      row->complaints = (guint) sqlite3_column_int64 (stmt, 3);
      row->returns = (guint) sqlite3_column_int64 (stmt, 4);
      g_ptr_array_add (rows, row);
    }
  sqlite3_reset (stmt);
  return rows;
}

void
as_staff_attribution_free (AsStaffAttribution *attribution)
{
  if (attribution == NULL)
    return;
  g_free (attribution->name);
  g_free (attribution->department_name);
  g_free (attribution);
}
