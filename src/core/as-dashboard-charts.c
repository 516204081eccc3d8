/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data behind the Dashboard's charts. Each chart is one GROUP BY that an
 * index serves (named beside each query), bounded in time where the table
 * grows without end, so that a refresh after a save stays quick on a
 * million repairs; the categories and series come out translated and in
 * the order the chart shows them, months without data included. */

#include <glib/gi18n.h>

#include "as-dashboard-charts.h"
#include "as-labels.h"

#define N_MONTHS            12
#define N_CONTRACT_MONTHS   6

/* As in as-dashboard.c: ranges around the two closed codes, so that the
 * (status, received_at) index yields the open rows only. */
#define REPAIR_IS_OPEN \
  "(status < 'cancelled' OR (status > 'cancelled' AND status < 'closed') OR status > 'closed')"

typedef struct
{
  AsDatabase *db;
  GPtrArray  *points;
  char       *now;          /* "YYYY-MM-DD HH:MM:SS" */
  GDate       today;
} Reader;

typedef gboolean (*ReadFunc) (Reader  *reader,
                              GError **error);

static const char *const open_statuses[] = { "received", "dispatched", "in_workshop", "ready" };
static const char *const service_categories[] = { "paid", "contract", "free", "internal" };

/* ---------------------------------------------------------------- helpers */

static void
point_free (gpointer data)
{
  AsDashboardPoint *point = data;

  g_free (point->category);
  g_free (point->series);
  g_free (point);
}

static void
add_point (Reader     *reader,
           const char *category,
           const char *series,
           double      value)
{
  AsDashboardPoint *point = g_new (AsDashboardPoint, 1);

  point->category = g_strdup (category != NULL ? category : "");
  point->series = g_strdup (series != NULL ? series : "");
  point->value = value;
  g_ptr_array_add (reader->points, point);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* "YYYY-MM-DD" of @date moved by @months, on the first of the month. */
static char *
month_start (const GDate *date,
             int          months)
{
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, g_date_get_month (date), g_date_get_year (date));
  if (months > 0)
    g_date_add_months (&first, months);
  else if (months < 0)
    g_date_subtract_months (&first, -months);
  return g_strdup_printf ("%04d-%02d-01", g_date_get_year (&first), g_date_get_month (&first));
}

static char *
day_string (const GDate *date,
            int          days)
{
  GDate day = *date;

  if (days > 0)
    g_date_add_days (&day, days);
  else if (days < 0)
    g_date_subtract_days (&day, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day));
}

static const char *const month_abbreviations[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
  NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
  NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
  NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
  NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

/* "Nov 2026" for "2026-11", in the program's language (which the clock's
 * locale may not be). */
static char *
month_label (const char *month)
{
  int year = (int) g_ascii_strtoll (month, NULL, 10);
  int number = strlen (month) >= 7 ? (int) g_ascii_strtoll (month + 5, NULL, 10) : 0;

  if (year < 1 || number < 1 || number > 12)
    return g_strdup (month);
  /* TRANSLATORS: a month on a chart's axis: the abbreviated month, then the year */
  return g_strdup_printf (C_("chart month", "%s %d"),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation",
                                        month_abbreviations[number - 1]),
                          year);
}

/* The months from @from_months to @to_months around today: "YYYY-MM" keys. */
static GPtrArray *
month_keys (const GDate *today,
            int          from_months,
            int          to_months)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (int m = from_months; m <= to_months; m++)
    {
      char *start = month_start (today, m);

      start[7] = '\0';
      g_ptr_array_add (keys, start);
    }
  return keys;
}

