/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The repair store: every step of a repair, from the call to the signed
 * certificate. Each step checks what the procedure allows, then writes its
 * changes, a repair_events row and an audit row in one transaction; a step
 * that is refused leaves the database untouched. */

#include <glib/gi18n.h>
#include <string.h>

#include "as-calendar.h"
#include "as-directory.h"
#include "as-labels.h"
#include "as-loaner-store.h"
#include "as-repair-store.h"
#include "as-settings.h"
#include "as-types.h"
#include "as-validate.h"
#include "as-warranty.h"

#define MAX_CHARGE_QUANTITY    1000000
#define MAX_CHARGE_PRICE_CENTS G_GINT64_CONSTANT (100000000000)

/* ---------------------------------------------------------------- helpers */

static char *
format_money (gint64 cents)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", cents / 100, (int) (cents % 100));
}

static gboolean
is_one_of (const char        *value,
           const char *const *codes)
{
  return value != NULL && g_strv_contains (codes, value);
}

static const char *const categories[] = { "free", "contract", "paid", "internal", NULL };
static const char *const channels[] = { "phone", "hotline", "email", "letter", "visit", NULL };
static const char *const zones[] = { "urban", "suburban", NULL };
static const char *const charge_kinds[] = {
  "labour", "call_out", "transport", "part", "other", NULL
};

static gboolean
has (GHashTable *row,
     const char *column)
{
  return g_hash_table_contains (row, column);
}

static gboolean
is_status (GHashTable *repair,
           const char *status)
{
  return g_strcmp0 (as_row_get (repair, "status"), status) == 0;
}

/* The repair's row, refused when unknown, closed or cancelled. */
static GHashTable *
load_open_repair (AsDatabase  *db,
                  gint64       repair_id,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *repair = as_database_query_row (db, &local_error,
                                              "SELECT * FROM repair_orders WHERE id = ?1",
                                              "i", repair_id);

  if (repair == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                            _("There is no repair number %lld."), (long long) repair_id);
      return NULL;
    }
  if (is_status (repair, "closed") || is_status (repair, "cancelled"))
    {
      AS_REFUSE (error, is_status (repair, "closed")
                        ? _("Repair %lld is closed: it cannot change any more.")
                        : _("Repair %lld was cancelled: it cannot change any more."),
                 (long long) repair_id);
      g_hash_table_unref (repair);
      return NULL;
    }
  return repair;
}

/* The acting staff member's name, and whether they are active and hold @role. */
static gboolean
check_actor_role (AsDatabase  *db,
                  AsRole       role,
                  const char  *refusal,
                  GError     **error)
{
  g_autoptr(GHashTable) actor =
    as_database_query_row (db, NULL, "SELECT roles, active FROM staff WHERE id = ?1", "i",
                           as_database_get_actor (db));

  if (actor != NULL && (as_row_get_int (actor, "roles") & role) != 0 && as_row_get_int (actor, "active") == 1)
    return TRUE;
  return as_database_refuse (error, AS_DATABASE_ERROR_PERMISSION, "%s", refusal);
}

/* Paid repairs need the customer's acceptance of the quoted fee first. */
static gboolean
check_fee_accepted (GHashTable  *repair,
                    gint64       repair_id,
                    GError     **error)
{
  if (g_strcmp0 (as_row_get (repair, "category"), "paid") != 0)
    return TRUE;
  if (has (repair, "fee_accepted_at"))
    return TRUE;
  if (!has (repair, "fee_quoted_cents"))
    return AS_REFUSE (error, _("Repair %lld is a paid service: quote the fee and "
                               "record the customer's acceptance first."), (long long) repair_id);
  return AS_REFUSE (error, _("Repair %lld is a paid service: the customer has not "
                             "accepted the quoted fee yet."), (long long) repair_id);
}

static gboolean
add_event (AsDatabase  *db,
           gint64       repair_id,
           const char  *status,
           const char  *note,
           int          minutes,
           GError     **error)
{
  g_autofree char *at = as_database_now ();

  if (!as_database_run (db, error,
                        "INSERT INTO repair_events (repair_id, at, staff_id, status, note, minutes)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", "isrssi",
                        repair_id, at, as_database_get_actor (db), status, note ? note : "",
                        (gint64) minutes))
    return FALSE;
  as_database_notify_changed (db, "repair_events");
  return TRUE;
}

/* The end of every write: the event, the audit row, the commit. The caller
 * rolls back when this fails. */
static gboolean
finish_step (AsDatabase  *db,
             gint64       repair_id,
             const char  *action,
             const char  *status,
             const char  *note,
             int          minutes,
             const char  *details,
             GError     **error)
{
  return add_event (db, repair_id, status, note, minutes, error) &&
         as_database_audit (db, "repair_orders", repair_id, action, details, error) &&
         as_database_commit (db, error);
}

/* The usual step: @sql (an UPDATE with its values bound from @types, as
 * as_database_run() binds them), then the event, the audit row and the
 * commit; rolled back on failure. */
static gboolean
apply_step (AsDatabase  *db,
            GError     **error,
            gint64       repair_id,
            const char  *status,
            const char  *note,
            int          minutes,
            const char  *details,
            const char  *sql,
            const char  *types,
            ...)
{
  gboolean done;
  va_list args;

  if (!as_database_begin (db, error))
    return FALSE;
  va_start (args, types);
  done = as_database_run_valist (db, error, sql, types, args);
  va_end (args);
  if (!done ||
      !finish_step (db, repair_id, "update", status, note, minutes, details, error))
    goto failed;
  return TRUE;

failed:
  as_database_rollback (db);
  return FALSE;
}

static char *
describe_status (GHashTable *repair,
                 const char *new_status,
                 const char *more)
{
  return g_strdup_printf ("status: “%s” → “%s”%s%s", as_row_get (repair, "status"), new_status,
                          more ? "; " : "", more ? more : "");
}

/* ------------------------------------------------------------- reception */

