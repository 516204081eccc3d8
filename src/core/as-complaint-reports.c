/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading complaints: one contact with the names the detail pane shows, its
 * history and rewards; and the monthly figures, complaints as a basis for
 * evaluating departments and staff (SPEC C9) and the hotline's
 * counter-supervision report (C10), read from the complaints_month and
 * complaints_hotline indexes. */

#include <glib/gi18n.h>
#include <stdio.h>

#include "as-complaint-private.h"
#include "as-complaint-store.h"

/* ------------------------------------------------------------ reading */

/**
 * as_complaint_store_load:
 *
 * Returns: (transfer full) (nullable): every complaints column as text
 *   (absent when NULL) and the names the detail pane shows, or %NULL with
 *   @error set
 */
GHashTable *
as_complaint_store_load (AsDatabase  *db,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *row;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, &local_error,
    "SELECT t.*, c.name AS customer_name, c.phone AS customer_phone,"
    " c.email AS customer_email, u.serial AS unit_serial, m.code AS model_code,"
    " m.name AS model_name, rb.name AS receiver_name, rd.name AS receiver_department,"
    " d.name AS department_name, h.name AS handler_name, rv.name AS reviewer_name,"
    " ab.name AS answerer_name, resd.name AS responsible_department_name,"
    " ress.name AS responsible_staff_name,"
    " (t.status IN ('open', 'in_progress') AND t.due_at"
    "  < strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')) AS late"
    " FROM complaints t"
    " LEFT JOIN customers c ON c.id = t.customer_id"
    " LEFT JOIN units u ON u.id = t.unit_id"
    " LEFT JOIN product_models m ON m.id = t.model_id"
    " LEFT JOIN staff rb ON rb.id = t.received_by"
    " LEFT JOIN departments rd ON rd.id = rb.department_id"
    " LEFT JOIN departments d ON d.id = t.department_id"
    " LEFT JOIN staff h ON h.id = t.handler_id"
    " LEFT JOIN staff rv ON rv.id = t.reviewed_by"
    " LEFT JOIN staff ab ON ab.id = t.answered_by"
    " LEFT JOIN departments resd ON resd.id = t.responsible_department_id"
    " LEFT JOIN staff ress ON ress.id = t.responsible_staff_id"
    " WHERE t.id = ?1", "i", id);
  if (row == NULL && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (row == NULL)
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no complaint number %lld."), (long long) id);
  return row;
}

/**
 * as_complaint_store_list_history:
 *
 * Returns: (transfer full): the complaint's history, oldest first, each a
 *   GHashTable: at, action, staff_name, department_name, handler_name,
 *   status, level, note
 */
GPtrArray *
as_complaint_store_list_history (AsDatabase *db,
                                 gint64      id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
    "SELECT h.at, h.action, s.name AS staff_name, d.name AS department_name,"
    " x.name AS handler_name, h.status, h.level, h.note"
    " FROM complaint_history h"
    " LEFT JOIN staff s ON s.id = h.staff_id"
    " LEFT JOIN departments d ON d.id = h.department_id"
    " LEFT JOIN staff x ON x.id = h.handler_id"
    " WHERE h.complaint_id = ?1 ORDER BY h.at, h.id", "i", id);
}

/**
 * as_complaint_store_list_rewards:
 *
 * Returns: (transfer full): the complaint's rewards, each a GHashTable:
 *   what, amount_cents, awarded_on, approver_name, recipient_name
 */
GPtrArray *
as_complaint_store_list_rewards (AsDatabase *db,
                                 gint64      id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
    "SELECT r.what, r.amount_cents, r.awarded_on, a.name AS approver_name,"
    " coalesce(s.name, c.name) AS recipient_name"
    " FROM complaint_rewards r JOIN complaints t ON t.id = r.complaint_id"
    " LEFT JOIN staff a ON a.id = r.approved_by"
    " LEFT JOIN staff s ON s.id = r.recipient_staff_id"
    " LEFT JOIN customers c ON c.id = t.customer_id"
    " WHERE r.complaint_id = ?1 ORDER BY r.awarded_on, r.id", "i", id);
}

/* ------------------------------------------------------------- figures */