/* The day of "YYYY-MM-DD…". */
static gboolean
parse_day (const char *text,
           GDate      *date)
{
  int year, month, day;

  g_date_clear (date, 1);
  if (strlen (text) < 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  year = (int) g_ascii_strtoll (text, NULL, 10);
  month = (int) g_ascii_strtoll (text + 5, NULL, 10);
  day = (int) g_ascii_strtoll (text + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Ends a read: a query that stopped on an error says so. */
static gboolean
finish_query (Reader        *reader,
              sqlite3_stmt  *stmt,
              int            result,
              GError       **error)
{
  sqlite3_reset (stmt);
  if (result == SQLITE_DONE)
    return TRUE;
  g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_SQL, "%s: %s",
               _("Database query failed"), sqlite3_errmsg (as_database_get_handle (reader->db)));
  return FALSE;
}

/* ---------------------------------------------------------------- charts */

/* Served by repair_orders_status (status, received_at): the open rows only,
 * then one row lookup each for the dates. Grouped apart from the search
 * (MATERIALIZED), or SQLite would walk the whole index in status order. */
static gboolean
read_open_repairs (Reader  *reader,
                   GError **error)
{
  g_autofree char *today = day_string (&reader->today, 0);
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "WITH open AS MATERIALIZED (SELECT status, promised_date,"
                              "  arrival_deadline, arrived_at FROM repair_orders"
                              "  WHERE " REPAIR_IS_OPEN ")"
                              "SELECT status, count(*), sum(CASE WHEN promised_date < ?1"
                              "  OR ((status = 'received' OR status = 'dispatched')"
                              "      AND arrival_deadline < ?2 AND arrived_at IS NULL)"
                              "  THEN 1 ELSE 0 END)"
                              " FROM open GROUP BY status",
                              error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (open_statuses); i++)
    {
      add_point (reader, as_code_get_label (open_statuses[i]), _("On time"), 0);
      add_point (reader, as_code_get_label (open_statuses[i]), _("Late"), 0);
    }
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, reader->now, -1, SQLITE_TRANSIENT);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *status = as_code_get_label (column_text (stmt, 0));
      double late = sqlite3_column_double (stmt, 2);

      add_point (reader, status, _("On time"), sqlite3_column_double (stmt, 1) - late);
      add_point (reader, status, _("Late"), late);
    }
  return finish_query (reader, stmt, result, error);
}

/* Served by repair_orders_category (category, received_at) alone: one
 * count per service category and month, each a range of the index. (One
 * GROUP BY over the year sorts every row and takes ten times longer.) */
static gboolean
read_repairs_per_month (Reader  *reader,
                        GError **error)
{
  sqlite3_stmt *stmt;
  int result = SQLITE_DONE;

  stmt = as_database_prepare (reader->db,
                              "SELECT count(*) FROM repair_orders"
                              " WHERE category = ?1 AND received_at >= ?2 AND received_at < ?3",
                              error);
  if (stmt == NULL)
    return FALSE;
  for (int m = -(N_MONTHS - 1); m <= 0 && result == SQLITE_DONE; m++)
    {
      g_autofree char *from = month_start (&reader->today, m);
      g_autofree char *until = month_start (&reader->today, m + 1);
      g_autofree char *label = NULL;

      from[7] = '\0';
      label = month_label (from);
      from[7] = '-';
      for (guint c = 0; c < G_N_ELEMENTS (service_categories) && result == SQLITE_DONE; c++)
        {
          sqlite3_reset (stmt);
          sqlite3_bind_text (stmt, 1, service_categories[c], -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 3, until, -1, SQLITE_TRANSIENT);
          result = sqlite3_step (stmt);
          if (result == SQLITE_ROW)
            {
              add_point (reader, label, as_code_get_label (service_categories[c]),
                         sqlite3_column_double (stmt, 0));
              result = SQLITE_DONE;
            }
        }
    }
  return finish_query (reader, stmt, result, error);
}

/* Served by complaints_hotline (channel, received_at, received_by), which
 * covers the query. */
static gboolean
read_complaints_by_channel (Reader  *reader,
                            GError **error)
{
  g_autofree char *from = month_start (&reader->today, -(N_MONTHS - 1));
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "SELECT channel, count(*) AS n FROM complaints"
                              " WHERE received_at >= ?1 GROUP BY channel ORDER BY n DESC, channel",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    add_point (reader, as_code_get_label (column_text (stmt, 0)), _("Contacts"),
               sqlite3_column_double (stmt, 1));
  return finish_query (reader, stmt, result, error);
}