typedef struct
{
  gint64  customer_id;
  gint64  unit_id;
  gint64  model_id;
  gint64  received_by;
  gint64  branch_id;
  char   *serial;
  char   *address;
  char   *phone;
  char   *fault;
  char   *channel;
  char   *zone;
  char   *category;
  char   *received_at;
  char   *arrival_deadline;
  char   *promised_date;
} Reception;

static void
reception_clear (Reception *r)
{
  g_free (r->serial);
  g_free (r->address);
  g_free (r->phone);
  g_free (r->fault);
  g_free (r->channel);
  g_free (r->zone);
  g_free (r->category);
  g_free (r->received_at);
  g_free (r->arrival_deadline);
  g_free (r->promised_date);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reception, reception_clear)

static gboolean
resolve_customer (AsDatabase            *db,
                  const AsRepairRequest *request,
                  Reception             *r,
                  GError               **error)
{
  g_autoptr(GHashTable) customer = as_database_query_row (db, error,
                                                          "SELECT * FROM customers WHERE id = ?1",
                                                          "i", request->customer_id);

  if (customer == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("Choose the customer who called."));
  r->customer_id = request->customer_id;
  r->address = as_validate_strip (request->address ? request->address
                                                   : as_row_get (customer, "address"));
  r->phone = as_validate_strip (request->phone ? request->phone : as_row_get (customer, "phone"));
  r->zone = as_validate_strip (request->zone ? request->zone : as_row_get (customer, "zone"));
  if (!is_one_of (r->zone, zones))
    return AS_REFUSE (error, _("The zone must be urban or suburban."));
  r->channel = as_validate_strip (request->channel ? request->channel : "phone");
  if (!is_one_of (r->channel, channels))
    return AS_REFUSE (error,
                      _("Unknown channel “%s”: use phone, hotline, e-mail, letter or visit."),
                      r->channel);
  return TRUE;
}

/* The unit from its serial; an unknown serial is allowed with a model chosen. */
static gboolean
resolve_unit (AsDatabase            *db,
              const AsRepairRequest *request,
              Reception             *r,
              GError               **error)
{
  g_autoptr(GHashTable) unit = NULL;
  g_autoptr(GHashTable) model = NULL;

  r->serial = as_validate_strip (request->serial);
  if (*r->serial != '\0')
    unit = as_database_query_row (db, error,
                                  "SELECT id, serial, model_id FROM units WHERE serial = ?1", "s",
                                  r->serial);
  if (error && *error)
    return FALSE;
  r->model_id = request->model_id;
  if (unit != NULL)
    {
      r->unit_id = as_row_get_int (unit, "id");
      g_free (r->serial);
      r->serial = g_strdup (as_row_get (unit, "serial"));
      if (r->model_id != 0 && r->model_id != as_row_get_int (unit, "model_id"))
        return AS_REFUSE (error, _("The unit with serial number %s is of another product model."),
                          r->serial);
      r->model_id = as_row_get_int (unit, "model_id");
    }
  if (r->model_id == 0 && *r->serial != '\0')
    return AS_REFUSE (error, _("Serial number %s is not known: choose the product model."),
                      r->serial);
  if (r->model_id == 0)
    return AS_REFUSE (error, _("Choose the product model, or enter the unit's serial number."));
  model = as_database_query_row (db, error, "SELECT id FROM product_models WHERE id = ?1", "i",
                                 r->model_id);
  if (model == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("Choose an existing product model."));
  return TRUE;
}

static gboolean
resolve_staff (AsDatabase            *db,
               const AsRepairRequest *request,
               Reception             *r,
               GError               **error)
{
  g_autoptr(GHashTable) staff = NULL;

  r->received_by = request->received_by ? request->received_by : as_database_get_actor (db);
  if (r->received_by != 0)
    {
      staff = as_database_query_row (db, error, "SELECT branch_id FROM staff WHERE id = ?1", "i",
                                     r->received_by);
      if (staff == NULL)
        return error && *error ? FALSE
                               : AS_REFUSE (error, _("The staff member who took the call is "
                                                     "unknown."));
    }
  r->branch_id = request->branch_id ? request->branch_id : staff ? as_row_get_int (staff, "branch_id") : 0;
  if (request->branch_id != 0)
    {
      g_autoptr(GHashTable) branch = as_database_query_row (db, error,
                                                            "SELECT id FROM branches WHERE id = ?1",
                                                            "i", request->branch_id);
      if (branch == NULL)
        return error && *error ? FALSE : AS_REFUSE (error, _("Choose an existing branch."));
    }
  return TRUE;
}

static gboolean
compute_deadline (AsDatabase  *db,
                  GDateTime   *received,
                  Reception   *r,
                  GError     **error)
{
  g_autoptr(AsCalendar) calendar = as_calendar_load (db, error);
  g_autoptr(GDateTime) deadline = NULL;
  gboolean urban = g_str_equal (r->zone, "urban");
  gint64 hours = as_settings_get_int (db,
                                      urban ? AS_SETTING_URBAN_HOURS : AS_SETTING_SUBURBAN_HOURS,
                                      urban ? 6 : 7);

  if (calendar == NULL)
    return FALSE;
  deadline = as_calendar_add_working_hours (calendar, received, (double) hours);
  if (deadline == NULL)
    return AS_REFUSE (error,
                      _("The working calendar has no working hours: set them in Preferences."));
  r->arrival_deadline = g_date_time_format (deadline, "%Y-%m-%d %H:%M:%S");
  return TRUE;
}

static gboolean
resolve_times (AsDatabase            *db,
               const AsRepairRequest *request,
               Reception             *r,
               GError               **error)
{
  g_autoptr(GDateTime) received = NULL;

  r->received_at = request->received_at ? as_validate_strip (request->received_at)
                                         : as_database_now ();
  received = as_validate_timestamp (r->received_at);
  if (received == NULL)
    return AS_REFUSE (error, _("“%s” is not a time of call: write it as 2026-03-31 09:30:00."),
                      r->received_at);
  if (!as_validate_is_blank (request->promised_date) &&
      (r->promised_date = as_validate_date (request->promised_date)) == NULL)
    return AS_REFUSE (error, _("“%s” is not a date for the promised completion: write it as "
                               "2026-03-31."), request->promised_date);
  if (r->promised_date != NULL && strncmp (r->promised_date, r->received_at, 10) < 0)
    return AS_REFUSE (error, _("The promised completion date is before the call."));
  return compute_deadline (db, received, r, error);
}