/* "YYYY-MM" → the first moments of that month and of the next. */
static gboolean
month_bounds (const char  *month,
              char       **start,
              char       **end,
              GError     **error)
{
  int year, mon, consumed = 0;

  if (month == NULL || sscanf (month, "%4d-%2d%n", &year, &mon, &consumed) != 2 ||
      consumed != 7 || month[7] != '\0' || mon < 1 || mon > 12 || year < 1900)
    return AS_REFUSE (error, _("“%s” is not a month: write it as 2026-03."),
                      month ? month : "");
  *start = g_strdup_printf ("%04d-%02d-01", year, mon);
  *end = g_strdup_printf ("%04d-%02d-01", mon == 12 ? year + 1 : year, mon == 12 ? 1 : mon + 1);
  return TRUE;
}

/* Late: answered after the due time, or still waiting past it. */
#define LATE "(t.answered_at > t.due_at OR (t.status IN ('open', 'in_progress') AND t.due_at" \
             " < strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')))"

/**
 * as_complaint_store_count_by_department:
 * @month: "YYYY-MM"
 *
 * The contacts received in @month per responsible department (the one named
 * responsible, or else the one it was routed to).
 *
 * Returns: (transfer full) (nullable): rows of name, total, complaints,
 *   escalated, late; the largest total first; %NULL with @error set
 */
GPtrArray *
as_complaint_store_count_by_department (AsDatabase  *db,
                                        const char  *month,
                                        GError     **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!month_bounds (month, &start, &end, error))
    return NULL;
  return as_database_query_rows (db, error, 0,
    "SELECT coalesce(d.name, ?3) AS name, count(*) AS total,"
    " sum(t.kind = 'complaint') AS complaints, sum(t.level != 'service') AS escalated,"
    " sum(" LATE ") AS late"
    " FROM complaints t"
    " LEFT JOIN departments d ON d.id = coalesce(t.responsible_department_id, t.department_id)"
    " WHERE t.received_at >= ?1 AND t.received_at < ?2"
    " GROUP BY coalesce(t.responsible_department_id, t.department_id)"
    " ORDER BY total DESC, name", "sss", start, end, _("No department"));
}

/**
 * as_complaint_store_count_by_staff:
 * @month: "YYYY-MM"
 *
 * The contacts received in @month that name a responsible staff member.
 *
 * Returns: (transfer full) (nullable): rows of name, department, total,
 *   complaints, escalated, late; %NULL with @error set
 */
GPtrArray *
as_complaint_store_count_by_staff (AsDatabase  *db,
                                   const char  *month,
                                   GError     **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!month_bounds (month, &start, &end, error))
    return NULL;
  return as_database_query_rows (db, error, 0,
    "SELECT s.name, coalesce(d.name, '') AS department, count(*) AS total,"
    " sum(t.kind = 'complaint') AS complaints, sum(t.level != 'service') AS escalated,"
    " sum(" LATE ") AS late"
    " FROM complaints t JOIN staff s ON s.id = t.responsible_staff_id"
    " LEFT JOIN departments d ON d.id = s.department_id"
    " WHERE t.received_at >= ?1 AND t.received_at < ?2 AND t.responsible_staff_id IS NOT NULL"
    " GROUP BY t.responsible_staff_id ORDER BY total DESC, s.name", "ss", start, end);
}

/**
 * as_complaint_store_hotline_report:
 * @month: "YYYY-MM"
 *
 * Counter-supervision: the hotline contacts each staff member accepted in
 * @month, and what became of them.
 *
 * Returns: (transfer full) (nullable): rows of name, department, accepted,
 *   answered (answered or closed), waiting, late, not_satisfied; %NULL with
 *   @error set
 */
GPtrArray *
as_complaint_store_hotline_report (AsDatabase  *db,
                                   const char  *month,
                                   GError     **error)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  if (!month_bounds (month, &start, &end, error))
    return NULL;
  return as_database_query_rows (db, error, 0,
    "SELECT coalesce(s.name, ?3) AS name, coalesce(d.name, '') AS department,"
    " count(*) AS accepted, sum(t.status IN ('answered', 'closed')) AS answered,"
    " sum(t.status IN ('open', 'in_progress')) AS waiting, sum(" LATE ") AS late,"
    " sum(t.satisfied = 0) AS not_satisfied"
    " FROM complaints t LEFT JOIN staff s ON s.id = t.received_by"
    " LEFT JOIN departments d ON d.id = s.department_id"
    " WHERE t.channel = 'hotline' AND t.received_at >= ?1 AND t.received_at < ?2"
    " GROUP BY t.received_by ORDER BY accepted DESC, name", "sss", start, end, _("Unknown"));
}
