/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Dashboard's counts. Each is served by an index, so that they stay
 * instant on a million repair orders. */

#include "as-dashboard.h"

/* "Open" means neither closed nor cancelled. It is written as ranges around
 * those two codes, which sort next to each other, so that SQLite counts only
 * the open rows from the (status, received_at) index instead of reading every
 * repair ever taken (status NOT IN (…) scans the whole index). */
#define REPAIR_IS_OPEN \
  "(status < 'cancelled' OR (status > 'cancelled' AND status < 'closed') OR status > 'closed')"
/* Complaints waiting for their answer (open, or reopened as not satisfied):
 * a few rows of complaints_status (status, received_at), whatever the table's size. */
#define COMPLAINT_IS_OPEN "status IN ('open', 'in_progress')"
#define NOW "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
#define TODAY "date('now', 'localtime')"

static const char *const figure_sql[AS_N_FIGURES] = {
  [AS_FIGURE_OPEN_REPAIRS] =
    "SELECT count(*) FROM repair_orders WHERE " REPAIR_IS_OPEN,
  /* Late arrivals are read from the partial deadline index of waiting requests. */
  [AS_FIGURE_LATE_REPAIRS] =
    "SELECT (SELECT count(*) FROM repair_orders WHERE " REPAIR_IS_OPEN
    "        AND promised_date < " TODAY ")"
    " + (SELECT count(*) FROM repair_orders WHERE (status = 'received' OR status = 'dispatched')"
    "    AND arrival_deadline < strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')"
    "    AND arrived_at IS NULL AND (promised_date IS NULL OR promised_date >= " TODAY "))",
  [AS_FIGURE_UNDISPATCHED_REPAIRS] =
    "SELECT count(*) FROM repair_orders WHERE status = 'received'",
  [AS_FIGURE_EXPIRING_CONTRACTS] =
    "SELECT count(*) FROM contracts WHERE status = 'active' AND renewal IS NULL"
    " AND end_date BETWEEN " TODAY " AND date('now', 'localtime', '+30 days')",
  [AS_FIGURE_OPEN_COMPLAINTS] =
    "SELECT count(*) FROM complaints WHERE " COMPLAINT_IS_OPEN,
  [AS_FIGURE_URGENT_COMPLAINTS] =
    "SELECT count(*) FROM complaints WHERE urgent = 1 AND " COMPLAINT_IS_OPEN,
  [AS_FIGURE_LATE_COMPLAINTS] =
    "SELECT count(*) FROM complaints WHERE " COMPLAINT_IS_OPEN " AND due_at < " NOW,
  [AS_FIGURE_PARTS_TO_REORDER] =
    "SELECT count(*) FROM spare_parts t WHERE"
    " (SELECT coalesce(sum(quantity), 0) FROM stock k WHERE k.part_id = t.id) <= t.reorder_point",
  /* Every completed repair without its survey, as the Surveys tab lists
   * them: the partial index repair_orders_survey_due (as-schema-surveys.c). */
  [AS_FIGURE_REPAIRS_TO_SURVEY] =
    "SELECT count(*) FROM repair_orders WHERE survey_due = 1",
  /* From the partial index of the loans still out. */
  [AS_FIGURE_OVERDUE_LOANERS] =
    "SELECT count(*) FROM loaner_loans WHERE returned_at IS NULL AND due_date < " TODAY,
};

/**
 * as_dashboard_count:
 *
 * Returns: the figure's current value, or -1 when it cannot be read
 */
gint64
as_dashboard_count (AsDatabase *db,
                    AsFigure    figure)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), -1);
  g_return_val_if_fail (figure < AS_N_FIGURES, -1);

  return as_database_query_int (db, figure_sql[figure], -1);
}