static gboolean
resolve_category (AsDatabase            *db,
                  const AsRepairRequest *request,
                  Reception             *r,
                  GError               **error)
{
  g_autoptr(AsWarrantyReport) report = NULL;
  g_autofree char *day = NULL;

  if (request->category != NULL)
    {
      r->category = as_validate_strip (request->category);
      if (!is_one_of (r->category, categories))
        return AS_REFUSE (error, _("Unknown service category “%s”."), r->category);
      return TRUE;
    }
  if (*r->serial == '\0')
    {
      r->category = g_strdup ("paid");
      return TRUE;
    }
  day = g_strndup (r->received_at, 10);
  report = as_warranty_check (db, r->serial, day, error);
  if (report == NULL)
    return FALSE;
  r->category = g_strdup (report->proposed_category ? report->proposed_category : "paid");
  return TRUE;
}

static gint64
insert_reception (AsDatabase  *db,
                  Reception   *r,
                  GError     **error)
{
  if (!as_database_run (db, error,
                        "INSERT INTO repair_orders (customer_id, unit_id, model_id, serial,"
                        " address, phone, fault, channel, zone, category, status, received_by,"
                        " received_at, branch_id, promised_date, arrival_deadline)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'received', ?11, ?12,"
                        " ?13, ?14, ?15)",
                        "irisssssssrsrss",
                        r->customer_id, r->unit_id, r->model_id, r->serial, r->address, r->phone,
                        r->fault, r->channel, r->zone, r->category, r->received_by, r->received_at,
                        r->branch_id, r->promised_date, r->arrival_deadline))
    return 0;
  return as_database_last_insert_id (db);
}

/* ------------------------------------------------------------- dispatch */

/* A technician may be sent when active, with the technician role and a
 * qualification certificate valid today (its expiry is the last valid day). */
static gboolean
check_technician (AsDatabase  *db,
                  gint64       technician_id,
                  GError     **error)
{
  g_autoptr(GHashTable) staff = as_database_query_row (db, error,
                                                       "SELECT * FROM staff WHERE id = ?1", "i",
                                                       technician_id);
  g_autofree char *today = as_database_today ();
  const char *name, *expiry;

  if (staff == NULL)
    return error && *error ? FALSE : AS_REFUSE (error, _("The technician chosen does not exist."));
  name = as_row_get (staff, "name");
  expiry = as_row_get (staff, "certificate_expiry");
  if ((as_row_get_int (staff, "roles") & AS_ROLE_TECHNICIAN) == 0)
    return AS_REFUSE (error, _("%s cannot be dispatched: they are not a technician."), name);
  if (as_row_get_int (staff, "active") != 1)
    return AS_REFUSE (error, _("%s cannot be dispatched: they are no longer active."), name);
  if (as_validate_is_blank (as_row_get (staff, "certificate")))
    return AS_REFUSE (error, _("%s cannot be dispatched: they hold no qualification certificate."),
                      name);
  if (as_validate_is_blank (expiry))
    return AS_REFUSE (error, _("%s cannot be dispatched: the expiry of their qualification "
                               "certificate is not recorded."), name);
  if (strcmp (expiry, today) < 0)
    return AS_REFUSE (error, _("%s cannot be dispatched: their qualification certificate expired "
                               "on %s."), name, expiry);
  return TRUE;
}

static gboolean
check_provider (AsDatabase  *db,
                gint64       provider_id,
                GError     **error)
{
  g_autoptr(GHashTable) provider = as_database_query_row (db, error,
                                                          "SELECT * FROM providers WHERE id = ?1",
                                                          "i", provider_id);
  g_autofree char *today = as_database_today ();
  const char *end;

  if (provider == NULL)
    return error && *error ? FALSE
                           : AS_REFUSE (error, _("The service provider chosen does not exist."));
  end = as_row_get (provider, "contract_end");
  if (!as_validate_is_blank (end) && strcmp (end, today) < 0)
    return AS_REFUSE (error, _("%s cannot be sent: their service contract ended on %s."),
                      as_row_get (provider, "name"), end);
  return TRUE;
}

static char *
lookup_name (AsDatabase *db,
             const char *sql,
             gint64      id)
{
  g_autoptr(GHashTable) row = as_database_query_row (db, NULL, sql, "i", id);
  return g_strdup (row && as_row_get (row, "name") ? as_row_get (row, "name") : "");
}

/* --------------------------------------------------------------- charges */

static gint64
insert_charge (AsDatabase  *db,
               gint64       repair_id,
               const char  *kind,
               const char  *description,
               const char  *category,
               gint64       quantity,
               gint64       unit_price_cents,
               gint64       model_part_id,
               GError     **error)
{
  if (!as_database_run (db, error,
                        "INSERT INTO repair_charges (repair_id, kind, description, category,"
                        " quantity, unit_price_cents, model_part_id)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        "isssiir",
                        repair_id, kind, description, category, quantity, unit_price_cents,
                        model_part_id))
    return 0;
  as_database_notify_changed (db, "repair_charges");
  return as_database_last_insert_id (db);
}

/* The category of labour, call-out and transport lines: the unit's coverage
 * on the day of the call; administrative work stays internal. */
static char *
fee_category (AsDatabase  *db,
              GHashTable  *repair,
              GError     **error)
{
  g_autoptr(AsWarrantyReport) report = NULL;
  g_autofree char *day = g_strndup (as_row_get (repair, "received_at"), 10);

  if (g_strcmp0 (as_row_get (repair, "category"), "internal") == 0)
    return g_strdup ("internal");
  report = as_warranty_check (db, as_row_get (repair, "serial"), day, error);
  if (report == NULL)
    return NULL;
  return g_strdup (as_warranty_category_for (report, 0));
}

