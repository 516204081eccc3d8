/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "as-database.h"

G_BEGIN_DECLS

/* The daily reports of the maintenance service (SPEC M9). Every report is
 * plain data a printer lays out: structs, and rows as GHashTable (string keys,
 * string values, a key absent when the value is NULL).
 *
 * A request is "handled" on a day when it has a repair_events row that day:
 * received, dispatched, worked on (record_work), taken back, inspected,
 * closed… Its minutes on that day are the labour minutes recorded that day
 * (as_repair_store_record_work), not its total. */

/* Per-category totals are indexed in this order: free, contract, paid, internal. */
#define AS_REPORTS_N_CATEGORIES 4

typedef struct
{
  int requests[AS_REPORTS_N_CATEGORIES];
  int minutes[AS_REPORTS_N_CATEGORIES];
  int total_requests;
  int total_minutes;
} AsReportTotals;

/* One technician's day: the requests dispatched to them by the end of the day and
 * handled that day. */
typedef struct
{
  gint64          staff_id;
  char           *staff_name;
  /* GHashTable rows, in received order: id, received_at, customer_name,
   * address, model_name, serial, fault, category (code), status (code),
   * handling (code, absent before the visit), minutes (that day),
   * total_minutes (the repair's), work_done, steps (that day's statuses,
   * comma-separated codes, e.g. "dispatched,closed"). */
  GPtrArray      *requests;
  AsReportTotals  totals;
} AsTechnicianDay;

/* One person's line of a daily summary: a technician (staff_id) or an
 * external service provider (provider_id). */
typedef struct
{
  gint64          staff_id;     /* 0 for a provider */
  gint64          provider_id;  /* 0 for a technician */
  char           *name;
  AsReportTotals  totals;
} AsPersonDay;

/* The supervisor daily report (branch_id 0: every branch) and the branch
 * daily report (one branch, with its sign-off). */
typedef struct
{
  char           *date;          /* "YYYY-MM-DD" */
  gint64          branch_id;     /* 0: every branch */
  char           *branch_name;   /* NULL for every branch */
  int             received;      /* requests received that day */
  int             dispatched;    /* dispatched that day */
  int             closed;        /* closed that day */
  int             cancelled;     /* cancelled that day */
  int             escalated;     /* escalated that day */
  int             open_late;     /* waiting for dispatch at the end of the day (received that
                                  * day or before) and past their arrival deadline */
  int             carried_over;  /* received that day and not dispatched by its end: they head
                                  * the next day's dispatch list */
  int             late_arrivals; /* arrived that day after their arrival deadline */
  AsReportTotals  totals;        /* every request handled that day */
  GPtrArray      *people;        /* AsPersonDay, by name; requests not dispatched by the end of
                                  * the day count only in totals */
  /* Branch reports: the manager's sign-off, or 0/NULL when not signed yet. */
  gint64          signed_by;
  char           *signed_by_name;
  char           *signed_at;     /* "YYYY-MM-DD HH:MM:SS" */
} AsDailySummary;

/* "free", "contract", "paid" or "internal" for @index < AS_REPORTS_N_CATEGORIES. */
const char     *as_reports_category_code      (guint        index);

/**
 * as_reports_technician_daily:
 * @db: the database
 * @date: the day, "YYYY-MM-DD"
 * @staff_id: a technician, or 0 for every technician who handled a request that day
 * @error: return location for an error
 *
 * The technician daily work report ("Informe de jornada laboral del técnico").
 * With @staff_id, the array holds that technician's day even when empty.
 *
 * Returns: (transfer full) (element-type AsTechnicianDay): the days, by
 *   technician name; free with g_ptr_array_unref(); %NULL with @error set
 *   for a bad date or an unknown @staff_id.
 */
GPtrArray      *as_reports_technician_daily   (AsDatabase  *db,
                                               const char  *date,
                                               gint64       staff_id,
                                               GError     **error);

/**
 * as_reports_supervisor_daily:
 * @db: the database
 * @date: the day, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * The supervisor daily report ("Informe diario del supervisor de servicio"):
 * counts and minutes by service category and per person, every branch.
 *
 * Returns: (transfer full): free with as_daily_summary_free(); %NULL with
 *   @error set for a bad date.
 */
AsDailySummary *as_reports_supervisor_daily   (AsDatabase  *db,
                                               const char  *date,
                                               GError     **error);

/**
 * as_reports_branch_daily:
 * @db: the database
 * @branch_id: the branch (repair_orders.branch_id)
 * @date: the day, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * The branch daily report, as the supervisor report restricted to one
 * branch, with the manager's sign-off when there is one.
 *
 * Returns: (transfer full): free with as_daily_summary_free(); %NULL with
 *   @error set for a bad date or an unknown branch.
 */
AsDailySummary *as_reports_branch_daily       (AsDatabase  *db,
                                               gint64       branch_id,
                                               const char  *date,
                                               GError     **error);

/**
 * as_reports_sign_branch_daily:
 * @db: the database
 * @branch_id: the branch
 * @date: the day, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * The acting staff member (as_database_set_actor()) signs the branch's daily
 * report: a daily_signoffs row and an audit row. Refused with
 * %AS_DATABASE_ERROR_PERMISSION unless the actor is an active branch manager,
 * and with %AS_DATABASE_ERROR_INVALID for a day already signed, a day in the
 * future, a bad date or an unknown branch.
 *
 * Returns: %TRUE when signed.
 */
gboolean        as_reports_sign_branch_daily  (AsDatabase  *db,
                                               gint64       branch_id,
                                               const char  *date,
                                               GError     **error);

/**
 * as_reports_day_register:
 * @db: the database
 * @date: the day, "YYYY-MM-DD"
 * @error: return location for an error
 *
 * The repair register ("Libro de registro de reparación") entries of the
 * day: every request received that day, in order of the call.
 *
 * Returns: (transfer full) (element-type GHashTable): rows with id,
 *   received_at, customer_name, address, phone, model_code, model_name,
 *   serial, fault, channel, zone, category, status (codes), receiver_name,
 *   technician_name or provider_name, arrival_deadline, closed_at (absent
 *   when NULL); %NULL with @error set for a bad date.
 */
GPtrArray      *as_reports_day_register       (AsDatabase  *db,
                                               const char  *date,
                                               GError     **error);

void            as_technician_day_free        (AsTechnicianDay *day);
void            as_daily_summary_free         (AsDailySummary  *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsTechnicianDay, as_technician_day_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AsDailySummary, as_daily_summary_free)

G_END_DECLS