/* Served by complaints_month (received_at, department_id, …): a range of
 * the covering index, then one department name per group. */
static gboolean
read_complaints_by_department (Reader  *reader,
                               GError **error)
{
  g_autofree char *from = month_start (&reader->today, -(N_MONTHS - 1));
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "SELECT d.name, g.n FROM"
                              " (SELECT department_id, count(*) AS n FROM complaints"
                              "  WHERE received_at >= ?1 GROUP BY department_id) g"
                              " LEFT JOIN departments d ON d.id = g.department_id"
                              " ORDER BY g.n DESC, d.name", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    add_point (reader,
               sqlite3_column_type (stmt, 0) == SQLITE_NULL ? _("Not routed yet")
                                                            : column_text (stmt, 0),
               _("Contacts"), sqlite3_column_double (stmt, 1));
  return finish_query (reader, stmt, result, error);
}

/* Served by surveys_at (surveyed_at) for the period, then the repair by its
 * key for the technician: one lookup per survey of the last 30 days (the
 * CROSS JOIN keeps SQLite from walking every repair of every technician). */
static gboolean
read_satisfaction (Reader  *reader,
                   GError **error)
{
  g_autofree char *from = day_string (&reader->today, -AS_DASHBOARD_SATISFACTION_DAYS);
  const char *criteria[] = {
    _("Attitude"), _("Skill"), _("Arrival time"), _("Keeping commitments")
  };
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "SELECT st.name, g.attitude, g.skill, g.arrival, g.commitment FROM"
                              " (SELECT r.technician_id, avg(s.attitude) AS attitude,"
                              "   avg(s.skill) AS skill, avg(s.arrival) AS arrival,"
                              "   avg(s.commitment) AS commitment, count(*) AS n"
                              "  FROM surveys s CROSS JOIN repair_orders r ON r.id = s.repair_id"
                              "  WHERE s.surveyed_at >= ?1 AND r.technician_id IS NOT NULL"
                              "  GROUP BY r.technician_id ORDER BY n DESC LIMIT ?2) g"
                              " JOIN staff st ON st.id = g.technician_id"
                              " ORDER BY st.name, st.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, AS_DASHBOARD_MAX_TECHNICIANS);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint c = 0; c < G_N_ELEMENTS (criteria); c++)
      add_point (reader, column_text (stmt, 0), criteria[c], sqlite3_column_double (stmt, c + 1));
  return finish_query (reader, stmt, result, error);
}

/* The parts catalogue is small (thousands, not millions): its stock is
 * summed per part from the stock table's primary key. */
static gboolean
read_parts_to_reorder (Reader  *reader,
                       GError **error)
{
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "SELECT t.name, t.part_no, t.reorder_point,"
                              "  (SELECT coalesce(sum(quantity), 0) FROM stock k"
                              "   WHERE k.part_id = t.id) AS quantity"
                              " FROM spare_parts t WHERE quantity <= t.reorder_point"
                              " ORDER BY t.reorder_point - quantity DESC, t.name, t.id LIMIT ?1",
                              error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, AS_DASHBOARD_MAX_PARTS);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* The part number keeps two parts of the same name apart. */
      g_autofree char *label = g_strdup_printf ("%s (%s)", column_text (stmt, 0),
                                                column_text (stmt, 1));

      add_point (reader, label, _("In stock"), sqlite3_column_double (stmt, 3));
      add_point (reader, label, _("Reorder point"), sqlite3_column_double (stmt, 2));
    }
  return finish_query (reader, stmt, result, error);
}