static gint64
paid_total (AsDatabase *db,
            gint64      repair_id)
{
  g_autoptr(GHashTable) row =
    as_database_query_row (db, NULL,
                           "SELECT coalesce(sum(quantity * unit_price_cents), 0) AS total"
                           " FROM repair_charges WHERE repair_id = ?1 AND category = 'paid'",
                           "i", repair_id);
  return row ? as_row_get_int (row, "total") : 0;
}

/* A completed paid repair (or one with paid lines) goes to accounting. */
static gboolean
request_invoice (AsDatabase    *db,
                 GHashTable    *repair,
                 gint64         repair_id,
                 AsSettlement   settlement,
                 GString       *details,
                 GError       **error)
{
  gint64 total = paid_total (db, repair_id);
  g_autofree char *at = as_database_now ();
  const char *code = settlement == AS_SETTLEMENT_ON_THE_SPOT ? "on_the_spot" : "invoice";

  if (g_strcmp0 (as_row_get (repair, "category"), "paid") != 0 && total == 0)
    return TRUE;
  if (!as_database_run (db, error,
                        "INSERT INTO invoice_requests (repair_id, created_at, total_cents,"
                        " settlement) VALUES (?1, ?2, ?3, ?4)", "isis", repair_id, at, total, code))
    return FALSE;
  as_database_notify_changed (db, "invoice_requests");
  g_string_append_printf (details, "; invoice request: %" G_GINT64_FORMAT " cents, %s",
                          total, code);
  return TRUE;
}

/* ------------------------------------------------------------- public API */

/**
 * as_repair_store_load:
 *
 * Returns: (transfer full) (nullable): every repair_orders column as text
 *   (absent when NULL) and the names a document shows, or %NULL with @error
 *   set for an unknown repair
 */
GHashTable *
as_repair_store_load (AsDatabase  *db,
                      gint64       repair_id,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GHashTable *row;

  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  row = as_database_query_row (db, &local_error,
                               "SELECT r.*, c.name AS customer_name, c.email AS customer_email,"
                               " m.code AS model_code, m.name AS model_name,"
                               " t.name AS technician_name, p.name AS provider_name,"
                               " rb.name AS receiver_name, db.name AS dispatcher_name,"
                               " ib.name AS inspector_name, b.name AS branch_name"
                               " FROM repair_orders r"
                               " LEFT JOIN customers c ON c.id = r.customer_id"
                               " LEFT JOIN product_models m ON m.id = r.model_id"
                               " LEFT JOIN staff t ON t.id = r.technician_id"
                               " LEFT JOIN providers p ON p.id = r.provider_id"
                               " LEFT JOIN staff rb ON rb.id = r.received_by"
                               " LEFT JOIN staff db ON db.id = r.dispatched_by"
                               " LEFT JOIN staff ib ON ib.id = r.inspected_by"
                               " LEFT JOIN branches b ON b.id = r.branch_id"
                               " WHERE r.id = ?1", "i", repair_id);
  if (row == NULL && local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (row == NULL)
    as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                        _("There is no repair number %lld."), (long long) repair_id);
  return row;
}

/**
 * as_repair_store_list_charges:
 *
 * Returns: (transfer full) (element-type GHashTable): the charge lines, in
 *   the order they were added
 */
GPtrArray *
as_repair_store_list_charges (AsDatabase *db,
                              gint64      repair_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT id, kind, description, category, quantity,"
                                 " unit_price_cents, model_part_id,"
                                 " quantity * unit_price_cents AS total_cents"
                                 " FROM repair_charges WHERE repair_id = ?1 ORDER BY id",
                                 "i", repair_id);
}

/**
 * as_repair_store_list_events:
 *
 * Returns: (transfer full) (element-type GHashTable): the repair's steps in
 *   order: at, staff_name, status, note, minutes
 */
GPtrArray *
as_repair_store_list_events (AsDatabase *db,
                             gint64      repair_id)
{
  g_return_val_if_fail (AS_IS_DATABASE (db), NULL);

  return as_database_query_rows (db, NULL, 0,
                                 "SELECT e.at, s.name AS staff_name, e.status, e.note,"
                                 " e.minutes"
                                 " FROM repair_events e LEFT JOIN staff s ON s.id = e.staff_id"
                                 " WHERE e.repair_id = ?1 ORDER BY e.at, e.id", "i", repair_id);
}

/**
 * as_repair_store_receive:
 *
 * Enters a call in the repair register, with its arrival deadline counted on
 * the working calendar.
 *
 * Returns: the new repair's id, or 0 with @error set
 */
gint64
as_repair_store_receive (AsDatabase             *db,
                         const AsRepairRequest  *request,
                         GError                **error)
{
  g_auto(Reception) r = { 0 };
  g_autofree char *details = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);
  g_return_val_if_fail (request != NULL, 0);

  r.fault = as_validate_strip (request->fault);
  if (!resolve_customer (db, request, &r, error))
    return 0;
  if (*r.fault == '\0')
    return AS_REFUSE (error, _("Describe the fault as the customer reports it."));
  if (!resolve_unit (db, request, &r, error) || !resolve_staff (db, request, &r, error) ||
      !resolve_times (db, request, &r, error) || !resolve_category (db, request, &r, error))
    return 0;

  details = g_strdup_printf ("customer_id: %" G_GINT64_FORMAT "; serial: “%s”; fault: “%s”;"
                             " category: %s; zone: %s; arrival_deadline: %s", r.customer_id,
                             r.serial, r.fault, r.category, r.zone, r.arrival_deadline);
  if (!as_database_begin (db, error))
    return 0;
  if ((id = insert_reception (db, &r, error)) == 0 ||
      !finish_step (db, id, "insert", "received", r.fault, 0, details, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}

/**
 * as_repair_store_dispatch:
 *
 * The supervisor's first assessment and the technician or provider sent.
 */
gboolean
as_repair_store_dispatch (AsDatabase  *db,
                          gint64       repair_id,
                          const char  *assessment,
                          gint64       technician_id,
                          gint64       provider_id,
                          const char  *bring_tools,
                          const char  *bring_parts,
                          GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *name = NULL, *note = NULL, *more = NULL, *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!check_actor_role (db, AS_ROLE_SUPERVISOR,
                         _("Only a service supervisor may dispatch a repair."), error) ||
      (repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (!is_status (repair, "received"))
    return AS_REFUSE (error, _("Repair %lld has already been dispatched."), (long long) repair_id);
  if ((technician_id != 0) == (provider_id != 0))
    return AS_REFUSE (error, technician_id ? _("Send either a technician or a service provider, "
                                               "not both.")
                                           : _("Choose the technician or the service provider to "
                                               "send."));
  if (technician_id ? !check_technician (db, technician_id, error)
                    : !check_provider (db, provider_id, error))
    return FALSE;

  now = as_database_now ();
  name = technician_id ? lookup_name (db, "SELECT name FROM staff WHERE id = ?1", technician_id)
                       : lookup_name (db, "SELECT name FROM providers WHERE id = ?1", provider_id);
  note = g_strdup_printf (_("Dispatched to %s"), name);
  more = g_strdup_printf ("%s: %s", technician_id ? "technician" : "provider", name);
  details = describe_status (repair, "dispatched", more);
  return apply_step (db, error, repair_id, "dispatched", note, 0, details,
                     "UPDATE repair_orders SET status = 'dispatched', assessment = ?2,"
                     " technician_id = ?3, provider_id = ?4, bring_tools = ?5, bring_parts = ?6,"
                     " dispatched_at = ?7, dispatched_by = ?8 WHERE id = ?1", "isrrsssr",
                     repair_id, assessment ? assessment : "", technician_id, provider_id,
                     bring_tools ? bring_tools : "", bring_parts ? bring_parts : "", now,
                     as_database_get_actor (db));
}

/**
 * as_repair_store_record_arrival:
 * @arrived_at: (nullable): "YYYY-MM-DD HH:MM:SS", or %NULL for now
 *
 * The technician reached the customer.
 */
gboolean
as_repair_store_record_arrival (AsDatabase  *db,
                                gint64       repair_id,
                                const char  *arrived_at,
                                GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *at = NULL, *details = NULL, *note = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (is_status (repair, "received"))
    return AS_REFUSE (error, _("Repair %lld has not been dispatched yet."), (long long) repair_id);
  if (has (repair, "arrived_at"))
    return AS_REFUSE (error, _("The arrival for repair %lld was already recorded "
                               "(%s)."), (long long) repair_id, as_row_get (repair, "arrived_at"));
  at = arrived_at ? as_validate_strip (arrived_at) : as_database_now ();
  if ((parsed = as_validate_timestamp (at)) == NULL)
    return AS_REFUSE (error, _("“%s” is not a time of arrival: write it as 2026-03-31 09:30:00."),
                      at);
  if (strcmp (at, as_row_get (repair, "received_at")) < 0)
    return AS_REFUSE (error, _("The arrival cannot be before the call (%s)."),
                      as_row_get (repair, "received_at"));

  note = g_strdup_printf (_("Arrived at %s"), at);
  details = g_strdup_printf ("arrived_at: “%s”", at);
  return apply_step (db, error, repair_id, as_row_get (repair, "status"), note, 0, details,
                     "UPDATE repair_orders SET arrived_at = ?2 WHERE id = ?1", "is",
                     repair_id, at);
}

/**
 * as_repair_store_quote_fee:
 *
 * Quotes a paid repair's fee; a new quote needs a new acceptance.
 */
gboolean
as_repair_store_quote_fee (AsDatabase  *db,
                           gint64       repair_id,
                           gint64       fee_cents,
                           GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *details = NULL, *note = NULL, *money = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (as_row_get (repair, "category"), "paid") != 0)
    return AS_REFUSE (error, _("Repair %lld is not a paid service: there is no fee "
                               "to quote."), (long long) repair_id);
  if (is_status (repair, "ready"))
    return AS_REFUSE (error, _("Repair %lld is already repaired: the fee can no "
                               "longer be quoted."), (long long) repair_id);
  if (fee_cents < 0)
    return AS_REFUSE (error, _("The fee cannot be negative."));

  money = format_money (fee_cents);
  note = g_strdup_printf (_("Fee quoted: %s"), money);
  details = g_strdup_printf ("fee_quoted_cents: “%s” → “%" G_GINT64_FORMAT "”",
                             has (repair, "fee_quoted_cents")
                               ? as_row_get (repair, "fee_quoted_cents") : "",
                             fee_cents);
  return apply_step (db, error, repair_id, as_row_get (repair, "status"), note, 0, details,
                     "UPDATE repair_orders SET fee_quoted_cents = ?2, fee_accepted_at = NULL"
                     " WHERE id = ?1", "ii", repair_id, fee_cents);
}

/**
 * as_repair_store_accept_fee:
 *
 * The customer accepts the quoted fee.
 */
gboolean
as_repair_store_accept_fee (AsDatabase  *db,
                            gint64       repair_id,
                            GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (!has (repair, "fee_quoted_cents"))
    return AS_REFUSE (error, _("No fee has been quoted for repair %lld."), (long long) repair_id);
  if (has (repair, "fee_accepted_at"))
    return AS_REFUSE (error, _("The customer already accepted the fee of repair %lld "
                               "(%s)."), (long long) repair_id,
                      as_row_get (repair, "fee_accepted_at"));

  now = as_database_now ();
  details = g_strdup_printf ("fee_accepted_at: “%s” (fee_quoted_cents %s)", now,
                             as_row_get (repair, "fee_quoted_cents"));
  return apply_step (db, error, repair_id, as_row_get (repair, "status"),
                     _("The customer accepted the fee"),
                     0, details,
                     "UPDATE repair_orders SET fee_accepted_at = ?2 WHERE id = ?1", "is",
                     repair_id, now);
}

/* Appends one fee line and its description for the event. */
static gboolean
add_fee_line (AsDatabase  *db,
              gint64       repair_id,
              const char  *kind,
              const char  *description,
              const char  *category,
              gint64       price,
              GString     *note,
              GError     **error)
{
  g_autofree char *money = format_money (price);

  if (insert_charge (db, repair_id, kind, description, category, 1, price, 0, error) == 0)
    return FALSE;
  g_string_append_printf (note, "%s%s %s (%s)", note->len ? "; " : "", description, money,
                          as_code_get_label (category));
  return TRUE;
}

/**
 * as_repair_store_charge_fees:
 *
 * Adds the labour, call-out and transport lines from the fee schedule, each
 * with the category of the unit's coverage.
 */
gboolean
as_repair_store_charge_fees (AsDatabase  *db,
                             gint64       repair_id,
                             int          labour_minutes,
                             gboolean     call_out,
                             gboolean     transport,
                             GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autofree char *category = NULL, *labour = NULL;
  gint64 rate;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (labour_minutes < 0)
    return AS_REFUSE (error, _("The labour time cannot be negative."));
  if (labour_minutes == 0 && !call_out && !transport)
    return AS_REFUSE (error, _("There is nothing to charge: give the labour time, the call-out or "
                               "the transport."));
  if ((category = fee_category (db, repair, error)) == NULL)
    return FALSE;

  rate = as_settings_get_int (db, AS_SETTING_LABOUR_PER_HOUR, 0);
  labour = g_strdup_printf (_("Labour, %d min"), labour_minutes);
  if (!as_database_begin (db, error))
    return FALSE;
  if ((labour_minutes > 0 &&
       !add_fee_line (db, repair_id, "labour", labour, category,
                      (labour_minutes * rate + 30) / 60, note, error)) ||
      (call_out &&
       !add_fee_line (db, repair_id, "call_out", _("Call-out"), category,
                      as_settings_get_int (db, AS_SETTING_CALL_OUT, 0), note, error)) ||
      (transport &&
       !add_fee_line (db, repair_id, "transport", _("Transport"), category,
                      as_settings_get_int (db, AS_SETTING_TRANSPORT, 0), note, error)) ||
      !finish_step (db, repair_id, "update", as_row_get (repair, "status"), note->str, 0,
                    note->str, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_repair_store_add_charge:
 * @model_part_id: the part of the repair's model, or 0
 *
 * Adds one charge line with the category given (for a part, the UI proposes
 * as_warranty_category_for() of that part).
 *
 * Returns: the line's id, or 0 with @error set
 */
gint64
as_repair_store_add_charge (AsDatabase  *db,
                            gint64       repair_id,
                            const char  *kind,
                            const char  *description,
                            const char  *category,
                            int          quantity,
                            gint64       unit_price_cents,
                            gint64       model_part_id,
                            GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *text = as_validate_strip (description), *note = NULL, *money = NULL;
  gint64 id;

  g_return_val_if_fail (AS_IS_DATABASE (db), 0);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return 0;
  if (!is_one_of (kind, charge_kinds))
    return AS_REFUSE (error, _("Unknown kind of charge “%s”."), kind ? kind : "");
  if (!is_one_of (category, categories))
    return AS_REFUSE (error, _("Unknown service category “%s”."), category ? category : "");
  if (quantity <= 0)
    return AS_REFUSE (error, _("The quantity must be one or more."));
  /* Bounded so that a line's total (and the invoice's sum) fits in 64 bits. */
  if (quantity >= MAX_CHARGE_QUANTITY)
    return AS_REFUSE (error, _("The quantity must be below 1,000,000."));
  if (unit_price_cents < 0)
    return AS_REFUSE (error, _("The price cannot be negative."));
  if (unit_price_cents >= MAX_CHARGE_PRICE_CENTS)
    return AS_REFUSE (error, _("The price must be below 1,000,000,000.00."));
  if (model_part_id != 0)
    {
      g_autoptr(GHashTable) part = as_database_query_row (db, error,
                                                          "SELECT name FROM model_parts"
                                                          " WHERE id = ?1 AND model_id = ?2", "ii",
                                                          model_part_id,
                                                          as_row_get_int (repair, "model_id"));
      if (part == NULL)
        return error && *error ? 0 : AS_REFUSE (error,
                                                _("That part does not belong to the repair's "
                                                  "product model."));
      if (*text == '\0')
        {
          g_free (text);
          text = g_strdup (as_row_get (part, "name"));
        }
    }
  if (*text == '\0')
    return AS_REFUSE (error, _("Describe what is charged."));

  money = format_money (quantity * unit_price_cents);
  note = g_strdup_printf ("%d × %s, %s (%s)", quantity, text, money, as_code_get_label (category));
  if (!as_database_begin (db, error))
    return 0;
  if ((id = insert_charge (db, repair_id, kind, text, category, quantity, unit_price_cents,
                           model_part_id, error)) == 0 ||
      !finish_step (db, repair_id, "update", as_row_get (repair, "status"), note, 0, note, error))
    {
      as_database_rollback (db);
      return 0;
    }
  return id;
}

/**
 * as_repair_store_remove_charge:
 *
 * Removes a charge line of a repair still open.
 */
gboolean
as_repair_store_remove_charge (AsDatabase  *db,
                               gint64       charge_id,
                               GError     **error)
{
  g_autoptr(GHashTable) charge = NULL;
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *note = NULL;
  gint64 repair_id;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  charge = as_database_query_row (db, error, "SELECT * FROM repair_charges WHERE id = ?1", "i",
                                  charge_id);
  if (charge == NULL)
    return error && *error ? FALSE
                           : as_database_refuse (error, AS_DATABASE_ERROR_NOT_FOUND,
                                                 _("This charge line no longer exists."));
  repair_id = as_row_get_int (charge, "repair_id");
  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;

  note = g_strdup_printf (_("Charge removed: %s"), as_row_get (charge, "description"));
  if (!apply_step (db, error, repair_id, as_row_get (repair, "status"), note, 0, note,
                   "DELETE FROM repair_charges WHERE id = ?1", "i", charge_id))
    return FALSE;
  as_database_notify_changed (db, "repair_charges");
  return TRUE;
}

/**
 * as_repair_store_record_work:
 * @work_done: (nullable): what was done; replaces the description when not empty
 * @labour_minutes: minutes worked in this session, added to the repair's time
 *
 * A work session of the technician, on site or in the workshop.
 */
gboolean
as_repair_store_record_work (AsDatabase  *db,
                             gint64       repair_id,
                             const char  *work_done,
                             int          labour_minutes,
                             GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *text = as_validate_strip (work_done), *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (is_status (repair, "received"))
    return AS_REFUSE (error, _("Repair %lld has not been dispatched yet: no work can "
                               "be recorded."), (long long) repair_id);
  if (is_status (repair, "ready"))
    return AS_REFUSE (error, _("Repair %lld has already been inspected: no more work "
                               "can be recorded."), (long long) repair_id);
  if (labour_minutes < 0)
    return AS_REFUSE (error, _("The repair time cannot be negative."));
  if (labour_minutes == 0 && *text == '\0')
    return AS_REFUSE (error, _("Describe the work done or give the time it took."));
  if (!check_fee_accepted (repair, repair_id, error))
    return FALSE;

  details = g_strdup_printf ("labour_minutes: %s + %d; work_done: “%s”",
                             as_row_get (repair, "labour_minutes"), labour_minutes, text);
  return apply_step (db, error, repair_id, as_row_get (repair, "status"), text, labour_minutes,
                     details,
                     "UPDATE repair_orders SET labour_minutes = labour_minutes + ?2,"
                     " work_done = CASE WHEN ?3 = '' THEN work_done ELSE ?3 END WHERE id = ?1",
                     "iis", repair_id, (gint64) labour_minutes, text);
}

static gboolean
check_signature (const char  *signed_by,
                 GError     **error)
{
  if (as_validate_is_blank (signed_by))
    return AS_REFUSE (error, _("The customer must sign the service certificate: enter the name of "
                               "the person who signed."));
  return TRUE;
}

static gboolean
check_settlement (AsSettlement   settlement,
                  GError       **error)
{
  if (settlement != AS_SETTLEMENT_ON_THE_SPOT && settlement != AS_SETTLEMENT_INVOICE)
    return AS_REFUSE (error, _("Unknown way of settling the fee."));
  return TRUE;
}

/* A customer keeps a loaner unit until their goods come back (SP4): a
 * repair whose loaner is still out cannot be closed or cancelled. */
static gboolean
check_loaner_returned (AsDatabase  *db,
                       gint64       repair_id,
                       GError     **error)
{
  g_autofree char *tag = NULL;

  if (as_loaner_store_find_open_loan (db, repair_id, &tag) == 0)
    return TRUE;
  return AS_REFUSE (error, _("The customer still has loaner unit %s lent for repair %lld: record "
                             "its return in the Warehouse tab before closing the repair."),
                    tag, (long long) repair_id);
}

/* The end of a repair, on site or on return: @sql (binding the repair id,
 * the signer and the time) closes it, a paid repair gets its invoice
 * request, then the event, the audit row and the commit, all or nothing. */
static gboolean
complete_repair (AsDatabase    *db,
                 GHashTable    *repair,
                 gint64         repair_id,
                 const char    *sql,
                 const char    *signed_by,
                 const char    *now,
                 AsSettlement   settlement,
                 const char    *note,
                 GString       *details,
                 GError       **error)
{
  if (!check_loaner_returned (db, repair_id, error) || !as_database_begin (db, error))
    return FALSE;
  if (!as_database_run (db, error, sql, "iss", repair_id, signed_by, now) ||
      !request_invoice (db, repair, repair_id, settlement, details, error) ||
      !finish_step (db, repair_id, "update", "closed", note, 0, details->str, error))
    {
      as_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

/**
 * as_repair_store_close_on_site:
 *
 * The customer signs the service certificate on site; the register entry
 * closes, and a paid repair goes to accounting.
 */
gboolean
as_repair_store_close_on_site (AsDatabase    *db,
                               gint64         repair_id,
                               const char    *signed_by,
                               AsSettlement   settlement,
                               GError       **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GString) details = NULL;
  g_autofree char *now = NULL, *name = as_validate_strip (signed_by), *note = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (is_status (repair, "received"))
    return AS_REFUSE (error, _("Repair %lld has not been dispatched yet: it cannot "
                               "be closed on site."), (long long) repair_id);
  if (!is_status (repair, "dispatched"))
    return AS_REFUSE (error, _("The goods of repair %lld were taken to the workshop: "
                               "close it by returning them."), (long long) repair_id);
  if (!check_signature (signed_by, error) || !check_settlement (settlement, error) ||
      !check_fee_accepted (repair, repair_id, error))
    return FALSE;

  now = as_database_now ();
  note = g_strdup_printf (_("Service certificate signed on site by %s"), name);
  details = g_string_new (NULL);
  g_string_append_printf (details, "status: “%s” → “closed”; handling: on_site; signed_by: “%s”",
                          as_row_get (repair, "status"), name);
  return complete_repair (db, repair, repair_id,
                          "UPDATE repair_orders SET status = 'closed', handling = 'on_site',"
                          " signed_by = ?2, signed_at = ?3, closed_at = ?3 WHERE id = ?1",
                          name, now, settlement, note, details, error);
}

/**
 * as_repair_store_take_back:
 *
 * The goods go to the workshop: the customer's goods receipt is issued, the
 * goods in/out register gets the date in, and the repair card opens.
 */
gboolean
as_repair_store_take_back (AsDatabase  *db,
                           gint64       repair_id,
                           GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (as_row_get (repair, "handling"), "taken_back") == 0)
    return AS_REFUSE (error, _("The goods of repair %lld were already taken to the "
                               "workshop on %s."), (long long) repair_id,
                      as_row_get (repair, "goods_in_at"));
  if (!is_status (repair, "dispatched"))
    return AS_REFUSE (error, _("Repair %lld has not been dispatched yet: the goods "
                               "cannot be taken back."), (long long) repair_id);
  if (!check_fee_accepted (repair, repair_id, error))
    return FALSE;

  now = as_database_now ();
  details = describe_status (repair, "in_workshop", "handling: taken_back; goods_in_at set");
  return apply_step (db, error, repair_id, "in_workshop",
                     _("Goods taken to the workshop: goods receipt issued, repair card opened"), 0,
                     details,
                     "UPDATE repair_orders SET status = 'in_workshop', handling = 'taken_back',"
                     " goods_in_at = ?2 WHERE id = ?1", "is", repair_id, now);
}

/**
 * as_repair_store_inspect:
 *
 * The director inspects a repair done in the workshop.
 */
gboolean
as_repair_store_inspect (AsDatabase  *db,
                         gint64       repair_id,
                         const char  *notes,
                         GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *text = as_validate_strip (notes), *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if (!check_actor_role (db, AS_ROLE_SUPERVISOR,
                         _("Only the service director (a service supervisor) may inspect a "
                           "repair."), error) ||
      (repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (is_status (repair, "ready"))
    return AS_REFUSE (error, _("Repair %lld has already been inspected."), (long long) repair_id);
  if (!is_status (repair, "in_workshop"))
    return AS_REFUSE (error, _("The goods of repair %lld have not come in to the "
                               "workshop: there is nothing to inspect."), (long long) repair_id);

  now = as_database_now ();
  details = describe_status (repair, "ready", "inspected");
  return apply_step (db, error, repair_id, "ready", *text ? text : _("Inspected"), 0, details,
                     "UPDATE repair_orders SET status = 'ready', inspected_by = ?2,"
                     " inspected_at = ?3, inspection_notes = ?4 WHERE id = ?1", "irss",
                     repair_id, as_database_get_actor (db), now, text);
}

/**
 * as_repair_store_return_goods:
 *
 * Goods out: the customer signs the certificate, the original goods receipt
 * is voided and the repair closes; a paid repair goes to accounting.
 */
gboolean
as_repair_store_return_goods (AsDatabase    *db,
                              gint64         repair_id,
                              const char    *signed_by,
                              AsSettlement   settlement,
                              GError       **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autoptr(GString) details = NULL;
  g_autofree char *now = NULL, *name = as_validate_strip (signed_by), *note = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (g_strcmp0 (as_row_get (repair, "handling"), "taken_back") != 0)
    return AS_REFUSE (error, _("The goods of repair %lld never came in to the "
                               "workshop: there is nothing to return."), (long long) repair_id);
  if (!is_status (repair, "ready"))
    return AS_REFUSE (error, _("Repair %lld has not been inspected yet: the director "
                               "inspects it before the goods go back."), (long long) repair_id);
  if (!check_signature (signed_by, error) || !check_settlement (settlement, error))
    return FALSE;

  now = as_database_now ();
  note = g_strdup_printf (_("Goods returned; service certificate signed by %s; goods receipt "
                            "voided"), name);
  details = g_string_new (NULL);
  g_string_append_printf (details, "status: “ready” → “closed”; goods_out_at set; "
                          "receipt voided; signed_by: “%s”", name);
  return complete_repair (db, repair, repair_id,
                          "UPDATE repair_orders SET status = 'closed', goods_out_at = ?3,"
                          " receipt_voided_at = ?3, signed_by = ?2, signed_at = ?3,"
                          " closed_at = ?3 WHERE id = ?1",
                          name, now, settlement, note, details, error);
}

/**
 * as_repair_store_escalate:
 *
 * A repair that cannot be done on schedule is reported to the service
 * director and marked (escalated_at).
 */
gboolean
as_repair_store_escalate (AsDatabase  *db,
                          gint64       repair_id,
                          const char  *reason,
                          GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *text = as_validate_strip (reason), *note = NULL, *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (*text == '\0')
    return AS_REFUSE (error, _("Say why the repair cannot be done on schedule."));

  now = as_database_now ();
  note = g_strdup_printf (_("Escalated to the service director: %s"), text);
  details = g_strdup_printf ("escalated_at: “%s”; escalation_reason: “%s”", now, text);
  return apply_step (db, error, repair_id, as_row_get (repair, "status"), note, 0, details,
                     "UPDATE repair_orders SET escalated_at = ?2, escalation_reason = ?3"
                     " WHERE id = ?1",
                     "iss", repair_id, now, text);
}

/**
 * as_repair_store_cancel:
 *
 * Cancels a request not yet in the workshop.
 */
gboolean
as_repair_store_cancel (AsDatabase  *db,
                        gint64       repair_id,
                        const char  *reason,
                        GError     **error)
{
  g_autoptr(GHashTable) repair = NULL;
  g_autofree char *now = NULL, *text = as_validate_strip (reason), *note = NULL, *details = NULL;

  g_return_val_if_fail (AS_IS_DATABASE (db), FALSE);

  if ((repair = load_open_repair (db, repair_id, error)) == NULL)
    return FALSE;
  if (!is_status (repair, "received") && !is_status (repair, "dispatched"))
    return AS_REFUSE (error, _("The goods of repair %lld are in the workshop: return "
                               "them to the customer instead of cancelling."),
                      (long long) repair_id);
  if (*text == '\0')
    return AS_REFUSE (error, _("Give the reason for cancelling."));
  if (!check_loaner_returned (db, repair_id, error))
    return FALSE;

  now = as_database_now ();
  note = g_strdup_printf (_("Cancelled: %s"), text);
  details = describe_status (repair, "cancelled", note);
  return apply_step (db, error, repair_id, "cancelled", note, 0, details,
                     "UPDATE repair_orders SET status = 'cancelled', closed_at = ?2 WHERE id = ?1",
                     "is", repair_id, now);
}