/* Served by contracts_end (end_date): six months of end dates. */
static gboolean
read_contracts_expiring (Reader  *reader,
                         GError **error)
{
  g_autofree char *today = day_string (&reader->today, 0);
  g_autofree char *until = month_start (&reader->today, N_CONTRACT_MONTHS);
  g_autoptr(GPtrArray) months = month_keys (&reader->today, 0, N_CONTRACT_MONTHS - 1);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  sqlite3_stmt *stmt;
  int result;

  stmt = as_database_prepare (reader->db,
                              "SELECT substr(end_date, 1, 7) AS month,"
                              "  notice_sent_at IS NOT NULL AS noticed, count(*)"
                              " FROM contracts WHERE end_date >= ?1 AND end_date < ?2"
                              "  AND status = 'active' AND renewal IS NULL"
                              " GROUP BY month, noticed", error);
  if (stmt == NULL)
    return FALSE;
  for (guint m = 0; m < months->len; m++)
    {
      char *label = month_label (g_ptr_array_index (months, m));

      g_hash_table_insert (labels, g_ptr_array_index (months, m), label);
      add_point (reader, label, _("No notice sent yet"), 0);
      add_point (reader, label, _("Expiry notice sent"), 0);
    }
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, until, -1, SQLITE_TRANSIENT);
  while ((result = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *label = g_hash_table_lookup (labels, column_text (stmt, 0));

      if (label != NULL)
        add_point (reader, label,
                   sqlite3_column_int (stmt, 1) ? _("Expiry notice sent") : _("No notice sent yet"),
                   sqlite3_column_double (stmt, 2));
    }
  return finish_query (reader, stmt, result, error);
}

static const struct
{
  ReadFunc           read;
  const char *const  tables[4];
} charts[AS_N_DASHBOARD_CHARTS] = {
  [AS_DASHBOARD_CHART_OPEN_REPAIRS] = { read_open_repairs, { "repair_orders" } },
  [AS_DASHBOARD_CHART_REPAIRS_PER_MONTH] = { read_repairs_per_month, { "repair_orders" } },
  [AS_DASHBOARD_CHART_COMPLAINTS_BY_CHANNEL] = { read_complaints_by_channel, { "complaints" } },
  [AS_DASHBOARD_CHART_COMPLAINTS_BY_DEPARTMENT] = { read_complaints_by_department,
                                                    { "complaints", "departments" } },
  /* A surveyed repair is closed: its technician no longer changes. */
  [AS_DASHBOARD_CHART_SATISFACTION] = { read_satisfaction, { "surveys", "staff" } },
  [AS_DASHBOARD_CHART_PARTS_TO_REORDER] = { read_parts_to_reorder, { "spare_parts", "stock" } },
  [AS_DASHBOARD_CHART_CONTRACTS_EXPIRING] = { read_contracts_expiring, { "contracts" } },
};

/* ------------------------------------------------------------- public API */

/**
 * as_dashboard_chart_read:
 * @now: (nullable): "YYYY-MM-DD HH:MM:SS", local time; NULL for now
 *
 * Returns: (transfer full) (element-type AsDashboardPoint) (nullable): the
 *   chart's points, or NULL on error
 */
GPtrArray *
as_dashboard_chart_read (AsDatabase        *db,
                         AsDashboardChart   chart,
                         const char        *now,
                         GError           **error)
{
  g_autoptr(GDateTime) clock = NULL;
  Reader reader = { db };
  gboolean done;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);
  g_return_val_if_fail (chart < AS_N_DASHBOARD_CHARTS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (now == NULL)
    {
      clock = g_date_time_new_now_local ();
      reader.now = g_date_time_format (clock, "%Y-%m-%d %H:%M:%S");
    }
  else
    reader.now = g_strdup (now);
  if (!parse_day (reader.now, &reader.today))
    {
      g_set_error (error, AS_DATABASE_ERROR, AS_DATABASE_ERROR_INVALID,
                   _("“%s” is not a valid date."), reader.now);
      g_free (reader.now);
      return NULL;
    }

  reader.points = g_ptr_array_new_with_free_func (point_free);
  done = charts[chart].read (&reader, error);
  g_free (reader.now);
  if (!done)
    g_clear_pointer (&reader.points, g_ptr_array_unref);
  return reader.points;
}

gboolean
as_dashboard_chart_reads (AsDashboardChart  chart,
                          const char       *table)
{
  g_return_val_if_fail (chart < AS_N_DASHBOARD_CHARTS, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (charts[chart].tables) && charts[chart].tables[i]; i++)
    if (g_strcmp0 (charts[chart].tables[i], table) == 0)
      return TRUE;
  return FALSE;
}
